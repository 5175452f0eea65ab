"""Speakers named outside the schedule: completed from a section about them below it (`À
propos des intervenants`, `About the speakers`: a paragraph per person giving their function
and body), or announced above it under a speakers' label for the one moment the programme
holds (`Avec comme témoins : …`, twenty-third round). Twenty-fifth round: a name the
programme already gives as a speaker's, ending another block's title after `with`/`by`, is that
person there too; a section below the schedule headed by a block's title names who gives it.
Forty-fourth round: a panel's people listed below the schedule go on its panel."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from facilitateur.models.programme.lines import BULLET, Entry, Line
from facilitateur.models.programme.model import Block, Item, Programme
from facilitateur.models.programme.name_lines import a_bare_name, names_sharing_description
from facilitateur.models.programme.people import (
    SPEAKER_LABEL,
    Speaker,
    labelled_speakers,
    make_speaker,
    named_beyond_doubt,
    person,
)
from facilitateur.models.programme.roles_and_bodies import clean, is_role
from facilitateur.models.programme.words import kind_of
from facilitateur.models.text.folding import fold

# Seventeenth round. A heading announcing who the speakers are (`A propos des Speakers :`,
# `À propos des intervenants`, `About the speakers`, `Speaker bios`, `Les intervenants`).
_ABOUT_SPEAKERS = re.compile(
    r"^(?:(?:a propos|au sujet) (?:des|de nos)|about (?:the|our)|(?:les|nos|our|the)"
    r"|biographies? des|bios? des|meet the)?\s*(?:speakers?|intervenant(?:e|s|es)?"
    r"|orat(?:eurs?|rices?)|conferencier(?:e|s|es)?|panelists?|panelistes?|presenters?)"
    r"(?:['’]? bios?| biographies?)?$"
)
# `Name : first sentence …` or `Name – …`, one paragraph per person.
_BIO = re.compile(r"^(?P<name>[^:–—]{3,60}?)\s*[:–—]\s*(?P<bio>\S.*)$")
# Where the first sentence ends: a full stop before a capital.
_SENTENCE_END = re.compile(r"\.(?:\s+(?=[A-ZÀ-ÖØ-Þ])|\s*$)")
# The function held at a body: `Software Security Consultant chez Fortify Software`.
_AT_BODY = re.compile(r"\s+(?:chez|at|with)\s+(?:the\s+)?(?=[A-ZÀ-ÖØ-Þ])")
_IS = re.compile(r"^(?:est|is|, )\s*", re.IGNORECASE)


def complete_from_bios(prog: Programme, lines: list[Line]) -> None:
    """Seventeenth round. Under a heading about the speakers, a paragraph opening with the
    name of a speaker already read, then a colon and a first sentence naming a function
    (`Renaud Bidou : Directeur Technique de DenyAll. Il travaille …`, `Claudio Merloni :
    Claudio Merloni est Software Security Consultant chez Fortify Software. …`, `Jane Smith:
    Jane is Director at the Leeds Food Bank.`) gives that speaker their role, and the body
    after `chez`/`at` their organisation. Speakers given a role or body in the schedule keep
    it; a paragraph naming no function gives nothing."""
    paragraphs: list[str] | None = None
    for line in lines:
        if paragraphs is not None:
            paragraphs.append(line.text)
            continue
        # The heading may be joined to the first paragraph (`A propos des Speakers : Renaud
        # Bidou : …`) when the paragraph was read as its continuation.
        head, colon, rest = line.text.partition(":")
        if len(head) <= 40 and _ABOUT_SPEAKERS.match(fold(head).strip()):
            paragraphs = [rest.strip()] if colon and rest.strip() else []
    if not paragraphs:
        return
    bare = {fold(sp["name"] or ""): sp for sp in _speakers(prog) if not sp["role"]}
    bare = {name: sp for name, sp in bare.items() if name and not sp.get("organisation")}
    for text in paragraphs:
        m = _BIO.match(text)
        if not m or (sp := bare.get(fold(clean(m["name"])))) is None:
            continue
        end = _SENTENCE_END.search(m["bio"])
        sentence = m["bio"][: end.start()] if end else m["bio"]
        name = clean(m["name"])
        for said in (name, *name.split()[:1]):
            if sentence.startswith(said + " "):
                sentence = _IS.sub("", sentence[len(said) :].strip(), count=1)
                break
        if len(sentence.split()) > 12 or not is_role(sentence):
            continue
        role, org = sentence, None
        if at := _AT_BODY.search(sentence):
            role, org = clean(sentence[: at.start()]), clean(sentence[at.end() :])
        sp["role"] = clean(role)
        if org:
            sp["organisation"] = org


def _speakers(prog: Programme) -> Iterable[Speaker]:
    for day in prog.days:
        for block in day.blocks:
            yield from block.speakers
            for item in block.items:
                yield from item.speakers


# Twenty-third round. Kinds of moments no one gives: people announced above the schedule are
# not theirs.
_GIVEN_BY_NO_ONE = {"meal", "break", "social"}


def people_before_schedule(items: list[Entry], prog: Programme) -> None:
    """Twenty-third round. A programme holding one moment (a debate, a talk, a café) and,
    above its schedule, one line naming people after a speakers' label (`Avec comme témoins :
    A et B de l’Association X – C et D du dispositif Y`, `Speakers: Jane Smith (Acme), Tom
    Reed`): they are that moment's speakers, and the line is read. With two moments or more,
    or a moment already given by someone, or a meal or a break, nothing is given (whose they
    are is not said); two such lines, and nothing either."""
    blocks = [b for d in prog.days for b in d.blocks]
    if len(blocks) != 1 or blocks[0].speakers or blocks[0].kind in _GIVEN_BY_NO_ONE:
        return
    block = blocks[0]
    found = [
        (e, people)
        for e in items[:60]
        if e.nos[0] < block.line
        and SPEAKER_LABEL.match(e.text)
        and (people := labelled_speakers(e.text[:2000]))
    ]
    if len(found) != 1:
        return
    entry, people = found[0]
    block.speakers = people
    prog.used.update(entry.nos)
    prog.skipped = [(no, t) for no, t in prog.skipped if no not in entry.nos]


# A word linking a list's entries before the name (`Enfin, Pascale D’ERM, …`, `Finally, …`).
_LINKING_WORD = re.compile(
    r"^(?:enfin|puis|ensuite|et|aussi|finally|then|and|also|lastly)\s*,?\s+(?=[A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE,
)
# What they will say, run on after their function without a full stop (`… depuis vingt ans
# nous parlera de …`, `…, Acme, will talk about …`).
_THEN_SPEAKS = re.compile(
    r"\s+(?:nous|vous|qui|will|who)\s+(?:parler|présenter|expliquer|dir|talk|present|speak|"
    r"explain|share)\w*\b.*$"
)


