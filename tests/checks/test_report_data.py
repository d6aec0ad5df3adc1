"""Findings and reports as plain data, and one meaning of ``as_of`` everywhere."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plein
from plein import Finding, Report, Severity, UsageError
from plein.export import to_ics
from plein.trust import promise_ledger

texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
positions = st.none() | st.integers(min_value=1, max_value=10_000)
findings = st.builds(
    Finding,
    code=st.from_regex(r"[A-Z]{2}[0-9]{3}", fullmatch=True),
    slug=st.from_regex(r"[a-z]+(-[a-z]+){0,2}", fullmatch=True),
    severity=st.sampled_from(Severity),
    message=texts,
    hint=texts,
    path=texts.map(lambda t: "$." + t),
    file=st.none() | texts,
    line=positions,
    column=positions,
    related=st.lists(texts, max_size=3).map(tuple),
)
reports = st.builds(
    Report,
    findings=st.lists(findings, max_size=6).map(tuple),
    waived=st.lists(findings, max_size=2).map(tuple),
    lang=st.sampled_from(["en", "nl"]),
)


@given(findings)
def test_finding_round_trips_through_a_dict(finding: Finding) -> None:
    """Finding.from_dict(f.to_dict()) == f, also through JSON text."""
    assert Finding.from_dict(finding.to_dict()) == finding
    assert Finding.from_dict(json.loads(json.dumps(finding.to_dict()))) == finding


@given(reports)
def test_report_round_trips_through_a_dict(report: Report) -> None:
    """Report.from_dict(r.to_dict()) == r, also through JSON text."""
    assert Report.from_dict(report.to_dict()) == report
    assert Report.from_dict(json.loads(json.dumps(report.to_dict()))) == report


@given(reports)
def test_report_dict_counts_each_severity(report: Report) -> None:
    """counts has every severity, adds up to the findings, and waived ones do not count."""
    data = report.to_dict()
    assert set(data["counts"]) == {"error", "warning", "info"}
    for severity in Severity:
        expected = sum(1 for f in report.findings if f.severity is severity)
        assert data["counts"][severity.value] == expected
    assert data["hasErrors"] is report.has_errors


def test_a_real_report_round_trips() -> None:
    """The report of a bundled example comes back equal, in the order it had."""
    report = plein.check(plein.examples.load("flawed-evening"), as_of=dt.date(2026, 11, 28))
    again = Report.from_dict(json.loads(json.dumps(report.to_dict())))
    assert again == report
    assert [f.code for f in again] == report.codes()


def test_iterating_a_report_gives_findings() -> None:
    """A report iterates over its findings, in report order."""
    report = plein.check(plein.examples.load("flawed-evening"), as_of=dt.date(2026, 11, 28))
    items = list(report)
    assert items == list(report.findings)
    assert all(isinstance(f, Finding) for f in items)


def _finding() -> dict[str, Any]:
    return Finding("TB101", "overrunning-dagdeel", Severity.ERROR, "m", "h", "$").to_dict()


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("code"),
        lambda d: d.__setitem__("colour", "red"),
        lambda d: d.__setitem__("severity", "fatal"),
        lambda d: d.__setitem__("line", "12"),
        lambda d: d.__setitem__("line", True),
        lambda d: d.__setitem__("related", "s1"),
        lambda d: d.__setitem__("message", None),
    ],
)
def test_a_bad_finding_dict_is_a_usage_error(change: Any) -> None:
    """A missing or unknown key, or a value of the wrong type, is refused."""
    data = _finding()
    change(data)
    with pytest.raises(UsageError):
        Finding.from_dict(data)


@pytest.mark.parametrize(
    "data",
    [
        {"waived": []},
        {"findings": [], "extra": 1},
        {"findings": {}},
        {"findings": [], "lang": "de"},
        {"findings": [_finding()], "counts": {"error": 0, "warning": 0, "info": 0}},
        {"findings": [_finding()], "hasErrors": False},
        [],
    ],
)
def test_a_bad_report_dict_is_a_usage_error(data: Any) -> None:
    """A report dict without findings, with unknown keys or with wrong counts is refused."""
    with pytest.raises(UsageError):
        Report.from_dict(data)


# -- as_of -----------------------------------------------------------------------------

DAY = (2026, 11, 28)
AS_OF_FORMS = [
    pendulum.date(*DAY),
    dt.date(*DAY),
    dt.datetime(*DAY, 12, 0),
    # 20:00 on the 27th at UTC-5 is 02:00 on the 28th in Amsterdam.
    dt.datetime(2026, 11, 27, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    pendulum.datetime(*DAY, 0, 30, tz="Europe/Amsterdam"),
]


@pytest.mark.parametrize("as_of", AS_OF_FORMS, ids=lambda d: type(d).__name__)
def test_as_of_means_one_day_in_every_form(as_of: dt.date) -> None:
    """A datetime.date, a pendulum date and a date-time on that day judge the same."""
    design = plein.examples.load("flawed-evening")
    expected_day = pendulum.date(*DAY)
    assert plein.check(design, as_of=as_of) == plein.check(design, as_of=expected_day)
    assert promise_ledger(design, as_of) == promise_ledger(design, expected_day)
    assert plein.render.report(design, as_of=as_of) == plein.render.report(
        design, as_of=expected_day
    )


def test_a_date_time_counts_as_its_day_in_the_trajectory_zone() -> None:
    """23:30 UTC on the 27th is the 28th in Amsterdam, and judges as the 28th."""
    design = plein.examples.load("flawed-evening")
    late = dt.datetime(2026, 11, 27, 23, 30, tzinfo=dt.UTC)
    assert plein.check(design, as_of=late) == plein.check(design, as_of=dt.date(*DAY))


def test_calendar_takes_a_date_as_the_start_of_that_day() -> None:
    """to_ics with a date stamps the start of that day in the trajectory's zone."""
    design = plein.examples.load("shopping-centre")
    by_date = to_ics(design, as_of=dt.date(2026, 1, 5))
    by_moment = to_ics(design, as_of=pendulum.datetime(2026, 1, 5, tz=design.timezone))
    assert by_date == by_moment
    assert "DTSTAMP:20260104T230000Z" in by_date


def test_as_of_that_is_not_a_date_is_a_usage_error() -> None:
    """Text or a number for as_of is refused with plein's own error."""
    design = plein.examples.load("shopping-centre")
    with pytest.raises(UsageError):
        plein.check(design, as_of="2026-01-05")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        to_ics(design, as_of="2026-01-05")  # type: ignore[arg-type]


SMALL = plein.examples.load("shopping-centre")


@settings(max_examples=25, deadline=None)
@given(
    st.datetimes(
        min_value=dt.datetime(2025, 1, 1),
        max_value=dt.datetime(2027, 12, 31),
        timezones=st.sampled_from([dt.UTC, ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")]),
    )
)
def test_any_date_time_judges_as_its_local_day(moment: dt.datetime) -> None:
    """For any aware date-time, checking judges on its day in the trajectory's zone."""
    local = pendulum.instance(moment).in_timezone(SMALL.timezone)
    day = dt.date(local.year, local.month, local.day)
    assert plein.check(SMALL, as_of=moment) == plein.check(SMALL, as_of=day)
    assert promise_ledger(SMALL, moment).as_of == day
