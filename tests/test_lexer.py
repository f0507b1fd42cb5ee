"""Cue tokens and sentence boundaries."""

from __future__ import annotations

from clausecmp.lexer import tokenize
from clausecmp.lexicon import lexicon
from clausecmp.normalise import normalise


def _types(text: str, language: str = "en") -> list[str]:
    return [c.type for c in tokenize(normalise(text), lexicon(language))]


def test_only_cues_and_boundaries_become_tokens() -> None:
    assert _types("The weather in spring. Nothing more") == ["SEP"]


def test_sentence_boundaries_skip_abbreviations_and_ellipses() -> None:
    assert _types("Art. 51 applies. Then") == ["ART51", "SEP"]
    assert "SEP" not in _types("assistance and remedy... including the use of armed force")
    assert _types("a; b") == ["SEP"]


def test_a_bracket_marks_a_qualification() -> None:
    types = _types("aggression (armed attack menacing sovereignty)")
    assert types[:3] == ["EV_AGGR", "QUAL", "EV_ARMED"]


def test_noise_phrases_hide_their_words() -> None:
    assert "EV_AGGR" not in _types("the Party so attacked")
    assert "FORCE" not in _types("the defence and security forces of a Party")


def test_events_remember_a_definite_article() -> None:
    cues = tokenize(normalise("to repel the aggression"), lexicon("en"))
    event = next(c for c in cues if c.type == "EV_AGGR")
    assert event.before == "the"


def test_cue_positions_index_the_normalised_text() -> None:
    norm = normalise("If  an ARMED attack occurs")
    for cue in tokenize(norm, lexicon("en")):
        assert norm.text[cue.start : cue.end] == cue.text
