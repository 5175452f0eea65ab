"""One Facilitateur per user and screen: a second launch hands its file to the running one.

A double-click on a `.facil` file while Facilitateur runs opens that file in the running window
(as File → Open does) and brings the window to the front; the second launch then exits. So a
file the application already has open is never met with "the file is in use", and a day is
never open in two windows. The channel is a local socket (QLocalServer: a Unix socket only this
user can open, or a named pipe on Windows), never a network port. On macOS the system itself
sends a double-clicked file to the running application (a FileOpen event), handled here too.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

from facilitateur.models.storage import inputs
from facilitateur.paths import APP_NAME

if TYPE_CHECKING:
    from facilitateur.ui.main_window import MainWindow

MAX_REQUEST = 64 * 1024  # bytes of one request: a path, in JSON
ANSWER_MS = 5_000  # a running application that does not answer within this is not waited for
RETRY_MS = 500  # how often a request waits for a dialog to close


def server_name() -> str:
    """The channel's name: one per user (their data folder) and per screen (X11's DISPLAY,
    Wayland's socket), so that two sessions or two virtual screens each have their own."""
    key = "\n".join(
        [
            str(user_data_path(APP_NAME, appauthor=False)),
            os.environ.get("DISPLAY", ""),
            os.environ.get("WAYLAND_DISPLAY", ""),
        ]
    )
    name = "facilitateur-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if (
        sys.platform not in ("win32", "darwin")
        and os.path.isabs(runtime)
        and Path(runtime).is_dir()
    ):
        return str(Path(runtime) / name)  # the user's own folder, emptied at log-out
    return name  # Qt's temporary folder (Unix) or the named pipes (Windows)


def hand_over(path: Path | None) -> bool:
    """Ask the Facilitateur running here to open `path` (None: just to come to the front).
    True when it answered that it does; False when none runs or it did not answer in time."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(ANSWER_MS):
        return False
    request = {"open": str(Path(path).absolute())} if path is not None else {"show": True}
    socket.write((json.dumps(request) + "\n").encode("utf-8"))
    deadline = QDeadlineTimer(ANSWER_MS)
    while not socket.canReadLine():
        if deadline.hasExpired() or not socket.waitForReadyRead(deadline.remainingTime()):
            socket.abort()
            return False
    answered = bytes(socket.readLine().data()).strip() == b"ok"
    socket.disconnectFromServer()
    return answered


def _read_request(line: bytes) -> tuple[bool, Path | None]:
    """(valid, path) of one request line; a path of None asks only to come to the front."""
    try:
        request = inputs.loads(line.decode("utf-8"))
    except ValueError:  # not UTF-8, not JSON, or nested absurdly
        return False, None
    if not isinstance(request, dict):
        return False, None
    if request.get("show") is True and len(request) == 1:
        return True, None
    wanted = request.get("open")
    if isinstance(wanted, str) and len(request) == 1 and os.path.isabs(wanted):
        return True, Path(wanted)
    return False, None


class SingleInstance(QObject):
    """The running application's end: listens for later launches (and macOS's FileOpen events)
    and emits `requested(path or None)` for each."""

    requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def listen(self) -> bool:
        """Start listening; False when another Facilitateur already does (started at the same
        moment), which then receives the later launches."""
        name = server_name()
        if self.server.listen(name):
            return True
        probe = QLocalSocket()
        probe.connectToServer(name)
        if probe.waitForConnected(1000):
            probe.abort()
            return False
        # Left by an application that was killed: nobody answers on it any more.
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def close(self) -> None:
        self.server.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # macOS: a document opened from the Finder
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.requested.emit(Path(event.file()))
            return True
        return False

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            QTimer.singleShot(ANSWER_MS, socket, socket.abort)  # one that says nothing is dropped

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_REQUEST:
                socket.abort()
            return
        valid, path = _read_request(bytes(socket.readLine(MAX_REQUEST).data()))
        if not valid:
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.requested.emit(path)


def come_forward(window: MainWindow, path: Path | None) -> None:
    """Open `path` in the window as File → Open does (a file it already shows stays as it is)
    and bring the window to the front. While a dialog is open, the window comes forward at once
    and the file waits for the dialog to close (a file is not switched under a dialog)."""
    if path is not None and QApplication.activeModalWidget() is not None:
        _raise(window)
        QTimer.singleShot(RETRY_MS, window, lambda: come_forward(window, path))
        return
    if path is not None:
        window.open_path(path, create=True)
    _raise(window)


def _raise(window: QMainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
