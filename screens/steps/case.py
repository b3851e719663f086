"""Step 0, the case: the campaign's facts and its KPIs, the gaps computed as they are typed."""

from decimal import Decimal
from functools import partial
from typing import ClassVar, Final

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.color import Color, ColorParseError
from textual.widgets import DataTable, Static

from screens.dialogs.form import FormDialog, FormField
from screens.steps.list_step import FormValues, TableStep
from screens.texts import FIRST_DAY, LAST_DAY
from screens.widgets.cells import user_cell
from workshop.case import CampaignCase, Kpi
from workshop.content import labels as L
from workshop.kpi_text import gap_percent_text, gap_text
from workshop.numbers import format_measure
from workshop.phrase import Phrase
from workshop.steps.case import (
    FACT_LABELS,
    FACTS,
    KPIS,
    LOWER_FIELD,
    MET_MARK,
    MISSED_MARK,
    FactId,
    fact_text,
    kpi_from,
    live_gap,
    with_facts,
)
from workshop.steps.editing import Deleted, SessionList
from workshop.vocabulary import StepId

KPI_COLUMNS: Final = (L.KPI, L.TARGET, L.ACTUAL, L.GAP, L.GAP_PERCENT, L.MISSED)

EDIT_FACT = Phrase(en="Edit: {label}", fr="Modifier : {label}")
PERIOD_ORDER = Phrase(
    en="The last day comes before the first day: fix one of the dates.",
    fr="Le dernier jour précède le premier : corrigez l'une des dates.",
)
CHANNELS_HINT = Phrase(
    en="Separate the channels with commas: email, paid social, events.",
    fr="Séparez les canaux par des virgules : e-mail, réseaux sociaux payants, salons.",
)
AMOUNT = Phrase(en="Amount", fr="Montant")
CURRENCY = Phrase(en="Currency (EUR, USD…)", fr="Devise (EUR, USD…)")
OBJECTIVE_HINT = Phrase(
    en="Ideally SMART: specific, measurable, achievable, realistic, time-bound.",
    fr="Idéalement SMART : spécifique, mesurable, atteignable, réaliste, daté.",
)
NEW_KPI = Phrase(en="New KPI", fr="Nouveau KPI")
EDIT_KPI = Phrase(en="Edit KPI", fr="Modifier le KPI")
KPI_NAME = Phrase(en="Name (e.g. Conversion rate)", fr="Nom (par ex. Taux de conversion)")
UNIT = Phrase(en="Unit (%, EUR, clicks…)", fr="Unité (%, EUR, clics…)")
LOWER_IS_BETTER = Phrase(
    en="Lower is better (a cost, churn…)", fr="Plus bas, c'est mieux (un coût, l'attrition…)"
)
NO_KPIS = Phrase(
    en="No KPI yet: press a to add one, with its target and actual value.",
    fr="Aucun KPI pour l'instant : appuyez sur a pour en ajouter un, avec sa cible et sa valeur réelle.",
)
KPIS_MISSED = Phrase(
    en="KPIs: {missed} of {total} missed their target.",
    fr="KPI : {missed} sur {total} ont manqué leur cible.",
)
KPI_DELETED = Phrase(
    en="KPI '{name}' deleted. Press u to undo.",
    fr="KPI « {name} » supprimé. Appuyez sur u pour annuler.",
)
KPI_RESTORED = Phrase(en="KPI '{name}' is back.", fr="Le KPI « {name} » est revenu.")
TOO_MANY_DIGITS = Phrase(
    en="A number here has too many digits (30 at most).",
    fr="Un nombre a ici trop de chiffres (30 au plus).",
)


