"""The promise ledger of a trajectory: agreements kept, and broken, as of a date.

Every action of an agreement and every promise of the organiser is a row: who owns it
(a role assignment's owner is its party), the last day it is due (resolved through
:meth:`~plein.model.Trajectory.due_date`) and its **state** as of the date:

* ``kept``: done on or before the day it was due (or done, with no due day or no date
  it was done: nothing shows it was late);
* ``kept-late``: done after the day it was due;
* ``partly-kept``: partly done;
* ``broken``: dropped, or recorded as open (or in progress) after the day it was due;
* ``open``: not yet due (or with no due day), and recorded as open or in progress (or
  as done or dropped only after the date);
* ``not-recorded``: its status is not recorded, due or not: never read as broken, nor
  as open (a record that does not say where an item stands is not taken to say
  "open").

Status changes are read through ``statusDate`` (an EDTF date): an item surely done or
dropped after the date asked about was still open on it. A recurring item
(``due.every``) is a row per occurrence that has fallen due by the date: each takes the
status recorded for it in ``occurrences`` (matched by its due date), and an occurrence
with no recorded status is ``not-recorded``, not broken; the one still to come, with no
record of its own, stands as the duty does when the duty is recorded as open or in
progress. An item owned jointly counts
for each owning party.

A session **starts with broken promises** (:func:`broken_before_sessions`) when an
action or promise of an earlier session was due before it and, on the session's date,
was dropped or still open.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import attrs
import pendulum

from plein._settings import resolve_as_of, resolve_lang
from plein.model import (
    ActionStatus,
    EdtfDate,
    FollowUp,
    Path,
    Promise,
    RoleAssignment,
    Session,
    Trajectory,
)
from plein.model._display import render_bundle, render_html

__all__ = [
    "Backlog",
    "Ledger",
    "LedgerRow",
    "PromiseState",
    "Tally",
    "broken_before_sessions",
    "promise_ledger",
    "promise_state",
]

Lang = Literal["en", "nl"]


class PromiseState(enum.StrEnum):
    """Where an action or promise stands on a date, as the parties see it."""

    KEPT = "kept"
    KEPT_LATE = "kept-late"
    PARTLY_KEPT = "partly-kept"
    BROKEN = "broken"
    OPEN = "open"
    NOT_RECORDED = "not-recorded"


def _changed_by(
    status: ActionStatus | None,
    status_date: EdtfDate | None,
    wanted: ActionStatus,
    as_of: pendulum.Date,
) -> bool:
    if status is not wanted:
        return False
    return status_date is None or status_date.earliest <= as_of


def promise_state(item: FollowUp, due: pendulum.Date | None, as_of: pendulum.Date) -> PromiseState:
    """The state of ``item``, due on ``due`` (None: no due day), as of ``as_of``.

    >>> from plein.model import Action
    >>> done = Action(id="a", text="Send the minutes", status="done", status_date="2026-03-10")
    >>> day = pendulum.Date(2026, 3, 1)
    >>> promise_state(done, day, pendulum.Date(2026, 4, 1)).value
    'kept-late'
    >>> promise_state(done, day, pendulum.Date(2026, 3, 5)).value
    'broken'
    """
    return _state(item.status, item.status_date, due, as_of)


def _state(
    status: ActionStatus | None,
    status_date: EdtfDate | None,
    due: pendulum.Date | None,
    as_of: pendulum.Date,
) -> PromiseState:
    if status is None:  # nothing recorded: neither open nor broken
        return PromiseState.NOT_RECORDED
    if _changed_by(status, status_date, ActionStatus.DONE, as_of):
        late = due is not None and status_date is not None and status_date.earliest > due
        return PromiseState.KEPT_LATE if late else PromiseState.KEPT
    if _changed_by(status, status_date, ActionStatus.DROPPED, as_of):
        return PromiseState.BROKEN
    if _changed_by(status, status_date, ActionStatus.PARTLY_DONE, as_of):
        return PromiseState.PARTLY_KEPT
    if due is None or as_of <= due:
        return PromiseState.OPEN
    return PromiseState.BROKEN


@attrs.frozen
class LedgerRow:
    """One action or promise in the ledger, with its state on the ledger's date."""

    id: str
    #: ``action`` (of an agreement) or ``promise`` (of the organiser).
    kind: str
    text: str
    #: The session that made it.
    session: str
    #: The agreement it belongs to; None for a promise.
    agreement: str | None
    #: The owner as written: a party, or a role assignment (the lead of a joint duty).
    owner: str | None
    #: The party that owns it (through the role assignment), when known.
    party: str | None
    #: The last day it is due, when that resolves.
    due: pendulum.Date | None
    #: The recorded status; None when not recorded.
    status: ActionStatus | None
    status_date: EdtfDate | None
    state: PromiseState
    #: Where it stands in the design.
    path: Path
    #: Every party that owns it (more than one for a joint duty).
    parties: tuple[str, ...] = ()
    #: For a recurring duty: which occurrence (1 is the first); None otherwise.
    occurrence: int | None = None

    @property
    def is_promise(self) -> bool:
        """True for an organiser's promise, False for an action of an agreement."""
        return self.kind == "promise"

    def days_late(self, as_of: pendulum.Date) -> int | None:
        """Days past the due day: when it was done (kept late) or ``as_of`` (still open)."""
        if self.due is None:
            return None
        done = self.status_date.day if self.status_date is not None else None
        if self.state is PromiseState.KEPT_LATE and done is not None:
            return done.toordinal() - self.due.toordinal()
        if self.state is PromiseState.BROKEN and as_of > self.due:
            dropped = self.status is ActionStatus.DROPPED
            if not dropped:
                return as_of.toordinal() - self.due.toordinal()
        return None

    def is_dropped(self, as_of: pendulum.Date) -> bool:
        """Whether it was dropped on or before ``as_of``."""
        return _changed_by(self.status, self.status_date, ActionStatus.DROPPED, as_of)


