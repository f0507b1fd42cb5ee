"""Corpus views: the matrix of fields and the clauses most like one clause."""

from __future__ import annotations

import pytest

from clausecmp._fields import FIELDS
from clausecmp.api import load_data
from clausecmp.errors import UsageError
from clausecmp.treatyfile import discover
from clausecmp.views import matrix_rows, similar


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, object]]:
    return [load_data(tf.ref) for tf in discover()[0]]


def test_matrix_has_a_row_per_clause_and_a_column_per_field(
    corpus: list[dict[str, object]],
) -> None:
    rows = matrix_rows(corpus)
    assert len(rows) == len(corpus)
    assert all(set(FIELDS) <= set(row) for row in rows)
    nato = next(r for r in rows if r["ref"] == "nato-5.en")
    assert nato["scope.kind"] == "region" and nato["scope.places"] == "Europe; North America"


def test_similar_ranks_renderings_of_the_same_article_first(
    corpus: list[dict[str, object]],
) -> None:
    ranking = similar(load_data("aes-6"), corpus, n=4, progress=None)
    refs = [e.ref for e in ranking.entries]
    assert len(refs) == 4 and "aes-6.en" not in refs
    assert set(refs[:3]) == {"aes-6.en-v1", "aes-6.en-v3", "aes-6.fr"}
    assert all(e.agreement == 14 for e in ranking.entries[:3])
    assert ranking.entries[0].text_ratio is not None


def test_ranking_is_by_agreement(corpus: list[dict[str, object]]) -> None:
    ranking = similar(load_data("nato-5"), corpus, n=len(corpus), progress=None)
    scores = [e.agreement for e in ranking.entries]
    assert scores == sorted(scores, reverse=True)
    assert ranking.entries[0].ref == "nato-5.fr"


def test_n_must_be_positive(corpus: list[dict[str, object]]) -> None:
    with pytest.raises(UsageError):
        similar(load_data("nato-5"), corpus, n=0)
