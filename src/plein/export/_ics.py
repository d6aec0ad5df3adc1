"""A trajectory as an iCalendar file: its sessions as events, its follow-up as to-dos.

Every session with a date becomes a ``VEVENT``; every action and promise whose due moment
resolves to a date becomes a ``VTODO``. Times are in the IANA zone of the session (or of
the trajectory), with a ``VTIMEZONE`` block for each zone used; UTC is written as UTC.

**UIDs.** A session's stored ``uid`` is its event's UID. A session without one gets a
UUID derived from the trajectory id and the session id (:func:`uuid.uuid5`), stable as
long as neither id changes; store a ``uid`` in the design to keep updates landing on the
same event after a rename. A to-do's UID is derived the same way from the trajectory id
and the action's or promise's id.

**SEQUENCE.** A calendar program replaces an event it has seen only when the new copy
has a higher ``SEQUENCE``. A number that grows with every change needs a memory of what
was sent before, which a design does not hold. So the host keeps it: it passes the
sequence to :func:`to_ics` (one number for every entry, or one per UID), or it keeps
the calendar it exported last and lets :func:`ics_sequence` compare: an entry whose
content changed gets the previous number plus one, an unchanged entry keeps its number,
and a new entry starts at 0. Without either, every entry has ``SEQUENCE:0``.

**Cancelled, moved and gone.** A cancelled session stays in the calendar with its UID,
``STATUS:CANCELLED`` and a ``SEQUENCE`` of at least 1, so that a calendar program that
has the event removes it. A postponed session keeps its UID and moves to its new date.
Given the calendar exported last time (``previous``), an event that has disappeared from
the design is written once more, as cancelled, never silently dropped.

**Recurring follow-up.** An action or promise that recurs (``due.every``) becomes one
``VTODO`` per occurrence within a horizon, each with its own UID and a ``RELATED-TO``
the first one, not one ``VTODO`` with an ``RRULE``: calendar programs complete a
recurring to-do as a whole, so ticking off one quarter's report would tick off every
quarter after it.

**People's data.** No attendee, name or address is written unless
``include_attendees=True``: then the contact persons with an e-mail address of the
parties invited to a session become its ``ATTENDEE`` lines.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator, Mapping

import icalendar
import pendulum

from plein._settings import get_defaults, resolve_as_of
from plein.errors import UsageError
from plein.model import (
    ActionStatus,
    EdtfDate,
    FollowUp,
    Promise,
    Session,
    SessionStatus,
    Slot,
    Timeline,
    Trajectory,
    timelines,
)

__all__ = ["NAMESPACE", "ics_sequence", "session_uid", "to_ics", "todo_uid"]

#: The namespace of the UUIDs plein derives for calendar entries.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:plein:calendar")
PRODID = "-//plein//plein design calendar//EN"

_STATUS = {
    ActionStatus.OPEN: "NEEDS-ACTION",
    ActionStatus.IN_PROGRESS: "IN-PROCESS",
    ActionStatus.PARTLY_DONE: "IN-PROCESS",
    ActionStatus.DONE: "COMPLETED",
    ActionStatus.DROPPED: "CANCELLED",
}
# iCalendar text may hold no control characters but tab and line feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# An e-mail address as a mailto: URI can hold it: no spaces, no control characters.
_ADDRESS = re.compile(r"[^\s@\x00-\x1f\x7f]+@[^\s@\x00-\x1f\x7f]+")
# The properties that say nothing about the content of an entry.
_NOT_CONTENT = ("DTSTAMP", "SEQUENCE")
_DAY = 24 * 60
# How far ahead a recurring to-do is written out, one entry per occurrence.
_HORIZON = dt.timedelta(weeks=52)
# How the walk-in is labelled in an event's description.
_WALK_IN = "inloop / walk-in"
# EDTF's marks of an approximate (~, %) or uncertain (?, %) date.
_QUALIFIERS = re.compile("[~?%]")
# The first line of the description of an event on a day the design is not sure of.
_UNCERTAIN = "datum onzeker / date uncertain"
_APPROXIMATE = "datum bij benadering / date approximate"
# The DTSTAMP of a calendar made only to be compared (DTSTAMP is not compared).
_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def session_uid(trajectory: Trajectory, session: Session) -> str:
    """The UID of a session's event: its stored ``uid``, else a UUID derived from the ids.

    >>> import plein
    >>> design = plein.examples.load("shopping-centre")
    >>> session_uid(design, design.sessions[0])
    '6f1c2a52-5d0e-4d43-9a57-2f0d8d0c1a01'
    """
    if session.uid:
        return session.uid
    return str(uuid.uuid5(NAMESPACE, f"{trajectory.id}/{session.id}"))


def todo_uid(trajectory: Trajectory, item: FollowUp) -> str:
    """The UID of the to-do of an action or promise: a UUID derived from the ids."""
    return str(uuid.uuid5(NAMESPACE, f"{trajectory.id}/{item.id}"))


def to_ics(
    trajectory: Trajectory,
    *,
    include_attendees: bool = False,
    sequence: int | Mapping[str, int] | None = None,
    as_of: dt.date | None = None,
    windows: Mapping[str, str] | None = None,
    previous: str | None = None,
    horizon: pendulum.Duration | None = None,
) -> str:
    """The trajectory as iCalendar text (RFC 5545): sessions as events, follow-up as to-dos.

    A session's event runs from its programme's first block (the walk-in included, and
    labelled so in the description) to the end of its last block, when the timeline
    (:func:`plein.timeline`) knows them; else from the start of its own ``window`` to
    its end; it is an all-day event (``DTSTART;VALUE=DATE``) on its day when the design
    states neither. A dagdeel alone states no time: the model's usual windows (evening
    19:00-22:30, ...) only lay out the programme and are not written as the event's
    time; a dagdeel's window given in ``windows`` (as ``plein ics --config`` gives the
    configured ones) is, as the caller's statement of when that dagdeel runs. Times
    are in the session's zone and count real minutes, so an event on the night the
    clocks change lasts as long as it really does; a time that the clock shows twice
    that night is written in UTC.

    A session on an uncertain day (``2021-04-21?``) or an approximate one
    (``2021-04-21~``, always all day) is an event on that day with ``STATUS:TENTATIVE``
    (``CANCELLED`` for a cancelled one) and a first description line that says the date
    is uncertain or approximate. A session whose date is only a month, a season, a year
    or a period, or that has no date, is left out: the calendar would have to make up a
    day. So are actions and promises whose due moment does not resolve to a date.

    An event's UID is the session's stored ``uid``, else a UUID derived from the
    trajectory id and the session id (:func:`uuid.uuid5`, see :func:`session_uid`); a
    to-do's is derived from the trajectory id and its own id. ``sequence`` is the
    ``SEQUENCE`` of every entry, or a mapping from UID to sequence (see
    :func:`ics_sequence`); 0 where not given, at least 1 for a cancelled session.
    ``previous`` is the calendar exported last time: the sequences follow from it, and
    its events that are gone from the design come back as cancelled. ``as_of`` is the
    moment of the export (``DTSTAMP``; an aware date-time), now by default (the date set
    by :func:`plein.set_defaults`, when one is set); a date
    (``datetime.date``, ``pendulum.Date``) is the start of that day in the trajectory's
    time zone, as the checks read it; a recurring
    to-do has an entry for each occurrence up to ``horizon`` (52 weeks by default)
    after it.

    >>> import plein, pendulum
    >>> design = plein.examples.load("shopping-centre")
    >>> text = to_ics(design, as_of=pendulum.datetime(2026, 1, 5, tz="UTC"))
    >>> [line for line in text.splitlines() if line.startswith("DTSTART;TZID")][0]
    'DTSTART;TZID=Europe/Amsterdam:20260212T190000'
    >>> "ATTENDEE" in text
    False
    """
    stamp = _stamp(as_of, trajectory.timezone)
    if previous is not None and sequence is None:
        sequence = ics_sequence(
            previous, trajectory, include_attendees=include_attendees, windows=windows
        )
    sequences = _sequences(sequence)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("name", _Text(_line(trajectory.title)))
    calendar.add("x-wr-calname", _Text(_line(trajectory.title)))
    zones: dict[str, list[dt.date]] = {}
    entries: list[icalendar.Event | icalendar.Todo] = []
    for line in timelines(trajectory, windows=windows):
        day = _event_day(line.session)
        if day is None:
            continue
        entries.append(_event(trajectory, line, day, windows or {}, include_attendees))
        zones.setdefault(line.zone, []).append(day)
    until = stamp.date() + (horizon or _HORIZON)
    entries.extend(_todos(trajectory, until))
    gone = list(_gone(previous, {str(entry["UID"]) for entry in entries}))
    for event in gone:  # a gone event keeps its zone: the calendar must still define it
        start = event.get("DTSTART")
        zone = start.params.get("TZID") if start is not None else None
        if zone:
            moment = event.decoded("DTSTART")
            day = moment.date() if isinstance(moment, dt.datetime) else moment
            zones.setdefault(str(zone), []).append(day)
    for zone in sorted(zones):  # the zones first, so a reader knows them before use
        timezone = _vtimezone(zone, zones[zone])
        if timezone is not None:
            calendar.add_component(timezone)
    for entry in entries:
        _stamp_entry(entry, stamp, sequences)
        calendar.add_component(entry)
    for event in gone:
        event.add("dtstamp", stamp)
        calendar.add_component(event)
    text: str = calendar.to_ical().decode("utf-8")
    return text


def ics_sequence(
    previous: str,
    trajectory: Trajectory,
    *,
    include_attendees: bool = False,
    windows: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """The ``SEQUENCE`` of each entry, given the calendar text exported last time.

    An entry whose content (anything but ``DTSTAMP`` and ``SEQUENCE``) differs from its
    previous copy gets the previous sequence plus one; an unchanged entry keeps it; a new
    entry gets 0. Pass the result to :func:`to_ics` as ``sequence``, with the same
    ``include_attendees`` and ``windows``. Raises :class:`~plein.UsageError` when
    ``previous`` is not iCalendar text.

    >>> import attrs, plein, pendulum
    >>> design = plein.examples.load("shopping-centre")
    >>> sent = to_ics(design, as_of=pendulum.datetime(2026, 1, 5, tz="UTC"))
    >>> last = attrs.evolve(design.sessions[2], venue="Sporthal De Hoef")
    >>> moved = attrs.evolve(design, sessions=[*design.sessions[:2], last])
    >>> sequences = ics_sequence(sent, moved)
    >>> sequences[last.uid], sequences[design.sessions[0].uid]
    (1, 0)
    """
    try:
        before = icalendar.Calendar.from_ical(previous)
    except ValueError as exc:
        raise UsageError(f"the previous calendar cannot be read as iCalendar: {exc}") from None
    known: dict[str, tuple[int, frozenset[str]]] = {}
    for uid, component in _entries(before):
        known[uid] = (_number(component.get("SEQUENCE", 0)), _content(component))
    text = to_ics(trajectory, include_attendees=include_attendees, as_of=_EPOCH, windows=windows)
    now = icalendar.Calendar.from_ical(text)
    result: dict[str, int] = {}
    for uid, component in _entries(now):
        if uid not in known:
            result[uid] = 0
            continue
        number, content = known[uid]
        result[uid] = number if content == _content(component) else number + 1
    return result


# -- events ----------------------------------------------------------------------------


def _event_day(session: Session) -> dt.date | None:
    """The one day a session's event goes on: its date's day, also when that day is
    uncertain (``2021-04-21?``) or approximate (``2021-04-21~``); None for a date that is
    only a month, a season, a year or a period, which names no day to put it on."""
    when = session.when
    if session.date is not None:
        return _as_date(session.date)
    if when is not None and when.is_approximate and not when.is_period:
        # "about the 21st" spans days around the day it names
        try:
            named = EdtfDate(_QUALIFIERS.sub("", when.text))
        except ValueError:
            return None
        if named.earliest == named.latest:
            return _as_date(named.earliest)
    return None


def _event(
    trajectory: Trajectory,
    line: Timeline,
    day: dt.date,
    given: Mapping[str, str],
    include_attendees: bool,
) -> icalendar.Event:
    session = line.session
    when = session.when
    assert when is not None
    event = icalendar.Event()
    event.add("uid", session_uid(trajectory, session))
    event.add("summary", _Text(_text(session.title)))
    # An approximate day is no day on the clock (the timeline lays out no moments then).
    start, end = _span(line, given) if session.date is not None else (None, None)
    if start is None or line.at(start) is None:
        event.add("dtstart", day)
        if day < dt.date.max:  # the calendar's last day has no day after it
            event.add("dtend", day + dt.timedelta(days=1))
    else:
        event.add("dtstart", _moment(line, start))
        if end is not None and end > start and line.at(end) is not None:
            event.add("dtend", _moment(line, end))
    firmness = None
    if when.is_approximate:
        firmness = _APPROXIMATE
    elif when.is_uncertain:
        firmness = _UNCERTAIN
    if session.state is SessionStatus.CANCELLED:
        event.add("status", "CANCELLED")
    elif firmness is not None:
        event.add("status", "TENTATIVE")
    if session.venue:
        event.add("location", _Text(_text(session.venue)))
    lines = list(_programme_lines(line))
    if firmness is not None:
        lines.insert(0, firmness)
    if lines:
        event.add("description", _Text("\n".join(lines)))
    if include_attendees:
        for address, name in _attendees(trajectory, session):
            event.add(
                "attendee",
                f"mailto:{address}",
                parameters={"CN": name, "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION"},
            )
    return event


def _span(line: Timeline, given: Mapping[str, str]) -> tuple[int | None, int | None]:
    """Start and end of the event in real minutes after the session's midnight.

    The programme's first block to its last block's end where the timeline knows
    them; the session's own window's start or end where it does not, or its dagdeel's
    window when the caller gave that one (``given``); None where neither is known.
    """
    window = line.window
    if window is not None and window.dagdeel is not None and window.dagdeel.value not in given:
        window = None  # a dagdeel's usual hours are not a time the design or caller gave
    start, end = line.start, line.end
    if start is None and window is not None:
        start = window.start
    if end is None and window is not None:
        end = window.end
    if start is None:
        return None, None
    if end is None and line.slots:
        ends = [slot.end for slot in line.slots if slot.end is not None]
        end = max(ends) if ends else None
    return start, end


def _as_date(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, day.day)


def _moment(line: Timeline, minutes: int) -> dt.datetime:
    """The moment in the session's zone; in UTC when its clock time comes twice that night."""
    moment = line.at(minutes)
    assert moment is not None
    other = moment.replace(fold=1 - moment.fold)
    if other.utcoffset() != moment.utcoffset():
        return moment.astimezone(dt.UTC)
    return moment


