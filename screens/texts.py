"""Words that several screens show, written once (words the page shows too are in
`workshop.content.labels`)."""

from workshop.phrase import Phrase

UNTITLED = Phrase(en="(untitled)", fr="(sans titre)")
"""A session without a campaign name, in a list."""
NOTHING_TO_UNDO = Phrase(en="Nothing to undo.", fr="Rien à annuler.")
FIRST_DAY = Phrase(en="First day", fr="Premier jour")
LAST_DAY = Phrase(en="Last day", fr="Dernier jour")
KPI_LINE = Phrase(en="KPI: {kpi} → target {target}", fr="KPI : {kpi} → cible {target}")
"""An action's measure, on its detail line."""
SKIPPED = Phrase(en="skipped", fr="passée")
"""Beside a step the facilitator skipped."""
KEYS = Phrase(en="Keys", fr="Touches")
CANCEL = Phrase(en="Cancel", fr="Annuler")
LESSON = Phrase(en="Lesson", fr="Leçon")
