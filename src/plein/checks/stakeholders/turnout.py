"""SH108: the count seen differs markedly from the count expected, registered or drawn."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.model import Count, Session

__all__ = ["TurnoutDiffers"]


def _ratio(value: Any) -> bool:
    return isinstance(value, int | float) and 0 < value < 1


class TurnoutDiffers(Check):
    """## What it checks

    A session's counts tell the same story: the people expected (`expected`, its
    own or its parties'), the people seen (`attended`), and the further counts kept
    beside them (`counts`: 138 registered, 45 drawn, 31 at the final vote). When the
    lowest of them is below `ratio` times the highest (by their estimates: `~190`
    counts as 190, `25-30` as 27), the session gets one observation naming every
    count, so that a reader sees who came out of whom. Each occasion of a series is
    compared the same way. A session with fewer than two counts is not judged.

    ## On a plan and on a record

    On a record it shows the turnout: 31 of 138 registered, 32 of 45 drawn. On a plan
    it shows counts that do not agree (a room for 40, 120 registered). It is an
    observation, never a breach: counts from different sources and moments differ.

    ## Why it matters

    Who was heard is who came. A session that heard a quarter of those who signed
    up, or a self-selected part of a drawn panel, may have heard the already
    convinced; a participation report says so, and the next round can reach out to
    those who stayed away.
    """

    code = "SH108"
    slug = "turnout-differs"
    severity = Severity.INFO
    summary = Text(
        "The count seen differs markedly from the count expected, registered or drawn.",
        "Het aantal aanwezigen wijkt sterk af van het verwachte, aangemelde of gelote aantal.",
    )
    hint = Text(
        "An observation: say in the report who came and who did not, and what that "
        "means for the results.",
        "Een observatie: zeg in het verslag wie er kwam en wie niet, en wat dat "
        "betekent voor de uitkomsten.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "ratio": Option(
            0.8,
            "report when the lowest count is below this share of the highest",
            valid=_ratio,
        )
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        ratio = float(ctx.option("ratio"))
        for s, session in enumerate(ctx.trajectory.sessions):
            found = _differs(_counts(session), ratio)
            if found:
                yield _violation(("sessions", s), session.id, found, (session.id,))
            for o, occasion in enumerate(session.occasions):
                pairs = [
                    (label, count)
                    for label, count in (
                        ("expected", occasion.expected),
                        ("attended", occasion.attended),
                    )
                    if count is not None
                ]
                found = _differs(pairs, ratio)
                if found:
                    path = ("sessions", s, "occasions", o)
                    yield _violation(path, occasion.id, found, (occasion.id, session.id))


def _counts(session: Session) -> list[tuple[str, Count]]:
    """The session's counts; a total that a labelled count repeats is left out."""
    labelled = [(c.label, c.count) for c in session.counts]
    same = {count for _, count in labelled}
    found: list[tuple[str, Count]] = []
    for label, count in (
        ("expected", session.expected_count),
        ("attended", session.attended_count),
    ):
        if count is not None and count not in same:
            found.append((label, count))
    return found + labelled


def _differs(counts: list[tuple[str, Count]], ratio: float) -> list[tuple[str, Count]]:
    if len(counts) < 2:
        return []
    low = min(count.estimate for _, count in counts)
    high = max(count.estimate for _, count in counts)
    return counts if high > 0 and low / high < ratio else []


def _violation(
    path: tuple[str | int, ...], who: str, counts: list[tuple[str, Count]], related: tuple[str, ...]
) -> Violation:
    low = min(count.estimate for _, count in counts)
    high = max(count.estimate for _, count in counts)
    listed = ", ".join(f"{count} {label}" for label, count in counts)
    share = round(100 * low / high)
    return Violation(
        path,
        Text(
            f"The counts of '{who}' differ markedly: {listed} (the lowest is about "
            f"{share}% of the highest).",
            f"De aantallen van '{who}' lopen sterk uiteen: {listed} (het laagste is "
            f"ongeveer {share}% van het hoogste).",
        ),
        related=related,
    )
