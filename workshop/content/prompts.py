"""The prompts of the anonymous round, and of its solo replacement, the devil's advocate."""

from typing import Final

from workshop.content.kinds import RoundPrompt
from workshop.phrase import Phrase

ANONYMOUS_PROMPTS: Final[tuple[RoundPrompt, ...]] = (
    RoundPrompt(
        id="went_wrong",
        text=Phrase(
            en="What went wrong, in your view?",
            fr="Selon vous, qu'est-ce qui n'a pas marché ?",
        ),
    ),
    RoundPrompt(
        id="would_change",
        text=Phrase(
            en="What would you change if we ran this campaign again?",
            fr="Que changeriez-vous si l'on relançait cette campagne ?",
        ),
    ),
    RoundPrompt(
        id="unsaid",
        text=Phrase(
            en="What has nobody dared to say so far?",
            fr="Qu'est-ce que personne n'a encore osé dire ?",
        ),
    ),
    RoundPrompt(
        id="saw_coming",
        text=Phrase(
            en="What did you see coming before the results were in?",
            fr="Qu'aviez-vous vu venir avant les résultats ?",
        ),
    ),
    RoundPrompt(
        id="keep",
        text=Phrase(
            en="What worked and should be kept next time?",
            fr="Qu'est-ce qui a fonctionné et mérite d'être gardé ?",
        ),
    ),
)
"""The prompts each participant answers on a private screen."""

DEVILS_ADVOCATE_PROMPTS: Final[tuple[RoundPrompt, ...]] = (
    RoundPrompt(
        id="attack_root_cause",
        text=Phrase(
            en="Which of your root causes would a sceptical colleague attack first, and why?",
            fr="Quelle cause racine un collègue sceptique attaquerait-il en premier, et pourquoi ?",
        ),
    ),
    RoundPrompt(
        id="contrary_evidence",
        text=Phrase(
            en="Which figure or fact does not fit your explanation?",
            fr="Quel chiffre ou quel fait ne colle pas avec votre explication ?",
        ),
    ),
    RoundPrompt(
        id="your_share",
        text=Phrase(
            en=(
                "Where are you blaming the market, the tools or other people for something that "
                "was yours?"
            ),
            fr=(
                "Qu'attribuez-vous au marché, aux outils ou aux autres qui relevait en fait "
                "de vous ?"
            ),
        ),
    ),
    RoundPrompt(
        id="bet_next_budget",
        text=Phrase(
            en=(
                "If you had to bet next quarter's budget on your main lesson, what would make you "
                "hesitate?"
            ),
            fr=(
                "S'il fallait miser le budget du prochain trimestre sur votre leçon principale, "
                "qu'est-ce qui vous ferait hésiter ?"
            ),
        ),
    ),
)
"""The prompts one person answers alone, arguing against their own analysis."""
