"""FU108: every action and promise has a moment to report back."""

from __future__ import annotations

import re
from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.followup._entries import Entry, by_session, follow_ups, listed
from plein.model import Session, Step, StepKind, Trajectory

#: Steps that tell the parties what came of something.
MESSAGE_STEPS = frozenset({StepKind.REPORT_BACK, StepKind.PUBLICATION, StepKind.REPORT})

#: Words that make an item's content a message to the parties itself ("send the minutes
#: to those present", "publish the results"), in English and Dutch, as word starts.
_MESSAGE = re.compile(
    r"\b(report(s|ed|ing)? back|inform|send|sent|publish|newsletter|letter to|write to|"
    r"minutes|terugkoppel|informeer|informeren|stuur|sturen|verstuur|versturen|"
    r"publiceer|publiceren|nieuwsbrief|verslag|bewonersbrief|brief aan)",
    re.IGNORECASE,
)


class NoReportBack(Check):
    """## What it checks

    Every action of an agreement and every promise has a `reportBack` moment: when
    (a date, before or at a session or step, or within a length after the session)
    the owner tells the parties what came of it, or a `reportBackVia` that says how.
    Done and dropped ones are included: what was done, or why it was dropped, is
    exactly what is reported back.

    An item is its own report-back, and is not reported, when it is due `at` a session
    (it is delivered to the parties there), when a report-back, publication or report
    step needs it or it is due at or before one, or when its content is itself a
    message to the parties ("send the minutes to those present", "publish the
    results").

    ## On a plan and on a record

    A missing report-back moment is a warning either way. On a plan each item is
    named, with a hint. On a record (a held session) the items its record gives no
    report-back for are named together, once per session.

    ## Why it matters

    Terugkoppeling is where trust is kept or lost. Residents who gave an evening to a
    Plein want to hear what was done with it, and the Omgevingswet asks the
    municipality to show not only how people were involved but what was done with the
    results. A report-back moment planned at the table is the promise that they will
    hear it, and it gives the next session its first agenda item.
    """

    code = "FU108"
    slug = "no-report-back"
    severity = Severity.WARNING
    summary = Text(
        "An action or promise has no moment to report back.",
        "Een actiepunt of toezegging heeft geen moment van terugkoppeling.",
    )
    hint = Text(
        "Add `reportBack`: a date, or the session or step at which the owner reports "
        "back to the parties.",
        "Voeg `reportBack` toe: een datum, of de bijeenkomst of stap waarop de eigenaar "
        "terugkoppelt aan de partijen.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        trajectory = ctx.trajectory
        needed = _needed_by_messages(trajectory)
        missing = [
            entry
            for entry in follow_ups(ctx).entries
            if not _reports_back(trajectory, entry, needed)
        ]
        for entry in missing:
            if not entry.session.is_record:
                yield _plan(entry)
        for group in by_session(e for e in missing if e.session.is_record):
            yield _record(group)


def _needed_by_messages(trajectory: Trajectory) -> set[str]:
    return {item for step in trajectory.steps if step.kind in MESSAGE_STEPS for item in step.needs}


def _reports_back(trajectory: Trajectory, entry: Entry, needed: set[str]) -> bool:
    item = entry.item
    if item.report_back is not None or item.report_back_via or item.id in needed:
        return True
    due = item.due
    if due is not None and due.reference is not None and due.after is None:
        node = trajectory.node(due.reference)
        if isinstance(node, Session) and due.at is not None:
            return True
        if isinstance(node, Step) and node.kind in MESSAGE_STEPS:
            return True
    return _MESSAGE.search(item.text) is not None


def _plan(entry: Entry) -> Violation:
    owner = entry.item.owner
    if owner:
        when = Text(
            f"nothing says when {owner} tells the parties what came of it",
            f"nergens staat wanneer {owner} de partijen vertelt wat ermee gedaan is",
        )
    else:
        when = Text(
            "nothing says when the parties hear what came of it",
            "nergens staat wanneer de partijen horen wat ermee gedaan is",
        )
    return Violation(
        (*entry.path, "report_back"),
        Text(
            f"{entry.name.en} has no report-back moment: {when.en}.",
            f"{entry.name.nl} heeft geen moment van terugkoppeling: {when.nl}.",
        ),
        related=(entry.item.id, entry.session.id),
    )


def _record(group: list[Entry]) -> Violation:
    session = group[0].session
    ids = listed(group)
    return Violation(
        (*group[0].path, "report_back"),
        Text(
            f"The record of session {session.id} gives no moment or way to report back "
            f"on {ids}: whether the parties hear what came of it cannot be verified.",
            f"Het verslag van bijeenkomst {session.id} geeft geen moment of manier van "
            f"terugkoppeling voor {ids}: of de partijen horen wat ermee gedaan is, is niet "
            "na te gaan.",
        ),
        hint=Text(
            "Add `reportBack` or `reportBackVia` where another source gives one; otherwise "
            "ask the owners when and how the parties hear back.",
            "Voeg `reportBack` of `reportBackVia` toe als een andere bron die geeft; vraag "
            "anders de eigenaren wanneer en hoe de partijen het horen.",
        ),
        related=(*(entry.item.id for entry in group), session.id),
    )
