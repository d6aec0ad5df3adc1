"""The published report states what the design says and no more: held is not planned,
not stated is not "no", names are not ids, and equal dates did not slip."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pendulum
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import plein
import plein.cli
from plein import Trajectory, examples
from plein.render import report, session_view, timeline_svg, trajectory_view
from plein.render._escape import clean
from plein.render._words import DASH
from tests.render._html import Page, markdown_html

AS_OF = pendulum.date(2026, 11, 30)
CASES = sorted(
    path
    for path in (Path(__file__).parents[1] / "cases").glob("dev-*.yaml")
    if not path.name.endswith(".expect.yaml")
)

HEAD = """
schemaVersion: "2.0"
id: r
title: R
issue: {title: T, question: Q?, nature: societal, kind: other, owner: g}
parties:
  - {id: g, name: Gemeente, category: municipality}
  - {id: b, name: Bewoners, category: resident}
"""

DONE = (
    HEAD
    + """
sessions:
  - id: avond
    title: Avond
    actualDate: 2021-04-06
    plannedDate: 2021-04-06
    parties: [{party: b, attended: 20}]
  - id: werksessie
    title: Werksessie
    status: held
    after: [avond]
steps:
  - id: besluit
    title: Raadsbesluit
    kind: council-decision
    plannedDate: 2021-09
    status: done
    after: [werksessie]
  - id: pagina
    title: Publicatie
    kind: publication
    status: done
    after: [avond]
  - id: evaluatie
    title: Evaluatie
    kind: publication
    after: [besluit]
"""
)


def _text(html: str) -> str:
    """The visible text of a report page (its stylesheet left out), whitespace single."""
    return " ".join(Page(re.sub(r"(?s)<style>.*?</style>", "", html)).text.split())


def _md(design: Trajectory, lang: str = "nl") -> str:
    return report(design, format="md", lang=lang, as_of=AS_OF)  # type: ignore[arg-type]


# -- 1. held and done are neither next nor planned ----------------------------------------


def test_held_and_done_without_a_date_are_not_next_or_planned() -> None:
    """A held session and done steps without a date say so, and are not next steps."""
    design = plein.loads(DONE)
    dutch = _md(design)
    assert "### Werksessie\n\n- **Datum**: gehouden, datum niet vastgelegd\n" in dutch
    upcoming = dutch.split("## Volgende stappen")[1]
    assert "| geen datum vermeld | publicatie | Evaluatie |" in upcoming
    for title in ("Werksessie", "Raadsbesluit", "Publicatie"):
        assert not re.search(rf"(?m)^\| [^|]* \| [^|]* \| {title} \|", upcoming)
    assert dutch.count("geen datum vermeld") == 1
    assert "nog niet gepland" not in dutch
    english = _md(design, "en")
    assert "held, date not recorded" in english
    assert "Publicatie<br>done, date not recorded" in english


def test_a_done_step_with_a_past_planned_date_is_drawn_done() -> None:
    """The timeline draws a done step filled at its planned date and says it in words."""
    design = plein.loads(DONE)
    svg = timeline_svg(design, as_of=AS_OF, lang="en")
    tip = "done, date not recorded (planned: September 2021)"
    assert f"<title>{tip}</title><polygon" in svg
    mark = svg.split(f"<title>{tip}</title>", 1)[1].split("/>", 1)[0]
    assert 'fill="#ffffff"' not in mark  # filled, not the hollow mark of a plan
    assert "planned: September 2021</title>" not in svg.replace(tip, "")


def test_the_graph_text_says_held_not_planned() -> None:
    """The Mermaid graph of the Markdown report labels a done step done, not planned."""
    md = _md(plein.loads(DONE), "en")
    assert "Raadsbesluit<br>done, date not recorded" in md
    assert "Raadsbesluit<br>gepland" not in _md(plein.loads(DONE))


def test_the_notebook_views_say_held_too() -> None:
    """A session recorded as held without its date is held in the notebook views, and
    its planned date is not given as the day it was held."""
    design = plein.loads(
        DONE.replace("    status: held\n", "    status: held\n    plannedDate: 2021-05-01\n")
    )
    held = session_view(design.sessions[1], lang="en").text
    assert "held, date not recorded (planned: 1 May 2021)" in held
    assert "(planned)" not in held
    assert "2 (2 held)" in trajectory_view(design, lang="en", as_of=AS_OF).text


# -- 2. not stated is not "no" ------------------------------------------------------------

STATED = (
    HEAD
    + """
  - {id: x, name: Expert, category: expert}
  - {id: n, name: Netbeheerder, category: regional-partner}
