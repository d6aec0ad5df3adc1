"""FU103: every action and promise has a due moment that comes to a date."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.followup._entries import (
    Entry,
    by_session,
    follow_ups,
    length,
    listed,
    node_name,
)
from plein.model import ActionStatus, Due, Trajectory


class UndatedAction(Check):
    """## What it checks

    Every action of an agreement and every promise has a `due` moment, and the moment
    comes to a date:

    - `on` a date always does;
    - `before`, `at` or `after` a session or step of the trajectory is due on an event
      ("when the works start", "after the council decision"): it is dated by that
      event, even while the event itself has no date yet (GR106 names undated events);
    - `within` a length does when the session that made the action or promise has a
      date.

    Recurring duties (`every`) are dated by their first moment, and joint duties like
    any other.

    The check says which is the case: no due moment at all, a moment that names no
    session or step, or a length counted from a session without a date.

    ## On a plan and on a record

    A missing due date is missing data, not a breach: a warning either way. On a plan
    each item is named with a hint to date it. On a record (a held session) the items
    its record gives no due date for are named together, once per session (a dropped
    one is left alone; for a done one, when it was due is still what shows whether the
    promise was kept on time).

    ## Why it matters

    An action without a deadline is a wish. Relative deadlines ("before the next
    Plein", "within six weeks") are how people speak, and the model keeps them, but
    they only help when the trajectory can say which day that is. Without a date
    nobody can see that an action is late, that a session depends on something not yet
    done, or report back on time.
    """

    code = "FU103"
    slug = "undated-action"
    severity = Severity.WARNING
    summary = Text(
        "An action or promise has no due date, or its due moment does not come to a date.",
        "Een actiepunt of toezegging heeft geen deadline, of de deadline is niet tot een "
        "datum te herleiden.",
    )
    hint = Text(
        "Give `due` a date, or date the session or step it refers to.",
        "Geef `due` een datum, of geef de bijeenkomst of stap waarnaar hij verwijst een datum.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        trajectory = ctx.trajectory
        entries = follow_ups(ctx).entries
        on_record = [
            e
            for e in entries
            if e.session.is_record
            and e.item.due is None
            and e.item.status is not ActionStatus.DROPPED
        ]
        for group in by_session(on_record):
            yield _record_undated(group)
        for entry in entries:
            due = entry.item.due
            if due is None and entry.session.is_record:
                continue
            if due is None:
                yield Violation(
                    (*entry.path, "due"),
                    Text(
                        f"{entry.name.en} has no due date.",
                        f"{entry.name.nl} heeft geen deadline.",
                    ),
                    hint=Text(
                        f"Add `due` to {entry.kind.en} {entry.item.id}: a date, before or "
                        "at a session or step, or within a length after this session.",
                        f"Voeg `due` toe aan {entry.kind.nl} {entry.item.id}: een datum, "
                        "vóór of bij een bijeenkomst of stap, of binnen een termijn na "
                        "deze bijeenkomst.",
                    ),
                    related=(entry.item.id, entry.session.id),
                )
            elif entry.due_date is None and not _due_on_an_event(trajectory, due):
                yield _unresolved(trajectory, entry, due)


def _due_on_an_event(trajectory: Trajectory, due: Due) -> bool:
    """Due at, before or after a session or step of the trajectory: dated by that event
    ("when the works start"), even while the event itself has no date (GR106 says so)."""
    return due.reference is not None and trajectory.node(due.reference) is not None


def _record_undated(group: list[Entry]) -> Violation:
    session = group[0].session
    ids = listed(group)
    return Violation(
        (*group[0].path, "due"),
        Text(
            f"The record of session {session.id} gives no due date for {ids}: whether "
            "it is done in time cannot be followed.",
            f"Het verslag van bijeenkomst {session.id} geeft geen deadline voor {ids}: "
            "of het op tijd klaar is, is niet te volgen.",
        ),
        hint=Text(
            "Add `due` where another source gives one; otherwise ask the owner by when.",
            "Voeg `due` toe als een andere bron die geeft; vraag anders de eigenaar wanneer.",
        ),
        related=(*(entry.item.id for entry in group), session.id),
    )


def _unresolved(trajectory: Trajectory, entry: Entry, due: Due) -> Violation:
    if due.within is not None:
        span = length(due.within)
        return Violation(
            (*entry.path, "due", "within"),
            Text(
                f"{entry.name.en} is due within {span.en} of its session, which has no "
                "date, so its due date is unknown.",
                f"{entry.name.nl} moet klaar zijn binnen {span.nl} na de bijeenkomst, maar "
                "die heeft geen datum, dus de deadline is onbekend.",
            ),
            hint=Text(
                f"Give session {entry.session.id} a `plannedDate`, or give `due` a date.",
                f"Geef bijeenkomst {entry.session.id} een `plannedDate`, of geef `due` een datum.",
            ),
            related=(entry.item.id, entry.session.id),
        )
    key = "before" if due.before is not None else "at"
    reference = due.reference or ""
    node = node_name(trajectory, reference)
    word = "vóór" if key == "before" else "bij"
    if trajectory.node(reference) is None:
        message = Text(
            f"{entry.name.en} is due {key} '{reference}', which is no session or step.",
            f"{entry.name.nl} moet klaar zijn {word} '{reference}', maar dat is geen bijeenkomst "
            "of stap.",
        )
        hint = Text(
            "Point `due` at a session or step of the trajectory, or give it a date.",
            "Laat `due` verwijzen naar een bijeenkomst of stap van het traject, of geef "
            "hem een datum.",
        )
    else:
        message = Text(
            f"{entry.name.en} is due {key} {node.en}, which has no date, so its due date "
            "is unknown.",
            f"{entry.name.nl} moet klaar zijn {word} {node.nl}, maar die heeft geen datum, dus de "
            "deadline is onbekend.",
        )
        hint = Text(
            f"Give {node.en} a `plannedDate`, or give `due` a date.",
            f"Geef {node.nl} een `plannedDate`, of geef `due` een datum.",
        )
    return Violation(
        (*entry.path, "due", key),
        message,
        hint=hint,
        related=(entry.item.id, reference, entry.session.id),
    )
