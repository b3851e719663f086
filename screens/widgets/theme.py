"""Text that stands out in a colour of the theme, so it reads in light and dark themes alike."""

from textual.app import App


def bold_in(app: App[object], variable: str, fallback: str = "bold") -> str:
    """A Rich style: bold in the theme's `variable` colour ($error, $warning...), or `fallback`
    when the theme has no such colour."""
    colour = app.theme_variables.get(variable, "")
    return f"bold {colour}" if colour.startswith("#") else fallback
