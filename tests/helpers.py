"""Small readers used by several tests."""

from __future__ import annotations

import subprocess
import sys

from facilitateur.models import queries
from facilitateur.models.storage.store import EventFile


def titles(ef: EventFile, day: int = 0) -> list[str]:
    """The titles of a day's top-level blocks, in order."""
    with ef.session() as s:
        d = queries.days(s)[day]
        return [b.title for b in queries.top_blocks(s, d.id)]


def times(ef: EventFile, day: int = 0) -> list[tuple[str, str | None, str | None]]:
    """(title, start, end) of a day's top-level blocks, times as HH:MM."""
    with ef.session() as s:
        d = queries.days(s)[day]
        return [
            (
                b.title,
                b.planned_start and b.planned_start.strftime("%H:%M"),
                b.planned_end and b.planned_end.strftime("%H:%M"),
            )
            for b in queries.top_blocks(s, d.id)
        ]


def last_entry(ef: EventFile) -> str:
    """The id of the last entry of the first block's list of speakers."""
    with ef.session() as s:
        block = queries.top_blocks(s, queries.days(s)[0].id)[0]
        return str(queries.speakers_of(s, block.id)[-1][0].id)


def last_note(ef: EventFile) -> str:
    """The id of the most recently created note."""
    from sqlalchemy import select

    from facilitateur.models.notes.model import Note

    with ef.session() as s:
        return str(s.scalars(select(Note).order_by(Note.created_at.desc())).first().id)


def clear_board(ef: EventFile) -> None:
    """Remove the sample day's Open Space rooms and slots (for tests that set up their own)."""
    from facilitateur.models.openspace.board import read_board

    with ef.session() as s:
        board = read_board(s)
    for room in board.rooms:
        ef.execute("room.remove", {"room": str(room.id)})
    for slot in board.slots:
        ef.execute("slot.remove", {"slot": str(slot.id)})


def sample_window(qtbot, tmp_path, clock=None):
    """The main window (English, scripted answers) on a fresh copy of the sample day."""
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.open_sample(tmp_path / "s.facil")
    return w


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    """`facilitateur ARGS…` run as a separate process, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "facilitateur", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def cell_of(board, title: str) -> tuple[str, str] | None:
    """(room name, slot hours `14:30–15:20`) where the topic of that title is placed on a board, or None."""
    t = next(t for t in board.topics if t.title == title)
    placed = board.placed.get(t.id)
    if placed is None:
        return None
    room = next(r.name for r in board.rooms if r.id == placed[0])
    slot = next(s.hours for s in board.slots if s.id == placed[1])
    return room, slot


_LOCK_PROBE = r"""
import fcntl, os, struct, sys
fd = os.open(sys.argv[1], os.O_RDWR)
# SQLite's shared-lock range (bytes 0x40000002 .. +510): who holds a lock a writer would meet?
asked = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0x40000002, 510, 0)
kind, _whence, _start, _len, pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, asked))
print(pid if kind != fcntl.F_UNLCK else "none")
"""


def locks_held_by(path) -> int | None:
    """The process holding SQLite's lock on `path`, asked from another process (a process
    never sees its own POSIX locks as conflicting); None when nobody holds one. Linux only:
    the layout of `struct flock` is Linux's."""
    said = subprocess.run(
        [sys.executable, "-c", _LOCK_PROBE, str(path)], capture_output=True, text=True, timeout=30
    ).stdout.strip()
    return None if said == "none" else int(said)


def run_reference_day(ef: EventFile) -> None:
    """The sample day as it ran: its Open Space board and reports, timers, speakers (planned
    and from the floor) and notes (tests/fixtures/journee-animee.jsonl)."""
    from pathlib import Path

    from facilitateur.models.storage.replay import replay

    fixtures = Path(__file__).parent / "fixtures"
    for name in ("forum-ouvert.jsonl", "journee-animee.jsonl"):
        replay(ef, (fixtures / name).read_text(encoding="utf-8").splitlines())


def open_space_window(qtbot, tmp_path, lang: str = "en"):
    """The main window on the sample day with the workshops of tests/fixtures/forum-ouvert.jsonl
    (24 topics, 16 placed), on its Open Space screen at 1366×768, shown."""
    from datetime import datetime
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QApplication

    from facilitateur.clock import FakeClock
    from facilitateur.models.storage.replay import replay
    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app(lang)
    clock = FakeClock(datetime(2016, 1, 19, 14, 40, tzinfo=ZoneInfo("Europe/Paris")))
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.open_sample(tmp_path / "sample.facil")
    forum = Path(__file__).parent / "fixtures" / "forum-ouvert.jsonl"
    replay(w.current.file, forum.read_text(encoding="utf-8").splitlines())
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_screen(ActionId.SCREEN_OPEN_SPACE)
    w.open_space.refresh()
    QApplication.processEvents()
    return w


def exported(path) -> dict:
    """The event file read back by another process: `facilitateur export json`, parsed."""
    import json
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.json"
        done = cli("export", "json", "--db", path, "-o", out)
        assert done.returncode == 0, done.stderr
        return json.loads(out.read_text(encoding="utf-8"))


def type_keys(qtbot, widget, text: str) -> None:
    """`text` typed into `widget` one key event per character, as a keyboard sends them (QTest's
    own keyClicks only knows ASCII: accents, « », ’ and € go through with their text). With
    `widget` None, each key goes where the keyboard is at that moment (Tab moves it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for ch in text:
        target = widget or QApplication.focusWidget()
        if ch == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        elif ch == "\t":
            qtbot.keyClick(target, Qt.Key.Key_Tab)
        elif ch.isascii():
            qtbot.keyClick(target, ch)
        else:
            code = ord(ch.upper())
            key = Qt.Key(code) if code < 0x100 else Qt.Key.Key_unknown
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, target, key, ch, Qt.KeyboardModifier.NoModifier
            )
