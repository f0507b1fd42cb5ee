"""HTML: one self-contained page (inline CSS, no script, nothing remote), or a fragment for
Jupyter. Every piece of clause text and metadata is escaped: treaty files are untrusted."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from .._fields import FIELDS, get
from .._types import ClauseData
from ._marks import marked_segments
from .base import BaseRenderer, shown

__all__ = ["HtmlRenderer", "clause_html", "comparison_html", "diff_html", "notebook"]

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;
color:#1d232a;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}code{font-size:.9em}
.verdict-same td.v{background:#dff3e4}.verdict-broader td.v{background:#fff1c2}
.verdict-narrower td.v{background:#d7f0f7}.verdict-stronger td.v{background:#c9eec3}
.verdict-weaker td.v{background:#f9d2cf}.verdict-different td.v{background:#ecdff7}
.verdict-only_left td.v,.verdict-only_right td.v{background:#e8e8e8}
.legend span{display:inline-block;padding:0 .4rem;margin-right:.3rem;border-radius:3px}
.texts{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
.clause{white-space:pre-wrap;background:#fafbfc;border:1px solid #e1e4e8;padding:.8rem}
mark{background:#fff3a3;border-bottom:2px solid #c9a800;padding:0 1px}
mark[data-field^="trigger"]{background:#ffd9d6;border-color:#d1242f}
mark[data-field^="scope"]{background:#d6e8ff;border-color:#0969da}
mark[data-field^="attack_on_all"]{background:#f0dcff;border-color:#8250df}
mark[data-field^="response"]{background:#d4f5dc;border-color:#1a7f37}
mark[data-field^="force"]{background:#ffe8c7;border-color:#bc4c00}
mark[data-field^="legal_basis"],mark[data-field^="security_council"]{background:#d8f4f6;
border-color:#1b7c83}
.diff{white-space:pre-wrap;border:1px solid #e1e4e8;padding:.8rem}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccffd8;text-decoration:none}
.warn{color:#9a6700}.grid td{text-align:center;font-size:.85em}.grid th{white-space:nowrap}
.meta{color:#57606a;font-size:.9em}
"""
_VERDICT_HEADS = ("field", "left", "right", "verdict", "left evidence", "right evidence")
_VERDICTS = (
    "same",
    "broader",
    "narrower",
    "stronger",
    "weaker",
    "different",
    "only_left",
    "only_right",
)


def _e(value: Any) -> str:
    if value is None:
        return "&ndash;"
    text = escape(str(value).lower() if isinstance(value, bool) else str(value), quote=True)
    # A URL in a source note stays text: written with an entity, the page has no "https://"
    # at all, so nothing in it can be mistaken for a resource to load.
    return text.replace("://", "&#58;//")


def _scoped_css() -> str:
    """The page's CSS with every selector under ``.clausecmp`` (for notebooks)."""
    rules = []
    for rule in _CSS.replace("\n", "").split("}"):
        if "{" not in rule or rule.startswith("body"):
            continue
        selectors, body = rule.split("{", 1)
        scoped = ",".join(f".clausecmp {sel.strip()}" for sel in selectors.split(","))
        rules.append(f"{scoped}{{{body}}}")
    return "".join(rules)


def notebook(fragment: str) -> str:
    """A fragment with its own scoped styles, for Jupyter's ``_repr_html_``."""
    return f'<div class="clausecmp"><style>{_scoped_css()}</style>{fragment}</div>'


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


def _label(data: dict[str, Any]) -> str:
    article = f", Art. {data['article']}" if data.get("article") else ""
    return f"{data.get('treaty') or 'Clause text'}{article}"


def _meta(data: dict[str, Any]) -> str:
    items = [
        ("ref", data.get("ref")),
        ("language", data.get("language")),
        ("signed", data.get("signed")),
    ]
    items += [("verified", data.get("verified")), ("source", data.get("source"))]
    return '<p class="meta">' + " &middot; ".join(f"{k}: {_e(v)}" for k, v in items if v) + "</p>"


