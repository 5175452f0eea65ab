"""Shared fixtures. Qt runs offscreen so the suite passes on a machine with no screen."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Times and dates follow the system's region (models/text/datetime_forms.py): the same on every
# machine that runs the suite, whatever its own locale (tests that need a region say so).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

from facilitateur.clock import FakeClock
from facilitateur.models.storage.store import EventFile
from facilitateur.sample import create_sample


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep the user's data folder, Qt settings and runtime folder out of the tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    runtime = home / "run"  # where a running application's single-instance socket goes
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    if "PySide6.QtCore" in sys.modules:  # Qt reads the folder once: point it at this test's
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2016, 1, 19, 7, 30, tzinfo=UTC))


# The PostgreSQL server the suite may use (tools/test-postgresql.sh starts one; `.ci/run` does).
PG_URL = os.environ.get("FACILITATEUR_TEST_PG", "")
NO_PG = (
    "no PostgreSQL server for the tests: FACILITATEUR_TEST_PG is not set "
    '(eval "$(tools/test-postgresql.sh start)" starts one; .ci/run always does)'
)
ENGINES = ("sqlite", "postgresql")


class PgServer:
    """The tests' PostgreSQL server: a database of its own for each test, made from a template
    that already holds the schema (a tenth of a second), dropped after it."""

    def __init__(self, url: str, data: str | None) -> None:
        import psycopg

        self.url, self.data = url, data
        self.base = url.rsplit("/", 1)[0]
        self.admin = psycopg.connect(url, autocommit=True)
        self.template = f"facil_template_{os.getpid()}"
        self.admin.execute(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)")
        self.admin.execute(f"CREATE DATABASE {self.template}")
        from facilitateur.models.storage.engines import SharedEvent, make_pg_engine
        from facilitateur.models.storage.schema import create_schema

        engine = make_pg_engine(SharedEvent.parse(self.address(self.template)))
        create_schema(engine)
        engine.dispose()
        self.count = 0

    def address(self, database: str) -> str:
        return f"{self.base}/{database}"

    def new_database(self, empty: bool = False) -> str:
        """A new database (with the schema, or `empty`); its name."""
        self.ensure_up()
        self.count += 1
        name = f"facil_t{os.getpid()}_{self.count}"
        template = "template0" if empty else self.template
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def drop(self, name: str) -> None:
        self.ensure_up()
        self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def ensure_up(self) -> None:
        """The admin connection again after a test stopped and restarted the server."""
        import psycopg

        if self.admin.closed or self.admin.broken:
            self.admin = psycopg.connect(self.url, autocommit=True)
            return
        try:
            self.admin.execute("SELECT 1")
        except psycopg.OperationalError:
            self.admin = psycopg.connect(self.url, autocommit=True)

    def control(self, action: str) -> None:
        """Stop (`stop`, fast: as a server restarting) or start (`start-again`) the server."""
        import subprocess

        if not self.data:
            pytest.skip("FACILITATEUR_TEST_PG_DATA is not set: the server cannot be stopped")
        script = Path(__file__).resolve().parent.parent / "tools" / "test-postgresql.sh"
        subprocess.run(["bash", str(script), action, self.data], check=True, timeout=120)

    def close(self) -> None:
        self.ensure_up()
        self.admin.execute(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)")
        self.admin.close()


@pytest.fixture(scope="session")
def pg_server():
    if not PG_URL:
        if os.environ.get("FACILITATEUR_REQUIRE_PG"):  # CI: never skipped silently
            pytest.fail(NO_PG)
        pytest.skip(NO_PG)
    server = PgServer(PG_URL, os.environ.get("FACILITATEUR_TEST_PG_DATA"))
    yield server
    server.close()


@pytest.fixture
def pg_address(pg_server):
    """The address of a new shared event's database (with the schema), for this test."""
    name = pg_server.new_database()
    yield pg_server.address(name)
    pg_server.drop(name)


@pytest.fixture
def pg_empty_address(pg_server):
    """The address of a new, empty database (no schema yet)."""
    name = pg_server.new_database(empty=True)
    yield pg_server.address(name)
    pg_server.drop(name)


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    """Each core test runs on an event file and on a shared event (PostgreSQL)."""
    return request.param


def _location(request, engine: str, tmp_path: Path, name: str):
    if engine == "postgresql":
        return request.getfixturevalue("pg_address")
    return tmp_path / name


@pytest.fixture
def event_file(request, engine: str, tmp_path: Path, clock: FakeClock):
    ef = EventFile.open(_location(request, engine, tmp_path, "event.facil"), clock)
    yield ef
    ef.close()


@pytest.fixture
def sample_file(request, engine: str, tmp_path: Path, clock: FakeClock):
    ef = create_sample(_location(request, engine, tmp_path, "sample.facil"), clock)
    yield ef
    ef.close()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only: about the event file itself; not run on a shared event"
    )


def pytest_collection_modifyitems(config, items):
    """A test marked `sqlite_only` is about the file itself: its PostgreSQL variant is not
    collected (rather than reported skipped)."""
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if params.get("engine") == "postgresql" and item.get_closest_marker("sqlite_only"):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


from hypothesis import HealthCheck, settings  # noqa: E402

# CI runs a few hundred cases per property; `HYPOTHESIS_PROFILE=nightly` runs thousands.
settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "nightly", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_sessionfinish(session, exitstatus):
    """With FACILITATEUR_FUZZ_REPORT set, write how many cases each fuzz kind ran and how long
    each fuzz test's slowest case took (JSON)."""
    target = os.environ.get("FACILITATEUR_FUZZ_REPORT")
    if target:
        import json

        from fuzz_count import CASES, SLOWEST

        report = {"cases": dict(CASES), "slowest": SLOWEST}
        Path(target).write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
