"""Lesson categories and sub-types, each sub-type with the usual remedy."""

from typing import Final

from workshop.content.kinds import CategoryInfo, SubtypeInfo
from workshop.phrase import Phrase
from workshop.vocabulary import LessonCategory, LessonSubtype

CATEGORY_INFO: Final[dict[LessonCategory, CategoryInfo]] = {
    "strategic": CategoryInfo(
        id="strategic",
        label=Phrase(en="Strategic", fr="Stratégique"),
        description=Phrase(
            en="Who we targeted, how we positioned the offer and what value we promised.",
            fr=(
                "Qui nous avons ciblé, comment nous avons positionné l'offre et quelle valeur "
                "nous avons promise."
            ),
        ),
    ),
    "operational": CategoryInfo(
        id="operational",
        label=Phrase(en="Operational", fr="Opérationnel"),
        description=Phrase(
            en="How we spent the budget, ran the campaign and followed its results.",
            fr="Comment nous avons dépensé le budget, mené la campagne et suivi ses résultats.",
        ),
    ),
    "communication": CategoryInfo(
        id="communication",
        label=Phrase(en="Communication", fr="Communication"),
        description=Phrase(
            en="What we said, through which channel and in what tone.",
            fr="Ce que nous avons dit, par quel canal et sur quel ton.",
        ),
    ),
    "technological": CategoryInfo(
        id="technological",
        label=Phrase(en="Technological", fr="Technologique"),
        description=Phrase(
            en="The site, the platforms and the tools the campaign relied on.",
            fr="Le site, les plateformes et les outils sur lesquels reposait la campagne.",
        ),
    ),
}
"""Every lesson category, in the order the method lists them."""

