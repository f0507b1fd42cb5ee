"""Test set-up: hypothesis profiles, and a private parse cache for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, max_examples=60, deadline=None)
settings.register_profile("fuzz", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test reads the repository's treaties/ and writes its cache to a temporary folder."""
    monkeypatch.setenv("CLAUSECMP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    for name in ("CLAUSECMP_TREATIES", "CLAUSECMP_VOCAB", "CLAUSECMP_MAX_CHARS", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(ROOT)
