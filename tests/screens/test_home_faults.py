"""The home screen when the library fails under it: a sentence on screen, never a traceback.

Each key of the home screen that reads or writes the library (Enter, s, n, d, e, u) meets a
session deleted by another process, a full disk, a lock held too long: the screen says why in
the interface language, keeps running, and shows the library as it is.
"""

import errno
from pathlib import Path

import pytest

from screens.app import RootcauseApp
from screens.home.screen import HomeScreen
from storage.errors import LibraryBusyError, LibraryError, SaveFailedError
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text
from workshop.sample import sample_session

DISK_FULL = SaveFailedError(Path("library.json"), OSError(errno.ENOSPC, "No space left on device"))
BUSY = LibraryBusyError(Path("library.json"))


def said(app: RootcauseApp) -> str:
    return " ".join(str(note.message) for note in app._notifications)


def failing(
    library: Library, method: str, error: LibraryError, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_: object, **__: object) -> None:
        raise error

    monkeypatch.setattr(library, method, fail)


@pytest.mark.parametrize("key", ["enter", "d", "e"])
async def test_a_session_deleted_elsewhere_is_said_not_crashed_on(tmp_path: Path, key: str) -> None:
    """Another process deletes the highlighted session; Enter, d or e says it has gone."""
    path = tmp_path / "library.json"
    with Library.open(path) as setup:
        gone = setup.add(sample_session("en"))
    async with running_app(path) as (app, pilot):
        with Library.open(path) as other:
            other.delete(gone.id)
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "no longer in the library" in said(app)
        assert "finished example" in screen_text(app)  # the list is read again: it is empty


@pytest.mark.parametrize(
    ("key", "language", "words"),
    [("s", "en", "could not save"), ("s", "fr", "impossible d'enregistrer")],
)
async def test_a_full_disk_on_the_sample_is_said_in_the_interface_language(
    library: Library, monkeypatch: pytest.MonkeyPatch, key: str, language: str, words: str
) -> None:
    failing(library, "add", DISK_FULL, monkeypatch)
    async with running_app(library, language=language) as (app, pilot):  # type: ignore[arg-type]
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert words in said(app)


async def test_a_busy_lock_on_delete_keeps_the_session_and_says_so(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = library.add(sample_session("en"))
    failing(library, "delete", BUSY, monkeypatch)
    async with running_app(library) as (app, pilot):
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "is busy" in said(app)
        assert "Deleted" not in said(app)
        await pilot.press("u")  # nothing was deleted: nothing to undo
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert [s.id for s in library.summaries()] == [kept.id]


async def test_a_full_disk_on_a_new_session_is_said(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing(library, "add", DISK_FULL, monkeypatch)
    async with running_app(library) as (app, pilot):
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Spring launch", "enter")
        await pilot.pause()
        await pilot.pause()
        assert "could not save" in said(app)
        assert isinstance(app.screen, HomeScreen)
    assert library.summaries() == []


async def test_a_failed_undo_keeps_the_session_to_restore(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """u while the lock is held says so; the next u, once it is free, restores the session."""
    kept = library.add(sample_session("en"))
    async with running_app(library) as (app, pilot):
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        restore = library.restore
        failing(library, "restore", BUSY, monkeypatch)
        await pilot.press("u")
        await pilot.pause()
        assert "is busy" in said(app)
        monkeypatch.setattr(library, "restore", restore)
        await pilot.press("u")
        await pilot.pause()
        assert kept.title in screen_text(app)
    assert [s.id for s in library.summaries()] == [kept.id]
