"""Every user-facing text of every layer exists in English and in French, written the same way.

One check over every Phrase the modules of workshop, storage and screens define: the screens and
the CLI, the storage errors, the method content, the exports. What only the content must satisfy
(titles that fit the step list, guidance of two to four sentences...) is in
tests/workshop/test_content.py.
"""

import itertools
import re
import string

import pytest

from tests.phrases import every_phrase
from workshop.phrase import Phrase

PHRASES = every_phrase()
IDS = [path for path, _ in PHRASES]

TRANSLATION_MIN_LENGTH = 12
"""A text longer than this is a sentence, which must not be left untranslated."""
SAME_IN_BOTH_LANGUAGES = frozenset({"Communication"})
"""Texts long enough to be checked that are rightly spelt the same in English and French."""
FRAGMENTS = frozenset({"screens.steps.anonymous.EXPECTED"})
"""Texts written straight after another one, which therefore start with a space."""


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_walk_finds_the_messages() -> None:
    """The walk reaches the CLI, every screen, storage, the exports and the content."""
    paths = set(IDS)
    assert "screens.cli_texts.DESCRIPTION" in paths
    assert "storage.errors.ConflictError.MESSAGE" in paths
    assert "screens.home.texts.EMPTY" in paths
    assert "screens.widgets.step_bar.SAVE_STATES[failed]" in paths
    assert "workshop.export.session_json.TOO_NEW" in paths
    assert "workshop.content.steps.STEP_GUIDES[case].title" in paths
    assert "workshop.content.biases.BIAS_INFO[hindsight].question" in paths
    modules = {".".join(itertools.takewhile(str.islower, path.split("."))) for path in paths}
    content = ("steps", "signals", "biases", "lessons", "prompts", "labels", "board_labels")
    assert {f"workshop.content.{name}" for name in content} <= modules
    assert {"workshop.export.session_json", "storage.errors", "screens.i18n"} <= modules
    assert len(PHRASES) > 500


@pytest.mark.parametrize(("path", "phrase"), PHRASES, ids=IDS)
def test_text_is_written_alike_in_both_languages(path: str, phrase: Phrase) -> None:
    """Both languages filled, without stray spaces, translated, with the same {blanks}, and
    punctuated as each language wants: a space before ; : ! ? in French, none in English."""
    for text in (phrase.en, phrase.fr):
        assert text.strip(), f"{path}: empty"
        if path not in FRAGMENTS:
            assert text == text.strip(), f"{path}: spaces around {text!r}"
    if (
        len(phrase.en) > TRANSLATION_MIN_LENGTH
        and "{" not in phrase.en[:2]
        and phrase.en not in SAME_IN_BOTH_LANGUAGES
    ):
        assert phrase.en != phrase.fr, f"{path}: not translated"
    assert placeholders(phrase.en) == placeholders(phrase.fr), f"{path}: not the same blanks"
    french = re.sub(r"\{[^}]*\}|\$\w+", "", phrase.fr)  # format fields and $VARIABLES aside
    assert not re.search(r"\S[;:!?]", french), f"{path}: no space before ; : ! ? in {phrase.fr!r}"
    assert not re.search(r"\s[;:!?]", phrase.en), f"{path}: a space before ; : ! ? in {phrase.en!r}"
