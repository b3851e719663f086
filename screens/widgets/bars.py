"""Counts drawn as bars in table cells, in a colour the theme makes readable.

The bar itself is the export's text bar (block characters with eighths), so the screen and the
wiki page draw the same thing; here it only gets a colour.
"""

from collections.abc import Mapping

from rich.text import Text
from textual.color import Color, ColorParseError

from workshop.export.bars import bar

LEGIBLE = 0.25
"""How far apart in brightness a bar and the background must be for the bar to read well."""


def bar_colour(theme: Mapping[str, str]) -> str | None:
    """The theme's accent, or its primary colour when the accent is too close to the background.

    `theme` is the app's `theme_variables`; None (the default colour) when it has neither.
    """
    background = _parse(theme.get("background", ""))
    candidates = [
        (name, colour) for name in ("accent", "primary") if (colour := _parse(theme.get(name, "")))
    ]
    if not candidates:
        return None
    if background is None:
        return theme[candidates[0][0]]
    for name, colour in candidates:
        if abs(colour.brightness - background.brightness) >= LEGIBLE:
            return theme[name]
    name, _ = max(candidates, key=lambda c: abs(c[1].brightness - background.brightness))
    return theme[name]


def bar_cell(count: int, largest: int, width: int, colour: str | None) -> Text:
    """`count` as a bar of at most `width` cells in `colour` (the default colour when None)."""
    return Text(bar(count, largest, width), style=colour or "", no_wrap=True, end="")


def _parse(value: str) -> Color | None:
    if not value.startswith("#"):
        return None
    try:
        return Color.parse(value)
    except ColorParseError:
        return None
