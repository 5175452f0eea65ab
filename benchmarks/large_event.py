"""A large event as a script of commands (JSON Lines), replayed like the journal.

The default shape is the one the synthesis must export: one day of 60 ten-minute blocks (every
sixth with two segments), 300 people, about 1,900 speaking turns, 5,000 notes (Markdown with
the notes editor's hard wraps, quotes with and without their own quotation marks, actions with
owners and deadlines, a few internal ones) and an Open Space of 80 workshops with their
reports. Smaller shapes serve the tests; `run=False` gives the same programme not yet run (the
planned speakers only).

    python benchmarks/large_event.py OUT.facil [--blocks 60] [--people 300] … [--not-run]
"""

from __future__ import annotations

import argparse
import json
import random
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
FIRST_NAMES = [
    "Julie", "Marc", "Léa", "Karim", "Sophie", "Thomas", "Nadia", "Yves", "Élise", "Hugo",
    "Fatou", "Pierre", "Agnès", "Samir", "Claire", "Jean-Baptiste", "Inès", "Louis", "Anne",
    "Mathieu", "Zoé", "Rachid", "Camille", "Bernard",
]  # fmt: skip
LAST_NAMES = [
    "MARTIN", "DUBOIS", "LEFÈVRE", "HADDAD", "MOREAU", "GARNIER", "PETIT", "ROUX", "BENALI",
    "LAURENT", "BERNARD", "DIALLO", "GIRARD", "FONTAINE", "BOUZID", "LEMOINE", "FAURE",
    "N’DIAYE", "DE LA TOUR-D’AUVERGNE", "O’BRIEN",
]  # fmt: skip
ORGANISATIONS = [
    "Ville de Tourcoing", "Fondation de France", "Caisse d’Épargne Rhône-Alpes", "CELAVAR",
    "Labo de l’ESS", "Conseil départemental du Val-de-Marne", "Association Les Petits Frères",
    "MEDEF", "Université de Lille", "",
]  # fmt: skip
ROLES = [
    "Directrice générale", "Chargé de mission", "Maire adjoint", "Présidente", "Habitant",
    "Doctorante", "Responsable du mécénat", "",
]  # fmt: skip
CATEGORIES = ["Associations", "Entreprises", "Collectivités", "Universités", ""]
WORDS = [
    "territoire",
    "co-construction",
    "partenariat",
    "association",
    "entreprise",
    "collectivité",
    "mairie",
    "financement",
    "pilotage",
    "comité",
    "numérique",
    "jeunesse",
    "emploi",
    "alimentation",
    "mobilité",
    "confiance",
    "gouvernance",
    "mécénat",
    "bénévolat",
    "habitants",
    "quartier",
    "ruralité",
    "alliance",
    "impact",
    "mesure",
    "fondation",
    "innovation",
    "sociale",
    "coopération",
    "réseau",
    "expérimentation",
]
KINDS = ("note", "decision", "action", "idea", "quote", "question")


@dataclass(frozen=True)
class Shape:
    """The size of the event."""

    days: int = 1
    blocks: int = 60  # per day
    minutes: int = 10  # each block's planned length
    people: int = 300
    turns: int = 1900
    notes: int = 5000
    workshops: int = 80
    run: bool = True  # False: the programme only, as prepared the day before


def _line(cmd: str, args: dict, at: datetime | None = None) -> str:
    item = {"cmd": cmd, "args": args}
    if at is not None:
        item = {"at": at.isoformat(), **item}
    return json.dumps(item, ensure_ascii=False)


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def wrapped(text: str, width: int = 80) -> str:
    """Hard-wrapped at `width` columns, as the notes editor writes its Markdown."""
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return "\n".join([*lines, current])


def note_text(rng: random.Random, kind: str, i: int) -> str:
    """A note as typed: plain, or Markdown from the editor (bold across a wrap, a list),
    with French punctuation typed with ordinary spaces or none."""
    roll = rng.random()
    if kind == "quote":
        said = _words(rng, 4, 16)
        return f"« {said} »" if roll < 0.3 else f'"{said}"' if roll < 0.4 else said
    if roll < 0.1:
        body = f"{_words(rng, 8, 14)} **{_words(rng, 6, 12)}** et *{_words(rng, 2, 5)}*."
        items = "\n".join(f"- {_words(rng, 3, 9)}" for _ in range(rng.randint(2, 4)))
        return f"{wrapped(body)}\n\n{items}"
    if roll < 0.2:
        return f"{_words(rng, 3, 8)} : {_words(rng, 3, 8)} ; la « {rng.choice(WORDS)} » ?"
    if roll < 0.25:
        return f"Objectif de {rng.randint(5, 95)} % d’ici 9 h 15 : {_words(rng, 3, 6)} !"
    return f"{_words(rng, 4, 30).capitalize()} ({i})"


