"""The promise ledger: what was kept, kept late, broken or still open, and by whom."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given, settings

from plein import (
    Action,
    Agreement,
    Due,
    Party,
    Promise,
    RoleAssignment,
    Session,
    Trajectory,
    examples,
)
from plein.trust import PromiseState, broken_before_sessions, promise_ledger, promise_state
from tests.trust.conftest import design
from tests.trust.strategies import dates, trust_designs

D = pendulum.Date


def test_shopping_centre_ledger_lists_kept_and_open_promises() -> None:
    """As of 2026-11-28 the example has kept its first promises and has the rest open."""
    ledger = promise_ledger(examples.load("shopping-centre"), D(2026, 11, 28))
    text = ledger.to_text()
    assert text.startswith(
        "Promises and actions as of 2026-11-28: 3 kept, 0 kept late, 0 partly kept, 0 broken, "
        "4 open, 0 status not recorded"
    )
    kept = {row.id for row in ledger.in_state("kept")}
    still_open = {row.id for row in ledger.in_state(PromiseState.OPEN)}
    assert kept == {"p1-notitie", "p1-verslag", "p2-parkeerregeling"}
    # The quarterly duty is recorded as open: its first quarter, still to come, is too.
    assert still_open == {"p2-ontwerp", "p3-raadsvoorstel", "p3-kwartaal", "p3-terugkoppeling"}
    for row in ledger.rows:
        line = next(line for line in text.splitlines() if f" {row.id} " in line)
        assert line.startswith(row.state.value)
        assert row.party is not None
        assert row.party in line
    assert "kept   promise  p1-verslag          gemeente-team  2026-02-26  2026-02-20" in text


def test_ledger_resolves_owners_and_due_dates() -> None:
    """A role assignment's owner is its party; relative due moments come to a date."""
    ledger = promise_ledger(examples.load("shopping-centre"), D(2026, 11, 28))
    row = next(row for row in ledger.rows if row.id == "p2-parkeerregeling")
    assert (row.owner, row.party, row.due) == ("coordinator-parkeren", "winkeliers", D(2026, 6, 18))
    assert ledger.tally("winkeliers").kept == 1
    assert ledger.tally("gemeente-team").total == 4
    assert ledger.tally("nobody").total == 0


def test_ledger_in_dutch() -> None:
    """The ledger speaks Dutch on request: states, kinds and headers."""
    text = promise_ledger(examples.load("shopping-centre"), D(2026, 11, 28)).to_text("nl")
    assert text.startswith("Toezeggingen en actiepunten per 2026-11-28: 3 nagekomen")
    assert "nagekomen  toezegging  p1-verslag" in text
    assert "partij" in text


def test_ledger_is_a_frozen_value() -> None:
    """The same trajectory and date give an equal, hashable, unchangeable ledger."""
    trajectory = examples.load("shopping-centre")
    ledger = promise_ledger(trajectory, D(2026, 11, 28))
    assert ledger == promise_ledger(trajectory, D(2026, 11, 28))
    assert hash(ledger) == hash(promise_ledger(trajectory, D(2026, 11, 28)))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ledger.rows = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("status", "changed", "as_of", "state"),
    [
        ("done", "2026-02-28", "2026-03-10", PromiseState.KEPT),
        ("done", "2026-03-05", "2026-03-10", PromiseState.KEPT_LATE),
        ("done", None, "2026-03-10", PromiseState.KEPT),
        ("done", "2026-03-05", "2026-03-03", PromiseState.BROKEN),  # not yet done then
        ("done", "2026-02-20", "2026-02-25", PromiseState.KEPT),
        ("dropped", "2026-02-10", "2026-02-15", PromiseState.BROKEN),
        ("dropped", "2026-02-20", "2026-02-15", PromiseState.OPEN),  # not yet dropped then
        ("open", None, "2026-03-01", PromiseState.OPEN),  # due that day: not late yet
        ("open", None, "2026-03-02", PromiseState.BROKEN),
    ],
)
def test_promise_state(status: str, changed: str | None, as_of: str, state: PromiseState) -> None:
    """The state follows the status as it stood on the date, against the due day."""
    item = Action(id="a", text="A", status=status, status_date=changed)
    assert promise_state(item, D(2026, 3, 1), D.fromisoformat(as_of)) is state


def test_no_due_day_is_open_until_done() -> None:
    """Without a due day, an open item is never overdue; done is kept."""
    opened = Action(id="a", text="A", status="open")
    assert promise_state(opened, None, D(2030, 1, 1)) is PromiseState.OPEN
    done = Action(id="a", text="A", status="done", status_date="2029-01-01")
    assert promise_state(done, None, D(2030, 1, 1)) is PromiseState.KEPT


@pytest.mark.parametrize("due", [None, D(2026, 3, 1), D(2026, 5, 1)])
def test_an_unrecorded_status_is_never_read_as_open(due: pendulum.Date | None) -> None:
    """No status recorded is its own state, whether the item is due yet or not."""
    item = Action(id="a", text="A")
    assert promise_state(item, due, D(2026, 4, 1)) is PromiseState.NOT_RECORDED


def test_ledger_counts_an_unrecorded_promise_as_not_recorded() -> None:
    """A promise of a held session with no status is counted and worded as not recorded."""
    held = Session(
        id="s",
        title="S",
        actual_date="2026-03-01",
        promises=[
            Promise(id="told", text="T", owners=["city"], status="open"),
            Promise(id="silent", text="S", owners=["city"]),
        ],
    )
    ledger = promise_ledger(
        design([held], [Party(id="city", name="City", category="municipality")]), D(2026, 3, 2)
    )
    assert [(row.id, row.state) for row in ledger.rows] == [
        ("told", PromiseState.OPEN),
        ("silent", PromiseState.NOT_RECORDED),
    ]
    assert (ledger.tally("city").open, ledger.tally("city").not_recorded) == (1, 1)
    assert "1 open, 1 status not recorded" in ledger.to_text("en")
    assert "1 open, 1 stand niet vastgelegd" in ledger.to_text("nl")


