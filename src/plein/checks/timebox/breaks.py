"""TB106: a long session has a break, so no stretch of work runs too long without one."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.timebox._timeline import minutes_text, timelines


def _positive_minutes(value: Any) -> bool:
    return isinstance(value, int) and value >= 1


class MissingBreak(Check):
    """## What it checks

    The content of each session (the programme without the walk-in) has no stretch
    longer than ``maxMinutesWithoutBreak`` without a break: a block of kind ``break``,
    or one whose work format is a break. A stretch runs from the start of its first
    block to the end of its last, by the clock where the programme says, else by the
    lengths of its blocks added up. A stretch with a block of unknown length is judged
    only when the blocks that are known already run too long. A meal inside the
    programme also breaks a stretch. By default a stretch may run 150 minutes: a break
    is expected above about two and a half hours of content, not in two.

    ## Why it matters

    After two hours of listening and talking, attention goes and the room starts to
    leave: first the people with children at home, the shift workers, the ones who
    were not sure they belonged. A break is also where much of a Plein happens: people
    who would not speak up in the room talk to the alderman over coffee, and
    neighbours who disagree meet as people. Planning it keeps it from being skipped.

    ## On a plan and on a record

    On a plan it asks for a break. On a record it says what the record shows: a stretch
    that surely ran too long. A record whose lengths are not known is never said to lack
    a break; TB108 says once that the breaks could not be checked.
    """

    code = "TB106"
    slug = "missing-break"
    severity = Severity.WARNING
    summary = Text(
        "A session runs too long without a break.",
        "Een bijeenkomst loopt te lang door zonder pauze.",
    )
    hint = Text(
        "Plan a break block of 10 to 15 minutes in the long stretch.",
        "Plan een pauze van 10 tot 15 minuten in het lange stuk.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "maxMinutesWithoutBreak": Option(
            150,
            "the longest stretch of content, in minutes, that may run without a break "
            "(a whole number of at least 1)",
            valid=_positive_minutes,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        longest: int = ctx.option("maxMinutesWithoutBreak")
        for timeline in timelines(ctx):
            session = timeline.session.id
            for stretch in timeline.stretches():
                runs = stretch.minutes
                least = stretch.known_minutes if runs is None else runs
                if least <= longest:
                    continue
                first, last = stretch.slots[0], stretch.slots[-1]
                at_least = Text("", "") if runs is not None else Text("at least ", "minstens ")
                span = ""
                if runs is not None and first.start is not None and last.end is not None:
                    span = f" ({timeline.clock(first.start)}-{timeline.clock(last.end)})"
                takes, most = minutes_text(least), minutes_text(longest)
                if first is last:
                    what = Text(
                        f"block '{first.block.id}' runs", f"loopt onderdeel '{first.block.id}'"
                    )
                else:
                    what = Text(
                        f"blocks '{first.block.id}' to '{last.block.id}' run",
                        f"lopen de onderdelen '{first.block.id}' tot en met '{last.block.id}'",
                    )
                yield Violation(
                    first.path,
                    Text(
                        f"In session '{session}', {what.en} {at_least.en}{takes.en}{span} "
                        f"without a break, more than {most.en}.",
                        f"In bijeenkomst '{session}' {what.nl} {at_least.nl}{takes.nl}"
                        f"{span} door zonder pauze, meer dan {most.nl}.",
                    ),
                    Text(
                        "Plan a break block of 10 to 15 minutes in this stretch, so that "
                        f"no part of it runs longer than {most.en}.",
                        "Plan een pauze van 10 tot 15 minuten in dit stuk, zodat geen "
                        f"deel ervan langer dan {most.nl} doorloopt.",
                    ),
                    (session, *(slot.block.id for slot in stretch.slots)),
                )
