"""The 5 whys step: growing, branching, marking and pruning the tree by keys, and its hints."""

from decimal import Decimal
from pathlib import Path

from textual.pilot import Pilot

from screens.app import RootcauseApp
from screens.steps.why_tree_widget import WhyTree
from screens.steps.whys import WhysScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.case import CampaignCase, Kpi
from workshop.session import Lesson, Session, WhyNode


def a_session(path: Path, **fields: object) -> Session:
    with Library.open(path) as library:
        return library.add(Session(step="whys", **fields))


def grown_tree() -> list[WhyNode]:
    """Few clicks -> dull content -> wrong segment (root cause); few clicks -> bad timing."""
    return [
        WhyNode(id="w1", answer="Few clicks"),
        WhyNode(id="w2", parent_id="w1", answer="Dull content", evidence="Survey"),
        WhyNode(id="w3", parent_id="w2", answer="Wrong segment", root_cause=True),
        WhyNode(id="w4", parent_id="w1", answer="Bad timing"),
    ]


async def open_step(app: RootcauseApp, pilot: Pilot[None]) -> WhysScreen:
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, WhysScreen)
    return app.screen


def tree_labels(screen: WhysScreen) -> list[str]:
    """The tree's labels from the root down, as the user reads them."""
    labels: list[str] = []
    pending = [screen.query_one(WhyTree).root]
    while pending:
        node = pending.pop(0)
        labels.append(str(node.label))
        pending[:0] = list(node.children)
    return labels


def selected(screen: WhysScreen) -> str | None:
    node = screen.query_one(WhyTree).cursor_node
    assert node is not None
    return node.data


async def type_answer(pilot: Pilot[None], key: str, text: str) -> None:
    """Press `key` to open the form, type `text` in its first field and submit it."""
    await pilot.press(key)
    await pilot.pause()
    await pilot.press(*text, "enter")
    await pilot.pause()


async def test_a_branching_tree_typed_by_keys_is_saved_exactly(tmp_path: Path) -> None:
    """p, a, a, o, a build the problem and a branching tree; a fresh read holds exactly that."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        await type_answer(pilot, "p", "Low conversion")
        await type_answer(pilot, "a", "Few clicks")
        await type_answer(pilot, "a", "Dull content")
        await type_answer(pilot, "o", "Bad timing")
        await type_answer(pilot, "a", "No send calendar")
        assert tree_labels(screen) == [
            "Problem: Low conversion",
            "Why 1 · Few clicks",
            "Why 2 · Dull content",
            "Why 2 · Bad timing",
            "Why 3 · No send calendar",
        ]
    saved = stored(path, session.id)
    assert saved.problem == "Low conversion"
    by_id = {node.id: node for node in saved.whys}
    shape = [
        (node.answer, by_id[node.parent_id].answer if node.parent_id else None)
        for node in saved.whys
    ]
    assert shape == [
        ("Few clicks", None),
        ("Dull content", "Few clicks"),
        ("Bad timing", "Few clicks"),
        ("No send calendar", "Bad timing"),
    ]


async def test_adding_keeps_the_new_answer_selected(tmp_path: Path) -> None:
    """After a and o, the cursor is on the answer just added."""
    path = tmp_path / "library.json"
    a_session(path, whys=grown_tree())
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("down", "down")
        assert selected(screen) == "w2"
        await type_answer(pilot, "o", "Too long")
        added = screen.session.whys[-2]
        assert added.answer == "Too long" and added.parent_id == "w1"
        assert selected(screen) == added.id


async def test_enter_edits_the_answer_in_place(tmp_path: Path) -> None:
    """Enter on an answer opens it; the change is saved and the answer stays selected."""
    path = tmp_path / "library.json"
    session = a_session(path, whys=grown_tree())
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Generic content", "enter")
        await pilot.pause()
        assert selected(screen) == "w2"
        assert "Why 2 · Generic content" in tree_labels(screen)[2]
    saved = stored(path, session.id).whys
    assert [n.answer for n in saved] == [
        "Few clicks",
        "Generic content",
        "Wrong segment",
        "Bad timing",
    ]
    assert saved[1].evidence == "Survey"


async def test_root_cause_mark_toggles(tmp_path: Path) -> None:
    """r marks the selected answer as a root cause, shown in its label; r again unmarks it."""
    path = tmp_path / "library.json"
    session = a_session(path, whys=grown_tree())
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("down", "down", "down", "down", "r")
        await pilot.pause()
        assert tree_labels(screen)[4] == "Why 2 · Bad timing  ★ root cause"
        assert app.open_workspace is not None
        assert [n.id for n in app.open_workspace.session.root_causes] == ["w3", "w4"]
        await pilot.press("up", "r")
        await pilot.pause()
        assert selected(screen) == "w3"
    assert [n.id for n in stored(path, session.id).root_causes] == ["w4"]


async def test_evidence_is_kept_and_shown(tmp_path: Path) -> None:
    """v edits the evidence: saved, marked in the label and shown in full under the tree."""
    path = tmp_path / "library.json"
    session = a_session(path, whys=grown_tree())
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("down")
        await type_answer(pilot, "v", "Report: 1.1% clicks")
        assert tree_labels(screen)[1] == "Why 1 · Few clicks  ✓ evidence"
        assert "Evidence: Report: 1.1% clicks" in screen_text(app)
    assert stored(path, session.id).whys[0].evidence == "Report: 1.1% clicks"


async def test_delete_then_undo_restores_the_branch_exactly(tmp_path: Path) -> None:
    """d removes an answer and everything under it; u puts back the same ids and places."""
    path = tmp_path / "library.json"
    session = a_session(path, whys=grown_tree())
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("down", "down", "d")
        await pilot.pause()
        assert [n.id for n in screen.session.whys] == ["w1", "w4"]
        assert selected(screen) == "w1"
        app.close_workspace()
        assert [n.id for n in stored(path, session.id).whys] == ["w1", "w4"]
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("down", "d", "u")
        await pilot.pause()
        assert selected(screen) == "w1"
        await pilot.press("u")  # nothing more to undo: changes nothing
        await pilot.pause()
    assert stored(path, session.id).whys == [grown_tree()[0], grown_tree()[3]]


async def test_problem_can_start_from_a_missed_kpi(tmp_path: Path) -> None:
    """p offers the missed KPIs; choosing one and saving makes it the problem statement."""
    path = tmp_path / "library.json"
    kpis = [
        Kpi(name="Open rate", unit="%", target=Decimal(30), actual=Decimal(35)),
        Kpi(name="Conversion rate", unit="%", target=Decimal(2), actual=Decimal("0.4")),
    ]
    session = a_session(path, case=CampaignCase(kpis=kpis))
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        assert "will read: Conversion rate: 0.4% against a target of 2%." in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert tree_labels(screen)[0] == "Problem: Conversion rate: 0.4% against a target of 2%."
    assert stored(path, session.id).problem == "Conversion rate: 0.4% against a target of 2%."


async def test_an_empty_answer_is_refused(tmp_path: Path) -> None:
    """Submitting an empty answer says so and adds nothing."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "Answer: this cannot be empty." in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
    assert stored(path, session.id).whys == []


