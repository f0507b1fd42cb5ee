"""Notices: relevant-looking passages that no rule used, so a user knows where to look."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._facts import Facts
    from ._grouping import Group
    from .coder import _Spans

__all__ = ["notices"]

_RELEVANT = frozenset(
    [
        "EV_ARMED",
        "EV_AGGR",
        "EV_INFR",
        "EV_THREAT",
        "EV_WAR",
        "ACT",
        "CONSULT",
        "FORCE",
        "PLACE",
        "ALLIANCE_AREA",
        "TERRITORY",
        "HINT",
        "DEEM",
        "MODE_IND",
        "MODE_COLL",
        "MODE_BOTH",
        "IMMED",
        "DISCRETION",
        "CONST",
    ]
)
_KIND = {
    "HINT": "a relevant word",
    "PLACE": "a place",
    "ALLIANCE_AREA": "an area",
    "TERRITORY": "a territory",
    "FORCE": "a mention of force",
}
_ROLE_NOTE = {
    "define": "read as a definition or extension of another article: no obligation of its own",
    "saving": "read as a saving clause (does not prejudice ...): no obligation of its own",
}


def _extent(facts: Facts, sp: _Spans) -> dict[str, Any] | None:
    cues = facts.sentence.cues
    if not cues:
        return None
    return sp.span(min(c.start for c in cues), max(c.end for c in cues))


def notices(facts: list[Facts], groups: list[Group], sp: _Spans) -> list[dict[str, Any]]:
    """One notice per skipped sentence that looks relevant, and per unused relevant cue."""
    out: list[dict[str, Any]] = []
    grouped = {id(f) for g in groups for f in g.facts + g.reports}
    for f in facts:
        span = _extent(f, sp)
        relevant = [c for c in f.sentence.cues if c.type in _RELEVANT]
        if span is None or not relevant:
            continue
        if f.role in _ROLE_NOTE:
            out.append({"message": f"sentence {_ROLE_NOTE[f.role]}", "span": span})
        elif id(f) not in grouped:
            msg = "sentence states no duty and no deeming that an obligation could use: not coded"
            out.append({"message": msg, "span": span})
        else:
            for c in relevant:
                if c.start not in sp.used and c.type in (
                    "HINT",
                    "PLACE",
                    "ALLIANCE_AREA",
                    "TERRITORY",
                    "FORCE",
                ):
                    where = sp.span(c.start, c.end)
                    out.append(
                        {
                            "message": f"{_KIND.get(c.type, 'cue')} that no rule used",
                            "span": where,
                        }
                    )
    return out
