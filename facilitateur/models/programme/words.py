"""Words of programmes: kinds of blocks, kinds of events, places, the language (days and dates
are in `days_and_dates`)."""

from __future__ import annotations

import re
from functools import lru_cache

from facilitateur.models.text.folding import fold

# Fields of knowledge, as a scientific day names its sessions.
_FIELDS = (
    r"[a-z]*(?:ologie|ology|ologies)|[a-z]*physiques?|[a-z]*physics|chimie|chemistry"
    r"|mathematiques|mathematics|neurosciences?|[a-z]*(?:nomie|nomy)"
)


# Arts performed on a stage: a gala of one is a show, not a festive dinner.
_PERFORMING_ARTS = (
    r"danse|dance|musique|music|boxe|boxing|cirque|circus|patinage|skating|gym\w*|theatre"
    r"|chants?|singing|variet\w*|magie|magic|humour|comedy|chorales?|choirs?"
)


# The words that name a kind of block, in French and English, with their plurals and common
# variants. Each kind's words are matched on the folded title (lower case, no accents).
KIND_WORDS: tuple[tuple[str, str], ...] = (
    (
        "open_space",
        # Nineteenth round. In the plural too, and written as one word, as a brand is
        # (`Open Spaces session`, `OpenSpaces "ignite-off"`, `ForumOuvert`).
        r"forums?[- ]?ouverts?|open[- ]?spaces?|unconferences?|barcamps?"
        # An open space opens its space, where the topics are posted and the sessions made
        # (`Opening the space`); closing it closes the day.
        r"|open(?:ing)? (?:of )?the (?:space|open space)|ouverture de l'espace"
        r"|(?:lancement|ouverture|debut) du forum ouvert"
        # Sixteenth round. Each topic pitched to the room (`"Elevator Pitch" for Each Topic`,
        # `Topic pitches`, `Pitch des sujets`) is the open space's market of topics, where
        # the sessions are made; projects or teams pitched (`Project Pitches`) are talks.
        r"|pitch(?:es|ing)?[\"”']? (?:for|of) (?:each |every |all |the )?(?:topics?|sessions?)"
        r"|topics? pitch(?:es|ing)?|pitchs? (?:des|de chaque) (?:sujets?|themes?|ateliers?)",
    ),
    (
        "report_back",
        r"restitutions?|report[- ]backs?|reports? back|plenary report|debrief(?:ing)?s?"
        r"|report[- ]outs?|reports? out"  # Nineteenth round (`Sessions' Report Outs`)
        # Sixteenth round. What the groups give back, the noun opening a title (`Rendu`,
        # `Rendus des ateliers`, `Rendu de la journée`), not the participle (`Hommage rendu à
        # …`, `rendu par …`).
        r"|^rendus?(?=$| ·| (?:des|de la|du|de l'|d'|collectifs?|final)\b)"
        r"|comptes?[- ]rendus? des"
        r" ateliers|lecture des (?:cr|comptes?[- ]rendus)|presentation (?:des|of) (?:the )?results"
        r"|retours? des (?:ateliers|groupes)|mise en commun|partage des (?:travaux|resultats)"
        r"|presentation des (?:decisions|travaux|conclusions)|sharing (?:ideas|results)"
        r"|synthese (?:des|sur les) (?:ateliers|groupes|amendements|echanges)"
        r"|group reports?|reporting back|rapports des groupes"
        # Tenth round: teams reporting what they did apart are a report-back, as groups are
        # (`Team reports`, `Reports from the teams`, `Retour des équipes`).
        # Twenty-seventh round. One team named by what it does, reporting on its work to
        # everyone (`Release Team Report`, `Security Team Report`), gives a talk: the
        # report-back is of several teams, or of "the team" of a workshop (`Team report`).
        r"|team reports|^team report\b|reports? (?:of|from) (?:the )?(?:teams|groups)"
        # Twenty-second round. Groups reporting to everyone, the verb after them (`Smaller
        # Groups report to all`, `Groups report to the plenary`, `Les groupes rendent compte`).
        r"|(?:(?:small(?:er)?|break[- ]?out|working|work) )?groups? reports? (?:to|back|out)\b"
        r"|(?:les )?(?:petits )?groupes? (?:rendent|rend) compte"
        r"|(?:retours?|rapports?) (?:des|par) equipes?"
        # Fifteenth round. Groups numbered as a span, then their reports (`Working Groups 1-4
        # reports`, `Ateliers 1 à 3 : restitutions`): the groups report back in turn.
        r"|(?:(?:working|work|break[- ]?out) )?(?:groups?|ateliers|groupes) \d+\s*(?:-|–|a|to)\s*\d+ ·? ?(?:reports?|restitutions?"
        r"|comptes?[- ]rendus)",
    ),
    (
        "q_and_a",
        r"questions?[- ]reponses?|questions?\s*-\s*reponses?|q\s*&\s*a|q and a"
        # Twenty-first round. Questions of a subject are that subject (`Autour des questions
        # de souveraineté des données`, `Questions of scale in ecology`), not the room's
        # questions; those of the room stay so (`Questions de la salle`).
        r"|questions(?! (?:de|d'|du|des|of|sur|about|on|around|autour)\b"
        r"(?! ?(?:la salle|l'assistance|l'audience|public|participants|the (?:floor|audience))))"
        r"|echanges? avec (?:la salle|le public)|debat avec (?:la salle|le public)"
        r"|discussion avec (?:la salle|le public)|questions from the (?:floor|audience)"
        # Fifteenth round. The same with the ampersand spaced out (`Q & A with …`, `Questions
        # & réponses`): a spaced `&` is read as punctuation, not as part of a word.
        r"|q · a|questions? · (?:reponses?|answers?)"
        # Sixteenth round. The room answering what it heard, said by who answers (`Réaction
        # de l’audience`, `Réactions de la salle`, `Reactions from the floor`, `Audience
        # reactions`): the room's turn to speak, as its questions are.
        r"|reactions? (?:de l'audience|de la salle|du public|de l'assistance|des participants)"
        r"|reactions? (?:from|of) the (?:floor|audience|room|public)"
        r"|(?:audience|floor) (?:reactions?|responses?)",
    ),
    (
        "plenary",
        r"plenieres?|plenary|assemblee generale|assemblees generales|general assembly"
        r"|annual (?:general )?meeting|\bag\b|open discussions?|discussions? ouvertes?"
        r"|joint (?:open )?discussions?|discussions? generales?|group discussions?"
        r"|debat (?:entre tous|general|collectif)|discussions?"
        # Seventeenth round. Exchanges among all who came are everyone's discussion
        # (`Échanges entre les participants`, `Exchanges among participants`); exchanges with
        # the room after a talk stay its questions.
        r"|echanges? (?:entre (?:les )?(?:participants?|participantes?|membres)|entre tous"
        r"|collectifs?)|exchanges? (?:between|among) (?:the )?(?:participants|members)"
        # A meeting of everyone: "Réunion publique", "Réunions de quartier", "Town hall".
        r"|reunions? (?:publiques?|de (?:quartier|secteur)|d'information)|public meetings?"
        # Fifteenth round. A meeting or a sitting said plenary is one word with it, counted
        # from its first (`Conseil de Quartier Pernety réunion plénière`, `Council plenary
        # meeting`): the body's name before it does not push it out of the title's first words.
        r"|(?:reunions?|seances?|assemblees?) plenieres?"
        r"|town[- ]hall(?: meetings?)?|community meetings?"
        # Eleventh round. A session of everyone is a plenary, whatever it is called
        # (`General Session`, `Séance générale`, `Sessions plénières`).
        r"|general sessions?|sessions? generales?|seances? generales?"
        # Tenth round: one network, or its members, meeting together (`Network Meeting`,
        # `Members' meeting`, `Réunion du réseau`); committees meeting apart are workshops.
        r"|network meetings?|members['’]? meetings?|reunions? (?:du reseau|des (?:membres|adherents))"
        # Twenty-fourth round. The same with the member named in the singular, as English
        # names what a noun qualifies (`Member Meeting`, `Membership Meeting`); not a board's
        # members meeting apart (`Board Member Meeting`).
        r"|(?<!board )(?:member|membership) meetings?"
        # An assembly approving its accounts or its budget is everyone's business, as its
        # minutes are (`Approve audited financials`, `Approval of the accounts`,
        # `Approbation des comptes`, `Adoption du budget`).
        r"|(?:approv(?:e|al|ing)|adopt(?:ion|ing)?) (?:of )?(?:the )?(?:[\w-]+ ){0,2}?"
        r"(?:financials|accounts|financial statements|budget)\b"
        r"|(?:approbation|adoption|vote) (?:des comptes|du budget|du rapport financier)"
        # An assembly's business is voted by everyone (`By-Law Amendments and Resolutions`,
        # `Motions and Resolutions`, `Modification des statuts`; `Présentation de la résolution`
        # by someone stays their talk).
        r"|by-?laws?(?: amendments?)?|modifications? des statuts|vote des (?:resolutions|motions)"
        r"|motions and resolutions|resolutions and motions"
        # Reports of an assembly's committees and its accounts are heard by everyone
        # (`Committee Reports`, `Financial report`, `Rapports des commissions`); one person's
        # report is their talk (below).
        # Seventeenth round. An association's business is done by all its members (`Business
        # meeting`, `Annual business meeting`, `Partie statutaire`, `Réunion statutaire`).
        r"|business (?:meetings?|sessions?)|(?:partie|reunion|seance|assemblee)s? statutaires?"
        r"|(?:committee|committees|officers['’]?|board|financial|treasury) reports?"
        r"|reports? (?:of|from) (?:the )?(?:committees?|officers|board)"
        r"|rapports? (?:des commissions|des comites|financiers?)"
        # Twentieth round. The assembly's own agenda and minutes, approved or amended, and its
        # business without a subject (`Approval/Amendments of Agenda`, `Adoption of the
        # Minutes`, `Approbation du procès-verbal`, `Adoption de l’ordre du jour`, `New
        # Business`, `Other Business`) are done by everyone sitting together.
        r"|(?:approvals?|adoptions?|amendments?)(?:\s*/\s*amendments?)? (?:of |to )?(?:the )?"
        r"(?:[\w-]+ ){0,3}?(?:agenda|minutes)\b"
        r"|(?:approbation|adoption) (?:de l'ordre du jour|du proces[- ]verbal|des proces[- ]verbaux)"
        r"|(?:new|old|unfinished|other) business",
    ),
    (
        "panel",
        r"tables?[- ]rondes?|round[- ]?tables?|panels?|debats?|panel discussion|plateaux?"
        r"|debat mouvant|fishbowl|aquarium|fireside chats?|conversations? croisees?",
    ),
    (
        "film",
        r"films?|videos?|projections?|documentaires?|screenings?|retour en images?"
        r"|cine[- ]?debats?|cine[- ]?clubs?|cinema"
        # Tenth round: a showing is a film however short its name (`Ciné plein air`,
        # `Outdoor movie`, `Movie night`).
        r"|cine|movies?|movie nights?",
    ),
    (
        "meal",
        r"dejeuners?|dejeunatoire|repas|buffets?|lunch(?:es)?|luncheons?|diners?|dinatoire"
        r"|dinners?|cocktails?|aperitifs?|apero|aperos|pots?|petits?[- ]dejeuners?|breakfasts?"
        r"|brunch|banquets?|receptions?|5 a 7|pause[- ]dejeuner|lunch[- ]break|soirees?|pizzas?"
        r"|sandwich(?:es|s)?|picnic|pique[- ]nique|gouter|barbecue|bbq|supper|food|meals?"
        # Drinks shared are a meal, as a cocktail is (`Verre de l'amitié`, `Happy hour`).
        r"|verres? de l'amitie|vin d'honneur|auberge espagnole|happy hours?|social hours?"
        r"|drinks|afterworks?|pause meridienne"
        # Twenty-third round. A dessert served is a meal's course (`Dessert in the Exhibit
        # Hall`, `Desserts partagés`).
        r"|desserts?"
        # Seventeenth round. A meal where each brings a dish, named alone (`Social time,
        # potluck`, `Potluck`, `Repas canadien` in Québec), is a meal.
        r"|potlucks?|pot[- ]lucks?|repas canadiens?"
        # Snacks opening the title or one of its parts are food shared, whatever else
        # happens then (`Snacks locaux et animation folk`, `Social time, snacks`); after other
        # words they come with them (`Coffee & tea with small snacks` stays a break).
        r"|(?<!\w )snacks?"
        # One drink offered is shared too (`Welcome drink`: an English compound's head is last).
        r"|drink"
        # Supper in French as in English (`Souper`, Switzerland, Belgium, Québec).
        r"|souper"
        # Fourteenth round. Eating said with the verb (`EAT`, `Time to eat`) is a meal.
        r"|eat"
        # Twelfth round. A gala is a festive dinner, whatever it opens or closes (`Gala
        # d'ouverture`, `Opening gala`); a gala of dance or music is a show, not a meal.
        r"|galas?(?! (?:de |d'|of )?(?:" + _PERFORMING_ARTS + "))",
    ),
    (
        "break",
        r"pauses?|breaks?|coffee|pause[- ]cafe|cafe|tea|refreshments?|collation|intermission"
        r"|entracte"
        # Twelfth round. Refreshments in French too (`Rafraîchissements`, `Rafraichissement`).
        r"|rafraichissements?"
        # A convivial moment is a break whatever it is called (`Moment de convivialité`,
        # `temps convivial`, `moment d'échanges conviviaux`, `networking break`).
        r"|(?:moments?|temps|instants?) (?:de |d')?convivia\w*|(?:moments?|temps|instants?)"
        r" (?:d'echanges? )?conviviaux?|convivialite|networking(?: (?:break|time|session))?"
        r"|social break|intermedes?|(?:temps|moments?) d'echanges? informels?"
        # Twenty-first round. Socialising is a convivial moment (`More socializing`).
        r"|sociali[sz]ing|socialisation",
    ),
    (
        "workshop",
        r"ateliers?|workshops?|breakouts?|break[- ]out(?: sessions?)?|breakout sessions?"
        r"|sous[- ]groupes?|seances? de travail|working groups?|group work|world cafe"
        # Twenty-seventh round. A working session is a séance de travail said otherwise
        # (`Collaborative Working Sessions`, `Work session`, `Sessions de travail`): the
        # participants work together, no one speaks to them.
        r"|sessions? de travail|work(?:ing)? sessions?"
        r"|tutorials?|courses?|travaux en (?:sous[- ])?groupes?|travail en (?:sous[- ])?groupes?"
        r"|mentoring|hacking|hackathon|hands[- ]on|brainstorm(?:ing)?"
        r"|formations?|trainings?|masterclass(?:es)?|clinics?|design sprint"
        # Twenty-first round. Practical work, the participants' own hands on the subject
        # (`Practicals: intro to Jupyter`, `Practical session`, `Travaux pratiques`, `Hands-on
        # practicums`), is a workshop, whatever it is about (`Practicals (projections)`).
        r"|practicals|practical (?:sessions?|work|exercises?)|practicums?|travaux pratiques"
        r"|exercices pratiques|mises? en pratique"
        # Lessons given to groups, as a course is (`Classes 10am–12pm`, `Dance classes`);
        # one class named for what it does stays so (`Class Ticketing`).
        r"|classes"
        r"|groupes? de (?:travail|reflexion|planifications?)"
        # Work in small groups is a workshop, however it is named (`Consolidation in small
        # groups`, `More small group time`, `travail en petits groupes`).
        # Twenty-second round: the comparative too (`Discussion … in Smaller Groups`).
        r"|small(?:er)?[- ]groups?|petits? groupes?|break[- ]?out (?:groups?|rooms?)"
        # A lab is work with one's hands or in a group (`Liquid Lab`, `Design Lab`); a visit of
        # one is a visit (`Lab Visit`: the head of an English compound comes last).
        r"|labs?|living labs?"
        # Circles where everyone speaks in turn are small groups (`Cercles d'échanges`,
        # `Cercle de parole`, `Sharing circles`; a closing `Cercle de partage` is not one).
        r"|cercles? (?:d'echanges?|de (?:parole|discussion))|sharing circles?"
        # Sessions the participants organise themselves are their work in groups (`Self-organised
        # sessions`, `Sessions auto-organisées`).
        r"|self[- ]organi[sz]ed (?:sessions?|workshops?|groups?)"
        # Twenty-third round. Conversations the participants lead, or hold in the plural at
        # once (`Participant Driven Conversations`, `Participant-led conversations`,
        # `Conversations en parallèle`), are their work in groups, as self-organised sessions
        # are; one conversation of all stays what it names (`Plenary Conversation`).
        r"|participant[- ](?:driven|led) conversations|conversations en parallele"
        r"|(?:parallel|concurrent|simultaneous|table) conversations"
        r"|(?:sessions?|ateliers?) auto[- ]?(?:organises?|organisees?|geres?|gerees?)"
        # Tenth round. Committees or teams meeting each on their own work in groups, as
        # break-out groups do (`Committee meetings`, `Team meetings`, `Réunions des
        # commissions`, `Réunions par équipe`); one meeting of all stays a plenary.
        r"|(?:committee|team|commission|ministry team|working party) meetings"
        r"|(?:committees|teams|commissions) meet"
        r"|reunions? (?:des|de|par) (?:commissions?|equipes?|comites?)"
        # Eleventh round. People meeting apart, each group on its own, work in groups (`PhDs
        # and PIs separate`, `students and staff separately`, `séparément`).
        r"|separate(?:ly)?(?=\s*$)|separement|chacun de (?:son|leur) cote"
        # Thirteenth round. An activity in groups is work in groups (`Group activity &
        # Plenary discussion`, `Activités en petits groupes`).
        r"|group activit(?:y|ies)|activites? (?:en|par) (?:petits? |sous[- ])?groupes?",
    ),
    (
        "welcome",
        r"accueil|bienvenue|welcome|ouverture|opening|registration|inscriptions?|emargement"
        r"|introductions?|intro|doors open|ouverture des portes|arrivee|arrivals?|people arrive"
        # Nineteenth round. Everyone introducing themselves (`'Round-the-Room Intros`, `3 Word
        # Intros`), and an overview of the gathering itself or its day (`Conference Overview`,
        # `Saturday Overview & Schedule`, `Overview of the day`), not of a subject (`Overview
        # of methods` is a talk), open the gathering.
        r"|intros|(?:conference|workshop|symposium|forum|retreat|event|meeting|day|week(?:end)?"
        r"|schedule|agenda|program(?:me)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day) overview"
        r"|overview (?:of|on) (?:the |our |today's |this )?(?:conference|workshop|symposium|forum"
        r"|retreat|event|meeting|day|week(?:end)?|schedule|agenda|program(?:me)?|evenings?)\b"
        r"|allocutions? d'(?:ouverture|accueil)|discours (?:d'ouverture|d'accueil|inaugura\w*)"
        r"|mots? d'accueil|mots? de bienvenue|opening (?:remarks|speeches)|check[- ]?in"
        # Welcoming someone is a welcome (`Welcoming Remarks`, `Words of welcome`), and so are
        # greetings and a first word (`Greetings`, `Salutations`, `Introductory remarks`); an
        # English compound still ends with its head (`Welcoming Address` is a talk).
        r"|welcoming(?: (?:remarks|words))?|words of welcome|remarks of welcome|greetings"
        r"|salutations|introductory (?:remarks|words)"
        r"|sign[- ]?in|kick[- ]?off|official start|lancement|start code|tours? de table"
        # Meeting one another, or a meeting called to order, opens it (`Meet and Greet`,
        # `Meeting Called to Order by the Chair`, `Call to order`).
        r"|meet (?:and|&|n|·) greet|meet[- ]and[- ]greet|call(?:ed)? to order"
        # The audience coming into the room opens the session (`Entrée en salle du grand
        # public pour la restitution`, `Entrée des participants`).
        r"|entree (?:en salle|dans la salle|du (?:grand )?public|des participants)"
        # Ninth round. The host or the place opening is the start (`The IADT opens`, `Le
        # musée ouvre ses portes`); a word from someone, unless it closes (`Mot de Patrick
        # Gendraud`, `Mot du maire`, but `Mot de la fin`); newcomers shown around (`First Timer
        # Orientation`, `Orientation des nouveaux adhérents`).
        r"|opens|ouvre ses portes|mot (?:du|de)"
        # People arriving, said with a verb (`Delegates start to arrive`, `Les invités
        # arrivent`), as `Arrivée` and `Arrivals` say it with a noun.
        r"|(?:start|begin)s? to arrive|(?:guests|participants|delegates|attendees|visitors) arrive"
        r"|arrivent|commencent a arriver"
        # The same, in German, as a row left in it says (`Ankunft und Begrüßung`).
        r"|ankunft|begrussung"
        r"|(?:first[- ]timers?|newcomers?|new (?:members?|attendees|participants|delegates"
        r"|students)) orientation|orientation (?:for|of) (?:new|first)"
        r"|orientation (?:des|pour les) (?:nouveaux|nouvelles|primo)"
        # Twenty-third round. Whoever attends shown round, named by their part in the
        # gathering (`1st Time Attendee Orientation`, `Delegate Orientation`, `Participants
        # orientation`), as newcomers are. Twenty-fourth round: not those who staff it
        # (`Event Volunteer Orientation`): they are briefed for their task, not welcomed.
        r"|(?:attendees?|delegates?|participants?)['’]? orientation"
        # Registering, said with the verb as `Registration` says it with the noun (`Arrive,
        # register, T-shirts`, `Register and pick up your badge`); a register kept is no act.
        r"|register(?! of\b)"
        # Eleventh round. The talk that is the welcome is one (`Welcome Talk`, `Welcome
        # speech`, `Discours de bienvenue`): its head says how the welcome is given, not
        # another kind (`Welcoming Address` names whom it welcomes, and stays a talk).
        r"|welcome (?:talks?|address|speech|words)"
        # Newcomers meeting to be shown around are welcomed, as at their orientation
        # (`First-Timers Meeting`, `Newcomers' session`, `Réunion des nouveaux adhérents`,
        # `Rencontre des primo-participants`).
        r"|(?:first[- –]?timers?|newcomers?)['’]? (?:meeting|session|gathering)"
        r"|(?:reunion|rencontre|accueil) des (?:nouveaux|nouvelles|primo)[- ]?\w+"
        # Fifteenth round. An orientation standing alone or first in a list (`Orientation,
        # opening talk, & sitting`, `Orientation and introductions`, `Orientation session`)
        # shows the participants round: their welcome (`orientation budgétaire`, a report's
        # `rapport d’orientation`, stay what else they name).
        r"|^orientation(?=$|,|\s*[·;]| (?:and|et|&|session|meeting|walk)\b)"
        # Meeting at a place over coffee or breakfast (`Point de rencontre autour d’un café`,
        # `Meeting point with coffee`, `Rendez-vous autour d’un petit-déjeuner`) is how the
        # participants are welcomed, not a meeting point alone (another moment).
        r"|(?:point de (?:rencontre|rendez[- ]vous|rassemblement)|meeting point|rendez[- ]vous)"
        r"(?: \S+){0,2}? (?:autour d'un |avec (?:un )?|with (?:a )?|over (?:a )?)"
        r"(?:cafe|coffee|the|tea|petit[- ]dejeuner|breakfast)",
    ),
    (
        "closing",
        r"conclusions?|cloture|closing|close|fin de (?:la |l')?(?:journee|matinee|seminaire"
        r"|rencontre|colloque)|wrap[- ]up|mot de la fin|fin des travaux|rapport de synthese"
        r"|(?:symposium|conference|workshop|day) ends|summary|end|fin|concluding"
        # Twenty-first round. The same in French (`La journée se termine`).
        r"|(?:journee|soiree|rencontre|colloque|seminaire|forum|reunion|seance) (?:se termine"
        r"|s'acheve|prend fin)"
        # Tenth round: the day's unravelling is its end (`Denouement and Reflection`).
        r"|denouement|denoument"
        # Seventeenth round. The English noun of `clôture` (`Closure`, `Meeting closure`).
        r"|closure"
        r"|allocutions? de cloture|discours de cloture|the end|day is over|farewell|au revoir"
        r"|depart des participants|final (?:words|remarks|thoughts)|closing (?:words|thoughts)"
        r"|concluding remarks|derniers mots|mots? de (?:la fin|cloture)|go(?:ing)? home"
        # A summary of the day closes it (`Synthèse de la journée`); that of the workshops
        # reports back (above); that of someone's work is their talk.
        r"|synthese (?:de la journee|du (?:matin|seminaire|colloque)|generale|finale)"
        # Twenty-first round. So does a review of the gathering itself or its day (`Final
        # review of symposium`, `Review of the day`, `Bilan de la journée`, `Bilan du
        # colloque`); a review of a subject is a talk.
        r"|(?:final )?(?:review|recap) of (?:the )?(?:symposium|conference|workshop|day|week"
        r"|event|meeting|retreat|seminar|forum)\b"
        r"|bilan (?:de la (?:journee|rencontre|semaine)|du (?:seminaire|colloque|forum|congres"
        r"|week-end|sejour))"
        # A sitting adjourned or in recess is over for the day (`Adjournment`, `Recess`,
        # `Levée de la séance`).
        r"|adjourn(?:ment|ed|s)?|recess|levee de (?:la )?seance",
    ),
    (
        "talk",
        r"interventions?|conferences?|keynotes?|talks?|presentations?|exposes?|temoignages?"
        r"|allocutions?|discours|opening (?:address|lecture|keynote)|address|speech(?:es)?"
        r"|sessions?|position papers?|invited speakers?|speakers?|seminar|lectures?|pitch(?:es)?"
        # Nineteenth round. Spotlights are short talks (`Spotlight Session #1`, `Spotlight
        # talks`, `Session spotlight`), a session of them no generic session of the event.
        r"|spotlights?(?: sessions?| talks?| presentations?)?"
        # Twentieth round. Ignite and Pecha Kucha are formats of short talks (`Ignite 1`,
        # `Ignite-style presentations`, `Soirée Pecha Kucha`), as spotlights are.
        r"|ignite|pecha[- ]?kucha"
        # Speaking turns are each a speech (`Prises de paroles des personnalités`, `Prise de
        # parole du maire`).
        r"|prises? de paroles?"
        # Tenth round: papers presented, with posters beside them or not, are talks (`Parallel
        # Paper/Interactive Poster Sessions`, `Papers and posters`); posters alone are not.
        r"|papers?\s*(?:/|and|&|et)\s*(?:interactive\s+|digital\s+)?posters?(?: sessions?)?"
        r"|communications? (?:orales?|et posters?)"
        r"|demos?|demonstrations?"
        r"|conference[- ]debat|conference[- ]debate|lecons?|cours magistral|webinaires?"
        r"|webinars?|communications?|etat des lieux|bilans?|historique|retours? d'experiences?"
        r"|(?:premiers )?resultats de l'(?:etude|enquete)|findings|overview|updates?"
        # Someone's report, or a survey's results, is presented by one (`Director's Report`,
        # `President’s Report`, `Membership Survey Results`, `Rapport moral`).
        r"|[a-z]+['’]s reports?|survey results|results of the survey|study results"
        r"|rapport (?:moral|d'activites?|du (?:president|tresorier|directeur))"
        # A session named by a field of knowledge is its talks (`Planétologie`, `Géologie et
        # minéralogie`, `Astrophysics`); weak: any other kind word in the title wins.
        r"|" + _FIELDS,
    ),
    (
        "other",
        r"session affiches|posters? sessions?|posters?|poster presentations?|affiches|vote|votes"
        r"|voting|elections?|scrutin|remise des (?:prix|lots|trophees)|awards? ceremony|awards?"
        # Twenty-fourth round. Awards presented are handed out, as at an awards ceremony
        # (`Presentation of Donna Forand Awards`, `Présentation des prix du concours`): no one
        # presents a subject, whatever the awards are named. Joined to another moment
        # (`Presentation of awards and lunch`), that one names the block, as before.
        r"|presentations? (?:of|des?|du) (?:the )?(?:[\w'-]+ ){0,3}?(?:awards?|prizes?|prix"
        r"|trophees|trophies|medailles|medals)(?![\w-])(?!\s*(?:and|et|&|\+|,|;))"
        r"|prix|conseil d'administration|board meeting|briefing|visites?|visite guidee|visits?|site visits?"
        r"|excursions?|exhibits?|exhibit hall"
        # Tours and trips out are visits (`Technical tours`, `Field trip`, `Guided tours`).
        r"|(?:technical|guided|study|city|boat|walking|bus) tours?|field trips?|day trips?|exhibition|expositions?|expo|salon|concerts?"
        r"|spectacles?|fete|village|entertainment|sightseeing|social program(?:me)?|social events?"
        r"|dance|bal|party|games?|jeux|quiz|tournoi|tournament|rondes?|competitions?|concours"
        r"|contest|hunt|chasse au tresor|judging|jury|deliberation|deadline|energizer|brise[- ]glace"
        r"|ice[- ]?breakers?|chatting|mingling|walks?|balades?|promenades?|randonnees?|hikes?"
        r"|tour"
        # Thirteenth round. A gala of a performing art is a show (`Grand Gala de Variétés`,
        # `Gala de danse`, `Gala of music`), whatever it is called besides.
        r"|galas? (?:de |d'|of )?(?:" + _PERFORMING_ARTS + ")"
        # Thirteenth round. A time people come and go as they like, to a place kept open, is
        # no session of everyone nor work in groups (`Community Drop-in Session`, `Open
        # House`, `Portes ouvertes`, `Permanence des élus`).
        r"|drop[- ]?ins?(?: sessions?| hours?| centres?| centers?)?|open houses?"
        r"|portes[- ]ouvertes|journees? portes[- ]ouvertes|permanences?"
        r"|departs?|departures?|transferts?|transfers?|navettes?|shuttles?|vols?|flights?"
        r"|atterrissage|installation|check[- ]?out|quartier libre|temps libre|free time"
        # Sixteenth round. A part of the day left free (`Soirée libre`, `Après-midi libre`,
        # `Free evening`) is no evening's meal nor party: nothing is organised then. A meal
        # left free (`Déjeuner libre`) is still a meal.
        r"|(?:soiree|apres[- ]midi|matinee|journee|nuit)s? libres?"
        r"|free (?:evening|afternoon|morning|day|night)s?"
        r"|evaluation|birds[- ]of[- ]a[- ]feather|bof|hospitality|committee|comite|stand[- ]?up"
        r"|demo day|yoga|meditation|ritual|photo de groupe|group photo|rdv|rendez[- ]vous"
        # Twenty-first round. Photos taken together are a moment of their own (`Photos – wear
        # your T-shirt!`, `Photo session`, `Séance photo`), as the group photo is.
        r"|photos?(?: (?:sessions?|shoots?|ops?))?|seances? photos?"
        # Eleventh round. An evening named after a café is a show or a readers' evening, not
        # a break (`Literary Coffee House`, `Café littéraire`, `Café-concert`, `Café philo`).
        r"|coffee[- ]?house|cafe[- ](?:litteraire|philo|concert|theatre|chantant)"
        # Eleventh round. Gathering at a place, as a meeting point is (`Rassemblement des
        # anciens combattants`, `Assembly point`, `Gathering at the memorial`), and the
        # moments of a commemoration (`Dépôt de gerbe`, `Wreath laying`, `Minute de silence`).
        r"|rassemblements?|gathering (?:at|in|on|point)|assembly point|meeting point"
        r"|point de (?:rassemblement|rendez[- ]vous)|depots? de gerbes?|wreath[- ]laying"
        r"|minute de silence|moment of silence|ceremonie commemorative|commemorations?"
        # Fourteenth round. Silence kept together, however long (`a time of silence`, `temps
        # de silence`, `Silent time`), is no talk nor work.
        r"|(?:a )?(?:time|period|temps|moment) (?:of|de) silence|silent time"
        # A moment still to be decided is no kind yet, whatever may be listed under it as
        # options (`(à définir)`, `TBD`, `To be announced`).
        r"|(?:encore )?a (?:definir|preciser|determiner|confirmer)|tbd|tba|tbc"
        r"|to be (?:announced|confirmed|determined|defined|decided)",
    ),
)


