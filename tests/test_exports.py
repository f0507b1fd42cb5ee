"""Research exports: per-obligation CSV, DataFrames (optional pandas), the JSON Schema."""

from __future__ import annotations

import builtins
import csv
import io
from typing import Any

import pytest

from clausecmp.api import load_data
from clausecmp.errors import UsageError
from clausecmp.exports import COLUMNS, json_schema, to_csv, to_dataframe


def test_csv_has_the_codebook_columns_and_a_row_per_obligation() -> None:
    clauses = [load_data("rio-3"), load_data("nato-5")]
    rows = list(csv.DictReader(io.StringIO(to_csv(clauses))))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["ref"] for r in rows] == ["rio-3.en", "rio-3.en", "nato-5.en"]
    assert rows[1]["response.duty"] == "permissive" and rows[2]["DEFCOLOC"] == "1"


def test_csv_offsets_index_the_text() -> None:
    data = load_data("nato-5")
    row = next(csv.DictReader(io.StringIO(to_csv([data]))))
    start, end = int(row["trigger.kind.start"]), int(row["trigger.kind.end"])
    assert data["text"][start:end] == "armed attack"
    assert row["trigger.by.start"] == ""  # a default has no span


def test_dataframe_needs_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(UsageError, match="pandas is not installed"):
        to_dataframe(["nato-5"])


def test_schema_describes_the_clause() -> None:
    schema = json_schema()
    assert {"obligations", "primary", "text", "atop"} <= set(schema["properties"])
    assert "Obligation" in schema["$defs"] and "Span" in schema["$defs"]
