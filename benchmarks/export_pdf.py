"""The synthesis of large events: one day of 60 ten-minute blocks, 300 people, ~1,900 turns,
5,000 notes and 80 workshops with their reports, replayed from its commands
(benchmarks/large_event.py), in French and English; and 3 days of 20 blocks, 300 people,
2,000 turns, 5,000 notes, 80 workshops, written directly.

Our PDF (styles, cover, contents, bookmarks, charts, coloured tables, bullets, page x / y)
against a plain reportlab Platypus document holding the same paragraphs and tables (the same
rows, each cell a Paragraph where its text does not fit the column on one line, as ours) with
the sample styles and nothing else. Target: ≤ 1.5× its time. Then the longest stall of the UI
event loop while the app exports the same event (in a child process) and shows its progress
(target under 50 ms).

    python benchmarks/export_pdf.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window opened here must not enter the user's recent files nor settings.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="facilitateur-bench-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="facilitateur-bench-data-")

import large_event
from notes import WORDS
from speakers import build as build_turns

from facilitateur.clock import FakeClock
from facilitateur.export.pdf import gather, write_pdf
from facilitateur.models import AgendaBlock, Note
from facilitateur.models.storage.store import EventFile
from facilitateur.models.text.plural import count


def build(ef: EventFile) -> None:
    """Day 1 from the speakers benchmark (20 blocks, 2,000 turns), two more days, 5,000 notes."""
    build_turns(ef, 300, 2000)
    for d in (20, 21):
        ef.execute("day.add", {"date": f"2016-01-{d}", "label": f"{d} janvier 2016"})
        for i in range(20):
            h, m = divmod(9 * 60 + 25 * i, 60)
            h2, m2 = divmod(9 * 60 + 25 * i + 25, 60)
            ef.execute(
                "block.add",
                {
                    "day": f"2016-01-{d}",
                    "title": f"Atelier {d}.{i + 1}",
                    "start": f"{h:02d}:{m:02d}",
                    "end": f"{h2:02d}:{m2:02d}",
                },
            )
    rng = random.Random(5)
    t0 = datetime(2016, 1, 19, 8, 0, tzinfo=UTC)
    kinds = ("note", "decision", "action", "idea", "quote", "question")
    with ef.session() as s, s.begin():
        blocks = list(s.query(AgendaBlock))
        for i in range(5000):
            at = t0 + timedelta(seconds=3 * i)
            kind = rng.choice(kinds)
            s.add(
                Note(
                    id=uuid.uuid4(),
                    block_id=rng.choice(blocks).id,
                    kind=kind,
                    text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30))),
                    owner="Léa" if kind == "action" else "",
                    author=rng.choice(("Julie", "Marc")),
                    internal=False,
                    status="open" if kind == "action" else "",
                    created_at=at,
                    updated_at=at,
                )
            )


def workshops(ef: EventFile, count: int = 80) -> None:
    """An Open Space of 10 rooms × 8 slots, every workshop reported with two proposals."""
    rng = random.Random(7)
    for r in range(10):
        ef.execute("room.add", {"name": f"Salle {r + 1}", "capacity": 30})
    ef.execute("slot.generate", {"start": "09:00", "end": "17:00", "minutes": 60})
    for i in range(count):
        words = " ".join(rng.choice(WORDS) for _ in range(6))
        ef.execute("topic.add", {"title": f"Atelier {i + 1} : {words}", "convener": f"P{i}"})
        ef.execute(
            "topic.assign",
            {"topic": f"#{i + 1}", "room": f"Salle {i % 10 + 1}", "slot": f"#{i // 10 + 1}"},
        )
        points = "\n".join(
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 20))) for _ in range(4)
        )
        proposals = [" ".join(rng.choice(WORDS) for _ in range(10)) for _ in range(2)]
        ef.execute(
            "report.set",
            {
                "topic": f"#{i + 1}",
                "note_taker": "Julie",
                "participants_count": rng.randint(5, 30),
                "key_points": points,
                "proposals": proposals,
                "status": "done",
            },
        )


def plain(data, out: Path) -> None:
    """The same paragraphs and tables in a plain Platypus document: sample styles, default
    table style, no cover, contents, bookmarks, charts, colours, bullets, typography,
    Markdown or page footer."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from facilitateur.models.speakers.stats import per_category, per_person

    st = getSampleStyleSheet()
    body, cell = st["BodyText"], st["BodyText"]

    def table(rows, widths):
        def c(text, w):
            text = escape(str(text))
            if "&" in text or stringWidth(text, cell.fontName, cell.fontSize) > w - 12:
                return Paragraph(text, cell)
            return text

        return Table([[c(x, w) for x, w in zip(r, widths, strict=True)] for r in rows], widths)

    def speakers(people):
        rows = [
            [
                p.name,
                f"{p.role}, {p.organisation} ({p.category}) {p.topic}",
                p.duration,
                p.allotted,
                p.over,
            ]
            for p in people
        ]
        return [table(rows, [4 * cm, 6.3 * cm, 2.3 * cm, 2.1 * cm, 2.3 * cm])] if rows else []

    def notes(items):
        return [Paragraph(escape(line), body) for n in items for line in n.text.split("\n")]

    cm = 28.35
    story = [Paragraph(escape(data.title), st["Title"])]
    for label, blocks in data.days:
        story.append(Paragraph(escape(str(label)), st["Heading1"]))  # a label, else a date
        rows = []
        for b in blocks:
            rows.append([b.title, str(b.planned_start), str(b.actual_start), "", ""])
            rows += [[s.title, "", "", "", ""] for s in b.segments]
        story.append(table(rows, [6.3 * cm, 3.4 * cm, 3.4 * cm, 1.95 * cm, 1.95 * cm]))
    for b in data.blocks:
        story.append(Paragraph(escape(b.title), st["Heading2"]))
        story.append(Paragraph(f"{b.planned_start} – {b.planned_end}", body))
        story += speakers(data.speakers.get(b.id, [])) + notes(data.notes_of(b.id))
        for s in b.segments:
            story.append(Paragraph(escape(s.title), st["Heading3"]))
            story += speakers(data.speakers.get(s.id, [])) + notes(data.notes_of(s.id))
    story += notes(data.day_notes())
    o = data.openspace
    if o is not None:
        for w in o.workshops:
            story.append(Paragraph(escape(w.title), st["Heading3"]))
            story.append(Paragraph(escape(f"{w.slot.label} {w.room}"), body))
            story.append(Paragraph(f"{w.convener} · {w.note_taker} · {w.count}", body))
            for line in [*w.key_points.splitlines(), *(p for p, _ in w.proposals)]:
                story.append(Paragraph(escape(line), body))
            story += notes(data.notes_of_topic(w.topic_id))
        rows = [[p.rank, p.votes, p.text, p.workshop] for p in o.ranking]
        story.append(table(rows, [1.4 * cm, 2.4 * cm, 8 * cm, 5.2 * cm]))
    actions = [
        [f"{n.text} {n.place}", n.owner, str(n.due), n.status]
        for n in data.notes
        if n.kind == "action"
    ]
    story.append(table(actions, [9.6 * cm, 3.3 * cm, 2.5 * cm, 1.6 * cm]))
    rows = [[p.name, "", p.category, str(p.total), p.turns, ""] for p in per_person(data.turns)]
    story.append(table(rows, [4.3 * cm, 4.3 * cm, 2.9 * cm, 2.1 * cm, 1.3 * cm, 2.1 * cm]))
    rows = [[c.category, str(c.total), c.turns, c.time_share] for c in per_category(data.turns)]
    story.append(table(rows, [8 * cm, 3 * cm, 3 * cm, 3 * cm]))
    SimpleDocTemplate(str(out)).build(story)


