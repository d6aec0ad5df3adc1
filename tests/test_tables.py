"""plein.tables: a design, its findings and its ledger as rows for a DataFrame."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings

import plein
from plein import tables
from plein.trust import promise_ledger
from tests.strategies import trajectories

AS_OF = pendulum.Date(2026, 11, 28)
SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCALARS = (str, int, bool, type(None))


def _flat(rows: list[dict[str, Any]]) -> None:
    """Rows a DataFrame takes as they are: same keys in the same order, snake_case,
    scalar JSON values only, and a JSON round trip that changes nothing."""
    for row in rows:
        assert list(row) == list(rows[0])
        assert all(key == key.lower() and key.isidentifier() for key in row)
        assert all(isinstance(value, SCALARS) for value in row.values())
    assert json.loads(json.dumps(rows)) == rows


@SLOW
@given(design=trajectories())
def test_every_table_of_every_design_is_flat(design: plein.Trajectory) -> None:
    """For every design, each table is a list of flat rows with JSON values, one per item."""
    programme = tables.programme(design)
    _flat(programme)
    assert len(programme) == sum(len(s.programme) for s in design.sessions)
    assert [(r["session_id"], r["block_id"]) for r in programme] == [
        (s.id, b.id) for s in design.sessions for b in s.programme
    ]
    parties = tables.parties(design)
    _flat(parties)
    assert [r["party_id"] for r in parties] == [p.id for p in design.parties]
    attendance = tables.attendance(design)
    _flat(attendance)
    assert [(r["session_id"], r["party_id"]) for r in attendance] == [
        (s.id, sp.party) for s in design.sessions for sp in s.parties
    ]
    ledger = tables.ledger(design, as_of=AS_OF)
    _flat(ledger)
    assert [r["id"] for r in ledger] == [r.id for r in promise_ledger(design, AS_OF).rows]
    findings = tables.findings(plein.check(design, as_of=AS_OF))
    _flat(findings)


@SLOW
@given(design=trajectories())
def test_rows_name_what_they_refer_to(design: plein.Trajectory) -> None:
    """For every design, a row that refers to a party or session carries its name or title."""
    for row in tables.attendance(design):
        party = design.party(row["party_id"])
        assert row["party_name"] == (party.name if party is not None else None)
    titles = {s.id: s.title for s in design.sessions}
    for row in tables.programme(design):
        assert row["session_title"] == titles[row["session_id"]]
    names = {p.id: p.name for p in design.parties}
    for row in tables.ledger(design, as_of=AS_OF):
        node = design.node(row["session_id"])
        assert row["session_title"] == (node.title if node is not None else row["session_id"])
        if row["party_id"] is not None:
            assert row["party_name"] == names.get(row["party_id"], row["party_id"])


def test_the_programme_gives_clock_times_and_minutes() -> None:
    """A timed programme's rows run on from block to block, on the session's clock."""
    rows = tables.programme(plein.examples.load("shopping-centre"))
    first = [r for r in rows if r["session_id"] == "plein-2"]
    assert [r["position"] for r in first] == list(range(1, len(first) + 1))
    assert first[0]["start"] == "19:00"
    assert first[0]["is_walk_in"]
    assert all(a["end"] == b["start"] for a, b in itertools.pairwise(first))
    assert sum(r["minutes"] for r in first) == 205
    assert first[0]["session_date"] == "2026-04-23"


def test_the_ledger_table_agrees_with_the_ledger() -> None:
    """The ledger rows have the states, due dates and lateness of the promise ledger."""
    design = plein.examples.load("flawed-evening")
    day = pendulum.Date(2027, 6, 1)
    book = promise_ledger(design, day)
    rows = tables.ledger(design, as_of=day)
    assert rows == tables.ledger(book)
    assert [r["state"] for r in rows] == [r.state.value for r in book.rows]
    assert [r["days_late"] for r in rows] == [r.days_late(day) for r in book.rows]
    assert {r["as_of"] for r in rows} == {"2027-06-01"}


def test_a_ledger_table_takes_no_second_date() -> None:
    """A ledger already has its date: giving another one is a usage error."""
    book = promise_ledger(plein.examples.load("flawed-evening"), AS_OF)
    with pytest.raises(plein.UsageError, match="own as_of"):
        tables.ledger(book, as_of=AS_OF)


def test_the_ledger_table_uses_the_date_that_is_set() -> None:
    """Without as_of, the ledger table is drawn up on the date set with plein.defaults."""
    with plein.defaults(as_of=AS_OF):
        rows = tables.ledger(plein.examples.load("shopping-centre"))
    assert {r["as_of"] for r in rows} == {"2026-11-28"}


def test_findings_rows_are_the_json_records() -> None:
    """A finding's row is its JSON record, with the related ids joined by commas."""
    report = plein.check(plein.examples.load("flawed-evening"), as_of=AS_OF)
    rows = tables.findings(report)
    assert [r["code"] for r in rows] == report.codes()
    for row, finding in zip(rows, report.findings, strict=True):
        assert row == {**finding.to_dict(), "related": ", ".join(finding.related)}


def test_parties_keep_the_precision_of_a_headcount() -> None:
    """A headcount is given as a best estimate and as written ("~130")."""
    design = plein.Trajectory(
        id="t",
        title="T",
        issue=plein.Issue(title="I", question="Q?", nature="spatial", kind="area-development"),
        parties=[plein.Party(id="p", name="P", category="resident", headcount="~130")],
    )
    [row] = tables.parties(design)
    assert (row["headcount"], row["headcount_as_written"]) == (130, "~130")
    assert row["level"] is None


def test_rows_go_straight_into_a_dataframe() -> None:
    """pandas makes one column per key and one row per item, when it is installed."""
    pd = pytest.importorskip("pandas")
    design = plein.examples.load("shopping-centre")
    frame = pd.DataFrame(tables.attendance(design))
    assert list(frame.columns) == list(tables.attendance(design)[0])
    assert len(frame) == sum(len(s.parties) for s in design.sessions)
