"""What every screen of the app shares: its language, its keys in that language, and the app.

`WorkshopApp` is what a screen may ask of the application (the language, the clocks, moving
into and out of a session) without importing it: the app module builds on the screens, never
the other way round.
"""

from abc import abstractmethod
from collections.abc import Callable, Iterable
from datetime import date
from typing import ClassVar, TypeVar

from textual.app import SystemCommand
from textual.binding import ActiveBinding
from textual.screen import ModalScreen, Screen

from screens.i18n import Localized, LocalizedApp, localized_bindings
from storage.library import Library
from workshop.session import Session
from workshop.vocabulary import StepId

ResultT = TypeVar("ResultT")


class WorkshopApp(LocalizedApp):
    """The application as the screens see it."""

    def __init__(
        self, library: Library, clock: Callable[[], float], today: Callable[[], date]
    ) -> None:
        super().__init__()
        self.library = library
        self.clock = clock
        """What the step time boxes count with (tests freeze it)."""
        self.today = today
        """Today's date, for what is due or overdue (tests freeze it)."""

    @abstractmethod
    def open_session(self, session: Session) -> None:
        """Open `session` at its step, closing (saving) the session open before."""

    @abstractmethod
    def go_to_step(self, step: StepId) -> None:
        """Show `step` of the open session in place of the current step."""

    @abstractmethod
    def close_session(self) -> None:
        """Save the open session and go back to the screen under it."""


class LocalizedScreen(Localized, Screen[ResultT]):
    """A screen whose footer and help show the keys in the interface language."""

    LOCKED: ClassVar[bool] = False
    """True for a screen passed round the room: no palette, help, language or theme from it,
    and no quitting from it (its own ctrl+q and ctrl+c say whom to ask)."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return localized_bindings(super().active_bindings, self.language)

    @property
    def workshop(self) -> WorkshopApp:
        """The application, for what a screen asks of it."""
        app = self.app
        if not isinstance(app, WorkshopApp):
            raise TypeError("this screen runs inside the workshop app")
        return app

    async def relabel(self) -> None:
        """Show the screen again in the interface language (or after a reload)."""
        await self.recompose()

    def palette_commands(self) -> Iterable[SystemCommand]:
        """The screen's own commands for the command palette."""
        return ()


class LocalizedModal(Localized, ModalScreen[ResultT]):
    """A dialog whose keys show in the interface language."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return localized_bindings(super().active_bindings, self.language)
