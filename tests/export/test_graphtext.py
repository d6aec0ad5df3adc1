"""Graph text: Mermaid and DOT show every node and edge, whatever the titles hold."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plein
from plein import Issue, Session, Step, Trajectory
from plein.export import to_dot, to_mermaid
from plein.export._graphtext import _mermaid_ids

# A double-quoted string with escapes (DOT), and a Mermaid label in quotes without any.
DOT_STRING = r'"(?:[^"\\\n]|\\.)*"'
DOT_NODE = re.compile(rf"^    ({DOT_STRING}) \[label=({DOT_STRING}), [^\n]*\];$")
DOT_EDGE = re.compile(rf"^    ({DOT_STRING}) -> ({DOT_STRING});$")
MERMAID_NODE = re.compile(r'^    (n_\w+)(?:\("([^"\n]*)"\)|\["([^"\n]*)"\])$')
MERMAID_EDGE = re.compile(r"^    (n_\w+) --> (n_\w+)$")


def unquote_dot(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text[1:-1])


def mermaid_parts(text: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str]] = []
    for line in lines[1:]:
        if node := MERMAID_NODE.match(line):
            nodes[node[1]] = node[2] if node[2] is not None else node[3]
        elif edge := MERMAID_EDGE.match(line):
            edges.append((edge[1], edge[2]))
        else:
            assert line.startswith(("    classDef ", "    class ")), line
    return nodes, edges


def dot_parts(text: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    lines = text.splitlines()
    assert lines[0].startswith("digraph ")
    assert lines[0].endswith(" {")
    assert lines[-1] == "}"
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str]] = []
    for line in lines[1:-1]:
        if node := DOT_NODE.match(line):
            nodes[unquote_dot(node[1])] = node[2][1:-1]
        elif edge := DOT_EDGE.match(line):
            edges.append((unquote_dot(edge[1]), unquote_dot(edge[2])))
        else:
            assert line.startswith(("    graph [", "    node [")), line
    return nodes, edges


@pytest.mark.parametrize("name", plein.examples.names())
def test_every_node_and_edge_appears_in_mermaid(name: str) -> None:
    """Each session and step is a node, each `after` an edge, each on its own line."""
    trajectory = plein.examples.load(name)
    ids = _mermaid_ids(trajectory)
    nodes, edges = mermaid_parts(to_mermaid(trajectory))
    assert set(nodes) == {ids[n.id] for n in trajectory.nodes()}
    assert sorted(edges) == sorted((ids[a], ids[b]) for a, b in trajectory.graph().edges)


@pytest.mark.parametrize("name", plein.examples.names())
def test_every_node_and_edge_appears_in_dot(name: str) -> None:
    """Each session and step is a node with its title and date, each `after` an edge."""
    trajectory = plein.examples.load(name)
    nodes, edges = dot_parts(to_dot(trajectory))
    assert set(nodes) == {n.id for n in trajectory.nodes()}
    assert sorted(edges) == sorted(trajectory.graph().edges)
    for node in trajectory.nodes():
        lines = dot_lines(nodes[node.id])
        assert lines[0] == node.title
        if node.date is not None:
            assert node.date.isoformat() in lines[-1]


def test_sessions_and_steps_have_different_shapes() -> None:
    """Sessions are rounded, steps plain, in both languages."""
    trajectory = plein.examples.load("shopping-centre")
    mermaid = to_mermaid(trajectory)
    assert '    n_plein_1("Plein 1: verkennen wat er speelt<br>2026-02-12")' in mermaid
    step = '    n_raadsbesluit["Raadsbesluit over het voorlopig ontwerp<br>2027-03-25"]'
    assert step in mermaid
    dot = to_dot(trajectory)
    assert re.search(r'^    "plein-1" \[.*style="rounded,filled"', dot, re.M)
    assert re.search(r'^    "raadsbesluit" \[.*style=solid', dot, re.M)


def test_a_slipped_date_shows_both_dates() -> None:
    """A session held later than planned shows the date held and the date planned."""
    text = to_mermaid(plein.examples.load("shopping-centre"))
    assert "2026-04-23 (planned 2026-04-09)" in text


def test_mermaid_ids_are_sanitised_and_unique() -> None:
    """Ids with dots and dashes, and Mermaid's keyword `end`, become distinct safe ids."""
    issue = Issue(title="T", question="Q", nature="spatial", kind="other")
    trajectory = Trajectory(
        id="t", title="T", issue=issue,
        sessions=[Session("a-b", "One"), Session("a.b", "Two"), Session("end", "Three"),
                  Session("o1", "Four", after=["end"])],
    )  # fmt: skip
    ids = _mermaid_ids(trajectory)
    assert len(set(ids.values())) == 4
    assert all(re.fullmatch(r"n_[A-Za-z0-9_]+", i) for i in ids.values())
    assert "    n_end --> n_o1" in to_mermaid(trajectory).splitlines()


