"""Who speaks, read from a block's title or from a line under it: a person after `par`/`by`,
a kind then a person, a function then a name, names joined by `et`/`and`/`with`, a name ending
a title after a dash (the rules of docs/programme-import.md); a person after a word of
their own (`par`, `by`, `de`, `with`, `from`) is read in `said_by`, a function before a name
in `function_first`. Used by the text reader (text_parser.Reader), which places these lines in
the day."""

from __future__ import annotations

import re
from functools import lru_cache

from facilitateur.models.programme.bracket_people import (
    authors_with_bodies,
    bracketed_people,
    listed_in_brackets,
    people_by_their_function,
    room_in_bracket,
)
from facilitateur.models.programme.function_first import (
    function_then_named,
    function_then_person,
    offices_then_holders,
    plural_function_names,
)
from facilitateur.models.programme.given_from_body import given_name_from_body
from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.name_lines import (
    PLACE_KINDS,
    a_brand,
    function_then_name_after_dash,
    kind_comma_people,
    kind_then_people,
    people_in_parts,
    people_run_on,
    title_then_capital_names,
)
from facilitateur.models.programme.people import (
    CIVILITY,
    NAME_FR,
    SPEAKER_LABEL,
    Speaker,
    label_role,
    labelled_speakers,
    lead_role,
    make_speaker,
    named_beyond_doubt,
    named_then_function,
    person,
    speaker_list,
    topic_and_person,
)
from facilitateur.models.programme.people import (
    COMMON_WORDS as _NOT_NAMES,
)
from facilitateur.models.programme.roles_and_bodies import (
    clean,
    is_role,
    looks_like_org,
)
from facilitateur.models.programme.said_by import (
    CIVIL_LEAD,
    FUNCTION_THEN_NAME,
    ORG_ANYWHERE,
    SCREENING,
    by_people,
    name_ending_title,
)
from facilitateur.models.programme.times import (
    TIME_BULLET,
    duration_minutes,
)
from facilitateur.models.programme.topic_people import (
    introduces_speakers,
    names_body,
    title_then_person,
    topic_then_people,
)
from facilitateur.models.programme.words import (
    is_place,
    kind_of,
)
from facilitateur.models.text.folding import fold

_BY_PERSON = re.compile(
    rf"^(?P<title>.+?)\s+(?:de|d['’]|par|by|with|avec)\s*(?P<who>(?:{CIVILITY})?[A-ZÀ-ÖØ-Þ].*)$"
)
_TRAILING_PERSON = re.compile(r"^(?P<title>.+?)\s*\((?P<who>[^()]+)(?:\)\s*|$)$")
# " - Name (Organisation), Name (Organisation) & …" after a title.
_TRAILING_LIST = re.compile(r"\s+[-–—]\s+(?=[A-ZÀ-ÖØ-Þ])")
SENTENCE = re.compile(r"[?!]|\.\s*$")
# Where a block line holds several sentences (a day copied as one paragraph).
SENTENCES = re.compile(
    r"(?<=[a-zà-ÿ0-9)»]{2})(?<!\bProf)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bPr)"
    r"(?<!\bMme)(?<!\bJr)(?<!\bvs)(?<!\bcf)\.\s+(?=[A-ZÀ-ÖØ-Þ])"
)  # not after a title or an abbreviation: "Prof. John Doe"
_COUNT_TIMES_LENGTH = re.compile(r"\(\s*\d+\s*[x×]\s*\d+\s*(?:min|minutes|mn)\b[^()]*\)")
# Forty-first round: or lengths added up, the last one for questions (`(20 mins + 5 mins
# Q&A)`, `(30 min + 10 min de questions)`): a length still, never a speaker's body.
_DURATION_TEXT = re.compile(
    r"[\[(]\s*(?:env\.?|environ|approx\.?|about|ca\.?|~)?\s*"
    r"(?:\d[^\])]*(?:mn|mins?|minutes?|h\s*\d*|\d['’′])"
    r"(?:\s+(?:de\s+|of\s+)?(?:Q\s*&\s*A|questions?|discussion|d[ée]bat|[ée]changes?))?"
    r"|[1-3]/[24]\s*h)\s*\??\s*[\])]",
    re.IGNORECASE,
)
# Heads after which a plain `Name` is a speaker: "Invited Speaker: Joey Jones".
_TALK_HEAD = re.compile(
    r"\b(?:speakers?|keynote|paper|talk|lecture|address|presentation|intervention|conference"
    r"|temoignage|expose|invite|invited"
    # Nineteenth round. What someone says to open or close (`Introductory remarks: Sandy
    # Pentland`, `Mot d’accueil : Anne Leroy`, `Clôture : …`).
    r"|remarks|welcome|opening|closing|conclusions?|allocutions?|mots? d'accueil|ouverture"
    r"|cloture|synthese|wrap-up)\b"
)
# Words of titles that two capitalised words never mean a person ("Opening Remarks").
_NOT_NAMES_OLD = re.compile(
    r"\b(?:remarks?|address|session|sessions|group|groups|track|room|hall|tour|visit|open"
    r"|day|night|reception|awards?|ceremony|review|update|meeting|program|programme|overview"
    r"|introduction|summary|discussion|networking|exhibits?|posters?|gallery|lab|case|study"
    r"|studies|project|projects|panel|forum|presentations?|paper|papers|break|lunch|dinner"
    r"|day|wall|history|courses?|tutorials?|registration|plenary|workshops?|ateliers?)\b"
)

STANDALONE_KINDS = {"break", "meal", "welcome", "closing"}
BULLETED = re.compile(r"^" + TIME_BULLET + r"\s*")


def _title_speakers(title: str, who: str) -> tuple[str, list[Speaker]] | None:
    people = speaker_list(who)
    if not people:
        return None
    return clean(title), people


_GLUED_COMMA = re.compile(r"(?<=[»”\")]),(?=[^\W\d_])")
# A remark in brackets, in lower case and of two words or more, then a capitalised title.
_ASIDE_FIRST = re.compile(r"^\((?=[a-zà-ÿ])[^()]*\s[^()]*\)\s+(?=[A-ZÀ-ÖØ-Þ])")


def title_and_speakers(text: str) -> tuple[str, list[Speaker], int | None]:
    """A block or item title, the speakers written in it, and a duration in brackets.

    The title is never empty: when taking the speakers or the duration out would leave
    nothing, the text stays the title as written.
    """
    # Fifteenth round. A programme repeats its titles (a session every day, `Pause café`
    # twice a day), and one line is read here by several readings: the answer is kept, and
    # copies of the speakers handed out since callers complete the speakers they get.
    title, speakers, minutes = _title_and_speakers(text)
    return title, [{**sp} for sp in speakers], minutes


@lru_cache(maxsize=4096)
def _title_and_speakers(text: str) -> tuple[str, tuple[Speaker, ...], int | None]:
    title, speakers, minutes = _read_title_and_speakers(text)
    if (
        len(speakers) == 1
        and not speakers[0]["role"]
        and (by := _BY_FUNCTION.search(title))
        and is_role(by["role"])
    ):
        # Twenty-seventh round. The title ends with `par`/`by` and a function with its
        # article, the person named after it (`Ouverture par la déléguée élue de région :
        # Marie-Ange Louvet`, `Welcome by the Mayor: Jane Smith`): the function is their role.
        speakers = [{**speakers[0], "role": clean(by["role"])}]
    return title, tuple(speakers), minutes


_BY_FUNCTION = re.compile(
    r"\b(?:par|by)\s+(?:le|la|l['’]|the|our|notre|votre|your)\s*(?P<role>[^,:;()]+?)\s*$",
    re.IGNORECASE,
)


# Twenty-seventh round. Labels numbered in words or figures, each before a colon and a person
# (`1er témoin : Jean Dupont, éleveur 2e témoin : Anne Roux, maraîchère`, `First speaker: Ann
# Lee, farmer; second speaker: Tom Reed`), part the people: each label starts the next one and
# is no word of the role before it. Two such labels at least, so that `1er prix : …` alone is
# read as before.
_ORDINAL_LABEL = re.compile(
    r"(?:^|(?<=[\s,;.]))(?:\d{1,2}\s?(?:er|re|ère|e|ème|eme|nd|st|rd|th)"
    r"|premi[eè]re?|deuxi[eè]me|troisi[eè]me|second[e]?|first|third)"
    r"\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s?:\s",
    re.IGNORECASE,
)