def _alternatives(words: str) -> list[str]:
    """The top-level alternatives of a pattern (`a|b(?:c|d)|e` → `a`, `b(?:c|d)`, `e`): each is
    matched on its own, so that the longest of those starting at one place wins, whatever
    their order."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(words):
        if c == "(" and (i == 0 or words[i - 1] != "\\"):
            depth += 1
        elif c == ")" and words[i - 1] != "\\":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(words[start:i])
            start = i + 1
    out.append(words[start:])
    return out


_ALTERNATIVES = sorted(
    ((kind, alt) for kind, words in KIND_WORDS for alt in _alternatives(words)),
    key=lambda ka: -len(ka[1]),
)


# Every kind word in one pattern, the longer alternatives first so that of two starting
# together the longer wins; each alternative's group says its kind.
def _kind_pattern() -> str:
    """The alternatives grouped by their first letter, each group behind a look-ahead on that
    letter, so that a title is matched in time proportional to its length, not to the size of
    the lexicon; alternatives whose first letter is not written first are tried before them
    (they are among the longest). The order within a group is kept (the longer first)."""
    by_letter: dict[str, list[str]] = {}
    first: list[str] = []
    for i, (_kind, alt) in enumerate(_ALTERNATIVES):
        group = rf"(?P<k{i}>{alt})"
        if alt[0].isalnum() and alt[1:2] not in ("?", "*", "{"):
            by_letter.setdefault(alt[0], []).append(group)
        else:
            first.append(group)
    parts = first + [f"(?={c})(?:{'|'.join(groups)})" for c, groups in sorted(by_letter.items())]
    return r"\b(?:" + "|".join(parts) + r")\b"


_KIND_RX = re.compile(_kind_pattern())
_KIND_OF_GROUP = {f"k{i}": kind for i, (kind, _alt) in enumerate(_ALTERNATIVES)}
_MEAL = re.compile(rf"\b(?:{dict(KIND_WORDS)['meal']})\b")
# Words that say little alone and give way to a telling one (`Conference dinner`, `Plenary
# Session: Report Back`, `Discussion – Pause-café`).
_WEAK = re.compile(
    r"^(?:conferences?|plenary|plenieres?|presentations?|discussions?|posters?|affiches|awards?"
    r"|prix|remise des (?:prix|lots|trophees)|speakers?|communications?|rondes?|tour|labs?"
    r"|allocutions?|discours|interventions?|food"
    # Seventeenth round. The business meeting is everyone's, but a telling word names the
    # moment it is part of (`Opening Business Meeting` opens the day).
    r"|business (?:meetings?|sessions?)|" + _FIELDS + r")$"
)
# A word so general that it is a kind only when nothing else is named: `Session 4: First
# Prototypes`, `Concurrent Sessions`.
_GENERIC = re.compile(r"^(?:sessions?|seances?|seminar|lectures?|lecons?)$")
_LECTURE = re.compile(r"lectures?")
# Events whose sessions are work in groups: a workshop, an unconference, a hackathon, a training.
_WORKING_EVENT = re.compile(
    r"\b(?:workshops?|ateliers?|un-?conferences?|barcamps?|forums? ouverts?|open space"
    r"|hackathons?|hack weeks?|trainings?|formations?|journees? de travail|working days?"
    # A camp is an unconference, whatever it is a camp of (`BarCamp`, `in line with most
    # camps`, `Code camp`): its sessions are proposed and run by those there.
    r"|(?:bar|code|web|data|wiki|pod|edu|geo)?camps?)\b"
)


# Tenth round. Events whose sessions their participants make are said so anywhere in the
# programme, not only above it (`Planning for the un part of the unconference will begin`
# under `We Make the Program Together`): a word as strong as that names the event's sessions
# wherever it is written; a workshop mentioned in passing does not.
_SELF_RUN_EVENT = re.compile(
    r"\b(?:un-?conferences?|barcamps?|forums? ouverts?|open space technology|non-?conferences?"
    r"|hackathons?)\b"
)


def self_run_event(text: str) -> str | None:
    """`workshop` when `text` names an event whose sessions its participants make (an
    unconference, a barcamp, a forum ouvert, a hackathon), None otherwise."""
    return "workshop" if _SELF_RUN_EVENT.search(fold(text)) else None


def event_kind(text: str) -> str | None:
    """The kind of the sessions of an event its title or opening prose describes: `workshop`
    for a workshop, an unconference, a hackathon, a training; None otherwise."""
    return "workshop" if _WORKING_EVENT.search(fold(text)) else None


# A programme titled as meetings, in the plural (`Réunions de quartier 2023`, `Public
# meetings`, `Town hall meetings`), lists meetings: each one all attend together. One meeting's
# programme (`Annual Meeting`, `Assemblée générale`) lists its moments, of any kind.
_MEETINGS = re.compile(
    r"\b(?:reunions(?: publiques| de quartiers?)?|assemblees(?: (?:generales|de quartiers?))?"
    r"|meetings|town halls|(?:public )?hearings|conseils (?:municipaux|de quartiers?))\b"
)


def meetings_named(title: str) -> str:
    """The words of a programme's title naming its events as meetings, as written; "" when
    none does. A moment that names no kind and nobody is then one of those meetings."""
    folded = fold(title)
    m = _MEETINGS.search(folded)
    if m is None:
        return ""
    return title[m.start() : m.end()] if len(folded) == len(title) else m.group()


def kind_of_a_day(rest: str, lang: str | None = None) -> str:
    """Twenty-eighth round. The words after a day's date naming, in the plural, what all its
    blocks are (`Dimanche 25 novembre, ateliers`, `Saturday 12 May: Workshops`, `Samedi,
    conférences`): those words when they are the kind word and at most two more, "" otherwise.
    A generic word (`Sessions`) or one in the singular (`Vendredi, atelier vélo`: one moment)
    names no kind for the day."""
    words = rest.strip(" :,–—-.").split()
    if not 1 <= len(words) <= 3 or not words[0].lower().endswith(("s", "x")):
        return ""
    kind, word = kind_and_word(" ".join(words), lang)
    if kind is None or not " ".join(words).lower().startswith(word.lower()) or is_generic(word):
        return ""
    return word


def is_generic(word: str) -> bool:
    """Whether a kind word is a generic one (`Session`, `séance`, `seminar`)."""
    return bool(_GENERIC.match(fold(word)))


# Function words, not counted when looking for a kind word among a title's first words.
_FUNCTION_WORDS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l'",
        "d'",
        "un",
        "une",
        "et",
        "ou",
        "a",
        "au",
        "aux",
        "en",
        "pour",
        "sur",
        "par",
        "avec",
        "dans",
        "sous",
        "entre",
        "vers",
        "chez",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "the",
        "an",
        "of",
        "and",
        "or",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "our",
        "your",
        "their",
        "its",
        "this",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "with",
        "to",
        "in",
        "on",
        "at",
        "by",
        "from",
        "is",
        "are",
        "this",
        "our",
        "your",
    ]
)
_FRENCH = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "pour",
        "sur",
        "par",
        "avec",
        "dans",
        "au",
        "aux",
        "une",
        "est",
    ]
)
# A kind word counts when it starts among a title's first four content words.
_WINDOW = 4


_FRENCH_LETTER = re.compile(r"[àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ]")


def guess_language(text: str) -> str:
    """`fr` or `en`: the language whose common words a text holds more of; with as many of
    each, French for text holding a letter of French's accents and English otherwise (a
    place's name in another language, `Covilhã`, says nothing of French)."""
    words = fold(text).replace("'", " ").split()
    english = sum(w in _ENGLISH for w in words)
    french = sum(w in _FRENCH for w in words)
    if english == french:
        return "fr" if _FRENCH_LETTER.search(text) else "en"
    return "en" if english > french else "fr"


