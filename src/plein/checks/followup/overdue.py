"""FU107: open actions and promises whose due date has passed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.followup._entries import Entry, days, describe_due, due_key, follow_ups
from plein.model import ActionStatus, Occurrence

#: Recorded statuses that say an item is not finished.
UNFINISHED = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.PARTLY_DONE})


def _whole_days(value: object) -> bool:
    return isinstance(value, int) and value >= 0


class OverdueAction(Check):
    """## What it checks

    As of the date the design is judged on, every action and promise whose recorded
    status says it is not finished (`open`, `in-progress`, `partly-done`) and whose due
    moment resolves to a day that has passed is reported, with the number of days it
    is overdue. Actions and promises that are `done` or `dropped` are not; neither are
    those whose due moment does not come to a date (FU103 reports those), nor those
    whose status is not recorded: unknown is not open. A recurring duty is judged per
    recorded occurrence, each by its own status.

    ## On a plan and on a record

    Alike, and only on what is recorded: a status the record does not give is never
    overdue. A record is best judged as of its own date (the session's), so that what
    happened after the sources stop is not read as late.

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
            if due is None or resolved is None:
                continue
            if due.every is not None and entry.item.occurrences:
                yield from _occurrences(ctx, entry, grace)
                continue
            if entry.item.status not in UNFINISHED:
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


def _occurrences(ctx: Context, entry: Entry, grace: int) -> Iterator[Violation]:
    item, today = entry.item, ctx.as_of
    assert item.due is not None
    dates = ctx.trajectory.occurrence_dates(item.due, entry.session, today)
    seen: set[int] = set()
    for i, day in enumerate(dates):
        following = dates[i + 1] if i + 1 < len(dates) else None
        occurrence: Occurrence | None = item.recorded_occurrence(day, following)
        if occurrence is None or occurrence.status not in UNFINISHED:
            continue
        index = item.occurrences.index(occurrence)
        if index in seen:
            continue
        seen.add(index)
        due = occurrence.due.latest
        overdue = today.toordinal() - due.toordinal()
        if overdue <= grace:
            continue
        late = days(overdue)
        yield Violation(
            (*entry.path, "occurrences", index, "status"),
            Text(
                f"{entry.name.en}, due again on {occurrence.due}, is still not done for "
                f"that occurrence: {late.en} overdue on {today}.",
                f"{entry.name.nl} moest opnieuw klaar zijn op {occurrence.due}, en is dat "
                f"voor die keer nog niet: op {today} {late.nl} over de deadline.",
            ),
            related=(item.id, entry.session.id),
        )
