"""The workshop application: opens the library, shows the home screen, speaks the language."""

import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen

from screens.i18n import ACTION_LABELS
from screens.workspace import Workspace
from storage.background import SaveStatus
from storage.library import Library
from workshop.phrase import Phrase
from workshop.vocabulary import Language

THEME_COMMAND = Phrase(en="Theme", fr="Thème")
THEME_HELP = Phrase(en="Change the colours", fr="Changer les couleurs")
LANGUAGE_HELP = Phrase(en="Show the interface in French", fr="Afficher l'interface en anglais")
KEYS_HELP = Phrase(en="List every key", fr="Lister toutes les touches")
QUIT_HELP = Phrase(en="Save and leave rootcause", fr="Enregistrer et quitter rootcause")


LOCKED_ACTIONS = frozenset(
    {"command_palette", "help", "switch_language", "change_theme", "show_help_panel"}
)


class SaveStatusChanged(Message):
    """The saver of the open session reported (sent from the saver's thread)."""

    def __init__(self, status: SaveStatus) -> None:
        super().__init__()
        self.status = status


class RootcauseApp(App[None]):
    """A thin app: the library, the language, the theme; screens own everything else."""

    CSS_PATH = "app.tcss"
    TITLE = "rootcause"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="quit_ctrl_c"),
        Binding("f1", "help", "Keys", id="help"),
        Binding("ctrl+l", "switch_language", "Français", show=False, id="switch_language"),
    ]

    ui_language: var[Language] = var("en")
    """The language of the interface; each session keeps its own for its exported page."""

    def __init__(
        self,
        library: Library,
        language: Language,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.library = library
        self.clock = clock
        """What the step time boxes count with (tests freeze it)."""
        self.today = today
        """Today's date, for what is overdue (tests freeze it)."""
        self.ui_language = language
        self.open_workspace: Workspace | None = None
        """The workspace of the session on screen, closed (saved) on quit."""

    def on_mount(self) -> None:
        from screens.home.screen import HomeScreen

        self.push_screen(HomeScreen(self.library))

    def watch_ui_language(self) -> None:
        if not self.is_running:
            return
        for screen in self.screen_stack:
            relabel = getattr(screen, "relabel", None)
            if relabel is not None:
                screen.call_later(relabel)
            else:
                screen.refresh(recompose=True)
        self.refresh_bindings()

    def action_switch_language(self) -> None:
        """Show the interface in the other language."""
        self.ui_language = "fr" if self.ui_language == "en" else "en"

    def action_help(self) -> None:
        """Show every key of the current screen."""
        from screens.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Save what is pending, then leave."""
        self.close_workspace()
        self.exit()

    def close_workspace(self) -> bool:
        """Save and close the open session, if any; False if a save could not be completed."""
        workspace, self.open_workspace = self.open_workspace, None
        return workspace.close() if workspace is not None else True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The screen passed round the room closes every way to other screens and to what
        # earlier people typed: the palette, the help, the language switch, the themes.
        return not (getattr(self.screen, "LOCKED", False) and action in LOCKED_ACTIONS)

    def on_save_status_changed(self, message: SaveStatusChanged) -> None:
        show = getattr(self.screen, "show_save_status", None)
        if show is not None:
            show(message.status)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        language = self.ui_language
        extra = getattr(screen, "palette_commands", None)
        if extra is not None:
            yield from extra()
        yield SystemCommand(
            ACTION_LABELS["switch_language"].text(language),
            LANGUAGE_HELP.text(language),
            self.action_switch_language,
        )
        yield SystemCommand(
            ACTION_LABELS["help"].text(language), KEYS_HELP.text(language), self.action_help
        )
        yield SystemCommand(
            THEME_COMMAND.text(language), THEME_HELP.text(language), self.action_change_theme
        )
        yield SystemCommand(
            ACTION_LABELS["quit"].text(language), QUIT_HELP.text(language), self.action_quit
        )


def run_workshop(path: Path, language: Language) -> int:
    """Open the library at `path` and run the workshop until the user quits."""
    with Library.open(path) as library:
        app = RootcauseApp(library, language)
        try:
            app.run()
        finally:
            app.close_workspace()
    return 0