def _programme_lines(line: Timeline) -> Iterator[str]:
    for slot in line.slots:
        title = _text(slot.block.title)
        if slot.is_walk_in:
            title += f" ({_WALK_IN})"
        when = line.span(slot)
        yield f"{when} {title}" if when else title
    marker: Slot | None = line.end_marker
    if marker is not None and marker.start is not None:
        yield f"{line.clock(marker.start)} {_text(marker.block.title)}"


def _attendees(trajectory: Trajectory, session: Session) -> Iterator[tuple[str, str]]:
    seen: set[str] = set()
    for invited in session.parties:
        party = trajectory.party(invited.party)
        if party is None:
            continue
        for person in party.contacts:
            address = (person.email or "").strip()
            if _ADDRESS.fullmatch(address) and address.lower() not in seen:
                seen.add(address.lower())
                yield address, _line(person.name)


# -- to-dos ----------------------------------------------------------------------------


def _todos(trajectory: Trajectory, until: dt.date) -> Iterator[icalendar.Todo]:
    for _, session, item in trajectory.follow_ups():
        if item.due is None:
            continue
        due = trajectory.due_date(item.due, session)
        if due is None:
            continue
        first_uid = todo_uid(trajectory, item)
        last = pendulum.Date(until.year, until.month, until.day)
        days = trajectory.occurrence_dates(item.due, session, last)
        for n, day in enumerate(days):
            recorded = item.recorded_occurrence(day, days[n + 1] if n + 1 < len(days) else None)
            status = recorded.status if recorded is not None else item.status
            if item.due.every is not None and recorded is None:
                status = None  # an occurrence with nothing recorded is still to do
            todo = icalendar.Todo()
            todo.add("uid", first_uid if n == 0 else _occurrence_uid(trajectory, item, day))
            todo.add("summary", _Text(_text(item.text)))
            todo.add("due", _as_date(day))
            todo.add("status", _STATUS[status or ActionStatus.OPEN])
            todo.add("categories", ["promise" if isinstance(item, Promise) else "action"])
            if session.date is not None:
                todo.add("related-to", session_uid(trajectory, session))
            if n > 0:
                todo.add("related-to", first_uid, parameters={"RELTYPE": "SIBLING"})
            yield todo


