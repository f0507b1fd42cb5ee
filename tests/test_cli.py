"""The command line: every subcommand, formats, exit statuses and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clausecmp.cli import main

HERE = Path(__file__).resolve().parent
BAD = HERE / "fixtures" / "treaties-bad"
EXTRA = HERE / "fixtures" / "treaties-extra"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_compare_text_fits_80_columns(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "compare", "nato-5", "aes-6")
    assert status == 0 and err == ""
    assert "trigger.kind" in out and "narrower" in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize(
    ("argv", "expect"),
    [
        (["list"], "aes-6.en-v1"),
        (["show", "nato-5"], "]{trigger.kind}"),
        (["parse", "anzus-4"], "response.constitutional"),
        (["diff", "aes-6.en-v1", "aes-6.en-v3"], "{+"),
        (["diff", "aes-6.en-v1", "aes-6.en-v3", "--granularity", "char"], "char diff"),
        (["matrix"], "nato-5.en"),
        (["similar", "aes-6", "-n", "3"], "aes-6.en-v1"),
        (["check", "treaties"], "no problems found"),
    ],
)
def test_text_commands(capsys: pytest.CaptureFixture[str], argv: list[str], expect: str) -> None:
    status, out, _ = run(capsys, *argv)
    assert status == 0
    assert expect in out


@pytest.mark.parametrize("fmt", ["json", "markdown", "html"])
def test_compare_in_every_format(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    status, out, _ = run(capsys, "compare", "aes-6", "nato-5", "--format", fmt)
    assert status == 0 and "trigger.kind" in out


def test_json_shapes(capsys: pytest.CaptureFixture[str]) -> None:
    parsed = json.loads(run(capsys, "parse", "nato-5", "-f", "json")[1])
    assert {"ref", "id", "language", "treaty", "article", "text", "obligations", "primary"} <= set(
        parsed
    )
    assert parsed["atop"]["DEFENSE"] == 1 and parsed["atop"]["DEFCOLOC"] == 1
    compared = json.loads(run(capsys, "compare", "aes-6", "nato-5", "-f", "json")[1])
    assert set(compared) == {"left", "right", "rows", "summary"}
    assert set(compared["rows"][0]) == {
        "pair", "field", "left", "right", "verdict", "left_span", "right_span",
    }  # fmt: skip
    assert compared["rows"][0]["field"] == "trigger.kind"
    assert compared["rows"][0]["verdict"] == "broader"
    diffed = json.loads(run(capsys, "diff", "aes-6.en-v1", "aes-6.en-v3", "-f", "json")[1])
    assert set(diffed) == {"left", "right", "granularity", "degraded", "edits"}
    assert {e["op"] for e in diffed["edits"]} == {"equal", "insert", "delete"}
    checked = json.loads(run(capsys, "check", str(BAD), "-f", "json")[1])
    assert checked["checked"] == 9
    assert {Path(p["path"]).name for p in checked["problems"]} == {
        p.name for p in BAD.glob("*.txt")
    }
    listed = json.loads(run(capsys, "list", "-f", "json")[1])
    assert {"ref", "id", "language", "treaty", "article", "path"} == set(listed[0])


def test_matrix_csv_has_a_row_per_clause(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "matrix", "nato-5", "aes-6", "rio-3", "--format", "csv")
    lines = out.strip().splitlines()
    assert status == 0 and len(lines) == 4
    assert lines[0].startswith("ref,id,language,article,trigger.kind,trigger.by")


def test_schema_is_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    schema = json.loads(run(capsys, "schema")[1])
    assert "$defs" in schema and "obligations" in schema["properties"]


def test_check_finds_problems_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(BAD))
    assert status == 1
    assert f"{BAD / 'bad-date.txt'}:5: signed must be a date" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["compare", "nato-5", "no-such-ref"],
        ["parse", "../../secret"],
        ["parse", "nato-5", "--format", "nope"],
        ["frobnicate"],
        ["compare", "nato-5"],
        ["diff", "nato-5", "aes-6", "-f", "csv"],
        ["similar", "aes-6", "-n", "0"],
        ["parse", str(BAD / "binary.txt")],
        ["parse", "/no/such/file.txt"],
    ],
)
def test_user_mistakes_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert err.startswith("clausecmp: error: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_bad_vocabulary_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    vocab = tmp_path / "v.toml"
    vocab.write_text('[cues]\nSPEED = ["with all speed"]\n', encoding="utf-8")
    status, _, err = run(capsys, "parse", "nato-5", "--vocab", str(vocab))
    assert status == 2 and f"{vocab}:2: unknown cue category 'SPEED'" in err


def test_vocabulary_file_changes_the_coding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    vocab = tmp_path / "v.toml"
    vocab.write_text('[cues]\nIMMED = ["will initiate"]\n', encoding="utf-8")
    before = json.loads(run(capsys, "parse", "aes-6", "-f", "json")[1])
    after = json.loads(run(capsys, "parse", "aes-6", "-f", "json", "--vocab", str(vocab))[1])
    assert before["primary"]["response"]["immediate"] is False
    assert after["primary"]["response"]["immediate"] is True


def test_verbose_adds_the_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "parse", "no-such-ref", "-v")
    assert status == 2 and "Traceback" in err


def test_output_file_is_written_whole(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    status, out, _ = run(capsys, "compare", "aes-6", "nato-5", "-f", "html", "-o", str(target))
    assert status == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_output_never_overwrites_an_input(capsys: pytest.CaptureFixture[str]) -> None:
    before = Path("treaties/nato-5.en.txt").read_bytes()
    status, _, err = run(capsys, "parse", "nato-5", "-o", "treaties/nato-5.en.txt")
    assert status == 2 and "refusing to write over an input file" in err
    assert Path("treaties/nato-5.en.txt").read_bytes() == before


def test_colour_only_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "\x1b[" in run(capsys, "compare", "aes-6", "nato-5", "--color", "always")[1]
    assert "\x1b[" not in run(capsys, "compare", "aes-6", "nato-5", "--color", "never")[1]
    assert "\x1b[" not in run(capsys, "compare", "aes-6", "nato-5")[1]  # not a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert "\x1b[" not in run(capsys, "compare", "aes-6", "nato-5")[1]


def test_list_warns_about_bad_files_and_lists_the_good(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "good.en.txt").write_bytes((EXTRA / "extra-1.en.txt").read_bytes())
    (folder / "broken.txt").write_bytes((BAD / "bad-date.txt").read_bytes())
    monkeypatch.setenv("CLAUSECMP_TREATIES", str(folder))
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, "list")
    assert status == 0 and "good.en" in out and "nato-5.en" in out
    assert err.startswith("clausecmp: warning: ") and "broken.txt:5:" in err


def test_extra_folder_references(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUSECMP_TREATIES", str(EXTRA))
    status, out, _ = run(capsys, "compare", "extra-1", "extra-1.fr", "-f", "json")
    verdicts = {r["field"]: r["verdict"] for r in json.loads(out)["rows"] if r["pair"] == [0, 0]}
    assert (
        status == 0
        and verdicts["trigger.kind"] == "same"
        and verdicts["response.immediate"] == "same"
    )


@pytest.mark.parametrize("command", [["-m", "clausecmp"], None])
def test_entry_points(command: list[str] | None) -> None:
    exe = (
        [sys.executable, *command]
        if command
        else [str(Path(sys.executable).with_name("clausecmp"))]
    )
    if command is None and not Path(exe[0]).exists():
        pytest.skip("console script not installed next to this interpreter")
    out = subprocess.run(
        [*exe, "compare", "nato-5", "aes-6", "-f", "json"], capture_output=True, text=True
    )
    assert out.returncode == 0 and json.loads(out.stdout)["left"]["ref"] == "nato-5.en"
    bad = subprocess.run([*exe, "parse", "nope"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.startswith("clausecmp: error:")


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys)
    assert status == 2 and "usage:" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0 and out.startswith("clausecmp ")


def test_export_is_one_row_per_obligation(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "export", "rio-3", "nato-5")
    lines = out.strip().splitlines()
    assert status == 0 and lines[0].startswith("ref,id,language,treaty,article,obligation,primary")
    assert [line.split(",")[0] for line in lines[1:]] == ["rio-3.en", "rio-3.en", "nato-5.en"]
    rows = json.loads(run(capsys, "export", "nato-5", "-f", "json")[1])
    assert rows[0]["DEFENSE"] == 1 and rows[0]["trigger.kind"] == "armed_attack"
