"""Speakers as programmes write them: `Yannick BLANC, Préfet`, `Topic : Name, role`,
`Intervenants : A (Organisation), B (role) et C`, `Moderator: X, organisation`.

What follows a name is an organisation or a role: a role when it names a function (`Préfet,
Président de …`, `chercheuse à l’IRIS`, `CEO`), else an organisation (`Agence ITER France`,
`Florida International University`); `Name (Organisation), role` gives both. How a function,
a role and a body are told apart is in `roles_and_bodies`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.roles_and_bodies import (
    ORG_INSIDE,
    ROLE_RX,
    clean,
    is_role,
    looks_like_org,
    town_and_state,
)

# `Speaker` and `make_speaker` are re-exported: the readers of names take them from here.
from facilitateur.models.programme.speaker_about import OF_QUOTED_BODY
from facilitateur.models.programme.speaker_about import Speaker as Speaker
from facilitateur.models.programme.speaker_about import make_speaker as make_speaker
from facilitateur.models.programme.words import is_place, kind_of
from facilitateur.models.text.folding import fold

# Letters of names in every Latin alphabet, Latin Extended-A and B included (`Bożena
# Przyłuska`, `Ştefan Čapek`, `Đặng`): a name is read whatever its language.
_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
# Twenty-fourth round: `Mc` and `Mac` glued to the capital that follows (`McCrudden`,
# `MacLeod`) start a Gaelic last name, as `O’` does (`O’Sullivan`); after another word of the
# name only, since one leading the words is more often a place's (`McKinley Food Court`).
# Twenty-seventh round: so do a particle glued to its capital in American and Italian last
# names (`DeSantis`, `DiMaggio`, `LaGuardia`, `VanDyke`, `DeVries`), after another word only.
_FIRST = (
    rf"(?:[{UPPER}](?:[{LOWER}]+|['’][{UPPER}][{LOWER}]+)(?:[-'’][{UPPER}]?[{LOWER}]+)*"
    rf"|(?<=[{LOWER}]\s)(?:Ma?c|De|Di|Da|Del|La|Le|Van|Von)[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*)"
)
_LAST_CAPS = rf"(?:(?:de|du|van|von|le|la|d['’])\s?)?[{UPPER}][{UPPER}'’-]+"
# Civilities and titles written before a name; they are not part of it.
CIVILITY = (
    r"(?:(?:Dr|Pr|Prof|Mr|Mrs|Ms|Mme|Mlle|Me|M|S\.E|St|Hon|Rev|Mgr|Msgr)\.?\s+|Monsieur\s+|Madame\s+"
    r"|(?:The\s+)?(?:Honou?rable|Reverend)\s+|Sir\s+|Dame\s+"
    r"|Professor\s+|Professeure?\s+|Docteure?\s+"
    # Thirty-first round. An associate professor's title as Australia and Asia abbreviate it
    # (`A/Prof. Ann Lee`, `A/ Prof. Tom Reed`, `Assoc. Prof. Ann Lee`), as `Prof.`.
    r"|(?:A/\s?|Assoc\.\s+)Prof\.?\s+"
    # Twenty-ninth round. A lawyer's title (`Maître Francine Lingdagba`) as `Me`.
    r"|Ma[îi]tre\s+(?=[A-ZÀ-ÖØ-Þ])"
    # Twentieth round. A religious's title (`Sœur Sophie de Jésus`, `Père Jean Martin`,
    # `Sister Mary Lee`, `Father John Ryan`) is no part of their name.
    r"|(?:Sœur|Soeur|Frère|Frere|Père|Pere|Sister|Brother|Father)\s+(?=[A-ZÀ-ÖØ-Þ])"
    # Twenty-third round. A doctor's or a professor's title after its article (`Le docteur
    # Nadia Gortzounian`, `La professeure Anne Leroy`), as without it.
    r"|(?:Le|La)\s+(?:docteure?|professeure?|Docteure?|Professeure?)\s+(?=[A-ZÀ-ÖØ-Þ]))"
)
_PARTICLE = r"(?:van|von|de|du|des|da|di|del|della|der|den|ten|ter|le|la|bin|ibn|al|el|d['’])"
# French style: first names then a last name in capitals (Yannick BLANC, Jean-Marc DE LA TOUR).
_NAME_FR = rf"(?:(?:{_FIRST}|[{UPPER}]\.)\s+){{1,3}}{_LAST_CAPS}(?:\s+{_LAST_CAPS}){{0,2}}"
# English style: two to four capitalised words, particles between them (Jane Smith, Luuk van
# Middelaar, Willie Pearson, Jr.), only where a speaker is expected.
_NAME_EN = (
    # A first name, or its initials (`J. Smith`, `J.-P. Martin`); particles, one or two
    # (`Maria de la Cruz`).
    rf"(?:{_FIRST}|[{UPPER}]\.(?:-?[{UPPER}]\.)?(?=\s+{_FIRST}))"
    # Twenty-third round: a last name with its elided particle glued to it (`Agnès d’Arripe`,
    # `Anne d'Ornano`), right after the first name only, so that `Jean Dupont d’Emmaüs`
    # still ends at its last name.
    # Thirty-eighth round: a middle initial without its stop between a given name and a last
    # name (`Jeremy L Thompson`), as American lists write it; never last.
    rf"(?:\s+d['’]{_FIRST}|\s+(?:{_PARTICLE}\s+){{0,2}}(?:{_FIRST}|[{UPPER}](?:\.|(?=\s+{_FIRST}))))"
    rf"(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:{_FIRST}|[{UPPER}]\.)){{0,2}}"
    rf"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?"
)
# A name ends at a mark, at `et`/`and`, or before the quoted body it comes from (`Philippe
# Duban de « Turbulences ! »`).
# Thirty-third round: not at a hyphen glued to a word in small letters (`Towards GPU-accelerated
# reasoning`, `Data-driven Cities`): that joins a compound word of a title; a name's hyphen
# joins capitalised words (`Jean-Pierre`), and a dash after a name stands apart or before a
# capital (`Jane Smith - CEO`, `Jane Smith-Acme`).
_AFTER = (
    r"(?=$|\s*[,(–—]|\s+-|-(?![a-zß-öø-ÿ])|\s+et\s|\s+and\s|\s*&|\s+:|:\s"
    r"|\s+(?:de|du|d['’]|of|from)\s*[«“\"]"
    # Thirty-fourth round: a nickname after the name (see _ALIAS_AFTER).
    r"|\s+(?:dite?|alias|aka|a\.k\.a\.?|known as)\s+[«“\"])"
)
# A civility written in full is never a first name: `Monsieur COUILLARD, Agriculteur` names
# Mr Couillard, whose first name is not given; his name is the last name alone.
_NOT_FIRST = r"(?!(?:Monsieur|Madame|Mademoiselle)\s)"
NAME_FR = re.compile(rf"^(?:{CIVILITY})?{_NOT_FIRST}(?P<name>{_NAME_FR}){_AFTER}")
NAME_ANY = re.compile(rf"^(?:{CIVILITY})?{_NOT_FIRST}(?P<name>{_NAME_FR}|{_NAME_EN}){_AFTER}")
NAME_LAST_CIVIL = re.compile(
    rf"^(?:Monsieur|Madame|Mademoiselle)\s+(?P<name>{_LAST_CAPS}(?:\s+{_LAST_CAPS}){{0,2}}){_AFTER}"
)
# A single name after a label: `Workshop Leaders: Pearson and Martin`.
NAME_ONE = re.compile(rf"^(?:{CIVILITY})?(?P<name>{_FIRST}|[{UPPER}][{UPPER}'’-]+){_AFTER}")
# A last name alone after a civility: "M. Ménat, Ambassadeur …".
NAME_CIVIL = re.compile(
    rf"^(?P<name>(?:M|Mme|Mr|Mrs|Ms|Dr|Pr)\.?\s+(?:{_FIRST}|[{UPPER}][{UPPER}'’-]+)){_AFTER}"
)
# Thirty-first round. After a doctor's or a professor's title, two capitals glued as initials
# then a capitalised last name (`Dr. CK Yao`, `Prof. JP Singh`): a person, the initials their
# given names as written. Without the title two capitals are an acronym (`EU Policy`).
_INITIALS_AFTER_TITLE = re.compile(
    rf"^(?:Dr|Pr|Prof|A/\s?Prof|Professor|Docteure?|Professeure?)\.?\s+"
    rf"(?P<name>[{UPPER}]{{2}}\s+{_FIRST}){_AFTER}"
)

# Words of titles that capitalised words never make a person of ("Opening Remarks", "No Formal
# Workshop Dinner"); a last name in capitals (strict reading) is trusted anyway.
COMMON_WORDS = re.compile(
    r"\b(?:remarks?|address|session|sessions|group|groups|track|room|hall|tour|visit|open"
    r"|day|night|reception|awards?|ceremony|review|update|meeting|program|programme|overview"
    r"|introduction|summary|discussion|networking|exhibits?|posters?|gallery|lab|case|study"
    r"|studies|project|projects|panel|forum|presentations?|paper|papers|break|lunch|dinner"
    r"|wall|history|courses?|tutorials?|registration|plenary|workshops?|ateliers?|formal"
    r"|meetups?|encouraged|speech|keynote|coffee|photo|social|campus|centre|center"
    # An assembly's business and what is shown there are no one's name (`Voting Devices Demo
    # (D.O.T.S.)`, `Approval of Agenda`).
    r"|demos?|demonstrations?|approval|agenda|minutes|anthem|devices?"
    # What a programme offers, listed line by line under a block, is no one's name either
    # (`Silent Disco`, `Live Music`, `Jeu Libre`, `Marché Paysan`, `Question Time`).
    r"|music|musique|live|disco|dj|karaoke|mic|games?|jeux|jeu|libre|free|market|marche"
    r"|fair|foire|show|finale?|grand|time|temps|questions?|quiz|stories|story|contes?"
    r"|activit(?:y|ies|e|es)|animations?|spectacle|stand|stands|village|fete|party|night"
    r"|soiree|matinee|journee|morning|afternoon|evening|apres-midi|balade|walk|run|course"
    r"|challenge|competition|concours|tournoi|tournament|prize|prix|raffle|tombola|lottery"
    r"|paysans?|produits?|locaux|local|bio|artisans?|creations?|ateliers?|jardin|garden"
    r"|kids|enfants?|famille|family|jeunesse|youth|seniors?|public|open|libre|ouvert"
    # Twenty-first round. A possessive addressing the reader or a group (`Meet Your Elected
    # Officials`, `Rencontrez vos élus`, `Our Partners`) makes a sentence or a heading of
    # capitalised words, never a person's name (`Ma`, `Mon` are family names: not listed).
    r"|your|yours|our|their|votre|vos|notre|nos|leurs"
    # Twenty-fifth round. A question word opening a subject (`Why Analytics Matter`,
    # `Pourquoi Voter`) and the words of data work (`Sensor Data Visualization`) make a talk's
    # subject, never a person's name.
    r"|why|how|what|pourquoi|data|donnees|analytics|visuali[sz]ations?)\b"
)

# Labels whose word says the person's role in the session (kept as their role).
CHAIR_LABELS = re.compile(
    r"^(?:mod[ée]rat|animat|anim[ée]|chair|pr[ée]sid|grand|workshop lead|facilitat|discussant"
    r"|coordination|hosts?\b"
    r"|rapporteur|discutant|t[ée]moin"
    r"|(?-i:MC)\b|emcee|master of ceremon|ma[iî]tre(?:sse)? de c[ée]r[ée]monie)",
    re.IGNORECASE,
)
SPEAKER_LABEL = re.compile(
    # Thirty-seventh round. A chair's noun then the sitting it chairs, before a colon
    # (`Animateur de séance :`, `Présidence de la séance :`, `Animatrice de la réunion :`,
    # `Chair of the meeting:`): the chair, the label as written their role.
    r"^(?P<label>(?:animat(?:eur|rice|ion)s?|mod[ée]rat(?:eur|rice|ion|or)s?|pr[ée]sidence"
    r"|pr[ée]sident(?:e)?|chair(?:person|woman|man)?|facilitat(?:or|eur|rice|ion)s?)"
    r"\s+(?:de\s+(?:la\s+)?s[ée]ance|de\s+la\s+r[ée]union|de\s+l['’]\s*assembl[ée]e"
    r"|du\s+d[ée]bat|of\s+the\s+(?:meeting|session|sitting))(?=\s*:)"
    r"|intervenant(?:\.?e)?s?(?:\s+et\s+t[ée]moignages?)?|intervenant\.e\.?s?"
    r"|orateurs?|oratrices?|animat(?:eur|rice)s?|mod[ée]rat(?:eur|rice|or)s?|speakers?"
    # Twenty-third round: `Avec comme témoins :`, `Avec pour intervenants :`, `With as
    # guests:`, the label after `avec comme`/`avec pour`/`with as`.
    r"|(?:avec\s+(?:comme|pour)|with\s+as)\s+(?:t[ée]moins?|intervenant(?:e|s|es)?|invit[ée]e?s"
    r"|guests?|speakers?|witnesses)"
    # Before `avec`/`with`: `Avec la participation de …`, `With the participation of …`.
    r"|avec la participation de|with the participation of"
    r"|panel(?:ists?|istes?)|avec|with|en pr[ée]sence de|in the presence of"
    r"|chair(?:ed by|person)?|pr[ée]sid[ée]e? par"
    r"|pr[ée]sident(?:e)? de s[ée]ance|anim[ée]e? par|mod[ée]r[ée]e? par|grand t[ée]moin"
    r"|t[ée]moins?|t[ée]moignages?|workshop leaders?|facilitat(?:or|eur|rice)s?"
    r"|discussants?|discutant(?:e)?s?|rapporteur(?:e)?s?|invited speakers?"
    # Twenty-fourth round. Who leads the gathering: `MC - Sonia Theroux`, `Emcee: Ann Lee`,
    # `Maîtresse de cérémonie : …` (a capitalised `Mc` glued to a name is no label).
    r"|(?-i:MC)|emcee|master of ceremon(?:y|ies)|ma[iî]tre(?:sse)? de c[ée]r[ée]monies?"
    # Whoever is called for their knowledge: `Experte : Jane Roe, avocate`, `Experts: …`.
    r"|expert(?:e)?s?"
    # Whoever presents, lectures or is invited, by whatever noun (`Presenters: A (EPA) and B`,
    # `Conférencière : …`, `Invités : …`, `Featuring …`, `Avec la participation de …`).
    r"|presenters?|pr[ée]sentat(?:eur|rice)s?|conf[ée]renci(?:er|[èe]re)s?|lecturers?"
    r"|keynote speakers?|guest speakers?|guests?|invit[ée]e?s|featuring"
    # Thirtieth round. `Invited` then whom, as an agenda lists its guests (`Invited Steve
    # Rodriguez, former chair …, Charlie Brown, Chair …`), and one guest (`Invitée : …`).
    r"|invited|invit[ée]e"
    # "Débats animés par :", "Table ronde présidée par", "Session chaired by"
    r"|(?:[\w’'-]+\s+){1,3}?(?:anim[ée]e?s?|pr[ée]sid[ée]e?s?|mod[ée]r[ée]e?s?) par"
    r"|(?:[\w’'-]+\s+){0,3}?(?:chaired|moderated|facilitated|led|hosted) by"
    # Who gives a talk or a workshop, on the line under it: "Presented by", "Présenté par".
    r"|pr[ée]sent[ée]e?s? par|presented by|given by|delivered by|introduced by"
    # What a chair does, before a colon: "Animation : Jean Dupont", "Facilitation: Ann Lee".
    r"|(?:animation|facilitation|mod[ée]ration|pr[ée]sidence|coordination|hosts?)(?=\s*:)"
    # Thirty-sixth round. Who takes part in a round table or a panel, before a colon
    # (`Participants :` then `◦ Jonathan ATTIAS - réalisateur`, `Participants: Ann Lee (NSF)`).
    r"|participant(?:e)?s(?=\s*:)"
    # Twentieth round. The same noun then `par`/`by` (`Animation par Bénédicte Cardon, …`,
    # `Facilitation by Ann Lee`): the chair, as `animée par` already read.
    r"|(?:animation|facilitation|mod[ée]ration|pr[ée]sidence|coordination)\s+(?:par|by))"
    # Forty-second round. The label numbered before its colon (`Speaker 1: Dr. Arash
    # Zamyadi`, `Intervenant 2 : …`, `Panelist 3:`): one of a list of them, each a speaker.
    r"(?:\s+\d{1,2}(?=\s*:))?"
    r"\s*(?::\s*|\s+)(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_CHAIRED = re.compile(
    r"(?:anim|pr[ée]sid|mod[ée]r)[ée]e?s? par$|(?:chaired|moderated|facilitated|led|hosted) by$"
    r"|^(?:animation|facilitation|mod[ée]ration|pr[ée]sidence|coordination)\s+(?:par|by)$",
    re.IGNORECASE,
)
# Twenty-ninth round: `en présence de` / `in the presence of` joins the guests as `avec` does.
_CHAIR_WITH = re.compile(
    r",?\s+(?:avec\s+|with\s+|en\s+pr[ée]sence\s+(?:de\s+|d['’]\s*)|in\s+the\s+presence\s+of\s+)"
    r"(?=[A-ZÀ-ÖØ-Þ])"
)
_NOUN_BY = re.compile(
    r"^(?:animation|facilitation|mod[ée]ration|pr[ée]sidence|coordination)\s+(?:par|by)$", re.I
)
# How a chair's label reads as a role (`Animée par X` → `Animation`).
_LABEL_ROLE = (
    (re.compile(r"\banim[ée]e?s? par$", re.I), "Animation"),
    (re.compile(r"\bpr[ée]sid[ée]e?s? par$", re.I), "Présidence"),
    (re.compile(r"\bmod[ée]r[ée]e?s? par$", re.I), "Modération"),
    (re.compile(r"\bchaired by$", re.I), "Chair"),
    (re.compile(r"\bmoderated by$", re.I), "Moderator"),
    (re.compile(r"\b(?:facilitated|led|hosted) by$", re.I), "Facilitator"),
    (re.compile(r"^\w+(?=\s+(?:par|by)$)", re.I), ""),  # `Animation par` → `Animation`
)


# Nouns that make a capitalised group a place, a body, a title or a kind of session wherever
# they stand in it, never a person's name (`Amphithéâtre Mérieux`, `Salle Jean Jaurès`,
# `Bâtiment Condorcet`, `Université Lumière`, `Resolutions Committee`, `Opening Ceremony`).
# Nouns that are also common family names (Hall, Park, Church, Garden) count only as the
# name's first word, where a place or a body puts its noun (`Hall B`), not a person's last.
_NEVER_IN_A_NAME = re.compile(
    r"\b(?:amphi\w*|auditorium|salles?|rooms?|batiment|building|lobby|foyer|gymnase"
    r"|mediatheque|bibliotheque|library|campus|theat(?:re|er)s?|musee|museum|mairie|hotel"
    r"|stadium|stade|pavillon|pavilion|ballroom|atrium|chapiteau|aula|lycee|faculte|faculty"
    r"|restaurant|brasserie|bistro|cafe|cantine|cafeteria|pub|refectoire"
    # A group named by what its members do is no one person (`General Chairs`, `Organisers`).
    r"|chairs|organi[sz]ers|organisateurs|organisatrices|staff|volunteers|benevoles|everyone"
    r"|participants|attendees|delegates|speakers|panelists|authors|members|tous|toutes"
    r"|universite|university|institut|institute|ecole|school|laboratoire|laboratory|ministere"
    r"|ministry|association|federation|fondation|foundation|committee|comite|commission"
    r"|council|conseil|department|departement|assembly|assemblee|society|societe|syndicat"
    r"|union|agency|agence|academy|academie|ens|cnrs|inserm|inra|inrae|cnes|iut|ufr"
    r"|network|reseau|inc|ltd|llc|gmbh|corp|corporation|company|plc|sarl|sas|organi[sz]ation"
    r"|team|equipe"
    # Twenty-ninth round. A field of study names a department, never a person, in a
    # `Name, Role, Field, University` cell (`Computer Science`, `Data Sciences`,
    # `Electrical Engineering`, `Sciences Politiques`, `Informatique`, `Gender Studies`).
    r"|sciences?|engineering|ingenierie|studies|etudes|informatique|mathematics|mathematiques"
    r"|physics|physique|chemistry|chimie|biology|biologie|economics|humanities|linguistics"
    # A producer or a publisher is a company (`Dolce Vita Films`, `Les Films du Losange`,
    # `Acme Productions`, `Éditions Dargaud`, `Paramount Pictures`).
    r"|films|productions|editions|pictures|records"
    # Companies of artists (`Compagnie Les Arts Mêlés`, `Orchestre d’Harmonie`).
    r"|compagnie|cie|troupe|orchestre|orchestra|chorale|choeur|choir|fanfare|band|quartet"
    r"|quatuor|ensemble"
    r"|collectif|cooperative|alliance|coalition|partnership|consortium|initiative|project"
    r"|projet|programme|program|services|solutions|consulting|studios?|labs?|centers?"
    r"|centres?|hospital|hopital|clinic|clinique|museum|gallery|galerie"
    r"|ceremony|ceremonie|presentation|orientation|reports?|rapport|business|resolutions?"
    r"|bylaws|elections?|nominations?|credentials|results|survey|address|keynote|session"
    r"|welcome|accueil|opening|closing|ouverture|cloture|intervention|allocution|discours"
    r"|conference|seminaire|seminar|symposium|colloque|forum|workshop|atelier|panel|debat"
    r"|table ronde|plenary|pleniere|lunch|dinner|dejeuner|diner|break|pause|cocktail"
    # Thirty-first round. What an event shows or plays is no one (`Coupe d’Europe Diffusion
    # France-Portugal`, `World Cup Screening`, `Festival Jazz Nantes`): a broadcast, a match,
    # a contest, a show.
    r"|diffusion|retransmission|projection|screening|broadcast|livestream|championnat"
    r"|championships?|tournoi|tournament|festival|concerts?|exposition|exhibition"
    # A name still to come is nobody yet (`Speaker: TBA`, `Intervenant : à confirmer`).
    r"|tba|tbd|tbc|n\.?n|to be (?:announced|confirmed|determined)|a (?:confirmer|definir|preciser)"
    r"|speakers?|intervenante?s?|surprise|mystery)\b"
)
_NOT_A_NAME_FIRST = re.compile(
    r"^(?:hall|park|parc|garden|jardin|church|eglise|centre|center|espace|maison|place|cour|chez"
    r"|gallery|galerie|terrace|terrasse|suite|tent)\b"
    # Fifteenth round. A part of a series and its number, in Roman or Arabic figures (`Part
    # II`, `Partie III`, `Session IV`, `Volume 2`), is which part a block is, not a person.
    r"|^(?:part|partie|session|day|jour|volume|vol|tome|chapter|chapitre|act|acte|round"
    r"|module|phase|step|etape|episode|saison|season|series|serie)\s+(?:[ivxlc]+|\d+)$"
    # Nineteenth round. An ordinal first (`Quatrième Art`, `Premier Acte`, `Second Act`,
    # `Third Wave`) numbers a part or a theme, never a person.
    r"|^(?:[a-z]+ieme|premiere?|seconde?|first|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th|e|er|ere|eme))\s"
    # Twenty-eighth round. A count first (`Four Choices`, `Three Tracks`, `Trois Ateliers`,
    # `Cinq Salles`) says how many of a thing a block holds, never who speaks.
    r"|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq"
    r"|sept|huit|neuf|dix|onze|douze)\s"
    # Thirtieth round. A saint and one word (`St Denis`, `Ste Foy`, `Saint Malo`, `St
    # Albans`) names the town after them, never a person who speaks.
    r"|^(?:st|ste|saint|sainte)\.?\s+[^\s]+$"
)


def names_no_person(name: str) -> bool:
    """Whether a capitalised group is a place, a body, a title or a kind of session rather
    than a person: the reader would rather leave a doubtful line as text than invent one."""
    folded = fold(name)
    return bool(
        _NEVER_IN_A_NAME.search(folded)
        or _NOT_A_NAME_FIRST.match(folded)
        or ("s " in folded and _POSSESSIVE_INSIDE.search(folded))
        or town_and_state(name)
    )


# Nineteenth round. A word in the possessive before another word (`Bruce's House`, `Ann’s
# Kitchen`) makes the group a thing of theirs, a place or a session, never a person's name.
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s\s+\w")


# A function's qualifier before a function word makes a function, not a name (`Senior
# Advisor`, `Executive Director`, `Program Officer`).
_FUNCTION_LEAD = re.compile(
    r"^(?:senior|junior|executive|associate|assistant|deputy|vice|chief|general|managing"
    r"|principal|program|programme|project|regional|acting|interim|founding|honorary|emeritus"
    r"|research|technical|scientific|communications?|marketing)\s"
)
CIVIL_FUNCTION = re.compile(
    r"^(?:Madame|Monsieur|Mme|M\.)\s+(?:la|le|l['’])\s*(?P<role>[^,]{2,60}?),\s+(?P<rest>\S.*)$"
)


# A last name glued to the function after it, the comma and space lost in copying from a
# PDF (`Olivia Venetavocate, ex-présidente …`, `Jean Leclercqprofesseur de philosophie`).
_GLUED = re.compile(
    rf"^(?P<lead>(?:{CIVILITY})?(?P<first>{_FIRST})\s+(?:{_PARTICLE}\s+)?)"
    rf"(?P<glued>[{UPPER}][{LOWER}]{{9,}})(?=$|[\s,])"
)


def _unglued(text: str) -> str:
    """`Olivia Venetavocate, …` → `Olivia Venet, avocate, …`: only after a known given name,
    and only a function word of seven letters or more, so that a last name ending like a
    short function (`Lemaire`, `Lancien`) stays whole."""
    m = _GLUED.match(text)
    if m is None or not is_given_name(m["first"]):
        return text
    glued = m["glued"]
    for cut in range(3, len(glued) - 6):
        if ROLE_RX.fullmatch(fold(glued[cut:])):
            return f"{m['lead']}{glued[:cut]}, {glued[cut:]}{text[m.end() :]}"
    return text


def person(text: str, strict: bool = True) -> Speaker | None:
    """`Name, role` or `Name (Organisation), role` → a speaker; None when the text does not
    start with a name.

    `strict` asks for a last name in capitals; otherwise `Jane Smith, CEO` is a name too.
    """
    # The same words are asked about by several readings of one line (a title with `de`, a
    # bullet, a loose name) and by every day of a programme repeating its sessions: the
    # answer is kept, and a copy handed out since callers complete the speaker they get.
    sp = _person(text, strict)
    return {**sp} if sp else None


# A nickname after a name: `dit`, `dite`, `alias`, `aka`, `known as`, then words in quotes.
_ALIAS_AFTER = re.compile(
    r"^(?:dite?|alias|aka|a\.k\.a\.?|known as)\s+(?:[«“\"]\s?[^«»“”\"]{1,40}?\s?[»”\"])(?=\s*(?:,|$))"
)


# Twenty-ninth round: a nickname in brackets too (`Zixuan (Kelly) Ding`), one capitalised word
# between a given name and a last name.
_NICKNAME = re.compile(
    rf"^(?P<first>{_FIRST})\s+(?P<nick>(?:['‘\"“]|«\s?)[{UPPER}][{LOWER}-]+(?:['’\"”]|\s?»)"
    rf"|\([{UPPER}][{LOWER}-]+\))\s+(?=[{UPPER}][{LOWER}])"
)


# A bracket sending the reader elsewhere: `see …`, `voir …`, `cf. …`.
_CROSS_REFERENCE = re.compile(r"\s*(?:see|voir|cf\.?)\s", re.IGNORECASE)

# A hyphen spaced before and glued after, one capitalised word, then the name's end.
_SPACED_HYPHEN = re.compile(rf"(?P<tail>\s[–-](?P<last>[{UPPER}][a-zß-öø-ÿ]+))(?=\s*(?:\(|$))")
# A capital alone inside a name (`Jeremy L Thompson`).
_BARE_INITIAL = re.compile(rf"\s[{UPPER}]\s")


@lru_cache(maxsize=4096)
def _person(text: str, strict: bool) -> Speaker | None:
    if not strict and text.rstrip().endswith(":"):
        # Twenty-first round. Capitalised words, then words ending with a colon (`Future
        # Goals - Same as above, but also:`, `Nos partenaires - ils nous soutiennent :`)
        # announce what follows, a heading: no person with a body (precision).
        return None
    text = _unglued(clean(text))
    if (nick := _NICKNAME.match(text)) and (
        sp := _person(nick["first"] + " " + text[nick.end() :], strict)
    ):
        # Nineteenth round. A nickname in quotes between the given name and the last (`Brian
        # 'Redbeard' Harrington`, `Jean « Jeannot » Dupont`) is part of the name as written.
        if (sp["name"] or "").startswith(nick["first"] + " "):
            rest = (sp["name"] or "")[len(nick["first"]) :]
            return {**sp, "name": f"{nick['first']} {nick['nick']}{rest}"}
        return None
    if (f := CIVIL_FUNCTION.match(text)) and is_role(f.group("role")):
        # "Madame la Ministre, Valérie Pécresse": the function said with the civility is the
        # role of the person named after it.
        sp = _person(f.group("rest"), strict)
        return {**sp, "role": sp["role"] or clean(f.group("role"))} if sp else None
    m = (NAME_FR if strict else NAME_ANY).match(text) or NAME_LAST_CIVIL.match(text)
    if not m and not strict:
        m = NAME_CIVIL.match(text) or _INITIALS_AFTER_TITLE.match(text)
    if not m:
        return None
    name = m.group("name")
    if _BARE_INITIAL.search(name) and not is_given_name(name.split()[0]):
        return None  # `Vitamin D Levels`: a bare initial follows a known given name only
    if (
        looks_like_org(name)
        or is_role(name.split()[0])
        or names_no_person(name)
        or (_FUNCTION_LEAD.match(fold(name)) and is_role(name))
    ):
        return None  # "Départements de France", "Président du Département du Tarn"
    if not strict and NAME_FR.match(text) is None and COMMON_WORDS.search(fold(name)):
        return None
    words = name.split()
    if (
        len(words) >= 3
        and ROLE_RX.fullmatch(fold(words[-1]))
        and not re.fullmatch(_PARTICLE, words[-2], re.IGNORECASE)  # `Jean Le Maire`
        and named_beyond_doubt(" ".join(words[:-1]), False)
    ):
        # Thirty-first round. A name beyond doubt, then with no comma a capitalised function
        # word (`Pierre Gosnat Député - Maire d’Ivry`, `Ann Lee Director, Acme`): the function
        # starts there, as after a comma; it is no last name.
        cut = text.index(words[-1], m.start("name"))
        return _person(f"{text[:cut].rstrip()}, {text[cut:]}", strict)
    end = m.end()
    if (
        (hyphen := _SPACED_HYPHEN.match(text, end))
        and named_beyond_doubt(name, False)
        and not (is_role(hyphen["last"]) or looks_like_org(hyphen["last"]))
        and not is_place(hyphen["last"])
    ):
        # Forty-third round. A hyphen with a space before it only, then one capitalised word
        # ending the line or before a bracket (`Amar Mohand –Amer`, `Ann Lee -Smith (Acme)`) is
        # a compound last name's hyphen typed with a slip: the word is the name's, no body
        # (a body after a dash is spaced both sides, `Jane Smith - Acme`).
        name, end = f"{name}{hyphen['tail']}", hyphen.end("tail")
    rest = text[end:].strip()
    if alias := _ALIAS_AFTER.match(rest):
        # Thirty-fourth round. A nickname after the name, said by `dit`/`dite`/`alias`/`aka`
        # then in quotes (`Ousmane SARR dit "SARROUSS", poète`, `Ann Lee aka “The Voice”,
        # singer`), is another name of theirs: what follows it is their function, as after
        # the name itself; the nickname stays in the title that holds it.
        rest = rest[alias.end() :].strip()
    inside = ""
    if rest.startswith(", ("):
        rest = rest[2:]  # Fourteenth round: `Cécile Moiroud, (Maître de conférences/…)`
    if rest.startswith("("):
        close = rest.find(")")
        inside = rest[1:close] if close > 0 else rest[1:]
        rest = rest[close + 1 :].strip() if close > 0 else ""
        if rest in (".", ";"):
            rest = ""  # the end of a list's last line: `Arnaud de France (…).`
        if _CROSS_REFERENCE.match(inside):
            # Thirty-ninth round. A bracket sending the reader elsewhere (`Dana Prom Smith (see
            # schedule for future meetings)`, `Anne Roux (voir page 3)`) names no body of theirs.
            inside = ""
        if rest and not rest.startswith((",", "–", "—", "-", ";")):
            return None
        if named_beyond_doubt(clean(inside), False) and not named_beyond_doubt(name, False):
            # Thirtieth round. Capitalised words, then a bracket holding a person's name
            # beyond doubt (`Culturing PERLS (Mark Nitzberg)`, `Sols vivants (Claire Roux)`):
            # the words are a talk's title and the bracket who gives it, not a person from a
            # body (read by bracket_people); a name in both (`Ann Lee (Jane Smith)`) stays.
            return None
    elif (of := OF_QUOTED_BODY.match(rest)) and (
        # Capitalised words only (`Driss El Kesri`), not a title's (`Parade de la Batucada`).
        all(w[:1].isupper() for w in name.split()) or named_beyond_doubt(name, False)
    ):
        # Thirteenth round. A name, then `de`/`of` and a body in quotes (`Philippe Duban de
        # « Turbulences ! »`, `Ann Lee of “Green Streets”`): the body they come from.
        inside, rest = of["body"], rest[of.end() :].strip()
        if rest and not rest.startswith((",", "–", "—", "-")):
            return None
    elif rest.startswith(":") and ROLE_RX.match(fold(rest[1:].strip())):
        # Sixteenth round. A colon after a name, then a function word first (`Olivier
        # Saint-Amand : Bourgmestre d’Enghien`, `Jane Smith: Mayor of Leeds`), parts the name
        # and the function as a comma does; a colon before anything else opens a title or a
        # topic (`Jane Smith : Pourquoi …`), which is no person.
        pass
    elif rest and not rest.startswith((",", "–", "—", "-")):
        return None
    about = rest[1:].strip() if rest else ""
    if (
        rest[:1] in "–—-"
        and (civil := re.match(CIVILITY, about))
        and NAME_ANY.match(about[civil.end() :])
    ):
        # Twenty-seventh round. A dash then a civility and a name (`Towards Multimodal AI –
        # Prof. Haiping Lu`, `Les sols vivants - Dr Marie Dupont`): the person is the one
        # after the dash, and the words before are their talk's, not a name with a role.
        return None
    if (
        rest[:1] in "–—-"
        and (after := NAME_ANY.match(about.split("/", 1)[0]))
        and named_beyond_doubt(after.group("name"), False)
        and not named_beyond_doubt(name, False)
    ):
        # Thirty-ninth round. Capitalised words that are no name beyond doubt, a dash, then a
        # name beyond doubt (`Continuing Education – Dana Prom Smith`, `Trésorerie – Anne
        # Roux/Paul Marin`): the words are a subject (a report's, a talk's) and the person is
        # the one after the dash, not a person from a body. A name on both sides stays.
        return None
    if re.match(r"\d+(?:[\s.,]\d+)*\s", about):
        return None  # "Routes Départementales - 380 000 km": a title, not a person
    if (
        _ONE_INITIAL.match(name)
        and not re.match(CIVILITY, text)  # "Dr. S. Prasad Gogineni, University of Kansas"
        and (not (inside or about) or is_place(inside or about))
    ):
        return None  # "A. Housing (Room 101)": a lettered item at its place, not J. Smith (MIT)
    return make_speaker(name, about, inside)


_ONE_INITIAL = re.compile(rf"^[{UPPER}]\.\s")

# A name of two or three capitalised words (a particle allowed before the last), then the rest.
_NAME_THEN_REST = re.compile(
    rf"^(?P<civil>{CIVILITY})?(?P<name>{_FIRST}(?:\s+{_FIRST})?\s+(?:{_PARTICLE}\s+)?"
    rf"(?:{_FIRST}|[{UPPER}][{UPPER}'’-]+))\s+(?P<rest>\S.*)$"
)
# Where a function said after a name ends: a comma, or what they speak about (`sur`, `on`).
_ROLE_END = re.compile(
    r",|\s+(?:sur|on|about|autour)\s+(?:(?:le|du|the)\s+th[èe]mes?\s+(?:de\s+|d['’]|of\s+)?)?"
)


def named_beyond_doubt(name: str, civil: bool) -> bool:
    """Whether capitalised words are a person's name though nothing but their words says so:
    after a civility, or starting with a known given name with a last name beside it (a given
    name alone is no one: `May`, `Grace`); never words naming a place, a body or a kind."""
    words = name.split()
    return (
        len(words) >= 2
        and (civil or is_given_name(words[0]))
        and not any(is_role(w) for w in words)
        and not names_no_person(name)
        and not looks_like_org(name)
        and not COMMON_WORDS.search(fold(name))
    )


_SPECIALISED = re.compile(
    r"\s*(?:sp[ée]cialis[ée]e?s?|speciali[sz](?:ed|ing)|charg[ée]e?s?|in charge)"
    r"\s+(?:en|dans|de|des|du|d['’]|in|of)\s+[^,]+",
    re.IGNORECASE,
)


def named_then_function(text: str) -> Speaker | None:
    """A person named beyond doubt (a civility, or a known given name and a last name), then
    their function with no comma between, as announcements run them on: `Patrick Gendraud
    Président du Conseil départemental, qui nous accueille`, `Madame Jamilah Habsaoui
    Conseillère régionale sur les subventions`, `Jane Miller Director of the Water Agency`.
    The function runs to a comma or to what they speak about (`sur …`, `on …`: their topic)."""
    m = _NAME_THEN_REST.match(clean(text))
    if m is None:
        return None
    name, rest = m["name"], m["rest"]
    # The name may be the first two words of three (`Jean Michel Abbes`, `Anne Marie Roy`):
    # the function starts where a function word does.
    words = name.split()
    while not ROLE_RX.match(fold(rest)) and len(words) > 2:
        rest = f"{words.pop()} {rest}"
    name = " ".join(words)
    if not ROLE_RX.match(fold(rest)) or not named_beyond_doubt(name, bool(m["civil"])):
        return None
    role, topic = rest, None
    if end := _ROLE_END.search(rest):
        role = rest[: end.start()]
        if end.group().strip() == "," and (more := _SPECIALISED.match(rest, end.end())):
            # Twenty-fourth round. After the comma, what the function is in (`biologiste,
            # spécialisé en botanique et mycologie`, `biologist, specialised in soils`) is
            # more of it: the role runs to the next comma.
            role = rest[: more.end()]
        if end.group().strip() != ",":
            topic = clean(rest[end.end() :].split(",")[0]).strip('“”«»" .') or None
    if len(role.split()) > 12:
        return None
    return {"name": name, "organisation": None, "role": clean(role).rstrip("."), "topic": topic}


def topic_and_person(text: str, strict: bool = True) -> tuple[str, Speaker] | None:
    """`Subject : Name, role` → (subject, speaker with that topic); None otherwise.

    A question asked of someone ends at its mark and their name follows: `Quel rôle … ?
    François DUFOUR, Vice-président` (a round table's parts, each put to one speaker).
    """
    head, sep, tail = text.partition(" : ")
    if not sep:
        head, sep, tail = text.partition(": ")
    if not sep and " ? " in text:
        head, sep, tail = text.rpartition(" ? ")
        head += " ?"
    if not sep or not head.strip():
        return None
    speaker = person(tail, strict=strict)
    if speaker is None:
        return None
    return clean(head), speaker


_LISTED = re.compile(r",\s+[A-ZÀ-Ö][^,()]*\s+(?:et|and|&)\s+[A-ZÀ-Ö]")

# Fifteenth round. Three names or more parted by commas alone, each of two or three
# capitalised words, most of them starting with a known given name (`Matt Mullenweg, Mark
# Jaquith, Brian Gardner`, `Claire Dubois, Paul Martin, Inès Roux`): each is a person, the
# last no organisation of the one before. `David Chen, Springfield Gazette` (two parts) and
# a list naming places or bodies stay as they are read otherwise.
_COMMA_NAME = re.compile(
    rf"{_FIRST}(?:\s+(?:{_PARTICLE}\s+)?(?:{_FIRST}|[{UPPER}][{UPPER}'’-]+)){{1,2}}"
)


def _names_by_commas(text: str) -> list[str] | None:
    """The names of a list of three people or more parted by commas only, or None."""
    if text.count(",") < 2 or "(" in text:
        return None
    pieces = [p.strip() for p in text.strip(" .").split(",")]
    if not all(_COMMA_NAME.fullmatch(p) for p in pieces):
        return None
    if any(names_no_person(p) or ORG_INSIDE.search(fold(p)) or is_role(p) for p in pieces):
        return None
    known = sum(is_given_name(p.split()[0]) for p in pieces)
    return pieces if 2 * known > len(pieces) else None


# Thirty-first round. A person named beyond doubt, their function and body after commas,
# then, after a comma (and perhaps `and`/`et`), the next one written the same way (`Michael
# Rogers, Executive Director, Council of Governments, Bruce Katz, Director, Brookings
# Institution`, `Anne Roux, directrice, Ville de Lyon, et Paul Marin, maire, Bron`): each
# person apart, from their name on. The next name must start with a known given name, hold
# two words or more and be followed by a comma and a function; a body's words (`Center on
# Urban and Metropolitan Policy`) are no name.
_NEXT_WITH_FUNCTION = re.compile(
    rf",\s+(?:(?:and|et)\s+)?(?=(?P<name>{_FIRST}(?:\s+(?:{_PARTICLE}\s+)?(?:{_FIRST}|[{UPPER}]\.)){{1,3}}),\s+)"
)


def _functions_each(text: str) -> list[str] | None:
    """The people of a line listing several `Name, Function, Body` after one another, each
    from their name on, or None when the line does not start so."""
    if not (lead := re.match(rf"(?:{CIVILITY})?({_NAME_EN}),\s+([^,]+)", text)):
        return None
    if not named_beyond_doubt(lead[1], False) or not is_role(lead[2]):
        return None
    cuts = []
    for m in _NEXT_WITH_FUNCTION.finditer(text, lead.end()):
        function = text[m.end("name") + 1 :].split(",", 1)[0]
        if named_beyond_doubt(m["name"], False) and is_role(function):
            cuts.append((m.start(), m.start("name")))
    if not cuts:
        return None
    parts, start = [], 0
    for end, next_start in cuts:
        parts.append(text[start:end].strip())
        start = next_start
    return [*parts, text[start:].strip()]


# A doctor's or a professor's title, then a capitalised name.
_DOCTOR_OR_PROFESSOR = (
    r"(?:(?:Dr|Pr|Prof)\.?|Docteure?|Professeure?|Doctor|Professor)\s+[A-ZÀ-Ö][a-zß-ÿ]"
)


def _persons_only(pieces: list[str], whole: str) -> list[str]:
    """`pieces` when each starts with a person named beyond doubt, else `whole` alone."""
    if all(
        (sp := person(p, strict=False)) and named_beyond_doubt(sp["name"] or "", False)
        for p in pieces
    ):
        return pieces
    return [whole]


def _split_people(text: str) -> list[str]:
    if ";" in text:
        # "A (Org), B (Org); C, role": each piece may itself list several people.
        return [q for p in text.split(";") if p.strip() for q in _split_people(p)]
    if by_commas := _names_by_commas(text):
        return by_commas
    if "/" in text and "(" not in text:
        # Thirty-ninth round. Names beyond doubt parted by slashes (`Molly Larsen/Julie
        # Holmes`, `Anne Roux / Paul Marin`) are as many people; a slash inside a function or
        # between words naming no one (`Volunteer Support/Social`) parts nobody.
        slashed = [p.strip() for p in text.split("/")]
        if len(_persons_only(slashed, text)) > 1:
            return slashed
    if "(" not in text and text.count(",") >= 3 and (each := _functions_each(text)):
        # Each person's part may still name others as the rest of this reader parts them
        # (`…, directrice, Paris et Paul Roux, directeur`); a function's words stay whole.
        return [q for p in each for q in _persons_only(_split_people(p), p)]
    # Split after a closing bracket, before " et " / " and " / " & ", or at a comma followed
    # by a name with its own brackets; a piece that does not start with a name (`… et
    # Présidente de …`) belongs to the piece before it.
    # A comma before any capitalised word parts names only in a list ending with "et"/"and"
    # ("A, B, C et D"); otherwise "David Chen, Springfield Gazette" is a name and a body.
    listed = _LISTED.search(text)
    pieces = re.split(
        r"((?<=\))\s*,\s*"
        # Thirteenth round. After a body in closing quotes, a capitalised name starts the
        # next person even with its comma lost (`…, fondateur de « A » Christophe L, …`).
        r"|(?<=[»”])\s*,?\s+(?=[A-ZÀ-Ö][a-zß-ÿ]+(?:-[A-ZÀ-Ö][a-zß-ÿ]+)?\s+[A-ZÀ-Ö])"
        r"|,?\s+(?:et|and|&)\s+(?:de\s+|d['’]\s*)?(?=[A-ZÀ-Ö])"
        # Twenty-seventh round. `accompagné(e) de` / `accompanied by` and a capitalised name
        # after someone's function (`Anne Roux, maraîchère accompagnée de Valérie, apicultrice`)
        # names another person, no word of the function.
        r"|,?\s+(?:accompagn[ée]e?s?\s+(?:de|d['’]|par)|accompanied\s+by)\s+(?=[A-ZÀ-Ö])"
        # Twenty-ninth round. `en présence de` / `in the presence of` then a capitalised
        # name after someone's function names the next people, guests of the block.
        r"|,?\s+(?:en\s+pr[ée]sence\s+(?:de|d['’])|in\s+the\s+presence\s+of)\s*(?=[A-ZÀ-Ö])"
        # A body after an article (`… et le Collectif Zéro Déchet`) is another party.
        r"|(?<=\))\s*,?\s+(?:et|and|&)\s+(?=(?:le|la|les|l['’]|the)\s*[A-ZÀ-Ö])"
        r"|,\s+(?=[A-ZÀ-Ö][^,()]*\()"
        r"|,?\s+[–—-]\s+(?=[A-ZÀ-Ö])|,\s+(?=(?:[A-ZÀ-Ö][\w’'-]+\s+){1,3}?[A-ZÀ-Ö][\w’'-]+,)"
        # Twentieth round. A given name then a last name in capitals, then a comma, after a
        # word in small letters (`…, ancienne élue à Strasbourg Fatima MASSAU, conseillère`):
        # the next person, their line run on into the one before. Forty-fifth round: after a
        # body's initials or a number too (`porte parole de l’UMP Marielle de SARNEZ, …`,
        # `Chercheur au CNRS Salem KACET, …`), the last name perhaps after its particle: a
        # last name in capitals and its comma say a person, whatever the word before them.
        r"|(?:(?<=[a-zß-ÿ])|(?<=[A-ZÀ-Ö0-9]{2}))\s+(?=[A-ZÀ-Ö][a-zß-ÿ]+(?:-[A-ZÀ-Ö][a-zß-ÿ]+)?\s+"
        r"(?:(?:de|du|des|di|da|van|von|le|la)\s+|d['’]\s*)?[A-ZÀ-Ö]{2}[A-ZÀ-Ö'’-]*\s*,)"
        # A sentence per person: "A, role. B, role. Et C, role."
        # (the period of a civility or an initial ends no sentence: `M. Jacques Glowinski, …`)
        r"|(?<!\b[A-Z])(?<!\bMme)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bPr)(?<!\bProf)"
        r"\.\s+(?:(?:Et|et|And|and)\s+)?(?=(?:[A-ZÀ-Ö][\w’'-]+\s+){1,3}?[A-ZÀ-Ö][\w’'-]+,)"
        # Thirty-first round. A doctor's or a professor's title after its article, after a
        # comma or `et`/`and`, `avec`/`with` perhaps before it (`A, maire, avec le Dr B,
        # anesthésiste, le Professeur C, chef de service et le Dr D`): the next person, the
        # joining words no part of anyone.
        r"|(?:,\s+(?:(?:avec|with|et|and)\s+)?|\s+(?:et|and)\s+)(?:(?:le|la|the)\s+)?"
        rf"(?={_DOCTOR_OR_PROFESSOR})"
        # A civility starts a new person, even inside a role: `A, administrateur du Collège de
        # France, M. B, président`.
        r"|,\s+(?=(?:M|Mme|Mr|Mrs|Ms|Dr|Pr|Prof)\.\s+[A-ZÀ-Ö]|(?:Monsieur|Madame|Professeure?"
        r"|Docteure?)\s+[A-ZÀ-Ö])" + (r"|,\s+(?=[A-ZÀ-Ö]))" if listed else ")"),
        text.lstrip("–—- "),
    )

    parts = [pieces[0]]
    for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if parts[-1].count("(") > parts[-1].count(")"):
            parts[-1] += sep + piece  # inside brackets: "(chargé de mission DRAAF - SRAL - …)"
        elif not sep.strip() and "," not in parts[-1]:
            # Only after the first person's function: `M. Moustapha Memba GUIRASSY, …` is one.
            # (A capitalised last name is not enough: `… pour France Inter, Libération`.)
            parts[-1] += sep + piece
        elif sep.strip(" ,").startswith(("accompa", "en pr", "in the pr")):
            parts.append(piece)  # `accompagnée de` / `accompanied by`: another person
        elif (
            sep.strip() in ("-", "–", "—")
            and "," in parts[-1]
            and not (
                (sp := person(piece, strict=False)) and named_beyond_doubt(sp["name"] or "", False)
            )
        ):
            # Thirty-first round. After someone's function, a spaced dash then capitalised
            # words naming no one beyond doubt go on with the function (`chef de service à
            # l’Assistance Publique - Hôpitaux de Paris`, `Head of Care - Leeds Hospitals`).
            parts[-1] += sep + piece
        elif (
            (sp := person(piece, strict=False) or _name_of_body(piece))
            and not ORG_INSIDE.search(fold(sp["name"] or ""))
        ) or (
            sep.strip(" ,") not in ("-", "–", "—")  # "Pyrénées – Méditerranée" is one place
            and (
                (
                    sep.strip() in ("et", "and", "&")
                    and NAME_ONE.match(piece)
                    and (len(piece.split()) == 1 or _one_word_bracketed(piece))
                )
                or (
                    looks_like_org(piece)
                    and "(" not in piece
                    and sep.strip() != ","
                    # "Name, Chargé de mission Eau et Espaces naturels du PNR": after a role,
                    # a body joined by "et" is part of that role.
                    and not ("," in parts[-1] and sep.strip(" ,") in ("et", "and"))
                )
            )
        ):
            parts.append(piece)
        else:
            parts[-1] += sep + piece
    return [q for p in parts if p.strip() for r in _talks_run_on(p) for q in _people_run_on(r)]


# A known given name's shape, a last name (perhaps after `d’`), then a comma.
_NEXT_NAMED = re.compile(
    rf"\s+(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+(?:d['’])?[{UPPER}][\w'’-]+),\s*"
)


def _people_run_on(part: str) -> list[str]:
    """Twenty-fourth round. A person, their function, then with no mark between the next
    person named beyond doubt, a comma and their function (`Philippe Augier, maire de
    Deauville, président de la Région Basse-Normandie Paul Mentré, président de la
    communauté …`, `Ann Lee, Mayor of Leeds Tom Reed, Director of …`), as announcements run
    them on: each person apart. The words after the comma must name a function, and the word
    before the name no body nor place (`professeur à l’Université Jean Moulin, Lyon` is one
    person); the twentieth round read a last name in capitals so."""
    if "," not in part:
        return [part]
    for m in _NEXT_NAMED.finditer(part, part.index(",") + 1):
        name, before = m["name"], part[: m.start()].split()
        if not before or not is_given_name(name.split()[0]):
            continue
        last = fold(before[-1].strip(",;"))
        if last in _BEFORE_NO_NAME or ORG_INSIDE.search(last) or is_place(before[-1]):
            continue
        rest = part[m.end() :]
        if not ROLE_RX.match(fold(rest)) or not named_beyond_doubt(name, False):
            continue
        return [part[: m.start()], *_people_run_on(part[m.start() :].strip())]
    return [part]


_BEFORE_NO_NAME = frozenset(
    {"de", "du", "des", "la", "le", "les", "l", "d", "of", "the", "at", "a", "à", "en", "in"}
    | {"rue", "avenue", "place", "boulevard", "street", "road", "square", "quai", "allee"}
)


# A capitalised word after one in small letters, then `de`, `par`, `by` and a capital.
_TALK_THEN_BY = re.compile(
    r"(?<=[a-zß-ÿ,])\s+(?P<talk>[A-ZÀ-Ö][a-zß-ÿ]+)\s+(?:de|d['’]|du|par|by|from)\s*(?=[A-ZÀ-Ö])"
)


def _talks_run_on(part: str) -> list[str]:
    """Twenty-fourth round. A talk's word then `de`/`par`/`by` and a person named beyond
    doubt, run on after someone's function (`José Dhers, animateur de la démarche Allocution
    de Jacques Salvator – Maire d’Aubervilliers`, `Ann Lee, curator Address by Tom Reed,
    Mayor`): the next talk and its speaker, no words of the function; the talk's word is no
    part of the person. A function's words (`Président de France Nature`) go on."""
    if "," not in part:
        return [part]
    for m in _TALK_THEN_BY.finditer(part, part.index(",")):
        if kind_of(m["talk"]) not in ("talk", "panel"):
            continue
        who = part[m.end() :]
        sp = person(who, strict=False)
        if sp and named_beyond_doubt(sp["name"] or "", False):
            return [part[: m.start()], *_talks_run_on(who)]
    return [part]


def people_parts(text: str) -> list[str]:
    """The pieces of a line naming several people (`A, role - B, role`), one per person as
    `speaker_list` parts them; one piece when it names one."""
    return _split_people(clean(text).rstrip(".").strip())


# Nineteenth round. Where only people are written (a speakers column, after a speakers
# label), an initial and a last name alone (`J. Emile-Geay`, `N. McKay`, `J.-P. Martin`) is a
# person, and a list of them parted by commas (`D. Khider, F. Zhu`) is one person a part.
# Elsewhere a letter and a capitalised word alone stay a lettered item (`A. Housing`).
_SURNAME = rf"[{UPPER}][{LOWER}]*(?:[{UPPER}][{LOWER}]+)?(?:[-'’][{UPPER}]?[{LOWER}]+)*"
_INITIAL_NAME = re.compile(rf"[{UPPER}]\.(?:-?[{UPPER}]\.)?\s*(?:{_PARTICLE}\s+)?{_SURNAME}")


def _initial_names(text: str) -> list[str] | None:
    """The parts of a list of initials and last names only (`D. Khider, F. Zhu`), or None."""
    parts = [p.strip() for p in re.split(r",|\s+(?:et|and|&)\s+", text) if p.strip()]
    if not all(_INITIAL_NAME.fullmatch(p) for p in parts):
        return None
    if any(COMMON_WORDS.search(fold(p)) or names_no_person(p) for p in parts):
        return None
    return parts


# Nineteenth round. Where only people are written, names alone parted by commas (`Jane Smith,
# Tom Reed`, `Marie Dupont, Paul Martin et Anne Roux`), each named beyond doubt (a known given
# name and a last name), are one person each: the second is no organisation of the first.
# `Ann Lee, University of Leeds` and `Yann Martin, Meta AI` stay a name and a body.
_PEOPLE_MARK = re.compile(r"\s*,\s*|\s+(?:et|and|&)\s+")


# Twenty-seventh round. The first name of such a list need not start with a known given name
# when every name after it does (`Yadav Yadavendra, Todd DeSantis`, `Ngozi Okafor, Marie
# Dupont`): a second part named beyond doubt is a second person, not the first one's body,
# so the first is a name too when it has a name's shape (two or three capitalised words,
# nothing of a body, a role or a place). `Yann Martin, Meta AI` stays a name and a body.
_FIRST_SHAPE = re.compile(rf"[{UPPER}][\w'’-]+(?:\s+(?:{_PARTICLE}\s+)?[{UPPER}][\w'’-]+){{1,2}}")


def people_of_a_column(text: str) -> list[str]:
    """Thirty-eighth round. The names in a table's people cell whose organisation has a column
    of its own (`Barry Smith, Richard Tran Mills, Hansol Suh`): the cell holds people only, so
    each piece between commas, `and`, `et` or `&` is a name, known as a given name or not; []
    when a piece reads as no bare name (`All participants`, `Ann Lee (CNRS)`)."""
    names = []
    for piece in _PEOPLE_MARK.split(clean(text).rstrip(".").strip()):
        sp = person(piece, strict=False)
        if sp is None or not sp["name"] or sp["organisation"] or sp["role"] or sp["topic"]:
            return []
        names.append(sp["name"])
    return names


def _names_beyond_doubt(text: str) -> list[Speaker] | None:
    """One speaker a name in a list of names alone each named beyond doubt, or None."""
    out = []
    for at, piece in enumerate(_PEOPLE_MARK.split(text)):
        sp = person(piece, strict=False)
        if sp is None or sp["organisation"] or sp["role"] or sp["topic"]:
            return None
        name = sp["name"] or ""
        if re.fullmatch(r"[A-Z]{1,3}", name.split()[-1]):
            return None  # `Yann Martin, Meta AI`: a body ending with its acronym
        if not named_beyond_doubt(name, False) and not (
            at == 0 and _FIRST_SHAPE.fullmatch(name) and named_beyond_doubt(name, True)
        ):
            return None
        out.append(sp)
    return out if len(out) > 1 else None


_COUPLE = re.compile(
    rf"^(?P<a>{_FIRST})\s+(?:et|and|&)\s+(?P<b>{_FIRST})\s+(?=[{UPPER}]|{_PARTICLE}\s)"
)


_GIVEN_THEN_FUNCTION = re.compile(rf"(?P<first>{_FIRST}),?\s+(?P<role>[{LOWER}][^,;()]*)")
_ONE_LAST = re.compile(rf"^(?:{_PARTICLE}\s+)*[{UPPER}][\w'’-]+$")


def speaker_list(
    text: str, strict: bool = False, single: bool = False, people_only: bool = False
) -> list[Speaker]:
    """`A (Org), B (role) et C (role)` or `A, role; B, role` → speakers ([] if not a list).

    Bodies named alone in the list (`& Association CAPEP`) are not people and are left out;
    `single` accepts one-word names (`Pearson and Martin` after a label); with `single` or
    `people_only` (a speakers column) initials and a last name are a person (`J. Smith`).
    """
    text = clean(text).rstrip(".").strip()
    if (pair := _COUPLE.match(text)) and is_given_name(pair["a"]) and is_given_name(pair["b"]):
        # Twentieth round. Two given names joined by `et`/`and`, then one last name (`Daphné
        # et Cyril Folliot`, `Jean et Marie Dupont, agriculteurs`, `Ann and Tom Reed`): two
        # people of that name, what follows the name said of both.
        second = person(text[pair.start("b") :], strict=strict)
        last = (second["name"] or "")[len(pair["b"]) + 1 :] if second else ""
        if second and (second["name"] or "").startswith(pair["b"] + " ") and _ONE_LAST.match(last):
            # One last name only (`Folliot Le Rocher – …` may be a name and a body's).
            return [{**second, "name": f"{pair['a']} {last}"}, second]
    if (single or people_only) and "," in text and (named := _names_beyond_doubt(text)):
        return named
    if (single or people_only) and (initials := _initial_names(text)):
        # A civility's letter (`M. Dupont`) is read as before.
        return [person(p, strict=strict) or make_speaker(p) for p in initials]
    parts = _split_people(text)
    out = []
    for part in parts:
        sp = person(part, strict=strict) or _name_of_body(part)
        m = NAME_ONE.match(clean(part)) if sp is None and single else None
        if (
            m
            and m.end() == len(clean(part))
            and not looks_like_org(m.group("name"))
            and not names_no_person(m.group("name"))
        ):
            sp = make_speaker(m.group("name"))
        elif (
            m
            and (inside := _BRACKET_ONLY.fullmatch(clean(part)[m.end() :]))
            and not looks_like_org(m.group("name"))
            and not names_no_person(m.group("name"))
            and not is_place(m.group("name"))
        ):
            # Thirty-seventh round. Where one word alone names a person (after a label, in a
            # speakers column), that word then their body or function in brackets
            # (`Eyrich (Google) and Fryer (Recursion)`, `Intervenants : Martin (Inrae)`) is
            # that person, the brackets said of them as after a full name.
            sp = make_speaker(m.group("name"), "", inside["inside"])
        if (
            sp is None
            and (single or people_only)
            and (alone := _GIVEN_THEN_FUNCTION.fullmatch(clean(part)))
            and is_given_name(alone["first"])
            and is_role(alone["role"])
        ):
            # Twenty-seventh round. In a list of people, a known given name alone then a
            # function in lower case (`… accompagnée de Valérie maraîchère bio`, `…, and Tom,
            # farmer`): that person, named as the programme names them.
            sp = make_speaker(alone["first"], alone["role"])
        if sp is None:
            sp = _name_to_present(part)
        if sp is None and (single or people_only):
            # Twenty-first round. In a list of people, one named beyond doubt then their
            # function with no comma between (`…; Annick Goetschy professeur à la MFR …`,
            # `…, Jane Miller Director of the Water Agency`) is that person.
            sp = named_then_function(part)
        if sp is None:
            if looks_like_org(part.strip()) or not part.strip()[:1].isupper():
                continue  # an organisation alone, or words that are not a name
            return []
        out.append(sp)
    return _bodies_shared(text, out)


_BRACKET_ONLY = re.compile(r"\s*\((?P<inside>[^()]{2,80})\)\.?")


def _one_word_bracketed(piece: str) -> bool:
    """One word then its body in brackets (`Fryer (Recursion)`): a name after `and` (see
    speaker_list)."""
    m = NAME_ONE.match(piece)
    return bool(m and _BRACKET_ONLY.fullmatch(piece[m.end() :]))


# Thirty-sixth round. In a list of people, one named beyond doubt then what they come to
# present or speak about (`Élise Hardy pour présenter le projet TERA`, `Ann Lee to present the
# Riverside plan`, `Paul Roux pour parler des jardins partagés`): that person, those words
# their topic. A name whose shape is not a person's (a body, a function) gives no one.
_TO_PRESENT = re.compile(
    r"^(?P<name>.{3,60}?)\s+(?:(?:pour|afin de)\s+(?:nous\s+|vous\s+)?(?:pr[ée]senter|parler"
    r"(?:\s+(?:de|du|des|d['’]))?|expliquer|raconter|t[ée]moigner(?:\s+(?:de|du|des|d['’]))?)"
    r"|(?:who will\s+|to\s+)(?:present|talk about|speak about|speak on|introduce|share))"
    r"\s+(?P<topic>\S.{2,})$",
    re.IGNORECASE,
)


def _name_to_present(part: str) -> Speaker | None:
    m = _TO_PRESENT.match(clean(part).rstrip("."))
    if m is None or not named_beyond_doubt(m["name"], False):
        return None
    sp = person(m["name"], strict=False)
    if sp is None and (m_initial := _GIVEN_INITIAL.fullmatch(m["name"])):
        # A known given name then the initial of the last name (`Élise H`), as a friendly
        # programme names its people: the same person, named as written.
        sp = make_speaker(m["name"]) if is_given_name(m_initial["first"]) else None
    if sp is None or sp["name"] != m["name"] or sp["role"] or sp["organisation"]:
        return None
    return {**sp, "topic": clean(m["topic"])}


_GIVEN_INITIAL = re.compile(r"(?P<first>[A-ZÀ-ÖØ-Þ][\w’'-]+)\s+[A-ZÀ-ÖØ-Þ]\.?")


# Twenty-third round. People joined by `et`/`and`/`&` with nothing of their own, then a body
# in brackets after the last of them (`A et B (dispositif X), C et D (association Y)`, `Jane
# Smith and Tom Reed (Acme), Ann Lee (Leeds)`): the body is each one's, as far back as the
# joining words go (a comma parts groups: `A, B et C (X)` gives X to B and C only). A role is
# not shared (`A et B, maire` may be one mayor).
_JOINED = re.compile(r"\s+(?:et|and|&)\s+")


def _bodies_shared(text: str, people: list[Speaker]) -> list[Speaker]:
    for i in range(len(people) - 2, -1, -1):
        sp, nxt = people[i], people[i + 1]
        body = nxt["organisation"]
        if sp["organisation"] or sp["role"] or sp["topic"] or not body:
            continue
        name, after = sp["name"] or "", nxt["name"] or ""
        at = text.find(name)
        then = text.find(after, at + len(name)) if at >= 0 else -1
        if then < 0 or not _JOINED.fullmatch(text[at + len(name) : then]):
            continue
        if not _BODY_JOINED.match(text[then + len(after) :]):
            continue  # a body after a comma may be one's alone
        people[i] = {**sp, "organisation": body}
    return people


# How a shared body follows the last name: in brackets, or after `de`/`du`/`of`/`from`.
_BODY_JOINED = re.compile(r"\s*\(|\s+(?:de|du|des|d['’]|of|from)\b", re.IGNORECASE)


# Twenty-third round. In a list of people, a name then the body they come from after `de l’`,
# `de la`, `du`, `des`, `of the`, `from the` (`Nastasia Hollender de l’Association Les Petits
# Frères des Pauvres`, `Doriane Pietrucha du dispositif Monalisa dans l’Aube`, `Jane Smith of
# the Acme Foundation`): that person, the body their organisation, where it is (`dans l’Aube`,
# `in Leeds`) left out. The body opens with a body's word (`Association`, `University`) or
# is a noun then a proper name (`dispositif Monalisa`, `programme Erasmus`); the name is a
# person's shape alone (no function, no body, not common words).
# Twenty-fourth round: `pour le`, `pour la`, `pour l’`, `for the` too (`Théo Froment pour le PAT
# du Nord de l’Yonne`, `Jane Smith for the Leeds Food Bank`): the body they speak for; a body
# written in capitals (`PAT`, `NASA`) opens a body as a body's word does.
_NAME_OF_BODY = re.compile(
    r"^(?P<name>[^,()]+?)\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|(?:of|from|for)\s+the\s+"
    r"|pour\s+l['’]\s*|pour\s+la\s+|pour\s+le\s+)"
    r"(?P<body>[^,()]+)$"
)
_ACRONYM_FIRST = re.compile(rf"^[{UPPER}]{{2,8}}(?:\s|$)")
_NOUN_THEN_NAME = re.compile(rf"^[{LOWER}]{{3,}}\s+[{UPPER}]")
_BODY_PLACE = re.compile(r"\s+(?:dans|à|en|in|at)\s+(?:l['’]|le\s|la\s|les\s|the\s)?\s*[A-ZÀ-Ö].*$")


def name_of_body(part: str) -> Speaker | None:
    """A person named beyond doubt, then `de l’`, `du`, `of the`, `pour le`, `for the` and the
    body they come from or speak for (`Théo Froment pour le PAT du Nord de l’Yonne`), and
    nothing else; None otherwise."""
    sp = _name_of_body(part)
    return sp if sp and named_beyond_doubt(sp["name"] or "", False) else None


def _name_of_body(part: str) -> Speaker | None:
    m = _NAME_OF_BODY.match(clean(part).rstrip("."))
    if m is None:
        return None
    name = m["name"]
    sp = person(name, strict=False)
    bare = re.sub(rf"^(?:{CIVILITY})", "", name).strip()
    body = _BODY_PLACE.sub("", m["body"]).strip()
    if (
        sp is None
        or sp["name"] != bare
        or sp["role"]
        or sp["organisation"]
        or not 2 <= len(bare.split()) <= 4
        or COMMON_WORDS.search(fold(bare))
        or is_place(bare)
        or any(is_role(word) for word in bare.split())  # `Jane Miller Director of the …`
        or not (
            looks_like_org(body)
            or ORG_INSIDE.search(fold(body))
            or _NOUN_THEN_NAME.match(body)
            or _ACRONYM_FIRST.match(body)
        )
        or is_role(body)
    ):
        return None
    return {**sp, "organisation": body}


# Nineteenth round. A function said before a name (`Emcee Zach Williams, Reporter, …`,
# `Modérateur : Dominique Quinio, présidente des Semaines Sociales`) leads the role the name's
# own words give, as a chair's label does: `Emcee, Reporter`; said twice, it is kept once.
def lead_role(sp: Speaker, role: str) -> Speaker:
    """The speaker with `role`, said before their name, in front of their own role."""
    own, role = sp["role"], clean(role)
    if own and fold(role) not in fold(own):
        return {**sp, "role": f"{role}, {own}"}
    return {**sp, "role": own or role}


def label_role(label: str) -> str:
    """The role a chair's label gives (`Modérateur`, `Animée par` → `Animation`)."""
    label = " ".join(label.split())
    for rx, role in _LABEL_ROLE:
        if m := rx.search(label):
            return role or m.group()[:1].upper() + m.group()[1:]
    return label[:1].upper() + label[1:]


_CHAIR_SLASH = re.compile(
    r"^(?P<label>animation|facilitation|mod[ée]ration|pr[ée]sidence|coordination|hosts?)"
    r"\s*/\s*(?P<rest>[A-ZÀ-ÖØ-Þ].*)$",
    re.IGNORECASE,
)


def _named_plainly(name: str) -> bool:
    """A name beyond doubt, or with a last name written in capitals (`Jan-Lou JANEIR`)."""
    return named_beyond_doubt(name, False) or bool(NAME_FR.match(name))


_CIVIL_AT_START = re.compile(rf"^(?:{CIVILITY})(?=[A-ZÀ-ÖØ-Þ])")


# Forty-first round (see labelled_speakers): `les`/`the`, then one function in the plural.
_PLURAL_FUNCTION_FIRST = re.compile(r"^(?:les|the)\s+(?P<one>[a-zà-ÿ-]{4,}?)s\s+(?=[A-ZÀ-ÖØ-Þ])")


# Names stop at a comma before a small word (`…, sera introduite par …`): the sentence goes on.
_SENTENCE_GOES_ON = re.compile(r",\s+(?=[a-zà-ÿ])")


def plural_function_people(text: str) -> list[Speaker]:
    """Forty-first round. An article and a function in the plural, then two names or more
    (`les journalistes Laurent Cabrol et Alain Ducardonnet`, `the journalists Ann Lee and Tom
    Reed`), perhaps before the rest of the sentence after a comma: each of them, named beyond
    doubt, holds that function in the singular. Anything else (`les associations Terre Vivante
    et Perche Nature`, not a function; names not beyond doubt) gives no one."""
    plural = _PLURAL_FUNCTION_FIRST.match(text)
    if plural is None or not is_role(one := plural["one"]):
        return []
    names = _SENTENCE_GOES_ON.split(text[plural.end() :], maxsplit=1)[0]
    listed = speaker_list(names, single=True)
    if len(listed) < 2 or not all(
        named_beyond_doubt(p["name"] or "", False) and not p["role"] for p in listed
    ):
        return []
    return [{**p, "role": one} for p in listed]


# A label ending with the word that joins it to whom it names (`chaired by`, `animée par`,
# `avec`, `featuring`): a name after it needs no colon.
_JOINED_LABEL = re.compile(r"(?:\bby|\bpar|\bavec|\bwith|\bfeaturing|\bde)$", re.IGNORECASE)


def labelled_speakers(text: str) -> list[Speaker]:
    """`Intervenants : A (role), B (role)` or `Moderator: X, org` → speakers ([] otherwise).

    A chair's label is kept as their role, in front of the role written after the name
    (`Modérateur, Ambassadeur de France`); their organisation stays apart.
    """
    if " | " in text and text.count("|") == 1 and not text.lstrip().startswith("|"):
        # Twenty-third round. After a speakers' label, a bar between a name and their body or
        # function (`Moderator: Christopher Gergen | Forward Cities`, a web page's separator)
        # parts them as a comma does. A row of a table (several bars) is no such line.
        text = text.replace(" | ", ", ")
    label = SPEAKER_LABEL.match(text)
    if not label and (slashed := _CHAIR_SLASH.match(text)):
        # Twenty-first round. What a chair does, then a slash (`Animation / Jan-Lou JANEIR,
        # journaliste`, `Moderation / Ann Lee, journalist`), is the label a colon would end:
        # the people after it, each named beyond doubt or in capitals (`Animation / Jeux`
        # names an activity, no one).
        people = labelled_speakers(f"{slashed['label']} : {slashed['rest']}")
        return people if all(_named_plainly(p["name"] or "") for p in people) else []
    if not label:
        return []
    # "…, président de l’ADCF, avec :": the list announced after the chair is not their role.
    # (A word, not a name's end: `Marie Durand`, `Paul Millet` keep their last letters.)
    rest = re.sub(r"(?:,\s*|\s+|^)(?:avec|with|et|and)\s*:?\s*$", "", label.group("rest"))
    # "Panelists: A (Org), B (Org); moderated by C": a second label after a semicolon.
    pieces = [p.strip() for p in rest.split(";")]
    labelled = [p for p in pieces[1:] if SPEAKER_LABEL.match(p)]
    if labelled:
        rest = "; ".join(p for p in pieces if p not in labelled)
        return [
            *labelled_speakers(rest and f"{label.group(0)[: label.start('rest')]}{rest}"),
            *(sp for p in labelled for sp in labelled_speakers(p)),
        ]
    chair_label = CHAIR_LABELS.match(label.group("label")) or _CHAIRED.search(label.group("label"))
    if chair_label and (joined := _CHAIR_WITH.search(rest)):
        # Twentieth round. A chair, their function, then `avec`/`with` and more people (`Table
        # ronde animée par A, chargée de mission à l’ANSSI, avec B, professeur …`, `Moderated
        # by A, Director, with B and C`): those after `avec` speak, no part of the chair's role.
        others = speaker_list(rest[joined.end() :], single=True)
        after = re.sub(rf"^{CIVILITY}", "", rest[joined.end() :])  # `Maître A`, `Dr B`
        if others and after.startswith(others[0]["name"] or "?"):
            head = f"{label.group(0)[: label.start('rest')]}{rest[: joined.start()]}"
            return [*labelled_speakers(head), *others]
    # Forty-first round: `animée par les journalistes A et B` (see plural_function_people).
    people = plural_function_people(rest) or speaker_list(rest, single=True)
    if (
        not people
        and (caps := _NAME_IN_CAPITALS.fullmatch(rest.strip()))
        and is_given_name(caps["first"].capitalize())
        and not names_no_person(caps.group())
        and not COMMON_WORDS.search(fold(caps.group()))
    ):
        # Forty-fourth round. After a speakers' label, a name written all in capitals (`Chair:
        # RITA L. MULLINS`, `Modératrice : CLAIRE ROUX`), its given name a known one: that
        # person, named as written. The label says a person is meant; a known given name
        # says these capitals are one.
        people = [make_speaker(caps.group())]
    if not people and _CIVIL_AT_START.match(rest) and (sp := named_then_function(rest)):
        # Twenty-first round. A civility, a name, then a function with no comma between (`Dr
        # Macoumba DIOUF Directeur Général de l'Institut … (ISRA)`): that person.
        people = [sp]
    if _NOUN_BY.match(label.group("label")):
        # A noun then `par`/`by` may credit a group (`Animation by Kolectif`): a person only.
        people = [p for p in people if len((p["name"] or "").split()) >= 2]
    between = text[label.end("label") : label.start("rest")]
    if ":" not in between and not _JOINED_LABEL.search(label.group("label")):
        # Forty-fifth round. A chair's or a speaker's noun with no colon after it, then one
        # word alone (`(Chair Yoga)`, `Speaker Series`, `Animateur Nature`): the two words
        # name a thing together, though the word be a given name too; a name of two words
        # or more is still read (`(Chair Jane Smith)`).
        people = [p for p in people if len((p["name"] or "").split()) >= 2]
    chair = CHAIR_LABELS.match(label.group("label")) or _CHAIRED.search(label.group("label"))
    if people and chair:
        said = label_role(label.group("label"))
        word = _one_of(said)
        people = [
            {**p, "role": f"{_agreeing(word, p['role'], said)}, {p['role']}" if p["role"] else word}
            for p in people
        ]
    return people


# A given name, perhaps initials, then one or two last names, all in capitals.
_NAME_IN_CAPITALS = re.compile(
    rf"(?P<first>[{UPPER}][{UPPER}'’-]+)(?:\s+[{UPPER}]\.)?(?:\s+[{UPPER}][{UPPER}'’-]+){{1,2}}"
)


# Thirtieth round. A chair's noun in the masculine plural (`Modérateurs :`, `Animateurs :`)
# said of several people, one a woman whose own function is written in the feminine
# (`Fabienne Lavanchy, codirectrice artistique`): her role says it in the feminine singular
# (`Modératrice`), as the programme would of her alone. A label in the singular is the word
# the programme chose for that one person (`Modérateur : Dominique Quinio, présidente …`),
# kept as written.
_FEMININE_FUNCTION = re.compile(r"^[a-z-]{3,}(?:rice|euse|ienne|enne|ante|ente|iere|esse)$")
_MASCULINE_NOUN = re.compile(r"(?<=[a-zé])(?:ateur|ant)$")


def _agreeing(word: str, role: str, said: str) -> str:
    """The chair's noun agreeing with the function written after the name (see above)."""
    if word == said:
        return word  # a label in the singular, as written
    first = fold(role.split()[0]).strip(",;") if role.split() else ""
    if not _FEMININE_FUNCTION.match(first) or not _MASCULINE_NOUN.search(word):
        return word
    return _MASCULINE_NOUN.sub(lambda m: "atrice" if m.group() == "ateur" else "ante", word)


# Twenty-third round. A chair's label in the plural (`Modérateurs :`, `Moderators:`, `Co-
# chairs:`) names what each of them is: each one's role is the singular (`Modérateur`,
# `Moderator`), as a label in the singular gives it.
_PLURAL_LABEL = re.compile(
    r"^(?P<one>\w[\w’'-]*?(?:eur|rice|or|ir|air|ant|ante|ent|ente|oin|ost|ist|er))s$"
)


def _one_of(word: str) -> str:
    m = _PLURAL_LABEL.match(word)
    return m["one"] if m else word


def speakers_from_text(text: str, known: list[Speaker] | None = None) -> list[Speaker]:
    """Speakers typed by hand, one per `;`: `Name (Organisation), role; Name`.

    A name already in `known` keeps what was read of it (organisation, role, topic); anything
    else that does not read as a name is taken whole as the name.
    """
    by_name = {fold(s["name"]): s for s in known or []}
    out: list[Speaker] = []
    for piece in text.split(";"):
        piece = clean(piece)
        if not piece:
            continue
        if fold(piece) in by_name:
            out.append(dict(by_name[fold(piece)]))
            continue
        sp = person(piece) or person(piece, strict=False)
        out.append(sp or {"name": piece, "organisation": None, "role": None, "topic": None})
    return out
