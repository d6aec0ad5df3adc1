"""GR104: every session leads to a next session or step."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.graph._view import graph_view
from plein.model import Session, Trajectory


class DeadEndSession(Check):
    """## What it checks

    Every session has a successor in the trajectory graph: some later session or step
    names it in `after`. The last session of a trajectory too leads somewhere: to the
    report, the college or council decision, or the publication that it feeds. Steps
    that are not meetings may end the graph.

    ## On a plan and on a record

    On a plan, a session after which nothing is planned is a missing piece: a warning
    with a hint. A held session is where the record of a trajectory may simply stop:
    the last recorded node of an excerpt is not a dead end, so a held session with no
    successor is reported only when the trajectory surely goes on after it (another
    session or step is dated surely later) without building on it.

    ## Why it matters

    In one dagdeel the parties take the next step in their process together; a
    session after which nothing is planned takes a step into nothing. Drawing what
    comes next (a decision, a report back, a follow-up Plein) is how the design shows
    the parties what will be done with their evening, which is what they come for
    and what the Omgevingswet asks the municipality to show.
    """

    code = "GR104"
    slug = "dead-end-session"
    severity = Severity.WARNING
    summary = Text(
        "A session leads nowhere: no session or step follows it.",
        "Een bijeenkomst loopt dood: er volgt geen bijeenkomst of stap op.",
    )
    hint = Text(
        "Add the next session or step (a decision, a report, a follow-up Plein) and "
        "name this session in its `after`.",
        "Voeg de volgende bijeenkomst of stap toe (een besluit, een verslag, een "
        "vervolgplein) en noem deze bijeenkomst in de `after` daarvan.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = graph_view(ctx)
        graph = view.graph
        for i, session in ctx.judged_sessions():
            if session.id not in graph or view.paths[session.id] != ("sessions", i):
                continue
            if any(True for _ in graph.successors(session.id)):
                continue
            if session.is_record and not _goes_on_after(ctx.trajectory, session):
                continue  # the record stops here; that is not a dead end
            date = session.date
            when = Text(f" ({date})", f" ({date})") if date else Text("", "")
            yield Violation(
                ("sessions", i),
                Text(
                    f"Session {session.id}{when.en} leads nowhere: no session or step "
                    "names it in `after`.",
                    f"Bijeenkomst {session.id}{when.nl} loopt dood: geen bijeenkomst of "
                    "stap noemt hem in `after`.",
                ),
                related=(session.id,),
            )


def _goes_on_after(trajectory: Trajectory, session: Session) -> bool:
    when = session.when
    if when is None:
        return False
    return any(
        node.when is not None and node.when.surely_after(when)
        for node in trajectory.nodes()
        if node.id != session.id
    )
