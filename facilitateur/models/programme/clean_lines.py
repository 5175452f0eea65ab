"""What one physical line says once its marks are cleaned: spaces, Markdown emphasis, stars,
time zones and hours written as words or glued together made plain before the line is read."""

from __future__ import annotations

import re
from functools import lru_cache

from facilitateur.models.programme.times import ONLY_TIMES, RANGE_SEP, T1, T2, time_pattern

MAX_LINE = 5000
# Twenty-first round. Bold italics are three marks (`***Refreshment Break***`, `___Lunch___`):
# the third was left before the title.
_EMPHASIS = re.compile(r"\*\*\*?|___?|(?<![\w_])_(?=\w)|(?<=\w)_(?![\w_])")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")  # "## Jeudi 12 mars": the day, not "##"
# Forty-fourth round. A heading in wiki markup (`== March 11: team meeting day ==`, `=== Samedi
# ===`): the marks framing it are no words of the day; a note after them stays.
_WIKI_HEADING = re.compile(r"^\s*(={2,6})\s*(?P<head>[^=]+?)\s*\1(?=\s|$)")
# Thirty-seventh round. Words framed by runs of dashes on both sides (`-- -- -- Breakfast &
# Registration -- -- --`, `——— Déjeuner ———`: a row spanning a table's columns, a banner) are
# the words alone: a frame of two dashes or more a side is no word of the title, the whole cell
# or line framed, or all of it after its time. (One dash a side, `- Pause -`, may be a bullet
# and a dash before what follows: left as written.)
_DASHES = "-–—"
_DASH_FRAME = re.compile(
    r"^(\s*(?:\d[\w:.]*(?:\s?[-–]\s?\d[\w:.]*)?\s+)?)(?:[-–—]\s*){2,}(?=[^\W\d_])((?:(?![-–—]\s*[-–—]).)*?[\w).!?])(?:\s*[-–—]){2,}\s*$"
)
_ODD = re.compile(r"[\x00-\x1f\x7f-\x9f\u00a0\u202f]")


# A star glued to a line's first word, and no other star on the line (`*James L. Green, NASA
# Chief Scientist`, `*Monday, July 21`): the page's mark of a starred session ("Starred (*)
# sessions will be broadcast live"), not part of what is written.
# A star glued after a word (`Jane Smith*, CEO`, `Assemblée Générale* ordinaire`): a
# footnote's call, not part of the word.
_FOOTNOTE_STAR = re.compile(r"(?<=[^\W\d_])\*+(?=[\s,;:.)]|$)")
# Markdown emphasis with single stars: `16:00 *Break*`.
_STARRED = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_STAR_MARK = re.compile(r"^\s*\*(?=[^\s*][^*]*$)")
# Twenty-fifth round. Words set in bold or italics at the end of a line, after a title that is
# not (`**9:30 am**  Library Prep __Kristin Mars, PacBio__`, `9h Atelier *Marie Roux, AMAP*`),
# are a part of their own, most often who gives it: they are read as after a dash, not glued
# to the title. (Emphasis around a whole title, or a time alone in bold, marks no part.)
_EMPHASISED_END = re.compile(
    r"(?P<title>[^\W\d_][^*_]*?[\w).!?»”\"’])\s+(?P<mark>\*{1,3}|_{2,3})"
    r"(?P<part>[^\W\d_][^*_]*?[\w.)])(?P=mark)\s*$"
)


# A time zone in brackets before a line's first time says which clock the times follow, and
# is not a title: `(GMT) 08:00 Breakfast`, `(UTC+1) 9:00 Welcome`, `(heure de Paris) 9h`.
_ZONE_FIRST = re.compile(
    r"^\s*\((?:[A-Z]{2,5}(?:\s*[+\-−]\s*\d{1,2}(?::?\d\d)?)?|heure de \w+|\w+ time)\)\s*(?=\d)"
)


# A dash glued to a word in capitals opens a part as a dash and a space do: `–TABLE RONDE
# Avec …`, `-REACTIONS de …`, `–DEBAT` (not a negative number or `-30 %`).
_GLUED_DASH = re.compile(r"^\s*([-–—])(?=[A-ZÀ-ÖØ-Þ]{2})")


