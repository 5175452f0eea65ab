"""What follows a speaker's name: whether it names a function (their role) or a body (their
organisation), and where the functions end and the body begins (`Président - SAF`, `Chair,
State Senate Committee`, `(Lecturer/University of Leeds)`, `VP for Research TU Dublin`).
Read by make_speaker and the readers of names; `clean` tidies what they read and give.
Twenty-third round: where the places written after them belong (`places_out`: `LASCO,
Louvain-la-Neuve`, `Mayor of the City of Santa Clara, CA`). Thirty-fourth round: a body's
acronym before one function (`SFL President`), a state's dotted code after a town
(`Mayor, Washington, D.C.`)."""

from __future__ import annotations

import re

from facilitateur.models.text.folding import fold

# Words that name a function: what follows a name is a role when it holds one of them.
_ROLE_WORDS = (
    r"(?:vice[- ])?presidente?s?|president(?:e|s)?|directeur|directrice|directeurs|director|dg"
    r"|maire|adjointe?|prefete?|sous-prefete?|conseill(?:er|ere)s?|deputee?|senat(?:eur|rice)"
    # Sixteenth round. Belgium's and Switzerland's mayors and aldermen, England's.
    r"|bourgmestre|echevine?|burgomaster|alderman|alderwoman"
    r"|ministre|anciennes?|ancien|chargee?|responsables?|chef(?:fe)?|coordinat(?:eur|rice)"
    # Twenty-first round. English says a past function as French does with `ancien`
    # (`Former Seattle City Councilmember`), and joins council and member in one word.
    r"|former|councilmembers?|councilwoman|councilman"
    # A vice-president's abbreviation (`VP for Research and Innovation`, `SVP Engineering`).
    r"|vp|svp|evp|avp"
    r"|deleguee?|secretaire|tresorier(?:e)?|treasurer|(?:co-?)?fondat(?:eur|rice)|gerante?|doyen(?:ne)?"
    r"|vice-doyen(?:ne)?|recteur|rectrice|professeure?|docteure?|professor|prof|maitre de conferences"
    r"|mcf|chercheu(?:r|se|re)s?|doctorante?|etudiante?|enseignante?|ingenieure?|consultante?"
    r"|animat(?:eur|rice)|facilitat(?:eur|rice|or)|journaliste|redact(?:eur|rice)|ecrivaine?"
    r"|auteure?|autrice|co-?auteure?|historien(?:ne)?|philosophe|sociologue|economiste"
    r"|avocate?|medecin|agricult(?:eur|rice)|product(?:eur|rice)|acheteu(?:r|se)|artisane?"
    r"|elue?|membre|porte-parole|experte?|juriste|architecte|urbaniste|photographe"
    r"|realisat(?:eur|rice)|artiste|musicien(?:ne)?|scenariste|metteu(?:r|se) en scene"
    r"|chanteu(?:r|se)|ambassad(?:eur|rice|or)|benevole|militante?|salariee?|gestionnaire"
    r"|president|vice president|ceo|cto|cfo|coo|founder|co-founder|chair(?:man|woman|person)?"
    r"|lecturer|researcher|scientist|student|phd|postdoc|fellow|manager|head|lead|leader"
    r"|coordinator|officer|secretary|minister|mayor|councillor|councilor|senator|editor"
    r"|journalist|author|engineer|analyst|advis[eo]r|partner|member|deputy|dean|chief"
    r"|associate|assistant|specialist|designer|developer|owner|trustee|doctor|nurse|farmer"
    r"|producer|buyer|organi[sz]er|moderat(?:or|eur|rice)|modération|animation|présidence"
    r"|laureate?s?|marraine|parrain|cineaste|conservat(?:eur|rice)|commissaire|representante?"
    r"|invitee?|temoin|filmmaker|curator|winner|sponsor|administrat(?:eur|rice)s?|administrator"
    r"|conferencier(?:e)?|format(?:eur|rice)|mediat(?:eur|rice)|inspect(?:eur|rice)|juge|judge"
    r"|referente?|candidate?|enseignante?[- ]chercheu(?:r|se)|maitresse de conferences"
    r"|postdoc(?:toral)?|graduate|executive|consultant|mentor|coach|instructor|trainer|host"
    r"|teacher|librarian|representative|commissioner|superintendent|attorney|lawyer|nurse"
    r"|vice[- ]chancellor|chancellor|provost|rector|secretaire generale?|rapporteu(?:r|se)"
    r"|\w+(?:logue|logiste|graphe|nome)"
    # Crafts, arts and trades named after a name ("Jérôme Durbet, guide local …").
    r"|guides?|conteu(?:r|se)|comedien(?:ne)?|danseu(?:r|se)|plasticien(?:ne)?|illustrat(?:eur|rice)"
    r"|paysan(?:ne)?|maraich(?:er|ere)|eleveu(?:r|se)|apicult(?:eur|rice)|educat(?:eur|rice)"
    r"|infirmi(?:er|ere)|technicien(?:ne)?|habitante?|citoyenne?|storyteller|artist|activist"
    r"|volunteer|ranger|dancer|actor|actress|musician|painter|poet|poete|poetesse"
    # Writers ("Omar El Akkad, Egyptian-Canadian novelist").
    r"|novelist|writer|columnist|essayist|essayiste|romanci(?:er|ere)|historian|economist"
    r"|editor[- ]in[- ]chief|redact(?:eur|rice) en chef"
    # Growers and heads of a firm, elected members of Europe's parliament.
    r"|viticult(?:eur|rice)|vigneron(?:ne)?|pdg|p-dg|eurodeputee?|mep"
    # Ninth round. A trade named by its English suffix (`ecologist`, `pharmacist`,
    # `sociologist`), but not the verbs ending alike; whoever works at something
    # (`development worker`, `youth worker`), a teacher by competitive exam (`agrégée`).
    r"|(?![a-z]*(?:sist|xist|wist|rist|klist|ylist|tlist)s?\b)[a-z]{3,}ists?"
    r"|workers?|agregee?s?"
    # Nineteenth round. Whoever hosts the stage or reports (`Emcee`, `MC`, `Reporter`) and the
    # clergy's ranks said before a name (`Cardinal Peter Turkson`, `Archevêque de Rouen`);
    # not `Bishop` nor `Pasteur`, common family names.
    r"|governor|gouverneure?|emcee|mc|master of ceremonies|maitre(?:sse)? de ceremonie|reporter|correspondent"
    r"|correspondante?|cardinal|archbishop|archeveque|eveque|rabbin?|imam"
)
# Thirteenth round. A function shared is still one (`codirectrice artistique`, `co-présidente`,
# `co-chair`): its `co` prefix, glued or hyphenated, makes no other word.
# Seventeenth round. Two function words joined by a hyphen (`maire-adjoint`, `directeur-adjoint`,
# `président-fondateur`, `secrétaire-trésorière`) are one function, as with a space.
ROLE_RX = re.compile(rf"(?<![\w-])(?:co-?)?(?:{_ROLE_WORDS})(?:-(?:{_ROLE_WORDS}))?(?![\w-])")
# Thirty-sixth round. A function shared by several, in the plural after `co-` (`Co-réalisateurs
# du film …`, `co-fondatrices`, `Co-organisers`), is a function as its singular is.
_CO_PLURAL = re.compile(rf"(?<![\w-])co-(?:{_ROLE_WORDS})s(?![\w-])")
# Words that start the name of a body, never a person (`Association CAPEP`, `Comité de …`).
ORG_WORDS = re.compile(
    r"^(?:association|agence|institut|institute|universite|university|federation|collectif"
    r"|comite|committee|conseil|council|ville|mairie|region|departement|ministere|ministry"
    r"|societe|society|groupe|group|reseau|network|fondation|foundation|centre|center"
    r"|laboratoire|laboratory|lab|ecole|school|maison|office|union|syndicat|chambre|cabinet"
    r"|bureau|service|direction|equipe|team|observatoire|agency|academy|academie|college"
    r"|national|international|national|european|europeen|the|les|le|la|l'|un|une|des"
    r"|salle|room|hall|amphi|espace|session|atelier|table|pause|break|lunch|coffee"
    r"|administration|assemblee|commission|delegation|secretariat|mission|gouvernement"
    r"|prefecture|parlement|senat|communaute|metropole|agglomeration|conference|seminaire"
    r"|routes?|departements?|plateau|prix|film|villages?|au|aux|en|dans|sur|pour|par|avec"
    r"|at|in|on|of|for|with|by|from|to|no|but|and|or|et|ou)s?\b"
)


