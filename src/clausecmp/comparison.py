"""Stage 5: two parsed clauses -> a field-by-field comparison (codebook section 3).

Obligations are aligned primary with primary, then by duty kind in text order; every codebook
field of each aligned pair gets a row with both values, a verdict (how LEFT stands against
RIGHT) and the spans that decided each side.  Unmatched obligations give ``only_left`` or
``only_right`` rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import getitem
from typing import Any

from ._fields import FIELDS, get
from ._rules import TABLES, verdict
from ._summary import summarise
from ._types import ClauseData, ObligationData, SpanData

__all__ = [
    "FIELDS_COMPARED",
    "Comparison",
    "Row",
    "Side",
    "agreement",
    "all_pairs",
    "compare_data",
    "field_vector",
    "verdict_vector",
]

#: The codebook fields, in order, then ``purpose`` (compared by presence, not by value).
FIELDS_COMPARED: tuple[str, ...] = (*FIELDS, "purpose")
_CODEBOOK = FIELDS


@dataclass(frozen=True, slots=True)
class Side:
    """Which clause a side of the comparison is."""

    ref: str
    id: str
    language: str
    treaty: str
    article: str
    text: str

    @property
    def label(self) -> str:
        """A short name for prose: ``nato-5 Art. 5``, else the reference."""
        if self.id and self.article:
            return f"{self.id} Art. {self.article}"
        return self.ref or "this clause"


@dataclass(frozen=True, slots=True)
class Row:
    """One field of one aligned pair of obligations."""

    pair: tuple[int | None, int | None]
    field: str
    left: Any
    right: Any
    verdict: str
    left_spans: tuple[SpanData, ...] = ()
    right_spans: tuple[SpanData, ...] = ()
    left_detail: str | None = None
    right_detail: str | None = None


@dataclass(frozen=True)
class Comparison:
    """The result of ``compare``: both sides, the rows (primary pair first) and a summary."""

    left: Side
    right: Side
    rows: tuple[Row, ...]
    summary: str
    left_clause: ClauseData
    right_clause: ClauseData

    def verdicts(self, pair: tuple[int | None, int | None] | None = None) -> dict[str, str]:
        """Field -> verdict for one pair of obligations (default: the primary pair)."""
        want = pair if pair is not None else (self.rows[0].pair if self.rows else None)
        return {r.field: r.verdict for r in self.rows if r.pair == want}

    def pairs(self) -> list[tuple[int | None, int | None]]:
        """The aligned pairs, primary first."""
        return list(dict.fromkeys(r.pair for r in self.rows))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``clausecmp compare --format json``."""
        return {
            "left": _side_dict(self.left),
            "right": _side_dict(self.right),
            "rows": [_row_dict(r) for r in self.rows],
            "summary": self.summary,
        }

    def _repr_html_(self) -> str:
        from .renderers.html import comparison_html, notebook

        return notebook(comparison_html(self))


def _side_dict(side: Side) -> dict[str, str]:
    return {k: getattr(side, k) for k in ("ref", "id", "language", "treaty", "article")}


def _row_dict(row: Row) -> dict[str, Any]:
    return {
        "pair": list(row.pair),
        "field": row.field,
        "left": row.left,
        "right": row.right,
        "verdict": row.verdict,
        "left_span": list(row.left_spans),
        "right_span": list(row.right_spans),
    }


def _compared(ob: ObligationData, path: str) -> Any:
    if path == "scope.kind":
        return (ob["scope"]["kind"], tuple(ob["scope"]["places"]))
    return get(ob, path)


def _detail(ob: ObligationData | None, path: str) -> str | None:
    if ob is None or path != "scope.kind" or not ob["scope"]["places"]:
        return None
    return ", ".join(ob["scope"]["places"])


def _spans(ob: ObligationData | None, path: str) -> tuple[SpanData, ...]:
    return () if ob is None else tuple(ob["spans"].get(path, ()))


_Pair = tuple[int | None, int | None]


