"""What follows a speaker's name, taken apart (twenty-fifth round, out of `people`): their
function, their body and their topic from the words after the name and what was in brackets
after it (`Yannick BLANC, Préfet`, `Ann Lee (Acme), CEO: “Why cities matter”`), the next part
of the block run on after them left out. `make_speaker` builds a speaker from them; `people`
finds the names and calls it. How a function and a body are told apart is in
`roles_and_bodies`."""

from __future__ import annotations

import re

from facilitateur.models.programme.roles_and_bodies import (
    ORG_INSIDE,
    TRAILING_FUNCTION,
    acronym_then_function,
    agent_noun,
    clean,
    function_glued_to_body,
    function_then_acronym_body,
    function_then_body,
    functions_and_body,
    is_role,
    places_out,
    role_and_body,
    sentence_case,
)
from facilitateur.models.text.folding import fold

Speaker = dict[str, str | None]


# Seventeenth round. After a name and its comma, `du`, `de la`, `from` or `of the` then a body
# named by its kind's word (`Marie Bernard, du cabinet Palabreo`, `Ann Lee, from the Leeds
# City Council`): the body they come from, their organisation.
_FROM_BODY = re.compile(
    r"^(?:du|de la|de l['’]|des|from(?: the)?|of the)\s*(?P<org>\S.*)$", re.IGNORECASE
)


# A French article in small letters then a capitalised name, closing a list of functions and
# bodies; the part before it names a body already (a capitalised part after a comma).
_GROUP_AFTER_BODY = re.compile(r",\s+(?:le|la|les)\s+[A-ZÀ-ÖØ-Þ][^,()]*$")
_CAPITAL_PART = re.compile(r",\s+[A-ZÀ-ÖØ-Þ]")


def _balanced(text: str) -> str:
    """`FDSP, AMU)` → `FDSP, AMU`: a stray bracket is dropped."""
    if text.count(")") > text.count("("):
        text = text.replace(")", "", text.count(")") - text.count("("))
    if text.count("(") > text.count(")"):
        text = text.replace("(", "", text.count("(") - text.count(")"))
    return clean(text)


# " - Débat avec la salle" after a role is the next part of the block, not the role.
_NEXT_PART = re.compile(
    r"\s+[-–—]\s+(?:d[ée]bat|[ée]changes?|questions?|q\s*&\s*a|discussion|pause|break)\b.*$"
    # Twenty-first round. What follows a talk, said after its speaker's function (`…
    # co-fondateur de Gandi suivie d'une séance de questions`, `… at Leeds, followed by a
    # discussion`), is the next part, no words of their role.
    r"|,?\s+(?:suivie?s?\s+(?:de\s|par\s|d['’])|followed by\s).*$"
    # Twenty-third round. What they will do, after a comma, in the future (`reporter de
    # guerre, proposera une analyse …`, `…, partageront leur retour d’expérience`, `Director,
    # will present …`): their talk, no words of their function.
    r"|,\s+(?:[a-zß-ÿ]{2,}(?:era|eront|ira|iront|dra|dront)|will|shall)\s.*$"
    # A body named, then what it is (`membre de l’association Santé Arménie, créée en
    # réponse …`, `… of Acme, founded in 1990`): about the body, no words of the function.
    r"|,\s+(?:cr[ée]{2}e?s?|fond[ée]e?s?|bas[ée]e?s?|founded|created"
    r"|established|based)\s+(?:en|par|pour|à|a|dans|in|by|for|at)\s.*$"
    # Thirtieth round. Someone not yet named joined to the list after the last function
    # (`Président de Prisme et un représentant institutionnel (à confirmer)`, `…, and a guest
    # from the council`): another person, no words of this one's function.
    r"|,?\s+(?:et\s+(?:un|une|des|d['’]autres|plusieurs)\s+(?:repr[ée]sentant(?:e|s|es)?"
    r"|invit[ée]e?s?|intervenant(?:e|s|es)?|participant(?:e|s|es)?|[ée]lue?s?|t[ée]moins?)"
    r"|and\s+(?:a|an|other|several)\s+(?:representatives?|guests?|speakers?|participants?"
    r"|elected))\b.*$"
    # What they do there, said after a comma in the present (`Vice président en charge des
    # finances, informe les délégués que …`, `Mayor, presents the budget`): their part in
    # the block, as the future above, no words of their function.
    r"|,\s+(?:informe|pr[ée]sente|rappelle|explique|indique|expose|pr[ée]cise|souligne"
    r"|annonce|remercie|accueille|introduit|ouvre|presents|explains|reports|introduces"
    r"|welcomes|thanks|opens)\s.*$"
    # The next block run on after a function, a dash then its time (`… membre URMIS. - 17h00
    # // Groupes de travail`, `… Director - 12:30 Lunch`): the day goes on, the role ends.
    r"|\.?\s+[-–—]\s+\d{1,2}\s*(?:[hH:]\s*\d{0,2}|[.]\d{2})\b.*$",
    re.IGNORECASE,
)


