"""A session's programme on the clock: the one timeline the checks, report and calendar use.

:func:`timeline` lays a session's programme out in **real minutes** since the midnight
that starts the session's date, in the session's zone (else the trajectory's). On most
days that is the clock time; on the night the clocks change it is not, and the timeline
keeps both apart: lengths and ends are counted in real minutes, and every clock time is
printed by :meth:`Timeline.clock`, which gives the time on the wall that night.

How a programme is laid out:

- a block's start is its clock ``start`` when it has one, else the end of the block
  before it;
- its length is its ``minutes``; else the time from its start to its ``end``; else its
  longest parallel track; else, when it has a clock start and the next block has one
  too, the time until the next block starts (a programme written as start times only:
  "19:30 welcome, 19:40 the plans, 20:10 tables");
- a last block of kind ``end``, or a last block without a length that starts when the
  session's window ends, is the **end marker** ("22:00 end"): not a block but the
  moment the session ends (:attr:`Timeline.end_marker`);
- an unknown length leaves the rest of the layout unknown until the next clock start;
- the blocks before the first clock start are laid out backwards from it, as long as
  their lengths are known; with no clock start at all, nothing is placed on the clock;
- a clock start is read as the nearest moment with that clock time after the block
  before it: past midnight it is on the next day, and on the autumn night the clocks go
  back, an hour that comes twice is the one nearest the block before.

A block of zero minutes is a moment, not a slot (:attr:`Slot.is_moment`).

The walk-in (a block of kind ``walk-in``, or whose work format is a walk-in) is kept
apart from the content; so are meals, social time and back-office blocks
(:attr:`~plein.model.BlockKind.is_content`). The content is the work and the breaks
between it. A break is a block of kind ``break`` or whose format is a break.

The window a session must fit is its own ``window`` when given, else its dagdeel's
window from ``windows`` (see :data:`DEFAULT_WINDOWS`). A window that ends at or before
it starts ends on the next day (``"21:00-01:00"``, ``"19:00-24:00"``).

>>> import plein
>>> design = plein.examples.load("shopping-centre")
>>> line = plein.timeline(design.sessions[0], design)
>>> [(line.clock(s.start), line.clock(s.end)) for s in line.slots][:2]
[('19:00', '19:30'), ('19:30', '19:45')]
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping

import attrs
import pendulum

from plein.errors import PleinError
from plein.model._entities import Block, Session
from plein.model._trajectory import Trajectory
from plein.model._values import Path
from plein.model._vocab import BlockKind, Dagdeel
from plein.workformats._format import Arc
from plein.workformats._registry import Catalogue, default_catalogue

__all__ = [
    "DEFAULT_WINDOWS",
    "ClockWindow",
    "Slot",
    "Stretch",
    "Timeline",
    "clock",
    "parse_span",
    "timeline",
    "timelines",
]

#: The clock window of each dagdeel unless the checks' ``windows`` option says otherwise.
DEFAULT_WINDOWS: Mapping[str, str] = {
    "morning": "09:00-12:30",
    "afternoon": "13:30-17:30",
    "evening": "19:00-22:30",
}

_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_DAY = 24 * 60
_UTC = dt.UTC


def parse_span(text: object) -> tuple[int, int] | None:
    """The start and end of an ``"HH:MM-HH:MM"`` span in clock minutes, or None.

    An end at or before the start is on the next day; ``24:00`` is the midnight that
    ends the day. A span that starts and ends at the same time is not one.

    >>> parse_span("19:00-22:30"), parse_span("21:00-01:00"), parse_span("19:00-24:00")
    ((1140, 1350), (1260, 1500), (1140, 1440))
    >>> parse_span("19:00-19:00"), parse_span("evening"), parse_span("19:00:30-22:00")
    (None, None, None)
    """
    if not isinstance(text, str):
        return None
    match = _SPAN.match(text)
    if match is None:
        return None
    h1, m1, h2, m2 = (int(part) for part in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2 > 0):
        return None
    start, end = h1 * 60 + m1, (h2 * 60 + m2) % _DAY
    if end == start:
        return None
    return (start, end if end > start else end + _DAY)


def clock(minutes: int) -> str:
    """A number of clock minutes since midnight as a time of day (no zone, no DST).

    >>> clock(1350), clock(1450), clock(-30)
    ('22:30', '00:10', '23:30')
    """
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


@attrs.frozen
class ClockWindow:
    """The window a session must fit, in real minutes since the session's midnight.

    ``dagdeel`` is None when the session gives its own window. ``wall`` holds the
    window's start and end as clock times (``"21:00"``, ``"01:00"``).
    """

    start: int
    end: int
    dagdeel: Dagdeel | None = None
    wall: tuple[str, str] | None = None

    @property
    def minutes(self) -> int:
        """How long the window is, in real minutes."""
        return self.end - self.start

    @property
    def span(self) -> str:
        """The window as ``HH:MM-HH:MM``, as the clock shows it."""
        first, last = self.wall or (clock(self.start), clock(self.end))
        return f"{first}-{last}"


@attrs.frozen
class Slot:
    """One block laid out on the timeline; ``start``, ``end`` and ``length`` None where unknown.

    ``start`` and ``end`` are real minutes since the session's midnight; print them
    with :meth:`Timeline.clock`.
    """

    index: int
    path: Path
    block: Block
    start: int | None
    end: int | None
    length: int | None
    is_walk_in: bool = False
    is_break: bool = False

    @property
    def is_content(self) -> bool:
        """Part of the participants' content: work or a break, not walk-in, meal or social."""
        return not self.is_walk_in and self.block.kind in (BlockKind.WORK, BlockKind.BREAK)

    @property
    def is_moment(self) -> bool:
        """A block of zero minutes: a moment on the clock, not a slot of time."""
        return self.length == 0

    @property
    def length_path(self) -> Path:
        """Where the block's length is written: its ``minutes``, its ``end``, else itself."""
        if self.block.minutes is not None:
            return (*self.path, "minutes")
        if self.block.end is not None:
            return (*self.path, "end")
        return self.path