# Words that make a name a body's (`Florida International University`), wherever they are.
ORG_INSIDE = re.compile(
    r"\b(?:foundation|fondation|university|universite|institute|institut|college|agency|agence"
    r"|council|conseil|association|academy|academie|ministry|ministere|department|center"
    r"|centre|school|ecole|society|societe|laboratory|laboratoire|inc|ltd|corporation|company"
    r"|organization|organisation|federation|office|bank|banque|group|groupe|network|reseau"
    # Fourteenth round. Cooperatives, unions and chambers are bodies too (`Coop de France`,
    # `Cooperative Bank`, `Syndicat des vignerons`, `Chambre d’agriculture`).
    r"|coop|cooperatives?|syndicats?|union|chambre"
    # Seventeenth round. A consultancy is a body too (`cabinet Palabreo`, `Smith & Co law firm`).
    r"|cabinet|firm)\b"
)


_OPEN_QUOTE = re.compile(r"«\s+")
_CLOSE_QUOTE = re.compile(r"\s+»")


def clean(text: str) -> str:
    """Collapse spaces (also inside « »), trim trailing commas and semicolons."""
    text = " ".join(text.split())
    # Called for every candidate name of every line: the quotes are rare, so the substitutions
    # run only when there is one to make.
    if "«" in text:
        text = _OPEN_QUOTE.sub("« ", text)
    if "»" in text:
        text = _CLOSE_QUOTE.sub(" »", text)
    return text.strip().rstrip(",;").strip()