# Twenty-fourth round. A capitalised `Débat`, `Discussion`, `Questions`, `Échanges`, `Q&A`
# closing a function with no dash (`Directeur de recherche au CNRS Débat`, `philosophe
# (ouvrage « Eux et Nous ») Débat`, `Professor of Law Discussion`): the block's next part, run
# on from the next line. The word before it says so: in small letters, in capitals (an
# acronym) or closing a bracket or a quote; a capitalised word, an article or `de`/`of`
# before it makes it a body's name (`Chair of the Great Debate`, `Président de la Commission
# du Débat`), kept.
_CLOSING_PART = re.compile(
    r"(?P<before>\S+)\s+(?:D[ée]bats?|Debates?|Discussions?|Questions|[ÉE]changes|Q\s?&\s?A)"
    r"(?:\s+(?:g[ée]n[ée]ral|avec la salle|with the audience|et questions|and questions))?"
    r"\s*[.!]?$"
)
_NOT_BEFORE_PART = frozenset({"de", "du", "des", "la", "le", "les", "the", "of", "for", "d", "l"})


def _without_closing_part(about: str) -> str:
    """The function without a closing `Débat` run on from the next line (see above)."""
    m = _CLOSING_PART.search(about)
    if m is None:
        return about
    before = m["before"]
    word = before.strip("'’").split("'")[-1].split("’")[-1]
    if fold(word) in _NOT_BEFORE_PART:
        return about
    if not (before[-1] in ')»”"' or word.islower() or word.isupper()):
        return about
    return about[: m.start("before") + len(before)]


_CHEZ_BODY = re.compile(r"\s+chez\s+(?P<org>[A-ZÀ-ÖØ-Þ][^,;()]{1,60})$")
_COLON_TOPIC = re.compile(r"\s*:\s+(?=[«“\"A-ZÀ-ÖØ-Þ])")
_NEXT_SENTENCE = re.compile(
    r"(?<=[a-zß-ÿ)]{2})\.\s+(?!(?:Il|Elle|Ils|Elles|He|She|They|His|Her|Their|Son|Sa|Ses)\s)"
    r"(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’]+[\s,]+\S+\s+\S+)"
)


# A quote opened and not yet closed (`“Glisser nue sur la rampe`).
_OPEN_QUOTE = re.compile(r"[“«][^”»]*$")


_NOTE_BRACKET = re.compile(
    r"^(?:for|pour|sur|upon|open\s+to|ouvert(?:e|s|es)?\s+à|r[ée]serv[ée]e?s?|reserved"
    r"|members|adh[ée]rents|only|uniquement|free|gratuit|entr[ée]e"
    # Thirty-third round: on what terms one comes (`(by invitation only)`, `(on registration)`,
    # `(invitation seulement)`), as `(sur inscription)`.
    r"|(?:by|on|upon)\s+(?:invitation|registration|appointment|reservation)|invitations?)\b",
    re.IGNORECASE,
)


_WORK_BRACKET = re.compile(
    r"\s*\((?:ouvrage|livre|roman|essai|book|novel|auteur|autrice|author)\b[^()]*\)",
    re.IGNORECASE,
)


# Twenty-ninth round. After a function, `autour de`/`à propos de` or `about`/`around`/`on`
# and their own work (`auteur et scénariste autour de sa BD Immigrants`, `writer, about her
# novel The Tide`) says what they speak on, no body of theirs: the topic.
_ABOUT_THEIR_WORK = re.compile(
    r"\s+(?:autour\s+de|[àa]\s+propos\s+de|about|around|on)\s+"
    r"(?P<work>(?:son|sa|ses|leur|leurs|his|her|their)\s+\S.*)$",
    re.IGNORECASE,
)


