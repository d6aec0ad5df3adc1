"""The notebook views: HTML for trajectories, sessions, check reports and ledgers."""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings

import plein
import plein.render
from plein import Party, Trajectory
from plein.model._display import render_html
from plein.render import (
    Html,
    findings_html,
    findings_view,
    ledger_html,
    session_html,
    session_view,
    trajectory_html,
)
from plein.render._escape import clean
from plein.trust import promise_ledger
from tests.render._html import Page
from tests.strategies import trajectories

AS_OF = pendulum.Date(2026, 11, 28)


@pytest.fixture
def frozen_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Views without a date read today: pin it."""
    monkeypatch.setattr(pendulum, "today", lambda tz=None: pendulum.datetime(2026, 11, 28, tz=tz))


def _safe(html: str) -> Page:
    assert html.startswith('<div class="plein-view" lang="')
    assert html.endswith("</div>")
    assert "<script" not in html
    assert "http" not in html
    page = Page(html)
    assert page.unexpected() == []
    return page


@pytest.mark.usefixtures("frozen_today")
def test_a_trajectory_shows_its_summary_timeline_and_graph() -> None:
    """In a notebook a trajectory shows a short summary, its timeline and its graph."""
    design = plein.examples.load("shopping-centre")
    page = _safe(design._repr_html_() or "")
    assert page.svg_titles == [
        f"Tijdlijn van het traject: {design.title}",
        f"Hoe de bijeenkomsten en stappen op elkaar volgen: {design.title}",
    ]
    assert design.issue.question in page.text


def test_a_session_shows_its_programme_bar_and_table() -> None:
    """In a notebook a session shows its programme as a timebox bar with the trust band."""
    session = plein.examples.load("shopping-centre").sessions[1]
    html = session._repr_html_() or ""
    page = _safe(html)
    assert page.svg_titles == [f"Tijdsindeling van het programma: {session.title}"]
    assert "gevraagde openheid" in html
    assert "Stickerstemmen" in page.text


def test_a_check_report_shows_its_findings_as_a_table() -> None:
    """The view of a check report is a table of its findings, in the report's language."""
    report = plein.check(plein.examples.load("flawed-evening"), as_of=AS_OF, lang="nl")
    html = render_html(report)
    assert html == findings_html(report)
    page = _safe(html)
    assert "Open bevindingen over het ontwerp" in page.text
    assert all(code in page.text for code in report.codes())


def test_a_clean_report_says_there_is_nothing_open() -> None:
    """A report without findings says so instead of showing an empty table."""
    html = findings_html(plein.checks.Report((), lang="en"))
    assert "found nothing open" in _safe(html).text
    assert "<table" not in html


def test_a_ledger_shows_states_per_party() -> None:
    """The view of a promise ledger counts kept, late, broken and open items per party."""
    ledger = promise_ledger(plein.examples.load("flawed-evening"), pendulum.Date(2027, 6, 1))
    html = render_html(ledger)
    assert html == ledger_html(ledger)
    assert ledger._repr_html_() == html  # what Jupyter calls
    page = _safe(html)
    assert "gebroken" in page.text
    assert "Verslag van de avond rondsturen" in page.text


def test_views_escape_design_text() -> None:
    """A name with markup in it is shown as text in every view."""
    design = plein.examples.load("shopping-centre")
    marked = "<img src=x onerror=alert(1)>"
    design = attrs.evolve(
        design,
        title=marked,
        parties=(Party(id="bewoners", name=marked, category="resident"), *design.parties[1:]),
        sessions=(attrs.evolve(design.sessions[0], title=marked), *design.sessions[1:]),
    )
    for html in (
        trajectory_html(design, as_of=AS_OF),
        session_html(design.sessions[0]),
    ):
        assert marked in _safe(html).text


def test_html_shows_itself_in_a_notebook() -> None:
    """Html wraps a report so that a notebook displays it as HTML."""
    text = plein.render.report(plein.examples.load("shopping-centre"), as_of=AS_OF)
    assert Html(text)._repr_html_() == text


