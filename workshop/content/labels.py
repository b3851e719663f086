"""The words of the exported page that are ours rather than the user's."""

from workshop.phrase import Phrase
from workshop.vocabulary import ActionStatus, BiasStatus, Mode, SignalKind, SwotKind

PAGE_TITLE = Phrase(en="Post-mortem: {title}", fr="Post-mortem : {title}")
UNTITLED = Phrase(en="Untitled campaign", fr="Campagne sans titre")
UPDATED = Phrase(en="updated {date}", fr="mis à jour le {date}")

MODES: dict[Mode, Phrase] = {
    "workshop": Phrase(en="Facilitated workshop", fr="Atelier animé"),
    "solo": Phrase(en="Solo retrospective", fr="Rétrospective en solo"),
}

COLON = Phrase(en="{label}:", fr="{label} :")
SKIPPED = Phrase(en="This step was skipped.", fr="Cette étape a été passée.")
NOTHING = Phrase(en="Nothing was recorded in this step.", fr="Rien n'a été noté à cette étape.")

CAMPAIGN = Phrase(en="Campaign", fr="Campagne")
PERIOD = Phrase(en="Period", fr="Période")
PERIOD_RANGE = Phrase(en="{start} to {end}", fr="du {start} au {end}")
CHANNELS = Phrase(en="Channels", fr="Canaux")
BUDGET = Phrase(en="Budget", fr="Budget")
OBJECTIVE = Phrase(en="Objective", fr="Objectif")

KPI = Phrase(en="KPI", fr="KPI")
TARGET = Phrase(en="Target", fr="Cible")
ACTUAL = Phrase(en="Actual", fr="Réel")
GAP = Phrase(en="Gap", fr="Écart")
GAP_PERCENT = Phrase(en="Gap %", fr="Écart %")
POINTS = Phrase(en="pts", fr="pts")
"""The gap between two percentages is in percentage points."""
MISSED = Phrase(en="Missed", fr="Manqué")
YES = Phrase(en="yes", fr="oui")
NO = Phrase(en="no", fr="non")

SIGNAL = Phrase(en="Signal", fr="Signal")
KIND = Phrase(en="Kind", fr="Type")
OBSERVED = Phrase(en="Observed", fr="Constaté")
NOTE = Phrase(en="Note", fr="Note")
SIGNAL_KINDS: dict[SignalKind, Phrase] = {
    "quantitative": Phrase(en="quantitative", fr="quantitatif"),
    "qualitative": Phrase(en="qualitative", fr="qualitatif"),
}

PROBLEM = Phrase(en="Problem", fr="Problème")
EVIDENCE = Phrase(en="Evidence", fr="Preuve")
ROOT_CAUSE = Phrase(en="root cause", fr="cause racine")
ROOT_CAUSES = Phrase(en="Root causes", fr="Causes racines")

SWOT_KINDS: dict[SwotKind, Phrase] = {
    "weakness": Phrase(en="Weakness", fr="Faiblesse"),
    "threat": Phrase(en="Threat", fr="Menace"),
}
WHAT_HAPPENED = Phrase(en="What hurt us", fr="Ce qui nous a nui")
TURNED_INTO = Phrase(en="Turned into", fr="Transformé en")
NOT_CONVERTED = Phrase(en="not turned round yet", fr="pas encore retourné")

ENTRIES_NOTE = Phrase(
    en="Entries are unattributed and in no particular order.",
    fr="Les contributions sont anonymes et sans ordre particulier.",
)

NOT_REVEALED = Phrase(
    en="{count} entries, not revealed to the group yet.",
    fr="{count} contributions, pas encore révélées au groupe.",
)
TO_DISCUSS = Phrase(en="to discuss", fr="à discuter")
ALIKE = Phrase(en="{count} entries alike", fr="{count} contributions semblables")
"""After duplicates were merged: how many entries one line stands for."""

BIAS = Phrase(en="Bias", fr="Biais")
STATUS = Phrase(en="Status", fr="Statut")
BIAS_STATUSES: dict[BiasStatus, Phrase] = {
    "not_discussed": Phrase(en="not discussed", fr="non abordé"),
    "cleared": Phrase(en="cleared", fr="écarté"),
    "present": Phrase(en="present", fr="présent"),
}
BIASES_PRESENT = Phrase(
    en="Biases present: {count} of {total}.", fr="Biais présents : {count} sur {total}."
)

FROM_CAUSE = Phrase(en="from", fr="issue de")
NO_SUBTYPE = Phrase(en="no sub-type", fr="sans sous-type")

ACTION = Phrase(en="Action", fr="Action")
OWNER = Phrase(en="Owner", fr="Responsable")
DUE = Phrase(en="Due", fr="Échéance")
FOLLOW_UP = Phrase(en="Follow-up", fr="Suivi")
AB_TEST = Phrase(en="A/B test", fr="Test A/B")
RESULT = Phrase(en="Result", fr="Résultat")
UNASSIGNED = Phrase(en="unassigned", fr="non attribuée")
CHECKLIST = Phrase(en="Checklist", fr="Liste de contrôle")
ACTION_STATUSES: dict[ActionStatus, Phrase] = {
    "open": Phrase(en="open", fr="ouverte"),
    "done": Phrase(en="done", fr="faite"),
    "dropped": Phrase(en="dropped", fr="abandonnée"),
    "carried": Phrase(en="carried forward", fr="reportée"),
}
TARGET_MET = Phrase(en="target met", fr="cible atteinte")
TARGET_MISSED = Phrase(en="target missed", fr="cible manquée")
CARRIED_OVER = Phrase(en="from an earlier session", fr="reprise d'une session précédente")

NOTES = Phrase(en="Facilitator notes", fr="Notes de l'animateur")