# Thirtieth round. A bracket saying whether they come (`(Invited)`, `(invité)`, `(à
# confirmer)`, `(TBC)`, `(sous réserve)`, `(pressentie)`) is a note on their coming, no
# function nor body of theirs.
_COMING = re.compile(
    r"\s*\((?:invited|invit[ée]e?s?|[àa] confirmer|sous r[ée]serve|pressentie?s?|tbc|tbd"
    r"|to be confirmed|not yet confirmed|confirmed|confirm[ée]e?s?)\)",
    re.IGNORECASE,
)


def make_speaker(name: str, about: str = "", inside: str = "") -> Speaker:
    """A speaker from their name, what follows it, and what was in brackets after it."""
    org = role = topic = None
    if "(" in about:
        about = _COMING.sub("", about)
    if inside and _COMING.fullmatch(f"({inside})"):
        inside = ""
    # Twenty-first round: an apostrophe or a quote glued after the comma (`Ousmane DIA,'artiste-
    # peintre`) is a typing slip, no letter of the role.
    inside, about = _balanced(inside), _balanced(about.strip(" ,;–—-'’")).rstrip(".")
    about = _without_closing_part(_NEXT_PART.sub("", about).strip())
    if (group := _GROUP_AFTER_BODY.search(about)) and _CAPITAL_PART.search(about[: group.start()]):
        # Thirtieth round. After a function and a body, a group named with its article
        # (`militante quartiers populaires, Collectif du Blanc Mesnil, le Takticollectif de
        # Toulouse`): another guest of the list, no body nor function of this person's.
        about = about[: group.start()]
    # Degrees written after a name (`Robert Chen, MPH, Professor`) are neither role nor body.
    about = _DEGREES.sub("", about)
    if (
        (end := _NEXT_SENTENCE.search(about))
        and about[: end.start()].count("(") == about[: end.start()].count(")")
        and not _OPEN_QUOTE.search(about[: end.start()])
    ):
        # Twentieth round. What someone is ends with its sentence: the next one (`…
        # fondatrice de la Maison Carpe Diem (Québec). Places limitées, inscrivez-vous …`,
        # `… at Leeds. Tickets are free`) says something else, no part of their role; one
        # opening with a pronoun (`Il travaille pour …`, `She leads …`) goes on about them.
        # Forty-fourth round: a full stop inside a quoted title (`Ecrivaine, “Glisser nue sur la
        # rampe. Récit de femmes.”`) ends no sentence of theirs: the quote is their topic.
        about = about[: end.start()]
    if work := _WORK_BRACKET.search(about):
        # Twenty-fourth round. A bracket naming a work of theirs after their function
        # (`philosophe (ouvrage « Eux et Nous »)`, `historian (book “Us and Them”)`, `(auteur
        # de …)`) says what they wrote, no word of the function nor a body.
        about = clean(about[: work.start()] + about[work.end() :])
    if (work_of := _ABOUT_THEIR_WORK.search(about)) and is_role(about[: work_of.start()]):
        topic, about = clean(work_of["work"]), clean(about[: work_of.start()])
    if quoted := _QUOTED_AFTER.search(about):
        # "Prof. John Doe (MIT) – “Why cities matter”": the words in quotes are their topic.
        topic, about = quoted.group("topic").strip(), about[: quoted.start()].strip(" ,;:–—-")
    if not topic and (titled := _title_after_proper(about)):
        # Thirty-third round. A title in quotes after a function that ends on a proper noun or a
        # bracket, with no comma or dash between (`Sénateur des Deux-Sèvres « Des rapports
        # juridiques verticaux : quelles marges … ? »`, the question of a round table put on
        # the line under its chair; `Senator for Ohio “Vertical ties: what room …?”`): what they
        # speak on or chair, no word of the function. A body named in quotes after a common
        # noun (`directrice de l’association « Les Amis »`) stays in the function.
        topic, about = clean(titled.group("topic")), clean(about[: titled.start()])
    if (
        not topic
        and (colon := _COLON_TOPIC.search(about))
        and len(about[: colon.start()].split()) <= 8
        and "(" not in about[: colon.start()]
        and is_role(about[: colon.start()])
    ):
        # Twentieth round. A function, then a colon and what they speak on (`historien : Les
        # haies du bocage`, `Professor of Law: Why courts matter`): the rest is their topic.
        # A function of eight words at most, outside brackets (`… (Focus: …)` is a note).
        topic, about = clean(about[colon.end() :]), clean(about[: colon.start()])
    if not topic and (dash := _DASH_TOPIC.search(about)):
        # "Director of the Office …  - Essential elements of a successful strategy …": a
        # phrase of six words or more (a body's subtitle is shorter) after a dash, naming no
        # function nor body, is what they speak about.
        after = about[dash.end() :]
        if len(after.split()) >= 6 and not is_role(after) and not ORG_INSIDE.search(fold(after)):
            topic, about = clean(after), clean(about[: dash.start()])
    if (
        inside == ""
        and (at := _CHEZ_BODY.search(about))
        and (is_role(about[: at.start()]) or agent_noun(about[: at.start()]))
    ):
        # Twenty-first round. A function, then `chez` and capitalised words (`Avocat en
        # affaires techniques chez Hugging Face`, `ingénieure chez Airbus Defence`): `chez`
        # names the firm where it is held, whatever its words: the organisation.
        inside, about = clean(at["org"]), clean(about[: at.start()])
    if inside == "" and (at := _AT_BODY.search(about)) and ORG_INSIDE.search(fold(at["org"])):
        # "Director of the Office of Integrative Activities at the National Science
        # Foundation": the function, then the body where it is held.
        inside, about = clean(at["org"]), clean(about[: at.start()])
    if (
        inside == ""
        and (of := _FUNCTION_OF_QUOTED.search(about))
        and "," not in about[: of.start()]
        and is_role(about[: of.start()])
    ):
        # Thirteenth round. One function, then `de`/`of` and a body in quotes (`président et
        # cofondateur de « Le Papotin »`, `director of “Green Streets”`): the function is the
        # role, the quoted body the organisation. After several functions the quotes may
        # name a book or a paper (`…, co-auteur de "Les grandes figures …"`): all stays role.
        inside, about = of["body"], clean(about[: of.start()])
    if inside == "" and (
        pair := function_then_body(about) or (about and function_glued_to_body(about))
    ):
        role, org, about = pair[0], pair[1], ""
    if inside == "" and "," in about and (pair := functions_and_body(about)):
        role, org, about = pair[0], pair[1], ""
    if (
        inside == ""
        and about.endswith(")")
        and (body := TRAILING_FUNCTION.search(about))
        and body["role"][:1].isupper()
        and not is_role(body["role"])
        and is_role(about[: body.start()])
        and not _CAPITAL_AFTER.search(about[: body.start()])
    ):
        # Nineteenth round. Functions alone, then a body or its town in brackets closing them
        # (`agronome et généticien (Louvain)`, `professor of law (Leiden University)`): the
        # bracket is the organisation, as after a name. After a body named in the functions
        # (`président du Mouvement des entreprises de France (MEDEF)`) the bracket is its
        # acronym or its country, and all stays the role.
        inside, about = clean(body["role"]), clean(about[: body.start()])
    if (
        inside == ""
        and (frm := _FROM_BODY.match(about))
        and ORG_INSIDE.search(fold(frm["org"]))
        and not is_role(frm["org"])
    ):
        inside, about = clean(frm["org"]), ""
    if about[:1].islower() and not is_role(about) and not agent_noun(about):
        about = ""  # "…, suivi d'une discussion": the rest of the sentence, not a body
    if inside and _NOTE_BRACKET.match(inside):
        # Twenty-third round. A bracket saying whom the moment is for or on what terms (`(For
        # SCI leadership only)`, `(pour les adhérents)`, `(sur inscription)`, `(open to all)`)
        # is a note on the block: no body, no function (precision).
        inside = ""
    if inside and (pair := role_and_body(inside) or function_then_acronym_body(inside)):
        # Fortieth round: a function then a body opening with its acronym parts in a bracket
        # as after a comma (`(Présidente GIEC Pays de Loire)`, `(Professor of Law UCL London)`).
        role, org, inside = pair[0], pair[1], ""
    if inside:
        if is_role(inside):
            role = inside
        elif re.fullmatch(r"[a-zà-ÿ]{3,}", inside) and not ORG_INSIDE.search(fold(inside)):
            # Tenth round. One word in lower case that names no function nor body is a note
            # on what they do (`Elmine Wijnia & Ton Zijlstra (rationale)`, `(animation)`):
            # their topic, no organisation (bodies are named with capitals or by their kind).
            topic = topic or inside
        else:
            org = inside
    if about:
        if not topic and not is_role(about) and not agent_noun(about) and sentence_case(about):
            # Twentieth round. Words in sentence case, no function nor body among them (`Jane
            # Smith — Open data in cities`, `Léa Petit – Les haies et le bocage`): bodies
            # capitalise their names' words, so this is what they speak on; after a body in
            # brackets too (`Anna Kowalski (Warsaw University) – Soil carbon`).
            topic = about
        elif not org and not role and (pair := function_then_acronym_body(about)):
            role, org = pair
        elif not org and not role and (pair := acronym_then_function(about)):
            role, org = pair  # Thirty-fourth round: `SFL President`
        elif is_role(about) or org or agent_noun(about):
            role = f"{role}, {about}" if role else about
        else:
            org = about
    role, org = places_out(role, org)
    return {"name": name, "organisation": org, "role": role, "topic": topic}


