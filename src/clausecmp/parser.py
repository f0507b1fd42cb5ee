"""The parsing pipeline: text -> normalised text -> cues -> phrase structure -> obligations.

``parse_data`` returns plain JSON-shaped data (``Clause.model_dump(mode="json")``) so the command
line never imports pydantic; ``clausecmp.parse`` validates it into the frozen models.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._types import ClauseData
from .errors import InputTooLargeError, UsageError

__all__ = ["DEFAULT_MAX_CHARS", "max_chars", "parse_data"]

#: Longest clause text parsed, in characters (``CLAUSECMP_MAX_CHARS`` overrides it).
DEFAULT_MAX_CHARS = 250_000
_META_KEYS = ("ref", "id", "treaty", "article", "signed", "source", "verified", "note", "path")


def max_chars() -> int:
    """The size limit in force: ``CLAUSECMP_MAX_CHARS`` or the default."""
    raw = os.environ.get("CLAUSECMP_MAX_CHARS", "")
    try:
        return int(raw) if raw else DEFAULT_MAX_CHARS
    except ValueError:
        raise UsageError(f"CLAUSECMP_MAX_CHARS must be a whole number, not {raw!r}") from None


def env_vocab_files() -> tuple[str, ...]:
    """The vocabulary files named in ``CLAUSECMP_VOCAB`` (os.pathsep-separated)."""
    return tuple(p for p in os.environ.get("CLAUSECMP_VOCAB", "").split(os.pathsep) if p)


def _vocab_files(vocab: Sequence[str | Path]) -> tuple[str, ...]:
    return tuple(str(v) for v in vocab) + env_vocab_files()


def parse_data(
    text: str,
    language: str | None = None,
    meta: dict[str, Any] | None = None,
    *,
    vocab: Sequence[str | Path] = (),
) -> ClauseData:
    """Parse clause text into a ClauseData dictionary (``Clause.model_dump(mode="json")``)."""
    from ._primary import primary_of
    from .atop import atop, benson
    from .coder import code
    from .grammar import structure
    from .language import detect_language
    from .lexer import tokenize
    from .lexicon import lexicon
    from .normalise import normalise

    if not isinstance(text, str):
        raise UsageError(f"clause text must be a string, not {type(text).__name__}")
    limit = max_chars()
    if len(text) > limit:
        raise InputTooLargeError(
            f"clause text has {len(text):,} characters, over the limit of {limit:,}"
            " (set CLAUSECMP_MAX_CHARS to raise it)"
        )
    meta = dict(meta or {})
    lang = language or meta.get("language") or detect_language(text)
    if lang not in ("en", "fr"):
        raise UsageError(f"no vocabulary for language {lang!r}: clausecmp reads en and fr")
    norm = normalise(text)
    cues = tokenize(norm, lexicon(lang, _vocab_files(vocab)))
    obligations, warnings = code(structure(cues), cues, norm, text)
    index = primary_of([(o["response"]["duty"], o["trigger"]["kind"]) for o in obligations])
    data: ClauseData = {
        k: meta.get(k, "" if k in ("ref", "id", "treaty", "article") else None) for k in _META_KEYS
    }
    data.update(
        language=lang,
        parties=list(meta.get("parties") or []),
        text=text,
        obligations=obligations,
        warnings=warnings,
        primary=None if index is None else obligations[index],
    )
    data.update(atop=atop(data), benson=benson(data))
    return data
