"""The words of the SMART check of an action: what an action still lacks, in both languages."""

from typing import Final

from workshop.phrase import Phrase
from workshop.steps.smart import SmartGap

SMART_GAP_LABELS: Final[dict[SmartGap, Phrase]] = {
    "owner": Phrase(en="no owner", fr="sans responsable"),
    "due": Phrase(en="no date", fr="sans échéance"),
    "measure": Phrase(en="no measurable target", fr="sans cible mesurable"),
    "verb": Phrase(en="no verb", fr="sans verbe"),
}
"""A short label for each gap, as the SMART check column and the action's details show it."""

SMART_GAP_SHORT: Final[dict[SmartGap, Phrase]] = {
    "owner": Phrase(en="owner", fr="resp."),
    "due": Phrase(en="date", fr="date"),
    "measure": Phrase(en="target", fr="cible"),
    "verb": Phrase(en="verb", fr="verbe"),
}
"""A one-word name for each gap, for the narrow SMART check column."""

SMART_COMPLETE = Phrase(en="✓ SMART", fr="✓ SMART")
"""The SMART check of an action that lacks nothing."""

SMART_MISSING = Phrase(en="SMART check: {gaps}.", fr="Contrôle SMART : {gaps}.")
SMART_ALL_THERE = Phrase(
    en="SMART check: owner, date, measurable target and verb are all there.",
    fr="Contrôle SMART : responsable, échéance, cible mesurable et verbe sont tous là.",
)
