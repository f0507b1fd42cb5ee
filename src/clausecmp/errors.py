"""The one exception hierarchy of clausecmp.

Every error a user can cause derives from :class:`ClauseCmpError`, and also from the builtin
exception that carries the same meaning, so ``except ValueError`` keeps working for callers who
do not know clausecmp.  Errors about a place in a file carry ``path``, ``line`` and ``column``
and print as one line: ``path:line:column: message``.
"""

from __future__ import annotations

__all__ = [
    "ClauseCmpError",
    "InputTooLargeError",
    "ReferenceNotFoundError",
    "TreatyFileError",
    "UsageError",
    "VocabularyError",
]


class ClauseCmpError(Exception):
    """Root of every error clausecmp raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class TreatyFileError(ClauseCmpError, ValueError):
    """A treaty file breaks the file format (header, ``---``, text)."""


class VocabularyError(ClauseCmpError, ValueError):
    """A vocabulary (cue phrase) file is malformed."""


class ReferenceNotFoundError(ClauseCmpError, LookupError):
    """A clause reference names no known file, or names several."""


class InputTooLargeError(ClauseCmpError, ValueError):
    """A clause text is longer than the configured limit."""


class UsageError(ClauseCmpError, ValueError):
    """A call or command line asks for something clausecmp does not offer."""
