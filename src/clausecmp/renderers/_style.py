"""Terminal styling: ANSI colours for verdicts and coded spans, only when asked for."""

from __future__ import annotations

import os
import sys
from typing import TextIO

__all__ = ["FIELD_GROUP_COLOR", "VERDICT_COLOR", "paint", "use_color"]

_RESET = "\x1b[0m"
VERDICT_COLOR = {
    "same": "32",  # green
    "broader": "33",  # yellow
    "narrower": "36",  # cyan
    "stronger": "1;32",
    "weaker": "1;31",
    "different": "35",  # magenta
    "only_left": "2",
    "only_right": "2",
}
#: Coded spans are coloured by the first part of their field path.
FIELD_GROUP_COLOR = {
    "trigger": "1;31",
    "scope": "1;34",
    "attack_on_all": "1;35",
    "response": "1;32",
    "force": "1;33",
    "legal_basis": "1;36",
    "security_council": "36",
    "purpose": "2",
}


def paint(text: str, code: str | None, on: bool) -> str:
    """Wrap text in an ANSI colour when ``on`` (and a code is given)."""
    return f"\x1b[{code}m{text}{_RESET}" if on and code else text


def use_color(choice: str, stream: TextIO | None = None) -> bool:
    """Decide colour from ``--color auto|always|never``, NO_COLOR and whether it is a terminal."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())
