"""Who a title says gives it after a word of its own: `par`/`by`, `de` after a talk, `with`/`avec`,
`from` (`Conférence de Jean Dupont`, `Welcome from Melissa Hansen, Village of Union`,
`Panel with Tom Hardy (NIH) and Jane Roe (NSF)`), and the title left before it. Used by the
title reader (title_people), which also reads here a name ending a title and the words that say
a body or a civility. Thirty-fourth round: a room after the name (`by Ann Lee DCC 337`) is
none of the name's."""

from __future__ import annotations

import re

from facilitateur.models.programme.days_and_dates import MONTHS
from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.name_lines import (
    a_bare_name,
    functions_then_names,
    names_after_by,
    names_sharing_description,
)
from facilitateur.models.programme.people import (
    CIVIL_FUNCTION,
    CIVILITY,
    Speaker,
    label_role,
    lead_role,
    make_speaker,
    named_beyond_doubt,
    named_then_function,
    person,
    plural_function_people,
    speaker_list,
)
from facilitateur.models.programme.people import (
    COMMON_WORDS as _NOT_NAMES,
)
from facilitateur.models.programme.roles_and_bodies import (
    ORG_WORDS,
    a_place_first,
    agent_noun,
    clean,
    is_role,
    looks_like_org,
)
from facilitateur.models.programme.words import (
    kind_of,
)
from facilitateur.models.text.folding import fold

# A work's title closed by its quote right before the words that follow.
_WORK_CLOSED = re.compile(r"\s*[«“\"][^«»“”\"]+[»”\"]\s*$")


# "Table ronde modérée par X": the chair's word before "par".
_CHAIRED_BY = re.compile(
    r"\b(?:mod[ée]r[ée]e?|anim[ée]e?|pr[ée]sid[ée]e?|moderated|chaired|hosted)$", re.I
)


# Forty-second round. A participle saying who leads a part (its chair's among them).
_LED_BY = re.compile(
    r"\b(?:mod[ée]r[ée]e?s?|anim[ée]e?s?|pr[ée]sid[ée]e?s?|coordonn[ée]e?s?|moderated|chaired"
    r"|hosted|coordinated|facilitated|led|run)$",
    re.I,
)
_ONE_GIVEN = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")


def given_names_alone(who: str) -> list[Speaker]:
    """Forty-second round. Given names alone in a list (`Eddie, Susan and Deb`, `Maud et
    Julie`): two or more one-word names, all of them known given names but one at most
    (a nickname, `Deb`); []. A person given in full or anything else is read elsewhere."""
    parts = [p for p in re.split(r"\s*(?:,|\band\b|\bet\b|&)\s*", who.strip(" .!")) if p]
    if len(parts) < 2 or not all(_ONE_GIVEN.fullmatch(p) for p in parts):
        return []
    if sum(not is_given_name(p) for p in parts) > (1 if len(parts) > 2 else 0):
        return []
    return [make_speaker(p) for p in parts]


ORG_ANYWHERE = re.compile(
    r"\b(?:foundation|fondation|university|universite|institute|institut|college|agency|agence"
    r"|council|conseil|association|academy|academie|ministry|ministere|department|center"
    r"|centre|school|ecole|society|societe|laboratory|laboratoire|inc|ltd|corporation|company"
    r"|organization|organisation|federation|office|bank|banque|group|groupe"
    # Twenty-fourth round. The words closing a company's name (`Cemvita Factory`, `Acme
    # Labs`, `Leeds Technologies`, `Green Ventures`).
    r"|factory|labs|technologies|solutions|consulting|ventures|partners|therapeutics"
    r"|biosciences|industries)\b"
)


_NAME_THEN_SLASH = re.compile(r"^(?P<who>[^/,;:()]{3,60}?)\s*/\s*(?P<next>[A-ZÀ-ÖØ-Þ].*)$")


FUNCTION_THEN_NAME = re.compile(r"^(?P<role>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+)\s+(?P<name>[A-ZÀ-ÖØ-Þ].*)$")


_BY_WORD = re.compile(
    rf"\s+(?:de|d['’]|par|by|with|avec|from|w/)\s*(?=(?:{CIVILITY})?[A-ZÀ-ÖØ-Þ])"
    # "Conférence du Dr Martin LEROY": `du` (of the) before a civility names a person too.
    rf"|\s+du\s+(?=(?:{CIVILITY})[A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE,
)


