"""Shared fixtures. Qt runs offscreen so the suite passes on a machine with no screen."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

from facilitateur.clock import FakeClock
from facilitateur.models.store import EventFile
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


@pytest.fixture
def event_file(tmp_path: Path, clock: FakeClock):
    ef = EventFile.open(tmp_path / "event.facil", clock)
    yield ef
    ef.close()


@pytest.fixture
def sample_file(tmp_path: Path, clock: FakeClock):
    ef = create_sample(tmp_path / "sample.facil", clock)
    yield ef
    ef.close()


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
    """With FACILITATEUR_FUZZ_REPORT set, write how many cases each fuzz kind ran (JSON)."""
    target = os.environ.get("FACILITATEUR_FUZZ_REPORT")
    if target:
        import json

        from fuzz_count import CASES

        Path(target).write_text(json.dumps(dict(CASES), ensure_ascii=False), encoding="utf-8")
