"""Cue vocabulary: per-language TOML files of phrases, compiled into one matcher.

A vocabulary file has one table, ``[cues]``, mapping a cue category (``EV_ARMED``, ``ACT`` ...,
listed in docs/extending.md) to a list of phrases, and optionally a ``language`` key.  Phrase
syntax, word by word (words are separated by single spaces):

- ``attack``: the word itself; ``attack*``: any word starting with ``attack``;
- ``deem*|consider*``: any of the alternatives;
- ``[the]`` or ``[the|a]``: an optional word.

Phrases are folded like clause text (lower case, no accents), and between words any run of
spaces, commas or hyphens matches.  At a given place the longest phrase wins, whatever its
category.  User files (``--vocab FILE`` or ``CLAUSECMP_VOCAB``) add phrases to the built-in ones.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from .errors import VocabularyError
from .normalise import fold

__all__ = ["CATEGORIES", "Lexicon", "check_files", "lexicon"]

_VOCAB_DIR = Path(__file__).parent / "vocab"
_GRAMMAR = Path(__file__).parent / "grammars" / "clause.lark"

#: Every cue category: the terminals the grammar declares (but SEP, which the lexer finds),
#: and NOISE (phrases read and dropped).
CATEGORIES: frozenset[str] = frozenset(
    name
    for line in _GRAMMAR.read_text(encoding="utf-8").splitlines()
    if line.startswith("%declare")
    for name in line.split()[1:]
    if name != "SEP"
) | {"NOISE"}
_SEP = r"(?:(?<=')[ ,\-]*|[ ,\-]+)"  # after an elided article (d', l') no space is needed
_WORD_END = r"(?:(?<=')|(?![a-z0-9]))"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A compiled vocabulary: per first-word key, one pattern whose groups are categories.

    Phrases are bucketed by the first three letters of their possible first words, so at each
    word of a text only the few phrases that can start there are tried (longest first).
    """

    language: str
    sources: dict[str, str]
    """Bucket key -> regular expression source; compiled the first time a text needs it."""
    categories: tuple[str, ...]
    """Group ``g<i>`` of every pattern belongs to ``categories[i]``."""
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def _bucket(self, key: str) -> re.Pattern[str] | None:
        pattern = self.compiled.get(key)
        if pattern is None:
            source = self.sources.get(key)
            if source is None:
                return None
            pattern = self.compiled[key] = re.compile(source)
        return pattern

    def scan(self, text: str) -> list[tuple[str, int, int]]:
        """Every cue phrase in a normalised text, leftmost-longest, as (category, start, end)."""
        out: list[tuple[str, int, int]] = []
        end = 0
        sources, compiled, bucket = self.sources, self.compiled, self._bucket
        for word in _WORDS.finditer(text):
            start = word.start()
            if start < end:
                continue
            w = word.group()
            key = w[:3] if len(w) >= 3 else w
            pattern = compiled.get(key) or (bucket(key) if key in sources else None)
            m = pattern.match(text, start) if pattern is not None else None
            if m is not None and m.lastgroup is not None:
                out.append((self.categories[int(m.lastgroup[1:])], start, m.end()))
                end = m.end()
        return out


_WORDS = re.compile(r"(?<![a-z0-9])[a-z0-9]+'?")


def _word_regex(word: str, where: str) -> tuple[str, bool]:
    optional = word.startswith("[") and word.endswith("]")
    if word.count("[") != int(optional) or word.count("]") != int(optional):
        raise VocabularyError(f"unbalanced [ ] in phrase {where} (optional words hold no spaces)")
    if optional:
        word = word[1:-1]
    alternatives = []
    for alt in word.split("|"):
        if not alt or alt == "*":
            raise VocabularyError(f"empty word in phrase {where}")
        stem = alt.endswith("*")
        core = re.escape(alt.rstrip("*"))
        alternatives.append(core + (r"[a-z']*" if stem else ""))
    return "(?:" + "|".join(alternatives) + ")", optional


_ARTICLES = frozenset({"the", "l'", "le", "la", "les"})


def _drop_leading_articles(words: list[str]) -> list[str]:
    """A leading optional article only lengthens a span: drop it, so fewer phrases start at
    every "the" of a text (the costliest place to try phrases)."""
    out = list(words)
    while out and out[0].startswith("[") and out[0].endswith("]"):
        alts = [a for a in out[0][1:-1].split("|") if a not in _ARTICLES]
        if len(alts) == len(out[0][1:-1].split("|")):
            break
        if alts:
            out[0] = "[" + "|".join(alts) + "]"
            break
        out.pop(0)
    return out


@cache
def _phrase_regex(phrase: str, where: str) -> str:
    folded = _drop_leading_articles([w for w in fold(phrase).split(" ") if w])
    words = [_word_regex(w, where) for w in folded]
    if not words or all(optional for _, optional in words):
        raise VocabularyError(f"phrase {where} has no required word")
    out = ""
    seen_required = False
    for body, optional in words:
        if not seen_required:
            out += f"(?:{body}{_SEP})?" if optional else body
            seen_required = not optional
        else:
            out += f"(?:{_SEP}{body})?" if optional else _SEP + body
    return out


