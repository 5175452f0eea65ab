"""A page whose times are said in sentences, not at the head of lines: one event at the time
a sentence gives (its moments, its agenda points), or lectures at one time for all."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from facilitateur.models.programme.days_and_dates import dates_in_text, day_heading
from facilitateur.models.programme.lines import Entry
from facilitateur.models.programme.model import Block, Day, Item, Programme, Rule
from facilitateur.models.programme.people import (
    COMMON_WORDS as _NOT_NAMES,
)
from facilitateur.models.programme.people import Speaker, labelled_speakers, person
from facilitateur.models.programme.roles_and_bodies import clean, is_role
from facilitateur.models.programme.times import (
    HOURS_IN_TEXT,
    RANGE_SEP,
    T1,
    T2,
    ClockTime,
    read_time,
    settle,
)
from facilitateur.models.programme.title_people import NAME_WORD, name_line, title_and_speakers
from facilitateur.models.programme.words import is_place, kind_of, word_matches
from facilitateur.models.text.folding import fold

# A time anywhere in a line, perhaps with its end after a dash or only a space ("Horaire :
# 18:30 20:30"), not inside a number or a date.
_ANY_TIMES = re.compile(
    r"(?<![\w:.,/])" + T1 + r"(?:(?:" + RANGE_SEP + r"|\s+)" + T2 + r")?(?![\w:/])", re.I
)
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ)»]{2}[.!?])\s+(?=[A-ZÀ-ÖØ-Þ])")


# Fourteenth round. An hour spelled with its word, after the preposition saying when.
_SPELLED_HOUR = re.compile(
    r"(?<!\w)(?:à|a|at|dès|des)\s+(?P<ah>[01]?\d|2[0-3])\s*(?:heures?|o['’]\s?clock)"
    r"(?:\s+(?P<am>[0-5]\d)\b)?(?!\w)",
    re.I,
)


def _spelled_time(m: re.Match[str]) -> ClockTime:
    """The time of `_SPELLED_HOUR`: French hours count the day's 24 (`à 14 heures`, as `14h`
    does); an English hour o'clock is read by the order of the day."""
    h, mins = int(m["ah"]), int(m["am"] or 0)
    explicit = h >= 13 or h == 0 or "heure" in m.group(0).lower()
    return ClockTime(h * 60 + mins, explicit, False)


# Forty-first round. A title that is the sentence calling the event, its verb in the future
# then when it happens (`Le Conseil municipal se réunira le jeudi 25 novembre à 21H00`,
# `L'assemblée générale aura lieu le 3 mai à 18h`, `The board will meet on May 4 at 7 pm`):
# the event is its subject, the rest says when (the block's time, its day).
_CALLED_FOR = re.compile(
    r"^(?P<what>\S.{2,80}?)\s+(?:(?:se|s['’])\s*)?(?:[^\W\d_]{2,}(?:ra|ront)|will\s+[a-z]+)"
    r"(?:\s+lieu|\s+place)?\s+(?P<when>(?:le|les|la|au|du|on|at|à|in)\s.*)$",
    re.IGNORECASE,
)


def _sitting_under_the_title(items: list[Entry], timed: Entry, title: str) -> str | None:
    """Forty-second round. The page's first line in capitals, then a second line in
    capitals right above the line of the event's date and time (`COMPTE RENDU` then `CONSEIL
    COMMUNAUTAIRE` then `JEUDI 19 DECEMBRE 2019 • 18H30`; `MINUTES` then `BOARD OF
    DIRECTORS` then the date): the first names the document, the second the sitting it is
    the record of, which is the block. A first line naming a kind of moment (`ASSEMBLÉE
    GÉNÉRALE` above the association's name) stays the title. None otherwise."""
    at = next((i for i, x in enumerate(items) if x is timed), -1)
    if at != 2 or clean(items[0].text) != title or kind_of(title) is not None:
        return None
    second = clean(items[1].text)
    capitals = [t for t in (title, second) if t.isupper() and not re.search(r"\d", t)]
    if len(capitals) < 2 or len(second.split()) > 8 or is_place(second):
        return None
    return second


