"""The words an editor shows for each key and each enum value of the design format.

:data:`KEYS` describes a key wherever it appears; :data:`FIELDS` describes a key of one
class where it means something of its own (and wins over :data:`KEYS`); :data:`VALUES`
describes every value of every enum. A test keeps the three complete: a key or value the
model gains without words here fails it.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["FIELDS", "KEYS", "VALUES"]

_SOURCE = "Where the record of this comes from: a report, minutes, a news item, a web page."

#: Keys that mean the same in every class that has them.
KEYS: Mapping[str, str] = {
    "id": "A stable id, unique in the design, by which other entries refer to this one.",
    "title": "The name people use for it.",
    "text": "What it says, in the words of the record.",
    "note": "Free text for people; the checks do not read it.",
    "extensions": "Free-form data plein does not model, kept through every round trip. "
    "Keys have no '__' and no comma, so that the Objects API can filter on them.",
    "source": _SOURCE,
    "plannedDate": "When it is planned: an EDTF date, exact (2026-03-14) or approximate "
    "(2026-03, 2026-03~).",
    "actualDate": "When it actually took place, if that differs from the plan or the plan "
    "is unknown: an EDTF date. Giving one makes a session held (so does recorded "
    "attendance, when no status is given).",
    "after": "The ids of the sessions and steps this one follows in the trajectory.",
    "needs": "The ids of the actions and promises that must be done before this one.",
    "participants": "The ids of the parties that take part; leave it out when everybody "
    "at the session does.",
    "speakers": "The ids of the parties or role assignments that get the floor here, in a "
    "block that is mostly listening (the presenter of a presentation).",
    "minutes": "How long it takes, in whole minutes.",
    "groupSize": "How many people work together in one group: a count (10, ~10, 8-12).",
    "expected": "How many people are expected: a count (35, ~130, >60, 25-30).",
    "attended": "How many people came: a count (35, ~130, >60, 25-30).",
    "uid": "A stable calendar id, written by plein so that calendar exports update "
    "entries instead of duplicating them. Leave it as it is.",
    "owners": "The ids of the parties or role assignments that own it; the first is the "
    "lead unless lead says otherwise.",
    "lead": "The id of the owner who leads, when there are several owners.",
    "team": "The ids of parties or role assignments that help without owning it.",
    "due": "When it is due: a date, or a mapping with one of on, before, at, after or within.",
    "condition": "What it waits for before it applies ('when residents ask').",
    "status": "Where it stands; leave it out when the record does not say.",
    "statusDate": "When the status was last known: an EDTF date.",
    "occurrences": "The occurrences of a recurring follow-up, each with its own due date "
    "and status.",
    "reportBack": "When the owner reports back to the parties (terugkoppeling): a date, or "
    "a mapping with one of on, before, at, after or within.",
    "reportBackVia": "How the report-back reaches people: a newsletter, a letter, the "
    "next session.",
    "format": "The work format: the id of one in plein's catalogue, or of one of the "
    "design's own formats.",
    "role": "The role, from the list of roles plein knows.",
    "party": "The id of a party of the design.",
    "kind": "What kind it is.",
    "dagdeel": "The part of the day: morning, afternoon or evening.",
    "timezone": "An IANA time zone name (Europe/Amsterdam) for the clock times.",
    "description": "A longer description for people.",
}

#: Keys of one class (by the class's title in the schema) that mean something of their own.
FIELDS: Mapping[tuple[str, str], str] = {
    # Trajectory
    ("Trajectory", "id"): "A stable id of the design.",
    ("Trajectory", "title"): "The title of the trajectory.",
    ("Trajectory", "issue"): "The hot issue or dilemma the trajectory works on.",
    ("Trajectory", "timezone"): "The IANA time zone name (Europe/Amsterdam) of every clock "
    "time in the design, unless a session gives its own.",
    ("Trajectory", "parties"): "The organisations and groups the issue concerns.",
    ("Trajectory", "roles"): "Roles held across the whole trajectory (a project leader, an "
    "issue owner).",
    ("Trajectory", "sessions"): "The meetings of the trajectory: Pleinen and other sessions.",
    ("Trajectory", "steps"): "The steps that are not meetings: surveys, studies, decisions, "
    "publications.",
    ("Trajectory", "waivers"): "Findings the design accepts on purpose, each with a reason.",
    ("Trajectory", "formats"): "Work formats the design defines for itself, beside plein's "
    "catalogue.",
    # Issue
    ("Issue", "title"): "A short name of the issue.",
    ("Issue", "question"): "The question the trajectory must answer.",
    ("Issue", "nature"): "Whether the issue is spatial or societal.",
    ("Issue", "kind"): "What kind of issue it is.",
    ("Issue", "owner"): "The id of the party that owns the issue (probleemeigenaar).",
    ("Issue", "framing"): "How the organiser frames the issue, apart from the programme "
    "('not whether, but how').",
    # Party and people
    ("Party", "name"): "The name of the organisation or group.",
    ("Party", "category"): "Which kind of party it is (doelgroep).",
    ("Party", "level"): "The rung of the participation ladder the party is offered; leave "
    "it out when not recorded.",
    ("Party", "headcount"): "How many people the party brings: a count (35, ~130, >60).",
    ("Party", "categoryLabel"): "The category in the party's own words, most useful with "
    "category other.",
    ("Party", "contacts"): "Named contact persons within the party (personal data).",
    ("ContactPerson", "name"): "The person's name (personal data, left out of shared exports).",
    ("ContactPerson", "email"): "The person's e-mail address (personal data).",
    ("ContactPerson", "phone"): "The person's phone number (personal data).",
    ("RoleAssignment", "party"): "The id of the party that holds the role; leave it out "
    "when the record does not name who did.",
    ("RoleAssignment", "id"): "An id for this assignment, so that follow-up can be owned by "
    "the role ('the coordinator of theme mobility').",
    ("RoleAssignment", "person"): "The id of the contact person within the party who holds "
    "the role.",
    ("RoleAssignment", "title"): "The role as people say it ('wethouder Ruimte').",
    # Session
    ("Session", "title"): "The title of the session.",
    ("Session", "kind"): "What kind of meeting it is; a Plein unless said otherwise.",
    ("Session", "status"): "Whether the session is planned, held, cancelled or postponed; "
    "an actualDate makes it held.",
    ("Session", "dagdeel"): "The part of the day the session fits: morning, afternoon or evening.",
    ("Session", "window"): "An explicit clock window, instead of the dagdeel's default one.",
    ("Session", "timezone"): "An IANA time zone name for this session's clock times, when "
    "it differs from the design's.",
    ("Session", "mode"): "Whether people meet in one place, online, or both.",
    ("Session", "venue"): "Where the session takes place.",
    ("Session", "organisers"): "The ids of the parties that organise or commission it.",
    ("Session", "parties"): "The parties the session concerns, with their headcounts.",
    ("Session", "roles"): "The roles filled at this session.",
    ("Session", "programme"): "The programme: blocks in the order they run.",
    ("Session", "agreements"): "What the parties agreed at the session.",
    ("Session", "promises"): "What the organiser promised at the session.",
    ("Session", "safety"): "The measures that make it safe to say what must be said.",
    ("Session", "expected"): "How many people are expected in all, when the split per "
    "party is not known: a count.",
    ("Session", "attended"): "How many people came in all, when the split per party is "
    "not known: a count.",
    ("Session", "counts"): "Further counts of the session's people, each with its source.",
    ("Session", "notRecorded"): "What a held session's record does not give (unknown, which "
    "is not none).",
    ("Session", "programmeStatus"): "How far the programme is to be trusted: planned, "
    "tentative or as held.",
    ("Session", "decisionRule"): "How the session decides ('consent', 'majority of the votes').",
    ("Session", "occasions"): "The other dates or places of a session held as a series to "
    "one design.",
    ("Window", "start"): "When the session starts, HH:MM.",
    ("Window", "end"): "When the session ends, HH:MM; at or before the start it is on the "
    "next day (24:00 ends at midnight).",
    ("SessionParty", "party"): "The id of the party.",
    ("SessionParty", "invited"): "Whether the party was invited; false means it was left "
    "out. Leave it out when the record does not say.",
    ("SessionParty", "present"): "Whether the party was there. Leave it out when the "
    "record does not say.",
    ("SessionParty", "role"): "How the party took part when not as a participant: speaker "
    "or expert (heard), observer or press (present without a voice).",
    ("SessionParty", "expected"): "How many of the party's people are expected: a count.",
    ("SessionParty", "attended"): "How many of the party's people came: a count.",
    ("SafetyMeasure", "kind"): "What kind of safety measure it is.",
    ("SafetyMeasure", "description"): "How the measure is put into practice.",
    ("Headcount", "count"): "The count: 35, ~130, >60, 25-30.",
    ("Headcount", "label"): "What was counted ('drawn', 'at the vote').",
    ("Occasion", "id"): "A stable id of this occasion.",
    ("Occasion", "status"): "Whether this occasion is planned, held, cancelled or postponed.",
    ("Occasion", "venue"): "Where this occasion takes place.",
    # Programme
    ("Block", "title"): "The label people see in the programme.",
    ("Block", "kind"): "What the block is: work, or a break, walk-in, meal, social time, "
    "back-office time or the end marker.",
    ("Block", "purpose"): "What the block is for, in the designer's words.",
    ("Block", "start"): "When the block starts, HH:MM (19:30).",
    ("Block", "end"): "When the block ends, HH:MM; give it instead of minutes.",
    ("Block", "minutes"): "How long the block takes, in whole minutes.",
    ("Block", "tracks"): "Parallel tracks, where the programme splits (breakouts).",
    ("Block", "day"): "In a session of several days, which day (1 is the first).",
    ("Block", "dagdeel"): "In a session of several days, the part of the day.",
    ("Block", "groups"): "How many groups the participants split into: a count.",
    ("Block", "evaluation"): "How the block went, written after the session.",
    ("Track", "title"): "The title of the track.",
    ("Track", "minutes"): "How long the track takes, in whole minutes; else its "
    "programme's lengths added up.",
    ("Track", "programme"): "A short programme of the track's own, one item after the other.",
    ("TrackBlock", "title"): "The title of the item.",
    ("Evaluation", "participants"): "How the participants saw the block.",
    ("Evaluation", "facilitator"): "How the facilitator saw the block.",
    ("Evaluation", "newFormat"): "True when the organisers tried this work format for the "
    "first time.",
    ("Review", "worked"): "Whether the block worked.",
    ("Review", "score"): "A score from 1 (poor) to 5 (excellent).",
    ("Review", "change"): "What to change next time.",
    # Agreements and follow-up
    ("Agreement", "parties"): "The ids of the parties committed to the agreement.",
    ("Agreement", "actions"): "The follow-up actions of the agreement.",
    ("Agreement", "final"): "True when the agreement needs no follow-up action.",
    ("Agreement", "needsMandate"): "True when it binds only once a decision-maker with a "
    "mandate confirms it.",
    ("Agreement", "binding"): "True when it binds the parties as agreed (co-production).",
    ("Agreement", "outcome"): "What the municipality or the issue owner did with it.",
    ("Agreement", "addressedTo"): "The ids of the parties a recommendation is for, when they "
    "are not at the table.",
    ("Action", "status"): "Where the action stands; leave it out when not recorded.",
    ("Promise", "status"): "Where the promise stands; leave it out when not recorded.",
    ("Occurrence", "due"): "When this occurrence is due: an EDTF date.",
    ("Occurrence", "status"): "Where this occurrence stands; leave it out when not recorded.",
    ("Outcome", "status"): "Whether the agreement or advice was adopted, adapted or not.",
    ("Outcome", "motivation"): "Why, above all when it was not adopted as given.",
    ("Outcome", "date"): "When it was decided: an EDTF date.",
    ("Outcome", "by"): "The id of the party or role assignment that decided.",
    ("Due", "on"): "Due on a date: an EDTF date, exact or approximate (2021-12~ is the end "
    "of 2021).",
    ("Due", "before"): "Due before the session or step with this id.",
    ("Due", "at"): "Due at the session or step with this id ('when the works start').",
    ("Due", "after"): "Due after the session or step with this id; with within, counted from it.",
    ("Due", "within"): "Due within this length (P6W) after the session that made it, or "
    "after the moment in after.",
    ("Due", "every"): "A recurring duty, every this length from the first moment (P3M "
    "quarterly, P1Y yearly).",
    # Steps and waivers
    ("Step", "title"): "The title of the step.",
    ("Step", "kind"): "What kind of step it is.",
    ("Step", "status"): "Where the step stands; leave it out when not recorded.",
    ("Step", "owner"): "The id of the party or role assignment responsible for the step.",
    ("Waiver", "code"): "The code of the check to waive (PL001), or a prefix that selects a "
    "family (FU).",
    ("Waiver", "reason"): "Why the design accepts the finding.",
    ("Waiver", "target"): "The id of the entity the finding is about; leave it out to waive "
    "the code everywhere.",
    # Own work formats
    ("OwnFormat", "id"): "The id blocks use to name this format.",
    ("OwnFormat", "nameNl"): "The Dutch name of the format.",
    ("OwnFormat", "nameEn"): "The English name of the format.",
    ("OwnFormat", "purposes"): "What the format is for.",
    ("OwnFormat", "arc"): "Where the format sits in a session's arc.",
    ("OwnFormat", "minutes"): "How long the format takes, in minutes: low and high.",
    ("OwnFormat", "typicalMinutes"): "How long the format usually takes, in minutes.",
    ("OwnFormat", "groupSize"): "How many people the format holds: low and high.",
    ("OwnFormat", "exposure"): "How much the format asks of people: from listening to a "
    "public dilemma.",
    ("OwnFormat", "description"): "How the format goes, for people.",
    ("OwnFormat", "steps"): "The format's group configuration, step by step.",
    ("OwnFormat", "tableSize"): "How many people sit at one table: low and high.",
    ("OwnFormat", "buildsTrust"): "True when the format builds trust (an introduction "
    "round, ground rules).",
    ("OwnFormat", "rolesNeeded"): "The roles the format needs filled.",
    ("OwnFormat", "materials"): "What the format needs: flip-overs, stickers, a map.",
    ("OwnFormat", "online"): "True when the format works online.",
    ("OwnFormat", "sources"): "Where the format is described.",
    ("Range", "low"): "The lowest number.",
    ("Range", "high"): "The highest number; leave it out for no upper bound.",
    ("GroupStep", "group"): "How people are grouped: 1 (alone), 2 (pairs), tables, all "
    "(plenary), fishbowl.",
    ("GroupStep", "minutes"): "How long the step takes, in whole minutes.",
    ("GroupStep", "description"): "What happens in the step.",
    ("RoleNeed", "role"): "The role the format needs.",
    ("RoleNeed", "per"): "What the need counts against: the session, each table, or each group.",
}

#: Every value of every enum, by the enum's name.
VALUES: Mapping[str, Mapping[str, str]] = {
    "ActionStatus": {
        "open": "Not started.",
        "in-progress": "Being worked on.",
        "partly-done": "Done in part.",
        "done": "Done.",
        "dropped": "Dropped: it will not be done.",
    },
    "Arc": {
        "walk-in": "The walk-in, before the content starts.",
        "open": "Opening: arriving, meeting, setting the scene.",
        "diverge": "Diverging: gathering views and ideas.",
        "converge": "Converging: weighing and choosing.",
        "close": "Closing: agreements, next steps, check-out.",
        "break": "A break.",
        "presentation": "A presentation: people listen.",
    },
    "BlockKind": {
        "work": "Work on the issue with a work format.",
        "break": "A break.",
        "walk-in": "The walk-in (inloop): part of the session, not of the content timebox.",
        "meal": "A meal together.",
        "social": "Informal time together (a drink afterwards).",
        "back-office": "Time the organisers work without the participants (processing "
        "input during the session).",
        "end": "Marks when the session ends, in a programme of start times only.",
    },
    "Dagdeel": {
        "morning": "The morning.",
        "afternoon": "The afternoon.",
        "evening": "The evening.",
    },
    "Exposure": {
        "listening": "People listen.",
        "writing": "People write, on their own.",
        "one-to-one": "People talk with one other person, in private.",
        "speaking-in-pairs": "People talk in pairs.",
        "speaking-in-small-groups": "People talk in small groups.",
        "speaking-in-plenary": "People speak in front of everybody.",
        "public-dilemma": "People take a position on a dilemma in public.",
    },
    "IssueKind": {
        "street-redevelopment": "Redeveloping a street.",
        "shopping-centre-redevelopment": "Redeveloping a shopping centre.",
        "area-development": "Developing an area or neighbourhood.",
        "policy-vision": "A shared vision or policy (tourism, energy saving).",
        "energy-transition": "The energy or heat transition.",
        "project-evaluation": "Evaluating a large project.",
        "other": "Another kind of issue.",
    },
    "IssueNature": {
        "spatial": "A spatial issue (ruimtelijk): about a place.",
        "societal": "A societal issue (maatschappelijk).",
    },
    "OutcomeStatus": {
        "adopted": "Adopted as given.",
        "adapted": "Adopted with changes.",
        "not-adopted": "Not adopted.",
    },
    "ParticipationLevel": {
        "inform": "Inform (informeren): the party is told.",
        "consult": "Consult (raadplegen): the party is asked for its views.",
        "advise": "Advise (adviseren): a deviation from the advice must be motivated.",
        "co-produce": "Co-produce (coproduceren): the agreed solution binds.",
        "co-decide": "Co-decide (meebeslissen): the decision is the participants'.",
    },
    "PartyCategory": {
        "resident": "Residents (buurtbewoners).",
        "entrepreneur": "Entrepreneurs (ondernemers).",
        "property-owner": "Owners of property.",
        "civil-servant": "Civil servants (ambtenaren).",
        "municipality": "The municipality as an organisation.",
        "administration": "The municipal executive: mayor and aldermen (college).",
        "council": "The municipal council (gemeenteraad).",
        "regional-partner": "A regional partner: a province, a water board, a region.",
        "housing-corporation": "A housing corporation (woningcorporatie).",
        "civil-society": "A civil-society organisation.",
        "advisory-body": "An advisory body (adviesraad).",
        "bureau": "A consultancy or design bureau.",
        "expert": "Experts.",
        "public": "The general public.",
        "press": "The press.",
        "facilitation": "The facilitators of the process.",
        "other": "Another kind of party; say which in categoryLabel.",
    },
    "Per": {
        "session": "One for the whole block.",
        "table": "One at every table or station.",
        "group": "One with every group that moves about (a walking group, a breakout).",
    },
    "ProgrammeStatus": {
        "planned": "The programme as planned.",
        "tentative": "A draft programme, likely to change.",
        "held": "The programme as it was held.",
    },
    "Purpose": {
        "arrive": "Arriving and settling in.",
        "get-acquainted": "Getting to know each other.",
        "inform": "Informing people.",
        "explore": "Exploring the issue.",
        "generate-ideas": "Generating ideas.",
        "deepen": "Going deeper into a theme.",
        "weigh-options": "Weighing options.",
        "choose": "Choosing.",
        "agree": "Making agreements.",
        "reflect": "Reflecting.",
        "harvest": "Harvesting what was said: next steps, sign-up.",
        "evaluate": "Evaluating the session.",
        "rest": "Resting.",
        "design": "Designing together.",
    },
    "Role": {
        "facilitator": "The facilitator (procesbegeleider).",
        "issue-owner": "The issue owner or client (opdrachtgever, probleemeigenaar).",
        "chair": "The chair (dagvoorzitter).",
        "host": "The host of the venue.",
        "note-taker": "The note-taker, who records the agreements (verslaglegger).",
        "decision-maker": "A decision-maker with a mandate (bestuurder, wethouder).",
        "project-leader": "The project leader.",
        "expert": "An expert.",
        "speaker": "A speaker.",
        "table-host": "A table host.",
        "timekeeper": "The timekeeper.",
        "coordinator": "A coordinator (of a theme, of a group).",
        "guide": "A guide (on a site walk).",
        "participant": "A participant.",
        "observer": "An observer, present without a voice (council members who watch).",
        "press": "The press.",
        "other": "Another role; say which in title.",
    },
    "SafetyMeasureKind": {
        "ground-rules": "Ground rules for the conversation.",
        "confidentiality": "What is said stays in the room.",
        "anonymous-input": "A way to give input anonymously.",
        "complaints-corner": "A separate corner for personal complaints.",
        "small-groups-first": "Small groups before the plenary.",
        "neutral-facilitator": "A facilitator with no stake in the outcome.",
        "mixed-seating": "Mixed seating, so that no camp sits together.",
        "oversight": "Someone who watches over the process.",
        "other": "Another measure; describe it.",
    },
    "SessionKind": {
        "plein": "A Plein: all parties, one dagdeel, the next step together.",
        "information-evening": "An information evening.",
        "information-market": "An information market with stands.",
        "working-group": "A meeting of a working group.",
        "committee": "A committee meeting.",
        "board-meeting": "A board meeting (of the college, of a partner).",
        "council-meeting": "A meeting of the council.",
        "workshop": "A workshop.",
        "site-walk": "A site walk (schouw).",
        "citizens-assembly": "A citizens' assembly (burgerberaad).",
        "charrette": "A design charrette.",
        "symposium": "A symposium.",
        "other": "Another kind of meeting.",
    },
    "SessionMode": {
        "in-person": "People meet in one place.",
        "online": "People meet online.",
        "hybrid": "Some meet in one place, some online.",
    },
    "SessionStatus": {
        "planned": "Planned.",
        "held": "Held.",
        "cancelled": "Cancelled.",
        "postponed": "Postponed.",
    },
    "StepKind": {
        "survey": "A survey.",
        "online-input": "Online input (a participation platform).",
        "study": "A study or research.",
        "preparation": "Preparation.",
        "recruitment": "Recruiting participants.",
        "college-decision": "A decision of the college of mayor and aldermen.",
        "council-decision": "A decision of the council.",
        "decision": "Another decision.",
        "procedure": "A formal procedure (a permit, a zoning plan).",
        "publication": "A publication.",
        "report": "A report (a participation report).",
        "report-back": "Reporting back to the participants (terugkoppeling).",
        "milestone": "A milestone.",
        "construction": "Construction works.",
        "implementation": "Implementation.",
        "other": "Another kind of step.",
    },
    "StepStatus": {
        "planned": "Planned.",
        "in-progress": "Under way.",
        "partly-done": "Done in part.",
        "done": "Done.",
        "cancelled": "Cancelled.",
        "postponed": "Postponed.",
    },
    "Unrecorded": {
        "roles": "Who held which role is not recorded.",
        "attendance": "Who came is not recorded.",
        "programme": "The programme is not recorded.",
        "programme-end": "When the programme ended is not recorded.",
        "agreements": "What was agreed is not recorded.",
        "promises": "What was promised is not recorded.",
        "safety": "What made it safe to speak is not recorded.",
    },
}
