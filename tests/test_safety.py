"""Safety: no dynamic code, no unsafe loaders, no network, no markup from untrusted text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clausecmp.errors import InputTooLargeError
from clausecmp.parser import parse_data

SRC = Path(__file__).resolve().parent.parent / "src" / "clausecmp"
FORBIDDEN = [
    r"\beval\(",
    r"\bexec\(",
    r"\bpickle\b",
    r"yaml\.load\(",
    r"\bsocket\b",
    r"\burllib\b",
    r"http\.client",
    r"\brequests\b",
    r"\bsubprocess\b",
    r"shell=True",
]


@pytest.mark.parametrize("pattern", FORBIDDEN)
def test_package_code_has_no(pattern: str) -> None:
    hits = [
        f"{path.name}:{n}"
        for path in SRC.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(pattern, line)
    ]
    assert hits == []


def test_a_megabyte_is_refused_at_once_by_default() -> None:
    with pytest.raises(InputTooLargeError, match="over the limit"):
        parse_data("armed attack " * 80_000, "en")


def test_the_limit_can_be_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUSECMP_MAX_CHARS", "2000000")
    data = parse_data("If a Party is attacked, the others shall assist it. " * 4000, "en")
    assert len(data["obligations"]) == 4000