_CAPITAL_AFTER = re.compile(r"(?<=.)\b[A-ZÀ-ÖØ-Þ]")


# A body in quotes after `de`/`d’`/`of`/`from` (`de « Turbulences ! »`, `of “Green Streets”`);
# a full stop left inside the quotes is not the body's.
_QUOTED_BODY = r"[«“\"]\s*(?P<body>[^«»“”\"]{2,80}?)[\s.]*[»”\"]"
OF_QUOTED_BODY = re.compile(r"(?:de|du|d['’]|of|from)\s*" + _QUOTED_BODY)
_FUNCTION_OF_QUOTED = re.compile(r"\s+(?:de|du|d['’]|of|at)\s*" + _QUOTED_BODY + r"\s*$")
_DASH_TOPIC = re.compile(r"\s[-–—]\s+(?=[A-ZÀ-ÖØ-Þ])")
_AT_BODY = re.compile(r"\s+at\s+(?:the\s+)?(?P<org>[A-Z][^,;()]{3,})$")


_DEGREES = re.compile(
    r"^(?:(?:Ph\.?\s?D|Ed\.?\s?D|M\.?D|MPH|MBA|MSc|M\.Sc|MA|BA|BSc|DrPH|RN|JD|Esq|FRCP|DPhil)\.?"
    r"(?:,\s*|\s+|$))+"
)


