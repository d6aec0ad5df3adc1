"""TB108: a content block has a known length, so that the session can be timed."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks._scope import end_is_known, is_working_meeting
from plein.checks.timebox._timeline import Slot, Timeline, is_rest, is_untimed, timelines
from plein.checks.timebox.harvest import closes

_HELD_BACK = {
    "TB101": Text("TB101 (the content fits its dagdeel)", "TB101 (de inhoud past in het dagdeel)"),
    "TB102": Text("TB102 (gaps and overlaps)", "TB102 (gaten en overlap)"),
    "TB106": Text("TB106 (breaks)", "TB106 (pauzes)"),
    "TB107": Text("TB107 (time to harvest)", "TB107 (tijd om te oogsten)"),
}


class UnknownLength(Check):
    """## What it checks

    Each block of a session's content (the work and the breaks, not the walk-in, meals
    or social time) has a known length: its own ``minutes``; the time from its
    ``start`` to its ``end``; when it has a clock ``start``, the time until the next
    block's clock start (a programme written as start times only, whose last item is
    a block of kind ``end``); or parallel tracks that all give theirs.
    A session with blocks without one is reported **once**, naming the blocks and the
    timebox checks that could not verify the session because of them: whether the
    content fits its window (TB101), whether the clock starts leave gaps or overlaps
    (TB102), whether there is a break in time (TB106), and whether the closing block
    has time to harvest (TB107). A programme with no clock time and no length at all
    is said to be untimed, whether or not the session has a dagdeel (TB110 leaves such
    a session to this check).

    ## Why it matters

    Real programmes often give clock times for some items and none for others, and a
    design may be written down before every length is settled; that is allowed. But a
    block without a length is a hole in the timebox: the checks that guard the dagdeel,
    the breaks and the clock times cannot see past it, and the evening can overrun
    without anyone being told. A rough estimate is better than none.

    ## On a plan and on a record

    On a plan the lengths are the designer's to fill in: the hint says how. On a record
    (a held session) the source simply did not publish them; the finding says once what
    could not be checked, and nothing else in the timebox family treats the missing
    lengths as a breach. A record that says its programme is not recorded at all is
    not reported here.
    """

    code = "TB108"
    slug = "unknown-length"
    severity = Severity.WARNING
    summary = Text(
        "Blocks of a session's content have no known length.",
        "Onderdelen van het programma hebben geen bekende lengte.",
    )
    hint = Text(
        "Give the blocks their minutes (or each of their tracks theirs), or an end; an "
        "estimate will do. In a programme of start times, end it with a block of kind 'end'.",
        "Geef de onderdelen een aantal minuten (of elk van hun deelsessies), of een "
        "eindtijd; een schatting volstaat. Sluit een programma van begintijden af met een "
        "onderdeel van soort 'end'.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for timeline in timelines(ctx):
            unknown = [slot for slot in timeline.content if slot.length is None]
            if not unknown:
                continue
            here = timeline.session
            session = here.id
            held_back = _held_back(timeline)
            codes = [code for code in _HELD_BACK if any(code in held_back.get(s.index, ())
                                                         for s in unknown)]  # fmt: skip
            harvest = _harvest_unchecked(ctx, timeline, unknown)
            if harvest == "length":
                codes.append("TB107")
            ids = [slot.block.id for slot in unknown]
            if is_untimed(timeline):
                if "TB101" not in codes:
                    codes.insert(0, "TB101")
                if len(unknown) == 1:
                    what = Text(
                        f"The programme of session '{session}' gives no time or length "
                        f"for its block '{ids[0]}'",
                        f"Het programma van bijeenkomst '{session}' geeft geen tijd of "
                        f"lengte voor onderdeel '{ids[0]}'",
                    )
                else:
                    what = Text(
                        f"The programme of session '{session}' gives no times or lengths "
                        f"for its {len(ids)} blocks",
                        f"Het programma van bijeenkomst '{session}' geeft geen tijden of "
                        f"lengtes voor zijn {len(ids)} onderdelen",
                    )
            else:
                quoted = [f"'{i}'" for i in ids]
                if len(ids) == 1:
                    what = Text(
                        f"Block {quoted[0]} in session '{session}' has no known length",
                        f"Onderdeel {quoted[0]} in bijeenkomst '{session}' heeft geen "
                        "bekende lengte",
                    )
                else:
                    what = Text(
                        f"Blocks {_join(quoted, 'and')} in session '{session}' have no "
                        "known length",
                        f"De onderdelen {_join(quoted, 'en')} in bijeenkomst '{session}' "
                        "hebben geen bekende lengte",
                    )
            if codes:
                names = [_HELD_BACK[code] for code in codes]
                en = _join([name.en for name in names], "and")
                nl = _join([name.nl for name in names], "en")
                verb = "konden" if len(names) > 1 else "kon"
                message = Text(
                    f"{what.en}, so {en} could not be checked.",
                    f"{what.nl}, waardoor {nl} niet gecontroleerd {verb} worden.",
                )
            else:
                message = Text(f"{what.en}.", f"{what.nl}.")
            if harvest == "end":
                message = Text(
                    f"{message.en} The record does not give the programme's end either, so "
                    "whether it closes with a harvest (TB107) could not be checked.",
                    f"{message.nl} Het verslag geeft ook het einde van het programma niet, "
                    "dus of het afsluit met een oogst (TB107) kon niet worden gecontroleerd.",
                )
            hint = None
            if here.is_record:
                hint = Text(
                    "If the source gives the times or lengths, add them (an estimate will "
                    "do); if it does not, there is nothing to fix: the record is judged on "
                    "what it gives.",
                    "Geeft de bron de tijden of lengtes, vul ze dan in (een schatting "
                    "volstaat); zo niet, dan is er niets te herstellen: het verslag wordt "
                    "beoordeeld op wat het geeft.",
                )
            path = unknown[0].path if len(unknown) == 1 else (*timeline.path, "programme")
            yield Violation(path, message, hint, (session, *ids))


def _harvest_unchecked(ctx: Context, timeline: Timeline, unknown: list[Slot]) -> str | None:
    """Why TB107 could not judge the session's harvest: ``end`` (the record does not give
    the programme's end), ``length`` (a last block's length is unknown), or None."""
    if not is_working_meeting(ctx.trajectory, timeline.session):
        return None
    if not end_is_known(timeline.session):
        return "end"
    work = [
        slot
        for slot in timeline.content
        if not slot.is_break and not is_rest(ctx.format(slot.block.format))
    ]
    last_two = work[-2:]
    if any(closes(ctx, slot) for slot in last_two):
        # TB107 passes over a closing block of unknown length
        shut = [slot for slot in last_two if closes(ctx, slot)]
        return "length" if any(slot in unknown for slot in shut) else None
    return None


def _held_back(timeline: Timeline) -> dict[int, tuple[str, ...]]:
    """For each content block of unknown length, the checks it keeps from verifying."""
    slots = timeline.slots
    content = timeline.content
    if not content:
        return {}
    last_content = content[-1].index
    first_clock = timeline.first_clock_start
    # The index of the next block with a clock start after each block, if any.
    next_clock: list[int | None] = [None] * len(slots)
    following: int | None = None
    for slot in reversed(slots):
        next_clock[slot.index] = following
        if slot.block.start is not None:
            following = slot.index
    unmeasured = {
        slot.index
        for stretch in timeline.stretches()
        if stretch.minutes is None
        for slot in stretch.slots
    }
    found: dict[int, tuple[str, ...]] = {}
    for slot in content:
        if slot.length is not None:
            continue
        index, after = slot.index, next_clock[slot.index]
        leading = first_clock is None or index < first_clock
        codes = []
        if timeline.window is not None and (leading or after is None or after > last_content):
            codes.append("TB101")
        if not leading and after is not None:
            codes.append("TB102")
        if index in unmeasured:
            codes.append("TB106")
        found[index] = tuple(codes)
    return found


def _join(items: list[str], word: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