def one_event(items: list[Entry], prog: Programme) -> Block | None:
    """A page announcing one event, its time written inside a line ("Horaire : 18:30 20:30",
    "Venez nous retrouver à partir de 14 h"): one block, titled by the programme's title (or
    the first line), at the first time written; the speakers a sentence names after a label
    (`En présence de X, role et Y, role.`). None without any time or title."""
    found = [(e, m) for e in items if (m := _ANY_TIMES.search(e.text))]
    if not found:
        # Fourteenth round. The hour spelled out in the sentence calling the event (`le
        # jeudi 9 janvier 2020 à 14 heures`, `à 9 heures 30`, `at 7 o'clock`) is its time.
        found = [(e, m) for e in items if (m := _SPELLED_HOUR.search(e.text))]
    if len(found) > 1 and not any(m.re is _SPELLED_HOUR for _, m in found):
        found = _page_moments_left_out(found)
    for e, m in found:
        spelled = m.re is _SPELLED_HOUR
        if (start := _spelled_time(m) if spelled else read_time(m, "a")) is None:
            continue
        title = prog.title or next(
            (clean(x.text) for x in items if x is not e and not _ANY_TIMES.search(x.text)), ""
        )
        if (sitting := _sitting_under_the_title(items, e, title)) is not None:
            title = sitting
        if (called := _CALLED_FOR.match(title)) and (
            _ANY_TIMES.search(called["when"]) or dates_in_text(called["when"])
        ):
            title = called["what"]  # "Le Conseil municipal se réunira le jeudi 25 … à 21H00"
        title = clean(re.split(r",\s*(?=\d)", title)[0]) or title  # "Titre, 25 septembre 2023"
        if not title:
            return None
        end = None if spelled else read_time(m, "b") or _end_later_in_sentence(e.text, m, start)
        block = Block(title, e.nos[0], start=start, end=end, rule=Rule.TITLE_FIRST)
        prog.used.update(e.nos)
        for x in items:
            for sentence in _SENTENCE_END.split(x.text):
                if people := labelled_speakers(sentence):
                    block.speakers.extend(people)
                    prog.used.update(x.nos)
        return block
    return None


def _page_moments_left_out(
    found: list[tuple[Entry, re.Match[str]]],
) -> list[tuple[Entry, re.Match[str]]]:
    """Thirty-seventh round. Two lines each giving a date and a time: one a single time
    (`Actualité du : Lundi 18 Septembre 2023 à 14:18`, `Posted on March 3, 2024 at 9:41 am`),
    the other another date with hours, a start and an end (`Samedi 30 septembre 2023 de 10h à
    18h30`). The hours are the event's; the single time on its other date is when the page was
    written, no moment of the event: it is left out of the times to start from."""
    dated = [(e, m, set(dates_in_text(e.text))) for e, m in found[:8]]
    ranges = [said for e, m, said in dated if said and read_time(m, "b") is not None]
    if not ranges:
        return found
    stamps = {
        id(e)
        for e, m, said in dated
        if said and read_time(m, "b") is None and all(said.isdisjoint(r) for r in ranges)
    }
    return [(e, m) for e, m in found if id(e) not in stamps] or found


def _end_later_in_sentence(text: str, m: re.Match[str], start: ClockTime) -> ClockTime | None:
    """Thirty-second round. The sentence giving the event's start, its end said apart after
    it (`La réunion a été ouverte à 19h35, et fermée à 21h15.`, `Doors open at 6 pm and we
    close at 9:30 pm.`): the one other time of that sentence, later than the start, is the
    end. Two times more or more are moments of the event, not its end."""
    rest = re.split(r"(?<=[a-zà-ÿ)»\d]{2}[.!?])\s", text[m.end() :], maxsplit=1)[0]
    later = list(_ANY_TIMES.finditer(rest))
    if len(later) != 1 or (end := read_time(later[0], "a")) is None:
        return None
    minutes = settle(end, start.minutes)
    return replace(end, minutes=minutes) if minutes > start.minutes else None


# One moment of an event and its time, in a list of them: `accueil des participants 13h30`,
# `doors 6:00 pm`, `début du forum : 14h`.
_MOMENT = re.compile(r"^\s*(?P<title>[^\d,;()]{3,60}?)\s*(?:[:–—-]|à|at)?\s*" + T1 + r"\s*$", re.I)


# Twenty-third round. A line opening with a moment's name, then when it starts after `à`, `à
# partir de`, `dès`, `at` or `from`, then the sentence about it (`Accueil à partir de 18h30
# pour une visite guidée …`, `Ouverture de la soirée à 19h avec un chant …`).
_MOMENT_SAID = re.compile(
    r"^(?P<title>[^\d,;:()]{3,40}?)\s+(?:[àa] partir de|d[èe]s|[àa]|at|from|starting at)\s+"
    + T1
    + r"(?![\d:.h])(?P<rest>.*)$",
    re.I,
)


