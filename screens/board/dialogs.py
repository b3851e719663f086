"""The board's questions: which period, which dates, which channel, which session."""

from collections.abc import Sequence
from datetime import date

from screens.board.period import PERIODS
from screens.dialogs.choice import ChoiceDialog
from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.texts import FIRST_DAY as FROM
from screens.texts import LAST_DAY as TO
from screens.texts import UNTITLED
from workshop.board.failure_board import BoardFilter, BoardSession
from workshop.content import board_labels as words
from workshop.phrase import Phrase
from workshop.vocabulary import Language

PERIOD_TITLE = Phrase(en="Which period?", fr="Quelle période ?")
CHANNEL_TITLE = Phrase(en="Which channel?", fr="Quel canal ?")
SESSION_TITLE = Phrase(en="Open which session?", fr="Ouvrir quelle session ?")
DATES_TITLE = Phrase(en="Sessions between two dates", fr="Sessions entre deux dates")
NO_LIMIT = Phrase(
    en="Leave a date empty for no limit on that side.",
    fr="Laissez une date vide pour ne rien limiter de ce côté.",
)
DATES_REVERSED = Phrase(
    en="The first date comes after the second.", fr="La première date vient après la seconde."
)
ALL_CHANNELS = "all"
"""The channel choice's value for every channel (the others are "#<index>")."""


def period_dialog(language: Language) -> ChoiceDialog:
    """The periods by name, and custom dates; dismisses a PeriodChoice."""
    choices = [(phrase.text(language), choice) for choice, phrase in PERIODS.items()]
    return ChoiceDialog(PERIOD_TITLE.text(language), choices)


def dates_dialog(board_filter: BoardFilter, language: Language) -> FormDialog:
    """Two dates, either may be empty; a first date after the second is refused."""
    fields = [
        FormField("since", FROM.text(language), "date", board_filter.since),
        FormField(
            "until", TO.text(language), "date", board_filter.until, hint=NO_LIMIT.text(language)
        ),
    ]

    def in_order(values: dict[str, FieldValue]) -> str | None:
        since, until = values.get("since"), values.get("until")
        if isinstance(since, date) and isinstance(until, date) and since > until:
            return DATES_REVERSED.text(language)
        return None

    return FormDialog(DATES_TITLE.text(language), fields, check=in_order)


def typed_dates(values: dict[str, FieldValue]) -> tuple[date | None, date | None]:
    """The (since, until) the dates dialog dismissed."""
    since, until = values.get("since"), values.get("until")
    return (
        since if isinstance(since, date) else None,
        until if isinstance(until, date) else None,
    )


def channel_dialog(channels: Sequence[str], language: Language) -> ChoiceDialog:
    """Every channel, or all of them; dismisses ALL_CHANNELS or "#<index in channels>"."""
    choices = [(words.ALL_CHANNELS.text(language), ALL_CHANNELS)]
    choices += [(channel, f"#{index}") for index, channel in enumerate(channels)]
    return ChoiceDialog(CHANNEL_TITLE.text(language), choices)


def sessions_dialog(sessions: Sequence[BoardSession], language: Language) -> ChoiceDialog:
    """The sessions a line comes from, by title and date; dismisses a session id."""
    untitled = UNTITLED.text(language)
    choices = [(f"{session.title or untitled} · {session.day}", session.id) for session in sessions]
    return ChoiceDialog(SESSION_TITLE.text(language), choices)
