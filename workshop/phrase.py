"""A text the user sees, written once in every language the product speaks."""

from dataclasses import dataclass

from workshop.vocabulary import Language


@dataclass(frozen=True, slots=True)
class Phrase:
    """One piece of user-facing text in English and in French.

    Both languages are required arguments, so a missing translation is a type error.
    """

    en: str
    fr: str

    def text(self, language: Language) -> str:
        """The phrase in `language`."""
        return self.fr if language == "fr" else self.en
