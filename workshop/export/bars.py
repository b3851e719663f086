"""Counts drawn as text bars, for the board's page and screen alike.

Block characters render in every monospaced terminal font and in wiki tables, need no image and
no HTML, and read the same in every theme.
"""

FULL = "█"
EIGHTHS = ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")
"""Partial blocks, one to seven eighths of a character wide."""


def bar(count: int, largest: int, width: int) -> str:
    """`count` as a bar of at most `width` characters, `largest` filling the whole width.

    Any count above zero shows at least an eighth of a character, so nothing seen is lost.
    """
    if count <= 0 or largest <= 0 or width <= 0:
        return ""
    count = min(count, largest)
    # In eighths of a character, rounded half up; integers keep it exact.
    eighths = max(1, (2 * count * width * 8 + largest) // (2 * largest))
    full, rest = divmod(eighths, 8)
    return FULL * full + EIGHTHS[rest]
