"""TB109: a block takes time; one of zero minutes is a moment, not a slot."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.timebox._timeline import timelines


class ZeroLengthBlock(Check):
    """## What it checks

    No programme block takes zero minutes: not by its ``minutes``, not by an ``end``
    equal to its ``start``, and not by a clock start equal to the next block's. The
    end marker of a programme written as start times (a last block of kind ``end``)
    is no block and is not judged.

    ## Why it matters

    A block of zero minutes is a slot of "19:45-19:45" on the invitation: nobody can
    do anything in it, and whatever it stands for (a word from the alderman, a photo)
    either takes time from the blocks around it without the programme saying so, or
    is not really planned. The report and the calendar show such a block as a moment
    (one clock time), not as a slot.

    ## On a plan and on a record

    The same on both: a zero-minute block is written down, not missing. A record whose
    source gives one clock time for an item ("19:45 photo") is best written with a
    length of its own, or the item folded into its neighbour.
    """

    code = "TB109"
    slug = "zero-length-block"
    severity = Severity.WARNING
    summary = Text(
        "A programme block takes zero minutes.",
        "Een onderdeel van het programma duurt nul minuten.",
    )
    hint = Text(
        "Give the block the minutes it really takes, fold it into the block before or "
        "after it, or, if it marks the end of the session, make it a block of kind 'end'.",
        "Geef het onderdeel de minuten die het echt kost, voeg het samen met het "
        "onderdeel ervoor of erna, of maak er een onderdeel van soort 'end' van als het "
        "het einde van de bijeenkomst aangeeft.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for timeline in timelines(ctx):
            session = timeline.session.id
            for slot in timeline.slots:
                if not slot.is_moment:
                    continue
                block = slot.block.id
                at = f" ({timeline.clock(slot.start)})" if slot.start is not None else ""
                yield Violation(
                    slot.length_path,
                    Text(
                        f"Block '{block}' in session '{session}' takes zero minutes{at}: "
                        "it is a moment, not a slot of time.",
                        f"Onderdeel '{block}' in bijeenkomst '{session}' duurt nul "
                        f"minuten{at}: het is een moment, geen tijdvak.",
                    ),
                    Text(
                        f"Give block '{block}' the minutes it really takes, or fold it "
                        "into the block before or after it.",
                        f"Geef onderdeel '{block}' de minuten die het echt kost, of voeg "
                        "het samen met het onderdeel ervoor of erna.",
                    ),
                    (block, session),
                )
