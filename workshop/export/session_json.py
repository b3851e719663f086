"""A session as a JSON file that imports back to the same session."""

import json
from typing import Any, Final

from pydantic import ValidationError

from workshop.errors import UserFacingError
from workshop.limits import MAX_FILE_BYTES
from workshop.migrations import SchemaTooNewError, migrate_session
from workshop.phrase import Phrase
from workshop.session import Session

FILE_FORMAT: Final = "rootcause-session"


class InvalidSessionFileError(UserFacingError, ValueError):
    """The file is not a session export; the message names what is wrong and where."""


NOT_JSON = Phrase(en="not valid JSON ({detail})", fr="JSON invalide ({detail})")
NOT_EXPORT = Phrase(
    en="not a rootcause session export (its 'format' is not {format!r})",
    fr="pas un export de session rootcause (son 'format' n'est pas {format!r})",
)
NO_SESSION = Phrase(
    en="session: missing, or not an object", fr="session : absente, ou pas un objet"
)
TOO_NEW = Phrase(
    en="it was written by a newer rootcause (schema {version}, this one knows up to {supported})",
    fr="il a été écrit par une version plus récente de rootcause (schéma {version}, celle-ci "
    "connaît jusqu'au {supported})",
)
TOO_BIG = Phrase(
    en="the file is {size} bytes, more than the {limit} a session file may have",
    fr="le fichier fait {size} octets, plus que les {limit} permis pour une session",
)
BAD_FIELD = Phrase(en="{field}: {detail}", fr="{field} : {detail}")

_FRENCH_ERRORS: Final = {
    "missing": "champ obligatoire manquant",
    "extra_forbidden": "champ inconnu",
    "literal_error": "valeur non permise",
    "string_type": "un texte est attendu",
    "int_type": "un nombre entier est attendu",
    "bool_type": "un booléen est attendu",
    "decimal_parsing": "un nombre est attendu",
    "date_from_datetime_parsing": "une date AAAA-MM-JJ est attendue",
    "date_parsing": "une date AAAA-MM-JJ est attendue",
    "datetime_parsing": "une date et une heure ISO 8601 sont attendues",
    "list_type": "une liste est attendue",
    "dict_type": "un objet est attendu",
    "model_type": "un objet est attendu",
}
"""French for the validation errors an edited export most often has; others keep pydantic's."""


def session_json(session: Session) -> str:
    """The JSON export of `session`: the session under a small envelope naming the format."""
    envelope = {"format": FILE_FORMAT, "session": session.model_dump(mode="json")}
    return json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"


def stored_json(doc: dict[str, Any]) -> str:
    """A stored session that does not validate, in the export's envelope, exactly as stored."""
    envelope = {"format": FILE_FORMAT, "session": doc}
    return json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"


def session_from_json(text: str | bytes) -> Session:
    """The session in a JSON export, brought to the current schema.

    Raises InvalidSessionFileError naming the field at fault, or the limit a file passes.
    """
    size = len(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    if size > MAX_FILE_BYTES:
        raise InvalidSessionFileError(TOO_BIG, size=size, limit=MAX_FILE_BYTES)
    try:
        data: Any = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise InvalidSessionFileError(
            NOT_JSON, detail=type(error).__name__ if isinstance(error, RecursionError) else error
        ) from None
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise InvalidSessionFileError(NOT_EXPORT, format=FILE_FORMAT)
    doc = data.get("session")
    if not isinstance(doc, dict):
        raise InvalidSessionFileError(NO_SESSION)
    unknown = sorted(str(key) for key in data if key not in ("format", "session"))
    if unknown:  # refused like an unknown field of the session, not silently dropped
        unknown_field = _FRENCH_ERRORS["extra_forbidden"]
        raise InvalidSessionFileError(
            Phrase(en=BAD_FIELD.en, fr=BAD_FIELD.fr.replace("{detail}", unknown_field)),
            field=unknown[0],
            detail="Extra inputs are not permitted",
        )
    try:
        doc = migrate_session(doc)
        return Session.model_validate(doc)
    except SchemaTooNewError as error:
        raise InvalidSessionFileError(
            TOO_NEW, version=error.version, supported=error.supported
        ) from None
    except ValidationError as error:
        raise validation_problem(error, prefix="session") from None
    except ValueError as error:
        raise InvalidSessionFileError(BAD_FIELD, field="session", detail=error) from None


def validation_problem(error: ValidationError, prefix: str = "") -> InvalidSessionFileError:
    """The first problem pydantic found, naming the field by its dotted path."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in (prefix, *first["loc"]) if part != "")
    cause = (first.get("ctx") or {}).get("error")
    english = first["msg"].removeprefix("Value error, ")
    french = _FRENCH_ERRORS.get(first["type"], english)
    if isinstance(cause, UserFacingError):
        english, french = cause.text("en"), cause.text("fr")
    return InvalidSessionFileError(
        Phrase(en=BAD_FIELD.en, fr=BAD_FIELD.fr.replace("{detail}", french)),
        field=field or "session",
        detail=english,
    )


def describe_validation_error(error: ValidationError) -> str:
    """The first problem pydantic found, as 'field.path: message', in English."""
    return str(validation_problem(error))
