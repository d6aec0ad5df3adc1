"""The entities of a trajectory: issue, parties, roles, programme, agreements, steps.

All are frozen values. Entities carry a stable string ``id``; they refer to each other by
id, never by position, so a design can be reordered without changing its meaning.
Collections are tuples; any iterable is accepted and turned into one.
"""

from __future__ import annotations

from typing import Any

import attrs
import pendulum

from plein.model._display import render_html
from plein.model._tracks import TrackBlock
from plein.model._values import (
    Due,
    Extensions,
    Window,
    check_id,
    check_minutes,
    check_reference,
    check_timezone,
    to_date,
    to_time,
    to_tuple,
)
from plein.model._vocab import (
    ActionStatus,
    BlockKind,
    Dagdeel,
    IssueKind,
    IssueNature,
    OutcomeStatus,
    ParticipationLevel,
    PartyCategory,
    Role,
    SafetyMeasureKind,
    SessionKind,
    SessionStatus,
    StepKind,
)

__all__ = [
    "Action",
    "Agreement",
    "Block",
    "ContactPerson",
    "Evaluation",
    "FollowUp",
    "Issue",
    "Outcome",
    "Party",
    "Promise",
    "Review",
    "RoleAssignment",
    "SafetyMeasure",
    "Session",
    "SessionParty",
    "Step",
    "Track",
]


def _extensions() -> Any:
    # Extensions hold free-form data; they take part in equality but not in the hash.
    return attrs.field(factory=dict, hash=False)


@attrs.frozen
class Issue:
    """The hot issue or dilemma (vraagstuk) a trajectory works on."""

    title: str
    question: str
    nature: IssueNature = attrs.field(converter=IssueNature)
    kind: IssueKind = attrs.field(converter=IssueKind)
    owner: str | None = attrs.field(default=None, validator=check_reference)
    extensions: Extensions = _extensions()


@attrs.frozen
class ContactPerson:
    """A named person within a party: personal data, left out of shared exports."""

    id: str = attrs.field(validator=check_id)
    name: str = attrs.field(metadata={"personal": True})
    email: str | None = attrs.field(default=None, metadata={"personal": True})
    phone: str | None = attrs.field(default=None, metadata={"personal": True})


@attrs.frozen
class Party:
    """An organisation or group at the table."""

    id: str = attrs.field(validator=check_id)
    name: str
    category: PartyCategory = attrs.field(converter=PartyCategory)
    level: ParticipationLevel = attrs.field(
        default=ParticipationLevel.CONSULT, converter=ParticipationLevel
    )
    headcount: int | None = attrs.field(default=None, validator=check_minutes)
    contacts: tuple[ContactPerson, ...] = attrs.field(factory=tuple, converter=to_tuple)
    extensions: Extensions = _extensions()


@attrs.frozen
class RoleAssignment:
    """A role held by a party, or by a named person within it.

    ``title`` names the role as people say it ("wethouder Ruimte", "coordinator of the
    theme mobility"). An assignment with an ``id`` can own follow-up actions.
    """

    role: Role = attrs.field(converter=Role)
    party: str = attrs.field(validator=check_reference)
    id: str | None = attrs.field(default=None, validator=check_reference)
    person: str | None = attrs.field(default=None, validator=check_reference)
    title: str | None = None


@attrs.frozen
class Track:
    """One parallel track of a block that splits the programme (a breakout).

    A track does one thing (its ``format``, for its ``minutes``), or runs a short
    ``programme`` of its own, one item after the other (two workshops in a row in one
    room). Its length is its own ``minutes``, else its programme's lengths added up.
    """

    id: str = attrs.field(validator=check_id)
    title: str
    format: str | None = attrs.field(default=None, validator=check_reference)
    minutes: int | None = attrs.field(default=None, validator=check_minutes)
    participants: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    speakers: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    programme: tuple[TrackBlock, ...] = attrs.field(factory=tuple, converter=to_tuple)

    @property
    def length(self) -> int | None:
        """Minutes the track takes: its own, else its programme's added up, else unknown.

        >>> Track(id="a", title="Room A", programme=[
        ...     TrackBlock(id="a1", title="One", minutes=40),
        ...     TrackBlock(id="a2", title="Two", minutes=35)]).length
        75
        """
        if self.minutes is not None:
            return self.minutes
        lengths = [item.minutes for item in self.programme]
        if lengths and all(n is not None for n in lengths):
            return sum(n for n in lengths if n is not None)
        return None