sessions:
  - id: avond
    title: Avond
    dagdeel: evening
    actualDate: 2021-04-21
    parties:
      - {party: b, attended: 31}
      - {party: g, present: true}
      - {party: x, present: false}
      - {party: n, invited: false}
  - id: later
    title: Later
    dagdeel: evening
    window: {start: "19:30", end: "21:30"}
    plannedDate: 2021-05-11
    parties: [{party: b}]
"""
)


def _matrix_rows(md: str) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    table = md.split("| Partij | Avond")[1].split("\n\n")[0]
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def test_presence_and_omission_are_said_as_the_record_says_them() -> None:
    """Present and not present are shown; a party left out is not stated, not 'not
    invited'; only invited: false says not invited."""
    rows = _matrix_rows(_md(plein.loads(STATED)))
    assert rows["Bewoners"] == [f"{DASH} / 31", f"{DASH} / {DASH}"]
    assert rows["Gemeente"] == ["aanwezig", "niet vermeld"]
    assert rows["Expert"] == ["niet aanwezig", "niet vermeld"]
    assert rows["Netbeheerder"] == ["niet uitgenodigd", "niet vermeld"]
    assert "„niet vermeld”: het ontwerp noemt de partij niet bij die bijeenkomst" in _md(
        plein.loads(STATED)
    )


def test_a_dagdeel_without_stated_times_shows_its_name_only() -> None:
    """The dagdeel's default window is not printed as a time; a stated window is."""
    md = _md(plein.loads(STATED))
    avond = md.split("### Avond")[1].split("###")[0]
    assert "- **Dagdeel**: avond\n" in avond
    assert "19:00" not in avond
    assert "22:30" not in avond
    later = md.split("### Later")[1].split("###")[0]
    assert "19:30" in later
    assert "21:30" in later


# -- 3. names, never ids ------------------------------------------------------------------

OWN = (
    HEAD
    + """
formats:
  - {id: plenair-gesprek, nameNl: Plenair gesprek, nameEn: Plenary interview,
     arc: presentation, exposure: listening}
roles:
  - {id: ro-1, role: issue-owner, party: g, title: wethouder}
sessions:
  - id: avond
    title: Avond
    actualDate: 2021-04-21
    programme:
      - {id: b1, title: Gesprek met de wethouder, format: plenair-gesprek, speakers: [ro-1]}
"""
)


def test_an_own_format_and_a_role_speaker_show_by_name() -> None:
    """An own format known only in part shows its name and phase; a role speaker its
    role word and party."""
    for lang, fmt, phase, speaker in (
        ("nl", "Plenair gesprek", "presentatie", "probleemeigenaar (wethouder), Gemeente"),
        ("en", "Plenary interview", "presentation", "issue owner (wethouder), Gemeente"),
    ):
        md = _md(plein.loads(OWN), lang)
        assert f"| Gesprek met de wethouder | {fmt} | {phase} |" in md
        assert f"{speaker}: Gesprek met de wethouder" in md
        assert "plenair-gesprek" not in md
        assert "ro-1" not in md


def _ids(design: Trajectory) -> set[str]:
    """The design's ids that no reader would take for a word: with a hyphen or a digit."""
    found = {p.id for p in design.parties}
    found |= {n.id for n in design.nodes()}
    found |= {a.id for _, _, agreement in design.agreements() for a in agreement.actions}
    found |= {a.id for _, a in design.role_assignments() if a.id}
    found |= {f.id for f in design.formats}
    # An id that is also a word of the design's own prose ("mede-initiatiefnemer" in a
    # party's name) may show as that word.
    prose = " ".join(
        [
            design.title,
            design.issue.title,
            design.issue.question,
            *(p.name for p in design.parties),
            *(n.title for n in design.nodes()),
            *(b.title for _, _, b in design.blocks()),
            *(a.text for _, _, a in design.agreements()),
            *(f.text for _, _, f in design.follow_ups()),
        ]
    )
    return {i for i in found if re.search(r"[-\d]", i) and not re.search(_word(i), prose)}


