"""What can go wrong with a library, each as a sentence a user can act on, in both languages."""

from pathlib import Path

from workshop.errors import UserFacingError
from workshop.phrase import Phrase


class LibraryError(UserFacingError):
    """A problem with the library the user must hear about."""


class NotALibraryError(LibraryError):
    """The file exists but is not a rootcause library; it is never written over."""

    MESSAGE = Phrase(
        en="{path} is not a rootcause library ({why}); it was left untouched. Choose another file with --db or ROOTCAUSE_DB.",
        fr="{path} n'est pas une bibliothèque rootcause ({why}) ; il n'a pas été modifié. Choisissez un autre fichier avec --db ou ROOTCAUSE_DB.",
    )

    def __init__(self, path: Path, why: Phrase, **values: object) -> None:
        super().__init__(path=path, why=why, **values)
        self.path = path


NOT_JSON = Phrase(en="not valid JSON: {detail}", fr="JSON invalide : {detail}")
NOT_TABLES = Phrase(
    en="its JSON is not an object of tables", fr="son JSON n'est pas un objet de tables"
)
NOT_A_TABLE = Phrase(
    en="its entry {name} is not a table of documents",
    fr="son entrée {name} n'est pas une table de documents",
)
NO_HEADER = Phrase(en="it has no rootcause header", fr="il n'a pas d'en-tête rootcause")
BAD_VERSION = Phrase(
    en="its version {version} is not a version number",
    fr="sa version {version} n'est pas un numéro de version",
)
IS_FOLDER = Phrase(en="it is a folder", fr="c'est un dossier")
NOT_REGULAR = Phrase(
    en="it is a device, a pipe or a socket, not a regular file",
    fr="c'est un périphérique, un tube ou une socket, pas un fichier ordinaire",
)
TOO_LARGE = Phrase(en="it is larger than {limit} MB", fr="il dépasse {limit} Mo")
MIGRATION_FAILED = Phrase(
    en="it could not be migrated from version {version}: {detail}",
    fr="il n'a pas pu être migré depuis la version {version} : {detail}",
)


class UnreachableLibraryError(LibraryError):
    """The library cannot be reached at all: a symbolic link loop, no permission to read it."""

    MESSAGE = Phrase(
        en="cannot open {path}: {why}. Nothing was changed; choose another file with --db or ROOTCAUSE_DB.",
        fr="impossible d'ouvrir {path} : {why}. Rien n'a été modifié ; choisissez un autre fichier avec --db ou ROOTCAUSE_DB.",
    )

    def __init__(self, path: Path, why: Phrase | str) -> None:
        super().__init__(path=path, why=why)


SYMLINK_LOOP = Phrase(
    en="it is a symbolic link that loops back on itself",
    fr="c'est un lien symbolique qui revient sur lui-même",
)
NO_READ_PERMISSION = Phrase(
    en="you have no permission to read it", fr="vous n'avez pas le droit de le lire"
)


class ReadOnlyLibraryError(LibraryError):
    """The library may be read but not written: the file or its folder is read-only."""

    MESSAGE = Phrase(
        en="{path} is open read-only ({why}): it can be read, not changed.",
        fr="{path} est ouvert en lecture seule ({why}) : il peut être lu, pas modifié.",
    )

    def __init__(self, path: Path, why: Phrase) -> None:
        super().__init__(path=path, why=why)


FILE_READ_ONLY = Phrase(en="the file is read-only", fr="le fichier est en lecture seule")
FOLDER_READ_ONLY = Phrase(
    en="its folder cannot be written", fr="son dossier ne peut pas être modifié"
)


class ModeTightenedNotice(LibraryError):
    """Not raised: told once, when a library others could read was made private."""

    MESSAGE = Phrase(
        en="{path} had mode {mode}; it is now private to its owner (600).",
        fr="{path} avait le mode {mode} ; il est désormais réservé à son propriétaire (600).",
    )

    def __init__(self, path: Path, mode: int) -> None:
        super().__init__(path=path, mode=f"{mode:o}")


class NewerLibraryError(LibraryError):
    """The library was written by a newer rootcause; this one may read it but never write it."""

    MESSAGE = Phrase(
        en="{path} was written by a newer rootcause (library version {version}, this one knows up to {supported}); it is open read-only. Upgrade rootcause to change it.",
        fr="{path} a été écrit par une version plus récente de rootcause (bibliothèque version {version}, celle-ci connaît jusqu'à {supported}) ; il est ouvert en lecture seule. Mettez rootcause à jour pour le modifier.",
    )

    def __init__(self, path: Path, version: int, supported: int) -> None:
        super().__init__(path=path, version=version, supported=supported)


class LibraryBusyError(LibraryError):
    """Another process held the library's lock for too long."""

    MESSAGE = Phrase(
        en="{path} is busy: another rootcause process kept it locked. Nothing was changed; try again.",
        fr="{path} est occupé : un autre processus rootcause le garde verrouillé. Rien n'a été modifié ; réessayez.",
    )

    def __init__(self, path: Path) -> None:
        super().__init__(path=path)


