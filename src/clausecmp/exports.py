"""Research exports: CSV with one row per obligation, pandas DataFrames, the JSON Schema."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from ._fields import FIELDS, get
from ._types import ClauseData
from .errors import UsageError

__all__ = ["COLUMNS", "json_schema", "obligation_rows", "to_csv", "to_dataframe"]

#: Columns of the per-obligation export: identity, the codebook fields, derived codes, spans.
COLUMNS: tuple[str, ...] = (
    "ref",
    "id",
    "language",
    "treaty",
    "article",
    "obligation",
    "primary",
    *FIELDS,
    "scope.places",
    "purpose",
    "DEFENSE",
    "CONSUL",
    "DEFCOLOC",
    "DEFCOADV",
    *(f"{f}.{end}" for f in FIELDS for end in ("start", "end")),
)


def _value(value: Any) -> Any:
    return str(value).lower() if isinstance(value, bool) else value


def obligation_rows(clauses: Iterable[ClauseData]) -> list[dict[str, Any]]:
    """One dictionary per obligation, keys as COLUMNS (spans as offsets of the first span)."""
    from .atop import atop

    rows = []
    for c in clauses:
        codes = c.get("atop") or atop(c)
        for i, ob in enumerate(c.get("obligations") or []):
            row: dict[str, Any] = {
                k: c.get(k) or "" for k in ("ref", "id", "language", "treaty", "article")
            }
            row.update(obligation=i + 1, primary=_value(ob == c.get("primary")))
            row.update({f: _value(get(ob, f)) for f in FIELDS})
            row.update(
                {
                    "scope.places": "; ".join(ob["scope"]["places"]),
                    "purpose": ob.get("purpose") or "",
                }
            )
            row.update(codes)
            for f in FIELDS:
                spans = ob["spans"].get(f) or [{}]
                row[f"{f}.start"], row[f"{f}.end"] = (
                    spans[0].get("start", ""),
                    spans[0].get("end", ""),
                )
            rows.append(row)
    return rows


def to_csv(clauses: Sequence[ClauseData]) -> str:
    """CSV text, one row per obligation (columns: COLUMNS)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(obligation_rows(clauses))
    return out.getvalue()


def to_dataframe(items: Iterable[Any]) -> Any:
    """A pandas DataFrame, one row per obligation, of Clauses, clause data or references."""
    try:
        import pandas as pd
    except ImportError:
        raise UsageError("pandas is not installed: pip install 'clausecmp[pandas]'") from None
    from .api import _as_data

    return pd.DataFrame(obligation_rows(_as_data(i, ()) for i in items), columns=list(COLUMNS))


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a parsed clause (``clausecmp parse --format json``)."""
    from .models import Clause

    return Clause.model_json_schema(mode="serialization")
