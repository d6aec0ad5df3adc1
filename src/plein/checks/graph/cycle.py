"""GR101: the trajectory graph has no cycles."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.graph._view import GraphView, graph_view


class CyclicTrajectory(Check):
    """## What it checks

    Sessions and steps, linked by what each names in `after`, form a directed graph
    without cycles. A session or step that names itself is reported, and so is every
    group of sessions and steps that follow each other round in a circle: once per
    group, with one circle through it spelled out in order, starting from the one that
    comes first in the design.

    ## Why it matters

    A trajectory moves an issue forward: every Plein takes the next step. When the
    second session follows the third and the third the second, no order of events
    exists in which the design can be carried out, dates cannot be checked against
    each other, and nothing after the loop can be reached. Usually one `after` points
    the wrong way; sometimes a repeated session ("a second round") was meant as a new
    session with its own id.
    """

    code = "GR101"
    slug = "cyclic-trajectory"
    severity = Severity.ERROR
    summary = Text(
        "Sessions and steps follow each other round in a circle.",
        "Bijeenkomsten en stappen volgen elkaar in een kringetje op.",
    )
    hint = Text(
        "Remove the `after` entry that points back; for a second round, add a new "
        "session with its own id.",
        "Haal de verwijzing in `after` weg die terugwijst; maak voor een tweede ronde "
        "een nieuwe bijeenkomst met een eigen id.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = graph_view(ctx)
        graph = view.graph
        for node, _ in nx.selfloop_edges(graph):
            name = view.name(node)
            yield Violation(
                self._after(view, node, node),
                Text(
                    f"{name.en} names itself in `after`, so it follows itself.",
                    f"{name.nl} noemt zichzelf in `after`, en volgt dus op zichzelf.",
                ),
                hint=Text(
                    f"Remove '{node}' from its own `after`.",
                    f"Haal '{node}' weg uit zijn eigen `after`.",
                ),
                related=(node,),
            )
        groups = [g for g in nx.strongly_connected_components(graph) if len(g) > 1]
        for group in sorted(groups, key=lambda g: min(view.order[n] for n in g)):
            yield self._circle(view, group)

    def _circle(self, view: GraphView, group: set[str]) -> Violation:
        ordered = view.in_order(group)
        sub: nx.DiGraph[str] = nx.DiGraph(view.graph.subgraph(group))
        sub.remove_edges_from(list(nx.selfloop_edges(sub)))
        circle = [u for u, _ in nx.find_cycle(sub, source=ordered[0])]
        first = min(range(len(circle)), key=lambda i: view.order[circle[i]])
        circle = circle[first:] + circle[:first]
        shown = " → ".join([*circle, circle[0]])
        en = f"The trajectory runs in a circle: {shown}; each follows the one before it."
        nl = f"Het traject loopt in een kringetje: {shown}; elk volgt op de vorige."
        if len(group) > len(circle):
            rest = ", ".join(ordered)
            en += f" In all, {len(group)} sessions and steps are caught in loops: {rest}."
            nl += f" In totaal zitten {len(group)} bijeenkomsten en stappen vast in lussen: {rest}."
        on_circle = set(circle)
        return Violation(
            self._after(view, circle[0], circle[-1]),
            Text(en, nl),
            related=(*circle, *(n for n in ordered if n not in on_circle)),
        )

    @staticmethod
    def _after(view: GraphView, node: str, before: str) -> tuple[str | int, ...]:
        after = view.item(node).after
        where = view.paths[node]
        return (*where, "after", after.index(before)) if before in after else (*where, "after")
