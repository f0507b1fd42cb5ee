"""Comparison: the verdict table, alignment of obligations, the summary, the fast paths."""

from __future__ import annotations

import copy
from itertools import product
from typing import Any

import pytest

from clausecmp._fields import FIELDS
from clausecmp._rules import MIRROR, RULES, verdict
from clausecmp.api import load_data
from clausecmp.comparison import (
    FIELDS_COMPARED,
    all_pairs,
    compare_data,
    field_vector,
    verdict_vector,
)
from clausecmp.parser import parse_data

WORKED = {  # CODEBOOK section 4: compare(aes-6, nato-5)
    "trigger.kind": "broader",
    "attack_on_all": "same",
    "response.duty": "same",
    "response.means": "stronger",
    "response.mode": "same",
    "response.immediate": "weaker",
    "force.allowed": "same",
    "scope.kind": "different",
    "legal_basis": "different",
    "security_council.report": "different",
    "security_council.termination": "different",
}


def test_codebook_worked_example_and_its_mirror() -> None:
    verdicts = compare_data(load_data("aes-6"), load_data("nato-5")).verdicts()
    assert {f: verdicts[f] for f in WORKED} == WORKED
    swapped = compare_data(load_data("nato-5"), load_data("aes-6")).verdicts()
    assert swapped == {f: MIRROR[v] for f, v in verdicts.items()}


@pytest.mark.parametrize("path", [p for p, r in RULES.items() if r.order])
def test_every_ordering_is_reflexive_and_mirrored(path: str) -> None:
    values = RULES[path].order
    for a, b in product(values, values):
        assert verdict(path, a, b) == MIRROR[verdict(path, b, a)]
        if a == b:
            assert verdict(path, a, b) == "same"
        else:
            assert verdict(path, a, b) != "same"


def test_orderings_match_the_codebook() -> None:
    assert verdict("trigger.kind", "threat", "armed_attack") == "broader"
    assert verdict("trigger.kind", "none", "armed_attack") == "different"
    assert verdict("trigger.by", "specific", "unspecified") == "narrower"
    assert verdict("response.duty", "consultation", "permissive") == "weaker"
    assert verdict("response.means", "all_means", "discretionary") == "stronger"
    assert verdict("response.constitutional", True, False) == "weaker"  # the hedge weakens
    assert verdict("force.allowed", "implied", "unspecified") == "stronger"
    assert verdict("response.mode", "both", "collective") == "different"
    assert verdict("legal_basis", "un_charter_51", "self_defence") == "different"


def test_scopes_compare_by_place_sets() -> None:
    europe, both = ("region", ("Europe",)), ("region", ("europe", "North America"))
    assert verdict("scope.kind", europe, both) == "narrower"
    assert verdict("scope.kind", both, europe) == "broader"
    assert verdict("scope.kind", europe, ("region", ("Asia",))) == "different"
    assert verdict("scope.kind", ("unspecified", ()), europe) == "broader"
    assert verdict("scope.kind", ("alliance_area", ()), europe) == "different"


def test_a_clause_against_itself_is_all_same() -> None:
    for ref in ("nato-5", "rio-3", "aes-6.fr"):
        rows = compare_data(load_data(ref), load_data(ref)).rows
        assert rows and {r.verdict for r in rows} == {"same"}


def test_rows_carry_both_sides_evidence() -> None:
    result = compare_data(load_data("aes-6"), load_data("nato-5"))
    row = next(r for r in result.rows if r.field == "response.immediate")
    assert row.left_spans == () and row.right_spans[0]["text"] == "forthwith"
    assert [r.field for r in result.rows[: len(FIELDS_COMPARED)]] == list(FIELDS_COMPARED)


def test_obligations_align_primary_first_then_by_duty_kind() -> None:
    left = parse_data(
        "If a Party is attacked, the others shall assist it. The Parties shall consult together "
        "whenever the independence of any of them is threatened."
    )
    right = parse_data(
        "The Parties shall consult together on matters of common interest. If a Party is the "
        "object of an armed attack, the other Parties shall assist it forthwith."
    )
    assert [o["response"]["duty"] for o in right["obligations"]] == ["consultation", "obligatory"]
    result = compare_data(left, right)
    assert result.pairs() == [(0, 1), (1, 0)]


def test_unmatched_obligations_are_only_on_one_side() -> None:
    left = parse_data(
        "If a Party is attacked, the others shall assist it. The Parties shall consult together "
        "whenever the independence of any of them is threatened."
    )
    right = parse_data("If a Party is attacked, the others shall assist it.")
    result = compare_data(left, right)
    assert result.pairs() == [(0, 0), (1, None)]
    assert {r.verdict for r in result.rows if r.pair == (1, None)} == {"only_left"}
    swapped = compare_data(right, left)
    assert {r.verdict for r in swapped.rows if r.pair == (None, 1)} == {"only_right"}
    assert "no counterpart" in result.summary


def test_nothing_to_compare() -> None:
    empty = parse_data("The Parties seek friendly relations.")
    result = compare_data(empty, empty)
    assert result.rows == () and "Neither" in result.summary


def test_summary_names_what_differs() -> None:
    result = compare_data(load_data("aes-6"), load_data("nato-5"))
    assert "infringement" in result.summary and "armed attack" in result.summary
    assert "Article 51" in result.summary and "agree on the other" in result.summary


