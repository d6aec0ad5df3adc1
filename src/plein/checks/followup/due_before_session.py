"""FU104: an action or promise falls due after the session that made it."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.followup._entries import days, describe_due, due_key, follow_ups


class DueBeforeSession(Check):
    """## What it checks

    The due date of every action and promise, once resolved to a day, lies after the
    date of the session that made it (the date it was held, else the date it is planned
    for). A due date on the day of the session itself, or before it, is reported with
    the number of days.

    A moment that does not come to a date, or a session without a single known day, is
    not judged here (FU103 reports the first). Approximate due dates count by their
    last possible day, so "end of March" made on 12 March is not early.

    ## On a plan and on a record

    Alike: the due date and the session's date are both in the design, so a due date
    on or before the session that made it is a breach the data shows.

    ## Why it matters

    An action is a follow-up: it starts when the session ends. A due date on or before
    the session usually means a copied date, a typo in the year, or a relative moment
    ("before the survey") that points at a step that comes first. Either way the
    parties agree to something they could never do in time, and the first thing they
    hear afterwards is that it is late.
    """

    code = "FU104"
    slug = "due-before-session"
    severity = Severity.ERROR
    summary = Text(
        "An action or promise is due on or before the session that made it.",
        "Een actiepunt of toezegging moet al klaar zijn op of vóór de bijeenkomst waar "
        "het is afgesproken.",
    )
    hint = Text(
        "Set a due date after the session, or point `due` at a later session or step.",
        "Kies een deadline na de bijeenkomst, of laat `due` verwijzen naar een latere "
        "bijeenkomst of stap.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        trajectory = ctx.trajectory
        for entry in follow_ups(ctx).entries:
            due, resolved, held = entry.item.due, entry.due_date, entry.session.date
            if due is None or resolved is None or held is None or resolved > held:
                continue
            early = held.toordinal() - resolved.toordinal()
            if early:
                span = days(early)
                when = Text(
                    f"{span.en} before that session ({held})",
                    f"{span.nl} vóór die bijeenkomst ({held})",
                )
            else:
                when = Text(
                    f"the day of that session itself ({held})",
                    f"de dag van die bijeenkomst zelf ({held})",
                )
            moment = describe_due(trajectory, due, resolved)
            related = (entry.item.id, entry.session.id, due.reference or entry.session.id)
            yield Violation(
                (*entry.path, "due", due_key(due)),
                Text(
                    f"{entry.name.en} is {moment.en}: {when.en}.",
                    f"{entry.name.nl} moet klaar zijn {moment.nl}: {when.nl}.",
                ),
                related=tuple(dict.fromkeys(related)),
            )