# Thirty-fourth round. A room ending a cell after a name, a venue's column glued to the title
# (`"Promises in Javascript" by Acatl Pacheco DCC 337`, `Atelier par Anne Roux Salle 12`): a
# short word in capitals or a room's noun, then its number, is where, no word of the name.
_ROOM_TAIL = re.compile(
    r"(?<=[a-zß-öø-ÿ])\s+(?:[A-Z]{2,5}|Room|Rm\.?|Salle|Amphi|Hall)\s+\d{1,4}[A-Z]?\s*$"
)

# after `from`, only such a name is one ("News from North Carolina and South Dakota" names none).
_SENTENCE_TAIL = re.compile(r"(?<=[a-zà-ÿ]{2})\.(?:\s*\([^()]*\))?\s*$")


# Thirty-second round. A web page's link ending a cell after a name (`Workshop w/ Mike Amundsen
# Details`, `Conférence par Anne Roux En savoir plus`) is the page's, no word of the name.
_LINK_TAIL = re.compile(
    r"(?<=[a-zß-öø-ÿ])\s+(?:Details|Read more|More info|Bio|D[ée]tails|En savoir plus"
    r"|Lire la suite|Plus d['’]infos?)\s*$"
)


# Forty-third round. After a person, `et`/`and`, then words in lower case only, perhaps after
# an article (`… par Dalila Aït-el-djoudi et clôture du colloque`): another moment, no second
# person (see by_people).
_THEN_A_MOMENT = re.compile(
    r"\s+(?:et|and)\s+(?P<moment>(?:la\s+|le\s+|les\s+|l['’]|the\s+)?[a-zß-öø-ÿ][^A-ZÀ-ÖØ-Þ,;:()]*)$"
)
# Thirty-fifth round. What follows the talk, said right after the name (`conférence de
# Christian Velot suivie d’un débat avec la salle`, `Talk by Ann Lee followed by a debate`), is
# the block's next part, no word of the name (after a function, speaker_about cuts it so).
_FOLLOWED_TAIL = re.compile(
    r"(?<=[a-zß-öø-ÿ])\s+(?:suivie?s?\s+(?:de\s|par\s|d['’])|followed\s+by\s).*$"
)


# Thirty-fifth round. Whom the block is for, or what it costs, written after the name that
# `par` / `by` introduces (`Atelier de Gravure par Alexandre David Tout public à partir de 7
# ans.`, `Storytelling by Ann Lee All ages, free`): the block's note, no word of the name.
_AUDIENCE_TAIL = re.compile(
    r"(?<=[a-zß-öø-ÿ])\s+(?:tout\s+public|jeune\s+public|public\s+familial|pour\s+tous"
    r"|(?:[àa]\s+partir|d[èe]s)\s+(?:de\s+)?\d+\s+ans|entr[ée]e\s+(?:libre|gratuite)|gratuit"
    r"|sur\s+inscription|all\s+ages|ages\s+\d+|for\s+all\s+ages|free\s+(?:entry|admission)"
    r"|registration\s+required)\b.*$",
    re.IGNORECASE,
)


CIVIL_LEAD = re.compile(rf"^(?:{CIVILITY})(?=[A-ZÀ-ÖØ-Þ])")


_THEME_LEAD = re.compile(r"^(?:(?:le|du|the)\s+)?th[èe]mes?\s+(?:de\s+|d['’]\s*|of\s+)?", re.I)


# Twenty-third round: a function in small letters may come between the name and `sur`, with
# no comma (`par Odile Plan initiatrice de l’association l’Or gris sur le thème « … »`).
# Forty-sixth round: perhaps after a civility written in full or short (`Conférence par
# Monsieur André Mourot sur « … »`, `Talk by Mrs Ann Lee on …`), not part of the name.
_NAME_THEN_SUBJECT = re.compile(
    rf"^(?:{CIVILITY})?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3})"
    r"(?:,?\s+(?P<role>[a-zß-öø-ÿ][^,;:«»“”()]{2,80}?))?\s+(?:sur|on|about)\s+(?P<topic>\S.*)$"
)