@attrs.frozen
class Tally:
    """How many actions and promises one party kept, kept late, broke and has open.

    ``party`` is None for items whose owner is not a known party.
    """

    party: str | None
    kept: int = 0
    kept_late: int = 0
    partly_kept: int = 0
    broken: int = 0
    open: int = 0
    not_recorded: int = 0

    @property
    def total(self) -> int:
        """Every action and promise of the party."""
        return sum(self.count(state) for state in PromiseState)

    def count(self, state: PromiseState) -> int:
        """How many of the party's items are in ``state``."""
        found: int = getattr(self, _FIELD[state])
        return found


_FIELD = {state: state.value.replace("-", "_") for state in PromiseState}

_STATES = {
    "en": {
        PromiseState.KEPT: "kept",
        PromiseState.KEPT_LATE: "kept late",
        PromiseState.PARTLY_KEPT: "partly kept",
        PromiseState.BROKEN: "broken",
        PromiseState.OPEN: "open",
        PromiseState.NOT_RECORDED: "status not recorded",
    },
    "nl": {
        PromiseState.KEPT: "nagekomen",
        PromiseState.KEPT_LATE: "te laat nagekomen",
        PromiseState.PARTLY_KEPT: "deels nagekomen",
        PromiseState.BROKEN: "gebroken",
        PromiseState.OPEN: "open",
        PromiseState.NOT_RECORDED: "stand niet vastgelegd",
    },
}


@attrs.frozen
class _Words:
    title: str
    kinds: Mapping[str, str]
    header: tuple[str, ...]
    party: str
    none: str
    dropped: str
    late: str
    overdue: str
    no_party: str


