"""ATOP-style codes and Benson-style flags derived from the codebook fields."""

from __future__ import annotations

import pytest

from clausecmp.api import load_data
from clausecmp.atop import atop, benson


@pytest.mark.parametrize(
    ("ref", "published"),
    [  # ATOP v5.0 codes that the clause alone decides
        ("nato-5", {"DEFENSE": 1, "DEFCOLOC": 1}),
        ("anzus-4", {"DEFENSE": 1, "DEFCOLOC": 1}),
        ("mbt-5", {"DEFENSE": 1, "DEFCOLOC": 1}),
        ("rio-3", {"DEFENSE": 1}),
    ],
)
def test_matches_published_atop_codes(ref: str, published: dict[str, int]) -> None:
    codes = atop(load_data(ref))
    assert {k: codes[k] for k in published} == published


def test_no_defence_obligation_codes_zero() -> None:
    assert atop(load_data("nato-6")) == {"DEFENSE": 0, "CONSUL": 0, "DEFCOLOC": 0, "DEFCOADV": 0}
    assert atop(load_data("china-dprk-2"))["DEFENSE"] == 0  # prevention only: no trigger


def test_benson_flags() -> None:
    assert benson(load_data("nato-5")) == {
        "commitment": "probabilistic",
        "condition": "conditional",
    }
    assert benson(load_data("mbt-5")) == {"commitment": "deterministic", "condition": "conditional"}
    assert benson(load_data("anzus-4"))["commitment"] == "probabilistic"  # constitutional hedge
    assert benson(load_data("china-dprk-2"))["condition"] == "unconditional"
    assert benson(load_data("nato-6")) == {"commitment": None, "condition": None}
