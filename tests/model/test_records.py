"""The model says what records say: approximate dates and counts, unknowns, joint owners."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import plein
from plein import Count, EdtfDate
from tests.strategies import counts, edtf_dates


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2021-06-19", (2021, 6, 19), (2021, 6, 19)),
        ("2021-05", (2021, 5, 1), (2021, 5, 31)),
        ("2021", (2021, 1, 1), (2021, 12, 31)),
        ("2021-23", (2021, 9, 1), (2021, 11, 30)),
        ("2021-24", (2021, 12, 1), (2022, 2, 28)),
        ("2021-35", (2021, 7, 1), (2021, 9, 30)),
        ("2021-41", (2021, 7, 1), (2021, 12, 31)),
        ("2021-12~", (2021, 11, 1), (2022, 1, 31)),
        ("2011-10-06/2011-11-16", (2011, 10, 6), (2011, 11, 16)),
        ("[2011-11-16,2011-11-17]", (2011, 11, 16), (2011, 11, 17)),
    ],
)
def test_an_edtf_date_knows_its_bounds(
    text: str, earliest: tuple[int, int, int], latest: tuple[int, int, int]
) -> None:
    """Each EDTF form means the days the standard gives it (winter runs into February)."""
    date = EdtfDate(text)
    assert (date.earliest, date.latest) == (pendulum.Date(*earliest), pendulum.Date(*latest))


def test_an_open_period_is_never_surely_over() -> None:
    """From September 2021 on: after August, but never surely before anything later."""
    after_summer = EdtfDate("2021-09/..")
    assert after_summer.surely_after(EdtfDate("2021-08"))
    assert not after_summer.surely_before(EdtfDate("2040"))
    assert EdtfDate("../2021-05").surely_before(EdtfDate("2021-06"))


def test_slips_are_judged_at_the_precision_there_is() -> None:
    """Planned end of May, held 19 June is a slip; planned 2021, held March 2021 is not
    known to be one."""
    held = EdtfDate("2021-06-19")
    assert held.surely_after(EdtfDate("2021-05"))
    assert not EdtfDate("2021-03").surely_after(EdtfDate("2021"))
    assert not EdtfDate("2021-03").surely_before(EdtfDate("2021"))


@pytest.mark.parametrize("text", ["2021-13", "2021-02-30", "after the summer", "../..", ""])
def test_text_that_is_no_edtf_date_is_refused(text: str) -> None:
    """What EDTF cannot read is a ValueError at construction, never a wrong date."""
    with pytest.raises(ValueError):  # noqa: PT011 - EdtfError is a ValueError
        EdtfDate(text)


@given(edtf_dates())
def test_every_edtf_date_has_ordered_bounds(date: EdtfDate) -> None:
    """For every date plein reads, the earliest day is not after the latest."""
    assert date.earliest <= date.latest
    assert EdtfDate(date.text) == date


@given(counts)
def test_every_count_reads_back_from_its_wire_form(count: Count) -> None:
    """A count written to the wire is read back as the same count."""
    assert Count.parse(count.text()) == count
    assert count.surely_at_least <= count.estimate


@pytest.mark.parametrize(
    ("wire", "low", "high", "approximate"),
    [(35, 35, 35, False), ("~130", 130, 130, True), (">60", 61, None, False),
     (">=250", 250, None, False), ("<20", 0, 19, False), ("25-30", 25, 30, False)],
)  # fmt: skip
def test_counts_as_records_give_them(
    wire: int | str, low: int, high: int | None, approximate: bool
) -> None:
    """About, more than, at least, fewer than and a range are counts of their own."""
    assert Count.parse(wire) == Count(low, high, approximate)


def test_a_quoted_number_is_not_a_count_on_the_wire() -> None:
    """'45' in quotes is text, as everywhere in the format: write 45, or ~45."""
    head = 'schemaVersion: "2.0"\nid: d\ntitle: D\nissue: {title: T, question: Q, '
    head += "nature: spatial, kind: other}\n"
    with pytest.raises(plein.DesignError):
        plein.loads(head + "parties:\n  - {id: p, name: P, category: resident, headcount: '45'}\n")
    design = plein.loads(head + "parties:\n  - {id: p, name: P, category: resident, "
                         "headcount: '~45'}\n")  # fmt: skip
    assert design.parties[0].headcount == Count(45, 45, approximate=True)


def test_unknown_is_not_none() -> None:
    """Roles not recorded and no roles are different facts; so are no status and open."""
    held = plein.Session(id="s", title="S", actual_date="2021-10-14", not_recorded=["roles"])
    plan = plein.Session(id="p", title="P", roles=[])
    assert held.is_record
    assert not held.records("roles")
    assert not plan.is_record
    assert plan.records("roles")
    assert plein.Promise(id="x", text="X").status is None
    assert plein.Party(id="p", name="P", category="resident").level is None


def test_a_joint_duty_has_owners_and_a_lead() -> None:
    """Two owners with a lead: the lead answers for it, both are responsible."""
    action = plein.Action(id="a", text="A", owners=["gemeente", "dorpsraad"], lead="dorpsraad")
    assert action.owner == "dorpsraad"
    assert action.responsible == ("dorpsraad", "gemeente")
    assert plein.Action(id="b", text="B", owners=["x", "y"]).owner is None


@given(st.integers(1, 12), st.integers(0, 8))
def test_recurring_duties_count_in_calendar_months(every: int, n: int) -> None:
    """Every P{n}M from the last day of January lands on the month's last day or before."""
    design = plein.Trajectory(
        id="t", title="T",
        issue=plein.Issue(title="T", question="Q", nature="spatial", kind="other"),
        sessions=[plein.Session(id="s", title="S", actual_date="2026-01-10")],
    )  # fmt: skip
    due = plein.Due(on="2026-01-31", every=pendulum.duration(months=every))
    days = design.occurrence_dates(due, None, pendulum.Date(2040, 1, 1))
    expected = pendulum.Date(2026, 1, 31).add(months=every * n)
    assert days[n] == expected