# Words in quotes after a dash or a colon, or alone ("– “Why cities matter”"); not a quoted
# name inside a role ("directrice de l’association « Les Amis »").
# Twentieth round: after a comma too, the words in quotes closing the list of functions
# (`Pascal Blanchard, historien, « le combat des femmes »`): what they speak on.
# Twenty-third round: the title may quote a word in its turn (`« Dispositifs en ligne : «
# créateurs » d’un espace public ? »`), one pair of quotes inside the outer ones.
# Thirty-third round (see where it is used): a quoted title of four words or more, or a
# question, closing the words after the name, after a capitalised word or a bracket.
_QUOTED_CLOSING = re.compile(r"\s[“«\"]\s*(?P<topic>[^“”«»\"]{3,}?)\s*[”»\"]\s*$")
_PROPER_BEFORE = re.compile(r"(?:\b[A-ZÀ-ÖØ-Þ][\w’'-]*|\))$")


def _title_after_proper(about: str) -> re.Match[str] | None:
    """The quoted title closing `about` after a proper noun or a bracket (see above)."""
    m = _QUOTED_CLOSING.search(about)
    if m is None or not _PROPER_BEFORE.search(about[: m.start()]):
        return None
    words = m.group("topic").split()
    return m if len(words) >= 4 or m.group("topic").endswith("?") else None


# Forty-fourth round: after a full stop too (`Fériel Lalami, sociologue. “Expériences et
# transmission …”`): the function's sentence ends, the title in quotes is their topic.
_QUOTED_AFTER = re.compile(
    r"(?:^|\s[–—-]\s*|[:.]\s*|,\s*)[“«\"]\s*"
    r"(?P<topic>[^“”«»\"]{3,}?(?:[«“][^“”«»\"]+[»”][^“”«»\"]*?)?)\s*[”»\"]\s*$"
)