def people_after_ordinal_labels(text: str) -> tuple[str, list[Speaker]] | None:
    """The title before numbered labels and the person after each, or None."""
    labels = list(_ORDINAL_LABEL.finditer(text))
    if len(labels) < 2:
        return None
    people: list[Speaker] = []
    for at, label in enumerate(labels):
        end = labels[at + 1].start() if at + 1 < len(labels) else len(text)
        found = speaker_list(text[label.end() : end].strip(" ,;"), single=True)
        if not found:
            return None
        people.extend(found)
    return clean(text[: labels[0].start()]).rstrip(" :,;") or text, people


def _subjects_listed(people: list[Speaker]) -> bool:
    """Thirty-fifth round. A bracket after a title listing several things, none of them named
    beyond doubt (`Representative reports (Land Use, Transportation, Treasurer, Foster
    Streetscape Plan, Library)`, `Rapports (Voirie, Budget, Plan Vélo)`), lists the subjects
    the block goes through, not people: no one is read from it. One name known beyond doubt
    among them (`(Ann Lee, Acme and Tom Reed)`) reads the bracket as before (precision: a
    subject read as a person is worse than a person missed)."""
    return len(people) >= 2 and not any(named_beyond_doubt(p["name"] or "", False) for p in people)


# Thirty-fifth round. A web page's label for a resource or its credits, then a colon (`Related
# LibGuide: Friends of Libraries by Maura Deedy`, `See also: …`, `Voir aussi : …`, `Photo :
# Claire Roux`, `Crédits photos : …`, `Source : …`): who made the resource, the picture or the
# page, never who speaks in the block.
_CREDITS = re.compile(
    r"^(?:related(?:\s+\w+){0,2}|see\s+also|read\s+more|voir\s+aussi|lire\s+aussi|[àa]\s+lire"
    r"|(?:cr[ée]dits?\s+)?photos?(?:\s+credits?)?|cr[ée]dits?(?:\s+photos?)?|illustrations?"
    r"|sources?|image|images)\s*:",
    re.IGNORECASE,
)


def credits_line(text: str) -> bool:
    """Whether a line is a page's label for a resource or its credits (see _CREDITS)."""
    return bool(_CREDITS.match(text))