# Twelfth round. A word saying the whole day or a part of it, set apart by a tab or a wide
# gap where the other lines have their time (`Journée    Informations à venir`, `Morning\tBook
# fair`), is the time of what follows, as if written with a colon. (`Morning: …` alone under
# a day still reads as a part-of-day heading: that is how most programmes use it.)
_PART_OF_DAY_COLUMN = re.compile(
    r"^(\s*(?:toute la journ[ée]e|journ[ée]e|all[- ]day|matin(?:[ée]e)?|apr[èe]s-midi"
    r"|soir(?:[ée]e)?|morning|afternoon|evening))(?:\t|[ \u00a0]{2,})\s*(?=\w)",
    re.IGNORECASE,
)

_APPROX = r"(?:vers|around|about|approx\.?|approximately|env\.?|environ|ca\.|~)\s*"
# The first letters of those words, asked before the patterns (most lines start otherwise).
_APPROX_INITIALS = frozenset("vVaAeEcC~")
_APPROX_HEADS = ("ve", "ar", "ab", "ap", "en", "ca", "~", "≈")
_APPROXIMATE_RANGE = re.compile(
    r"^(?P<lead>\s*(?:[-–—•*]\s*)?)" + _APPROX + r"(?P<t1>" + time_pattern("v") + r")"
    r"(?P<sep>" + RANGE_SEP + r")(?:" + _APPROX + r")?(?P<t2>" + time_pattern("w") + r")(?=\s|$)",
    re.IGNORECASE,
)
# Twenty-ninth round. One time said approximate opening a line (`~5:30pm dinner`, `Vers 12h30
# Déjeuner`, `around 12:30 lunch`, `~noon lunch`) is that block's start, as the range above:
# the mark says the programme may drift, not that the line is a sentence.
_APPROXIMATE_START = re.compile(
    r"^(?P<lead>\s*(?:[-–—•*]\s*)?)" + _APPROX + r"(?=(?:" + time_pattern("s") + r"|noon|midi)"
    r"(?:\s|[:–—-]|$))",
    re.IGNORECASE,
)
# Forty-third round. `ish` after a space (`5:00 ish - Meal`, `5:00-7:00 ish- Community Stone
# Soup Meal`) says the time approximate as glued does: it belongs to the time, never to the title.
_ISH = re.compile(r"^(\s*(?:[-–—•*]\s*)?[~≈]?\d{1,2}(?:[:.h]\d\d)?(?:\s?[ap]m)?)\s?-?ish\b", re.I)
# Thirty-fourth round. A range's end said approximate, with `ish` or a word before it
# (`12:10ish-12:45ish – part two`, `11:00- about 12:10ish - part one`, `9h - vers 10h-ish`):
# the range runs to that time, and the mark is no word of the title (`ish – part two`).
_END_ISH = re.compile(
    r"^(\s*\d{1,2}(?:[:.h]\d\d|h)?(?:\s?[ap]m)?\s*[-–—]\s*)(?:" + _APPROX + r")?"
    r"(\d{1,2}(?:[:.h]\d\d|h)?(?:\s?[ap]m)?)\s?-?ish\b",
    re.I,
)
# Thirtieth round. The colon after the bracketed times (`(19h45-20h45) : Assemblée`) parts
# them from the title as the bracket does.
BRACKETED_TIMES_FIRST = re.compile(
    r"^\s*\(\s*(" + T1 + r"(?:" + RANGE_SEP + T2 + r")?)\s*\)\s*(?P<colon>:\s*)?(?=[^\W\d])",
    re.IGNORECASE,
)
_DASH_COLON = re.compile(r"(?<=\d:\d\d)\s*-\s*:(?=\d{1,2}:\d\d)")

# Fourteenth round. A range whose end is written as its minutes alone (`7:00-15 arrive and
# unpack`, `10:30-45 Pause`): a number of minutes, a multiple of five past the start's and
# above twelve (no hour of a 12-hour day), is the end in the start's hour.
_END_MINUTES = re.compile(r"^(\d{1,2})([:.])([0-5]\d)\s*([-–—])\s*([1-5][05])(?=\s+[^\W\d])")


def _end_with_its_hour(m: re.Match[str]) -> str:
    hour, sep, start, dash, end = m.groups()
    if int(hour) > 12 or int(end) <= max(int(start), 12):
        return m.group(0)
    return f"{hour}{sep}{start}{dash}{hour}{sep}{end}"


