"""The stage display never lies and never jumps: the speaker's countdown and name while they have
the floor, across every blink; digits that stay put in overtime (frames grabbed and compared);
nothing meant for the operator; a window of its own on a single screen; screens that come and
go."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from facilitateur.clock import FakeClock
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow

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
    QApplication.processEvents()
    yield w
    w.run.stage.close()
    w.current.file.close()


def press(qtbot, w, k):
    qtbot.keyClick(w.run, k)
    QApplication.processEvents()


def later(w, clock, seconds):
    clock.advance(seconds)
    w.run.refresh()


def shown_stage(qtbot, w):
    press(qtbot, w, Qt.Key.Key_F5)
    stage = w.run.stage
    stage.resize(960, 540)
    qtbot.waitExposed(stage)
    QApplication.processEvents()
    return stage


def ink_box(frame: QImage, area: QRect) -> tuple[int, int, int, int] | None:
    """The bounding box (left, top, right, bottom) of what is drawn (not black) in `area`."""
    xs, ys = [], []
    for y in range(area.top(), area.bottom() + 1, 2):
        for x in range(area.left(), area.right() + 1, 2):
            if QColor(frame.pixel(x, y)).lightness() > 60:
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def frames(w, count: int) -> list[tuple[QImage, str, str, str]]:
    """`count` successive blink periods of the stage: each frame, and its digits, phase and
    speaker as written."""
    stage, out = w.run.stage, []
    for _ in range(count):
        w.run._blink.timeout.emit()  # one half-second blink (the timer's own signal)
        QApplication.processEvents()
        image = stage.grab().toImage()
        out.append((image, stage.digits.text(), stage.phase.text(), stage.speaker.text()))
    return out


def test_while_a_speaker_has_the_floor_the_stage_shows_their_countdown_at_every_blink(
    qtbot, window, clock
):
    stage = shown_stage(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Space)
    later(window, clock, 20 * 60 + 30)  # the block is 5:30 over
    assert stage.digits.text() == "+5:30"
    press(qtbot, window, Qt.Key.Key_PageDown)  # Florence RAINEIX has the floor
    later(window, clock, 5 * 60 + 12)  # and is 12 s over her own five minutes
    assert window.run._blink.isActive()
    seen = {(digits, phase, speaker) for _i, digits, phase, speaker in frames(window, 6)}
    assert seen == {("+0:12", "OVERTIME", "Florence RAINEIX")}  # never the block's "+10:42"


def test_in_overtime_the_digits_stay_and_do_not_move_between_frames(qtbot, window, clock):
    stage = shown_stage(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Space)
    later(window, clock, 15 * 60 + 42)
    assert stage.digits.text() == "+0:42" and stage.overtime
    window.action_map[ActionId.STAGE_PULSE].setChecked(True)  # and a pulsing border
    grabbed = frames(window, 6)
    area = stage.digits.geometry()
    boxes = {ink_box(image, area) for image, *_ in grabbed}
    assert len(boxes) == 1 and None not in boxes  # the digits, always there, 0 px moved
    for label in (stage.title, stage.phase, stage.speaker):
        texts = {ink_box(image, label.geometry()) for image, *_ in grabbed}
        assert len(texts) == 1  # nor the words around them
    corners = [QColor(image.pixel(4, 4)).name() for image, *_ in grabbed]
    assert corners == ["#000000", "#ef4444"] * 3  # the border pulses, in the margin only
    window.action_map[ActionId.STAGE_PULSE].setChecked(False)
    still = frames(window, 4)
    assert len({image.bits().tobytes() for image, *_ in still}) == 1  # nothing changes at all


def test_a_blinking_message_keeps_its_place_and_the_digits_theirs(qtbot, window, clock):
    stage = shown_stage(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Space)
    window.current.run("stage.message", {"text": "Il reste 2 minutes", "blink": True})
    QApplication.processEvents()
    geometry = [w.geometry() for w in (stage.title, stage.digits, stage.phase, stage.message)]
    grabbed = frames(window, 4)
    assert [w.geometry() for w in (stage.title, stage.digits, stage.phase, stage.message)] == (
        geometry
    )
    shown = [ink_box(image, stage.message.geometry()) is not None for image, *_ in grabbed]
    assert shown.count(True) == 2 and shown.count(False) == 2  # it blinks by colour
    assert len({ink_box(image, stage.digits.geometry()) for image, *_ in grabbed}) == 1


def test_before_a_block_starts_the_stage_shows_its_title_and_start_not_the_operator_s_keys(
    qtbot, window, clock
):
    stage = shown_stage(qtbot, window)
    words = [w.text() for w in (stage.title, stage.digits, stage.phase, stage.speaker)]
    assert words[0] == "Mot d’accueil"
    assert words[1] == "8:58\u00a0AM"  # the time of day
    assert words[2] == "Begins at 9:00\u00a0AM"
    assert not any("Space" in w or "Not started" in w for w in words)
    assert window.run.phase.text().startswith("Not started")  # that is for the podium only


def test_with_a_single_screen_f5_opens_a_window_of_its_own_and_esc_closes_it(qtbot, window):
    assert len(QGuiApplication.screens()) == 1
    press(qtbot, window, Qt.Key.Key_F5)
    stage = window.run.stage
    area = window.screen().availableGeometry()
    assert stage.isVisible() and not stage.isFullScreen()
    assert stage.width() < area.width() and stage.height() < area.height()
    stage.move(stage.x() - 20, stage.y() + 30)  # moved by the user: remembered
    where = stage.geometry()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not stage.isVisible()
    press(qtbot, window, Qt.Key.Key_F5)
    assert stage.geometry() == where and not stage.isFullScreen()


def test_a_projector_plugged_in_is_offered_and_one_that_goes_takes_the_stage_with_it(qtbot, window):
    app, run = QGuiApplication.instance(), window.run
    screen = app.primaryScreen()
    app.screenAdded.emit(screen)  # (offscreen has one screen: its signal, as Qt sends it)
    assert run.screen_notice.isVisible()
    assert run.screen_notice.text().startswith("A second screen is connected:")
    press(qtbot, window, Qt.Key.Key_F5)
    assert run.stage.isVisible() and not run.screen_notice.isVisible()
    app.screenRemoved.emit(run.stage.screen())
    assert not run.stage.isVisible()
    assert "was disconnected: the stage display is closed" in run.screen_notice.text()
    assert "was disconnected" in window.statusBar().currentMessage()


def test_clear_in_the_message_dialog_empties_the_message_and_closes_it(qtbot):
    """M, then Clear: one click leaves no message on the stage (the blink choice kept)."""
    from PySide6.QtWidgets import QDialog, QPushButton

    from facilitateur.ui.run.message_dialog import MessageDialog

    make_app("en")
    dialog = MessageDialog("Two minutes left", True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    clear = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Clear")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("", True)
