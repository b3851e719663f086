"""The page of a session at the limits is written quickly, whatever the shape of its tree."""

import subprocess
import sys
from pathlib import Path

import pytest

from workshop.export.markdown import session_markdown
from workshop.limits import MAX_ITEMS, MAX_WHY_DEPTH
from workshop.session import Session, WhyNode
from workshop.steps.whys import hints, walk

PROJECT = Path(__file__).resolve().parents[2]

AT_THE_LIMITS = f"""
from workshop.export.markdown import session_markdown
from workshop.export.session_json import session_from_json, session_json
from workshop.session import Session, WhyNode

whys = []
for index in range({MAX_ITEMS}):
    parent = whys[-1].id if index % {MAX_WHY_DEPTH} else None  # chains as deep as allowed
    whys.append(WhyNode(parent_id=parent, answer=f"because {{index}}", root_cause=True))
session = Session(problem="p", whys=whys)
page = session_markdown(session)
assert session_from_json(session_json(session)) == session
print(page.count("\\n- ") + page.count("\\n    "))
"""


def test_the_page_of_a_session_at_the_limits_is_written_in_a_few_seconds() -> None:
    """500 whys in chains 50 deep: the page, and the JSON round trip, finish well in time."""
    done = subprocess.run(
        [sys.executable, "-c", AT_THE_LIMITS],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= MAX_ITEMS


class CountingList(list[WhyNode]):
    """A list of whys that counts how many answers are read from it."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for node in super().__iter__():
            CountingList.reads += 1
            yield node


def reads_for(count: int) -> int:
    whys = [WhyNode(id=f"w{i}", answer="a") for i in range(count)]
    session = Session.model_construct(**{**Session().__dict__, "whys": CountingList(whys)})
    CountingList.reads = 0
    session_markdown(session)
    return CountingList.reads


def test_the_page_reads_each_answer_a_fixed_number_of_times() -> None:
    """Ten times the whys, ten times the reads: the page is linear, not quadratic."""
    assert reads_for(1_000) == 10 * reads_for(100)


@pytest.mark.parametrize("length", [5_000])
def test_walks_over_a_deep_chain_need_no_recursion(length: int) -> None:
    """Even past the limit (an unchecked list), walking a chain and its hints never recurses."""
    whys: list[WhyNode] = []
    for index in range(length):
        whys.append(WhyNode(id=f"w{index}", parent_id=whys[-1].id if whys else None, answer="a"))
    assert [node.id for node in walk(whys)] == [node.id for node in whys]
    assert hints(whys, ["en"]) == []
    session = Session.model_construct(**{**Session().__dict__, "whys": whys})
    assert session_markdown(session).count("- a") == length
