"""Synthetic libraries for the benchmarks: realistic sessions, every step filled, both languages.

Each session is about 8 KB stored. Root causes are drawn from a small pool, with their case and
accents varied the way people type, so the failure board has recurring causes to group. The
same seed gives the same library.
"""

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from storage.library import Library
from workshop.case import CampaignCase, Kpi
from workshop.session import (
    Action,
    AnonymousEntry,
    BiasCheck,
    Lesson,
    RoundSetup,
    Session,
    SignalCheck,
    SwotItem,
    WhyNode,
)
from workshop.vocabulary import (
    BIASES,
    LESSON_SUBTYPES,
    SIGNALS,
    SUBTYPE_CATEGORY,
    ActionStatus,
    BiasStatus,
    Language,
)

SIZES = (10, 100, 1_000, 5_000)
"""The library sizes the benchmarks measure."""
FIRST_DAY = date(2021, 1, 4)
DAYS = 5 * 365
"""Sessions spread over five years, as a team's history would."""


@dataclass(frozen=True)
class Words:
    """The vocabulary sessions of one language are made of."""

    products: tuple[str, ...]
    channels: tuple[str, ...]
    kpis: tuple[str, ...]
    causes: tuple[str, ...]
    sentences: tuple[str, ...]
    owners: tuple[str, ...]


ENGLISH = Words(
    products=("Pro plan", "Team plan", "Mobile app", "Spring offer", "Webinar series", "Starter"),
    channels=("Email", "Paid social", "Webinar", "SEO", "Events", "LinkedIn ads", "Display"),
    kpis=("Conversion rate", "Click rate", "Cost per lead", "Sign-ups", "Churn", "Open rate"),
    causes=(
        "The customer data was out of date",
        "The segment was built on guesses, not usage data",
        "Nobody tested the page on mobile",
        "The message spoke of features, not of the customer's problem",
        "Tracking was set up after the launch",
        "The budget went to the channel we knew, not the one that converts",
        "The CRM and the product database were not connected",
        "Sales were not told the campaign was running",
        "The offer was unclear about the price",
        "The send time ignored the customers' time zones",
    ),
    sentences=(
        "We saw it in the weekly report but did not act on it.",
        "The figures came from the analytics dashboard, checked twice.",
        "Three customers said so in support tickets during the first week.",
        "The team had doubts before launch and nobody raised them.",
        "It matches what happened with the previous campaign in the autumn.",
        "Partners asked why the message changed between two emails.",
        "The landing page converted half as well as the one from last year.",
        "We had no time box for checking the audience before sending.",
    ),
    owners=("Julie", "Karim", "Samia", "Tom", "Léa", "Marc", "Aïcha", "Paul"),
)
FRENCH = Words(
    products=("Offre Pro", "Offre Équipe", "Appli mobile", "Offre de printemps", "Webinaires"),
    channels=("Emailing", "Réseaux sociaux payants", "Webinaire", "SEO", "Salons", "LinkedIn"),
    kpis=("Taux de conversion", "Taux de clic", "Coût par lead", "Inscriptions", "Attrition"),
    causes=(
        "Les données clients étaient obsolètes",
        "Le segment reposait sur des suppositions, pas sur l'usage",
        "Personne n'a testé la page sur mobile",
        "Le message parlait de fonctionnalités, pas du problème du client",
        "Le suivi a été mis en place après le lancement",
        "Le budget est allé au canal connu, pas à celui qui convertit",
        "Le CRM et la base produit n'étaient pas reliés",
        "Les commerciaux n'ont pas été prévenus de la campagne",
    ),
    sentences=(
        "On l'a vu dans le rapport hebdomadaire sans agir.",
        "Les chiffres viennent du tableau de bord analytique, vérifiés deux fois.",
        "Trois clients l'ont signalé au support la première semaine.",
        "L'équipe avait des doutes avant le lancement et personne ne les a dits.",
        "C'est ce qui s'était passé avec la campagne précédente à l'automne.",
        "Les partenaires ont demandé pourquoi le message changeait d'un email à l'autre.",
        "La page d'atterrissage a converti deux fois moins que l'an dernier.",
    ),
    owners=("Julie", "Karim", "Samia", "Thomas", "Léa", "Marc", "Aïcha", "Paul"),
)
WORDS: dict[Language, Words] = {"en": ENGLISH, "fr": FRENCH}


def synthetic_session(rng: random.Random, today: date = date(2026, 11, 23)) -> Session:
    """One realistic session, in English or French, with every step filled (~8 KB stored)."""
    language: Language = rng.choice(("en", "fr"))
    words = WORDS[language]
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    created = datetime.combine(start + timedelta(days=40), time(10), tzinfo=UTC)
    whys = _whys(rng, words)
    causes = [node for node in whys if node.root_cause]
    lessons = _lessons(rng, words, causes)
    return Session(
        created_at=created,
        updated_at=created + timedelta(days=2),
        language=language,
        mode=rng.choice(("workshop", "workshop", "solo")),
        step="summary",
        case=_case(rng, words, start),
        signals={
            signal: SignalCheck(checked=rng.random() < 0.5, note=_sentence(rng, words, 1))
            for signal in SIGNALS
        },
        problem=_sentence(rng, words, 2),
        whys=whys,
        swot=[
            SwotItem(kind=kind, text=_sentence(rng, words, 1), conversion=_sentence(rng, words, 1))
            for kind in ("weakness", "weakness", "threat", "threat")
        ],
        round=RoundSetup(prompts=["What went wrong?", "What did we not say?"], revealed=True),
        anonymous_entries=[
            AnonymousEntry(prompt="What went wrong?", text=_sentence(rng, words, 1))
            for _ in range(6)
        ],
        biases={bias: BiasCheck(status=_bias_status(rng), note="") for bias in BIASES},
        lessons=lessons,
        actions=[_action(rng, words, lesson.id, start, today) for lesson in lessons],
        notes=_sentence(rng, words, 2),
    )


