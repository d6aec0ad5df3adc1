"""SH102: a working session has a number of people the method works with."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks._scope import is_working_meeting
from plein.checks.stakeholders._views import headcounts, people_in
from plein.model import Block, Session
from plein.workformats import WorkFormat

__all__ = ["HeadcountOutOfRange"]


def _count(value: Any) -> bool:
    return isinstance(value, int) and value >= 0


class HeadcountOutOfRange(Check):
    """## What it checks

    The people at a working session (a Plein, a workshop, an assembly: see the kinds of
    meeting) lie between `minHeadcount` and `maxHeadcount`. The count is the session's
    own total, else the counts of its parties added up: on a record the people seen
    (`attended`), else those expected; a party without either counts with its
    `headcount`. Approximate counts (`~130`, `>60`, `25-30`) keep their precision, and
    only a count that is *surely* out of range is reported. When some parties have no
    count the sum is a lower bound: it is judged against the maximum, not the minimum.

    The range is about the table work of a Plein. It does not apply to information
    evenings, markets, symposia or formal meetings, nor to a session whose known work
    formats are all plenary (no format that splits into tables). A large session whose
    programme says how the people split (groups, group sizes or parallel tracks) is
    not judged against the maximum: the groups are what the formats must hold (see
    SH103). A session with no count at all is SH107's.

    ## On a plan and on a record

    On a plan the expected count is judged, and the hint says how to split or merge.
    On a record the count seen is judged: it says how the evening went, not a fault
    in a file that can no longer change.

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
        "A working session has surely fewer or more people than a Plein works with.",
        "Een werkbijeenkomst heeft zeker minder of meer mensen dan een Plein aankan.",
    )
    hint = Text(
        "Invite more parties or people, split the session, or set `minHeadcount` and "
        "`maxHeadcount` to what this trajectory is designed for.",
        "Nodig meer partijen of mensen uit, splits de bijeenkomst, of stel `minHeadcount` "
        "en `maxHeadcount` in op waarvoor dit traject ontworpen is.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "minHeadcount": Option(10, "the fewest people a session should have", valid=_count),
        "maxHeadcount": Option(60, "the most people a session should have", valid=_count),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        low, high = ctx.option("minHeadcount"), ctx.option("maxHeadcount")
        counts = headcounts(ctx)
        for index, session in ctx.judged_sessions():
            if not is_working_meeting(ctx.trajectory, session) or _all_plenary(ctx, session):
                continue
            tally = people_in(session, counts[index], None)
            if tally.total is None:
                continue
            seen = session.is_record
            verb_en, verb_nl = ("had", "had") if seen else ("expects", "verwacht")
            path = ("sessions", index, "parties")
            below = tally.surely_below
            if tally.surely_above > high and not _splits(session):
                yield Violation(
                    path,
                    Text(
                        f"Session '{session.id}' {verb_en} {tally.total} people, more than "
                        f"the maximum of {high}, and its programme does not say how they "
                        f"split into groups.",
                        f"Bijeenkomst '{session.id}' {verb_nl} {tally.total} mensen, meer "
                        f"dan het maximum van {high}, en het programma zegt niet hoe zij "
                        f"zich over groepen verdelen.",
                    ),
                    hint=Text(
                        "Say how the people split (groups, group sizes or parallel tracks), "
                        "split the session by theme or area, or raise `maxHeadcount`.",
                        "Zeg hoe de mensen zich verdelen (groepen, groepsgrootte of "
                        "parallelle sporen), splits de bijeenkomst per thema of buurt, of "
                        "verhoog `maxHeadcount`.",
                    ),
                    related=(session.id,),
                )
            elif below is not None and below < low:
                yield Violation(
                    path,
                    Text(
                        f"Session '{session.id}' {verb_en} {tally.total} people, fewer than "
                        f"the minimum of {low}.",
                        f"Bijeenkomst '{session.id}' {verb_nl} {tally.total} mensen, minder "
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


def _formats(ctx: Context, block: Block) -> list[WorkFormat | None]:
    found = [ctx.format(block.format)] if block.format is not None or not block.tracks else []
    return found + [ctx.format(track.format) for track in block.tracks]


def _all_plenary(ctx: Context, session: Session) -> bool:
    """True when every content block has a known format and none splits into tables."""
    formats = [
        f for block in session.programme if block.kind.is_content for f in _formats(ctx, block)
    ]
    if not formats or any(f is None for f in formats):
        return False
    return all(f is not None and f.table_size is None for f in formats)


def _splits(session: Session) -> bool:
    """True when the programme says how the people split: groups, sizes or tracks."""
    return any(
        block.groups is not None or block.group_size is not None or len(block.tracks) > 1
        for block in session.programme
        if block.kind.is_content
    )
