"""The reliability figures of docs/reliability.md, measured and written there.

    python benchmarks/reliability.py [--kills 100] [--fuzz nightly|ci]

Runs the kill -9 harness (a long `facilitateur replay --ack` killed at random moments), then
the fault and fuzz tests with the chosen Hypothesis profile, counting the cases run per input
kind, and replaces the table of docs/reliability.md with the figures and the date.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

FAULT_TESTS = [
    "tests/test_programme_fuzz.py",
    "tests/test_input_fuzz.py",
    "tests/test_board_pdf.py",
    "tests/test_disk_full.py",
    "tests/test_two_instances.py",
    "tests/test_backups.py",
    "tests/test_event_file.py",
    "tests/test_crash.py",
    "tests/test_typing_crash.py",
    "tests/test_file_locks.py",
    "tests/test_hostile_files.py",
    "tests/test_read_only_folder.py",
]
BEGIN, END = "<!-- figures -->", "<!-- /figures -->"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--fuzz", choices=("nightly", "ci"), default="nightly")
    args = ap.parse_args()
    from kill_harness import run

    with tempfile.TemporaryDirectory() as folder:
        tally = run(Path(folder), args.kills)
    print(f"kills: {tally.survived}/{tally.tried} survived, {tally.acknowledged} acknowledged")
    for problem in tally.problems:
        print("  ", problem)

    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "fuzz.json"
        env = {
            **os.environ,
            "HYPOTHESIS_PROFILE": args.fuzz,
            "FACILITATEUR_FUZZ_REPORT": str(report),
            "QT_QPA_PLATFORM": "offscreen",
        }
        out = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *FAULT_TESTS],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        fuzz = json.loads(report.read_text()) if report.exists() else {}
    cases, slowest = fuzz.get("cases", {}), fuzz.get("slowest", {})
    summary = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr[-500:]
    failed = out.returncode != 0
    tracebacks = out.stdout.count("Traceback") + out.stdout.count("Error:") if failed else 0
    print("fault and fuzz tests:", summary)
    if failed:  # what failed, not only how many
        short = out.stdout.find("short test summary info")
        print(
            out.stdout[short - 3000 if short > 3000 else 0 :] if short >= 0 else out.stdout[-3000:]
        )

    rows = [
        ("kill -9 during a long replay: survived / tried", f"{tally.survived} / {tally.tried}"),
        ("kills that found the replay at work", f"{tally.landed} / {tally.tried}"),
        ("commands acknowledged before the kills (in all)", f"{tally.acknowledged:,}"),
        ("acknowledged commands lost (must be 0)", str(tally.lost)),
        ("corrupt files (must be 0)", str(tally.corrupt)),
        ("files not exactly their journal (must be 0)", str(tally.half_applied)),
        *[(f"fuzz cases: {kind}", f"{n:,}") for kind, n in sorted(cases.items())],
        *[
            (f"slowest case: {name.replace('_', ' ')}", f"{seconds * 1000:,.0f} ms")
            for name, seconds in sorted(slowest.items())
        ],
        ("fault and fuzz tests", summary),
        ("tracebacks (must be 0)", str(tracebacks)),
    ]
    table = "\n".join(
        [
            f"Run of {date.today().isoformat()} (`--kills {args.kills} --fuzz {args.fuzz}`):",
            "",
            "| what | figure |",
            "|---|---|",
            *[f"| {what} | {figure} |" for what, figure in rows],
        ]
    )
    doc = ROOT / "docs" / "reliability.md"
    text = doc.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    doc.write_text(text[:start] + "\n" + table + "\n" + text[end:], encoding="utf-8")
    print(f"written to {doc}")
    sys.exit(1 if failed or tally.problems else 0)


if __name__ == "__main__":
    main()
