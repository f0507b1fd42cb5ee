"""Grouping sentences into obligations and deciding fields (codebook sections 1 and 2)."""

from __future__ import annotations

from typing import Any

from clausecmp.parser import parse_data

from ._parser_helpers import value


def _obligations(text: str, language: str = "en") -> list[dict[str, Any]]:
    return list(parse_data(text, language)["obligations"])


def test_deeming_joins_the_duty_sentence_that_follows() -> None:
    obs = _obligations(
        "An armed attack on one Party shall be considered an attack on all the Parties. "
        "In that case each Party shall assist the Party attacked."
    )
    assert len(obs) == 1
    assert obs[0]["attack_on_all"] is True
    assert obs[0]["response"]["duty"] == "obligatory"


def test_consultation_paragraph_is_a_second_obligation() -> None:
    obs = _obligations(
        "If a Party is the object of an armed attack, the other Parties shall assist it. "
        "The Parties shall consult together on the measures to be taken."
    )
    assert [o["response"]["duty"] for o in obs] == ["obligatory", "consultation"]


def test_reporting_sentence_attaches_to_the_obligation_it_speaks_of() -> None:
    (ob,) = _obligations(
        "If a Party is attacked, each other Party shall assist it. "
        "All measures taken shall be reported to the Security Council."
    )
    assert ob["security_council"]["report"] is True
    assert ob["response"]["immediate"] is False


def test_immediately_reported_is_not_an_immediate_response() -> None:
    (ob,) = _obligations(
        "If a Party is attacked, each other Party shall assist it. "
        "Such an attack shall immediately be reported to the Security Council."
    )
    assert ob["response"]["immediate"] is False


def test_aims_yield_no_obligation() -> None:
    assert _obligations("The Parties will strive to strengthen their cooperation in culture.") == []


def test_prevention_only_has_no_trigger_but_answering_does() -> None:
    (prevent,) = _obligations("The Parties undertake to take measures to prevent any aggression.")
    assert prevent["trigger"]["kind"] == "none"
    (answer,) = _obligations("The Parties shall work to prevent and repel any aggression.")
    assert answer["trigger"]["kind"] == "aggression"


def test_the_broadest_alternative_decides() -> None:
    (ob,) = _obligations("In case of aggression or threat of aggression, the Parties shall assist.")
    assert ob["trigger"]["kind"] == "threat"


def test_back_reference_does_not_change_the_trigger() -> None:
    (ob,) = _obligations(
        "In the event of an armed attack on a Party, the others shall assist it. "
        "Such aggression shall be met with all measures in their power."
    )
    assert ob["trigger"]["kind"] == "armed_attack"


def test_self_defence_right_is_not_a_mode() -> None:
    (ob,) = _obligations(
        "In exercise of the right of individual or collective self-defence, each Party shall "
        "assist the Party attacked."
    )
    assert ob["response"]["mode"] == "unspecified"
    assert ob["legal_basis"] == "self_defence"


def test_region_beats_territory_in_the_trigger() -> None:
    (ob,) = _obligations(
        "An armed attack in the Pacific area on the territory of either Party shall be met by "
        "each Party with assistance."
    )
    assert value(ob, "scope.kind") == "region"


def test_response_area_counts_only_without_a_trigger_location() -> None:
    (ob,) = _obligations(
        "Any attack on a Party shall oblige the others to assist it to restore security within "
        "the area covered by the Treaty."
    )
    assert value(ob, "scope.kind") == "alliance_area"


def test_discretion_wins_over_all_means() -> None:
    (ob,) = _obligations(
        "If a Party is attacked, the others shall assist it with all the means in their power "
        "as each deems necessary."
    )
    assert ob["response"]["means"] == "all_means" or ob["response"]["means"] == "discretionary"
    (ob,) = _obligations(
        "If a Party is attacked, the others shall assist it with all the means in their power, "
        "taking such action as it deems necessary."
    )
    assert ob["response"]["means"] == "discretionary"


def test_consent_requirement_excludes_force() -> None:
    (ob,) = _obligations(
        "If a Party is attacked, the others shall assist it; no armed force shall be used "
        "without the consent of the Party concerned."
    )
    assert ob["force"]["allowed"] == "excluded"


def test_forces_attacked_are_a_target_and_forces_used_a_response() -> None:
    (target,) = _obligations(
        "If an armed attack is made against the armed forces of a Party, the others shall help it."
    )
    assert target["force"]["allowed"] == "unspecified"
    (used,) = _obligations("If a Party is attacked, the others shall use their armed forces.")
    assert used["force"]["allowed"] == "explicit"


def test_a_later_sentence_can_give_the_event_a_duty_was_missing() -> None:
    (ob,) = _obligations(
        "1. Each Party shall assist the other with all means at its disposal.\n"
        "2. This obligation applies if a Party is the object of an armed attack in Europe."
    )
    assert ob["trigger"]["kind"] == "armed_attack"
    assert ob["scope"]["places"] == ["Europe"]
