"""A report of a meeting of the past, written down without its outcome, says what the
record says: planned is not "not yet held", no date is not "not yet planned", a window is
not a dagdeel, a year is not a month, and the attendance legend explains every cell."""

from __future__ import annotations

import re
from pathlib import Path

import pendulum
import pytest

import plein
import plein.cli
from plein import Trajectory
from plein.render import report
from tests.render._html import Page

AS_OF = pendulum.date(2026, 11, 30)

#: A symposium of 2021 with no status, actual date or attendance; two undated steps
#: before it, one planned for a year after it, and an undated one after that.
PAST = """
schemaVersion: "2.0"
id: symposium
title: Symposium
timezone: Europe/Amsterdam
issue: {title: Lessen, question: Wat leren we?, nature: societal, kind: other}
parties:
  - {id: gemeente, name: Gemeente, category: administration}
  - {id: raad, name: Raad, category: council}
  - {id: pers, name: Pers, category: press}
sessions:
  - id: symposium
    title: Symposium
    kind: symposium
    window: {start: "10:30", end: "15:00"}
    plannedDate: 2021-10-08
    after: [studie]
    parties:
      - {party: gemeente}
      - {party: raad}
      - {party: pers, invited: false}
    programme:
      - {id: opening, title: Opening, start: "10:30", end: "11:00"}
      - {id: gesprek, title: Gesprek, start: "11:00", end: "14:30"}
steps:
  - {id: akkoord, title: Akkoord, kind: council-decision}
  - {id: studie, title: Studie, kind: study, after: [akkoord]}
  - {id: einde, title: Einde, kind: other, plannedDate: "2022", after: [symposium]}
  - {id: evaluatie, title: Evaluatie, kind: report, after: [einde]}
"""

#: The same words in English and in Dutch.
SAYS = {
    "en": {
        "not-yet-held": "not yet held",
        "not-yet-planned": "not yet planned",
        "none-held": "No session has been held yet.",
        "still-planned": "For the session still planned",
        "not-as-held": "No session is recorded as held.",
        "held-unknown": "planned: Friday 8 October 2021; whether it was held is not recorded",
        "held-undated": "held, date not recorded (planned: 8 October 2021)",
        "total-unknown": "Whether the session planned before 30 November 2026 was held "
        "is not recorded",
        "done-unknown": "planned: 2022; whether it was done is not recorded",
        "no-date": "no date given",
        "next": "## Next steps",
        "unknown-heading": "### Planned earlier, outcome not recorded",
        "dagdeel": "Dagdeel",
        "window": "- **Time window**: 10:30\u201315:00\n- **Time**: 10:30\u201314:30\n",
        "span": "from 8 October 2021 to {end}.",
        "legend": "Each cell:",
        "pair": "expected / attended",
        "quote": "\u201c{}\u201d",
    },
    "nl": {
        "not-yet-held": "nog niet gehouden",
        "not-yet-planned": "nog niet gepland",
        "none-held": "Er is nog geen bijeenkomst gehouden.",
        "still-planned": "Voor de bijeenkomst die nog gepland is",
        "not-as-held": "Er is geen bijeenkomst als gehouden vastgelegd.",
        "held-unknown": "gepland: vrijdag 8 oktober 2021; niet vastgelegd of ze is gehouden",
        "held-undated": "gehouden, datum niet vastgelegd (gepland: 8 oktober 2021)",
        "total-unknown": "Van de bijeenkomst die v\u00f3\u00f3r 30 november 2026 gepland "
        "was, is niet vastgelegd of ze is gehouden",
        "done-unknown": "gepland: 2022; niet vastgelegd of deze is afgerond",
        "no-date": "geen datum vermeld",
        "next": "## Volgende stappen",
        "unknown-heading": "### Eerder gepland, afloop niet vastgelegd",
        "dagdeel": "Dagdeel",
        "window": "- **Tijdvenster**: 10:30\u201315:00\n- **Tijd**: 10:30\u201314:30\n",
        "span": "van 8 oktober 2021 tot {end}.",
        "legend": "Per cel:",
        "pair": "verwacht / aanwezig",
        "quote": "\u201e{}\u201d",
    },
}

LANGS = pytest.mark.parametrize("lang", ["en", "nl"])

#: The same symposium with a party recorded as present: only a meeting that took place
#: has attendance, so it is held, on a date the record does not give.
ATTENDED = PAST.replace("{party: gemeente}", "{party: gemeente, present: true}")


