"""The anonymous round's rules: no trace of the author, nothing typed lost."""

import pytest

from workshop.limits import MAX_ENTRIES
from workshop.session import AnonymousEntry, Session
from workshop.steps.anonymous import (
    EmptyEntryError,
    add_entry,
    correct_entry,
    correct_held,
    held_text,
    hold_answer,
    merge_entries,
    put_in_at_random,
    toggle_discuss,
    toggle_link,
    with_round_ended,
)

PROMPT = "What went wrong?"


def typed_in_order(texts: list[str]) -> list[AnonymousEntry]:
    entries: list[AnonymousEntry] = []
    for text in texts:
        entries = add_entry(entries, PROMPT, text)
    return entries


def test_stored_order_does_not_follow_typing_order() -> None:
    """Over many rounds, the first entry typed ends up at every place, about equally often."""
    texts = ["first", "second", "third", "fourth", "fifth"]
    places = [0] * len(texts)
    same_as_typed = 0
    runs = 2000
    for _ in range(runs):
        stored = [e.text for e in typed_in_order(texts)]
        places[stored.index("first")] += 1
        same_as_typed += stored == texts
    expected = runs / len(texts)
    assert all(0.7 * expected < count < 1.3 * expected for count in places), places
    assert same_as_typed < runs * 0.05


def test_an_entry_holds_nothing_about_its_author() -> None:
    """A stored entry has its prompt, text and the group's marks: no name, no time, no order."""
    stored = add_entry([], PROMPT, "The launch date was political")[0]
    assert set(stored.model_dump()) == {
        "id",
        "prompt",
        "text",
        "count",
        "merged",
        "discuss",
        "links",
    }


def test_ids_carry_no_order() -> None:
    """Entry ids are random, so sorting by id does not give the typing order back."""
    texts = [str(n) for n in range(30)]
    entries = typed_in_order(texts)
    by_id = [e.text for e in sorted(entries, key=lambda e: e.id)]
    assert by_id != texts


@pytest.mark.parametrize("blank", ["", "   ", "\n\t \n"])
def test_blank_entries_are_refused(blank: str) -> None:
    """An entry with nothing in it is refused, not stored."""
    with pytest.raises(EmptyEntryError):
        add_entry([], PROMPT, blank)


def test_long_multiline_entries_are_kept_as_typed() -> None:
    """A long answer over several lines is stored exactly as typed."""
    text = "line one\nline two\n" + "x" * 100_000
    assert add_entry([], PROMPT, text)[0].text == text


def test_correcting_keeps_the_place() -> None:
    """The person who just typed may correct their entry; it stays where it was stored."""
    entries = typed_in_order(["a", "b", "c"])
    target = entries[1]
    corrected = correct_entry(entries, target.id, "b, corrected")
    assert [e.id for e in corrected] == [e.id for e in entries]
    assert corrected[1].text == "b, corrected"
    with pytest.raises(EmptyEntryError):
        correct_entry(entries, target.id, " ")


def test_merging_counts_and_keeps_both_texts() -> None:
    """Merging a duplicate counts it and keeps its text aside; nothing typed is lost."""
    entries = typed_in_order(["Data was stale", "stale data!", "Other"])
    keep = next(e for e in entries if e.text == "Data was stale")
    dup = next(e for e in entries if e.text == "stale data!")
    dup_marked = toggle_discuss(entries, dup.id)
    merged = merge_entries(dup_marked, keep.id, dup.id)
    assert len(merged) == 2
    kept = next(e for e in merged if e.id == keep.id)
    assert (kept.count, kept.merged, kept.discuss) == (2, ["stale data!"], True)


def test_marks_and_links_toggle() -> None:
    """An entry can be marked to discuss and tied to a why, and both can be undone."""
    entry = add_entry([], PROMPT, "x")
    marked = toggle_discuss(entry, entry[0].id)
    linked = toggle_link(marked, entry[0].id, "why-1")
    assert (linked[0].discuss, linked[0].links) == (True, ["why-1"])
    assert toggle_link(linked, entry[0].id, "why-1")[0].links == []


def test_links_must_point_to_existing_items() -> None:
    """A session refuses an entry linked to a why, SWOT item or lesson it does not have."""
    entries = toggle_link(add_entry([], PROMPT, "x"), "nope", "why-1")
    linked = toggle_link(entries, entries[0].id, "ghost")
    with pytest.raises(ValueError, match="unknown item"):
        Session(anonymous_entries=linked)


def test_held_answers_join_at_random_places() -> None:
    """Put in at the round's end, the first answer held lands at every place, the others kept in order."""
    stored = typed_in_order(["a", "b", "c"])
    places = [0] * 5
    for _ in range(2000):
        held = [AnonymousEntry(prompt=PROMPT, text="x"), AnonymousEntry(prompt=PROMPT, text="y")]
        result = [e.text for e in put_in_at_random(stored, held)]
        assert [t for t in result if t in "abc"] == [e.text for e in stored]
        places[result.index("x")] += 1
    assert all(0.7 * 400 < count < 1.3 * 400 for count in places), places


def test_holding_an_answer_leaves_the_session_alone() -> None:
    """A held answer is in the held list, with its id, and not in the session."""
    session = Session()
    held, entry_id = hold_answer(session, [], PROMPT, "Nobody owned it")
    assert held_text(held, entry_id) == "Nobody owned it"
    assert session.anonymous_entries == []
    corrected = correct_held(session, held, entry_id, "Nobody owned it!")
    assert held_text(corrected, entry_id) == "Nobody owned it!"
    ended = with_round_ended(session, corrected)
    assert [e.text for e in ended.anonymous_entries] == ["Nobody owned it!"]


def test_an_answer_the_session_could_not_take_is_refused_when_held() -> None:
    """Over the limit with the answers held before it, an answer is refused at once."""
    full = [AnonymousEntry(prompt=PROMPT, text=str(n)) for n in range(MAX_ENTRIES - 1)]
    session = Session(anonymous_entries=full)
    held, _ = hold_answer(session, [], PROMPT, "fits")
    with pytest.raises(ValueError, match=str(MAX_ENTRIES)):
        hold_answer(session, held, PROMPT, "one too many")
    with pytest.raises(EmptyEntryError):
        hold_answer(session, [], PROMPT, "  ")