def _read_title_and_speakers(text: str) -> tuple[str, list[Speaker], int | None]:
    text = clean(text) or text.strip() or "?"
    if _CREDITS.match(text):
        return text, [], None
    if numbered := people_after_ordinal_labels(text):
        return numbered[0], numbered[1], None
    if text.count("–") + text.count("—") >= 3 and (held := offices_then_holders(text)):
        return held[0], held[1], None  # `Reports – President – Ann Lee, Treasurer – …`
    if (aside := _ASIDE_FIRST.match(text)) and aside.end() < len(text):
        # Tenth round. A remark in brackets before the title (`(or however long it takes)
        # Team reports`, `(sous réserve) Visite du chantier`) says something of the block;
        # the title follows it. The remark is kept, after the title.
        text = f"{text[aside.end() :].strip()} {aside.group().strip()}"
    if _GLUED_COMMA.search(text):
        # Twenty-first round. A comma glued to the word after a closing quote or bracket
        # (`« De la défiance à la confiance »,par Jean Dupont, …`, `“Soils”,by Ann Lee`) is a
        # typing slip: it parts the title from what follows as a spaced comma does.
        text = _GLUED_COMMA.sub(", ", text)
    if text[:1] in "–—" and text[1:2] == " ":
        # Fifteenth round. A dash left after the time's own (`2:15 — — Ignite talks`, `9h –
        # – Accueil`) is a typing slip, no word of the title.
        text = text.lstrip("–— ") or text
    if _COUNT_TIMES_LENGTH.search(text):
        # Fifteenth round. A count times a length (`(3 x 20 minutes each)`) says the talks
        # the block holds, not its length: it stays in the title (see words.kind_and_word).
        return text, [], None
    minutes = duration_minutes(text)
    if minutes is not None or _DURATION_TEXT.search(text):
        # A length in brackets, even one not read as minutes (`(environ 20-25 mn)`), is the
        # part's length, never words of its title nor of a speaker's role.
        text = clean(_DURATION_TEXT.sub("", text)) or text
    title, speakers = text, list[Speaker]()
    head, sep, tail = text.partition(": ")
    if sep and introduces_speakers(head):
        return text, [], minutes  # "Introduce Guest Speakers: A, B": they speak later
    if " · " in text and (found := people_in_parts(text)):
        # Twentieth round: labels then names among a cell's parts (see name_lines).
        title, speakers = found
    elif sep and (people := labelled_speakers(tail)):
        title, speakers = clean(head), people  # "Plenary Session: Moderator: Gus Roig, …"
    elif (
        (lab := SPEAKER_LABEL.match(text))
        and not _JOINING_LABEL.search(lab.group("label"))
        and text[lab.start("rest")].isupper()
        and (people := labelled_speakers(text))
        and (
            ":" in text[lab.end("label") : lab.start("rest")]
            or all(named_beyond_doubt(p["name"] or "", False) for p in people)
        )
    ):
        # Twentieth round. A title that is a speakers' label then who (`Grand témoin : Lytta
        # Basset, théologienne`, `Keynote speaker Jane Smith`; without a colon, people named
        # beyond doubt only): the label is the title, the people the block's; the title
        # saying the label, it no longer leads their role.
        title = clean(text[: lab.end("label")])
        said = label_role(lab.group("label"))
        speakers = [{**p, "role": _without_lead(p["role"], said)} for p in people]
    elif (m := _DASH_THEN_NAME.match(text)) and named_beyond_doubt(m["who"], False):
        # Eleventh round. A title ending with a dash then a person named beyond doubt, and
        # nothing else, is given by them (`Talk and Discussion - Vincent Mittag`, `Atelier
        # cuisine – Camille Martin`), even after a colon (`Talk: Data Management - A B`).
        title, speakers = clean(m["title"]), [make_speaker(m["who"])]
        slashed = [w.strip() for w in m["who"].split("/")]
        if len(slashed) > 1 and all(named_beyond_doubt(w, False) for w in slashed):
            # Thirty-ninth round. Names beyond doubt parted by slashes (`Community Programs –
            # Molly Larsen/Julie Holmes`) are as many people.
            speakers = [make_speaker(w) for w in slashed]
    elif (
        (m := _DASH_THEN_CIVIL_NAME.match(text))
        and named_beyond_doubt(m["who"], True)
        and len(m["title"].split()) >= 2
    ):
        # Thirtieth round. The same after a civility (`Opening Talk: Towards Deployment-
        # Centric Multimodal AI – Prof. Haiping Lu`, `Les sols vivants – Dr Marie Dupont`):
        # the civility says a person, though the list of given names lacks theirs.
        title, speakers = clean(m["title"]), [make_speaker(m["who"])]
    elif ("–" in text or "—" in text or " - " in text) and (
        found_after := function_then_name_after_dash(text)
    ):
        # Twenty-eighth round: a title, a dash, a function then a name (see name_lines).
        title, speakers = found_after[0], [found_after[1]]
    elif (
        (m := _NAME_THEN_DASH.match(text))
        and len(m["title"].split()) >= 2
        and named_beyond_doubt(m["who"], bool(m["civil"]))
    ):
        # Twelfth round. A person named beyond doubt, a dash, then what they speak on
        # (`Sonia Theroux – Why are EDAs important?`, `Camille Martin – Pourquoi planter des
        # haies ?`): the talk is theirs, its title what follows the dash.
        title, speakers = clean(m["title"]), [make_speaker(m["who"])]
    elif (
        (m := _NAME_THEN_COLON.match(text))
        and len(m["title"].split()) >= 3
        and kind_of(m["title"]) is None
        and named_beyond_doubt(m["who"], False)
    ):
        # Forty-first round. The same with a colon (`Sylvain Calinon: Exploiting Geometric
        # Approaches …`, `Camille Martin : pourquoi planter des haies`), as web tables of talks
        # write them: a name beyond doubt and nothing else before it, a title of three words
        # or more after it, that is no kind of moment of its own.
        title, speakers = clean(m["title"]), [make_speaker(m["who"])]
    elif (
        CIVIL_LEAD.match(text)
        and (sp := named_then_function(text))
        and (sp["role"] or "").count("(") <= 1
    ):
        # Twenty-first round. A civility, a name, then a function with no comma between
        # (`Dr Macoumba DIOUF Directeur Général de l'Institut … (ISRA)`): that person, the
        # line their naming; the body's capitalised words are no one's name.
        title, speakers = text, [sp]
    elif people := people_by_their_function(text):
        title, speakers = text, people  # "… d’un historien (P. Cornu) et d’un agronome (…)"
    elif people := plural_function_names(text):
        title, speakers = text, people  # "Councillors Lila Cyr, Ken Kennedy and … on …"
    elif people := listed_in_brackets(text):
        # Twenty-second round. A bracket listing some of those who take part (`… key leaders
        # (including Jim Fishkin, Glenna Gerard and Bill Ury) …`): they are the block's; the
        # text stays the title, the sentence saying what they do.
        title, speakers = text, people
    elif authors := authors_with_bodies(text):
        # Forty-fourth round. A line of authors each with their body in brackets, perhaps then
        # their role after a dash (see bracket_people): the title stays the line as written.
        title, speakers = text, authors
    elif found := bracketed_people(text):
        # Twenty-first round. People in brackets after a title, perhaps then a colon and
        # their subject (`Glacier dynamics (Patrick, Fabien): Ice flow`): see bracket_people.
        title, speakers = found
    elif (found := _person_then_title(text)) or (found := _person_bracket_title(text)):
        title, speakers = found
    elif (m := _NAME_THEN_QUOTE.match(text)) and named_beyond_doubt(m["who"], False):
        # Thirteenth round. A person named beyond doubt, a colon, then a title in quotes
        # (`Christophe DEROUBAIX :« Trump … »`, `Jane Smith: “Why soils matter”`): the
        # talk is theirs, its title what they speak on. Thirty-fourth round: with no colon,
        # the title closed in guillemets or curly quotes (`15h : Alexandre Hippert « Paie ta
        # science ! »`, `Jane Smith “Why soils matter”`) parts it from the name the same way.
        title, speakers = clean(m["title"] or m["quoted"]), [make_speaker(m["who"])]
    elif (
        " ; " in text
        and (m := _SEMICOLON_THEN_PEOPLE.match(text))
        and (people := speaker_list(m["who"]))
        and all(p["role"] or p["organisation"] for p in people)
        and all(len((p["name"] or "").split()) >= 2 for p in people)
    ):
        # Fourteenth round. A title, a semicolon, then people each with their function or
        # body (`Ouverture ; Marc Fellous, Président de l’AFBV et Laurent Klein, Président de
        # la SAF`, `Keynote ; Jane Smith, University of Leeds`): the block is theirs.
        title, speakers = clean(m["title"]), people
    elif found := _speaker_noun_then_person(text):
        title, speakers = found
    elif labelled := _label_after_dash(text):
        # "A. Housing (Room 101) – Moderator: Ann Lee": a label after a dash or a semicolon.
        title, speakers = labelled
    elif found := people_run_on(text):
        # Thirty-fourth round. People each with their function run on after a title, no
        # comma between them (a web page's cell without its line breaks): see name_lines.
        title, speakers = found
    elif sep and (people := topic_then_people(text)) and len(people) > 1:
        title, speakers = clean(head), people  # "Le Temps : Michel Brunet, Amélie Vialet"
    elif split := topic_and_person(text):
        title, speakers = split[0], [split[1]]
    elif sep and (found := _talk_then_person_on(head, tail)):
        title, speakers = found
    elif (
        sep
        and "(" not in tail  # "Session 2: World Café (Chair: X)": the chair is in brackets
        and (sp := person(tail, strict=False))
        and sp["role"]
        and not _NOT_NAMES.search(fold(sp["name"]))
    ):
        title, speakers = clean(head), [sp]  # "Table ronde : Anne Leroy, élue"
    elif (
        sep
        and _TALK_HEAD.search(fold(head))
        and (sp := person(tail, strict=False))
        and not _NOT_NAMES.search(fold(sp["name"]))
    ):
        title, speakers = clean(head), [sp]  # "Invited Speaker: Joey Jones"
    elif (m := _TRAILING_PERSON.match(text)) and (people := labelled_speakers(m.group("who"))):
        title, speakers = clean(m.group("title")), people  # "Session 1: Talks (Chair: X)"
    elif _BY_LEAD.match(text) and (found := by_people(f" {text}")):
        # Twenty-fourth round. A line opening with `Par`/`By` then people (`Par J. Caneill
        # (AgroSup Dijon)`, `By Jane Smith, University of Leeds`), under a block or a talk:
        # they give it; the line stays its title (a title is never empty).
        title, speakers = text, found[1]
    elif (
        (found := by_people(text))
        or (found := _trailing_list(text))
        or (found := _kind_then_person(text))
    ):
        title, speakers = found
    elif (
        (m := _TRAILING_PERSON.match(text))
        and (people := speaker_list(m.group("who")))
        and not any(is_role(p["name"] or "") for p in people)
        and not room_in_bracket(m.group("title"), people)
        and not _subjects_listed(people)
    ):
        # Twenty-first round: a bracket naming a function then a body (`(Machine Learning
        # Engineer - Inria)`, after the name it describes) names no one: a function is no name.
        title, speakers = clean(m.group("title")), people
    elif (found := role_then_person(text)) or (found := _kind_then_named(text)):
        title, speakers = found
    elif (
        (m := _SHOUTED_LEAD.match(text))
        and (people := speaker_list(m.group("who")))
        and all(p["role"] or p["organisation"] for p in people)
    ):
        title, speakers = clean(m.group("part")), people  # "EN DISPUTE A, role et B, role"
    elif found := _with_labelled_people(text):
        title, speakers = found  # "Opening Ceremony with Keynote Speaker A and B: topic"
    elif found := _members_of(text):
        title, speakers = found  # "Concert par l’Ensemble K. A, violon ; B, violoncelle"
    elif found := function_then_named(text):
        title, speakers = found  # "Causerie avec le professeur Jean Michel Abbes sur …"
    elif (sp := _exchange_with(text)) or (sp := _session_of(text)):
        title, speakers = text, [sp]  # "Q & A with Matt Mullenweg": the title stays whole
    elif people := _exchange_with_people(text):
        title, speakers = text, people  # "Fireside chat with A (Org) and B": the title stays
    elif found := _people_then_subject(text, head if sep else "", tail):
        title, speakers = found
    elif found := title_then_person(text):
        # Twenty-first round. A title, then after a comma or a question mark a person named
        # beyond doubt and their function (`… ? Tristan Nitot, expert numérique`).
        title, speakers = found
    elif people := _people_announced(text):
        title, speakers = text, people  # the sentence stays the title: it says what they do
    elif found := kind_comma_people(text):
        title, speakers = found  # `Keynote, Harrison Owen`: see name_lines
    elif found := kind_then_people(text):
        # Twentieth round. A kind's words, then people each with a function (`Introduction
        # Mgr Yves Le Saux, évêque du Mans et Michel Serres, philosophe`): see name_lines.
        title, speakers = found
    elif found := title_then_capital_names(text):
        # Thirty-fourth round. A title's words, then people whose last names are in capitals,
        # then their body (`Greeting Héloise GOUTTE, GANIL`): see name_lines.
        title, speakers = found
    elif people := given_name_from_body(text):
        title, speakers = text, people  # "Invite Veronica from Parks to give an update"
    speakers = [_person_in_role(sp) for sp in speakers]
    if title and len(speakers) == 1 and (role := speakers[0].get("role")):
        # Tenth round. A title naming the function of whom it is from, then their name
        # (`discours de l’élue, Fabienne Oudart`, `Address of the Mayor, Laura Bennett`),
        # keeps the function: it says whose the moment is, as `Mot du maire` does.
        rest = text[len(title) :] if text.startswith(title) else ""
        of = re.match(r"\s+(?:de la |de l['’]|du |des |d['’]|of the )", rest, re.IGNORECASE)
        if of and rest[of.end() :].lower().startswith(role.lower()):
            title = clean(text[: len(title) + of.end() + len(role)])
    if (
        len(speakers) == 1
        and not speakers[0]["organisation"]
        and text.startswith(f"{title} :" if f"{title} :" in text else f"{title}:")
        and len(title.split()) <= 6
        and names_body(title, speakers[0])
    ):
        # Twenty-third round. Words then a colon that the person's function, after it, names
        # as where they hold it (`Bondy Blog : Nassira El Moaddem, Journaliste et directrice
        # du Bondy Blog`): their body, and still the title.
        speakers = [{**speakers[0], "organisation": title}]
    elif len(speakers) == 1 and _body_before_dash(text, title, speakers[0]):
        speakers = [{**speakers[0], "organisation": title}]
    return (title, speakers, minutes) if title else (text, [], minutes)


