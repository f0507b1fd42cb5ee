"""Treaty files: reading the format users write by hand, finding files, resolving references.

A treaty file is UTF-8 text: header lines ``key: value``, a line ``---``, then the clause text::

    id: nato-5
    treaty: North Atlantic Treaty
    article: 5
    language: en
    ---
    The Parties agree that an armed attack ...

Required keys: ``id``, ``treaty``, ``article``, ``language``; optional: ``signed``
(YYYY-MM-DD), ``parties`` (comma-separated), ``source``, ``verified``, ``note``.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import ReferenceNotFoundError, TreatyFileError

__all__ = [
    "TreatyFile",
    "check",
    "discover",
    "file_problems",
    "read_treaty_file",
    "resolve",
    "search_dirs",
]

REQUIRED = ("id", "treaty", "article", "language")
OPTIONAL = ("signed", "parties", "source", "verified", "note")
_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_DEFAULT_MAX_BYTES = 2_000_000
PACKAGE_CORPUS = Path(__file__).resolve().parent / "corpus"
_GIVEN = "(given, with a bad value)"


@dataclass(frozen=True, slots=True)
class TreatyFile:
    """One treaty file, read and checked."""

    ref: str
    """The file stem, by which the file is referred to (``aes-6.en-v1``)."""
    path: Path
    meta: dict[str, Any] = field(hash=False)
    """Header values; ``parties`` is a list."""
    text: str
    """The clause text exactly as written (the final line break excluded)."""
    text_line: int
    """1-based line where the text starts."""

    def meta_for_parser(self) -> dict[str, Any]:
        """The metadata a parsed clause carries."""
        return {
            "ref": self.ref,
            "path": str(self.path),
            **{k: self.meta.get(k) for k in (*REQUIRED, *OPTIONAL)},
            "parties": list(self.meta.get("parties") or []),
        }


def _max_bytes() -> int:
    raw = os.environ.get("CLAUSECMP_MAX_FILE_BYTES", "")
    return int(raw) if raw.isdigit() else _DEFAULT_MAX_BYTES


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise TreatyFileError(
            "binary content (a NUL byte): not a text file", path=str(path), line=line
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise TreatyFileError(
            f"not UTF-8 (byte 0x{data[err.start]:02x}); save the file as UTF-8",
            path=str(path),
            line=line,
        ) from None
    return text.removeprefix("\ufeff")


def _header_value(key: str, value: str, where: dict[str, Any]) -> Any:
    if key == "signed":
        try:
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                raise ValueError(value)
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise TreatyFileError(
                f"signed must be a date YYYY-MM-DD, not {value!r}", **where
            ) from None
    if key == "language" and not _LANGUAGE.match(value):
        raise TreatyFileError(
            f"language must be a two-letter code such as en or fr, not {value!r}", **where
        )
    if key == "parties":
        return [p.strip() for p in value.split(",") if p.strip()]
    return value


class _Problems:
    """Raises the first problem, or (for ``check``) collects them all and carries on."""

    def __init__(self, keep_going: bool) -> None:
        self.keep_going = keep_going
        self.found: list[TreatyFileError] = []

    def __call__(self, err: TreatyFileError) -> None:
        if not self.keep_going:
            raise err
        self.found.append(err)


def _header_line(line: str, where: dict[str, Any], seen: dict[str, int]) -> tuple[str, Any]:
    m = _KEY_LINE.match(line)
    if m is None:
        raise TreatyFileError(
            f"expected 'key: value' or '---', found {line.strip()[:40]!r}", **where
        )
    key, value = m.group(1).lower(), m.group(2)
    if key not in REQUIRED and key not in OPTIONAL:
        known = ", ".join(REQUIRED + OPTIONAL)
        raise TreatyFileError(f"unknown header key {key!r} (known: {known})", **where)
    if key in seen:
        raise TreatyFileError(f"duplicate header key {key!r} (first on line {seen[key]})", **where)
    seen[key] = where["line"]
    return key, _header_value(key, value, where)


def _parse_header(
    path: Path, lines: list[str], fail: _Problems
) -> tuple[dict[str, Any], int | None]:
    meta: dict[str, Any] = {}
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        if line.strip() == "---":
            # A key given with a bad value was reported already: not "missing" as well.
            meta.update({key: meta.get(key, _GIVEN) for key in seen})
            return meta, number
        if not line.strip():
            continue
        try:
            key, value = _header_line(line, {"path": str(path), "line": number}, seen)
            meta[key] = value
        except TreatyFileError as err:
            fail(err)
    fail(
        TreatyFileError(
            "no '---' line between the header and the text", path=str(path), line=len(lines) or 1
        )
    )
    return meta, None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > _max_bytes():
            raise TreatyFileError(
                f"file is {size:,} bytes, over the limit of {_max_bytes():,}"
                " (set CLAUSECMP_MAX_FILE_BYTES to raise it)",
                path=str(path),
                line=1,
            )
        return path.read_bytes()
    except OSError as err:
        raise TreatyFileError(f"cannot read file: {err.strerror or err}", path=str(path)) from None


def _read(path: Path, fail: _Problems) -> TreatyFile | None:
    try:
        lines = _decode(path, _read_bytes(path)).split("\n")
    except TreatyFileError as err:
        fail(err)
        return None
    meta, sep_line = _parse_header(path, lines, fail)
    if sep_line is None:
        return None
    for key in REQUIRED:
        if not meta.get(key):
            fail(
                TreatyFileError(
                    f"missing required header key {key!r}", path=str(path), line=sep_line
                )
            )
    text = "\n".join(line.removesuffix("\r") for line in lines[sep_line:]).rstrip("\n")
    if not text.strip():
        fail(
            TreatyFileError(
                "no clause text after the '---' line", path=str(path), line=sep_line + 1
            )
        )
    return TreatyFile(path.stem, path, meta, text, sep_line + 1)


def read_treaty_file(path: str | Path) -> TreatyFile:
    """Read and check one treaty file; the first problem raises TreatyFileError (file, line)."""
    tf = _read(Path(path), _Problems(keep_going=False))
    assert tf is not None  # without keep_going every problem raised
    return tf


def file_problems(path: str | Path) -> list[TreatyFileError]:
    """Every problem of one treaty file (an empty list when it is good)."""
    fail = _Problems(keep_going=True)
    _read(Path(path), fail)
    return fail.found


def search_dirs() -> list[Path]:
    """Folders searched for treaty files, in order: CLAUSECMP_TREATIES, ./treaties, the corpus."""
    dirs: list[Path] = []
    for name in os.environ.get("CLAUSECMP_TREATIES", "").split(os.pathsep):
        if not name:
            continue
        folder = Path(name)
        if not folder.is_dir():
            raise TreatyFileError(
                "CLAUSECMP_TREATIES names a folder that does not exist", path=name
            )
        dirs.append(folder)
    local = Path("treaties")
    if local.is_dir():
        dirs.append(local)
    dirs.append(PACKAGE_CORPUS)
    unique: list[Path] = []
    for folder in dirs:
        if all(folder.resolve() != seen.resolve() for seen in unique):
            unique.append(folder)
    return unique


def _files(dirs: Sequence[Path]) -> dict[str, Path]:
    """Stem -> path; a stem in an earlier folder shadows the same stem in later ones."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            found.setdefault(path.stem, path)
    return found


