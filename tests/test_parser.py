"""The whole pipeline against the gold coding of every corpus file, and on phrasings written
for these tests (tests/fixtures/phrasings.json) that the corpus does not contain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausecmp.errors import InputTooLargeError, UsageError
from clausecmp.models import FIELDS
from clausecmp.parser import parse_data

from ._parser_helpers import treaty_text, value

HERE = Path(__file__).resolve().parent
GOLD = json.loads((HERE / "golden" / "dev.json").read_text(encoding="utf-8"))
PHRASINGS = json.loads((HERE / "fixtures" / "phrasings.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("ref", sorted(GOLD["primary"]))
def test_corpus_primary_matches_gold(ref: str) -> None:
    text, language = treaty_text(ref)
    primary = parse_data(text, language)["primary"]
    gold = GOLD["primary"][ref]
    if gold is None:
        assert primary is None
        return
    assert primary is not None
    got = {field: value(primary, field) for field in FIELDS}
    assert got == gold
    if ref in GOLD["places"]:
        assert primary["scope"]["places"] == GOLD["places"][ref]


@pytest.mark.parametrize("case", PHRASINGS, ids=[c["name"] for c in PHRASINGS])
def test_unseen_phrasings(case: dict[str, object]) -> None:
    data = parse_data(str(case["text"]), str(case["language"]))
    if "obligations" in case:
        assert len(data["obligations"]) == case["obligations"]
    expect = case.get("expect", {})
    assert isinstance(expect, dict)
    if expect:
        assert data["primary"] is not None
        got = {field: value(data["primary"], field) for field in expect}
        assert got == expect
    if "places" in case:
        assert data["primary"]["scope"]["places"] == case["places"]


@pytest.mark.parametrize("ref", sorted(GOLD["primary"]))
def test_every_span_points_at_its_words(ref: str) -> None:
    text, language = treaty_text(ref)
    for ob in parse_data(text, language)["obligations"]:
        for path, spans in ob["spans"].items():
            assert path in FIELDS or path in ("scope.places", "purpose"), path
            for span in spans:
                assert text[span["start"] : span["end"]] == span["text"]
                assert span["text"].strip() == span["text"] != ""


def test_defaults_carry_no_span() -> None:
    text, language = treaty_text("aes-6.en-v4")
    primary = parse_data(text, language)["primary"]
    assert primary["response"]["duty"] == "none"
    assert "response.duty" not in primary["spans"]
    assert "legal_basis" not in primary["spans"]
    assert primary["spans"]["attack_on_all"]  # the deeming that decided it


def test_spans_name_the_deciding_words() -> None:
    text, language = treaty_text("nato-5.en")
    spans = parse_data(text, language)["primary"]["spans"]
    assert [s["text"] for s in spans["scope.kind"]] == ["Europe", "North America"]
    assert spans["response.means"][0]["text"] == "as it deems necessary"
    assert spans["response.immediate"][0]["text"] == "forthwith"
    assert spans["legal_basis"][0]["text"] == "Article 51"


def test_purpose_is_the_words_of_the_aim() -> None:
    text, language = treaty_text("nato-5.en")
    primary = parse_data(text, language)["primary"]
    assert primary["purpose"] == "to restore and maintain the security of the North Atlantic area"


def test_multi_obligation_article_picks_the_primary_by_the_codebook_rule() -> None:
    text = (
        "The Parties shall consult together whenever the independence of any of them is "
        "threatened. In the event of an armed attack on a Party, the others shall assist it "
        "forthwith with all the means at their disposal."
    )
    data = parse_data(text, "en")
    duties = [ob["response"]["duty"] for ob in data["obligations"]]
    assert duties == ["consultation", "obligatory"]
    assert data["primary"] == data["obligations"][1]


def test_language_is_detected_when_not_given() -> None:
    text, _ = treaty_text("aes-6.fr")
    assert parse_data(text)["language"] == "fr"
    text, _ = treaty_text("nato-5.en")
    assert parse_data(text)["language"] == "en"


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(UsageError, match="language 'de'"):
        parse_data("Jeder Angriff", "de")


def test_size_limit_refuses_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUSECMP_MAX_CHARS", "100")
    with pytest.raises(InputTooLargeError, match="over the limit of 100"):
        parse_data("attack " * 50, "en")


def test_relevant_words_no_rule_used_become_warnings() -> None:
    text, language = treaty_text("nato-5.en")
    warnings = parse_data(text, language)["warnings"]
    assert any(w["span"]["text"] == "North Atlantic area" for w in warnings)


def test_definitional_article_says_why_it_has_no_obligation() -> None:
    text, language = treaty_text("nato-6.en")
    data = parse_data(text, language)
    assert data["obligations"] == []
    assert any("definition" in w["message"] for w in data["warnings"])


def test_metadata_is_carried_through() -> None:
    meta = {"ref": "x.en", "id": "x", "treaty": "T", "article": "1", "parties": ["A", "B"]}
    data = parse_data("If a Party is attacked, the others shall assist it.", "en", meta)
    assert (data["ref"], data["id"], data["parties"]) == ("x.en", "x", ["A", "B"])


def test_empty_and_cueless_text_have_no_obligation() -> None:
    for text in ("", "   ", "The weather was fine.", "...", ";;;"):
        data = parse_data(text, "en")
        assert data["obligations"] == [] and data["primary"] is None
