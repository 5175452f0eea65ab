"""The words that name each kind of block (a talk, a workshop, a break, a meal, an opening…), in
French and English, with their plurals and common variants, as regular expressions matched on
the folded title (lower case, no accents). How a title's kind is read from them is in `words`."""

from __future__ import annotations

# Fields of knowledge, as a scientific day names its sessions.
FIELDS = (
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
        r"|topics? pitch(?:es|ing)?|pitchs? (?:des|de chaque) (?:sujets?|themes?|ateliers?)"
        # Thirty-first round. The topics proposed, gathered or chosen by the participants
        # (`Propose your topic and choose …`, `Generate topics`, `Prioritize topics`,
        # `Proposition des sujets`, `Choix des sujets`) are that market too.
        r"|(?:propose|generate|prioriti[sz]e|choose|select|vote on) (?:your |the |our )?topics?"
        r"|(?:proposition|choix|priorisation|vote) des (?:sujets|themes)"
        r"|proposez vos (?:sujets|themes)",
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
        r"|comptes?[- ]rendus)"
        # Thirty-fourth round. What the groups have done so far, or what each takes away from
        # the day, said to everyone (`Progress Report`, `Points d'étape`, `Take-aways`,
        # `Key takeaways`): they report back, as groups do at the end of their work. A report
        # joined to another moment (`Progress Report + Planning Dinner`) is that moment.
        r"|^progress reports?(?=$| (?:of|from|by)\b)|^points? d'etape\b|^(?:key |main )?take[- ]?aways?\b",
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
        r"|(?:audience|floor) (?:reactions?|responses?)"
        # Thirty-first round. The public's comments, as a council's or a commission's meeting
        # gives them their time (`Public Comment`, `Comments from the public`, `Commentaires
        # du public`, `Parole au public`): the room's turn to speak, as its questions are.
        r"|public comments?|comments? (?:from|of|by) the (?:public|floor|audience)"
        r"|commentaires? (?:du public|de la salle|de l'assistance)"
        r"|(?:la )?parole (?:est )?(?:au public|a la salle|a l'assistance)",
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
        r"|(?:new|old|unfinished|other) business"
        # Forty-second round. The same in English's other order, the thing approved first
        # (`Budget Approval`, `Minutes Adoption`), and the business the minutes left open
        # (`Business Arising from the Minutes`, `Business arising`).
        r"|(?:budget|accounts|financials|financial statements|agenda|minutes) (?:approvals?|adoptions?)\b"
        r"|business arising\b",
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
        r"|sociali[sz]ing|socialisation"
        # Forty-third round. The break glued to its drink, as one word (`Teabreak`,
        # `Coffeebreak`).
        r"|(?:tea|coffee)breaks?",
    ),
    (
        "workshop",
        r"ateliers?|workshops?|breakouts?|break[- ]out(?: sessions?)?|breakout sessions?"
        # Forty-third round. An exercise the participants do together, named by what they
        # work on (`Visioning Exercise`, `Stakeholders exercise`, `Exercice de groupe`);
        # a morning's or a warm-up's exercise is no workshop, and a team's may be one item
        # of a list (`Devotional, team exercise, instructions …`).
        r"|visioning exercises?|envisioning exercises?|stakeholders? exercises?"
        r"|reflection exercises?|mapping exercises?|planning exercises?|scenario exercises?"
        r"|exercices? de groupe|exercices? collectifs?|exercices? de prospective"
        r"|sous[- ]groupes?|seances? de travail|working groups?|group work|world cafe"
        # Thirty-fourth round. A title that opens on the participants working at something
        # (`Working on Problems`, `Work on the cases`, `Travail sur les projets`) is their work
        # in groups, as a working session is; the verb opens the title, or it is about work.
        r"|^work(?:ing)? on\b|^travail sur\b"
        # Twenty-seventh round. A working session is a séance de travail said otherwise
        # (`Collaborative Working Sessions`, `Work session`, `Sessions de travail`): the
        # participants work together, no one speaks to them.
        r"|sessions? de travail|work(?:ing)? sessions?"
        # Thirty-first round. Sessions or time said collaborative are the participants'
        # work together too (`Collaborative Sessions`, `Séances collaboratives`, `Temps
        # collaboratif`), whatever else they are about.
        r"|collaborative (?:sessions?|time|work)|(?:sessions?|seances?|temps|travail)"
        r" collaborati(?:fs?|ves?)"
        r"|tutorials?|courses?|travaux en (?:sous[- ])?groupes?|travail en (?:sous[- ])?groupes?"
        r"|mentoring|hacking|hackathon|hands[- ]on|brainstorm(?:ing)?"
        r"|formations?|trainings?|masterclass(?:es)?|clinics?|design sprint"
        # Twenty-first round. Practical work, the participants' own hands on the subject
        # (`Practicals: intro to Jupyter`, `Practical session`, `Travaux pratiques`, `Hands-on
        # practicums`), is a workshop, whatever it is about (`Practicals (projections)`).
        r"|practicals|practical (?:sessions?|work|exercises?)|practicums?|travaux pratiques"
        r"|exercices pratiques|mises? en pratique"
        # Forty-fifth round. Sessions where the participants solve problems or exercises
        # themselves, as a school's or a course's follow its lectures (`Problem Session 1.a`,
        # `Exercise sessions`, `Problem class`, `Séance d’exercices`, `Travaux dirigés`), are
        # their work with their hands on the subject, as practicals are.
        r"|(?:problem|exercise|problem[- ]solving) (?:sessions?|class(?:es)?)"
        r"|seances? d'exercices|travaux diriges"
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
        # Thirty-fourth round: in the singular too (`Greeting`, by the host).
        r"|welcoming(?: (?:remarks|words))?|words of welcome|remarks of welcome|greetings?"
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
        # Thirty-second round. `en fin de …`, `at the end of …` say when something is (`l'appli
        # en fin de cycle`, `a talk at the end of the project`), not that the day ends.
        r"|(?:symposium|conference|workshop|day) ends|summary|(?<!at the )end|(?<!en )fin"
        r"|concluding"
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
        # Thirty-fourth round. A keynote written in two words (`Key note`, `Key-note`) too.
        r"interventions?|conferences?|key[- ]?notes?|talks?|presentations?|exposes?|temoignages?"
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
        # Forty-second round. The same said after it, one function named (`Report from the
        # President`, `Report of the Treasurer`, `Rapport de la présidente`), and reports
        # alone on an assembly's agenda (`Reports`), each given by one of its officers.
        # A body reporting (`Report of the Board`, the committees, the teams) is not one.
        r"|^report (?:from|of|by) (?:the |our )?(?!(?:board|committees?|officers|teams?|groups?)$)"
        r"[a-z]+$|^reports$|^rapport de la (?:presidente|tresoriere|directrice|secretaire)$"
        r"|rapport (?:moral|d'activites?|du (?:president|tresorier|directeur))"
        # A session named by a field of knowledge is its talks (`Planétologie`, `Géologie et
        # minéralogie`, `Astrophysics`); weak: any other kind word in the title wins.
        r"|" + FIELDS,
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
        # Thirty-ninth round. A recital is a concert (`récital poétique et musical`).
        r"|recitals?|spectacles?|fete|village|entertainment|sightseeing|social program(?:me)?|social events?"
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