def test_to_dict_is_the_json_contract() -> None:
    data = compare_data(load_data("aes-6"), load_data("nato-5")).to_dict()
    assert set(data) == {"left", "right", "rows", "summary"}
    assert set(data["left"]) == {"ref", "id", "language", "treaty", "article"}


def _variants() -> list[dict[str, Any]]:
    base = load_data("nato-5")["primary"]
    out = []
    for kind, duty, mode in product(
        ("armed_attack", "threat", "none"), ("obligatory", "none"), ("both", "unspecified")
    ):
        ob = copy.deepcopy(base)
        ob["trigger"]["kind"], ob["response"]["duty"], ob["response"]["mode"] = kind, duty, mode
        out.append(ob)
    return out


def test_fast_paths_agree_with_compare_data() -> None:
    obs = _variants()
    vectors = [field_vector(o) for o in obs]
    for i, j, fast in all_pairs(vectors):
        assert fast == verdict_vector(vectors[i], vectors[j])
        left = {"obligations": [obs[i]], "primary": obs[i]}
        right = {"obligations": [obs[j]], "primary": obs[j]}
        slow = compare_data(left, right).verdicts()
        assert fast == tuple(slow[f] for f in FIELDS)


_ALL_VALUES: dict[str, tuple[Any, ...]] = {  # every codebook value, incl. unordered ones
    "trigger.kind": ("armed_attack", "aggression", "infringement", "threat", "none"),
    "trigger.by": ("unspecified", "any_state", "specific"),
    "trigger.target": ("parties", "parties_and_others"),
    "attack_on_all": (True, False),
    "response.duty": ("obligatory", "permissive", "consultation", "none"),
    "response.means": ("all_means", "unspecified", "discretionary"),
    "response.mode": ("individual", "collective", "both", "unspecified"),
    "response.immediate": (True, False),
    "response.constitutional": (True, False),
    "force.allowed": ("explicit", "implied", "unspecified", "excluded"),
    "legal_basis": ("un_charter_51", "self_defence", "none"),
    "security_council.report": (True, False),
    "security_council.termination": (True, False),
    "scope.kind": tuple(
        (k, p)
        for k in ("region", "alliance_area", "party_territory", "unspecified")
        for p in ((("Europe",), ("Europe", "Asia"), ("asia",)) if k == "region" else ((),))
    ),
    "purpose": (None, "to restore security", "to keep the peace"),
}


@pytest.mark.parametrize("path", list(_ALL_VALUES))
def test_every_value_pair_is_identical_to_itself_and_mirrors(path: str) -> None:
    values = _ALL_VALUES[path]
    for a, b in product(values, values):
        v = verdict(path, a, b)
        assert v in MIRROR and v not in ("only_left", "only_right")
        assert verdict(path, b, a) == MIRROR[v]
        if a == b:
            assert v == "same"
    if RULES.get(path) is not None and RULES[path].kind == "unordered":
        assert {verdict(path, a, b) for a, b in product(values, values)} == {"same", "different"}


def _codebook_ob(**values: Any) -> dict[str, Any]:
    """An ObligationData dict from codebook paths (``scope_places`` for the places)."""
    ob: dict[str, Any] = {"spans": {}, "extent": None, "purpose": None}
    places = values.pop("scope_places", [])
    for path, value in values.items():
        head, _, tail = path.partition(".")
        if tail:
            ob.setdefault(head, {})[tail] = value
        else:
            ob[head] = value
    ob["scope"]["places"] = places
    return ob


def _codebook_clause(ref: str, ob: dict[str, Any]) -> dict[str, Any]:
    ident, article = ref.split("-")
    return {
        **dict.fromkeys(("treaty", "signed", "source", "note", "path"), ""),
        "ref": ref, "id": ident, "article": article, "language": "en", "parties": [],
        "verified": False, "text": "", "warnings": [], "obligations": [ob], "primary": ob,
    }  # fmt: skip


def test_worked_example_built_from_the_codebook_values() -> None:
    common = {"trigger.by": "unspecified", "trigger.target": "parties", "attack_on_all": True}
    common |= {"response.duty": "obligatory", "response.mode": "both"}
    common |= {"response.constitutional": False, "force.allowed": "explicit"}
    nato = _codebook_ob(
        **common, **{"trigger.kind": "armed_attack", "scope.kind": "region"},
        scope_places=["Europe", "North America"],
        **{"response.means": "discretionary", "response.immediate": True},
        **{"legal_basis": "un_charter_51", "security_council.report": True},
        **{"security_council.termination": True},
    )  # fmt: skip
    aes = _codebook_ob(
        **common, **{"trigger.kind": "infringement", "scope.kind": "alliance_area"},
        **{"response.means": "unspecified", "response.immediate": False},
        **{"legal_basis": "none", "security_council.report": False},
        **{"security_council.termination": False},
    )  # fmt: skip
    left, right = _codebook_clause("aes-6", aes), _codebook_clause("nato-5", nato)
    got = compare_data(left, right)  # type: ignore[arg-type]
    assert {f: got.verdicts()[f] for f in WORKED} == WORKED
    assert got.verdicts()["response.constitutional"] == "same"
    mirrored = compare_data(right, left).verdicts()  # type: ignore[arg-type]
    assert mirrored == {f: MIRROR[v] for f, v in got.verdicts().items()}
    scope = next(r for r in got.rows if r.field == "scope.kind")
    assert scope.right_detail == "Europe, North America" and scope.left_detail is None
    assert got.summary.count("aes Art. 6") == 1 and "nato Art. 5" in got.summary
