"""The timing engine with a fake clock: exact to the microsecond, phases, offset, re-planning."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import day_status, day_timings, replan
from facilitateur.models.agenda.timing import (
    Mark,
    Phase,
    RunState,
    format_clock,
    next_change,
    phase_of,
    read_timer,
    shown_seconds,
)
from facilitateur.models.commands import CommandError

PARIS = ZoneInfo("Europe/Paris")
T0 = datetime(2016, 1, 19, 8, 0, tzinfo=UTC)


def test_a_ten_hour_day_with_a_thousand_pauses_is_exact_to_the_microsecond():
    rng = random.Random(2016)
    marks = [Mark("started", T0)]
    t, running, truth = T0, True, timedelta(0)
    for _ in range(1000):
        step = timedelta(microseconds=rng.randrange(1, 36_000_000_000 // 1000))
        if running:
            truth += step
        t += step
        marks.append(Mark("paused" if running else "resumed", t))
        running = not running
    end = T0 + timedelta(hours=10)
    if running:
        truth += end - t
    reading = read_timer(marks, timedelta(hours=8), end)
    assert reading.elapsed - truth == timedelta(0)  # error of exactly 0 ms
    assert reading.remaining == timedelta(hours=8) - truth


def test_states_and_adjustments():
    marks = [
        Mark("started", T0),
        Mark("adjusted", T0, 60),
        Mark("paused", T0 + timedelta(minutes=5)),
    ]
    r = read_timer(marks, timedelta(minutes=10), T0 + timedelta(hours=1))
    assert (r.state, r.elapsed, r.remaining) == (
        RunState.PAUSED,
        timedelta(minutes=5),
        timedelta(minutes=6),
    )
    marks += [
        Mark("resumed", T0 + timedelta(hours=1)),
        Mark("ended", T0 + timedelta(hours=1, minutes=7)),
    ]
    r = read_timer(marks, timedelta(minutes=10), T0 + timedelta(hours=2))
    assert (r.state, r.elapsed, r.overtime) == (
        RunState.ENDED,
        timedelta(minutes=12),
        timedelta(minutes=1),
    )


@pytest.mark.parametrize(
    ("remaining", "phase"),
    [
        (600, Phase.NORMAL),
        (120, Phase.WARNING),
        (61, Phase.WARNING),
        (60, Phase.DANGER),
        (0, Phase.DANGER),
        (-1, Phase.OVERTIME),
    ],
)
def test_phases_with_the_default_thresholds(remaining, phase):
    assert phase_of(timedelta(seconds=remaining), 120, 60) == phase


def test_the_countdown_shows_each_second_once_and_overtime_with_a_plus():
    marks = [Mark("started", T0)]
    shown = []
    for tenth in range(0, 650):
        r = read_timer(marks, timedelta(seconds=60), T0 + timedelta(milliseconds=100 * tenth))
        shown.append(shown_seconds(r, "countdown"))
    distinct = list(dict.fromkeys(shown))
    assert distinct == list(range(60, -5, -1))  # no second skipped or doubled
    assert format_clock(-42) == "+0:42" and format_clock(3723) == "1:02:03"


def test_the_next_change_is_the_next_whole_second_of_elapsed_time():
    r = read_timer([Mark("started", T0)], timedelta(minutes=1), T0 + timedelta(milliseconds=2300))
    assert next_change(r, T0 + timedelta(milliseconds=2300)) == T0 + timedelta(seconds=3)


def _late_start(sample_file, clock, minutes):
    clock.set(datetime(2016, 1, 19, 9, minutes, tzinfo=PARIS))
    sample_file.execute("timer.start", {})


def _status(ef, now):
    with ef.session() as s:
        timings = day_timings(s, queries.days(s)[0], PARIS, now)
    return timings, day_status(timings, now)


def test_offset_and_projected_end_on_the_reference_day_after_late_starts(sample_file, clock):
    _late_start(sample_file, clock, 7)  # welcome starts 7 minutes late
    timings, status = _status(sample_file, clock.now())
    assert status.current == 0 and status.offset == timedelta(minutes=7)
    # No planned gap absorbs the 7 minutes: unless the day is re-planned it ends at 18:07.
    assert status.projected_end == datetime(2016, 1, 19, 18, 7, tzinfo=PARIS)

    clock.set(datetime(2016, 1, 19, 9, 30, tzinfo=PARIS))
    sample_file.execute("timer.next", {})  # the round table starts at 9:30 instead of 9:15
    clock.set(datetime(2016, 1, 19, 10, 50, tzinfo=PARIS))  # still talking at 10:50
    timings, status = _status(sample_file, clock.now())
    assert status.current == 1 and status.offset == timedelta(minutes=20)
    assert timings[1].reading.overtime == timedelta(minutes=5)


def test_ahead_of_plan_is_a_negative_offset(sample_file, clock):
    clock.set(datetime(2016, 1, 19, 9, 0, tzinfo=PARIS))
    sample_file.execute("timer.start", {})
    clock.set(datetime(2016, 1, 19, 9, 10, tzinfo=PARIS))
    sample_file.execute("timer.next", {})
    _timings, status = _status(sample_file, clock.now())
    assert status.offset == timedelta(minutes=-5)


def test_a_day_not_begun_on_another_date_is_shown_as_planned_then_timed_as_it_runs(
    sample_file, clock
):
    """The sample (19 January 2016) opened one afternoon: no lateness against that afternoon's
    clock until it is started; a rehearsal is then timed as it runs. On its own date, a day
    not started at 9:10 is 10 minutes late."""
    from datetime import date

    from facilitateur.models.agenda.podium import load_podium

    def reading():
        with sample_file.session() as s:
            return load_podium(s, clock.now()).at(clock.now())

    clock.set(datetime(2026, 11, 26, 16, 45, tzinfo=PARIS))
    r = reading()
    assert (r.planned_for, r.offset) == (date(2016, 1, 19), timedelta(0))
    assert r.projected_end.astimezone(PARIS).time().isoformat() == "18:00:00"
    sample_file.execute("timer.start", {})
    clock.advance(60)
    r = reading()
    assert r.planned_for is None and r.offset > timedelta(hours=7)  # 16:45 for 9:00
    clock.set(datetime(2016, 1, 19, 9, 10, tzinfo=PARIS))
    sample_file.undo()
    r = reading()
    assert r.planned_for is None and r.offset == timedelta(minutes=10)


def test_timer_commands_follow_the_day(sample_file, clock):
    clock.set(datetime(2016, 1, 19, 9, 0, tzinfo=PARIS))
    sample_file.execute("timer.start", {})
    with pytest.raises(CommandError, match="already running"):
        sample_file.execute("timer.start", {"block": "#1"})
    sample_file.execute("timer.pause", {})
    with pytest.raises(CommandError, match="no block is running"):
        sample_file.execute("timer.pause", {})
    sample_file.execute("timer.resume", {})
    sample_file.execute("timer.next", {})
    sample_file.execute("timer.previous", {})  # taken up again: the second block ends
    timings, status = _status(sample_file, clock.now())
    assert status.current == 0
    assert [t.reading.state for t in timings[:2]] == [RunState.RUNNING, RunState.ENDED]
    assert len(timings[0].reading.intervals) == 2
    sample_file.execute("timer.next", {})  # then the next block not run yet
    timings, status = _status(sample_file, clock.now())
    assert [t.reading.state for t in timings[:3]] == [RunState.ENDED] * 2 + [RunState.RUNNING]


def _plan(ef):
    with ef.session() as s:
        return [
            (b.title[:12], b.planned_start.strftime("%H:%M"), b.planned_end.strftime("%H:%M"))
            for b in queries.top_blocks(s, queries.days(s)[0].id)
        ]


def _run_late_morning(ef, clock):
    """The welcome starts at 9:00; the second block starts at 9:15 and runs until 10:55 (+25)."""
    clock.set(datetime(2016, 1, 19, 9, 0, tzinfo=PARIS))
    ef.execute("timer.start", {})
    clock.set(datetime(2016, 1, 19, 9, 15, tzinfo=PARIS))
    ef.execute("timer.next", {})
    ef.execute("timer.adjust", {"seconds": 25 * 60})  # the round table will take 25 min more


def test_replan_shift_moves_the_rest_and_keeps_the_fixed_lunch(sample_file, clock):
    _run_late_morning(sample_file, clock)
    sample_file.execute("agenda.replan", {"strategy": "shift"})
    plan = _plan(sample_file)
    assert plan[2:6] == [
        ("L’animation ", "10:55", "11:55"),
        ("Premiers rés", "11:55", "12:25"),
        ("Conclusion d", "12:25", "12:40"),
        ("Déjeuner con", "12:15", "14:00"),  # fixed start: stays (overlap shown in Prepare)
    ]
    sample_file.undo()
    assert _plan(sample_file)[2] == ("L’animation ", "10:30", "11:30")


def test_replan_absorb_takes_from_lunch_down_to_the_minimum(sample_file, clock):
    _run_late_morning(sample_file, clock)
    sample_file.execute("agenda.replan", {"strategy": "absorb", "min_break_seconds": 45 * 60})
    plan = _plan(sample_file)
    assert plan[5] == ("Déjeuner con", "12:40", "14:00")  # starts late, ends on time
    assert plan[6] == ("Forum ouvert", "14:00", "17:50")
    sample_file.undo()
    sample_file.execute("agenda.replan", {"strategy": "absorb", "min_break_seconds": 100 * 60})
    assert _plan(sample_file)[5] == ("Déjeuner con", "12:40", "14:20")  # the minimum is kept
    assert _plan(sample_file)[6] == ("Forum ouvert", "14:20", "18:10")


def test_replan_shorten_fits_the_blocks_before_the_fixed_lunch(sample_file, clock):
    _run_late_morning(sample_file, clock)
    sample_file.execute("agenda.replan", {"strategy": "shorten"})
    plan = _plan(sample_file)
    # 10:55 → 12:15 is 80 minutes for 105 planned: each block keeps 76 % of its length.
    assert plan[2:6] == [
        ("L’animation ", "10:55", "11:40"),
        ("Premiers rés", "11:40", "12:02"),
        ("Conclusion d", "12:02", "12:13"),
        ("Déjeuner con", "12:15", "14:00"),
    ]


def test_replan_proposals_leave_started_blocks_alone(sample_file, clock):
    _run_late_morning(sample_file, clock)
    with sample_file.session() as s:
        now = clock.now()
        timings = day_timings(s, queries.days(s)[0], PARIS, now)
    moves = replan(timings, now, "shift", timedelta(minutes=10))
    assert {m.title for m in moves}.isdisjoint({timings[0].title, timings[1].title})


def test_stage_message_and_blackout(sample_file):
    sample_file.execute("stage.message", {"text": "  Il reste 2 minutes ", "blink": True})
    sample_file.execute("stage.blackout", {})
    with sample_file.session() as s:
        ev = queries.the_event(s)
        assert (ev.stage_message, ev.stage_blink, ev.stage_blackout) == (
            "Il reste 2 minutes",
            True,
            True,
        )
    sample_file.execute("stage.message", {"text": ""})
    sample_file.execute("stage.blackout", {"on": False})
    with sample_file.session() as s:
        ev = queries.the_event(s)
        assert (ev.stage_message, ev.stage_blink, ev.stage_blackout) == ("", False, False)


def test_the_three_timer_modes(sample_file, clock):
    from facilitateur.models.agenda.podium import load_podium

    clock.set(datetime(2016, 1, 19, 9, 0, tzinfo=PARIS))
    sample_file.execute("timer.start", {})
    clock.advance(100)
    for mode, shown in (("countdown", 800), ("elapsed", 100), ("target", 800)):
        sample_file.execute("block.update", {"block": "#1", "timer_mode": mode})
        with sample_file.session() as s:
            podium = load_podium(s, clock.now())
        assert podium.at(clock.now()).shown == shown, mode
    clock.advance(60)  # the clock target does not care about pauses: it is 9:15 for everyone
    sample_file.execute("timer.pause", {})
    clock.advance(60)
    with sample_file.session() as s:
        podium = load_podium(s, clock.now())
    assert podium.at(clock.now()).shown == 15 * 60 - 220


def _run_early_morning(ef, clock):
    """The welcome starts at 9:00 and ends at 9:05: ten minutes gained."""
    clock.set(datetime(2016, 1, 19, 9, 0, tzinfo=PARIS))
    ef.execute("timer.start", {})
    clock.set(datetime(2016, 1, 19, 9, 5, tzinfo=PARIS))
    ef.execute("timer.end", {})


def test_ahead_shift_moves_the_next_blocks_earlier_up_to_the_fixed_lunch(sample_file, clock):
    _run_early_morning(sample_file, clock)
    sample_file.execute("agenda.replan", {"strategy": "shift"})
    plan = _plan(sample_file)
    assert plan[1:6] == [
        ("La diversité", "09:05", "10:20"),
        ("L’animation ", "10:20", "11:20"),
        ("Premiers rés", "11:20", "11:50"),
        ("Conclusion d", "11:50", "12:05"),
        ("Déjeuner con", "12:15", "14:00"),
    ]


def test_ahead_absorb_gives_the_time_to_the_next_break(sample_file, clock):
    sample_file.execute("block.update", {"block": "#3", "kind": "break"})  # a break after the panel
    _run_early_morning(sample_file, clock)
    sample_file.execute("agenda.replan", {"strategy": "absorb"})
    plan = _plan(sample_file)
    assert plan[1:4] == [
        ("La diversité", "09:05", "10:20"),
        ("L’animation ", "10:20", "11:30"),  # the break: starts earlier, ends as planned
        ("Premiers rés", "11:30", "12:00"),
    ]


def test_ahead_shorten_lengthens_the_next_blocks_to_the_fixed_lunch(sample_file, clock):
    _run_early_morning(sample_file, clock)
    sample_file.execute("agenda.replan", {"strategy": "shorten"})
    plan = _plan(sample_file)
    assert (
        plan[1][1] == "09:05"
        and plan[4][2] <= "12:15"
        and plan[5] == ("Déjeuner con", "12:15", "14:00")
    )
    assert plan[1][1:] == (
        "09:05",
        "10:24",
    )  # 79 minutes instead of 75: its share of the time gained


def test_a_day_run_on_another_date_than_planned_is_timed_on_the_day_it_runs(sample_file, clock):
    # The sample day is dated 19 January 2016; rehearsed on 26 November 2026, 9:07.
    clock.set(datetime(2026, 11, 26, 9, 7, tzinfo=PARIS))
    sample_file.execute("timer.start", {})
    _timings, status = _status(sample_file, clock.now())
    assert status.offset == timedelta(minutes=7)
    assert status.projected_end == datetime(2026, 11, 26, 18, 7, tzinfo=PARIS)
    clock.advance(30 * 60)
    sample_file.execute("agenda.replan", {"strategy": "shift"})
    assert _plan(sample_file)[1][1] == "09:37"
