"""Keys typed in one burst (a paste, a slow remote link) reach the field before the submit key.

A priority binding is handled by the app as soon as its key arrives, while the keys before it
still wait in the focused field's queue: a save in the same burst used to store the field blank
or cut. The bursts here are posted all at once, as the terminal delivers them.
"""

from textual import events
from textual.app import App
from textual.pilot import Pilot

from screens.dialogs.form import FormDialog, FormField
from storage.library import Library
from tests.screens.workshop_app import running_app, stored
from workshop.session import Session

TYPED = "Stale CRM data"


def burst(app: App[object], text: str, submit: str) -> None:
    """Every key of `text`, then `submit`, queued at once without waiting between them."""
    for char in text:
        key = "space" if char == " " else char
        app.post_message(events.Key(key, char))
    app.post_message(events.Key(submit, None))


class FormApp(App[None]):
    """Shows one form; keeps what it dismissed."""

    def __init__(self, fields: list[FormField]) -> None:
        super().__init__()
        self.fields = fields
        self.result: dict[str, object] | None = None

    def on_mount(self) -> None:
        def keep(values: dict[str, object] | None) -> None:
            self.result = values

        self.push_screen(FormDialog("Item", self.fields), keep)


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(5):
        await pilot.pause()


async def test_ctrl_s_in_a_burst_saves_every_key_typed_before_it() -> None:
    app = FormApp([FormField("text", "Text")])
    async with app.run_test() as pilot:
        await pilot.pause()
        burst(app, TYPED, "ctrl+s")
        await settle(pilot)
        assert app.result == {"text": TYPED}


async def test_ctrl_s_in_a_burst_saves_a_multiline_field_whole() -> None:
    app = FormApp([FormField("text", "Text", kind="multiline")])
    async with app.run_test() as pilot:
        await pilot.pause()
        burst(app, TYPED, "ctrl+s")
        await settle(pilot)
        assert app.result == {"text": TYPED}


async def test_a_swot_item_typed_in_a_burst_is_saved_whole(library: Library) -> None:
    """Through the app: w, then the weakness and ctrl+s in one burst; the file has every key."""
    session = library.add(Session(step="swot"))
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        burst(app, TYPED, "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormDialog)
    assert [item.text for item in stored(library, session.id).swot] == [TYPED]
