"""The last step: the page as the wiki will show it, and the ways to take it away."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from screens.dialogs.export import ExportDialog
from screens.steps.base import StepScreen
from workshop.export.markdown import session_markdown
from workshop.phrase import Phrase
from workshop.vocabulary import StepId

COPIED = Phrase(
    en="The page is on the clipboard (if your terminal allows it).",
    fr="La page est dans le presse-papiers (si votre terminal le permet).",
)


class SummaryScreen(StepScreen):
    """The Markdown page previewed; save it, save the JSON, or copy it."""

    STEP: ClassVar[StepId] = "summary"
    FOCUS: ClassVar[str] = "#preview"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+e", "export_markdown", "Save page", priority=True, id="export_markdown"),
        Binding("ctrl+j", "export_json", "Save JSON", show=False, priority=True, id="export_json"),
        Binding("ctrl+y", "copy_page", "Copy", priority=True, id="copy_page"),
    ]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="preview"):
            yield Markdown(session_markdown(self.session))

    def guide_collapsed(self) -> bool:
        return True

    def action_export_markdown(self) -> None:
        self.app.push_screen(ExportDialog(self.session, "markdown"))

    def action_export_json(self) -> None:
        self.app.push_screen(ExportDialog(self.session, "json"))

    def action_copy_page(self) -> None:
        self.app.copy_to_clipboard(session_markdown(self.session))
        self.notify(self.t(COPIED))
