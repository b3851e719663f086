"""Which language to speak to the user, read from the environment."""

import os
from collections.abc import Mapping

from workshop.vocabulary import Language

LANGUAGE_ENV = "ROOTCAUSE_LANG"
"""Set to "en" or "fr" to override the locale."""


def preferred_language(environ: Mapping[str, str] = os.environ) -> Language:
    """French when ROOTCAUSE_LANG or the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) says so."""
    for variable in (LANGUAGE_ENV, "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").strip().lower()
        if value and value not in ("c", "posix") and not value.startswith("c."):
            return "fr" if value.startswith("fr") else "en"
    return "en"
