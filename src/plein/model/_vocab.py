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
    "Role",
    "SafetyMeasureKind",
    "SessionKind",
    "SessionStatus",
    "StepKind",
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
    CIVIL_SERVANT = "civil-servant"
    ADMINISTRATION = "administration"  # college: alderman, mayor
    COUNCIL = "council"
    REGIONAL_PARTNER = "regional-partner"
    HOUSING_CORPORATION = "housing-corporation"
    CIVIL_SOCIETY = "civil-society"
    EXPERT = "expert"
    PRESS = "press"
    FACILITATION = "facilitation"  # the process facilitator's own organisation
    OTHER = "other"


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
    """The roles people and parties take in a Plein."""

    FACILITATOR = "facilitator"  # procesbegeleider
    ISSUE_OWNER = "issue-owner"  # opdrachtgever, probleemeigenaar
    CHAIR = "chair"
    HOST = "host"
    NOTE_TAKER = "note-taker"  # verslaglegger
    DECISION_MAKER = "decision-maker"  # wethouder, burgemeester
    PROJECT_LEADER = "project-leader"
    EXPERT = "expert"
    TABLE_HOST = "table-host"
    TIMEKEEPER = "timekeeper"
    COORDINATOR = "coordinator"  # e.g. "coordinator of theme X", owns follow-up
    PARTICIPANT = "participant"
    OBSERVER = "observer"


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
    """Where a follow-up action or promise stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class StepKind(StrEnum):
    """Trajectory steps that are not meetings."""

    SURVEY = "survey"
    STUDY = "study"
    COLLEGE_DECISION = "college-decision"
    COUNCIL_DECISION = "council-decision"
    PUBLICATION = "publication"
    REPORT = "report"
    OTHER = "other"


class SafetyMeasureKind(StrEnum):
    """Measures a session takes so that what must be said gets said."""

    GROUND_RULES = "ground-rules"
    CONFIDENTIALITY = "confidentiality"  # e.g. the Chatham House rule
    ANONYMOUS_INPUT = "anonymous-input"
    COMPLAINTS_CORNER = "complaints-corner"  # a separate place for personal complaints
    SMALL_GROUPS_FIRST = "small-groups-first"
    NEUTRAL_FACILITATOR = "neutral-facilitator"
    OTHER = "other"


class OutcomeStatus(StrEnum):
    """What was done with an agreement or an advice (what the Omgevingswet asks to show)."""

    ADOPTED = "adopted"  # overgenomen
    ADAPTED = "adapted"  # aangepast overgenomen
    NOT_ADOPTED = "not-adopted"  # niet overgenomen