@lru_cache(maxsize=8192)
def _matches(head: str) -> tuple[tuple[int, int, int, str, str], ...]:
    """Every kind word of `head`: (strength, start, end, kind, words); strength 0 for a telling
    word, 1 for a weak one, 2 for a generic one. Of two words starting together, the longer;
    a word inside a longer one is not a word of its own ("cafe" in "pause cafe")."""
    out: list[tuple[int, int, int, str, str]] = []
    for m in _KIND_RX.finditer(head):
        word = m.group(0)
        strength = 2 if _GENERIC.match(word) else 1 if _WEAK.match(word) else 0
        out.append((strength, m.start(), m.end(), _KIND_OF_GROUP[m.lastgroup or ""], word))
    return tuple(out)


def word_matches(text: str) -> tuple[tuple[int, int, int, str, str], ...]:
    """Every kind word of a folded text: (strength, start, end, kind, words); strength 0 for a
    telling word, 1 for a weak one, 2 for a generic one."""
    return _matches(text[:4000])


def _content_index(head: str, at: int) -> int:
    return sum(w not in _FUNCTION_WORDS and w != "·" for w in head[:at].split())


def _matches_generic_only(text: str) -> bool:
    """Whether every kind word of a text is a generic one (`Session 2`, `Séance plénière`
    is not)."""
    return all(f[0] == 2 for f in _matches(fold(text)))


