"""`rootcause export` and `rootcause import`: pages, files, the JSON round trip, bad imports."""

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workshop.content import labels as L
from workshop.sample import sample_session

Cli = Callable[..., Any]
Listing = Callable[[], list[dict[str, Any]]]

PAGE_TITLE = f"# Post-mortem: {sample_session('en').title}\n"
NOTES_HEADING = f"## {L.NOTES.text('en')}\n"
NOTES_TEXT = sample_session("en").notes.split(".")[0]
"""The first sentence of the sample's notes; it has no character the page escapes."""


# -- export to the terminal -------------------------------------------------------------------


def test_export_prints_the_markdown_page(cli: Cli, sample_id: str) -> None:
    """`export ID` prints the session's Markdown page, starting with its H1 title."""
    done = cli("export", sample_id)
    assert done.code == 0
    assert done.out.startswith(PAGE_TITLE)
    assert "\n## " in done.out
    assert done.out.endswith("\n")
    assert done.err == ""


def test_export_accepts_the_8_char_prefix_list_shows(cli: Cli, sample_id: str) -> None:
    """The 8-char id prefix printed by `list` exports the same page as the full id."""
    assert cli("list").out.startswith(sample_id[:8])
    by_prefix = cli("export", sample_id[:8])
    assert by_prefix.code == 0
    assert by_prefix.out == cli("export", sample_id).out


def test_export_of_an_unknown_id_fails_in_one_line(cli: Cli, sample_id: str) -> None:
    """An id no session has: exit 1, nothing on stdout, one stderr line naming the id."""
    unknown = "ffff0000" if not sample_id.startswith("ffff0000") else "0000ffff"
    done = cli("export", unknown)
    assert done.code == 1
    assert done.out == ""
    assert done.err_lines == [
        f"rootcause: no session matches '{unknown}'; 'rootcause list' shows the ids."
    ]


def test_export_of_an_ambiguous_prefix_fails_in_one_line(cli: Cli) -> None:
    """A prefix two sessions share: exit 1, one line saying how many match, nothing exported."""
    ids: list[str] = []
    # 16 hex digits: by the 17th sample, two ids must start alike.
    while len({i[0] for i in ids}) == len(ids) and len(ids) <= 16:
        ids.append(cli("sample").out.strip())
    shared = next(c for c in "0123456789abcdef" if sum(i.startswith(c) for i in ids) > 1)
    count = sum(i.startswith(shared) for i in ids)
    done = cli("export", shared)
    assert done.code == 1
    assert done.out == ""
    assert done.err_lines == [
        f"rootcause: '{shared}' matches {count} sessions; type more of the id."
    ]


# -- export to a file --------------------------------------------------------------------------


def test_export_output_writes_the_page_to_the_file(
    cli: Cli, sample_id: str, tmp_path: Path
) -> None:
    """`export -o FILE` writes the page to FILE, prints nothing, and the file is what stdout had."""
    target = tmp_path / "page.md"
    done = cli("export", sample_id, "-o", target)
    assert done.code == 0
    assert done.out == ""
    assert target.read_text(encoding="utf-8") == cli("export", sample_id).out


def test_export_output_refuses_to_replace_a_file_without_force(
    cli: Cli, sample_id: str, tmp_path: Path
) -> None:
    """A second `export -o FILE` without --force: exit 1, says to add --force, file untouched."""
    target = tmp_path / "page.md"
    target.write_bytes(b"my own notes, not to be lost\n")
    done = cli("export", sample_id, "-o", target)
    assert done.code == 1
    assert done.err_lines == [f"rootcause: {target} already exists; add --force to replace it."]
    assert target.read_bytes() == b"my own notes, not to be lost\n"


def test_export_output_with_force_replaces_the_file(
    cli: Cli, sample_id: str, tmp_path: Path
) -> None:
    """`export -o FILE --force` replaces an existing FILE with the page."""
    target = tmp_path / "page.md"
    target.write_bytes(b"old\n")
    done = cli("export", sample_id, "-o", target, "--force")
    assert done.code == 0
    assert target.read_text(encoding="utf-8").startswith(PAGE_TITLE)