def stall_during_app_export(path: Path, clock: FakeClock) -> tuple[float, float]:
    """(longest gap between 10 ms timer ticks, export seconds) while the app writes the PDF."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    app = make_app("fr")
    w = MainWindow(ScriptedInteraction(), clock)
    w._set_file(EventFile.open(path, clock))
    w.show()
    app.processEvents()
    gaps: list[float] = []
    since = QElapsedTimer()
    since.start()

    def tick() -> None:
        gaps.append(since.nsecsElapsed() / 1e6)
        since.restart()

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    w.interaction.paths.append(path.with_name("app.pdf"))
    start = time.perf_counter()
    w.action_map[ActionId.EXPORT_PDF].trigger()
    trigger_gap = (time.perf_counter() - start) * 1000  # the dialog opens, the child starts
    while w.exports.job is not None:
        QApplication.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - start
    timer.stop()
    w.close()
    w.deleteLater()
    app.processEvents()
    return max([trigger_gap, *gaps]), took, trigger_gap


def _timed(fn) -> tuple[float, float]:
    """(processor seconds, wall seconds) of one call: the processor time of this process is
    what the layout costs; on a machine shared with other work the wall time also counts the
    waits for a core."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def compare(name: str, data, folder: Path, runs: int, lang: str = "fr") -> None:
    """Our PDF against the plain document of the same content, alternately, medians."""
    ours, base = [], []
    pages = write_pdf(data, folder / "ours.pdf", lang)  # fonts loaded, caches warm
    for _ in range(runs):
        ours.append(_timed(lambda: write_pdf(data, folder / "ours.pdf", lang)))
        base.append(_timed(lambda: plain(data, folder / "plain.pdf")))
    workshops = len(data.openspace.workshops) if data.openspace else 0
    print(
        f"{name} ({lang}): {count(len(data.days), 'day')}, {count(len(data.blocks), 'block')}, "
        f"{count(len(data.turns), 'turn')}, {count(len(data.notes), 'note')}, "
        f"{count(workshops, 'workshop')}; our PDF {count(pages, 'page')}"
    )
    for i, kind in ((0, "processor"), (1, "wall")):
        o = statistics.median(x[i] for x in ours)
        b = statistics.median(x[i] for x in base)
        print(
            f"  {kind}: plain Platypus median {b:.2f} s; ours median {o:.2f} s; ratio {o / b:.2f}×"
        )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--no-app", action="store_true", help="skip the export from the app")
    args = p.parse_args()
    folder = Path(tempfile.mkdtemp())
    clock = FakeClock(datetime(2016, 1, 21, 18, 0, tzinfo=UTC))

    # The one-day shape, replayed from its commands (benchmarks/large_event.py).
    ef = EventFile.open(folder / "day.facil", clock)
    start = time.perf_counter()
    large_event.build(ef)
    print(f"one-day event replayed in {time.perf_counter() - start:.1f} s")
    with ef.session() as s:
        data = gather(s, clock.now())
    ef.close()
    for lang in ("fr", "en"):
        compare("one day, 60 blocks", data, folder, args.runs, lang)

    ef = EventFile.open(folder / "large.facil", clock)
    build(ef)
    workshops(ef)
    start = time.perf_counter()
    with ef.session() as s:
        data = gather(s, clock.now())
    gathered = time.perf_counter() - start
    ef.close()
    print(f"gather from the event file: {gathered * 1000:.0f} ms")
    compare("three days, 20 blocks each", data, folder, args.runs)
    if args.no_app:
        return
    stall, took, trigger = stall_during_app_export(folder / "large.facil", clock)
    print(
        f"export from the app: {took:.1f} s; longest event-loop stall {stall:.0f} ms "
        f"(starting it — progress dialog, child process — took {trigger:.0f} ms)"
    )


if __name__ == "__main__":
    main()