def moments_in_sentences(items: list[Entry], block: Block) -> list[Block] | None:
    """Twenty-third round. An event told in sentences, two lines or more in a row each opening
    with a moment it names (a welcome, an opening, a meal: `Accueil à partir de 18h30 pour une
    visite …`, `Ouverture de la soirée à 19h avec …`; `Welcome from 6 pm with …`, `Dinner at
    8 pm …`), then its time: one block per moment, each until the next, the last until the
    event's end; the rest of each sentence describes it. The times go forward; a line whose
    first words name no moment (`Rendez-vous à 18h30`) is none. None when there are not two."""
    run: list[tuple[Entry, re.Match[str], ClockTime]] = []
    best: list[tuple[Entry, re.Match[str], ClockTime]] = []
    for e in items:
        m = _MOMENT_SAID.match(e.text.strip())
        t = read_time(m, "a") if m and kind_of(m["title"]) is not None else None
        if m is None or t is None or (run and t.minutes <= run[-1][2].minutes):
            run = []
            if t is None or m is None:
                continue
        run.append((e, m, t))
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return None
    blocks = []
    for i, (e, m, t) in enumerate(best):
        end = best[i + 1][2] if i + 1 < len(best) else block.end
        b = Block(clean(m["title"]), e.nos[0], start=t, end=end, rule=Rule.TITLE_FIRST)
        b.description = clean(m["rest"].strip(" ,.;"))
        blocks.append(b)
    return blocks


def moments_of_event(items: list[Entry], block: Block, event: str) -> list[Block]:
    """An event announced in sentences, its moments listed with their times in one bracket or
    line after its hours (`de 13h30 à 20h` then `(accueil des participants 13h30, début du
    forum 14h)`, `from 6 to 9 pm (doors 6 pm, talks 6:30 pm, drinks 8 pm)`): one block per
    moment, each until the next, the last until the event's end. A moment naming no kind but
    the event's own noun (`début du forum` in a forum ouvert) is of the event's kind. None
    listed (fewer than two moments, or times going back): the one block."""
    end = block.end
    for e in items:
        if end is None and (hours := HOURS_IN_TEXT.search(e.text)):
            end = read_time(hours, "b")
    for e in items:
        text = e.text.strip()
        inner = text[1:-1] if text.startswith("(") and text.endswith(")") else text
        inner = inner.rstrip(" .;")
        head, colon, tail = inner.partition(": ")
        if colon and len(head.split()) <= 3:
            inner = tail  # "Programme : accueil café à 9h, ouverture du forum à 9h30, …"
        parts = re.split(r",\s*|;\s*|\s+(?:puis|then)\s+", inner)
        found = [m for part in parts if (m := _MOMENT.match(part))]
        if len(found) < 2 or len(found) != len(parts):
            continue
        starts = [t for m in found if (t := read_time(m, "a")) is not None]
        if len(starts) < len(found) or any(
            b.minutes <= a.minutes for a, b in itertools.pairwise(starts)
        ):
            continue  # a time not read, or going back: not one afternoon's moments
        blocks = []
        for i, m in enumerate(found):
            nxt = starts[i + 1] if i + 1 < len(found) else end
            b = Block(clean(m["title"]), e.nos[0], start=starts[i], end=nxt, rule=Rule.TITLE_FIRST)
            if kind_of(b.title) is None and (own := _event_own_kind(b.title, event)):
                b.kind, b.kind_word = own
            blocks.append(b)
        return blocks
    return moments_in_sentences(items, block) or moments_in_a_paragraph(items, block) or [block]