_WORDS = {
    "en": _Words(
        title="Promises and actions as of {date}",
        kinds={"action": "action", "promise": "promise"},
        header=("state", "kind", "id", "party", "due", "done", "session", "note"),
        party="party",
        none="(none)",
        dropped="dropped",
        late="{n} days late",
        overdue="{n} days overdue",
        no_party="(no party)",
    ),
    "nl": _Words(
        title="Toezeggingen en actiepunten per {date}",
        kinds={"action": "actiepunt", "promise": "toezegging"},
        header=("stand", "soort", "id", "partij", "deadline", "gedaan", "bijeenkomst", "noot"),
        party="partij",
        none="(geen)",
        dropped="geschrapt",
        late="{n} dagen te laat",
        overdue="{n} dagen over de deadline",
        no_party="(geen partij)",
    ),
}


@attrs.frozen
class Ledger:
    """Every action and promise of a trajectory with its state as of one date.

    ``rows`` keep the design's order: session by session, the actions of its
    agreements and then its promises. ``tallies`` count them per owning party, in
    order of first appearance (items without a known party last).
    """

    as_of: pendulum.Date
    rows: tuple[LedgerRow, ...]
    tallies: tuple[Tally, ...]
    #: The names of the parties and the titles of the sessions and steps, by id, so that
    #: a view of the ledger can show names (empty for a ledger made by hand).
    names: tuple[tuple[str, str], ...] = ()

    def name(self, id: str) -> str:
        """The name of the party, or the title of the session or step, ``id``; else the id."""
        return dict(self.names).get(id, id)

    def _repr_html_(self) -> str | None:
        return render_html(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str] | None:
        return render_bundle(self, include, exclude)

    def in_state(self, state: PromiseState | str) -> tuple[LedgerRow, ...]:
        """The rows in ``state``."""
        wanted = PromiseState(state)
        return tuple(row for row in self.rows if row.state is wanted)

    def tally(self, party: str | None) -> Tally:
        """The counts of one party (all zero when it owns nothing)."""
        return next((t for t in self.tallies if t.party == party), Tally(party))

    def counts(self) -> Mapping[PromiseState, int]:
        """How many rows are in each state (every state present)."""
        found = dict.fromkeys(PromiseState, 0)
        for row in self.rows:
            found[row.state] += 1
        return found

    def to_text(self, lang: Lang | None = None) -> str:
        """The ledger as a plain-text table, in English (``en``, the default) or Dutch (``nl``).

        Unset, ``lang`` comes from :func:`plein.set_defaults` when it was called.
        """
        lang = resolve_lang(lang, "en")
        words = _WORDS["nl" if lang == "nl" else "en"]
        states = _STATES["nl" if lang == "nl" else "en"]
        counts = self.counts()
        summary = ", ".join(f"{counts[state]} {states[state]}" for state in PromiseState)
        lines = [f"{words.title.format(date=self.as_of)}: {summary}", ""]
        if not self.rows:
            return "\n".join([*lines, words.none]) + "\n"
        table = [
            (
                states[row.state],
                words.kinds[row.kind],
                row.id if row.occurrence is None else f"{row.id} #{row.occurrence}",
                ", ".join(row.parties) or "-",
                str(row.due) if row.due is not None else "-",
                str(row.status_date or "-") if row.state in _DONE else "-",
                row.session,
                self._note(row, words),
            )
            for row in self.rows
        ]
        lines += _columns([words.header, *table])
        lines.append("")
        tally_header = (words.party, *(states[state] for state in PromiseState))
        tally_rows = [
            (
                tally.party or words.no_party,
                *(str(tally.count(state)) for state in PromiseState),
            )
            for tally in self.tallies
        ]
        lines += _columns([tally_header, *tally_rows], numeric_from=1)
        return "\n".join(lines) + "\n"

    def _note(self, row: LedgerRow, words: _Words) -> str:
        if row.state is PromiseState.BROKEN and row.is_dropped(self.as_of):
            return words.dropped
        late = row.days_late(self.as_of)
        if late is None:
            return ""
        text = words.late if row.state is PromiseState.KEPT_LATE else words.overdue
        return text.format(n=late)


_DONE = frozenset({PromiseState.KEPT, PromiseState.KEPT_LATE})


