"""How to lead each step of a session: title, guidance, the question for the room, time box."""

from dataclasses import replace
from typing import Final

from workshop.content.kinds import StepGuide
from workshop.phrase import Phrase
from workshop.vocabulary import Mode, StepId

STEP_GUIDES: Final[dict[StepId, StepGuide]] = {
    "case": StepGuide(
        id="case",
        title=Phrase(en="The case", fr="Le cas"),
        guidance=Phrase(
            en=(
                "Lay out the facts before anyone explains them. Note the campaign's name, "
                "dates, channels, budget and the objective it had, then each KPI with its "
                "target and its actual value. The gaps are computed for you; keep opinions "
                "for the next steps."
            ),
            fr=(
                "Posez les faits avant que quiconque ne les explique. Notez le nom de la "
                "campagne, ses dates, ses canaux, son budget et l'objectif fixé, puis chaque "
                "KPI avec sa cible et sa valeur réelle. Les écarts sont calculés "
                "automatiquement ; gardez les avis pour les étapes suivantes."
            ),
        ),
        question=Phrase(
            en="What did this campaign set out to achieve, and what actually happened?",
            fr="Que devait obtenir cette campagne, et qu'a-t-elle réellement obtenu ?",
        ),
        solo_question=Phrase(
            en="What did you expect this campaign to achieve, and what did it actually achieve?",
            fr="Qu'attendiez-vous de cette campagne, et qu'a-t-elle réellement donné ?",
        ),
        minutes=10,
    ),
    "signals": StepGuide(
        id="signals",
        title=Phrase(en="Warning signals", fr="Signaux d'alerte"),
        guidance=Phrase(
            en=(
                "Go through the checklist one signal at a time and tick only those the group "
                "agrees were there. For each one, write what was seen: a figure, a quote, the "
                "stage of the funnel. Numbers first, then the feelings inside the team."
            ),
            fr=(
                "Parcourez la liste signal par signal et ne cochez que ceux sur lesquels le "
                "groupe s'accorde. Pour chacun, notez ce qui a été constaté : un chiffre, une "
                "citation, l'étape du tunnel concernée. D'abord les chiffres, ensuite le "
                "ressenti de l'équipe."
            ),
        ),
        question=Phrase(
            en="Which of these signals did we see, and where exactly did we see them?",
            fr="Lesquels de ces signaux avons-nous vus, et où exactement ?",
        ),
        solo_question=Phrase(
            en="Which of these signals did you see, and where exactly did you see them?",
            fr="Lesquels de ces signaux avez-vous vus, et où exactement ?",
        ),
        minutes=10,
    ),
    "whys": StepGuide(
        id="whys",
        title=Phrase(en="The 5 whys", fr="Les 5 pourquoi"),
        guidance=Phrase(
            en=(
                'Agree on one problem statement, then ask "why?" and write the answer; that '
                "answer becomes the next question. Stop when the answer is something the team "
                "can change, which is often around the fifth why. When the room gives two "
                "different answers, open a second branch rather than choosing too early."
            ),
            fr=(
                "Mettez-vous d'accord sur l'énoncé du problème, puis demandez « pourquoi ? » "
                "et notez la réponse, qui devient la question suivante. Arrêtez-vous quand la "
                "réponse désigne quelque chose que l'équipe peut changer, souvent vers le "
                "cinquième pourquoi. Si la salle donne deux réponses différentes, ouvrez une "
                "seconde branche plutôt que de trancher trop tôt."
            ),
        ),
        question=Phrase(
            en="Why did this happen? And why did that happen?",
            fr="Pourquoi est-ce arrivé ? Et cela, pourquoi ?",
        ),
        solo_question=Phrase(
            en=(
                "Why did this happen? Keep asking yourself why until you reach something you can "
                "fix."
            ),
            fr=(
                "Pourquoi est-ce arrivé ? Continuez à vous demander pourquoi jusqu'à trouver "
                "quelque chose que vous pouvez corriger."
            ),
        ),
        minutes=20,
    ),
    "swot": StepGuide(
        id="swot",
        title=Phrase(en="Reverse SWOT", fr="SWOT inversé"),
        guidance=Phrase(
            en=(
                "List the internal weaknesses and the external threats that played a part in "
                "the failure. For each one, ask how it could become a strength or an "
                "opportunity next time: a weak social presence, say, becomes a more engaging "
                "content strategy measured with analytics. An item may stay without an answer "
                "for now; the summary will show it as open."
            ),
            fr=(
                "Listez les faiblesses internes et les menaces externes qui ont pesé dans "
                "l'échec. Pour chacune, cherchez comment en faire une force ou une opportunité "
                "la prochaine fois : une faible présence sur les réseaux sociaux, par exemple, "
                "devient une stratégie de contenu plus engageante, mesurée avec l'analytics. Un "
                "point peut rester sans réponse pour l'instant ; la synthèse le signalera comme "
                "ouvert."
            ),
        ),
        question=Phrase(
            en=(
                "What weakened us from inside, what hit us from outside, and how do we turn it "
                "round?"
            ),
            fr=(
                "Qu'est-ce qui nous a affaiblis de l'intérieur, qu'est-ce qui nous a frappés "
                "de l'extérieur, et comment retourner la situation ?"
            ),
        ),
        solo_question=Phrase(
            en=(
                "What weakened your campaign from inside, what hit it from outside, and how "
                "could you turn each one round?"
            ),
            fr=(
                "Qu'est-ce qui a affaibli votre campagne de l'intérieur, qu'est-ce qui l'a "
                "frappée de l'extérieur, et comment retourner chaque point ?"
            ),
        ),
        minutes=15,
    ),
    "anonymous": StepGuide(
        id="anonymous",
        title=Phrase(en="Anonymous round", fr="Tour anonyme"),
        guidance=Phrase(
            en=(
                "Pass the laptop round: each person answers the prompts on a private screen "
                "and hands it on. Nobody's name is kept and earlier answers stay hidden. "
                "When everyone has written, reveal all the answers at once and discuss the "
                "ideas, never who might have written them."
            ),
            fr=(
                "Faites circuler l'ordinateur : chacun répond aux questions sur un écran "
                "privé, puis le passe à son voisin. Aucun nom n'est conservé et les réponses "
                "précédentes restent masquées. Quand tout le monde a écrit, affichez toutes "
                "les réponses d'un coup et discutez des idées, jamais de leurs auteurs."
            ),
        ),
        question=Phrase(
            en="What do you think went wrong, and what has nobody said out loud yet?",
            fr="Selon vous, qu'est-ce qui n'a pas marché, et que personne n'a encore osé dire ?",
        ),
        solo_question=Phrase(
            en=(
                "What would a sceptical colleague say about your analysis? Argue against "
                "yourself before you conclude."
            ),
            fr=(
                "Que dirait un collègue sceptique de votre analyse ? Faites-vous l'avocat du "
                "diable avant de conclure."
            ),
        ),
        minutes=15,
    ),
    "biases": StepGuide(
        id="biases",
        title=Phrase(en="Bias check", fr="Contrôle des biais"),
        guidance=Phrase(
            en=(
                "Before concluding, test the analysis against each bias: read the definition, "
                "ask the question, and let the group mark it cleared or present. Watch for "
                "excuses and for blame put on people or on the market instead of the process. "
                "A bias marked present is useful information, not an accusation."
            ),
            fr=(
                "Avant de conclure, confrontez l'analyse à chaque biais : lisez la définition, "
                "posez la question et laissez le groupe le marquer écarté ou présent. Repérez "
                "les excuses et les reproches adressés aux personnes ou au marché plutôt "
                "qu'au processus. Un biais présent est une information utile, pas une "
                "accusation."
            ),
        ),
        question=Phrase(
            en="Is our explanation the true story, or the story that suits us?",
            fr="Notre explication est-elle la vraie histoire, ou celle qui nous arrange ?",
        ),
        solo_question=Phrase(
            en="Is your explanation the true story, or the story that suits you?",
            fr="Votre explication est-elle la vraie histoire, ou celle qui vous arrange ?",
        ),
        minutes=10,
    ),
    "lessons": StepGuide(
        id="lessons",
        title=Phrase(en="Lessons learned", fr="Leçons apprises"),
        guidance=Phrase(
            en=(
                "Turn each root cause into a lesson the team can act on, written as a plain "
                "statement. Classify it as strategic, operational, communication or "
                "technological, and pick a sub-type to see its usual remedy. The failure "
                "board uses these categories to show causes that keep coming back."
            ),
            fr=(
                "Transformez chaque cause racine en une leçon sur laquelle l'équipe peut agir, "
                "formulée simplement. Classez-la comme stratégique, opérationnelle, de "
                "communication ou technologique, et choisissez un sous-type pour voir le "
                "remède habituel. Le tableau des échecs s'appuie sur ces catégories pour "
                "montrer les causes qui reviennent."
            ),
        ),
        question=Phrase(
            en="What do we now know that we did not know before this campaign?",
            fr="Que savons-nous maintenant que nous ignorions avant cette campagne ?",
        ),
        solo_question=Phrase(
            en="What do you now know that you did not know before this campaign?",
            fr="Que savez-vous maintenant que vous ignoriez avant cette campagne ?",
        ),
        minutes=15,
    ),
    "actions": StepGuide(
        id="actions",
        title=Phrase(en="Actions", fr="Plan d'action"),
        guidance=Phrase(
            en=(
                "Give every lesson at least one concrete change, starting with a verb. Each "
                "action needs an owner, a due date, the KPI that will prove it worked and the "
                "target to reach. Plan an A/B test when the change is a guess, and a follow-up "
                "date so the loop gets closed."
            ),
            fr=(
                "Associez à chaque leçon au moins un changement concret, formulé avec un "
                "verbe. Chaque action a besoin d'un responsable, d'une échéance, du KPI qui "
                "prouvera son effet et de la cible à atteindre. Prévoyez un test A/B quand le "
                "changement reste une hypothèse, et une date de suivi pour boucler la boucle."
            ),
        ),
        question=Phrase(
            en="Who will change what, by when, and how will we know it worked?",
            fr="Qui change quoi, pour quand, et comment saurons-nous que cela a marché ?",
        ),
        solo_question=Phrase(
            en="What will you change, by when, and how will you know it worked?",
            fr="Qu'allez-vous changer, pour quand, et comment saurez-vous que cela a marché ?",
        ),
        minutes=15,
    ),
    "summary": StepGuide(
        id="summary",
        title=Phrase(en="Summary", fr="Synthèse"),
        guidance=Phrase(
            en=(
                "Read the summary back to the room and correct anything that is wrong or "
                "unclear. Check that every root cause has a lesson and every lesson an "
                "action. Then export the page to the team wiki."
            ),
            fr=(
                "Relisez la synthèse devant la salle et corrigez ce qui est faux ou flou. "
                "Vérifiez que chaque cause racine a sa leçon et chaque leçon son action. "
                "Exportez ensuite la page vers le wiki de l'équipe."
            ),
        ),
        question=Phrase(
            en="Does this page tell the story as we understand it now?",
            fr="Cette page raconte-t-elle l'histoire telle que nous la comprenons aujourd'hui ?",
        ),
        solo_question=Phrase(
            en="Does this page tell the story as you understand it now?",
            fr="Cette page raconte-t-elle l'histoire telle que vous la comprenez aujourd'hui ?",
        ),
        minutes=5,
    ),
}
"""The guide of every step, in the order the method takes them."""

