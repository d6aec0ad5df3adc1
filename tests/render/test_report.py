"""The participation report: its sections, its safety as HTML, its languages and its data."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import plein
import plein.cli
from plein import Agreement, Block, Issue, Party, Session, SessionParty, Trajectory
from plein.checks import Finding, Report, Severity
from plein.errors import UsageError
from plein.render import SECTIONS, report
from plein.render._escape import clean
from tests.render._html import MARKDOWN_TAGS, Page, markdown_html
from tests.strategies import trajectories

AS_OF = pendulum.Date(2026, 11, 28)
NO_FINDINGS = Report(())


def md_sections(text: str) -> list[str]:
    return [line[3:] for line in text.splitlines() if line.startswith("## ")]


@pytest.fixture(scope="module")
def shopping() -> Trajectory:
    return plein.examples.load("shopping-centre")


@pytest.fixture(scope="module")
def shopping_html(shopping: Trajectory) -> str:
    return report(shopping, as_of=AS_OF)


@pytest.mark.parametrize("name", plein.examples.names())
def test_every_example_is_one_self_contained_page(name: str) -> None:
    """Each bundled example's report has no script, nothing from the network, only known tags."""
    html = report(plein.examples.load(name), as_of=AS_OF)
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html.lower()
    assert "http" not in html.lower()
    assert Page(html).unexpected() == []


@pytest.mark.parametrize("name", plein.examples.names())
def test_every_example_has_every_section_in_both_formats(name: str) -> None:
    """The HTML has a section for each key, and the Markdown the same section titles."""
    design = plein.examples.load(name)
    page = Page(report(design, as_of=AS_OF))
    assert page.section_ids == [key for key in SECTIONS if key != "findings"]
    assert md_sections(report(design, format="md", as_of=AS_OF)) == page.h2


def test_the_shopping_centre_report_draws_its_pictures(
    shopping: Trajectory, shopping_html: str
) -> None:
    """The report shows a timeline and one programme bar per session, each wide and
    narrow (for a phone), and the trajectory graph (top to bottom already: one layout)."""
    titles = Page(shopping_html).svg_titles
    assert titles.count(f"Tijdlijn van het traject: {shopping.title}") == 2
    assert titles.count(f"Hoe de bijeenkomsten en stappen op elkaar volgen: {shopping.title}") == 1
    bars = [t for t in titles if t.startswith("Tijdsindeling van het programma: ")]
    assert bars == [f"Tijdsindeling van het programma: {s.title}" for s in shopping.sessions
                    for _ in range(2)]  # fmt: skip
    assert len(titles) == 3 + 2 * len(shopping.sessions)
    assert shopping_html.count('<div class="picture narrow">') == 1 + len(shopping.sessions)


def test_dutch_by_default_english_on_request(shopping: Trajectory) -> None:
    """The report speaks Dutch unless asked for English, in its title and its sections."""
    dutch = Page(report(shopping, as_of=AS_OF))
    english = Page(report(shopping, as_of=AS_OF, lang="en"))
    assert dutch.h2[:2] == ["Het vraagstuk en de reden voor participatie", "Wie er betrokken waren"]
    assert english.h2[:2] == ["The issue, and why participation", "Who was involved"]
    assert "Participatieverslag: " in dutch.text
    assert "Participation report: " in english.text
    assert '<html lang="en">' in report(shopping, as_of=AS_OF, lang="en")


def test_personal_data_is_left_out_unless_asked_for(shopping: Trajectory) -> None:
    """Contact persons' names and e-mail addresses appear only with include_personal_data."""
    contact = shopping.parties[0].contacts[0]
    assert contact.email is not None
    for fmt in ("html", "md"):
        without = report(shopping, format=fmt, as_of=AS_OF)
        assert contact.name not in without
        assert contact.email not in without
        with_data = report(shopping, format=fmt, as_of=AS_OF, include_personal_data=True)
        assert contact.name in with_data
        assert contact.email in with_data


def test_a_named_role_holder_is_personal_data_too(shopping: Trajectory) -> None:
    """A role held by a named person shows the name only when personal data is asked for."""
    roles = (*shopping.roles, plein.RoleAssignment("chair", "bewoners", person="contact-bewoners"))
    design = attrs.evolve(shopping, roles=roles)
    assert "A. de Vries" not in report(design, as_of=AS_OF)
    assert "voorzitter: A. de Vries" in report(design, as_of=AS_OF, include_personal_data=True)