def _align(
    left: list[ObligationData], right: list[ObligationData], lp: int | None, rp: int | None
) -> list[_Pair]:
    """Primary with primary, then equal duty kinds in text order; the rest unmatched."""
    pairs: list[_Pair] = []
    free_l, free_r = list(range(len(left))), list(range(len(right)))
    if lp is not None and rp is not None:
        pairs.append((lp, rp))
        free_l.remove(lp)
        free_r.remove(rp)
    for i in list(free_l):
        duty = left[i]["response"]["duty"]
        j = next((j for j in free_r if right[j]["response"]["duty"] == duty), None)
        if j is not None:
            pairs.append((i, j))
            free_l.remove(i)
            free_r.remove(j)
    pairs += [(i, None) for i in free_l] + [(None, j) for j in free_r]
    return pairs


def _rows(
    pair: tuple[int | None, int | None], a: ObligationData | None, b: ObligationData | None
) -> list[Row]:
    rows = []
    for path in FIELDS_COMPARED:
        lv = None if a is None else get(a, path)
        rv = None if b is None else get(b, path)
        if a is None or b is None:
            v = "only_right" if a is None else "only_left"
        else:
            v = verdict(path, _compared(a, path), _compared(b, path))
        rows.append(
            Row(
                pair,
                path,
                lv,
                rv,
                v,
                _spans(a, path),
                _spans(b, path),
                _detail(a, path),
                _detail(b, path),
            )
        )
    return rows


def _primary_index(data: ClauseData) -> int | None:
    primary = data.get("primary")
    obligations = data.get("obligations") or []
    return next((i for i, ob in enumerate(obligations) if ob == primary), None) if primary else None


def _side(data: ClauseData) -> Side:
    return Side(
        *(str(data.get(k) or "") for k in ("ref", "id", "language", "treaty", "article", "text"))
    )


def compare_data(left: ClauseData, right: ClauseData) -> Comparison:
    """Compare two clauses given as data (``Clause.model_dump(mode="json")``)."""
    lo, ro = list(left.get("obligations") or []), list(right.get("obligations") or [])
    rows: list[Row] = []
    for pair in _align(lo, ro, _primary_index(left), _primary_index(right)):
        i, j = pair
        rows += _rows(pair, None if i is None else lo[i], None if j is None else ro[j])
    sides = _side(left), _side(right)
    return Comparison(sides[0], sides[1], tuple(rows), summarise(rows, *sides), left, right)


# The fast path, for corpus-wide work (all pairs of a thousand clauses).


def field_vector(ob: ObligationData) -> tuple[Any, ...]:
    """The 14 codebook values of an obligation, in order (scope with its places)."""
    return tuple(_compared(ob, path) for path in _CODEBOOK)


def verdict_vector(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[str, ...]:
    """Verdicts for two field vectors, by table lookup."""
    if a == b:
        return _ALL_SAME
    out = []
    for path, x, y in zip(_CODEBOOK, a, b, strict=True):
        table = TABLES.get(path)
        out.append(table[x, y] if table is not None and (x, y) in table else verdict(path, x, y))
    return tuple(out)


def agreement(a: tuple[Any, ...], b: tuple[Any, ...]) -> int:
    """How many of the 14 codebook fields two field vectors agree on."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y)


def all_pairs(vectors: Sequence[tuple[Any, ...]]) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Verdict vectors of every pair (i < j) of field vectors, for corpus-wide work.

    Each field's distinct values get small codes and a verdict table; a clause then carries,
    per field, the table row of its value, so a pair costs one C-level ``map`` of 14 lookups.
    """
    codes: list[dict[Any, int]] = [{} for _ in _CODEBOOK]
    coded = [
        tuple(c.setdefault(v, len(c)) for c, v in zip(codes, vec, strict=True)) for vec in vectors
    ]
    tables = [
        [[verdict(path, a, b) for b in c] for a in c]
        for path, c in zip(_CODEBOOK, codes, strict=True)
    ]
    rows = [tuple(t[x] for t, x in zip(tables, vec, strict=True)) for vec in coded]
    for i, row in enumerate(rows):
        for j in range(i + 1, len(coded)):
            yield i, j, tuple(map(getitem, row, coded[j]))


_ALL_SAME = ("same",) * len(_CODEBOOK)
