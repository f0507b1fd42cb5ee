"""Stage 2: normalised text -> cue tokens (one per cue phrase) and sentence boundaries.

Only cue phrases become tokens; every other word is skipped, so the grammar sees the clause as
a short sequence of meaningful cues.  Matching is one regular expression (longest phrase first),
so the cost is linear in the length of the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import Lexicon
from .normalise import Normalised

__all__ = ["Cue", "tokenize"]

_ABBREVIATIONS = frozenset(
    [
        "art",
        "arts",
        "no",
        "nos",
        "para",
        "paras",
        "cf",
        "e",
        "g",
        "i",
        "ie",
        "eg",
        "u",
        "s",
        "n",
        "st",
        "mr",
        "dr",
        "vol",
        "p",
        "pp",
        "sect",
        "sec",
        "ch",
        "op",
    ]
)
_BOUNDARY = re.compile(r"""[;!?]|(?<!\.)\.(?!\.)(?=["')\]]*(?:\s|$))|\(""")
_WORD_BEFORE = re.compile(r"([a-z0-9]+)$")
_LAST_WORD = re.compile(r"([a-z]+'?) ?$")


class Cue(NamedTuple):
    """One cue token: its category, its place in the normalised text, and that text."""

    type: str
    start: int
    end: int
    text: str
    before: str = ""
    """The word just before the cue (``the``, ``l'`` ...), for events only."""


def _is_boundary(text: str, at: int) -> bool:
    if text[at] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, at - 24), at)
    if before is None:
        return True
    word = before.group(1)
    return not (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or word.isdigit())


def _boundaries(text: str) -> list[Cue]:
    out = []
    for m in _BOUNDARY.finditer(text):
        if m.group() == "(":
            out.append(Cue("QUAL", m.start(), m.end(), "("))
        elif _is_boundary(text, m.start()):
            out.append(Cue("SEP", m.start(), m.end(), m.group()))
    return out


def tokenize(norm: Normalised, lex: Lexicon) -> list[Cue]:
    """Cue tokens and sentence boundaries of a normalised text, in text order."""
    text = norm.text
    cues = []
    for category, start, end in lex.scan(text):
        before = ""
        if category.startswith("EV_"):
            found = _LAST_WORD.search(text, max(0, start - 12), start)
            before = found.group(1) if found else ""
        cues.append(Cue(category, start, end, text[start:end], before))
    spans = [(c.start, c.end) for c in cues]
    merged = [c for c in cues if c.type != "NOISE"]
    merged += [b for b in _boundaries(text) if not _inside(b.start, spans)]
    merged.sort(key=lambda c: c.start)
    return merged


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= at:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo][0] <= at < spans[lo][1]
