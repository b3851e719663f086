"""The `rootcause` command: opens the workshop, or runs one library command and exits.

Every failure is one readable line on stderr and exit status 1; usage errors exit 2 (argparse).
Textual is imported only when the workshop opens, so the commands start fast.
"""

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, get_args

from screens import cli_texts as T
from screens.argparse_fr import use_french
from screens.language import preferred_language
from screens.texts import UNTITLED
from storage.durable import (
    NotRegularFileError,
    open_regular,
    read_bounded,
    regular_file_status,
    shared_file_mode,
    write_durably,
)
from storage.errors import DamagedSessionError, LibraryError
from storage.library import Library
from storage.locations import library_path
from workshop.board.failure_board import BoardFilter, build_board
from workshop.board.summaries import SessionSummary
from workshop.content.labels import ROOT_CAUSE
from workshop.content.steps import STEP_GUIDES
from workshop.export.board_json import board_json
from workshop.export.board_markdown import board_markdown
from workshop.export.escape import plain
from workshop.export.markdown import session_markdown
from workshop.export.session_json import (
    InvalidSessionFileError,
    session_from_json,
    session_json,
    stored_json,
)
from workshop.phrase import Phrase
from workshop.sample import sample_session
from workshop.session import Session
from workshop.vocabulary import LANGUAGES, Language, Mode

