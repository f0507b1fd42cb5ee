"""Normalisation keeps a faithful map back to the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clausecmp.normalise import fold, normalise


def _back(text: str) -> str:
    n = normalise(text)
    return "".join(text[n.offsets[i]] for i in range(len(n.text)))


def test_case_quotes_accents_and_spaces_fold() -> None:
    n = normalise("  L\u2019Alliance   d\u00e9fense \u00ab\u00a0Art\u00a0\u00bb\u2026 ")
    assert n.text == 'l\'alliance defence " art "...'


def test_american_spelling_folds_to_british() -> None:
    assert normalise("Defense, recognized, organization").text == (
        "defence, recognised, organisation"
    )


def test_ocr_line_break_hyphen_is_joined() -> None:
    n = normalise("con-\nsequently each")
    assert n.text == "consequently each"
    assert n.original_span(0, 12) == (0, 14)


def test_numbered_paragraph_prefixes_are_dropped() -> None:
    assert normalise("1. The Parties\n2. Each Party").text == "the parties each party"
    assert normalise("(a) If\n(iv) when").text == "if when"
    assert normalise("Article 5\nThe Parties").text == "the parties"


def test_numbers_inside_a_line_are_kept() -> None:
    assert "article 51" in normalise("recognised by Article 51 of the Charter").text


def test_control_and_invisible_characters_vanish() -> None:
    assert normalise("\ufeffan\u200b att\u202eack\x00").text == "an attack"


def test_original_span_maps_to_the_written_words() -> None:
    text = "An  ARMED\tattack   in Europe"
    n = normalise(text)
    start = n.text.index("armed attack")
    a, b = n.original_span(start, start + len("armed attack"))
    assert text[a:b] == "ARMED\tattack"


def test_fold_keeps_vocabulary_syntax() -> None:
    assert fold("[the] Défense|attack*") == "[the] defence|attack*"


@given(st.text())
def test_offsets_are_monotonic_and_in_range(text: str) -> None:
    n = normalise(text)
    assert len(n.offsets) == len(n.text) + 1
    inner = n.offsets[:-1]
    assert all(0 <= o < len(text) for o in inner)
    assert inner == tuple(sorted(inner))
    assert n.offsets[-1] == len(text)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyABCDEFGHIJKLMNOPQRSTUVWXY .,;\n\t"))
def test_each_kept_letter_maps_back_to_itself(text: str) -> None:
    n = normalise(text, strip_prefixes=False)
    for i, ch in enumerate(n.text):
        if ch != " ":
            assert text[n.offsets[i]].lower() == ch
