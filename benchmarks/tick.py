"""The podium's tick: CPU used while a block timer runs, and how late each displayed second
changes after its true boundary. Target: idle CPU under 2 % of one core, lateness max < 20 ms.

    python benchmarks/tick.py [--seconds 60] [--stage]
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window opened here must not enter the user's recent files nor settings.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="facilitateur-bench-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="facilitateur-bench-data-")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--stage", action="store_true", help="show the stage display too")
    args = p.parse_args()

    from PySide6.QtCore import QTimer

    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    app = make_app("fr")
    window = MainWindow(ScriptedInteraction())
    window.remember_geometry = False
    folder = Path(tempfile.mkdtemp())
    window.open_sample(folder / "tick.facil")
    window.resize(1366, 768)
    window.show()
    window.show_screen(ActionId.SCREEN_RUN)
    window.current.run("timer.start", {})
    if args.stage:
        window.run.stage_control.show_stage()
    app.processEvents()

    run = window.run
    started = run.podium.at(run.clock.now()).reading.first_start
    seen: list[tuple[float, str]] = []
    original = run.refresh

    def render() -> None:
        original()
        now = run.clock.now()
        text = run.digits.text()
        if not seen or seen[-1][1] != text:
            # The true boundary: the whole second of elapsed time this value started at.
            elapsed = (now - started) / timedelta(seconds=1)
            seen.append((elapsed - int(elapsed), text))

    run.ticker.tick.disconnect()
    run.ticker.tick.connect(render)
    run.refresh = render
    render()
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    wall0 = time.perf_counter()
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    app.exec()
    wall = time.perf_counter() - wall0
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    late_ms = [frac * 1000 for frac, _ in seen[1:]]
    values = [int(t.replace("+", "").split(":")[-1]) for _, t in seen[1:]]
    skipped = sum(1 for a, b in itertools.pairwise(values) if (a - b) % 60 != 1)
    print(
        f"{wall:.1f} s with a running block timer{' and the stage display' if args.stage else ''}"
    )
    print(f"CPU: {cpu:.2f} s = {cpu / wall * 100:.2f} % of one core (target < 2 %)")
    print(f"second changes: {len(late_ms)}, skipped or doubled: {skipped}")
    print(
        f"lateness after the true boundary: median {statistics.median(late_ms):.1f} ms, "
        f"max {max(late_ms):.1f} ms (target max < 20 ms)"
    )
    window.close()
    sys.exit(0)


if __name__ == "__main__":
    main()
