"""The public Python API: parse, load, compare, diff, treaties.

``parse`` and ``load`` return the frozen pydantic models of ``models.py``; ``compare`` and
``diff`` accept a Clause, its JSON-shaped data or a reference (``"nato-5"``) for each side.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ._types import ClauseData
from .errors import UsageError
from .parser import parse_data
from .treatyfile import TreatyFile, discover, resolve

if TYPE_CHECKING:
    from .comparison import Comparison
    from .models import Clause
    from .textdiff import TextDiff

__all__ = ["compare", "diff", "load", "load_data", "parse", "treaties"]

Vocab = Sequence[str | Path]


def parse(text: str, language: str | None = None, *, vocab: Vocab = ()) -> Clause:
    """Parse clause text into a Clause (the language is detected when not given)."""
    from .models import Clause

    return Clause.model_validate(parse_data(text, language, vocab=vocab))


def load_data(ref: str, *, vocab: Vocab = ()) -> ClauseData:
    """Read and parse a treaty file by reference or path, as plain data (no pydantic).

    Results are kept in a small on-disk cache (``_cache.py``), so repeating a command on the
    same files skips the parser.
    """
    from ._cache import cached
    from .parser import env_vocab_files

    tf = resolve(ref)
    meta = tf.meta_for_parser()
    files = [str(v) for v in vocab] + list(env_vocab_files())
    parts = (tf.text, tf.meta["language"], meta, files)
    data: ClauseData = cached(
        parts, files, lambda: parse_data(tf.text, tf.meta["language"], meta, vocab=vocab)
    )
    return data


def load(ref: str, *, vocab: Vocab = ()) -> Clause:
    """Read and parse a treaty file by reference (``"aes-6.en-v1"``, ``"nato-5"``) or path."""
    from .models import Clause

    return Clause.model_validate(load_data(ref, vocab=vocab))


def _as_data(item: Any, vocab: Vocab) -> ClauseData:
    if isinstance(item, str):
        return load_data(item, vocab=vocab)
    if isinstance(item, dict):
        return item
    dump = getattr(item, "model_dump", None)
    if dump is None:
        raise UsageError(
            f"expected a Clause, clause data or a reference, not {type(item).__name__}"
        )
    data: ClauseData = dump(mode="json")
    return data


def compare(left: Any, right: Any, *, vocab: Vocab = ()) -> Comparison:
    """Compare two clauses field by field (codebook section 3)."""
    from .comparison import compare_data

    return compare_data(_as_data(left, vocab), _as_data(right, vocab))


def diff(
    left: Any, right: Any, granularity: Literal["word", "char"] = "word", *, vocab: Vocab = ()
) -> TextDiff:
    """Word-level (or character-level) diff of two clause texts."""
    from .textdiff import diff_texts

    if granularity not in ("word", "char"):
        raise UsageError(f"granularity must be 'word' or 'char', not {granularity!r}")
    a, b = _text_of(left), _text_of(right)
    return diff_texts(a[1], b[1], granularity, left_label=a[0], right_label=b[0])


def _text_of(item: Any) -> tuple[str, str]:
    if isinstance(item, str):
        tf = resolve(item)
        return tf.ref, tf.text
    data = _as_data(item, ())
    return str(data.get("ref") or "left"), str(data["text"])


def treaties() -> list[TreatyFile]:
    """Every good treaty file in the search folders (bad files are skipped here)."""
    return discover()[0]
