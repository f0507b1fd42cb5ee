"""Stage 4: sentences of phrases -> obligations, by the decision rules of the codebook.

Sentences are grouped into obligations (codebook section 1); then every field of each
obligation is decided (section 2) from the cues of its sentences, and the cues that decided a
value become its spans in the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from ._facts import Facts, Trigger, attacked_forces, read_sentence
from ._grouping import Group, group_sentences
from ._types import ObligationData, SpanData
from .grammar import Phrase, Sentence
from .lexer import Cue
from .normalise import Normalised

__all__ = ["code"]

_RESPONSE = frozenset(
    [
        "IMMED",
        "MODE_IND",
        "MODE_COLL",
        "MODE_BOTH",
        "FORCE",
        "FORCE_EXCL",
        "DISCRETION",
        "CONST",
        "PURPOSE",
    ]
)
_ALLS = ("ALL", "ALL_OWN")
_ALL_WORD = re.compile(r"\b(?:all|every|tous|toutes|toute|tout)\b")
_PLACE_TYPES = ("PLACE", "ALLIANCE_AREA", "TERRITORY")
_SCOPE_KIND = {"PLACE": "region", "ALLIANCE_AREA": "alliance_area", "TERRITORY": "party_territory"}


class _Spans:
    """Collects, per codebook path, the cues that decided a value."""

    def __init__(self, norm: Normalised, text: str) -> None:
        self.norm = norm
        self.text = text
        self.paths: dict[str, list[SpanData]] = {}
        self.used: set[int] = set()
        """Normalised offsets of every cue some rule used (the rest may become warnings)."""

    def span(self, start: int, end: int) -> SpanData:
        a, b = self.norm.original_span(start, end)
        return {"start": a, "end": b, "text": self.text[a:b]}

    def add(self, path: str, cues: Sequence[Cue]) -> None:
        for c in cues:
            self.used.add(c.start)
            self.paths.setdefault(path, []).append(self.span(c.start, c.end))


def _phrases(facts: list[Facts]) -> list[Phrase]:
    return [p for f in facts for p in f.sentence.phrases]


def _cues(facts: list[Facts]) -> list[Cue]:
    return [c for f in facts for c in f.sentence.cues]


def _response_cues(ob: Group) -> list[Cue]:
    """Cues that qualify the response: not a mode that names a right of self-defence, not the
    "jointly" of attackers, not the forces an attack is against."""
    out: list[Cue] = []
    for f in ob.facts:
        previous: Cue | None = None
        joint = {a.joint for p in f.sentence.phrases for a in p.attackers if a.joint}
        joint |= attacked_forces(f.sentence)
        for c in f.sentence.cues:
            bound = (
                previous is not None and previous.type == "SELFDEF" and c.type.startswith("MODE")
            )
            if c.type in _RESPONSE and not bound and c not in joint:
                out.append(c)
            previous = c
    return out


def _trigger_fields(ob: Group, sp: _Spans) -> dict[str, Any]:
    trig = ob.trigger
    if trig is None:
        return {"kind": "none", "by": "unspecified", "target": "parties"}
    sp.add("trigger.kind", trig.cues)
    return {"kind": trig.kind, "by": _by(trig, sp), "target": _target(trig, sp)}


def _by(trig: Trigger, sp: _Spans) -> str:
    groups = [
        (a.by, *a.states) for p in (trig.phrase, *trig.extra) for a in p.attackers if a.states
    ]
    # "hostilities with a European Power": the state a war is with is the attacker.
    wars = [p for p in (trig.phrase, *trig.extra) if p.event and p.event.head.type == "EV_WAR"]
    groups += [(m,) for p in wars for m in p.mods if m.type.startswith("STATE_")][:1]
    if not groups:
        # "an unprovoked attack of Hungary against ...": a named state right after the event.
        mods = sorted(trig.phrase.mods, key=lambda c: c.start)
        before = mods[: next((i for i, m in enumerate(mods) if m.type == "AGAINST"), len(mods))]
        groups += [(m,) for m in before if m.type == "STATE_NAMED"][:1]
    if not groups:
        return "unspecified"
    states = [c for c in groups[0] if c.type.startswith("STATE_")]
    sp.add("trigger.by", groups[0])
    return "specific" if all(c.type == "STATE_NAMED" for c in states) else "any_state"


def _target(trig: Trigger, sp: _Spans) -> str:
    preposition: Cue | None = None
    for cue in sorted(trig.phrase.mods, key=lambda c: c.start):
        if cue.type in ("AGAINST", "BY"):
            preposition = cue
        elif (
            cue.type in ("STATE_ANY", "STATE_OTHER")
            and preposition
            and preposition.type == "AGAINST"
        ):
            sp.add("trigger.target", (preposition, cue))
            return "parties_and_others"  # "against ... an American State": not only the parties
    return "parties"


def _scope(ob: Group, sp: _Spans) -> dict[str, Any]:
    trig = ob.trigger
    region: list[Cue] = []
    if trig is not None:
        region = [c for p in (trig.phrase, *trig.extra) for c in p.mods if c.type in _PLACE_TYPES]
    if not region:
        inside = {id(p) for p in ((trig.phrase, *trig.extra) if trig else ())}
        region = [
            c
            for p in _phrases(ob.facts)
            if id(p) not in inside and p.kind not in ("selfdef",)
            for c in p.mods
            if c.type in _PLACE_TYPES
        ]
    for kind in _PLACE_TYPES:
        chosen = [c for c in region if c.type == kind]
        if chosen:
            sp.add("scope.kind", chosen)
            places = [sp.span(c.start, c.end)["text"] for c in chosen] if kind == "PLACE" else []
            if places:
                sp.add("scope.places", chosen)
            return {"kind": _SCOPE_KIND[kind], "places": places}
    return {"kind": "unspecified", "places": []}


def _all_means(ob: Group) -> tuple[Cue, ...]:
    for f in ob.facts:
        cues = list(f.sentence.cues)
        for i, c in enumerate(cues):
            if not (c.type in _ALLS or (c.type in ("ACT", "MEANS") and _ALL_WORD.search(c.text))):
                continue
            window = cues[i : i + 6]
            own = c.type == "ALL_OWN"  # "all its forces": what the party has
            power = c if own else next((w for w in window if w.type == "POWER"), None)
            noun = any(w.type in ("MEANS", "ACT", "FORCE") for w in window)
            if power is not None and noun:
                return (c, power)
    return ()


def _response(ob: Group, sp: _Spans) -> tuple[dict[str, Any], dict[str, Any]]:
    cues = _response_cues(ob)
    of = {t: [c for c in cues if c.type == t] for t in _RESPONSE}
    duty_cues = next((f.duty_cues for f in ob.facts if f.duty == ob.duty and f.duty_cues), ())
    sp.add("response.duty", duty_cues)
    all_means = _all_means(ob)
    # Discretion wins over an all-means phrase; an exclusion over a mention of force.
    means = _first_of(
        "response.means", sp, ("discretionary", of["DISCRETION"][:1]), ("all_means", all_means)
    )
    force = _first_of(
        "force.allowed",
        sp,
        ("excluded", of["FORCE_EXCL"][:1]),
        ("explicit", of["FORCE"][:1]),
        ("implied", all_means),
    )
    response = {
        "duty": ob.duty,
        "means": means,
        "mode": _mode(of, sp),
        "immediate": _flag("response.immediate", of["IMMED"], sp),
        "constitutional": _flag("response.constitutional", of["CONST"], sp),
    }
    return response, {"allowed": force}


def _first_of(path: str, sp: _Spans, *options: tuple[str, Sequence[Cue]]) -> str:
    """The first value whose deciding cues are present (with those cues as spans)."""
    for value, cues in options:
        if cues:
            sp.add(path, cues)
            return value
    return "unspecified"


def _mode(of: dict[str, list[Cue]], sp: _Spans) -> str:
    both, ind, coll = of["MODE_BOTH"], of["MODE_IND"], of["MODE_COLL"]
    if both or (ind and coll):
        sp.add("response.mode", both[:1] or (ind[0], coll[0]))
        return "both"
    if coll or ind:
        sp.add("response.mode", (coll or ind)[:1])
        return "collective" if coll else "individual"
    return "unspecified"


def _flag(path: str, cues: list[Cue], sp: _Spans) -> bool:
    sp.add(path, cues[:1])
    return bool(cues)


def _legal_and_council(ob: Group, sp: _Spans) -> tuple[str, dict[str, bool]]:
    every = _cues(ob.facts) + _cues(ob.reports)
    art51 = [c for c in every if c.type == "ART51"]
    selfdef = [c for c in every if c.type == "SELFDEF"]
    basis = "un_charter_51" if art51 else "self_defence" if selfdef else "none"
    sp.add("legal_basis", (art51 or selfdef)[:1])
    council = {"report": False, "termination": False}
    for f in ob.facts + ob.reports:
        cues = list(f.sentence.cues)
        sc = [c for c in cues if c.type == "SC"]
        if not sc:
            continue
        for key, types in (("report", ("REPORT",)), ("termination", ("TERMINATE", "UNTIL"))):
            hits = [c for c in cues if c.type in types]
            if hits and not council[key]:
                council[key] = True
                sp.add(f"security_council.{key}", (hits[0], sc[0]))
    return basis, council


def _purpose(ob: Group, stops: list[int], sp: _Spans) -> str | None:
    duty = next((f.duty_cues[0] for f in ob.facts if f.duty_cues), None)
    if duty is None:
        return None
    found = next(
        (c for c in _response_cues(ob) if c.type == "PURPOSE" and c.start > duty.start), None
    )
    if found is None:
        return None
    at = bisect_right(stops, found.start)
    end = stops[at] if at < len(stops) else len(sp.norm.text)
    span = sp.span(found.start, end)
    text: str = span["text"].rstrip(" .;,:\"'\u201d\u00bb)")
    if not text:
        return None
    sp.paths["purpose"] = [{"start": span["start"], "end": span["start"] + len(text), "text": text}]
    return text


def _code_one(ob: Group, stops: list[int], sp: _Spans) -> ObligationData:
    sp.paths = {}
    trigger = _trigger_fields(ob, sp)
    scope = _scope(ob, sp)
    deem = next((f.deem_cues for f in ob.facts if f.deem_cues), ())
    sp.add("attack_on_all", deem)
    response, force = _response(ob, sp)
    basis, council = _legal_and_council(ob, sp)
    purpose = _purpose(ob, stops, sp)
    every = _cues(ob.facts) + _cues(ob.reports)
    extent = sp.span(min(c.start for c in every), max(c.end for c in every)) if every else None
    return {
        "trigger": trigger,
        "scope": scope,
        "attack_on_all": bool(deem),
        "response": response,
        "force": force,
        "legal_basis": basis,
        "security_council": council,
        "purpose": purpose,
        "spans": sp.paths,
        "extent": extent,
    }


def code(
    sentences: list[Sentence], all_cues: list[Cue], norm: Normalised, text: str
) -> tuple[list[ObligationData], list[dict[str, Any]]]:
    """Group sentences into obligations and code every field; also return the notices."""
    from ._notices import notices

    facts = [read_sentence(s) for s in sentences]
    groups = group_sentences(facts)
    sp = _Spans(norm, text)
    stops = [c.start for c in all_cues if c.type == "SEP"]
    obligations = [_code_one(ob, stops, sp) for ob in groups]
    return obligations, notices(facts, groups, sp)
