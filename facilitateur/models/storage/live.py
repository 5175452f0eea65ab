"""The other laptops' changes to a shared event, as they are committed.

Each command on a shared event sends, at commit, a notification on the journal's channel
(PostgreSQL's LISTEN/NOTIFY). A `JournalFeed` keeps its own connection listening on a thread of
its own, so that nothing here ever waits on the interface's thread: on each notification it
reads the journal entries it has not seen yet and hands on what they touched, as the same
`Changes` value a command returns, for the screens to refresh just that. The notification only
wakes it up; what it reports is read from the journal by number, so nothing is missed while the
connection is lost: once it is back, the feed catches up and asks for a whole refresh (an undo
made meanwhile changes no entry's number)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from facilitateur.models.commands.capture import touched
from facilitateur.models.commands.core import Changes
from facilitateur.models.storage.base import TableName
from facilitateur.models.storage.engines import NOTIFY_CHANNEL, SharedEvent

# A whole refresh: every table an event has (after the connection came back).
EVERYTHING = frozenset(TableName)
HEARTBEAT_SECONDS = 3.0  # how often an idle connection is asked whether it is still there
RETRY_SECONDS = 1.0


class JournalFeed:
    """Listens to a shared event's journal on a thread of its own.

    `on_changes(changes)` is called (on the feed's thread) for each command, undo or redo of
    another laptop; `on_state(connected)` when the connection is lost or comes back."""

    def __init__(
        self,
        shared: SharedEvent,
        own_origin: str,
        since: int,
        on_changes: Callable[[Changes], None],
        on_state: Callable[[bool], None] | None = None,
        password: str | None = None,
    ) -> None:
        self.params = shared.libpq_params(password)
        self.own = own_origin
        self.last = since
        self.on_changes = on_changes
        self.on_state = on_state or (lambda _connected: None)
        self.connected = True
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="journal-feed", daemon=True)
        self.listening = threading.Event()  # set once LISTEN is in place (tests wait on it)

    def start(self) -> JournalFeed:
        """Start listening (returns at once)."""
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the connection."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(**self.params, autocommit=True, connect_timeout=3) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self.listening.set()
                    if not self.connected:
                        self._state(True)
                        self._catch_up(conn)
                        self.on_changes(Changes("refresh", EVERYTHING, frozenset()))
                    self._listen(conn)
            except psycopg.Error:
                self.listening.clear()
                if not self._stop.is_set():
                    self._state(False)
                    self._stop.wait(RETRY_SECONDS)

    def _state(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self.on_state(connected)

    def _listen(self, conn: Any) -> None:
        idle = 0.0
        while not self._stop.is_set():
            # Back at the first notification (not at the end of the wait): the change shows
            # at once; those that came meanwhile are handed on by the next turn.
            woken = list(conn.notifies(timeout=0.5, stop_after=1))
            if not woken:
                idle += 0.5
                if idle >= HEARTBEAT_SECONDS:
                    idle = 0.0
                    conn.execute("SELECT 1")
                continue
            idle = 0.0
            self._catch_up(conn)
            for note in woken:
                seq, origin, what = [*note.payload.split(), "", "", ""][:3]
                if origin != self.own and what in ("undo", "redo") and seq.isdigit():
                    self._report(conn, int(seq))

    def _catch_up(self, conn: Any) -> None:
        rows = conn.execute(
            "SELECT seq, cmd, changes, origin, author FROM journal WHERE seq > %s ORDER BY seq",
            (self.last,),
        ).fetchall()
        for seq, cmd, changes, origin, author in rows:
            self.last = max(self.last, seq)
            if origin != self.own:
                self._emit(seq, cmd, changes, author)

    def _report(self, conn: Any, seq: int) -> None:
        row = conn.execute(
            "SELECT cmd, changes, author, state FROM journal WHERE seq = %s", (seq,)
        ).fetchone()
        if row is not None:
            cmd, changes, author, state = row
            self._emit(seq, f"{'undo' if state == 'undone' else 'redo'} {cmd}", changes, author)

    def _emit(self, seq: int, cmd: str, changes: str, author: str) -> None:
        ops = json.loads(changes)
        if not ops:
            return
        tables, ids = touched(ops)
        self.on_changes(Changes(cmd, tables, ids, seq, {"remote": True, "author": author}))