def test_exported_page_is_readable_as_the_umask_allows(
    cli: Cli, sample_id: str, tmp_path: Path
) -> None:
    """A new exported page gets the umask's usual mode (unlike the private library)."""
    target = tmp_path / "page.md"
    old = os.umask(0o022)
    try:
        assert cli("export", sample_id, "-o", target).code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_replacing_a_page_keeps_its_mode(cli: Cli, sample_id: str, tmp_path: Path) -> None:
    """`--force` over an existing page keeps that file's permissions."""
    target = tmp_path / "page.md"
    target.write_bytes(b"old\n")
    target.chmod(0o640)
    assert cli("export", sample_id, "-o", target, "--force").code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_export_output_into_a_missing_folder_fails_in_one_line(
    cli: Cli, sample_id: str, tmp_path: Path
) -> None:
    """A FILE whose folder does not exist: exit 1, one line naming it, nothing created."""
    target = tmp_path / "no-such-folder" / "page.md"
    done = cli("export", sample_id, "-o", target)
    assert done.code == 1
    assert len(done.err_lines) == 1
    assert done.err.startswith(f"rootcause: cannot write {target}: ")
    assert not target.parent.exists()


def test_front_matter_starts_the_page_with_yaml(cli: Cli, sample_id: str) -> None:
    """`--front-matter` puts a YAML block before the H1; without it the page starts with it."""
    done = cli("export", sample_id, "--front-matter")
    assert done.code == 0
    assert done.out.startswith("---\n")
    assert f"\n---\n\n{PAGE_TITLE}" in done.out
    assert not cli("export", sample_id).out.startswith("---")


def test_notes_section_appears_only_with_the_notes_option(cli: Cli, sample_id: str) -> None:
    """The facilitator's notes are in the page with --notes, and nowhere in it without."""
    assert NOTES_TEXT.startswith("Eight people")  # the sample still has notes
    with_notes = cli("export", sample_id, "--notes").out
    without = cli("export", sample_id).out
    assert NOTES_HEADING in with_notes
    assert NOTES_TEXT in with_notes
    assert NOTES_HEADING not in without
    assert NOTES_TEXT not in without


# -- the JSON round trip -----------------------------------------------------------------------


def test_json_export_imports_as_a_new_session_with_the_same_page(
    cli: Cli, listing: Listing, sample_id: str, export_file: Path
) -> None:
    """`export --format json` then `import`: a new id, and exactly the original's Markdown page."""
    envelope = json.loads(export_file.read_text(encoding="utf-8"))
    assert envelope["format"] == "rootcause-session"
    done = cli("import", export_file)
    assert done.code == 0
    new_id = done.out.strip()
    assert len(new_id) == 32
    assert new_id != sample_id
    assert {s["id"] for s in listing()} == {sample_id, new_id}
    for options in ([], ["--notes", "--front-matter"]):
        original = cli("export", sample_id, *options).out
        assert original.startswith(("# ", "---"))
        assert cli("export", new_id, *options).out == original


# -- imports that must fail ----------------------------------------------------------------------


def _broken_export(export_file: Path, breaks: Callable[[dict[str, Any]], None]) -> bytes:
    envelope = json.loads(export_file.read_text(encoding="utf-8"))
    breaks(envelope["session"])
    return json.dumps(envelope).encode()


def _unknown_why_key(session: dict[str, Any]) -> None:
    session["whys"][1]["blame"] = "Bob"


def _bad_lesson_category(session: dict[str, Any]) -> None:
    session["lessons"][0]["category"] = "nope"


