"""GR106: sessions and steps whose date is unknown, so order and slips cannot be checked."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.graph._view import graph_view
from plein.model import Session, SessionStatus, Step, StepStatus


class UndatedNode(Check):
    """## What it checks

    Every session and step has a date, and one whose plan has passed has an actual
    date or a status that says what became of it. A plan has passed when its planned
    date is surely before the date the design is judged on, or before the latest
    actual date the trajectory records (a record written later shows what came
    after), or when a session or step that follows it is recorded as held or done.
    The check names, once for the whole trajectory, the sessions and steps that have
    no date at all, and those whose plan has passed with no actual date and no status;
    all of them are listed as related.

    A step whose status is recorded (done, cancelled, postponed), and a session whose
    status is, are not reported as past and unrecorded.

    ## On a plan and on a record

    A warning either way, said once: on a plan, the dates are the designer's to fill
    in; on a record, the sources did not give them, so the order of the trajectory and
    any slip can only be checked where dates are known. It is never a reason to doubt
    the order of the dates that are known.

    ## Why it matters

    Dates are how a trajectory shows that it moves forward: that the council decides
    after the Plein that advised it, that a promise made for "after the summer" was
    kept, that a slip was explained. A node without a date cannot be placed, and a
    planned step that is past and says nothing about whether it happened leaves the
    parties guessing.
    """

    code = "GR106"
    slug = "undated-node"
    severity = Severity.WARNING
    summary = Text(
        "Sessions or steps have no date, or a past planned date with nothing recorded.",
        "Bijeenkomsten of stappen hebben geen datum, of een verstreken geplande datum "
        "zonder dat er iets is vastgelegd.",
    )
    hint = Text(
        "Give each session and step a `plannedDate` or `actualDate` (an approximate date "
        "such as 2021-05 will do), and for past plans the `actualDate` or a `status`.",
        "Geef elke bijeenkomst en stap een `plannedDate` of `actualDate` (een benadering "
        "zoals 2021-05 volstaat), en bij verstreken plannen de `actualDate` of een "
        "`status`.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = graph_view(ctx)
        undated: list[str] = []
        past: list[str] = []
        known = [i.actual_date.earliest for i in view.items.values() if i.actual_date]
        reference = max([ctx.as_of, *known])
        for node in view.in_order(view.items):
            item = view.item(node)
            if item.when is None:
                if not _settled(item):
                    undated.append(node)
            elif _unrecorded(item) and (
                (item.planned_date is not None and item.planned_date.latest < reference)
                or any(_happened(view.item(n)) for n in view.graph.successors(node))
            ):
                past.append(node)
        if not undated and not past:
            return
        parts_en, parts_nl = [], []
        if undated:
            names = ", ".join(undated)
            parts_en.append(f"{_count(len(undated), 'has', 'have')} no date ({names})")
            parts_nl.append(f"{_tal(len(undated), 'heeft', 'hebben')} geen datum ({names})")
        if past:
            names = ", ".join(past)
            parts_en.append(
                f"{_count(len(past), 'was', 'were')} planned for a date that has passed, "
                f"with no actual date or status ({names})"
            )
            parts_nl.append(
                f"{_tal(len(past), 'stond', 'stonden')} gepland op een datum die voorbij "
                f"is, zonder werkelijke datum of status ({names})"
            )
        first = (undated or past)[0]
        yield Violation(
            view.paths[first],
            Text(
                f"{'; '.join(parts_en)}: their order and any slip cannot be checked.",
                f"{'; '.join(parts_nl)}: volgorde en verschuiving zijn niet na te gaan.",
            ),
            related=(*undated, *past),
        )


def _settled(item: Session | Step) -> bool:
    """A node whose status says it will not happen needs no date."""
    if isinstance(item, Session):
        return item.status is SessionStatus.CANCELLED
    return item.status is StepStatus.CANCELLED


def _unrecorded(item: Session | Step) -> bool:
    """Only planned: no actual date, no status that says what became of it, and (for a
    session) no attendance, which only a meeting that took place has."""
    if isinstance(item, Session) and item.attendance_recorded:
        return False
    return item.actual_date is None and item.status is None and item.planned_date is not None


def _happened(item: Session | Step) -> bool:
    if isinstance(item, Session):
        return item.is_record
    return item.is_done


def _count(n: int, one: str, many: str) -> str:
    return f"1 session or step {one}" if n == 1 else f"{n} sessions and steps {many}"


def _tal(n: int, one: str, many: str) -> str:
    return f"1 bijeenkomst of stap {one}" if n == 1 else f"{n} bijeenkomsten en stappen {many}"