SUBTYPE_INFO: Final[dict[LessonSubtype, SubtypeInfo]] = {
    "segmentation": SubtypeInfo(
        id="segmentation",
        category="strategic",
        label=Phrase(en="Wrong audience segmentation", fr="Mauvaise segmentation de l'audience"),
        remedy=Phrase(
            en=(
                "Redefine the target with demographic, psychographic and behavioural criteria, "
                "and build detailed personas from real customer data; adapt the message to each."
            ),
            fr=(
                "Redéfinissez la cible avec des critères démographiques, psychographiques et "
                "comportementaux, et construisez des personas détaillés à partir de vraies "
                "données clients ; adaptez le message à chacun."
            ),
        ),
    ),
    "positioning": SubtypeInfo(
        id="positioning",
        category="strategic",
        label=Phrase(en="Unsuitable positioning", fr="Positionnement inadapté"),
        remedy=Phrase(
            en=(
                "Rework how the offer stands out from competitors, put its unique advantages "
                "first and say them clearly to the target."
            ),
            fr=(
                "Retravaillez ce qui distingue l'offre de la concurrence, mettez ses avantages "
                "uniques en avant et dites-les clairement à la cible."
            ),
        ),
    ),
    "value_proposition": SubtypeInfo(
        id="value_proposition",
        category="strategic",
        label=Phrase(en="Unclear value proposition", fr="Proposition de valeur floue"),
        remedy=Phrase(
            en=(
                "Spell out the benefit for the customer and answer in one sentence: why should "
                "they choose us rather than a competitor?"
            ),
            fr=(
                "Explicitez le bénéfice pour le client et répondez en une phrase : pourquoi "
                "nous choisirait-il plutôt qu'un concurrent ?"
            ),
        ),
    ),
    "budget_allocation": SubtypeInfo(
        id="budget_allocation",
        category="operational",
        label=Phrase(en="Budget badly allocated", fr="Budget mal alloué"),
        remedy=Phrase(
            en=(
                "Use an attribution model to see which channels really bring conversions, and "
                "move the budget according to each channel's results."
            ),
            fr=(
                "Utilisez un modèle d'attribution pour voir quels canaux apportent vraiment des "
                "conversions, et répartissez le budget selon les résultats de chacun."
            ),
        ),
    ),
    "execution": SubtypeInfo(
        id="execution",
        category="operational",
        label=Phrase(en="Sloppy execution", fr="Exécution bâclée"),
        remedy=Phrase(
            en=(
                "Plan and coordinate better: clear deadlines, one owner per task, and make sure "
                "everyone on the team knows their role."
            ),
            fr=(
                "Planifiez et coordonnez mieux : des échéances claires, un responsable par "
                "tâche, et un rôle compris de chaque membre de l'équipe."
            ),
        ),
    ),
    "tracking": SubtypeInfo(
        id="tracking",
        category="operational",
        label=Phrase(en="No tracking or optimisation", fr="Ni suivi ni optimisation"),
        remedy=Phrase(
            en=(
                "Write a tracking plan with KPIs for each stage of the funnel, review them "
                "every week and adjust; use A/B tests to improve messages and offers."
            ),
            fr=(
                "Rédigez un plan de suivi avec des KPI pour chaque étape du tunnel, "
                "revoyez-les chaque semaine et ajustez ; servez-vous de tests A/B pour "
                "améliorer messages et offres."
            ),
        ),
    ),
    "message_fit": SubtypeInfo(
        id="message_fit",
        category="communication",
        label=Phrase(en="Message not fitted to the audience", fr="Message inadapté à l'audience"),
        remedy=Phrase(
            en=(
                "Write for the target audience: clear, short wording that puts first the "
                "benefits that matter most to them."
            ),
            fr=(
                "Écrivez pour l'audience visée : des mots clairs et concis qui mettent en "
                "avant les bénéfices qui comptent le plus pour elle."
            ),
        ),
    ),
    "channel": SubtypeInfo(
        id="channel",
        category="communication",
        label=Phrase(en="Wrong channel", fr="Canal inapproprié"),
        remedy=Phrase(
            en=(
                "Choose the channels where the audience actually spends its time; a young "
                "audience, for example, is easier to reach on TikTok or Instagram than by email."
            ),
            fr=(
                "Choisissez les canaux où l'audience passe réellement son temps ; on touche "
                "par exemple un public jeune plus facilement sur TikTok ou Instagram que par "
                "email."
            ),
        ),
    ),
    "tone": SubtypeInfo(
        id="tone",
        category="communication",
        label=Phrase(en="Wrong tone", fr="Ton inadéquat"),
        remedy=Phrase(
            en=(
                "Match the tone to the brand and the audience: professional and formal for B2B "
                "buyers, more relaxed for consumers."
            ),
            fr=(
                "Accordez le ton à la marque et à l'audience : professionnel et formel pour des "
                "acheteurs B2B, plus détendu pour le grand public."
            ),
        ),
    ),
    "platform_stability": SubtypeInfo(
        id="platform_stability",
        category="technological",
        label=Phrase(en="Unstable platform", fr="Plateforme instable"),
        remedy=Phrase(
            en=(
                "Test the site and the CRM regularly, invest in sturdy hosting and reliable "
                "suppliers, and keep plugins up to date."
            ),
            fr=(
                "Testez régulièrement le site et le CRM, investissez dans un hébergement solide "
                "et des fournisseurs fiables, et tenez les extensions à jour."
            ),
        ),
    ),
    "mobile": SubtypeInfo(
        id="mobile",
        category="technological",
        label=Phrase(en="Site not optimised for mobile", fr="Site non optimisé pour le mobile"),
        remedy=Phrase(
            en=(
                "Design mobile-first and test every page on phones before launch; check speed "
                "with a tool such as PageSpeed Insights."
            ),
            fr=(
                "Concevez d'abord pour le mobile et testez chaque page sur smartphone avant le "
                "lancement ; vérifiez la vitesse avec un outil comme PageSpeed Insights."
            ),
        ),
    ),
    "automation_config": SubtypeInfo(
        id="automation_config",
        category="technological",
        label=Phrase(en="Automation tools misconfigured", fr="Automatisation mal configurée"),
        remedy=Phrase(
            en=(
                "Take time to set up and test every automation, train the team on the tools, "
                "and clean the sending lists of outdated or wrong addresses."
            ),
            fr=(
                "Prenez le temps de paramétrer et de tester chaque automatisation, formez "
                "l'équipe aux outils et nettoyez les listes d'envoi des adresses obsolètes ou "
                "erronées."
            ),
        ),
    ),
    "integration": SubtypeInfo(
        id="integration",
        category="technological",
        label=Phrase(en="Tools badly integrated", fr="Outils mal intégrés"),
        remedy=Phrase(
            en=(
                "Connect the CRM, the emailing tool and analytics through connectors or APIs, "
                "so no data is lost between them and everyone sees the same customer."
            ),
            fr=(
                "Reliez le CRM, l'outil d'emailing et l'analytics par des connecteurs ou des "
                "API, pour ne perdre aucune donnée entre eux et partager la même vue du client."
            ),
        ),
    ),
}
"""Every lesson sub-type with its category and usual remedy."""


def subtypes_of(category: LessonCategory) -> list[SubtypeInfo]:
    """The sub-types of `category`, in vocabulary order."""
    return [info for info in SUBTYPE_INFO.values() if info.category == category]
