"""The words of the failure board, shared by its screen, its page and the command line."""

from workshop.board.failure_board import ActionState
from workshop.content import labels as L
from workshop.content.labels import ACTION_STATUSES
from workshop.phrase import Phrase

BOARD_TITLE = Phrase(en="Failure board", fr="Tableau des échecs")
BOARD_FILENAME = Phrase(en="failure-board", fr="tableau-des-echecs")
SESSIONS_COVERED = Phrase(
    en="{count} sessions: {period}, {channel}, {mode}",
    fr="{count} sessions : {period}, {channel}, {mode}",
)
GENERATED = Phrase(en="Board of {date}.", fr="Tableau du {date}.")

# -- the filter ---------------------------------------------------------------------------
ALL_TIME = Phrase(en="all time", fr="toute la période")
SINCE = Phrase(en="since {since}", fr="depuis le {since}")
UNTIL = Phrase(en="until {until}", fr="jusqu'au {until}")
BETWEEN = Phrase(en="{since} to {until}", fr="du {since} au {until}")
ALL_CHANNELS = Phrase(en="all channels", fr="tous les canaux")
CHANNEL = Phrase(en="channel {channel}", fr="canal {channel}")
ALL_MODES = Phrase(en="workshops and solo", fr="ateliers et solo")
WORKSHOPS_ONLY = Phrase(en="workshops only", fr="ateliers seulement")
SOLO_ONLY = Phrase(en="solo only", fr="solo seulement")

# -- sections -----------------------------------------------------------------------------
CAUSES = Phrase(en="Root causes that keep coming back", fr="Causes racines qui reviennent")
LESSONS = Phrase(en="Lessons by category", fr="Leçons par catégorie")
SUBTYPES = Phrase(en="Lessons by sub-type", fr="Leçons par sous-type")
BIASES = Phrase(en="Biases most often present", fr="Biais les plus souvent présents")
ACTIONS = Phrase(en="Actions", fr="Actions")
TIMELINE = Phrase(en="Sessions per month", fr="Sessions par mois")
SESSIONS = Phrase(en="Sessions", fr="Sessions")

# -- columns ------------------------------------------------------------------------------
CAUSE = Phrase(en="Cause", fr="Cause")
COUNT_SESSIONS = SESSIONS
COUNT_LESSONS = Phrase(en="Lessons", fr="Leçons")
FIRST_SEEN = Phrase(en="Since", fr="Depuis")
LAST_SEEN = Phrase(en="Last", fr="Dernière")
CATEGORY = Phrase(en="Category", fr="Catégorie")
SUBTYPE = Phrase(en="Sub-type", fr="Sous-type")
BIAS = L.BIAS
MONTH = Phrase(en="Month", fr="Mois")
SESSION = Phrase(en="Session", fr="Session")
STATE = Phrase(en="State", fr="État")
DATE = Phrase(en="Date", fr="Date")
AS_TYPED = Phrase(en="As typed", fr="Telle que saisie")

# -- lines --------------------------------------------------------------------------------
CAUSE_LINE = Phrase(
    en="{cause}: {count} sessions since {since}", fr="{cause} : {count} sessions depuis {since}"
)
CAUSE_ONCE = Phrase(en="{cause}: once, {since}", fr="{cause} : une fois, {since}")
NO_SESSION = Phrase(
    en="No session matches: change the filter, or run a post-mortem first.",
    fr="Aucune session ne correspond : changez le filtre, ou menez d'abord un post-mortem.",
)
NO_ROOT_CAUSE = Phrase(
    en="No root cause marked in these sessions.",
    fr="Aucune cause racine marquée dans ces sessions.",
)
NO_LESSON = Phrase(en="No lesson in these sessions.", fr="Aucune leçon dans ces sessions.")
NO_BIAS = Phrase(
    en="No bias marked present in these sessions.",
    fr="Aucun biais marqué présent dans ces sessions.",
)
NO_ACTION = Phrase(en="No action in these sessions.", fr="Aucune action dans ces sessions.")
UNREADABLE = Phrase(
    en="{count} sessions could not be read and are left out.",
    fr="{count} sessions n'ont pas pu être lues et sont laissées de côté.",
)
_OVERDUE_COUNT = Phrase(en="{count} overdue", fr="{count} en retard")
ACTION_TOTALS: dict[ActionState, tuple[Phrase, Phrase]] = {
    # (one, several): French past participles agree with the count; 0 and 1 are singular.
    "overdue": (_OVERDUE_COUNT, _OVERDUE_COUNT),
    "open": (
        Phrase(en="{count} open", fr="{count} ouverte"),
        Phrase(en="{count} open", fr="{count} ouvertes"),
    ),
    "done": (
        Phrase(en="{count} done", fr="{count} faite"),
        Phrase(en="{count} done", fr="{count} faites"),
    ),
    "dropped": (
        Phrase(en="{count} dropped", fr="{count} abandonnée"),
        Phrase(en="{count} dropped", fr="{count} abandonnées"),
    ),
    "carried": (
        Phrase(en="{count} carried forward", fr="{count} reportée"),
        Phrase(en="{count} carried forward", fr="{count} reportées"),
    ),
}
"""The count of actions in each state, at the top of the board's action table."""

ACTION_STATES: dict[ActionState, Phrase] = {
    "overdue": Phrase(en="overdue", fr="en retard"),
    # The other states are the statuses, in the session page's words.
    "open": ACTION_STATUSES["open"],
    "done": ACTION_STATUSES["done"],
    "dropped": ACTION_STATUSES["dropped"],
    "carried": ACTION_STATUSES["carried"],
}
DAYS_LATE = Phrase(en="{days} days late", fr="{days} jours de retard")

# -- the board's page and command line (added with them) ----------------------------------
ONE_SESSION_COVERED = Phrase(
    en="1 session: {period}, {channel}, {mode}", fr="1 session : {period}, {channel}, {mode}"
)
ONE_UNREADABLE = Phrase(
    en="1 session could not be read and is left out.",
    fr="1 session n'a pas pu être lue et est laissée de côté.",
)
ONE_DAY_LATE = Phrase(en="1 day late", fr="1 jour de retard")
CHART = Phrase(en="Chart", fr="Graphique")
"""The column of text bars drawn from a count."""
MODE = Phrase(en="Mode", fr="Mode")
SESSION_ID = Phrase(en="Id", fr="Identifiant")
KPI_TARGET = Phrase(en="KPI → target", fr="KPI → cible")
MORE_ANSWERS = Phrase(en="+{count} more", fr="+{count} autres")
"""After the first answers of a cause: how many other wordings are not listed."""
HIDDEN_ONCE = Phrase(
    en="Causes seen in a single session, not listed: {count}.",
    fr="Causes vues dans une seule session, non listées : {count}.",
)
HIDDEN_RECURRING = Phrase(
    en="Causes seen in several sessions, not listed: {count}.",
    fr="Causes vues dans plusieurs sessions, non listées : {count}.",
)
NO_SUBTYPE_USED = Phrase(
    en="No lesson in these sessions has a sub-type.",
    fr="Aucune leçon de ces sessions n'a de sous-type.",
)