_DASH_AFTER = re.compile(r"\s+[-–—]\s+")
# Kinds of bodies besides ORG_ANYWHERE's, that a body's proper name ends or opens with.
_BODY_KINDS = re.compile(
    r"\b(?:board|commission|committee|comite|system|network|reseau|union|trust|alliance"
    r"|coalition|league|ligue|partnership|authority|autorite|syndicat|chambre|chamber)s?\b"
)
_SMALL_IN_NAMES = frozenset(
    {"of", "the", "for", "and", "on", "de", "du", "des", "la", "le", "et", "pour", "l", "d"}
)


def _body_before_dash(text: str, title: str, sp: Speaker) -> bool:
    """Twenty-fourth round. A title that is a body's name, capitalised words naming it by its
    kind (`Massachusetts Library System`, `Conseil départemental de l’Yonne`, `Acme
    Foundation`), then a dash and one person with their function and no body
    (`Massachusetts Library System - Sarah Sogigian, Executive Director`): the body they speak
    for, and still the title. A body is named by a word of its kind (`Foundation`, `Board`,
    `System`, `Conseil`); a kind of moment (`Atelier`, `Keynote`), a place (`Salle des Fêtes`)
    or a title in small words (`Welcome – …`) is none."""
    if sp["organisation"] or not sp["role"] or not text.startswith(title):
        return False
    dash = _DASH_AFTER.match(text, len(title))
    if dash is None or not text[dash.end() :].startswith(sp["name"] or "\0"):
        return False
    words = re.split(r"[\s'’]+", title)
    if not 2 <= len(words) <= 8 or not all(
        w[:1].isupper() or w.lower() in _SMALL_IN_NAMES for w in words
    ):
        return False
    folded = fold(title)
    return (
        bool(ORG_ANYWHERE.search(folded) or _BODY_KINDS.search(folded)) and kind_of(title) is None
    )


# A person (two to four capitalised words, perhaps a function's word first), then what they
# speak on after `on`, `about`, `sur`, perhaps then a bracket saying where.
_PERSON_ON = re.compile(
    r"^(?P<who>[A-ZÀ-ÖØ-Þ][^\s,;:()]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s,;:()]*){1,4})"
    r"\s+(?:on|about|sur)\s+(?P<subject>[^()]*[^\s()])\s*(?:\((?P<where>[^()]+)\))?\s*$"
)


# Labels saying a person follows them (`Keynote Speaker:`, `Intervenante :`): after them a
# name's shape is enough, though its given name is not known.
_PERSON_LABEL = re.compile(r"\b(?:speaker|intervenant|orat(?:eur|rice)|conferenci(?:er|ere))")


# Twenty-third round. A title, `with`/`avec`, a label saying people follow (`Keynote Speaker`,
# `our guest speakers`, `l’intervenante`, `les conférenciers`), then one person or more joined
# by commas, `and`, `et` or `&`, perhaps a colon and what they speak on: `Opening Ceremony with
# Keynote Speaker Kelly Leonard and Robyn Scott: Using Improvisation …`, `Séance d’ouverture
# avec la conférencière Anne Leroy et Paul Martin : les sols vivants`. Each is a speaker, the
# label their role, the words after the colon their topic. After such a label a name's shape
# is enough; a body, a place or common words (`with Keynote Speakers from Acme`) name no one,
# and then none of the list is read (precision).
_WITH_LABEL = re.compile(
    r"^(?P<title>.+?)\s+(?:with|avec)\s+(?:(?:the|our|le|la|les|l['’]|nos|notre)\s*)?"
    r"(?P<label>(?:(?:keynote|guest|invited|featured|special|plenary)\s+)?"
    r"(?:speakers?|intervenant(?:e|s|es)?|orat(?:eur|rice)s?|conf[ée]renci(?:er|[èe]re)s?)"
    r"(?:\s+(?:invit[ée]e?s?|d['’]honneur))?)\s+"
    r"(?P<who>[A-ZÀ-ÖØ-Þ][^:]*?)\s*(?::\s*(?P<topic>\S.*))?$",
    re.IGNORECASE,
)


# Twenty-third round. A title, `par`/`by`, a group that performs named by its kind (`Ensemble
# K`, `Quatuor Ebène`, `the Leeds Trio`, `la troupe Ani`), then a full stop, a colon or a dash
# and its members each with their part (`Concert en duo par l’Ensemble K. Elodie Haas, violon
# ; Thérèse Bussière-Meyer, violoncelle`, `Recital by the Leeds Trio: Ann Lee, piano; Tom
# Reed, cello`): each member speaks, their part as role, the group as organisation. Every
# member must be a person with a part; else no one is read (precision).
_MEMBERS_OF = re.compile(
    r"^(?P<title>.+?)\s+(?:par|by)\s+(?:(?:le|la|les|l['’]|the)\s*)?"
    r"(?P<body>(?:ensemble|quatuor|quartet|quintette?|trio|duo|orchestre|orchestra|chorale"
    r"|choir|ch(?:oe|œ)ur|compagnie|company|troupe|groupe|band)\b[^.:;–—]{0,60}?)"
    r"\s*(?:\.|:|\s[–—-])\s+(?P<who>[A-ZÀ-ÖØ-Þ].*)$",
    re.IGNORECASE,
)


def _members_of(text: str) -> tuple[str, list[Speaker]] | None:
    """(the title, the members) of a group named after `par`/`by` (see _MEMBERS_OF), or None."""
    m = _MEMBERS_OF.match(text)
    if m is None:
        return None
    body, people = clean(m["body"]), []
    for member in re.split(r"\s*;\s*", m["who"].rstrip(" .")):
        name, comma, part = member.partition(",")
        sp = person(name, strict=False)
        if (
            not comma
            or sp is None
            or sp["name"] != name.strip()
            or len(name.split()) < 2
            or not 0 < len(part.split()) <= 4
            or _NOT_NAMES.search(fold(name))
        ):
            return None
        people.append({**sp, "organisation": body, "role": clean(part)})
    return clean(m["title"]), people


def _with_labelled_people(text: str) -> tuple[str, list[Speaker]] | None:
    """(the title, the people) a title announces after `with` and a speakers' label (see
    _WITH_LABEL), or None."""
    m = _WITH_LABEL.match(text)
    if m is None or not m["label"][:1].isalpha():
        return None
    people: list[Speaker] = []
    for part in re.split(r"\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|&)\s+", m["who"]):
        sp = person(part, strict=False)
        bare = re.sub(rf"^(?:{CIVILITY})", "", part).strip()
        words = bare.split()
        if (
            sp is None
            or sp["name"] != bare
            or sp["role"]
            or sp["organisation"]
            or not 2 <= len(words) <= 4
            or _NOT_NAMES.search(fold(bare))
            or is_place(bare)
            or is_role(bare)
            or kind_of(bare) is not None
        ):
            return None
        topic = clean(m["topic"]).strip('«»“”" ') if m["topic"] else None
        people.append({**sp, "role": clean(m["label"]), "topic": topic or None})
    return clean(m["title"]), people


def _talk_then_person_on(head: str, tail: str) -> tuple[str, list[Speaker]] | None:
    """Twenty-second round. A short title naming a talk, a colon, then a person and what they
    speak on after `on`, `about` or `sur` (`Keynote Speaker: Doug Griffiths on 13 ways of
    getting change done`, `Conférence : Anne Leroy sur la vie des sols`): the talk is theirs,
    its subject their topic, the title the label. A function's word before the name (`Chef
    Michael Smith`, `Maire Anne Leroy`) is their role; a bracket after the subject says where
    the talk is (`(Kings Playhouse)`), no one. The name must be a person's: a body, a place or
    a word of a kind before `on` (`Panel on soils`) gives nothing, and so does a name whose
    given name is not known (`Talk: Data Science on the Edge`) unless named beyond doubt or
    after a label saying a person follows (`Keynote Speaker:`)."""
    if len(head.split()) > 4 or not (
        _TALK_HEAD.search(fold(head)) or _PERSON_LABEL.search(fold(head))
    ):
        return None
    m = _PERSON_ON.match(tail)
    if m is None:
        return None
    words = m["who"].split()
    role = None
    if len(words) >= 3 and is_role(words[0]) and not is_given_name(words[0]):
        role, words = words[0], words[1:]
    name = " ".join(words)
    sp = person(name, strict=False)
    if (
        sp is None
        or sp["name"] != name
        or sp["role"]
        or sp["organisation"]
        or not 2 <= len(words) <= 4
        or _NOT_NAMES.search(fold(name))
        or is_place(name)
        or kind_of(name) is not None
        or not (
            is_given_name(words[0])
            or named_beyond_doubt(name, False)
            or _PERSON_LABEL.search(fold(head))
        )
    ):
        return None
    return clean(head), [{**sp, "role": role, "topic": clean(m["subject"]) or None}]