# Seventeenth round. Two hours each with its `h`, glued (`14H16H > Village`, `9h12h Atelier`):
# a range without its dash when the second is a later hour of the day; otherwise (`9h40h`,
# minutes and a stray `h`) the minutes are left as they are.
_GLUED_HOURS = re.compile(r"^(\d{1,2})\s*([hH])([0-2]\d?)\s*[hH](?=\s|[^\w]|$)")


def _glued_range(m: re.Match[str]) -> str:
    start, h, end = int(m.group(1)), m.group(2), int(m.group(3))
    if not start < end <= 24:
        return m.group(0)
    return f"{m.group(1)}{h}-{m.group(3)}{h}"


_UNKNOWN_END = re.compile(
    r"^(\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)?)\s*(?:[-–—]\s*)?\?{1,3}(?=\s)",
    re.IGNORECASE,
)


_DOUBLE_BULLET = re.compile(r"^(\s*)[-–—]\s+(?=[-–—•*]\s+\S)")

# Forty-third round. A range then its start again, ending the line (`10h - 10h45 10h`, `9:00
# - 9:45 9:00`): a table copied from a page with two time columns, the range and the start;
# the second start is the same time said twice, no title nor a block of its own, and is
# dropped.
_START_AGAIN = re.compile(
    r"^(?P<range>(?P<s>\d{1,2}(?:\s*[:.hH]\s*[0-5]\d|\s*[hH])?)\s*[-–—]\s*"
    r"\d{1,2}(?:\s*[:.hH]\s*[0-5]\d|\s*[hH])?)\s+(?P<again>\d{1,2}(?:[:.hH][0-5]\d|[hH]))"
    r"(?=\s|$)"
)


# Forty-third round. A slot said in words and nothing else, perhaps bulleted and with its
# colon (`• entre 14h et 15h15 :`, `Between 2:00 and 3:15 pm:`, `- de 9h à 10h30 :`): the
# heading of the parts listed under it, read as its range written with a dash.
_SLOT_IN_WORDS = re.compile(
    r"^\s*(?:[-–—•*·▪►]\s*)?(?:entre|between|de|from)\s+(?P<a>\d{1,2}(?:[:.hH][0-5]\d|\s?[hH])?"
    r"(?:\s?[ap]\.?m\.?)?)\s+(?:et|and|à|a|to)\s+(?P<b>\d{1,2}(?:[:.hH][0-5]\d|\s?[hH])?"
    r"(?:\s?[ap]\.?m\.?)?)\s*:\s*$",
    re.IGNORECASE,
)


# Forty-third round. Words, then one time, then a colon ending the line (`Ouverture et
# introduction 9h00 :`, `Welcome and introduction 9:00:`): a part titled first and timed
# after, the colon announcing who or what is listed under it; read as the title then its
# time, the colon dropped. (A range, or a time before the words, is read as it was.)
_TIME_LAST_THEN_COLON = re.compile(
    r"(?<=[^\W\d_])(?P<time>\s+\d{1,2}(?:[:.hH][0-5]\d|[hH])(?:\s?[ap]\.?m\.?)?)\s*:\s*$",
    re.IGNORECASE,
)


def _same_time(a: str, b: str) -> bool:
    """Two writings of one time of day (`10h`, `10h00`, `10:00`)."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return (da if len(da) > 2 else da + "00").lstrip("0") == (
        db if len(db) > 2 else db + "00"
    ).lstrip("0")


def start_said_again(text: str) -> str:
    """The line without the second writing of its range's start (`10h - 10h45 10h`)."""
    m = _START_AGAIN.match(text)
    if m is None or not _same_time(m["s"], m["again"]):
        return text
    return m["range"] + text[m.end() :]


