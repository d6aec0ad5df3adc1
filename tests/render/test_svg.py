"""The pictures: a timeline, a programme bar per session, and the trajectory graph."""

from __future__ import annotations

import re

import pendulum

import plein
from plein import Block, Issue, Session, Step, Trajectory
from plein.render import graph_svg, programme_svg, timeline_svg
from tests.render._html import Page

AS_OF = pendulum.Date(2026, 11, 28)


def _trajectory(sessions: list[Session], steps: list[Step] | None = None) -> Trajectory:
    issue = Issue(title="Plein", question="Wat nu?", nature="societal", kind="other")
    return Trajectory(id="t", title="T", issue=issue, sessions=sessions, steps=steps or [])


def test_svg_is_inline_html5_svg() -> None:
    """Each picture is one <svg> without xmlns, links or script, with only known elements."""
    design = plein.examples.load("heat-transition")
    pictures = [
        timeline_svg(design, as_of=AS_OF),
        graph_svg(design),
        *(programme_svg(s) for s in design.sessions),
    ]
    for svg in pictures:
        assert svg.startswith("<svg ")
        assert svg.endswith("</svg>")
        assert "xmlns" not in svg
        assert "http" not in svg
        assert "<script" not in svg
        assert Page(svg).unexpected() == []


def test_programme_bar_has_a_numbered_segment_per_block() -> None:
    """Every block of the programme is a segment whose tooltip starts with its number."""
    session = plein.examples.load("shopping-centre").sessions[0]
    svg = programme_svg(session)
    for i, block in enumerate(session.programme, start=1):
        assert re.search(rf"<title>{i}\. \d\d:\d\d {re.escape(block.title)}", svg), block.title


def test_walk_in_breaks_and_unknown_lengths_look_different() -> None:
    """Walk-in, break, work and a block of unknown length each get their own drawing."""
    session = Session(
        id="s",
        title="Avond",
        dagdeel="evening",
        programme=[
            Block(id="in", title="Inloop", kind="walk-in", start="19:00", minutes=30),
            Block(id="w", title="Tafels", format="table-conversations", minutes=45),
            Block(id="p", title="Pauze", kind="break", minutes=15),
            Block(id="q", title="Vragen"),
            Block(id="c", title="Uitcheck", format="check-out-round", minutes=10),
        ],
    )
    svg = programme_svg(session, lang="en")

    def segment(number: int) -> str:
        match = re.search(rf"<title>{number}\. [^<]*</title><rect ([^>]*)/>", svg)
        assert match is not None, number
        return match.group(1)

    styles = {segment(n) for n in range(1, 5)}
    assert len(styles) == 4  # walk-in, work, break and unknown all differ
    assert 'stroke-dasharray="4 3"' in segment(4)
    assert "length unknown" in svg
    assert ">4 ?<" in svg
    assert "evening 19:00-22:30" in svg  # the dagdeel's window above the bar


def test_clock_axis_starts_at_the_first_block() -> None:
    """The axis is labelled with clock times from the first block's start."""
    session = Session(
        id="s",
        title="Middag",
        programme=[Block(id="a", title="A", start="13:30", minutes=60)],
    )
    labels = re.findall(r">(\d\d:\d\d)</text>", programme_svg(session))
    assert labels[0] == "13:30"
    assert labels[-1] == "14:30"


def test_programme_without_clock_times_counts_minutes() -> None:
    """Without a clock start the axis counts minutes from the start of the programme."""
    session = Session(id="s", title="Ochtend", programme=[Block(id="a", title="A", minutes=40)])
    assert ">+0 min<" in programme_svg(session)


def test_trust_band_shades_what_asks_more_than_the_trust_built() -> None:
    """A public dilemma first thing is shaded in the trust band; a trusting opening is not."""
    flawed = plein.examples.load("flawed-evening").sessions[0]
    shopping = plein.examples.load("shopping-centre").sessions[0]
    shade = 'fill="#f6c6c1"/>'
    assert programme_svg(flawed).count(shade) == 2  # the opening fishbowl, and the legend
    assert programme_svg(shopping).count(shade) == 1  # the legend's swatch only
    assert "polyline" not in programme_svg(shopping, trust=False)


def test_timeline_shows_planned_and_actual_dates() -> None:
    """A slipped session has a hollow planned mark, a filled actual mark and the slip in days."""
    design = plein.examples.load("shopping-centre")
    svg = timeline_svg(design, as_of=AS_OF)
    assert "<title>gepland: 9 april 2026</title>" in svg
    assert "<title>gehouden: 23 april 2026</title>" in svg
    assert ">+14 d<" in svg
    assert "stand per 28 november 2026" in svg


def test_timeline_of_undated_nodes_says_so() -> None:
    """Sessions without any date are listed with 'no date' instead of a mark."""
    svg = timeline_svg(_trajectory([Session(id="a", title="A")]), as_of=AS_OF, lang="en")
    assert ">no date<" in svg


def test_graph_columns_follow_topological_generations() -> None:
    """A node stands to the right of everything it follows; parallel ones share a column."""
    design = _trajectory(
        [
            Session(id="a", title="Alpha"),
            Session(id="b", title="Beta", after=["a"]),
            Session(id="c", title="Gamma", after=["a"]),
        ],
        [Step(id="d", title="Delta", kind="council-decision", after=["b", "c"])],
    )
    svg = graph_svg(design)
    x = {}
    for name in ("Alpha", "Beta", "Gamma", "Delta"):
        box = re.search(rf'<title>[^<]*: {name}</title><rect x="([\d.]+)"', svg)
        assert box is not None, name
        x[name] = float(box.group(1))
    assert x["Alpha"] < x["Beta"] == x["Gamma"] < x["Delta"]
    assert svg.count("<polygon") == 4  # one arrowhead per edge


