"""The two questions that close an action: its result when done, the reason when dropped."""

from dataclasses import dataclass

from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.widgets.cells import one_line
from workshop.phrase import Phrase
from workshop.session import Action
from workshop.vocabulary import Language

DONE_TITLE = Phrase(en="Done: {what}", fr="Faite : {what}")
RESULT_LABEL = Phrase(
    en="Result: the KPI's value now, what changed",
    fr="Résultat : la valeur du KPI, ce qui a changé",
)
TARGET_LABEL = Phrase(en="Target ({target}) reached?", fr="Cible ({target}) atteinte ?")
NO_TARGET = Phrase(en="none set", fr="aucune fixée")
TARGET_MET = Phrase(en="Yes, target met", fr="Oui, cible atteinte")
TARGET_MISSED = Phrase(en="No, target missed", fr="Non, cible manquée")
DROP_TITLE = Phrase(en="Drop: {what}", fr="Abandonner : {what}")
REASON_LABEL = Phrase(
    en="Why it is dropped (kept with the action)",
    fr="Pourquoi elle est abandonnée (gardé avec l'action)",
)

_MET, _MISSED = "met", "missed"


@dataclass(frozen=True, slots=True)
class DoneAnswer:
    """What the done dialog returned."""

    result: str
    target_met: bool | None


def done_dialog(action: Action, language: Language) -> FormDialog:
    """Asks the result of `action` and whether it met its target."""
    target = one_line(action.target) or NO_TARGET.text(language)
    choices = [(TARGET_MET.text(language), _MET), (TARGET_MISSED.text(language), _MISSED)]
    met = None if action.target_met is None else _MET if action.target_met else _MISSED
    fields = [
        FormField("result", RESULT_LABEL.text(language), "multiline", action.result),
        FormField(
            "target_met",
            TARGET_LABEL.text(language).format(target=target),
            "choice",
            met,
            choices,
        ),
    ]
    title = DONE_TITLE.text(language).format(what=one_line(action.what, 50))
    return FormDialog(title, fields)


def done_answer(values: dict[str, FieldValue]) -> DoneAnswer:
    """The done dialog's values, typed."""
    result = values.get("result")
    met = values.get("target_met")
    return DoneAnswer(
        result=result.strip() if isinstance(result, str) else "",
        target_met=True if met == _MET else False if met == _MISSED else None,
    )


def drop_dialog(action: Action, language: Language) -> FormDialog:
    """Asks why `action` is dropped; a reason is required."""
    field = FormField("reason", REASON_LABEL.text(language), "text", required=True)
    title = DROP_TITLE.text(language).format(what=one_line(action.what, 50))
    return FormDialog(title, [field])


def drop_reason(values: dict[str, FieldValue]) -> str:
    """The drop dialog's reason."""
    reason = values.get("reason")
    return reason.strip() if isinstance(reason, str) else ""
