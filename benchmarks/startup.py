"""Start-up: `facilitateur --smoke --demo` against a bare PySide6 main window shown once.

Whole-process wall time and peak memory, median of N runs, same machine, same run.
Target: at most 1.5x the bare window in time and 2x in memory.

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from _measure import median_runs

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QLabel("bare"))
w.resize(1280, 760)
w.show()
app.processEvents()
w.repaint()
"""


# The floor of an app on this stack that shows its event in the first paint: the bare window
# plus the import of SQLAlchemy's ORM and SQLite dialect (no model, no file, no query), with
# the collector paused during start-up as the app does.
FLOOR = "import gc\ngc.disable()\nimport sqlalchemy.orm, sqlalchemy.dialects.sqlite\n" + BARE


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As installed: pip compiles the modules at install time, so a start reads bytecode. With
    # PYTHONDONTWRITEBYTECODE set, every start would compile ours from source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare_t, bare_m = median_runs([sys.executable, "-c", BARE], args.runs, env)
    floor_t, floor_m = median_runs([sys.executable, "-c", FLOOR], args.runs, env)
    app_t, app_m = median_runs(
        [sys.executable, "-m", "facilitateur", "--smoke", "--demo"], args.runs, env
    )
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} (median)")
    print(f"bare PySide6 window : {bare_t * 1000:7.0f} ms  {bare_m:6.1f} MiB")
    print(
        f"bare + SQLAlchemy   : {floor_t * 1000:7.0f} ms  {floor_m:6.1f} MiB"
        f"   ({floor_t / bare_t:.2f}x time, {floor_m / bare_m:.2f}x memory: the stack's floor)"
    )
    print(f"facilitateur --smoke: {app_t * 1000:7.0f} ms  {app_m:6.1f} MiB")
    print(
        f"ratio               : {app_t / bare_t:7.2f}x time (target <= 1.5)  {app_m / bare_m:5.2f}x memory (target <= 2)"
    )


if __name__ == "__main__":
    main()