# Thirty-third round. A clause of a paragraph telling an event's course: perhaps a word
# linking it to the one before (`Après`, `Puis`, `Enfin`, `After`, `Then`, `Finally`), an
# article, the moment's name, perhaps the verb saying it happens, then when, after `dès`, `à`,
# `at`, `from` (`Après l’accueil des participants dès 10h30`, `l’assemblée générale débutera
# à 13h`, `the general meeting will start at 1 pm`).
_LINK = r"(?:(?:apres|puis|ensuite|enfin|after|then|finally|and)\b[\s,]*)?"
_ARTICLE = r"(?:(?:l['’]|(?:le|la|les|un|une|des|the|an?)\s+))?"
_CLAUSE_TIMED = re.compile(
    r"^\W*" + _LINK + _ARTICLE + r"(?P<title>[^\d,;:()]{3,50}?)"
    r"(?P<verb>\s+(?:(?:se\s+|s['’])?\w+(?:era|ra|ront)(?:\s+lieu)?|will\s+\w+(?:\s+place)?"
    r"|(?:starts?|begins?|opens?|takes\s+place)))?"
    r"\s+(?:[àa] partir de|d[èe]s|[àa]|at|from|starting at)\s+" + T1 + r"(?![\d:h]|\.\d)",
    re.I,
)
# The same clause with no time, its verb said (`Enfin, un dîner clôturera cette première
# journée`, `Finally, a dinner will close the day`): a moment after the last one, its time
# not said.
_CLAUSE_UNTIMED = re.compile(
    r"^\W*" + _LINK + _ARTICLE + r"(?P<title>[^\d,;:()]{3,30}?)"
    r"\s+(?:(?:se\s+|s['’])?\w+(?:era|ra|ront)|will)\b",
    re.I,
)
_CLAUSES = re.compile(r"(?<=[a-zà-ÿ)»\d]{2}[.!?])\s+|,\s+|;\s+")


def moments_in_a_paragraph(items: list[Entry], block: Block) -> list[Block] | None:
    """Thirty-third round. An event told in one paragraph, its course in clauses each naming
    a moment then when it starts (`Après l’accueil des participants dès 10h30, l’assemblée
    générale débutera à 13h. L’inauguration du village fédéral aura lieu à 19h …`; `After
    the welcome from 10:30, the general meeting will start at 1 pm.`): one block per moment,
    each until the next, the last open; a clause after them naming a moment of a known kind
    with its verb and no time (`Enfin, un dîner clôturera cette première journée`) is a
    moment after them, its time not said. Two timed moments at least, going forward, each
    naming a kind of moment, in the paragraph holding the event's first time; None
    otherwise."""
    e = next((x for x in items if x.nos[0] == block.line), None)
    if e is None or len(e.text) > 3000:
        return None
    found: list[tuple[str, ClockTime]] = []
    after: list[str] = []
    for clause in _CLAUSES.split(fold(e.text)):
        if (m := _CLAUSE_TIMED.match(clause)) and (t := read_time(m, "a")) is not None:
            if after or (found and t.minutes <= found[-1][1].minutes) or not kind_of(m["title"]):
                return None  # each names a moment (`La réunion a été ouverte à 19h35` none)
            found.append((m["title"], t))
        elif found and (u := _CLAUSE_UNTIMED.match(clause)) and kind_of(u["title"]):
            after.append(u["title"])
    if len(found) < 2:
        return None
    original = e.text  # the titles as written, accents kept: fold keeps the length
    blocks = []
    for i, (title, t) in enumerate(found):
        end = found[i + 1][1] if i + 1 < len(found) else None
        blocks.append(
            Block(
                clean(_as_written(original, title)),
                e.nos[0],
                start=t,
                end=end,
                rule=Rule.TITLE_FIRST,
            )
        )
    for title in after[:1]:
        moment = Block(clean(_as_written(original, title)), e.nos[0], rule=Rule.UNTIMED)
        moment.time_unsaid = True
        blocks.append(moment)
    return blocks


def _as_written(text: str, folded: str) -> str:
    """The words of `folded` as `text` writes them (its accents), when fold kept the length."""
    at = fold(text).find(folded)
    return text[at : at + len(folded)] if at >= 0 and len(fold(text)) == len(text) else folded


# Fourteenth round. The line announcing a meeting's points (`Objet de la réunion :`, `Ordre du
# jour :`, `Agenda:`, `Points abordés :`).
_AGENDA_LABEL = re.compile(
    r"^(?:objet de la reunion|ordre du jour|agenda|points? (?:abordes|a l'ordre du jour)"
    r"|au programme|items?|topics?|order of business)\s*:$"
)