def _adjacent(
    head: str, a: tuple[int, int, int, str, str], b: tuple[int, int, int, str, str]
) -> bool:
    """Two kind words forming one compound: nothing but a space or a hyphen between them; or a
    slash between two words of one kind, offered as each other's synonym (`Welcome/Opening
    Reception`): a slash between two kinds lists them (`Morning Tea/Snacks`, `Lunch/free
    time`)."""
    between = head[a[2] : b[1]]
    return b[1] - a[2] <= 1 and (between in ("", " ", "-") or (between == "/" and a[3] == b[3]))


def _colon_between(
    title: str, a: tuple[int, int, int, str, str], b: tuple[int, int, int, str, str]
) -> bool:
    """Twenty-first round. Whether a colon parts two kind words the head of a title joins
    (`Practicals: intro to Jupyter`, `Workshop: Opening the data`): a colon ends what it
    follows, no compound runs across it, so the first word names the block."""
    return re.search(rf"\b{re.escape(a[4])}\s*:\s*{re.escape(b[4])}\b", fold(title)) is not None


_NAMES_A_BODY = re.compile(
    r"(?:,?\s+(?:and\s+|&\s+)?(?!(?:with|the|of|for|by|to|from|at|in|on|an?|meets?)\b)"
    r"[a-z][\w'’-]*){0,4}?\s+(?:committee|council|board|commission"
    r"|task force|working party)s?\b(?! reports?\b)"
)


