"""GR107: dates the record marks uncertain, or gives as one of several."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.graph._view import graph_view
from plein.model import EdtfDate


class UncertainDate(Check):
    """## What it checks

    A session or step whose planned or actual date is marked uncertain (`?`: a year or
    a day inferred, a date not confirmed) or is given as one of several
    (`[2011-11-16,2011-11-17]`: two sources disagree) is noted, once per date, with
    the date as written. A date that is only approximate (`~`) or a period is not: its
    precision is known.

    ## On a plan and on a record

    Alike, an observation (info): nothing to fix, but the order and slips of the
    trajectory rest on that date, and the checks that compare dates (GR103, GR108)
    do not hold an uncertain one against the graph.

    ## Why it matters

    Records of real trajectories are pieced together from news items, minutes and
    announcements; a weekday without a year, or two pages a day apart, is common. The
    model keeps the doubt so that a participation report does not present an inferred
    date as fact, and so that someone who knows can confirm it.
    """

    code = "GR107"
    slug = "uncertain-date"
    severity = Severity.INFO
    summary = Text(
        "A date is marked uncertain, or the sources give more than one.",
        "Een datum is onzeker, of de bronnen geven er meer dan één.",
    )
    hint = Text(
        "Nothing to fix: confirm the date from a source where you can, and write it as one day.",
        "Niets te herstellen: bevestig de datum uit een bron waar dat kan, en schrijf hem als "
        "één dag.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = graph_view(ctx)
        for node in view.in_order(view.items):
            item = view.item(node)
            name = view.name(node)
            for key, date, en, nl in (
                ("planned_date", item.planned_date, "planned", "geplande"),
                ("actual_date", item.actual_date, "actual", "werkelijke"),
            ):
                if date is None:
                    continue
                why = _doubt(date)
                if why is None:
                    continue
                yield Violation(
                    (*view.paths[node], key),
                    Text(
                        f"{name.en}: the {en} date {date} {why.en}.",
                        f"{name.nl}: de {nl} datum {date} {why.nl}.",
                    ),
                    related=(node,),
                )


def _doubt(date: EdtfDate) -> Text | None:
    if date.text.startswith("[") and ".." in date.text:
        return Text(
            "is one day in a range, not known which",
            "is één dag binnen een periode, niet bekend welke",
        )
    if date.text.startswith("["):
        return Text(
            "is one of several the sources give",
            "is een van meerdere die de bronnen geven",
        )
    if date.is_uncertain:
        return Text(
            "is marked uncertain (inferred or not confirmed)",
            "is als onzeker gemarkeerd (afgeleid of niet bevestigd)",
        )
    return None