def is_role(text: str) -> bool:
    """Whether `text` (what follows a name) names a function rather than a body."""
    folded = fold(text)
    return bool(ROLE_RX.search(folded)) or ("co-" in folded and bool(_CO_PLURAL.search(folded)))


def looks_like_org(name: str) -> bool:
    """Whether capitalised words start as a body's name (`Association …`, `The …`)."""
    return bool(ORG_WORDS.match(fold(name)))


# Twentieth round. A word naming what someone does by its ending (`théologienne`,
# `missionnaire`, `paysagiste`, `astronaute`, `archivist`, `cartographer`), first in a few
# words after a name (before any comma): a function though no list holds it, so it is the
# role (it was dropped in small letters, or made the organisation with a capital).
# Twenty-third round: the word is asked about without its accents (`ambulancière` →
# `ambulanciere`), so `iere` is its feminine ending.
_AGENT_NOUN = re.compile(
    r"^[a-zà-ÿ-]{3,}(?:iste|ist|logue|ienne|ien|ian|euse|eur|rice|aire|ière|iere|ier|naute|graphe"
    r"|grapher)s?$"
)


def agent_noun(about: str) -> bool:
    """Whether the words after a name open with a word naming what someone does by its
    ending (`paysagiste`, `archivist`): a function, so they are the role."""
    # Twenty-first round: the first part ends at a comma or a spaced dash (`bibliothécaire -
    # Conservatoire royal de Bruxelles`, `archivist – City Records Office`), as lists of
    # functions and bodies part them. Twenty-seventh round: eight words at most, since a
    # function says what it is about (`accompagnateur de projets et d’initiatives rurales`).
    words = _FIRST_PART_END.split(about, maxsplit=1)[0].split()
    return 0 < len(words) <= 8 and bool(_AGENT_NOUN.match(fold(words[0]).replace("’", "'")))


_FIRST_PART_END = re.compile(r",|\s[–—-]\s")