def _sqlite_lower_finds(name: str) -> bool:
    """note.add finds its speaker with SQLite's lower(), which folds ASCII letters only: a
    name with an accented capital ("Élise") is not found by it (a known limit, left alone)."""
    return not any(c.isupper() and not c.isascii() for c in name)


def script(shape: Shape = Shape(), seed: int = 17) -> list[str]:
    """The event's commands, one JSON line each, in the order they happened."""
    rng = random.Random(seed)
    out = [
        _line(
            "event.set",
            {
                "title": "Grande rencontre des alliances en territoire",
                "venue": "Palais des congrès, 2 place de la Porte Maillot, 75017 Paris",
                "organiser": "Le RAMEAU",
                "timezone": "Europe/Paris",
                "date": "2016-01-19",
                "label": "19 janvier 2016",
            },
        )
    ]
    people = [
        (
            f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i // len(FIRST_NAMES)) % len(LAST_NAMES)]}"
            + (f" {i // (len(FIRST_NAMES) * len(LAST_NAMES)) + 1}" if i >= 480 else ""),
            rng.choice(ROLES),
            rng.choice(ORGANISATIONS),
            rng.choice(CATEGORIES),
        )
        for i in range(max(shape.people, 1))
    ]
    introduced: set[str] = set()

    def speaker(block: str, person: tuple, topic: str = "", speech: str = "") -> str:
        name, role, organisation, category = person
        args = {"block": block, "name": name}
        if name not in introduced:  # a person's details are given once, on the first list
            introduced.add(name)
            args |= {"role": role, "organisation": organisation, "category": category}
        if topic:
            args["topic"] = topic
        if speech:
            args["speech_type"] = speech
        return _line("speaker.add", args)

    # The programme: days, blocks (every sixth with two segments), planned speakers.
    blocks: list[tuple[str, list[str], datetime]] = []  # (id, segment ids, planned start)
    for d in range(shape.days):
        day = date(2016, 1, 19) + timedelta(days=d)
        if d:
            out.append(_line("day.add", {"date": day.isoformat(), "label": f"Jour {d + 1}"}))
        for b in range(shape.blocks):
            start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=PARIS) + timedelta(
                minutes=b * shape.minutes
            )
            end = start + timedelta(minutes=shape.minutes)
            block_id = str(uuid.UUID(int=rng.getrandbits(128)))
            title = f"Séquence {b + 1} : {_words(rng, 2, 9)}"
            out.append(
                _line(
                    "block.add",
                    {
                        "id": block_id,
                        "day": day.isoformat(),
                        "title": title,
                        "start": f"{start:%H:%M}",
                        "end": f"{end:%H:%M}" if end.day == start.day else "23:59",
                        "kind": rng.choice(("plenary", "talk", "panel", "workshop")),
                    },
                )
            )
            segments = []
            if b % 6 == 5:
                for k in range(2):
                    segment_id = str(uuid.UUID(int=rng.getrandbits(128)))
                    segments.append(segment_id)
                    out.append(
                        _line(
                            "block.add",
                            {
                                "id": segment_id,
                                "parent": block_id,
                                "title": f"Partie {k + 1} : {_words(rng, 2, 6)}",
                            },
                        )
                    )
            for target in [block_id, *segments][:2]:
                out.append(speaker(target, rng.choice(people), topic=_words(rng, 3, 10)))
            blocks.append((block_id, segments, start))
    if not shape.run:
        return out + _open_space(rng, shape, people, run=False)

    # The day as it ran: each block started late or early, turns from the floor, notes.
    total = len(blocks)
    turns_left, notes_left = shape.turns, shape.notes
    for i, (block_id, segments, planned) in enumerate(blocks):
        at = planned + timedelta(seconds=rng.randint(-60, 240))
        out.append(_line("timer.start", {"block": block_id}, at))
        n_turns = turns_left // (total - i)
        n_notes = notes_left // (total - i)
        turns_left -= n_turns
        notes_left -= n_notes
        targets = [block_id, *segments]
        for k in range(n_turns):
            target = targets[k * len(targets) // max(n_turns, 1)]
            speech = "question" if rng.random() < 0.2 else ""
            out.append(speaker(target, rng.choice(people), speech=speech))
        # Turns and notes interleaved, at irregular moments through the block.
        events = ["turn"] * n_turns + ["note"] * n_notes
        rng.shuffle(events)
        step = shape.minutes * 60 / max(len(events) + 1, 1)
        n = 0
        for event in events:
            at += timedelta(seconds=step * rng.uniform(0.3, 1.7))
            if event == "turn":
                out.append(_line("speaker.next", {"block": block_id}, at))
                continue
            n += 1
            kind = rng.choice(KINDS)
            args = {
                "block": targets[n % len(targets)],
                "kind": kind,
                "text": note_text(rng, kind, n),
                "author": rng.choice(("Julie", "Marc", "Léa")),
            }
            if kind == "action":
                args["owner"] = rng.choice(people)[0]
                args["due"] = (planned.date() + timedelta(days=rng.randint(7, 90))).isoformat()
            if kind == "quote" and rng.random() < 0.7:
                quotable = [x for x in sorted(introduced) if _sqlite_lower_finds(x)]
                if quotable:
                    args["speaker"] = rng.choice(quotable)
            if rng.random() < 0.02:
                args["internal"] = True
            out.append(_line("note.add", args, at))
        at += timedelta(seconds=step)
        out.append(_line("speaker.stop", {"block": block_id}, at))
        out.append(_line("timer.end", {}, at + timedelta(seconds=rng.randint(0, 120))))
    return out + _open_space(rng, shape, people, run=True)


def _open_space(rng: random.Random, shape: Shape, people: list, run: bool) -> list[str]:
    """Rooms, slots and topics placed on the board; when the day ran, every workshop's report
    (some in draft, a few never handed in) with proposals and next steps."""
    if not shape.workshops:
        return []
    out = []
    rooms = min(10, shape.workshops)
    slots = -(-shape.workshops // rooms)
    for r in range(rooms):
        out.append(_line("room.add", {"name": f"Salle {r + 1}", "capacity": 30}))
    out.append(_line("slot.generate", {"start": "08:00", "end": "23:59", "minutes": 45}))
    for i in range(shape.workshops):
        title = f"Atelier {i + 1} : {_words(rng, 3, 8)} ?"
        convener = rng.choice(people)[0]
        out.append(_line("topic.add", {"title": title, "convener": convener}))
        out.append(
            _line(
                "topic.assign",
                {"topic": f"#{i + 1}", "room": f"#{i % rooms + 1}", "slot": f"#{i // rooms + 1}"},
            )
        )
        if not run or rng.random() < 0.05:
            continue
        out.append(
            _line(
                "report.set",
                {
                    "topic": f"#{i + 1}",
                    "note_taker": rng.choice(("Julie", "Marc")),
                    "participants_count": rng.randint(3, 30),
                    "key_points": "\n".join(_words(rng, 6, 20) for _ in range(rng.randint(2, 5))),
                    "proposals": [_words(rng, 5, 12) for _ in range(rng.randint(1, 3))],
                    "next_steps": [
                        {"text": _words(rng, 4, 10), "owner": rng.choice(people)[0]}
                        for _ in range(rng.randint(0, 2))
                    ],
                    "status": "draft" if rng.random() < 0.1 else "done",
                },
            )
        )
    assert slots >= 1
    return out


def build(ef, shape: Shape = Shape(), seed: int = 17) -> None:
    """Replay the event's commands into an open event file, then the convergence's dots."""
    from sqlalchemy import select

    from facilitateur.models.openspace.model import Proposal
    from facilitateur.models.storage.replay import replay

    replay(ef, script(shape, seed))
    rng = random.Random(seed)
    with ef.session() as s:
        proposals = [str(p) for p in s.scalars(select(Proposal.id))]
    for p in proposals[: len(proposals) // 2]:
        ef.execute("proposal.vote", {"proposal": p, "votes": rng.randint(0, 25)})


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out", type=Path)
    for name, default in vars(Shape()).items():
        if isinstance(default, int) and not isinstance(default, bool):
            p.add_argument(f"--{name}", type=int, default=default)
    p.add_argument("--not-run", action="store_true")
    args = p.parse_args()
    shape = Shape(
        **{k: getattr(args, k) for k, v in vars(Shape()).items() if not isinstance(v, bool)},
        run=not args.not_run,
    )
    from facilitateur.models.storage.store import EventFile

    start = time.perf_counter()
    ef = EventFile.open(args.out, create=True)
    build(ef, shape)
    ef.close()
    print(f"{args.out}: built in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
