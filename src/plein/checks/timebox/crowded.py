"""TB111: a block does not give the floor to more speakers than its minutes can hear."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.timebox._timeline import minutes_text, timelines
from plein.model import Path


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _at_least_two(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 2


class CrowdedBlock(Check):
    """## What it checks

    A programme block (or a parallel track) with at least ``minSpeakers`` speakers
    gives each of them at least ``minMinutesPerSpeaker`` minutes: its length shared
    among its ``speakers``. A panel of seven in 25 minutes gives each member about
    three and a half minutes, before anyone in the room has spoken. Blocks whose length
    is not known are not judged.

    ## Why it matters

    A block with many speakers and little time looks generous on the invitation
    (everyone with a stake is on the stage) but hears each of them only in passing:
    opening statements, no exchange, and no time left for the room. The voices that
    need a moment to make their point, and the questions from the audience, are the
    first to go. Fewer speakers, or more time, lets the block do what it promises.

    An observation (info), not a breach: a round of short statements can be meant.

    ## On a plan and on a record

    The same on both: it reads the speakers and the length that are written down. On a
    plan it suggests fewer speakers or more time; on a record it notes that few were
    heard for long.
    """

    code = "TB111"
    slug = "crowded-block"
    severity = Severity.INFO
    summary = Text(
        "A block has many speakers for its minutes.",
        "Een onderdeel heeft veel sprekers voor zijn minuten.",
    )
    hint = Text(
        "Give the block fewer speakers or more time, so that each is heard for a while "
        "and the room gets its turn.",
        "Geef het onderdeel minder sprekers of meer tijd, zodat ieder even gehoord wordt "
        "en de zaal ook aan de beurt komt.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "minMinutesPerSpeaker": Option(
            5,
            "the least minutes each speaker of a block should have (a number above 0)",
            valid=_positive,
        ),
        "minSpeakers": Option(
            3,
            "how many speakers a block must have before it is judged (a whole number of "
            "at least 2)",
            valid=_at_least_two,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        least: float = ctx.option("minMinutesPerSpeaker")
        fewest: int = ctx.option("minSpeakers")
        for timeline in timelines(ctx):
            session = timeline.session.id
            for slot in timeline.slots:
                block = slot.block
                parts: list[tuple[str, Text, tuple[str, ...], int | None, Path]] = [
                    (
                        block.id,
                        Text(f"Block '{block.id}'", f"Onderdeel '{block.id}'"),
                        block.speakers,
                        slot.length,
                        slot.path,
                    )
                ]
                for t, track in enumerate(block.tracks):
                    runs = track.length if track.length is not None else slot.length
                    parts.append(
                        (
                            track.id,
                            Text(
                                f"Track '{track.id}' of block '{block.id}'",
                                f"Deelsessie '{track.id}' van onderdeel '{block.id}'",
                            ),
                            track.speakers,
                            runs,
                            (*slot.path, "tracks", t),
                        )
                    )
                for part_id, label, speakers, length, path in parts:
                    count = len(dict.fromkeys(speakers))
                    if count < fewest or length is None or length <= 0 or length >= least * count:
                        continue  # enough minutes each (also for a length of many digits)
                    each = length / count
                    if each >= least:
                        continue
                    takes = minutes_text(length)
                    share = f"{each:.1f}".rstrip("0").rstrip(".")
                    share_nl = share.replace(".", ",")
                    yield Violation(
                        path,
                        Text(
                            f"{label.en} in session '{session}' gives {count} speakers "
                            f"{takes.en}: about {share} minutes each, less than "
                            f"{_number(least)}, so few of them are heard for long.",
                            f"{label.nl} in bijeenkomst '{session}' geeft {count} sprekers "
                            f"{takes.nl}: ongeveer {share_nl} minuut per spreker, minder "
                            f"dan {_number(least).replace('.', ',')}, dus weinigen komen "
                            "echt aan het woord.",
                        ),
                        related=tuple(dict.fromkeys((part_id, block.id, session, *speakers))),
                    )


def _number(value: float) -> str:
    return f"{value:g}"
