"""TB107: a session ends with time to harvest and make agreements."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks._scope import end_is_known, is_working_meeting
from plein.checks.timebox._timeline import Slot, is_rest, minutes_text, timelines
from plein.workformats import Arc, Purpose

_CLOSING_PURPOSES = frozenset({Purpose.HARVEST, Purpose.AGREE})
#: What a block's own ``purpose`` may say to make it a closing block.
_CLOSING_WORDS = frozenset({"harvest", "agree", "choose", "next-steps", "next steps"})


def _whole_minutes(value: Any) -> bool:
    return isinstance(value, int) and value >= 0


class NoTimeToHarvest(Check):
    """## What it checks

    Each working meeting with a programme ends with a closing block: one of its last
    two blocks of work is a closing block of at least ``minHarvestMinutes``. A closing
    block has a work format that closes the arc of a session (a plenary harvest, an
    agreements round, a check-out), or that serves harvesting or agreeing, or one that
    narrows down to a choice (dot voting at the end is a close); or the block gives
    ``harvest``, ``agree``, ``choose`` or ``next-steps`` as its purpose. An opening
    format never closes, even one whose purpose is to agree (ground rules). The walk-in,
    breaks and an informal close (a format for resting) do not count as blocks of work.

    It is asked of working meetings only (a Plein, a workshop, a citizens' assembly, a
    working group): an information evening, a market, a formal meeting or a site walk
    has nothing to harvest, and neither has a meeting where every party is only
    informed. When one of the last two blocks of work has no known format and no
    purpose, whether the session closes cannot be told, and nothing is said; nor when
    the closing block's length is unknown.

    ## Why it matters

    A Plein takes the next step together, and the step is only taken when it is said
    out loud: what was heard, what the parties agree on, who does what next. Those
    agreements are what the follow-up and the participation report are built on. A
    programme that ends on table conversations leaves the harvest to the
    facilitator's notes afterwards, and ownership with the facilitator instead of with
    the parties.

    ## On a plan and on a record

    On a plan it asks for a closing block. On a record it is said only when the record
    gives the programme to its end (not ``notRecorded: [programme-end]``, not a
    tentative programme) and the formats of its last blocks: a record cut off before
    its end, or whose last items have no known format, is not judged here; TB108 and
    PL002 say once what could not be checked.
    """

    code = "TB107"
    slug = "no-time-to-harvest"
    severity = Severity.ERROR
    summary = Text(
        "A session ends without time to harvest and make agreements.",
        "Een bijeenkomst eindigt zonder tijd om te oogsten en afspraken te maken.",
    )
    hint = Text(
        "End the session with a closing block, such as a plenary harvest or an "
        "agreements round, that has time enough.",
        "Sluit de bijeenkomst af met een afsluitend onderdeel dat genoeg tijd heeft, "
        "zoals een plenaire oogst of een afsprakenronde.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "minHarvestMinutes": Option(
            10,
            "the least minutes the closing block needs (a whole number of at least 0)",
            valid=_whole_minutes,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        least: int = ctx.option("minHarvestMinutes")
        most = minutes_text(least)
        trajectory = ctx.trajectory
        for timeline in timelines(ctx):
            here = timeline.session
            if not is_working_meeting(trajectory, here) or not end_is_known(here):
                continue
            work = [
                slot
                for slot in timeline.content
                if not slot.is_break and not is_rest(ctx.format(slot.block.format))
            ]
            if not work:
                continue
            session = here.id
            last_two = [(slot, closes(ctx, slot)) for slot in work[-2:]]
            closing = [slot for slot, shut in last_two if shut]
            if any(slot.length is None or slot.length >= least for slot in closing):
                continue
            if not closing and any(shut is None for _, shut in last_two):
                continue  # a block of unknown format might close it: cannot tell
            if closing:
                short = closing[-1]
                block = short.block.id
                has = minutes_text(short.length or 0)
                yield Violation(
                    (*short.path, "minutes") if short.block.minutes is not None else short.path,
                    Text(
                        f"The closing block '{block}' of session '{session}' has "
                        f"{has.en}; harvesting and agreeing on next steps needs at least "
                        f"{most.en}.",
                        f"Het afsluitende onderdeel '{block}' van bijeenkomst '{session}' "
                        f"heeft {has.nl}; oogsten en afspraken maken vraagt minstens "
                        f"{most.nl}.",
                    ),
                    Text(
                        f"Give block '{block}' at least {most.en}.",
                        f"Geef onderdeel '{block}' minstens {most.nl}.",
                    ),
                    (session, block),
                )
                continue
            last = work[-1]
            if len(work) == 1:
                ends = Text(
                    f"block '{last.block.id}', which does not close it",
                    f"onderdeel '{last.block.id}', dat niet afsluit",
                )
            else:
                ends = Text(
                    f"blocks '{work[-2].block.id}' and '{last.block.id}', neither of "
                    "which closes it",
                    f"de onderdelen '{work[-2].block.id}' en '{last.block.id}'; geen van "
                    "beide sluit af",
                )
            yield Violation(
                last.path,
                Text(
                    f"Session '{session}' ends with {ends.en} with a harvest or agreements.",
                    f"Bijeenkomst '{session}' eindigt met {ends.nl} met een oogst of afspraken.",
                ),
                Text(
                    f"End session '{session}' with a closing block of at least {most.en}, "
                    "such as a plenary harvest or an agreements round.",
                    f"Sluit bijeenkomst '{session}' af met een afsluitend onderdeel van "
                    f"minstens {most.nl}, zoals een plenaire oogst of een afsprakenronde.",
                ),
                (session, last.block.id),
            )


def closes(ctx: Context, slot: Slot) -> bool | None:
    """Whether ``slot`` closes its session; None when that cannot be told (no purpose,
    and no format or one outside the catalogue)."""
    purpose = (slot.block.purpose or "").strip().casefold()
    if purpose in _CLOSING_WORDS:
        return True
    fmt = ctx.format(slot.block.format)
    if fmt is None:
        return None if not purpose else False
    if fmt.arc is Arc.OPEN:
        return False  # ground rules agree on how to talk, not on what was heard
    if fmt.arc is Arc.CLOSE or not _CLOSING_PURPOSES.isdisjoint(fmt.purposes):
        return True
    return fmt.arc is Arc.CONVERGE and Purpose.CHOOSE in fmt.purposes