_QUOTED_TOPIC = re.compile(r"^[«“\"]\s*(?P<topic>[^«»“”\"]{3,}?)\s*[»”\"]")

# `, projet accepté par la FWB … par Noémi Knecht`: words after the comma, then `par`/`by`
# (right after the comma, `…, Valérie Pécresse, par M. A`, it names who welcomes someone).
_LATER_BY = re.compile(r",\s+[^,]*?[^,\s]\s+(?:par|by)\s+(?=[A-ZÀ-ÖØ-Þ])")


_THEN_BY = re.compile(r",\s+(?=(?:par|by)\s)")


_PERSON_THEN_PART = re.compile(r"^(?P<who>[^()]{3,60}\([^()]{2,80}\))\s+(?P<rest>[A-ZÀ-Ö]\w.{2,})$")


_NAME_THEN_WORK = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2})\s*[«“\"]"
)


# A film shown: its makers are named after `de`/`by`, and are not there to speak.
SCREENING = re.compile(
    r"\b(?:projection|screening|film|documentaire|documentary|court-metrage|long-metrage"
    r"|movie)\b"
)


_ARTICLE_BEFORE = re.compile(
    r"(?:^|\s)(?:au|aux|du|des|le|la|les|un|une|à|a|en|the|at|in|on|of|to)$", re.IGNORECASE
)


# An initial glued to the last name after it (`A.Mésséan`, `J.Smith`): a space lost.
_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-ZÀ-ÖØ-Þ]\.)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2})")


def _said(m: re.Match[str]) -> str:
    """The word saying who gives a title, `w/` read as the `with` it abbreviates."""
    word = m.group().strip().lower()
    # Thirty-second round. `w/` is how a table cell writes `with` (`Hypermedia Workshop w/
    # Mike Amundsen`): the same word, read by the same rules.
    return "with" if word == "w/" else word


def said_by_par(word: str) -> bool:
    """Whether the word before the people is `par` or `by`."""
    return word.strip().lower() in ("par", "by")


def _initials_only(who: str) -> list[Speaker]:
    """Twenty-fourth round. After `par`/`by`, which say people follow, initials and last names
    alone (`par A.Mésséan et P. Prévost`, `by J. Smith and A. Lee`) are people, as in a
    speakers' column; an initial glued to its name is read with its space. [] when any part
    is something else."""
    spaced = _GLUED_INITIAL.sub(r"\1 ", clean(who).rstrip("."))
    people = speaker_list(spaced, people_only=True)
    if not people or not all(re.match(r"[A-ZÀ-ÖØ-Þ]\.", p["name"] or "") for p in people):
        return []
    return people


def _vouched_bare(name: str, who: str) -> bool:
    """Whether a name read alone after `de` is a person beyond doubt: a civility before it,
    an initial in it, or a known given name then a last name."""
    if CIVIL_LEAD.match(who.strip()) or re.search(r"\b[A-ZÀ-ÖØ-Þ]\.", name):
        return True
    return named_beyond_doubt(name, False)


def by_people(text: str) -> tuple[str, list[Speaker]] | None:
    """`Title de/par/by Name, role[, Name, role … et Name, role]` → (title, speakers), trying
    each "de", "par", "by" from the left ("Présentation des résultats de CO-ACTE … par M.
    Samuel Thirion, Secrétaire général"). A room ending the text after the name stays at the
    title's end (`Talk by Ann Lee Room 101` → `Talk Room 101`): nothing typed is lost."""
    found = _by_people(text)
    if (
        not found
        and (then := _THEN_A_MOMENT.search(text))
        and kind_of(then["moment"]) is not None
        and (before := _by_people(text[: then.start()]))
        and before[1]
    ):
        # Forty-third round. After the person, `et`/`and` then another moment in lower case
        # (`Conclusion par Dalila Aït-el-djoudi et clôture du colloque`, `Closing remarks by
        # Jane Smith and wrap-up of the day`): no second person, the moment that follows;
        # it stays in the title.
        found = clean(f"{before[0]} {then.group().strip()}"), before[1]
    follow = _FOLLOWED_TAIL.search(text) or _AUDIENCE_TAIL.search(text)
    if (
        found
        and follow
        and found[1]
        and 0 <= text.find(found[1][-1]["name"] or "\x00") < follow.start()
        and follow.group().strip() not in found[0]
    ):
        # What follows the talk, or whom it is for, stays in its title (`conférence suivie
        # d’un débat …`, `Atelier de gravure Tout public à partir de 7 ans`).
        found = clean(f"{found[0]} {follow.group().strip()}"), found[1]
    room = _ROOM_TAIL.search(text)
    if found and room and not found[0].endswith(room.group().strip()):
        return clean(f"{found[0]} {room.group().strip()}"), found[1]
    return found


