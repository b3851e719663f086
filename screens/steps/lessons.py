"""Lessons learned: each one classified (category, sub-type) and tied to the cause it comes from.

The form asks for the category and the sub-type in one choice, "Category > Sub-type" (plus the
category alone, for a lesson that fits no sub-type). One dialog is faster by keyboard than two in
a row, the choice can never pair a sub-type with the wrong category, and the list is short (17
entries) and searchable by typing ("segm", "mobile"). The remedy of the chosen sub-type shows
under the form as it changes.
"""

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.steps.base import StepScreen
from screens.widgets.cells import one_line, user_cell
from screens.widgets.item_table import item_at, place_cursor
from screens.workspace import Workspace
from workshop.content import lessons as lesson_content
from workshop.phrase import Phrase
from workshop.session import Lesson, Session
from workshop.vocabulary import (
    LESSON_CATEGORIES,
    LESSON_SUBTYPES,
    Language,
    LessonCategory,
    LessonSubtype,
    StepId,
)

SEPARATOR = " › "  # noqa: RUF001 - the angle quote reads as "within" in both languages
"""Between a category and one of its sub-types in the form's choice."""

CATEGORY = Phrase(en="Category", fr="Catégorie")
SUBTYPE = Phrase(en="Sub-type", fr="Sous-type")
LESSON = Phrase(en="Lesson", fr="Leçon")
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
CATEGORY_ONLY = Phrase(en="{category} (no sub-type)", fr="{category} (sans sous-type)")
ADD_TITLE = Phrase(en="New lesson", fr="Nouvelle leçon")
EDIT_TITLE = Phrase(en="Edit the lesson", fr="Modifier la leçon")
REMEDY = Phrase(en="Usual remedy: {remedy}", fr="Remède habituel : {remedy}")
NO_REMEDY = Phrase(
    en="No sub-type: choose one to see its usual remedy.",
    fr="Sans sous-type : choisissez-en un pour voir son remède habituel.",
)
EMPTY = Phrase(
    en="No lesson yet. Press a to add one, tied to the cause it comes from.",
    fr="Aucune leçon pour l'instant. Appuyez sur a pour en ajouter une, liée à sa cause.",
)
DELETED = Phrase(
    en="Lesson deleted. Press u to undo.", fr="Leçon supprimée. Appuyez sur u pour annuler."
)
RESTORED = Phrase(en="The lesson is back.", fr="La leçon est revenue.")
NOTHING_TO_UNDO = Phrase(en="Nothing to undo.", fr="Rien à annuler.")

ROOT_MARK = "★ "
CHOICE_WIDTH = 48
"""Typed answers in a choice are cut to one line that fits the dialog."""


def choice_text(text: str, width: int = CHOICE_WIDTH) -> str:
    """Typed text as a choice label, on one line (the dialog shows labels as plain text)."""
    return one_line(text, width)


def kind_value(category: LessonCategory, subtype: LessonSubtype | None) -> str:
    """The form's value for a category and sub-type: "strategic/segmentation" or "strategic"."""
    return category if subtype is None else f"{category}/{subtype}"


def parse_kind(value: str) -> tuple[LessonCategory, LessonSubtype | None]:
    """The category and sub-type a form value stands for (see kind_value)."""
    category_text, _, subtype_text = value.partition("/")
    category = next(c for c in LESSON_CATEGORIES if c == category_text)
    subtype = next((s for s in LESSON_SUBTYPES if s == subtype_text), None)
    return category, subtype


def kind_choices(language: Language) -> list[tuple[str, str]]:
    """Each category alone, then each of its sub-types as "Category > Sub-type"."""
    choices: list[tuple[str, str]] = []
    for category in LESSON_CATEGORIES:
        label = lesson_content.CATEGORY_INFO[category].label.text(language)
        choices.append((CATEGORY_ONLY.text(language).format(category=label), category))
        for info in lesson_content.subtypes_of(category):
            subtype_label = info.label.text(language)
            choices.append((f"{label}{SEPARATOR}{subtype_label}", kind_value(category, info.id)))
    return choices


def cause_choices(session: Session) -> list[tuple[str, str]]:
    """The why answers, root causes first (marked), each cut to one line."""
    ordered = session.root_causes + [node for node in session.whys if not node.root_cause]
    return [
        ((ROOT_MARK if node.root_cause else "") + choice_text(node.answer), node.id)
        for node in ordered
    ]


def remedy_text(value: str, language: Language) -> str:
    """The remedy hint for a form value or a lesson's kind."""
    if not value:
        return ""
    _, subtype = parse_kind(value)
    if subtype is None:
        return NO_REMEDY.text(language)
    return REMEDY.text(language).format(
        remedy=lesson_content.SUBTYPE_INFO[subtype].remedy.text(language)
    )


@dataclass(frozen=True)
class DeletedLesson:
    """A deleted lesson, where it stood, and the actions that pointed to it: what u restores."""

    lesson: Lesson
    index: int
    action_ids: tuple[str, ...]