# Twentieth round. Hours written in words at the start of a line (`11 heures : Discours`, `De
# 11 heures à 12h30, salle B : Ciné-débat`, `De 11 à 16 heures : Ateliers`, `From 10 o'clock
# to 12:30: Visit`) are times as `11h`, `16h` or `10:00` are: the word is the unit. Read so
# only where a time is expected: right after a bullet, `de`, `à`, `dès`, `from`, `at` opening
# the line, or before a colon, a dash or the range's `à`; `2 heures de marche` stays words.
_WORD_HOUR = r"(?P<h>\d{1,2})\s*(?:heures?|o['’]clock)(?:\s*(?P<m>[0-5]\d)\b)?"
_HOURS_IN_WORDS = re.compile(
    r"^(?P<lead>[\s•·▪►*–—-]*(?:(?:de|dès|à|a|from|at)\s+)?"
    r"(?:\d{1,2}(?:\s*[h:.]\s*[0-5]?\d?)?\s*(?:à|a|-|–|to)\s*)?)" + _WORD_HOUR + r"(?P<after>.?)",
    re.IGNORECASE,
)
_BARE_START = re.compile(
    r"^(?P<lead>[\s•·▪►*–—-]*(?:de|from)\s+)(?P<h>\d{1,2})(?=\s+(?:à|to)\s+\d{1,2}[h:])", re.I
)


def _word_hour(m: re.Match[str]) -> str:
    clock = m.group(0)[len(m["lead"]) :].lower()
    unit = f":{m['m'] or '00'}" if "clock" in clock else f"h{m['m'] or ''}"
    return f"{m['lead']}{m['h']}{unit}{m['after']}"


def hours_in_words(text: str) -> str:
    """`De 11 heures à 12h30` → `De 11h à 12h30`, `De 11 à 16 heures` → `De 11h à 16h`,
    `10 o'clock` → `10:00`, where a line opens with its times (see _HOURS_IN_WORDS)."""
    for _ in range(2):  # the start, then the end of a range
        m = _HOURS_IN_WORDS.match(text)
        if m is None:
            break
        opened = m["lead"].strip(" •·▪►*–—-") != "" or m["after"] in (":", " ", "-", "–", ",")
        if not opened:
            break
        if not m["lead"].strip(" •·▪►*–—-") and m["after"] == " ":
            rest = text[m.end() :].lstrip()
            if rest[:1] not in (":", "-", "–", "—") and not re.match(r"(?:à|to)\s+\d", rest, re.I):
                break  # `2 heures de marche`: a duration
        text = text[: m.start()] + _word_hour(m) + text[m.end() :]
    return _BARE_START.sub(r"\g<lead>\g<h>h", text, count=1) if "h" in text[:30] else text


# Twenty-sixth round. A page's anchor or tag glued before a title (`7:00 PM  #food Food begins`,
# `9h #atelier Atelier vélo`): a lower-case word after `#`, first on the line or right after its
# times, then a capitalised title. It links the row to a section of the page and is not read.
_TAG_BEFORE_TITLE = re.compile(
    r"^(?P<lead>[\d\s:.,hH\-–—]*(?:[AaPp]\.?[Mm]\.?\s+)?)#[^\W\d_A-Z][\w-]*\s+(?=[A-ZÀ-ÖØ-Þ])"
)


# Twenty-ninth round. A 12-hour time whose `am`/`pm` is glued to the title's first word, the
# space between the cells lost (`8:00ambreakfast`, `9:00amEvan welcoming speech`,
# `5pmretreat adjourns`): the mark ends the time and the title starts after it. Only where the
# line opens with the time (perhaps approximate, `~5:30pmdinner`), and only before two letters
# or more, so that no word is cut elsewhere.
# Thirtieth round. Noon said approximate is such a time too (`~noonlunch`): with its mark
# only, a word may start with `noon` (`noonday`).
_GLUED_MERIDIEM = re.compile(
    r"^([~≈]?\d{1,2}(?:[:.]\d\d)?\s?[aApP][mM]|[~≈](?i:noon))(?=[^\W\d_]{2})"
)

# Thirty-first round. The half of the day said by its letter alone, glued to the minutes
# (`9:00 - 9:10a Welcome`, `1:30p-2:45p Talks`, `9:10a Keynote`): `a` is am and `p` pm, no word
# of the title. Only on the times opening a line, the minutes written, a space after them.
_HALF_DAY_LETTER = re.compile(
    r"^\d{1,2}[:.]\d\d[aApP]?(?:\s*[-–—]\s*\d{1,2}[:.]\d\d[aApP]?)?(?=\s)"
)
_LETTER_AFTER_MINUTES = re.compile(r"(?<=[:.]\d\d)([aApP])")

