"""TB108: a content block has a known length, so that the session can be timed."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.timebox._timeline import Timeline, timelines

_HELD_BACK = {
    "TB101": Text(
        "TB101 (the content fits its window)", "TB101 (de inhoud past in het tijdvenster)"
    ),
    "TB102": Text("TB102 (gaps and overlaps)", "TB102 (gaten en overlap)"),
    "TB106": Text("TB106 (breaks)", "TB106 (pauzes)"),
}


class UnknownLength(Check):
    """## What it checks

    Each block of a session's content (the work and the breaks, not the walk-in, meals
    or social time) has a known length: its own ``minutes``; the time from its
    ``start`` to its ``end``; when it has a clock ``start``, the time until the next
    block's clock start (a programme written as start times only, whose last item is
    a block of kind ``end``); or parallel tracks that all give theirs.
    Each block without one is reported once, with the timebox checks that could not
    verify the session because of it: whether the content fits its window (TB101),
    whether the clock starts leave gaps or overlaps (TB102), and whether there is a
    break in time (TB106).

    ## Why it matters

    Real programmes often give clock times for some items and none for others, and a
    design may be written down before every length is settled; that is allowed. But a
    block without a length is a hole in the timebox: the checks that guard the dagdeel,
    the breaks and the clock times cannot see past it, and the evening can overrun
    without anyone being told. A rough estimate is better than none.
    """

    code = "TB108"
    slug = "unknown-length"
    severity = Severity.WARNING
    summary = Text(
        "A block of a session's content has no known length.",
        "Een onderdeel van het programma heeft geen bekende lengte.",
    )
    hint = Text(
        "Give the block its minutes (or each of its tracks theirs), or an end; an estimate "
        "will do. In a programme of start times, end it with a block of kind 'end'.",
        "Geef het onderdeel een aantal minuten (of elk van zijn deelsessies), of een "
        "eindtijd; een schatting volstaat. Sluit een programma van begintijden af met een "
        "onderdeel van soort 'end'.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for timeline in timelines(ctx):
            held_back = _held_back(timeline)
            session = timeline.session.id
            for slot in timeline.content:
                if slot.length is not None:
                    continue
                block = slot.block.id
                codes = held_back.get(slot.index, ())
                message = Text(
                    f"Block '{block}' in session '{session}' has no known length",
                    f"Onderdeel '{block}' in bijeenkomst '{session}' heeft geen bekende lengte",
                )
                if codes:
                    names = [_HELD_BACK[code] for code in codes]
                    en = _join([name.en for name in names], "and")
                    nl = _join([name.nl for name in names], "en")
                    verb = "konden" if len(names) > 1 else "kon"
                    message = Text(
                        f"{message.en}, so {en} could not verify this session.",
                        f"{message.nl}, waardoor {nl} deze bijeenkomst niet {verb} controleren.",
                    )
                else:
                    message = Text(f"{message.en}.", f"{message.nl}.")
                yield Violation(slot.path, message, related=(block, session))


def _held_back(timeline: Timeline) -> dict[int, tuple[str, ...]]:
    """For each content block of unknown length, the checks it keeps from verifying."""
    slots = timeline.slots
    content = timeline.content
    if not content:
        return {}
    last_content = content[-1].index
    first_clock = timeline.first_clock_start
    # The index of the next block with a clock start after each block, if any.
    next_clock: list[int | None] = [None] * len(slots)
    following: int | None = None
    for slot in reversed(slots):
        next_clock[slot.index] = following
        if slot.block.start is not None:
            following = slot.index
    unmeasured = {
        slot.index
        for stretch in timeline.stretches()
        if stretch.minutes is None
        for slot in stretch.slots
    }
    found: dict[int, tuple[str, ...]] = {}
    for slot in content:
        if slot.length is not None:
            continue
        index, after = slot.index, next_clock[slot.index]
        leading = first_clock is None or index < first_clock
        codes = []
        if timeline.window is not None and (leading or after is None or after > last_content):
            codes.append("TB101")
        if not leading and after is not None:
            codes.append("TB102")
        if index in unmeasured:
            codes.append("TB106")
        found[index] = tuple(codes)
    return found


def _join(items: list[str], word: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
