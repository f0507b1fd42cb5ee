"""A small on-disk cache of parsed treaty files, so repeated commands skip the parser.

An entry is keyed by the file's text and metadata, the vocabulary files in use and a
fingerprint of clausecmp's own code and data (sizes and modification times of its files), so a
change to any of them misses.  ``CLAUSECMP_CACHE=0`` turns it off; ``CLAUSECMP_CACHE_DIR``
moves it (default: ``$XDG_CACHE_HOME/clausecmp`` or ``~/.cache/clausecmp``).  Failures to read
or write the cache are ignored: it only ever saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["cached"]

_PACKAGE = Path(__file__).resolve().parent
_MAX_ENTRIES = 5000


def _enabled() -> bool:
    return os.environ.get("CLAUSECMP_CACHE", "1") not in ("0", "false", "no", "off")


def _folder() -> Path:
    explicit = os.environ.get("CLAUSECMP_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clausecmp"


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".lark", ".toml"):
            stat = path.stat()
            digest.update(
                f"{path.relative_to(_PACKAGE)}:{stat.st_size}:{stat.st_mtime_ns};".encode()
            )
    return digest.hexdigest()


def _key(parts: Sequence[Any], files: Sequence[str]) -> str:
    digest = hashlib.sha256(_fingerprint().encode())
    digest.update(json.dumps(list(parts), sort_keys=True, ensure_ascii=False).encode())
    for name in files:
        with contextlib.suppress(OSError):
            digest.update(Path(name).read_bytes())
    return digest.hexdigest()


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
    for old in entries[: max(0, len(entries) - _MAX_ENTRIES)]:
        with contextlib.suppress(OSError):
            old.unlink()


def cached(parts: Sequence[Any], files: Sequence[str], compute: Callable[[], Any]) -> Any:
    """``compute()``, or its stored result for the same parts, files and clausecmp code."""
    if not _enabled():
        return compute()
    path = _folder() / f"{_key(parts, files)}.json"
    with contextlib.suppress(OSError, ValueError):
        return json.loads(path.read_text(encoding="utf-8"))
    value = compute()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(value, handle, ensure_ascii=False)
        os.replace(tmp, path)
        if hash(path.name) % 50 == 0:
            _prune(path.parent)
    return value
