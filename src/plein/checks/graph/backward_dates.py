"""GR103: dates run forward along the trajectory graph."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.graph._view import GraphView, days, graph_view
from plein.model import EdtfDate


class DatesRunBackward(Check):
    """## What it checks

    Along every link of the trajectory graph (a session or step and one it names in
    `after`), the later one's planned date is not before the earlier one's planned
    date; and where both have an actual date (held, happened), the same holds for the
    actual dates. The same day is fine. Dates are compared at their precision: only a
    link whose later node is *surely* before the earlier one is reported (a step
    planned for "2021" after a session in March 2021 is not), with at least the number
    of days between them, separately for planned and actual dates. Links where either
    date is unknown are not judged. Two sources that disagree on a date by a day
    (`[2011-11-16,2011-11-17]`) reverse nothing. A date marked uncertain (`2021-10-05?`,
    a year or day inferred) is not held against the graph: GR107 notes it instead.

    ## On a plan and on a record

    Alike: two dates the design gives with certainty that put a node surely before one
    it follows are a breach the data shows. A plan overtaken by a slip (an actual date
    past a later node's planned one) is GR108's.

    ## Why it matters

    The graph says what builds on what: the council decides after the Plein that
    advised it, the second session hears back on the actions of the first. When the
    dates say the opposite, either the `after` is wrong or the calendar is, and either
    way the session starts without what it was designed to build on.
    """

    code = "GR103"
    slug = "dates-run-backward"
    severity = Severity.ERROR
    summary = Text(
        "A session or step is dated before one it follows.",
        "Een bijeenkomst of stap heeft een datum vóór die van een bijeenkomst of stap "
        "waarop hij volgt.",
    )
    hint = Text(
        "Move the date to on or after that of the session or step it follows, or "
        "correct its `after`.",
        "Verschuif de datum naar de dag van of na de bijeenkomst of stap waarop hij "
        "volgt, of verbeter `after`.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = graph_view(ctx)
        for before, node in view.edges_in_order():
            earlier, later = view.item(before), view.item(node)
            for planned, first, then in (
                (True, earlier.planned_date, later.planned_date),
                (False, earlier.actual_date, later.actual_date),
            ):
                if first is None or then is None or first.is_uncertain or then.is_uncertain:
                    continue
                if then.surely_before(first):
                    yield _backward(view, before, node, first, then, planned=planned)


def _backward(
    view: GraphView,
    before: str,
    node: str,
    first: EdtfDate,
    then: EdtfDate,
    *,
    planned: bool,
) -> Violation:
    span = days((first.earliest - then.latest).in_days())
    if not (first.day and then.day):
        span = Text(f"at least {span.en}", f"minstens {span.nl}")
    name, other = view.name(node), view.lower(before)
    if planned:
        path = (*view.paths[node], "planned_date")
        text = Text(
            f"{name.en} is planned for {then}, {span.en} before {other.en} (planned for "
            f"{first}), which it follows.",
            f"{name.nl} staat gepland op {then}, {span.nl} vóór {other.nl} (gepland op "
            f"{first}), waarop hij volgt.",
        )
    else:
        path = (*view.paths[node], "actual_date")
        text = Text(
            f"{name.en} took place on {then}, {span.en} before {other.en} (on {first}), "
            "which it follows.",
            f"{name.nl} vond plaats op {then}, {span.nl} vóór {other.nl} (op {first}), "
            "waarop hij volgt.",
        )
    return Violation(path, text, related=(node, before))
