"""Language detection for clause text: English or French, from function words."""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+")
_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "et",
        "est",
        "sera",
        "seront",
        "contre",
        "toute",
        "tout",
        "toutes",
        "tous",
        "parties",
        "contractantes",
        "leur",
        "leurs",
        "aux",
        "au",
        "dans",
        "pour",
        "par",
        "avec",
        "qui",
        "que",
        "sur",
        "ou",
        "ses",
        "sont",
        "entre",
        "cette",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "shall",
        "will",
        "any",
        "against",
        "each",
        "other",
        "parties",
        "is",
        "be",
        "by",
        "or",
        "to",
        "in",
        "such",
        "which",
        "that",
        "their",
        "its",
        "with",
        "all",
        "this",
        "an",
        "as",
        "are",
    ]
)


def detect_language(text: str) -> str:
    """Return ``"fr"`` when French function words outnumber English ones, else ``"en"``."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    french = sum(1 for w in words if w in _FRENCH)
    english = sum(1 for w in words if w in _ENGLISH)
    return "fr" if french > english else "en"