# Twenty-first round. A function, then a body whose name opens with an acronym and goes on in
# capitalised words (`VP for Research and Innovation TU Dublin`, `Professor of Law UCL
# London`): the function is the role, the body the organisation. An acronym alone after a
# function (`chercheure INRAE`, `secrétaire FSU`) may be part of how the function is said,
# and stays the role, as before. Fortieth round: the body's capitalised words may be joined by
# `de`/`du`/`des`/`of`, as a region's name is (`Présidente GIEC Pays de Loire`, `Director
# NRC Bay of Fundy`).
_ACRONYM_BODY = re.compile(
    r"^(?P<role>.*[a-zà-ÿ][\w'’-]*)\s+(?P<body>[A-Z]{2,6}"
    r"(?:\s+(?:(?:de|du|des|of)\s+)?[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+){1,3})$"
)


_LINKING_LAST = re.compile(
    r"\b(?:of|the|for|at|in|to|and|de|du|des|la|le|les|l['’]|d['’]|à|au|aux|en|et|pour|chez)$",
    re.IGNORECASE,
)


def function_then_acronym_body(text: str) -> tuple[str, str] | None:
    """(role, organisation) when a function is followed by a body opening with an acronym
    (see _ACRONYM_BODY), or None."""
    m = _ACRONYM_BODY.match(clean(text))
    if m is None or not is_role(m["role"]) or is_role(m["body"]) or "," in m["body"]:
        return None
    if _LINKING_LAST.search(m["role"]):
        return None  # `Deputy Leader of the BC Green Party`: the body is the function's own
    return clean(m["role"]), m["body"]


# Thirty-fourth round. A body's acronym then one function, the whole of what follows a name
# (`SFL President`, `NASA Administrator`).
_ACRONYM_THEN_FUNCTION = re.compile(r"^(?P<body>[A-Z]{3,6})\s+(?P<role>[A-Za-zÀ-ÿ][\w’'-]+)$")


def acronym_then_function(text: str) -> tuple[str, str] | None:
    """(role, organisation) when the words after a name are a body's acronym of three to six
    capitals then one function word (`Larry Hubich, SFL President`, `Ann Lee, CNRS
    Directrice`): the acronym is where they hold the function, as a body's name before a
    function is. An acronym that is a function itself (`CEO Founder`) is no body. The other
    order (`chercheure INRAE`, `secrétaire FSU`) stays the role, as the corpus reads it."""
    m = _ACRONYM_THEN_FUNCTION.match(text)
    if m is None or not is_role(m["role"]) or is_role(m["body"]):
        return None
    return m["role"], m["body"]


_TOWN_AFTER_BODY = re.compile(
    r",\s*(?P<town>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-(?:[a-zß-öø-ÿ]+-)*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*)$"
)
_ACRONYM_ONLY = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&-]+[a-zß-öø-ÿ]?$")


def _names_a_body(text: str) -> bool:
    """Whether the last part of an organisation names a body: by its words, or an acronym."""
    last = text.rsplit(",", 1)[-1].strip()
    return bool(looks_like_org(last) or ORG_INSIDE.search(fold(last)) or _ACRONYM_ONLY.match(last))


# The postal codes of the states of the United States and the provinces of Canada.
_STATE_CODES = frozenset(
    re.findall(
        r"[A-Z]{2}",
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV"
        " NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
        " AB BC MB NB NL NS NT NU ON PE QC SK YT",
    )
)


def town_and_state(name: str) -> bool:
    """Forty-fourth round. Whether capitalised words end with a state's or a province's postal
    code (`Lillington NC`, `Burlington, VT`): a town and its state, no one's name. `MD` and
    `PA` are also a person's degree or function (`Ann Lee MD`), not read so."""
    if not name[-1:].isupper():
        return False
    words = name.replace(",", " ").split()
    return len(words) >= 2 and words[-1] in _STATE_CODES and words[-1] not in {"MD", "PA"}


