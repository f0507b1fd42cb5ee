"""Markdown: GitHub tables, for reports and issues; clause text and metadata are escaped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .._fields import FIELDS, get
from .._types import ClauseData
from ._marks import marked_segments
from .base import BaseRenderer, shown

__all__ = ["MarkdownRenderer", "escape"]

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: Any) -> str:
    """Escape Markdown (and inline HTML) characters; line breaks become spaces in cells."""
    return _SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    return escape(str(value).lower() if isinstance(value, bool) else value)


def _spans(spans: Sequence[dict[str, Any]]) -> str:
    return " / ".join(f"\u201c{escape(s['text'])}\u201d" for s in spans)


def _title(data: dict[str, Any]) -> str:
    article = f", Art. {escape(data['article'])}" if data.get("article") else ""
    return (
        f"`{escape(data.get('ref') or '-')}` {escape(data.get('treaty') or 'clause text')}{article}"
    )


class MarkdownRenderer(BaseRenderer):
    """``--format markdown``."""

    name = "markdown"

    def comparison(self, comparison: Any) -> str:
        lines = [
            f"# {escape(comparison.left.label)} compared with {escape(comparison.right.label)}",
            "",
            f"- **left**: {_title(comparison.left_clause)}",
            f"- **right**: {_title(comparison.right_clause)}",
            "",
            escape(comparison.summary),
            "",
        ]
        for pair in comparison.pairs():
            lines += [
                f"## Obligations {pair[0] if pair[0] is None else pair[0] + 1} : "
                f"{pair[1] if pair[1] is None else pair[1] + 1}",
                "",
            ]
            lines += [
                "| field | left | right | verdict | left evidence | right evidence |",
                "|---|---|---|---|---|---|",
            ]
            for r in (r for r in comparison.rows if r.pair == pair):
                left = escape(shown(r.left, r.left_detail))
                right = escape(shown(r.right, r.right_detail))
                lines.append(
                    f"| `{r.field}` | {left} | {right} | **{r.verdict}** | "
                    f"{_spans(r.left_spans)} | {_spans(r.right_spans)} |"
                )
            lines.append("")
        return "\n".join(lines)

    def clause(self, clause: ClauseData, *, marked: bool = False) -> str:
        lines = [f"# {_title(clause)}", ""]
        if marked:
            body = "".join(
                f"**{escape(t)}**<sub>{escape(', '.join(f))}</sub>" if f else escape(t)
                for t, f in marked_segments(clause)
            )
            lines += [body, ""]
        for i, ob in enumerate(clause.get("obligations") or []):
            flag = " (primary)" if ob == clause.get("primary") else ""
            lines += [
                f"## Obligation {i + 1}{flag}",
                "",
                "| field | value | evidence |",
                "|---|---|---|",
            ]
            lines += [
                f"| `{p}` | {_cell(get(ob, p))} | {_spans(ob['spans'].get(p, []))} |"
                for p in FIELDS
            ]
            lines.append("")
        for w in clause.get("warnings") or []:
            lines.append(
                f"- warning: {escape(w['message'])}: \u201c{escape(w['span']['text'])}\u201d"
            )
        return "\n".join(lines) + "\n"

    def diff(self, diff: Any) -> str:
        marks = {"equal": "{}", "delete": "~~{}~~", "insert": "**{}**"}
        body = "".join(
            marks[e.op].format(escape(e.text)) if e.text.strip() else escape(e.text)
            for e in diff.edits
        )
        names = f"`{escape(diff.left_label)}` \u2192 `{escape(diff.right_label)}`"
        head = f"# Diff: {names} ({diff.granularity})"
        return f"{head}\n\n{body}\n"

    def listing(self, entries: Sequence[Any]) -> str:
        lines = ["| ref | language | treaty | article |", "|---|---|---|---|"]
        lines += [
            f"| `{escape(e.ref)}` | {escape(e.meta.get('language', ''))} | "
            f"{escape(e.meta.get('treaty', ''))} | {escape(e.meta.get('article', ''))} |"
            for e in entries
        ]
        return "\n".join(lines) + "\n"

    def problems(self, problems: Sequence[Any], checked: int | None = None) -> str:
        lines = [f"- `{escape(p.path)}:{p.line or ''}` {escape(p.message)}" for p in problems]
        return "\n".join(lines or ["no problems found"]) + "\n"