def _md(design: Trajectory | str, lang: str) -> str:
    if isinstance(design, str):
        design = plein.loads(design)
    return report(design, format="md", lang=lang, as_of=AS_OF)  # type: ignore[arg-type]


def _html_text(design: Trajectory | str, lang: str) -> str:
    """The visible text of the HTML report, whitespace single."""
    if isinstance(design, str):
        design = plein.loads(design)
    html = report(design, lang=lang, as_of=AS_OF)  # type: ignore[arg-type]
    return " ".join(Page(re.sub(r"(?s)<style>.*?</style>", "", html)).text.split())


def _rows(md: str, after: str = "") -> dict[str, list[str]]:
    """The rows of the first Markdown table after ``after``, by their third cell (what)."""
    lines = md.split(after, 1)[1].splitlines() if after else md.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| "))
    rows = {}
    for line in lines[start + 2 :]:
        if not line.startswith("| "):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[2]] = cells
    return rows


# -- 1. a session of the past, its outcome not recorded -----------------------------------


@LANGS
def test_a_past_session_without_outcome_is_not_said_to_be_not_yet_held(lang: str) -> None:
    """A session planned before the report date with no status, actual date or attendance
    is not "not yet held" nor a next step: the report says whether it was held is not
    recorded."""
    says = SAYS[lang]
    md = _md(PAST, lang)
    html = _html_text(PAST, lang)
    for text in (md, html):
        assert says["not-yet-held"] not in text
        assert says["none-held"] not in text
        assert says["still-planned"] not in text
        assert says["not-as-held"] in text
        assert says["held-unknown"] in text
        assert says["total-unknown"] in text
    nexts = md.split(says["next"])[1]
    assert "Symposium" not in _rows(nexts)
    assert "Symposium" not in nexts.split(says["unknown-heading"])[0]
    assert _rows(nexts, says["unknown-heading"])["Symposium"][0] == says["held-unknown"]
    assert _rows(nexts, says["unknown-heading"])["Einde"][0] == says["done-unknown"]


@LANGS
def test_a_past_session_with_people_present_is_held_on_a_date_not_recorded(lang: str) -> None:
    """With a party recorded as present the session took place: the report calls it held,
    its date not recorded, and does not list it among those of unknown outcome."""
    says = SAYS[lang]
    md = _md(ATTENDED, lang)
    assert says["held-undated"] in md
    assert says["held-unknown"] not in md
    assert says["not-as-held"] not in md
    assert says["total-unknown"] not in md
    nexts = md.split(says["next"])[1]
    assert "Symposium" not in _rows(nexts, says["unknown-heading"])


