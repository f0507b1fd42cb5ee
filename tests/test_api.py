"""The public Python API and the frozen models it returns."""

from __future__ import annotations

import subprocess
import sys

import pydantic
import pytest

import clausecmp
from clausecmp.api import load_data
from clausecmp.errors import ClauseCmpError, UsageError
from clausecmp.models import Clause, Obligation, Span
from clausecmp.parser import parse_data


def test_load_returns_models_equal_to_the_plain_data() -> None:
    clause = clausecmp.load("nato-5")
    assert isinstance(clause, Clause)
    assert clause.model_dump(mode="json") == load_data("nato-5")


def test_parse_returns_models_equal_to_the_plain_data() -> None:
    text = "If a Party is attacked, the others shall forthwith assist it."
    assert clausecmp.parse(text).model_dump(mode="json") == parse_data(text)


def test_models_are_frozen_and_strict() -> None:
    clause = clausecmp.load("aes-6")
    assert clause.primary is not None
    with pytest.raises(pydantic.ValidationError):
        clause.primary.trigger.kind = "threat"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        Span(start=0, end=1, text="x", colour="red")  # type: ignore[call-arg]
    with pytest.raises(pydantic.ValidationError):
        Obligation.model_validate({"trigger": {"kind": "invasion"}})


@pytest.mark.parametrize("ref", ["nato-5", "aes-6.fr", "rio-3", "nato-6"])
def test_json_round_trip(ref: str) -> None:
    clause = clausecmp.load(ref)
    assert Clause.model_validate_json(clause.model_dump_json()) == clause
    for ob in clause.obligations:
        assert Obligation.model_validate_json(ob.model_dump_json()) == ob


def test_derived_codes_are_on_the_model() -> None:
    clause = clausecmp.load("nato-5")
    assert clause.atop == {"DEFENSE": 1, "CONSUL": 0, "DEFCOLOC": 1, "DEFCOADV": 0}
    assert clause.benson == {"commitment": "probabilistic", "condition": "conditional"}


def test_compare_and_diff_take_models_data_or_references() -> None:
    by_ref = clausecmp.compare("aes-6", "nato-5")
    by_model = clausecmp.compare(clausecmp.load("aes-6"), load_data("nato-5"))
    assert by_ref.verdicts() == by_model.verdicts()
    d = clausecmp.diff(clausecmp.load("aes-6.en-v1"), "aes-6.en-v3")
    assert d.left_text() == clausecmp.load("aes-6.en-v1").text


def test_bad_arguments_are_clausecmp_errors() -> None:
    with pytest.raises(UsageError):
        clausecmp.diff("nato-5", "aes-6", granularity="line")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        clausecmp.compare(42, "nato-5")
    with pytest.raises(ClauseCmpError):
        clausecmp.load("no-such-treaty")
    assert issubclass(clausecmp.ReferenceNotFoundError, LookupError)
    assert issubclass(clausecmp.TreatyFileError, ValueError)


def test_treaties_lists_the_corpus() -> None:
    refs = {tf.ref for tf in clausecmp.treaties()}
    assert {"nato-5.en", "aes-6.fr", "aes-6.en-v1"} <= refs


def test_importing_the_package_is_cheap() -> None:
    code = "import clausecmp, sys; print('pydantic' in sys.modules, 'lark' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        clausecmp.no_such_name  # noqa: B018
    assert isinstance(clausecmp.__version__, str)
