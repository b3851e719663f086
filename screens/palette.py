"""The app's own commands in the command palette, in the interface language."""

from collections.abc import Iterator
from functools import partial

from textual.app import SystemCommand

from screens.base import WorkshopApp
from screens.i18n import ACTION_LABELS
from workshop.phrase import Phrase

THEME_COMMAND = Phrase(en="Theme", fr="Thème")
THEME_HELP = Phrase(en="Change the colours", fr="Changer les couleurs")
LANGUAGE_HELP = Phrase(en="Show the interface in French", fr="Afficher l'interface en anglais")
KEYS_HELP = Phrase(en="List every key", fr="Lister toutes les touches")
QUIT_HELP = Phrase(en="Save and leave rootcause", fr="Enregistrer et quitter rootcause")


def app_commands(app: WorkshopApp) -> Iterator[SystemCommand]:
    """Switch the language, list the keys, change the theme, quit."""
    language = app.ui_language
    commands = (
        (ACTION_LABELS["switch_language"], LANGUAGE_HELP, "switch_language"),
        (ACTION_LABELS["help"], KEYS_HELP, "help"),
        (THEME_COMMAND, THEME_HELP, "change_theme"),
        (ACTION_LABELS["quit"], QUIT_HELP, "quit"),
    )
    for label, help_text, action in commands:
        yield SystemCommand(
            label.text(language), help_text.text(language), partial(app.run_action, action)
        )
