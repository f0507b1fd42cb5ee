"""The renderer protocol: one module per output format, each a class with these methods.

A format that cannot show something raises :class:`~clausecmp.errors.UsageError` with a one-line
message (``"format csv cannot render a diff"``).  Renderers return the whole output as one string;
the command line writes it (atomically when ``-o FILE`` is given).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import UsageError

if TYPE_CHECKING:
    from .._types import ClauseData

__all__ = ["BaseRenderer", "shown"]


def shown(value: Any, detail: str | None = None) -> str:
    """A field value as people read it: ``-`` for none, ``true``, ``region (Europe)``."""
    if value is None:
        return "-"
    text = str(value).lower() if isinstance(value, bool) else str(value)
    return f"{text} ({detail})" if detail else text


class BaseRenderer:
    """Default implementation: every method refuses with a UsageError naming the format."""

    name = "base"

    def __init__(self, *, color: bool = False) -> None:
        self.color = color

    def _refuse(self, what: str) -> str:
        raise UsageError(f"format {self.name} cannot render {what}")

    def clause(self, clause: ClauseData, *, marked: bool = False) -> str:
        """A parsed clause: its obligations (``parse``), or its text, spans marked (``show``)."""
        return self._refuse("a clause")

    def comparison(self, comparison: Any) -> str:
        """A ``Comparison`` from ``compare``."""
        return self._refuse("a comparison")

    def diff(self, diff: Any) -> str:
        """A ``TextDiff`` from ``diff``."""
        return self._refuse("a diff")

    def listing(self, entries: Sequence[Any]) -> str:
        """The known treaty files (``list``)."""
        return self._refuse("a listing")

    def problems(self, problems: Sequence[Any], checked: int | None = None) -> str:
        """Problems found by ``check`` (``checked``: how many files were read)."""
        return self._refuse("a problem list")

    def matrix(self, clauses: Sequence[ClauseData]) -> str:
        """One row per clause, one column per codebook field (``matrix``)."""
        return self._refuse("a matrix")

    def obligations(self, clauses: Sequence[ClauseData]) -> str:
        """Every obligation of many clauses, one row each (``export``)."""
        return self._refuse("an obligation export")

    def similar(self, ranking: Any) -> str:
        """A ranking of clauses by agreement with one clause (``similar``)."""
        return self._refuse("a similarity ranking")