def test_the_report_says_what_was_done_with_each_agreement(shopping_html: str) -> None:
    """Adopted, adapted (with the motivation) and undecided agreements are each shown."""
    section = _section(shopping_html, "outcomes")
    assert "overgenomen" in section
    assert "aangepast overgenomen" in section
    assert "vergunningparkeren in de avond" in section
    assert "nog geen besluit" in section


def test_follow_up_status_is_judged_on_the_report_date(shopping: Trajectory) -> None:
    """An action done after the report date was still open on it; done before, it is done."""
    before = _section(report(shopping, as_of=pendulum.Date(2026, 3, 1)), "follow-up")
    after = _section(report(shopping, as_of=AS_OF), "follow-up")
    notitie = "Verkenningsnotitie met drie scenario&#x27;s opstellen"
    assert re.search(notitie + r".*?badge warn\">open<", before, re.S)
    assert re.search(notitie + r".*?afgerond \(30 maart 2026\)", after, re.S)


@pytest.mark.parametrize(
    ("status", "status_date", "badge"),
    [
        ("done", "2026-01-20", 'badge ok">afgerond (20 januari 2026)<'),
        ("done", "2026-03-01", 'badge warn">te laat nagekomen (1 maart 2026)<'),
        ("dropped", "2026-01-20", 'badge muted">vervallen (20 januari 2026)<'),
        ("open", None, 'badge bad">te laat (1 februari 2026)<'),
        ("dropped", "2026-12-01", 'badge bad">te laat (1 februari 2026)<'),
    ],
    ids=["kept", "kept-late", "dropped", "overdue", "dropped-later"],
)
def test_follow_up_status_follows_the_ledger(
    status: str, status_date: str | None, badge: str
) -> None:
    """Done in time, done late, dropped and overdue each show as such on the report date."""
    action = plein.Action(
        id="x", text="Iets doen", owners=["p"], due=plein.Due(on="2026-02-01"),
        status=status, status_date=status_date,
    )  # fmt: skip
    design = _design("Buren", "Avond", "tekst")
    session = design.sessions[0]
    agreement = attrs.evolve(session.agreements[0], actions=[action])
    design = attrs.evolve(design, sessions=[attrs.evolve(session, agreements=[agreement])])
    html = report(design, as_of=pendulum.Date(2026, 6, 1), findings=NO_FINDINGS)
    assert badge in _section(html, "follow-up")


def test_relative_due_dates_are_resolved(shopping_html: str) -> None:
    """A due moment before a session is shown as the day before it, with the rule."""
    section = _section(shopping_html, "follow-up")
    assert "13 januari 2027" in section
    assert "vóór Plein 3: afspraken over het plan" in section


def test_overdue_actions_are_marked_and_the_ledger_counts_them() -> None:
    """An open action past its due date is overdue in the follow-ups and broken in the ledger."""
    flawed = plein.examples.load("flawed-evening")
    html = report(flawed, as_of=pendulum.Date(2027, 6, 1), findings=NO_FINDINGS)
    assert "te laat (24 februari 2027)" in _section(html, "follow-up")
    assert "gebroken" in _section(html, "ledger")


def test_next_steps_are_what_comes_after_the_report_date(shopping_html: str) -> None:
    """Sessions and steps not yet held on the report date are the next steps, held ones not."""
    section = _section(shopping_html, "next-steps")
    assert "<td>bijeenkomst</td><td>Plein 3: afspraken over het plan</td>" in section
    assert "<td>raadsbesluit</td><td>Raadsbesluit over het voorlopig ontwerp</td>" in section
    assert "<td>bijeenkomst</td><td>Plein 2" not in section


def test_given_findings_are_shown_instead_of_running_the_checks(shopping: Trajectory) -> None:
    """A report passed as findings is the one shown, with its severity and hint."""
    finding = Finding("XX001", "made-up", Severity.ERROR, "Iets <klopt> niet.", "Doe iets.", "$")
    html = report(shopping, as_of=AS_OF, findings=Report((finding,), lang="nl"))
    section = _section(html, "findings")
    assert "Iets &lt;klopt&gt; niet." in section
    assert "GR105" not in section
    assert "1 fout" in section


