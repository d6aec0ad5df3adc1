"""What the graph checks share: the trajectory graph, each node's path, and its name.

Built once per run (through :meth:`Context.cached`), so that every check of the family
stays linear in the size of the design.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs
import networkx as nx

from plein.checks._api import Context, Text
from plein.model import Path, Session, Step, Trajectory

__all__ = ["GraphView", "days", "graph_view"]


@attrs.frozen
class GraphView:
    """The graph of sessions and steps, with the design order and path of each node."""

    graph: nx.DiGraph[str] = attrs.field(eq=False)
    paths: Mapping[str, Path] = attrs.field(hash=False)
    #: Position in design order: sessions first, then steps.
    order: Mapping[str, int] = attrs.field(hash=False)
    items: Mapping[str, Session | Step] = attrs.field(hash=False)

    def item(self, node: str) -> Session | Step:
        """The session or step of a node (the first in the design with that id)."""
        return self.items[node]

    def name(self, node: str) -> Text:
        """The node by kind and id, capitalised: ``Session s2``, ``Step decision``."""
        if isinstance(self.item(node), Session):
            return Text(f"Session {node}", f"Bijeenkomst {node}")
        return Text(f"Step {node}", f"Stap {node}")

    def lower(self, node: str) -> Text:
        """The node by kind and id, lower case: ``session s2``, ``stap decision``."""
        name = self.name(node)
        return Text(name.en[0].lower() + name.en[1:], name.nl[0].lower() + name.nl[1:])

    def in_order(self, nodes: Iterable[str]) -> list[str]:
        """The given node ids, sorted in design order."""
        return sorted(nodes, key=lambda node: self.order[node])

    def edges_in_order(self) -> list[tuple[str, str]]:
        """Every link (earlier, later), by the later node's place in the design, then the
        earlier one's: the order in which the date checks report them."""
        return sorted(self.graph.edges, key=lambda e: (self.order[e[1]], self.order[e[0]]))


def graph_view(ctx: Context) -> GraphView:
    """The shared view of the trajectory graph, built once per run."""
    return ctx.cached(("GR", "graph"), lambda: _build(ctx.trajectory))


def _build(trajectory: Trajectory) -> GraphView:
    paths: dict[str, Path] = {}
    order: dict[str, int] = {}
    items: dict[str, Session | Step] = {}
    located: list[tuple[Path, Session | Step]] = [
        *((("sessions", i), session) for i, session in enumerate(trajectory.sessions)),
        *((("steps", i), step) for i, step in enumerate(trajectory.steps)),
    ]
    for path, item in located:
        if item.id not in paths:
            paths[item.id] = path
            order[item.id] = len(order)
            items[item.id] = item
    return GraphView(trajectory.graph(), paths, order, items)


def days(count: int) -> Text:
    """A number of days in both languages: ``1 day``, ``3 days``; ``1 dag``, ``3 dagen``."""
    return Text(
        f"{count} day" if count == 1 else f"{count} days",
        f"{count} dag" if count == 1 else f"{count} dagen",
    )
