"""Plain text for an 80-column terminal: aligned tables, marked spans, coloured when asked."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from .._fields import FIELDS, get
from .._types import ClauseData
from ._marks import marked_segments
from ._style import FIELD_GROUP_COLOR, VERDICT_COLOR, paint
from .base import BaseRenderer, shown

__all__ = ["TextRenderer"]

WIDTH = 80
_COLS = (28, 18, 18, 10)  # field, left, right, verdict: 28+18+18+10+3 spaces = 77


def _cells(row: Sequence[str], widths: Sequence[int]) -> list[str]:
    wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths, strict=True)]
    height = max(len(w) for w in wrapped)
    return [
        " ".join(
            w[i].ljust(width) if i < len(w) else " " * width
            for w, width in zip(wrapped, widths, strict=True)
        ).rstrip()
        for i in range(height)
    ]


def _evidence(spans: Sequence[dict[str, Any]]) -> str:
    return " / ".join(f"\u2039{s['text']}\u203a" for s in spans) or "(default)"


def _wrap(text: str, indent: str = "", hang: str | None = None) -> list[str]:
    later = indent if hang is None else hang
    return textwrap.wrap(text, WIDTH - 2, initial_indent=indent, subsequent_indent=later) or [""]


def _title(data: dict[str, Any]) -> str:
    name = data.get("treaty") or "(clause text)"
    article = f", Art. {data['article']}" if data.get("article") else ""
    return f"{data.get('ref') or '-'}  {name}{article}"


class TextRenderer(BaseRenderer):
    """The default format."""

    name = "text"

    def _verdict(self, verdict: str) -> str:
        return paint(verdict, VERDICT_COLOR.get(verdict), self.color)

    def comparison(self, comparison: Any) -> str:
        lines = _wrap(_title(comparison.left_clause), "LEFT   ", " " * 7)
        lines += _wrap(_title(comparison.right_clause), "RIGHT  ", " " * 7)
        pairs = comparison.pairs()
        for pair in pairs:
            rows = [r for r in comparison.rows if r.pair == pair]
            label = "primary obligations" if pair == pairs[0] else "obligations"
            lines += ["", f"{label} {_pair(pair)}", ""]
            lines += _cells(("FIELD", "LEFT", "RIGHT", "VERDICT"), _COLS)
            lines.append("-" * (sum(_COLS) + 3))
            for r in rows:
                cells = _cells(
                    (
                        r.field,
                        shown(r.left, r.left_detail),
                        shown(r.right, r.right_detail),
                        r.verdict,
                    ),
                    _COLS,
                )
                if self.color:
                    head, _, tail = cells[0].rpartition(r.verdict)
                    cells[0] = head + self._verdict(r.verdict) + tail
                lines += cells
                if r.verdict not in ("same", "only_left", "only_right") and r.field != "purpose":
                    lines += _wrap(
                        f"left {_evidence(r.left_spans)}  right {_evidence(r.right_spans)}", "    "
                    )
        lines += ["", *_wrap(comparison.summary)]
        return "\n".join(lines) + "\n"

    def clause(self, clause: ClauseData, *, marked: bool = False) -> str:
        lines = _wrap(_title(clause))
        meta = [f"language {clause.get('language')}"]
        meta += [f"signed {clause['signed']}"] if clause.get("signed") else []
        meta += [f"verified {clause['verified']}"] if clause.get("verified") else []
        lines += _wrap(", ".join(meta))
        lines += ["", *(self._marked(clause) if marked else self._obligations(clause))]
        warnings = clause.get("warnings") or []
        if warnings:
            lines += ["", "warnings (relevant words no rule used; check the coding there):"]
            for w in warnings:
                lines += _wrap(f"- {w['message']}: \u2039{w['span']['text']}\u203a", "  ")
        return "\n".join(lines) + "\n"

    def _obligations(self, clause: ClauseData) -> list[str]:
        obligations = clause.get("obligations") or []
        if not obligations:
            return ["no obligation (a definition, a procedure, or a statement of aims)"]
        lines: list[str] = []
        for i, ob in enumerate(obligations):
            flag = "  (primary)" if ob == clause.get("primary") else ""
            lines += [
                f"obligation {i + 1}{flag}",
                *_cells(("FIELD", "VALUE", "EVIDENCE"), (28, 16, 33)),
            ]
            lines.append("-" * 79)
            for path, value, detail in _field_values(ob):
                lines += _cells(
                    (path, shown(value, detail), _evidence(ob["spans"].get(path, []))),
                    (28, 16, 33),
                )
            if ob.get("purpose"):
                lines += _wrap(f"purpose: {ob['purpose']}")
            lines.append("")
        return lines[:-1]

    def _marked(self, clause: ClauseData) -> list[str]:
        out = []
        for text, fields in marked_segments(clause):
            if not fields:
                out.append(text)
            elif self.color:
                out.append(paint(text, FIELD_GROUP_COLOR.get(fields[0].split(".")[0]), True))
            else:
                out.append(f"[{text}]{{{','.join(fields)}}}")
        lines: list[str] = []
        for paragraph in "".join(out).split("\n"):
            lines += textwrap.wrap(paragraph, WIDTH - 2) or [""]
        if self.color:
            legend = " ".join(paint(g, c, True) for g, c in FIELD_GROUP_COLOR.items())
            lines += ["", f"legend: {legend}"]
        return lines

    def diff(self, diff: Any) -> str:
        parts = []
        for e in diff.edits:
            if e.op == "equal":
                parts.append(e.text)
            elif e.op == "delete":
                parts.append(paint(e.text, "31;9", True) if self.color else f"[-{e.text}-]")
            else:
                parts.append(paint(e.text, "32;4", True) if self.color else f"{{+{e.text}+}}")
        head = [f"--- {diff.left_label or 'left'}", f"+++ {diff.right_label or 'right'}"]
        head += [f"{diff.granularity} diff, similarity {diff.ratio():.2f}"]
        if diff.degraded:
            head.append("warning: the diff hit its time limit and is coarser than it should be")
        body: list[str] = []
        for paragraph in "".join(parts).split("\n"):
            body += textwrap.wrap(paragraph, WIDTH - 2) or [""]
        return "\n".join([*head, "", *body]) + "\n"

    def listing(self, entries: Sequence[Any]) -> str:
        rows = [("REF", "LANG", "ARTICLE", "TREATY")]
        rows += [
            (
                e.ref,
                e.meta.get("language", ""),
                str(e.meta.get("article", "")),
                e.meta.get("treaty", ""),
            )
            for e in entries
        ]
        width = max(len(r[0]) for r in rows)
        lines = [
            f"{r[0]:<{width}}  {r[1]:<4}  {r[2][:10]:<10}  {r[3]}"[:WIDTH].rstrip() for r in rows
        ]
        return "\n".join(lines) + "\n"

    def problems(self, problems: Sequence[Any], checked: int | None = None) -> str:
        count = "" if checked is None else f" in {checked} file{'s' if checked != 1 else ''}"
        if not problems:
            return f"no problems found{count}\n"
        lines = [str(p) for p in problems]
        return (
            "\n".join([*lines, f"{len(lines)} problem{'s' if len(lines) != 1 else ''}{count}"])
            + "\n"
        )

    def matrix(self, clauses: Sequence[ClauseData]) -> str:
        from ..views import MATRIX_CODES, matrix_rows

        rows = matrix_rows(clauses)
        paths = list(MATRIX_CODES)
        head = "REF".ljust(16) + " ".join(MATRIX_CODES[p][0] for p in paths)
        lines = [head, "-" * len(head)]
        for row in rows:
            codes = [MATRIX_CODES[p][1].get(row[p], "--") if row[p] != "" else " ." for p in paths]
            lines.append(row["ref"][:15].ljust(16) + " ".join(c.rjust(2) for c in codes))
        lines.append("")
        for p in paths:
            short, names = MATRIX_CODES[p]
            legend = ", ".join(f"{c} {shown(v)}" for v, c in names.items())
            lines += textwrap.wrap(f"{short} {p}: {legend}", WIDTH - 2, subsequent_indent="   ")
        return "\n".join(lines) + "\n"

    def similar(self, ranking: Any) -> str:
        lines = [f"clauses most like {ranking.target}, by agreement of primary obligations", ""]
        lines.append(f"{'#':>2}  {'REF':<16} {'AGREE':>6} {'TEXT':>5}  DIFFERS ON")
        for i, e in enumerate(ranking.entries, start=1):
            ratio = "-" if e.text_ratio is None else f"{e.text_ratio:.2f}"
            differs = ", ".join(e.differing) or "nothing"
            line = f"{i:>2}  {e.ref:<16} {e.agreement:>3}/{e.of:<2} {ratio:>5}  {differs}"
            lines += textwrap.wrap(line, WIDTH - 2, subsequent_indent=" " * 38)
        return "\n".join(lines) + "\n"


def _pair(pair: tuple[int | None, int | None]) -> str:
    left = "-" if pair[0] is None else str(pair[0] + 1)
    right = "-" if pair[1] is None else str(pair[1] + 1)
    return f"(left {left}, right {right})"


def _field_values(ob: dict[str, Any]) -> list[tuple[str, Any, str | None]]:
    places = ", ".join(ob["scope"]["places"]) or None
    return [(path, get(ob, path), places if path == "scope.kind" else None) for path in FIELDS]