# A town alone after a function's comma: capitalised words (`Mayor, Washington`).
_TOWN_LAST = re.compile(
    r",\s*(?P<town>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?)$"
)
# A function ending with a town: `of`, `in`, `at` (`the City of`), then capitalised words.
_ENDS_WITH_PLACE = re.compile(
    r"\b(?:of|in|at)\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'’-]*\s+(?:of\s+)?)*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'’-]+$"
)


_TOWN_ALONE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-(?:[a-zß-öø-ÿ]+-)*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*$"
)
# A function ending with where it is held, an acronym after `en`, `au`, `à la`, `at`, `in`.
_HELD_AT_BODY = re.compile(
    r"\b(?:en|au|aux|à|a|chez|at|in)\s+(?:l['’]\s*|la\s+|le\s+|the\s+)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&-]+$"
)


# Twenty-ninth round. Words after a name's comma opening with a place's noun (`Norbert Crettol,
# Grange à Émile`, `Ann Lee, Barn Theatre`, `Paul Roux, Place du Marché`) say where they give
# the block, no body of theirs, unless they name a body too (`Salle des Fêtes de l’Association`).
_PLACE_NOUN_FIRST = re.compile(
    r"^(?:grange|barn|chapelle|chapel|halle|kiosque|preau|cour|courtyard|place|square|plage"
    r"|beach|salle|room|hall|amphi\w*|auditorium)\s"
)


def a_place_first(text: str) -> bool:
    """Whether words open with a place's noun and name no body (see _PLACE_NOUN_FIRST)."""
    return bool(_PLACE_NOUN_FIRST.match(fold(text))) and not _names_a_body(text)


