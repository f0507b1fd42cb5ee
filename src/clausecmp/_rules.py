"""The comparison table: one row per codebook field, naming its ordering (codebook section 3).

``verdict(field, left, right)`` says how LEFT stands against RIGHT.  Lookup tables per field
are precomputed from this table, so comparing whole corpora stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product
from typing import Any

__all__ = ["MIRROR", "RULES", "Rule", "verdict"]


@dataclass(frozen=True, slots=True)
class Rule:
    """How one field is compared.

    ``kind`` is ``breadth`` (broader/narrower), ``strength`` (stronger/weaker) or ``unordered``
    (same/different); ``order`` lists the values from least to most; values outside it (such as
    ``none`` for a trigger) are not comparable and give ``different``.
    """

    kind: str
    order: tuple[Any, ...] = ()


#: field path -> ordering, exactly as the codebook's "ordering used by compare" column.
RULES: dict[str, Rule] = {
    "trigger.kind": Rule("breadth", ("armed_attack", "aggression", "infringement", "threat")),
    "trigger.by": Rule("breadth", ("specific", "any_state", "unspecified")),
    "trigger.target": Rule("breadth", ("parties", "parties_and_others")),
    "scope.kind": Rule("breadth"),  # special: see _scope_verdict
    "attack_on_all": Rule("strength", (False, True)),
    "response.duty": Rule("strength", ("none", "consultation", "permissive", "obligatory")),
    "response.means": Rule("strength", ("discretionary", "unspecified", "all_means")),
    "response.mode": Rule("unordered"),
    "response.immediate": Rule("strength", (False, True)),
    "response.constitutional": Rule("strength", (True, False)),  # the hedge weakens
    "force.allowed": Rule("strength", ("excluded", "unspecified", "implied", "explicit")),
    "legal_basis": Rule("unordered"),
    "security_council.report": Rule("unordered"),
    "security_council.termination": Rule("unordered"),
}

#: Swapping sides turns each verdict into this one.
MIRROR = {
    "same": "same",
    "different": "different",
    "broader": "narrower",
    "narrower": "broader",
    "stronger": "weaker",
    "weaker": "stronger",
    "only_left": "only_right",
    "only_right": "only_left",
}
_UP = {"breadth": "broader", "strength": "stronger"}


def _ordered(rule: Rule, left: Any, right: Any) -> str:
    if left == right:
        return "same"
    if rule.kind == "unordered" or left not in rule.order or right not in rule.order:
        return "different"
    up = _UP[rule.kind]
    return up if rule.order.index(left) > rule.order.index(right) else MIRROR[up]


def _scope_verdict(left: Any, right: Any) -> str:
    """Scopes: unspecified is broadest; two regions compare by their place sets."""
    (lk, lp), (rk, rp) = left, right
    if lk == rk == "region":
        a = frozenset(p.casefold() for p in lp)
        b = frozenset(p.casefold() for p in rp)
        return "same" if a == b else "broader" if a > b else "narrower" if a < b else "different"
    if lk == rk:
        return "same"
    if "unspecified" in (lk, rk):
        return "broader" if lk == "unspecified" else "narrower"
    return "different"


def verdict(path: str, left: Any, right: Any) -> str:
    """How LEFT stands against RIGHT on one field (``scope.kind`` takes (kind, places) pairs)."""
    if path == "scope.kind":
        return _scope_verdict(left, right)
    if path == "purpose":
        return "same" if (left is None) == (right is None) else "different"
    return _ordered(RULES[path], left, right)


def _table(path: str) -> dict[tuple[Any, Any], str]:
    rule = RULES[path]
    values = rule.order or ()
    return {(a, b): _ordered(rule, a, b) for a, b in product(values, values)}


#: Precomputed (left, right) -> verdict for every ordered field (the fast path).
TABLES: dict[str, dict[tuple[Any, Any], str]] = {
    path: _table(path) for path, rule in RULES.items() if rule.order
}