def _values(clause: ClauseData) -> dict[str, Any]:
    """Field -> value, the primary obligation's first (for span titles)."""
    out: dict[str, Any] = {}
    obligations = list(clause.get("obligations") or [])
    primary = clause.get("primary")
    for ob in ([primary] if primary else []) + obligations:
        for path in FIELDS:
            out.setdefault(path, get(ob, path))
    return out


def marked_text(clause: ClauseData) -> str:
    """The clause text with every coded span in a ``<mark data-field=...>``."""
    values = _values(clause)
    parts = []
    for text, fields in marked_segments(clause):
        if not fields:
            parts.append(_e(text))
            continue
        title = "; ".join(f"{f} = {values.get(f)}" for f in fields)
        parts.append(
            f'<mark data-field="{_e(" ".join(fields))}" title="{_e(title)}">{_e(text)}</mark>'
        )
    return '<div class="clause">' + "".join(parts) + "</div>"


def _evidence(spans: Sequence[dict[str, Any]]) -> str:
    return " / ".join(f"&ldquo;{_e(s['text'])}&rdquo;" for s in spans)


def _obligation_table(ob: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr><td><code>{p}</code></td><td>{_e(get(ob, p))}</td>"
        f"<td>{_evidence(ob['spans'].get(p, []))}</td></tr>"
        for p in FIELDS
    )
    return f"<table><tr><th>field</th><th>value</th><th>evidence</th></tr>{rows}</table>"


def _warnings(clause: ClauseData) -> str:
    items = "".join(
        f"<li>{_e(w['message'])}: &ldquo;{_e(w['span']['text'])}&rdquo;</li>"
        for w in clause.get("warnings") or []
    )
    return f'<ul class="warn">{items}</ul>' if items else ""


def clause_html(clause: ClauseData) -> str:
    """A fragment: metadata, the marked text, each obligation's table, the warnings."""
    parts = [f"<h2>{_e(_label(clause))}</h2>", _meta(clause), marked_text(clause)]
    for i, ob in enumerate(clause.get("obligations") or []):
        flag = " (primary)" if ob == clause.get("primary") else ""
        parts += [f"<h3>Obligation {i + 1}{flag}</h3>", _obligation_table(ob)]
    return "\n".join([*parts, _warnings(clause)])


def diff_html(diff: Any) -> str:
    """A fragment: the word-level diff with ``<del>`` and ``<ins>``."""
    tags = {"equal": "{}", "delete": "<del>{}</del>", "insert": "<ins>{}</ins>"}
    body = "".join(tags[e.op].format(_e(e.text)) for e in diff.edits)
    note = (
        ' <span class="warn">(time limit hit: coarser than it should be)</span>'
        if diff.degraded
        else ""
    )
    head = (
        f'<p class="meta">{_e(diff.granularity)} diff of {_e(diff.left_label)} and '
        f"{_e(diff.right_label)}, similarity {diff.ratio():.2f}{note}</p>"
    )
    return f'{head}<div class="diff">{body}</div>'


def _verdict_table(comparison: Any, pair: tuple[int | None, int | None]) -> str:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in _VERDICT_HEADS) + "</tr>"
    rows = []
    for r in (r for r in comparison.rows if r.pair == pair):
        left, right = _e(shown(r.left, r.left_detail)), _e(shown(r.right, r.right_detail))
        rows.append(
            f'<tr class="verdict-{_e(r.verdict)}"><td><code>{_e(r.field)}</code></td>'
            f"<td>{left}</td>"
            f'<td>{right}</td><td class="v">{_e(r.verdict)}</td><td>{_evidence(r.left_spans)}</td>'
            f"<td>{_evidence(r.right_spans)}</td></tr>"
        )
    return f'<table class="verdicts">{head}{"".join(rows)}</table>'