_TRAILING_NUMBER = re.compile(
    r"(?: (?:#?\d{1,3}[a-z]?|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten))+$"
)


_OFFICIAL_ARRIVES = re.compile(
    r"^(?:arrivee (?:de la |du |de l'|de madame la |de monsieur le )"
    r"|arrival of the )(?:ministre|minister|prefete?|prefect|maire|mayor|president\w*"
    r"|secretaire d'etat|secretary|depute\w*|senat\w*|governor|gouverneur|ambassad\w*)\b"
)
# Verbs of work done together, first in a title, in the imperative (English) or infinitive
# (French), then what is worked on.
_GROUP_WORK_VERB = re.compile(
    r"^(?:develop|discuss|identify|define|synthesi[sz]e|prioriti[sz]e|draft|co[- ]?create"
    r"|brainstorm|definir|elaborer|identifier|prioriser|co[- ]?construire|rediger|imaginer"
    r"|construire)\s+(?!(?:of|the end|de la fin)\b)\w",
)


_START_ALONE = re.compile(r"^\W*(?:start|beginning|debut|commencement|demarrage)\W*$")
# Thirteenth round. A count of talks in brackets says what the block holds, whatever it is
# called (`Workshop (slot 1: 4 presentations)`, `Session B (3 communications)`, `Atelier
# (5 exposés)`): those talks, one after another.
_COUNTED_TALKS = re.compile(
    r"\([^()]*\b\d+\s+(?:presentations?|talks?|papers?|communications?|exposes?"
    r"|interventions?|lectures?|conferences?)\b[^()]*\)"
    # Fifteenth round. A count times a length in brackets (`(3 x 20 minutes each)`, `(4 × 15
    # min)`) is that many talks of that length, one after the other.
    r"|\(\s*\d+\s*[x×]\s*\d+\s*(?:min|minutes|mn)\b[^()]*\)"
)


