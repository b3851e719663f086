"""A text the user sees, in every language the product speaks: one column per language.

`Phrase(en="Saved", fr="Enregistré")`. Adding a language is adding its name to
`workshop.vocabulary.Language` and a column to each phrase; until a phrase has it, the phrase
shows in English there, and the completeness test (tests/test_texts.py) names every phrase
still missing it.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from workshop.vocabulary import LANGUAGES, Language

FALLBACK: Final[Language] = "en"
"""The language a phrase shows in where it lacks the one asked for."""


class Phrase:
    """One piece of user-facing text, written once per language."""

    __slots__ = ("texts",)
    texts: Mapping[Language, str]
    """The text in each language it is written in."""

    def __init__(self, **texts: str) -> None:
        unknown = sorted(set(texts) - set(LANGUAGES))
        if unknown:
            raise TypeError(f"not a language of the product: {', '.join(unknown)}")
        if FALLBACK not in texts:
            raise TypeError(f"a phrase needs its {FALLBACK} text")
        object.__setattr__(self, "texts", MappingProxyType(dict(texts)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a phrase does not change")

    def text(self, language: Language) -> str:
        """The phrase in `language` (in English where it is not written yet)."""
        return self.texts.get(language) or self.texts[FALLBACK]

    def missing(self) -> list[Language]:
        """The product's languages this phrase has no text for."""
        return [language for language in LANGUAGES if not self.texts.get(language, "").strip()]

    @property
    def en(self) -> str:
        """The English text."""
        return self.text("en")

    @property
    def fr(self) -> str:
        """The French text."""
        return self.text("fr")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and dict(self.texts) == dict(other.texts)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.texts.items())))

    def __repr__(self) -> str:
        columns = ", ".join(f"{language}={text!r}" for language, text in self.texts.items())
        return f"Phrase({columns})"


SINGULAR_COUNTS: Final[Mapping[Language, frozenset[int]]] = MappingProxyType(
    {"en": frozenset({1}), "fr": frozenset({0, 1})}
)
"""The counts each language says in the singular ("1 done", "0 faite", "1 faite")."""


def singular(count: int, language: Language) -> bool:
    """Whether `language` puts a noun or participle counted `count` times in the singular."""
    return count in SINGULAR_COUNTS[language]
