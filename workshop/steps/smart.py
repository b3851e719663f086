"""The SMART check of an action: what it still lacks to be specific, measurable and time-bound.

Whether `what` starts with a verb is a heuristic, for English and French, since an action is
often typed as a noun phrase ("New personas") when it should say what to do ("Build personas").
The first word counts as a verb when, in lower case and stripped of punctuation:

- it is one of the common action verbs listed below, in English or French (infinitive or
  imperative), possibly with the English prefix "re" ("rebuild", "retest");
- or it ends like an English verb of change: -ize, -ise, -ify, -ate ("prioritize", "automate");
- or it ends like a French infinitive, -er, -ir or -re ("lancer", "définir", "refaire"), or a
  French imperative, -ez ("lancez");

unless it is one of a short list of frequent words that only look like verbs ("better",
"customer", "meilleure", "notre"). It errs on the side of accepting: it is there to catch noun
phrases, not to grade grammar.
"""

import re
from typing import Final, Literal, get_args

from workshop.session import Action

SmartGap = Literal["owner", "due", "measure", "verb"]
"""What an action can lack: someone, a date, a KPI with a numeric target, a verb."""
SMART_GAPS: Final[tuple[SmartGap, ...]] = get_args(SmartGap)


def words(text: str) -> frozenset[str]:
    """The set of the words of `text`, which lists them separated by spaces and newlines."""
    return frozenset(text.split())


ACTION_VERBS: Final = words(
    """
    add adjust align allocate analyse analyze ask assign audit automate book brief build buy call
    cancel change check choose clean clear collect compare connect contact create cut debrief
    define delete deploy design do document double draft drop email enable ensure establish
    explain extend find fix follow gather get give halve hire hold implement improve include
    increase install integrate interview introduce invite keep launch limit list lower make map
    measure meet merge migrate monitor move name open order organise organize pause pick pilot
    plan prepare present prioritise prioritize publish push put raise rank read reallocate
    recruit reduce refresh remove rename replace report require research reset restructure
    retarget return review revise run schedule segment send set share shift shorten show
    simplify split start stop streamline survey switch tag target teach tell test track train
    translate trim try tune turn update upgrade use validate verify write
    fais refais lance relance teste crée définis choisis mets prends suis revois écris
    """
)
"""Common action verbs; the French ones are imperatives that no ending rule catches."""

NOT_VERBS: Final = words(
    """
    after better bigger corporate customer customers date faster fewer higher late later
    newer other over paper partner poster private power slower under user users ultimate
    autre autres centre contre dernier dernière entre fenêtre lettre meilleur meilleure
    meilleures nombre notre nouveau ordre premier première titre votre chez assez
    """
)
"""Frequent first words whose ending looks like a verb's but which are not verbs."""

ENGLISH_VERB_ENDINGS: Final = ("ize", "ise", "ify", "ate")
FRENCH_VERB_ENDINGS: Final = ("er", "ir", "re", "ez")
MIN_ENDING_WORD = 4
"""Shorter words ("her", "ire", "lire") are judged by the lists only."""


def first_word(text: str) -> str:
    """The first word of `text`, in lower case, without surrounding punctuation."""
    for token in text.split():
        word = re.sub(r"^\W+|\W+$", "", token)
        if word:
            return word.casefold()
    return ""


def starts_with_verb(text: str) -> bool:
    """True when `text` seems to start with a verb (see the module's heuristic)."""
    word = first_word(text)
    if not word or word in NOT_VERBS:
        return False
    if word in ACTION_VERBS or (word.startswith("re") and word[2:] in ACTION_VERBS):
        return True
    if len(word) < MIN_ENDING_WORD:
        return False
    return word.endswith(ENGLISH_VERB_ENDINGS) or word.endswith(FRENCH_VERB_ENDINGS)


def has_number(text: str) -> bool:
    """True when `text` holds at least one digit, as a measurable target does."""
    return any(character.isdigit() for character in text)


def smart_gaps(action: Action) -> list[SmartGap]:
    """What `action` lacks to pass the SMART check, in a fixed order; empty when nothing."""
    gaps: list[SmartGap] = []
    if not action.owner.strip():
        gaps.append("owner")
    if action.due is None:
        gaps.append("due")
    if not action.kpi.strip() or not has_number(action.target):
        gaps.append("measure")
    if not starts_with_verb(action.what):
        gaps.append("verb")
    return gaps