async def test_typed_brackets_stay_text(tmp_path: Path) -> None:
    """An answer with square brackets is shown as typed, not read as markup."""
    path = tmp_path / "library.json"
    a_session(path, whys=[WhyNode(id="w1", answer="[bold]Budget[/bold] cut")])
    async with running_app(path) as (app, pilot):
        screen = await open_step(app, pilot)
        assert tree_labels(screen)[1] == "Why 1 · [bold]Budget[/bold] cut"


async def test_french_interface(tmp_path: Path) -> None:
    """In French the tree, the hints and the keys speak French."""
    path = tmp_path / "library.json"
    a_session(path, problem="Peu de ventes", language="fr")
    async with running_app(path, language="fr") as (app, pilot):
        screen = await open_step(app, pilot)
        await type_answer(pilot, "a", "Jean a oublié la relance")
        assert tree_labels(screen)[:2] == [
            "Problème : Peu de ventes",
            "Pourquoi 1 · Jean a oublié la relance",
        ]
        text = screen_text(app)
        assert "s'arrête au pourquoi 1" in text
        assert "l'étape des biais y reviendra" in text
        labels = {a.binding.description for a in screen.active_bindings.values()}
        assert {"Pourquoi ?", "Autre cause", "Cause racine"} <= labels


async def test_switching_language_keeps_the_tree_and_the_selection(tmp_path: Path) -> None:
    """ctrl+l redraws the tree in French with the cursor still on the same answer."""
    path = tmp_path / "library.json"
    a_session(path, whys=grown_tree())
    async with running_app(path) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("down", "down", "ctrl+l")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WhysScreen)
        assert tree_labels(screen)[2] == "Pourquoi 2 · Dull content  ✓ preuve"
        assert selected(screen) == "w2"


async def test_the_delete_message_counts_the_answers_and_lessons_it_took(tmp_path: Path) -> None:
    """Deleting a why says how many answers went under it and how many lessons lost their link."""
    path = tmp_path / "library.json"
    lesson = Lesson(id="l1", text="Refresh segments", category="strategic", why_id="w3")
    a_session(path, whys=grown_tree(), lessons=[lesson])
    async with running_app(path) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("down", "d")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
    assert said[-1] == (
        "Deleted “Few clicks” and the 3 answers under it. The lessons drawn from it (1) now"
        " point at no cause. Press u to undo."
    )