def places_out(role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """(role, organisation) once the places written after them are put where they belong.

    Twenty-third round. One capitalised word, or a town's hyphenated name, closing a body's
    name or acronym after a comma (`Université François Rabelais, Tours`, `LASCO,
    Louvain-la-Neuve`, `Centre de Recherche Public Henri Tudor, Luxembourg`) is the town where
    the body is, not a second body: left out. A number keeps it (`LABSIC, Paris 13` names a
    university), and so does a word naming a body (`Acme, Inc`). A state's or a province's
    postal code after a function ending with a town (`Mayor of the City of Santa Clara, CA`,
    `Professor at Laval, QC`) is the town's state, part of the role: no body.
    """
    if org and a_place_first(org):
        org = None
    if (
        org
        and (town := _TOWN_AFTER_BODY.search(org))
        and _names_a_body(org[: town.start()])
        and not _names_a_body(town["town"])
    ):
        org = org[: town.start()]
    if org and role and org in _STATE_CODES and _ENDS_WITH_PLACE.search(role):
        role, org = f"{role}, {org}", None
    elif (
        org
        and role
        and "." in org
        and org.replace(".", "") in _STATE_CODES
        and (town := _TOWN_LAST.search(role))
    ):
        # Thirty-fourth round. A state's code written with its dots (`Mayor, Washington,
        # D.C.`, `Director, Albany, N.Y.`) after a town alone, parted by commas from the
        # function: the town and its state are where they hold it, the body, not a
        # function's words and a body named `D.C`.
        role, org = role[: town.start()], f"{town['town']}, {org}"
    if (
        org
        and role
        and _TOWN_ALONE.match(org)
        and _HELD_AT_BODY.search(role)
        and not _names_a_body(org)
        and not is_role(org)
    ):
        # Twenty-fourth round. One capitalised word after a function that already names the
        # body or field it is held at in capitals (`Consultante scientifique en ADP,
        # Luxembourg`, `chercheuse au CNRS, Toulouse`, `Professor at MIT, Cambridge`) is the
        # town where they hold it, no second body: left out, as after a body's name.
        org = None
    return role, org


def function_by_ending(text: str) -> bool:
    """Whether `text` opens with a word naming what someone does by its ending (`expert`,
    `théologienne`, `cartographer`), in a first part of five words or fewer."""
    return agent_noun(text)


def sentence_case(text: str) -> bool:
    """Whether words read as a phrase, not a name: a capital first, then words of four
    letters or more all in small letters, naming no body."""
    words = text.split()
    longer = [w for w in words[1:] if len(w) >= 4]
    return (
        len(words) >= 2
        and "," not in text
        and words[0][:1].isupper()
        and not words[0].isupper()
        and bool(longer)
        and all(w[:1].islower() for w in longer)
        and not ORG_INSIDE.search(fold(text))
        and not (ORG_WORDS.match(fold(text)) and not _SMALL_WORD_FIRST.match(fold(text)))
        and not _BODY_KIND.search(fold(text))
    )


# An article or a preposition first: `Les haies et le bocage` is no body for starting so.
_SMALL_WORD_FIRST = re.compile(
    r"^(?:le|la|les|l'|un|une|des|the|a|an|au|aux|en|dans|sur|pour|par|avec|at|in|on|of|for"
    r"|with|by|from|to)\b"
)


# Fourteenth round. Two parts in brackets, parted by a dash or a slash, one naming a body by
# its kind's word (`(Université Dauphine – économiste)`, `(Directrice adjointe – Coop de
# France)`, `(Lecturer/University of Leeds)`): that one is the organisation, the other the
# role, in either order. Without such a word (`artisan boucher - Bio Artisanal`) nothing says
# which is which, and the words stay the role as written.
_TWO_PARTS = re.compile(r"\s+[–—-]\s+|\s*/\s*")


def role_and_body(inside: str) -> tuple[str, str] | None:
    """The role and the organisation a bracket names as two parts, or None."""
    if "/" not in inside and " – " not in inside and " - " not in inside and " — " not in inside:
        return None
    parts = [clean(p) for p in _TWO_PARTS.split(inside)]
    if len(parts) != 2 or not all(parts):
        return None
    body = [bool(ORG_INSIDE.search(fold(p))) and not is_role(p) for p in parts]
    if body[0] == body[1]:
        # Twenty-first round. Without a kind's word, one capitalised word naming no function
        # beside a function (`(Ingénieure pédagogique - Inria)`, `(Research Engineer –
        # CNIL)`, `(Google / Staff Engineer)`) is a body's short name, as acronyms and brands
        # are written: the organisation. Two words or more (`artisan boucher - Bio
        # Artisanal`) may be a function's own words, and stay as written.
        short = [bool(_SHORT_BODY.match(p)) and not is_role(p) for p in parts]
        if short[0] != short[1] and is_role(parts[1] if short[0] else parts[0]):
            return (parts[1], parts[0]) if short[0] else (parts[0], parts[1])
        return None  # no body named by its kind's word, or two: the words stay as written
    return (parts[1], parts[0]) if body[0] else (parts[0], parts[1])


_SHORT_BODY = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w&'’.+-]*$")


# Fifteenth round. After a name and its comma, a function, a spaced dash, then capitalised
# words naming no function (`Laurent KLEIN, Président - SAF-agriculteurs de France`, `Jane
# Smith, Head of Research - Green Streets`): the function is the role, the rest the body
# where it is held, the order a list of people writes them in. Two functions, words in lower
# case after the dash, or a comma or slash anywhere (a dash inside a body's name, `Région
# Occitanie / Pyrénées – Méditerranée`, `…, membre de la Lucha – Lutte pour le Changement`)
# part nothing.
_SPACED_DASH = re.compile(r"\s+[–—-]\s+")


def function_then_body(about: str) -> tuple[str, str] | None:
    """The role and the organisation of `Function - Body` after a name, or None."""
    if " - " not in about and " – " not in about and " — " not in about:
        return None
    if "," in about or "/" in about:
        return None
    parts = [clean(p) for p in _SPACED_DASH.split(about)]
    if len(parts) != 2 or not all(parts) or not parts[1][:1].isupper():
        return None
    if not is_role(parts[0]) or is_role(parts[1]):
        return None
    return parts[0], parts[1]


# Thirtieth round. After a name, function words alone (one to three: `Chair`, `former chair`,
# `Vice President`), then with nothing between capitalised words naming a body by its kind's
# word, a party too (`Chair Saratoga Springs Democratic party`, `Director Leeds City Council`,
# `présidente Association Terre Vivante`): the function is the role, the body where it is held
# the organisation, as a comma or a dash would part them. `of`/`de` between them (`Director
# of Envision Utah`) keeps all the role, as written, and so does a function of several words
# (`Secrétaire Général du Réseau …`).
_BODY_KIND_OR_PARTY = re.compile(ORG_INSIDE.pattern[:-3] + r"|party|parti|caucus)\b")


# Words qualifying the function before them (`Directeur Général`, `Director General`,
# `Adjointe Déléguée`, `Professor Emeritus`): still the function, not the body's first word.
_QUALIFIER_AFTER = re.compile(
    r"^(?:genera(?:l|le|ux)|executi(?:f|ve)|adjointe?|deleguee?|honoraire|emerit(?:e|us|a)"
    r"|associee?|principale?|general|adjunct|designate|elect|emeritus|interim|suppleante?)$"
)


def function_glued_to_body(about: str) -> tuple[str, str] | None:
    """The role and the organisation of `Function Body` with nothing between (see above)."""
    words = about.split()
    for cut in range(1, min(4, len(words) - 1) + 1):
        if not words[cut][:1].isupper():
            continue
        if any(w[:1].isupper() for w in words[1:cut]) and not all(
            w[:1].isupper() for w in words[:cut]
        ):
            return None
        head, body = " ".join(words[:cut]), " ".join(words[cut:])
        if not all(ROLE_RX.fullmatch(fold(w)) for w in words[:cut]):
            return None
        if ROLE_RX.fullmatch(fold(f"{head} {words[cut]}")) or _QUALIFIER_AFTER.match(
            fold(words[cut])
        ):
            return None  # a function of several words goes on (`Directeur Général de …`)
        if is_role(body) or not _BODY_KIND_OR_PARTY.search(fold(body)) or "," in body:
            continue
        return clean(head), clean(body)
    return None


# Nineteenth round. After a name, a list of functions and bodies parted by commas (`Chair,
# State Senate Committee on Education`, `historienne, Université d’Artois, Vice-présidente …`,
# `embryologiste, CNRS Montpellier, Président …`): a part holding no function word and
# starting with a capital is the body where the functions are held, its organisation, when it
# closes the list (with the parts before it naming a body by its kind's word, `Sorbonne
# Université, Faculté des sciences`) or, inside the list, when it names a body by its kind's
# word or starts with an acronym. The other parts stay the role, in their order; a function
# in brackets at the end (`…, Social Justice Fund (moderator)`) leads it. Without a function
# word in the list nothing says which part is a body, and all stays as written; a slash (`IEP
# Fontainebleau / UPEC`, two bodies or a body and a place) or a sentence (`…. Il travaille pour
# France Inter, Libération et …`) leave it as written too.
TRAILING_FUNCTION = re.compile(r"\s*\((?P<role>[^()]{2,40})\)$")
_ACRONYM_LED = re.compile(r"^[A-Z][A-Z0-9&-]+(?:\s|$)")
# Thirty-first round. The period of a capital's abbreviation (`D.C. Office of Planning`,
# `U.S. Department of Energy`) ends no sentence.
_SENTENCE = re.compile(r"(?<!\b[A-Z])\.\s+\w")
_NUMBERED = re.compile(r"\s\d+$")
_BODY_KIND = re.compile(r"\b(?:committee|board|commission|faculte|faculty|llc)\b")


# Forty-third round. A local authority or a university named by its kind, then its place
# (`mairie de Bègles`, `Ville de Libourne`, `université de Caen`, `City of Leeds`): a body,
# though its kind's word is written small as sentences write it. Each word takes its hyphens
# whole (possessive), so a run of hyphens is never split every way before the pattern fails.
_SMALL_KIND_OF_PLACE = re.compile(
    r"^(?i:mairie|ville|commune|m[ée]tropole|r[ée]gion|d[ée]partement|universit[ée]|city|town"
    r"|county|university)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’]|of\s+(?:the\s+)?)"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]*+(?:[\s-]+(?:[A-ZÀ-ÖØ-Þ][\w’'-]*+|sur|en|les|la|le|de|du|d['’]\w+))*$"
)


