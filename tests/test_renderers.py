"""Renderers: text, JSON, Markdown, HTML and CSV; escaping of untrusted clause text."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest

import clausecmp
from clausecmp.api import load_data
from clausecmp.comparison import compare_data
from clausecmp.errors import UsageError
from clausecmp.parser import parse_data
from clausecmp.renderers import get_renderer
from clausecmp.textdiff import diff_texts

HOSTILE = (
    'If a Party is attacked <script>alert(1)</script> & "><img src=x onerror=alert(1)>, '
    "the others shall assist it."
)


def _hostile() -> dict[str, Any]:
    meta = {"ref": "<b>x</b>", "id": "x", "treaty": "<script>t()</script>", "article": "1&2"}
    return parse_data(HOSTILE, "en", {**meta, "source": "javascript:alert(1) http://evil.example"})


@pytest.fixture(scope="module")
def comparison() -> Any:
    return compare_data(load_data("aes-6"), load_data("nato-5"))


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown format"):
        get_renderer("pdf")


def test_text_marks_coded_spans() -> None:
    out = get_renderer("text").clause(load_data("nato-5"), marked=True)
    assert "[armed attack]{trigger.kind}" in out and "[forthwith]{response.immediate}" in out
    assert "\x1b[" not in out
    coloured = get_renderer("text", color=True).clause(load_data("nato-5"), marked=True)
    assert "\x1b[" in coloured and "]{trigger.kind}" not in coloured


def test_text_comparison_lines_fit(comparison: Any) -> None:
    out = get_renderer("text").comparison(comparison)
    assert max(map(len, out.splitlines())) <= 80
    assert "LEFT   aes-6.en" in out and comparison.summary.split()[0] in out


def test_text_diff_markers() -> None:
    out = get_renderer("text").diff(diff_texts("an armed attack", "an attack"))
    assert "[-armed -]" in out or "[-armed" in out


def test_json_is_valid_everywhere(comparison: Any) -> None:
    r = get_renderer("json")
    assert json.loads(r.comparison(comparison))["rows"][0]["verdict"] == "broader"
    assert json.loads(r.clause(load_data("nato-5")))["primary"]["trigger"]["kind"] == "armed_attack"
    assert json.loads(r.diff(diff_texts("a", "b")))["edits"]


def test_markdown_escapes_clause_text() -> None:
    out = get_renderer("markdown").clause(
        parse_data("The | parties *shall* assist_ <b>", "en"), marked=True
    )
    assert "\\|" in out and "\\*shall\\*" in out and "\\<b\\>" in out


def test_markdown_comparison_table(comparison: Any) -> None:
    out = get_renderer("markdown").comparison(comparison)
    assert "| `trigger.kind` | infringement | armed\\_attack | **broader** |" in out


def test_html_report_is_one_offline_page(comparison: Any) -> None:
    page = get_renderer("html").comparison(comparison)
    assert page.startswith("<!DOCTYPE html>") and page.count("<html") == 1
    assert "<style>" in page and "<script" not in page.lower()
    assert not re.search(r"https?://", page) and " src=" not in page and "@import" not in page
    assert page.count('<mark data-field="') >= 8
    assert 'class="verdict-broader"' in page and "<del>" in page and "<ins>" in page


def test_html_has_no_diff_across_languages() -> None:
    page = get_renderer("html").comparison(compare_data(load_data("aes-6.fr"), load_data("nato-5")))
    assert "Word-level diff" not in page


def test_html_escapes_untrusted_text_and_metadata() -> None:
    data = _hostile()
    page = get_renderer("html").clause(data)
    cmp_page = get_renderer("html").comparison(compare_data(data, load_data("nato-5")))
    for html in (page, cmp_page):
        assert "<script>" not in html and "<img" not in html and "<b>x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "&quot;&gt;&lt;img" in html
        assert not re.search(r"https?://", html)


def test_csv_rows() -> None:
    r = get_renderer("csv")
    rows = list(csv.DictReader(io.StringIO(r.matrix([load_data("nato-5"), load_data("nato-6")]))))
    assert [row["ref"] for row in rows] == ["nato-5.en", "nato-6.en"]
    assert rows[0]["trigger.kind"] == "armed_attack" and rows[1]["trigger.kind"] == ""
    per_ob = list(csv.DictReader(io.StringIO(r.clause(load_data("rio-3")))))
    assert len(per_ob) == 2 and per_ob[0]["primary"] == "true"


def test_formats_refuse_what_they_cannot_show(comparison: Any) -> None:
    with pytest.raises(UsageError, match="format csv cannot render a comparison"):
        get_renderer("csv").comparison(comparison)


def test_notebook_views() -> None:
    assert '<mark data-field="trigger.kind"' in clausecmp.load("nato-5")._repr_html_()
    assert "verdict-broader" in clausecmp.compare("aes-6", "nato-5")._repr_html_()
    assert "<del>" in clausecmp.diff("aes-6.en-v1", "aes-6.en-v3")._repr_html_()