BAD_IMPORTS: dict[str, tuple[Callable[[Path], bytes | None], str]] = {
    "missing": (lambda _: None, "cannot read"),
    "not-json": (lambda _: b"# Post-mortem\n\nnot JSON {", "not valid JSON"),
    "not-utf8": (lambda _: b"\xff\xfe\x00garbage", "not valid JSON"),
    "not-an-export": (lambda _: b'{"format": "something-else", "id": 1}', "not a rootcause"),
    "no-session": (lambda _: b'{"format": "rootcause-session"}', "session: missing"),
    "unknown-key": (
        lambda f: _broken_export(f, _unknown_why_key),
        "session.whys.1.blame: Extra inputs are not permitted",
    ),
    "bad-category": (
        lambda f: _broken_export(f, _bad_lesson_category),
        "session.lessons.0.category: ",
    ),
}


@pytest.mark.parametrize("case", BAD_IMPORTS)
def test_a_bad_import_fails_in_one_line_and_leaves_the_library_alone(
    cli: Cli, library_env: Path, export_file: Path, tmp_path: Path, case: str
) -> None:
    """A file that is not a valid export: exit 1, one line naming it and the fault, no change."""
    make, fault = BAD_IMPORTS[case]
    path = tmp_path / f"{case}.json"
    content = make(export_file)
    if content is not None:
        path.write_bytes(content)
    library_before = library_env.read_bytes()
    listed_before = cli("list", "--json").out
    done = cli("import", path)
    assert done.code == 1
    assert done.out == ""
    assert len(done.err_lines) == 1, done.err
    assert "Traceback" not in done.err
    assert done.err.startswith("rootcause: ")
    assert str(path) in done.err
    assert fault in done.err
    assert cli("list", "--json").out == listed_before
    assert library_env.read_bytes() == library_before


def test_a_bad_import_is_explained_in_french(
    cli: Cli, export_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ROOTCAUSE_LANG=fr the import error is French and still names the field's path."""
    monkeypatch.setenv("ROOTCAUSE_LANG", "fr")
    path = tmp_path / "bad.json"
    path.write_bytes(_broken_export(export_file, _unknown_why_key))
    done = cli("import", path)
    assert done.code == 1
    assert done.err_lines == [
        f"rootcause : {path} ne peut pas être importé : session.whys.1.blame : champ inconnu"
    ]


def test_a_deeply_nested_import_fails_in_one_line(cli: Cli, tmp_path: Path) -> None:
    """A JSON file nested 100,000 levels deep is refused in one line, not with a traceback."""
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    done = cli("import", path)
    assert done.code == 1
    assert len(done.err_lines) == 1
    assert str(path) in done.err


def test_an_import_error_naming_a_hostile_key_stays_on_one_line(
    cli: Cli, export_file: Path, tmp_path: Path
) -> None:
    """An unknown key holding a newline and an ANSI escape is reported on one line, without ESC."""

    def hostile_key(session: dict[str, Any]) -> None:
        session["whys"][0]["x\nrootcause: imported\x1b[2K"] = 1

    path = tmp_path / "hostile-key.json"
    path.write_bytes(_broken_export(export_file, hostile_key))
    done = cli("import", path)
    assert done.code == 1
    assert "\x1b" not in done.err
    assert len(done.err_lines) == 1, repr(done.err)


def test_an_import_with_a_naive_timestamp_keeps_list_working(
    cli: Cli, listing: Listing, sample_id: str, export_file: Path, tmp_path: Path
) -> None:
    """A timestamp without a time zone is refused in one line naming the field (exit 1);
    nothing is added, and `list` keeps working after."""

    def naive(session: dict[str, Any]) -> None:
        session["updated_at"] = "2026-01-05T10:00:00"

    path = tmp_path / "naive.json"
    path.write_bytes(_broken_export(export_file, naive))
    done = cli("import", path)
    assert done.code == 1
    assert done.out == ""
    assert len(done.err_lines) == 1
    assert f"{path} cannot be imported: session.updated_at: " in done.err
    listed = cli("list")
    assert listed.code == 0, listed.err
    assert [s["id"] for s in listing()] == [sample_id]
