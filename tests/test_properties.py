"""Hypothesis properties, all in one place (``make fuzz`` runs them with many more examples)."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from clausecmp._fields import FIELDS, get
from clausecmp._rules import MIRROR
from clausecmp.comparison import compare_data
from clausecmp.errors import ClauseCmpError
from clausecmp.models import Clause, Obligation, Span
from clausecmp.parser import parse_data
from clausecmp.textdiff import diff_texts

from ._parser_helpers import TREATIES, treaty_text

CORPUS = sorted(p.stem for p in TREATIES.glob("*.txt"))

CUE_WORDS = [
    "attack", "armed", "shall", "assist", "considered", "against", "all", "force", "if", "the",
    "Parties", "Article 51", "Security Council", "individually", "or", "such", "by", "any",
    "state", "in", "Europe", "prevent", "deems", "necessary", "attaque", "armée", "toute",
    "(", ")", '"', "\u201c", "\u2026", ";", ".", ",", "\x00", "\ufeff", "\u200f", "\u202e",
    "\U0001f600", "-\n", "\n1. ", "(a)", "x" * 300,
]  # fmt: skip

CONDITIONS = ["If", "Should", "In the event that", "In case", "Where", "Si"]
SUBJECTS = ["a Party", "any Member State", "one of the Contracting Parties"]
EVENTS = ["is the object of an armed attack", "is attacked", "is threatened", "suffers aggression"]
PLACES = ["", " in Europe", " within the area covered by the Treaty", " on its territory"]
DUTIES = [
    "the other Parties shall assist it",
    "the others will forthwith afford it all the aid in their power",
    "each Party shall consult the others",
    "each other Party may take such action as it deems necessary, including armed force",
]
EXTRAS = [
    "",
    " in accordance with their constitutional processes",
    ", individually and collectively",
    " in exercise of the right of self-defence recognised by Article 51 of the Charter",
]
SENTENCES = st.builds(
    lambda c, s, e, p, d, x: f"{c} {s} {e}{p}, {d}{x}.",
    st.sampled_from(CONDITIONS[:-1]),
    st.sampled_from(SUBJECTS),
    st.sampled_from(EVENTS),
    st.sampled_from(PLACES),
    st.sampled_from(DUTIES),
    st.sampled_from(EXTRAS),
)
CLAUSES = st.lists(SENTENCES, min_size=1, max_size=3).map(" ".join) | st.sampled_from(
    [treaty_text(ref)[0] for ref in CORPUS]
)


def _coding(text: str) -> list[tuple[Any, ...]]:
    return [tuple(get(ob, f) for f in FIELDS) for ob in parse_data(text, "en")["obligations"]]


def _language(text: str) -> str:
    return parse_data(text)["language"]


@given(st.text() | st.lists(st.sampled_from(CUE_WORDS), max_size=60).map(" ".join))
def test_parser_never_raises_anything_else(text: str) -> None:
    try:
        data = parse_data(text)
    except ClauseCmpError:
        return
    for ob in data["obligations"]:
        for spans in ob["spans"].values():
            assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)


def _swap_quotes(text: str) -> str:
    return text.replace("'", "\u2019").replace('"', "\u201c")


def _respell(text: str) -> str:
    return (
        re.sub("efence", "efense", text) if "efence" in text else text.replace("efense", "efence")
    )


@given(
    CLAUSES,
    st.sampled_from(
        [
            str.upper,
            str.lower,
            str.title,
            lambda t: re.sub(" ", "  \n ", t),
            lambda t: t.replace(" ", "\t", 3),
            _swap_quotes,
            _respell,
            lambda t: "1. " + t,
            lambda t: "(a) " + t,
            lambda t: "Article 5\n" + t,
        ]
    ),
)
def test_surface_changes_never_change_the_coding(text: str, change: Any) -> None:
    assume(_language(text) == "en")
    assert _coding(change(text)) == _coding(text)


@given(CLAUSES)
def test_models_round_trip_through_json(text: str) -> None:
    clause = Clause.model_validate(parse_data(text, "en"))
    assert Clause.model_validate_json(clause.model_dump_json()) == clause
    for ob in clause.obligations:
        assert Obligation.model_validate_json(ob.model_dump_json()) == ob
        for spans in ob.spans.values():
            for span in spans:
                assert Span.model_validate_json(span.model_dump_json()) == span


@given(CLAUSES)
def test_a_clause_against_itself_is_all_same(text: str) -> None:
    data = parse_data(text, "en")
    assert {r.verdict for r in compare_data(data, data).rows} <= {"same"}


@given(CLAUSES, CLAUSES)
def test_swapping_sides_mirrors_every_verdict(a: str, b: str) -> None:
    left, right = parse_data(a, "en"), parse_data(b, "en")
    forward = {(r.pair, r.field): r.verdict for r in compare_data(left, right).rows}
    backward = {(r.pair[::-1], r.field): r.verdict for r in compare_data(right, left).rows}
    assert backward == {k: MIRROR[v] for k, v in forward.items()}


@given(st.text(), st.text(), st.sampled_from(["word", "char"]))
def test_diffs_rebuild_both_texts(a: str, b: str, granularity: str) -> None:
    d = diff_texts(a, b, granularity)  # type: ignore[arg-type]
    assert d.left_text() == a and d.right_text() == b


@given(st.lists(st.sampled_from(["attack", "armed", "assist", "the", "force", "."]), max_size=30))
def test_word_diffs_never_cut_a_word(words: list[str]) -> None:
    a = " ".join(words)
    b = " ".join(reversed(words))
    d = diff_texts(a, b, "word")
    for text, skip in ((a, "insert"), (b, "delete")):
        at = 0
        for e in d.edits:
            if e.op != skip:
                at += len(e.text)
                assert not (0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum())


@given(SENTENCES, st.integers(min_value=1, max_value=12))
def test_structure_is_linear_in_repetition(sentence: str, k: int) -> None:
    once = len(parse_data(sentence, "en")["obligations"])
    assert len(parse_data(" ".join([sentence] * k), "en")["obligations"]) == k * once
