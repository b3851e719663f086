"""Every message outside the method content exists in English and in French."""

import importlib
import pkgutil
import re
import string

import pytest

import screens
from storage import errors
from tests.phrases import phrases_in
from workshop.export import session_json
from workshop.phrase import Phrase

SCREEN_MODULES = [
    importlib.import_module(info.name)
    for info in pkgutil.walk_packages(screens.__path__, "screens.")
]
PHRASES = phrases_in([*SCREEN_MODULES, errors, session_json])
IDS = [path for path, _ in PHRASES]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_walk_finds_the_messages() -> None:
    """The collection reaches the CLI, every screen, storage and import messages."""
    paths = set(IDS)
    assert "cli_texts.DESCRIPTION" in paths
    assert "errors.ConflictError.MESSAGE" in paths
    assert "home.screen.EMPTY" in paths and "widgets.step_bar.SAVE_STATES[failed]" in paths
    assert "export.session_json.TOO_NEW" in paths
    assert len(PHRASES) > 50


@pytest.mark.parametrize(("path", "phrase"), PHRASES, ids=IDS)
def test_message_is_in_both_languages(path: str, phrase: Phrase) -> None:
    """Both languages are filled, and a sentence is not left untranslated."""
    assert phrase.en.strip() and phrase.fr.strip(), path
    if len(phrase.en) > 12 and "{" not in phrase.en[:2]:
        assert phrase.en != phrase.fr, path


@pytest.mark.parametrize(("path", "phrase"), PHRASES, ids=IDS)
def test_both_languages_fill_the_same_blanks(path: str, phrase: Phrase) -> None:
    """A value shown in one language is shown in the other (no {placeholder} dropped)."""
    assert placeholders(phrase.en) == placeholders(phrase.fr), path


@pytest.mark.parametrize(("path", "phrase"), PHRASES, ids=IDS)
def test_french_punctuation_is_spaced(path: str, phrase: Phrase) -> None:
    """French puts a space before ; : ! ? (format fields and paths aside)."""
    text = re.sub(r"\{[^}]*\}|'[^']*'|\$\w+", "", phrase.fr)
    assert not re.search(r"\w[;:!?]", text), phrase.fr
