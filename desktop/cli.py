"""The `sister-cities` command line: its arguments, and how a headless command ends.

desktop/app.py reads the command line here, builds what the command or the window needs
and hands it over. Every failure a clerk can cause (wrong arguments, a missing or locked or
damaged database) ends in one plain line on stderr and a non-zero exit, never a traceback.
"""

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from desktop import __version__
from desktop.commands.shared import (  # noqa: F401 (the command line's, kept importable here)
    DEFAULT_DB,
    ENV_DB,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    INSTALLED_DB,
    UsageError,
    database_target,
    default_database,
    running_from_source,
    write_rows,
)
from desktop.crash_log import crash_log
from desktop.store.errors import PasswordNeeded, StoreError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sister-cities",
        description="Sister City Registry. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file (default: ${ENV_DB}, else the one chosen in the window's "
        f"Settings, else {default_database(make_folder=False)})",
    )
    where.add_argument(
        "--database-url",
        metavar="URL",
        help="any SQLAlchemy URL, e.g. postgresql+psycopg://user@host/registry",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="create the database, or upgrade it")
    init.add_argument("--empty", action="store_true", help="do not add the sample records")

    listing = commands.add_parser("partnerships", help="list partnerships and their status")
    add_filter_arguments(listing)
    listing.add_argument("--format", choices=["table", "csv", "json"], default="table")

    commands.add_parser("check", help="integrity check and schema version")

    backup = commands.add_parser("backup", help="back the database up now (or list backups)")
    backup.add_argument(
        "--to",
        metavar="PATH",
        type=Path,
        help="a new file, or a folder (default: the backup folder the Settings name)",
    )
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    restore = commands.add_parser("restore", help="put a backup back in place of the database")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", metavar="PATH", nargs="?", type=Path, help="the backup file")
    which.add_argument("--latest", action="store_true", help="the newest backup that is whole")

    copy = commands.add_parser("copy", help="copy the registry into an empty database")
    copy.add_argument(
        "--to",
        metavar="URL",
        required=True,
        help="postgresql+psycopg://user@host/db, or a new .sqlite file",
    )

    unarchive = commands.add_parser(
        "unarchive", help="bring an archived record back into the lists (not a backup)"
    )
    unarchive.add_argument(
        "kind",
        choices=["partnership", "exchange", "decision", "community", "document"],
        help="its kind (a document: one detached from its record)",
    )
    unarchive.add_argument("id", type=int, help="its number (as `partnerships` lists them)")

    attach = commands.add_parser(
        "attach", help="attach files (letters, resolutions) to a record, in one go"
    )
    attach.add_argument("kind", choices=["decision", "partnership", "exchange"], help="its kind")
    attach.add_argument("id", type=int, help="its number")
    attach.add_argument("files", metavar="FILE", nargs="+", help="the files (25 MB at most each)")
    documents = commands.add_parser(
        "documents", help="list (and save) the documents of a partnership and its records"
    )
    documents.add_argument("id", type=int, metavar="PARTNERSHIP_ID", help="the partnership")
    documents.add_argument(
        "--save", metavar="DIR", type=Path, help="save a checked copy of each into this folder"
    )

    export = commands.add_parser("export", help="write the council briefing workbook (.xlsx)")
    export.add_argument("out", metavar="OUT.xlsx", type=Path, help="the workbook to write")
    add_filter_arguments(export)
    _add_print_parser(commands)
    add_import_arguments(commands.add_parser("import", help="import a list from Excel or CSV"))
    commands.add_parser("imports", help="list past imports (when, who, file, counts)")
    return parser


def _add_print_parser(commands) -> None:
    """`print profile ID | list [filters] | briefing [filters] | calendar YEAR --pdf OUT`."""
    page = _Parser(add_help=False)
    page.add_argument("--pdf", metavar="OUT.pdf", required=True, help="the PDF file to write")
    page.add_argument("--paper", choices=["A4", "Letter"], help="default: from the locale")
    page.add_argument("--office", metavar="NAME", help="office name in every page header")
    printing = commands.add_parser("print", help="print a summary to a PDF file")
    documents = printing.add_subparsers(
        dest="document", metavar="DOCUMENT", parser_class=_Parser, required=True
    )
    profile = documents.add_parser("profile", parents=[page], help="one partnership's profile")
    profile.add_argument("id", type=int, metavar="ID", help="the partnership's number")
    profile.add_argument("--as-of", metavar="DATE", type=_day, default=None)
    listing = documents.add_parser("list", parents=[page], help="list report with totals")
    add_filter_arguments(listing)
    listing.add_argument("--group-by", choices=["local", "country"], default="local")
    briefing = documents.add_parser("briefing", parents=[page], help="briefing memo")
    add_filter_arguments(briefing)
    briefing.add_argument("--from", dest="period_from", metavar="DATE", type=_day)
    briefing.add_argument("--to", dest="period_to", metavar="DATE", type=_day)
    calendar = documents.add_parser("calendar", parents=[page], help="exchanges of a year")
    calendar.add_argument("year", type=_year, metavar="YEAR")


