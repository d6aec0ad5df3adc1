"""TB103: no parallel track runs longer than the block it belongs to."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.timebox._timeline import Slot, minutes_text, timelines


class TrackOverrunsBlock(Check):
    """## What it checks

    Where a programme block gives its own ``minutes`` and splits into parallel
    ``tracks``, no track is longer than the block. Tracks run side by side, so the
    block costs the time of its longest track, not the sum of them; a track that gives
    no length of its own is taken to run the length of the block.

    ## Why it matters

    When the room splits into breakout groups, everybody comes back together at the
    same moment for what follows. A track planned longer than the block either keeps
    the whole room waiting for its group, or is cut short on the night, and the group
    whose conversation is cut is the one whose input goes missing in the harvest.

    ## On a plan and on a record

    The same on both: the lengths given contradict each other, which the data shows
    whether the session is planned or held. Tracks or blocks without a known length are
    not judged.
    """

    code = "TB103"
    slug = "track-overruns-block"
    severity = Severity.ERROR
    summary = Text(
        "A parallel track is longer than its block.",
        "Een deelsessie duurt langer dan het onderdeel waar hij bij hoort.",
    )
    hint = Text(
        "Shorten the track to the block's length, or lengthen the block.",
        "Kort de deelsessie in tot de lengte van het onderdeel, of maak het onderdeel langer.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for timeline in timelines(ctx):
            session = timeline.session
            for slot in timeline.slots:
                yield from _overruns(session.id, slot)


def _overruns(session_id: str, slot: Slot) -> Iterator[Violation]:
    block, path = slot.block, slot.path
    # The block's own length: its minutes, or by the clock (start to end or next start).
    length = block.minutes
    if length is None and (block.start is not None or block.end is not None):
        length = slot.length  # by the clock, else (no next start) its longest track
    if length is None or not block.tracks:
        return
    own = minutes_text(length)
    for t, track in enumerate(block.tracks):
        runs = track.length
        if runs is None or runs <= length:
            continue
        over = minutes_text(runs - length)
        takes = minutes_text(runs)
        where = "minutes" if track.minutes is not None else "programme"
        yield Violation(
            (*path, "tracks", t, where),
            Text(
                f"Track '{track.id}' of block '{block.id}' in session "
                f"'{session_id}' takes {takes.en}, {over.en} more than the "
                f"block's {own.en}.",
                f"Deelsessie '{track.id}' van onderdeel '{block.id}' in "
                f"bijeenkomst '{session_id}' duurt {takes.nl}, {over.nl} langer "
                f"dan het onderdeel zelf ({own.nl}).",
            ),
            Text(
                f"Shorten track '{track.id}' to {own.en}, or give block '{block.id}' {takes.en}.",
                f"Kort deelsessie '{track.id}' in tot {own.nl}, of geef onderdeel "
                f"'{block.id}' {takes.nl}.",
            ),
            (track.id, block.id, session_id),
        )
