"""The built-in work formats, written as data.

The facts (step minutes, lengths, group and table sizes) come from the public sources
each format cites; ``docs/formats-sources.md`` lists them per group of formats. The
descriptions are our own summaries. Where sources give a range, ``minutes`` keeps the
range and ``typical_minutes`` the length most of them give; the steps add up to it.
"""

from __future__ import annotations

from plein.model._vocab import Role
from plein.workformats._format import (
    Arc,
    Exposure,
    GroupStep,
    Per,
    Purpose,
    Range,
    RoleNeed,
    WorkFormat,
)

__all__ = ["BUILTIN_FORMATS"]

_ = GroupStep

# -- sources ------------------------------------------------------------------------------

LS_BOOK = (
    "Lipmanowicz, H. & McCandless, K., The Surprising Power of Liberating Structures: "
    "Simple Rules to Unleash a Culture of Innovation, Liberating Structures Press, 2013"
)
LS_SITE = "Lipmanowicz, H. & McCandless, K., Liberating Structures menu, liberatingstructures.com"
LS_UNCOVERED = "Liberating Structures Uncovered, liberatingstructures-uncovered.com"
LIBERATORS = (
    "Verwijs, C. & Overeem, B., The Liberators: articles on Liberating Structures, "
    "medium.com/the-liberators, 2017-2023"
)
BROWN_ISAACS = (
    "Brown, J. & Isaacs, D., The World Café: Shaping Our Futures Through Conversations "
    "That Matter, Berrett-Koehler, 2005"
)
WORLD_CAFE_GUIDE = "Leadership Centre, Art of Change Making: World Café, leadershipcentre.org.uk"
WIKIALPS = "WikiAlps, World Café (method description after Brown & Isaacs), wikialps.eu"
OWEN = "Owen, H., Open Space Technology: A User's Guide, 3rd ed., Berrett-Koehler, 2008"
OWEN_BRIEF = "Owen, H., A Brief User's Guide to Open Space Technology, openspaceworld.com"
OST_ENCYCLOPEDIA = "Wikipedia, Open Space Technology (group sizes, agenda-setting time)"
OSLIST = "Owen, H., reply on session length, OSList mailing list, 2007"
HOPKINS = "Hopkins, R., The Transition Handbook, Green Books, 2008 (tools: fishbowl)"
SEMINARIS = "Seminaris, Fishbowl meeting format, seminaris.de"
DURHAM = (
    "Centre for Social Justice and Community Action, Durham University, "
    "Dilemmas cafés: a guide for facilitators"
)
STELLING = "Facilitation Academy, werkvorm 'De stelling', facilitation-academy.nl"
STELLINGENSPEL = (
    "Werkvorm 'Stellingenspel' (variant met posities in de ruimte), Bijbel in 1000 seconden"
)
KRAMER = "Kramer, J., Deep Democracy: de wijsheid van de minderheid, Management Impact, 2014"
LEWIS = "Lewis, M., Inside the No: Five Steps to Decisions That Last, 2008"
ROSET = "ROSET Twente, Zorginnovatie kennisbank: vijf stappen van Deep Democracy"
SYSTEMS2WIN = "Systems2win, Check In and Check Out: meeting guidelines, systems2win.com"
METODIC = "Metodic, Check-in / Check-out (after the Hyper Island Toolbox), metodic.education"
SDU = "University of Southern Denmark, study groups: check in and check out exercise"
NVRR = "NVRR, Rekenkamerkompas: kennismaken met de raad"
VOORSTELRONDJES = "Werkvormen wiki, 'Voorstelrondjes', werkvormen.wikidot.com"
KKP_INFO = (
    "Kennisknooppunt Participatie (Ministerie van Infrastructuur en Waterstaat), "
    "werkvorm 'Informatie- en inspraakbijeenkomst', kennisknooppuntparticipatie.nl"
)
HEILOO = "Gemeenteraad Heiloo, eerste raadsinformatiemarkt, Streekstad Centraal, 2021"
DICHTEREN = "Bewonersavond Dichteren, De Hoop en Wijnbergen (programma), dichteren-central.nl"
WIJKCAFE = "Wijkplatform Zuilenstein, Huis de Geer, Blokhoeve, WijkCafé (programma)"
PRODEMOS_DIALOOG = (
    "ProDemos, Handreiking 'Hoe organiseer je een debat of bijeenkomst?', "
    "werkvorm 'Dialoogtafels', 2018"
)
NOORDRAAD = "Noordraad, Informatiemarkt Heikant-Vlashof (werktafels per onderwerp)"
FLEMISH_FORMS = (
    "Participatie-initiatieven en participatiewerkvormen: participatietrajecten van "
    "mobiliteitsplan tot wijkniveau (ontwerpatelier, schouw)"
)
SLOCUM = (
    "Slocum, N., Participatory Methods Toolkit: A Practitioner's Manual (charrette), "
    "King Baudouin Foundation & viWTA, 2005"
)
BEDACHT = "Bedacht met de buren, 'Hoe werkt het?', bedachtmetdeburen.nl"
PRODEMOS_SCHOUW = "ProDemos, ParticipatieWijzer, databank methoden: 'Schouw'"
HEERHUGOWAARD = (
    "Gemeente Heerhugowaard, communicatie-instrumenten voor de raad: wijk- of buurtschouw"
)
DOTMOCRACY = "Diceman, J., Dotmocracy Handbook, dotmocracy.org"
PARTICIPATION_DIGITAL = "participation.digital, method card 'Dotmocracy / Dot Voting'"
PLEIN_SEED = "Werken met 'Pleinen' (description of the Plein method)"

# -- the formats --------------------------------------------------------------------------