def agenda_points(items: list[Entry], block: Block, prog: Programme) -> None:
    """Fourteenth round. Under a meeting read from its one time (`le jeudi 9 janvier 2020 à 14
    heures`), the short lines after the line announcing its points (`Objet de la réunion :`,
    `Agenda:`) are its parts, one per line, until a line with a label or a number (`Le
    président : …`, a telephone number), or a sentence."""
    at = next((i for i, e in enumerate(items) if _AGENDA_LABEL.match(fold(e.text).strip())), None)
    if at is None:
        return
    prog.used.update(items[at].nos)
    for e in items[at + 1 :]:
        text = e.text.strip(" -•·*")
        if not text or ":" in text or len(text) > 80 or re.search(r"\d{2}[ .]\d{2}", text):
            break
        block.items.append(Item(clean(text), e.nos[0]))
        prog.used.update(e.nos)


def _event_own_kind(title: str, event: str) -> tuple[str, str] | None:
    """The kind of an event its text names (`sur le mode du forum ouvert`), when a moment's
    title names the event by that kind's first noun (`début du forum`)."""
    words = set(fold(title).split())
    for strength, _start, _end, kind, said in word_matches(fold(event)):
        if strength == 0 and said.split()[0] in words:
            return kind, said
    return None


# One time for all the events of a page, alone on its line near the top: `à 15h`, `at 6 pm`,
# `dès 18h30`.
_ONE_TIME = re.compile(r"^(?:(?:à|a|at|dès|des|from|starting at)\s+)?" + T1 + r"\s*$", re.I)


def name_colon_function(text: str) -> Speaker | None:
    """`Christian BOUQUET : Professeur émérite de géographie …`, `Jane Smith: Professor of
    History, University of Leeds`: a person's name, a colon, then their function."""
    name, sep, role = text.partition(":")
    name, role = name.strip(), clean(role).rstrip(" .")
    if not sep or not role or not 2 <= len(name.split()) <= 4 or not is_role(role):
        return None
    if not all(NAME_WORD.match(w) or w.isupper() for w in name.split()):
        return None
    sp = person(name, strict=False)
    if sp is None or sp["name"] != name or _NOT_NAMES.search(fold(name)):
        return None
    return {**sp, "role": role}


_TIME_SAID = re.compile(r"(?:^|\s)(?:à|a|at|dès|from|starting at)\s+" + T1 + r"(?![\w:.]\d)", re.I)


def _the_one_time(text: str) -> ClockTime | None:
    """The one time of a line said alone (`à 15h`, `at 6 pm`) or in a sentence not dating
    anything (`Les conférences ont lieu à 18h30, salle du conseil.`): one time, no range."""
    text = text.strip()
    if m := _ONE_TIME.match(text):
        return read_time(m, "a")
    if len(text) > 160 or day_heading(text) or HOURS_IN_TEXT.search(text):
        return None
    said = list(_TIME_SAID.finditer(text))
    return (
        read_time(said[0], "a") if len(said) == 1 and len(_ANY_TIMES.findall(text)) == 1 else None
    )


def one_time_for_all(items: list[Entry], prog: Programme) -> list[Day]:
    """A page of lectures with one time for all said once near the top (`à 15h`), then each
    under its own dated line without a time (`13 octobre - Auditorium du MA.AT`): each date is
    a day with one block at that time. Under the date, the speaker (`Name : function`, or a
    name alone) and the title, in either order; the lines after them are its description, and
    the place after the date too. Nothing under the date: the lecture is on the date's line
    (`Lundi 13 octobre : « Titre » par Jean Dupont, ornithologue`). No such time, or fewer
    than two dates: nothing."""
    time = next((t for e in items[:8] if (t := _the_one_time(e.text))), None)
    if time is None:
        return []
    dated = [
        (i, found)
        for i, e in enumerate(items)
        if len(e.text) <= 160
        and not _ANY_TIMES.search(e.text)
        and (found := day_heading(e.text))
        and re.search(r"\d", found[0])
    ]
    if len(dated) < 2:
        return []
    days = []
    for n, (i, (label, when, place)) in enumerate(dated):
        under = items[i + 1 : dated[n + 1][0] if n + 1 < len(dated) else len(items)]
        speakers: list[Speaker] = []
        title, notes, nos = "", list[str](), list(items[i].nos)
        for e in under:
            text = clean(e.text)
            if not speakers and not notes and (sp := name_colon_function(text) or name_line(text)):
                speakers.append(sp)
            elif not title and len(text.split()) <= 20:
                title = text
            else:
                notes.append(text)
            nos += e.nos
        lecture = place.strip(" :-–—")
        if not title and lecture and not is_place(lecture):
            # The lecture on its date's line: `Lundi 13 octobre : « Les oiseaux du bocage »
            # par Jean Dupont, ornithologue`.
            title, speakers, _minutes = title_and_speakers(lecture)
            place = ""
        if not title:
            return []
        block = Block(title, items[i].nos[0], start=time, rule=Rule.TIME_ALONE)
        block.speakers = speakers
        block.description = clean(
            " · ".join(x for x in (place.strip(" -–—"), " ".join(notes)) if x)
        )
        prog.used.update(nos)
        days.append(Day(label=label, date=when, blocks=[block], line=items[i].nos[0]))
    for e in items[:8]:
        if _the_one_time(e.text):
            prog.used.update(e.nos)
    return days


