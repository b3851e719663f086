"""Errors whose message the user reads, in their language."""

from typing import ClassVar

from workshop.phrase import Phrase
from workshop.vocabulary import Language


class UserFacingError(Exception):
    """An error with a message in English and French; str() is the English one.

    The message is the class's MESSAGE unless one is given. Values may be phrases themselves
    (a reason inside the message): they are put in the right language and filled in first.
    """

    MESSAGE: ClassVar[Phrase] = Phrase(en="{detail}", fr="{detail}")

    def __init__(self, message: Phrase | None = None, /, **values: object) -> None:
        self.message = message or self.MESSAGE
        self.values = values
        super().__init__(self.text("en"))

    def text(self, language: Language) -> str:
        """The whole message in `language`."""
        plain = {k: v for k, v in self.values.items() if not isinstance(v, Phrase)}
        filled = {
            key: value.text(language).format(**plain) if isinstance(value, Phrase) else str(value)
            for key, value in self.values.items()
        }
        return self.message.text(language).format(**filled)
