"""The plain-English paragraph that sums a comparison up."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .comparison import Row, Side

__all__ = ["summarise"]

_WORDS: dict[str, dict[Any, str]] = {
    "trigger.kind": {
        "armed_attack": "an armed attack",
        "aggression": "aggression or an attack not qualified as armed",
        "infringement": "any infringement of sovereignty or integrity",
        "threat": "a mere threat",
        "none": "no triggering event",
    },
    "trigger.by": {
        "specific": "a named state or class of states",
        "any_state": "any state",
        "unspecified": "anyone (the attacker is not specified)",
    },
    "trigger.target": {"parties": "the parties", "parties_and_others": "the parties and others"},
    "scope.kind": {
        "region": "a named region",
        "alliance_area": "the treaty's own area",
        "party_territory": "the parties' territory",
        "unspecified": "no stated location",
    },
    "attack_on_all": {
        True: "the deeming that an attack on one is an attack on all",
        False: "no attack-on-all deeming",
    },
    "response.duty": {
        "obligatory": "an obligation to act",
        "permissive": "a permission to act",
        "consultation": "consultation only",
        "none": "no stated response",
    },
    "response.means": {
        "all_means": "all the means in their power",
        "unspecified": "unspecified means",
        "discretionary": "such action as each party deems necessary",
    },
    "response.mode": {
        "individual": "individual action",
        "collective": "joint action",
        "both": "individual and joint action",
        "unspecified": "no stated mode",
    },
    "response.immediate": {True: "an immediate response", False: "no immediacy requirement"},
    "response.constitutional": {
        True: "a constitutional-process hedge",
        False: "no constitutional-process hedge",
    },
    "force.allowed": {
        "explicit": "armed force named",
        "implied": "force implied by an all-means formula",
        "unspecified": "force not mentioned",
        "excluded": "force excluded",
    },
    "legal_basis": {
        "un_charter_51": "Article 51 of the UN Charter",
        "self_defence": "the right of self-defence",
        "none": "no legal basis cited",
    },
    "security_council.report": {True: "reporting to the Security Council", False: "no reporting"},
    "security_council.termination": {
        True: "measures ending when the Security Council acts",
        False: "no termination by the Security Council",
    },
}
_TOPIC = {
    "trigger.kind": "is set off by",
    "trigger.by": "counts attacks by",
    "trigger.target": "protects",
    "scope.kind": "applies within",
    "attack_on_all": "has",
    "response.duty": "states",
    "response.means": "leaves the means as",
    "response.mode": "asks for",
    "response.immediate": "has",
    "response.constitutional": "has",
    "force.allowed": "has",
    "legal_basis": "rests on",
    "security_council.report": "provides",
    "security_council.termination": "provides",
}


def _words(path: str, value: Any, detail: str | None) -> str:
    text = _WORDS.get(path, {}).get(value, str(value))
    return f"{text} ({detail})" if detail else text


def _phrase(row: Row) -> str:
    left = _words(row.field, row.left, row.left_detail)
    right = _words(row.field, row.right, row.right_detail)
    return f"{_TOPIC[row.field]} {left} rather than {right} ({row.verdict})"


def summarise(rows: Sequence[Row], left: Side, right: Side) -> str:
    """One paragraph: what differs in the primary pair, then what has no counterpart."""
    if not rows:
        return f"Neither {left.label} nor {right.label} states an obligation clausecmp can code."
    primary = [r for r in rows if r.pair == rows[0].pair]
    if primary[0].verdict in ("only_left", "only_right"):
        who = left.label if primary[0].verdict == "only_left" else right.label
        other = right.label if who == left.label else left.label
        return f"Only {who} states an obligation; {other} states none that clausecmp can code."
    differing = [r for r in primary if r.verdict != "same" and r.field != "purpose"]
    if not differing:
        text = f"{left.label} and {right.label} code the same on every field of their primary"
        text += " obligations."
    else:
        parts = "; ".join(_phrase(r) for r in differing)
        same = len(primary) - 1 - len(differing)
        text = (
            f"Compared with {right.label}, {left.label} {parts}. "
            f"They agree on the other {same} field{'s' if same != 1 else ''}."
        )
    extra = {r.pair: r.verdict for r in rows if r.pair != rows[0].pair}
    only_l = sum(1 for v in extra.values() if v == "only_left")
    only_r = sum(1 for v in extra.values() if v == "only_right")
    if only_l:
        text += f" {left.label} has {only_l} further obligation(s) with no counterpart."
    if only_r:
        text += f" {right.label} has {only_r} further obligation(s) with no counterpart."
    return text