def people_bulleted_before(items: list[Entry], prog: Programme) -> None:
    """Forty-third round. A programme holding one moment and, above its schedule, a bulleted
    list whose every entry opens with a person named beyond doubt, then their function or body
    after a comma, then perhaps sentences about them (`• Catherine BASSANI, présidente de
    l’Edenn. L’Edenn est …`, `• Enfin, Pascale D’ERM, journaliste, … nous parlera de …`,
    `- Jane Smith, Director, Leeds Food Bank. She will …`): they are that moment's speakers,
    each with what follows their name up to the end of that sentence. Two entries at least;
    one bullet above that is no such person (an address, a price), and nothing is given."""
    blocks = [b for d in prog.days for b in d.blocks]
    if len(blocks) != 1 or blocks[0].speakers or blocks[0].kind in _GIVEN_BY_NO_ONE:
        return
    block = blocks[0]
    bullets = [
        (e, m["rest"])
        for e in items[:60]
        if e.nos[0] < block.line and (m := BULLET.match(e.text.strip()))
    ]
    if len(bullets) < 2:
        return
    people: list[Speaker] = []
    for _, rest in bullets:
        said = _LINKING_WORD.sub("", rest[:2000])
        first = _THEN_SPEAKS.sub("", _SENTENCE_END.split(said, 1)[0])
        sp = person(first, strict=False)
        if (
            sp is None
            or not said.startswith(sp["name"] or "\0")
            or not named_beyond_doubt(sp["name"] or "", False)
            or not (sp["role"] or sp["organisation"])
        ):
            return
        people.append(sp)
    block.speakers = people
    used = {no for e, _ in bullets for no in e.nos}
    prog.used.update(used)
    prog.skipped = [(no, t) for no, t in prog.skipped if no not in used]