def _by_people(text: str) -> tuple[str, list[Speaker]] | None:
    for m in _BY_WORD.finditer(text):
        if _said(m) in ("par", "by") and _ARTICLE_BEFORE.search(text[: m.start()]):
            # Fifteenth round. `par`/`by` right after an article or a preposition (`Pique-nique
            # citoyen au par Edouard André`, a `parc` mistyped; `Walk to the by Lake Road`)
            # is no `by`: it says no one's part.
            continue
        if _said(m) in ("de", "d'", "d’", "by") and SCREENING.search(fold(text[: m.start()])):
            # Twenty-second round. In a screening's title, `de`/`by` names who made the film
            # (`Projection du film Océans, de Jacques PERRIN et Jacques CLUZAUD`, `Screening of
            # Oceans, by Ann Lee`), not who speaks: a later `par`, `avec`, `with` still does.
            continue
        if (
            _said(m) in ("de", "d'", "d’")
            and (work := _WORK_CLOSED.search(text[: m.start()]))
            and not _SPOKEN.search(fold(text[: work.start()]))
        ):
            # Twenty-eighth round. `de` right after a work in quotes names its author (`Pour
            # les 150 ans des « Misérables » de Victor Hugo`, `Vernissage de l’exposition «
            # Dans les bois » de Pierre Martin`), who speaks only when the title says a talk
            # (`Conférence « L’eau » de Jean Dupont`): a wrong person is worse than a missed one.
            continue
        # The end of the sentence, and a place in brackets after it, are not the name's.
        who = _ROOM_TAIL.sub("", _LINK_TAIL.sub("", _SENTENCE_TAIL.sub("", text[m.end() :])))
        who = _AUDIENCE_TAIL.sub("", _FOLLOWED_TAIL.sub("", who))
        if (
            _said(m) in ("par", "by")
            and (chair := _CHAIRED_BY.search(head := clean(text[: m.start()])))
            and (plural := plural_function_people(text[m.end() :].strip()))
        ):
            # Forty-first round. A chair's participle, then a function in the plural before
            # the names (`La soirée, animée par les journalistes A et B, sera …`): each of them
            # chairs, holding that function (see people.plural_function_people).
            said = chair.group(0)
            word = label_role(f"{said} {'by' if said.lower().endswith('ed') else 'par'}")
            title = clean(head[: chair.start()]).rstrip(" ,") or head
            if re.search(r",\s+[a-zà-ÿ]", text[m.end() :]):
                title = clean(text)  # the sentence goes on after the names: kept whole
            return title, [{**p, "role": f"{word}, {p['role']}"} for p in plural]
        if (
            _said(m) in ("par", "by")
            and (led := _LED_BY.search(head := clean(text[: m.start()])))
            and (given := given_names_alone(who))
        ):
            # Forty-second round. A participle saying who leads the part, then given names
            # alone (`Form teams - coordinated by Eddie, Susan and Deb`, `Atelier animé par
            # Maud et Julie`): each of them leads it; a chair's word is their role.
            chair = _CHAIRED_BY.search(led.group(0))
            said = led.group(0)
            word = label_role(f"{said} {'by' if said.lower().endswith('ed') else 'par'}")
            title = clean(head[: led.start()]).rstrip(" ,-–—:") or head
            return title, [{**p, "role": word if chair else None} for p in given]
        if (
            "/" in who
            and (slashed := _NAME_THEN_SLASH.match(who))
            and named_beyond_doubt(slashed["who"], False)
        ):
            # Thirtieth round. A name beyond doubt, then a slash and a capitalised part
            # (`Introductory Remarks by Bob Turner/Approval of Minutes`, `Accueil par Marie
            # Dupont / Lecture du compte rendu`): the block's next part, none of the name's.
            head = clean(f"{text[: m.start()]} / {slashed['next']}")
            return head, [make_speaker(slashed["who"])]
        if _said(m) in ("de", "d'", "d’") and (later_by := _LATER_BY.search(who)):
            # Twenty-first round. `de` then, further on, `par`/`by` and a person named beyond
            # doubt (`« Le Verfügbar aux enfers » opérette de Germaine Tillion, projet … par
            # Noémi Knecht, membre de …`): `de` names the work's author, `par` who gives it
            # here; the one after `par` speaks.
            after = who[later_by.end() :]
            if (sp := _by_person(after)) and named_beyond_doubt(sp["name"] or "", False):
                continue
        if (quoted := _NAME_THEN_WORK.match(who)) and named_beyond_doubt(quoted["name"], False):
            # Tenth round. A person named beyond doubt, then a work in quotes, is who performs
            # or wrote it (`Spectacle tout public de Marie-Aude Ravet « Si le monde m’était
            # dansé »`, `Reading by Laura Bennett "The Tide"`): the work stays in the title.
            head = clean(f"{text[: m.start()]} {who[quoted.end('name') :]}")
            return head, [make_speaker(quoted["name"])]
        said = _said(m)
        if (
            said in ("from", "by", "par", "with", "avec")
            or (said in ("de", "d'", "d’") and _SPOKEN.search(fold(text[: m.start()])))
        ) and (shared := names_sharing_description(who)):
            return clean(text[: m.start()]), shared  # "Welcome from A, B, and C, KSU"
        if _said(m) == "from" and not CIVIL_LEAD.match(who):
            # Tenth round. After `from`, a person named beyond doubt is one (`A Musical Welcome
            # from Michael Pendergast`); in a welcome or a greeting, a known given name alone
            # is who gives it (`Welcome from Oliver`, `Greetings from Anna`), where `News
            # from North Carolina` or `Coffee from Receiver Coffee` name no one.
            head = clean(text[: m.start()])
            alone = who.strip(" .!")
            if named_beyond_doubt(alone, False) and not re.search(r"[,(]", alone):
                return head, [make_speaker(alone)]
            if vouched := names_after_by(alone):
                return head, vouched  # "Opening Remarks from Chaitan Baru and Theresa Mayer"
            if people := functions_then_names(alone):
                return head, people  # "Remarks from Provost Patrick Phillips, VPRI David Conover"
            if (
                (sp := _by_person(alone))
                and (sp["role"] or sp["organisation"])
                and a_bare_name(sp["name"] or "")
                and not looks_like_org(alone)
            ):
                # Twenty-fifth round. A name beyond doubt then their body or function after
                # its comma (`Welcome from Melissa Hansen, Village of Union`).
                return head, [sp]
            if (
                re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?", alone)
                and is_given_name(alone)
                and kind_of(head) == "welcome"
            ):
                return head, [make_speaker(alone)]
            continue
        if (
            _said(m) in ("by", "par")
            and (cut := _PERSON_THEN_PART.match(who))
            and (sp := _by_person(cut["who"]))
            and sp["organisation"]
            and not ((whole := _by_person(who)) and whole["organisation"])
        ):
            # A cell running a block's parts together (`Introduction Invited talk by A (Univ.)
            # Questions and Answers`): a name with its body in brackets ends the speaker, and
            # the capitalised words after it are the next part, not more of the person; the
            # cell stays the title as written.
            return clean(text), [sp]
        # "Accueil de Madame la Ministre, Valérie Pécresse, par M. A, … et M. B, …": the one
        # received, named with their function, stays in the title and is a speaker too; the
        # people after "par" follow.
        then_by = _THEN_BY.search(who)
        if (
            _said(m) in ("de", "d'", "d’")
            and then_by
            and CIVIL_FUNCTION.match(clean(who[: then_by.start()]))
            and (received := person(who[: then_by.start()], strict=False))
            and (later := by_people(who[then_by.start() :]))
        ):
            return clean(text[: m.end() + then_by.start()]), [received, *later[1]]
        by_one = _by_person(who)
        if (
            not by_one
            and (
                _said(m) in ("par", "by")
                or (_said(m) in ("de", "d'", "d’") and _SPOKEN.search(fold(text[: m.start()])))
            )
            and (about := _NAME_THEN_SUBJECT.match(who))
            and named_beyond_doubt(about["name"], False)
            and (not about["role"] or is_role(about["role"]) or agent_noun(about["role"]))
        ):
            # Twenty-first round. After `par`/`by`, a name beyond doubt then `sur`/`on`/
            # `about` and what they speak on (`clôture par Yvon Robert sur l’engagement de
            # Rouen …`, `Closing by Ann Lee on the city's commitments`): the person, their
            # topic what follows. Twenty-third round: after `de` too when the title before it
            # is a talk (`intervention de Jean-Louis Bianco sur « … »`, `Lecture of Ann Lee
            # on …`), and a function between the name and `sur` is their role.
            sp = make_speaker(about["name"])
            sp["role"] = clean(about["role"]) if about["role"] else None
            topic = _THEME_LEAD.sub("", about["topic"])
            if (quoted := _QUOTED_TOPIC.match(topic)) and re.search(r"\w", topic[quoted.end() :]):
                # Forty-sixth round. A subject in quotes ends at its closing quote; what the
                # line says after it (`… » puis une présentation … par Monsieur Gournet`)
                # is another part, kept in the title as written, not the person's topic.
                sp["topic"] = clean(quoted["topic"]) or None
                return clean(text), [sp]
            sp["topic"] = clean(topic).strip('«»“”" .') or None
            return clean(text[: m.start()]), [sp]
        if not by_one and said_by_par(_said(m)) and (initials := _initials_only(who)):
            return clean(text[: m.start()]), initials  # "… par A.Mésséan et P. Prévost"
        if not by_one and (names := _names_joined(who)):
            return clean(text[: m.start()]), names  # "Fireside chat with Jane Smith and John Doe"
        said_by = _said(m)
        if (
            not by_one
            and who.count("(") >= 2
            and (
                said_by in ("with", "avec", "par", "by")
                or (said_by in ("de", "d'", "d’") and _SPOKEN.search(fold(text[: m.start()])))
            )
            and len(people := speaker_list(who)) > 1
            and all(p["organisation"] and p["organisation"] in who for p in people)
            and who.count("(") >= len(people)
        ):
            # "Panel with Tom Hardy (NIH) and Jane Roe (NSF)", "Intervention de A (Université
            # de Nantes) et B (INRAE)": each with their body.
            return clean(text[: m.start()]), people
        sp = by_one
        word = _said(m)
        if sp is None and (
            word in ("by", "par")
            or (word in ("de", "d'", "d’") and _SPOKEN.search(fold(text[: m.start()])))
        ):
            sp = name_ending_title(who)
        if (
            sp is None
            and word in ("with", "avec")
            and kind_of(head := clean(text[: m.start()])) not in ("meal", "social", "break")
            and (ending := name_ending_title(who))
            and a_bare_name(ending["name"] or "")
        ):
            # Twenty-fifth round. After `with`/`avec`, a name beyond doubt ending the title
            # (`Recap of the 2013 reports with Kate Nesse`, `Atelier cuisine avec Marie Roux`)
            # is who gives it, and the title stays as written (as an exchange's, seventeenth
            # round); other capitalised words (`Lunch with Local Farmers`) are no one, and
            # whoever shares a meal (`Dinner with Ann Lee`) does not speak at it.
            return (clean(text) if head else head), [ending]
        if (
            sp is None
            and word in ("with", "avec")
            and _GIVEN_NAME_ENDING.fullmatch(who)
            and is_given_name(who)
            and fold(who) not in MONTHS
            and not _NOT_NAMES.search(fold(who))
            and 0 < len((head := clean(text[: m.start()])).split()) <= 6
            and kind_of(head) not in ("meal", "social", "break")
        ):
            # Forty-fourth round. After `with`/`avec`, a known given name alone ending the
            # short title (`Night Hike with Leah`, `Atelier vannerie avec Claire`, six words at
            # most: no sentence running on) is the person who leads it, named by their given
            # name as a camp's or a fête's programme does; the title stays as written. A month (`Walk with May`) or a common word is no one, and
            # whoever shares a meal (`Dinner with Grace`) does not speak at it.
            return clean(text), [make_speaker(who)]
        if (
            sp is None
            and word in ("with", "avec")
            and kind_of(head := clean(text[: m.start()])) not in ("meal", "social", "break")
            and (of_body := _name_of_body(who))
        ):
            return (clean(text) if head else head), [of_body]
        if (
            sp
            and word in ("de", "d'", "d’")
            and not (sp["role"] or sp["organisation"])
            and not _vouched_bare(sp["name"] or "", who)
        ):
            # Fortieth round. After `de`, the thing presented and the one presenting read
            # alike (`présentation de Perche Nature`, `Presentation of Green Valley`): with no
            # function nor body beside it, capitalised words are a person only when named
            # beyond doubt (a civility, an initial, a known given name first); an association
            # or a place is no one, and a wrong person is worse than a missed one.
            continue
        if sp:
            people = speaker_list(who) if ", " in who or " et " in who or " and " in who else []
            described = [bool(p["role"] or p["organisation"]) for p in people]
            if not (len(people) > 1 and (all(described) or not any(described))):
                people = [sp]  # one person, or a list of names alike ("de A, B, C et D")
            title = clean(text[: m.start()])
            if chair := _CHAIRED_BY.search(title):
                said = chair.group(0)
                word = label_role(f"{said} {'by' if said.lower().endswith('ed') else 'par'}")
                people = [
                    {**people[0], "role": ", ".join(x for x in (word, people[0]["role"]) if x)}
                ]
                title = clean(title[: chair.start()]) or title
            named = text.find(people[0]["name"] or "", m.end())
            said = clean(text[: named + len(people[0]["name"] or "")]) if named > 0 else ""
            if said and kind_of(title) is None and kind_of(said) not in (None, "other"):
                # "Mot de Patrick Gendraud Président …": a title that says its kind only
                # with whom it is from keeps them (`Mot` alone says nothing).
                title = said
            return title, people
    return None


