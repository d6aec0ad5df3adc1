"""The words of the report and the views, in Dutch and in English.

Dutch is what the people who read a participation report speak; English is the language
of the code. Every label is a :class:`~plein.checks.Text`, so one lookup gives either.

>>> word("sessions", "nl"), word("sessions", "en")
('De bijeenkomsten', 'The sessions')
>>> name(ParticipationLevel.CO_PRODUCE, "nl")
'coproduceren'
>>> date_text(pendulum.Date(2026, 4, 23), "nl")
'23 april 2026'
"""

from __future__ import annotations

from enum import Enum

import pendulum

from plein.checks import Lang, Severity, Text
from plein.model import (
    ActionStatus,
    BlockKind,
    Count,
    Dagdeel,
    EdtfDate,
    IssueKind,
    IssueNature,
    OutcomeStatus,
    ParticipationLevel,
    PartyCategory,
    Role,
    SafetyMeasureKind,
    SessionKind,
    SessionMode,
    SessionStatus,
    StepKind,
    StepStatus,
)
from plein.trust import PromiseState
from plein.workformats import Arc, Exposure

__all__ = [
    "DASH",
    "VOCABULARY",
    "count_text",
    "date_text",
    "duration_text",
    "minutes_text",
    "name",
    "number_text",
    "span_text",
    "word",
]

#: Stands for a number that is not known, and joins the ends of a span.
DASH = "\u2013"


