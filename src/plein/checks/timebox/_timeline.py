"""The shared view of each session's timeline, computed once per run for the TB checks.

A :class:`Timeline` lays a session's programme out on the clock, in minutes since the
midnight the session starts after:

- a block's start is its clock ``start`` when it has one, else the end of the block
  before it; its length is :attr:`~plein.model.Block.length` (its own minutes, else its
  longest parallel track); its end is its start plus its length;
- an unknown length leaves the rest of the layout unknown until the next clock start;
- the blocks before the first clock start are laid out backwards from it, as long as
  their lengths are known ("walk-in, 30 minutes; 19:30 welcome" puts the walk-in at
  19:00); with no clock start at all, nothing is placed on the clock;
- a clock start more than twelve hours before the end of the block before it is read as
  the next day (a programme that runs past midnight).

The walk-in (a block of kind ``walk-in``, or whose work format sits in the walk-in part
of a session's arc) is kept apart from the content: the content timebox is everything
else. A break is a block of kind ``break`` or whose format is a break.

The window a session must fit is its own ``window`` when given, else its dagdeel's
window from the ``windows`` option (see :data:`WINDOWS`); a check without that option
gets the defaults.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from plein.checks._api import Context, Option, Text
from plein.model import Block, BlockKind, Dagdeel, Path, Session
from plein.workformats import Arc, Purpose, Range, WorkFormat

__all__ = [
    "DEFAULT_WINDOWS",
    "WINDOWS",
    "ClockWindow",
    "Headcount",
    "Sized",
    "Slot",
    "Stretch",
    "Timeline",
    "clock",
    "headcount",
    "is_rest",
    "layout",
    "minutes_text",
    "parse_span",
    "people_text",
    "session_window",
    "sized_blocks",
    "timelines",
]

#: The clock window of each dagdeel unless the ``windows`` option says otherwise.
DEFAULT_WINDOWS: Mapping[str, str] = {
    "morning": "09:00-12:30",
    "afternoon": "13:30-17:30",
    "evening": "19:00-22:30",
}

_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_DAY = 24 * 60
_HALF_DAY = 12 * 60

_DAGDEEL_NL = {Dagdeel.MORNING: "ochtend", Dagdeel.AFTERNOON: "middag", Dagdeel.EVENING: "avond"}


def parse_span(text: object) -> tuple[int, int] | None:
    """The start and end of an ``"HH:MM-HH:MM"`` span in minutes, or None if it is not one.

    >>> parse_span("19:00-22:30"), parse_span("22:30-19:00"), parse_span("evening")
    ((1140, 1350), None, None)
    """
    if not isinstance(text, str):
        return None
    match = _SPAN.match(text)
    if match is None:
        return None
    h1, m1, h2, m2 = (int(part) for part in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2 > 0):
        return None
    start, end = h1 * 60 + m1, h2 * 60 + m2
    return (start, end) if end > start else None


def _valid_windows(value: Any) -> bool:
    if not isinstance(value, Mapping):
        return False
    known = {d.value for d in Dagdeel}
    return all(key in known and parse_span(span) is not None for key, span in value.items())


#: The ``windows`` option, declared the same way by every check that needs windows.
WINDOWS = Option(
    dict(DEFAULT_WINDOWS),
    "the clock window of each dagdeel (morning, afternoon, evening) as 'HH:MM-HH:MM', "
    "ending after it starts; a dagdeel left out keeps its default window",
    valid=_valid_windows,
)


def clock(minutes: int) -> str:
    """A number of minutes since midnight as a time of day.

    >>> clock(1350), clock(1450), clock(-30)
    ('22:30', '00:10', '23:30')
    """
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


@attrs.frozen
class ClockWindow:
    """The window a session must fit, in minutes since midnight.

    ``dagdeel`` is None when the session gives its own window.
    """

    start: int
    end: int
    dagdeel: Dagdeel | None = None

    @property
    def minutes(self) -> int:
        """How long the window is."""
        return self.end - self.start

    @property
    def span(self) -> str:
        """The window as ``HH:MM-HH:MM``."""
        return f"{clock(self.start)}-{clock(self.end)}"

    def name(self, edge: str = "") -> Text:
        """The window in words, with its start or end (``edge``) or its span in brackets."""
        shown = {"start": clock(self.start), "end": clock(self.end)}.get(edge, self.span)
        if self.dagdeel is None:
            return Text(f"its own window ({shown})", f"het eigen tijdvenster ({shown})")
        nl = _DAGDEEL_NL[self.dagdeel]
        return Text(f"its {self.dagdeel.value} window ({shown})", f"het dagdeel {nl} ({shown})")


def minutes_text(n: int) -> Text:
    """``n`` minutes in words, singular where it must be.

    >>> minutes_text(1).en, minutes_text(25).nl
    ('1 minute', '25 minuten')
    """
    return Text(
        f"{n} minute" if n == 1 else f"{n} minutes", f"{n} minuut" if n == 1 else f"{n} minuten"
    )


def people_text(n: int) -> Text:
    """``n`` people in words, singular where it must be."""
    return Text(
        f"{n} person" if n == 1 else f"{n} people", f"{n} persoon" if n == 1 else f"{n} personen"
    )


@attrs.frozen
class Slot:
    """One block laid out on the clock; ``start`` and ``end`` are None where unknown."""

    index: int
    path: Path
    block: Block
    start: int | None
    end: int | None
    is_walk_in: bool = False
    is_break: bool = False

    @property
    def length(self) -> int | None:
        """The block's length in minutes, or None when it is unknown."""
        return self.block.length


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

    ``slots`` holds every block in programme order; ``walk_in`` and ``content`` split
    them. ``expected`` maps each invited party to its expected headcount (where given).
    """

    index: int
    session: Session
    window: ClockWindow | None
    slots: tuple[Slot, ...]
    expected: Mapping[str, int] = attrs.field(factory=dict, hash=False)

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
        """Every block but the walk-in, breaks included."""
        return tuple(slot for slot in self.slots if not slot.is_walk_in)

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

    def stretches(self) -> tuple[Stretch, ...]:
        """The content cut at its breaks: the stretches worked without one."""
        found: list[Stretch] = []
        current: list[Slot] = []
        for slot in self.content:
            if slot.is_break:
                if current:
                    found.append(Stretch(tuple(current)))
                current = []
            else:
                current.append(slot)
        if current:
            found.append(Stretch(tuple(current)))
        return tuple(found)


def timelines(ctx: Context) -> tuple[Timeline, ...]:
    """Every session's timeline, in design order, computed once per run and windows."""
    given = ctx.options.get("windows", DEFAULT_WINDOWS)
    windows = {**DEFAULT_WINDOWS, **(given if _valid_windows(given) else {})}
    key = ("plein.checks.timebox", "timelines", tuple(sorted(windows.items())))
    return ctx.cached(key, lambda: _all_timelines(ctx, windows))


