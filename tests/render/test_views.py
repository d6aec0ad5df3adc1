"""The notebook views: HTML for trajectories, sessions, check reports and ledgers."""

from __future__ import annotations

import attrs
import pendulum
import pytest

import plein
import plein.render
from plein import Party, Trajectory
from plein.model._display import render_html
from plein.render import Html, findings_html, ledger_html, session_html, trajectory_html
from plein.trust import promise_ledger
from tests.render._html import Page

AS_OF = pendulum.Date(2026, 11, 28)


@pytest.fixture
def frozen_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Views without a date read today: pin it."""
    monkeypatch.setattr(pendulum, "today", lambda tz=None: pendulum.datetime(2026, 11, 28, tz=tz))


def _safe(html: str) -> Page:
    assert html.startswith('<div class="plein-view">')
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