def _check_score(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not 1 <= value <= 5:
        raise ValueError(f"{attribute.name} is a score from 1 to 5")


@attrs.frozen
class Review:
    """How a block went, in the eyes of the participants or of the facilitator."""

    worked: bool | None = None
    score: int | None = attrs.field(default=None, validator=_check_score)
    change: str | None = None  # what we would do differently


@attrs.frozen
class Evaluation:
    """The short evaluation of a block after the session: the learning of a Plein.

    ``new_format`` records that the organisers tried this work format for the first time.
    """

    participants: Review | None = None
    facilitator: Review | None = None
    new_format: bool = False


@attrs.frozen
class Block:
    """One programme block: a work format placed in a session with a timebox.

    ``format`` names a work format by id (resolved against the catalogue of work
    formats); ``title`` is the label people see. The timebox is a clock ``start``
    and/or a length in ``minutes``, or a ``start`` and an ``end``; any may be unknown.
    A programme written as start times only needs no lengths: each block runs until
    the next one starts, and a last block of kind ``end`` marks when the session ends
    (see :func:`plein.model.timeline`). ``participants`` are the
    parties that take part (empty: everybody at the session); ``speakers`` are
    parties that get the floor in a block whose format is mostly listening (the
    presenter of a presentation, say). Where the programme splits, ``tracks`` run in
    parallel.
    """

    id: str = attrs.field(validator=check_id)
    title: str
    kind: BlockKind = attrs.field(default=BlockKind.WORK, converter=BlockKind)
    format: str | None = attrs.field(default=None, validator=check_reference)
    purpose: str | None = None
    start: pendulum.Time | None = attrs.field(default=None, converter=to_time)
    minutes: int | None = attrs.field(default=None, validator=check_minutes)
    participants: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    speakers: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    tracks: tuple[Track, ...] = attrs.field(factory=tuple, converter=to_tuple)
    evaluation: Evaluation | None = None
    extensions: Extensions = _extensions()
    end: pendulum.Time | None = attrs.field(default=None, converter=to_time)

    @property
    def length(self) -> int | None:
        """Minutes the block takes: its own length, else its longest track, else unknown.

        Parallel tracks cost the time of the longest one, not their sum.
        """
        if self.minutes is not None:
            return self.minutes
        lengths = [t.length for t in self.tracks]
        if lengths and all(n is not None for n in lengths):
            return max(n for n in lengths if n is not None)
        return None


@attrs.frozen
class FollowUp:
    """What follows a session: an owner, a due moment, a status and a report-back.

    ``owner`` is the id of a party or of a role assignment. ``status_date`` is when the
    status last changed; ``report_back`` is when the result is reported back.
    """

    id: str = attrs.field(validator=check_id)
    text: str
    owner: str | None = attrs.field(default=None, validator=check_reference)
    due: Due | None = None
    status: ActionStatus = attrs.field(default=ActionStatus.OPEN, converter=ActionStatus)
    status_date: pendulum.Date | None = attrs.field(default=None, converter=to_date)
    report_back: Due | None = None
    extensions: Extensions = _extensions()


@attrs.frozen
class Action(FollowUp):
    """A follow-up action (actiepunt) of an agreement between parties."""


@attrs.frozen
class Promise(FollowUp):
    """A promise the organiser made: tracked like an action, but not an agreement.

    ("The municipality processes the input and comes back after the summer.")
    """


@attrs.frozen
class Outcome:
    """What was done with an agreement or advice: adopted, adapted or not, and why."""

    status: OutcomeStatus = attrs.field(converter=OutcomeStatus)
    motivation: str | None = None
    date: pendulum.Date | None = attrs.field(default=None, converter=to_date)
    by: str | None = attrs.field(default=None, validator=check_reference)  # who decided


@attrs.frozen
class Agreement:
    """What parties agreed (afspraak), who is committed, and its follow-up.

    ``final`` marks an agreement that needs no follow-up action. ``needs_mandate``
    marks one that binds only once a decision-maker with a mandate confirms it;
    ``binding`` one that binds the parties as agreed (co-production). ``outcome``
    records what the municipality (or the issue owner) did with it.
    """

    id: str = attrs.field(validator=check_id)
    text: str
    parties: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    actions: tuple[Action, ...] = attrs.field(factory=tuple, converter=to_tuple)
    final: bool = False
    needs_mandate: bool = False
    binding: bool = False
    outcome: Outcome | None = None
    extensions: Extensions = _extensions()


@attrs.frozen
class SafetyMeasure:
    """A measure that makes it safe to say what must be said."""

    kind: SafetyMeasureKind = attrs.field(converter=SafetyMeasureKind)
    description: str | None = None


@attrs.frozen
class SessionParty:
    """A party invited to a session, with the headcount expected and, once held, seen."""

    party: str = attrs.field(validator=check_reference)
    expected: int | None = attrs.field(default=None, validator=check_minutes)
    attended: int | None = attrs.field(default=None, validator=check_minutes)


@attrs.frozen
class Session:
    """One meeting of the trajectory; by default a Plein, a working session in one dagdeel.

    ``kind`` says what kind of meeting it is; ``status`` whether it is planned, held,
    cancelled or postponed (an ``actual_date`` makes it held, see :attr:`state`).

    The time window is the ``dagdeel``'s (configurable in the checks) unless an explicit
    ``window`` is given. ``after`` lists the sessions and steps this one follows;
    ``needs`` the actions and promises that must be done before it.
    ``uid`` is a stable calendar id, kept so that calendar exports update, not duplicate.
    """

    id: str = attrs.field(validator=check_id)
    title: str
    kind: SessionKind = attrs.field(default=SessionKind.PLEIN, converter=SessionKind)
    status: SessionStatus | None = attrs.field(
        default=None, converter=attrs.converters.optional(SessionStatus)
    )
    dagdeel: Dagdeel | None = attrs.field(
        default=None, converter=attrs.converters.optional(Dagdeel)
    )
    window: Window | None = None
    planned_date: pendulum.Date | None = attrs.field(default=None, converter=to_date)
    actual_date: pendulum.Date | None = attrs.field(default=None, converter=to_date)
    timezone: str | None = attrs.field(default=None, validator=check_timezone)
    venue: str | None = None
    after: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    needs: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    parties: tuple[SessionParty, ...] = attrs.field(factory=tuple, converter=to_tuple)
    roles: tuple[RoleAssignment, ...] = attrs.field(factory=tuple, converter=to_tuple)
    programme: tuple[Block, ...] = attrs.field(factory=tuple, converter=to_tuple)
    agreements: tuple[Agreement, ...] = attrs.field(factory=tuple, converter=to_tuple)
    promises: tuple[Promise, ...] = attrs.field(factory=tuple, converter=to_tuple)
    safety: tuple[SafetyMeasure, ...] = attrs.field(factory=tuple, converter=to_tuple)
    uid: str | None = None
    extensions: Extensions = _extensions()

    @property
    def date(self) -> pendulum.Date | None:
        """The date it was held, else the date it is planned for."""
        return self.actual_date or self.planned_date

    @property
    def state(self) -> SessionStatus:
        """Held when it has an actual date, else its status, else planned."""
        if self.actual_date is not None:
            return SessionStatus.HELD
        return self.status or SessionStatus.PLANNED

    @property
    def is_record(self) -> bool:
        """True for a held session: a record to judge as it was, not a plan to complete."""
        return self.state is SessionStatus.HELD

    def _repr_html_(self) -> str | None:
        return render_html(self)

    def holders(self, role: Role) -> tuple[RoleAssignment, ...]:
        """The assignments of ``role`` in this session."""
        return tuple(a for a in self.roles if a.role == role)

    @property
    def expected_headcount(self) -> int | None:
        """The sum of the expected headcounts, or None when none is given."""
        counts = [p.expected for p in self.parties if p.expected is not None]
        return sum(counts) if counts else None


@attrs.frozen
class Step:
    """A trajectory step that is not a meeting: a survey, a study, a decision.

    ``after`` lists the sessions and steps it follows; ``needs`` the actions and
    promises that must be done before it.
    """

    id: str = attrs.field(validator=check_id)
    title: str
    kind: StepKind = attrs.field(converter=StepKind)
    planned_date: pendulum.Date | None = attrs.field(default=None, converter=to_date)
    actual_date: pendulum.Date | None = attrs.field(default=None, converter=to_date)
    owner: str | None = attrs.field(default=None, validator=check_reference)
    after: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    needs: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    extensions: Extensions = _extensions()

    @property
    def date(self) -> pendulum.Date | None:
        """The date it happened, else the date it is planned for."""
        return self.actual_date or self.planned_date
