"""STUB until the real parser lands: returns a well-formed clause dictionary with no obligations."""

from __future__ import annotations

from typing import Any

from ._types import ClauseData


def parse_data(
    text: str, language: str | None = None, meta: dict[str, Any] | None = None
) -> ClauseData:
    """Parse clause text into a ClauseData dictionary (``Clause.model_dump(mode="json")``)."""
    meta = dict(meta or {})
    return {
        "ref": meta.get("ref", ""),
        "id": meta.get("id", ""),
        "treaty": meta.get("treaty", ""),
        "article": meta.get("article", ""),
        "language": language or meta.get("language") or "en",
        "signed": meta.get("signed"),
        "parties": list(meta.get("parties", [])),
        "source": meta.get("source"),
        "verified": meta.get("verified"),
        "note": meta.get("note"),
        "path": meta.get("path"),
        "text": text,
        "obligations": [],
        "warnings": [],
        "primary": None,
    }
