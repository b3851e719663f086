"""Pieces shared by the session page and the failure board's page."""

from collections.abc import Iterable, Sequence

from workshop.content import labels as L
from workshop.export.escape import inline
from workshop.session import Action
from workshop.vocabulary import Language

EMPTY_CELL = "—"
"""What an empty table cell shows, so a column never looks broken."""


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A GFM pipe table; cells must already be escaped, one line each; empty cells get a dash."""
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join(" --- " for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(cell or EMPTY_CELL for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def action_result(action: Action, language: Language) -> str:
    """An action's result as typed, after whether the target was met when someone said."""
    met = action.target_met
    verdict = None if met is None else L.TARGET_MET if met else L.TARGET_MISSED
    parts = [f"**{verdict.text(language)}**" if verdict else "", inline(action.result)]
    return " · ".join(part for part in parts if part)