def _occurrence_uid(trajectory: Trajectory, item: FollowUp, day: dt.date) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{trajectory.id}/{item.id}/{day.isoformat()}"))


def _gone(previous: str | None, present: set[str]) -> Iterator[icalendar.Event]:
    """The previous calendar's events that are not in the new one, as cancelled."""
    if previous is None:
        return
    try:
        before = icalendar.Calendar.from_ical(previous)
    except ValueError as exc:
        raise UsageError(f"the previous calendar cannot be read as iCalendar: {exc}") from None
    for component in before.walk("VEVENT"):
        uid = str(component.get("UID", ""))
        if not uid or uid in present:
            continue
        event = icalendar.Event()
        for key, value in component.property_items(recursive=False):
            if key in ("BEGIN", "END", "DTSTAMP", "SEQUENCE", "STATUS"):
                continue
            event.add(key, value, encode=False)
        number = _number(component.get("SEQUENCE", 0))
        cancelled = str(component.get("STATUS", "")).upper() == "CANCELLED"
        event.add("sequence", number if cancelled else number + 1)
        event.add("status", "CANCELLED")
        yield event


def _number(raw: object) -> int:
    try:
        return int(str(raw))
    except ValueError:
        return 0


# -- shared ----------------------------------------------------------------------------


class _Text(icalendar.vText):
    """A TEXT value written exactly: icalendar's own escaping reads the two characters
    ``\\N`` in a string as a line break, so a title holding them would change."""

    def to_ical(self) -> bytes:
        escaped = (
            str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n")
        )  # fmt: skip
        return escaped.encode("utf-8")  # what the whole calendar is written in


