"""Word-level and character-level diffs rebuild both texts and never cut a word."""

from __future__ import annotations

import pytest

from clausecmp.textdiff import diff_texts, tokens
from clausecmp.treatyfile import resolve


def _cuts_a_word(left: str, right: str, granularity: str = "word") -> bool:
    """Does an edit boundary fall between two letters of either text?"""
    d = diff_texts(left, right, granularity)  # type: ignore[arg-type]
    for text, skip in ((left, "insert"), (right, "delete")):
        at = 0
        for e in d.edits:
            if e.op == skip:
                continue
            at += len(e.text)
            if 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum():
                return True
    return False


def test_renderings_of_article_6_rebuild_exactly() -> None:
    a, b = resolve("aes-6.en-v1").text, resolve("aes-6.en-v3").text
    d = diff_texts(a, b, "word", left_label="v1", right_label="v3")
    assert d.left_text() == a and d.right_text() == b
    assert not _cuts_a_word(a, b)
    assert {"delete", "insert", "equal"} == {e.op for e in d.edits}
    assert 0 < d.ratio() < 1 and d.degraded is False


def test_changed_word_is_replaced_whole() -> None:
    d = diff_texts("an attack against them all", "an attaque against them all")
    changes = [(e.op, e.text) for e in d.edits if e.op != "equal"]
    assert changes == [("delete", "attack"), ("insert", "attaque")]


def test_char_granularity_rebuilds_too() -> None:
    a, b = resolve("nato-5.en").text, resolve("nato-5.fr").text
    d = diff_texts(a, b, "char")
    assert d.left_text() == a and d.right_text() == b and d.granularity == "char"


@pytest.mark.parametrize(
    ("a", "b"), [("", ""), ("", "texte"), ("l'emploi", "l’emploi"), ("é", "e")]
)
def test_edge_texts(a: str, b: str) -> None:
    d = diff_texts(a, b)
    assert d.left_text() == a and d.right_text() == b


def test_tokens_keep_words_with_apostrophes_whole() -> None:
    assert tokens("d'assistance, l’emploi") == ["d'assistance", ",", " ", "l’emploi"]


def test_identical_texts_are_one_equal_edit() -> None:
    d = diff_texts("same text", "same text")
    assert [(e.op, e.text) for e in d.edits] == [("equal", "same text")] and d.ratio() == 1.0


def test_to_dict_shape() -> None:
    data = diff_texts("a b", "a c", left_label="x", right_label="y").to_dict()
    assert data["left"] == "x" and data["right"] == "y" and data["granularity"] == "word"
    assert data["edits"][0] == {"op": "equal", "text": "a "}


def test_more_than_60k_distinct_words_map_safely() -> None:
    words = " ".join(f"w{i}" for i in range(70_000))
    d = diff_texts(words, words + " fin")
    assert d.left_text() == words and d.right_text() == words + " fin"
    assert [(e.op, e.text) for e in d.edits if e.op != "equal"] == [("insert", " fin")]


def test_too_many_distinct_words_is_a_clausecmp_error() -> None:
    from clausecmp.errors import InputTooLargeError
    from clausecmp.textdiff import _ROOM

    with pytest.raises(InputTooLargeError):
        diff_texts(" ".join(f"w{i}" for i in range(_ROOM + 1)), "")


def test_a_diff_cut_short_by_the_time_limit_says_so() -> None:
    a = " ".join(f"alpha{i} beta{i % 7}" for i in range(400))
    b = " ".join(f"beta{i % 5} gamma{i}" for i in range(400))
    d = diff_texts(a, b, "char", timeout=1e-9)
    assert d.degraded is True and d.to_dict()["degraded"] is True
    assert d.left_text() == a and d.right_text() == b
    assert diff_texts(a, b, timeout=0).degraded is False


def test_french_word_changes_keep_accents_and_elisions_whole() -> None:
    a = "toute atteinte à la souveraineté d'un État membre"
    b = "toute agression contre la souveraineté d’un État partie"
    d = diff_texts(a, b)
    assert d.left_text() == a and d.right_text() == b
    assert not _cuts_a_word(a, b)
    changed = {e.text for e in d.edits if e.op != "equal"}
    assert "d'un" in " ".join(changed) and "d’un" in " ".join(changed)