def _a_body(part: str, named: bool) -> bool:
    """Whether one part of a list after a name is a body (`named`: by its kind or acronym)."""
    if _SMALL_KIND_OF_PLACE.match(part):
        return True
    if not part[:1].isupper() or is_role(part) or _NUMBERED.search(part):
        return False  # a numbered part is a place or a district (`Ward 3`, `Room 101`)
    if not named:
        return True
    folded = fold(part)
    return bool(ORG_INSIDE.search(folded) or _BODY_KIND.search(folded) or _ACRONYM_LED.match(part))


# Twentieth round. A body's acronym in brackets closing the list (`Program Director, National
# Science Foundation (NSF)`, `Directeur, Institut national de l’audiovisuel (INA)`) is part of
# the body's name: the list is read without it, and it stays after the body found.
_BODY_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z0-9&.-]*(?:\s[A-Z][A-Z0-9&.-]*){0,2})\)$")


# Twenty-sixth round. The list's last part, a body then `&`, `and` or `et` and one more
# function (`President & CEO, Oklahoma Chamber & COSC Chair`, `Présidente, Fédération des
# Jardins et trésorière du GAB`): the body is the organisation, and the function joined to it
# is the role's last part, as if written after a comma.
_BODY_AND_FUNCTION = re.compile(r"^(?P<body>.+?)\s+(?:&|and|et)\s+(?P<role>[^&]+)$")