# Where a role read after a name names another person: `de`, `d’`, `par`, `by`, `of`, then a
# capitalised word.
_OF_SOMEONE = re.compile(r"(?:^|\s)(?:de|d['’]|par|by|of)\s*(?=[A-ZÀ-ÖØ-Þ])")


def _person_in_role(sp: Speaker) -> Speaker:
    """Twenty-second round. What is read as a name and its function can be a thing and the
    sentence saying whose it is (`Humanicité Lille, co-construit à l’initiative de Thérèse
    Lebrun, vice-présidente de l’Université catholique de Lille`, `Green Roofs, a project led
    by Jane Smith, architect at Leeds City Council`): when the name is not a person's beyond
    doubt and its function holds, after `de`, `par`, `by` or `of`, someone named beyond
    doubt with a function of their own, the speaker is that someone, with their function."""
    role, name = sp.get("role") or "", sp.get("name") or ""
    if not role or named_beyond_doubt(name, False):
        return sp
    for m in _OF_SOMEONE.finditer(role):
        inner = person(role[m.end() :], strict=False)
        if (
            inner is not None
            and (inner["role"] or inner["organisation"])
            and named_beyond_doubt(inner["name"] or "", False)
            and not _NOT_NAMES.search(fold(inner["name"] or ""))
        ):
            return {**inner, "topic": sp.get("topic")}
    return sp


# Labels that join people to what comes before them (`Avec …`, `With …`, `Featuring …`) say
# nothing a title would: a title opening with one is read as before, and so is a label
# before `de` (`Témoignage de Jean Dupont, …`), the who not right after it.
# A participle's label (`Panel chaired by`, `Table ronde animée par`) keeps its title whole.
_JOINING_LABEL = re.compile(
    r"^(?:avec|with|en pr|in the pr|featuring)|\s(?:by|par)$", re.IGNORECASE
)


def _without_lead(role: str | None, lead: str) -> str | None:
    """A role without the label leading it (`Grand témoin, théologienne` → `théologienne`)."""
    if not role or role == lead:
        return None
    return role[len(lead) + 2 :] if role.startswith(lead + ", ") else role


def _people_then_subject(text: str, head: str, tail: str) -> tuple[str, list[Speaker]] | None:
    """Seventeenth round. A person and their function or body, then a colon and what they
    speak on (`Sylvine Thomassin, maire de Bondy : diverses pratiques municipales`, `Ann Lee,
    Leeds City Council: why soils matter`): the talk is theirs, its title the subject."""
    if not head or "," not in head or len(tail.split()) < 2 or _ANNOUNCING_VERB.search(head):
        return None  # `Name, function présentera 3 expériences : …` is announced (below)
    sp = person(head, strict=False)
    if (
        sp is None
        or not (sp["role"] or sp["organisation"])
        or len((sp["name"] or "").split()) < 2
        or _NOT_NAMES.search(fold(sp["name"] or ""))
        or person(tail, strict=False)
    ):
        return None
    if not sp["role"] and not named_beyond_doubt(sp["name"] or "", False):
        # Nineteenth round. With a body and no function after it, the name must be one beyond
        # doubt: `Running Docker, Mesos and More in Production: The Journey …` is a title.
        return None
    return clean(tail), [sp]


# Seventeenth round. People named with their function or body, then a verb saying they
# present or speak (`Mouloud Haddad, maire-adjoint de Bagneux présentera 3 expériences`,
# `Christian Leyrit, président de la CNDP, et Luc Picot, directeur de Décider ensemble,
# préciseront …`, `Jane Smith, Mayor of Leeds, will present …`): they give the talk.
_ANNOUNCING_VERB = re.compile(
    r",?\s+(?:(?:pr[ée]sent|pr[ée]cis|expos|partag|racont|d[ée]tailler?|expliqu)(?:e|era|eront|ent)"
    r"|interviendr(?:a|ont)|t[ée]moigner(?:a|ont)|parler(?:a|ont)|reviendr(?:a|ont) sur"
    r"|will (?:present|discuss|share|speak|talk|explain|introduce|describe)"
    r"|(?:presents|discusses|shares|explains|describes|introduces))\b"
)


def _people_announced(text: str) -> list[Speaker]:
    """The people a sentence announces, before its verb of presenting, or none."""
    verb = _ANNOUNCING_VERB.search(text)
    if verb is None or verb.start() < 5 or not text[:1].isupper():
        return []
    people = speaker_list(text[: verb.start()])
    if not people or not all(
        (p["role"] or p["organisation"]) and len((p["name"] or "").split()) >= 2 for p in people
    ):
        return []
    return people


# Sixteenth round. An exchange with someone, named last (`Q & A with Matt Mullenweg`,
# `Conversation with Zoltan Kovacs`, `Entretien avec Aïssa Benali`): a first name and a last
# name, capitalised, ending the title after `with`/`avec`, are a person even when the first
# name is not among the known given names, since questions, a conversation or an interview
# are held with people. Other moments with capitalised words (`Lunch with Local Farmers`)
# and words naming a function, a body or a place are not. A brand named so (`Q&A with Google
# Cloud`) would be read as a person: none was met in the corpus, people were.
_EXCHANGE_WITH = re.compile(
    r"^(?P<head>[^:;()]{1,40}?)\s+(?:with|avec)\s+"
    r"(?P<who>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\s+"
    r"(?:(?:de|van|von|da|di|le|la|ben|el)\s+)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+)\s*$"
)
_EXCHANGES = re.compile(
    r"\b(?:conversations?|interviews?|entretiens?|fireside chats?|chats?|dialogues?"
    r"|echanges?|rencontres?|discussions?|debats?|questions)\b"
)


_LED_SESSIONS = re.compile(
    r"\b(?:workshops?|ateliers?|sessions?|seances?|trainings?|formations?|masterclass(?:es)?"
    r"|classes?|cours|seminars?|seminaires?|tutorials?|lessons?|clinics?|walks?|balades?"
    r"|visites?|tours?)\b"
)


# Nineteenth round. A title opening with a person named beyond doubt in the possessive, then
# the kind of session that is theirs (`Governor Elect Shirley Raymer’s Program Team Meeting`,
# `Jane Smith's Workshop`): they hold it; a function before the name is their role. Anything
# else after the possessive (`Jane Austen’s Novels`, `Bruce's House`) is a subject or a place.
_POSSESSIVE_SESSION = re.compile(
    r"^(?P<words>[A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*){1,5})['’]s\s+"
    r"(?:program|programme|workshop|session|talk|keynote|class|meeting|report|remarks"
    r"|presentation|address|lecture|seminar|tutorial)\b",
    re.IGNORECASE,
)


def _session_of(text: str) -> Speaker | None:
    """The person whose session a title names in the possessive (see _POSSESSIVE_SESSION)."""
    if "s " not in text or (m := _POSSESSIVE_SESSION.match(text)) is None:
        return None
    words = m["words"].split()
    for size in (2, 3):
        role, who = " ".join(words[:-size]), " ".join(words[-size:])
        if len(words) >= size and named_beyond_doubt(who, False) and (not role or is_role(role)):
            return make_speaker(who, inside=role) if role else make_speaker(who)
    return None


# Places named as a saint, a mount, a port or a lake (`Rencontre avec Saint Malo`).
_PLACE_LEAD = re.compile(r"^(?:Saint|Sainte|St|Ste|San|Santa|Mont|Mount|Port|Fort|Lac|Lake|New)\s")


# What a firm or a body does, or how it names its members, as the last words of its name.
_FIRM_WORD = re.compile(
    r"\b(?:strategy|strategies|strategie|consulting|consultants|conseil|partners"
    r"|partenaires|solutions|associates|associes|collective|collectif|studio|studios|agency"
    r"|agence|productions?|media|medias|group|groupe|team|equipe|lab|labs)$"
)


