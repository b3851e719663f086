"""Size limits: a session too deep, too long or too wordy is refused, naming the limit."""

import json
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from workshop.errors import refusal_reason
from workshop.export.session_json import InvalidSessionFileError, session_from_json, session_json
from workshop.limits import MAX_FILE_BYTES, MAX_ITEMS, MAX_SESSION_TEXT, MAX_TEXT, MAX_WHY_DEPTH
from workshop.sample import sample_session
from workshop.session import Session, WhyNode
from workshop.steps.editing import revised
from workshop.vocabulary import LANGUAGES, Language


def chain(length: int) -> list[WhyNode]:
    """One why under another, `length` deep."""
    nodes: list[WhyNode] = []
    for index in range(length):
        parent = nodes[-1].id if nodes else None
        nodes.append(WhyNode(id=f"w{index}", parent_id=parent, answer=f"because {index}"))
    return nodes


def refusal(update: dict[str, Any], language: Language) -> str:
    with pytest.raises(ValidationError) as refused:
        revised(sample_session("en"), **update)
    return refusal_reason(refused.value, language)


REFUSALS: dict[str, tuple[dict[str, Any], dict[Language, str]]] = {
    "deep": (
        {"whys": [n.model_dump() for n in chain(MAX_WHY_DEPTH + 1)]},
        {
            "en": f"the why tree is {MAX_WHY_DEPTH + 1} whys deep, more than the {MAX_WHY_DEPTH}",
            "fr": f"l'arbre des pourquoi a {MAX_WHY_DEPTH + 1} niveaux, plus que les "
            f"{MAX_WHY_DEPTH} permis",
        },
    ),
    "many": (
        {"swot": [{"kind": "threat", "text": "t"} for _ in range(MAX_ITEMS + 1)]},
        {
            "en": f"swot: {MAX_ITEMS + 1} items, more than the {MAX_ITEMS} allowed",
            "fr": f"swot : {MAX_ITEMS + 1} éléments, plus que les {MAX_ITEMS} permis",
        },
    ),
    "long": (
        {"problem": "x" * (MAX_TEXT + 1)},
        {
            "en": f"problem: {MAX_TEXT + 1} characters, more than the {MAX_TEXT} allowed",
            "fr": f"problem : {MAX_TEXT + 1} caractères, plus que les {MAX_TEXT} permis",
        },
    ),
    "wordy": (
        {"whys": [{"answer": "y" * MAX_TEXT} for _ in range(MAX_SESSION_TEXT // MAX_TEXT + 1)]},
        {"en": f"pass the {MAX_SESSION_TEXT} characters", "fr": f"les {MAX_SESSION_TEXT} car"},
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", REFUSALS)
def test_a_session_over_a_limit_is_refused_naming_it(case: str, language: Language) -> None:
    """A chain too deep, a list too long, a text too long, too much text: refused, in words."""
    update, expected = REFUSALS[case]
    assert expected[language] in refusal(update, language)


def test_kpis_count_as_a_list_of_the_case() -> None:
    """100,000 KPIs are refused, naming the case's KPIs and the limit."""
    case = {**sample_session("en").case.model_dump(), "kpis": [{"name": "k"}] * 100_000}
    assert refusal({"case": case}, "en").startswith(
        f"case.kpis: 100000 items, more than the {MAX_ITEMS}"
    )


def test_a_session_at_the_limits_is_accepted() -> None:
    """The deepest chain allowed, with as many items as allowed, is a valid session."""
    whys = chain(MAX_WHY_DEPTH) + [WhyNode(answer="side") for _ in range(MAX_ITEMS - MAX_WHY_DEPTH)]
    session = Session(whys=whys, problem="x" * MAX_TEXT)
    assert len(session.whys) == MAX_ITEMS


def test_the_sample_is_well_within_the_limits() -> None:
    """The sample post-mortem uses a small part of every limit."""
    for language in LANGUAGES:
        session = sample_session(language)
        assert len(session_json(session)) < MAX_SESSION_TEXT // 10


def envelope(session: dict[str, Any]) -> str:
    return json.dumps({"format": "rootcause-session", "session": session})


MONSTERS: dict[str, Callable[[dict[str, Any]], None]] = {
    "deep": lambda s: s.update(
        whys=[n.model_dump() for n in chain(MAX_ITEMS)], lessons=[], actions=[]
    ),
    "kpis": lambda s: s["case"].update(kpis=[{"name": f"k{i}"} for i in range(100_000)]),
}


@pytest.mark.parametrize("monster", MONSTERS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_import_over_a_limit_is_refused_in_one_line(monster: str, language: Language) -> None:
    """A 500-deep chain or 100,000 KPIs: the import is refused in one line naming the limit."""
    session = sample_session("en").model_dump(mode="json")
    for entry in session["anonymous_entries"]:
        entry["links"] = []
    MONSTERS[monster](session)
    with pytest.raises(InvalidSessionFileError) as refused:
        session_from_json(envelope(session))
    message = refused.value.text(language)
    assert "\n" not in message
    limit = MAX_WHY_DEPTH if monster == "deep" else MAX_ITEMS
    assert f" {limit} " in message
    assert (" permis" in message) == (language == "fr")


def test_a_file_too_big_is_refused_before_it_is_read() -> None:
    """A file over the size limit is refused naming both sizes, without parsing it."""
    with pytest.raises(InvalidSessionFileError) as refused:
        session_from_json(b"[" * (MAX_FILE_BYTES + 1))
    assert str(refused.value) == (
        f"the file is {MAX_FILE_BYTES + 1} bytes, more than the {MAX_FILE_BYTES} "
        "a session file may have"
    )
