"""How big a session may grow: the limits, and the walk that holds a session to them.

Far above any real post-mortem, low enough that a pasted or imported monster (a why chain
thousands deep, a hundred thousand KPIs, a text of megabytes) is refused with a message naming
the limit instead of freezing the screens or the export.
"""

from collections.abc import Mapping
from typing import Final

from pydantic import BaseModel

from workshop.errors import BROKEN, InvalidSessionError

MAX_WHY_DEPTH: Final = 50
"""Whys in one chain: the method asks five; ten times that is still a readable page."""
MAX_ITEMS: Final = 500
"""Items in one list (whys, KPIs, SWOT items, lessons, actions, channels, prompts, links)."""
MAX_ENTRIES: Final = 2_000
"""Entries of the anonymous round (and texts merged into one): 500 people, four answers each."""
MAX_TEXT: Final = 200_000
"""Characters in one text (an answer, a piece of evidence, the notes): a long pasted report."""
MAX_SESSION_TEXT: Final = 1_000_000
"""Characters in all the texts of one session together, about a hundred times a full one."""
MAX_FILE_BYTES: Final = 50_000_000
"""Bytes of a session file to import; refused before it is parsed."""
MAX_PEOPLE: Final = 500
"""The most participants an anonymous round may expect."""

LIST_LIMITS: Final[Mapping[str, int]] = {"anonymous_entries": MAX_ENTRIES, "merged": MAX_ENTRIES}
"""Lists whose limit is not MAX_ITEMS, by field name."""


def check_size(model: BaseModel) -> None:
    """Raise InvalidSessionError naming the first list or text of `model` over its limit.

    A walk with its own stack, in field order: no depth of nesting can exhaust Python's.
    """
    total = 0
    stack: list[tuple[str, object]] = [("", model)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_TEXT:
                raise InvalidSessionError(
                    BROKEN["text_too_long"], field=path, length=len(value), limit=MAX_TEXT
                )
            total += len(value)
            if total > MAX_SESSION_TEXT:
                raise InvalidSessionError(BROKEN["too_much_text"], limit=MAX_SESSION_TEXT)
        elif isinstance(value, BaseModel):
            names = list(type(value).model_fields)
            stack += [(_joined(path, name), getattr(value, name)) for name in reversed(names)]
        elif isinstance(value, list):
            limit = LIST_LIMITS.get(path.rsplit(".", 1)[-1], MAX_ITEMS)
            if len(value) > limit:
                raise InvalidSessionError(
                    BROKEN["too_many"], field=path, count=len(value), limit=limit
                )
            stack += [(f"{path}.{i}", item) for i, item in reversed(list(enumerate(value)))]
        elif isinstance(value, dict):
            stack += [(_joined(path, str(key)), item) for key, item in reversed(value.items())]


def _joined(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
