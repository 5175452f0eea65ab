"""A second launch hands its file to the Facilitateur already running (a double-click on a `.facil`
file), which opens it; the second exits. Real processes, offscreen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitateur.models.storage.store import EventFile
from facilitateur.ui.single_instance import _read_request, server_name


def _launch(path: Path) -> subprocess.Popen:
    """`facilitateur PATH` as a double-click runs it (not a smoke run: a real, lasting window)."""
    return subprocess.Popen(
        [sys.executable, "-m", "facilitateur", str(path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _holder(path: Path) -> int | None:
    """The process that holds `path`'s lock (an application has it open), read from the
    kernel's table of locks: a probe that took the lock itself could be what makes the
    application find the file in use."""
    try:
        inode = os.stat(path.with_name(path.name + ".lock")).st_ino
    except FileNotFoundError:
        return None
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if fields[1] == "FLOCK" and int(fields[5].rsplit(":", 1)[1]) == inode:
            return int(fields[4])
    return None


def _wait(condition, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def _listening() -> bool:
    return Path(server_name()).exists()


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's table of locks")
def test_a_second_launch_hands_its_file_to_the_running_application_and_exits(tmp_path):
    first_day, second_day = tmp_path / "lundi.facil", tmp_path / "mardi.facil"
    for day in (first_day, second_day):
        EventFile.open(day).close()
    first = _launch(first_day)
    later = []
    try:
        _wait(lambda: _holder(first_day) == first.pid, "the first window never opened its file")
        assert _listening()

        # A double-click on another day: the running window opens it; the launch exits at once.
        second = _launch(second_day)
        later.append(second)
        assert second.wait(timeout=60) == 0, second.stderr.read()
        _wait(lambda: _holder(second_day) == first.pid, "the running window did not open it")
        assert _holder(first_day) is None  # it left the first, as File → Open does

        # The same day again: the running window keeps it (no "file in use", no second window).
        again = _launch(second_day)
        later.append(again)
        assert again.wait(timeout=60) == 0
        assert _holder(second_day) == first.pid and first.poll() is None

        # Killed, the first leaves its socket behind: the next launch starts on its own.
        _stop(first)
        assert _listening()
        _wait(lambda: _holder(second_day) is None, "the lock outlived its process")
        third = _launch(first_day)
        later.append(third)
        _wait(lambda: _holder(first_day) == third.pid, "a launch after a kill did not open it")
        assert third.poll() is None
    finally:
        for proc in (first, *later):
            _stop(proc)


def test_a_request_is_a_single_absolute_path_or_a_call_to_come_forward():
    assert _read_request(b'{"open": "/home/julie/jour.facil"}\n') == (
        True,
        Path("/home/julie/jour.facil"),
    )
    assert _read_request(b'{"show": true}\n') == (True, None)
    for wrong in (
        b"/home/julie/jour.facil\n",  # not JSON
        b'{"open": "jour.facil"}\n',  # relative: relative to what?
        b'{"open": "/a", "then": "/b"}\n',
        b'{"open": ["/a"]}\n',
        b'["/a"]\n',
        b"\xff\xfe\n",
        b"[" * 10_000 + b"\n",
    ):
        assert _read_request(wrong)[0] is False


def test_a_file_sent_by_macos_or_asked_under_a_dialog_waits_for_the_dialog(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QMessageBox

    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow
    from facilitateur.ui.single_instance import SingleInstance, come_forward

    app = make_app("en")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.show()
    instance = SingleInstance(w)
    asked = []
    instance.requested.connect(asked.append)
    day = tmp_path / "jour.facil"
    EventFile.open(day).close()
    # The Finder's double-click on macOS arrives as a FileOpen event to the application.
    QCoreApplication.sendEvent(app, QFileOpenEvent(str(day)))
    assert asked == [day]

    dialog = QMessageBox(QMessageBox.Icon.Question, "Re-plan", "Shift the rest?", parent=w)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: app.activeModalWidget() is dialog)
    come_forward(w, day)
    qtbot.wait(300)
    assert w.current is None  # not switched under the dialog
    dialog.done(0)
    qtbot.waitUntil(lambda: w.current is not None and w.current.file.path == day, timeout=5000)
    w.current.file.close()
    app.removeEventFilter(instance)