def _year(text: str) -> int:
    if not text.isdigit() or not 1000 <= int(text) <= 2999:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year; write it like 2022")
    return int(text)


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", nargs="?", help="the list: .xlsx, .xlsm or .csv")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet (default: the first)")
    parser.add_argument(
        "--header-row", metavar="N", type=int, default=1, help="the row of column names"
    )
    parser.add_argument(
        "--mapping", metavar="MAPPING.json", help="columns to fields, as saved by the wizard"
    )
    parser.add_argument(
        "--save-mapping",
        metavar="MAPPING.json",
        help="write the columns as guessed (or given) to this file, to check or edit",
    )
    parser.add_argument(
        "--accept-guess",
        action="store_true",
        help="use a guess of the columns that rests on where a column stands",
    )
    parser.add_argument(
        "--local-country", metavar="COUNTRY", help="the local country, when no column says"
    )
    parser.add_argument(
        "--undated",
        choices=["established", "proposed"],
        help="what a row without status or date means (default: established, date unknown)",
    )
    parser.add_argument(
        "--answers",
        metavar="REPORT.xlsx",
        help="a report whose Questions sheet you answered ('same' or 'different')",
    )
    parser.add_argument(
        "--report",
        "--rejects",
        metavar="OUT.xlsx",
        help="where to write the report of every row (default: beside the list)",
    )
    parser.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    parser.add_argument(
        "--valid-only", action="store_true", help="import the valid rows even if some are not"
    )
    parser.add_argument(
        "--undo", metavar="BATCH", type=int, help="undo a past import (see `imports`)"
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        type=_encoding,
        help="a CSV file's encoding when it cannot be told from the file, e.g. shift-jis, "
        "gb18030, big5, cp949, koi8-r, cp1251, cp1250 (default: told from the file)",
    )


def _encoding(text: str) -> str:
    from desktop.services.importing.encodings import codec_for

    try:
        codec_for(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--country", metavar="CODE", type=_country, help="partner country (ISO code or name)"
    )
    parser.add_argument(
        "--status", type=_status, metavar="STATUS", help="proposed, active, suspended or ended"
    )
    parser.add_argument("--local", metavar="NAME", help="local community name")
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        type=_day,
        default=None,
        help="status on this date (default: today), e.g. 2022-03-01",
    )


def _country(text: str) -> str:
    from desktop.domain.countries import CountryError, country_code

    try:
        return country_code(text)
    except CountryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _status(text: str):
    from desktop.domain.enums import Status

    try:
        return Status.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _day(text: str) -> date:
    from desktop.domain.dates import DateError, parse_day

    try:
        return parse_day(text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line read; UsageError (one line) when it cannot be."""
    return build_parser().parse_args(argv)


def usage_failed(exc: UsageError) -> int:
    print(f"sister-cities: {exc}", file=sys.stderr)
    return EXIT_USAGE


def run_headless(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a headless command as the command line promises: a clerk's error in one line on
    stderr, a bug of ours in the crash log, an interrupted reader quietly, the exit code."""
    try:
        code = _run_asking_for_password(command, args)
        sys.stdout.flush()  # a reader gone by now shows here, not in Python's flush at exit
        return code
    except BrokenPipeError:  # `sister-cities partnerships | head`: the reader has all it wants
        # Python's advice for SIGPIPE: what is still buffered goes to devnull at exit
        # instead of raising again ("Exception ignored ... BrokenPipeError").
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("sister-cities: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
    except Exception as exc:
        if _a_clerks_error(exc):
            print(f"sister-cities: {_one_line(exc)}", file=sys.stderr)
            return EXIT_FAILED
        # a bug of ours: keep the details for us, give the clerk one line
        log = crash_log()
        print(
            f"sister-cities: unexpected error; the details were written to {log}. "
            "Please send that file to whoever supports the registry.",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _a_clerks_error(exc: BaseException) -> bool:
    """An error a clerk can cause and fix (arguments, a file, a database, a record's
    values), told in one line. A record's ValidationError can only have been raised once
    its module was loaded, so it is looked for only then (loading it for this cost every
    command a few hundredths of a second)."""
    validation = sys.modules.get("desktop.domain.validation")
    kinds = (StoreError, UsageError, OSError)
    if validation is not None:
        kinds += (validation.ValidationError,)
    return isinstance(exc, kinds)


def _run_asking_for_password(command: Callable, args: argparse.Namespace) -> int:
    """On a terminal, a server that wants a password gets asked for it (three tries); the
    password stays in memory. Scripts give it in PGPASSFILE instead."""
    for attempt in range(3):
        try:
            return command(args)
        except PasswordNeeded as exc:
            if attempt == 2 or not sys.stdin.isatty() or not isinstance(database_target(args), str):
                raise
            print(f"sister-cities: {_one_line(exc)}", file=sys.stderr)
            from desktop.store.engine import with_password

            args.database_url = with_password(database_target(args), getpass.getpass())
    raise AssertionError("unreachable")


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.strerror}: {exc.filename}"
    return " ".join(str(exc).split())