def _trajectory(titles: list[str]) -> Trajectory:
    issue = Issue(title="T", question="Q", nature="spatial", kind="other")
    sessions = [
        Session(f"s{i}", title, planned_date="2026-03-01", after=[f"s{i - 1}"] if i else [])
        for i, title in enumerate(titles)
    ]
    step = Step("x", titles[0], kind="study", after=[sessions[-1].id])
    return Trajectory(id="t", title=titles[-1], issue=issue, sessions=sessions, steps=[step])


NASTY = st.text(
    st.sampled_from(['"', "'", "[", "]", "(", ")", "{", "}", "<", ">", "\\", "\n", "\r",
                     "#", ";", "&", "`", "|", "-", ">", "\u2028", "\x85", "\t", "a", " "])
    | st.characters(exclude_categories=("Cs",)),
    max_size=20,
)  # fmt: skip


def expected_lines(title: str) -> list[str]:
    """What a label shows: the title's lines, control characters as spaces, then the date."""
    parts = re.split(r"\r\n|[\r\n\u2028\u2029\x85]", title)
    return [re.sub(r"[\x00-\x1f\x7f]", " ", part) for part in parts] + ["2026-03-01"]


def mermaid_lines(label: str) -> list[str]:
    entities = {"quot": '"', "35": "#", "38": "&", "60": "<", "62": ">", "96": "`"}
    return [re.sub(r"#(\w+);", lambda m: entities[m[1]], line) for line in label.split("<br>")]


def dot_lines(label: str) -> list[str]:
    # In a DOT label, backslash-n is a line break and backslash-anything else that thing;
    # &amp; is an entity for &.
    text = re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], label)
    return text.replace("&amp;", "&").split("\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(NASTY, min_size=1, max_size=4))
def test_any_title_keeps_mermaid_valid(titles: list[str]) -> None:
    """Quotes, brackets and line breaks in titles never break a label or a line, and the
    label reads back as the title."""
    text = to_mermaid(_trajectory(titles))
    nodes, edges = mermaid_parts(text)
    assert len(nodes) == len(titles) + 1
    assert len(edges) == len(titles)
    for i, title in enumerate(titles):
        label = nodes[f"n_s{i}"]
        assert "<" not in label.replace("<br>", "")
        assert mermaid_lines(label) == expected_lines(title)


@settings(max_examples=200, deadline=None)
@given(st.lists(NASTY, min_size=1, max_size=4))
def test_any_title_keeps_dot_valid(titles: list[str]) -> None:
    """Quotes, backslashes and line breaks in titles are escaped; labels read back."""
    text = to_dot(_trajectory(titles))
    nodes, edges = dot_parts(text)
    assert len(nodes) == len(titles) + 1
    assert len(edges) == len(titles)
    for i, title in enumerate(titles):
        assert dot_lines(nodes[f"s{i}"]) == expected_lines(title)