def comparison_html(comparison: Any) -> str:
    """A fragment: summary, verdict tables, both texts marked, and the diff in one language."""
    left, right = comparison.left_clause, comparison.right_clause
    legend = "".join(f'<tr class="verdict-{v}"><td class="v">{v}</td></tr>' for v in _VERDICTS)
    parts = [
        f"<h1>{_e(comparison.left.label)} compared with {_e(comparison.right.label)}</h1>",
        f"<p><b>Left:</b> {_e(_label(left))}<br><b>Right:</b> {_e(_label(right))}</p>",
        f'<p class="summary">{_e(comparison.summary)}</p>',
    ]
    for i, pair in enumerate(comparison.pairs()):
        title = "Primary obligations" if i == 0 else "Further obligations"
        parts += [
            f"<h2>{title} (left {_n(pair[0])}, right {_n(pair[1])})</h2>",
            _verdict_table(comparison, pair),
        ]
    parts.append(
        "<details><summary>Verdict colours</summary>"
        f'<table class="legend">{legend}</table></details>'
    )
    parts += ["<h2>The texts, coded spans marked</h2>", '<div class="texts">']
    for data in (left, right):
        parts += [
            f"<section><h3>{_e(data.get('ref'))}</h3>{_meta(data)}{marked_text(data)}{_warnings(data)}</section>"
        ]
    parts.append("</div>")
    if left.get("language") == right.get("language"):
        from ..textdiff import diff_texts

        d = diff_texts(
            str(left["text"]),
            str(right["text"]),
            left_label=str(left.get("ref")),
            right_label=str(right.get("ref")),
        )
        parts += ["<h2>Word-level diff</h2>", diff_html(d)]
    return "\n".join(parts)


def _n(index: int | None) -> str:
    return "&ndash;" if index is None else str(index + 1)


class HtmlRenderer(BaseRenderer):
    """``--format html``: whole pages."""

    name = "html"

    def comparison(self, comparison: Any) -> str:
        return _page(
            f"{comparison.left.label} vs {comparison.right.label}", comparison_html(comparison)
        )

    def clause(self, clause: ClauseData, *, marked: bool = False) -> str:
        return _page(_label(clause), clause_html(clause))

    def diff(self, diff: Any) -> str:
        return _page(
            f"diff {diff.left_label} {diff.right_label}", f"<h1>Diff</h1>{diff_html(diff)}"
        )

    def matrix(self, clauses: Sequence[ClauseData]) -> str:
        from ..views import MATRIX_CODES, matrix_rows

        head = "".join(f'<th title="{p}">{MATRIX_CODES[p][0]}</th>' for p in FIELDS)
        legend = "".join(f"<li><b>{MATRIX_CODES[p][0]}</b> <code>{p}</code></li>" for p in FIELDS)
        rows = []
        for row in matrix_rows(clauses):
            cells = "".join(
                f'<td style="background:{_shade(p, row[p])}">{_e(row[p])}</td>' for p in FIELDS
            )
            rows.append(f"<tr><th>{_e(row['ref'])}</th>{cells}</tr>")
        table = f'<table class="grid"><tr><th>ref</th>{head}</tr>{"".join(rows)}</table>'
        body = f'<h1>Clause matrix</h1>{table}<ul class="meta">{legend}</ul>'
        return _page("clausecmp matrix", body)

    def similar(self, ranking: Any) -> str:
        rows = "".join(
            f"<tr><td>{i}</td><td>{_e(e.ref)}</td><td>{e.agreement}/{e.of}</td><td>{_e(e.text_ratio)}</td>"
            f"<td>{_e(', '.join(e.differing))}</td></tr>"
            for i, e in enumerate(ranking.entries, start=1)
        )
        names = ("#", "ref", "agreement", "text similarity", "differs on")
        head = "<tr>" + "".join(f"<th>{n}</th>" for n in names) + "</tr>"
        return _page(
            "similar clauses",
            f"<h1>Clauses most like {_e(ranking.target)}</h1><table>{head}{rows}</table>",
        )


_PALETTE = ("#dff3e4", "#fff1c2", "#d7f0f7", "#f9d2cf", "#ecdff7", "#e8e8e8")


def _shade(path: str, value: Any) -> str:
    from ..views import MATRIX_CODES

    codes = list(MATRIX_CODES[path][1])
    return (
        "#ffffff"
        if value == "" or value not in codes
        else _PALETTE[codes.index(value) % len(_PALETTE)]
    )