def discover(dirs: Sequence[Path] | None = None) -> tuple[list[TreatyFile], list[TreatyFileError]]:
    """Every treaty file in the folders: the good ones, and an error for each bad one."""
    good: list[TreatyFile] = []
    bad: list[TreatyFileError] = []
    for path in _files(search_dirs() if dirs is None else dirs).values():
        try:
            good.append(read_treaty_file(path))
        except TreatyFileError as err:
            bad.append(err)
    return good, bad


def _is_path(ref: str) -> bool:
    return os.sep in ref or "/" in ref or ref.endswith(".txt")


def resolve(ref: str, dirs: Sequence[Path] | None = None) -> TreatyFile:
    """A reference -> its treaty file: a stem, a bare id (``aes-6`` -> ``aes-6.en``), or a path."""
    if _is_path(ref) and Path(ref).is_file():
        return read_treaty_file(ref)
    if _is_path(ref) or ".." in ref or not ref.strip():
        raise ReferenceNotFoundError(
            f"no treaty file {ref!r} (a reference that is not an existing file is a file stem "
            "or id in the treaty folders, and cannot leave them)"
        )
    files = _files(search_dirs() if dirs is None else dirs)
    if ref in files:
        return read_treaty_file(files[ref])
    return read_treaty_file(files[_by_id(ref, files)])


def _by_id(ref: str, files: dict[str, Path]) -> str:
    candidates = sorted(stem for stem in files if stem.split(".", 1)[0] == ref)
    if f"{ref}.en" in candidates:
        return f"{ref}.en"
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise ReferenceNotFoundError(f"{ref!r} names several files: {', '.join(candidates)}")
    close = difflib.get_close_matches(ref, list(files), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; 'clausecmp list' shows them all"
    raise ReferenceNotFoundError(f"no treaty file or id {ref!r}{hint}")


def check(paths: Sequence[str | Path] = ()) -> tuple[int, list[TreatyFileError]]:
    """Check files and folders (default: every search folder): how many, and every problem."""
    targets: list[Path] = []
    for item in paths or search_dirs():
        p = Path(item)
        if p.is_dir():
            targets += sorted(p.glob("*.txt"))
        elif p.exists():
            targets.append(p)
        else:
            targets.append(p)  # reported as unreadable below
    problems = [err for path in targets for err in file_problems(path)]
    return len(targets), problems
