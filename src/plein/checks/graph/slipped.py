"""GR105: sessions and steps whose actual date moved from the planned one."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.graph._view import days
from plein.model import Path, Session, Step


def _at_least_one(value: object) -> bool:
    return isinstance(value, int) and value >= 1


class SlippedDate(Check):
    """## What it checks

    A session or step that has both a planned and an actual date, and whose actual
    date surely differs from the planned one by at least the option `minDays`, is
    reported with the slip in days, later or earlier. Dates are compared at the
    precision they have: "planned end of May (`2021-05`), held 19 June" is a slip of at
    least 19 days; "planned 2021, held March 2021" is not known to be one and is not
    reported. An actual date after the date the design is judged on is read as the date
    it is now set for. On a plan and on a record alike, a slip is an observation.

    ## Why it matters

    Dates slip, by weeks or months, and the model keeps both dates so that this can be
    seen. A slip is not a mistake, but it is news: the parties were told a date,
    actions may have been due "before the next Plein", and the participation report
    must tell the story as it went. This check lists the slips so that they are
    explained, and so that what depends on them moves along.
    """

    code = "GR105"
    slug = "slipped-date"
    severity = Severity.INFO
    options: ClassVar[Mapping[str, Option]] = {
        "minDays": Option(
            1,
            "The smallest difference, in days, between planned and actual date to report.",
            valid=_at_least_one,
        ),
    }
    summary = Text(
        "A session or step took place on another date than planned.",
        "Een bijeenkomst of stap vond op een andere datum plaats dan gepland.",
    )
    hint = Text(
        "Nothing to fix: say why the date moved, and check that what depends on it moved along.",
        "Niets te herstellen: leg uit waarom de datum verschoof, en kijk of wat ervan "
        "afhangt mee is verschoven.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        least = int(ctx.option("minDays"))
        trajectory = ctx.trajectory
        nodes: list[tuple[Path, Session | Step]] = [
            *((("sessions", i), session) for i, session in enumerate(trajectory.sessions)),
            *((("steps", i), step) for i, step in enumerate(trajectory.steps)),
        ]
        for path, node in nodes:
            planned, actual = node.planned_date, node.actual_date
            if planned is None or actual is None:
                continue
            if actual.surely_after(planned):
                slip = (actual.earliest - planned.latest).in_days()
            elif actual.surely_before(planned):
                slip = -(planned.earliest - actual.latest).in_days()
            else:
                continue
            if abs(slip) < least:
                continue
            if isinstance(node, Session):
                name = Text(f"Session {node.id}", f"Bijeenkomst {node.id}")
            else:
                name = Text(f"Step {node.id}", f"Stap {node.id}")
            span = days(abs(slip))
            if not (actual.day and planned.day):
                span = Text(f"at least {span.en}", f"minstens {span.nl}")
            way = Text("later", "later") if slip > 0 else Text("earlier", "eerder")
            if actual.earliest <= ctx.as_of:
                en = f"took place on {actual}"
                nl = f"vond plaats op {actual}"
            else:
                en = f"is now set for {actual}"
                nl = f"staat nu op {actual}"
            yield Violation(
                (*path, "actual_date"),
                Text(
                    f"{name.en} was planned for {planned} and {en}: {span.en} {way.en}.",
                    f"{name.nl} stond gepland op {planned} en {nl}: {span.nl} {way.nl}.",
                ),
                related=(node.id,),
            )
