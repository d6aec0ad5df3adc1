"""SH102: each session expects a number of people the method works with."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.stakeholders._views import expected_in, headcounts

__all__ = ["HeadcountOutOfRange"]


def _count(value: Any) -> bool:
    return isinstance(value, int) and value >= 0


class HeadcountOutOfRange(Check):
    """## What it checks

    The expected headcount of each session (the expected counts of its invited
    parties added up) lies between `minHeadcount` and `maxHeadcount`. A session
    without any expected count is not judged. When some invited parties have no
    expected count, the sum is only a lower bound: it is judged against the maximum,
    not against the minimum.

    ## Why it matters

    A Plein is made for about 10 to 40 or more people. With fewer, the parties that
    matter are probably not all there and the work formats lose their point; with many
    more, the programme needs formats and hosting that can hold that crowd, or the
    evening turns into an information meeting where only a few get to speak.
    """

    code = "SH102"
    slug = "headcount-out-of-range"
    severity = Severity.WARNING
    summary = Text(
        "A session expects fewer or more people than a Plein works with.",
        "Een bijeenkomst verwacht minder of meer mensen dan een Plein aankan.",
    )
    hint = Text(
        "Invite more parties or people, split the session, or set `minHeadcount` and "
        "`maxHeadcount` to what this trajectory is designed for.",
        "Nodig meer partijen of mensen uit, splits de bijeenkomst, of stel `minHeadcount` "
        "en `maxHeadcount` in op waarvoor dit traject ontworpen is.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "minHeadcount": Option(10, "the fewest people a session should expect", valid=_count),
        "maxHeadcount": Option(60, "the most people a session should expect", valid=_count),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        low, high = ctx.option("minHeadcount"), ctx.option("maxHeadcount")
        for index, (session, counts) in enumerate(
            zip(ctx.trajectory.sessions, headcounts(ctx), strict=True)
        ):
            count = expected_in(counts, None)
            if count.total is None:
                continue
            path = ("sessions", index, "parties")
            if count.total > high:
                some = "" if count.complete else "at least "
                wat = "" if count.complete else "minstens "
                yield Violation(
                    path,
                    Text(
                        f"Session '{session.id}' expects {some}{count.total} people, more than "
                        f"the maximum of {high}.",
                        f"Bijeenkomst '{session.id}' verwacht {wat}{count.total} mensen, meer "
                        f"dan het maximum van {high}.",
                    ),
                    hint=Text(
                        "Split the session into smaller ones (by theme or by area), or "
                        "raise `maxHeadcount` if its work formats are made for this many.",
                        "Splits de bijeenkomst in kleinere (per thema of per buurt), of "
                        "verhoog `maxHeadcount` als de werkvormen op zoveel mensen "
                        "berekend zijn.",
                    ),
                    related=(session.id,),
                )
            elif count.total < low and count.complete:
                yield Violation(
                    path,
                    Text(
                        f"Session '{session.id}' expects {count.total} people, fewer than "
                        f"the minimum of {low}.",
                        f"Bijeenkomst '{session.id}' verwacht {count.total} mensen, minder "
                        f"dan het minimum van {low}.",
                    ),
                    hint=Text(
                        "Invite more people of the parties involved, merge the session "
                        "with another, or lower `minHeadcount` for a small working group.",
                        "Nodig meer mensen van de betrokken partijen uit, voeg de "
                        "bijeenkomst samen met een andere, of verlaag `minHeadcount` voor "
                        "een kleine werkgroep.",
                    ),
                    related=(session.id,),
                )