def _opens_a_quote(text: str) -> bool:
    """Whether `text` opens a quotation it does not close (`… « Des rapports juridiques`)."""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”")


def _by_person(who: str) -> Speaker | None:
    """The person after "de", "par", "by": strictly a name in capitals, or any name followed by
    their role or organisation ("par Isabelle Mallez, Conseillère …") or by their topic
    ("Introduction de Martin Sommer : « Le rôle … »")."""
    name, sep, topic = who.partition(" : ")
    if _opens_a_quote(name):
        # Thirty-third round. A colon inside a quoted title (`Name, Sénateur de X « Des rapports
        # juridiques : quelles marges ? »`) parts the title's own halves, not the person from
        # their topic: the quote is read whole after their function (speaker_about).
        sep = ""
    if sep and (sp := person(name) or person(name, strict=False)):
        return {**sp, "topic": clean(topic).strip("«» .") or None}
    sp = person(who)
    if (
        sp is None
        and not CIVIL_LEAD.match(who)  # "Professor Josh Snodgrass": a civility, no role
        and (m := FUNCTION_THEN_NAME.match(clean(who)))
        and is_role(m["role"])
    ):
        # "Remarks by Senator Bob Lee": a function, then the name.
        named = person(m["name"], strict=False)
        if named and not _NOT_NAMES.search(fold(named["name"] or "")):
            return lead_role(named, m["role"])
    if sp is None:
        sp = person(who, strict=False)
        if (
            sp
            and not (sp["role"] or sp["organisation"])
            and a_place_first(who.partition(",")[2].strip(" ."))
            and named_beyond_doubt(sp["name"] or "", False)
        ):
            # Twenty-ninth round. A name beyond doubt, then after its comma where they give
            # the block (`Contes pour enfants par Norbert Crettol, Grange à Émile.`): the
            # person, the place no body of theirs (roles_and_bodies.places_out).
            return sp
        if sp is None or not (sp["role"] or sp["organisation"] or CIVIL_LEAD.match(who)):
            # "Mot de Patrick Gendraud Président du Conseil …": a name beyond doubt, then
            # their function with no comma between.
            return named_then_function(who)
    return sp


