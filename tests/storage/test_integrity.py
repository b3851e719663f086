"""One bad session never holds the library: keys twice, undecodable text, ids that disagree.

Each library here is damaged by hand the way a sync tool merging two copies, a hand edit or an
editor saving in Latin-1 would; the test then checks what the user keeps: every session still in
the file after the next write, the damaged one named and kept as it was, the others working.
"""

import json
from pathlib import Path
from typing import Any

import orjson
import pytest

from storage import integrity
from storage.errors import (
    CopiesKeptNotice,
    DamagedKeptNotice,
    DamagedSessionError,
    IdRepairedNotice,
    MoreRepairsNotice,
)
from storage.integrity import DAMAGE_KEY, read_tables
from storage.library import Library
from workshop.case import CampaignCase
from workshop.session import Session


def two_sessions(path: Path) -> tuple[str, str, str]:
    """A library with 'Alpha' and 'Beta'; their ids and the file's text."""
    with Library.open(path) as library:
        alpha = library.add(Session(case=CampaignCase(campaign="Alpha")))
        beta = library.add(Session(case=CampaignCase(campaign="Beta")))
    return alpha.id, beta.id, path.read_text(encoding="utf-8")


def stored(path: Path) -> Any:
    """The sessions table of the file on disk, read exactly (the stdlib keeps no duplicate)."""
    return json.loads(path.read_bytes())["sessions"]


def titles(path: Path) -> list[str]:
    return sorted(str(doc["case"]["campaign"]) for doc in stored(path).values())


def write_something(library: Library) -> None:
    library.add(Session(case=CampaignCase(campaign="Gamma")))


# -- the fast read -------------------------------------------------------------------------------


def test_a_file_this_program_wrote_is_read_fast_and_found_sound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.json"
    two_sessions(path)

    def slow(raw: bytes) -> object:
        raise AssertionError("read exactly though the file is what this program writes")

    monkeypatch.setattr(integrity, "_read_exactly", slow)
    data, findings = read_tables(path.read_bytes())
    assert findings == []
    assert len(data["sessions"]) == 2


# -- a key twice -----------------------------------------------------------------------------------


def test_two_sessions_under_one_key_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    alpha, beta, text = two_sessions(path)
    path.write_text(text.replace(f'"{beta}":', f'"{alpha}":'), encoding="utf-8")
    with Library.open(path) as library:
        assert [type(n) for n in library.notices] == [CopiesKeptNotice]
        assert "Beta" in library.notices[0].text("en")
        assert "Beta" in library.notices[0].text("fr")
        # The copy whose id the key is keeps it; the other goes back under its own id.
        assert library.get(alpha).title == "Alpha"
        assert library.get(beta).title == "Beta"
        write_something(library)
    assert titles(path) == ["Alpha", "Beta", "Gamma"]


def test_a_session_merged_twice_with_different_edits_keeps_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    alpha, _, text = two_sessions(path)
    doc = json.loads(text)["sessions"][alpha]
    edited = {**doc, "case": {**doc["case"], "campaign": "Alpha edited elsewhere"}}
    merged = text.replace('"sessions":{', f'"sessions":{{"{alpha}":{json.dumps(edited)},', 1)
    path.write_text(merged, encoding="utf-8")
    with Library.open(path) as library:
        copy_ids = [s.id for s in library.summaries() if s.title == "Alpha edited elsewhere"]
        assert len(copy_ids) == 1 and copy_ids[0] != alpha
        assert library.get(copy_ids[0]).id == copy_ids[0]
        write_something(library)
    assert titles(path) == ["Alpha", "Alpha edited elsewhere", "Beta", "Gamma"]
    with Library.open(path) as again:  # the repair was written: nothing is found twice
        assert again.notices == []


