"""Codebook section 1: which sentences make up which obligation.

A sentence joins the current obligation unless it brings a new triggering event or a different
kind of duty; a deeming with no duty joins the duty sentence about the same event that follows;
reporting and termination sentences attach to the obligation that takes measures; definitions
and saving clauses make none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._facts import Facts, Trigger

__all__ = ["Group", "group_sentences"]


@dataclass
class Group:
    """Sentences grouped into one obligation, before its fields are coded."""

    facts: list[Facts]
    reports: list[Facts] = field(default_factory=list)

    @property
    def trigger(self) -> Trigger | None:
        return next((f.trigger for f in self.facts if f.trigger is not None), None)

    @property
    def duty(self) -> str:
        return next((f.duty for f in self.facts if f.duty != "none"), "none")


def _splits(cur: Group, new: Facts) -> bool:
    """Does a sentence start a new obligation (a new event, or a different kind of duty)?"""
    if new.duty != "none" and cur.duty != "none" and new.duty != cur.duty:
        return True
    if new.trigger is None:
        return False
    if cur.trigger is None:
        return cur.duty != "none"
    if new.trigger.definite:
        return False  # "the attack": points back at the event already named
    if cur.duty != "none":
        return True
    return new.trigger.kind != cur.trigger.kind


def _continues(cur: Group, new: Facts) -> bool:
    """A sentence with no duty of its own continues the obligation before it when it brings
    no new event, or brings the event that obligation was still missing."""
    return new.trigger is None or (
        cur.trigger is None and cur.duty != "none" and not _prevents(cur)
    )


def _prevents(cur: Group) -> bool:
    return any(p.kind == "prevention" for f in cur.facts for p in f.sentence.phrases)


def group_sentences(facts: list[Facts]) -> list[Group]:
    """The obligations of a clause, as groups of sentence readings, in text order."""
    obligations: list[Group] = []
    for f in facts:
        if f.role == "report":
            target = next(
                (o for o in reversed(obligations) if o.duty in ("obligatory", "permissive")), None
            )
            if target is None and obligations:
                target = obligations[-1]
            if target is not None:
                target.reports.append(f)
        elif f.role == "obligation" and (f.duty != "none" or f.deem_cues):
            if not obligations or _splits(obligations[-1], f):
                obligations.append(Group([f]))
            else:
                obligations[-1].facts.append(f)
        elif f.role == "obligation" and obligations and _continues(obligations[-1], f):
            obligations[-1].facts.append(f)
    return obligations
