"""Output files are written whole or not at all, and never over an input."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecmp._atomic import write_atomic
from clausecmp.errors import UsageError


def test_writes_the_whole_text(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, "héllo\n")
    assert target.read_text(encoding="utf-8") == "héllo\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="input file"):
        write_atomic(tmp_path / "." / "in.txt", "new", inputs=[source])
    assert source.read_text(encoding="utf-8") == "keep me"


def test_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        write_atomic(tmp_path / "no" / "out.txt", "x")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "\ud800 lone surrogate")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
