"""Cut a clause text into segments, each with the codebook fields whose spans cover it."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

__all__ = ["marked_segments"]

_SKIP = ("purpose", "scope.places")  # a purpose spans whole phrases; places repeat scope.kind


def marked_segments(clause: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """(text, fields) segments covering the whole text; fields is empty where nothing is coded.

    Spans of all obligations are merged; where spans overlap, the text is cut at every span
    boundary, so each segment carries every field that covers it and markup stays well formed.
    """
    text: str = clause["text"]
    intervals = [
        (span["start"], span["end"], path)
        for ob in clause.get("obligations") or []
        for path, spans in ob["spans"].items()
        if path not in _SKIP
        for span in spans
    ]
    bounds = sorted(
        {0, len(text)} | {i for s, e, _ in intervals for i in (s, e) if 0 <= i <= len(text)}
    )
    out = []
    for a, b in pairwise(bounds):
        fields = tuple(sorted({p for s, e, p in intervals if s <= a and e >= b}))
        out.append((text[a:b], fields))
    return out