# Thirty-first round. Pictographs (`🎲`, `🍻 Happy Hour🍻`, `pique-nique 🧺🥖`), with their
# skin tones and joiners, decorate a title: no word of it. Said by the characters' block, never
# by a list of them; arrows and dingbats, which may mark a bullet or lead to a title (`➡`, `►`,
# `✔`), are left to the rules that read them. Taken off the titles once read, not the lines:
# a pictograph opening a line may head a part of the page (`🍕 Food` over the details).
_PICTOGRAPHS = re.compile(r"\s*[\U0001F300-\U0001FAFF][\U0001F300-\U0001FAFF\uFE0F\u200D]*")


def without_pictographs(title: str) -> str:
    """The title without the pictographs decorating it (`🍻 Happy Hour🍻` → `Happy Hour`);
    the title as written when it is nothing else."""
    if title.isascii() or not _PICTOGRAPHS.search(title):
        return title
    left = " ".join(_PICTOGRAPHS.sub(" ", title).split())
    return re.sub(r"\s+(?=[,.)])", "", left) or title  # `pique-nique 🧺🥖, danses`


# Thirty-fourth round. A point's number in its own column, padded from the time after it
# (`1    20H30 : Présentation`, `3⇥14:00 Budget`), as an order of the day is copied from a
# table: the number orders the points, the time starts the block, as `1. 20h30` does.
_POINT_COLUMN = re.compile(r"^\s*\d{1,2}(?:\s{3,}|\t\s*)(?=\d{1,2}\s*[hH:.]\s*[0-5]\d)")


# Forty-first round. A page's path of links copied above its text (`Votre mairie / Actualités
# / Le Conseil municipal se réunira …`, `Home / News / Annual meeting on May 4`): two links or
# more, each a few capitalised words, then the page's own title, longer than each of them.
# The path is no part of the title: the title alone is kept.
_BREADCRUMBS = re.compile(
    r"^\s*(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*\.?(?:[ '’-][^\s/]+){0,2}\s+/\s+){2,}"
    r"(?=[^/]*?\S(?:\s+\S+){3,}[^/]*$)"
)


