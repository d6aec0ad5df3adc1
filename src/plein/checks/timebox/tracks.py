"""TB103: no parallel track runs longer than the block it belongs to."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.timebox._timeline import minutes_text


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
        for path, session, block in ctx.trajectory.blocks():
            if block.minutes is None or not block.tracks:
                continue
            own = minutes_text(block.minutes)
            for t, track in enumerate(block.tracks):
                if track.minutes is None or track.minutes <= block.minutes:
                    continue
                over = minutes_text(track.minutes - block.minutes)
                takes = minutes_text(track.minutes)
                yield Violation(
                    (*path, "tracks", t, "minutes"),
                    Text(
                        f"Track '{track.id}' of block '{block.id}' in session "
                        f"'{session.id}' takes {takes.en}, {over.en} more than the "
                        f"block's {own.en}.",
                        f"Deelsessie '{track.id}' van onderdeel '{block.id}' in "
                        f"bijeenkomst '{session.id}' duurt {takes.nl}, {over.nl} langer "
                        f"dan het onderdeel zelf ({own.nl}).",
                    ),
                    Text(
                        f"Shorten track '{track.id}' to {own.en}, or give block "
                        f"'{block.id}' {takes.en}.",
                        f"Kort deelsessie '{track.id}' in tot {own.nl}, of geef onderdeel "
                        f"'{block.id}' {takes.nl}.",
                    ),
                    (track.id, block.id, session.id),
                )
