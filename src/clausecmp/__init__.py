"""clausecmp: read mutual-defence treaty clauses into structured obligations and compare them.

Everything here is re-exported lazily, so ``import clausecmp`` is cheap; the first use of a
name imports the module that defines it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import compare, diff, load, parse, treaties
    from .comparison import Comparison
    from .errors import (
        ClauseCmpError,
        InputTooLargeError,
        ReferenceNotFoundError,
        TreatyFileError,
        UsageError,
        VocabularyError,
    )
    from .models import Clause, Obligation, Span
    from .textdiff import TextDiff

__all__ = [
    "Clause",
    "ClauseCmpError",
    "Comparison",
    "InputTooLargeError",
    "Obligation",
    "ReferenceNotFoundError",
    "Span",
    "TextDiff",
    "TreatyFileError",
    "UsageError",
    "VocabularyError",
    "__version__",
    "compare",
    "diff",
    "load",
    "parse",
    "treaties",
]

_HOME = {
    "parse": "api",
    "load": "api",
    "compare": "api",
    "diff": "api",
    "treaties": "api",
    "Clause": "models",
    "Obligation": "models",
    "Span": "models",
    "Comparison": "comparison",
    "TextDiff": "textdiff",
    "ClauseCmpError": "errors",
    "InputTooLargeError": "errors",
    "ReferenceNotFoundError": "errors",
    "TreatyFileError": "errors",
    "UsageError": "errors",
    "VocabularyError": "errors",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("clausecmp")
        except PackageNotFoundError:
            return "0.0.0"
    if name in _HOME:
        return getattr(import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module 'clausecmp' has no attribute {name!r}")