def _columns(rows: list[tuple[str, ...]], numeric_from: int | None = None) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for r, row in enumerate(rows):
        cells = []
        for i, cell in enumerate(row):
            right = numeric_from is not None and i >= numeric_from and r > 0
            cells.append(cell.rjust(widths[i]) if right else cell.ljust(widths[i]))
        lines.append("  ".join(cells).rstrip())
        if r == 0:
            lines.append("  ".join("-" * width for width in widths))
    return lines


@attrs.frozen
class _Entry:
    path: Path
    index: int  # the session's index in the design
    session: Session
    item: FollowUp
    agreement: str | None
    due: pendulum.Date | None
    parties: tuple[str, ...]
    status: ActionStatus | None
    status_date: EdtfDate | None
    occurrence: int | None = None

    def row(self, as_of: pendulum.Date) -> LedgerRow:
        item = self.item
        return LedgerRow(
            id=item.id,
            kind="promise" if isinstance(item, Promise) else "action",
            text=item.text,
            session=self.session.id,
            agreement=self.agreement,
            owner=item.owner,
            party=self.parties[0] if self.parties else None,
            due=self.due,
            status=self.status,
            status_date=self.status_date,
            state=_state(self.status, self.status_date, self.due, as_of),
            path=self.path,
            parties=self.parties,
            occurrence=self.occurrence,
        )


#: A recurring duty's own status that its occurrence still to come takes, unrecorded.
_UNDER_WAY = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})

#: How far ahead of a date the next occurrence of a recurring duty is looked for.
_HORIZON = pendulum.duration(years=2)


def _entries(trajectory: Trajectory, as_of: pendulum.Date | None = None) -> Iterator[_Entry]:
    by_id: dict[str, RoleAssignment] = {}
    for _, assignment in trajectory.role_assignments():
        if assignment.id is not None:
            by_id.setdefault(assignment.id, assignment)

    def party_of(owner: str) -> str | None:
        if trajectory.party(owner) is not None:
            return owner
        assignment = by_id.get(owner)
        return assignment.party if assignment is not None else None

    def entries(
        path: Path, s: int, session: Session, item: FollowUp, agr: str | None
    ) -> Iterator[_Entry]:
        found = (party_of(owner) for owner in item.responsible)
        parties = tuple(dict.fromkeys(p for p in found if p is not None))
        due = trajectory.due_date(item.due, session) if item.due is not None else None
        if item.due is None or item.due.every is None or due is None:
            yield _Entry(path, s, session, item, agr, due, parties, item.status, item.status_date)
            return
        until = as_of or due
        # Every occurrence due by the date, and the next one still to come.
        days = trajectory.occurrence_dates(item.due, session, _ahead(until))
        days = [day for i, day in enumerate(days) if day <= until or i == 0 or days[i - 1] <= until]
        for n, day in enumerate(days, start=1):
            recorded = item.recorded_occurrence(day, days[n] if n < len(days) else None)
            status = recorded.status if recorded is not None else None
            done_on = recorded.status_date if recorded is not None else None
            if recorded is None and day > until and item.status in _UNDER_WAY:
                status = item.status  # the one still to come stands as the duty does
            yield _Entry(path, s, session, item, agr, day, parties, status, done_on, n)

    for s, session in enumerate(trajectory.sessions):
        for a, agreement in enumerate(session.agreements):
            for i, action in enumerate(agreement.actions):
                path: Path = ("sessions", s, "agreements", a, "actions", i)
                yield from entries(path, s, session, action, agreement.id)
        for i, promise in enumerate(session.promises):
            yield from entries(("sessions", s, "promises", i), s, session, promise, None)


def _ahead(day: pendulum.Date) -> pendulum.Date:
    """The horizon after ``day``, or the calendar's last day when that comes first."""
    try:
        return day + _HORIZON
    except (OverflowError, ValueError):
        return pendulum.Date(9999, 12, 31)