def test_the_cli_report_of_a_past_session_says_nothing_of_not_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``plein report --format md`` of a past session of unknown outcome, as in the
    command people run, does not call it "not yet held" in either language."""
    design = tmp_path / "symposium.yaml"
    design.write_text(PAST, encoding="utf-8")
    for lang in ("en", "nl"):
        argv = ["report", str(design), "--format", "md", "--as-of", "2026-11-30", "--lang", lang]
        assert plein.cli.main(argv) == 0
        out = capsys.readouterr().out
        assert SAYS[lang]["not-yet-held"] not in out
        assert SAYS[lang]["held-unknown"] in out


def test_a_session_still_to_come_is_still_a_next_step() -> None:
    """A session planned after the report date stays under the next steps, as planned."""
    later = PAST.replace("plannedDate: 2021-10-08", "plannedDate: 2027-10-08").replace(
        'plannedDate: "2022"', 'plannedDate: "2028"'
    )
    md = _md(later, "en")
    assert "For the session still planned, no number is expected yet." in md
    assert "### Planned earlier, outcome not recorded" not in md
    rows = _rows(md, "## Next steps")
    assert rows["Symposium"][0] == "planned: Friday 8 October 2027"
    assert rows["Akkoord"][0] == "no date given"


# -- 2. a step without a date ---------------------------------------------------------------


@LANGS
def test_an_undated_step_is_not_said_to_be_not_yet_planned(lang: str) -> None:
    """A step with no date and no status has "no date given", not "not yet planned":
    before a session of the past among those of unknown outcome, else a next step."""
    says = SAYS[lang]
    md = _md(PAST, lang)
    assert says["not-yet-planned"] not in md
    assert says["not-yet-planned"] not in _html_text(PAST, lang)
    nexts = md.split(says["next"])[1]
    assert _rows(nexts)["Evaluatie"][0] == says["no-date"]
    unknown = _rows(nexts, says["unknown-heading"])
    assert unknown["Akkoord"][0].startswith(says["no-date"] + "; ")
    assert unknown["Studie"][0].startswith(says["no-date"] + "; ")


# -- 3. a window is not a dagdeel -----------------------------------------------------------


@LANGS
def test_a_window_without_a_dagdeel_is_not_called_a_dagdeel(lang: str) -> None:
    """A session with a window and no dagdeel shows its window and its time, never a
    "Dagdeel"; with a dagdeel given, the dagdeel is named."""
    says = SAYS[lang]
    md = _md(PAST, lang)
    facts = md.split("### Symposium")[1].split("\n\n")[1] + "\n"
    assert says["dagdeel"] not in facts
    assert says["window"] in facts
    html = report(plein.loads(PAST), lang=lang, as_of=AS_OF)  # type: ignore[arg-type]
    assert "<dt>Dagdeel</dt>" not in html
    morning = plein.loads(PAST.replace("    kind: symposium\n", "    kind: symposium\n"
                                       "    dagdeel: morning\n"))  # fmt: skip
    named = _md(morning, lang).split("### Symposium")[1].split("\n\n")[1]
    assert f"- **Dagdeel**: {'morning' if lang == 'en' else 'ochtend'}\n" in named


def test_a_window_filled_by_the_programme_is_said_once() -> None:
    """Where the programme fills the window exactly, the time is shown once."""
    whole = PAST.replace('end: "14:30"', 'end: "15:00"')
    facts = _md(whole, "en").split("### Symposium")[1].split("\n\n")[1]
    assert "- **Time**: 10:30\u201315:00" in facts
    assert "Time window" not in facts


# -- 4. a date at its own precision ---------------------------------------------------------


@LANGS
@pytest.mark.parametrize(
    ("edtf", "end"),
    [
        ("2022", {"en": "2022", "nl": "2022"}),
        ("2022-12", {"en": "December 2022", "nl": "december 2022"}),
        ("2022-12~", {"en": "about December 2022", "nl": "ca. december 2022"}),
    ],
)
def test_the_trajectorys_span_ends_at_the_precision_of_its_last_date(
    lang: str, edtf: str, end: dict[str, str]
) -> None:
    """The span of the trajectory ends with a year as a year and a month as a month."""
    md = _md(PAST.replace('plannedDate: "2022"', f'plannedDate: "{edtf}"'), lang)
    assert SAYS[lang]["span"].format(end=end[lang]) in md


# -- 5. the attendance legend ---------------------------------------------------------------


STATED = ATTENDED.replace(
    "steps:",
    """  - id: later
    title: Later
    plannedDate: 2027-03-01
    parties:
      - {party: gemeente, expected: 4}
      - {party: raad, present: false}
steps:""",
)


@LANGS
@pytest.mark.parametrize("design", [ATTENDED, STATED], ids=["past", "with-plan"])
def test_the_attendance_legend_explains_every_value_in_its_cells(lang: str, design: str) -> None:
    """Every value a cell of the attendance table shows is explained in its legend."""
    says = SAYS[lang]
    md = _md(design, lang)
    table, rest = md.split("| Symposium (8 ")[1].split("\n\n", 1)
    legend = rest.split("\n\n")[0]
    assert legend.startswith(f"*{says['legend']}")
    values = {c.strip() for line in table.splitlines()[2:] for c in line.strip("|").split("|")[1:]}
    assert len(values) >= 3
    for value in values:
        if "/" in value:
            assert says["pair"] in legend
        else:
            assert says["quote"].format(value) in legend


def test_a_series_with_an_occasion_held_is_not_of_unknown_outcome() -> None:
    """A session held as a series, one occasion of which is recorded as held, is not
    said to be of unknown outcome."""
    series = PAST.replace(
        "    after: [studie]\n",
        "    after: [studie]\n    occasions:\n      - {id: eerste, actualDate: 2021-10-08}\n",
    )
    md = _md(series, "en")
    assert "whether it was held is not recorded" not in md
    assert "Symposium" not in _rows(md.split("### Planned earlier, outcome not recorded")[1])