def _exchange_with(text: str) -> Speaker | None:
    """The person an exchange is held with, named last (see _EXCHANGE_WITH), or None."""
    m = _EXCHANGE_WITH.match(text)
    if m is None:
        return None
    head, who = fold(m["head"]), m["who"]
    # Nineteenth round. A session one leads (`Treasurer workshop with Mary Powlen`, `Atelier
    # avec Claire Roux`) is theirs when they are named beyond doubt: a known given name and a
    # last name, not a body (`Dinner with Club Presidents`).
    if (
        kind_of(m["head"]) != "q_and_a"
        and not _EXCHANGES.search(head)
        and not (_LED_SESSIONS.search(head) and named_beyond_doubt(who, False))
    ):
        return None
    if is_role(who) or is_place(who) or _NOT_NAMES.search(fold(who)) or _PLACE_LEAD.match(who):
        return None
    if not named_beyond_doubt(who, False) and _FIRM_WORD.search(fold(who)):
        # Thirty-sixth round. Capitalised words whose first is no known given name, one of
        # them saying what a firm or a body does (`Extended facilitated discussion with
        # Cultivate Strategy`, `Débat avec Pollen Conseil`, `Q&A with Blue Sky Partners`),
        # name that body: no one. (`Q & A with Matt Mullenweg` stays a person.)
        return None
    sp = person(who, strict=False)
    return sp if sp is not None and sp["name"] == who else None


_WITH_PEOPLE = re.compile(r"^(?P<head>[^:;()]{1,40}?)\s+(?:with|avec)\s+(?P<who>[A-ZÀ-ÖØ-Þ].+)$")


def _exchange_with_people(text: str) -> list[Speaker]:
    """Twentieth round. An exchange, a questions time or a session one leads, then `with`/
    `avec` and two people or more each named beyond doubt, perhaps with their body in
    brackets (`Fireside chat with Sarah Connor (Cyberdyne) and Kyle Reese`, `Atelier avec
    Claire Roux et Paul Martin`): they hold it, as one person so named already did."""
    m = _WITH_PEOPLE.match(text)
    if m is None:
        return []
    head = fold(m["head"])
    if not (
        kind_of(m["head"]) == "q_and_a" or _EXCHANGES.search(head) or _LED_SESSIONS.search(head)
    ):
        return []
    people = speaker_list(m["who"])
    if len(people) < 2 or not all(named_beyond_doubt(p["name"] or "", False) for p in people):
        return []
    return people


_PERSON_COLON = re.compile(r"^(?P<who>[^:«“\"]{4,80}?)\s*:\s+(?P<title>[«“\"A-ZÀ-ÖØ-Þ].*)$")


def _person_then_title(text: str) -> tuple[str, list[Speaker]] | None:
    """Twentieth round. A person with their body in brackets or a function after a comma (or
    a last name in capitals, or a civility), then a colon and what they speak on (`Jane Smith
    (Acme): Open data`, `Pierre DURAND
    (Université de Lyon) : « Les villes en transition »`): the talk is theirs, its title what
    follows the colon. The person must be named beyond doubt (a known given name, or a last
    name in capitals) and be all the words before the colon; a function first after the
    colon (`Jane Smith: Mayor of Leeds`) is read as their role, as before."""
    m = _PERSON_COLON.match(text)
    if m is None or is_role(m["title"].split()[0].strip('«“"')) or kind_of(m["who"]):
        return None
    sp = person(m["who"], strict=False)
    if sp is None or sp["topic"]:
        return None
    name = sp["name"] or ""
    if not (named_beyond_doubt(name, False) or NAME_FR.match(m["who"])):
        return None
    rest = m["who"][m["who"].find(name) + len(name) :].strip()
    if rest and not rest.startswith(("(", ",")):
        return None
    if not rest and not NAME_FR.match(m["who"]) and not CIVIL_LEAD.match(m["who"]):
        # Two capitalised words then a colon are most often a title and its subtitle
        # (`Summer Camp: Registration opens`): a bare name needs its body, its function, a
        # last name in capitals or a civility to be someone's.
        return None
    return clean(m["title"]), [sp]


# Twenty-fourth round. A person, their body or function in brackets, then perhaps the talk in
# quotes and nothing else (`Juliette Roussin (Université Laval) « Rousseau and Condorcet … »`);
# the quote may close in the next sentence, read as the block's note.
_PERSON_BRACKET_TALK = re.compile(
    r"^(?P<who>[^()«»“”\"]{4,60}?\s*\([^()]{2,80}\))\s*(?P<talk>[«“\"]\s?[^\s«»“”\"].*)?$"
)


_ROOM_WORDS = PLACE_KINDS | {"room", "amphi", "amphitheatre", "auditorium", "aula"}


def _person_bracket_title(text: str) -> tuple[str, list[Speaker]] | None:
    """Twenty-fourth round. A block's whole title a person named beyond doubt (a known given
    name, or a last name in capitals) and their body or function in brackets, perhaps then
    the talk's title in quotes (`14h15 : Juliette Roussin (Université Laval)` and on the next
    line `« Rousseau and Condorcet … »`, `2:15 Jane Smith (University of Leeds) “Soils”`):
    the moment is theirs; its title is the talk when given, else the line as written. A
    bracket naming neither a body nor a function (`Anne Roux (salle 2)`, `Jean Moulin
    (Lyon)`) gives no one, nor do words after the bracket (a title, read as before)."""
    m = _PERSON_BRACKET_TALK.match(text)
    if m is None:
        return None
    sp = person(m["who"], strict=False)
    if sp is None or sp["topic"] or not (sp["organisation"] or sp["role"]):
        return None
    name = sp["name"] or ""
    if not m["who"].startswith(name) or m["who"][len(name) :].lstrip()[:1] != "(":
        return None
    if not (named_beyond_doubt(name, False) or NAME_FR.match(m["who"])):
        return None
    inside = m["who"][m["who"].index("(") + 1 : -1]
    if fold(inside.split()[0]) in _ROOM_WORDS or not (
        looks_like_org(inside)
        or ORG_ANYWHERE.search(fold(inside))
        or _BODY_KINDS.search(fold(inside))
        or a_brand(inside)
        or (is_role(inside) and not is_place(inside))
    ):
        return None  # a room or a town in brackets (`Anne Roux (salle 2)`) names no body
    return (clean(m["talk"]) if m["talk"] else text), [sp]


_SEMICOLON_THEN_PEOPLE = re.compile(r"^(?P<title>[^;]*\S)\s+;\s+(?P<who>[A-ZÀ-ÖØ-Þ][^;]+)$")
# Forty-sixth round: perhaps after a civility (`Dr. Dale Henry - "Your Best Unlimited"`,
# `Pr Anne Roux – Les sols vivants`), which says a person though the given name is unknown.
_NAME_THEN_DASH = re.compile(
    rf"^(?P<civil>{CIVILITY})?"
    r"(?P<who>[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d]*){1,2})"
    r"\s+[–—-]\s+(?P<title>\S.*)$"
)
_NAME_THEN_COLON = re.compile(
    r"^(?P<who>[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d]*){1,2})"
    r"\s?:\s+(?P<title>\S.*)$"
)
_NAME_THEN_QUOTE = re.compile(
    r"^(?P<who>[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d«»“”\"]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d«»“”\"]*){1,2})"
    r"(?:\s*:\s*(?P<title>[«“\"].*)|\s+(?P<quoted>[«“].*[»”]\s*))$"
)
_DASH_THEN_CIVIL_NAME = re.compile(
    rf"^(?P<title>.*\S)\s+[–—-]\s+(?:{CIVILITY})(?P<who>[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d.]*"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d.]*){1,2})\s*$"
)
_DASH_THEN_NAME = re.compile(
    r"^(?P<title>.*\S)\s+[–—-]\s+(?P<who>[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d]*"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][^\s,;:()–—\d]*){1,2})\s*$"
)


# A title ending with capitalised words and a bracket, perhaps a role after a dash:
# `Keynote 1 Andrew Tomkins (Google)`, `Panel Marc Najork (Google) – Moderator`.
_CAPITALISED_THEN_BRACKET = re.compile(
    r"^(?P<words>.*?)\s*\((?P<inside>[^()]{2,})\)\s*(?:[–—-]\s*(?P<role>[^()–—-]{2,40}))?$"
)
_JOINING = re.compile(r"\s+(?:and|et|&)\s+")


def _a_name(words: list[str]) -> bool:
    name = " ".join(words)
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not kind_of(name)
        and name_ending_title(name) is not None
    )