# A time said inside a point, after its words: `Rétro de 20h45 à 21h`, `Fin officielle à 21h
# et …`, `Retro from 8:45 to 9 pm`, `Wrap-up at 9 pm`.
_AT_TIME_INSIDE = re.compile(r"\s(?:à|a|at|vers|around)\s+" + T1 + r"(?![\w:])", re.IGNORECASE)


def points_timed_inside(points: list[Block], block: Block) -> bool:
    """Twenty-first round. Points listed without times under a meeting whose time is in the
    sentence calling it, some with their own time inside the line (`1. Programmation …`, `5.
    Rétro de 20h45 à 21h`, `6. Fin officielle à 21h`), are the meeting's moments, not its
    parts: each point so timed at its time (taken out of its title), the first at the
    meeting's start, the others with their time not said. Only when those times come in
    order after the meeting's start. The points are changed in place; whether they were."""
    if len(points) < 3 or block.start is None:
        return False
    found: dict[int, tuple[ClockTime, ClockTime | None, re.Match[str]]] = {}
    for i, b in enumerate(points):
        m = HOURS_IN_TEXT.search(b.title) or _AT_TIME_INSIDE.search(b.title)
        if m is None or m.start() == 0 or (start := read_time(m, "a")) is None:
            continue
        found[i] = (start, read_time(m, "b") if m.re is HOURS_IN_TEXT else None, m)
    if not found:
        return False
    last = block.start.minutes
    for i in sorted(found):
        # A 12-hour time goes on from the evening's start (`from 8:45 to 9 pm` after 7 pm).
        if (now := settle(found[i][0], last)) <= last:
            return False
        last = now
    for i, b in enumerate(points):
        if i in found:
            start, end, m = found[i]
            b.start, b.end = start, end
            b.title = clean(f"{b.title[: m.start()]} {b.title[m.end() :]}")
        elif i == 0:
            b.start = block.start
        else:
            b.time_unsaid = True
    return True


_NUMBERED_POINT = re.compile(r"^\s*(?P<n>\d{1,2})\s*[.)]\s+(?P<text>\S.*)$")


def numbered_moments(items: list[Entry], block: Block, prog: Programme) -> list[Block] | None:
    """Twenty-first round. An event told in sentences, its time in one of them (`L’événement
    aura lieu le 15/06/2023 à 19h00`), whose course is a numbered list, some points with their
    time inside (`5. Rétro de 20h45 à 21h`, `6. Fin officielle à 21h`): the points are its
    moments (see `points_timed_inside`). None without such a list."""
    run: list[tuple[Entry, str]] = []
    for e in items:
        m = _NUMBERED_POINT.match(e.text)
        if m and int(m["n"]) == len(run) + 1:
            run.append((e, m["text"]))
        elif len(run) >= 3:
            break
        else:
            run = [(e, m["text"])] if m and m["n"] == "1" else []
    if len(run) < 3:
        return None
    points = [Block(clean(text), e.nos[0], rule=Rule.TITLE_FIRST) for e, text in run]
    if not points_timed_inside(points, block):
        return None
    for e, _text in run:
        prog.used.update(e.nos)
    return points


