"""Stage 3: cue tokens -> phrase structure, with lark (the only module that imports lark).

The LALR grammar in ``grammars/clause.lark`` groups the cue tokens of each sentence into
phrases (a head cue and the cues that depend on it) and recognises two constructions:
alternative and qualified events, and attackers.  The Transformer below turns the tree into
plain records for the coder.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Any

from lark import Lark, Token, Transformer
from lark.lexer import Lexer

from .lexer import Cue

__all__ = ["Attacker", "EventAlt", "Phrase", "Sentence", "structure"]


@dataclass(frozen=True, slots=True)
class EventAlt:
    """Events joined by "or" (alternatives) or qualified by another ("in the form of")."""

    head: Cue
    alternatives: tuple[Cue, ...] = ()
    qualifiers: tuple[Cue, ...] = ()
    links: tuple[Cue, ...] = ()


@dataclass(frozen=True, slots=True)
class Attacker:
    """``by`` + the states named as attackers (+ a "jointly" that belongs to them)."""

    by: Cue
    states: tuple[Cue, ...] = ()
    joint: Cue | None = None


@dataclass(frozen=True, slots=True)
class Phrase:
    """A head cue with its dependents; ``kind`` is the grammar rule (trigger, duty ...)."""

    kind: str
    head: Cue | None
    event: EventAlt | None = None
    attackers: tuple[Attacker, ...] = ()
    mods: tuple[Cue, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's phrases, in text order, and all its cues."""

    phrases: tuple[Phrase, ...]
    cues: tuple[Cue, ...] = field(default=())


