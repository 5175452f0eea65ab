"""Command line: open the app, or run `replay`, `export json`, `import json` without a window."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitateur import __version__
from facilitateur.launch import PEEK_COMMAND, peek

SUBCOMMANDS = ("replay", "export", "import", "program", "copy")


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="facilitateur",
        description="Run a gathering from the podium. Subcommands: replay, "
        "export (json, pdf, csv-speakers, csv-actions, ics), import json, program parse "
        "(see `facilitateur replay --help`).",
    )
    p.add_argument(
        "path",
        nargs="?",
        type=_event_location,
        help="event file to open (a missing NAME.facil is created; any other name needs --new), "
        "or a shared event: postgresql://user@host/db",
    )
    p.add_argument(
        "--new", action="store_true", help="create the event file even if its name is not .facil"
    )
    p.add_argument(
        "--demo",
        nargs="?",
        const="prepared",
        choices=("prepared", "run"),
        help="open a fresh copy of the sample day: prepared (the default), or run (the same day "
        "as it was run, with its speakers, notes, Open Space and synthesis)",
    )
    p.add_argument("--lang", choices=("fr", "en"), help="language of the interface")
    p.add_argument("--smoke", action="store_true", help="open the main window, paint once, exit")
    p.add_argument(
        "--smoke-report",
        type=Path,
        metavar="FILE",
        help="with --smoke: write what the window shows (screen, block, timer) as JSON",
    )

    desktop = p.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="Linux: add Facilitateur to this user's applications menu, with its icon, and "
        "open .facil files with it; then exit",
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="Linux: remove what --install-desktop added; then exit",
    )
    p.add_argument("--version", action="version", version=f"facilitateur {__version__}")
    return p


def _region(text: str) -> str:
    """A two-letter region code (`GB`), or "" for none."""
    if text and not (len(text) == 2 and text.isascii() and text.isalpha()):
        raise argparse.ArgumentTypeError(f"not a two-letter region code: {text!r}")
    return text.upper()


def _tool_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="facilitateur")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("replay", help="apply a script of commands (JSON Lines) to an event file")
    r.add_argument("script", type=Path)
    r.add_argument(
        "--db",
        type=_event_location,
        required=True,
        help="event file (created if missing), or a shared event: postgresql://user@host/db",
    )
    r.add_argument(
        "--ack",
        action="store_true",
        help="print `ok N` on stdout once line N is committed to the file",
    )
    e = sub.add_parser("export", help="write the event to a file")
    e.add_argument("format", choices=("json", "csv-speakers", "csv-actions", "ics", "pdf", "board"))
    e.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="language of the document or CSV headers"
    )
    e.add_argument(
        "--region",
        type=_region,
        help="pdf, board: the region whose forms of times and dates to use, "
        "e.g. GB or US (default: the system's, from LC_ALL, LC_TIME or LANG)",
    )
    e.add_argument(
        "--include-internal",
        action="store_true",
        help="json, pdf, csv-actions: keep internal notes",
    )
    e.add_argument("--sections", help="pdf: comma-separated sections (default: all)")
    e.add_argument("--page", choices=("A4", "Letter"), default="A4", help="pdf: page size")
    e.add_argument("--logo", type=Path, help="pdf: an image (PNG or JPEG) for the cover")
    e.add_argument(
        "--at",
        type=_moment,
        help="pdf, ics, csv-speakers: the moment the export is made as of, e.g. "
        "2016-01-19T18:05:00+01:00 (default: now)",
    )
    e.add_argument(
        "--progress",
        action="store_true",
        help="pdf: print `progress F` (0 to 1) on stdout while writing, then `pages N` "
        "(or, when it cannot be laid out, `refusal REASON {values}`)",
    )
    e.add_argument(
        "--db",
        type=_event_location,
        required=True,
        help="event file, or a shared event: postgresql://user@host/db",
    )
    e.add_argument("-o", "--output", type=Path, required=True)
    i = sub.add_parser("import", help="create an event file from an exported document")
    i.add_argument("format", choices=("json",))
    i.add_argument("source", type=Path)
    i.add_argument(
        "--db", type=_event_location, required=True, help="the new event file (not a server)"
    )
    c = sub.add_parser(
        "copy",
        help="copy a whole event with its journal: a file into an empty shared database, "
        "or a shared event into a new file",
    )
    c.add_argument("source", type=_event_location, help="event file or postgresql://…")
    c.add_argument("target", type=_event_location, help="new file or empty postgresql://…")
    g = sub.add_parser("program", help="read a programme (text, CSV, xlsx, JSON)")
    g.add_argument("action", choices=("parse",))
    g.add_argument("file", type=Path)
    g.add_argument("--format", default="auto", choices=("auto", "text", "csv", "xlsx", "json"))
    return p


def _event_location(text: str) -> Path | str:
    """An event file's path, or a shared event's address kept as text (argparse type)."""
    from facilitateur.models.storage.engines import is_url

    return text.strip() if is_url(text) else Path(text)


def _acknowledge(number: int) -> None:
    print(f"ok {number}", flush=True)


def _moment(text: str):
    """An ISO 8601 date and time with its offset (argparse type)."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time: {text!r}") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no offset (e.g. +01:00)")
    return moment


