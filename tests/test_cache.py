"""The parse cache: hits give the same data, and anything that could change the result misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecmp import _cache
from clausecmp.api import load_data


def test_a_hit_returns_what_was_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUSECMP_CACHE_DIR", str(tmp_path))
    calls: list[int] = []

    def compute() -> dict[str, int]:
        calls.append(1)
        return {"value": len(calls)}

    assert _cache.cached(["a"], [], compute) == {"value": 1}
    assert _cache.cached(["a"], [], compute) == {"value": 1}  # served from disk
    assert _cache.cached(["b"], [], compute) == {"value": 2}  # other parts: a miss
    assert len(list(tmp_path.glob("*.json"))) == 2


def test_vocabulary_content_is_part_of_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUSECMP_CACHE_DIR", str(tmp_path / "cache"))
    vocab = tmp_path / "v.toml"
    vocab.write_text("[cues]\n", encoding="utf-8")
    first = _cache.cached(["x"], [str(vocab)], lambda: 1)
    vocab.write_text('[cues]\nIMMED = ["at speed"]\n', encoding="utf-8")
    assert first == 1 and _cache.cached(["x"], [str(vocab)], lambda: 2) == 2


def test_cached_and_fresh_parses_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    warm = load_data("nato-5")
    assert load_data("nato-5") == warm
    monkeypatch.setenv("CLAUSECMP_CACHE", "0")
    assert load_data("nato-5") == warm


def test_an_unwritable_cache_only_costs_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CLAUSECMP_CACHE_DIR", str(blocker / "cache"))
    assert _cache.cached(["y"], [], lambda: {"ok": True}) == {"ok": True}
