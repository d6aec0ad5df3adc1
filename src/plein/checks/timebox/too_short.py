"""TB104: a block is long enough for its work format at the expected headcount."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.timebox._timeline import minutes_text, sized_blocks


class BlockTooShort(Check):
    """## What it checks

    Each programme block (and each parallel track, and each item of a track's own
    programme) with a known work format and a known length is at least as
    long as that format needs for the group that does it. The group is the expected
    headcount of the parties the block names as its participants, or, for a block for
    everybody, the session's expected headcount; when neither is known, the smallest
    group the format is meant for. Formats that split into tables need a little more
    time when there are many tables (instructions, moving, reporting back). Blocks
    without a known format or length are not judged here.

    ## Why it matters

    Every work format has a shortest length below which it stops doing what it is
    for: a world café with one round is a table conversation, a dilemma conversation
    without time to weigh is a poll. Squeezed formats are where the quieter voices drop
    out first, because the time goes to those who speak fastest. A Plein is built on
    what must be said getting said; that takes the time the format needs.

    A warning, not an error: a format's shortest length is a rule of thumb, and a
    short block can be one stop of a tour or one step of a longer exercise.

    ## On a plan and on a record

    On a plan it asks for the time the format needs. On a record it says that the block
    was short for its format; blocks whose length or format the record does not give
    are not judged (TB108 and PL002 say so once).
    """

    code = "TB104"
    slug = "block-too-short"
    severity = Severity.WARNING
    summary = Text(
        "A block is shorter than its work format needs.",
        "Een onderdeel is korter dan de werkvorm nodig heeft.",
    )
    hint = Text(
        "Give the block the time its work format needs, or choose a format that fits.",
        "Geef het onderdeel de tijd die de werkvorm vraagt, of kies een werkvorm die past.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for item in sized_blocks(ctx):
            needed = item.range.low
            if item.length >= needed:
                continue
            session = item.timeline.session.id
            label, name = item.label, item.name
            has, needs = minutes_text(item.length), minutes_text(needed)
            group = item.headcount.describe()
            fmt = item.format
            yield Violation(
                item.length_path,
                Text(
                    f"{label.en} in session '{session}' has {has.en}, but its work "
                    f"format {fmt.name_en} needs at least {needs.en}{group.en}.",
                    f"{label.nl} in bijeenkomst '{session}' heeft {has.nl}, "
                    f"maar de werkvorm {fmt.name_nl} vraagt minstens {needs.nl}{group.nl}.",
                ),
                Text(
                    f"Give {name.en} at least {needs.en}, or choose a work format "
                    f"that fits in {has.en}.",
                    f"Geef {name.nl} minstens {needs.nl}, of kies een werkvorm "
                    f"die in {has.nl} past.",
                ),
                item.related,
            )