_SESSION = """\
schemaVersion: "2.0"
id: d
title: D
issue: {title: T, question: Q, nature: spatial, kind: other}
parties:
  - {id: p, name: P, category: resident}
  - {id: q, name: Q, category: entrepreneur}
sessions:
  - {id: s, title: S, plannedDate: 2021-10-08%s}
"""


@pytest.mark.parametrize(
    ("extra", "state"),
    [
        ("", "planned"),
        (", parties: [{party: p, invited: true, expected: 20}]", "planned"),
        (", parties: [{party: p, present: true}]", "held"),
        (", parties: [{party: p}, {party: q, present: false}]", "held"),
        (", parties: [{party: p, attended: ~30}]", "held"),
        (", attended: 45", "held"),
        (", status: cancelled, parties: [{party: p, present: false}]", "cancelled"),
        (", status: planned, attended: 45", "planned"),
    ],
)
def test_recorded_attendance_makes_a_session_held(extra: str, state: str) -> None:
    """Who came, or how many, is only known of a meeting that took place: with no status
    given it makes the session held (a record); a stated status still wins."""
    design = plein.loads(_SESSION % extra)
    session = design.sessions[0]
    assert session.state.value == state
    assert session.is_record == (state == "held")


def test_a_record_without_a_date_is_not_past_and_unrecorded() -> None:
    """GR106 does not list a session whose record gives attendance as a plan that passed
    with nothing recorded; it does list one that gives nothing."""
    as_of = pendulum.Date(2026, 11, 30)
    with_attendance = plein.loads(_SESSION % ", parties: [{party: p, present: true}]")
    bare = plein.loads(_SESSION % "")
    assert "GR106" not in {f.code for f in plein.check(with_attendance, as_of=as_of)}
    assert "GR106" in {f.code for f in plein.check(bare, as_of=as_of)}