def test_graph_with_a_cycle_falls_back_to_design_order() -> None:
    """A cyclic graph is still drawn, one node per row, with a note about the cycle."""
    design = _trajectory(
        [Session(id="a", title="A", after=["b"]), Session(id="b", title="B", after=["a"])]
    )
    svg = graph_svg(design, lang="en")
    assert "follow each other in a circle" in svg
    assert svg.count("<polygon") == 2


def test_empty_trajectory_pictures_say_so() -> None:
    """A trajectory without sessions or steps gets a picture with a sentence, not an error."""
    design = _trajectory([])
    assert "no sessions or steps" in timeline_svg(design, as_of=AS_OF, lang="en")
    assert "no sessions or steps" in graph_svg(design, lang="en")
    assert "No programme" in programme_svg(Session(id="s", title="S"), lang="en")


def test_clock_axis_starts_at_the_windows_start() -> None:
    """With a dagdeel window the axis starts at the window's start, before a late start."""
    session = Session(
        id="s",
        title="Avond",
        dagdeel="evening",
        programme=[Block(id="a", title="A", start="19:30", minutes=60)],
    )
    svg = programme_svg(session)
    window = re.search(r">avond (\d\d:\d\d)-", svg)
    assert window is not None
    labels = re.findall(r">(\d\d:\d\d)</text>", svg)
    assert labels[0] == window.group(1) < "19:30"


def test_block_labels_wrap_instead_of_being_cut() -> None:
    """A block with room shows its whole title on two lines, not a word and an ellipsis."""
    session = Session(
        id="s",
        title="Avond",
        programme=[
            Block(id="a", title="Welkom en incheckronde", start="19:00", minutes=60),
            Block(id="b", title="Tafels", minutes=60),
        ],
    )
    svg = programme_svg(session)
    assert ">Welkom en incheckronde<" in svg or (">Welkom en<" in svg and ">incheckronde<" in svg)
    assert "Welkom en\u2026" not in svg


def test_trust_levels_are_explained() -> None:
    """The trust band's scale has a legend that says what each level means."""
    svg = programme_svg(plein.examples.load("shopping-centre").sessions[0], lang="en")
    assert "0 not yet introduced" in svg
    assert "3 introduced and talked in small groups" in svg


def test_one_item_timeline_still_has_a_date_axis() -> None:
    """A trajectory of one dated session still gets month ticks on its axis."""
    design = _trajectory([Session(id="a", title="A", planned_date="2026-05-14")])
    svg = timeline_svg(design, lang="en")
    assert re.search(r">(May|Jun)<", svg)


def test_a_long_trajectory_runs_top_to_bottom() -> None:
    """Fifteen sessions in a row stand one under the other, within the page's width."""
    sessions = [
        Session(id=f"s{i}", title=f"Bijeenkomst {i}", after=[f"s{i - 1}"] if i else [])
        for i in range(15)
    ]
    svg = graph_svg(_trajectory(sessions))
    width = int(re.search(r'width="(\d+)"', svg).group(1))  # type: ignore[union-attr]
    assert width <= 1000
    ys = [float(y) for y in re.findall(r'</title><rect x="[\d.]+" y="([\d.]+)"', svg)]
    assert ys == sorted(ys)
    assert len(set(ys)) == 15


def test_picture_text_is_never_smaller_than_11_px() -> None:
    """Every text in every picture of every example is 11 px or more."""
    for name in plein.examples.names():
        design = plein.examples.load(name)
        pictures = [timeline_svg(design, as_of=AS_OF), graph_svg(design)]
        pictures += [programme_svg(s) for s in design.sessions]
        sizes = [float(n) for svg in pictures for n in re.findall(r'font-size="([\d.]+)"', svg)]
        assert min(sizes) >= 11


def test_the_narrow_pictures_fit_a_phone() -> None:
    """The phone layouts of the timeline and of a short graph are at most 360 px wide."""
    design = plein.examples.load("village-evening")
    for svg in (timeline_svg(design, as_of=AS_OF, narrow=True), graph_svg(design, narrow=True)):
        width = re.search(r'width="(\d+)"', svg)
        assert width is not None
        assert int(width.group(1)) <= 360
    assert "Dorpsavond over de dorpsvisie" in timeline_svg(design, as_of=AS_OF, narrow=True)


def test_phases_are_written_in_the_blocks() -> None:
    """A block with room names its phase in words beside its number, not only by colour."""
    svg = programme_svg(plein.examples.load("shopping-centre").sessions[0])
    assert svg.count(">verbreden</text>") == 2  # the block, and the legend


def test_the_narrow_programme_runs_top_to_bottom() -> None:
    """On a phone the programme is a column of blocks, each with its phase, length and
    title, and a red line under a block that asks more than the trust built."""
    session = plein.examples.load("flawed-evening").sessions[0]
    svg = programme_svg(session, lang="en", narrow=True)
    width = re.search(r'width="(\d+)"', svg)
    assert width is not None
    assert int(width.group(1)) <= 360
    assert "Tafelgesprekken" in svg
    assert svg.count(">asks more than the trust built<") == 1
    assert "length unknown" in svg
    ys = [float(y) for y in re.findall(r'<rect x="48" y="([\d.]+)"', svg)]
    assert ys == sorted(ys)
    assert len(ys) == len(session.programme)