_WORDS: dict[str, Text] = {
    # the document
    "report": Text("Participation report", "Participatieverslag"),
    "as-of": Text("as of", "stand per"),
    "trajectory": Text("Trajectory", "Traject"),
    "personal-left-out": Text(
        "Personal data (names, e-mail addresses and phone numbers of contact persons) is "
        "left out of this report.",
        "Persoonsgegevens (namen, e-mailadressen en telefoonnummers van contactpersonen) "
        "zijn uit dit verslag weggelaten.",
    ),
    "personal-included": Text(
        "This report contains personal data of contact persons: share it only with "
        "those who need it.",
        "Dit verslag bevat persoonsgegevens van contactpersonen: deel het alleen met wie "
        "ze nodig heeft.",
    ),
    # sections
    "issue": Text(
        "The issue, and why participation", "Het vraagstuk en de reden voor participatie"
    ),
    "parties": Text("Who was involved", "Wie er betrokken waren"),
    "sessions": Text("The sessions", "De bijeenkomsten"),
    "input": Text("What was brought in and agreed", "Wat er is ingebracht en afgesproken"),
    "outcomes": Text("What was done with it", "Wat er met de afspraken is gedaan"),
    "follow-up": Text("Follow-up actions and promises", "Vervolgacties en toezeggingen"),
    "ledger": Text("How promises were kept", "Hoe afspraken en toezeggingen zijn nagekomen"),
    "ledger-notable": Text("Promises broken or kept late", "Gebroken of te laat nagekomen"),
    "next-steps": Text("Next steps", "Volgende stappen"),
    "findings": Text("Open findings on the design", "Open bevindingen over het ontwerp"),
    # the notebook summary of a trajectory
    "n-parties": Text("Parties", "Partijen"),
    "n-sessions": Text("Sessions", "Bijeenkomsten"),
    "n-steps": Text("Other steps", "Andere stappen"),
    "n-agreements": Text("Agreements", "Afspraken"),
    "n-follow-ups": Text("Actions and promises", "Acties en toezeggingen"),
    # the issue
    "question": Text("Question", "Vraag"),
    "nature": Text("Nature", "Aard"),
    "kind": Text("Kind", "Soort"),
    "issue-owner": Text("Issue owner", "Probleemeigenaar"),
    # parties
    "party": Text("Party", "Partij"),
    "category": Text("Category", "Doelgroep"),
    "level": Text("Participation level", "Participatieniveau"),
    "roles": Text("Roles", "Rollen"),
    "contacts": Text("Contact persons", "Contactpersonen"),
    "when-how": Text("Who took part, per session", "Deelname per bijeenkomst"),
    "not-invited-short": Text("not invited", "niet uitgenodigd"),
    "not-recorded-short": Text("not recorded", "niet vastgelegd"),
    # A party a record does not mention for a session: not stated, which is not "no".
    "not-stated-short": Text("not stated", "niet vermeld"),
    "present-short": Text("present", "aanwezig"),
    "not-present-short": Text("not present", "niet aanwezig"),
    "expected": Text("Expected", "Verwacht"),
    "still-expected": Text("Still expected", "Nog verwacht"),
    "parties-table": Text("The parties and how they took part", "De partijen en hun deelname"),
    "programme-table": Text("Programme", "Programma"),
    "agreements-table": Text("Agreements", "Afspraken"),
    "outcomes-table": Text("Decisions on the agreements", "Besluiten over de afspraken"),
    "follow-up-table": Text("Actions and promises", "Acties en toezeggingen"),
    "next-steps-table": Text("Still to come", "Wat nog komt"),
    "attended": Text("Attended", "Aanwezig"),
    # sessions
    "date": Text("Date", "Datum"),
    "planned": Text("planned", "gepland"),
    "held": Text("held", "gehouden"),
    # A record that says a session was held (or a step done) without saying when.
    "held-undated": Text("held, date not recorded", "gehouden, datum niet vastgelegd"),
    "done-undated": Text("done, date not recorded", "afgerond, datum niet vastgelegd"),
    # A session or step whose planned date has passed and whose record says nothing
    # more: whether it took place is not known, which is not "not yet".
    "held-unknown": Text(
        "whether it was held is not recorded", "niet vastgelegd of ze is gehouden"
    ),
    "done-unknown": Text(
        "whether it was done is not recorded", "niet vastgelegd of deze is afgerond"
    ),
    # No date in the design: not a claim that none was planned.
    "no-date-given": Text("no date given", "geen datum vermeld"),
    "dagdeel": Text("Dagdeel", "Dagdeel"),
    # A session's own window: its times, which are not a dagdeel.
    "time-window": Text("Time window", "Tijdvenster"),
    "venue": Text("Venue", "Locatie"),
    "headcount": Text("Headcount", "Aantal deelnemers"),
    "safety": Text("Safety", "Veiligheid"),
    "time": Text("Time", "Tijd"),
    "block": Text("Block", "Onderdeel"),
    "format": Text("Work format", "Werkvorm"),
    "minutes": Text("Minutes", "Minuten"),
    "unknown": Text("unknown", "onbekend"),
    "end": Text("end", "einde"),
    "no-programme": Text("No programme has been written down.", "Er is geen programma vastgelegd."),
    "timeline": Text("Timeline of the trajectory", "Tijdlijn van het traject"),
    "graph": Text("What follows what", "Hoe de bijeenkomsten en stappen op elkaar volgen"),
    "timebox": Text("The programme on the clock", "Tijdsindeling van het programma"),
    "exposure-asked": Text(
        "exposure asked (the trust it needs)", "gevraagde openheid (het vertrouwen dat nodig is)"
    ),
    "trust-built": Text("trust built before the block", "vertrouwen opgebouwd vóór het onderdeel"),
    "asks-too-much": Text("asks more than the trust built", "vraagt meer dan er vertrouwen is"),
    "trust-levels": Text(
        "Trust: 0 not yet introduced, no talk in pairs or small groups yet; "
        "1 introduced (ground rules, a check-in) or talked in pairs;\n"
        "2 introduced and talked in pairs, or talked in small groups; "
        "3 introduced and talked in small groups.",
        "Vertrouwen: 0 nog niet kennisgemaakt en nog niet in tweetallen of kleine groepen "
        "gepraat; 1 kennisgemaakt (spelregels, incheckronde) of in tweetallen gepraat;\n"
        "2 kennisgemaakt en in tweetallen gepraat, of in kleine groepen gepraat; "
        "3 kennisgemaakt en in kleine groepen gepraat.",
    ),
    "phase": Text("Phase", "Fase"),
    "check": Text("Check", "Controle"),
    "walk-in": Text("walk-in", "inloop"),
    "break": Text("break", "pauze"),
    "length-unknown": Text("length unknown", "duur onbekend"),
    "window": Text("window", "tijdvenster"),
    "slipped": Text("date slipped", "datum verschoven"),
    "session": Text("session", "bijeenkomst"),
    "step": Text("step", "stap"),
    "cycle": Text(
        "The steps follow each other in a circle: shown in the design's order.",
        "De stappen volgen in een kring op elkaar; ze staan in de volgorde van het ontwerp.",
    ),
    "no-date": Text("no date", "geen datum"),
    "empty-trajectory": Text(
        "The trajectory has no sessions or steps yet.",
        "Het traject heeft nog geen bijeenkomsten of stappen.",
    ),
    # input and agreements
    "brought-in": Text("Brought in", "Inbreng"),
    "agreement": Text("Agreement", "Afspraak"),
    "agreed-by": Text("Parties", "Partijen"),
    "character": Text("Kind of agreement", "Soort afspraak"),
    "binding": Text("binding", "bindend"),
    "needs-mandate": Text(
        "needs a decision by those with a mandate", "vraagt een bestuurlijk besluit"
    ),
    "final": Text("final, no follow-up needed", "definitief, geen vervolg nodig"),
    "no-agreements": Text(
        "No agreements have been written down.", "Er zijn geen afspraken vastgelegd."
    ),
    # outcomes
    "decision": Text("Decision", "Besluit"),
    "motivation": Text("Motivation", "Motivering"),
    "decided-by": Text("Decided by", "Besloten door"),
    "no-decision": Text("no decision yet", "nog geen besluit"),
    "no-motivation": Text("no motivation given", "geen motivering gegeven"),
    # follow-up
    "what": Text("What", "Wat"),
    "from": Text("Session", "Bijeenkomst"),
    "owner": Text("Owner", "Eigenaar"),
    "due": Text("Due", "Termijn"),
    "report-back": Text("Report back", "Terugkoppeling"),
    "status-as-of": Text("Status as of", "Stand per"),
    "action": Text("action", "actie"),
    "promise": Text("promise", "toezegging"),
    "no-owner": Text("no owner", "geen eigenaar"),
    "overdue": Text("overdue", "te laat"),
    "no-follow-ups": Text(
        "There are no follow-up actions or promises.", "Er zijn geen vervolgacties of toezeggingen."
    ),
    "before": Text("before", "vóór"),
    "at": Text("at", "bij"),
    "after": Text("after", "na"),
    "lead": Text("lead", "trekker"),
    "within": Text("within {length} after {session}", "binnen {length} na {session}"),
    "every": Text("then every {length}", "daarna elke {length}"),
    # ledger
    "no-ledger": Text(
        "There are no promises or actions to follow yet.",
        "Er zijn nog geen toezeggingen of acties om te volgen.",
    ),
    "state": Text("State", "Stand"),
    "note": Text("Note", "Toelichting"),
    # next steps
    "no-next-steps": Text(
        "No sessions or steps are planned after this date.",
        "Na deze datum zijn geen bijeenkomsten of stappen gepland.",
    ),
    "follows": Text("Follows", "Volgt op"),
    "outcome-unknown": Text(
        "Planned earlier, outcome not recorded", "Eerder gepland, afloop niet vastgelegd"
    ),
    "outcome-unknown-table": Text(
        "Sessions and steps whose outcome is not recorded",
        "Bijeenkomsten en stappen waarvan de afloop niet is vastgelegd",
    ),
    # findings
    "severity": Text("Severity", "Ernst"),
    "code": Text("Code", "Code"),
    "finding": Text("Finding", "Bevinding"),
    "hint": Text("What to do", "Advies"),
    "where": Text("Where", "Waar"),
    "about": Text("About", "Over"),
    "no-findings": Text(
        "The checks found nothing open in the design.",
        "De controles hebben in het ontwerp niets gevonden dat nog openstaat.",
    ),
}

