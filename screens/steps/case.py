"""Step 0, the case: the campaign's facts and its KPIs, the gaps computed as they are typed."""

from decimal import Decimal
from functools import partial
from typing import ClassVar, Final, Literal, get_args

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.color import Color, ColorParseError
from textual.widgets import DataTable, Static

from screens.dialogs.form import FieldValue, FormDialog, FormField, parse_number
from screens.steps.base import StepScreen
from screens.widgets.cells import user_cell
from screens.workspace import Workspace
from workshop.case import CampaignCase, Kpi
from workshop.content import labels as L
from workshop.ids import new_id
from workshop.kpi_text import gap_percent_text, gap_text
from workshop.numbers import format_measure
from workshop.phrase import Phrase
from workshop.vocabulary import StepId

FactId = Literal["campaign", "period", "channels", "budget", "objective"]
FACTS: Final[tuple[FactId, ...]] = get_args(FactId)
FACT_LABELS: Final[dict[FactId, Phrase]] = {
    "campaign": L.CAMPAIGN,
    "period": L.PERIOD,
    "channels": L.CHANNELS,
    "budget": L.BUDGET,
    "objective": L.OBJECTIVE,
}
KPI_COLUMNS: Final = (L.KPI, L.TARGET, L.ACTUAL, L.GAP, L.GAP_PERCENT, L.MISSED)

EDIT_FACT = Phrase(en="Edit: {label}", fr="Modifier : {label}")
FIRST_DAY = Phrase(en="First day", fr="Premier jour")
LAST_DAY = Phrase(en="Last day", fr="Dernier jour")
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
LIVE_GAP = Phrase(en="Gap: {gap}{percent} — {verdict}", fr="Écart : {gap}{percent} — {verdict}")
LIVE_WAITING = Phrase(
    en="The gap shows once the target and the actual value are typed.",
    fr="L'écart s'affiche dès que la cible et la valeur réelle sont saisies.",
)
LIVE_NOT_NUMBERS = Phrase(
    en="The gap shows once the target and the actual value are numbers.",
    fr="L'écart s'affiche dès que la cible et la valeur réelle sont des nombres.",
)
MISSED_MARK = Phrase(en="✗ missed", fr="✗ manqué")
MET_MARK = Phrase(en="✓ met", fr="✓ atteint")
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
NOTHING_TO_UNDO = Phrase(en="Nothing to undo.", fr="Rien à annuler.")
TOO_MANY_DIGITS = Phrase(
    en="A number here has too many digits (30 at most).",
    fr="Un nombre a ici trop de chiffres (30 au plus).",
)

LOWER_FIELD: Final = "lower_is_better"
FormValues = dict[str, FieldValue]


def _text(value: FieldValue) -> str:
    return value.strip() if isinstance(value, str) else ""


def _number(value: FieldValue) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def case_updates(values: FormValues) -> dict[str, object]:
    """The case's fields from a fact form: texts trimmed, channels split at the commas."""
    updates: dict[str, object] = {}
    for name, value in values.items():
        text = value.strip() if isinstance(value, str) else value
        updates[name] = _channels(_text(value)) if name == "channels" else text
    return updates


def kpi_fields(values: FormValues) -> dict[str, object]:
    """A KPI's fields from the KPI form."""
    return {
        "name": _text(values.get("name")),
        "unit": _text(values.get("unit")),
        "target": _number(values.get("target")),
        "actual": _number(values.get("actual")),
        "higher_is_better": not values.get(LOWER_FIELD),
    }


def _channels(text: str) -> list[str]:
    return [channel.strip() for channel in text.split(",") if channel.strip()]


