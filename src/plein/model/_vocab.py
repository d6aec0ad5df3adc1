"""The closed vocabularies of the method: kinds, categories, roles and levels.

Every enum is a :class:`enum.StrEnum` whose values are the lower-case strings used on the
wire, so a design file says ``category: resident`` and Python says
``PartyCategory.RESIDENT``; both compare equal to the string.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ActionStatus",
    "BlockKind",
    "Dagdeel",
    "IssueKind",
    "IssueNature",
    "OutcomeStatus",
    "ParticipationLevel",
    "PartyCategory",
    "ProgrammeStatus",
    "Role",
    "SafetyMeasureKind",
    "SessionKind",
    "SessionMode",
    "SessionStatus",
    "StepKind",
    "StepStatus",
    "Unrecorded",
]


class IssueNature(StrEnum):
    """Whether an issue is about a place or about how people live together."""

    SPATIAL = "spatial"  # ruimtelijk
    SOCIETAL = "societal"  # maatschappelijk


class IssueKind(StrEnum):
    """The kinds of issue the method is used for (the seed names the first ones)."""

    STREET_REDEVELOPMENT = "street-redevelopment"
    SHOPPING_CENTRE_REDEVELOPMENT = "shopping-centre-redevelopment"
    AREA_DEVELOPMENT = "area-development"
    POLICY_VISION = "policy-vision"
    ENERGY_TRANSITION = "energy-transition"
    PROJECT_EVALUATION = "project-evaluation"
    OTHER = "other"


class PartyCategory(StrEnum):
    """The doelgroep a party belongs to."""

    RESIDENT = "resident"
    ENTREPRENEUR = "entrepreneur"
    PROPERTY_OWNER = "property-owner"
    CIVIL_SERVANT = "civil-servant"  # the municipality's officials at the table
    MUNICIPALITY = "municipality"  # the municipality as an organisation (gemeente)
    ADMINISTRATION = "administration"  # college: alderman, mayor
    COUNCIL = "council"
    REGIONAL_PARTNER = "regional-partner"
    HOUSING_CORPORATION = "housing-corporation"
    CIVIL_SOCIETY = "civil-society"
    ADVISORY_BODY = "advisory-body"  # an advisory council, a task force, a village council
    BUREAU = "bureau"  # an external design, research or reporting bureau
    EXPERT = "expert"
    PUBLIC = "public"  # visitors and the general public
    PRESS = "press"
    FACILITATION = "facilitation"  # the process facilitator's own organisation
    OTHER = "other"  # give it a ``categoryLabel``

    @property
    def is_municipal(self) -> bool:
        """True for the municipality in any of its forms: organisation, college, council,
        officials."""
        return self in _MUNICIPAL


_MUNICIPAL = frozenset(
    {
        PartyCategory.MUNICIPALITY,
        PartyCategory.ADMINISTRATION,
        PartyCategory.COUNCIL,
        PartyCategory.CIVIL_SERVANT,
    }
)


class ParticipationLevel(StrEnum):
    """The rungs of the participation ladder (participatieladder), lowest first."""

    INFORM = "inform"
    CONSULT = "consult"
    ADVISE = "advise"
    CO_PRODUCE = "co-produce"
    CO_DECIDE = "co-decide"

    @property
    def rank(self) -> int:
        """Position on the ladder: 0 for inform up to 4 for co-decide."""
        return list(ParticipationLevel).index(self)


class Role(StrEnum):
    """The roles people and parties take in a meeting.

    ``facilitator``: leads the process (procesbegeleider), not the content.
    ``issue-owner``: the client (opdrachtgever, probleemeigenaar) who owns the issue.
    ``chair``: chairs a meeting (avondvoorzitter, dagvoorzitter).
    ``host``: receives the guests and looks after the place.
    ``note-taker``: records what is said and agreed (verslaglegger, scribe).
    ``decision-maker``: holds a mandate (wethouder, burgemeester, director).
    ``project-leader``: leads the project the issue belongs to.
    ``expert``: brings knowledge (a specialist, a witness, an invited bureau).
    ``speaker``: presents or gives a talk without other part in the meeting.
    ``table-host``: hosts one table or small group.
    ``timekeeper``: keeps the programme to its times.
    ``coordinator``: coordinates a theme or a follow-up ("coordinator of theme X").
    ``guide``: guides a site walk or a stop of a tour.
    ``participant``: takes part in the work.
    ``observer``: watches and listens without a voice (council members who come to see).
    ``press``: reports for the media; like an observer, not a voice in the meeting.
    ``other``: any other role; name it in ``title``.
    """

    FACILITATOR = "facilitator"
    ISSUE_OWNER = "issue-owner"
    CHAIR = "chair"
    HOST = "host"
    NOTE_TAKER = "note-taker"
    DECISION_MAKER = "decision-maker"
    PROJECT_LEADER = "project-leader"
    EXPERT = "expert"
    SPEAKER = "speaker"
    TABLE_HOST = "table-host"
    TIMEKEEPER = "timekeeper"
    COORDINATOR = "coordinator"
    GUIDE = "guide"
    PARTICIPANT = "participant"
    OBSERVER = "observer"
    PRESS = "press"
    OTHER = "other"

    @property
    def has_voice(self) -> bool:
        """False for observers and the press, who attend without a voice."""
        return self not in (Role.OBSERVER, Role.PRESS)


class Dagdeel(StrEnum):
    """The part of the day a Plein takes place in."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class BlockKind(StrEnum):
    """What a programme block is for, and whether it counts as the participants' content.

    Only ``work`` is content. A ``walk-in`` (doors open, coffee) and an optional ``meal``
    come before it, ``social`` time (drinks, an informal café) after it; a ``break`` sits
    inside it; ``back-office`` is for the organisers only (clearing up, collecting forms
    after the participants have left). None of these count towards the content timebox.
    An ``end`` block is no block at all but the end marker of a programme written as
    start times only ("22:00 end"): its start is when the session ends.
    """

    WORK = "work"
    BREAK = "break"
    WALK_IN = "walk-in"
    MEAL = "meal"
    SOCIAL = "social"
    BACK_OFFICE = "back-office"
    END = "end"

    @property
    def is_content(self) -> bool:
        """True for the participants' content time (``work`` blocks)."""
        return self is BlockKind.WORK