@attrs.frozen
class Stretch:
    """Content blocks that run one after the other without a break between them."""

    slots: tuple[Slot, ...]

    @property
    def minutes(self) -> int | None:
        """How long the stretch runs: by the clock where it can, else its lengths added.

        None when neither is known.
        """
        first, last = self.slots[0], self.slots[-1]
        if first.start is not None and last.end is not None:
            return max(0, last.end - first.start)
        lengths = [slot.length for slot in self.slots]
        if all(length is not None for length in lengths):
            return sum(length for length in lengths if length is not None)
        return None

    @property
    def known_minutes(self) -> int:
        """The known lengths added up: the least the stretch can run."""
        return sum(slot.length for slot in self.slots if slot.length is not None)


@attrs.frozen
class Timeline:
    """One session's programme laid out on the clock, and the window it must fit.

    ``slots`` holds every block in programme order but the end marker, which is
    ``end_marker``; ``walk_in`` and ``content`` split them. ``expected`` maps each
    invited party to its expected headcount (where given). ``zone`` is the IANA zone
    the session is held in; ``home_zone`` the trajectory's (None without one).
    """

    index: int
    session: Session
    zone: str
    window: ClockWindow | None
    slots: tuple[Slot, ...]
    end_marker: Slot | None = None
    expected: Mapping[str, int] = attrs.field(factory=dict, hash=False)
    home_zone: str | None = None

    @property
    def is_abroad(self) -> bool:
        """True when the session is held in another zone than its trajectory's."""
        return self.home_zone is not None and self.zone != self.home_zone

    @property
    def path(self) -> Path:
        """The session's path in the design."""
        return ("sessions", self.index)

    @property
    def walk_in(self) -> tuple[Slot, ...]:
        """The walk-in blocks: part of the session, not of its content timebox."""
        return tuple(slot for slot in self.slots if slot.is_walk_in)

    @property
    def content(self) -> tuple[Slot, ...]:
        """The work and the breaks between it: not the walk-in, meals or social time."""
        return tuple(slot for slot in self.slots if slot.is_content)

    @property
    def content_start(self) -> int | None:
        """When the content starts, if the layout knows."""
        content = self.content
        return content[0].start if content else None

    @property
    def content_end(self) -> int | None:
        """When the content ends (the end of its last block), if the layout knows."""
        content = self.content
        return content[-1].end if content else None

    @property
    def first_clock_start(self) -> int | None:
        """The programme index of the first block with a clock start, if any."""
        return next((s.index for s in self.slots if s.block.start is not None), None)

    @property
    def is_timed(self) -> bool:
        """True when the layout knows when the programme starts and when it ends."""
        return self.start is not None and self.end is not None

    @property
    def start(self) -> int | None:
        """When the first block starts (the walk-in included), if the layout knows."""
        shown = self._shown()
        return shown[0].start if shown else None

    @property
    def end(self) -> int | None:
        """When the last block the participants are at ends, if the layout knows.

        Back-office blocks (for the organisers only) are left out.
        """
        shown = self._shown()
        return shown[-1].end if shown else None

    def _shown(self) -> tuple[Slot, ...]:
        return tuple(s for s in self.slots if s.block.kind is not BlockKind.BACK_OFFICE)

    def stretches(self) -> tuple[Stretch, ...]:
        """The content cut at its breaks (and at meals): the stretches worked without one."""
        found: list[Stretch] = []
        current: list[Slot] = []
        for slot in self.slots:
            if slot.is_walk_in:
                continue
            if slot.is_content and not slot.is_break:
                current.append(slot)
                continue
            if current:
                found.append(Stretch(tuple(current)))
            current = []
        if current:
            found.append(Stretch(tuple(current)))
        return tuple(found)

    # -- the clock -----------------------------------------------------------------------

    @property
    def date(self) -> pendulum.Date | None:
        """The session's date, which the real minutes count from (None: no date)."""
        return self.session.date

    def at(self, minutes: int) -> dt.datetime | None:
        """The moment ``minutes`` real minutes after the session's midnight, in its zone.

        None when the session has no date, or one within a week of the calendar's ends
        (year 1 and year 9999), where the moments around it cannot be written, or when
        the moment itself lies past them.
        """
        day = self.date
        if day is None or not _clocked(day):
            return None
        tz = zoneinfo.ZoneInfo(self.zone)
        try:
            return (_midnight(day, tz) + dt.timedelta(minutes=minutes)).astimezone(tz)
        except OverflowError:
            return None  # a length so long that the moment lies past the calendar's end

    def clock(self, minutes: int) -> str:
        """``minutes`` real minutes after the session's midnight as the clock shows it.

        Without a date, the clock minutes as they are (:func:`clock`).
        """
        moment = self.at(minutes)
        return clock(minutes) if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"

    def span(self, slot: Slot) -> str:
        """A slot's clock time: ``19:30-19:45``, or ``19:45`` for a moment or an open end."""
        if slot.start is None:
            return ""
        if slot.end is None or slot.is_moment:
            return self.clock(slot.start)
        return f"{self.clock(slot.start)}-{self.clock(slot.end)}"


