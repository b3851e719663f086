"""Which warning signals the missed KPIs already point to, read from their names and units."""

import re
import unicodedata
from typing import Final

from workshop.case import CampaignCase, Kpi
from workshop.session import Session, SignalCheck
from workshop.vocabulary import SIGNALS, SignalId

_ACRONYMS: Final[dict[SignalId, tuple[str, ...]]] = {
    "low_conversion": ("ctr",),
    "low_roi": ("roi", "roas", "cac", "cpa"),
    "negative_sentiment": ("nps",),
}
"""Short names that must stand as whole words ("roi" must not match "croissance")."""

_WORDS: Final[dict[SignalId, tuple[str, ...]]] = {
    "low_conversion": ("conversion", "taux de conversion", "click", "clic"),
    "low_roi": (
        "return on investment",
        "cost per acquisition",
        "cout par acquisition",
        "cout d'acquisition",
        "revenue",
        "chiffre d'affaires",
    ),
    "high_churn": (
        "churn",
        "unsubscri",
        "desabonnement",
        "desinscription",
        "attrition",
        "cancellation",
        "resiliation",
    ),
    "weak_engagement": (
        "engagement",
        "likes",
        "shares",
        "comments",
        "partages",
        "commentaires",
        "followers",
        "abonnes",
    ),
    "negative_sentiment": ("review", "satisfaction", "avis", "sentiment"),
}
"""Words matched at the start of a word, so plurals and endings count ("clicks", "clics")."""


def _pattern(signal: SignalId) -> re.Pattern[str]:
    parts = [rf"\b{re.escape(word)}" for word in _WORDS.get(signal, ())]
    parts += [rf"\b{re.escape(short)}s?\b" for short in _ACRONYMS.get(signal, ())]
    return re.compile("|".join(parts))


_PATTERNS: Final[dict[SignalId, re.Pattern[str]]] = {
    signal: _pattern(signal) for signal in SIGNALS if signal in _WORDS or signal in _ACRONYMS
}


def normalized(text: str) -> str:
    """`text` lower-cased, without accents, with typographic apostrophes made plain."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def kpi_signals(kpi: Kpi) -> set[SignalId]:
    """The signals a KPI's name and unit speak of, whether or not it was missed."""
    words = normalized(f"{kpi.name} {kpi.unit}")
    return {signal for signal, pattern in _PATTERNS.items() if pattern.search(words)}


def implied_signals(case: CampaignCase) -> set[SignalId]:
    """The warning signals that the case's missed KPIs imply."""
    implied: set[SignalId] = set()
    for kpi in case.missed_kpis:
        implied |= kpi_signals(kpi)
    return implied


def first_ticks(session: Session) -> list[SignalId]:
    """On the step's first visit (nothing ticked or noted yet): the signals the missed KPIs
    imply, in the checklist's order, to tick for the group to confirm."""
    if session.signals:
        return []
    implied = implied_signals(session.case)
    return [signal for signal in SIGNALS if signal in implied]


def check_of(session: Session, signal: SignalId) -> SignalCheck:
    """What the group saw of `signal`; unticked and without a note until someone says."""
    return session.signals.get(signal, SignalCheck())


def with_check(
    session: Session, signal: SignalId, check: SignalCheck
) -> dict[SignalId, SignalCheck]:
    """The session's signals with `check` kept for `signal`."""
    return {**session.signals, signal: check}
