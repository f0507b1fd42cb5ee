"""Cue vocabulary files: phrase syntax, user extensions, errors naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecmp.errors import VocabularyError
from clausecmp.lexicon import CATEGORIES, check_files, lexicon
from clausecmp.normalise import normalise


def _scan(text: str, language: str = "en", extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    folded = normalise(text).text
    return [(c, folded[a:b]) for c, a, b in lexicon(language, extra).scan(folded)]


def test_longest_phrase_wins_whatever_its_category() -> None:
    assert _scan("an armed attack") == [("EV_ARMED", "armed attack")]
    assert ("EV_AGGR", "act of aggression") in _scan("any act of aggression")
    assert _scan("une attaque armée", "fr")[-1] == ("EV_ARMED", "attaque armee")


def test_stems_alternatives_and_optional_words() -> None:
    assert ("DISCRETION", "as it may deem necessary") in _scan(
        "such action as it may deem necessary"
    )
    assert ("DISCRETION", "as they consider appropriate") in _scan("as they consider appropriate")
    assert ("EV_THREAT", "threatened") in _scan("is threatened")


def test_words_are_matched_whole() -> None:
    assert ("EV_AGGR", "attack") not in _scan("the attacker")
    assert all(cat != "PLACE" for cat, _ in _scan("an American State"))


def test_every_builtin_category_is_known() -> None:
    for language in ("en", "fr"):
        assert set(lexicon(language).categories) <= CATEGORIES


def test_user_file_adds_phrases(tmp_path: Path) -> None:
    vocab = tmp_path / "extra.toml"
    vocab.write_text('[cues]\nIMMED = ["with all speed"]\n', encoding="utf-8")
    assert ("IMMED", "with all speed") not in _scan("assist with all speed")
    assert ("IMMED", "with all speed") in _scan("assist with all speed", extra=(str(vocab),))


def test_user_file_for_another_language_is_ignored(tmp_path: Path) -> None:
    vocab = tmp_path / "fr.toml"
    vocab.write_text('language = "fr"\n[cues]\nIMMED = ["with all speed"]\n', encoding="utf-8")
    assert ("IMMED", "with all speed") not in _scan("with all speed", extra=(str(vocab),))


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        ('[cues]\nIMMED = ["at once"\n', "invalid TOML", 2),
        ('[cues]\nSPEED = ["at once"]\n', "unknown cue category 'SPEED'", 2),
        ('[cues]\n\nIMMED = "at once"\n', "IMMED must be a list of strings", 3),
        ('colour = "red"\n', "unknown key 'colour'", 1),
        ('[cues]\nIMMED = ["[now]"]\n', "has no required word", 2),
        ('[cues]\nIMMED = ["[at once] now"]\n', "unbalanced [ ]", 2),
        ('language = "english"\n', "two-letter code", 1),
    ],
)
def test_bad_vocabulary_names_file_and_line(
    tmp_path: Path, content: str, message: str, line: int
) -> None:
    vocab = tmp_path / "bad.toml"
    vocab.write_text(content, encoding="utf-8")
    with pytest.raises(VocabularyError) as err:
        check_files([str(vocab)])
    assert message in str(err.value)
    assert str(err.value).startswith(f"{vocab}:{line}")


def test_missing_vocabulary_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="cannot read vocabulary file"):
        check_files([str(tmp_path / "nope.toml")])


def test_vocabulary_file_that_is_not_utf8(tmp_path: Path) -> None:
    vocab = tmp_path / "latin1.toml"
    vocab.write_bytes('[cues]\nIMMED = ["d\xe9j\xe0"]\n'.encode("latin-1"))
    with pytest.raises(VocabularyError, match="not UTF-8"):
        check_files([str(vocab)])