# Pairs, not a dict: members of different vocabularies compare equal when their
# values do (ActionStatus.OPEN == Arc.OPEN == 'open'), so they are told apart by type.
_PAIRS: tuple[tuple[Enum, Text], ...] = (
    (IssueNature.SPATIAL, Text("spatial", "ruimtelijk")),
    (IssueNature.SOCIETAL, Text("societal", "maatschappelijk")),
    (IssueKind.STREET_REDEVELOPMENT, Text("street redevelopment", "herinrichting van een straat")),
    (
        IssueKind.SHOPPING_CENTRE_REDEVELOPMENT,
        Text("shopping-centre redevelopment", "herontwikkeling van een winkelcentrum"),
    ),
    (IssueKind.AREA_DEVELOPMENT, Text("area development", "gebiedsontwikkeling")),
    (IssueKind.POLICY_VISION, Text("policy vision", "beleidsvisie")),
    (IssueKind.ENERGY_TRANSITION, Text("energy transition", "energietransitie")),
    (IssueKind.PROJECT_EVALUATION, Text("project evaluation", "evaluatie van een project")),
    (IssueKind.OTHER, Text("other", "overig")),
    (PartyCategory.RESIDENT, Text("residents", "bewoners")),
    (PartyCategory.ENTREPRENEUR, Text("entrepreneurs", "ondernemers")),
    (PartyCategory.PROPERTY_OWNER, Text("property owners", "vastgoedeigenaren")),
    (PartyCategory.CIVIL_SERVANT, Text("civil servants", "ambtenaren")),
    (PartyCategory.ADMINISTRATION, Text("administration", "bestuur (college)")),
    (PartyCategory.COUNCIL, Text("council", "gemeenteraad")),
    (PartyCategory.REGIONAL_PARTNER, Text("regional partners", "regionale partners")),
    (PartyCategory.HOUSING_CORPORATION, Text("housing corporations", "woningcorporaties")),
    (PartyCategory.CIVIL_SOCIETY, Text("civil society", "maatschappelijke organisaties")),
    (PartyCategory.EXPERT, Text("experts", "deskundigen")),
    (PartyCategory.MUNICIPALITY, Text("municipality", "gemeente")),
    (PartyCategory.ADVISORY_BODY, Text("advisory bodies", "adviesorganen")),
    (PartyCategory.BUREAU, Text("bureaus", "bureaus")),
    (PartyCategory.PUBLIC, Text("the public", "publiek")),
    (PartyCategory.PRESS, Text("press", "pers")),
    (PartyCategory.FACILITATION, Text("facilitation", "procesbegeleiding")),
    (PartyCategory.OTHER, Text("other", "overig")),
    (ParticipationLevel.INFORM, Text("inform", "informeren")),
    (ParticipationLevel.CONSULT, Text("consult", "raadplegen")),
    (ParticipationLevel.ADVISE, Text("advise", "adviseren")),
    (ParticipationLevel.CO_PRODUCE, Text("co-produce", "coproduceren")),
    (ParticipationLevel.CO_DECIDE, Text("co-decide", "meebeslissen")),
    (Role.FACILITATOR, Text("facilitator", "procesbegeleider")),
    (Role.ISSUE_OWNER, Text("issue owner", "probleemeigenaar")),
    (Role.CHAIR, Text("chair", "voorzitter")),
    (Role.HOST, Text("host", "gastheer of gastvrouw")),
    (Role.NOTE_TAKER, Text("note-taker", "verslaglegger")),
    (Role.DECISION_MAKER, Text("decision-maker", "bestuurder")),
    (Role.PROJECT_LEADER, Text("project leader", "projectleider")),
    (Role.EXPERT, Text("expert", "deskundige")),
    (Role.TABLE_HOST, Text("table host", "tafelhost")),
    (Role.TIMEKEEPER, Text("timekeeper", "tijdbewaker")),
    (Role.COORDINATOR, Text("coordinator", "coördinator")),
    (Role.PARTICIPANT, Text("participant", "deelnemer")),
    (Role.OBSERVER, Text("observer", "toehoorder")),
    (Role.SPEAKER, Text("speaker", "spreker")),
    (Role.GUIDE, Text("guide", "gids")),
    (Role.PRESS, Text("press", "pers")),
    (Role.OTHER, Text("other role", "andere rol")),
    (Dagdeel.MORNING, Text("morning", "ochtend")),
    (Dagdeel.AFTERNOON, Text("afternoon", "middag")),
    (Dagdeel.EVENING, Text("evening", "avond")),
    (BlockKind.WORK, Text("work", "werk")),
    (BlockKind.BREAK, Text("break", "pauze")),
    (BlockKind.WALK_IN, Text("walk-in", "inloop")),
    (BlockKind.MEAL, Text("meal", "maaltijd")),
    (BlockKind.SOCIAL, Text("informal time", "informeel samenzijn")),
    (BlockKind.BACK_OFFICE, Text("organisers only", "alleen organisatie")),
    (BlockKind.END, Text("end", "einde")),
    (OutcomeStatus.ADOPTED, Text("adopted", "overgenomen")),
    (OutcomeStatus.ADAPTED, Text("adopted with changes", "aangepast overgenomen")),
    (OutcomeStatus.NOT_ADOPTED, Text("not adopted", "niet overgenomen")),
    (ActionStatus.OPEN, Text("open", "open")),
    (ActionStatus.DONE, Text("done", "afgerond")),
    (ActionStatus.DROPPED, Text("dropped", "vervallen")),
    (ActionStatus.IN_PROGRESS, Text("in progress", "in uitvoering")),
    (ActionStatus.PARTLY_DONE, Text("partly done", "deels afgerond")),
    (StepKind.SURVEY, Text("survey", "enquête")),
    (StepKind.STUDY, Text("study", "onderzoek")),
    (StepKind.COLLEGE_DECISION, Text("college decision", "collegebesluit")),
    (StepKind.COUNCIL_DECISION, Text("council decision", "raadsbesluit")),
    (StepKind.PUBLICATION, Text("publication", "publicatie")),
    (StepKind.REPORT, Text("report", "rapport")),
    (StepKind.OTHER, Text("step", "stap")),
    (StepKind.ONLINE_INPUT, Text("online input", "online inbreng")),
    (StepKind.PREPARATION, Text("preparation", "voorbereiding")),
    (StepKind.RECRUITMENT, Text("recruitment", "werving")),
    (StepKind.DECISION, Text("decision", "besluit")),
    (StepKind.PROCEDURE, Text("procedure", "procedure")),
    (StepKind.REPORT_BACK, Text("report-back", "terugkoppeling")),
    (StepKind.MILESTONE, Text("milestone", "mijlpaal")),
    (StepKind.CONSTRUCTION, Text("construction", "uitvoering")),
    (StepKind.IMPLEMENTATION, Text("implementation", "uitvoering van het besluit")),
    (StepStatus.PLANNED, Text("planned", "gepland")),
    (StepStatus.IN_PROGRESS, Text("in progress", "in uitvoering")),
    (StepStatus.PARTLY_DONE, Text("partly done", "deels afgerond")),
    (StepStatus.DONE, Text("done", "afgerond")),
    (StepStatus.CANCELLED, Text("cancelled", "afgelast")),
    (StepStatus.POSTPONED, Text("postponed", "uitgesteld")),
    (SessionStatus.PLANNED, Text("planned", "gepland")),
    (SessionStatus.HELD, Text("held", "gehouden")),
    (SessionStatus.CANCELLED, Text("cancelled", "afgelast")),
    (SessionStatus.POSTPONED, Text("postponed", "uitgesteld")),
    (SessionKind.PLEIN, Text("Plein", "Plein")),
    (SessionKind.INFORMATION_EVENING, Text("information evening", "informatieavond")),
    (SessionKind.INFORMATION_MARKET, Text("information market", "informatiemarkt")),
    (SessionKind.WORKING_GROUP, Text("working group", "werkgroep")),
    (SessionKind.COMMITTEE, Text("committee", "commissie")),
    (SessionKind.BOARD_MEETING, Text("board meeting", "bestuursvergadering")),
    (SessionKind.COUNCIL_MEETING, Text("council meeting", "raadsvergadering")),
    (SessionKind.WORKSHOP, Text("workshop", "werksessie")),
    (SessionKind.SITE_WALK, Text("site walk", "schouw")),
    (SessionKind.CITIZENS_ASSEMBLY, Text("citizens' assembly", "burgerberaad")),
    (SessionKind.CHARRETTE, Text("charrette", "ontwerpatelier")),
    (SessionKind.SYMPOSIUM, Text("symposium", "symposium")),
    (SessionKind.OTHER, Text("meeting", "bijeenkomst")),
    (SessionMode.IN_PERSON, Text("in person", "fysiek")),
    (SessionMode.ONLINE, Text("online", "online")),
    (SessionMode.HYBRID, Text("hybrid", "hybride")),
    (SafetyMeasureKind.GROUND_RULES, Text("ground rules", "spelregels")),
    (SafetyMeasureKind.CONFIDENTIALITY, Text("confidentiality", "vertrouwelijkheid")),
    (SafetyMeasureKind.ANONYMOUS_INPUT, Text("anonymous input", "anonieme inbreng")),
    (
        SafetyMeasureKind.COMPLAINTS_CORNER,
        Text("a corner for personal complaints", "een plek voor persoonlijke klachten"),
    ),
    (SafetyMeasureKind.SMALL_GROUPS_FIRST, Text("small groups first", "eerst in kleine groepen")),
    (
        SafetyMeasureKind.NEUTRAL_FACILITATOR,
        Text("a neutral facilitator", "een neutrale begeleider"),
    ),
    (SafetyMeasureKind.MIXED_SEATING, Text("mixed seating", "gemengde tafelindeling")),
    (SafetyMeasureKind.OVERSIGHT, Text("independent oversight", "onafhankelijk toezicht")),
    (SafetyMeasureKind.OTHER, Text("other", "overig")),
    (PromiseState.KEPT, Text("kept", "nagekomen")),
    (PromiseState.KEPT_LATE, Text("kept late", "te laat nagekomen")),
    (PromiseState.BROKEN, Text("broken", "gebroken")),
    (PromiseState.OPEN, Text("open", "open")),
    (PromiseState.PARTLY_KEPT, Text("partly kept", "deels nagekomen")),
    (PromiseState.NOT_RECORDED, Text("status not recorded", "stand niet vastgelegd")),
    (Severity.ERROR, Text("error", "fout")),
    (Severity.WARNING, Text("warning", "waarschuwing")),
    (Severity.INFO, Text("note", "opmerking")),
    (Arc.WALK_IN, Text("walk-in", "inloop")),
    (Arc.OPEN, Text("opening", "opening")),
    (Arc.DIVERGE, Text("opening up", "verbreden")),
    (Arc.CONVERGE, Text("narrowing down", "trechteren")),
    (Arc.CLOSE, Text("closing", "afsluiting")),
    (Arc.BREAK, Text("break", "pauze")),
    (Arc.PRESENTATION, Text("presentation", "presentatie")),
    (Exposure.LISTENING, Text("listening", "luisteren")),
    (Exposure.WRITING, Text("input in writing", "schriftelijke inbreng")),
    (Exposure.ONE_TO_ONE, Text("talking one to one", "een-op-een gesprek")),
    (Exposure.SPEAKING_IN_PAIRS, Text("speaking in pairs", "spreken in tweetallen")),
    (
        Exposure.SPEAKING_IN_SMALL_GROUPS,
        Text("speaking in small groups", "spreken in kleine groepen"),
    ),
    (Exposure.SPEAKING_IN_PLENARY, Text("speaking in plenary", "spreken in de zaal")),
    (Exposure.PUBLIC_DILEMMA, Text("a public dilemma", "een openbaar dilemma")),
)
_NAMES: dict[tuple[type, str], Text] = {(type(k), k.value): v for k, v in _PAIRS}

