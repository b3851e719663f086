"""The cognitive biases and excuses a group checks its analysis against before concluding."""

from typing import Final

from workshop.content.kinds import BiasInfo
from workshop.phrase import Phrase
from workshop.vocabulary import BiasId

BIAS_INFO: Final[dict[BiasId, BiasInfo]] = {
    "hindsight": BiasInfo(
        id="hindsight",
        name=Phrase(en="Hindsight bias", fr="Biais rétrospectif"),
        definition=Phrase(
            en="Once the results are in, the failure looks as if it was obvious all along.",
            fr="Une fois les résultats connus, l'échec semble avoir été évident dès le départ.",
        ),
        question=Phrase(
            en="With what we knew on launch day, would we really have made another choice?",
            fr=(
                "Avec ce que nous savions le jour du lancement, aurions-nous vraiment choisi "
                "autrement ?"
            ),
        ),
    ),
    "outcome": BiasInfo(
        id="outcome",
        name=Phrase(en="Outcome bias", fr="Biais du résultat"),
        definition=Phrase(
            en="Judging a decision by its result rather than by how well it was made.",
            fr="Juger une décision à son résultat plutôt qu'à la qualité de la réflexion.",
        ),
        question=Phrase(
            en=(
                "Which of our decisions were sound but unlucky, and which were poor but got away "
                "with it?"
            ),
            fr=(
                "Quelles décisions étaient justes mais malchanceuses, et lesquelles étaient "
                "mauvaises mais ont eu de la chance ?"
            ),
        ),
    ),
    "confirmation": BiasInfo(
        id="confirmation",
        name=Phrase(en="Confirmation bias", fr="Biais de confirmation"),
        definition=Phrase(
            en="Keeping the figures that back what we already believed and skipping the rest.",
            fr=(
                "Retenir les chiffres qui confirment ce que l'on pensait déjà et écarter les "
                "autres."
            ),
        ),
        question=Phrase(
            en="Which report or KPI contradicts our root cause, and did we look at it?",
            fr="Quel rapport ou quel KPI contredit notre cause racine, et l'avons-nous regardé ?",
        ),
    ),
    "attribution": BiasInfo(
        id="attribution",
        name=Phrase(en="Fundamental attribution error", fr="Erreur fondamentale d'attribution"),
        definition=Phrase(
            en="Blaming a person for what the process, the brief or the tools made likely.",
            fr=(
                "Accuser une personne de ce que le processus, le brief ou les outils rendaient "
                "probable."
            ),
        ),
        question=Phrase(
            en=(
                "If someone else had run this campaign with the same brief and tools, would it "
                "have gone better?"
            ),
            fr=(
                "Si quelqu'un d'autre avait mené cette campagne avec le même brief et les mêmes "
                "outils, aurait-elle mieux marché ?"
            ),
        ),
    ),
    "self_serving": BiasInfo(
        id="self_serving",
        name=Phrase(en="Self-serving bias", fr="Biais d'auto-complaisance"),
        definition=Phrase(
            en=(
                "Our successes are down to us; our failures are down to the market, the season or "
                "the algorithm."
            ),
            fr=(
                "Nos succès viennent de nous ; nos échecs viennent du marché, de la saison ou "
                "de l'algorithme."
            ),
        ),
        question=Phrase(
            en="If this campaign had worked, would we be crediting the market for it?",
            fr="Si cette campagne avait marché, en donnerions-nous le mérite au marché ?",
        ),
    ),
    "self_justification": BiasInfo(
        id="self_justification",
        name=Phrase(en="Self-justification", fr="Auto-justification"),
        definition=Phrase(
            en="Looking for excuses that protect us instead of owning our part of the result.",
            fr="Chercher des excuses qui nous protègent au lieu d'assumer notre part du résultat.",
        ),
        question=Phrase(
            en="Which part of this failure is ours, and have we said so plainly?",
            fr="Quelle part de cet échec nous revient, et l'avons-nous dit clairement ?",
        ),
    ),
    "sunk_cost": BiasInfo(
        id="sunk_cost",
        name=Phrase(en="Sunk cost fallacy", fr="Coûts irrécupérables"),
        definition=Phrase(
            en="Keeping a campaign or channel alive because of the budget already spent on it.",
            fr="Maintenir une campagne ou un canal à cause du budget déjà dépensé.",
        ),
        question=Phrase(
            en=(
                "Did we keep spending after the first weak results because stopping felt like a "
                "waste?"
            ),
            fr=(
                "Avons-nous continué à dépenser après les premiers mauvais chiffres parce "
                "qu'arrêter semblait un gâchis ?"
            ),
        ),
    ),
    "overconfidence": BiasInfo(
        id="overconfidence",
        name=Phrase(
            en="Overconfidence, planning fallacy", fr="Excès de confiance, erreur de planification"
        ),
        definition=Phrase(
            en="Expecting more leads, lower costs and a faster schedule than past campaigns delivered.",
            fr=(
                "Prévoir plus de leads, des coûts plus bas et un calendrier plus court que ce "
                "qu'ont donné les campagnes passées."
            ),
        ),
        question=Phrase(
            en="Were our targets and our schedule based on past results, or on hope?",
            fr=(
                "Nos cibles et notre calendrier reposaient-ils sur les résultats passés, ou sur "
                "l'espoir ?"
            ),
        ),
    ),
    "anchoring": BiasInfo(
        id="anchoring",
        name=Phrase(en="Anchoring", fr="Biais d'ancrage"),
        definition=Phrase(
            en=(
                "Letting the first figure we heard, such as last year's budget or a benchmark, "
                "fix our judgement."
            ),
            fr=(
                "Laisser le premier chiffre entendu, comme le budget de l'an dernier ou un "
                "benchmark, fixer notre jugement."
            ),
        ),
        question=Phrase(
            en="Where did our target numbers come from, and did anyone question them?",
            fr="D'où venaient nos chiffres cibles, et quelqu'un les a-t-il remis en question ?",
        ),
    ),
    "availability": BiasInfo(
        id="availability",
        name=Phrase(en="Availability bias", fr="Biais de disponibilité"),
        definition=Phrase(
            en=(
                "Giving too much weight to the story everyone remembers, like one angry customer "
                "or one bad day."
            ),
            fr=(
                "Donner trop de poids à l'histoire dont tout le monde se souvient, comme un "
                "client furieux ou une mauvaise journée."
            ),
        ),
        question=Phrase(
            en="Is this cause backed by the data, or just the most memorable thing that happened?",
            fr=(
                "Cette cause est-elle appuyée par les données, ou seulement par le souvenir le "
                "plus marquant ?"
            ),
        ),
    ),
    "survivorship": BiasInfo(
        id="survivorship",
        name=Phrase(en="Survivorship bias", fr="Biais du survivant"),
        definition=Phrase(
            en=(
                "Copying the campaigns that worked, without looking at the ones that used the "
                "same recipe and failed."
            ),
            fr=(
                "Copier les campagnes qui ont marché sans regarder celles qui ont suivi la même "
                "recette et échoué."
            ),
        ),
        question=Phrase(
            en="Did we copy a success story without checking how often that approach fails?",
            fr=(
                "Avons-nous copié une réussite sans vérifier combien de fois cette approche "
                "échoue ?"
            ),
        ),
    ),
    "groupthink": BiasInfo(
        id="groupthink",
        name=Phrase(en="Groupthink", fr="Pensée de groupe"),
        definition=Phrase(
            en=(
                "Agreeing with the room to keep the peace, so doubts about the plan are never "
                "voiced."
            ),
            fr=(
                "Se ranger à l'avis de la salle pour éviter les tensions, si bien que les doutes "
                "ne sont jamais exprimés."
            ),
        ),
        question=Phrase(
            en="Who had doubts before launch, and what stopped them from saying so?",
            fr="Qui avait des doutes avant le lancement, et pourquoi ne les a-t-on pas entendus ?",
        ),
    ),
    "blind_spot": BiasInfo(
        id="blind_spot",
        name=Phrase(en="Blind spots", fr="Angles morts"),
        definition=Phrase(
            en=(
                "Mistakes we cannot see from inside that an outside view, such as a mentor or "
                "consultant, would catch."
            ),
            fr=(
                "Des erreurs invisibles de l'intérieur qu'un regard extérieur, comme un mentor "
                "ou un consultant, repérerait."
            ),
        ),
        question=Phrase(
            en="What would someone outside the team find strange in this campaign?",
            fr=(
                "Qu'est-ce qu'une personne extérieure à l'équipe trouverait étrange dans cette "
                "campagne ?"
            ),
        ),
    ),
}
"""Every bias the group checks, with its definition and a probing question."""
