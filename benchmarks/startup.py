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


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    bare_t, bare_m = median_runs([sys.executable, "-c", BARE], args.runs, env)
    app_t, app_m = median_runs(
        [sys.executable, "-m", "facilitateur", "--smoke", "--demo"], args.runs, env
    )
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} (median)")
    print(f"bare PySide6 window : {bare_t * 1000:7.0f} ms  {bare_m:6.1f} MiB")
    print(f"facilitateur --smoke: {app_t * 1000:7.0f} ms  {app_m:6.1f} MiB")
    print(
        f"ratio               : {app_t / bare_t:7.2f}x time (target <= 1.5)  {app_m / bare_m:5.2f}x memory (target <= 2)"
    )


if __name__ == "__main__":
    main()