class SessionStatus(StrEnum):
    """Where a session stands: a plan, a record of a held meeting, or called off.

    A session with an ``actualDate`` is held whatever its status says it was planned as.
    """

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class SessionKind(StrEnum):
    """What kind of meeting a session is; which checks apply follows from it.

    A ``plein`` is the method's working session. The others are the meetings a
    trajectory also holds: informing (``information-evening``, ``information-market``),
    standing groups (``working-group``, ``committee``), formal meetings where an
    agreement is formalised (``board-meeting``, ``council-meeting``), and other working
    forms (``workshop``, ``site-walk``, ``citizens-assembly``, ``charrette``,
    ``symposium``). Whether a session is held online is its ``mode``, not its kind.
    """

    PLEIN = "plein"
    INFORMATION_EVENING = "information-evening"
    INFORMATION_MARKET = "information-market"
    WORKING_GROUP = "working-group"
    COMMITTEE = "committee"
    BOARD_MEETING = "board-meeting"
    COUNCIL_MEETING = "council-meeting"
    WORKSHOP = "workshop"
    SITE_WALK = "site-walk"
    CITIZENS_ASSEMBLY = "citizens-assembly"
    CHARRETTE = "charrette"
    SYMPOSIUM = "symposium"
    OTHER = "other"


class ActionStatus(StrEnum):
    """Where a follow-up action or promise stands (leave it out when not recorded)."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    PARTLY_DONE = "partly-done"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_settled(self) -> bool:
        """True when nothing more is to be done: done or dropped."""
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)


class SessionMode(StrEnum):
    """Where people meet: in one place, online, or both."""

    IN_PERSON = "in-person"
    ONLINE = "online"
    HYBRID = "hybrid"


class ProgrammeStatus(StrEnum):
    """What a session's programme records: the plan announced, a tentative plan, or
    what was held."""

    PLANNED = "planned"
    TENTATIVE = "tentative"
    HELD = "held"


class Unrecorded(StrEnum):
    """Facts of a held session that its record does not give (unknown, not none).

    ``roles``: who held which role is not recorded. ``attendance``: who came, and how
    many, is not recorded. ``programme``: the programme is not recorded at all.
    ``programme-end``: what followed the last recorded item is not known (a report cut
    off, an end not published). ``agreements`` and ``promises``: what was agreed or
    promised is not recorded. ``safety``: the measures for a safe conversation are not
    recorded.
    """

    ROLES = "roles"
    ATTENDANCE = "attendance"
    PROGRAMME = "programme"
    PROGRAMME_END = "programme-end"
    AGREEMENTS = "agreements"
    PROMISES = "promises"
    SAFETY = "safety"


class StepKind(StrEnum):
    """Trajectory steps that are not meetings."""

    SURVEY = "survey"
    ONLINE_INPUT = "online-input"  # a consultation or reaction form online
    STUDY = "study"
    PREPARATION = "preparation"
    RECRUITMENT = "recruitment"  # drawing or inviting participants (sortition)
    COLLEGE_DECISION = "college-decision"
    COUNCIL_DECISION = "council-decision"
    DECISION = "decision"  # by another body: a board, a director, a minister
    PROCEDURE = "procedure"  # a formal procedure: a plan on public view, objections
    PUBLICATION = "publication"
    REPORT = "report"
    REPORT_BACK = "report-back"  # telling the participants what was done with their input
    MILESTONE = "milestone"
    CONSTRUCTION = "construction"
    IMPLEMENTATION = "implementation"
    OTHER = "other"

    @property
    def is_decision(self) -> bool:
        """True for a decision by the college, the council or another body."""
        return self in (StepKind.COLLEGE_DECISION, StepKind.COUNCIL_DECISION, StepKind.DECISION)


class StepStatus(StrEnum):
    """Where a step stands (leave it out when not recorded)."""

    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    PARTLY_DONE = "partly-done"
    DONE = "done"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class SafetyMeasureKind(StrEnum):
    """Measures a session takes so that what must be said gets said."""

    GROUND_RULES = "ground-rules"
    CONFIDENTIALITY = "confidentiality"  # e.g. the Chatham House rule
    ANONYMOUS_INPUT = "anonymous-input"
    COMPLAINTS_CORNER = "complaints-corner"  # a separate place for personal complaints
    SMALL_GROUPS_FIRST = "small-groups-first"
    NEUTRAL_FACILITATOR = "neutral-facilitator"
    MIXED_SEATING = "mixed-seating"  # people seated apart from their own circle
    OVERSIGHT = "oversight"  # an independent board or person to turn to with doubts
    OTHER = "other"


class OutcomeStatus(StrEnum):
    """What was done with an agreement or an advice (what the Omgevingswet asks to show)."""

    ADOPTED = "adopted"  # overgenomen
    ADAPTED = "adapted"  # aangepast overgenomen
    NOT_ADOPTED = "not-adopted"  # niet overgenomen
