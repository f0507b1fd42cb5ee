"""CSV: the field matrix (one row per clause) and per-obligation rows of a clause."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from .._types import ClauseData
from .base import BaseRenderer

__all__ = ["CsvRenderer"]


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: str(v).lower() if isinstance(v, bool) else v for k, v in row.items()})
    return out.getvalue()


class CsvRenderer(BaseRenderer):
    """``--format csv``."""

    name = "csv"

    def matrix(self, clauses: Sequence[ClauseData]) -> str:
        from ..views import matrix_rows

        rows = matrix_rows(clauses)
        columns = list(rows[0]) if rows else ["ref", "id", "language", "article"]
        return _table(rows, columns)

    def clause(self, clause: ClauseData, *, marked: bool = False) -> str:
        from ..exports import to_csv

        return to_csv([clause])

    def obligations(self, clauses: Sequence[ClauseData]) -> str:
        from ..exports import to_csv

        return to_csv(clauses)

    def listing(self, entries: Sequence[Any]) -> str:
        rows = [
            {
                "ref": e.ref,
                **{k: e.meta.get(k, "") for k in ("id", "language", "treaty", "article")},
            }
            for e in entries
        ]
        return _table(rows, ["ref", "id", "language", "treaty", "article"])