def _weight(phrase: str) -> tuple[int, int, int]:
    """Longer phrases first; at equal length a literal beats a stem (``forces``, ``force*``)."""
    words = fold(phrase).split(" ")
    required = sum(1 for w in words if not w.startswith("["))
    return (required + len(words), len(phrase.replace("*", "")), -phrase.count("*"))


def _read_file(path: Path) -> tuple[str | None, dict[str, list[str]]]:
    try:
        raw = path.read_bytes().decode("utf-8")
        data = tomllib.loads(raw)
    except OSError as err:
        raise VocabularyError(
            f"cannot read vocabulary file: {err.strerror}", path=str(path)
        ) from None
    except UnicodeDecodeError:
        raise VocabularyError("vocabulary file is not UTF-8", path=str(path), line=1) from None
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"line (\d+)", str(err))
        line = int(m.group(1)) if m else max(1, raw.count("\n"))
        msg = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(err))
        raise VocabularyError(f"invalid TOML: {msg}", path=str(path), line=line) from None
    return _validate(data, path, raw)


def _line_of(raw: str, needle: str) -> int | None:
    for number, text in enumerate(raw.splitlines(), start=1):
        if needle in text:
            return number
    return None


def _validate(
    data: dict[str, object], path: Path, raw: str
) -> tuple[str | None, dict[str, list[str]]]:
    unknown = set(data) - {"language", "cues"}
    if unknown:
        key = sorted(unknown)[0]
        raise VocabularyError(f"unknown key {key!r}", path=str(path), line=_line_of(raw, key))
    language = data.get("language")
    if language is not None and not (
        isinstance(language, str) and re.fullmatch(r"[a-z]{2}", language)
    ):
        raise VocabularyError(
            "language must be a two-letter code", path=str(path), line=_line_of(raw, "language")
        )
    cues = data.get("cues", {})
    if not isinstance(cues, dict):
        raise VocabularyError("[cues] must be a table", path=str(path), line=_line_of(raw, "cues"))
    out: dict[str, list[str]] = {}
    for category, phrases in cues.items():
        line = _line_of(raw, category)
        if category not in CATEGORIES:
            raise VocabularyError(f"unknown cue category {category!r}", path=str(path), line=line)
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise VocabularyError(
                f"{category} must be a list of strings", path=str(path), line=line
            )
        for phrase in phrases:
            try:
                _phrase_regex(phrase, repr(phrase))  # cached: compiling reuses it
            except VocabularyError as err:
                where = _line_of(raw, phrase) or line
                raise VocabularyError(err.message, path=str(path), line=where) from None
        out[category] = list(phrases)
    return (language if isinstance(language, str) else None), out


def _builtin(language: str) -> dict[str, list[str]]:
    try:
        raw = (_VOCAB_DIR / f"{language}.toml").read_text("utf-8")
    except FileNotFoundError:
        raise VocabularyError(f"no built-in vocabulary for language {language!r}") from None
    return _validate(tomllib.loads(raw), Path(f"vocab/{language}.toml"), raw)[1]


@lru_cache(maxsize=16)
def lexicon(language: str, extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The compiled vocabulary of a language plus the user files that apply to it."""
    cues = {k: list(v) for k, v in _builtin(language).items()}
    for name in extra_files:
        file_language, extra = _read_file(Path(name))
        if file_language not in (None, language):
            continue
        for category, phrases in extra.items():
            cues.setdefault(category, []).extend(phrases)
    return _compile(language, cues)


def _first_keys(phrase: str) -> set[str]:
    """Bucket keys of the words a phrase can start with (first three letters, or a short word)."""
    keys: set[str] = set()
    for word in _drop_leading_articles([w for w in fold(phrase).split(" ") if w]):
        optional = word.startswith("[")
        for alt in word.strip("[]").split("|"):
            head = _WORDS.match(alt.rstrip("*"))
            seg = head.group() if head else ""
            stem_cut = alt.endswith("*") and seg == alt.rstrip("*")
            if len(seg) >= 3:
                keys.add(seg[:3])
            elif seg and not stem_cut:
                keys.add(seg)
            else:
                keys.add("*")
        if not optional:
            break
    return keys


def _compile(language: str, cues: dict[str, list[str]]) -> Lexicon:
    entries = sorted(
        ((p, c) for c, ps in cues.items() for p in ps), key=lambda e: _weight(e[0]), reverse=True
    )
    members: dict[str, list[int]] = {}
    for i, (phrase, _) in enumerate(entries):
        for key in _first_keys(phrase):
            members.setdefault(key, []).append(i)
    wild = members.pop("*", [])
    regex = [_phrase_regex(p, repr(p)) for p, _ in entries]
    sources = {}
    for key, ids in members.items():
        alternation = "|".join(f"(?P<g{i}>{regex[i]})" for i in sorted(set(ids) | set(wild)))
        sources[key] = f"(?:{alternation}){_WORD_END}"
    return Lexicon(language, sources, tuple(c for _, c in entries))


def check_files(files: Sequence[str]) -> None:
    """Read and validate vocabulary files, raising VocabularyError naming file and line."""
    for name in files:
        _read_file(Path(name))