def test_importing_render_registers_every_view(frozen_today: None) -> None:
    """After `import plein.render` each view is what the model's display hook returns."""
    design: Trajectory = plein.examples.load("heat-transition")
    assert render_html(design) == trajectory_html(design)
    assert render_html(design.sessions[0]) == session_html(design.sessions[0])


# -- the MIME bundles: a picture and plain text beside the HTML --------------------------

SVG_NS = "{http://www.w3.org/2000/svg}"


def _without(html: str, *tags: str) -> Page:
    """The HTML as a notebook that strips ``tags`` (and what is inside them) shows it."""
    pattern = "|".join(tags)
    return Page(re.sub(rf"<({pattern})\b.*?</\1>", "", html, flags=re.DOTALL))


def test_a_trajectory_bundle_has_html_a_picture_and_plain_text() -> None:
    """A trajectory's bundle holds its HTML view, its two pictures as one SVG, and text."""
    design = plein.examples.load("shopping-centre")
    bundle = design._repr_mimebundle_()
    assert bundle is not None
    assert set(bundle) == {"text/html", "image/svg+xml", "text/plain"}
    assert bundle["text/html"] == trajectory_html(design)
    root = ElementTree.fromstring(bundle["image/svg+xml"])
    assert root.tag == f"{SVG_NS}svg"
    assert root.findtext(f"{SVG_NS}title") == design.title
    pictures = root.findall(f"{SVG_NS}svg")
    assert [picture.findtext(f"{SVG_NS}title") for picture in pictures] == [
        f"Tijdlijn van het traject: {design.title}",
        f"Hoe de bijeenkomsten en stappen op elkaar volgen: {design.title}",
    ]
    text = bundle["text/plain"]
    assert text.startswith(f"{design.title}\n{'=' * len(design.title)}\n")
    assert design.issue.question in text
    assert all(session.title in text for session in design.sessions)


def test_a_session_bundle_draws_its_programme_and_tabulates_it() -> None:
    """A session's picture is its programme bar; its text has the programme as columns."""
    session = plein.examples.load("shopping-centre").sessions[1]
    bundle = session_view(session, lang="en").bundle()
    root = ElementTree.fromstring(bundle["image/svg+xml"])
    pictures = root.findall(f"{SVG_NS}svg")
    assert [picture.findtext(f"{SVG_NS}title") for picture in pictures] == [
        f"The programme on the clock: {session.title}"
    ]
    lines = bundle["text/plain"].splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("#  "))
    assert set(lines[header + 1]) <= {"-", " "}
    rows = lines[header + 2 : header + 2 + len(session.programme)]
    assert [row.split()[0] for row in rows] == [str(i + 1) for i in range(len(rows))]
    # The minutes column is right-aligned: every row ends at the same column.
    assert len({len(row) for row in rows}) == 1


def test_include_and_exclude_choose_the_types() -> None:
    """display(value, include=..., exclude=...) gets only the types it asks for."""
    design = plein.examples.load("heat-transition")
    assert set(design._repr_mimebundle_(include=["image/svg+xml"]) or {}) == {"image/svg+xml"}
    assert set(design._repr_mimebundle_(exclude=["text/html"]) or {}) == {
        "image/svg+xml",
        "text/plain",
    }


def test_views_without_pictures_have_no_svg_in_their_bundle() -> None:
    """A check report and a ledger have no picture: HTML and text only."""
    design = plein.examples.load("flawed-evening")
    report = plein.check(design, as_of=AS_OF, lang="en")
    ledger = promise_ledger(design, pendulum.Date(2027, 6, 1))
    for value in (report, ledger):
        bundle = value._repr_mimebundle_()
        assert bundle is not None
        assert set(bundle) == {"text/html", "text/plain"}
    report_text = findings_view(report).text
    assert all(code in report_text for code in report.codes())


