"""The codebook's rule for the primary obligation, on plain data (no pydantic needed)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["primary_of"]


def primary_of(pairs: Sequence[tuple[str, str]]) -> int | None:
    """Index of the primary obligation among ``(response.duty, trigger.kind)`` pairs.

    The first obligation that is obligatory and triggered; failing that, the first triggered
    one; failing that, the first; failing that, none.
    """
    for i, (duty, kind) in enumerate(pairs):
        if duty == "obligatory" and kind != "none":
            return i
    for i, (_, kind) in enumerate(pairs):
        if kind != "none":
            return i
    return 0 if pairs else None
