"""The run view and the stage display with real widgets and a fake clock."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPalette

from facilitateur.clock import FakeClock
from facilitateur.models import queries
from facilitateur.models.agenda.timing import RunState
from facilitateur.models.refusal import Refusal
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow
from facilitateur.ui.run.texts import phase_color

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def clock():
    return FakeClock(datetime(2016, 1, 19, 8, 58, tzinfo=PARIS))


@pytest.fixture
def window(qtbot, tmp_path, clock):
    make_app("en")
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.open_sample(tmp_path / "sample.facil")
    w.show()
    qtbot.waitExposed(w)
    w.show_screen(ActionId.SCREEN_RUN)
    yield w
    w.run.stage.close()
    w.current.file.close()


def press(qtbot, w, key, mod=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(w.run, key, mod)
    qtbot.waitUntil(lambda: not w.run._reload_pending)


def later(w, clock, seconds):
    clock.advance(seconds)
    w.run.refresh()


def color_of(label):
    return label.palette().color(QPalette.ColorRole.WindowText)


def states(w):
    with w.current.file.session() as s:
        from facilitateur.models.agenda.dayplan import day_timings

        timings = day_timings(s, queries.days(s)[0], PARIS, w.clock.now())
    return [t.reading.state for t in timings[:3]]


def test_the_run_view_shows_the_first_block_not_ended_before_it_starts(window):
    r = window.run
    assert r.title.text() == "Mot d’accueil"
    assert r.digits.text() == "15:00"
    assert r.phase.text().startswith("Not started")
    assert r.next_label.text().endswith("La diversité des enjeux des territoires")
    assert r.clock_label.text() == "8:58\u00a0AM"  # the English interface's one form


def test_space_starts_and_pauses_and_phases_follow_the_time(qtbot, window, clock):
    r = window.run
    press(qtbot, window, Qt.Key.Key_Space)
    assert states(window)[0] == RunState.RUNNING
    later(window, clock, 12 * 60 + 59.5)
    assert r.digits.text() == "2:01" and r.phase.text() == ""
    later(window, clock, 1)
    assert r.digits.text() == "2:00" and r.phase.text() == "2 min left"
    assert color_of(r.digits) == phase_color(r.reading.phase, dark=False)
    later(window, clock, 60)
    assert r.phase.text() == "1 min left" and r.reading.phase == "danger"
    later(window, clock, 61)
    assert r.digits.text() == "+0:01" and r.phase.text() == "OVERTIME"
    assert r._blink.isActive()  # overtime blinks, by colour: the digits never leave
    before = (color_of(r.digits), r.digits.geometry())
    r._toggle_blink()
    assert r.digits.isVisible() and r.digits.geometry() == before[1]
    assert color_of(r.digits) != before[0]
    press(qtbot, window, Qt.Key.Key_Space)
    assert states(window)[0] == RunState.PAUSED and r.phase.text() == "PAUSED"


@pytest.mark.parametrize(
    ("next_key", "back_key"),
    [
        (Qt.Key.Key_N, Qt.Key.Key_P),
        (Qt.Key.Key_Right, Qt.Key.Key_Left),
        (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp),
    ],
)
def test_next_and_back_with_the_keyboard_and_the_clicker(qtbot, window, clock, next_key, back_key):
    press(qtbot, window, Qt.Key.Key_Space)
    later(window, clock, 60)
    # The block has a list: Next first gives the floor to its speaker, then ends her turn,
    # and only with the list empty goes on to the next block.
    press(qtbot, window, next_key)
    assert window.run.speaker_panel.under_way().name == "Florence RAINEIX"
    assert window.run.stage.speaker.text() == "Florence RAINEIX"
    press(qtbot, window, next_key)
    assert window.run.speaker_panel.under_way() is None
    assert states(window)[0] == RunState.RUNNING
    press(qtbot, window, next_key)
    assert states(window)[:2] == [RunState.ENDED, RunState.RUNNING]

    assert window.run.title.text() == "La diversité des enjeux des territoires"
    press(qtbot, window, back_key)  # the step undone: the welcome never ended
    assert states(window)[:2] == [RunState.RUNNING, RunState.NOT_STARTED]
    press(qtbot, window, back_key)
    assert window.run.speaker_panel.under_way().name == "Florence RAINEIX"


def test_e_ends_plus_and_minus_adjust_and_everything_undoes(qtbot, window, clock):
    r = window.run
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Plus)
    assert r.digits.text() == "16:00"
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert r.digits.text() == "14:00"
    press(qtbot, window, Qt.Key.Key_E)
    assert states(window)[0] == RunState.ENDED
    assert r.title.text() == "La diversité des enjeux des territoires"
    for _ in range(5):
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert states(window)[0] == RunState.NOT_STARTED and r.digits.text() == "15:00"


def test_when_the_day_is_over_the_podium_says_when_and_what_comes_next(
    qtbot, window, clock, tmp_path
):
    r = window.run
    press(qtbot, window, Qt.Key.Key_F5)  # the stage display too
    for _ in range(8):  # each block in turn, for ten minutes
        press(qtbot, window, Qt.Key.Key_Space)
        later(window, clock, 600)
        press(qtbot, window, Qt.Key.Key_E)
    assert set(states(window)) == {RunState.ENDED}
    assert r.title.text() == "The day is over"
    assert r.digits.text() == "" and not r.progress.isVisible()
    assert r.phase.text().startswith("Ended at 10:18") and "Ctrl+E" in r.phase.text()
    assert "planned" not in r.projected.text()  # over at 10:18, not "planned 6:00 PM"
    assert r.stage.digits.text() == "" and r.stage.title.text().startswith("2ème Rencontre")
    out = tmp_path / "synthese.pdf"  # and Ctrl+E, from the podium, does write the synthesis
    window.interaction.paths.append(out)
    qtbot.keyClick(r, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.exports.job is not None
    qtbot.waitUntil(lambda: window.exports.job is None, timeout=60_000)
    assert out.exists() and set(states(window)) == {RunState.ENDED}


def test_the_sample_opened_another_day_shows_its_date_not_a_lateness(qtbot, window, clock):
    r = window.run
    clock.set(datetime(2026, 11, 26, 16, 45, tzinfo=PARIS))
    r.refresh()
    assert "Jan\u00a019,\u00a02016" in r.offset.text() and "Day of" in r.offset.text()
    assert color_of(r.offset) == r.palette().color(QPalette.ColorRole.WindowText)
    assert r.projected.text().startswith("Planned end 6:00") and "planned" not in r.projected.text()
    from facilitateur.models.commands import CommandError
    from facilitateur.ui.run.replan_dialog import ReplanDialog

    dialog = ReplanDialog(window.current, clock, window)  # nothing to re-plan against 16:45
    qtbot.addWidget(dialog)
    assert "has not begun" in dialog.summary.text() and "2016" in dialog.summary.text()
    assert dialog.table.rowCount() == 0 and not dialog.apply_button.isEnabled()
    with pytest.raises(CommandError, match="has not begun and is not today"):
        window.current.file.execute("agenda.replan", {"strategy": "shift"})
    press(qtbot, window, Qt.Key.Key_Space)  # a rehearsal: timed as it runs
    assert r.offset.text().startswith("Day: +")


def test_a_day_run_years_ago_is_not_re_planned_against_tonights_clock(qtbot, window, clock):
    """The sample day started on 19 January 2016 and opened on a night of 2026: the dialog
    says when it was run instead of proposing the rest of the day from 1:16 at night, and the
    command refuses with the same reason (a day run today re-plans as before)."""
    from facilitateur.models.commands import CommandError
    from facilitateur.ui.run.replan_dialog import ReplanDialog

    press(qtbot, window, Qt.Key.Key_Space)  # 19/01/2016 9:15: the day begins
    clock.set(datetime(2016, 1, 19, 9, 40, tzinfo=PARIS))
    same_day = ReplanDialog(window.current, clock, window)
    qtbot.addWidget(same_day)
    assert same_day.table.rowCount() > 0 and same_day.summary.text().startswith("The day is at")
    clock.set(datetime(2026, 11, 28, 1, 16, tzinfo=PARIS))
    dialog = ReplanDialog(window.current, clock, window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("This day was run on January\u00a019,\u00a02016, not")
    assert dialog.table.rowCount() == 0 and not dialog.apply_button.isEnabled()
    with pytest.raises(CommandError, match="run on 2016-01-19, not today") as refused:
        window.current.file.execute("agenda.replan", {"strategy": "shift"})
    assert refused.value.reason == Refusal.RUN_ANOTHER_DAY


def test_an_evening_running_past_midnight_is_still_re_planned(qtbot, window, clock):
    """The day's last block ends at 23:30: at 00:30 the next day, the evening still runs and
    is re-planned; six hours after its last moment, it is over."""
    from facilitateur.ui.run.replan_dialog import ReplanDialog

    press(qtbot, window, Qt.Key.Key_Space)  # 19/01/2016 9:15: the day begins
    window.current.commands.block_update("#8", start="22:30", end="23:30")
    clock.set(datetime(2016, 1, 20, 0, 30, tzinfo=PARIS))
    dialog = ReplanDialog(window.current, clock, window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("The day is at") and dialog.table.rowCount() > 0
    clock.set(datetime(2016, 1, 20, 5, 31, tzinfo=PARIS))
    over = ReplanDialog(window.current, clock, window)
    qtbot.addWidget(over)
    assert over.summary.text().startswith("This day was run on")


def test_a_podium_key_with_nothing_to_do_says_so_in_the_status_bar_not_in_a_dialog(qtbot, window):
    press(qtbot, window, Qt.Key.Key_E)  # nothing under way yet
    assert window.statusBar().currentMessage() == "No block is under way (Space starts one)"
    press(qtbot, window, Qt.Key.Key_P)  # no PageDown step to undo
    assert window.statusBar().currentMessage() == "PgUp: no PgDn step left to undo"
    assert window.interaction.errors == []
    # Elsewhere than at the podium, a refusal is still a dialog (in the interface's language).
    window.current.run("timer.end", {})
    assert window.interaction.errors == [("Not done", "No block is under way (Space starts one)")]


def test_blackout_and_message_reach_the_stage_display(qtbot, window):
    stage = window.run.stage
    press(qtbot, window, Qt.Key.Key_F5)
    assert stage.isVisible()
    press(qtbot, window, Qt.Key.Key_Space)
    assert stage.digits.text() == "15:00" and stage.title.text() == "Mot d’accueil"
    assert stage.speaker.text() == "Florence RAINEIX"
    window.interaction.messages.append(("Il reste 2 minutes", True))
    press(qtbot, window, Qt.Key.Key_M)
    assert stage.message.text() == "Il reste 2 minutes"
    assert window.run._blink.isActive()
    assert "Il reste 2 minutes" in window.run.message_label.text()
    press(qtbot, window, Qt.Key.Key_B)
    assert stage.blackout and not stage.digits.isVisible() and not stage.message.isVisible()
    press(qtbot, window, Qt.Key.Key_B)
    assert not stage.blackout and stage.digits.isVisible()
    qtbot.keyClick(stage, Qt.Key.Key_Escape)  # the stage's own window forwards Esc: closed
    assert not stage.isVisible()
    press(qtbot, window, Qt.Key.Key_F5)
    press(qtbot, window, Qt.Key.Key_F5)  # a clicker's F5 pressed twice: still shown
    assert stage.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not stage.isVisible()


def test_stage_digits_are_at_least_40_percent_of_a_full_hd_window(qtbot, window):
    stage = window.run.stage
    stage.resize(1920, 1080)
    stage.show()
    qtbot.waitExposed(stage)
    window.run.refresh()
    press(qtbot, window, Qt.Key.Key_Space)
    assert (stage.width(), stage.height()) == (1920, 1080)  # big fonts do not grow the window
    glyphs = QFontMetrics(stage.digits.font()).tightBoundingRect("0123456789").height()
    assert glyphs >= 0.40 * 1080
    assert stage.digits.height() >= glyphs  # and the digits are not clipped
    assert stage.palette().color(QPalette.ColorRole.Window).name() == "#000000"


def test_run_digits_are_at_least_120_px_high(window):
    glyphs = QFontMetrics(window.run.digits.font()).tightBoundingRect("0123456789").height()
    assert glyphs >= 120


def test_a_wall_clock_jump_is_detected_and_shown(qtbot, window, clock):
    clock.jump(600)
    window.run.ticker._fire()
    assert window.run.banner.isVisible()
    assert "+10 min" in window.run.banner.text()


def test_reopening_a_file_with_a_block_under_way_comes_back_to_the_podium(
    qtbot, window, clock, tmp_path
):
    press(qtbot, window, Qt.Key.Key_Space)
    path = window.current.file.path
    later(window, clock, 95)
    w2 = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w2)
    window.current.file.close()
    w2.open_path(path)
    assert w2.pages.currentWidget() is w2.run
    assert w2.run.digits.text() == "13:25"
    w2.current.file.close()


def test_replan_shows_the_new_times_beside_the_current_ones_and_applies_once(qtbot, window, clock):
    from facilitateur.ui.run.replan_dialog import ReplanDialog

    press(qtbot, window, Qt.Key.Key_Space)
    later(window, clock, 40 * 60)  # the welcome runs 25 minutes over
    dialog = ReplanDialog(window.current, clock, window)
    qtbot.addWidget(dialog)
    assert "+" in dialog.summary.text()
    dialog.findChild(type(dialog.strategies.buttons()[0]), "replan_shift").setChecked(True)
    table = dialog.table
    assert table.item(0, 0).text() == "La diversité des enjeux des territoires"
    now_text, proposed = table.item(0, 1).text(), table.item(0, 2).text()
    assert now_text != proposed and proposed.replace("\u202f", " ").startswith("9:38")
    dialog.apply()
    with window.current.file.session() as s:
        second = queries.top_blocks(s, queries.days(s)[0].id)[1]
    assert second.planned_start.strftime("%H:%M") == "09:38"
    window.action_map[ActionId.UNDO].trigger()
    with window.current.file.session() as s:
        second = queries.top_blocks(s, queries.days(s)[0].id)[1]
    assert second.planned_start.strftime("%H:%M") == "09:15"


def test_the_end_of_the_day_is_said_beside_the_plans_own_end(qtbot, window, clock):
    """A programme whose blocks overlap (an end typed after the next start) ends later than it
    says although nothing runs late: the podium says "on time", its estimate, and the end the
    plan gives; when the estimate is the plan's end, its second line stays empty (nothing
    below moves), also when the last block has a start alone."""
    r = window.run
    empty = "<br><span style='font-size:16px'>&nbsp;</span>"
    assert r.offset.text() == "Day: on time" and r.projected.text() == "Ends ≈ 6:00\xa0PM" + empty
    window.current.file.execute(
        "program.import", {"text": "9h00 - 10h00 Ouverture\n10h00 - 16h30 Ateliers\n17h00 Clôture"}
    )
    r.reload()
    assert r.projected.text() == "Ends ≈ 5:00\xa0PM" + empty
    window.current.file.execute(
        "program.import",
        {"text": "9h00 - 10h00 Ouverture\n10h00 - 11h20 Table ronde\n10h50 - 12h00 Clôture"},
    )
    r.reload()
    assert r.offset.text() == "Day: on time"
    assert r.projected.text() == (
        "Ends ≈ 12:30\xa0PM<br><span style='font-size:16px'>planned 12:00\xa0PM</span>"
    )
    press(qtbot, window, Qt.Key.Key_Space)  # 8:58: the opening starts and is planned to 9:00
    later(window, clock, 70 * 60)  # 10:08, the opening still running: eight minutes late
    assert r.offset.text() == "Day: +8\xa0min"
    assert r.projected.text().startswith("Ends ≈ 12:38\xa0PM<br>")
