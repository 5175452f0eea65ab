"""The event files written by each schema version, kept in tests/fixtures/schemas.

    python tools/schema_fixtures.py write [--source TREE] [--down-to REVISION] [--replace]
    python tools/schema_fixtures.py expect

`write` runs the code in TREE (an extracted commit, `git archive COMMIT | tar -x -C TREE`;
default: this checkout) as that version's own command line did: it replays the sample day's
preparation and the day of tests/fixtures/schemas/day.jsonl (the commands that code knows) into
`tests/fixtures/schemas/<its schema>.facil`. `--down-to` then takes the file down to an older
schema with that code's own Alembic downgrades (for a schema no version ever wrote alone).
That version's own JSON export of the file is kept beside it as `<schema>.then.json`.
`expect` runs this checkout's code: each file, copied, is opened (so migrated) and its JSON export
written beside it as `<schema>.json`, the export the tests expect. Each file is written once, when
its schema is the newest; tests/fixtures/schemas/README.md lists how each one was made.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "schemas"
DAY = FIXTURES / "day.jsonl"
PREPARED_AT = datetime.fromisoformat("2016-01-12T10:00:00+01:00")  # the week before the day

_KNOWN = "from facilitateur.models.commands import REGISTRY\nprint(' '.join(sorted(REGISTRY)))"
_HEAD = "from facilitateur.models.storage.schema import HEAD\nprint(HEAD)"
_DOWN = """
import sys
from alembic import command
from alembic.config import Config
from pathlib import Path
from sqlalchemy import create_engine
import facilitateur.models.storage.schema as schema

cfg = Config()
cfg.set_main_option("script_location", str(Path(schema.__file__).parent / "migrations"))
# Foreign keys off (SQLite's default), as a batch migration needs to rebuild a referenced table.
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with engine.begin() as conn:
    cfg.attributes["connection"] = conn
    command.downgrade(cfg, sys.argv[2])
engine.dispose()
"""


def _run(tree: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run `python ARGS` with only `tree`'s code importable as `facilitateur`."""
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def _output(tree: Path, *args: str, cwd: Path) -> str:
    done = _run(tree, *args, cwd=cwd)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])}: failed\n{done.stderr}")
    return done.stdout.strip()


def _script(tree: Path, known: set[str]) -> list[str]:
    """The sample's preparation (timed the week before) then the day, known commands only."""
    sample = tree / "resources" / "sample" / "rencontre-pionniers-2016.jsonl"
    lines = []
    for n, raw in enumerate(sample.read_text(encoding="utf-8").splitlines()):
        if raw.strip():
            item = json.loads(raw)
            item.setdefault("at", (PREPARED_AT + timedelta(seconds=30 * n)).isoformat())
            lines.append(item)
    lines += [json.loads(raw) for raw in DAY.read_text(encoding="utf-8").splitlines() if raw]
    return [json.dumps(x, ensure_ascii=False) for x in lines if _applies(x, known)]


def _applies(line: dict, known: set[str]) -> bool:
    """Whether the code that knows `known` commands can run the line (a note on a topic needs
    the Open Space, which came after the notes)."""
    if line["cmd"] in ("undo", "redo"):
        return True
    if line["cmd"] == "note.add" and "topic" in line["args"] and "topic.add" not in known:
        return False
    return line["cmd"] in known


def write(tree: Path, down_to: str | None, replace: bool = False) -> Path:
    """Write the day with `tree`'s code; returns the file made. A line that code refuses (its
    rules differed then) is left out and said on stderr."""
    tree = tree.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        known = set(_output(tree, "-c", _KNOWN, cwd=work).split())
        head = _output(tree, "-c", _HEAD, cwd=work)
        target = FIXTURES / f"{down_to or head}.facil"
        if target.exists() and not replace:
            raise SystemExit(f"{target}: kept as the record of what that version wrote (--replace)")
        lines = _script(tree, known)
        script, made = work / "day.jsonl", work / "day.facil"
        while True:
            script.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            for old in work.glob("day.facil*"):
                old.unlink()
            done = _run(
                tree, "-m", "facilitateur", "replay", str(script), "--db", str(made), cwd=work
            )
            if done.returncode == 0:
                break
            number = int(done.stderr.split(":")[1])  # SCRIPT:LINE: message
            print(f"left out: {lines[number - 1]} ({done.stderr.strip()})", file=sys.stderr)
            del lines[number - 1]
        if down_to:
            _output(tree, "-c", _DOWN, str(made), down_to, cwd=work)
        shutil.copyfile(made, target)  # the file alone: no lock or log beside it
        _export_then(tree, target, work)
    return target


def _export_then(tree: Path, fixture: Path, work: Path) -> None:
    """`<schema>.then.json`: what that version exported of its file (internal notes in, when it
    could say so), keys sorted."""
    copy, out = work / "then.facil", work / "then.json"
    shutil.copyfile(fixture, copy)
    base = ["-m", "facilitateur", "export", "json", "--db", str(copy), "-o", str(out)]
    if _run(tree, *base, "--include-internal", cwd=work).returncode != 0:
        _output(tree, *base, cwd=work)  # a version before internal notes
    document = json.loads(out.read_text(encoding="utf-8"))
    _dump(document, fixture.with_suffix(".then.json"))


def _dump(document: dict, target: Path) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    target.write_text(text, encoding="utf-8")


def expect() -> list[Path]:
    """Write `<schema>.json` beside each file: what this code exports once it is opened."""
    sys.path.insert(0, str(ROOT))
    from facilitateur.clock import FakeClock
    from facilitateur.export.json_export import event_document
    from facilitateur.models.storage.store import EventFile

    written = []
    for fixture in sorted(FIXTURES.glob("*.facil")):
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / fixture.name
            shutil.copyfile(fixture, copy)
            ef = EventFile.open(copy, FakeClock(), create=False)
            try:
                with ef.session() as s:
                    document = event_document(s, include_internal=True)
            finally:
                ef.close()
        target = fixture.with_suffix(".json")
        _dump(document, target)
        written.append(target)
    return written


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="action", required=True)
    w = sub.add_parser("write", help="write the day with the code of a tree")
    w.add_argument("--source", type=Path, default=ROOT, help="the extracted commit")
    w.add_argument("--down-to", help="then take the file down to this older schema")
    w.add_argument("--replace", action="store_true", help="write over the file kept")
    sub.add_parser("expect", help="write the expected JSON exports with this code")
    args = p.parse_args()
    if args.action == "write":
        print(write(args.source, args.down_to, args.replace))
    else:
        for path in expect():
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
