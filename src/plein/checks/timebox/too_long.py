"""TB105: a block is no longer than its work format is meant to last."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.timebox._timeline import minutes_text, sized_blocks


class BlockTooLong(Check):
    """## What it checks

    Each programme block (and each parallel track, and each item of a track's own
    programme) with a known work format and a known length is no longer than
    the longest that format is meant to last. Formats without an upper limit (an open
    space, say) are never too long. Blocks without a known format or length are not
    judged here.

    ## Why it matters

    A format stretched past its longest sensible length runs dry: the check-in turns
    into speeches, the dot voting into waiting. Participants notice when time is filled
    rather than used, and their trust that the evening is worth it wears thin. A long
    stretch of work is better split into blocks, each with a format of its own.

    ## On a plan and on a record

    The same on both: a block of known format and length that ran, or is planned to
    run, past its format's longest sensible length. What the record does not give is
    not judged.
    """

    code = "TB105"
    slug = "block-too-long"
    severity = Severity.WARNING
    summary = Text(
        "A block is longer than its work format is meant to last.",
        "Een onderdeel duurt langer dan de werkvorm hoort te duren.",
    )
    hint = Text(
        "Shorten the block, or split it into blocks with a work format each.",
        "Kort het onderdeel in, of verdeel het over onderdelen met elk een eigen werkvorm.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for item in sized_blocks(ctx):
            longest = item.range.high
            if longest is None or item.length <= longest:
                continue
            session = item.timeline.session.id
            label, name = item.label, item.name
            takes, over = minutes_text(item.length), minutes_text(item.length - longest)
            most = minutes_text(longest)
            fmt = item.format
            yield Violation(
                item.length_path,
                Text(
                    f"{label.en} in session '{session}' takes {takes.en}, {over.en} "
                    f"more than its work format {fmt.name_en} is meant to last "
                    f"(at most {most.en}).",
                    f"{label.nl} in bijeenkomst '{session}' duurt {takes.nl}, "
                    f"{over.nl} langer dan de werkvorm {fmt.name_nl} hoort te duren "
                    f"(hooguit {most.nl}).",
                ),
                Text(
                    f"Shorten {name.en} to at most {most.en}, or split it into "
                    "blocks with a work format each.",
                    f"Kort {name.nl} in tot hooguit {most.nl}, of verdeel het "
                    "over onderdelen met elk een eigen werkvorm.",
                ),
                item.related,
            )