class CaseScreen(StepScreen):
    """The facts of the campaign (e edits one) and its KPIs (a adds, e edits, d deletes)."""

    STEP: ClassVar[StepId] = "case"
    FOCUS: ClassVar[str] = "#facts"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_kpi", "Add KPI", id="add_kpi"),
        Binding("e", "edit_item", "Edit", id="edit_item"),
        Binding("d,delete", "delete_item", "Delete", id="delete_item"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.deleted: list[tuple[int, Kpi]] = []
        """KPIs deleted on this screen with their places, latest last: what u brings back."""

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
        kpis: DataTable[Text] = DataTable(cursor_type="row", id="kpis")
        kpis.add_columns(*(self.t(column) for column in KPI_COLUMNS))
        self.fill_kpis(kpis)
        yield kpis

    def guide_collapsed(self) -> bool:
        return bool(self.case.kpis or self.case.objective.strip())

    # -- showing -----------------------------------------------------------------------------

    def show_case(self, kpi_id: str | None = None) -> None:
        """Redraw the facts and the KPIs; put the KPI cursor on `kpi_id` if given."""
        self.app.sub_title = self.session.title
        facts = self.query_one("#facts", DataTable)
        row = facts.cursor_row
        facts.clear()
        self.fill_facts(facts)
        facts.move_cursor(row=row)
        kpis = self.query_one("#kpis", DataTable)
        row = kpis.cursor_row
        kpis.clear()
        self.fill_kpis(kpis)
        ids = [kpi.id for kpi in self.case.kpis]
        kpis.move_cursor(row=ids.index(kpi_id) if kpi_id in ids else row)
        summary = self.query_one("#kpi-summary", Static)
        summary.update(self.kpi_summary())
        summary.set_class(bool(self.case.missed_kpis), "missed")

    def fill_facts(self, table: DataTable[Text]) -> None:
        width = max(20, self.app.size.width - 22)
        for fact in FACTS:
            label = Text(self.t(FACT_LABELS[fact]), style="bold")
            table.add_row(label, user_cell(self.fact_text(fact), width), key=fact)

    def fill_kpis(self, table: DataTable[Text]) -> None:
        for kpi in self.case.kpis:
            table.add_row(*self.kpi_row(kpi), key=kpi.id)

    def kpi_summary(self) -> str:
        kpis = self.case.kpis
        if not kpis:
            return self.t(NO_KPIS)
        return self.t(KPIS_MISSED, missed=len(self.case.missed_kpis), total=len(kpis))

    def fact_text(self, fact: FactId) -> str:
        case = self.case
        if fact == "period":
            if case.period_start is None and case.period_end is None:
                return ""
            start = case.period_start.isoformat() if case.period_start else "?"
            end = case.period_end.isoformat() if case.period_end else "?"
            return self.t(L.PERIOD_RANGE, start=start, end=end)
        if fact == "channels":
            return ", ".join(case.channels)
        if fact == "budget":
            if case.budget is None:
                return case.currency
            return format_measure(case.budget, case.currency.strip(), self.language)
        return case.campaign if fact == "campaign" else case.objective

    def kpi_row(self, kpi: Kpi) -> tuple[Text, ...]:
        language = self.language
        alarm = self.theme_style("error") if kpi.missed else Style()

        def measure(value: Decimal | None) -> Text:
            return Text("" if value is None else format_measure(value, kpi.unit, language))

        if kpi.missed:
            verdict = Text(self.t(MISSED_MARK), style=alarm + Style(bold=True))
        elif kpi.gap is not None:
            verdict = Text(self.t(MET_MARK), style=self.theme_style("success"))
        else:
            verdict = Text("")
        return (
            user_cell(kpi.name, 24),
            measure(kpi.target),
            measure(kpi.actual),
            Text(gap_text(kpi, language), style=alarm),
            Text(gap_percent_text(kpi, language), style=alarm),
            verdict,
        )

    def theme_style(self, variable: str) -> Style:
        """A text style in the colour of the theme's `variable` ($error, $success)."""
        try:
            return Style(color=Color.parse(self.app.theme_variables[variable]).rich_color)
        except (KeyError, ColorParseError):
            return Style()

    # -- keys --------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete_item":
            return self.focused_table() == "kpis" and bool(self.case.kpis)
        return super().check_action(action, parameters)

    def focused_table(self) -> str | None:
        focused = self.focused
        return focused.id if isinstance(focused, DataTable) else None

    def selected_kpi(self) -> tuple[int, Kpi] | None:
        table = self.query_one("#kpis", DataTable)
        kpis = self.case.kpis
        if not kpis or not 0 <= table.cursor_row < len(kpis):
            return None
        return table.cursor_row, kpis[table.cursor_row]

    @on(DataTable.RowSelected)
    def action_edit_item(self) -> None:
        if self.focused_table() == "kpis":
            selected = self.selected_kpi()
            if selected is not None:
                self.open_kpi_form(selected[1])
        else:
            self.open_fact_form(FACTS[self.query_one("#facts", DataTable).cursor_row])

    def action_add_kpi(self) -> None:
        self.open_kpi_form(None)

    def action_delete_item(self) -> None:
        selected = self.selected_kpi()
        if self.focused_table() != "kpis" or selected is None:
            return
        index, kpi = selected
        kpis = [k for k in self.case.kpis if k.id != kpi.id]
        if self.save_case(kpis=kpis):
            self.deleted.append((index, kpi))
            self.show_case()
            self.notify(self.t(KPI_DELETED, name=kpi.name), markup=False)

    def action_undo(self) -> None:
        if not self.deleted:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        index, kpi = self.deleted.pop()
        kpis = list(self.case.kpis)
        kpis.insert(min(index, len(kpis)), kpi)
        if self.save_case(kpis=kpis):
            self.show_case(kpi.id)
            self.notify(self.t(KPI_RESTORED, name=kpi.name), markup=False)

    # -- editing -----------------------------------------------------------------------------

    def save_case(self, **updates: object) -> bool:
        """Apply `updates` to the case and save; validated as a whole, so nothing bad is kept."""
        case = self.case.model_dump()
        case.update(updates)
        return self.change(case=case)

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
            CampaignCase.model_validate({**self.case.model_dump(), **case_updates(values)})
        except ValueError:
            return self.t(PERIOD_ORDER if fact == "period" else TOO_MANY_DIGITS)
        return None

    def fact_saved(self, values: FormValues | None) -> None:
        if values is not None and self.save_case(**case_updates(values)):
            self.show_case()

    def open_kpi_form(self, kpi: Kpi | None) -> None:
        t = self.t
        lower = not kpi.higher_is_better if kpi else False
        fields = [
            FormField("name", t(KPI_NAME), value=kpi.name if kpi else "", required=True),
            FormField("target", t(L.TARGET), "number", kpi.target if kpi else None),
            FormField("actual", t(L.ACTUAL), "number", kpi.actual if kpi else None),
            FormField("unit", t(UNIT), value=kpi.unit if kpi else ""),
            FormField(LOWER_FIELD, t(LOWER_IS_BETTER), "flag", lower),
        ]
        title = t(EDIT_KPI if kpi else NEW_KPI)
        dialog = FormDialog(title, fields, live=self.live_gap, check=self.kpi_problem)
        self.app.push_screen(dialog, partial(self.kpi_saved, kpi))

    def kpi_problem(self, values: FormValues) -> str | None:
        try:
            Kpi.model_validate(kpi_fields(values))
        except ValueError:
            return self.t(TOO_MANY_DIGITS)
        return None

    def kpi_saved(self, old: Kpi | None, values: FormValues | None) -> None:
        if values is None:
            return
        kpi = {"id": old.id if old else new_id(), **kpi_fields(values)}
        kpis: list[object] = [k.model_dump() for k in self.case.kpis]
        if old is None:
            kpis.append(kpi)
        else:
            kpis = [kpi if k.id == old.id else k.model_dump() for k in self.case.kpis]
        if self.save_case(kpis=kpis):
            self.show_case(str(kpi["id"]))

    def live_gap(self, texts: dict[str, str]) -> str:
        """What the KPI form shows under its fields: the gap, its percentage, missed or met."""
        try:
            target = parse_number(texts.get("target", ""))
            actual = parse_number(texts.get("actual", ""))
            if target is None or actual is None:
                return self.t(LIVE_WAITING)
            kpi = Kpi(
                name="-",
                unit=texts.get("unit", "").strip(),
                target=target,
                actual=actual,
                higher_is_better=not texts.get(LOWER_FIELD),
            )
        except ValueError:  # not a number, or one pydantic refuses (too many digits)
            return self.t(LIVE_NOT_NUMBERS)
        percent = gap_percent_text(kpi, self.language)
        return self.t(
            LIVE_GAP,
            gap=gap_text(kpi, self.language),
            percent=f" ({percent})" if percent else "",
            verdict=self.t(MISSED_MARK if kpi.missed else MET_MARK),
        )