DEVILS_ADVOCATE_TITLE: Final = Phrase(en="Devil's advocate", fr="Avocat du diable")
"""Solo mode's replacement for the anonymous round, as shown in the step list."""

DEVILS_ADVOCATE_GUIDANCE: Final = Phrase(
    en=(
        "On your own, nobody is there to contradict you, so play that part yourself. Answer each "
        "prompt as a sceptical colleague would: attack your root causes, look for the facts "
        "that do not fit, and notice where you let yourself off lightly. Keep whatever "
        "survives; rewrite whatever does not."
    ),
    fr=(
        "En solo, personne n'est là pour vous contredire : tenez ce rôle vous-même. Répondez à "
        "chaque question comme le ferait un collègue sceptique : attaquez vos causes "
        "racines, cherchez les faits qui ne collent pas, repérez où vous vous accordez trop "
        "d'indulgence. Gardez ce qui résiste ; réécrivez le reste."
    ),
)
"""What the solo user does in place of the anonymous round."""


def plays_devils_advocate(step: StepId, mode: Mode) -> bool:
    """True where the step is the devil's advocate: the anonymous round, alone."""
    return step == "anonymous" and mode == "solo"


def guide_for(step: StepId, mode: Mode) -> StepGuide:
    """The guide of `step` in `mode`: alone, the question speaks to one person, and the
    anonymous round becomes the devil's advocate."""
    guide = STEP_GUIDES[step]
    if mode != "solo":
        return guide
    if plays_devils_advocate(step, mode):
        guide = replace(guide, title=DEVILS_ADVOCATE_TITLE, guidance=DEVILS_ADVOCATE_GUIDANCE)
    return replace(guide, question=guide.solo_question)
