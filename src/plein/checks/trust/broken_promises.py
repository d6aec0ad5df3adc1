"""TR107: a session does not start with earlier promises broken."""

from __future__ import annotations

from collections.abc import Iterator

import pendulum

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.trust import Backlog, LedgerRow, broken_before_sessions

__all__ = ["BrokenPromisesBeforeSession"]

_SHOWN = 5


class BrokenPromisesBeforeSession(Check):
    """## What it checks

    As of the date the design is judged on, each session that has taken place (its
    date is on or before that date) and the next session planned after it are checked
    for broken promises: actions of agreements and organiser promises made in an
    earlier session, due before this one, that on the session's date were dropped or
    still open. Status changes count from their `statusDate`: an action done after the
    session was still open at it. Each broken item is named at the first session it
    came due before; one that is still open and overdue is named at the next planned
    session too. Items whose due moment does not come to a date are not judged.

    ## Why it matters

    Kept promises are what trust across a trajectory is made of. Parties come to the
    next Plein remembering what was promised at the last one. When the notes never
    came, the study is late or the promise was quietly dropped, that is the first
    thing in the room, and the work of the evening waits until it is said. Knowing it
    beforehand lets the organiser start by reporting back on it honestly, instead of
    being caught out.

    ## On a plan and on a record

    The same on both, as of the date the design is judged on. A status that is not
    recorded is never broken: only a follow-up recorded as dropped, or recorded open
    past its due date, counts.
    """

    code = "TR107"
    slug = "broken-promises-before-session"
    severity = Severity.WARNING
    summary = Text(
        "A session starts with earlier promises or actions overdue or dropped.",
        "Een bijeenkomst begint met eerdere toezeggingen of actiepunten die te laat of "
        "geschrapt zijn.",
    )
    hint = Text(
        "Before the session, finish what is overdue, and open the session by reporting "
        "back on each broken promise: what happened, and what comes instead.",
        "Rond vóór de bijeenkomst af wat te laat is, en begin de bijeenkomst met een "
        "terugkoppeling over elke gebroken toezegging: wat er gebeurde en wat ervoor in "
        "de plaats komt.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for backlog in broken_before_sessions(ctx.trajectory, ctx.as_of):
            yield _violation(backlog, ctx.as_of)


def _days(count: int) -> Text:
    return Text(
        f"{count} day" if count == 1 else f"{count} days",
        f"{count} dag" if count == 1 else f"{count} dagen",
    )


def _item(row: LedgerRow, on: pendulum.Date) -> Text:
    kind = Text("promise", "toezegging") if row.is_promise else Text("action", "actiepunt")
    if row.is_dropped(on):
        state = Text("dropped", "geschrapt")
    else:
        late = row.days_late(on)
        if late is None:
            state = Text("open", "open")
        else:
            past = _days(late)
            state = Text(f"open, {past.en} past due", f"open, {past.nl} over de deadline")
    due = (f"due {row.due}", f"deadline {row.due}") if row.due is not None else ("", "")
    en = ", ".join(part for part in (f"session '{row.session}'", due[0], state.en) if part)
    nl = ", ".join(part for part in (f"bijeenkomst '{row.session}'", due[1], state.nl) if part)
    return Text(f"{kind.en} '{row.id}' ({en})", f"{kind.nl} '{row.id}' ({nl})")


def _what(rows: tuple[LedgerRow, ...]) -> Text:
    """The broken items counted: ``a broken promise``, ``3 broken promises and actions``."""
    count = len(rows)
    promises = sum(1 for row in rows if row.is_promise)
    if count == 1:
        if promises:
            return Text("a broken promise", "een gebroken toezegging")
        return Text("a broken action", "een niet nagekomen actiepunt")
    if promises == count:
        return Text(f"{count} broken promises", f"{count} gebroken toezeggingen")
    if promises == 0:
        return Text(f"{count} broken actions", f"{count} niet nagekomen actiepunten")
    return Text(
        f"{count} broken promises and actions",
        f"{count} gebroken toezeggingen en niet nagekomen actiepunten",
    )


def _violation(backlog: Backlog, as_of: pendulum.Date) -> Violation:
    rows = backlog.rows
    items = [_item(row, backlog.judged_on) for row in rows[:_SHOWN]]
    more = len(rows) - _SHOWN
    listed_en = "; ".join(item.en for item in items) + (f"; and {more} more" if more > 0 else "")
    listed_nl = "; ".join(item.nl for item in items) + (f"; en nog {more}" if more > 0 else "")
    what = _what(rows)
    earlier = (
        Text("from an earlier session", "uit een eerdere bijeenkomst")
        if len(rows) == 1
        else Text("from earlier sessions", "uit eerdere bijeenkomsten")
    )
    if backlog.date <= as_of:
        message = Text(
            f"Session '{backlog.session}' on {backlog.date} started with {what.en} "
            f"{earlier.en}: {listed_en}.",
            f"Bijeenkomst '{backlog.session}' op {backlog.date} begon met {what.nl} "
            f"{earlier.nl}: {listed_nl}.",
        )
    else:
        message = Text(
            f"Session '{backlog.session}', the next one (planned for {backlog.date}), "
            f"starts with {what.en} {earlier.en}, as of {as_of}: {listed_en}.",
            f"Bijeenkomst '{backlog.session}', de volgende (gepland op {backlog.date}), "
            f"begint per {as_of} met {what.nl} {earlier.nl}: {listed_nl}.",
        )
    return Violation(
        ("sessions", backlog.index),
        message,
        related=(backlog.session, *(row.id for row in rows)),
    )