_LIBERATING_STRUCTURES: tuple[WorkFormat, ...] = (
    WorkFormat(
        id="1-2-4-all",
        name_nl="1-2-4-allen",
        name_en="1-2-4-All",
        description=(
            "A question is put to the room and people think about it alone in silence, "
            "then build on each other's thoughts in pairs, then in foursomes, and finally "
            "a few groups offer the idea that stood out to everyone. Everyone contributes "
            "at once, quiet voices are heard before loud ones, and the cycle can be "
            "repeated rather than stretched."
        ),
        purposes=(Purpose.GENERATE_IDEAS, Purpose.EXPLORE),
        arc=Arc.DIVERGE,
        steps=(
            _("1", 1, "alone and in silence, note thoughts on the question"),
            _("2", 2, "in pairs, share and build on each other's thoughts"),
            _("4", 4, "pairs join into foursomes; notice what is alike and what differs"),
            _("all", 5, "a few foursomes each offer one idea that stood out"),
        ),
        minutes=Range(3, 15),
        typical_minutes=12,
        group_size=Range(4),
        table_size=Range(3, 5),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        builds_trust=True,
        materials=("paper and pens", "a bell or chime"),
        online=True,
        sources=(LS_BOOK, LS_SITE),
    ),
    WorkFormat(
        id="impromptu-networking",
        name_nl="Impromptu netwerken",
        name_en="Impromptu Networking",
        description=(
            "People stand up and meet three partners in turn, each time answering two "
            "questions: what challenge they bring and what they hope to give and get. It "
            "gets everybody talking in the first minutes, connects people who do not "
            "know each other, and surfaces the themes the room cares about."
        ),
        purposes=(Purpose.GET_ACQUAINTED, Purpose.ARRIVE, Purpose.EXPLORE),
        arc=Arc.OPEN,
        steps=(
            _("all", 2, "the two questions are given"),
            _("2", 5, "first partner: each answers in turn"),
            _("2", 5, "second partner, someone less known"),
            _("2", 5, "third partner"),
            _("all", 3, "what patterns people noticed"),
        ),
        minutes=Range(15, 25),
        typical_minutes=20,
        group_size=Range(6),
        exposure=Exposure.SPEAKING_IN_PAIRS,
        builds_trust=True,
        materials=("open floor space without tables", "a bell"),
        online=True,
        sources=(LS_BOOK, LS_SITE, LS_UNCOVERED),
    ),
    WorkFormat(
        id="troika-consulting",
        name_nl="Troika-consult",
        name_en="Troika Consulting",
        description=(
            "In trios, each person in turn is the client: they describe a challenge and "
            "the help they want, answer clarifying questions, then turn their back while "
            "the two consultants talk it over aloud, and finally say what was useful. "
            "Peers give quick, frank help and learn to ask for it."
        ),
        purposes=(Purpose.DEEPEN, Purpose.GENERATE_IDEAS),
        arc=Arc.DIVERGE,
        steps=(
            _("3", 10, "first client: challenge, questions, consultants talk, response"),
            _("3", 10, "second client"),
            _("3", 10, "third client"),
        ),
        minutes=Range(20, 45),
        typical_minutes=30,
        group_size=Range(3),
        table_size=Range(3, 4),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        builds_trust=True,
        materials=("three chairs per trio, close together, no table",),
        online=True,
        sources=(LS_BOOK, LS_SITE, LIBERATORS),
    ),
    WorkFormat(
        id="25-10-crowd-sourcing",
        name_nl="25/10 crowdsourcing",
        name_en="25/10 Crowd Sourcing",
        description=(
            "Everyone writes one bold idea and a first step on a card. Cards are passed "
            "around unread, and at each signal people pair up and score the card they "
            "hold; after five rounds the scores are added and the best-rated ideas are "
            "read out. A large group sifts its own ideas quickly and anonymously."
        ),
        purposes=(Purpose.GENERATE_IDEAS, Purpose.CHOOSE, Purpose.WEIGH_OPTIONS),
        arc=Arc.CONVERGE,
        steps=(
            _("all", 3, "the invitation: a bold idea and a first step"),
            _("1", 5, "each writes one idea and its first step on a card"),
            _("2", 15, "five rounds: pass cards around unread, then score the one in hand"),
            _("all", 7, "scores are added up; the top ideas are read out"),
        ),
        minutes=Range(20, 30),
        typical_minutes=30,
        group_size=Range(12),
        exposure=Exposure.SPEAKING_IN_PAIRS,
        materials=("index cards, one per person", "pens", "a bell", "open floor space"),
        online=True,
        sources=(LS_BOOK, LS_SITE, LS_UNCOVERED),
    ),
    WorkFormat(
        id="what-so-what-now-what",
        name_nl="Wat? Dus? Wat nu? (W³)",
        name_en="What, So What, Now What? (W³)",
        description=(
            "After a shared experience, tables go through three questions in order: what "
            "happened and what did we notice, what does it mean, and what should we do "
            "now. Keeping facts, meaning and action apart avoids the arguments that "
            "come from jumping to conclusions, and ends with steps people share."
        ),
        purposes=(Purpose.REFLECT, Purpose.EVALUATE, Purpose.AGREE),
        arc=Arc.CONVERGE,
        steps=(
            _("tables", 10, "What? facts and observations, first alone, then at the table"),
            _("all", 5, "tables share what stood out"),
            _("tables", 10, "So what? patterns and meaning"),
            _("all", 5, "tables share their sense of it"),
            _("tables", 10, "Now what? the actions that follow"),
            _("all", 5, "actions collected"),
        ),
        minutes=Range(20, 60),
        typical_minutes=45,
        group_size=Range(5),
        table_size=Range(5, 7),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        materials=("paper for lists", "a flip chart for the plenary"),
        online=True,
        sources=(LS_BOOK, LS_SITE),
    ),
    WorkFormat(
        id="15-percent-solutions",
        name_nl="15%-oplossingen",
        name_en="15% Solutions",
        description=(
            "Each person lists what they can do now, within their own room to act and "
            "without extra money or permission; then small groups hear each list in turn "
            "and help sharpen it. It turns a feeling of powerlessness into small first "
            "steps that people own."
        ),
        purposes=(Purpose.GENERATE_IDEAS, Purpose.AGREE),
        arc=Arc.CONVERGE,
        steps=(
            _("1", 5, "each lists what they can do now without more resources or authority"),
            _("tables", 15, "each shares their list; the others ask and add"),
        ),
        minutes=Range(15, 30),
        typical_minutes=20,
        group_size=Range(3),
        table_size=Range(3, 4),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        materials=("paper and pens",),
        online=True,
        sources=(LS_BOOK, LS_SITE),
    ),
    WorkFormat(
        id="conversation-cafe",
        name_nl="Gesprekscafé",
        name_en="Conversation Café",
        description=(
            "Small circles talk about a hard shared question under six simple agreements "
            "and with a talking object: two rounds in which each speaks in turn, an open "
            "conversation, and a last round of take-aways. There is more listening than "
            "debating, which suits difficult or painful subjects."
        ),
        purposes=(Purpose.DEEPEN, Purpose.EXPLORE, Purpose.REFLECT),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 3, "the question and the agreements"),
            _("tables", 7, "first round with the talking object, a minute each"),
            _("tables", 7, "second round, a minute each, after having listened"),
            _("tables", 25, "open conversation"),
            _("tables", 8, "last round with the talking object: take-aways"),
        ),
        minutes=Range(35, 60),
        typical_minutes=50,
        group_size=Range(5),
        table_size=Range(5, 7),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        builds_trust=True,
        roles_needed=(RoleNeed(Role.TABLE_HOST, Per.TABLE),),
        materials=(
            "a talking object per table",
            "the agreements on a poster",
            "paper and markers per table",
        ),
        online=True,
        sources=(LS_BOOK, LS_SITE, LS_UNCOVERED),
    ),
    WorkFormat(
        id="min-specs",
        name_nl="Minimale specificaties",
        name_en="Min Specs",
        description=(
            "Groups first list every must-do and must-not-do for reaching a purpose, then "
            "strike each rule that could be broken while the purpose is still met. What "
            "remains, often two to five rules, is the short list everybody must keep; "
            "everything else is left free."
        ),
        purposes=(Purpose.AGREE, Purpose.CHOOSE),
        arc=Arc.CONVERGE,
        steps=(
            _("all", 4, "the purpose and the invitation"),
            _("1", 1, "alone, every must-do and must-not-do"),
            _("tables", 5, "the table completes the full list"),
            _("tables", 15, "each rule tested: could we break it and still succeed?"),
            _("all", 15, "tables compare and merge into the shortest shared list"),
        ),
        minutes=Range(35, 55),
        typical_minutes=40,
        group_size=Range(4),
        table_size=Range(4, 7),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        materials=("paper for the lists",),
        online=True,
        sources=(LS_BOOK, LS_SITE, LS_UNCOVERED),
    ),
    WorkFormat(
        id="triz",
        name_nl="TRIZ",
        name_en="TRIZ",
        description=(
            "Groups imagine everything that would guarantee the worst possible outcome, "
            "then honestly mark which of those things they already do, and finally pick "
            "first steps to stop them. The playful reversal makes it possible to name "
            "habits that are otherwise hard to discuss."
        ),
        purposes=(Purpose.EXPLORE, Purpose.DEEPEN),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 5, "the unwanted result is named"),
            _("tables", 10, "everything that would make sure we get the worst result"),
            _("tables", 10, "which of these we already do, in any form"),
            _("tables", 10, "first steps to stop them"),
        ),
        minutes=Range(30, 60),
        typical_minutes=35,
        group_size=Range(4),
        table_size=Range(4, 7),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        materials=("paper for the lists",),
        online=True,
        sources=(LS_BOOK, LS_SITE, LS_UNCOVERED),
    ),
    WorkFormat(
        id="wise-crowds",
        name_nl="Wijze menigte",
        name_en="Wise Crowds",
        description=(
            "In groups of four or five, each person in turn brings a challenge as the "
            "client; the others ask questions and then, while the client listens with "
            "their back turned, consult among themselves before the client says what "
            "helped. Everybody both gives and gets help."
        ),
        purposes=(Purpose.DEEPEN, Purpose.GENERATE_IDEAS),
        arc=Arc.DIVERGE,
        steps=(
            _("tables", 15, "first client: presents 2, questions 3, consultants 8, reply 2"),
            _("tables", 15, "second client"),
            _("tables", 15, "third client"),
            _("tables", 15, "fourth client"),
        ),
        minutes=Range(15, 75),
        typical_minutes=60,
        group_size=Range(4),
        table_size=Range(4, 5),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        builds_trust=True,
        materials=("chairs in small circles", "paper for notes"),
        online=True,
        sources=(LS_BOOK, LS_SITE, LIBERATORS),
    ),
    WorkFormat(
        id="appreciative-interviews",
        name_nl="Waarderende interviews",
        name_en="Appreciative Interviews",
        description=(
            "People interview each other in pairs about a time they were proud of what "
            "they achieved together, then retell their partner's story in foursomes and "
            "look for what made success possible. The patterns are collected, and the "
            "group asks how to build on them."
        ),
        purposes=(Purpose.EXPLORE, Purpose.GET_ACQUAINTED, Purpose.DEEPEN),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 3, "the invitation: a story of success"),
            _("2", 20, "pairs interview each other, ten minutes each"),
            _("4", 15, "foursomes retell the stories and look for what made them work"),
            _("all", 12, "patterns from all groups collected"),
            _("all", 10, "how to build on them, as a short 1-2-4-All"),
        ),
        minutes=Range(45, 75),
        typical_minutes=60,
        group_size=Range(4),
        table_size=Range(3, 5),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        builds_trust=True,
        materials=("paper for notes", "a flip chart for the patterns"),
        online=True,
        sources=(LS_BOOK, LS_SITE, LS_UNCOVERED),
    ),
    WorkFormat(
        id="shift-and-share",
        name_nl="Shift & Share",
        name_en="Shift & Share",
        description=(
            "A few people with something worth spreading each set up a station; small "
            "groups rotate from station to station for a short presentation and a few "
            "questions. It replaces a row of long plenary talks with many short, close "
            "ones."
        ),
        purposes=(Purpose.INFORM, Purpose.EXPLORE),
        arc=Arc.PRESENTATION,
        steps=(
            _("all", 5, "stations and route explained; groups formed"),
            _("tables", 13, "station 1: ten minutes' presentation, questions, move on"),
            _("tables", 13, "station 2"),
            _("tables", 13, "station 3"),
            _("tables", 13, "station 4"),
            _("tables", 13, "station 5"),
            _("tables", 13, "station 6"),
            _("all", 7, "what struck people"),
        ),
        minutes=Range(45, 100),
        typical_minutes=90,
        group_size=Range(9, 140),
        table_size=Range(3, 20),
        exposure=Exposure.LISTENING,
        roles_needed=(RoleNeed(Role.EXPERT, Per.TABLE),),
        materials=("a station per presenter, far enough apart", "chairs at each station"),
        online=True,
        sources=(LS_BOOK, LS_SITE, LS_UNCOVERED),
    ),
    WorkFormat(
        id="drawing-together",
        name_nl="Samen tekenen",
        name_en="Drawing Together",
        description=(
            "Using only five simple symbols (circle, rectangle, triangle, spiral and star "
            "figure), people draw the story of their journey through a challenge without "
            "words, then partners read each other's drawing before its maker explains. "
            "It brings out what is hard to put into words."
        ),
        purposes=(Purpose.EXPLORE, Purpose.REFLECT),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 5, "the five symbols and what they stand for"),
            _("1", 5, "practise drawing the symbols"),
            _("1", 10, "a first drawing of one's story, without words"),
            _("1", 10, "a second drawing: size, place and colour"),
            _("2", 5, "partners read each other's drawing before its maker speaks"),
            _("all", 5, "what the drawings show together"),
        ),
        minutes=Range(35, 50),
        typical_minutes=40,
        group_size=Range(2),
        exposure=Exposure.SPEAKING_IN_PAIRS,
        materials=("paper", "coloured markers"),
        online=True,
        sources=(LS_BOOK, LS_UNCOVERED, LIBERATORS),
    ),
    WorkFormat(
        id="heard-seen-respected",
        name_nl="Gehoord, gezien, gerespecteerd",
        name_en="Heard, Seen, Respected",
        description=(
            "In pairs, each person tells of a time they were not heard, seen or "
            "respected, while the partner listens without fixing or judging; pairs then "
            "share what telling and listening felt like, and foursomes look for "
            "patterns. It practises empathy and builds trust."
        ),
        purposes=(Purpose.DEEPEN, Purpose.REFLECT),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 3, "the purpose: listening without fixing or judging"),
            _("2", 15, "each tells a story, seven minutes each, the other only listens"),
            _("2", 5, "what telling and listening felt like"),
            _("4", 7, "foursomes reflect on what happened"),
            _("all", 5, "patterns and what they mean"),
        ),
        minutes=Range(30, 45),
        typical_minutes=35,
        group_size=Range(4),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        builds_trust=True,
        materials=("chairs facing each other, no tables",),
        online=True,
        sources=(LS_BOOK, LS_UNCOVERED, LIBERATORS),
    ),
    WorkFormat(
        id="user-experience-fishbowl",
        name_nl="Ervaringen-fishbowl",
        name_en="User Experience Fishbowl",
        description=(
            "A few people who have first-hand experience of a challenge talk informally "
            "among themselves in an inner circle while everyone else listens around "
            "them; small groups in the outer ring then frame questions, which the inner "
            "circle takes up. Know-how spreads from peers instead of being imposed."
        ),
        purposes=(Purpose.INFORM, Purpose.EXPLORE, Purpose.REFLECT),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 5, "inner circle seated; the outer ring sits in small groups"),
            _("fishbowl", 15, "the inner circle talks about its experience"),
            _("3", 5, "outer groups agree on questions"),
            _("fishbowl", 15, "the inner circle takes up the questions"),
            _("all", 10, "what to take from it, as a short 1-2-4-All"),
        ),
        minutes=Range(35, 70),
        typical_minutes=50,
        group_size=Range(7),
        table_size=Range(3, 4),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        roles_needed=(RoleNeed(Role.EXPERT, Per.SESSION),),
        materials=("three to seven chairs in an inner circle", "chairs for the outer ring"),
        sources=(LS_BOOK, LS_UNCOVERED),
    ),
)