def test_the_checks_run_when_findings_are_asked_for(shopping: Trajectory) -> None:
    """With ``findings=True`` the report runs the checks on its date, in its language."""
    section = _section(report(shopping, as_of=AS_OF, findings=True), "findings")
    assert "stond gepland op 2026-04-09" in section
    assert "GR105" not in section  # the check's summary stands for its code


def test_findings_are_left_out_by_default(shopping_html: str) -> None:
    """The report a municipality publishes has no findings section and no check codes."""
    assert 'id="findings"' not in shopping_html
    assert re.search(r"\b[A-Z]{2}\d{3}\b", Page(shopping_html).text) is None


def test_as_of_defaults_to_today_in_the_trajectorys_zone(
    shopping: Trajectory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without as_of the report date is today, read in the trajectory's own time zone."""
    zones: list[Any] = []

    def today(tz: Any = None) -> pendulum.DateTime:
        zones.append(tz)
        return pendulum.datetime(2026, 11, 28, tz="Europe/Amsterdam")

    monkeypatch.setattr(pendulum, "today", today)
    html = report(shopping)
    assert zones
    assert set(zones) == {shopping.timezone}
    assert "28 november 2026" in html


@pytest.mark.parametrize(
    ("option", "value"), [("format", "pdf"), ("lang", "de")], ids=["format", "lang"]
)
def test_an_unknown_format_or_language_is_a_usage_error(
    shopping: Trajectory, option: str, value: str
) -> None:
    """Asking for a format or language the report does not have says which ones it has."""
    with pytest.raises(UsageError, match=r"'html' or 'md'|'nl' or 'en'"):
        report(shopping, as_of=AS_OF, **{option: value})  # type: ignore[arg-type]


def _design(name: str, title: str, text: str) -> Trajectory:
    return Trajectory(
        id="t",
        title=title,
        issue=Issue(title=text, question=text, nature="spatial", kind="other", owner="p"),
        parties=[Party(id="p", name=name, category="resident")],
        sessions=[
            Session(
                id="s",
                title=title,
                venue=text,
                planned_date="2026-05-01",
                parties=[SessionParty("p", expected=3)],
                programme=[Block(id="b", title=text, start="19:30", minutes=20)],
                agreements=[Agreement(id="a", text=text, parties=["p"])],
            )
        ],
    )


@settings(max_examples=60, deadline=None)
@given(name=st.text(min_size=1), title=st.text(min_size=1), text=st.text())
@example(name="<script>alert(1)</script>", title='"><svg onload=alert(1)>', text="&amp; <b>x")
def test_user_strings_are_escaped_never_markup(name: str, title: str, text: str) -> None:
    """For all party names, titles and texts: HTML shows them as text; Markdown, read by
    a CommonMark reader, makes no tags of them and shows them as typed."""
    design = _design(name, title, text)
    page = Page(report(design, as_of=AS_OF, findings=NO_FINDINGS))
    assert page.unexpected() == []
    for value in (name, title, text):
        assert clean(value) in page.text
    md = report(design, format="md", as_of=AS_OF, findings=NO_FINDINGS)
    assert md.count("```mermaid") == 1
    shown = Page(markdown_html(md))
    assert {tag for tag, _ in shown.tags} <= MARKDOWN_TAGS
    for value in (name, title, text):
        assert " ".join(clean(value).split()) in " ".join(shown.text.split())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(design=trajectories(), lang=st.sampled_from(["nl", "en"]))
def test_every_design_renders_with_the_same_sections(design: Trajectory, lang: str) -> None:
    """For all designs, both formats render, the HTML stays markup-safe and the sections agree."""
    html = report(design, as_of=AS_OF, lang=lang, findings=NO_FINDINGS)  # type: ignore[arg-type]
    md = report(design, format="md", as_of=AS_OF, lang=lang, findings=NO_FINDINGS)  # type: ignore[arg-type]
    page = Page(html)
    assert page.unexpected() == []
    assert "<script" not in html
    assert page.section_ids == list(SECTIONS)
    assert md_sections(md) == page.h2


def _section(html: str, key: str) -> str:
    match = re.search(rf'<section id="{key}" class="section">(.*?)</section>', html, re.S)
    assert match is not None, key
    return match.group(1)


def test_findings_speak_in_titles_not_ids() -> None:
    """With findings, a finding names sessions and blocks by title, with no ids,
    backticks or English values in the Dutch text."""
    flawed = plein.examples.load("flawed-evening")
    section = Page(_section(report(flawed, as_of=AS_OF, findings=True), "findings")).text
    assert "\u201eInformatieavond Dorpsstraat\u201d" in section
    assert "'avond'" not in section
    assert "`" not in section
    assert "note-taker" not in section
    assert "verslaglegger" in section


def test_the_findings_flag_adds_the_section(tmp_path: Any) -> None:
    """``plein report --findings`` adds the findings section; without it there is none."""
    path = plein.examples.path("flawed-evening")
    with_flag, without = tmp_path / "with.md", tmp_path / "without.md"
    assert plein.cli.main(["report", path, "--as-of", "2026-11-28", "--lang", "nl",
                           "--findings", "-o", str(with_flag)]) == 0  # fmt: skip
    assert plein.cli.main(["report", path, "--as-of", "2026-11-28", "--lang", "nl",
                           "-o", str(without)]) == 0  # fmt: skip
    assert "## Open bevindingen over het ontwerp" in with_flag.read_text(encoding="utf-8")
    assert "## Open bevindingen" not in without.read_text(encoding="utf-8")


def test_attendance_compares_held_sessions_and_keeps_planned_apart(shopping_html: str) -> None:
    """Expected and attended are summed over the sessions held; planned ones apart."""
    text = Page(shopping_html).text
    assert "werden 78 deelnames verwacht en zijn er 82 geteld" in text
    assert "Voor de bijeenkomst die nog gepland is, worden 39 deelnemers verwacht." in text
    assert "Nog verwacht" in text


def test_a_span_of_periods_ends_with_a_month() -> None:
    """The trajectory's span ends at the last month of a period, not with a range."""
    md = report(plein.examples.load("village-evening"), format="md", as_of=AS_OF)
    assert "van 17 september 2026 tot juni 2027." in md
    assert "Aantal deelnemers**: \\~80 aanwezig" in md


def test_no_session_held_yet_prints_no_dash_count() -> None:
    """A trajectory with nothing held yet says so, and prints no dash as a count nor a
    column of them."""
    html = report(plein.examples.load("heat-transition"), as_of=AS_OF)
    text = Page(html).text
    assert "Er is nog geen bijeenkomst gehouden." in text
    assert '<th scope="col" class="num">Aanwezig</th>' not in html  # no column of dashes
    assert '<th scope="col" class="num">Nog verwacht</th>' in html
    assert "\u2013 geteld" not in text
    assert "\u2013 counted" not in text


def test_tables_have_captions_and_scoped_headers(shopping_html: str) -> None:
    """Every table has a caption, and every header cell a scope."""
    page = Page(shopping_html)
    tables = [t for t, _ in page.tags if t == "table"]
    captions = [t for t, _ in page.tags if t == "caption"]
    assert tables
    assert len(captions) == len(tables)
    assert all(a.get("scope") in ("col", "row") for t, a in page.tags if t == "th")


def test_programme_phases_are_written_out(shopping_html: str) -> None:
    """The programme table names each block's phase, so colour is not its only sign."""
    assert '<th scope="col">Fase</th>' in shopping_html
    assert "<td>verbreden</td>" in shopping_html


def test_markdown_embeds_the_graph_as_mermaid(shopping: Trajectory) -> None:
    """The Markdown report carries the trajectory graph as a fenced Mermaid block, top to
    bottom like the picture of a long trajectory, with dates as people write them."""
    md = report(shopping, format="md", as_of=AS_OF)
    fence = md.index("```mermaid\nflowchart TB\n")
    assert "n_plein_1 --> n_verkenningsstudie" in md[fence:]
    assert 'n_plein_1("Plein 1: verkennen wat er speelt<br>12 februari 2026")' in md[fence:]
    assert md.count("```") == 2


def test_print_css_is_a4_without_a_page_per_section(shopping_html: str) -> None:
    """The print rules ask for A4 and keep a session's table with its picture, and no
    section starts a page of its own."""
    assert "@page { size: A4;" in shopping_html
    assert "break-before: page" not in shopping_html
    assert '<div class="keep"><div class="table"><table><caption>Programma:' in shopping_html
