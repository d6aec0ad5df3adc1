"""A trajectory's graph as text: Mermaid (for GitHub, GitLab, JupyterLab) and Graphviz DOT.

Both draw the same graph as :meth:`plein.Trajectory.graph`: a node for every session
(a rounded box) and every other step (a plain box), labelled with its title and date,
and an edge from each node to every node that names it in ``after``.

Every label is escaped for its language, so a title with quotes, brackets, backslashes
or line breaks cannot end a label early or start a statement of its own: each node and
each edge stays on one line. In DOT, ``&`` is written ``&amp;`` (Graphviz reads
entities in labels) and backslashes are doubled (Graphviz reads a backslash and a
letter, such as N for the node's name, as an escape in labels).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Literal

from plein.model import Session, Step, Trajectory

__all__ = ["to_dot", "to_mermaid"]

# Line breaks inside a title; any other control character becomes a space.
_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
# Mermaid reads #name; and #123; as entities in a label; these are written as entities.
_MERMAID_ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "&": "#38;",
    "<": "#60;",
    ">": "#62;",
    "`": "#96;",
}
_MERMAID_ID = re.compile(r"[^A-Za-z0-9_]")


def _lines(node: Session | Step, when: Callable[[Session | Step], str] | None = None) -> list[str]:
    """The label's lines: the title (its own line breaks kept), then the date (as
    ``when`` writes it, else as the design does)."""
    lines = [_CONTROL.sub(" ", line) for line in _BREAKS.split(node.title)]
    if when is not None:
        said = _CONTROL.sub(" ", when(node))
        if said:
            lines.append(said)
    elif node.when is not None:
        text = node.when.text
        if node.actual_date and node.planned_date and node.actual_date != node.planned_date:
            text += f" (planned {node.planned_date.text})"
        lines.append(text)
    return lines


def _nodes(trajectory: Trajectory) -> Iterator[tuple[str, Session | Step, bool]]:
    for node in trajectory.nodes():
        yield node.id, node, isinstance(node, Session)


# -- Mermaid ---------------------------------------------------------------------------


def _mermaid_label(lines: list[str]) -> str:
    escaped = ("".join(_MERMAID_ENTITIES.get(char, char) for char in line) for line in lines)
    return '"' + "<br>".join(escaped) + '"'


def _mermaid_ids(trajectory: Trajectory) -> dict[str, str]:
    """A Mermaid-safe id for every node: ``n_`` and the id's letters, digits and ``_``.

    The prefix keeps ids clear of Mermaid's keywords (``end``) and of edge syntax
    (``o``/``x`` after an arrow); a clash gets a number.
    """
    taken: set[str] = set()
    ids: dict[str, str] = {}
    for node_id, _, _ in _nodes(trajectory):
        base = "n_" + _MERMAID_ID.sub("_", node_id)
        safe, n = base, 1
        while safe in taken:
            n += 1
            safe = f"{base}_{n}"
        taken.add(safe)
        ids[node_id] = safe
    return ids


def to_mermaid(
    trajectory: Trajectory,
    *,
    direction: Literal["LR", "TB"] = "LR",
    when: Callable[[Session | Step], str] | None = None,
) -> str:
    """The trajectory as a Mermaid flowchart, left to right (``direction="TB"``: top
    to bottom, for a long trajectory).

    Sessions are rounded boxes, other steps plain boxes. Each label ends with the
    node's date as the design writes it (``2026-02-12``), or as ``when`` writes it for
    people (``when`` takes the session or step and returns a line, or ``""`` for none).

    >>> import plein
    >>> text = to_mermaid(plein.examples.load("shopping-centre"))
    >>> print(text.splitlines()[0])
    flowchart LR
    >>> print(text.splitlines()[1])
        n_plein_1("Plein 1: verkennen wat er speelt<br>2026-02-12")
    >>> "    n_plein_1 --> n_verkenningsstudie" in text.splitlines()
    True
    """
    ids = _mermaid_ids(trajectory)
    out = [f"flowchart {direction}"]
    sessions, steps = [], []
    for node_id, node, is_session in _nodes(trajectory):
        label = _mermaid_label(_lines(node, when))
        if is_session:
            out.append(f"    {ids[node_id]}({label})")
            sessions.append(ids[node_id])
        else:
            out.append(f"    {ids[node_id]}[{label}]")
            steps.append(ids[node_id])
    for before, after in trajectory.graph().edges:
        out.append(f"    {ids[before]} --> {ids[after]}")
    out.append("    classDef session fill:#e8f1fb,stroke:#2b6cb0")
    out.append("    classDef step fill:#f4f4f4,stroke:#666666")
    if sessions:
        out.append(f"    class {','.join(sessions)} session")
    if steps:
        out.append(f"    class {','.join(steps)} step")
    return "\n".join(out) + "\n"


# -- DOT -------------------------------------------------------------------------------


def _dot_quote(text: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, on one line."""
    return '"' + _CONTROL.sub(" ", text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _dot_text(text: str) -> str:
    """Text for a DOT label: ``&`` written as ``&amp;``.

    Graphviz reads ``&name;`` and ``&#123;`` in labels as entities; backslashes are
    doubled by :func:`_dot_quote`.
    """
    return text.replace("&", "&amp;")


def _dot_label(lines: list[str]) -> str:
    # In a label, \n is a centred line break; each line is escaped first.
    inner = "\\n".join(_dot_quote(_dot_text(line))[1:-1] for line in lines)
    return f'"{inner}"'


def to_dot(trajectory: Trajectory) -> str:
    """The trajectory as a Graphviz DOT digraph, left to right.

    Sessions are rounded boxes, other steps plain boxes; ids are quoted.

    >>> import plein
    >>> text = to_dot(plein.examples.load("shopping-centre"))
    >>> print(text.splitlines()[0])
    digraph "winkelcentrum-de-hoven" {
    >>> '    "plein-1" -> "verkenningsstudie";' in text.splitlines()
    True
    """
    out = [
        f"digraph {_dot_quote(trajectory.id)} {{",
        f"    graph [rankdir=LR, label={_dot_quote(_dot_text(trajectory.title))}, labelloc=t];",
        '    node [shape=box, fontname="Helvetica"];',
    ]
    for node_id, node, is_session in _nodes(trajectory):
        style = 'style="rounded,filled", fillcolor="#e8f1fb"' if is_session else "style=solid"
        out.append(f"    {_dot_quote(node_id)} [label={_dot_label(_lines(node))}, {style}];")
    for before, after in trajectory.graph().edges:
        out.append(f"    {_dot_quote(before)} -> {_dot_quote(after)};")
    out.append("}")
    return "\n".join(out) + "\n"