_LARGE_GROUP_CONVERSATION: tuple[WorkFormat, ...] = (
    WorkFormat(
        id="world-cafe",
        name_nl="World Café",
        name_en="World Café",
        description=(
            "People talk at small café tables about questions that matter, in rounds; "
            "after each round all but a host move to new tables, carrying ideas with "
            "them, and the host tells newcomers what was said before. A whole-room "
            "harvest at the end connects what came up across the tables."
        ),
        purposes=(Purpose.EXPLORE, Purpose.GENERATE_IDEAS, Purpose.DEEPEN),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 10, "café etiquette and the first question"),
            _("tables", 20, "first round"),
            _("tables", 20, "second round: everybody but the host moves on"),
            _("tables", 20, "third round"),
            _("all", 20, "harvest of what came up across the tables"),
        ),
        minutes=Range(45, 180),
        typical_minutes=90,
        group_size=Range(12),
        table_size=Range(4, 6),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        roles_needed=(RoleNeed(Role.TABLE_HOST, Per.TABLE),),
        materials=(
            "small tables set like a café",
            "paper tablecloths and markers",
            "the question of each round on display",
        ),
        online=True,
        sources=(BROWN_ISAACS, WORLD_CAFE_GUIDE, WIKIALPS),
    ),
    WorkFormat(
        id="open-space",
        name_nl="Open Space",
        name_en="Open Space Technology",
        description=(
            "Around a central theme, participants sitting in a circle post the topics "
            "they care about on a wall, and the agenda forms itself in a marketplace; "
            "people then join whichever session they can learn from or contribute to, "
            "and move on when they cannot. Reports from every session are gathered at "
            "the close."
        ),
        purposes=(Purpose.EXPLORE, Purpose.DEEPEN, Purpose.GENERATE_IDEAS),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 30, "circle, theme, and the marketplace where topics are posted"),
            _("groups", 75, "first round of self-organised sessions"),
            _("groups", 75, "second round of sessions"),
            _("all", 20, "closing circle; session reports collected"),
        ),
        minutes=Range(150),
        typical_minutes=200,
        group_size=Range(5),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        roles_needed=(RoleNeed(Role.NOTE_TAKER, Per.GROUP),),
        materials=(
            "chairs in one circle",
            "a wall for the agenda",
            "breakout spaces",
            "paper for session reports",
        ),
        online=True,
        sources=(OWEN, OWEN_BRIEF, OST_ENCYCLOPEDIA, OSLIST),
    ),
    WorkFormat(
        id="fishbowl",
        name_nl="Fishbowl",
        name_en="Fishbowl",
        description=(
            "A handful of people talk in an inner circle of chairs while the rest sit "
            "around them and listen; one chair stays free, and anyone who wants to join "
            "takes it, after which someone else leaves. A large group can hold one "
            "focused conversation that stays open to all."
        ),
        purposes=(Purpose.EXPLORE, Purpose.DEEPEN, Purpose.WEIGH_OPTIONS),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 5, "the topic and the rules: only the inner circle speaks"),
            _("fishbowl", 40, "inner-circle conversation; people step in and out"),
            _("all", 15, "everyone may respond"),
        ),
        minutes=Range(30, 90),
        typical_minutes=60,
        group_size=Range(10, 100),
        exposure=Exposure.SPEAKING_IN_PLENARY,
        roles_needed=(RoleNeed(Role.FACILITATOR, Per.SESSION),),
        materials=(
            "four to six chairs in an inner circle, one left free",
            "rings of chairs around it",
            "microphones in a large room",
        ),
        sources=(HOPKINS, SEMINARIS),
    ),
)

