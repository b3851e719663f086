"""The workshop application: opens the library, shows the home screen, moves between screens."""

import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import ClassVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from screens import shutdown
from screens.base import LocalizedScreen
from screens.palette import app_commands
from screens.workspace import Workspace
from storage.library import Library
from workshop.session import Session
from workshop.vocabulary import Language, StepId

LOCKED_ACTIONS = frozenset(
    {"command_palette", "help", "switch_language", "change_theme", "show_help_panel", "quit"}
)


class RootcauseApp(shutdown.LeavingApp):
    """A thin app: the library, the language, the theme, and the session open on screen."""

    CSS_PATH = "app.tcss"
    TITLE = "rootcause"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="quit_ctrl_c"),
        Binding("f1", "help", "Keys", id="help"),
        Binding("ctrl+l", "switch_language", "Français", show=False, id="switch_language"),
    ]

    def __init__(
        self,
        library: Library,
        language: Language,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
        *,
        catch_signals: bool = False,
    ) -> None:
        super().__init__(library, clock, today)
        self.ui_language = language
        self.catch_signals = catch_signals
        """Whether SIGTERM and SIGHUP save and leave (the real terminal, not tests)."""

    def on_load(self) -> None:
        if self.catch_signals:
            shutdown.leave_on_signals(self.leave)

    def on_mount(self) -> None:
        from screens.home.screen import HomeScreen

        self.push_screen(HomeScreen(self.library))
        refusal = self.library.read_only_because
        for notice in [*self.library.notices, *([refusal] if refusal else [])]:
            self.notify(notice.text(self.ui_language), severity="warning", timeout=10, markup=False)

    def watch_ui_language(self) -> None:
        if not self.is_running:
            return
        for screen in self.screen_stack:
            if isinstance(screen, LocalizedScreen):
                screen.call_later(screen.relabel)
            else:
                screen.refresh(recompose=True)
        self.refresh_bindings()

    # -- into, across and out of a session ---------------------------------------------------

    def open_session(self, session: Session) -> None:
        from screens.steps.registry import step_screen

        workspace = Workspace(self.library, session, self.clock, self.today)
        self.close_workspace()
        self.open_workspace = workspace
        self.push_screen(step_screen(workspace, session.step))

    def go_to_step(self, step: StepId) -> None:
        from screens.steps.registry import step_screen

        if self.open_workspace is not None:
            self.switch_screen(step_screen(self.open_workspace, step))

    # -- keys --------------------------------------------------------------------------------

    def action_switch_language(self) -> None:
        """Show the interface in the other language."""
        self.ui_language = "fr" if self.ui_language == "en" else "en"

    def action_help(self) -> None:
        """Show every key of the current screen."""
        from screens.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Save what is pending, then leave; ask first if something cannot be saved."""
        self.go("quit")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The screen passed round the room closes every way to other screens and to what
        # earlier people typed: the palette, the help, the language switch, the themes.
        locked = isinstance(self.screen, LocalizedScreen) and self.screen.LOCKED
        return not (locked and action in LOCKED_ACTIONS)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        if isinstance(screen, LocalizedScreen):
            yield from screen.palette_commands()
        yield from app_commands(self)


def run_workshop(path: Path, language: Language) -> int:
    """Run the workshop on the library at `path`; the exit status is 0 only if all was saved."""
    with Library.open(path) as library:
        app = RootcauseApp(library, language, catch_signals=True)
        try:
            app.run()
        finally:
            app.close_workspace()
    if app.unsaved is not None:
        shutdown.report_unsaved(app.unsaved, app.ui_language, app.rescued)
        return 1
    return app.return_code or 0
