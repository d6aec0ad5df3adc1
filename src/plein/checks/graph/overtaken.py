"""GR108: a plan overtaken by a slip: planned before a node it follows actually happened."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.graph._view import days, graph_view
from plein.model import Session, SessionStatus, Step, StepStatus


class OvertakenDate(Check):
    """## What it checks

    A session or step that is still only planned (it has a planned date, no actual
    date, and is not recorded as done) is planned for a date surely before the actual
    date of a session or step it follows: the earlier one slipped past it, and its
    plan was not moved along. The check reports each such link once, with at least the
    number of days between the two dates. Dates are compared at their precision, and a
    date marked uncertain (`?`) is not held against the graph.

    ## On a plan and on a record

    A warning either way: the planned date is now impossible, so the graph runs
    backwards in time. On a plan, move the date (or the `after`); on a record, the
    sources did not say when the later node moved to, which is worth finding out.

    ## Why it matters

    Dates slip, and what depends on a slipped session slips with it: the council
    cannot decide on the advice of an evening that has not yet been held. When the
    design still shows the old date, the parties are told something that cannot
    happen, and actions due "before the decision" resolve to a day that has passed.
    """

    code = "GR108"
    slug = "overtaken-date"
    severity = Severity.WARNING
    summary = Text(
        "A session or step is planned before a node it follows actually took place.",
        "Een bijeenkomst of stap staat gepland vóór de werkelijke datum van een "
        "bijeenkomst of stap waarop hij volgt.",
    )
    hint = Text(
        "Move its planned date to after the actual date of the node it follows, or "
        "record when it really took place.",
        "Verschuif de geplande datum naar na de werkelijke datum van de bijeenkomst of "
        "stap waarop hij volgt, of leg vast wanneer hij echt plaatsvond.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = graph_view(ctx)
        for before, node in view.edges_in_order():
            earlier, later = view.item(before), view.item(node)
            if not _only_planned(later):
                continue
            planned, happened = later.planned_date, earlier.actual_date
            if planned is None or happened is None:
                continue
            if planned.is_uncertain or happened.is_uncertain:
                continue
            if not planned.surely_before(happened):
                continue
            span = days((happened.earliest - planned.latest).in_days())
            if not (planned.day and happened.day):
                span = Text(f"at least {span.en}", f"minstens {span.nl}")
            name, other = view.name(node), view.lower(before)
            yield Violation(
                (*view.paths[node], "planned_date"),
                Text(
                    f"{name.en} is planned for {planned}, but {other.en}, which it "
                    f"follows, took place on {happened}, {span.en} later: the plan has "
                    "been overtaken.",
                    f"{name.nl} staat gepland op {planned}, maar {other.nl}, waarop hij "
                    f"volgt, vond plaats op {happened}, {span.nl} later: het plan is "
                    "ingehaald.",
                ),
                related=(node, before),
            )


def _only_planned(item: Session | Step) -> bool:
    if item.actual_date is not None:
        return False
    if isinstance(item, Step):
        return not item.is_done and item.status is not StepStatus.CANCELLED
    return item.state in (SessionStatus.PLANNED, SessionStatus.POSTPONED)
