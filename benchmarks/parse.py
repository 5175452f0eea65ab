"""The programme reader: how well it reads real programmes, and how fast.

python benchmarks/parse.py [--corpus all|tuned|held-out|fresh|fresh-2|fresh-3|fresh-4|fresh-5|fresh-6|fresh-7|fresh-8] [--misses] [--lines 2000] [--runs 7]

Corpus: the real programmes of tests/programmes/ (see benchmarks/programme_corpus.py for what
is compared), per layout, for the part the reader was tuned on, the part held out, and all.
Speed: a 2,000-line programme (the reference day repeated over dated days).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from programme_corpus import CHOICES, report

from facilitateur.models.programme import parse_programme

SAMPLE = (
    Path(__file__).resolve().parent.parent / "resources" / "sample" / "rencontre-pionniers-2016.txt"
)


MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"


def long_date(day: date) -> str:
    """`19 janvier 2016`: a day's heading as a French programme writes it."""
    return f"{day.day} {MONTHS.split()[day.month - 1]} {day.year}"


def long_programme(lines: int) -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    body = text[text.index("Matinée") :].splitlines()
    out = text[: text.index("Matinée")].splitlines()
    day = date(2016, 1, 19)
    while len(out) < lines:
        out.append(long_date(day))
        out.extend(body)
        day += timedelta(days=1)
    return "\n".join(out[:lines])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--lines", type=int, default=2000)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument(
        "--corpus",
        choices=(*CHOICES, "none"),
        default="all",
    )
    p.add_argument("--misses", action="store_true", help="say why each file is not exact")
    args = p.parse_args()
    if args.corpus != "none":
        print("\n".join(report(args.corpus, args.misses)))
        print()
    text = long_programme(args.lines)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        result = parse_programme(text)
        times.append(time.perf_counter() - start)
    blocks = sum(len(d["blocks"]) for d in result["days"])
    print(
        f"{args.lines} lines, {len(text) / 1024:.0f} KiB -> {len(result['days'])} days, {blocks} blocks"
    )
    print(
        f"parse time: median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms "
        f"({args.runs} runs); per line {statistics.median(times) / args.lines * 1e6:.0f} µs"
    )


if __name__ == "__main__":
    main()
