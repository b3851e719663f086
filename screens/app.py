"""The workshop application (for now: the library, until the step screens land)."""

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header, Static

from storage.library import Library
from workshop.content.steps import STEP_GUIDES
from workshop.phrase import Phrase
from workshop.vocabulary import Language

TITLE = Phrase(en="rootcause: post-mortems", fr="rootcause : post-mortems")
EMPTY = Phrase(
    en="No post-mortem yet. rootcause leads the review of a failed campaign, from warning signals to actions.\nRun 'rootcause sample' to add a finished example.",
    fr="Aucun post-mortem pour l'instant. rootcause guide l'analyse d'une campagne ratée, des signaux d'alerte aux actions.\nLancez 'rootcause sample' pour ajouter un exemple complet.",
)
QUIT = Phrase(en="Quit", fr="Quitter")
COLUMNS = (
    Phrase(en="Campaign", fr="Campagne"),
    Phrase(en="Updated", fr="Mis à jour"),
    Phrase(en="Step", fr="Étape"),
    Phrase(en="Root causes", fr="Causes racines"),
)


class RootcauseApp(App[None]):
    """Opens the library and shows its sessions."""

    def __init__(self, library: Library, language: Language) -> None:
        super().__init__()
        self.library = library
        self.language: Language = language
        self.bind("q", "quit", description=QUIT.text(language))

    def compose(self) -> ComposeResult:
        yield Header()
        summaries = self.library.summaries()
        if not summaries:
            yield Static(EMPTY.text(self.language), id="empty")
        else:
            table: DataTable[str] = DataTable(cursor_type="row", id="sessions")
            table.add_columns(*(column.text(self.language) for column in COLUMNS))
            for summary in summaries:
                table.add_row(
                    summary.title or "—",
                    summary.updated_at.date().isoformat() if summary.updated_at else "",
                    STEP_GUIDES[summary.step].title.text(self.language),
                    "; ".join(summary.root_causes),
                    key=summary.id,
                )
            yield table
        yield Footer()

    def on_mount(self) -> None:
        self.title = TITLE.text(self.language)


def run_workshop(path: Path, language: Language) -> int:
    """Open the library at `path` and run the workshop until the user quits."""
    with Library.open(path) as library:
        RootcauseApp(library, language).run()
    return 0
