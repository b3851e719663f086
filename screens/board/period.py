"""The board's filter in words, and the periods offered to choose from."""

import calendar
from datetime import date
from typing import Final, Literal

from workshop.board.failure_board import BoardFilter
from workshop.content import board_labels as words
from workshop.phrase import Phrase
from workshop.vocabulary import Language, Mode

PeriodChoice = Literal["all", "3_months", "12_months", "this_year", "last_year", "custom"]

PERIODS: Final[dict[PeriodChoice, Phrase]] = {
    "all": words.ALL_TIME,
    "3_months": Phrase(en="last 3 months", fr="3 derniers mois"),
    "12_months": Phrase(en="last 12 months", fr="12 derniers mois"),
    "this_year": Phrase(en="this year", fr="cette année"),
    "last_year": Phrase(en="last year", fr="l'année dernière"),
    "custom": Phrase(en="custom dates…", fr="dates au choix…"),
}
"""The periods the board offers, in the order of the choice."""

MODES: Final[dict[Mode | None, Phrase]] = {
    None: words.ALL_MODES,
    "workshop": words.WORKSHOPS_ONLY,
    "solo": words.SOLO_ONLY,
}
"""What each mode filter shows, in the order m goes through them."""

MONTHS: Final[tuple[Phrase, ...]] = (
    Phrase(en="Jan", fr="janv."),
    Phrase(en="Feb", fr="févr."),
    Phrase(en="Mar", fr="mars"),
    Phrase(en="Apr", fr="avr."),
    Phrase(en="May", fr="mai"),
    Phrase(en="Jun", fr="juin"),
    Phrase(en="Jul", fr="juil."),
    Phrase(en="Aug", fr="août"),
    Phrase(en="Sep", fr="sept."),
    Phrase(en="Oct", fr="oct."),
    Phrase(en="Nov", fr="nov."),
    Phrase(en="Dec", fr="déc."),
)


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def period_range(choice: PeriodChoice, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a period chosen by name (custom dates are asked apart)."""
    if choice == "3_months":
        return months_before(today, 3), None
    if choice == "12_months":
        return months_before(today, 12), None
    if choice == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


def month_label(key: str, language: Language) -> str:
    """A board month ("2026-03") as a reader writes it ("Mar 2026", "mars 2026")."""
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1].text(language)} {year}"


def day_month(day: date, language: Language) -> str:
    """The month a day falls in, as `month_label` writes it."""
    return month_label(f"{day.year:04d}-{day.month:02d}", language)


def period_text(board_filter: BoardFilter, language: Language) -> str:
    """The filter's period in words."""
    since, until = board_filter.since, board_filter.until
    if since and until:
        return words.BETWEEN.text(language).format(since=since, until=until)
    if since:
        return words.SINCE.text(language).format(since=since)
    if until:
        return words.UNTIL.text(language).format(until=until)
    return words.ALL_TIME.text(language)


def covered_text(board_filter: BoardFilter, count: int, language: Language) -> str:
    """What the board covers: "12 sessions: all time, all channels, workshops and solo"."""
    if board_filter.channel is None:
        channel = words.ALL_CHANNELS.text(language)
    else:
        channel = words.CHANNEL.text(language).format(
            channel=" ".join(board_filter.channel.split())
        )
    phrase = words.ONE_SESSION_COVERED if count == 1 else words.SESSIONS_COVERED
    return phrase.text(language).format(
        count=count,
        period=period_text(board_filter, language),
        channel=channel,
        mode=MODES[board_filter.mode].text(language),
    )


def unreadable_text(count: int, language: Language) -> str:
    """The sentence about sessions left out because they could not be read."""
    phrase = words.ONE_UNREADABLE if count == 1 else words.UNREADABLE
    return phrase.text(language).format(count=count)


def next_mode(mode: Mode | None) -> Mode | None:
    """The mode filter after `mode`: all, then workshops, then solo, then all again."""
    order = list(MODES)
    return order[(order.index(mode) + 1) % len(order)]
