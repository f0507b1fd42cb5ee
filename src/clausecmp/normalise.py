"""Stage 1: clause text -> normalised text, with a map back to the original offsets.

Normalised text is lower case, without accents, with straight quotes, single spaces, OCR
line-break hyphens joined, numbered-paragraph prefixes removed and British/American spelling
folded (``defense`` -> ``defence``, ``-ize`` -> ``-ise``).  Every character of the normalised
text remembers the offset of the original character it came from, so spans found in the
normalised text point back at the words the user wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Normalised", "fold", "normalise"]

_CHAR_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2033": '"', "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-",
    "\u2212": "-", "\u0153": "oe", "\u0152": "oe", "\u00e6": "ae", "\u00c6": "ae",
    "\u00df": "ss", "\u2026": "...",
}  # fmt: skip

# A numbered-paragraph prefix at the start of a line: "1.", "(2)", "a)", "(iv)", "Article 5".
_PREFIX = re.compile(
    r"(?m)^[ \t]*(?:(?:article|art\.)[ \t]+[0-9ivxlc]+[a-z]?[ \t]*[.:)\-]?[ \t]*(?:\n|$)"
    r"|\(?(?:[0-9]{1,3}|[ivxlc]{1,6}|[a-z])[.)](?=[ \t]*\S)|\([0-9]{1,3}\)|\([a-z]{1,4}\))",
    re.IGNORECASE,
)
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_SPELLING = (
    (re.compile(r"defense"), "defence"),
    (re.compile(r"(?<=[a-z])iz(?=e|ed|es|ing|ation|ations)\b"), "is"),
)


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and, for each of its characters, the original offset it came from."""

    text: str
    offsets: tuple[int, ...]
    """``offsets[i]`` is the original offset of ``text[i]``; one extra entry for the end."""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` range to the original text."""
        if end <= start:
            at = self.offsets[min(start, len(self.offsets) - 1)]
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1


def _fold_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    cat = unicodedata.category(ch)
    if ch in "\t\n\r\f\v" or cat in ("Zs", "Zl", "Zp"):
        return " "
    if cat in ("Cc", "Cf", "Cs", "Co", "Cn", "Mn"):
        return ""
    lowered = ch.lower()
    if lowered.isascii():
        return lowered
    return "".join(c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c))


def _masked(text: str) -> list[bool]:
    """Characters to drop before folding: OCR line-break hyphens and paragraph prefixes."""
    drop = [False] * len(text)
    for pattern in (_HYPHEN_BREAK, _PREFIX):
        for m in pattern.finditer(text):
            for i in range(m.start(), m.end()):
                drop[i] = text[i] not in "\n"
    return drop


def normalise(text: str, *, strip_prefixes: bool = True) -> Normalised:
    """Normalise clause text for matching, keeping a map back to the original offsets."""
    drop = _masked(text) if strip_prefixes else [False] * len(text)
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if drop[i]:
            continue
        for out in _fold_char(ch):
            if out == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(out)
            offsets.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    folded = "".join(chars)
    for pattern, repl in _SPELLING:
        folded = pattern.sub(repl, folded)  # same length: offsets stay valid
    offsets.append(len(text))
    return Normalised(folded, tuple(offsets))


def fold(phrase: str) -> str:
    """Normalise a vocabulary phrase the same way as clause text (no offsets kept)."""
    return normalise(phrase, strip_prefixes=False).text
