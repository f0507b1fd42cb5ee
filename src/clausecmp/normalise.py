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
from functools import lru_cache

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
    (re.compile(r"(?<=[a-z])iz(?=(?:e|ed|es|ing|ation|ations)\b)"), "is"),
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


@lru_cache(maxsize=4096)
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


def _kept(text: str, strip_prefixes: bool) -> list[tuple[int, int]]:
    """The stretches of text that survive: OCR line-break hyphens and prefixes are dropped."""
    cuts = [(m.start(), m.end()) for m in _HYPHEN_BREAK.finditer(text)]
    if strip_prefixes:
        cuts += [(m.start(), m.end()) for m in _PREFIX.finditer(text)]
    out, at = [], 0
    for start, end in sorted(cuts):
        if start > at:
            out.append((at, start))
        at = max(at, end)
    if at < len(text):
        out.append((at, len(text)))
    return out


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each character, filled in as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


class _LengthTable(dict[int, str]):
    """``str.translate`` table giving, per character, the length of its folded form as a digit."""

    def __missing__(self, code: int) -> str:
        length = self[code] = str(len(_fold_char(chr(code))))
        return length


_FOLD = _FoldTable()
_LENGTH = _LengthTable()


def _fold_segment(text: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    segment = text[start:end]
    chars.append(segment.translate(_FOLD))
    lengths = segment.translate(_LENGTH)
    if lengths.count("1") == len(lengths):
        offsets.extend(range(start, end))
        return
    for i, n in enumerate(lengths, start):
        offsets.extend([i] * int(n))


def normalise(text: str, *, strip_prefixes: bool = True) -> Normalised:
    """Normalise clause text for matching, keeping a map back to the original offsets."""
    chars: list[str] = []
    offsets: list[int] = []
    for start, end in _kept(text, strip_prefixes):
        _fold_segment(text, start, end, chars, offsets)
    folded, offsets = _squeeze_spaces("".join(chars), offsets)
    for pattern, repl in _SPELLING:
        folded = pattern.sub(repl, folded)  # same length: offsets stay valid
    offsets.append(len(text))
    return Normalised(folded, tuple(offsets))


_EXTRA_SPACE = re.compile(r"^ +| +$|(?<= ) +")


def _squeeze_spaces(folded: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Drop leading, trailing and repeated spaces (and their offsets)."""
    text_parts: list[str] = []
    offset_parts: list[int] = []
    at = 0
    for m in _EXTRA_SPACE.finditer(folded):
        text_parts.append(folded[at : m.start()])
        offset_parts += offsets[at : m.start()]
        at = m.end()
    if at == 0:
        return folded, offsets
    text_parts.append(folded[at:])
    offset_parts += offsets[at:]
    return "".join(text_parts), offset_parts


@lru_cache(maxsize=8192)
def fold(phrase: str) -> str:
    """Normalise a vocabulary phrase the same way as clause text (no offsets kept)."""
    return normalise(phrase, strip_prefixes=False).text