# Fourteenth round. A title that starts by naming the event and its day before a colon
# (`Unconference day 1: Sessions`, `Forum ouvert, jour 2 : Ouverture`, `Conference Day 3:
# Keynotes`) names the block after the colon; the event's name says which day, not what is done.
_EVENT_DAY_PREFIX = re.compile(
    r"^[^:]{0,40}?\b(?:day|jour|journee|journée)\s*(?:\d{1,2}|[ivx]{1,4})\s*:\s*(?=\w)",
    re.IGNORECASE,
)


def without_event_day(title: str) -> str:
    """A title without the event and day it starts by naming (`Unconference day 1: Sessions`
    → `Sessions`); the title itself when it names none."""
    prefix = _EVENT_DAY_PREFIX.match(title) if ":" in title else None
    return title[prefix.end() :] if prefix else title


# Twenty-first round. Snacks or cookies served with the tea or the coffee (`Morning
# Tea/Snacks`, `Coffee & snacks`, `Café / collation`) are what the break offers, not a meal: a
# meal wins over a break only when it is one (`Lunch Break`, `Pause déjeuner`).
_BREAK_FARE = re.compile(
    r"\b(?:tea|coffee|cafe)s?\s*(?:·|/|&|and|et|with|avec|\+)?\s*(?:small |light )?"
    r"(?:snacks?|cookies|biscuits|collations?|petits fours|viennoiseries)\b"
)
_ACTIVITY_ENDS = re.compile(
    r"^\W*(?P<what>(?:[\w'-]+ ){1,3}?)(?:ends|finishes|is over|stops|closes|se termine(?:nt)?"
    r"|s'acheve(?:nt)?|prend fin|prennent fin)(?:\W*$|\s*[:–—])"
)
_THE_GATHERING = re.compile(
    r"\b(?:symposium|conference|workshop|day|meeting|event|forum|retreat|summit|congress"
    r"|colloque|seminaire|journee|rencontre|congres|session|programme|program|reunion|seance)s?\b"
)
_GATHERING_ENDS = re.compile(
    r"^\W*(?P<what>(?:[\w'-]+ ){1,3}?)(?:ends|finishes|closes|is over|se termine|s'acheve"
    r"|prend fin)\W*$"
)
_JOINS = re.compile(r"\b(?:and|et|puis|then|followed|suivie?s?)\b|&|\+|;")
_FOODS = (
    r"(?:cocktail|cafe|coffee|drinks?|verre|aperitif|apero|buffet|repas|dejeuner|lunch|dinner"
    r"|diner|breakfast|petit[- ]dejeuner|pot|tea|brunch|gouter)"
)
_PRESENTATION_OF = re.compile(
    r"^(?:(?:short|brief|quick|petite|courte|breve) )?presentations? (?:of|de|du|des|d')\s?"
)