# One capitalised word and nothing else.
_GIVEN_NAME_ENDING = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+")


# Words naming what someone says, after which `de` names the one who says it (`Intervention de
# Jean Dupont`, `Témoignage d’Anne Leroy`), not a subject (`La pensée de Guy Héraud`).
_SPOKEN = re.compile(
    r"(?:^|\s)(?:interventions?|conferences?|temoignages?|exposes?|allocutions?|discours|mots?"
    r"|causeries?|lectures?|presentations?|regards?|paroles?)\s*$"
)


def name_ending_title(who: str) -> Speaker | None:
    """After `by` or `par`, a name alone ending the title is a person (`Talk by Jean Dupont`):
    two to four capitalised words that name no body (`Hosted by Open Data Institute`) and are
    no words of a title. After `de`, a name is often the subject (`La pensée de Guy Héraud`)."""
    sp = person(who, strict=False)
    if sp is None or sp["name"] != clean(who).rstrip("."):
        return None
    folded = fold(who)
    if _NOT_NAMES.search(folded) or ORG_ANYWHERE.search(folded) or ORG_WORDS.match(folded):
        return None
    return sp


# Twenty-sixth round. After `with`/`avec`, a name beyond doubt then the body they come from,
# said with `de la`, `de l’`, `du`, `des`, `of the`, `from`, ending the sentence (`… suivi
# d'un temps d'échange avec Yann Bruell de la LPO.`, `Atelier avec Olivier Garnier de
# l'association "Koal Kozh"`, `Discussion with Ann Kowalski of the RSPB`): the person, and
# the body their organisation. The body must say it is one, since a place is said the same
# way (`avec Marie Roux de la Drôme`): an acronym, a name in quotes, or words naming a body
# (`l'association …`, `Friends of the Earth Foundation`).
_NAME_OF_BODY = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2})\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|of\s+the|from\s+the|from)\s*"
    r"(?P<body>[^,;:()]{2,60}?)\s*[.!]?$"
)