def _kind_then_person(text: str) -> tuple[str, list[Speaker]] | None:
    """A title naming a kind, then a person's name and their body in brackets, is that kind
    given by that person (`Opening Marc Najork (Google)`, `Keynote 1 Andrew Tomkins (Google)`,
    `Panel Marc Najork (Google) – Moderator`): the name is the two to four capitalised words
    before the bracket, the longest that is a person's name and leaves a title naming a kind;
    names joined by `and`, `et`, `&` before one bracket share that body (`Submitted
    presentation Alexander Zipf and Jiaoyan Chen (Heidelberg University)`). A place in the
    bracket (`Atelier Jardin Partagé (Salle B)`) says where the block is, not who gives it,
    unless it names a body (`(Sapienza University of Rome)`)."""
    m = _CAPITALISED_THEN_BRACKET.match(text)
    inside = m.group("inside") if m else ""
    if m is None or (is_place(inside) and not ORG_ANYWHERE.search(fold(inside))):
        return None
    first, *others = _JOINING.split(m.group("words"))
    if not all(_a_name(o.split()) for o in others):
        return None
    role = f" – {m.group('role')}" if m.group("role") else ""
    words = first.split()
    for n in (4, 3, 2):
        head = words[:-n]
        title = clean(" ".join(head))
        if not head or not _a_name(words[-n:]) or kind_of(title) in (None, "other"):
            continue
        if head[-1].lower() in ("de", "by") and SCREENING.search(fold(title)):
            # Twenty-ninth round. A film then `de`/`by` and a name with a body in brackets
            # (`Un film de Philippe Aractingi (Prod. Dolce Vita Films)`, `A documentary by Ann
            # Lee (Acme Films)`) names who made it, as in a screening's title (by_people).
            return None
        people = []
        for name in (" ".join(words[-n:]), *others):
            sp = person(f"{name} ({inside}){role}", strict=False)
            if sp is None or sp["name"] != name:
                break
            people.append(sp)
        else:
            return title, people
    return None


_KIND_SEPARATOR = re.compile(r",\s+|\s+[–—-]\s+")


def _kind_then_named(text: str) -> tuple[str, list[Speaker]] | None:
    """A short title naming a kind, then after a comma or a dash someone named beyond doubt:
    a last name in capitals, a civility, or a function before the name (`Conclusion, Jean
    DUPONT, Maire de Toulouse`, `Welcome, Dr. Jane Smith, Dean`, `Opening remarks – Mayor
    John Doe`). A name without any of these stays in the title (`Keynote, Grand Rapids`)."""
    sep = _KIND_SEPARATOR.search(text)
    if sep is None:
        return None
    head, tail = clean(text[: sep.start()]), clean(text[sep.end() :])
    if len(head.split()) > 5 or kind_of(head) in (None, "other"):
        return None
    sp = person(tail)
    if sp is None and CIVIL_LEAD.match(tail):
        sp = person(tail, strict=False)
    if (
        sp is None
        and not CIVIL_LEAD.match(tail)
        and (m := FUNCTION_THEN_NAME.match(tail))
        and is_role(m["role"])
    ):
        named = person(m["name"], strict=False)
        if named and named["name"] == clean(m["name"]) and not named["role"]:
            sp = {**named, "role": m["role"]}
    if sp is None or _NOT_NAMES.search(fold(sp["name"] or "")):
        return None
    return head, [sp]


# A part named in capitals, then the people who hold it, each with their function: `EN DISPUTE
# Sébastien Treyer, directeur … et Jean-Christophe Bureau, professeur …`, `REACTION de …`.
_SHOUTED_LEAD = re.compile(
    r"^(?P<part>[A-ZÀ-ÖØ-Þ]{2,}(?:\s+[A-ZÀ-ÖØ-Þ]{2,}){0,3})\s+(?:(?:de|d['’]|avec|with|by|par)\s*)?"
    r"(?P<who>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ].*)$"
)


# Thirtieth round. A title ending with a noun for who speaks (`National Keynote Speaker`,
# `Invité d’honneur`, `Guest Speaker`, `Conférencière`), a dash, glued or spaced, or a colon,
# then a person named beyond doubt (a civility allowed, `The Honorable John Hickenlooper`),
# perhaps with their function, then perhaps a labelled part after a spaced dash (`– THEME:
# Progress and Success …`): that person speaks in the block; the noun and the labelled part
# stay its title.
_SPEAKER_NOUN_THEN = re.compile(
    r"^(?P<title>[^–—:()]{0,60}?\b(?:speakers?|intervenant(?:e|s|es)?|orat(?:eur|rice)s?"
    r"|conf[ée]renci(?:er|[èe]re)s?|guests?(?:\s+of\s+honou?r)?|invit[ée]e?s?\s+d['’]honneur"
    r"|panell?ists?|pan[ée]listes?))\s*[-–—:]\s*(?P<who>\S.*)$",
    re.IGNORECASE,
)
# A part with its own label after the person (`– THEME: …`, `– Thème : …`).
_LABELLED_PART = re.compile(r"\s+[–—-]\s+(?P<part>[^\W\d][^,:–—]{0,24}\s?:\s+\S.*)$")


def _speaker_noun_then_person(text: str) -> tuple[str, list[Speaker]] | None:
    """(the title, the person) of a speaker's noun then their name (see above), or None."""
    m = _SPEAKER_NOUN_THEN.match(text)
    if m is None or not m["who"][:1].isupper():
        return None
    who, title = m["who"], clean(m["title"])
    if part := _LABELLED_PART.search(who):
        who, title = who[: part.start()], f"{title} – {part['part']}"
    sp = person(who, strict=False)
    if sp is None or not named_beyond_doubt(sp["name"] or "", bool(CIVIL_LEAD.match(who))):
        return None
    return title, [sp]


def _label_after_dash(text: str) -> tuple[str, list[Speaker]] | None:
    """(the title, the people) when a label follows the title after a dash or a semicolon."""
    for m in _BEFORE_LABEL.finditer(text):
        if (people := labelled_speakers(text[m.end() :])) and (title := clean(text[: m.start()])):
            if run_on := people_run_on(title):
                # The people the title's words run on to speak beside the chair.
                return run_on[0], [*run_on[1], *people]
            return title, people
    return None


# Where a label may follow a title: after a dash or a semicolon, before a capitalised word.
# Nineteenth round. Or after a space alone, when a chair's label, one capitalised word, then a
# colon follow (`Avenir et espérance de l’Homme Modérateur : Dominique Quinio, …`, `Urban
# soils Moderator: Ann Lee, …`, `… Animatrice : …`): the chair's, not the title's. Other
# labels may end a title's words (`Invited Speaker: …`, `Grand Témoin : …`) and stay so.
_BEFORE_LABEL = re.compile(
    r"\s[–—-]\s+(?=[A-ZÀ-ÖØ-Þ])|;\s+(?=[A-ZÀ-ÖØ-Þ])"
    r"|\s(?=(?:Mod[ée]rat|Animat|Chair|Facilitat|Discutant|Discussant|Rapporteu)[\w’'-]*\s?:\s)"
)


_BY_LEAD = re.compile(r"^(?:Par|By)\s+(?=[A-ZÀ-ÖØ-Þ])")


# Words after which a function is named, then the person: "Mot d’accueil du Maire de X, Prénom
# NOM", "Ouverture avec la marraine 2021, Héloïse Conésa, conservatrice …".
_BEFORE_ROLE = re.compile(
    r"\b(?:avec (?:la |le |l['’]|les )?|du |de la |de l['’]|des |par (?:la |le |l['’])?"
    r"|with the |by the |of the )",
    re.IGNORECASE,
)


def role_then_person(text: str) -> tuple[str, list[Speaker]] | None:
    """`Title du Maire de X, Prénom NOM[, role]` → (title, the people named after the
    function, the first taking it as role when none follows their name)."""
    for comma in re.finditer(r",\s+(?=[A-ZÀ-ÖØ-Þ])", text):
        head, tail = text[: comma.start()], text[comma.end() :]
        first = person(tail) or person(tail, strict=False)
        if first is None or _NOT_NAMES.search(fold(first["name"])):
            continue
        for lead in reversed(list(_BEFORE_ROLE.finditer(head))):
            role = clean(head[lead.end() :])
            if role and is_role(role) and len(role.split()) <= 12:
                people = speaker_list(tail) or [first]
                if not people[0]["role"]:
                    people[0] = {**people[0], "role": role}
                return clean(head[: lead.start()]) or clean(head), people
        return None
    return None


DASH_AT = re.compile(r"\s[–—-]\s+(?=\S)")
_AT = re.compile(r"^(?:à|au|aux|at|in)\s", re.IGNORECASE)
_ADDRESS = re.compile(
    r"\b(?:rue|av|avenue|chemin|boulevard|bd|allee|impasse|quai|route|street|st|road|rd|lane"
    r"|groupe scolaire)\b"
)