class CaseScreen(TableStep[Kpi]):
    """The facts of the campaign (e edits one) and its KPIs (a adds, e edits, d deletes)."""

    STEP: ClassVar[StepId] = "case"
    TABLE: ClassVar[str] = "kpis"
    FOCUS: ClassVar[str] = "#facts"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_kpi", "Add KPI", id="add_kpi"),
        Binding("e", "edit_item", "Edit", id="edit_item"),
        Binding("d,delete", "delete_item", "Delete", id="delete_item"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
    ]

    @property
    def case(self) -> CampaignCase:
        return self.session.case

    def compose_body(self) -> ComposeResult:
        facts: DataTable[Text] = DataTable(cursor_type="row", show_header=False, id="facts")
        facts.add_columns("", "")
        self.fill_facts(facts)
        yield facts
        missed = "missed" if self.case.missed_kpis else ""
        yield Static(self.kpi_summary(), id="kpi-summary", classes=missed)
        yield self.new_table()

    def guide_collapsed(self) -> bool:
        return bool(self.case.kpis or self.case.objective.strip())

    def session_list(self) -> SessionList[Kpi]:
        return KPIS

    # -- showing -----------------------------------------------------------------------------

    def new_table(self) -> DataTable[Text]:
        """The KPI table; its columns are as wide as what they hold."""
        table: DataTable[Text] = DataTable(cursor_type="row", id=self.TABLE)
        table.add_columns(*(self.t(column) for column in KPI_COLUMNS))
        return table

    def show(self, select: str | None = None) -> None:
        """Redraw the facts, the KPIs (the cursor on `select`, or where it was) and the count."""
        self.app.sub_title = self.session.title
        facts = self.query_one("#facts", DataTable)
        row = facts.cursor_row
        facts.clear()
        self.fill_facts(facts)
        facts.move_cursor(row=row)
        super().show(select)
        summary = self.query_one("#kpi-summary", Static)
        summary.update(self.kpi_summary())
        summary.set_class(bool(self.case.missed_kpis), "missed")

    def fill_facts(self, table: DataTable[Text]) -> None:
        width = max(20, self.app.size.width - 22)
        for fact in FACTS:
            label = Text(self.t(FACT_LABELS[fact]), style="bold")
            text = fact_text(self.case, fact, self.language)
            table.add_row(label, user_cell(text, width), key=fact)

    def kpi_summary(self) -> str:
        kpis = self.case.kpis
        if not kpis:
            return self.t(NO_KPIS)
        return self.t(KPIS_MISSED, missed=len(self.case.missed_kpis), total=len(kpis))

    def cells(self, item: Kpi) -> tuple[Text, ...]:
        language = self.language
        alarm = self.theme_style("error") if item.missed else Style()

        def measure(value: Decimal | None) -> Text:
            return Text("" if value is None else format_measure(value, item.unit, language))

        if item.missed:
            verdict = Text(self.t(MISSED_MARK), style=alarm + Style(bold=True))
        elif item.gap is not None:
            verdict = Text(self.t(MET_MARK), style=self.theme_style("success"))
        else:
            verdict = Text("")
        return (
            user_cell(item.name, 24),
            measure(item.target),
            measure(item.actual),
            Text(gap_text(item, language), style=alarm),
            Text(gap_percent_text(item, language), style=alarm),
            verdict,
        )

    def theme_style(self, variable: str) -> Style:
        """A text style in the colour of the theme's `variable` ($error, $success)."""
        try:
            return Style(color=Color.parse(self.app.theme_variables[variable]).rich_color)
        except (KeyError, ColorParseError):
            return Style()

    def deleted_message(self, item: Kpi, deleted: Deleted) -> str:
        return self.t(KPI_DELETED, name=item.name)

    def restored_message(self, deleted: Deleted) -> str | None:
        kpi = next((kpi for kpi in self.case.kpis if kpi.id == deleted.item_id), None)
        return self.t(KPI_RESTORED, name=kpi.name) if kpi is not None else None

    # -- keys --------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete_item":
            return self.focused_table() == "kpis" and bool(self.case.kpis)
        return super().check_action(action, parameters)

    def focused_table(self) -> str | None:
        focused = self.focused
        return focused.id if isinstance(focused, DataTable) else None

    @on(DataTable.RowSelected, "#facts")
    def fact_chosen(self) -> None:
        """Enter on a fact edits it (Enter on a KPI is the list editor's)."""
        self.open_fact_form(FACTS[self.query_one("#facts", DataTable).cursor_row])

    def action_edit_item(self) -> None:
        if self.focused_table() == "kpis":
            super().action_edit_item()
        else:
            self.open_fact_form(FACTS[self.query_one("#facts", DataTable).cursor_row])

    def action_add_kpi(self) -> None:
        self.action_add_item()

    # -- the facts ---------------------------------------------------------------------------

    def open_fact_form(self, fact: FactId) -> None:
        title = self.t(EDIT_FACT, label=self.t(FACT_LABELS[fact]))
        check = partial(self.fact_problem, fact)
        self.app.push_screen(
            FormDialog(title, self.fact_fields(fact), check=check), self.fact_saved
        )

    def fact_fields(self, fact: FactId) -> list[FormField]:
        t, case = self.t, self.case
        label = t(FACT_LABELS[fact])
        if fact == "period":
            return [
                FormField("period_start", t(FIRST_DAY), "date", case.period_start),
                FormField("period_end", t(LAST_DAY), "date", case.period_end),
            ]
        if fact == "budget":
            return [
                FormField("budget", t(AMOUNT), "number", case.budget),
                FormField("currency", t(CURRENCY), value=case.currency),
            ]
        if fact == "channels":
            channels = ", ".join(case.channels)
            return [FormField("channels", label, value=channels, hint=t(CHANNELS_HINT))]
        if fact == "objective":
            hint = t(OBJECTIVE_HINT)
            return [FormField("objective", label, "multiline", case.objective, hint=hint)]
        return [FormField("campaign", label, value=case.campaign)]

    def fact_problem(self, fact: FactId, values: FormValues) -> str | None:
        """Why the case cannot take `values`: dates out of order, or too long a number."""
        try:
            with_facts(self.session, values)
        except ValueError:
            return self.t(PERIOD_ORDER if fact == "period" else TOO_MANY_DIGITS)
        return None

    def fact_saved(self, values: FormValues | None) -> None:
        if values is not None:
            self.keep(lambda session: with_facts(session, values), None)

    # -- the KPI form ------------------------------------------------------------------------

    def form(self, item: Kpi | None) -> FormDialog:
        t = self.t
        lower = not item.higher_is_better if item else False
        fields = [
            FormField("name", t(KPI_NAME), value=item.name if item else "", required=True),
            FormField("target", t(L.TARGET), "number", item.target if item else None),
            FormField("actual", t(L.ACTUAL), "number", item.actual if item else None),
            FormField("unit", t(UNIT), value=item.unit if item else ""),
            FormField(LOWER_FIELD, t(LOWER_IS_BETTER), "flag", lower),
        ]
        title = t(EDIT_KPI if item else NEW_KPI)
        return FormDialog(title, fields, live=self.live_gap, check=self.kpi_problem)

    def item_from(self, values: FormValues, old: Kpi | None) -> Kpi:
        return kpi_from(values, old)

    def kpi_problem(self, values: FormValues) -> str | None:
        try:
            kpi_from(values)
        except ValueError:
            return self.t(TOO_MANY_DIGITS)
        return None

    def live_gap(self, texts: dict[str, str]) -> str:
        """What the KPI form shows under its fields: the gap, its percentage, missed or met."""
        return live_gap(texts, self.language)
