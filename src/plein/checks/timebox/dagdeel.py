"""TB101: a session's content fits its dagdeel, and the walk-in does not open too early."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.timebox._timeline import (
    WINDOWS,
    ClockWindow,
    Slot,
    Timeline,
    judging_window,
    minutes_text,
    timelines,
    window_name,
)


def _whole_minutes(value: Any) -> bool:
    return isinstance(value, int) and value >= 0


class OverrunningDagdeel(Check):
    """## What it checks

    The content of each session fits the window it is held in: the content starts no
    earlier than the window starts and ends by the time it ends. The window is the
    session's own ``window`` when it gives one, else the window of its dagdeel (morning,
    afternoon or evening). The content is the programme without the walk-in; blocks
    without a clock start follow the block before them, and blocks before the first
    clock start are counted back from it. A programme without any clock start is
    judged by its length alone.

    The walk-in (inloop) is not part of the content and may start before the window,
    but it opens at most ``walkInMinutes`` before the content starts. Meals before the
    programme, social time after it and blocks for the organisers only are not content.

    ## Why it matters

    A Plein takes one dagdeel. People plan their evening around the time on the
    invitation; a programme that runs past it loses the residents who leave on time,
    and it is always the end that gets cut: the harvest and the agreements, the part
    the evening was for. A walk-in that opens long before the content leaves the first
    arrivals waiting, and the room half-empty when the facilitator starts.

    Where the blocks say which part of the day they take (a block's ``dagdeel``, in a
    session without a window of its own), the content of one day takes one dagdeel:
    rounds in the morning and a vote at the end of the afternoon take two, even when no
    clock time is known.

    A warning, not an error: the edges of a dagdeel are a convention, and some meetings
    (a citizens' assembly's full day, a symposium across lunch) take more than one by
    design.

    ## On a plan and on a record

    On a plan it says what to shorten. On a record it says what the clock times show;
    a programme that gives no clock times is judged by the lengths it gives, and one
    that gives neither is not judged here (TB108 and TB110 say once what could not be
    checked). A session without a dagdeel or window is left to TB110.
    """

    code = "TB101"
    slug = "overrunning-dagdeel"
    severity = Severity.WARNING
    summary = Text(
        "The content of a session does not fit its dagdeel.",
        "De inhoud van een bijeenkomst past niet in het dagdeel.",
    )
    hint = Text(
        "Shorten or drop blocks so the content fits the window, or give the session "
        "its own window.",
        "Kort onderdelen in of laat er een vallen zodat de inhoud in het tijdvenster "
        "past, of geef de bijeenkomst een eigen tijdvenster.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "windows": WINDOWS,
        "walkInMinutes": Option(
            30,
            "how many minutes before the content starts the walk-in may open "
            "(a whole number of at least 0)",
            valid=_whole_minutes,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        walk_in_minutes: int = ctx.option("walkInMinutes")
        for timeline in timelines(ctx):
            if not timeline.content:
                continue
            yield from _many_dagdelen(timeline)
            window = judging_window(ctx, timeline)
            if window is not None:
                yield from _early_start(timeline, window)
                yield from _late_end(timeline, window)
            yield from _early_walk_in(timeline, walk_in_minutes)


def _widen(window: ClockWindow) -> Text:
    if window.dagdeel is None:
        return Text("widen the session's window", "verruim het tijdvenster van de bijeenkomst")
    return Text("give the session its own window", "geef de bijeenkomst een eigen tijdvenster")


def _early_start(timeline: Timeline, window: ClockWindow) -> Iterator[Violation]:
    first = timeline.content[0]
    if first.start is None or first.start >= window.start:
        return
    early = minutes_text(window.start - first.start)
    session, block = timeline.session.id, first.block.id
    edge = window_name(window, "start")
    yield Violation(
        (*first.path, "start") if first.block.start is not None else first.path,
        Text(
            f"The content of session '{session}' starts at {timeline.clock(first.start)} "
            f"(block '{block}'), {early.en} before the start of {edge.en}.",
            f"De inhoud van bijeenkomst '{session}' begint om {timeline.clock(first.start)} "
            f"(onderdeel '{block}'), {early.nl} vóór het begin van {edge.nl}.",
        ),
        Text(
            f"Start the content at {timeline.clock(window.start)} or later and let the walk-in "
            f"take the time before it, or {_widen(window).en}.",
            f"Begin de inhoud om {timeline.clock(window.start)} of later en vul de tijd ervoor "
            f"met de inloop, of {_widen(window).nl}.",
        ),
        (timeline.session.id, block),
    )


def _late_end(timeline: Timeline, window: ClockWindow) -> Iterator[Violation]:
    session = timeline.session.id
    latest: Slot | None = None
    for slot in timeline.content:
        if slot.end is not None and (
            latest is None or latest.end is None or slot.end >= latest.end
        ):
            latest = slot
    if latest is not None and latest.end is not None:
        if latest.end <= window.end:
            return
        late = minutes_text(latest.end - window.end)
        edge = window_name(window, "end")
        block = latest.block.id
        yield Violation(
            latest.length_path,
            Text(
                f"The content of session '{session}' runs until {timeline.clock(latest.end)} "
                f"(the end of block '{block}'), {late.en} past the end of {edge.en}.",
                f"De inhoud van bijeenkomst '{session}' loopt tot {timeline.clock(latest.end)} "
                f"(het einde van onderdeel '{block}'), {late.nl} na het einde van "
                f"{edge.nl}.",
            ),
            Text(
                f"Win back {late.en}: shorten or drop blocks so that the content ends by "
                f"{timeline.clock(window.end)}, or {_widen(window).en}.",
                f"Win {late.nl} terug: kort onderdelen in of laat er een vallen zodat de "
                f"inhoud om {timeline.clock(window.end)} klaar is, of {_widen(window).nl}.",
            ),
            (session, block),
        )
    elif timeline.first_clock_start is None:
        # No block is on the clock: judge the content by its length alone.
        lengths = [slot.length for slot in timeline.content]
        total = sum(length for length in lengths if length is not None)
        if total <= window.minutes:
            return
        exact = all(length is not None for length in lengths)
        over = minutes_text(total - window.minutes)
        takes = minutes_text(total)
        least_en, least_nl = ("", "") if exact else ("at least ", "minstens ")
        name = window_name(window)
        yield Violation(
            (*timeline.path, "programme"),
            Text(
                f"The content of session '{session}' takes {least_en}{takes.en}, "
                f"{over.en} more than {name.en} holds.",
                f"De inhoud van bijeenkomst '{session}' duurt {least_nl}{takes.nl}, "
                f"{over.nl} meer dan er in {name.nl} passen.",
            ),
            Text(
                f"Win back {over.en}: shorten or drop blocks so that the content takes "
                f"no more than {window.minutes} minutes, or {_widen(window).en}.",
                f"Win {over.nl} terug: kort onderdelen in of laat er een vallen zodat de "
                f"inhoud niet meer dan {window.minutes} minuten duurt, of "
                f"{_widen(window).nl}.",
            ),
            (session,),
        )


def _early_walk_in(timeline: Timeline, allowed: int) -> Iterator[Violation]:
    content_start = timeline.content_start
    opened = [slot for slot in timeline.walk_in if slot.start is not None]
    if content_start is None or not opened:
        return
    first = min(opened, key=lambda slot: slot.start or 0)
    if first.start is None or content_start - first.start <= allowed:
        return
    lead = minutes_text(content_start - first.start)
    most = minutes_text(allowed)
    session, block = timeline.session.id, first.block.id
    if first.block.start is not None:
        path = (*first.path, "start")
    elif first.block.minutes is not None:
        path = (*first.path, "minutes")
    else:
        path = first.path
    yield Violation(
        path,
        Text(
            f"The walk-in of session '{session}' (block '{block}') opens at "
            f"{timeline.clock(first.start)}, {lead.en} before the content starts "
            f"({timeline.clock(content_start)}); it may open at most {most.en} before.",
            f"De inloop van bijeenkomst '{session}' (onderdeel '{block}') begint om "
            f"{timeline.clock(first.start)}, {lead.nl} voordat de inhoud begint "
            f"({timeline.clock(content_start)}); dat mag hooguit {most.nl} eerder zijn.",
        ),
        Text(
            f"Open the doors at {timeline.clock(content_start - allowed)} or later, or start the "
            "content earlier.",
            f"Open de deuren om {timeline.clock(content_start - allowed)} of later, of begin "
            "eerder met de inhoud.",
        ),
        (session, block),
    )


_ORDER = {"morning": 0, "afternoon": 1, "evening": 2}


def _many_dagdelen(timeline: Timeline) -> Iterator[Violation]:
    """The days of a session whose blocks name more than one dagdeel."""
    session = timeline.session
    if session.window is not None:
        return
    days: dict[int | None, list[Slot]] = {}
    for slot in timeline.content:
        if slot.block.dagdeel is not None:
            days.setdefault(slot.block.day, []).append(slot)
    for slots in days.values():
        named = {slot.block.dagdeel for slot in slots}
        if session.dagdeel is not None:
            named.add(session.dagdeel)
        if len(named) < 2:
            continue
        parts = sorted((d for d in named if d is not None), key=lambda d: _ORDER[d.value])
        en = " and the ".join(d.value for d in parts)
        nl = " en de ".join(_NL[d.value] for d in parts)
        first = next((s for s in slots if s.block.dagdeel is not parts[0]), slots[0])
        ids = [slot.block.id for slot in slots]
        yield Violation(
            (*first.path, "dagdeel"),
            Text(
                f"The content of session '{session.id}' takes the {en}: more than one "
                f"dagdeel (blocks {', '.join(repr(i) for i in ids)}).",
                f"De inhoud van bijeenkomst '{session.id}' beslaat de {nl}: meer dan één "
                f"dagdeel (onderdelen {', '.join(repr(i) for i in ids)}).",
            ),
            Text(
                "Split the content over sessions of one dagdeel each, or, if the long day "
                "is meant, give the session its own window.",
                "Verdeel de inhoud over bijeenkomsten van elk één dagdeel, of geef de "
                "bijeenkomst een eigen tijdvenster als de lange dag zo bedoeld is.",
            ),
            (session.id, *ids),
        )


_NL = {"morning": "ochtend", "afternoon": "middag", "evening": "avond"}