def _presents_it(head: str, at: int, kind: str) -> bool:
    """Twenty-first round. Whether the kind word found at `at` is what a presentation presents
    (`Presentation of the workshop, introduction to OGGM`, `Présentation du film Océans`,
    `Présentation du cycle, des ateliers et du règlement`): no kind of the block, which is
    someone presenting it, a talk. Not a second moment joined to the first (`Présentation des
    candidats et vote`)."""
    shown = _PRESENTATION_OF.match(head) if kind != "talk" else None
    return shown is not None and at >= shown.end() and not _JOINS.search(head[shown.end() : at])


_OVER_A_MEAL = re.compile(
    r"\b(?:autour d'(?:un|une)|over(?: a| some)?|avec (?:un|une))\s+(?P<food>"
    + _FOODS
    + r")(?=$|[\s·])"
)
# Twenty-first round. A discussion joined after a talk, a presentation or a session (`Talk and
# Discussion`, `First Session and Discussion`, `Presentation (Jakob Steiner) and open
# discussion`, `Exposé et discussion`) is that talk and the questions after it: the talk names
# the block, not everyone's discussion.
_TALK_THEN_DISCUSSION = re.compile(
    r"\b(?:talks?|presentations?|sessions?|exposes?|conferences?|lectures?|keynotes?"
    r"|interventions?)\s*(?:\([^()]*\)\s*)?(?:and|et|&|\+|suivie? d'une?|followed by)\s+"
    r"(?:(?:an? |une? )?(?:open|general|short|joint|libre|ouverte|courte) )?(?:discussions?|debats?)\b"
)
# Twenty-first round. An introduction to a subject (`Introduction to OGGM`, `Brief introduction
# about glacier modelling`, `Introduction à la permaculture`, `Initiation au compostage`) is a
# talk on it; one to the gathering itself or its day (`Introduction to the symposium`,
# `Introduction à la Convention`, `introduction of the participants`) stays its opening.
_INTRO_TO_SUBJECT = re.compile(
    r"^(?:(?:a |an |une |)(?:brief|short|quick|general|breve|courte|petite) )?"
    r"(?:introductions?|initiation) (?:to|about|into|on|a|au|aux|sur)\b"
    r"(?! (?:the |this |our |la |le |l'|les )?(?:[\w-]+ )?(?:workshop|symposium|convention"
    r"|conference|colloque|seminaire|seminar|forum|day|journee|week|semaine|session|event"
    r"|evenement|rencontre|programme|program|meeting|participants?|topic|theme|sujet"
    r"|morning|afternoon|evening|night|week-?end|matin|matinee|apres-midi|soiree)s?\b)"
)
# Fourteenth round. A block held in plenary (`Atelier 3 en séance plénière`, `Workshop
# reports in plenary`, `Group work in plenary session`) gathers everyone: a workshop said to
# be so is a plenary, since work in groups is what a plenary is not.
_IN_PLENARY = re.compile(r"\b(?:en (?:seance )?plenieres?|in plenary(?: sessions?)?)\b")
# Fourteenth round. A moment of no session kind joined to the opening or the closing (`Award
# Ceremony & Closing`, `Vote et clôture`, `Photo de groupe et mot d'accueil`) is part of it:
# the block opens or closes the day.
_JOINED = re.compile(r"^\s*(?:·|and|et|&|\+)\s*$")


# Twenty-sixth round. An English name in title case whose last word is a telling kind word
# (`Board of Directors & Past Chairs Dinner`, `Volunteer and Sponsor Appreciation Luncheon`):
# that word is the head of the whole name, however many words (the guests, the body giving it)
# stand before it and whatever `of` or `&` joins them. Only a name counts: every word of four
# letters or more is capitalised, so a sentence (`Meet the board of directors at dinner`) is
# not read so.
def _title_case_head(
    title: str, head: str, found: tuple[tuple[int, int, int, str, str], ...]
) -> tuple[int, int, int, str, str] | None:
    words = re.findall(r"[^\W\d_][\w’'-]*", title)
    if len(words) < 3 or any(w[0].islower() for w in words if len(w) >= 4):
        return None
    end = len(head.rstrip(" ·"))
    if number := _TRAILING_NUMBER.search(head[:end]):
        end = number.start()
    # A moment of another kind ending a name (`… Green Party`, `… Walking Tour`) is as often a
    # body or a thing named: only the kinds of a programme's sessions and meals are read so.
    last = [f for f in found if f[0] == 0 and f[2] == end and f[3] != "other"]
    return last[0] if last else None


