"""The timebox checks' view of each session's timeline, computed once per run.

The layout itself is the model's (:func:`plein.model.timeline`): the checks, the report
and the calendar all lay a programme out the same way. What is here is what only the
checks need: the ``windows`` option, the timelines of a run (computed once per run and
windows), the window a session is judged by, the words for lengths and windows, and the
blocks and tracks to judge against their work formats.

**Two sets of windows.** A programme is laid out by the model's windows
(:data:`~plein.model.DEFAULT_WINDOWS`, or those the configuration sets), as the report
and the calendar lay it out. Whether its content *fits* is judged, by default, against
the rough edges of the dagdelen that the severity policy names (:data:`JUDGING_WINDOWS`:
an evening from 18:00 to 23:00): a meeting that starts at 18:30 or ends at 22:45 keeps
to its evening. A configured ``windows`` option is used for both.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from plein.checks._api import Context, Option, Text
from plein.model import (
    DEFAULT_WINDOWS,
    Block,
    ClockWindow,
    Dagdeel,
    Path,
    Slot,
    Stretch,
    Timeline,
    clock,
    parse_span,
)
from plein.model import timelines as model_timelines
from plein.workformats import Arc, Purpose, Range, WorkFormat

__all__ = [
    "DEFAULT_WINDOWS",
    "JUDGING_WINDOWS",
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
    "is_untimed",
    "judging_window",
    "minutes_text",
    "parse_span",
    "people_text",
    "sized_blocks",
    "timelines",
    "window_name",
]

_DAGDEEL_NL = {Dagdeel.MORNING: "ochtend", Dagdeel.AFTERNOON: "middag", Dagdeel.EVENING: "avond"}


def _valid_windows(value: Any) -> bool:
    if not isinstance(value, Mapping):
        return False
    known = {d.value for d in Dagdeel}
    return all(key in known and parse_span(span) is not None for key, span in value.items())


#: The rough edges of each dagdeel that a session's content is judged against by
#: default (the severity policy's): wider than the windows a programme is laid out by.
JUDGING_WINDOWS: Mapping[str, str] = {
    "morning": "08:00-12:30",
    "afternoon": "12:00-18:00",
    "evening": "18:00-23:00",
}

#: The ``windows`` option, declared the same way by every check that needs windows.
WINDOWS = Option(
    dict(JUDGING_WINDOWS),
    "the clock window of each dagdeel (morning, afternoon, evening) as 'HH:MM-HH:MM' that "
    "a session's content must fit; an end at or before the start is on the next day "
    "('21:00-01:00', '19:00-24:00'); a dagdeel left out keeps its default window. Set "
    "here, the windows also lay the programme out, as in the report and the calendar",
    valid=_valid_windows,
)


def window_name(window: ClockWindow, edge: str = "") -> Text:
    """The window in words, with its start or end (``edge``) or its span in brackets."""
    first, last = window.span.split("-")
    shown = {"start": first, "end": last}.get(edge, window.span)
    if window.dagdeel is None:
        return Text(f"its own window ({shown})", f"het eigen tijdvenster ({shown})")
    nl = _DAGDEEL_NL[window.dagdeel]
    return Text(f"its {window.dagdeel.value} window ({shown})", f"het dagdeel {nl} ({shown})")


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


def _given(ctx: Context) -> Mapping[str, str] | None:
    """The windows the configuration sets, or None when it keeps the default."""
    given = ctx.options.get("windows", JUDGING_WINDOWS)
    if not _valid_windows(given) or dict(given) == dict(JUDGING_WINDOWS):
        return None
    return dict(given)


def _laid_out(ctx: Context, windows: Mapping[str, str]) -> tuple[Timeline, ...]:
    key = ("plein.checks.timebox", "timelines", tuple(sorted(windows.items())))
    return ctx.cached(
        key, lambda: model_timelines(ctx.trajectory, windows=windows, formats=ctx.formats)
    )


def timelines(ctx: Context) -> tuple[Timeline, ...]:
    """Every session's timeline, in design order, computed once per run and windows.

    Laid out as the report and the calendar lay it out: by the model's windows, or by
    the ones the configuration sets.
    """
    given = _given(ctx)
    return _laid_out(ctx, {**DEFAULT_WINDOWS, **(given or {})})


def judging_window(ctx: Context, timeline: Timeline) -> ClockWindow | None:
    """The window ``timeline``'s content is judged against: the session's own window,
    else its dagdeel's rough edges (:data:`JUDGING_WINDOWS`, or the configured windows);
    None without either."""
    if timeline.window is None or timeline.session.window is not None:
        return timeline.window
    given = _given(ctx)
    if given is not None:
        return timeline.window
    judged = _laid_out(ctx, {**DEFAULT_WINDOWS, **JUDGING_WINDOWS})
    return judged[timeline.index].window


def is_untimed(timeline: Timeline) -> bool:
    """Whether a session's content gives no clock time and no length at all.

    Such a programme cannot be timed in any way; TB108 says so once for the session,
    and the checks that would say it again (TB110) leave it to TB108.
    """
    content = timeline.content
    return bool(content) and all(
        slot.length is None and slot.block.start is None for slot in content
    )


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


def headcount(
    timeline: Timeline, block: Block, fmt: WorkFormat, participants: tuple[str, ...] | None = None
) -> Headcount:
    """The headcount to judge ``block`` (or a part of it) by.

    The expected counts of its ``participants`` (the block's own unless given) when
    there are any and any of them has one; else, for a block for everybody, the
    session's expected headcount; else the smallest group ``fmt`` is meant for. A part
    of a block (a parallel track) is never judged by the whole session's headcount.
    """
    named = block.participants if participants is None else participants
    if named:
        counts = [
            timeline.expected[party] for party in dict.fromkeys(named) if party in timeline.expected
        ]
        if counts:
            return Headcount(sum(counts), "participants")
    elif participants is None:
        expected = timeline.session.expected_headcount
        if expected is not None:
            return Headcount(expected, "session")
    return Headcount(fmt.group_size.low, "format")


@attrs.frozen
class Sized:
    """A block, track or track item with a known work format and length, and its headcount.

    ``path`` is where it stands in the design and ``label`` names it in a message
    ("block 'tables'", "track 'room-a' of block 'tables'").
    """

    timeline: Timeline
    slot: Slot
    format: WorkFormat
    length: int
    headcount: Headcount
    path: Path
    label: Text
    written: bool = True

    @property
    def range(self) -> Range:
        """The sensible lengths of the format for this headcount."""
        return self.format.minutes_for(self.headcount.people)

    @property
    def name(self) -> Text:
        """The label to use inside a sentence ("block 'tables'")."""
        return Text(self.label.en[:1].lower() + self.label.en[1:],
                    self.label.nl[:1].lower() + self.label.nl[1:])  # fmt: skip

    @property
    def related(self) -> tuple[str, ...]:
        """The ids the finding is about: the part, its block, the session."""
        ids = (self.id, self.slot.block.id, self.timeline.session.id)
        return tuple(dict.fromkeys(ids))

    @property
    def id(self) -> str:
        """The id of the block, track or track item."""
        return self.label.en.split("'")[1]

    @property
    def length_path(self) -> Path:
        """Where the length stands: the minutes when written there, else the part itself."""
        if self.path == self.slot.path:
            return self.slot.length_path
        return (*self.path, "minutes") if self.written else self.path


def sized_blocks(ctx: Context) -> Iterator[Sized]:
    """Every block (walk-in and breaks too), track and track item whose format and length
    are known.

    A track without a length of its own runs the length of its block; the items of a
    track's own programme are judged one by one.
    """
    for timeline in timelines(ctx):
        for slot in timeline.slots:
            block = slot.block
            fmt = ctx.format(block.format)
            length = slot.length
            label = Text(f"Block '{block.id}'", f"Onderdeel '{block.id}'")
            if fmt is not None and length is not None:
                count = headcount(timeline, block, fmt)
                yield Sized(timeline, slot, fmt, length, count, slot.path, label)
            for t, track in enumerate(block.tracks):
                path: Path = (*slot.path, "tracks", t)
                own = ctx.format(track.format)
                runs = track.length if track.length is not None else length
                if own is not None and runs is not None and not (own is fmt and runs == length):
                    count = headcount(timeline, block, own, track.participants)
                    named = Text(
                        f"Track '{track.id}' of block '{block.id}'",
                        f"Deelsessie '{track.id}' van onderdeel '{block.id}'",
                    )
                    written = track.minutes is not None
                    yield Sized(timeline, slot, own, runs, count, path, named, written)
                for i, item in enumerate(track.programme):
                    part = ctx.format(item.format)
                    if part is None or item.minutes is None:
                        continue
                    count = headcount(
                        timeline, block, part, item.participants or track.participants
                    )
                    named = Text(
                        f"Item '{item.id}' of track '{track.id}'",
                        f"Onderdeel '{item.id}' van deelsessie '{track.id}'",
                    )
                    yield Sized(
                        timeline, slot, part, item.minutes, count, (*path, "programme", i), named
                    )
