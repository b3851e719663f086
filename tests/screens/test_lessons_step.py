"""The lessons step at 80x24: lessons classified, tied to a cause, with the usual remedy."""

from pathlib import Path

from screens.dialogs.form import FormDialog
from screens.steps.lessons import LessonsScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.content.lessons import SUBTYPE_INFO
from workshop.session import Action, Lesson, Session, WhyNode

WHYS = [
    WhyNode(id="w1", answer="Few clicks on the emails"),
    WhyNode(id="w2", parent_id="w1", answer="Customer data [red]stale[/red]", root_cause=True),
]


def library_with(path: Path, **fields: object) -> str:
    """A session at the lessons step with `fields`, in the library at `path`; its id."""
    with Library.open(path) as library:
        return library.add(Session(step="lessons", whys=WHYS, **fields)).id


def lesson(lesson_id: str, **fields: object) -> Lesson:
    values: dict[str, object] = {"text": "Build personas", "category": "strategic"} | fields
    return Lesson(id=lesson_id, **values)


async def test_add_a_lesson_with_sub_type_and_cause(tmp_path: Path) -> None:
    """a, the text, a sub-type found by typing; the root cause is offered first and saved."""
    path = tmp_path / "library.json"
    session_id = library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"Refresh the CRM data", "tab", "enter", *"segm", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LessonsScreen)
        text = screen_text(app)
        assert "Refresh the CRM data" in text
        assert "Usual remedy: " + SUBTYPE_INFO["segmentation"].remedy.en in text
    saved = stored(path, session_id).lessons
    assert [(x.text, x.category, x.subtype, x.why_id) for x in saved] == [
        ("Refresh the CRM data", "strategic", "segmentation", "w2")
    ]


async def test_the_form_shows_the_remedy_of_the_chosen_sub_type(tmp_path: Path) -> None:
    """Choosing a sub-type in the form shows its usual remedy under the form at once."""
    path = tmp_path / "library.json"
    library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press("tab", "enter", *"mobile", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert SUBTYPE_INFO["mobile"].remedy.en in screen_text(app)


async def test_cause_is_shown_as_typed_in_the_form(tmp_path: Path) -> None:
    """A why answer with square brackets shows them, not as markup, in the cause choice."""
    path = tmp_path / "library.json"
    library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        assert "★ Customer data [red]stale[/red]" in screen_text(app)


async def test_other_cause_can_be_chosen(tmp_path: Path) -> None:
    """Moving down in the cause choice ties the lesson to a why that is not a root cause."""
    path = tmp_path / "library.json"
    session_id = library_with(path)
    async with running_app(path) as (_, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"Track clicks", "tab", "tab", "enter", "down", "enter", "ctrl+s")
        await pilot.pause()
    assert stored(path, session_id).lessons[0].why_id == "w1"


async def test_lesson_text_is_required(tmp_path: Path) -> None:
    """Saving an empty lesson names the problem and adds nothing."""
    path = tmp_path / "library.json"
    session_id = library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "Lesson: this cannot be empty." in screen_text(app)
        await pilot.press("escape")
    assert stored(path, session_id).lessons == []


async def test_edit_changes_the_category_and_keeps_the_text(tmp_path: Path) -> None:
    """e on a lesson, a new sub-type typed: category and sub-type change together."""
    path = tmp_path / "library.json"
    session_id = library_with(path, lessons=[lesson("l1", subtype="segmentation")])
    async with running_app(path) as (_, pilot):
        await pilot.press("enter", "e")
        await pilot.pause()
        await pilot.press("tab", "enter", *"wrong tone", "enter", "ctrl+s")
        await pilot.pause()
    saved = stored(path, session_id).lessons[0]
    assert (saved.id, saved.text, saved.category, saved.subtype) == (
        "l1",
        "Build personas",
        "communication",
        "tone",
    )


async def test_highlighted_lesson_shows_its_remedy(tmp_path: Path) -> None:
    """The hint under the table follows the cursor to the lesson's sub-type remedy."""
    path = tmp_path / "library.json"
    lessons = [
        lesson("l1", subtype="segmentation"),
        lesson("l2", category="operational", subtype="tracking"),
    ]
    library_with(path, lessons=lessons)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "down")
        await pilot.pause()
        assert SUBTYPE_INFO["tracking"].remedy.en in screen_text(app)
        assert SUBTYPE_INFO["segmentation"].remedy.en not in screen_text(app)


async def test_delete_then_undo_restores_the_lesson_and_its_actions_link(tmp_path: Path) -> None:
    """d removes the lesson and unlinks its action; u brings both back."""
    path = tmp_path / "library.json"
    actions = [Action(id="a1", what="Build personas", lesson_id="l1")]
    session_id = library_with(path, lessons=[lesson("l1")], actions=actions)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "d")
        await pilot.pause()
        assert app.open_workspace is not None
        session = app.open_workspace.session
        assert session.lessons == []
        assert session.actions[0].lesson_id is None
        assert "No lesson yet" in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        assert "Build personas" in screen_text(app)
    saved = stored(path, session_id)
    assert [x.id for x in saved.lessons] == ["l1"]
    assert saved.actions[0].lesson_id == "l1"


async def test_french_interface(tmp_path: Path) -> None:
    """In French, columns, categories, the remedy hint and the keys speak French."""
    path = tmp_path / "library.json"
    library_with(path, lessons=[lesson("l1", subtype="segmentation")])
    async with running_app(path, language="fr") as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Stratégique" in text
        assert "Remède habituel : " + SUBTYPE_INFO["segmentation"].remedy.fr in text
        labels = {a.binding.description for a in app.screen.active_bindings.values()}
        assert {"Ajouter", "Modifier"} <= labels


async def test_lesson_without_any_why_has_no_cause(tmp_path: Path) -> None:
    """With no 5 whys yet, a lesson can still be added; it has no cause."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        session_id = library.add(Session(step="lessons")).id
    async with running_app(path) as (_, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"Test on phones", "ctrl+s")
        await pilot.pause()
    saved = stored(path, session_id).lessons
    assert [(x.text, x.category, x.subtype, x.why_id) for x in saved] == [
        ("Test on phones", "strategic", None, None)
    ]
