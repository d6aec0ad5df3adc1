"""FU108: every action and promise has a moment to report back."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.followup._entries import follow_ups


class NoReportBack(Check):
    """## What it checks

    Every action of an agreement and every promise has a `reportBack` moment: when
    (a date, before or at a session or step, or within a length after the session)
    the owner tells the parties what came of it. Done and dropped ones are included:
    what was done, or why it was dropped, is exactly what is reported back.

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
        for entry in follow_ups(ctx).entries:
            if entry.item.report_back is not None:
                continue
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
            yield Violation(
                (*entry.path, "report_back"),
                Text(
                    f"{entry.name.en} has no report-back moment: {when.en}.",
                    f"{entry.name.nl} heeft geen moment van terugkoppeling: {when.nl}.",
                ),
                related=(entry.item.id, entry.session.id),
            )