def _progress_printer():
    """`progress F` lines on stdout, at most one per percent, for the application to read."""
    last = [-1]

    def report(fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != last[0]:
            last[0] = percent
            print(f"progress {fraction:.2f}", flush=True)

    return report


def _refusal(error) -> str:
    """`refusal REASON {values}`: a refusal as a line the application reads and translates."""
    import json

    return f"refusal {error.reason} {json.dumps(error.values, ensure_ascii=False)}"


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def run_tool(argv: Sequence[str]) -> int:
    """Run a subcommand; user errors print one line on stderr and return 2."""
    from facilitateur.export.json_import import DocumentError, import_json
    from facilitateur.models.storage.connection import refuse_own_file
    from facilitateur.models.storage.schema import EventFileError
    from facilitateur.models.storage.store import EventFile

    args = _tool_parser().parse_args(argv)
    if args.command == "program":
        return _parse_programme(args.file, args.format)
    if args.command == "replay":
        return _replay(args)
    if args.command == "copy":
        return _copy(args.source, args.target)
    try:
        if args.command == "import":
            if not isinstance(args.db, Path):
                return _fail(
                    f"{args.db}: import into a new file, then share it: "
                    "facilitateur copy FILE postgresql://…"
                )
            import_json(args.source, args.db).close()
            return 0
        if isinstance(args.db, Path):
            refuse_own_file(args.output, args.db)  # an export only reads, harmlessly
        ef = EventFile.open_to_read(args.db)
    except (EventFileError, DocumentError) as e:
        return _fail(str(e))
    try:
        return _export(ef, args)
    finally:
        ef.close()


def _replay(args: argparse.Namespace) -> int:
    """`replay SCRIPT --db FILE`: the script read first (a script that cannot be read makes
    no file); a new file whose first line is refused is not left behind."""
    from facilitateur.models.storage.connection import companions
    from facilitateur.models.storage.inputs import TooLarge, read_bounded
    from facilitateur.models.storage.replay import MAX_SCRIPT, ReplayError, replay
    from facilitateur.models.storage.schema import EventFileError
    from facilitateur.models.storage.store import EventFile

    try:
        text = read_bounded(args.script, MAX_SCRIPT).decode("utf-8-sig")
    except TooLarge as e:
        return _fail(f"{args.script}: {e}, refused")
    except (OSError, UnicodeDecodeError) as e:
        return _fail(f"{args.script}: cannot be read ({e})")
    new = isinstance(args.db, Path) and not args.db.exists()
    try:
        ef = EventFile.open(args.db, create=True, exclusive=True)  # it writes: alone on it
    except EventFileError as e:
        return _fail(str(e))
    applied = 0
    try:
        applied = replay(ef, text.splitlines(), _acknowledge if args.ack else None)
    except ReplayError as e:
        applied = e.applied
        return _fail(f"{args.script}:{e.line}: {e.message}")
    finally:
        ef.close()
        if new and applied == 0:
            for made in companions(args.db):
                made.unlink(missing_ok=True)
    return 0


def _copy(source: Path | str, target: Path | str) -> int:
    """`copy SOURCE TARGET`: the whole event with its journal, between a file and a shared
    database (or file to file, database to database); the target must be new or empty."""
    from sqlalchemy.exc import DBAPIError

    from facilitateur.models.storage.engines import SharedEvent, make_pg_engine
    from facilitateur.models.storage.schema import EventFileError
    from facilitateur.models.storage.store import EventFile
    from facilitateur.models.storage.transfer import copy_to_database, copy_to_file

    if isinstance(target, Path) and target.exists():
        return _fail(f"{target}: already exists; copy into a new file")
    try:
        ef = EventFile.open_to_read(source)
    except EventFileError as e:
        return _fail(str(e))
    try:
        if isinstance(target, Path):
            copy_to_file(ef.engine, target)
        else:
            shared = SharedEvent.parse(target)
            engine = make_pg_engine(shared)
            try:
                copy_to_database(ef.engine, engine, shared.address)
            finally:
                engine.dispose()
    except (EventFileError, ValueError) as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"{target}: cannot be written ({e.strerror or e})")
    except DBAPIError as e:
        return _fail(f"{target}: not copied ({str(e.orig).strip().splitlines()[0]})")
    finally:
        ef.close()
    return 0