READ_COMMANDS = frozenset({"list", "export", "trash", "board"})
"""The commands that only read the library: a read-only one serves them, with a notice."""
UNREADABLE_IDS_SHOWN = 5
"""How many unreadable session ids the board's warning names before it says "…"."""
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class CommandError(Exception):
    """A failure to report as one line; the message is already in the user's language."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    language = preferred_language()
    use_french(language == "fr")
    args = build_parser(language).parse_args(argv)
    if args.command == "board":
        _check_period(args, language)
    try:
        return run(args, language)
    except LibraryError as error:
        return _fail(language, error.text(language))
    except CommandError as error:
        return _fail(language, str(error))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): nothing left to say
        return 0


def run(args: argparse.Namespace, language: Language) -> int:
    """Carry out the parsed command."""
    path = library_path(args.db)
    if args.command is None:
        from screens.app import run_workshop  # Textual loads only here

        return run_workshop(path, language)
    with Library.open(path) as library:
        _tell_notices(library, language, reading=args.command in READ_COMMANDS)
        if args.command == "sample":
            print(library.add(sample_session(args.lang)).id)
        elif args.command == "list":
            _list(library, language, as_json=args.json)
        elif args.command == "export":
            _export(library, args, language)
        elif args.command == "import":
            print(library.add(_read_export(Path(args.file), language)).id)
        elif args.command == "delete":
            _delete(library, args.id, language)
        elif args.command == "restore":
            session = library.restore(library.resolve(args.id, in_trash=True))
            print(_say(language, T.RESTORED, title=_title(session.title, language)))
        elif args.command == "trash":
            _list_trash(library, language)
        elif args.command == "board":
            _board(library, args, language)
    return 0


def _tell_notices(library: Library, language: Language, *, reading: bool) -> None:
    """What the user should know about the library file: one line each, on stderr.

    A command that changes the library says why it cannot by failing, so it is not told twice.
    """
    notices = list(library.notices)
    if reading and library.read_only_because is not None:
        notices.append(library.read_only_because)
    for notice in notices:
        print(_say(language, T.ERROR, message=plain(notice.text(language))), file=sys.stderr)


def build_parser(language: Language) -> argparse.ArgumentParser:
    """The argument parser, with its help in `language`."""

    def t(phrase: Phrase) -> str:
        return phrase.text(language)

    parser = argparse.ArgumentParser(prog="rootcause", description=t(T.DESCRIPTION))
    parser.add_argument(
        "--version", action="version", version=f"rootcause {_version()}", help=t(T.VERSION_HELP)
    )
    parser.add_argument("--db", metavar="PATH", help=t(T.DB_HELP))
    commands = parser.add_subparsers(dest="command", title=t(T.COMMANDS), metavar="COMMAND")

    sample = commands.add_parser("sample", help=t(T.SAMPLE_HELP), description=t(T.SAMPLE_HELP))
    sample.add_argument("--lang", choices=LANGUAGES, default=language, help=t(T.LANG_HELP))

    listing = commands.add_parser("list", help=t(T.LIST_HELP), description=t(T.LIST_HELP))
    listing.add_argument("--json", action="store_true", help=t(T.JSON_HELP))

    export = commands.add_parser("export", help=t(T.EXPORT_HELP), description=t(T.EXPORT_HELP))
    export.add_argument("id", metavar="ID", help=t(T.ID_HELP))
    export.add_argument(
        "--format", choices=("markdown", "json"), default="markdown", help=t(T.FORMAT_HELP)
    )
    export.add_argument("-o", "--output", metavar="FILE", help=t(T.OUTPUT_HELP))
    export.add_argument("--front-matter", action="store_true", help=t(T.FRONT_MATTER_HELP))
    export.add_argument("--notes", action="store_true", help=t(T.NOTES_HELP))
    export.add_argument("--force", action="store_true", help=t(T.FORCE_HELP))

    importing = commands.add_parser("import", help=t(T.IMPORT_HELP), description=t(T.IMPORT_HELP))
    importing.add_argument("file", metavar="FILE", help=t(T.FILE_HELP))

    for name, help_text in (("delete", T.DELETE_HELP), ("restore", T.RESTORE_HELP)):
        command = commands.add_parser(name, help=t(help_text), description=t(help_text))
        command.add_argument("id", metavar="ID", help=t(T.ID_HELP))
    commands.add_parser("trash", help=t(T.TRASH_HELP), description=t(T.TRASH_HELP))
    _add_board_parser(commands, language)
    return parser


def _add_board_parser(commands: "argparse._SubParsersAction[Any]", language: Language) -> None:
    def t(phrase: Phrase) -> str:
        return phrase.text(language)

    board = commands.add_parser("board", help=t(T.BOARD_HELP), description=t(T.BOARD_HELP))
    form = board.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help=t(T.BOARD_JSON_HELP))
    form.add_argument("--markdown", action="store_true", help=t(T.BOARD_MARKDOWN_HELP))
    board.add_argument("-o", "--output", metavar="FILE", help=t(T.OUTPUT_HELP))
    board.add_argument("--force", action="store_true", help=t(T.FORCE_HELP))
    day = _day_parser(language)
    board.add_argument("--since", metavar="YYYY-MM-DD", type=day, help=t(T.SINCE_HELP))
    board.add_argument("--until", metavar="YYYY-MM-DD", type=day, help=t(T.UNTIL_HELP))
    board.add_argument("--channel", metavar="NAME", help=t(T.CHANNEL_HELP))
    board.add_argument("--mode", choices=get_args(Mode), help=t(T.MODE_HELP))
    board.add_argument("--lang", choices=LANGUAGES, default=language, help=t(T.BOARD_LANG_HELP))
    board.set_defaults(usage_error=board.error)  # prints the board's usage, exits 2


def _check_period(args: argparse.Namespace, language: Language) -> None:
    """A period that ends before it starts is a usage error, like a malformed date."""
    if args.since is not None and args.until is not None and args.since > args.until:
        args.usage_error(_say(language, T.DATES_REVERSED, since=args.since, until=args.until))


def _day_parser(language: Language) -> Callable[[str], date]:
    """Reads YYYY-MM-DD; anything else is a usage error in `language` (argparse exits 2)."""

    def day(value: str) -> date:
        try:
            if _ISO_DAY.fullmatch(value.strip()):
                return date.fromisoformat(value.strip())
        except ValueError:
            pass
        raise argparse.ArgumentTypeError(_say(language, T.BAD_DATE, value=value))

    return day


def _list(library: Library, language: Language, *, as_json: bool) -> None:
    summaries = library.summaries()
    if as_json:
        print(json.dumps([_summary_json(s) for s in summaries], ensure_ascii=False, indent=2))
        return
    if not summaries:
        print(T.EMPTY_LIBRARY.text(language))
    for summary in summaries:
        print(_summary_line(summary, language))
        for cause in summary.root_causes:
            print(f"{'':10}{ROOT_CAUSE.text(language)}: {_short(plain(cause), 66)}")


def _summary_line(summary: SessionSummary, language: Language, when: str | None = None) -> str:
    date = when or (summary.updated_at.date().isoformat() if summary.updated_at else "")
    step = STEP_GUIDES[summary.step].title.text(language)
    title = _short(_title(summary.title, language), 40)
    if summary.damaged:
        title = f"{title} {T.DAMAGED_MARK.text(language)}"
    return f"{summary.id[:8]}  {date:<10}  {step:<18}  {title}"


def _summary_json(summary: SessionSummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "title": summary.title,
        "created_at": summary.created_at.isoformat() if summary.created_at else None,
        "updated_at": summary.updated_at.isoformat() if summary.updated_at else None,
        "mode": summary.mode,
        "language": summary.language,
        "step": summary.step,
        "root_causes": list(summary.root_causes),
        "damaged": summary.damaged,
    }


def _export(library: Library, args: argparse.Namespace, language: Language) -> None:
    session_id = library.resolve(args.id)
    try:
        session = library.get(session_id)
    except DamagedSessionError as error:
        reason = error.text(language)
        if args.format != "json":
            raise CommandError(
                _say(language, T.DAMAGED_NEEDS_JSON, reason=reason, ref=args.id)
            ) from None
        # Kept recoverable: the session as the file holds it, in the export's envelope.
        _write_output(
            stored_json(library.stored(session_id)),
            args.output,
            force=args.force,
            language=language,
        )
        print(
            _say(language, T.ERROR, message=_say(language, T.EXPORTED_AS_STORED, reason=reason)),
            file=sys.stderr,
        )
        return
    if args.format == "json":
        text = session_json(session)
    else:
        text = session_markdown(session, notes=args.notes, front_matter=args.front_matter)
    _write_output(text, args.output, force=args.force, language=language)


def _board(library: Library, args: argparse.Namespace, language: Language) -> None:
    loaded = library.sessions()
    channel = args.channel.strip() if args.channel and args.channel.strip() else None
    board_filter = BoardFilter(args.since, args.until, channel, args.mode)
    board = build_board(loaded.sessions, date.today(), board_filter)
    if args.json:
        text = board_json(board, unreadable=loaded.unreadable)
    else:
        text = board_markdown(board, args.lang, unreadable=len(loaded.unreadable))
    if loaded.unreadable:
        _warn_unreadable(loaded.unreadable, language)
    _write_output(text, args.output, force=args.force, language=language)


def _warn_unreadable(ids: list[str], language: Language) -> None:
    named = [plain(session_id[:8]) or "?" for session_id in ids[:UNREADABLE_IDS_SHOWN]]
    if len(ids) > UNREADABLE_IDS_SHOWN:
        named.append("…")
    warning = _say(language, T.BOARD_UNREADABLE, count=len(ids), ids=", ".join(named))
    print(_say(language, T.ERROR, message=warning), file=sys.stderr)


def _write_output(text: str, output: str | None, *, force: bool, language: Language) -> None:
    """`text` on standard output, or written durably to the file `output` (`-`: stdout)."""
    if output in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = _output_target(output, force=force, language=language)
    try:
        write_durably(target, text.encode("utf-8"), mode=shared_file_mode(target))
    except NotRegularFileError:
        raise CommandError(_say(language, T.NOT_A_FILE, path=target)) from None
    except OSError as error:
        raise CommandError(
            _say(language, T.CANNOT_WRITE, path=target, reason=error.strerror or error)
        ) from None


def _output_target(output: str, *, force: bool, language: Language) -> Path:
    """The file `-o` names, checked: never a device, a pipe or a folder, never by surprise."""
    if not output.strip():
        raise CommandError(_say(language, T.NO_FILE_NAMED))
    target = Path(output)
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        raise CommandError(_say(language, T.PARENT_NOT_FOLDER, path=target, parent=parent))
    try:
        existing = regular_file_status(target)
    except NotRegularFileError:
        raise CommandError(_say(language, T.NOT_A_FILE, path=target)) from None
    except OSError as error:
        reason = error.strerror or error
        raise CommandError(_say(language, T.CANNOT_WRITE, path=target, reason=reason)) from None
    if existing is not None and not force:
        raise CommandError(_say(language, T.FILE_EXISTS, path=target))
    return target


def _read_export(path: Path, language: Language) -> Session:
    try:
        with open_regular(path) as handle:
            data = read_bounded(handle, path)
    except NotRegularFileError:
        raise CommandError(_say(language, T.NOT_A_FILE_TO_READ, path=path)) from None
    except OSError as error:
        raise CommandError(
            _say(language, T.CANNOT_READ, path=path, reason=error.strerror or error)
        ) from None
    try:
        return session_from_json(data)
    except InvalidSessionFileError as error:
        reason = error.text(language)
        raise CommandError(_say(language, T.BAD_IMPORT, path=path, reason=reason)) from None


def _delete(library: Library, ref: str, language: Language) -> None:
    session_id = library.resolve(ref)
    title = _title(library.get(session_id).title, language)
    library.delete(session_id)
    print(_say(language, T.DELETED, title=title, id=session_id[:8]))


def _list_trash(library: Library, language: Language) -> None:
    entries = library.trashed()
    if not entries:
        print(T.EMPTY_TRASH.text(language))
    for summary, deleted_at in entries:
        when = deleted_at.date().isoformat() if deleted_at else ""
        print(_summary_line(summary, language, when))


def _title(title: str, language: Language) -> str:
    """A title safe to print: typed text may hold escape sequences or line breaks."""
    return plain(title) or UNTITLED.text(language)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _say(language: Language, phrase: Phrase, **values: object) -> str:
    return phrase.text(language).format(**values)


def _fail(language: Language, message: str) -> int:
    # One line, whatever file names or keys from a file the message quotes.
    print(_say(language, T.ERROR, message=plain(message)), file=sys.stderr)
    return 1


def _version() -> str:
    try:
        return version("rootcause")
    except PackageNotFoundError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