def a_place(text: str) -> bool:
    """Whether the words after a dash name a place: after `à`/`at`, a place noun or an
    address; without it, an address or a place noun first (`Salle des fêtes`, `Town Hall, 1
    High Street`), so that `Introduction - Principes des Boutiques` stays a title."""
    text = text.strip().rstrip(".")
    if _ADDRESS.search(fold(text)):
        return True
    first = text.split()[0] if text.split() else ""
    return is_place(text) and (bool(_AT.match(text)) or is_place(first))


NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+$|^[A-ZÀ-ÖØ-Þ]\.$")


_WITH_THE = re.compile(r"\s(?:with|avec)\s+(?:(?:the|le|la|les|l['’])\s*)?", re.IGNORECASE)


def function_then_name(text: str) -> Speaker | None:
    """`City Council Member Larry Page`, `Conseillère municipale Anne Martin`: a bulleted
    person written as people are announced, their function first and their name last, with
    nothing between. The name is the last two or three capitalised words, none of them a
    function; the words before them must name a function, so `Task force discussion` or
    `Introduction of Task Force Members` stay items."""
    words = text.split()
    if not 3 <= len(words) <= 10 or re.search(r"[,;:()]", text):
        return None
    for size in (2, 3):
        role, name = " ".join(words[:-size]), words[-size:]
        if not role or not all(NAME_WORD.match(w) for w in name):
            continue
        who = " ".join(name)
        # Thirty-sixth round. A moment's words, then `with`/`avec` and the function before the
        # name (`A Dialogue with Parks Superintendent Tim Gallagher`, `Rencontre avec la
        # directrice des parcs Anne Martin`): the function is what follows `with`, the words
        # before it name the moment, no one's role.
        role = _WITH_THE.split(role)[-1]
        if is_role(who) or _NOT_NAMES.search(fold(who)) or not is_role(role):
            continue
        if (sp := person(who, strict=False)) and sp["name"] == who:
            return {**sp, "role": clean(role)}
    return None


_LABEL_LAST = re.compile(
    r"\S\s+(?:Mod[ée]rat|Animat|Chair|Facilitat|Discutant|Discussant|Rapporteu)[\w’'-]*$"
)


def role_then_name(sentence: str) -> list[Speaker]:
    """`Cinéaste : Margaux Chataux` → the speaker, with the function said first as role."""
    # Thirteenth round. The full stop ending the line is no part of the name (`Témoin et
    # promotrice : Catherine Allier.`, `Filmmaker: Ann Lee.`); an initial's stays (`Thomas C.`).
    sentence = re.sub(r"(?<=[a-zß-ÿ]{2})\.\s*$", "", sentence)
    split = topic_and_person(sentence, strict=False)
    # Nineteenth round. The words before the colon name a function from their first word
    # (`Cinéaste`, `Témoin et promotrice`); words then a chair's label (`Urban soils
    # Moderator: Ann Lee`) are a topic and its chair, read with the title.
    if (
        split
        and is_role(split[0])
        and len(split[0].split()) <= 3
        and not _LABEL_LAST.search(split[0])
    ):
        return [lead_role(split[1], split[0])]
    return []


def _trailing_list(text: str) -> tuple[str, list[Speaker]] | None:
    """`Session 1 - Title - Name (Organisation), Name (Organisation) & Association X`."""
    for m in reversed(list(_TRAILING_LIST.finditer(text))):
        who = text[m.end() :]
        if _TRAILING_LIST.search(who.split("(")[0]):
            break  # "- Urban Futures - Green Cities Network": a subtitle, then bodies
        people = speaker_list(who)
        if not people:
            continue
        # Each person with their organisation or role in brackets, or a name in capitals.
        if all(
            p["organisation"] or p["role"] or person(p["name"] or "") is not None for p in people
        ) and not _NOT_NAMES.search(fold(" ".join(p["name"] or "" for p in people))):
            return clean(text[: m.start()]), people
    return None


_KIND_THEN_CIVIL = re.compile(
    r"^(?P<lead>[A-Za-zÀ-ÿ’' -]{2,30}?)\s+(?=(?:Dr|Prof|Pr|Mr|Mrs|Ms|Mme|M)\.\s+[A-ZÀ-ÖØ-Þ])"
)


def name_line(text: str) -> Speaker | None:
    """A line under a block that names a speaker: `Yannick BLANC, Préfet`, `Gil Charbonnier,
    FDSP, AMU`, `Dr. Joseph Bordogna (Deputy Director)`, `Olivier Tholozan`."""
    if sp := person(text):
        return sp
    if (lead := _KIND_THEN_CIVIL.match(text)) and kind_of(lead.group("lead")):
        # "Welcome Dr. Margaret E. M. Tolbert": a kind, then a titled name, is who gives it.
        return name_line(text[lead.end() :])
    if kind_of(text) or len(text) > 400:
        return None
    if (
        not CIVIL_LEAD.match(text)
        and (m := FUNCTION_THEN_NAME.match(clean(text)))
        and is_role(m["role"])
    ):
        # "Provost Maria Gonzalez": a function, then a name and nothing else.
        named = person(m["name"], strict=False)
        if named and named["name"] == m["name"] and not _NOT_NAMES.search(fold(m["name"])):
            return {**named, "role": named["role"] or m["role"]}
    if not CIVIL_LEAD.match(text) and (named := function_then_person(clean(text))):
        return named
    sp = person(text, strict=False)
    if sp is None or _NOT_NAMES.search(fold(sp["name"])):
        return None
    if fold((sp["name"] or "?").split()[-1]) in PLACE_KINDS:
        return None  # twentieth round: `Victoria Station, Charlotte Street …` are places
    if sp["role"] or sp["organisation"]:
        return sp
    # A name alone: two to four capitalised words and nothing else, perhaps after a civility
    # (`Dr. Margaret E. M. Tolbert`). Nineteenth round: named beyond doubt (a known given
    # name) or with a last name in capitals (`Chloé DURAND`); two capitalised words alone
    # may be a slogan or a talk's title (`Think Big`, `Penser Global`).
    alone = CIVIL_LEAD.sub("", clean(text))
    if alone != sp["name"] or ORG_ANYWHERE.search(fold(text)) is not None:
        return None
    return sp if named_beyond_doubt(alone, False) or alone.split()[-1].isupper() else None


# A second person joined after `with` / `avec` on a speaker's line: `Dr. Amy Brady, Editor,
# expert on climate fiction, with Omar El Akkad, novelist`.
_WITH_SECOND = re.compile(r",?\s+(?:with|avec)\s+(?=(?:[A-ZÀ-ÖØ-Þ]|(?:M|Mme|Dr|Pr)\.?\s))")
_QUOTED_END = re.compile(r"\s*[–—-]\s*[“«\"][^“”«»\"]{3,}[”»\"]\s*$")


def people_joined_by_with(text: str) -> list[Speaker]:
    """Two people on one line under a block, the second after `with`, each with their role or
    organisation, the words in quotes at the end the topic of both (they speak together)."""
    quoted = _QUOTED_END.search(text)
    body = text[: quoted.start()] if quoted else text
    found = list(_WITH_SECOND.finditer(body))
    if len(found) != 1:
        return []
    m = found[0]
    first, second = name_line(body[: m.start()]), name_line(body[m.end() :])
    if first is None or second is None or not (first["role"] or first["organisation"]):
        return []
    if quoted:
        topic = quoted.group().strip(" –—-").strip('“”«»" ')
        first, second = {**first, "topic": topic}, {**second, "topic": topic}
    return [first, second]


# One first name, perhaps with the initial of a last name (`Marvin`, `Thomas C.`).
_FIRST_NAME_ALONE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?:\s+[A-Z]\.)?$"
)


def first_names_listed(text: str) -> list[Speaker]:
    """Thirteenth round. After a colon, three first names or more alone, most of them known
    given names (`Par les participants de « A » : Marvin, Jérôme, Thomas C. et Otto.`, `With
    the pupils: Emma, Liam, Noah and Olivia`): those people take part, named as written."""
    if text.count(",") < 1:
        return []  # three names or more are listed with commas
    head, sep, tail = text.rpartition(":")
    if not sep or not head.strip():
        return []
    parts = [
        p.strip() for p in re.split(r",|\s+(?:et|and|&)\s+", tail.strip().rstrip(".")) if p.strip()
    ]
    if len(parts) < 3 or not all(_FIRST_NAME_ALONE.match(p) for p in parts):
        return []
    known = sum(is_given_name(p.split()[0]) for p in parts)
    if 3 * known < 2 * len(parts):
        return []
    return [make_speaker(p) for p in parts]
