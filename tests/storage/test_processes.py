"""Several processes on one library, and a writer killed at random moments."""

import contextlib
import random
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from storage.errors import ConflictError, LibraryBusyError
from storage.library import Library
from workshop.case import CampaignCase
from workshop.session import Session

PROJECT = Path(__file__).resolve().parents[2]
GUARD_SECONDS = 60
"""How long a helper process may take before the test gives up on it (not an assertion)."""

HEADER = """
import sys
import time
from pathlib import Path

from storage.library import Library
from workshop.case import CampaignCase
from workshop.session import Session

library = Library.open(Path(sys.argv[1]))
"""

WRITER = (
    HEADER
    + """
prefix, count = sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()  # wait for "go", so both writers start together
for n in range(count):
    library.add(Session(case=CampaignCase(campaign=f"{prefix}-{n:03d}")))
    time.sleep(0.002)  # let the other writer take the lock between two adds
print("done", flush=True)
"""
)

EDITOR = (
    HEADER
    + """
session = library.get(sys.argv[2])
library.save(session.model_copy(update={"notes": "Saved by the other process."}))
"""
)

LOCK_HOLDER = """
import sys
import filelock

with filelock.FileLock(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.readline()
"""

CRASHING_WRITER = """
import sys
from pathlib import Path

from storage.library import Library
from workshop.case import CampaignCase
from workshop.session import Session

print("ready", flush=True)
prefix = sys.stdin.readline().strip()  # started ahead of time, it opens the library only now
if not prefix:  # the test ended without using this writer
    sys.exit(0)
library = Library.open(Path(sys.argv[1]))
first = library.get(sys.argv[2])
n = 0
while True:
    title = f"{prefix}-{n:05d}"
    library.add(Session(case=CampaignCase(campaign=title)))
    print(title, flush=True)  # the acknowledgement: only once add() has returned
    # Edit the first session too, growing and shrinking it, so a write changes the file from
    # near its start and is sometimes shorter than the one before.
    notes = "x" * (8000 if n % 2 else 10)
    first = library.save(first.model_copy(update={"notes": notes}))
    print(f"revision {first.revision}", flush=True)
    n += 1
"""


def start(script: str, *args: str) -> "subprocess.Popen[str]":
    """Run `script` in a new Python process with `args`, talking over pipes."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=PROJECT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def expect_line(process: "subprocess.Popen[str]", expected: str) -> None:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if line != expected:
        process.kill()
        _, errors = process.communicate(timeout=GUARD_SECONDS)
        pytest.fail(f"helper process said {line!r}, not {expected!r}:\n{errors}")


def finish(process: "subprocess.Popen[str]") -> str:
    """Wait for `process`; its output, or fail with its errors."""
    out, errors = process.communicate(timeout=GUARD_SECONDS)
    assert process.returncode == 0, errors
    return out


def titles(path: Path) -> list[str]:
    with Library.open(path) as library:
        return [summary.title for summary in library.summaries()]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "library.json"


def test_two_processes_adding_at_once_lose_nothing(path: Path) -> None:
    """Two processes adding 40 sessions each at the same time leave all 80 in a valid file."""
    count = 40
    Library.open(path).close()
    writers = [start(WRITER, str(path), prefix, str(count)) for prefix in ("a", "b")]
    for writer in writers:
        expect_line(writer, "ready")
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        assert finish(writer).split() == ["done"]

    in_file = len(orjson.loads(path.read_bytes())["sessions"])
    assert in_file == 2 * count
    expected = {f"{prefix}-{n:03d}" for prefix in ("a", "b") for n in range(count)}
    found = titles(path)
    assert sorted(found) == sorted(expected)


def test_a_save_from_another_process_makes_this_copy_stale(path: Path) -> None:
    """A session another process saved since it was loaded here cannot be saved over."""
    with Library.open(path) as library:
        loaded = library.add(Session(case=CampaignCase(campaign="Spring sale")))
        assert library.get(loaded.id) == loaded
        finish(start(EDITOR, str(path), loaded.id))
        with pytest.raises(ConflictError, match="Spring sale"):
            library.save(loaded.model_copy(update={"notes": "Saved here."}))
        kept = library.get(loaded.id)
    assert kept.notes == "Saved by the other process."
    assert kept.revision == 2


@contextlib.contextmanager
def lock_held_elsewhere(path: Path) -> Iterator[None]:
    """The library's lock, held by another process for the duration of the block."""
    holder = start(LOCK_HOLDER, f"{path}.lock")
    try:
        expect_line(holder, "locked")
        yield
    finally:
        finish(holder)