class LessonsScreen(StepScreen):
    """The lessons learned, classified, each with the cause it comes from and its usual remedy."""

    STEP: ClassVar[StepId] = "lessons"
    FOCUS: ClassVar[str] = "#lessons"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_item", "Add", id="add_item"),
        Binding("e", "edit_item", "Edit", id="edit_item"),
        Binding("d,delete", "delete_item", "Delete", show=False, id="delete_item"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.deleted: list[DeletedLesson] = []
        """Lessons deleted on this screen, latest last."""

    def compose_body(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(cursor_type="row", id="lessons")
        table.add_column(self.t(CATEGORY), key="category", width=13)
        table.add_column(self.t(SUBTYPE), key="subtype", width=21)
        table.add_column(self.t(LESSON), key="lesson", width=22)
        table.add_column(self.t(FROM_CAUSE), key="cause", width=14)
        self.fill(table)
        yield table
        yield Static(self.remedy_for(0), id="lesson-remedy")

    def guide_collapsed(self) -> bool:
        return bool(self.session.lessons)

    # -- what is shown -----------------------------------------------------------------------

    def fill(self, table: DataTable[Text]) -> None:
        """One row per lesson, keyed by its id."""
        table.clear()
        causes = {node.id: node.answer for node in self.session.whys}
        for lesson in self.session.lessons:
            subtype = lesson_content.SUBTYPE_INFO[lesson.subtype].label if lesson.subtype else None
            table.add_row(
                Text(self.t(lesson_content.CATEGORY_INFO[lesson.category].label)),
                user_cell(self.t(subtype) if subtype else "", 21),
                user_cell(lesson.text, 22),
                user_cell(causes.get(lesson.why_id or "", ""), 14),
                key=lesson.id,
            )

    def remedy_for(self, row: int) -> Text:
        lessons = self.session.lessons
        if not lessons:
            return Text(self.t(EMPTY))
        lesson = lessons[min(max(0, row), len(lessons) - 1)]
        return Text(remedy_text(kind_value(lesson.category, lesson.subtype), self.language))

    @on(DataTable.RowHighlighted, "#lessons")
    def show_remedy(self) -> None:
        row = self.query_one("#lessons", DataTable).cursor_row
        self.query_one("#lesson-remedy", Static).update(self.remedy_for(row))

    def refill(self, cursor_id: str | None = None) -> None:
        """Show the lessons as saved, the cursor on `cursor_id` (or where it was)."""
        table: DataTable[Text] = self.query_one("#lessons", DataTable)
        row = table.cursor_row
        self.fill(table)
        place_cursor(table, [lesson.id for lesson in self.session.lessons], row, cursor_id)
        self.show_remedy()

    def highlighted(self) -> Lesson | None:
        return item_at(self.session.lessons, self.query_one("#lessons", DataTable).cursor_row)

    # -- the form ----------------------------------------------------------------------------

    def form(self, title: Phrase, lesson: Lesson | None) -> FormDialog:
        roots = self.session.root_causes
        why = lesson.why_id if lesson else (roots[0].id if roots else None)
        kind = kind_value(lesson.category, lesson.subtype) if lesson else None
        fields = [
            FormField(
                "text", self.t(LESSON), "multiline", lesson.text if lesson else "", required=True
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
            self.t(title), fields, live=lambda texts: remedy_text(texts.get("kind", ""), language)
        )

    def lesson_from(self, values: dict[str, FieldValue], lesson_id: str | None) -> Lesson:
        category, subtype = parse_kind(str(values["kind"]))
        why = values["why"]
        fields = {
            "text": str(values["text"] or "").strip(),
            "category": category,
            "subtype": subtype,
            "why_id": why if isinstance(why, str) and why else None,
        }
        return Lesson(**fields) if lesson_id is None else Lesson(id=lesson_id, **fields)

    def action_add_item(self) -> None:
        def added(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                lesson = self.lesson_from(values, None)
                if self.change(lessons=[*self.session.lessons, lesson]):
                    self.refill(lesson.id)

        self.app.push_screen(self.form(ADD_TITLE, None), added)

    @on(DataTable.RowSelected, "#lessons")
    def action_edit_item(self) -> None:
        old = self.highlighted()
        if old is None:
            return

        def edited(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                new = self.lesson_from(values, old.id)
                lessons = [new if item.id == old.id else item for item in self.session.lessons]
                if self.change(lessons=lessons):
                    self.refill(new.id)

        self.app.push_screen(self.form(EDIT_TITLE, old), edited)

    # -- deleting and undoing ----------------------------------------------------------------

    def action_delete_item(self) -> None:
        """Delete the lesson; actions that put it into practice lose the link (u restores both)."""
        lesson = self.highlighted()
        if lesson is None:
            return
        session = self.session
        linked = tuple(a.id for a in session.actions if a.lesson_id == lesson.id)
        actions = [
            a.model_copy(update={"lesson_id": None}) if a.id in linked else a
            for a in session.actions
        ]
        lessons = [item for item in session.lessons if item.id != lesson.id]
        if self.change(lessons=lessons, actions=actions):
            self.deleted.append(DeletedLesson(lesson, session.lessons.index(lesson), linked))
            self.notify(self.t(DELETED))
            self.refill()

    def action_undo(self) -> None:
        if not self.deleted:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        gone = self.deleted.pop()
        lessons = list(self.session.lessons)
        lessons.insert(min(gone.index, len(lessons)), gone.lesson)
        actions = [
            a.model_copy(update={"lesson_id": gone.lesson.id})
            if a.id in gone.action_ids and a.lesson_id is None
            else a
            for a in self.session.actions
        ]
        if self.change(lessons=lessons, actions=actions):
            self.notify(self.t(RESTORED))
            self.refill(gone.lesson.id)
