"""Sentence-level reading for the coder: what kind of sentence, its trigger, its duty.

Each function applies one decision rule of the codebook to the phrases of one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from .grammar import EventAlt, Phrase, Sentence
from .lexer import Cue

__all__ = ["Facts", "attacked_forces", "read_sentence"]

#: Breadth of trigger kinds (codebook: armed_attack < aggression < infringement < threat).
KIND_OF = {
    "EV_ARMED": "armed_attack",
    "EV_AGGR": "aggression",
    "EV_INFR": "infringement",
    "EV_THREAT": "threat",
    "EV_WAR": "armed_attack",
}
BREADTH = {"armed_attack": 0, "aggression": 1, "infringement": 2, "threat": 3}
_REPORTING = ("report", "terminate")


@dataclass(frozen=True, slots=True)
class Trigger:
    """The triggering event of a sentence and the phrases that describe it."""

    kind: str
    cues: tuple[Cue, ...]
    phrase: Phrase
    extra: tuple[Phrase, ...] = ()

    @property
    def definite(self) -> bool:
        """Named with a definite article ("the attack"): may point back at an earlier event."""
        assert self.phrase.event is not None
        head = self.phrase.event.head
        participle = head.text.endswith(("ed", "ee", "ees", "es")) and head.before in _HOLDERS
        return head.before in _DEFINITE or participle  # "the Party attacked"


@dataclass(frozen=True, slots=True)
class Facts:
    """What one sentence says, as the coder needs it."""

    sentence: Sentence
    role: str
    """``obligation``, ``report`` (reporting/termination), ``define``, ``saving`` or ``other``."""
    trigger: Trigger | None
    duty: str
    duty_cues: tuple[Cue, ...]
    deem_cues: tuple[Cue, ...]
    """DEEM head + ALL_OBJ when an attack on one is counted against all."""


def _event_kind(
    alt: EventAlt, phrase: Phrase, subject: tuple[Cue, ...] = ()
) -> tuple[str, tuple[Cue, ...]]:
    head = KIND_OF[alt.head.type]
    cues: list[Cue] = [alt.head]
    integ = [m for m in (*subject, *phrase.mods) if m.type == "INTEG"]
    if integ and head in ("aggression", "infringement"):
        head = "infringement"
        cues += integ
    for q in alt.qualifiers:
        if BREADTH[KIND_OF[q.type]] < BREADTH[head]:
            head, cues = KIND_OF[q.type], [alt.head, q]
    for a in alt.alternatives:
        kind = KIND_OF[a.type]
        if BREADTH[kind] > BREADTH[head]:
            head, cues = kind, [a]
    return head, tuple(cues)


_DEFINITE = frozenset({"the", "l'", "la", "le", "les", "cette", "this"})
_HOLDERS = frozenset(
    [
        "party",
        "parties",
        "state",
        "states",
        "ally",
        "allies",
        "member",
        "members",
        "partie",
        "etat",
        "etats",
    ]
)


def _event_phrases(s: Sentence) -> list[Phrase]:
    """Phrases whose event may set an obligation off, in order."""
    out: list[Phrase] = []
    preventing = False
    previous: Phrase | None = None
    for p in s.phrases:
        if p.kind in ("cond", "duty"):
            preventing = False
        answered = previous is not None and any(m.type == "ANSWER" for m in previous.mods[-1:])
        previous = p
        if p.event is None or p.kind == "refer" or answered:
            continue
        if p.kind == "prevention" and not any(m.type == "ANSWER" for m in p.mods):
            preventing = True
            continue
        if preventing or (p.kind == "deeming" and out):
            continue  # prevented events, and the words of a deeming: not what sets it off
        out.append(p)
    return out


def _trigger(s: Sentence) -> Trigger | None:
    phrases = _event_phrases(s)
    if not phrases:
        return None
    first = phrases[0]
    if first.event is not None and first.event.head.type == "EV_WAR" and len(phrases) > 1:
        # A state of war that follows from an attack: the attack is the trigger.
        nxt = phrases[1]
        assert nxt.event is not None
        kind, cues = _event_kind(nxt.event, nxt)
        return Trigger(kind, cues, nxt, (first,))
    assert first.event is not None
    kind, cues = _event_kind(first.event, first, _subject(s, first))
    return Trigger(kind, cues, first)


def _subject(s: Sentence, trigger: Phrase) -> tuple[Cue, ...]:
    """The condition just before the event ("if the sovereignty of a Party is affected by"):
    what it says is attacked belongs to the event."""
    at = next(i for i, p in enumerate(s.phrases) if p is trigger)
    out: list[Cue] = []
    for p in reversed(s.phrases[:at]):
        if p.kind not in ("cond", "lead"):
            break
        out[:0] = p.mods
    return tuple(out)


def _consult_governs(s: Sentence, consult: Cue, act: Cue) -> bool:
    """ "Consult in order to agree on the measures to take": the action is what they consult on."""
    between = [c for c in s.cues if consult.start < c.start < act.start]
    return consult.start < act.start and any(c.type == "PURPOSE" for c in between)


def attacked_forces(s: Sentence) -> set[Cue]:
    """Forces named after "against" in the event's phrase: what is attacked, not a response."""
    out: set[Cue] = set()
    for p in s.phrases:
        if p.event is None:
            continue
        against = False
        for m in p.mods:
            against = against or m.type == "AGAINST"
            if against and m.type == "FORCE":
                out.add(m)
    return out