_DASH_THEN_BODY = re.compile(r"\s[–—-]\s+(?P<body>[^,–—()]+)$")


def functions_and_body(about: str) -> tuple[str, str] | None:
    """The role and the organisation of `Function, …, Body` after a name, or None."""
    if (
        (dash := _DASH_THEN_BODY.search(about))
        and _a_body(clean(dash["body"]), named=True)
        and is_role(about[: dash.start()].split(",")[0])
    ):
        # Forty-third round. Functions listed with commas, then a spaced dash and a body
        # named by its kind (`adjointe déléguée aux quartiers, à la démocratie participative
        # – Ville de Libourne`, `Director, Parks and Trails – City of Leeds`): the dash closes
        # the functions, the body after it is the organisation.
        return clean(about[: dash.start()]), clean(dash["body"])
    if (acronym := _BODY_ACRONYM.search(about)) and "," in about[: acronym.start()]:
        found = functions_and_body(about[: acronym.start()])
        if found and about[: acronym.start()].endswith(found[1]):
            return found[0], f"{found[1]} ({acronym['acronym']})"
        return None
    lead = ""
    if (tail := TRAILING_FUNCTION.search(about)) and is_role(tail["role"]):
        lead, about = clean(tail["role"]), about[: tail.start()]
    if "(" in about or ")" in about or "/" in about or _SENTENCE.search(about):
        return None
    parts = [clean(p) for p in about.split(",")]
    if len(parts) < 2 or not all(parts):
        return None
    joined = ""
    if (last := _BODY_AND_FUNCTION.match(parts[-1])) and (
        is_role(last["role"]) and _a_body(last["body"], named=False)
    ):
        parts[-1], joined = clean(last["body"]), clean(last["role"])
    if _a_body(parts[-1], named=False):
        start = len(parts) - 1
        while start > 1 and _a_body(parts[start - 1], named=True):
            start -= 1
        functions, bodies = parts[:start], parts[start:]
    else:
        inner = [i for i in range(1, len(parts) - 1) if _a_body(parts[i], named=True)]
        if len(inner) != 1:
            return None
        functions = parts[: inner[0]] + parts[inner[0] + 1 :]
        bodies = [parts[inner[0]]]
    if joined:
        functions = [*functions, joined]
    if not any(is_role(p) for p in functions):
        return None
    return ", ".join([lead, *functions] if lead else functions), ", ".join(bodies)
