"""Small sessions for the failure board's tests: causes that recur, lessons, biases, actions."""

from collections.abc import Sequence
from datetime import date

from workshop.board.failure_board import Board, BoardFilter, build_board
from workshop.session import Action, BiasCheck, Lesson, Session, WhyNode
from workshop.vocabulary import (
    SUBTYPE_CATEGORY,
    BiasId,
    Language,
    LessonCategory,
    LessonSubtype,
    Mode,
)

TODAY = date(2026, 3, 31)


def made(
    title: str = "Spring emails",
    day: date = date(2026, 3, 2),
    *,
    causes: Sequence[tuple[str, LessonSubtype | None]] = (),
    lessons: Sequence[LessonCategory] = (),
    biases: Sequence[BiasId] = (),
    actions: Sequence[Action] = (),
    channels: Sequence[str] = ("Email",),
    mode: Mode = "workshop",
    language: Language = "en",
) -> Session:
    """A small session: root causes (tied to a lesson when a sub-type is given), extra lessons
    without sub-type, biases marked present, actions."""
    whys = [WhyNode(answer=answer, root_cause=True) for answer, _ in causes]
    tied = [
        Lesson(
            text="Learn from it",
            category=SUBTYPE_CATEGORY[subtype],
            subtype=subtype,
            why_id=node.id,
        )
        for node, (_, subtype) in zip(whys, causes, strict=True)
        if subtype is not None
    ]
    loose = [Lesson(text="Say it plainly", category=category) for category in lessons]
    return Session(
        language=language,
        mode=mode,
        case={"campaign": title, "period_start": day, "channels": list(channels)},  # type: ignore[arg-type]
        whys=whys,
        lessons=[*tied, *loose],
        biases={bias: BiasCheck(status="present") for bias in biases},
        actions=list(actions),
    )


OVERDUE = Action(what="Rebuild the segment", owner="Julie", due=date(2026, 2, 1), kpi="CTR")
DONE = Action(
    what="Fix the mobile page",
    due=date(2026, 2, 20),
    kpi="Mobile conversion",
    target="1%",
    status="done",
    result="Reached 1.2%",
    target_met=True,
    closed_on=date(2026, 3, 1),
)
OPEN = Action(what="Test a use-case email", due=date(2026, 4, 30), target="2%")
DROPPED = Action(
    what="Buy a new CRM", status="dropped", result="Too dear", closed_on=date(2026, 3, 9)
)


def library() -> list[Session]:
    """Three sessions over January to March (none in February) with causes that recur."""
    winter = made(
        "Winter sale",
        date(2026, 1, 10),
        causes=[
            ("The customer data was stale", "segmentation"),
            ("Données clients obsolètes", None),
        ],
        biases=["hindsight", "confirmation"],
        actions=[OVERDUE, DONE],
        channels=["Email", "Paid social"],
    )
    spring = made(
        "Spring launch",
        date(2026, 3, 5),
        causes=[
            ("Customer data out of date", "segmentation"),
            ("donnees clients obsoletes !", None),
        ],
        biases=["hindsight"],
        actions=[OPEN, DROPPED],
        channels=["email"],
        mode="solo",
    )
    webinar = made(
        "Partner webinar",
        date(2026, 3, 20),
        causes=[("Nobody tracked sign-ups", "tracking")],
        lessons=["communication"],
        channels=["Webinar"],
    )
    return [winter, spring, webinar]


def board(sessions: Sequence[Session] | None = None, **limits: object) -> Board:
    return build_board(library() if sessions is None else sessions, TODAY, BoardFilter(**limits))  # type: ignore[arg-type]