def _lessons(rng: random.Random, words: Words, causes: list[WhyNode]) -> list[Lesson]:
    return [
        Lesson(
            text=_sentence(rng, words, 2),
            category=SUBTYPE_CATEGORY[subtype],
            subtype=subtype,
            why_id=rng.choice(causes).id,
        )
        for subtype in rng.sample(LESSON_SUBTYPES, 3)
    ]


def _sentence(rng: random.Random, words: Words, count: int) -> str:
    return " ".join(rng.choice(words.sentences) for _ in range(count))


def _case(rng: random.Random, words: Words, start: date) -> CampaignCase:
    kpis = []
    for name in rng.sample(words.kpis, 3):
        target = Decimal(rng.randrange(2, 60))
        kpis.append(Kpi(name=name, unit="%", target=target, actual=target * Decimal("0.6")))
    return CampaignCase(
        campaign=f"{rng.choice(words.products)} {start.isoformat()}",
        period_start=start,
        period_end=start + timedelta(days=rng.randrange(7, 60)),
        channels=rng.sample(words.channels, rng.randrange(1, 4)),
        budget=Decimal(rng.randrange(2, 80) * 1000),
        currency="EUR",
        objective=_sentence(rng, words, 2),
        kpis=kpis,
    )


def _whys(rng: random.Random, words: Words) -> list[WhyNode]:
    """A chain of five whys and a branch of two; one or two root causes from the pool."""
    chain: list[WhyNode] = []
    parent = None
    for depth in range(5):
        node = WhyNode(
            parent_id=parent,
            answer=_sentence(rng, words, 1),
            evidence=_sentence(rng, words, 1),
            root_cause=depth == 4,
        )
        chain.append(node)
        parent = node.id
    chain[-1] = chain[-1].model_copy(update={"answer": _cause(rng, words)})
    branch = WhyNode(parent_id=chain[1].id, answer=_sentence(rng, words, 1))
    leaf = WhyNode(
        parent_id=branch.id,
        answer=_cause(rng, words),
        evidence=_sentence(rng, words, 1),
        root_cause=rng.random() < 0.5,
    )
    return [*chain, branch, leaf]


def _cause(rng: random.Random, words: Words) -> str:
    """A cause from the pool, typed as people do: sometimes in capitals, or with a full stop."""
    cause = rng.choice(words.causes)
    return rng.choice((cause, cause.upper(), cause + ".", cause.lower() + " !"))


def _bias_status(rng: random.Random) -> BiasStatus:
    return rng.choices(("present", "cleared", "not_discussed"), weights=(2, 5, 3))[0]


def _action(rng: random.Random, words: Words, lesson_id: str, start: date, today: date) -> Action:
    due = start + timedelta(days=rng.randrange(30, 120))
    # Old campaigns' actions are mostly closed; recent ones mostly open.
    status: ActionStatus = "open"
    if due < today and rng.random() < 0.8:
        status = rng.choice(("done", "done", "dropped"))
    return Action(
        what=_sentence(rng, words, 1),
        owner=rng.choice(words.owners),
        due=due,
        kpi=rng.choice(words.kpis),
        target=f"{rng.randrange(2, 40)} %",
        follow_up=due + timedelta(days=14),
        lesson_id=lesson_id,
        status=status,
        result=_sentence(rng, words, 1) if status != "open" else "",
        target_met=rng.random() < 0.5 if status == "done" else None,
        closed_on=due if status != "open" else None,
    )


def large_session(rng: random.Random, items: int = 500) -> Session:
    """One session with `items` items across the steps, for the export benchmark."""
    base = synthetic_session(rng)
    words = WORDS[base.language]
    share = items // 5
    parent = None
    whys = []
    for index in range(share):
        node = WhyNode(
            parent_id=parent,
            answer=_sentence(rng, words, 1),
            evidence=_sentence(rng, words, 1),
            root_cause=index % 25 == 24,
        )
        whys.append(node)
        parent = node.id if index % 10 else None  # chains of ten, side by side
    lessons = [
        Lesson(text=_sentence(rng, words, 1), category=SUBTYPE_CATEGORY[s], subtype=s)
        for s in (rng.choice(LESSON_SUBTYPES) for _ in range(share))
    ]
    return base.model_copy(
        update={
            "whys": whys,
            "swot": [
                SwotItem(kind=rng.choice(("weakness", "threat")), text=_sentence(rng, words, 1))
                for _ in range(share)
            ],
            "anonymous_entries": [
                AnonymousEntry(prompt="What went wrong?", text=_sentence(rng, words, 1))
                for _ in range(share)
            ],
            "lessons": lessons,
            "actions": [
                _action(rng, words, lesson.id, base.case.period_start or FIRST_DAY, date.max)
                for lesson in lessons[: items - 4 * share]
            ],
        }
    )


def write_library(path: Path, count: int, seed: int = 2026) -> Path:
    """A new library file at `path` holding `count` synthetic sessions; returns the path."""
    rng = random.Random(seed)
    path.unlink(missing_ok=True)
    with Library.open(path) as library:
        library.add_all([synthetic_session(rng) for _ in range(count)])
    return path