def test_a_lock_held_too_long_makes_the_library_busy(path: Path) -> None:
    """While another process holds the lock past lock_timeout, opening or changing is refused."""
    with Library.open(path, lock_timeout=0.2) as library:
        stored = library.add(Session(case=CampaignCase(campaign="Spring sale")))
        before = path.read_bytes()
        with lock_held_elsewhere(path):
            with pytest.raises(LibraryBusyError) as opening:
                Library.open(path, lock_timeout=0.2)
            with pytest.raises(LibraryBusyError) as saving:
                library.save(stored.model_copy(update={"notes": "Blocked."}))
            with pytest.raises(LibraryBusyError):
                library.add(Session(case=CampaignCase(campaign="Blocked too")))
        assert path.read_bytes() == before
        assert str(path) in str(opening.value)
        assert "Nothing was changed" in str(saving.value)
        assert library.get(stored.id) == stored
        assert library.save(stored).revision == 2


def seed_library(path: Path, size: int) -> str:
    """A library of at least `size` bytes, so each write takes a while; its first session's id."""
    with Library.open(path) as library:
        first = library.add(Session(case=CampaignCase(campaign="seed-0"), notes="x" * 8000))
        n = 1
        while path.stat().st_size < size:
            library.add(Session(case=CampaignCase(campaign=f"seed-{n}"), notes="x" * 8000))
            n += 1
    return first.id


def test_a_writer_killed_at_random_never_loses_an_acknowledged_session(path: Path) -> None:
    """After each of 60 SIGKILLs at random moments, the library opens and holds every ack."""
    kills = 60
    first_id = seed_library(path, 200_000)
    rng = random.Random(1729)
    acknowledged: set[str] = set()
    acknowledged_revision = 1
    killed_mid_write = 0
    # Each writer is started while the one before runs, so its start-up (Python, imports) is not
    # waited for; it touches the library only once told its prefix.
    following = start(CRASHING_WRITER, str(path), first_id)
    try:
        for round_ in range(kills):
            prefix = f"w{round_:02d}"
            writer = following
            assert (
                writer.stdin is not None and writer.stdout is not None and writer.stderr is not None
            )
            expect_line(writer, "ready")
            writer.stdin.write(f"{prefix}\n")
            writer.stdin.flush()
            if round_ + 1 < kills:
                following = start(CRASHING_WRITER, str(path), first_id)
            expect_line(writer, f"{prefix}-00000")
            acknowledged.add(f"{prefix}-00000")
            try:
                writer.wait(timeout=rng.uniform(0.0, 0.3))
            except subprocess.TimeoutExpired:
                writer.send_signal(signal.SIGKILL)
            # Read through the text wrappers: communicate() would skip what readline() buffered.
            for line in writer.stdout.read().splitlines():
                if line.startswith("revision "):
                    acknowledged_revision = int(line.split()[1])
                else:
                    acknowledged.add(line)
            errors = writer.stderr.read()
            assert writer.wait(timeout=GUARD_SECONDS) == -signal.SIGKILL, errors

            strays = list(path.parent.glob(f".{path.name}.*.tmp"))
            killed_mid_write += bool(strays)
            orjson.loads(path.read_bytes())
            with Library.open(path) as library:
                missing = acknowledged - {summary.title for summary in library.summaries()}
                assert not missing, (
                    f"kill {round_ + 1}: acknowledged, then lost: {sorted(missing)[:5]}"
                )
                assert library.get(first_id).revision >= acknowledged_revision
            assert not any(stray.exists() for stray in strays)
    finally:
        if following.poll() is None:  # a test that failed leaves the next writer unused
            following.kill()
            following.communicate(timeout=GUARD_SECONDS)
    print(f"{killed_mid_write} of {kills} kills landed mid-write; {len(acknowledged)} adds kept")