def _export(ef, args: argparse.Namespace) -> int:
    """`export FORMAT`: write the event; 2 and one line on stderr when it cannot be done."""
    from sqlalchemy.exc import DBAPIError

    from facilitateur.export.json_export import export_json
    from facilitateur.export.speakers_csv import export_speakers_csv
    from facilitateur.models.storage.integrity import refuse_damaged
    from facilitateur.models.storage.schema import EventFileError
    from facilitateur.models.text.datetime_forms import system_region
    from facilitateur.models.text.language import Language

    region = system_region() if args.region is None else args.region
    lang = Language(args.lang)  # one of the parser's choices

    try:
        with ef.session() as s:
            refuse_damaged(
                s, args.db, ef.kind
            )  # a damaged file would be exported with rows left out
            if args.format == "json":
                export_json(s, args.output, args.include_internal)
            elif args.format == "pdf":
                from facilitateur.export.pdf import SECTIONS, PageSize, Section, export_pdf

                names = args.sections.split(",") if args.sections else SECTIONS
                unknown = sorted(set(names) - set(SECTIONS))
                if unknown:
                    return _fail(
                        f"--sections: unknown {unknown[0]!r} (known: {', '.join(SECTIONS)})"
                    )
                chosen = [Section(name) for name in names]
                from facilitateur.export.pdf import LayoutFailure

                try:
                    pages = export_pdf(
                        s,
                        args.output,
                        args.at or ef.clock.now(),
                        lang,
                        chosen,
                        PageSize(args.page),
                        args.include_internal,
                        args.logo,
                        _progress_printer() if args.progress else None,
                        region,
                    )
                except ValueError as e:
                    return _fail(f"--logo: {e}")
                except LayoutFailure as e:
                    if args.progress:  # for the application, to say in its language
                        print(_refusal(e), flush=True)
                    return _fail(str(e))
                if args.progress:
                    print(f"pages {pages}", flush=True)
            elif args.format == "board":
                from facilitateur.export.board_pdf import export_board, signs_path

                export_board(s, args.output, lang, region)
                print(f"room signs: {signs_path(args.output, lang)}", file=sys.stderr)
            elif args.format == "csv-actions":
                from facilitateur.export.actions_csv import export_actions_csv

                export_actions_csv(s, args.output, lang, args.include_internal)
            elif args.format == "ics":
                from facilitateur.export.ics import export_ics

                skipped = export_ics(s, args.output, args.at or ef.clock.now())
                if skipped:
                    blocks = "1 block" if skipped == 1 else f"{skipped} blocks"
                    print(f"{blocks} without a start time left out", file=sys.stderr)
            else:
                export_speakers_csv(s, args.output, args.at or ef.clock.now(), lang)
    except OSError as e:
        return _fail(f"{args.output}: cannot be written ({e.strerror})")
    except EventFileError as e:
        return _fail(str(e))
    except DBAPIError as e:  # a damaged page met while reading
        return _fail(f"{args.db}: damaged ({e.orig}); restore its latest good backup")
    return 0


def _load_model_first() -> None:
    """Import the model (SQLAlchemy, the commands, the event file) before Qt: once PySide6 is
    imported, its import hook sees every later import, which made these take 60 ms and 20 MiB
    more at start-up (benchmarks/startup.py)."""
    import importlib

    for name in (
        "sqlalchemy.dialects.sqlite",
        "facilitateur.models.commands",
        "facilitateur.models.notes.query",
        "facilitateur.models.agenda.podium",
        "facilitateur.sample",
    ):
        importlib.import_module(name)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `facilitateur` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return run_tool(argv)
    if len(argv) == 3 and argv[0] == PEEK_COMMAND:  # the standalone build, asked by itself
        return peek(argv[1], argv[2])
    args = _gui_parser().parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        return _desktop(args.install_desktop)
    if isinstance(args.path, Path) and _typo(args.path) and not args.new:
        return _fail(
            f"{args.path}: no such event file. A new event file's name ends in .facil "
            f"(facilitateur {args.path.with_suffix('.facil')}); --new creates this one anyway."
        )
    # Start-up makes hundreds of thousands of objects that live as long as the window: the
    # collector's passes over them cost 45 ms of the first paint (benchmarks/startup.py).
    # run_app turns it back on once the window is shown, with those objects frozen.
    gc.disable()
    _load_model_first()
    from facilitateur.ui.app import run_app

    return run_app(args)


def _typo(path: Path) -> bool:
    """A path that names no file and does not look like a new event file: most likely a typo
    (`facilitateur jouenee`), which must not become an event file and a recent file."""
    from facilitateur.paths import SUFFIX

    return not path.exists() and path.suffix != SUFFIX


def _parse_programme(path: Path, fmt: str) -> int:
    """`program parse`: the programme as JSON on stdout, or `FILE:LINE: message` and 2."""
    import json

    from facilitateur.models.programme import ProgrammeError, read_file

    try:
        reading = read_file(path, fmt)
    except ProgrammeError as e:
        return _fail(f"{path}:{e.line}: {e.message}")
    # Beside the contract, every line the reading took nothing from: nothing is dropped unsaid.
    result = {**reading.programme, "unread": reading.unread}
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return 0


def _desktop(install: bool) -> int:
    """`--install-desktop` / `--uninstall-desktop`: what was written or removed, one per line."""
    from facilitateur import desktop

    if not desktop.supported():
        return _fail(
            "--install-desktop is for Linux and other freedesktop.org desktops; on Windows and "
            "macOS, see docs/install.md"
        )
    try:
        done = desktop.install() if install else desktop.uninstall()
    except OSError as e:
        return _fail(f"{e.filename or ''}: cannot be written ({e.strerror})")
    for path in done:
        print(path)
    return 0