def complete_from_above(items: list[Entry], prog: Programme) -> None:
    """Twenty-third round. A speaker read in the schedule by their name alone (`18h00
    intervention de Jean-Louis Bianco sur « … »`), named beyond doubt, whom the text above the
    schedule names with their function or body (`en présence de Jean-Louis Bianco, Président
    de l’Observatoire de la Laïcité.`, `with Jane Smith, Director of the Leeds Food Bank`),
    gets that function and body. Only a name followed by its comma there; a name written twice
    above with different functions gives nothing."""
    blocks = [b for d in prog.days for b in d.blocks]
    if not blocks:
        return
    first = min(b.line for b in blocks)
    # The lines above, joined: a name may end one line and its function open the next.
    above = [" ".join(e.text[:2000] for e in items[:60] if e.nos[0] < first)]
    for sp in _speakers(prog):
        name = sp["name"] or ""
        if sp["role"] or sp.get("organisation") or not named_beyond_doubt(name, False):
            continue
        said = {
            (found["role"], found["organisation"])
            for text in above
            for at in _places_of(text, name + ",")
            if (found := person(_SENTENCE_END.split(text[at:], 1)[0], strict=False)) is not None
            and found["name"] == name
            and (found["role"] or found["organisation"])
        }
        if len(said) == 1:
            sp["role"], sp["organisation"] = said.pop()


def _places_of(text: str, words: str) -> Iterable[int]:
    at = text.find(words)
    while at >= 0:
        yield at
        at = text.find(words, at + 1)


# Twenty-fifth round. The end of a title naming who gives it: `… with Huston Gibson`, `… par
# Anne Roux`.
_ENDING_WITH_NAME = re.compile(
    r"\s(?:with|by|avec|par)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3})"
    r"\s*[.)]?$"
)


_SAID_BY = re.compile(r" (?:with|by|avec|par) ")


def _parts(prog: Programme) -> Iterator[Block | Item]:
    for day in prog.days:
        for block in day.blocks:
            yield block
            yield from block.items


def named_again(prog: Programme) -> None:
    """Twenty-fifth round. A block or part whose title ends with `with`/`by`/`avec`/`par` and
    the full name of a speaker the programme reads elsewhere (`Welcome from Ann Lee, Tom Reed
    and Huston Gibson, KSU` … `Recap of the village vision with Huston Gibson`) is given by
    that person, though their given name is not a known one: the programme itself vouches for
    the name. A name it gives nowhere else, and moments no one gives (a meal, a break), get
    no one."""
    ending = [
        (part, m)
        for part in _parts(prog)
        if not part.speakers
        and _SAID_BY.search(part.title)
        and (m := _ENDING_WITH_NAME.search(part.title))
    ]
    if not ending:
        return
    known = {fold(sp["name"] or ""): sp["name"] for sp in _speakers(prog)}
    for part, m in ending:
        name = known.get(fold(m["name"]))
        if (
            name
            and len(name.split()) >= 2
            and (part.kind or kind_of(part.title)) not in _GIVEN_BY_NO_ONE
        ):
            part.speakers.append(make_speaker(name))


# Twenty-fifth round. Who gives a moment, said in a sentence: the people, then the verb
# (`A et B, responsables de …, animeront cette conférence`, `Ann Lee, CEO of Acme, will lead
# the session`).
_THEN_GIVES = re.compile(
    r",?\s+(?:animeront|animera|présenteront|présentera|interviendront|interviendra"
    r"|will (?:lead|present|give|host|moderate|facilitate|run|speak))\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ])")


