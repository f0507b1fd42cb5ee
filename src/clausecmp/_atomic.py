"""Writing output files whole or not at all, and never over an input file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .errors import UsageError

__all__ = ["write_atomic"]


def write_atomic(path: str | Path, text: str, *, inputs: Sequence[str | Path] = ()) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    Refuses (UsageError) to write over one of ``inputs``; on any failure the temporary file is
    removed and the target is left as it was.
    """
    target = Path(path)
    if any(target.resolve() == Path(i).resolve() for i in inputs):
        raise UsageError(f"refusing to write over an input file: {target}")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"cannot write {target}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise UsageError(f"cannot write {target}: {err.strerror or err}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