# The days whose clock can be read: the moments a week either side of them exist in
# Python's calendar (years 1 to 9999) in every zone. Outside, minutes stay clock minutes.
_FIRST_CLOCKED, _LAST_CLOCKED = dt.date(1, 1, 8), dt.date(9999, 12, 24)


def _clocked(day: dt.date) -> bool:
    return _FIRST_CLOCKED <= day <= _LAST_CLOCKED


def _midnight(day: dt.date, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(_UTC)


class _Clock:
    """Turns clock times into real minutes since the session's midnight, in its zone."""

    def __init__(self, day: dt.date | None, zone: str) -> None:
        self.day = day
        self.tz = zoneinfo.ZoneInfo(zone)
        clocked = day is not None and _clocked(day)
        self.midnight = _midnight(day, self.tz) if day is not None and clocked else None

    def candidates(self, wall: dt.time, days_after: int = 1) -> list[int]:
        """Every real minute that shows ``wall`` on the session's day or the days after."""
        base = wall.hour * 60 + wall.minute
        if self.day is None or self.midnight is None:
            return [base + d * _DAY for d in range(days_after + 1)]
        found: set[int] = set()
        for days in range(days_after + 1):
            on = self.day + dt.timedelta(days=days)
            for fold in (0, 1):
                local = dt.datetime(
                    on.year, on.month, on.day, wall.hour, wall.minute, fold=fold, tzinfo=self.tz
                )
                moment = local.astimezone(_UTC)
                shown = moment.astimezone(self.tz)
                if fold and (shown.hour, shown.minute) != (wall.hour, wall.minute):
                    continue  # a time the clock skips that night: read it forward only
                found.add(int((moment - self.midnight).total_seconds()) // 60)
        return sorted(found)

    def nearest(self, wall: dt.time, after: int | None) -> int:
        """``wall`` as the real minute nearest ``after`` (the first on the day without it)."""
        found = self.candidates(wall)
        if after is None:
            return found[0]
        return min(found, key=lambda minute: (abs(minute - after), minute))

    def not_before(self, wall: dt.time, start: int) -> int:
        """``wall`` as the first real minute at or after ``start``."""
        days = max(1, start // _DAY + 1)
        return next(m for m in self.candidates(wall, days) if m >= start)


def timeline(
    session: Session,
    trajectory: Trajectory | None = None,
    *,
    windows: Mapping[str, str] | None = None,
    formats: Catalogue | None = None,
    zone: str | None = None,
) -> Timeline:
    """``session``'s programme laid out on the clock (see the module's description).

    ``trajectory`` (a :class:`~plein.Trajectory`) gives the zone when the session has
    none, the work formats, and the session's place in the design. ``windows`` maps a
    dagdeel to its window (``{"evening": "19:30-22:00"}``); a dagdeel left out keeps
    its default. ``formats`` is the catalogue walk-ins and breaks are looked up in
    (the trajectory's, else the built-in one); ``zone`` overrides the zone.

    >>> import plein
    >>> night = plein.Session(id="s", title="S", window=plein.Window("22:00", "04:00"),
    ...     planned_date="2026-03-28", programme=[
    ...     plein.Block(id="a", title="Night walk", start="22:30", minutes=240)])
    >>> line = plein.timeline(night)
    >>> line.window.minutes, line.window.span, line.clock(line.slots[0].end)
    (300, '22:00-04:00', '03:30')
    """
    design = trajectory
    index = 0
    if design is not None:
        found = [i for i, s in enumerate(design.sessions) if s is session]
        found = found or [i for i, s in enumerate(design.sessions) if s == session]
        index = found[0] if found else 0
    catalogue = formats if formats is not None else _catalogue(design)
    home = design.timezone if design is not None else None
    zone_name = zone or session.timezone or home or "Europe/Amsterdam"
    merged = {**DEFAULT_WINDOWS, **(windows or {})}
    return _layout(index, session, zone_name, merged, catalogue, home)


def timelines(
    trajectory: Trajectory,
    *,
    windows: Mapping[str, str] | None = None,
    formats: Catalogue | None = None,
) -> tuple[Timeline, ...]:
    """Every session's timeline, in design order (see :func:`timeline`)."""
    catalogue = formats if formats is not None else _catalogue(trajectory)
    merged = {**DEFAULT_WINDOWS, **(windows or {})}
    return tuple(
        _layout(
            i,
            session,
            session.timezone or trajectory.timezone,
            merged,
            catalogue,
            trajectory.timezone,
        )
        for i, session in enumerate(trajectory.sessions)
    )


def _catalogue(design: Trajectory | None) -> Catalogue:
    catalogue = default_catalogue()
    if design is not None and design.formats:
        try:
            catalogue = design.catalogue()
        except PleinError:  # a design's format that clashes: lay out with the catalogue
            catalogue = default_catalogue()
    return catalogue


def _layout(
    index: int,
    session: Session,
    zone: str,
    windows: Mapping[str, str],
    formats: Catalogue,
    home: str | None,
) -> Timeline:
    wall = _Clock(session.date, zone)
    window = _window(session, windows, wall)
    programme = session.programme
    starts, ends, lengths = _place(programme, wall)
    marker: Slot | None = None
    last = len(programme) - 1
    if last >= 0 and _is_end_marker(programme[last], starts[last], lengths[last], window):
        block = programme[last]
        at = starts[last]
        marker = Slot(last, ("sessions", index, "programme", last), block, at, at, 0)
        programme = programme[:last]
        if last > 0 and at is not None:
            # The block before the marker runs until it, when it has a start and no length.
            starts, ends, lengths = _place(programme, wall, end_at=at)
    slots = []
    for b, block in enumerate(programme):
        fmt = formats.get(block.format) if block.format and block.format in formats else None
        arc = fmt.arc if fmt is not None else None
        slots.append(
            Slot(
                b,
                ("sessions", index, "programme", b),
                block,
                starts[b],
                ends[b],
                lengths[b],
                is_walk_in=block.kind is BlockKind.WALK_IN or arc is Arc.WALK_IN,
                is_break=block.kind is BlockKind.BREAK or arc is Arc.BREAK,
            )
        )
    expected: dict[str, int] = {}
    for invited in session.parties:
        if invited.expected is not None:
            expected[invited.party] = expected.get(invited.party, 0) + invited.expected.estimate
    return Timeline(index, session, zone, window, tuple(slots), marker, expected, home)


def _is_end_marker(
    block: Block, start: int | None, length: int | None, window: ClockWindow | None
) -> bool:
    if block.kind is BlockKind.END:
        return True
    if block.start is None or start is None or block.minutes is not None or block.end:
        return False
    if block.tracks and length is not None:
        return False
    return window is not None and start >= window.end


def _place(
    programme: tuple[Block, ...], wall: _Clock, *, end_at: int | None = None
) -> tuple[list[int | None], list[int | None], list[int | None]]:
    """Each block's start, end and length in real minutes (None where unknown)."""
    n = len(programme)
    starts: list[int | None] = [None] * n
    ends: list[int | None] = [None] * n
    lengths: list[int | None] = [None] * n
    previous: int | None = None  # the end of the block before, else its start
    for b, block in enumerate(programme):
        start: int | None = starts[b] if starts[b] is not None else previous
        if block.start is not None and starts[b] is None:
            start = wall.nearest(block.start, previous)
        starts[b] = start
        length = block.minutes
        if length is None and block.end is not None and start is not None:
            length = wall.not_before(block.end, start) - start
        if length is None and block.start is not None and start is not None:
            following = programme[b + 1] if b + 1 < n else None
            if following is not None and following.start is not None:
                starts[b + 1] = wall.nearest(following.start, start)
                gap = (starts[b + 1] or 0) - start
                length = gap if gap >= 0 else None
            elif following is None and end_at is not None and end_at >= start:
                length = end_at - start
        if length is None:
            length = block.length  # the longest of its tracks
        lengths[b] = length
        ends[b] = start + length if start is not None and length is not None else None
        previous = ends[b]
    first = next((b for b, block in enumerate(programme) if block.start is not None), None)
    if first is not None:
        # Lay the blocks before the first clock start out backwards from it.
        at = starts[first]
        for b in range(first - 1, -1, -1):
            length = programme[b].length
            if at is None or length is None:
                break
            ends[b], starts[b], lengths[b] = at, at - length, length
            at -= length
    return starts, ends, lengths


def _window(session: Session, windows: Mapping[str, str], wall: _Clock) -> ClockWindow | None:
    """The session's own window, else its dagdeel's from ``windows``; None without either."""
    dagdeel: Dagdeel | None = None
    first: dt.time
    last: dt.time
    if session.window is not None:
        first, last = session.window.start, session.window.end
    else:
        if session.dagdeel is None:
            return None
        span = parse_span(windows.get(session.dagdeel.value))
        if span is None:
            return None
        dagdeel = session.dagdeel
        first = dt.time(span[0] // 60, span[0] % 60)
        last = dt.time(span[1] // 60 % 24, span[1] % 60)
    start = wall.nearest(first, None)
    end = wall.not_before(last, start + 1)
    closing = (
        "24:00" if (last.hour, last.minute) == (0, 0) else f"{last.hour:02d}:{last.minute:02d}"
    )
    texts = (f"{first.hour:02d}:{first.minute:02d}", closing)
    return ClockWindow(start, end, dagdeel, texts)