#: Every vocabulary value as written in a design (``note-taker``), with its words; where
#: two vocabularies share a value the first one's words are taken. For plain-language
#: text about a design, in place of its wire values.
VOCABULARY: dict[str, Text] = {}
for _member, _text in _PAIRS:
    VOCABULARY.setdefault(str(_member.value), _text)


# Things counted: English singular and plural, then Dutch singular and plural.
_COUNTED: dict[str, tuple[str, str, str, str]] = {
    "session": ("session", "sessions", "bijeenkomst", "bijeenkomsten"),
    "other-step": ("other step", "other steps", "andere stap", "andere stappen"),
    "agreement": ("agreement", "agreements", "afspraak", "afspraken"),
    "group": ("group", "groups", "groep", "groepen"),
    "finding": ("finding", "findings", "bevinding", "bevindingen"),
    "error": ("error", "errors", "fout", "fouten"),
    "warning": ("warning", "warnings", "waarschuwing", "waarschuwingen"),
    "info": ("note", "notes", "opmerking", "opmerkingen"),
}


def count_text(n: int, key: str, lang: Lang) -> str:
    """``n`` things in words, singular where it must be: ``1 afspraak``, ``3 afspraken``.

    >>> count_text(1, "session", "nl"), count_text(3, "other-step", "en")
    ('1 bijeenkomst', '3 other steps')
    """
    en_one, en_many, nl_one, nl_many = _COUNTED[key]
    if lang == "nl":
        return f"{n} {nl_one if n == 1 else nl_many}"
    return f"{n} {en_one if n == 1 else en_many}"