def moment_of_an_empty_day(items: list[Entry], prog: Programme) -> None:
    """Thirty-fourth round. A day whose heading is followed by no timed line, among days that
    have theirs, and whose few lines say one time inside one sentence (`Vendredi 22 août :`
    then `Ouverture des fêtes à 22 h 30 avec le bal …`, `Friday: Opening of the fair at 6 pm
    with the band`): that sentence is the day's one block, titled by what comes before its
    time, the rest its description. Read so only when the other days have their blocks, and
    the sentence says one time and no range."""
    if len(prog.days) < 2 or sum(1 for d in prog.days if d.blocks) < 1:
        return
    ends = [d.line for d in prog.days[1:]] + [10**9]
    for day, until in zip(prog.days, ends, strict=True):
        if day.blocks or not day.label:
            continue
        # The first day may be read with the page's heading: its line is found by its label.
        head = day.line or next(
            (e.nos[0] for e in items[:60] if e.text.strip().rstrip(" :") == day.label.strip()), 0
        )
        lines = [e for e in items if head < e.nos[0] < until and e.nos[0] not in prog.used]
        timed = [(e, m) for e in lines if (m := _AT_TIME_INSIDE.search(e.text[:300]))]
        if not head or len(timed) != 1 or len(lines) > 3:
            continue
        e, m = timed[0]
        title = e.text[: m.start()].strip(" ,;:–—-")
        if (
            not title
            or len(title) > 80
            or HOURS_IN_TEXT.search(e.text)
            or len(_ANY_TIMES.findall(e.text)) != 1
            or (start := read_time(m, "a")) is None
        ):
            continue
        rest = e.text[m.end() :].strip(" ,;.")
        day.blocks.append(
            Block(title, e.nos[0], start=start, description=rest, rule=Rule.TITLE_FIRST)
        )
        prog.used.update(e.nos)
        prog.skipped = [(no, text) for no, text in prog.skipped if no not in e.nos]


# Forty-first round. A sentence whose subject is the welcome and which says its time
# (`L'accueil commencera dès 19h.`, `Doors open at 7 pm.`).
_WELCOME_TIME = re.compile(
    r"\s(?:dès|des|à partir de|a partir de|à|from|at|starting at)\s+" + T1 + r"(?![\w:])", re.I
)
_WELCOME_BEFORE = 3 * 60  # a welcome opens at most three hours before what it opens


def welcome_said_before(items: list[Entry], prog: Programme) -> None:
    """Forty-first round. The prose above a day's first timed block may say when the welcome
    opens, in a sentence whose subject is the welcome (`Vous pouvez déjà consulter … .
    L'accueil commencera dès 19h.` above `Assemblée Générale extraordinaire (20h00)`;
    `Registration opens at 8:30 am.`): a block of its own at that time, titled by its
    subject, before the first block and up to it. Read so only when the time is earlier
    than the first block's (at most three hours) and no block of that day is a welcome
    already; a welcome named later in the sentence (`… rendez-vous pour l'accueil à 19h`)
    is not its subject."""
    day = next((d for d in prog.days if d.blocks), None)
    if day is None or day is not prog.days[0]:
        return
    first = day.blocks[0]
    if first.start is None or any(kind_of(b.title) == "welcome" for b in day.blocks):
        return
    found = []
    for e in items:
        if e.nos[0] >= first.line or set(e.nos) & prog.used:
            continue
        for sentence in _SENTENCE_END.split(e.text[:600]):
            m = _WELCOME_TIME.search(sentence)
            if m is None or len(_ANY_TIMES.findall(sentence)) != 1:
                continue
            words = sentence[: m.start()].split()
            subject = next(
                (
                    " ".join(words[:n])
                    for n in range(1, min(len(words), 4) + 1)
                    if kind_of(" ".join(words[:n])) == "welcome"
                ),
                None,
            )
            if subject and (start := read_time(m, "a")) is not None:
                rest = " ".join(t for t in _SENTENCE_END.split(e.text) if t != sentence)
                said = sentence[m.end() :].strip(" ,;.")  # `… sur la place`: where, what else
                found.append((e, subject, start, rest, said))
    if len(found) != 1:
        return
    e, subject, start, rest, said = found[0]
    minutes = start.minutes
    if not start.explicit and minutes + 720 < first.start.minutes:
        minutes += 720  # `Doors open at 7` above `8:00 pm`: the evening's seven
    if not first.start.minutes - _WELCOME_BEFORE <= minutes < first.start.minutes:
        return
    welcome = Block(
        subject.strip(" ,;:"),
        e.nos[0],
        # Said as the first block's clock reads it: the day's 12-hour reading is unchanged.
        start=ClockTime(minutes, True, start.ampm),
        end=first.start,
        description=said,
        rule=Rule.TITLE_FIRST,
    )
    day.blocks.insert(0, welcome)
    prog.used.update(e.nos)
    # The line's other sentences were not read: they stay listed so.
    prog.skipped = [(no, text) for no, text in prog.skipped if no not in e.nos]
    if rest:
        prog.skipped.append((e.nos[0], rest))