_DILEMMAS: tuple[WorkFormat, ...] = (
    WorkFormat(
        id="dilemma-fishbowl",
        name_nl="Dilemma-fishbowl",
        name_en="Fishbowl on a dilemma",
        description=(
            "The issue owner sets out a dilemma and what is still open; representatives "
            "of the parties weigh it in the inner circle of a fishbowl, in full view of "
            "everyone, and others may step in to add their view. Taking a position on "
            "the dilemma in public asks for trust built earlier in the session."
        ),
        purposes=(Purpose.WEIGH_OPTIONS, Purpose.DEEPEN),
        arc=Arc.CONVERGE,
        steps=(
            _("all", 5, "the issue owner sets out the dilemma and what is open"),
            _("fishbowl", 40, "parties weigh the dilemma in the inner circle"),
            _("all", 15, "what the room heard and what follows from it"),
        ),
        minutes=Range(30, 90),
        typical_minutes=60,
        group_size=Range(10, 100),
        exposure=Exposure.PUBLIC_DILEMMA,
        roles_needed=(
            RoleNeed(Role.FACILITATOR, Per.SESSION),
            RoleNeed(Role.ISSUE_OWNER, Per.SESSION),
        ),
        materials=("an inner circle of chairs with one left free", "rings of chairs around it"),
        sources=(HOPKINS, SEMINARIS, PLEIN_SEED),
    ),
    WorkFormat(
        id="dilemma-conversation",
        name_nl="Dilemmagesprek",
        name_en="Dilemma conversation",
        description=(
            "A dilemma with two defensible sides is put to the room and everyone takes a "
            "position on a line across the floor; the facilitator hears the reasons, the "
            "smaller side first, and people may move as they are persuaded. Positions "
            "become visible and the values behind them can be discussed."
        ),
        purposes=(Purpose.WEIGH_OPTIONS, Purpose.DEEPEN, Purpose.CHOOSE),
        arc=Arc.CONVERGE,
        steps=(
            _("all", 5, "the dilemma and its two sides"),
            _("all", 5, "everyone takes a position on a line through the room"),
            _("all", 15, "reasons heard, the smaller side first; people may move"),
            _("all", 5, "what this means for the next step"),
        ),
        minutes=Range(20, 60),
        typical_minutes=30,
        group_size=Range(6, 40),
        exposure=Exposure.PUBLIC_DILEMMA,
        roles_needed=(RoleNeed(Role.FACILITATOR, Per.SESSION),),
        materials=("a line taped across the floor", "the dilemma on a poster"),
        online=True,
        sources=(STELLING, STELLINGENSPEL, PLEIN_SEED),
    ),
    WorkFormat(
        id="dilemma-cafe",
        name_nl="Dilemmacafé",
        name_en="Dilemmas café",
        description=(
            "A few participants each present a dilemma from their own practice; the "
            "others choose one and join its table, where the presenter and a table host "
            "help them unpick it. After a round people may change tables, and the whole "
            "group closes by sharing what it learned."
        ),
        purposes=(Purpose.DEEPEN, Purpose.WEIGH_OPTIONS, Purpose.EXPLORE),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 10, "presenters each set out their dilemma"),
            _("tables", 30, "first round at the table of a chosen dilemma"),
            _("tables", 30, "second round; presenters and hosts stay at their tables"),
            _("all", 20, "insights shared in the whole group"),
        ),
        minutes=Range(60, 120),
        typical_minutes=90,
        group_size=Range(15, 40),
        table_size=Range(5, 13),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        roles_needed=(RoleNeed(Role.TABLE_HOST, Per.TABLE),),
        materials=("a table per dilemma", "paper for recording the issues"),
        sources=(DURHAM,),
    ),
    WorkFormat(
        id="deep-democracy-minority-view",
        name_nl="Deep Democracy: de minderheidsstem",
        name_en="Deep Democracy: bringing out the minority view",
        description=(
            "Before a decision, the facilitator gathers every point of view, actively "
            "asks for the opposite one, and looks for who else shares part of it; after "
            "a vote shows the majority, the minority is asked what it needs to go along, "
            "and that is added to the decision. What must be said gets said, so that "
            "'yes' does not turn into quiet 'no' later."
        ),
        purposes=(Purpose.CHOOSE, Purpose.AGREE, Purpose.WEIGH_OPTIONS),
        arc=Arc.CONVERGE,
        steps=(
            _("all", 10, "every point of view gathered"),
            _("all", 5, "the other view actively asked for"),
            _("all", 5, "who else shares something of it"),
            _("all", 5, "a vote makes the majority visible"),
            _("all", 10, "the minority's wisdom added to the decision"),
        ),
        minutes=Range(20, 60),
        typical_minutes=35,
        group_size=Range(4, 40),
        exposure=Exposure.PUBLIC_DILEMMA,
        roles_needed=(RoleNeed(Role.FACILITATOR, Per.SESSION),),
        materials=("the proposal on a poster",),
        online=True,
        sources=(KRAMER, LEWIS, ROSET),
    ),
)

