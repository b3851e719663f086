"""Loading every session at once, and saving several in one write (as carrying an action does)."""

import json
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest

import storage.durable
from storage.errors import ConflictError, NewerLibraryError, SessionNotFoundError
from storage.library import Library
from workshop.board.follow_up import carry
from workshop.case import CampaignCase
from workshop.export.markdown import session_markdown
from workshop.session import SCHEMA_VERSION, Action, Session

PROJECT = Path(__file__).resolve().parents[2]
GUARD_SECONDS = 60
"""How long the helper process may take before the test gives up on it (not an assertion)."""

TODAY = date(2026, 5, 2)


def session_titled(title: str, **fields: Any) -> Session:
    """A small session whose campaign is `title`."""
    return Session(case=CampaignCase(campaign=title), **fields)


def noted(session: Session, notes: str) -> Session:
    return session.model_copy(update={"notes": notes})


def read_in_another_process(path: Path) -> dict[str, dict[str, Any]]:
    """Every session's revision and notes, as a new process opening the library reads them."""
    script = """
        import json, sys
        from pathlib import Path
        from storage.library import Library

        with Library.open(Path(sys.argv[1])) as library:
            loaded = library.sessions()
            print(json.dumps({
                s.id: {"revision": s.revision, "notes": s.notes} for s in loaded.sessions
            }))
    """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), str(path)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=GUARD_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, dict[str, Any]] = json.loads(done.stdout)
    return result


# -- sessions() ---------------------------------------------------------------------------


def test_sessions_returns_every_session(library: Library) -> None:
    """sessions() gives every stored session, validated and equal to what was stored."""
    stored = [library.add(session_titled(f"Campaign {n}")) for n in range(3)]
    loaded = library.sessions()
    assert sorted(loaded.sessions, key=lambda s: s.title) == stored
    assert loaded.unreadable == []


def test_sessions_of_an_empty_library_is_empty(library: Library) -> None:
    """An empty library has no sessions and nothing unreadable."""
    loaded = library.sessions()
    assert (loaded.sessions, loaded.unreadable) == ([], [])


def test_sessions_leaves_out_the_trash(library: Library) -> None:
    """A session moved to the trash is not among the sessions."""
    kept = library.add(session_titled("Kept"))
    library.delete(library.add(session_titled("Trashed")).id)
    assert library.sessions().sessions == [kept]


def test_a_damaged_session_is_named_apart_and_the_others_load(tmp_path: Path) -> None:
    """A session document broken by hand is listed as unreadable; the others still load."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        good = library.add(session_titled("Good"))
        bad = library.add(session_titled("Bad"))
    data = orjson.loads(path.read_bytes())
    data["sessions"][bad.id]["step"] = "no such step"
    data["sessions"][bad.id]["revision"] = -4
    path.write_bytes(orjson.dumps(data))
    with Library.open(path) as library:
        loaded = library.sessions()
    assert loaded.sessions == [good]
    assert loaded.unreadable == [bad.id]


# -- save_all() ---------------------------------------------------------------------------


def test_save_all_saves_every_session_and_bumps_each_revision(library: Library) -> None:
    """Both sessions are saved at their next revision, and returned as stored."""
    first = library.add(session_titled("First"))
    second = library.add(session_titled("Second"))
    saved = library.save_all([noted(first, "One."), noted(second, "Two.")])
    assert [(s.id, s.revision, s.notes) for s in saved] == [
        (first.id, 2, "One."),
        (second.id, 2, "Two."),
    ]
    assert library.get(first.id) == saved[0]
    assert library.get(second.id) == saved[1]
    assert saved[0].updated_at > first.updated_at


def test_save_all_writes_the_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two sessions saved together cost a single write of the library file."""
    with Library.open(tmp_path / "library.json") as library:
        first = library.add(session_titled("First"))
        second = library.add(session_titled("Second"))
        writes: list[Path] = []
        real_write = storage.durable.write_durably

        def counting(path: Path, payload: bytes, *, mode: int | None = None) -> None:
            writes.append(path)
            real_write(path, payload, mode=mode)

        monkeypatch.setattr(storage.durable, "write_durably", counting)
        library.save_all([noted(first, "One."), noted(second, "Two.")])
    assert writes == [tmp_path / "library.json"]


def test_another_process_sees_both_sessions_saved_together(tmp_path: Path) -> None:
    """A new process opening the library after save_all reads both changes."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        first = library.add(session_titled("First"))
        second = library.add(session_titled("Second"))
        library.save_all([noted(first, "One."), noted(second, "Two.")])
        seen_while_open = read_in_another_process(path)
    assert seen_while_open == {
        first.id: {"revision": 2, "notes": "One."},
        second.id: {"revision": 2, "notes": "Two."},
    }
    with Library.open(path) as reopened:
        assert reopened.get(first.id).notes == "One."
        assert reopened.get(second.id).notes == "Two."


def test_save_all_refuses_every_session_when_one_is_stale(tmp_path: Path) -> None:
    """One session changed elsewhere: ConflictError, and neither session changes on disk."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        fresh = library.add(session_titled("Fresh"))
        stale = library.add(session_titled("Stale"))
        with Library.open(path) as elsewhere:
            elsewhere.save(noted(elsewhere.get(stale.id), "Saved in another window."))
        before = path.read_bytes()
        with pytest.raises(ConflictError, match="Stale"):
            library.save_all([noted(fresh, "Lost."), noted(stale, "Lost too.")])
        assert library.get(fresh.id) == fresh
        assert library.get(stale.id).notes == "Saved in another window."
    assert path.read_bytes() == before
    assert read_in_another_process(path) == {
        fresh.id: {"revision": 1, "notes": ""},
        stale.id: {"revision": 2, "notes": "Saved in another window."},
    }


