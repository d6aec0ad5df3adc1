"""Designs dated at the ends of the calendar go through every output without a crash."""

from __future__ import annotations

import io
import pathlib

import attrs
import pendulum
import pytest

import plein
from plein import EdtfDate
from plein.cli import main
from plein.export import to_ics
from plein.render import report
from plein.trust import promise_ledger

AS_OF = pendulum.Date(2026, 11, 28)
EXAMPLE = plein.examples.text("shopping-centre")


def _edited(*changes: tuple[str, str]) -> str:
    text = EXAMPLE
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    return text


def _first_session_on(day: str) -> str:
    return _edited(
        ("plannedDate: 2026-02-12", f"plannedDate: {day}"),
        ("actualDate: 2026-02-12", f"actualDate: {day}"),
    )


EDGES = {
    "year 1": _first_session_on("0001-01-01"),
    "first days of year 1": _first_session_on("0001-01-05"),
    "year 9999": _first_session_on("9999-12-31"),
    "last week of year 9999": _first_session_on("9999-12-26"),
    "year 1 as a year": _first_session_on("0001"),
    "year 9999 as a year": _first_session_on("9999"),
    "due within ten thousand years": _edited(("due: {within: P2W}", "due: {within: P10000Y}")),
    "recurring past year 9999": _edited(
        ("due: {within: P13W, every: P13W}", "due: {within: P9000Y, every: P9000Y}")
    ),
    "due before a session in year 1": _edited(
        ("plannedDate: 2027-01-14", "plannedDate: 0001-01-01")
    ),
}


@pytest.mark.parametrize("text", EDGES.values(), ids=EDGES.keys())
def test_edge_dates_are_refused_at_load(text: str) -> None:
    """A file dated at a calendar edge is refused at load, each date at its own field."""
    with pytest.raises(plein.DesignError) as caught:
        plein.loads(text)
    assert {p.code for p in caught.value.problems} == {"out-of-range"}
    assert all(p.path != "$" for p in caught.value.problems)


@pytest.mark.parametrize("text", EDGES.values(), ids=EDGES.keys())
def test_edge_dates_through_the_command_line(text: str, tmp_path: pathlib.Path) -> None:
    """``plein check``, ``ledger``, ``ics`` and ``report`` refuse such a file with exit 2
    and a problem, never a traceback."""
    path = tmp_path / "design.yaml"
    path.write_text(text, encoding="utf-8")
    for argv in (
        ["check", str(path), "--as-of", "2026-11-28"],
        ["ledger", str(path), "--as-of", "9999-12-31"],
        ["ics", str(path)],
        ["report", str(path), "--as-of", "0001-01-01"],
    ):
        out, err = io.StringIO(), io.StringIO()
        assert main(argv, out=out, err=err) == 2
        assert "out-of-range" in err.getvalue()
        assert "Traceback" not in err.getvalue()


def _built_with_first_session_on(day: str) -> plein.Trajectory:
    """The example with its first session dated ``day``, built in Python (which, unlike
    the loader, does not bound the years)."""
    design = plein.loads(EXAMPLE)
    first = attrs.evolve(design.sessions[0], planned_date=EdtfDate(day), actual_date=EdtfDate(day))
    return attrs.evolve(design, sessions=[first, *design.sessions[1:]])


BUILT = ["0001-01-01", "0001-01-05", "9999-12-31", "9999-12-26", "0001", "9999"]


@pytest.mark.parametrize("day", BUILT)
def test_edge_dates_reach_every_output(day: str) -> None:
    """Check, report, calendar and ledger all finish on a design built in Python with a
    session at a calendar edge."""
    design = _built_with_first_session_on(day)
    assert plein.check(design, as_of=AS_OF).findings is not None
    assert report(design, as_of=AS_OF).startswith("<!DOCTYPE html>")
    assert "##" in report(design, format="md", as_of=AS_OF)
    assert to_ics(design).startswith("BEGIN:VCALENDAR")
    for as_of in (AS_OF, pendulum.Date(9999, 12, 31), pendulum.Date(1, 1, 1)):
        assert isinstance(promise_ledger(design, as_of).to_text(), str)


@pytest.mark.parametrize("minutes", [10**6, 10**9, 10**22, 10**400])
def test_absurd_block_lengths_reach_every_output(minutes: int) -> None:
    """A block of a million minutes or more (a typo) is reported on, not a crash, and the
    programme drawing keeps a bounded number of clock ticks."""
    text = EXAMPLE.replace("minutes: 45", f"minutes: {minutes}", 1)
    assert text != EXAMPLE
    design = plein.loads(text)
    assert plein.check(design, as_of=AS_OF).findings
    html = report(design, as_of=AS_OF)
    assert html.count("<line") < 2_000
    assert to_ics(design).startswith("BEGIN:VCALENDAR")


BARE = """\
schemaVersion: "2.0"
id: bare
title: Bare
issue: {title: Square, question: What should it become?, nature: spatial,
        kind: area-development}
sessions:
  - {id: s1, title: Explore}
  - {id: s2, title: Decide, dagdeel: evening, after: [s1]}
"""


def test_bare_sessions_without_dates_are_reported() -> None:
    """Sessions with nothing but an id and a title (no date, no programme) go into the
    report, the calendar and the ledger without a crash."""
    design = plein.loads(BARE)
    for lang in ("nl", "en"):
        assert "Explore" in report(design, lang=lang, as_of=AS_OF)
        assert "Explore" in report(design, format="md", lang=lang, as_of=AS_OF)
    assert "VEVENT" not in to_ics(design)  # no date: no event
    assert promise_ledger(design, AS_OF).rows == ()


def test_recurring_duty_from_year_1_stays_bounded() -> None:
    """A quarterly duty whose session is dated in year 1 lists at most a thousand and one
    occurrences, not one for every quarter up to today."""
    design = plein.loads(EXAMPLE)
    sessions = [
        attrs.evolve(s, planned_date=EdtfDate("0001-01-01"))
        if s.planned_date == EdtfDate("2027-01-14")
        else s
        for s in design.sessions
    ]
    assert sessions != list(design.sessions)
    design = attrs.evolve(design, sessions=sessions)
    rows = promise_ledger(design, AS_OF).rows
    assert 0 < len(rows) <= 1_100