_BODY_LEAD = re.compile(
    r"^(?:association|collectif|federation|cooperative|syndicat|compagnie|troupe|club"
    r"|societe|fondation|reseau|organisation|organization|society|foundation|network"
    r"|charity|company|collective)s?\s+",
)


# An article in small letters before the body's name is not part of it (`de l'association
# des Amis du Jardin`); one with a capital is (`Les Jardins`).
_SMALL_ARTICLE = re.compile(r"^(?:les|le|la|l['’]|des|du|de|the)\s*(?=[A-ZÀ-ÖØ-Þ])")


_ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&]{1,7}$")


_QUOTED = re.compile(r"^[«“\"](?P<inside>[^«»“”\"]{2,50})[»”\"]$")


def _name_of_body(who: str) -> Speaker | None:
    """A name beyond doubt then the body they come from (see _NAME_OF_BODY), or None."""
    m = _NAME_OF_BODY.match(clean(who))
    if m is None or not named_beyond_doubt(m["name"], False):
        return None
    body = m["body"].strip()
    lead = _BODY_LEAD.match(fold(body))
    rest = _SMALL_ARTICLE.sub("", body[lead.end() :].strip()) if lead else body
    if quoted := _QUOTED.match(rest):
        body = clean(quoted["inside"])
    elif _ACRONYM.match(rest):
        body = rest
    elif lead and rest[:1].isupper():
        body = rest  # the body's name, as when quoted (`de l'association Les Jardins`)
    elif not ORG_ANYWHERE.search(fold(body)):
        return None
    sp = make_speaker(m["name"])
    if sp["name"] != m["name"]:
        return None
    sp["organisation"] = body
    return sp


def _names_joined(who: str) -> list[Speaker]:
    """Two or more names joined by "and", "et", "&" and commas, nothing else: `Jane Smith and
    John Doe`, `Marie Dupont, Paul Martin et Anne Leroy`."""
    if not re.search(r"\s(?:and|et|&)\s", who):
        return []
    people = speaker_list(who)
    if len(people) < 2 or any(
        p["role"]
        or p["organisation"]
        or len((p["name"] or "").split()) < 2
        or _NOT_NAMES.search(fold(p["name"] or ""))
        or ORG_ANYWHERE.search(fold(p["name"] or ""))
        for p in people
    ):
        return []
    return people