# Asked of every line and of every cell of a table, the same lines again when a programme
# repeats its days: the answers are kept (the reading is the text's alone).
@lru_cache(maxsize=4096)
def clean_line(raw: str) -> str:
    """Spaces collapsed; control characters, odd spaces, a starred line's mark, Markdown
    emphasis and a time zone before the first time dropped."""
    if "\t" in raw or "  " in raw or "\u00a0" in raw:  # the gap the pattern needs, asked first
        raw = _PART_OF_DAY_COLUMN.sub(r"\1 : ", raw, count=1)
        if raw.lstrip()[:1].isdigit():
            raw = _POINT_COLUMN.sub("", raw, count=1)
    text = raw.replace("\ufeff", "")
    if not text.isprintable():  # every odd character is unprintable: asked first
        text = _ODD.sub(" ", text)
    if "#" in text:
        text = _MARKDOWN_HEADING.sub("", text)
    if text.lstrip()[:2] == "==" and (wiki := _WIKI_HEADING.match(text)):
        text = wiki["head"] + text[wiki.end() :]
    if " / " in text and not text[:1].isdigit() and (path := _BREADCRUMBS.match(text)):
        text = text[path.end() :]
    if text.endswith("\\") and not text.endswith("\\\\"):
        # Fortieth round. One backslash ending a line is Markdown's forced line break
        # (`Lunch/free time\`), a mark of the page's source, never a word of the title.
        text = text[:-1].rstrip()
    if text.lstrip().startswith("("):
        text = _ZONE_FIRST.sub("", text)
        # Nineteenth round. A line opening with its times in brackets (`(4:00-7:00 pm) Craft
        # Fair`, `(9h-12h) Atelier`) starts a block as the times without them do.
        text = BRACKETED_TIMES_FIRST.sub(r"\1 ", text, count=1)
    elif text.lstrip()[:1] in "-–—":
        # Eighteenth round. A bullet typed twice (`- - 9h30`, `– • Accueil`: a page whose
        # cells were each made a list item, a list inside a list) marks one item.
        if _DOUBLE_BULLET.match(text):
            text = _DOUBLE_BULLET.sub(r"\1", text, count=1)
        if _GLUED_DASH.match(text):
            text = _GLUED_DASH.sub(r"\1 ", text)
    if (
        (text[:1].isdigit() or text[:1] in ("~", "≈"))
        and ("m" in text[1:10] or "M" in text[1:10] or text[1:5].lower() == "noon")
        and (glued := _GLUED_MERIDIEM.match(text))
    ):
        text = f"{glued[1]} {text[glued.end() :]}"
    if text.lstrip(" -–—•*")[:1] in _APPROX_INITIALS and text.lstrip(" -–—•*")[
        :2
    ].lower().startswith(_APPROX_HEADS):
        if approx := _APPROXIMATE_RANGE.match(text):
            # Nineteenth round. A range whose ends are each said approximate (`- Vers 12H45 -
            # Vers 14H15`, `around 6:00 - around 7:30 pm`, `~9h - ~10h`) runs between them.
            text = (
                f"{approx['lead']}{approx['t1']}{approx['sep']}{approx['t2']}{text[approx.end() :]}"
            )
        elif approx := _APPROXIMATE_START.match(text):
            text = f"{approx['lead']}{text[approx.end() :]}"
    if (
        text[:1].isdigit()
        and (half := _HALF_DAY_LETTER.match(text))
        and _LETTER_AFTER_MINUTES.search(half[0])
    ):
        text = _LETTER_AFTER_MINUTES.sub(r"\1m", half[0]) + text[half.end() :]
    if text[:1].isdigit() and "ish" in text[:16]:
        text = _ISH.sub(r"\1", text, count=1)  # `~12:00-ish - Lunch`: approximate too
    if text[:1].isdigit() and "ish" in text[5:30]:
        text = _END_ISH.sub(r"\1\2", text, count=1)
    if "eure" in text[:40] or "clock" in text[:40]:
        text = hours_in_words(text)
    if text[:1].isdigit() and "?" in text[:16]:
        # Fifteenth round. An end written `??` (`18:00   ??   Posters`, `6:00 - ?? Banquet`,
        # `18h – ? Apéro`) is not known: the block has its start alone.
        text = _UNKNOWN_END.sub(r"\1 ", text, count=1)
    if text[:1].isdigit() and (text[1:2] in "hH" or text[2:3] in "hH"):
        text = _GLUED_HOURS.sub(_glued_range, text, count=1)
    if text[:1].isdigit() and text[-1:] in "0123456789hH" and len(text) <= 30:
        text = start_said_again(text)
    if text.rstrip()[-1:] == ":":
        if (slot := _SLOT_IN_WORDS.match(text)) and re.search(
            r"\d\s?[hH:.]|[ap]\.?m", slot[0], re.IGNORECASE
        ):
            text = f"{slot['a']}-{slot['b']} :"
        elif not text[:1].isdigit() and (last := _TIME_LAST_THEN_COLON.search(text)):
            text = text[: last.start()] + last["time"]
        elif text[:1].isdigit() and len(text) <= 40 and ONLY_TIMES.match(text.rstrip()[:-1]):
            # Forty-fourth round. Times alone closed by a colon (`14h00 - 15h40:`, `9:00 -
            # 10:30 am :`) say what the lines under them give, as the times alone would: the
            # colon is no title (it was read as a block titled by its end, `15h40:`).
            text = text.rstrip()[:-1].rstrip()
    if text[:1].isdigit() and ":" in text[:12]:
        # Fourteenth round. A colon typed after a range's dash (`8:15-:9:15 Session 1`) is a
        # slip: the end is the time after it.
        text = _DASH_COLON.sub("-", text, count=1)
        text = _END_MINUTES.sub(_end_with_its_hour, text, count=1)
    if text.rstrip().endswith(("*", "__")) and (end := _EMPHASISED_END.search(text)):
        text = f"{text[: end.start('mark')].rstrip()} – {end['part']}"
    if "#" in text and (tag := _TAG_BEFORE_TITLE.match(text)):
        text = tag["lead"] + text[tag.end() :]
    if "*" in text:
        text = _STAR_MARK.sub("", _FOOTNOTE_STAR.sub("", _STARRED.sub(r"\1", text)))
    if "**" in text or "__" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    if text.rstrip()[-1:] in _DASHES and text.rstrip()[-1:]:
        text = _DASH_FRAME.sub(r"\1\2", text, count=1)
    return " ".join(text.split())[:MAX_LINE]
