"""The phrase grammar: every cue sequence parses, and the constructions are recognised."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clausecmp.grammar import structure
from clausecmp.lexer import Cue, tokenize
from clausecmp.lexicon import CATEGORIES, lexicon
from clausecmp.normalise import normalise

TYPES = sorted((CATEGORIES - {"NOISE"}) | {"SEP"})


def _sentences(text: str, language: str = "en"):  # type: ignore[no-untyped-def]
    return structure(tokenize(normalise(text), lexicon(language)))


@settings(max_examples=300)
@given(st.lists(st.sampled_from(TYPES), max_size=60))
def test_any_cue_sequence_parses_and_keeps_every_cue(types: list[str]) -> None:
    cues = [Cue(t, i * 10, i * 10 + 5, t.lower()) for i, t in enumerate(types)]
    sentences = structure(cues)
    kept = sorted((c for s in sentences for c in s.cues), key=lambda c: c.start)
    assert kept == [c for c in cues if c.type != "SEP"]


def test_alternative_events_are_grouped() -> None:
    (sentence,) = _sentences("any armed rebellion or other threat")
    (phrase,) = [p for p in sentence.phrases if p.event is not None]
    assert phrase.event is not None
    assert phrase.event.head.type == "EV_ARMED"
    assert [a.type for a in phrase.event.alternatives] == ["EV_THREAT"]


def test_qualified_event_is_grouped() -> None:
    (sentence,) = _sentences("aggression in the form of an armed attack")
    (phrase,) = [p for p in sentence.phrases if p.event is not None]
    assert phrase.event is not None
    assert [q.type for q in phrase.event.qualifiers] == ["EV_ARMED"]


def test_attacker_takes_its_states_and_their_jointly() -> None:
    (sentence,) = _sentences("an armed attack by any state or several states jointly")
    (attacker,) = [a for p in sentence.phrases for a in p.attackers]
    assert [s.text for s in attacker.states] == ["any state", "several states"]
    assert attacker.joint is not None and attacker.joint.text == "jointly"


def test_cues_attach_to_the_head_before_them() -> None:
    (sentence,) = _sentences("the others shall assist it forthwith, individually and jointly")
    duty = next(p for p in sentence.phrases if p.kind == "duty")
    assert [m.type for m in duty.mods] == ["IMMED", "MODE_BOTH"]


def test_deeming_holds_the_event_it_counts() -> None:
    (sentence,) = _sentences("an attack shall be considered an aggression against them all")
    deeming = next(p for p in sentence.phrases if p.kind == "deeming")
    assert deeming.event is not None and deeming.event.head.text == "aggression"
    assert any(m.type == "ALL_OBJ" for m in deeming.mods)


def test_sentences_split_at_boundaries() -> None:
    assert len(_sentences("If attacked, assist. Report it to the Security Council.")) == 2
