"""JSON: the shapes scripts rely on (docs/cli.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .._types import ClauseData
from .base import BaseRenderer

__all__ = ["JsonRenderer"]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


class JsonRenderer(BaseRenderer):
    """``--format json``."""

    name = "json"

    def clause(self, clause: ClauseData, *, marked: bool = False) -> str:
        return _dump(clause)

    def comparison(self, comparison: Any) -> str:
        return _dump(comparison.to_dict())

    def diff(self, diff: Any) -> str:
        return _dump(diff.to_dict())

    def listing(self, entries: Sequence[Any]) -> str:
        keys = ("id", "language", "treaty", "article")
        return _dump(
            [
                {"ref": e.ref, **{k: e.meta.get(k) for k in keys}, "path": str(e.path)}
                for e in entries
            ]
        )

    def problems(self, problems: Sequence[Any], checked: int | None = None) -> str:
        items = [{"path": p.path, "line": p.line, "message": p.message} for p in problems]
        return _dump({"checked": checked, "problems": items})

    def matrix(self, clauses: Sequence[ClauseData]) -> str:
        from ..views import matrix_rows

        return _dump(matrix_rows(clauses))

    def obligations(self, clauses: Sequence[ClauseData]) -> str:
        from ..exports import obligation_rows

        return _dump(obligation_rows(clauses))

    def similar(self, ranking: Any) -> str:
        return _dump(ranking.to_dict())