def _word(text: str) -> str:
    """A pattern for ``text`` as a whole word (hyphens belong to words here)."""
    return rf"(?<![\w-]){re.escape(text)}(?![\w-])"


@pytest.mark.parametrize("source", [*examples.names(), *(path.name for path in CASES)])
def test_no_id_of_the_design_shows_in_its_report(source: str) -> None:
    """Neither language's default report, as HTML or as Markdown, shows any of the
    design's ids as a word (every bundled example and development case)."""
    if source in examples.names():
        design = examples.load(source)
    else:
        design = plein.load(Path(__file__).parents[1] / "cases" / source)
    ids = _ids(design)
    assert ids or source == "never"  # the check has something to find in most designs
    for lang in ("nl", "en"):
        html = report(design, lang=lang, as_of=AS_OF)  # type: ignore[arg-type]
        md = re.sub(r"(?s)```mermaid.*?```", "", _md(design, lang))
        for text in (_text(html), _text(markdown_html(md))):
            shown = {i for i in ids if re.search(_word(i), text)}
            assert shown == set(), lang


def test_the_cli_report_of_a_record_shows_names(tmp_path: Path) -> None:
    """``plein report --format md`` of a design with an own format and a role speaker
    writes their names, not their ids."""
    source, target = tmp_path / "verslag.yaml", tmp_path / "verslag.md"
    source.write_text(OWN, encoding="utf-8")
    code = plein.cli.main(["report", str(source), "--format", "md", "--lang", "nl",
                           "--as-of", "2026-11-30", "-o", str(target)])  # fmt: skip
    md = target.read_text(encoding="utf-8")
    assert code == 0
    assert "Inbreng**: probleemeigenaar (wethouder), Gemeente: Gesprek" in md
    assert "ro-1" not in md
    assert "plenair-gesprek" not in md


# -- 4. Markdown escapes the Markdown way -------------------------------------------------


def test_the_markdown_report_does_not_html_escape(tmp_path: Path) -> None:
    """ "College van B&W" stays as typed in ``plein report --format md``."""
    target = tmp_path / "verslag.md"
    code = plein.cli.main(["report", examples.path("shopping-centre"), "--format", "md",
                           "--as-of", "2026-11-28", "-o", str(target)])  # fmt: skip
    md = target.read_text(encoding="utf-8")
    assert code == 0
    assert "College van B&W" in md
    assert "&amp;" not in md


@settings(max_examples=80, deadline=None)
@given(title=st.text(min_size=1, max_size=40).filter(str.strip))
@example(title="College van B&W <b>|*_`")
@example(title="&amp; is typed as such")
@example(title="1. eerst")
def test_any_title_shows_as_typed_in_markdown(title: str) -> None:
    """For all titles: read by a CommonMark reader, the Markdown shows the title as
    typed, and has no HTML entity that the title did not have."""
    design = plein.loads(HEAD + "sessions:\n  - {id: s, title: S, actualDate: 2021-04-06}\n")
    md = report(attrs.evolve(design, title=title), format="md", as_of=AS_OF)
    typed = " ".join(clean(title).split())
    assert typed in " ".join(Page(markdown_html(md)).text.split())
    for entity in ("&amp;", "&lt;", "&gt;", "&quot;"):
        if entity not in title:
            assert entity not in md


# -- 5. no slip where there is none -------------------------------------------------------


def test_equal_or_overlapping_dates_draw_no_slip() -> None:
    """Planned and actual dates that are equal, or a month and a day in it, draw no slip
    marker; a real slip still does."""
    design = plein.loads(
        HEAD
        + """
sessions:
  - {id: s1, title: A, plannedDate: 2021-04-06, actualDate: 2021-04-06}
  - {id: s2, title: B, plannedDate: 2021-04, actualDate: 2021-04-20}
  - {id: s3, title: C, plannedDate: 2021-04-06, actualDate: 2021-04-09}
"""
    )
    svg = timeline_svg(design, as_of=AS_OF, lang="nl")
    assert "\u22120 d" not in svg
    assert "+0 d" not in svg
    assert re.findall("[+\u2212]\\d+ d<", svg) == ["+3 d<"]
    shopping = report(examples.load("shopping-centre"), as_of=AS_OF)
    assert "\u22120 d" not in shopping
    assert "+0 d" not in shopping