def test_save_all_of_a_stale_session_in_memory_changes_nothing() -> None:
    """In memory too, a conflict on the second session leaves the first unsaved."""
    with Library.in_memory() as library:
        fresh = library.add(session_titled("Fresh"))
        stale = library.add(session_titled("Stale"))
        library.save(noted(stale, "Newer."))
        with pytest.raises(ConflictError):
            library.save_all([noted(fresh, "Lost."), noted(stale, "Lost too.")])
        assert library.get(fresh.id) == fresh
        assert library.get(stale.id).notes == "Newer."


def test_save_all_refuses_a_session_never_added(library: Library) -> None:
    """An unknown session in the batch raises SessionNotFoundError and nothing is saved."""
    known = library.add(session_titled("Known"))
    with pytest.raises(SessionNotFoundError):
        library.save_all([noted(known, "Lost."), session_titled("Never added")])
    assert library.sessions().sessions == [known]


def test_save_all_refuses_the_same_session_twice(library: Library) -> None:
    """Two copies of one session in the batch raise ValueError and nothing is saved."""
    stored = library.add(session_titled("Twice"))
    with pytest.raises(ValueError, match="twice"):
        library.save_all([noted(stored, "One."), noted(stored, "Two.")])
    assert library.get(stored.id) == stored


def test_save_all_is_refused_in_a_newer_library(tmp_path: Path) -> None:
    """A library from a newer rootcause is read-only for save_all too."""
    path = tmp_path / "library.json"
    with Library.open(path, version=SCHEMA_VERSION + 1) as newer:
        stored = newer.add(session_titled("From the future"))
    before = path.read_bytes()
    with Library.open(path) as library, pytest.raises(NewerLibraryError):
        library.save_all([noted(stored, "Lost.")])
    assert path.read_bytes() == before


def schema_2_library(path: Path) -> tuple[bytes, list[str]]:
    """Write a library as rootcause schema 2 stored it; its bytes and its session ids."""
    docs = {}
    for title in ("Spring sale", "Autumn launch"):
        session = session_titled(
            title, actions=[Action(id="a", what="Clean the CRM", status="done", result="Done.")]
        )
        doc = session.model_dump(mode="json")
        doc["schema_version"] = 2
        for action in doc["actions"]:
            for field in ("target_met", "closed_on", "carried_to", "carried_from"):
                del action[field]
        docs[session.id] = doc
    old = {"meta": {"library": {"format": "rootcause-library", "version": 2}}, "sessions": docs}
    path.write_bytes(orjson.dumps(old))
    return path.read_bytes(), list(docs)


def test_save_all_works_in_a_library_migrated_from_schema_2(tmp_path: Path) -> None:
    """A schema 2 library is backed up, migrated to 3 on open, and then saves several sessions."""
    path = tmp_path / "library.json"
    old_bytes, ids = schema_2_library(path)
    with Library.open(path) as library:
        loaded = library.sessions()
        assert loaded.unreadable == []
        assert {s.schema_version for s in loaded.sessions} == {SCHEMA_VERSION}
        library.save_all([noted(library.get(i), f"Saved {i}.") for i in ids])
    assert SCHEMA_VERSION == 3
    data = orjson.loads(path.read_bytes())
    assert data["meta"]["library"]["version"] == 3
    assert (tmp_path / "library.json.v2.bak").read_bytes() == old_bytes
    with Library.open(path) as reopened:
        assert [reopened.get(i).notes for i in ids] == [f"Saved {i}." for i in ids]
        assert reopened.get(ids[0]).actions[0].result == "Done."


def test_a_carried_action_survives_saving_reopening_and_export(tmp_path: Path) -> None:
    """Carry an action, save both sessions together, reopen the library: both pages show it."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        source = library.add(
            session_titled("Spring sale", actions=[Action(id="crm", what="Clean the CRM")])
        )
        target = library.add(session_titled("Autumn launch"))
        library.save_all(carry(source, "crm", target, TODAY))
    with Library.open(path) as reopened:
        kept_source, kept_target = reopened.get(source.id), reopened.get(target.id)
    carried = kept_source.actions[0]
    copy = kept_target.actions[0]
    assert (carried.status, carried.carried_to, carried.closed_on) == ("carried", target.id, TODAY)
    assert (copy.status, copy.carried_from, copy.what) == ("open", source.id, "Clean the CRM")
    assert "| carried forward 2026-05-02 |" in session_markdown(kept_source)
    assert "- [ ] Clean the CRM" not in session_markdown(kept_source)
    assert "Clean the CRM *(from an earlier session)*" in session_markdown(kept_target)
    assert "- [ ] Clean the CRM (unassigned)" in session_markdown(kept_target)
