"""Lessons learned: each one classified (category, sub-type) and tied to the cause it comes from.

The form asks for the category and the sub-type in one choice, "Category > Sub-type" (plus the
category alone, for a lesson that fits no sub-type). One dialog is faster by keyboard than two in
a row, the choice can never pair a sub-type with the wrong category, and the list is short (17
entries) and searchable by typing ("segm", "mobile"). The remedy of the chosen sub-type shows
under the form as it changes. The rules are the workshop's `workshop.steps.lessons`.
"""

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Static

from screens.dialogs.form import FormDialog, FormField
from screens.steps.list_step import EDIT_KEYS, FormValues, TableStep
from screens.texts import LESSON
from screens.widgets.cells import user_cell
from workshop.content import lessons as lesson_content
from workshop.content.board_labels import CATEGORY, SUBTYPE
from workshop.phrase import Phrase
from workshop.session import Lesson
from workshop.steps.editing import Deleted, SessionList
from workshop.steps.lessons import (
    LESSONS,
    SEPARATOR,
    cause_choices,
    cause_of,
    kind_choices,
    kind_value,
    parse_kind,
    remedy_text,
)
from workshop.vocabulary import StepId

FROM_CAUSE = Phrase(en="From cause", fr="Issue de")
KIND = Phrase(en=f"Category{SEPARATOR}sub-type", fr=f"Catégorie{SEPARATOR}sous-type")
KIND_HINT = Phrase(
    en="Open with enter; type a few letters to jump (e.g. segm, mobile).",
    fr="Ouvrez avec Entrée ; tapez quelques lettres pour sauter (par ex. segm, mobile).",
)
CAUSE = Phrase(en="The cause it comes from", fr="La cause dont elle vient")
CAUSE_HINT = Phrase(
    en="★ marks the answers held as root causes in the 5 whys.",
    fr="★ marque les réponses retenues comme causes racines dans les 5 pourquoi.",
)
ADD_TITLE = Phrase(en="New lesson", fr="Nouvelle leçon")
EDIT_TITLE = Phrase(en="Edit the lesson", fr="Modifier la leçon")
EMPTY = Phrase(
    en="No lesson yet. Press a to add one, tied to the cause it comes from.",
    fr="Aucune leçon pour l'instant. Appuyez sur a pour en ajouter une, liée à sa cause.",
)
DELETED = Phrase(
    en="Lesson deleted. Press u to undo.", fr="Leçon supprimée. Appuyez sur u pour annuler."
)
RESTORED = Phrase(en="The lesson is back.", fr="La leçon est revenue.")

CATEGORY_WIDTH, SUBTYPE_WIDTH, LESSON_WIDTH, CAUSE_WIDTH = 13, 21, 22, 14
"""Column widths that fit 80 columns with the table's cell padding."""


class LessonsScreen(TableStep[Lesson]):
    """The lessons learned, classified, each with the cause it comes from and its usual remedy."""

    STEP: ClassVar[StepId] = "lessons"
    TABLE: ClassVar[str] = "lessons"
    FOCUS: ClassVar[str] = "#lessons"
    BINDINGS: ClassVar[list[BindingType]] = list(EDIT_KEYS)

    def compose_body(self) -> ComposeResult:
        yield self.new_table()
        yield Static("", id="lesson-remedy")

    def guide_collapsed(self) -> bool:
        return bool(self.session.lessons)

    def session_list(self) -> SessionList[Lesson]:
        return LESSONS

    # -- what is shown -----------------------------------------------------------------------

    def columns(self) -> Sequence[tuple[Phrase, int]]:
        return [
            (CATEGORY, CATEGORY_WIDTH),
            (SUBTYPE, SUBTYPE_WIDTH),
            (LESSON, LESSON_WIDTH),
            (FROM_CAUSE, CAUSE_WIDTH),
        ]

    def cells(self, item: Lesson) -> tuple[Text, ...]:
        subtype = lesson_content.SUBTYPE_INFO[item.subtype].label if item.subtype else None
        return (
            Text(self.t(lesson_content.CATEGORY_INFO[item.category].label)),
            user_cell(self.t(subtype) if subtype else "", SUBTYPE_WIDTH),
            user_cell(item.text, LESSON_WIDTH),
            user_cell(cause_of(self.session, item), CAUSE_WIDTH),
        )

    def show_detail(self, item: Lesson | None) -> None:
        """The usual remedy of the highlighted lesson's sub-type; how to start, while empty."""
        if item is None:
            text = self.t(EMPTY)
        else:
            text = remedy_text(kind_value(item.category, item.subtype), self.language)
        self.query_one("#lesson-remedy", Static).update(Text(text))

    def deleted_message(self, item: Lesson, deleted: Deleted) -> str:
        return self.t(DELETED)

    def restored_message(self, deleted: Deleted) -> str | None:
        return self.t(RESTORED)

    # -- the form ----------------------------------------------------------------------------

    def form(self, item: Lesson | None) -> FormDialog:
        roots = self.session.root_causes
        why = item.why_id if item else (roots[0].id if roots else None)
        kind = kind_value(item.category, item.subtype) if item else None
        fields = [
            FormField(
                "text", self.t(LESSON), "multiline", item.text if item else "", required=True
            ),
            FormField(
                "kind",
                self.t(KIND),
                "choice",
                kind,
                kind_choices(self.language),
                required=True,
                hint=self.t(KIND_HINT),
            ),
            FormField(
                "why",
                self.t(CAUSE),
                "choice",
                why,
                cause_choices(self.session),
                hint=self.t(CAUSE_HINT) if roots else "",
            ),
        ]
        language = self.language
        return FormDialog(
            self.t(EDIT_TITLE if item else ADD_TITLE),
            fields,
            live=lambda texts: remedy_text(texts.get("kind", ""), language),
        )

    def item_from(self, values: FormValues, old: Lesson | None) -> Lesson:
        category, subtype = parse_kind(str(values["kind"]))
        why = values["why"]
        fields = {
            "text": str(values["text"] or "").strip(),
            "category": category,
            "subtype": subtype,
            "why_id": why if isinstance(why, str) and why else None,
        }
        return Lesson(**fields) if old is None else Lesson(id=old.id, **fields)
