"""Errors whose message the user reads, in their language."""

from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import ValidationError

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


class InvalidSessionError(UserFacingError, ValueError):
    """A session whose parts do not hold together (a link to nothing, an id used twice).

    A ValueError, so pydantic reports it as a validation error and keeps it in the report.
    """


BROKEN: dict[str, Phrase] = {
    "id_twice": Phrase(
        en="{field}: the identifier {item_id!r} is used twice",
        fr="{field} : l'identifiant {item_id!r} sert deux fois",
    ),
    "unknown_parent": Phrase(
        en="why {node!r} has an unknown parent {parent!r}",
        fr="le pourquoi {node!r} a un parent inconnu {parent!r}",
    ),
    "loop": Phrase(
        en="the why tree loops back on itself at {node!r}",
        fr="l'arbre des pourquoi revient sur lui-même en {node!r}",
    ),
    "unknown_why": Phrase(
        en="lesson {lesson!r} refers to an unknown why {why!r}",
        fr="la leçon {lesson!r} renvoie à un pourquoi inconnu {why!r}",
    ),
    "unknown_item": Phrase(
        en="entry {entry!r} is linked to an unknown item {item!r}",
        fr="la contribution {entry!r} est reliée à un élément inconnu {item!r}",
    ),
    "unknown_lesson": Phrase(
        en="action {action!r} refers to an unknown lesson {lesson!r}",
        fr="l'action {action!r} renvoie à une leçon inconnue {lesson!r}",
    ),
    "subtype_category": Phrase(
        en="sub-type {subtype!r} does not belong to category {category!r}",
        fr="le sous-type {subtype!r} n'appartient pas à la catégorie {category!r}",
    ),
    "period_order": Phrase(
        en="the period ends before it starts", fr="la période finit avant de commencer"
    ),
    "too_deep": Phrase(
        en="the why tree is {depth} whys deep, more than the {limit} allowed",
        fr="l'arbre des pourquoi a {depth} niveaux, plus que les {limit} permis",
    ),
    "too_many": Phrase(
        en="{field}: {count} items, more than the {limit} allowed",
        fr="{field} : {count} éléments, plus que les {limit} permis",
    ),
    "text_too_long": Phrase(
        en="{field}: {length} characters, more than the {limit} allowed",
        fr="{field} : {length} caractères, plus que les {limit} permis",
    ),
    "too_much_text": Phrase(
        en="the session's texts together pass the {limit} characters allowed",
        fr="les textes de la session dépassent ensemble les {limit} caractères permis",
    ),
}
"""What a session that does not hold together breaks, said in both languages."""

REFUSED = Phrase(
    en="the change does not fit the session ({detail})",
    fr="la modification ne convient pas à la session ({detail})",
)
PROBLEMS: dict[str, Phrase] = {
    "string_too_long": Phrase(
        en="a text is too long (at most {max_length} characters)",
        fr="un texte est trop long ({max_length} caractères au plus)",
    ),
    "too_long": Phrase(
        en="a list is too long (at most {max_length} items)",
        fr="une liste est trop longue ({max_length} éléments au plus)",
    ),
    "decimal_max_digits": Phrase(
        en="a number has too many digits ({max_digits} at most)",
        fr="un nombre a trop de chiffres ({max_digits} au plus)",
    ),
    "finite_number": Phrase(en="a number must be finite", fr="un nombre doit être fini"),
    "less_than_equal": Phrase(
        en="a number is too large ({le} at most)", fr="un nombre est trop grand ({le} au plus)"
    ),
    "greater_than_equal": Phrase(
        en="a number is too small ({ge} at least)", fr="un nombre est trop petit ({ge} au moins)"
    ),
    "missing": Phrase(en="a required value is missing", fr="une valeur obligatoire manque"),
}
"""Pydantic's kinds of error a user can cause, said in their words."""


def refusal_reason(error: Exception, language: Language) -> str:
    """Why a change was refused, in `language`: the first problem, without pydantic's header."""
    if isinstance(error, UserFacingError):
        return error.text(language)
    if not isinstance(error, ValidationError):
        return str(error)
    problems = error.errors()
    first: Mapping[str, Any] = problems[0] if problems else {}
    context: Mapping[str, Any] = first.get("ctx") or {}
    cause = context.get("error")
    if isinstance(cause, UserFacingError):
        return cause.text(language)
    phrase = PROBLEMS.get(first.get("type", ""))
    if phrase is not None:
        values = {key: value for key, value in context.items() if key != "error"}
        return phrase.text(language).format_map(_Blank(values))
    detail = str(first.get("msg", "")) or type(error).__name__
    return REFUSED.text(language).format(detail=detail)


class _Blank(dict[str, object]):
    """Format values where a missing one reads as nothing rather than raising."""

    def __missing__(self, key: str) -> str:
        return ""
