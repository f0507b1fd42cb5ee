"""The documentation stays true: its Python examples run, top to bottom, in the test suite."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ["README.md", "docs/walkthrough.md", "docs/comparison.md", "docs/extending.md"]


def _blocks(path: Path, language: str) -> list[str]:
    """Fenced blocks of one language, dedented (blocks inside list items are indented)."""
    found = re.findall(
        rf"^( *)```{language}\n(.*?)^ *```", path.read_text(encoding="utf-8"), re.S | re.M
    )
    return [textwrap.dedent(body) for _, body in found]


@pytest.mark.parametrize("doc", DOCS)
def test_python_examples_run(
    doc: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROOT / doc
    for toml in _blocks(path, "toml"):  # extending.md writes the vocabulary file it then uses
        (tmp_path / "my-cues.toml").write_text(toml, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    blocks = _blocks(path, "python") + [
        "\n".join(line.removeprefix("   ") for line in b.splitlines())
        for b in _blocks(path, "   python")
    ]
    assert blocks, f"{doc} has no Python example"
    for block in blocks:
        exec(compile(block, str(path), "exec"), namespace)
    assert capsys.readouterr().out  # the examples print what they show


def test_readme_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    assert first_block.splitlines()[0].startswith("make demo")
    assert first_block.splitlines()[1].startswith("make test")