class SaveFailedError(LibraryError):
    """Writing the library failed (disk full, I/O error); the file on disk is unchanged."""

    MESSAGE = Phrase(
        en="could not save to {path}: {reason}. The library on disk is unchanged.",
        fr="impossible d'enregistrer dans {path} : {reason}. La bibliothèque sur le disque n'a pas changé.",
    )

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(path=path, reason=error.strerror or error)
        self.error = error


class FolderError(LibraryError):
    """The library's folder cannot be created."""

    MESSAGE = Phrase(
        en="cannot create the folder of {path}: {reason}",
        fr="impossible de créer le dossier de {path} : {reason}",
    )

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(path=path, reason=error.strerror or error)


class SessionNotFoundError(LibraryError):
    """No session has that id (or id prefix)."""

    MESSAGE = Phrase(
        en="no session matches '{ref}'; 'rootcause list' shows the ids.",
        fr="aucune session ne correspond à '{ref}' ; 'rootcause list' affiche les identifiants.",
    )

    def __init__(self, ref: str) -> None:
        super().__init__(ref=ref)


class AmbiguousSessionError(LibraryError):
    """An id prefix matches more than one session."""

    MESSAGE = Phrase(
        en="'{ref}' matches {count} sessions; type more of the id.",
        fr="'{ref}' correspond à {count} sessions ; tapez une plus grande partie de l'identifiant.",
    )

    def __init__(self, ref: str, count: int) -> None:
        super().__init__(ref=ref, count=count)


class DamagedSessionError(LibraryError):
    """A stored session no longer validates (edited by hand, or a bug)."""

    MESSAGE = Phrase(
        en="session {session_id} is damaged in the library: {detail}",
        fr="la session {session_id} est abîmée dans la bibliothèque : {detail}",
    )

    def __init__(self, session_id: str, detail: str | Phrase, **values: object) -> None:
        super().__init__(session_id=session_id, detail=detail, **values)


class ConflictError(LibraryError):
    """The session was changed elsewhere since it was loaded; saving would overwrite that."""

    MESSAGE = Phrase(
        en="the session '{title}' was changed in another window (revision {stored}, this one has {loaded}); your change was not saved. Reload the session and redo it.",
        fr="la session '{title}' a été modifiée dans une autre fenêtre (révision {stored}, celle-ci a la {loaded}) ; votre modification n'a pas été enregistrée. Rechargez la session et refaites-la.",
    )

    def __init__(self, title: str, stored: int, loaded: int) -> None:
        super().__init__(title=title, stored=stored, loaded=loaded)


# -- what opening a library repaired (storage.integrity) -------------------------------------


class RepairNotice(LibraryError):
    """Not raised: told once, when a library's file held a problem confined to one session."""


class CopiesKeptNotice(RepairNotice):
    """Two sessions were stored under one id (two files merged): both are kept."""

    MESSAGE = Phrase(
        en="{path}: two sessions were stored under the id {key}; both are kept, '{title}' now as session {new}.",
        fr="{path} : deux sessions étaient enregistrées sous l'identifiant {key} ; les deux sont gardées, « {title} » désormais comme session {new}.",
    )

    def __init__(self, path: Path, key: str, title: str, new: str) -> None:
        super().__init__(path=path, key=key[:8], title=title, new=new[:8])


class IdRepairedNotice(RepairNotice):
    """A session stored under one key carried another session's id: it takes its key."""

    MESSAGE = Phrase(
        en="{path}: the session '{title}' carried the id {old} of another; it now goes by {key}, so saving it cannot write over the other.",
        fr="{path} : la session « {title} » portait l'identifiant {old} d'une autre ; elle prend désormais {key}, pour que l'enregistrer ne puisse pas écraser l'autre.",
    )

    def __init__(self, path: Path, key: str, title: str, old: str) -> None:
        super().__init__(path=path, key=key[:8], title=title, old=old[:8])


KEY_TWICE = Phrase(en="its field {at} appears twice", fr="son champ {at} apparaît deux fois")
UNDECODABLE = Phrase(
    en="its text at {at} cannot be decoded", fr="son texte en {at} ne peut pas être décodé"
)


class DamagedKeptNotice(RepairNotice):
    """A session holds a key twice or undecodable text: kept as it is, the others work."""

    MESSAGE = Phrase(
        en="{path}: the session '{title}' ({key}) is damaged: {why}. It is kept as it is and the other sessions work; 'rootcause export {key} --format json' writes it out for repair.",
        fr="{path} : la session « {title} » ({key}) est abîmée : {why}. Elle est gardée telle quelle et les autres sessions fonctionnent ; « rootcause export {key} --format json » l'écrit pour la réparer.",
    )

    def __init__(self, path: Path, key: str, title: str, why: Phrase, at: str) -> None:
        super().__init__(path=path, key=key[:8], title=title, why=why, at=at)


class MoreRepairsNotice(RepairNotice):
    """The notices past the first few, counted."""

    MESSAGE = Phrase(
        en="{path}: {count} more sessions had such problems ('rootcause list' marks them).",
        fr="{path} : {count} autres sessions avaient de tels problèmes (« rootcause list » les signale).",
    )

    def __init__(self, path: Path, count: int) -> None:
        super().__init__(path=path, count=count)


DAMAGE_REASON = {"duplicate-key": KEY_TWICE, "undecodable": UNDECODABLE}
"""Why a session was marked damaged, by the problem storage.integrity names."""
