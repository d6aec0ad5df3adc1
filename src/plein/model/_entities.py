"""The entities of a trajectory: issue, parties, roles, programme, agreements, steps.

All are frozen values. Entities carry a stable string ``id``; they refer to each other by
id, never by position, so a design can be reordered without changing its meaning.
Collections are tuples; any iterable is accepted and turned into one.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs
import pendulum

from plein.model._count import Count, to_count
from plein.model._display import render_bundle, render_html
from plein.model._edtf import EdtfDate, to_edtf
from plein.model._tracks import TrackBlock
from plein.model._values import (
    Due,
    Extensions,
    Window,
    check_id,
    check_minutes,
    check_reference,
    check_timezone,
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
    ProgrammeStatus,
    Role,
    SafetyMeasureKind,
    SessionKind,
    SessionMode,
    SessionStatus,
    StepKind,
    StepStatus,
    Unrecorded,
)

__all__ = [
    "Action",
    "Agreement",
    "Block",
    "ContactPerson",
    "Evaluation",
    "FollowUp",
    "Headcount",
    "Issue",
    "Occasion",
    "Occurrence",
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


def _count() -> Any:
    return attrs.field(default=None, converter=to_count)


def _date() -> Any:
    return attrs.field(default=None, converter=to_edtf)


def _ids() -> Any:
    return attrs.field(factory=tuple, converter=to_tuple, validator=check_reference)


def _unrecorded(values: Any) -> tuple[Unrecorded, ...]:
    return tuple(sorted({Unrecorded(v) for v in values}))


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
    #: How the organiser frames the issue, apart from the programme ("not whether, but how").
    framing: str | None = None
    note: str | None = None
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
    """An organisation or group that the issue concerns.

    ``level`` is the rung of the participation ladder the party is offered; None when it
    is not recorded. ``category_label`` names the category in the party's own words,
    most useful with category ``other``. ``headcount`` is how many people the party
    brings, as a :class:`~plein.model.Count` (``35``, ``"~130"``, ``">60"``).
    """

    id: str = attrs.field(validator=check_id)
    name: str
    category: PartyCategory = attrs.field(converter=PartyCategory)
    level: ParticipationLevel | None = attrs.field(
        default=None, converter=attrs.converters.optional(ParticipationLevel)
    )
    headcount: Count | None = _count()
    category_label: str | None = None
    contacts: tuple[ContactPerson, ...] = attrs.field(factory=tuple, converter=to_tuple)
    note: str | None = None
    extensions: Extensions = _extensions()


@attrs.frozen
class RoleAssignment:
    """A role held by a party, or by a named person within it.

    ``title`` names the role as people say it ("wethouder Ruimte", "coordinator of the
    theme mobility"). An assignment with an ``id`` can own follow-up actions. Without a
    ``party`` the role was filled by someone the record does not name ("minutes exist,
    the note-taker is not named").
    """

    role: Role = attrs.field(converter=Role)
    party: str | None = attrs.field(default=None, validator=check_reference)
    id: str | None = attrs.field(default=None, validator=check_reference)
    person: str | None = attrs.field(default=None, validator=check_reference)
    title: str | None = None
    note: str | None = None


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
    group_size: Count | None = _count()
    note: str | None = None

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
    parties (or role assignments) that get the floor in a block whose format is mostly
    listening (the presenter of a presentation, say). Where the programme splits,
    ``tracks`` run in parallel. In a session of several days ``day`` numbers the day
    (1 is the first) and ``dagdeel`` the part of it. ``groups`` and ``group_size`` say
    how the participants split (3 groups of about 10).
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
    day: int | None = attrs.field(default=None, validator=check_minutes)
    dagdeel: Dagdeel | None = attrs.field(
        default=None, converter=attrs.converters.optional(Dagdeel)
    )
    groups: Count | None = _count()
    group_size: Count | None = _count()
    evaluation: Evaluation | None = None
    note: str | None = None
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
class Occurrence:
    """One occurrence of a recurring follow-up ("the report of the second quarter")."""

    due: EdtfDate = attrs.field(converter=to_edtf)
    status: ActionStatus | None = attrs.field(
        default=None, converter=attrs.converters.optional(ActionStatus)
    )
    status_date: EdtfDate | None = _date()
    note: str | None = None


@attrs.frozen
class FollowUp:
    """What follows a session: owners, a due moment, a status and a report-back.

    ``owners`` are ids of parties or role assignments: one, or several for a joint duty,
    of whom ``lead`` (one of them, or another party) leads. ``team`` are those who work
    on it without owning it. ``condition`` says what it waits for ("when buses use the
    road"). ``status`` is None when not recorded, which is never read as open or late;
    ``status_date`` is when it last changed. A recurring duty (``due.every``) records its
    ``occurrences`` one by one. ``report_back`` is when the result is reported back, and
    ``report_back_via`` how (a newsletter, a page on the website).
    """

    id: str = attrs.field(validator=check_id)
    text: str
    owners: tuple[str, ...] = _ids()
    lead: str | None = attrs.field(default=None, validator=check_reference)
    team: tuple[str, ...] = _ids()
    due: Due | None = None
    condition: str | None = None
    status: ActionStatus | None = attrs.field(
        default=None, converter=attrs.converters.optional(ActionStatus)
    )
    status_date: EdtfDate | None = _date()
    occurrences: tuple[Occurrence, ...] = attrs.field(factory=tuple, converter=to_tuple)
    report_back: Due | None = None
    report_back_via: str | None = None
    source: str | None = None
    note: str | None = None
    extensions: Extensions = _extensions()

    @property
    def owner(self) -> str | None:
        """The one who answers for it: the lead, else the only owner, else None."""
        if self.lead is not None:
            return self.lead
        return self.owners[0] if len(self.owners) == 1 else None

    def recorded_occurrence(
        self, day: pendulum.Date, next_day: pendulum.Date | None = None
    ) -> Occurrence | None:
        """The recorded occurrence of a recurring duty that is due on ``day``: one whose
        due date holds the day, else the first due after it and before ``next_day``."""
        for occurrence in self.occurrences:
            if occurrence.due.earliest <= day <= occurrence.due.latest:
                return occurrence
        for occurrence in self.occurrences:
            first = occurrence.due.earliest
            if day <= first and (next_day is None or first < next_day):
                return occurrence
        return None

    @property
    def responsible(self) -> tuple[str, ...]:
        """Every owner and the lead, each once, lead first."""
        lead = (self.lead,) if self.lead is not None else ()
        return tuple(dict.fromkeys((*lead, *self.owners)))


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
    date: EdtfDate | None = _date()
    by: str | None = attrs.field(default=None, validator=check_reference)  # who decided


@attrs.frozen
class Agreement:
    """What parties agreed (afspraak), who is committed, and its follow-up.

    ``final`` marks an agreement that needs no follow-up action. ``needs_mandate``
    marks one that binds only once a decision-maker with a mandate confirms it;
    ``binding`` one that binds the parties as agreed (co-production). ``outcome``
    records what the municipality (or the issue owner) did with it. ``addressed_to``
    names the parties a recommendation is for when they are not at the table;
    ``condition`` what it waits for ("re-open when residents ask"); ``source`` where the
    record of it comes from.
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
    addressed_to: tuple[str, ...] = _ids()
    condition: str | None = None
    source: str | None = None
    note: str | None = None
    extensions: Extensions = _extensions()


@attrs.frozen
class SafetyMeasure:
    """A measure that makes it safe to say what must be said."""

    kind: SafetyMeasureKind = attrs.field(converter=SafetyMeasureKind)
    description: str | None = None


@attrs.frozen
class SessionParty:
    """A party a session concerns, with the headcount expected and, once held, seen.

    ``invited`` and ``present`` are None when the record does not say (which is not the
    same as no); a party listed with ``invited: false`` was left out. ``role`` says how
    it took part when it was not as a participant: ``speaker`` or ``expert`` (heard as a
    witness), ``observer`` or ``press`` (present without a voice).
    """

    party: str = attrs.field(validator=check_reference)
    expected: Count | None = _count()
    attended: Count | None = _count()
    invited: bool | None = None
    present: bool | None = None
    role: Role | None = attrs.field(default=None, converter=attrs.converters.optional(Role))
    note: str | None = None

    @property
    def takes_part(self) -> bool | None:
        """Whether the party was (or is to be) at the table with a voice; None if unknown."""
        if self.invited is False or self.present is False:
            return False
        if self.role is not None and not self.role.has_voice:
            return False
        if self.present or (self.attended is not None and self.attended.surely_at_least > 0):
            return True
        return None if self.present is None and self.invited is None else True


@attrs.frozen
class Headcount:
    """One count of a session's people from one source ("45 drawn", "31 at the vote")."""

    count: Count = attrs.field(converter=to_count)
    label: str
    source: str | None = None


@attrs.frozen
class Occasion:
    """One occasion of a session held as a series: the same design on another date or
    in another place (a round of village evenings)."""

    id: str = attrs.field(validator=check_id)
    planned_date: EdtfDate | None = _date()
    actual_date: EdtfDate | None = _date()
    status: SessionStatus | None = attrs.field(
        default=None, converter=attrs.converters.optional(SessionStatus)
    )
    venue: str | None = None
    expected: Count | None = _count()
    attended: Count | None = _count()
    uid: str | None = None
    note: str | None = None

    @property
    def when(self) -> EdtfDate | None:
        """The date it was held, else the date it is planned for."""
        return self.actual_date or self.planned_date

    @property
    def state(self) -> SessionStatus:
        """Held when it has an actual date, else its status, else planned."""
        if self.actual_date is not None:
            return SessionStatus.HELD
        return self.status or SessionStatus.PLANNED


@attrs.frozen
class Session:
    """One meeting of the trajectory; by default a Plein, a working session in one dagdeel.

    ``kind`` says what kind of meeting it is; ``status`` whether it is planned, held,
    cancelled or postponed (an ``actual_date`` makes it held, see :attr:`state`). Dates
    are :class:`~plein.model.EdtfDate` values, exact or approximate. ``organisers`` are
    the parties that organise or commission it: its client, with or without a role line.
    ``not_recorded`` lists what a held session's record does not give (unknown, which is
    not none). ``expected`` and ``attended`` are totals for the session when the split
    per party is not known; ``counts`` keeps further counts beside them, each with its
    source. A session held several times to one design lists its ``occasions``.

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
    planned_date: EdtfDate | None = _date()
    actual_date: EdtfDate | None = _date()
    timezone: str | None = attrs.field(default=None, validator=check_timezone)
    mode: SessionMode | None = attrs.field(
        default=None, converter=attrs.converters.optional(SessionMode)
    )
    venue: str | None = None
    organisers: tuple[str, ...] = _ids()
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
    expected: Count | None = _count()
    attended: Count | None = _count()
    counts: tuple[Headcount, ...] = attrs.field(factory=tuple, converter=to_tuple)
    not_recorded: tuple[Unrecorded, ...] = attrs.field(factory=tuple, converter=_unrecorded)
    programme_status: ProgrammeStatus | None = attrs.field(
        default=None, converter=attrs.converters.optional(ProgrammeStatus)
    )
    decision_rule: str | None = None
    occasions: tuple[Occasion, ...] = attrs.field(factory=tuple, converter=to_tuple)
    uid: str | None = None
    note: str | None = None
    extensions: Extensions = _extensions()

    @property
    def when(self) -> EdtfDate | None:
        """The date it was held, else the date it is planned for, at its precision."""
        return self.actual_date or self.planned_date

    @property
    def date(self) -> pendulum.Date | None:
        """The one day it was held or is planned for, or None when no single day is known."""
        when = self.when
        return when.day if when is not None else None

    def records(self, fact: Unrecorded | str) -> bool:
        """False when the record says it does not give ``fact`` (see ``not_recorded``)."""
        return Unrecorded(fact) not in self.not_recorded

    @property
    def state(self) -> SessionStatus:
        """Held when it has an actual date, else its status; else held when its record
        gives attendance (only a meeting that took place has it), else planned."""
        if self.actual_date is not None:
            return SessionStatus.HELD
        if self.status is not None:
            return self.status
        return SessionStatus.HELD if self.attendance_recorded else SessionStatus.PLANNED

    @property
    def attendance_recorded(self) -> bool:
        """Whether the record says who came or how many: ``attended`` on the session, or
        ``present`` or ``attended`` on one of its parties."""
        return self.attended is not None or any(
            p.present is not None or p.attended is not None for p in self.parties
        )

    @property
    def is_record(self) -> bool:
        """True for a held session: a record to judge as it was, not a plan to complete."""
        return self.state is SessionStatus.HELD

    def _repr_html_(self) -> str | None:
        return render_html(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str] | None:
        return render_bundle(self, include, exclude)

    def holders(self, role: Role) -> tuple[RoleAssignment, ...]:
        """The assignments of ``role`` in this session."""
        return tuple(a for a in self.roles if a.role == role)

    @property
    def expected_headcount(self) -> int | None:
        """How many people are expected: the session's total, else the sum per party
        (an estimate where the counts are approximate), or None when none is given."""
        count = self.expected_count
        return count.estimate if count is not None else None

    @functools.cached_property
    def expected_count(self) -> Count | None:
        """The expected headcount as a :class:`~plein.model.Count`, or None: the
        session's total, else the sum per party (a lower bound only, ``>=``, when some
        party taking part has no count)."""
        return self.expected or _total([p.expected for p in self.parties if _counts(p)])

    @functools.cached_property
    def attended_count(self) -> Count | None:
        """The headcount seen, as a :class:`~plein.model.Count`, or None: the session's
        total, else the sum per party (a lower bound when some party present has no
        count)."""
        return self.attended or _total([p.attended for p in self.parties if _counts(p)])

    @property
    def headcount(self) -> Count | None:
        """The best count of the people at the session: seen once held, else expected."""
        return self.attended_count or self.expected_count


def _counts(party: SessionParty) -> bool:
    """Whether a party belongs in the session's sum: it takes part, or may."""
    return party.takes_part is not False


def _total(counts: list[Count | None]) -> Count | None:
    """The sum of the counts; only a lower bound when some are not known."""
    known = [c for c in counts if c is not None]
    if not known:
        return None
    total = known[0]
    for count in known[1:]:
        total = total + count
    if len(known) < len(counts) and total.low is not None:
        return Count(total.low, None, approximate=total.approximate)
    return total


@attrs.frozen
class Step:
    """A trajectory step that is not a meeting: a survey, a study, a decision.

    ``after`` lists the sessions and steps it follows; ``needs`` the actions and
    promises that must be done before it.
    """

    id: str = attrs.field(validator=check_id)
    title: str
    kind: StepKind = attrs.field(converter=StepKind)
    planned_date: EdtfDate | None = _date()
    actual_date: EdtfDate | None = _date()
    status: StepStatus | None = attrs.field(
        default=None, converter=attrs.converters.optional(StepStatus)
    )
    owner: str | None = attrs.field(default=None, validator=check_reference)
    after: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    needs: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    note: str | None = None
    extensions: Extensions = _extensions()

    @property
    def when(self) -> EdtfDate | None:
        """The date it happened, else the date it is planned for, at its precision."""
        return self.actual_date or self.planned_date

    @property
    def date(self) -> pendulum.Date | None:
        """The one day it happened or is planned for, or None when no single day is known."""
        when = self.when
        return when.day if when is not None else None

    @property
    def is_done(self) -> bool:
        """True when it happened: it has an actual date or its status says done."""
        return self.actual_date is not None or self.status is StepStatus.DONE