def word(key: str, lang: Lang) -> str:
    """The label ``key`` in ``lang``."""
    return _WORDS[key](lang)


def name(value: Enum, lang: Lang) -> str:
    """A vocabulary value as people say it; the wire value when there is no word for it."""
    text = _NAMES.get((type(value), value.value))
    return text(lang) if text is not None else str(value.value)


def date_text(value: pendulum.Date | EdtfDate, lang: Lang, *, weekday: bool = False) -> str:
    """A date as people write it, at its precision: ``23 april 2026``, ``donderdag 23
    april 2026``, ``mei 2021``, ``2021``, ``ca. mei 2021``, or a period."""
    if isinstance(value, EdtfDate):
        return _edtf_text(value, lang, weekday=weekday)
    pattern = "dddd D MMMM YYYY" if weekday else "D MMMM YYYY"
    return value.format(pattern, locale=lang)


def _edtf_text(value: EdtfDate, lang: Lang, *, weekday: bool) -> str:
    low, high = value.earliest, value.latest
    if value.text.endswith("/..") or value.text.startswith("../"):
        side = value.text.removesuffix("/..").removeprefix("../")
        words = ("vanaf ", "tot en met ") if lang == "nl" else ("from ", "until ")
        word_ = words[0] if value.text.endswith("/..") else words[1]
        return word_ + _edtf_text(EdtfDate(side), lang, weekday=weekday)
    if value.day is not None:
        text = date_text(value.day, lang, weekday=weekday)
    else:
        core = value.text.strip("~?%")
        if value.is_approximate:  # describe the date itself, not its widened bounds
            bare = EdtfDate(core)
            low, high = bare.earliest, bare.latest
        whole_month = low.day == 1 and high == high.end_of("month")
        if low.year == high.year and low.month == 1 and high.month == 12 and whole_month:
            text = str(low.year)
        elif (low.year, low.month) == (high.year, high.month) and whole_month:
            text = low.format("MMMM YYYY", locale=lang)
        elif whole_month:
            first, last = (d.format("MMMM YYYY", locale=lang) for d in (low, high))
            text = f"{first}{DASH}{last}"
        else:
            text = f"{date_text(low, lang)}{DASH}{date_text(high, lang)}"
    if value.is_approximate:
        text = ("ca. " if lang == "nl" else "about ") + text
    if value.is_uncertain:
        text += " (?)"
    return text


def minutes_text(n: int, lang: Lang) -> str:
    """``n`` minutes in words: ``1 minuut``, ``25 minuten``."""
    if lang == "nl":
        return f"{n} minuut" if n == 1 else f"{n} minuten"
    return f"{n} minute" if n == 1 else f"{n} minutes"


def duration_text(value: pendulum.Duration, lang: Lang) -> str:
    """A length of time in words: ``2 weken``, ``13 weeks``."""
    return value.in_words(locale=lang)


def number_text(value: int | Count | None) -> str:
    """A count (``35``, ``~130``, ``>=61``, ``25-30``), or a dash when it is not known."""
    return DASH if value is None else str(value)


def span_text(start: str, end: str) -> str:
    """Two ends joined by a dash (an en dash): ``19:00`` to ``19:30``."""
    return f"{start}{DASH}{end}"
