"""The HTML report in a real browser: headless Chromium renders the table, highlights, diff."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from clausecmp.api import load_data
from clausecmp.comparison import compare_data
from clausecmp.renderers import get_renderer

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("Chromium not found: apt-get install chromium to run the browser test")
    return found


@pytest.fixture
def report(tmp_path: Path) -> Path:
    page = get_renderer("html").comparison(compare_data(load_data("aes-6"), load_data("nato-5")))
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def _run(chromium: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)


def test_report_renders_in_chromium(chromium: str, report: Path, tmp_path: Path) -> None:
    dom = _run(chromium, tmp_path, "--dump-dom", report.as_uri()).stdout
    assert 'class="verdicts"' in dom and "verdict-broader" in dom
    assert dom.count("<mark data-field=") >= 8
    assert "<ins>" in dom and "<del>" in dom


def test_report_screenshot(chromium: str, report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    _run(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", report.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
