"""The standalone build's program is no Python interpreter: the application's children (the
synthesis's layout, the look at the file from another process) run it with the command line's
arguments. Here a stand-in program, which takes only those (as the bundle's does), plays it;
.ci/run runs the real build."""

from __future__ import annotations

import sys

import pytest

from facilitateur.launch import PEEK_COMMAND, own_command
from facilitateur.models.storage.connection import seen_from_outside

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    """As if frozen: `sys.executable` is a program that runs `facilitateur ARGS…` and refuses
    interpreter options (`-m`, `-c`, `-I`), as the bundle's program does."""
    program = tmp_path / "Facilitateur"
    program.write_text(
        "#!/bin/sh\n"
        'case "$1" in -*) [ "$1" = --smoke ] || { echo "not an interpreter: $1" >&2; exit 2; };; esac\n'
        f'exec "{sys.executable}" -m facilitateur "$@"\n',
        encoding="utf-8",
    )
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    return program


def test_a_child_of_the_standalone_build_runs_the_program_itself(frozen):
    assert own_command() == [str(frozen)]


@pytest.mark.sqlite_only
def test_the_standalone_build_sees_its_file_from_another_process(frozen, event_file):
    event_file.execute("note.add", {"text": "vu du dehors"})
    assert seen_from_outside(event_file.path) == event_file.journal_mark() == (1, 1)
    event_file.undo()
    assert seen_from_outside(event_file.path) == (1, 0)
    assert event_file.check_on_disk()  # nothing rewritten: the look from outside agrees
    assert event_file.rescues == 0


@pytest.mark.sqlite_only
def test_the_hidden_look_only_reads(tmp_path, event_file):
    from helpers import cli

    uri = event_file.path.resolve().as_uri()
    done = cli(PEEK_COMMAND, uri, "DELETE FROM journal")
    assert done.returncode == 2 and "only reads" in done.stderr
    done = cli(PEEK_COMMAND, f"{uri}?mode=ro", "SELECT count(*) FROM journal")
    assert done.returncode == 0 and done.stdout.split() == ["0"]


def test_the_standalone_build_writes_the_synthesis_from_the_menu(qtbot, tmp_path, frozen):
    from pypdf import PdfReader

    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.open_sample(tmp_path / "s.facil")
    try:
        out = tmp_path / "synthese.pdf"
        w.interaction.paths.append(out)
        w.action_map[ActionId.EXPORT_PDF].trigger()
        assert w.exports.job.process.program() == str(frozen)
        qtbot.waitUntil(lambda: w.exports.job is None, timeout=60_000)
        assert w.interaction.errors == []
        assert "Mot d’accueil" in "".join(page.extract_text() for page in PdfReader(out).pages)
        assert w.current.file.rescues == 0  # the look at the file after the export agreed
    finally:
        w.current.file.close()
