"""The codebook's field paths and reading them out of plain obligation data (no pydantic)."""

from __future__ import annotations

from typing import Any

__all__ = ["FIELDS", "get"]

#: The codebook's fields, in codebook order: the JSON paths compared and exported.
FIELDS: tuple[str, ...] = (
    "trigger.kind",
    "trigger.by",
    "trigger.target",
    "scope.kind",
    "attack_on_all",
    "response.duty",
    "response.means",
    "response.mode",
    "response.immediate",
    "response.constitutional",
    "force.allowed",
    "legal_basis",
    "security_council.report",
    "security_council.termination",
)


def get(obligation: dict[str, Any], path: str) -> Any:
    """The plain value at a codebook path (``"response.duty"``) of ObligationData."""
    value: Any = obligation
    for part in path.split("."):
        value = value[part]
    return value
