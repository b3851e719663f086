"""The library's behaviour, the same in memory and on a file."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.errors import (
    AmbiguousSessionError,
    ConflictError,
    LibraryError,
    SessionNotFoundError,
)
from storage.library import Library
from workshop.case import CampaignCase
from workshop.session import Session, WhyNode

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def session_titled(title: str, *, updated_at: datetime = LONG_AGO) -> Session:
    """A small session whose campaign is `title`."""
    return Session(case=CampaignCase(campaign=title), created_at=updated_at, updated_at=updated_at)


def test_add_gives_a_new_id_and_revision_1(library: Library) -> None:
    """add stores the session under a fresh id, at revision 1, and returns it as stored."""
    draft = session_titled("Spring sale")
    stored = library.add(draft)
    again = library.add(draft)
    assert stored.id != draft.id
    assert again.id not in {stored.id, draft.id}
    assert stored.revision == 1
    assert stored.title == "Spring sale"
    assert library.get(stored.id).revision == 1


def test_get_returns_what_was_added(library: Library) -> None:
    """get gives back the stored session, field for field."""
    draft = session_titled("Spring sale").model_copy(
        update={
            "problem": "Sign-ups were 40% under target.",
            "notes": "Ask finance for the real spend.",
            "whys": [WhyNode(id="w1", answer="The landing page was slow", root_cause=True)],
        }
    )
    stored = library.add(draft)
    assert library.get(stored.id) == stored
    assert library.get(stored.id).whys[0].answer == "The landing page was slow"


def test_save_bumps_revision_and_updated_at(library: Library) -> None:
    """save stores the edit at the next revision with a newer updated_at."""
    stored = library.add(session_titled("Spring sale"))
    saved = library.save(stored.model_copy(update={"problem": "Too few sign-ups."}))
    assert saved.revision == 2
    assert saved.updated_at > LONG_AGO
    kept = library.get(stored.id)
    assert kept == saved
    assert kept.problem == "Too few sign-ups."
    assert library.save(kept).revision == 3


def test_saving_a_stale_copy_is_refused(library: Library) -> None:
    """Saving a copy older than the stored session raises ConflictError and changes nothing."""
    stored = library.add(session_titled("Spring sale"))
    first, second = library.get(stored.id), library.get(stored.id)
    saved = library.save(first.model_copy(update={"problem": "From the first window."}))
    with pytest.raises(ConflictError, match="Spring sale") as raised:
        library.save(second.model_copy(update={"problem": "From the second window."}))
    assert "not saved" in str(raised.value)
    assert library.get(stored.id) == saved


def test_saving_an_unknown_session_raises_not_found(library: Library) -> None:
    """save of a session that was never added raises SessionNotFoundError and stores nothing."""
    with pytest.raises(SessionNotFoundError):
        library.save(session_titled("Never added"))
    assert library.summaries() == []


def test_resolve_by_full_id_and_unique_prefix(library: Library) -> None:
    """resolve finds a session by its whole id or by a prefix only it has."""
    one = library.add(session_titled("One"))
    other = library.add(session_titled("Other"))
    assert library.resolve(one.id) == one.id
    assert library.resolve(f"  {other.id}\n") == other.id
    prefix = next(
        one.id[:n] for n in range(1, len(one.id) + 1) if not other.id.startswith(one.id[:n])
    )
    assert library.resolve(prefix) == one.id


def test_resolve_unknown_raises_not_found(library: Library) -> None:
    """resolve of an id no session has, or of nothing, raises SessionNotFoundError."""
    library.add(session_titled("One"))
    with pytest.raises(SessionNotFoundError, match="zzz"):
        library.resolve("zzz")
    with pytest.raises(SessionNotFoundError):
        library.resolve("  ")


def test_resolve_ambiguous_prefix(library: Library) -> None:
    """A prefix two sessions share raises AmbiguousSessionError with how many it matches."""
    first_chars: list[str] = []
    # Ids are random hex: by the 17th session two of them start with the same character.
    while len(set(first_chars)) == len(first_chars):
        first_chars.append(library.add(session_titled("Same start")).id[0])
    shared = first_chars[-1]
    with pytest.raises(AmbiguousSessionError, match=f"'{shared}' matches 2 sessions"):
        library.resolve(shared)


def test_summaries_most_recent_first(library: Library) -> None:
    """summaries list every session, most recently changed first, with title, step and causes."""
    old = library.add(session_titled("Old", updated_at=datetime(2021, 1, 1, tzinfo=UTC)))
    mid = library.add(session_titled("Mid", updated_at=datetime(2022, 1, 1, tzinfo=UTC)))
    library.add(session_titled("New", updated_at=datetime(2023, 1, 1, tzinfo=UTC)))
    assert [s.title for s in library.summaries()] == ["New", "Mid", "Old"]

    edited = old.model_copy(
        update={
            "step": "whys",
            "whys": [
                WhyNode(id="w1", answer="Wrong audience", root_cause=True),
                WhyNode(id="w2", answer="A guess"),
                WhyNode(id="w3", answer="No budget for tests", root_cause=True),
            ],
        }
    )
    library.save(edited)
    summaries = library.summaries()
    assert [s.title for s in summaries] == ["Old", "New", "Mid"]
    top = summaries[0]
    assert top.id == old.id
    assert top.step == "whys"
    assert top.root_causes == ("Wrong audience", "No budget for tests")
    assert summaries[2].id == mid.id
    assert summaries[2].step == "case"
    assert summaries[2].root_causes == ()


def test_delete_moves_to_trash(library: Library) -> None:
    """delete takes a session out of the list and into the trash, with the time it was deleted."""
    kept = library.add(session_titled("Kept"))
    gone = library.add(session_titled("Gone"))
    library.delete(gone.id)
    assert [s.id for s in library.summaries()] == [kept.id]
    with pytest.raises(SessionNotFoundError):
        library.get(gone.id)
    trashed = library.trashed()
    assert [(summary.id, summary.title) for summary, _ in trashed] == [(gone.id, "Gone")]
    assert trashed[0][1] is not None


def test_restore_brings_it_back_identical(library: Library) -> None:
    """restore puts a deleted session back exactly as it was and empties it from the trash."""
    stored = library.add(session_titled("Spring sale"))
    saved = library.save(stored.model_copy(update={"notes": "Keep this."}))
    library.delete(saved.id)
    restored = library.restore(saved.id)
    assert restored == saved
    assert library.get(saved.id) == saved
    assert library.trashed() == []
    assert library.save(restored).revision == saved.revision + 1


def test_purge_removes_for_good(library: Library) -> None:
    """purge deletes a trashed session so it can be neither listed nor restored."""
    stored = library.add(session_titled("Spring sale"))
    library.delete(stored.id)
    library.purge(stored.id)
    assert library.trashed() == []
    assert library.summaries() == []
    with pytest.raises(SessionNotFoundError):
        library.restore(stored.id)


@pytest.mark.parametrize("operation", ["delete", "restore", "purge"])
def test_unknown_ids_raise_not_found(library: Library, operation: str) -> None:
    """delete, restore and purge of an id the library does not hold raise SessionNotFoundError."""
    stored = library.add(session_titled("Spring sale"))
    with pytest.raises(SessionNotFoundError, match="no-such-id") as raised:
        getattr(library, operation)("no-such-id")
    assert isinstance(raised.value, LibraryError)
    assert library.get(stored.id) == stored


def test_restore_and_purge_need_the_session_in_the_trash(library: Library) -> None:
    """A session that is in the list, not the trash, can be neither restored nor purged."""
    stored = library.add(session_titled("Spring sale"))
    with pytest.raises(SessionNotFoundError):
        library.restore(stored.id)
    with pytest.raises(SessionNotFoundError):
        library.purge(stored.id)
    assert library.get(stored.id) == stored


def test_add_all_stores_every_session_under_new_ids(tmp_path: Path) -> None:
    """Many sessions added in one write are all there, each with its own new id, as read anew."""
    path = tmp_path / "library.json"
    sessions = [Session(case=CampaignCase(campaign=f"Campaign {n}")) for n in range(30)]
    with Library.open(path) as library:
        added = library.add_all(sessions)
    assert len({s.id for s in added}) == 30
    assert all(s.revision == 1 for s in added)
    with Library.open(path) as again:
        titles = sorted(s.title for s in again.summaries())
    assert titles == sorted(f"Campaign {n}" for n in range(30))