def test_ledger_notes_days_late_and_dropped() -> None:
    """The note column says how late, and which broken items were dropped."""
    first = Session(
        id="first",
        title="First",
        planned_date="2026-01-15",
        promises=[
            Promise(
                id="minutes",
                text="Minutes",
                owners=["city"],
                due=Due(on="2026-01-29"),
                status="open",
            ),
            Promise(
                id="walk",
                text="Walk",
                owners=["city"],
                due=Due(on="2026-03-01"),
                status="dropped",
                status_date="2026-02-01",
            ),
            Promise(
                id="study",
                text="Study",
                owners=["nobody-known"],
                due=Due(on="2026-02-01"),
                status="done",
                status_date="2026-02-04",
            ),
        ],
    )
    ledger = promise_ledger(
        design([first], [Party(id="city", name="City", category="civil-servant")]),
        D(2026, 2, 10),
    )
    text = ledger.to_text()
    assert "12 days overdue" in text
    assert "dropped" in text
    assert "3 days late" in text
    assert [t.party for t in ledger.tallies] == ["city", None]
    assert "(no party)" in text


def test_empty_ledger() -> None:
    """A trajectory without actions or promises has an empty ledger that still prints."""
    ledger = promise_ledger(design([Session(id="s", title="S")]), D(2026, 1, 1))
    assert ledger.rows == ()
    assert ledger.to_text().endswith("(none)\n")


def _two_sessions(**promise: Any) -> Trajectory:
    promise.setdefault("status", "open")
    made = Session(
        id="first",
        title="First",
        planned_date="2026-01-15",
        promises=[Promise(id="minutes", text="Minutes", due=Due(on="2026-01-29"), **promise)],
    )
    later = Session(id="second", title="Second", planned_date="2026-02-26", after=("first",))
    last = Session(id="third", title="Third", planned_date="2026-04-23", after=("second",))
    return design([made, later, last], roles=[RoleAssignment(role="facilitator", party="city")])


def test_session_starts_with_an_overdue_promise() -> None:
    """A promise open past its due day is named at the next session held, and the one planned."""
    backlogs = broken_before_sessions(_two_sessions(), D(2026, 3, 10))
    assert [(b.session, b.judged_on, [r.id for r in b.rows]) for b in backlogs] == [
        ("second", D(2026, 2, 26), ["minutes"]),
        ("third", D(2026, 3, 10), ["minutes"]),
    ]


def test_kept_late_before_the_session_is_no_backlog() -> None:
    """Done late but before the next session: kept late, so that session starts clean."""
    trajectory = _two_sessions(status="done", status_date="2026-02-10")
    assert broken_before_sessions(trajectory, D(2026, 3, 10)) == ()


def test_done_after_the_session_was_broken_at_it() -> None:
    """Done only after the next session: at that session it was still broken."""
    trajectory = _two_sessions(status="done", status_date="2026-03-01")
    (backlog,) = broken_before_sessions(trajectory, D(2026, 3, 10))
    assert backlog.session == "second"
    assert backlog.rows[0].state is PromiseState.BROKEN


def test_dropped_is_named_once() -> None:
    """A dropped promise is named at the first session after it, not again and again."""
    trajectory = _two_sessions(status="dropped", status_date="2026-01-20")
    backlogs = broken_before_sessions(trajectory, D(2026, 3, 10))
    assert [b.session for b in backlogs] == ["second"]


def test_future_sessions_beyond_the_next_are_not_judged() -> None:
    """As of a date before the second session, only that next session is judged."""
    backlogs = broken_before_sessions(_two_sessions(), D(2026, 2, 1))
    assert [(b.session, b.judged_on) for b in backlogs] == [("second", D(2026, 2, 1))]


@settings(max_examples=60, deadline=None)
@given(trust_designs(), dates)
def test_ledger_never_raises_and_counts_add_up(
    trajectory: Trajectory, as_of: pendulum.Date
) -> None:
    """On any design, every action and promise has a row (a recurring one, a row per
    occurrence), counted once for each party that owns it."""
    ledger = promise_ledger(trajectory, as_of)
    assert {row.id for row in ledger.rows} == {item.id for _, _, item in trajectory.follow_ups()}
    assert sum(t.total for t in ledger.tallies) == sum(max(len(r.parties), 1) for r in ledger.rows)
    assert sum(ledger.counts().values()) == len(ledger.rows)
    ledger.to_text("nl")
    for row in ledger.rows:  # an unrecorded status is never read as open or broken
        unrecorded = row.status is None
        assert unrecorded == (row.state is PromiseState.NOT_RECORDED)
    for backlog in broken_before_sessions(trajectory, as_of):
        assert all(row.state is PromiseState.BROKEN for row in backlog.rows)
        assert backlog.judged_on <= as_of


def test_agreement_actions_keep_their_agreement() -> None:
    """An action row names its agreement; a promise row names none."""
    session = Session(
        id="s",
        title="S",
        agreements=[Agreement(id="deal", text="Deal", actions=[Action(id="do", text="Do it")])],
        promises=[Promise(id="say", text="Say it")],
    )
    rows = promise_ledger(design([session]), D(2026, 1, 1)).rows
    assert [(r.id, r.kind, r.agreement) for r in rows] == [
        ("do", "action", "deal"),
        ("say", "promise", None),
    ]
