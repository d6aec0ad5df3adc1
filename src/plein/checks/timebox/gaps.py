"""TB102: a block with a clock start begins where the block before it ends."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.timebox._timeline import minutes_text, timelines


def _whole_minutes(value: Any) -> bool:
    return isinstance(value, int) and value >= 0


class ProgrammeGapOrOverlap(Check):
    """## What it checks

    Wherever a programme block has a clock ``start``, it starts when the block before
    it ends: not before (the two would overlap) and not later (a gap that no block
    accounts for). A gap of up to ``maxGapMinutes`` is let pass. The end of the block
    before is its own clock start plus its length, or follows from the blocks before it;
    where that end is unknown there is nothing to compare.

    ## Why it matters

    The clock times on a programme are promises to the room and to the speakers. Two
    blocks that overlap cannot both happen: one of them will be cut short on the night,
    usually the one where the participants do the talking. A gap that no block accounts
    for is unplanned time; if it is meant as a pause, a break block says so, and the
    other timebox checks can then count it as one.

    ## On a plan and on a record

    The same on both: it compares clock times that are given. Where a record gives no
    clock times, or no length for the block before, there is nothing to compare.
    """

    code = "TB102"
    slug = "programme-gap-or-overlap"
    severity = Severity.WARNING
    summary = Text(
        "A block's clock start leaves a gap after, or overlaps, the block before it.",
        "De begintijd van een onderdeel laat een gat na het vorige onderdeel, of overlapt ermee.",
    )
    hint = Text(
        "Make each block start when the one before it ends; plan a pause as a break block.",
        "Laat elk onderdeel beginnen als het vorige afloopt; plan een pauze als een pauzeblok.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "maxGapMinutes": Option(
            0,
            "the largest gap in minutes between two blocks that is let pass "
            "(a whole number of at least 0)",
            valid=_whole_minutes,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        max_gap: int = ctx.option("maxGapMinutes")
        for timeline in timelines(ctx):
            session = timeline.session.id
            for before, slot in zip(timeline.slots, timeline.slots[1:], strict=False):
                if slot.block.start is None or slot.start is None or before.end is None:
                    continue
                shift = slot.start - before.end
                if 0 <= shift <= max_gap:
                    continue
                block, previous = slot.block.id, before.block.id
                starts, ends = timeline.clock(slot.start), timeline.clock(before.end)
                if shift < 0:
                    overlap = minutes_text(-shift)
                    message = Text(
                        f"Block '{block}' in session '{session}' starts at {starts}, "
                        f"{overlap.en} before block '{previous}' ends ({ends}).",
                        f"Onderdeel '{block}' in bijeenkomst '{session}' begint om "
                        f"{starts}, {overlap.nl} voordat onderdeel '{previous}' afloopt "
                        f"({ends}).",
                    )
                    hint = Text(
                        f"Shorten block '{previous}' by {overlap.en}, or start block "
                        f"'{block}' at {ends}.",
                        f"Kort onderdeel '{previous}' met {overlap.nl} in, of laat "
                        f"onderdeel '{block}' om {ends} beginnen.",
                    )
                else:
                    gap = minutes_text(shift)
                    message = Text(
                        f"Block '{block}' in session '{session}' starts at {starts}, "
                        f"{gap.en} after block '{previous}' ends ({ends}); nothing is "
                        "planned in between.",
                        f"Onderdeel '{block}' in bijeenkomst '{session}' begint om "
                        f"{starts}, {gap.nl} nadat onderdeel '{previous}' afloopt "
                        f"({ends}); daartussen is niets gepland.",
                    )
                    hint = Text(
                        f"Plan a break block for those {gap.en}, lengthen block "
                        f"'{previous}', or start block '{block}' at {ends}.",
                        f"Plan een pauzeblok voor die {gap.nl}, maak onderdeel "
                        f"'{previous}' langer, of laat onderdeel '{block}' om {ends} "
                        "beginnen.",
                    )
                yield Violation((*slot.path, "start"), message, hint, (block, previous, session))
