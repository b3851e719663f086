"""Every step of the method is one registry entry: its rules, its screen, its page section."""

from pathlib import Path

from screens.steps.registry import STEPS
from workshop.content.steps import STEP_GUIDES
from workshop.export.markdown import SECTIONS
from workshop.vocabulary import STEPS as METHOD_ORDER

PROJECT = Path(__file__).resolve().parents[1]


def test_every_step_of_the_method_has_an_entry_in_order() -> None:
    """The registry lists the method's steps, in the method's order, and nothing else."""
    assert list(STEPS) == list(METHOD_ORDER)
    assert list(STEP_GUIDES) == list(METHOD_ORDER)


def test_each_step_has_its_rules_module_beside_the_others() -> None:
    """Each step's rules are its own pure module in workshop/steps, named after the step."""
    for step, entry in STEPS.items():
        path = Path(entry.rules.__file__ or "")
        assert path.parent == PROJECT / "workshop" / "steps", step
        assert path.stem == step, step


def test_each_step_has_its_screen() -> None:
    """Each step's screen leads that step (and its solo screen too, where there is one)."""
    for step, entry in STEPS.items():
        assert step == entry.screen.STEP
        assert entry.solo_screen is None or step == entry.solo_screen.STEP


def test_each_step_but_the_summary_has_its_page_section() -> None:
    """The page has a section per step, in the same order; the summary step is the page."""
    assert [step for step, entry in STEPS.items() if entry.section is None] == ["summary"]
    assert list(SECTIONS) == [step for step in METHOD_ORDER if step != "summary"]
    for step, entry in STEPS.items():
        assert entry.section is SECTIONS.get(step), step