_DUTCH_PRACTICE: tuple[WorkFormat, ...] = (
    WorkFormat(
        id="walk-in",
        name_nl="Inloop met koffie",
        name_en="Walk-in with coffee",
        description=(
            "The doors open before the programme starts; people are welcomed, register, "
            "get coffee and a name badge, and have a first informal chat. It belongs to "
            "the session but not to its content timebox."
        ),
        purposes=(Purpose.ARRIVE,),
        arc=Arc.WALK_IN,
        steps=(_("all", 30, "doors open: coffee, registration, name badges"),),
        minutes=Range(15, 45),
        typical_minutes=30,
        group_size=Range(1),
        exposure=Exposure.LISTENING,
        roles_needed=(RoleNeed(Role.HOST, Per.SESSION),),
        materials=("coffee and tea", "name badges", "an attendance list"),
        sources=(DICHTEREN, WIJKCAFE),
    ),
    WorkFormat(
        id="welcome-and-check-in",
        name_nl="Welkom en incheckronde",
        name_en="Welcome and check-in round",
        description=(
            "The chair or alderman welcomes everyone and says why the meeting is held "
            "and what will happen with its outcome; then at each table everyone says in "
            "a minute what brings them here. Everyone has spoken once, in a small "
            "circle, before the work starts."
        ),
        purposes=(Purpose.ARRIVE, Purpose.GET_ACQUAINTED),
        arc=Arc.OPEN,
        steps=(
            _("all", 5, "welcome: why we are here and what happens with the outcome"),
            _("tables", 10, "at each table, everyone says in a minute what brings them"),
        ),
        minutes=Range(10, 25),
        typical_minutes=15,
        group_size=Range(4),
        table_size=Range(4, 8),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        builds_trust=True,
        roles_needed=(RoleNeed(Role.CHAIR, Per.SESSION),),
        online=True,
        sources=(SYSTEMS2WIN, METODIC, SDU),
    ),
    WorkFormat(
        id="introduction-round",
        name_nl="Voorstelronde",
        name_en="Introduction round",
        description=(
            "In turn, each person says their name, whom they are here for and what they "
            "hope for from the meeting. It makes everyone visible to everyone, and only "
            "works while the group is small enough to hear each voice."
        ),
        purposes=(Purpose.GET_ACQUAINTED, Purpose.ARRIVE),
        arc=Arc.OPEN,
        steps=(_("all", 20, "in turn: name, who one is here for, what one hopes for"),),
        minutes=Range(10, 30),
        typical_minutes=20,
        group_size=Range(3, 20),
        exposure=Exposure.SPEAKING_IN_PLENARY,
        builds_trust=True,
        online=True,
        sources=(NVRR, VOORSTELRONDJES),
    ),
    WorkFormat(
        id="ground-rules",
        name_nl="Spelregels afspreken",
        name_en="Ground rules",
        description=(
            "The facilitator proposes a few rules for the conversation (speak for "
            "yourself, listen to understand, what is said personally stays in the room) "
            "and the group adds to them and agrees. Shared rules make it safer to say "
            "what must be said."
        ),
        purposes=(Purpose.ARRIVE, Purpose.AGREE),
        arc=Arc.OPEN,
        steps=(
            _("all", 3, "the facilitator proposes a few rules"),
            _("all", 5, "people add to or adjust them; the group agrees"),
        ),
        minutes=Range(5, 15),
        typical_minutes=8,
        group_size=Range(3),
        exposure=Exposure.LISTENING,
        builds_trust=True,
        roles_needed=(RoleNeed(Role.FACILITATOR, Per.SESSION),),
        materials=("the rules on a poster",),
        online=True,
        sources=(LS_BOOK, KRAMER, SYSTEMS2WIN),
    ),
    WorkFormat(
        id="presentation-with-questions",
        name_nl="Presentatie met vragen",
        name_en="Presentation with questions",
        description=(
            "The project leader or an expert presents where things stand and what is "
            "still open, and the chair then takes questions from the room. It informs "
            "everyone at once; most people only listen."
        ),
        purposes=(Purpose.INFORM,),
        arc=Arc.PRESENTATION,
        steps=(
            _("all", 15, "presentation of where things stand"),
            _("all", 15, "questions from the room"),
        ),
        minutes=Range(15, 60),
        typical_minutes=30,
        group_size=Range(2),
        exposure=Exposure.LISTENING,
        roles_needed=(
            RoleNeed(Role.PROJECT_LEADER, Per.SESSION),
            RoleNeed(Role.CHAIR, Per.SESSION),
        ),
        materials=("projector and screen", "a microphone in a large room"),
        online=True,
        sources=(KKP_INFO, DICHTEREN),
    ),
    WorkFormat(
        id="information-market",
        name_nl="Informatiemarkt",
        name_en="Information market",
        description=(
            "Stands with maps, drawings and models are set up around the room, each "
            "staffed by someone who knows the subject; people walk from stand to stand "
            "at their own pace, ask questions one to one and leave reactions. Personal "
            "questions find a place without taking over a plenary."
        ),
        purposes=(Purpose.INFORM, Purpose.EXPLORE),
        arc=Arc.PRESENTATION,
        steps=(_("stands", 60, "people visit the stands and talk one to one"),),
        minutes=Range(30, 120),
        typical_minutes=60,
        group_size=Range(10),
        exposure=Exposure.ONE_TO_ONE,
        roles_needed=(RoleNeed(Role.EXPERT, Per.TABLE), RoleNeed(Role.HOST, Per.SESSION)),
        materials=(
            "a stand or table per theme",
            "maps, drawings and models",
            "reaction forms or sticky notes",
        ),
        sources=(KKP_INFO, HEILOO),
    ),
    WorkFormat(
        id="table-conversations",
        name_nl="Tafelgesprekken",
        name_en="Table conversations",
        description=(
            "Each table takes one theme, with a table host who leads the conversation "
            "and someone who keeps notes; at the end the table agrees on its key points "
            "to bring to the plenary. It is the usual heart of a Dutch participation "
            "evening."
        ),
        purposes=(Purpose.EXPLORE, Purpose.DEEPEN, Purpose.WEIGH_OPTIONS),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 5, "themes and tables explained"),
            _("tables", 35, "conversation per theme, led by the table host"),
            _("tables", 5, "the table agrees on its key points"),
        ),
        minutes=Range(30, 75),
        typical_minutes=45,
        group_size=Range(6),
        table_size=Range(6, 10),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        roles_needed=(
            RoleNeed(Role.TABLE_HOST, Per.TABLE),
            RoleNeed(Role.NOTE_TAKER, Per.TABLE),
        ),
        materials=("a theme card per table", "paper and markers per table"),
        online=True,
        sources=(PRODEMOS_DIALOOG, DICHTEREN, NOORDRAAD, HEILOO),
    ),
    WorkFormat(
        id="design-workshop",
        name_nl="Ontwerpatelier",
        name_en="Design workshop",
        description=(
            "After the task and its fixed constraints are set out, people at each table "
            "sketch and build on maps and models together with a designer; the tables "
            "then show their designs to each other so that differences and common "
            "ground become visible for the designers to work out."
        ),
        purposes=(Purpose.DESIGN, Purpose.GENERATE_IDEAS, Purpose.WEIGH_OPTIONS),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 15, "the task, the constraints, and what is open for design"),
            _("tables", 60, "each table sketches and builds on maps with a designer"),
            _("all", 15, "tables show their designs; differences and common ground"),
        ),
        minutes=Range(60, 180),
        typical_minutes=90,
        group_size=Range(5, 60),
        table_size=Range(5, 8),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        roles_needed=(RoleNeed(Role.EXPERT, Per.TABLE),),
        materials=(
            "base maps and aerial photos",
            "tracing paper and markers",
            "building blocks or a working model",
        ),
        sources=(FLEMISH_FORMS, SLOCUM, BEDACHT),
    ),
    WorkFormat(
        id="site-walk",
        name_nl="Schouw (wijkwandeling)",
        name_en="Site walk",
        description=(
            "Residents, entrepreneurs, civil servants and others walk a route through the "
            "area in groups led by a guide who knows it, stopping where people want to "
            "show what works and what does not; back inside, the observations go on a "
            "map and next steps are agreed. People speak more freely on their own street "
            "than in the town hall."
        ),
        purposes=(Purpose.EXPLORE, Purpose.INFORM),
        arc=Arc.DIVERGE,
        steps=(
            _("all", 5, "the route and what to look for"),
            _("groups", 55, "walking groups stop at chosen places"),
            _("all", 15, "observations on a map; next steps agreed"),
        ),
        minutes=Range(45, 120),
        typical_minutes=75,
        group_size=Range(4, 100),
        table_size=Range(8, 20),
        exposure=Exposure.SPEAKING_IN_SMALL_GROUPS,
        roles_needed=(RoleNeed(Role.HOST, Per.GROUP), RoleNeed(Role.NOTE_TAKER, Per.GROUP)),
        materials=(
            "a route map",
            "something to note and photograph with",
            "a map of the area for the observations",
        ),
        sources=(PRODEMOS_SCHOUW, HEERHUGOWAARD, FLEMISH_FORMS),
    ),
    WorkFormat(
        id="dot-voting",
        name_nl="Stickerstemmen",
        name_en="Dot voting",
        description=(
            "The options are put up and clarified, everyone gets the same small number of "
            "dot stickers to spread or pile as they like, and the dots show at a glance "
            "where the group's preferences lie. It is quick and visible, but shows "
            "preference, not agreement."
        ),
        purposes=(Purpose.CHOOSE, Purpose.WEIGH_OPTIONS),
        arc=Arc.CONVERGE,
        steps=(
            _("all", 5, "options clustered and made clear"),
            _("1", 5, "everyone places their dots"),
            _("all", 5, "the result is read and discussed"),
        ),
        minutes=Range(5, 30),
        typical_minutes=15,
        group_size=Range(3),
        exposure=Exposure.WRITING,
        materials=("dot stickers, three to five per person", "the options on posters"),
        online=True,
        sources=(DOTMOCRACY, PARTICIPATION_DIGITAL),
    ),
    WorkFormat(
        id="plenary-harvest",
        name_nl="Plenaire oogst",
        name_en="Plenary harvest",
        description=(
            "Back in plenary, each table gives its one or two key points, which are "
            "written up where all can see them; the chair then says what happens next "
            "and people can sign up for the follow-up."
        ),
        purposes=(Purpose.HARVEST, Purpose.AGREE),
        arc=Arc.CLOSE,
        steps=(
            _("all", 15, "each table gives its key points"),
            _("all", 5, "next steps, and sign-up for what follows"),
        ),
        minutes=Range(10, 30),
        typical_minutes=20,
        group_size=Range(6),
        exposure=Exposure.SPEAKING_IN_PLENARY,
        roles_needed=(RoleNeed(Role.NOTE_TAKER, Per.SESSION),),
        materials=("a flip chart or screen to write on", "a sign-up list"),
        online=True,
        sources=(BROWN_ISAACS, DICHTEREN, KKP_INFO),
    ),
    WorkFormat(
        id="agreements-round",
        name_nl="Afsprakenronde",
        name_en="Agreements round",
        description=(
            "What the parties agreed is read back, and for each agreement the room "
            "settles who does what, by when, and when it will be reported back. The "
            "agreements are recorded on the spot so that nobody leaves with a different "
            "memory of them."
        ),
        purposes=(Purpose.AGREE, Purpose.HARVEST),
        arc=Arc.CLOSE,
        steps=(
            _("all", 10, "what was agreed is read back"),
            _("all", 10, "who does what, by when, and when it is reported back"),
        ),
        minutes=Range(10, 30),
        typical_minutes=20,
        group_size=Range(3, 60),
        exposure=Exposure.SPEAKING_IN_PLENARY,
        roles_needed=(
            RoleNeed(Role.NOTE_TAKER, Per.SESSION),
            RoleNeed(Role.DECISION_MAKER, Per.SESSION),
        ),
        materials=("a screen or flip chart showing the agreements",),
        online=True,
        sources=(PLEIN_SEED, LS_BOOK),
    ),
    WorkFormat(
        id="check-out-round",
        name_nl="Uitcheckronde",
        name_en="Check-out round",
        description=(
            "To close, each person says in a word or a sentence what they take home or "
            "how they leave. It shows how the meeting landed and lets everyone end with "
            "their own voice."
        ),
        purposes=(Purpose.REFLECT, Purpose.EVALUATE),
        arc=Arc.CLOSE,
        steps=(_("all", 10, "each says in a word or a sentence what they take home"),),
        minutes=Range(5, 15),
        typical_minutes=10,
        group_size=Range(3, 40),
        exposure=Exposure.SPEAKING_IN_PLENARY,
        builds_trust=True,
        online=True,
        sources=(SYSTEMS2WIN, METODIC, SDU),
    ),
    WorkFormat(
        id="break",
        name_nl="Pauze",
        name_en="Break",
        description=(
            "A pause with something to drink, in which people stretch, talk informally "
            "and raise with the organisers what they did not want to say in the room."
        ),
        purposes=(Purpose.REST,),
        arc=Arc.BREAK,
        steps=(_("all", 15, "coffee, tea and informal talk"),),
        minutes=Range(10, 30),
        typical_minutes=15,
        group_size=Range(1),
        exposure=Exposure.LISTENING,
        materials=("coffee and tea",),
        sources=(DICHTEREN, WIJKCAFE),
    ),
    WorkFormat(
        id="informal-close",
        name_nl="Informele afsluiting",
        name_en="Informal close",
        description=(
            "After the programme, people stay for a drink and talk on with each other, "
            "the alderman and the project team. Contacts made here often carry the "
            "follow-up."
        ),
        purposes=(Purpose.REST, Purpose.GET_ACQUAINTED),
        arc=Arc.CLOSE,
        steps=(_("all", 30, "drinks and informal talk"),),
        minutes=Range(15, 60),
        typical_minutes=30,
        group_size=Range(1),
        exposure=Exposure.LISTENING,
        materials=("drinks",),
        sources=(WIJKCAFE, KKP_INFO),
    ),
    WorkFormat(
        id="plenary-questions",
        name_nl="Vragenronde",
        name_en="Questions from the floor",
        description=(
            "After a presentation the chair gives the floor to the room: people ask their "
            "questions and the speakers answer. Everyone may speak, before everyone; it "
            "informs more than it gathers."
        ),
        purposes=(Purpose.INFORM,),
        arc=Arc.PRESENTATION,
        steps=(_("all", 20, "questions from the room, answered by the speakers"),),
        minutes=Range(10, 45),
        typical_minutes=20,
        group_size=Range(5),
        exposure=Exposure.SPEAKING_IN_PLENARY,
        roles_needed=(RoleNeed(Role.CHAIR, Per.SESSION),),
        materials=("a microphone in a large room",),
        online=True,
        sources=(KKP_INFO, DICHTEREN),
    ),
    WorkFormat(
        id="post-it-wall",
        name_nl="Reactiewand (post-its)",
        name_en="Post-it wall",
        description=(
            "Maps or statements hang on the wall and people write what they think on "
            "sticky notes and put them where they belong. Everyone is heard in writing, "
            "without having to speak in front of others."
        ),
        purposes=(Purpose.GENERATE_IDEAS, Purpose.EXPLORE),
        arc=Arc.DIVERGE,
        steps=(_("1", 20, "everyone writes and places notes"),),
        minutes=Range(10, 60),
        typical_minutes=20,
        group_size=Range(1),
        exposure=Exposure.WRITING,
        materials=("sticky notes and pens", "maps or statements on the wall"),
        sources=(KKP_INFO, NOORDRAAD),
    ),
    WorkFormat(
        id="reaction-form",
        name_nl="Reactieformulier",
        name_en="Reaction form",
        description=(
            "People fill in a form, on paper or online, with their reaction to a plan: "
            "during an evening, at a stand, or in the weeks after it. A written channel "
            "for what people will not say aloud."
        ),
        purposes=(Purpose.EXPLORE, Purpose.EVALUATE),
        arc=Arc.DIVERGE,
        steps=(_("1", 10, "everyone fills in the form"),),
        minutes=Range(5, 30),
        typical_minutes=10,
        group_size=Range(1),
        exposure=Exposure.WRITING,
        materials=("reaction forms, or an online form",),
        online=True,
        sources=(KKP_INFO, HEILOO),
    ),
    WorkFormat(
        id="interview",
        name_nl="Interview (een-op-een)",
        name_en="Interview (one to one)",
        description=(
            "An interviewer talks with one person, or a few, about their view of the "
            "issue, in their own place and words. It reaches people who do not come to "
            "evenings, and what they say need not be said in public."
        ),
        purposes=(Purpose.EXPLORE, Purpose.DEEPEN),
        arc=Arc.DIVERGE,
        steps=(_("1", 45, "the conversation, with notes"),),
        minutes=Range(20, 90),
        typical_minutes=45,
        group_size=Range(1, 3),
        exposure=Exposure.ONE_TO_ONE,
        online=True,
        sources=(KKP_INFO, PRODEMOS_DIALOOG),
    ),
)

#: Every built-in work format, in catalogue order.
BUILTIN_FORMATS: tuple[WorkFormat, ...] = (
    *_LIBERATING_STRUCTURES,
    *_LARGE_GROUP_CONVERSATION,
    *_DILEMMAS,
    *_DUTCH_PRACTICE,
)
