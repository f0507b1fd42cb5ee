"""Stage 6: word-level (or character-level) diffs of two clause texts, with diff-match-patch.

This is the only module that imports diff_match_patch; its tuples become clausecmp's own
``Edit`` records.  Word level maps every word, run of spaces and punctuation mark to one
private character, diffs those, cleans the diff up semantically, and maps back: an edit
boundary never falls inside a word.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any, Literal

from .errors import InputTooLargeError

__all__ = ["Edit", "TextDiff", "diff_texts", "tokens"]

Op = Literal["equal", "insert", "delete"]
_OPS: dict[int, Op] = {0: "equal", 1: "insert", -1: "delete"}
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|\s+|.", re.DOTALL)
_BASE = 0xF0000  # supplementary private use area: room for 131,072 distinct tokens
_ROOM = 0x110000 - _BASE


@dataclass(frozen=True, slots=True)
class Edit:
    """One run of text that is equal in both, only in the right (insert) or only in the left."""

    op: Op
    text: str


@dataclass(frozen=True, slots=True)
class TextDiff:
    """A diff of two texts; ``degraded`` is true when the time limit cut the diff short."""

    left_label: str
    right_label: str
    granularity: str
    edits: tuple[Edit, ...]
    degraded: bool = False

    def left_text(self) -> str:
        """The left text, rebuilt from the edits."""
        return "".join(e.text for e in self.edits if e.op != "insert")

    def right_text(self) -> str:
        """The right text, rebuilt from the edits."""
        return "".join(e.text for e in self.edits if e.op != "delete")

    def ratio(self) -> float:
        """Similarity from 0 to 1: twice the equal characters over both lengths."""
        total = len(self.left_text()) + len(self.right_text())
        same = sum(len(e.text) for e in self.edits if e.op == "equal")
        return 1.0 if total == 0 else 2 * same / total

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``clausecmp diff --format json``."""
        return {
            "left": self.left_label,
            "right": self.right_label,
            "granularity": self.granularity,
            "degraded": self.degraded,
            "edits": [{"op": e.op, "text": e.text} for e in self.edits],
        }

    def _repr_html_(self) -> str:
        from .renderers.html import diff_html, notebook

        return notebook(diff_html(self))


def tokens(text: str) -> list[str]:
    """Words (letters and digits, with inner apostrophes), runs of white space, single marks."""
    return _TOKEN.findall(text)


def _encode(text: str, index: dict[str, str], table: list[str]) -> str:
    out = []
    for tok in tokens(text):
        ch = index.get(tok)
        if ch is None:
            if len(table) >= _ROOM:
                raise InputTooLargeError(
                    f"texts have more than {_ROOM:,} distinct words: use granularity 'char'"
                )
            ch = index[tok] = chr(_BASE + len(table))
            table.append(tok)
        out.append(ch)
    return "".join(out)


def _merge(edits: list[Edit]) -> tuple[Edit, ...]:
    merged: list[Edit] = []
    for e in edits:
        if not e.text:
            continue
        if merged and merged[-1].op == e.op:
            merged[-1] = Edit(e.op, merged[-1].text + e.text)
        else:
            merged.append(e)
    return tuple(merged)


def diff_texts(
    left: str,
    right: str,
    granularity: Literal["word", "char"] = "word",
    *,
    left_label: str = "",
    right_label: str = "",
    timeout: float = 5.0,
) -> TextDiff:
    """Diff two texts; word level by default, never cutting a word."""
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    table: list[str] = []
    if granularity == "word":
        index: dict[str, str] = {}
        a, b = _encode(left, index, table), _encode(right, index, table)
    else:
        a, b = left, right
    started = time.perf_counter()
    raw = dmp.diff_main(a, b, False)
    degraded = timeout > 0 and time.perf_counter() - started >= timeout
    dmp.diff_cleanupSemantic(raw)
    if granularity == "word":
        raw = [(op, "".join(table[ord(c) - _BASE] for c in s)) for op, s in raw]
    edits = _merge([Edit(_OPS[op], s) for op, s in raw])
    return TextDiff(left_label, right_label, granularity, edits, degraded)
