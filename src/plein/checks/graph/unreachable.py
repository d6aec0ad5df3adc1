"""GR102: every session and step can be reached from the start of the trajectory."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar

import networkx as nx

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.graph._view import GraphView, graph_view


class UnreachableStep(Check):
    """## What it checks

    Every session and step can be reached from the start of the trajectory by
    following `after` forward. The start is the node named by the option `start`.
    Without it, the start is the root of the graph (a session or step that names
    nothing in `after`); when there are several roots, the one with the earliest date
    (held or happened, else planned) is the start, undated roots count as last, and a
    tie goes to the one first in the design (sessions before steps). Every other root
    is then reported, and so is everything that can only be reached through one.
    When every node has a predecessor (the graph is one big circle, see GR101), the
    first session in the design is taken as the start.

    ## On a plan and on a record

    A warning either way: a missing `after` is a missing piece of a plan (add the link),
    and on a record, a link the sources do not state. Neither is a breach the data shows.

    ## Why it matters

    A trajectory is one designed path in which each Plein takes the next step. A
    session that hangs loose, following nothing that comes before it, is either a
    forgotten `after` or a second trajectory mixed into the first. Either way nobody
    can say what it builds on, which agreements it reports back on, or whether its
    date makes sense.
    """

    code = "GR102"
    slug = "unreachable-step"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {
        "start": Option(
            "",
            "The id of the session or step the trajectory starts at. Empty: the "
            "earliest-dated session or step that follows nothing.",
        ),
    }
    summary = Text(
        "A session or step cannot be reached from the start of the trajectory.",
        "Een bijeenkomst of stap is niet bereikbaar vanaf het begin van het traject.",
    )
    hint = Text(
        "Name in `after` the session or step this one follows.",
        "Noem in `after` de bijeenkomst of stap waar deze op volgt.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = graph_view(ctx)
        graph = view.graph
        if not len(graph):
            return
        chosen = str(ctx.option("start"))
        if chosen and chosen not in graph:
            yield Violation(
                (),
                Text(
                    f"The option start names '{chosen}', which is no session or step of "
                    "this trajectory, so reachability cannot be judged.",
                    f"De optie start noemt '{chosen}', maar dat is geen bijeenkomst of "
                    "stap van dit traject, dus bereikbaarheid is niet te beoordelen.",
                ),
                hint=Text(
                    "Set the option start to the id of the first session or step, or "
                    "leave it empty.",
                    "Zet de optie start op het id van de eerste bijeenkomst of stap, of "
                    "laat hem leeg.",
                ),
                related=(chosen,),
            )
            return
        start = chosen or _default_start(view)
        reached = nx.descendants(graph, start) | {start}
        first = view.lower(start)
        for node in view.in_order(n for n in graph if n not in reached):
            yield _unreached(view, node, start, first)


def _default_start(view: GraphView) -> str:
    graph = view.graph
    roots = [n for n in graph if graph.in_degree(n) == 0]
    if not roots:
        return view.in_order(graph)[0]

    def key(node: str) -> tuple[bool, int, int]:
        date = view.item(node).date
        return (date is None, date.toordinal() if date else 0, view.order[node])

    return min(roots, key=key)


def _unreached(view: GraphView, node: str, start: str, first: Text) -> Violation:
    name = view.name(node)
    where = (*view.paths[node], "after")
    before = view.in_order(n for n in view.graph.predecessors(node) if n != node)
    if not before:
        return Violation(
            where,
            Text(
                f"{name.en} follows nothing and is not the start ({first.en}): it hangs "
                "loose from the trajectory.",
                f"{name.nl} volgt nergens op en is niet het begin ({first.nl}): deze hangt "
                "los van het traject.",
            ),
            related=(node, start),
        )
    listed = ", ".join(before)
    verb = "is" if len(before) == 1 else "zijn"
    return Violation(
        where,
        Text(
            f"{name.en} follows only {listed}, which cannot be reached from the start "
            f"({first.en}) either.",
            f"{name.nl} volgt alleen op {listed}, en die {verb} evenmin bereikbaar "
            f"vanaf het begin ({first.nl}).",
        ),
        hint=Text(
            f"Connect {listed} to the trajectory, or name in `after` of '{node}' a "
            "session or step that can be reached.",
            f"Verbind {listed} met het traject, of noem in `after` van '{node}' een "
            "bijeenkomst of stap die wel bereikbaar is.",
        ),
        related=(node, *before, start),
    )
