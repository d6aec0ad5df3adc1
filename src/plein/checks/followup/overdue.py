"""FU107: open actions and promises whose due date has passed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.followup._entries import days, describe_due, due_key, follow_ups
from plein.model import ActionStatus


def _whole_days(value: object) -> bool:
    return isinstance(value, int) and value >= 0


class OverdueAction(Check):
    """## What it checks

    As of the date the design is judged on, every action and promise that is still
    `open` and whose due moment resolves to a day that has passed is reported, with
    the number of days it is overdue. Actions and promises that are `done` or
    `dropped` are not; neither are those whose due moment does not come to a date
    (FU103 reports those).

    ## Why it matters

    Kept promises are what trust is made of. An action that is late and still open is
    what the parties will ask about first at the next Plein; the organiser does better
    to know it before they do, and either finish it, report back why it is late, or
    close it as dropped and say so.
    """

    code = "FU107"
    slug = "overdue-action"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {
        "graceDays": Option(
            0,
            "Days past the due date before an open action or promise counts as overdue.",
            valid=_whole_days,
        ),
    }
    summary = Text(
        "An open action or promise is past its due date.",
        "Een openstaand actiepunt of openstaande toezegging is over de deadline heen.",
    )
    hint = Text(
        "Finish it and set `status: done`, report back why it is late and set a new "
        "`due`, or set `status: dropped` and say so.",
        "Rond het af en zet `status: done`, koppel terug waarom het later wordt en kies "
        "een nieuwe `due`, of zet `status: dropped` en laat dat weten.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        grace = int(ctx.option("graceDays"))
        today = ctx.as_of
        for entry in follow_ups(ctx).entries:
            due, resolved = entry.item.due, entry.due_date
            if entry.item.status is not ActionStatus.OPEN or due is None or resolved is None:
                continue
            overdue = today.toordinal() - resolved.toordinal()
            if overdue <= grace:
                continue
            moment = describe_due(ctx.trajectory, due, resolved)
            late = days(overdue)
            yield Violation(
                (*entry.path, "due", due_key(due)),
                Text(
                    f"{entry.name.en} is still open and was {moment.en}: {late.en} "
                    f"overdue on {today}.",
                    f"{entry.name.nl} staat nog open en moest klaar zijn {moment.nl}: op "
                    f"{today} {late.nl} over de deadline.",
                ),
                related=(entry.item.id, entry.session.id),
            )