def promise_ledger(trajectory: Trajectory, as_of: dt.date | None = None) -> Ledger:
    """Every action and promise of ``trajectory``, with its state as of ``as_of``.

    ``as_of`` defaults to the date set by :func:`plein.set_defaults`, else today in the
    trajectory's time zone.

    A recurring duty gives a row for each occurrence due by ``as_of``, and one for the
    next occurrence to come. ``as_of`` counts as a day in the trajectory's time zone.
    """
    as_of = resolve_as_of(as_of, trajectory.timezone)
    rows = tuple(entry.row(as_of) for entry in _entries(trajectory, as_of))
    tallies: dict[str | None, dict[str, int]] = {}
    for row in rows:
        for party in row.parties or (None,):
            counts = tallies.setdefault(party, dict.fromkeys(_FIELD.values(), 0))
            counts[_FIELD[row.state]] += 1
    order = sorted(tallies, key=lambda party: party is None)
    names = tuple((p.id, p.name) for p in trajectory.parties)
    names += tuple((node.id, node.title) for node in trajectory.nodes())
    return Ledger(as_of, rows, tuple(Tally(party, **tallies[party]) for party in order), names)


@attrs.frozen
class Backlog:
    """The broken promises a session starts with.

    ``judged_on`` is the session's date, or the date asked about when the session is
    still to come; each row's state is as of that day.
    """

    session: str
    #: The session's index in the design.
    index: int
    date: pendulum.Date
    judged_on: pendulum.Date
    rows: tuple[LedgerRow, ...]


def _key_date(entry: _Entry) -> pendulum.Date | None:
    """The day from which an item can be broken: its due day, or the day it was dropped."""
    candidates: list[pendulum.Date | None] = [entry.due]
    if entry.status is ActionStatus.DROPPED:
        dropped = entry.status_date.earliest if entry.status_date is not None else None
        candidates.append(dropped or entry.session.date)
    known = [day for day in candidates if day is not None]
    return min(known) if known else None


def broken_before_sessions(trajectory: Trajectory, as_of: dt.date) -> tuple[Backlog, ...]:
    """The sessions that start with broken promises, as of ``as_of``, in design order.

    The sessions judged are those held by ``as_of`` (their date is on or before it)
    and the next one planned after it. An action or promise of an earlier session is
    named at the first of those sessions that comes after its due day (or the day it
    was dropped) when, on that session's date, it was dropped or still open. One that
    is still open and overdue on ``as_of`` is named at the next planned session too.
    """
    as_of = resolve_as_of(as_of, trajectory.timezone)
    dated: list[tuple[pendulum.Date, int]] = []
    for i, session in enumerate(trajectory.sessions):
        if session.date is not None:
            dated.append((session.date, i))
    held = sorted((day, i) for day, i in dated if day <= as_of)
    future = [day for day, _ in dated if day > as_of]
    groups: dict[pendulum.Date, list[int]] = {}
    for day, i in held:
        groups.setdefault(day, []).append(i)
    upcoming = min(future) if future else None
    if upcoming is not None:
        groups[upcoming] = [i for day, i in dated if day == upcoming]
    days = sorted(groups)
    found: dict[int, list[LedgerRow]] = {}
    for entry in _entries(trajectory, as_of):
        key = _key_date(entry)
        if key is None:
            continue
        start = bisect.bisect_right(days, key)
        made = entry.session.date
        if made is not None:
            start = max(start, bisect.bisect_right(days, made))
        first = None
        if start < len(days):
            first = days[start]
            judged_on = min(first, as_of)
            row = entry.row(judged_on)
            if row.state is PromiseState.BROKEN:
                for i in groups[first]:
                    if i != entry.index:
                        found.setdefault(i, []).append(row)
        if upcoming is not None and first != upcoming:
            now = entry.row(as_of)
            if now.state is PromiseState.BROKEN and not now.is_dropped(as_of):
                for i in groups[upcoming]:
                    if i != entry.index and (made is None or made < upcoming):
                        found.setdefault(i, []).append(now)
    sessions = trajectory.sessions
    result = []
    for i in sorted(found):
        held_on = sessions[i].date
        if held_on is not None:
            result.append(Backlog(sessions[i].id, i, held_on, min(held_on, as_of), tuple(found[i])))
    return tuple(result)