def _all_timelines(ctx: Context, windows: Mapping[str, str]) -> tuple[Timeline, ...]:
    return tuple(
        _timeline(ctx, index, session, windows)
        for index, session in enumerate(ctx.trajectory.sessions)
    )


def _timeline(ctx: Context, index: int, session: Session, windows: Mapping[str, str]) -> Timeline:
    starts, ends = layout(session.programme)
    slots = []
    for b, block in enumerate(session.programme):
        fmt = ctx.format(block.format)
        arc = fmt.arc if fmt is not None else None
        slots.append(
            Slot(
                b,
                ("sessions", index, "programme", b),
                block,
                starts[b],
                ends[b],
                is_walk_in=block.kind is BlockKind.WALK_IN or arc is Arc.WALK_IN,
                is_break=block.kind is BlockKind.BREAK or arc is Arc.BREAK,
            )
        )
    expected: dict[str, int] = {}
    for invited in session.parties:
        if invited.expected is not None:
            expected[invited.party] = expected.get(invited.party, 0) + invited.expected.estimate
    return Timeline(index, session, session_window(session, windows), tuple(slots), expected)


def layout(programme: tuple[Block, ...]) -> tuple[list[int | None], list[int | None]]:
    """Each block's start and end in minutes after midnight (None where unknown).

    The one place blocks are laid out on the clock: the checks, the report's programme
    bars and the calendar all use it, so they always agree.
    """
    starts: list[int | None] = [None] * len(programme)
    ends: list[int | None] = [None] * len(programme)
    previous_end: int | None = None
    for b, block in enumerate(programme):
        start: int | None = previous_end
        if block.start is not None:
            start = block.start.hour * 60 + block.start.minute
            if previous_end is not None and start < previous_end - _HALF_DAY:
                # Past midnight: the clock start is on the next day.
                start += _DAY * -((start - previous_end + _HALF_DAY) // _DAY)
        length = block.length
        end = start + length if start is not None and length is not None else None
        starts[b], ends[b] = start, end
        previous_end = end
    first = next((b for b, block in enumerate(programme) if block.start is not None), None)
    if first is not None:
        # Lay the blocks before the first clock start out backwards from it.
        at = starts[first]
        for b in range(first - 1, -1, -1):
            length = programme[b].length
            if at is None or length is None:
                break
            ends[b], starts[b] = at, at - length
            at -= length
    return starts, ends


def session_window(session: Session, windows: Mapping[str, str]) -> ClockWindow | None:
    """The session's own window, else its dagdeel's from ``windows``; None without either."""
    if session.window is not None:
        start = session.window.start.hour * 60 + session.window.start.minute
        return ClockWindow(start, start + session.window.minutes)
    if session.dagdeel is None:
        return None
    span = parse_span(windows.get(session.dagdeel.value))
    if span is None:
        return None
    return ClockWindow(span[0], span[1], session.dagdeel)


def is_rest(fmt: WorkFormat | None) -> bool:
    """Whether a format is for resting (a break, an informal close) rather than work."""
    return fmt is not None and (fmt.arc is Arc.BREAK or Purpose.REST in fmt.purposes)


@attrs.frozen
class Headcount:
    """How many people a block is judged for, and where that number comes from.

    ``source`` is ``participants`` (the expected counts of the block's participants),
    ``session`` (the session's expected headcount) or ``format`` (the smallest group
    the format is meant for, when no count is known).
    """

    people: int
    source: str

    def describe(self) -> Text:
        """The headcount in words, to follow a length: " for the 40 people expected"."""
        n = people_text(self.people)
        if self.source == "participants":
            return Text(
                f" for the {n.en} expected from its participants",
                f" voor de {n.nl} die van de deelnemende partijen worden verwacht",
            )
        if self.source == "session":
            return Text(
                f" for the {n.en} expected at the session",
                f" voor de {n.nl} die op de bijeenkomst worden verwacht",
            )
        return Text(
            f", even for the smallest group it is meant for ({n.en})",
            f", zelfs voor de kleinste groep waarvoor hij bedoeld is ({n.nl})",
        )


def headcount(timeline: Timeline, block: Block, fmt: WorkFormat) -> Headcount:
    """The headcount to judge ``block`` by.

    The expected counts of its participants when it names participants and any of
    them has one; else, for a block for everybody, the session's expected headcount;
    else the smallest group ``fmt`` is meant for.
    """
    if block.participants:
        counts = [
            timeline.expected[party]
            for party in dict.fromkeys(block.participants)
            if party in timeline.expected
        ]
        if counts:
            return Headcount(sum(counts), "participants")
    else:
        expected = timeline.session.expected_headcount
        if expected is not None:
            return Headcount(expected, "session")
    return Headcount(fmt.group_size.low, "format")


@attrs.frozen
class Sized:
    """A block with a known work format and length, and the headcount to judge it by."""

    timeline: Timeline
    slot: Slot
    format: WorkFormat
    length: int
    headcount: Headcount

    @property
    def range(self) -> Range:
        """The sensible lengths of the format for this headcount."""
        return self.format.minutes_for(self.headcount.people)

    @property
    def length_path(self) -> Path:
        """Where the length stands: the block's minutes, or the block (from its tracks)."""
        block = self.slot.block
        return (*self.slot.path, "minutes") if block.minutes is not None else self.slot.path


def sized_blocks(ctx: Context) -> Iterator[Sized]:
    """Every block (walk-in and breaks too) whose work format and length are known."""
    for timeline in timelines(ctx):
        for slot in timeline.slots:
            fmt = ctx.format(slot.block.format)
            length = slot.length
            if fmt is None or length is None:
                continue
            yield Sized(timeline, slot, fmt, length, headcount(timeline, slot.block, fmt))