def test_every_process_gives_the_copy_the_same_new_id(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    alpha, _, text = two_sessions(path)
    doc = json.loads(text)["sessions"][alpha]
    edited = {**doc, "case": {**doc["case"], "campaign": "Other"}}
    merged = text.replace('"sessions":{', f'"sessions":{{"{alpha}":{json.dumps(edited)},', 1)
    first, _ = read_tables(merged.encode())
    second, _ = read_tables(merged.encode())
    assert sorted(first["sessions"]) == sorted(second["sessions"])
    assert len(first["sessions"]) == 3


def test_the_same_session_twice_is_kept_once(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    alpha, _, text = two_sessions(path)
    doc = json.dumps(json.loads(text)["sessions"][alpha], separators=(",", ":"))
    path.write_text(text.replace('"sessions":{', f'"sessions":{{"{alpha}":{doc},', 1))
    with Library.open(path) as library:
        assert library.notices == []
        assert len(library.summaries()) == 2


def test_a_sessions_table_twice_is_merged(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    alpha, beta, text = two_sessions(path)
    data = json.loads(text)
    first = json.dumps({alpha: data["sessions"][alpha]})
    second = json.dumps({beta: data["sessions"][beta]})
    path.write_text(f'{{"meta":{json.dumps(data["meta"])},"sessions":{first},"sessions":{second}}}')
    with Library.open(path) as library:
        assert sorted(s.title for s in library.summaries()) == ["Alpha", "Beta"]


def test_a_field_twice_marks_only_that_session_damaged_and_keeps_both_values(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.json"
    alpha, beta, text = two_sessions(path)
    path.write_text(text.replace('"campaign":"Alpha"', '"campaign":"Old","campaign":"Alpha"'))
    with Library.open(path) as library:
        (notice,) = library.notices
        assert isinstance(notice, DamagedKeptNotice)
        assert "case.campaign" in notice.text("en") and "case.campaign" in notice.text("fr")
        with pytest.raises(DamagedSessionError) as refused:
            library.get(alpha)
        assert "case.campaign appears twice" in refused.value.text("en")
        assert "apparaît deux fois" in refused.value.text("fr")
        assert [s.damaged for s in library.summaries() if s.id == alpha] == [True]
        # The others work: read, edit, save.
        beta_session = library.get(beta)
        library.save(beta_session.model_copy(update={"case": CampaignCase(campaign="Beta 2")}))
        assert library.stored(alpha)["case"]["campaign"] == "Alpha"
    damage = stored(path)[alpha][DAMAGE_KEY]
    assert damage == [{"problem": "duplicate-key", "at": "case.campaign", "earlier": '"Old"'}]
    assert stored(path)[beta]["case"]["campaign"] == "Beta 2"


# -- undecodable text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "escaped"),
    [(b'"Al\\ud800pha"', "Al\\ud800pha"), (b'"Al\xe9pha"', "Al\\udce9pha")],
    ids=["lone-surrogate-escape", "latin-1-byte"],
)
def test_undecodable_text_damages_one_session_and_is_kept_as_escapes(
    tmp_path: Path, written: bytes, escaped: str
) -> None:
    path = tmp_path / "library.json"
    alpha, beta, text = two_sessions(path)
    path.write_bytes(text.encode().replace(b'"Alpha"', written))
    with Library.open(path) as library:
        (notice,) = library.notices
        assert "cannot be decoded" in notice.text("en")
        with pytest.raises(DamagedSessionError):
            library.get(alpha)
        assert library.get(beta).title == "Beta"
        write_something(library)  # the whole file is written again: orjson must accept it
    doc = stored(path)[alpha]
    assert doc["case"]["campaign"] == "Al\ufffdpha"
    assert doc[DAMAGE_KEY] == [{"problem": "undecodable", "at": "case.campaign", "text": escaped}]
    orjson.loads(path.read_bytes())  # valid UTF-8 JSON again


def test_an_undecodable_key_is_repaired_without_dropping_its_value(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    alpha, _, text = two_sessions(path)
    path.write_bytes(text.encode().replace(b'"campaign":"Alpha"', b'"campaign":"Alpha","x\xff":1'))
    with Library.open(path) as library:
        assert library.stored(alpha)["case"]["x\ufffd"] == 1
        with pytest.raises(DamagedSessionError):
            library.get(alpha)
        write_something(library)
    orjson.loads(path.read_bytes())


# -- ids that disagree ---------------------------------------------------------------------------


def test_a_session_carrying_another_ones_id_takes_its_key_and_saving_it_spares_the_other(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.json"
    alpha, beta, text = two_sessions(path)
    path.write_text(text.replace(f'"id":"{beta}"', f'"id":"{alpha}"'))
    with Library.open(path) as library:
        (notice,) = library.notices
        assert isinstance(notice, IdRepairedNotice)
        assert [s.id for s in library.summaries()].count(alpha) == 1
        copy = library.get(beta)
        assert copy.id == beta
        library.save(copy.model_copy(update={"case": CampaignCase(campaign="Beta saved")}))
    assert stored(path)[alpha]["case"]["campaign"] == "Alpha"
    assert stored(path)[beta]["case"]["campaign"] == "Beta saved"


def test_many_problems_are_told_in_a_few_lines(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        ids = [library.add(Session(case=CampaignCase(campaign=f"S{n}"))).id for n in range(9)]
    text = path.read_text()
    for session_id in ids:
        text = text.replace(f'"id":"{session_id}"', '"id":"same"')
    path.write_text(text)
    with Library.open(path) as library:
        assert len(library.notices) == integrity.NOTICES_SHOWN
        assert isinstance(library.notices[-1], MoreRepairsNotice)
        assert "5 more" in library.notices[-1].text("en")
        assert len({s.id for s in library.summaries()}) == 9


def test_the_trash_is_repaired_like_the_sessions(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    alpha, _, _ = two_sessions(path)
    with Library.open(path) as library:
        library.delete(alpha)
    text = path.read_text().replace('"campaign":"Alpha"', '"campaign":"Al\\udfffpha"')
    path.write_text(text)
    with Library.open(path) as library:
        assert len(library.trashed()) == 1
        with pytest.raises(DamagedSessionError):
            library.restore(alpha)
        write_something(library)
    orjson.loads(path.read_bytes())