@lru_cache(maxsize=8192)
def kind_and_word(title: str, lang: str | None = None) -> tuple[str | None, str]:
    """The kind named by a title's first words (`Table ronde : …` → panel), and the words that
    say it; (None, "") when no word does.

    A kind word counts when it starts among the first four content words (articles and
    prepositions are not counted). A telling word wins over a weak one (`Conference dinner`,
    `Plenary Session: Report Back`), the earliest telling word wins, the longer one when two
    start together (`Break out session`), and a meal wins over a break (`Pause déjeuner`,
    `Lunch Break`). In English the last word of a compound is its head (`Welcome Reception`
    is a meal, `Opening Address` a talk, `Plenary conference` a talk); French puts it first.
    A generic word (`Session`) is a talk only when nothing else is named.
    """
    if (own := without_event_day(title)) is not title:
        return kind_and_word(own, lang)
    if (ends := _ACTIVITY_ENDS.match(fold(title))) and not _THE_GATHERING.search(ends["what"]):
        # Twenty-first round. An activity said to end (`Hacking ends`, `Hackathon ends`, `Les
        # votes se terminent`) is the moment it stops, no part of it; the gathering or its day
        # ending (`Symposium Ends`, `Day ends`) closes it (below).
        return "other", ends.group(0).strip(" :–—")
    if (ends := _GATHERING_ENDS.match(fold(title))) and _THE_GATHERING.search(ends["what"]):
        # Twenty-fifth round. The gathering, or its session, said to end, and nothing else
        # (`Zoom session ends`, `Meeting is over`, `La réunion se termine`): its close, as
        # `Symposium Ends` is. Said to begin, it stays what it names (`Workshop Begins` is the
        # workshop), unless it opens the day (see assemble's `_opening_said_to_start`).
        return "closing", ends.group(0)
    if (intro := _INTRO_TO_SUBJECT.match(fold(title))) and not _matches(fold(title)[intro.end() :]):
        # Another kind named after it (`Introduction to Python and lunch`) is read as before.
        return "talk", title.split()[0]
    if _START_ALONE.match(fold(title)):
        # Thirteenth round. The start alone (`Start`, `Début`, `Beginning`; its place cut
        # off before, as in `6:30 Start - at Centre Stage`) is the gathering's opening.
        return "welcome", title.split()[0]
    if counted := _COUNTED_TALKS.search(folded := fold(title)):
        same = len(folded) == len(title)
        return "talk", title[counted.start() : counted.end()] if same else counted.group()
    label, colon, named = title.partition(":")
    if colon and named.strip() and _matches(fold(label)) and _matches_generic_only(label):
        # Twenty-third round. A label naming only a generic kind, then a colon (`Mobile
        # Session: Rochester Development Tour`, `Séance : visite du chantier`): what follows the
        # colon names the block, however far its kind word stands.
        after, word = kind_and_word(named.strip(), lang)
        if after is not None and word and not _matches_generic_only(named.strip()):
            return after, word
    # Punctuation between words is kept as "·": not a word, but it parts a compound.
    head = " ".join(
        w if re.search(r"\w", w) else "·" for w in fold(title).replace(":", " ").split()
    )
    head = " ".join(head.split()[:12])
    if lang is None:
        lang = guess_language(title)
    found = _matches(head)
    if lang == "en":
        # Twenty-first round. An English lecture is a talk, whatever it is part of (`Course
        # lecture`, `Guest lecture`): the compound's head names it. The French `lecture` is a
        # reading (`Lecture de conte`), as general as a session.
        found = tuple((0, *f[1:]) if _LECTURE.fullmatch(f[4]) else f for f in found)
        # A committee named by its business (`Bylaws and Resolutions Committee`, `Awards
        # Committee`): its words name the body, not the block's kind.
        found = tuple(f for f in found if not _NAMES_A_BODY.match(head, f[2]))
    near = [f for f in found if _content_index(head, f[1]) < _WINDOW]
    if lang == "en" and not any(f[0] == 0 for f in near):
        # The head of an English phrase ends it: "Past President and New Member Reception".
        phrase = re.match(r"[^·;(]*?(?= (?:for|of|on|at|in|with|by|to|from) |\s*[·;(]|$)", head)
        end = phrase.end() if phrase else 0
        # Its number is not its head: "Concurrent Oral and Creative Works Session 1" is a
        # session, generic or not.
        if number := _TRAILING_NUMBER.search(head[:end]):
            end = number.start()
        near += [f for f in found if f[0] in (0, 2) and f[2] == end and f not in near]
    best = None
    for strength in (0, 1):
        pool = [f for f in near if f[0] == strength]
        if strength == 1 and not pool:
            continue
        if strength == 1:
            # A weak word gives way to a telling one further on ("Remise des prix et mot de
            # clôture", "Conference ... dinner").
            clause = head.find(";")
            strong_far = [f for f in found if f[0] == 0 and (clause < 0 or f[1] < clause)]
            if strong_far:
                pool = strong_far[:1]
        if pool:
            best = last = pool[0]
            if lang == "en":
                for f in pool[1:]:
                    if _adjacent(head, last, f) and not _colon_between(title, last, f):
                        # Twenty-third round. The compound runs on through words of one
                        # kind, and through a slash between two of them (`Welcome/Opening
                        # Reception` is a welcome or opening reception: a meal).
                        last = f
                        if f[3] != best[3]:
                            best = f  # the head of an English compound comes last
            break
    if best is None:
        generic = [f for f in near if f[0] == 2]
        if not generic:
            if lang == "en" and (head_word := _title_case_head(title, head, found)):
                return head_word[3], head_word[4]
            if _GROUP_WORK_VERB.match(head):
                # Twelfth round. A title telling the participants what to do together, its
                # verb first (`Develop Board Vision and Priorities`, `Discuss Operating
                # Guidelines`, `Définir nos priorités`), is their work: a workshop.
                return "workshop", title.split()[0] if title.split() else ""
            if over := _OVER_A_MEAL.search(head):
                # Twenty-first round. A moment around a drink or a meal (`Échange convivial
                # autour d’un cocktail`, `Networking over drinks`) is that meal or break.
                return kind_of(over["food"], lang), over["food"]
            return None, ""
        best = generic[0]
    kind = best[3]
    if kind == "other":
        joined = [
            f
            for f in found
            if f[0] == 0 and f[3] in ("welcome", "closing") and _JOINED.match(head[best[2] : f[1]])
        ]
        if joined:
            best, kind = joined[0], joined[0][3]
    elif kind == "workshop" and _IN_PLENARY.search(head):
        kind = "plenary"
    if _presents_it(head, best[1], kind):
        return "talk", title.split()[0]
    if kind in ("plenary", "panel") and _TALK_THEN_DISCUSSION.search(fold(title)):
        kind = "talk"
    if kind == "break" and _MEAL.search(head) and not _BREAK_FARE.search(head):
        kind = "meal"
    if kind == "welcome" and _OFFICIAL_ARRIVES.match(head):
        # Twelfth round. An official's arrival (`Arrivée de la ministre …`, `Arrival of the
        # Mayor`), as a press notice gives it, is when they come, not the participants'
        # welcome: another moment.
        kind = "other"
    start, words = best[1], best[4]
    original = " ".join(w if re.search(r"\w", w) else "·" for w in title.replace(":", " ").split())
    original = " ".join(original.split()[:12])
    return kind, original[start : start + len(words)] if len(original) == len(head) else words


# Nouns that name a place: a line made of a place and no kind word is where a block happens.
_PLACE = re.compile(
    r"\b(?:maison|auditorium|salles?|rooms?|hall|amphi\w*|lobby|cafeteria|foyer|campus|ecole"
    r"|school|nursery|building|batiment|espace|theat(?:re|er)|theatre|gymnase|gym|parc|park"
    r"|hotel|mairie|mediatheque|library|bibliotheque|chapelle|chapel|eglise|church|musee"
    r"|museum|galerie|gallery|atrium|terrasse|terrace|patio|jardin|garden|cour|courtyard"
    r"|aula|amphitheat\w*|centre|center|ballroom|suite|pavillon|pavilion|tent|chapiteau"
    r"|lycees?|colleges?|universites?|university|faculte)\b"
)


def is_place(text: str) -> bool:
    """Whether a line names only a place (`Maison de la Ruralité : Rural Action Centre`,
    `Auditorium Harry Payet`): a place noun, no kind word, not a sentence."""
    folded = fold(text)
    return (
        len(text) <= 80
        and bool(_PLACE.search(folded))
        and not _matches(folded)
        and not re.search(r"[.!?]\s*$", text)
    )


def place_before_title(text: str) -> int | None:
    """Where the title starts in `Theater Room Invited Speech I`, a row starting with its
    place: after the last place noun (and its brackets) before the first kind word."""
    folded = fold(text)
    found = _matches(folded) if len(folded) == len(text) else []
    if not found:
        return None
    first = min(f[1] for f in found)
    places = list(_PLACE.finditer(folded[:first]))
    if not places:
        return None
    end = places[-1].end()
    while end < first and folded[end] in ") ]":
        end += 1
    return end if folded[:end].count("(") <= folded[:end].count(")") else None


_SENTENCE_END = re.compile(r"[.!?:;](?:\s|$)")


def kind_in_sentence(title: str) -> tuple[str | None, str]:
    """The kind a title written as a sentence names further than its first words: `Sur les
    sites des installations, divers ateliers sont proposés autour de …` offers workshops.

    Only a title of ten words or more (a sentence, not a name) is read so, only its first
    sentence, and only a telling word counts (not `session`, `discussion`)."""
    if len(title.split()) < 10:
        return None, ""
    head = fold(title)
    if end := _SENTENCE_END.search(head):
        head = head[: end.start()]
    found = [f for f in _matches(head) if f[0] == 0]
    return (found[0][3], found[0][4]) if found else (None, "")


def kind_of(title: str, lang: str | None = None) -> str | None:
    """The kind named by a title's first words (`Table ronde : …` → panel), or None."""
    return kind_and_word(title, lang)[0]