def _text(value: str) -> str:
    """Text a calendar can hold: control characters become spaces, line ends kept."""
    return _CONTROL.sub(" ", value.replace("\r\n", "\n").replace("\r", "\n"))


def _line(value: str) -> str:
    """Text for a value that is one line (a calendar's name, a person's name)."""
    return " ".join(_text(value).split("\n"))


def _stamp(as_of: dt.date | None, timezone: str) -> dt.datetime:
    if as_of is None:
        as_of = get_defaults().as_of  # a pinned date gives the same calendar on every run
        if as_of is None:
            return dt.datetime.now(dt.UTC).replace(microsecond=0)
    if isinstance(as_of, dt.date) and not isinstance(as_of, dt.datetime):
        day = resolve_as_of(as_of, timezone)
        as_of = pendulum.datetime(day.year, day.month, day.day, tz=timezone)
    if not isinstance(as_of, dt.datetime) or as_of.utcoffset() is None:
        raise UsageError("as_of must be a date-time with a time zone, for example in UTC")
    moment = as_of.astimezone(dt.UTC).replace(microsecond=0)
    return dt.datetime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
        tzinfo=dt.UTC,
    )  # fmt: skip


def _sequences(sequence: int | Mapping[str, int] | None) -> Mapping[str, int] | int:
    if sequence is None:
        return 0
    values = [sequence] if isinstance(sequence, int) else list(sequence.values())
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise UsageError("a SEQUENCE is a whole number of at least 0")
    return sequence


