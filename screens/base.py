"""What every screen of the app shares: its language, and key labels in that language."""

from typing import TypeVar

from textual.binding import ActiveBinding
from textual.screen import ModalScreen, Screen

from screens.i18n import Localized, localized_bindings

ResultT = TypeVar("ResultT")


class LocalizedScreen(Localized, Screen[ResultT]):
    """A screen whose footer and help show the keys in the interface language."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return localized_bindings(super().active_bindings, self.language)


class LocalizedModal(Localized, ModalScreen[ResultT]):
    """A dialog whose keys show in the interface language."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return localized_bindings(super().active_bindings, self.language)
