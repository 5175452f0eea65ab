"""A good event file on a write-protected USB key: it opens read-only and every export works.

Root writes anywhere, so the file is opened by an ordinary user: the suite, run as root,
runs these commands as `nobody` (setpriv); run as anyone else, as itself."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitateur.sample import create_sample


def _as_ordinary_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: no ordinary user to be")
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]


@pytest.fixture
def usb_key(clock):
    """A folder nobody may write holding a day that was run, and a folder to write into."""
    top = Path(tempfile.mkdtemp(prefix="facilitateur-usb-"))
    top.chmod(0o755)
    key, out = top / "cle", top / "sortie"
    key.mkdir()
    out.mkdir()
    ef = create_sample(key / "jour.facil", clock)
    ef.execute("timer.start", {})
    ef.execute("note.add", {"block": "#1", "kind": "decision", "text": "On continue"})
    ef.close()
    (key / "jour.facil").chmod(0o444)
    key.chmod(0o555)
    out.chmod(0o777)
    probe = subprocess.run(_as_ordinary_user([sys.executable, "-c", "print('ok')"]))
    if probe.returncode != 0:
        pytest.skip("the ordinary user cannot run this interpreter")
    yield key / "jour.facil", out
    key.chmod(0o755)
    shutil.rmtree(top, ignore_errors=True)


def _run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        _as_ordinary_user([sys.executable, "-m", "facilitateur", *args]),
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def test_every_export_works_from_a_write_protected_folder(usb_key):
    event, out = usb_key
    before = sorted(p.name for p in event.parent.iterdir())
    for fmt, name in (
        ("json", "jour.json"),
        ("csv-speakers", "tours.csv"),
        ("csv-actions", "actions.csv"),
        ("ics", "jour.ics"),
        ("pdf", "synthese.pdf"),
        ("board", "tableau.pdf"),
    ):
        done = _run("export", fmt, "--db", str(event), "-o", str(out / name), home=out)
        assert done.returncode == 0, (fmt, done.stderr)
        assert "Traceback" not in done.stderr
        assert (out / name).stat().st_size > 0
    document = json.loads((out / "jour.json").read_text(encoding="utf-8"))
    assert [n["text"] for n in document["notes"]] == ["On continue"]
    assert "On continue" in "".join(p.extract_text() for p in PdfReader(out / "synthese.pdf").pages)
    assert sorted(p.name for p in event.parent.iterdir()) == before  # nothing made beside it


def test_the_application_opens_it_read_only(usb_key):
    event, out = usb_key
    report = out / "report.json"
    done = _run("--smoke", "--smoke-report", str(report), str(event), home=out)
    assert done.returncode == 0, done.stderr
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["read_only"] is True
    assert shown["banner"].startswith("Read-only")