def _duty(s: Sentence) -> tuple[str, tuple[Cue, ...]]:
    duties = [p for p in s.phrases if p.kind == "duty" and p.head is not None]
    # An effort ("work to", "oeuvrer") is a duty when there is an event to act on; else an aim.
    acting = ("ACT", "EFFORT") if any(p.event for p in s.phrases) else ("ACT",)
    acts = [p.head for p in duties if p.head and p.head.type in acting]
    consults = [p.head for p in duties if p.head and p.head.type == "CONSULT"]
    mays = [  # "may" governs an action only when the action follows it directly
        p.head
        for p, nxt in zip(s.phrases, s.phrases[1:], strict=False)
        if p.kind == "duty"
        and p.head
        and p.head.type == "MAY"
        and nxt.kind == "duty"
        and nxt.head
        and nxt.head.type in acting
    ]
    if acts:
        assert acts[0] is not None
        if mays and mays[0] is not None and mays[0].start < acts[0].start:
            return "permissive", (mays[0], acts[0])
        if consults and consults[0] is not None and _consult_governs(s, consults[0], acts[0]):
            return "consultation", (consults[0],)
        return "obligatory", (acts[0],)
    if consults and consults[0] is not None:
        return "consultation", (consults[0],)
    # "the others shall use armed force against the aggressor": using force is acting.
    targets = attacked_forces(s)
    force = next((c for c in s.cues if c.type == "FORCE" and c not in targets), None)
    if force is not None and any(p.event for p in s.phrases):
        may = next((p.head for p in duties if p.head and p.head.type == "MAY"), None)
        if may is not None and may.start < force.start:
            return "permissive", (may, force)
        return "obligatory", (force,)
    return "none", ()


def _all_object(p: Phrase, bare: bool) -> Cue | None:
    """The whole membership named in a phrase ("against them all", "les autres Parties")."""
    mods = p.mods[:2] if bare else p.mods
    for i, m in enumerate(mods):
        if m.type != "ALL_OBJ":
            continue
        if not bare or (i > 0 and mods[i - 1].type == "AGAINST") or m.text.split()[0] in _ONTO:
            return m
    return None


_ONTO = frozenset({"against", "on", "upon", "contre"})


def _deeming(s: Sentence, trigger: Trigger | None) -> tuple[Cue, ...]:
    """DEEM (or a bare "is an attack against all") + the whole membership, after the trigger."""
    start = trigger.cues[0].start if trigger is not None else -1
    skip = {id(trigger.phrase), *map(id, trigger.extra)} if trigger is not None else set()
    deem: Cue | None = None
    if trigger is not None and trigger.phrase.kind == "deeming" and trigger.phrase.head:
        obj = _all_object(trigger.phrase, bare=False)
        if obj is not None and obj.start > start:
            return (trigger.phrase.head, obj)
    for p in s.phrases:
        if p.kind == "deeming" and id(p) not in skip and p.head and p.head.start > start:
            deem = p.head
        elif p.kind != "trigger":
            deem = None  # a deeming reaches over the event phrases that follow it only
        if deem is not None or (p.kind == "trigger" and id(p) not in skip and p.event):
            obj = _all_object(p, bare=deem is None)
            anchor = deem or (p.event.head if p.event else None)
            if obj is not None and anchor is not None and anchor.start > start:
                return (anchor, obj)
    return ()


def _role(s: Sentence, duty_cues: tuple[Cue, ...]) -> str:
    kinds = {p.kind for p in s.phrases}
    if "saving" in kinds:
        return "saving"
    if "define" in kinds and not duty_cues:
        return "define"
    has_sc = any(c.type == "SC" for c in s.cues)
    reporting = [p.head for p in s.phrases if p.kind in _REPORTING and p.head is not None]
    if has_sc and reporting and (not duty_cues or duty_cues[0].start > reporting[0].start):
        return "report"
    return "obligation"


def read_sentence(s: Sentence) -> Facts:
    """Read one sentence: its role, trigger, duty and deeming."""
    duty, duty_cues = _duty(s)
    role = _role(s, duty_cues)
    trigger = _trigger(s) if role == "obligation" else None
    return Facts(
        sentence=s,
        role=role,
        trigger=trigger,
        duty=duty if role == "obligation" else "none",
        duty_cues=duty_cues,
        deem_cues=_deeming(s, trigger) if role == "obligation" else (),
    )
