"""The commands' typed front: one method per registered command, generated from the registry,
sending the same names and arguments as before (the journal is unchanged); the screens reach
the commands only through it."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import json
from pathlib import Path

import pytest
from helpers import times
from sqlalchemy import select

from facilitateur.models.agenda.model import KeepOnMove
from facilitateur.models.commands import REGISTRY
from facilitateur.models.commands.core import NAMES
from facilitateur.models.commands.front import UNSET, Commands
from facilitateur.models.notes.model import NoteKind
from facilitateur.models.storage.journal import JournalEntry

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("make_front", ROOT / "tools" / "make_front.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _recorder() -> tuple[Commands[None], list[tuple[str, dict]]]:
    sent: list[tuple[str, dict]] = []
    return Commands(lambda name, args: sent.append((name, args))), sent


def test_the_front_is_the_one_generated_from_the_registry():
    written = (ROOT / "facilitateur" / "models" / "commands" / "front.py").read_text("utf-8")
    assert written == _generator().source(), "regenerate with python tools/make_front.py"


def test_every_type_of_argument_is_said_in_the_reference_and_written_in_the_front():
    from facilitateur.models.commands.core import ParamType
    from facilitateur.models.commands.reference import TYPES

    assert set(TYPES) == set(ParamType)
    assert set(_generator().TYPES) == set(ParamType) - {ParamType.CHOICE}  # as its enumeration


def test_every_command_has_its_method_with_its_arguments_and_leads_to_its_body():
    assert len(NAMES) == len(REGISTRY)  # one body, one name
    for name, spec in REGISTRY.items():
        method = getattr(Commands, name.replace(".", "_"))
        params = list(inspect.signature(method).parameters.values())[1:]
        assert [p.name for p in params] == [p.name for p in spec.params if p.required] + [
            p.name for p in spec.params if not p.required
        ]
        assert all(p.default is UNSET for p in params if p.kind is p.KEYWORD_ONLY)
        # The method hands the body itself over: "go to definition" leads to the command.
        assert spec.body.__name__ in inspect.getsource(method)
        assert method.__doc__.split()[0] == spec.doc.split()[0]
        commands, sent = _recorder()
        required = {p.name: f"<{p.name}>" for p in spec.params if p.required}
        getattr(commands, name.replace(".", "_"))(**required)
        assert sent == [(name, required)]


def test_not_given_is_not_sent_none_is_and_enumerations_go_as_their_values():
    commands, sent = _recorder()
    commands.block_update("#1", start="09:05", keep=KeepOnMove.DURATION)
    commands.block_update("#1", end=None)
    commands.note_add("Décision", kind=NoteKind.DECISION)
    assert sent == [
        ("block.update", {"block": "#1", "start": "09:05", "keep": "duration"}),
        ("block.update", {"block": "#1", "end": None}),
        ("note.add", {"text": "Décision", "kind": "decision"}),
    ]
    assert type(sent[0][1]["keep"]) is str  # the journal holds the plain value


def test_a_call_through_the_front_runs_the_command_and_journals_it_as_by_name(sample_file):
    ef = sample_file
    commands = Commands(ef.execute)
    before = times(ef)[1]
    changes = commands.block_update("#2", start="09:40", keep=KeepOnMove.DURATION)
    assert changes.cmd == "block.update"
    start, end = before[1:]
    assert times(ef)[1][1] == "09:40"
    # The block moved whole: its duration is kept, as `keep` asked.
    assert _minutes(times(ef)[1][2]) - _minutes("09:40") == _minutes(end) - _minutes(start)
    with ef.session() as s:
        entry = s.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert (entry.cmd, json.loads(entry.args)) == (
            "block.update",
            {"block": "#2", "start": "09:40", "keep": "duration"},
        )


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def test_the_open_event_in_qt_has_the_front_and_tells_a_refusal_as_run_does(qtbot, sample_file):
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.qt_event import QtEvent

    interaction = ScriptedInteraction()
    event = QtEvent(sample_file, interaction)
    heard = []
    event.changed.connect(heard.append)
    changes = event.commands.note_add("Une idée", block="#1", kind=NoteKind.IDEA)
    assert changes is not None and heard == [changes]
    assert event.commands.block_remove("#99") is None  # refused: said, nothing changed
    assert len(interaction.errors) == 1 and len(heard) == 1


def _literal_command_calls(path: Path, root: Path = ROOT) -> list[str]:
    """Calls in a module that name a registered command by a string literal (`run("x.y", …)`,
    `_run("x.y")`, `emit("x.y", …)`): the screens call the typed front instead."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        first = node.args[0] if node.args else None
        literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
        if literal and (first.value in REGISTRY or name in ("run", "execute")):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {name}({first.value!r}, …)")
    return found


def test_the_screens_call_commands_through_the_front_never_by_their_name():
    ui = ROOT / "facilitateur" / "ui"
    found = [
        call
        for path in sorted(ui.rglob("*.py"))
        if path.name != "qt_event.py"
        for call in _literal_command_calls(path)
    ]
    assert not found, "call event.commands.<command>(…) instead:\n" + "\n".join(found)


def test_the_walk_finds_a_command_called_by_its_name(tmp_path):
    # The walk above would pass on anything if it found nothing: it finds each form.
    sample = tmp_path / "screen.py"
    sample.write_text(
        "self.current.run('timer.start')\n"
        "self._run('note.add', {'text': 'x'})\n"
        "self.command.emit('speaker.move', {})\n"
        "self.event.execute('anything', {})\n"
        "self.commands.timer_start()\n"
        "tr('block.update is not a call of a command')\n",
        encoding="utf-8",
    )
    assert len(_literal_command_calls(sample, tmp_path)) == 4


@pytest.mark.parametrize("name", ["block.update", "timer.start", "podium.next"])
def test_each_method_has_the_commands_summary_and_name(name):
    doc = getattr(Commands, name.replace(".", "_")).__doc__
    assert f"`{name}`" in doc
    assert REGISTRY[name].doc.split()[:3] == doc.split()[:3]