def people_of_a_section_below(prog: Programme) -> None:
    """Twenty-fifth round. Below the schedule, a heading repeating the title of a block no one
    gives, then a paragraph whose sentence names people then what they do there (`Conférence
    sur la scolarité` … `Marie Dupont et Claire Roux, responsables de la commission …,
    animeront cette conférence.`, `Ann Lee, CEO of Acme, will lead the session.`): they give
    that block, with what is said of them. The heading and its paragraph, read as a part and
    the description of the day's last block, go to the block they describe."""
    for day in prog.days:
        if len(day.blocks) < 2:
            continue
        last = day.blocks[-1]
        found = [
            (item, block)
            for item in last.items
            for block in day.blocks[:-1]
            if not block.speakers and fold(clean(block.title)) == fold(clean(item.title))
        ]
        if len(found) != 1:
            continue
        item, block = found[0]
        if item.speakers:
            # The paragraph read as the people of that part (`Ann Lee, director of …, will
            # lead the session.` under it): they are the block's.
            block.speakers, item.speakers = item.speakers, []
            last.items.remove(item)
            continue
        people = next(
            (p for sentence in _SENTENCE.split(last.description) if (p := _givers(sentence))),
            [],
        )
        if people:
            block.speakers = people
            last.items.remove(item)
            block.description = " ".join(x for x in (block.description, last.description) if x)
            last.description = ""


def _givers(sentence: str) -> list[Speaker]:
    """The people a sentence names before the verb saying they give a moment; [] when none."""
    if not (verb := _THEN_GIVES.search(sentence)):
        return []
    who = sentence[: verb.start()].strip()
    if shared := names_sharing_description(who):
        return shared
    sp = person(who, strict=False)
    return [sp] if sp and a_bare_name(sp["name"] or "") else []


def once_in_a_block(prog: Programme) -> None:
    """Thirtieth round. A person named again in a later part of the same block with nothing
    more said of them (the talks, then the panel where the same speakers sit: `[Presentations]
    Stuart Russell …` then `[Panel discussion] Stuart Russell …`) is one speaker of the block,
    called once: the first mention stays, the later ones go. A later mention giving another
    function or body (`Ann Lee` then `Ann Lee, MC`) says something new, and stays."""
    for day in prog.days:
        for block in day.blocks:
            if not block.items:
                continue
            seen = {_said(sp) for sp in block.speakers}
            for item in block.items:
                kept = []
                for sp in item.speakers:
                    said = _said(sp)
                    bare = (said[0], None, None)
                    if said in seen or (said == bare and any(s[0] == said[0] for s in seen)):
                        continue
                    seen.add(said)
                    kept.append(sp)
                if len(kept) != len(item.speakers):
                    item.speakers = kept


def _said(sp: Speaker) -> tuple[str, str | None, str | None]:
    return fold(sp["name"] or ""), sp.get("organisation"), sp.get("role")


def people_below_to_their_panel(prog: Programme, lines: list[str]) -> None:
    """Forty-fourth round. People listed below a day's schedule (`Moderator: …` and the
    panelists after the last timed line) are read into its last block; when that block is a
    moment no one presents (questions, a break, a meal, a closing) and the day holds one
    panel nobody gives (`9:00am-Panel Presentations`, `10:00am-Questions, Comments and
    Dialogue`), they are that panel's. The last block's own line must name none of them."""
    for day in prog.days:
        if len(day.blocks) < 2:
            continue
        last = day.blocks[-1]
        if not last.speakers or not 0 < last.line <= len(lines):
            continue
        own = lines[last.line - 1]
        if kind_of(own) not in _NO_ONE_PRESENTS or any(
            (sp["name"] or "\0") in own for sp in last.speakers
        ):
            continue
        panels = [b for b in day.blocks[:-1] if not b.speakers and kind_of(b.title) == "panel"]
        if len(panels) == 1:
            panels[0].speakers, last.speakers = last.speakers, []


# The kinds of moment no one presents: who is listed under them belongs elsewhere.
_NO_ONE_PRESENTS = frozenset({"q_and_a", "break", "meal", "closing"})