def _stamp_entry(
    component: icalendar.Event | icalendar.Todo,
    stamp: dt.datetime,
    sequences: Mapping[str, int] | int,
) -> None:
    component.add("dtstamp", stamp)
    uid = str(component["UID"])
    number = sequences if isinstance(sequences, int) else sequences.get(uid, 0)
    if str(component.get("STATUS", "")) == "CANCELLED" and isinstance(component, icalendar.Event):
        number = max(number, 1)  # it replaces the invitation sent before
    component.add("sequence", number)


def _vtimezone(zone: str, days: list[dt.date]) -> icalendar.Timezone | None:
    """The zone's VTIMEZONE for the years the sessions fall in (None for UTC)."""
    if zone in ("UTC", "Etc/UTC", "Etc/UCT", "UCT", "Zulu", "Etc/Zulu", "Universal"):
        return None
    make = getattr(icalendar.Timezone, "from_tzid", None)
    if make is None:  # pragma: no cover - an icalendar that cannot make VTIMEZONEs
        return None
    first = dt.date(min(days).year, 1, 1)
    last = dt.date(min(max(days).year + 1, dt.MAXYEAR), 1, 1)
    timezone: icalendar.Timezone = make(zone, first_date=first, last_date=last)
    return timezone


def _entries(calendar: icalendar.Calendar) -> Iterator[tuple[str, icalendar.Component]]:
    for component in calendar.walk():
        if component.name in ("VEVENT", "VTODO") and "UID" in component:
            yield str(component["UID"]), component


def _content(component: icalendar.Component) -> frozenset[str]:
    lines = component.content_lines()
    return frozenset(
        str(line)
        for line in lines
        if line and not any(str(line).startswith(name) for name in _NOT_CONTENT)
    )
