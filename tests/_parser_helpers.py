"""Helpers shared by the parser test modules: read a treaty file, read a field out of data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TREATIES = ROOT / "treaties"


def treaty_text(ref: str) -> tuple[str, str]:
    """(text, language) of a file in treaties/, read without the library's file reader."""
    raw = (TREATIES / f"{ref}.txt").read_text(encoding="utf-8")
    header, text = raw.split("\n---\n", 1)
    language = next(
        line.split(":", 1)[1].strip()
        for line in header.splitlines()
        if line.startswith("language:")
    )
    return text.rstrip("\n"), language


def value(obligation: dict[str, Any], path: str) -> Any:
    """The plain value at a codebook path of an ObligationData dictionary."""
    out: Any = obligation
    for part in path.split("."):
        out = out[part]
    return out