class _CueLexer(Lexer):
    """Feeds the pre-scanned cues to lark as tokens; the cue rides along as the value."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        for cue in data:
            token = Token(cue.type, cue.text)
            token.value = cue  # the str is the cue's text; the value is the cue itself
            yield token


def _cues_of(items: list[Any]) -> list[Cue]:
    out: list[Cue] = []
    for item in items:
        if isinstance(item, Cue):
            out.append(item)
        elif isinstance(item, Token):
            out.append(item.value)
        elif isinstance(item, Attacker):
            out.extend([item.by, *item.states] + ([item.joint] if item.joint else []))
        elif isinstance(item, EventAlt):
            out.extend([item.head, *item.links, *item.alternatives, *item.qualifiers])
        elif isinstance(item, Phrase):
            out.extend(_phrase_cues(item))
        elif isinstance(item, tuple):
            out.extend(item)
    return sorted(out, key=lambda c: c.start)


def _phrase_cues(p: Phrase) -> list[Cue]:
    return _cues_of([p.head, p.event, *p.attackers, *p.mods])


def _phrase(kind: str, items: list[Any]) -> Phrase:
    head = items[0].value if items and isinstance(items[0], Token) and kind != "lead" else None
    rest = items[1:] if head is not None else items
    return Phrase(
        kind=kind,
        head=head,
        event=next((i for i in rest if isinstance(i, EventAlt)), None),
        attackers=tuple(i for i in rest if isinstance(i, Attacker)),
        mods=tuple(i.value for i in rest if isinstance(i, Token)),
    )


class _ToRecords(Transformer[Token, list[Sentence]]):
    """Tree -> records; one method per grammar rule."""

    def start(self, items: list[Sentence]) -> list[Sentence]:
        return items

    def sentence(self, items: list[Any]) -> Sentence:
        return Sentence(tuple(i for i in items if isinstance(i, Phrase)))

    def last(self, items: list[Any]) -> Sentence:
        return self.sentence(items)

    def event(self, items: list[Token]) -> Cue:
        return items[0].value  # type: ignore[no-any-return]

    def alternative(self, items: list[Any]) -> tuple[str, Cue, Cue | None]:
        return ("or", items[0].value, items[1] if len(items) > 1 else None)

    def qualified(self, items: list[Any]) -> tuple[str, Cue, Cue | None]:
        return ("qual", items[0].value, items[1] if len(items) > 1 else None)

    def event_alt(self, items: list[Any]) -> EventAlt:
        links = items[1:]
        alts = tuple(e for kind, _, e in links if kind == "or" and e is not None)
        quals = tuple(e for kind, _, e in links if kind == "qual" and e is not None)
        return EventAlt(items[0], alts, quals, tuple(c for _, c, _ in links))

    def attacker(self, items: list[Token]) -> Attacker:
        cues = [t.value for t in items]
        joint = next((c for c in cues if c.type == "MODE_COLL"), None)
        states = tuple(c for c in cues[1:] if c.type.startswith("STATE_"))
        return Attacker(cues[0], states, joint)

    def lead(self, items: list[Any]) -> Phrase:
        return _phrase("lead", items)

    def trigger(self, items: list[Any]) -> Phrase:
        return _phrase("trigger", items)

    def deeming(self, items: list[Any]) -> Phrase:
        return _phrase("deeming", items)

    def refer(self, items: list[Any]) -> Phrase:
        return _phrase("refer", items)

    def prevention(self, items: list[Any]) -> Phrase:
        return _phrase("prevention", items)

    def duty(self, items: list[Any]) -> Phrase:
        return _phrase("duty", items)

    def cond(self, items: list[Any]) -> Phrase:
        return _phrase("cond", items)

    def danger(self, items: list[Any]) -> Phrase:
        return _phrase("danger", items)

    def report(self, items: list[Any]) -> Phrase:
        return _phrase("report", items)

    def terminate(self, items: list[Any]) -> Phrase:
        return _phrase("terminate", items)

    def define(self, items: list[Any]) -> Phrase:
        return _phrase("define", items)

    def saving(self, items: list[Any]) -> Phrase:
        return _phrase("saving", items)

    def selfdef(self, items: list[Any]) -> Phrase:
        return _phrase("selfdef", items)


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark.open_from_package(
        "clausecmp",
        "clause.lark",
        ("grammars",),
        parser="lalr",
        lexer=_CueLexer,
        transformer=_ToRecords(),  # applied while parsing: no tree is built
        cache=True,  # the LALR tables are built once and kept in the temporary folder
    )


#: Cues the grammar reads: heads, events and the dependents named in ``_mod``. The others
#: only ever attach to the nearest head before them, so they are attached by position after
#: the parse (the same phrases, half the tokens).
_READ = frozenset(
    [
        "SEP",
        "COND",
        "OR",
        "QUAL",
        "EV_ARMED",
        "EV_AGGR",
        "EV_INFR",
        "EV_THREAT",
        "EV_WAR",
        "BACKREF",
        "PREVENT",
        "DEEM",
        "DANGER",
        "DEFINE",
        "SAVING",
        "ACT",
        "EFFORT",
        "MAY",
        "CONSULT",
        "SELFDEF",
        "REPORT",
        "TERMINATE",
        "UNTIL",
        "BY",
        "AGAINST",
        "STATE_ANY",
        "STATE_NAMED",
        "STATE_OTHER",
        "MODE_COLL",
    ]
)


_at = attrgetter("start")


def _start(p: Phrase) -> int:
    first = [c.start for c in (p.head, p.event.head if p.event else None) if c is not None]
    first += [c.start for c in p.mods[:1]] + [a.by.start for a in p.attackers[:1]]
    return min(first)


def _attach(phrases: tuple[Phrase, ...], plain: list[Cue]) -> tuple[Phrase, ...]:
    if not plain:
        return phrases
    starts = [_start(p) for p in phrases]
    lead: list[Cue] = []
    extra: list[list[Cue]] = [[] for _ in phrases]
    for cue in plain:
        at = bisect_right(starts, cue.start) - 1
        (lead if at < 0 else extra[at]).append(cue)
    out = [Phrase("lead", None, mods=tuple(lead))] if lead else []
    for p, more in zip(phrases, extra, strict=True):
        mods = tuple(sorted((*p.mods, *more), key=_at)) if more else p.mods
        out.append(Phrase(p.kind, p.head, p.event, p.attackers, mods) if more else p)
    return tuple(out)


def structure(cues: list[Cue]) -> list[Sentence]:
    """Group cue tokens into sentences of phrases (never fails: every sequence parses)."""
    if not cues:
        return []
    fed = [c for c in cues if c.type in _READ]
    sentences: list[Sentence] = _parser().parse(fed)  # type: ignore[assignment]
    runs: list[list[Cue]] = [[]]
    for cue in cues:
        if cue.type == "SEP":
            runs.append([])
        else:
            runs[-1].append(cue)
    if not runs[-1]:
        runs.pop()
    sentences += [Sentence(())] * (len(runs) - len(sentences))  # runs of plain cues only
    return [
        Sentence(_attach(s.phrases, [c for c in run if c.type not in _READ]), tuple(run))
        for s, run in zip(sentences, runs, strict=True)
    ]