def test_ipython_shows_the_bundle() -> None:
    """IPython's display formatter takes the picture and the text from the bundle."""
    formatters = pytest.importorskip("IPython.core.formatters")
    session = plein.examples.load("shopping-centre").sessions[0]
    data, _ = formatters.DisplayFormatter().format(session)
    assert data["text/plain"] == session_view(session).text
    assert data["image/svg+xml"] == session_view(session).svg
    assert data["text/html"] == session_html(session)


def test_a_view_reads_as_a_table_when_style_and_svg_are_stripped() -> None:
    """Without <style> and <svg> every cell keeps its alignment (as an attribute, and inline
    for a notebook whose own stylesheet stays) and every table its border."""
    design = plein.examples.load("shopping-centre")
    report = plein.check(design, as_of=AS_OF)
    ledger = promise_ledger(design, AS_OF)
    views = (
        trajectory_html(design, as_of=AS_OF),
        session_html(design.sessions[1]),
        findings_html(report),
        ledger_html(ledger),
    )
    for html in views:
        page = _without(html, "style", "svg")
        cells = [attributes for tag, attributes in page.tags if tag in ("th", "td")]
        assert cells
        assert all(a.get("align") in ("left", "right") and a.get("valign") for a in cells)
        assert all(f"text-align: {a['align']}" in (a.get("style") or "") for a in cells)
        tables = [attributes for tag, attributes in page.tags if tag == "table"]
        assert all("border" in a and a.get("cellpadding") for a in tables)


def test_a_ledger_view_names_parties_and_sessions() -> None:
    """The ledger's view shows the parties' names and the sessions' titles, not their ids."""
    design = plein.examples.load("flawed-evening")
    ledger = promise_ledger(design, pendulum.Date(2027, 6, 1))
    page = Page(ledger_html(ledger))
    cells = [attributes for tag, attributes in page.tags if tag in ("td", "th")]
    assert cells
    owning = {party for row in ledger.rows for party in row.parties}
    for party_id in owning:
        named = design.party(party_id)
        assert named is not None
        assert named.name in page.text
    broken = [row for row in ledger.rows if row.state.value == "broken"]
    assert broken
    session = design.node(broken[0].session)
    assert session is not None
    assert session.title in page.text


def test_the_view_css_is_scoped_and_outranks_one_class_rules() -> None:
    """Every rule of the views' stylesheet sits under the view's root, which counts as
    one class, one attribute and one element: more than `.jp-RenderedHTMLCommon td`."""
    from plein.render._view_style import SCOPE, VIEW_CSS

    assert SCOPE == "div.plein-view[lang]"
    selectors = [
        part.strip()
        for rule in re.findall(r"([^{}]+)\{", VIEW_CSS)
        for part in rule.split(",")
        if part.strip()
    ]
    assert selectors
    assert all(selector.startswith(SCOPE) for selector in selectors)


def test_a_path_may_wrap_between_its_steps_and_reads_whole() -> None:
    """A finding's path can break before each step, and its text is still the whole path."""
    report = plein.check(plein.examples.load("flawed-evening"), as_of=AS_OF, lang="en")
    html = findings_html(report)
    deep = next(f.path for f in report.findings if f.path.count(".") > 1)
    assert deep.replace(".", "<wbr>.").replace("$<wbr>.", "$.", 1) in html
    assert all(f.path in _safe(html).text for f in report.findings)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(design=trajectories())
def test_every_design_and_session_has_all_three_forms(design: Trajectory) -> None:
    """For every design, the trajectory's and each session's bundle has safe HTML, an SVG
    document that parses as XML, and text that starts with the title."""
    values: list[Any] = [design, *design.sessions]
    for value in values:
        bundle = value._repr_mimebundle_()
        assert bundle is not None
        _safe(bundle["text/html"])
        root = ElementTree.fromstring(bundle["image/svg+xml"])
        assert root.tag == f"{SVG_NS}svg"
        # Control characters cannot be in XML or on a terminal: they are left out.
        assert root.findtext(f"{SVG_NS}title") == clean(value.title)
        heading = " ".join(clean(value.title).split())
        assert bundle["text/plain"].startswith(f"{heading}\n{'=' * len(heading)}\n")
