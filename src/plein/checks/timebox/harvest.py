"""TB107: a session ends with time to harvest and make agreements."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.timebox._timeline import Slot, is_rest, minutes_text, timelines
from plein.workformats import Arc, Purpose

_CLOSING_PURPOSES = frozenset({Purpose.HARVEST, Purpose.AGREE})


def _whole_minutes(value: Any) -> bool:
    return isinstance(value, int) and value >= 0


class NoTimeToHarvest(Check):
    """## What it checks

    Each session with a programme ends with a closing block: one of its last two
    blocks of work is a closing block of at least ``minHarvestMinutes``. A closing
    block has a work format that closes the arc of a session (a plenary harvest, an
    agreements round, a check-out) or that serves harvesting or agreeing, or it gives
    ``harvest`` or ``agree`` as its purpose. The walk-in, breaks and an informal close
    (a format for resting) do not count as blocks of work. A closing block whose length
    is unknown is not judged here; a session without any block of work neither.

    ## Why it matters

    A Plein takes the next step together, and the step is only taken when it is said
    out loud: what was heard, what the parties agree on, who does what next. Those
    agreements are what the follow-up and the participation report are built on. A
    programme that ends on table conversations leaves the harvest to the
    facilitator's notes afterwards, and ownership with the facilitator instead of with
    the parties.
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
        for timeline in timelines(ctx):
            work = [
                slot
                for slot in timeline.content
                if not slot.is_break and not is_rest(ctx.format(slot.block.format))
            ]
            if not work:
                continue
            session = timeline.session.id
            closing = [slot for slot in work[-2:] if _closes(ctx, slot)]
            if any(slot.length is None or slot.length >= least for slot in closing):
                continue
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


def _closes(ctx: Context, slot: Slot) -> bool:
    purpose = (slot.block.purpose or "").strip().casefold()
    if purpose in _CLOSING_PURPOSES:
        return True
    fmt = ctx.format(slot.block.format)
    if fmt is None:
        return False
    return fmt.arc is Arc.CLOSE or not _CLOSING_PURPOSES.isdisjoint(fmt.purposes)
