"""FU105: what a later session or step needs is due before it."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.followup._entries import (
    Entry,
    days,
    describe_due,
    due_key,
    follow_ups,
    node_name,
)
from plein.model import ActionStatus, Session, Step, Trajectory


class DueAfterDependent(Check):
    """## What it checks

    A session or step can list under `needs` the actions and promises that must be
    done before it. Each of those has a due moment, and it resolves to a day before
    the date of the session or step that needs it (the date it was held or happened,
    else its planned date): at the latest the day before. An item due *at* (or
    `before`) the very session or step that needs it is on time by definition: it is
    brought there.

    The check reports a needed action or promise due on or after the day of the
    session or step that needs it, with the number of days it is too late. It leaves
    alone what it cannot judge: a session or step without a single known day, an item
    without a due moment or one that does not come to a date (FU103 says that), an
    item that was dropped, and an item marked done before the session or step. Plan
    and record are judged alike: a due date the design shows is a fact either way.

    ## Why it matters

    A trajectory is a sequence of next steps: the second Plein builds on the traffic
    count that was promised at the first, the council decides on the advice once the
    residents have seen it. When what a session needs is due after it, the session
    starts without its input, and the parties see the promise broken in front of them.
    """

    code = "FU105"
    slug = "due-after-dependent"
    severity = Severity.ERROR
    summary = Text(
        "An action or promise that a later session or step needs is not due before it.",
        "Een actiepunt of toezegging dat een latere bijeenkomst of stap nodig heeft, "
        "is niet vóór die datum klaar.",
    )
    hint = Text(
        "Make the action due before the session or step that needs it, or move that "
        "session or step to a later date.",
        "Zet de deadline vóór de bijeenkomst of stap die het nodig heeft, of verschuif "
        "die bijeenkomst of stap naar later.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = follow_ups(ctx)
        nodes: list[Session | Step] = [*ctx.trajectory.sessions, *ctx.trajectory.steps]
        for node in nodes:
            for needed in node.needs:
                entry = view.by_id.get(needed)
                if entry is not None:
                    yield from _judge(ctx.trajectory, entry, node)


def _judge(trajectory: Trajectory, entry: Entry, node: Session | Step) -> Iterator[Violation]:
    item, date = entry.item, node.date
    if item.due is None or item.due.reference == node.id:
        return  # undated is FU103's to say; due at the node that needs it is on time
    if item.status is ActionStatus.DROPPED or date is None:
        return
    if item.status is ActionStatus.DONE and (
        item.status_date is None or item.status_date.earliest < date
    ):
        return
    name = node_name(trajectory, node.id)
    related = (item.id, node.id, entry.session.id)
    resolved = entry.due_date
    if date is None or resolved is None or resolved < date:
        return
    latest = date.subtract(days=1)
    late = days(resolved.toordinal() - latest.toordinal())
    moment = describe_due(trajectory, item.due, resolved)
    yield Violation(
        (*entry.path, "due", due_key(item.due)),
        Text(
            f"{entry.name.en} is {moment.en}, but {name.en} on {date} needs it done: "
            f"it should be due by {latest}, {late.en} earlier.",
            f"{entry.name.nl} moet klaar zijn {moment.nl}, maar {name.nl} op {date} heeft "
            f"het nodig: de deadline moet uiterlijk {latest} zijn, {late.nl} eerder.",
        ),
        hint=Text(
            f"Make {entry.kind.en} {item.id} due by {latest}, or move {name.en} to a later date.",
            f"Zet de deadline van {entry.kind.nl} {item.id} op uiterlijk {latest}, of "
            f"verschuif {name.nl} naar een latere datum.",
        ),
        related=related,
    )
