"""How the podium writes its figures: the day's lateness in hours and minutes (`+6 h 45`, not
`+405 min`) in French and English, and the timers' digits in the shipped sans-serif font with
tabular figures (Inter), on the podium, the speaker's countdown, the stage display and the
Open Space report-back."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QApplication

from facilitateur.clock import FakeClock
from facilitateur.paths import resources_dir
from facilitateur.ui import theme
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow
from facilitateur.ui.run import podium_labels
from facilitateur.ui.run.texts import lateness, offset_text

PARIS = ZoneInfo("Europe/Paris")
NB = "\u00a0"


@pytest.mark.parametrize(
    "minutes, french, english",
    [
        (0, "0 min", "0 min"),
        (45, "+45 min", "+45 min"),
        (60, "+1 h", "+1 h"),
        (62, "+1 h 02", "+1 h 2 min"),
        (405, "+6 h 45", "+6 h 45 min"),
        (-3, "−3 min", "−3 min"),
        (-65, "−1 h 05", "−1 h 5 min"),
    ],
)
def test_lateness_is_written_in_hours_and_minutes_as_the_synthesis_writes_durations(
    minutes, french, english
):
    assert lateness(minutes, french=True) == french.replace(" ", NB)
    assert lateness(minutes, french=False) == english.replace(" ", NB)


@pytest.mark.parametrize(
    "lang, late, on_time, ahead",
    [
        ("fr", f"+6{NB}h{NB}45", "à l’heure", f"−3{NB}min"),
        ("en", f"+6{NB}h{NB}45{NB}min", "on time", f"−3{NB}min"),
    ],
)
def test_the_podium_says_how_late_the_day_is_in_its_language(
    qtbot, tmp_path, lang, late, on_time, ahead
):
    make_app(lang)
    try:
        assert offset_text(timedelta(0))[0] == on_time
        assert offset_text(timedelta(minutes=-3, seconds=10))[0] == ahead
        # The sample day's welcome, due at 9:00, started at 15:45: the day is 6 h 45 late.
        clock = FakeClock(datetime(2016, 1, 19, 15, 45, tzinfo=PARIS))
        w = MainWindow(ScriptedInteraction(), clock)
        qtbot.addWidget(w)
        w.remember_geometry = False
        w.open_sample(tmp_path / "jour.facil")
        w.show()
        qtbot.waitExposed(w)
        w.show_screen(ActionId.SCREEN_RUN)
        qtbot.keyClick(w.run, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: not w.run._reload_pending)
        w.run.refresh()
        assert w.run.offset.text().endswith(late)
        assert "405" not in w.run.offset.text()
        w.run.stage.close()
        w.current.file.close()
    finally:
        make_app("en")


@pytest.mark.parametrize(
    "lang, one, many",
    [("fr", "+1 jour", "+3966 jours"), ("en", "+1 day", "+3966 days")],
)
def test_a_day_taken_up_on_another_date_says_its_lateness_in_days_that_fit_the_corner(
    qtbot, lang, one, many
):
    """The sample day (19 January 2016) run, then taken up years later, said
    `Day: +95175 h 52 min`, cut at the left of the podium's corner at 1366 px."""
    make_app(lang)
    try:
        assert offset_text(timedelta(hours=23, minutes=59))[0].startswith("+23")
        assert offset_text(timedelta(hours=24, minutes=20))[0] == one
        assert offset_text(timedelta(days=3966, hours=3))[0] == many
        assert offset_text(timedelta(days=-2))[0].startswith("−2")
        # The podium's corner: a quarter of the screen beside the block's title.
        corner = podium_labels.label("runOffset", 26, bold=True)
        assert corner.fontMetrics().horizontalAdvance(f"Day: {many}") < 1366 // 4 - 30
        assert corner.fontMetrics().horizontalAdvance("Day: +95175 h 52 min") > 1366 // 4 - 30
    finally:
        make_app("en")


def test_the_timers_font_is_shipped_with_its_licence_and_its_figures_are_tabular(qtbot):
    make_app("en")
    fonts = resources_dir() / "fonts"
    assert (fonts / "Inter-Bold.otf").is_file()
    licence = (fonts / "LICENSE-Inter.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Inter Project Authors" in licence
    font = theme.timer_font(100)
    assert QFontInfo(font).family() == "Inter"  # loaded, not a substitute
    assert font.featureValue(QFont.Tag("tnum")) == 1
    metrics = QFontMetricsF(font)
    widths = {round(metrics.horizontalAdvance(d), 1) for d in "0123456789"}
    assert max(widths) - min(widths) < 0.5  # every digit as wide as the others
    assert metrics.horizontalAdvance("+1:11") == metrics.horizontalAdvance("+0:00")
    plain = QFont("Inter")
    plain.setPixelSize(100)
    plain.setBold(True)
    # Without `tnum` the figures are proportional (a 1 narrower than a 0): the feature matters.
    assert QFontMetricsF(plain).horizontalAdvance("1") < metrics.horizontalAdvance("1") - 5


def test_the_podium_the_stage_and_the_report_back_show_their_digits_in_the_timers_font(
    qtbot, tmp_path
):
    make_app("en")
    clock = FakeClock(datetime(2016, 1, 19, 9, 0, tzinfo=PARIS))
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.open_sample(tmp_path / "jour.facil")
    w.show()
    qtbot.waitExposed(w)
    w.show_screen(ActionId.SCREEN_RUN)
    qtbot.keyClick(w.run, Qt.Key.Key_Space)
    qtbot.keyClick(w.run, Qt.Key.Key_F5)
    QApplication.processEvents()
    clock.advance(20 * 60)
    w.run.refresh()
    stage = w.run.stage
    assert stage.isVisible() and w.run.digits.text() == "+5:00"
    digits = {
        "podium": w.run.digits,
        "clock": w.run.clock_label,
        "stage": stage.digits,
        "countdown": w.run.speaker_panel.countdown,
        "report-back": w.open_space.report_back.digits,
    }
    for where, label in digits.items():
        assert QFontInfo(label.font()).family() == "Inter", where
        assert label.font().featureValue(QFont.Tag("tnum")) == 1, where
    stage.resize(960, 540)
    QApplication.processEvents()
    # Huge, fitted to its window: `+5:00` across most of its width.
    shown = QFontMetricsF(stage.digits.font()).horizontalAdvance("+5:00")
    assert 0.7 * stage.width() < shown < stage.width()
    stage.close()
    w.current.file.close()
