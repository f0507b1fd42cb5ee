"""Treaty files: the format users write by hand, finding files and resolving references."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecmp.errors import ReferenceNotFoundError, TreatyFileError
from clausecmp.treatyfile import (
    PACKAGE_CORPUS,
    check,
    discover,
    file_problems,
    read_treaty_file,
    resolve,
)

HERE = Path(__file__).resolve().parent
BAD = HERE / "fixtures" / "treaties-bad"
EXTRA = HERE / "fixtures" / "treaties-extra"
TREATIES = HERE.parent / "treaties"


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("unknown-key.txt", 5, "unknown header key 'colour'"),
        ("missing-key.txt", 4, "missing required header key 'article'"),
        ("bad-date.txt", 5, "signed must be a date YYYY-MM-DD"),
        ("bad-language.txt", 4, "two-letter code"),
        ("duplicate-key.txt", 5, "duplicate header key 'id' (first on line 1)"),
        ("no-separator.txt", 5, "expected 'key: value' or '---'"),
        ("empty-text.txt", 6, "no clause text after the '---' line"),
        ("not-utf8.txt", 6, "not UTF-8"),
        ("binary.txt", 6, "binary content"),
    ],
)
def test_bad_file_is_named_with_its_line(name: str, line: int, message: str) -> None:
    with pytest.raises(TreatyFileError) as err:
        read_treaty_file(BAD / name)
    assert str(err.value).startswith(f"{BAD / name}:{line}: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_header_without_separator_or_text(tmp_path: Path) -> None:
    path = tmp_path / "h.txt"
    path.write_text("id: h\ntreaty: T\narticle: 1\nlanguage: en\n", encoding="utf-8")
    with pytest.raises(TreatyFileError, match="no '---' line between the header and the text"):
        read_treaty_file(path)


def test_crlf_bom_tabs_and_trailing_spaces_are_read() -> None:
    tf = read_treaty_file(EXTRA / "extra-1.en.txt")
    assert tf.meta["id"] == "extra-1"
    assert tf.meta["treaty"] == "Example Pact of Friendship"
    assert tf.meta["parties"] == ["A", "B", "C"]
    assert tf.meta["signed"] == "2001-05-06"
    assert tf.text.startswith("Should either Party") and tf.text.endswith("assist it.")
    assert "\r" not in tf.text


def test_text_is_kept_exactly() -> None:
    raw = (TREATIES / "nato-5.en.txt").read_text(encoding="utf-8")
    assert read_treaty_file(TREATIES / "nato-5.en.txt").text == raw.split("\n---\n", 1)[1].rstrip(
        "\n"
    )


def test_oversized_file_is_refused_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUSECMP_MAX_FILE_BYTES", "50")
    with pytest.raises(TreatyFileError, match="over the limit of 50"):
        read_treaty_file(TREATIES / "nato-5.en.txt")


def test_check_reports_every_problem_of_a_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_text("id: x\ncolour: red\nsigned: 1999-99-99\n---\nText.\n", encoding="utf-8")
    messages = [e.message for e in file_problems(bad)]
    assert any("colour" in m for m in messages)
    assert any("signed" in m for m in messages)
    assert any("'treaty'" in m for m in messages)


def test_check_counts_files_and_lists_problems() -> None:
    checked, problems = check([BAD, EXTRA])
    assert checked == 11
    assert {Path(p.path).name for p in problems} == {p.name for p in BAD.glob("*.txt")}


def test_every_corpus_file_is_good() -> None:
    checked, problems = check([TREATIES])
    assert checked >= 19 and problems == []


def test_shipped_corpus_is_the_treaties_folder() -> None:
    ours = {p.name: p.read_bytes() for p in TREATIES.glob("*.txt")}
    shipped = {p.name: p.read_bytes() for p in PACKAGE_CORPUS.glob("*.txt")}
    assert ours == shipped


def test_discover_reports_bad_files_and_keeps_good_ones() -> None:
    good, bad = discover([BAD, EXTRA])
    assert {tf.ref for tf in good} == {"extra-1.en", "extra-1.fr"}
    assert len(bad) == 9


def test_earlier_folder_shadows_a_later_one(tmp_path: Path) -> None:
    (tmp_path / "nato-5.en.txt").write_text(
        "id: nato-5\ntreaty: Mine\narticle: 5\nlanguage: en\n---\nMy text.\n", encoding="utf-8"
    )
    good, _ = discover([tmp_path, TREATIES])
    nato = [tf for tf in good if tf.ref == "nato-5.en"]
    assert len(nato) == 1 and nato[0].meta["treaty"] == "Mine"


def test_references_resolve_by_stem_bare_id_and_path() -> None:
    assert resolve("aes-6.en-v1").ref == "aes-6.en-v1"
    assert resolve("aes-6").ref == "aes-6.en"  # a bare id means <id>.en
    assert resolve("mbt-5").ref == "mbt-5.en"
    assert resolve(str(EXTRA / "extra-1.fr.txt")).meta["language"] == "fr"


def test_bare_id_without_english_needs_a_single_file(tmp_path: Path) -> None:
    for lang in ("fr", "de"):
        (tmp_path / f"pact-1.{lang}.txt").write_text(
            f"id: pact-1\ntreaty: P\narticle: 1\nlanguage: {lang}\n---\nTexte.\n", encoding="utf-8"
        )
    several = r"names several files: pact-1\.de, pact-1\.fr"
    with pytest.raises(ReferenceNotFoundError, match=several):
        resolve("pact-1", [tmp_path])
    (tmp_path / "pact-1.de.txt").unlink()
    assert resolve("pact-1", [tmp_path]).ref == "pact-1.fr"


def test_unknown_reference_suggests_close_names() -> None:
    with pytest.raises(ReferenceNotFoundError, match="did you mean nato-5"):
        resolve("nato-55")


def test_a_reference_cannot_leave_the_treaty_folders() -> None:
    with pytest.raises(ReferenceNotFoundError, match="cannot leave"):
        resolve("../../x")
    with pytest.raises(ReferenceNotFoundError, match="cannot leave"):
        resolve("../treaties/nato-5.en")


def test_environment_folder_is_searched_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CLAUSECMP_TREATIES", str(EXTRA))
    monkeypatch.chdir(tmp_path)  # no ./treaties here: the shipped corpus is still found
    assert resolve("extra-1").ref == "extra-1.en"
    assert resolve("nato-5").path.parent == PACKAGE_CORPUS


def test_missing_environment_folder_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUSECMP_TREATIES", "/no/such/folder")
    with pytest.raises(TreatyFileError, match="does not exist"):
        resolve("nato-5")


def test_metadata_for_the_parser() -> None:
    meta = resolve("nato-5").meta_for_parser()
    assert meta["ref"] == "nato-5.en" and meta["id"] == "nato-5" and meta["article"] == "5"
    assert isinstance(meta["parties"], list) and meta["signed"] == "1949-04-04"
