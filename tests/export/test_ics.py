"""Calendars: sessions as events, follow-up as to-dos, no personal data unless asked."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import attrs
import icalendar
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings

import plein
from plein import (
    Action,
    Agreement,
    Block,
    ContactPerson,
    Due,
    EdtfDate,
    Issue,
    Party,
    Promise,
    Session,
    SessionParty,
    Step,
    Trajectory,
    UsageError,
    Window,
)
from plein.export import ics_sequence, to_ics
from plein.export._ics import NAMESPACE
from tests.strategies import trajectories

STAMP = pendulum.datetime(2026, 1, 5, 8, 30, tz="UTC")


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def events(text: str) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in parse(text).walk("VEVENT")}


def todos(text: str) -> dict[str, icalendar.Todo]:
    return {str(t["SUMMARY"]): t for t in parse(text).walk("VTODO")}


def design(*sessions: Session, steps: tuple[Step, ...] = (), **extra: Any) -> Trajectory:
    return Trajectory(
        id="demo",
        title="Demo",
        issue=Issue(
            title="Square", question="What next?", nature="spatial", kind="area-development"
        ),
        parties=[
            Party(
                id="residents",
                name="Residents",
                category="resident",
                contacts=[
                    ContactPerson("c1", "Jan Jansen", "jan@example.org", "0612345678"),
                    ContactPerson("c2", "Piet Zonder Mail"),
                ],
            ),
            Party(
                id="city",
                name="City",
                category="civil-servant",
                contacts=[ContactPerson("c3", "Els Ambtenaar", "els@example.org")],
            ),
        ],
        sessions=sessions,
        steps=steps,
        **extra,
    )


@pytest.mark.parametrize("name", plein.examples.names())
def test_every_example_round_trips_through_icalendar(name: str) -> None:
    """Each bundled example exports to text that icalendar parses, one event per dated
    session, each with the properties a calendar needs."""
    trajectory = plein.examples.load(name)
    text = to_ics(trajectory, as_of=STAMP)
    calendar = parse(text)
    assert calendar.to_ical().decode() == text
    found = list(calendar.walk("VEVENT"))
    assert len(found) == sum(1 for s in trajectory.sessions if s.date is not None)
    for event in found:
        for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE"):
            assert key in event
    for todo in calendar.walk("VTODO"):
        for key in ("UID", "DTSTAMP", "DUE", "STATUS", "SUMMARY"):
            assert key in todo
        assert type(todo.decoded("DUE")) is dt.date


@pytest.mark.parametrize("name", plein.examples.names())
def test_zone_name_is_kept(name: str) -> None:
    """DTSTART and DTEND carry TZID=Europe/Amsterdam, and the zone is defined."""
    text = to_ics(plein.examples.load(name), as_of=STAMP)
    calendar = parse(text)
    for event in calendar.walk("VEVENT"):
        for key in ("DTSTART", "DTEND"):
            assert event[key].params["TZID"] == "Europe/Amsterdam"
            assert str(event.decoded(key).tzinfo) == "Europe/Amsterdam"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert "DTSTART;TZID=Europe/Amsterdam:" in text


def test_evening_runs_from_walk_in_to_the_end_of_the_programme() -> None:
    """The shopping-centre evenings start with the walk-in at 19:00 and end at 22:20.

    The programme is timed, so the event runs to its last block's end (22:20), not to
    the end of the dagdeel's window (22:30).
    """
    found = events(to_ics(plein.examples.load("shopping-centre"), as_of=STAMP))
    first = found["6f1c2a52-5d0e-4d43-9a57-2f0d8d0c1a01"]
    assert first.decoded("DTSTART").replace(tzinfo=None) == dt.datetime(2026, 2, 12, 19, 0)
    assert first.decoded("DTEND").replace(tzinfo=None) == dt.datetime(2026, 2, 12, 22, 20)
    assert str(first["LOCATION"]) == "Buurthuis De Hoef"
    assert "19:00-19:30 Inloop met koffie" in str(first["DESCRIPTION"])


def test_a_walk_in_before_the_window_moves_the_start() -> None:
    """A walk-in that opens before the dagdeel's window starts the event; it ends with the
    programme (19:15), which is timed."""
    session = Session(
        id="s1", title="Evening", dagdeel="evening", planned_date="2026-06-10",
        programme=[Block("in", "Coffee", kind="walk-in", minutes=30),
                   Block("go", "Welcome", start="19:00", minutes=15)],
    )  # fmt: skip
    event = next(iter(events(to_ics(design(session), as_of=STAMP)).values()))
    assert event.decoded("DTSTART").replace(tzinfo=None) == dt.datetime(2026, 6, 10, 18, 30)
    assert event.decoded("DTEND").replace(tzinfo=None) == dt.datetime(2026, 6, 10, 19, 15)


@pytest.mark.parametrize(
    ("session", "start", "end"),
    [
        (Session("w", "Own window", dagdeel="evening", window=Window("18:00", "21:00"),
                 planned_date="2026-06-10"),
         dt.datetime(2026, 6, 10, 18, 0), dt.datetime(2026, 6, 10, 21, 0)),
        (Session("p", "Programme only", planned_date="2026-06-10",
                 programme=[Block("b1", "One", start="10:15", minutes=45),
                            Block("b2", "Two", minutes=30)]),
         dt.datetime(2026, 6, 10, 10, 15), dt.datetime(2026, 6, 10, 11, 30)),
    ],
)  # fmt: skip
def test_window_of_each_kind_of_session(session: Session, start: Any, end: Any) -> None:
    """A session's own window and a programme's clock times set the event's times."""
    event = next(iter(events(to_ics(design(session), as_of=STAMP)).values()))
    assert event.decoded("DTSTART").replace(tzinfo=None) == start
    assert event.decoded("DTEND").replace(tzinfo=None) == end


def test_a_session_without_any_time_is_an_all_day_event() -> None:
    """No dagdeel, window or clock time: the event takes the whole day, as a date."""
    event = next(iter(events(to_ics(design(Session("s", "Day", planned_date="2026-06-10")),
                                     as_of=STAMP)).values()))  # fmt: skip
    assert event.decoded("DTSTART") == dt.date(2026, 6, 10)
    assert event.decoded("DTEND") == dt.date(2026, 6, 11)


@pytest.mark.parametrize("dagdeel", ["morning", "afternoon", "evening"])
def test_a_dagdeel_alone_states_no_time(dagdeel: str) -> None:
    """A session with a dagdeel but no clock time is all day, not at the usual hours."""
    session = Session("s", "Session", dagdeel=dagdeel, planned_date="2026-06-10")
    event = next(iter(events(to_ics(design(session), as_of=STAMP)).values()))
    assert event.decoded("DTSTART") == dt.date(2026, 6, 10)
    assert event.decoded("DTEND") == dt.date(2026, 6, 11)
    assert "STATUS" not in event
    given = to_ics(design(session), as_of=STAMP, windows={dagdeel: "10:00-11:00"})
    event = next(iter(events(given).values()))
    assert event.decoded("DTSTART").replace(tzinfo=None) == dt.datetime(2026, 6, 10, 10, 0)
    assert event.decoded("DTEND").replace(tzinfo=None) == dt.datetime(2026, 6, 10, 11, 0)


@pytest.mark.parametrize(
    ("date", "status", "note"),
    [
        ("2021-04-21?", "TENTATIVE", "datum onzeker / date uncertain"),
        ("2021-04-21~", "TENTATIVE", "datum bij benadering / date approximate"),
        ("2021-04-21%", "TENTATIVE", "datum bij benadering / date approximate"),
        ("2021-04-21", None, None),
    ],
)
def test_an_unsure_day_is_a_tentative_event(
    date: str, status: str | None, note: str | None
) -> None:
    """An uncertain or approximate day is marked tentative and said so in the description."""
    session = Session("s", "Session", dagdeel="evening", actual_date=date,
                      programme=[Block("b", "Talk", start="20:00", minutes=60)])  # fmt: skip
    event = next(iter(events(to_ics(design(session), as_of=STAMP)).values()))
    assert event.get("STATUS") == status
    lines = str(event.get("DESCRIPTION", "")).splitlines()
    assert (lines[0] if note else None) == note
    assert note is None or note not in lines[1:]
    start = event.decoded("DTSTART")
    if date.endswith(("~", "%")):  # about that day: no moment on the clock
        assert start == dt.date(2021, 4, 21)
    else:
        assert start.replace(tzinfo=None) == dt.datetime(2021, 4, 21, 20, 0)


def test_a_cancelled_session_on_an_uncertain_day_stays_cancelled() -> None:
    """Cancelled wins over tentative: the calendar program must remove the event."""
    session = Session("s", "S", planned_date="2021-04-21?", status="cancelled")
    event = next(iter(events(to_ics(design(session), as_of=STAMP)).values()))
    assert str(event["STATUS"]) == "CANCELLED"


@pytest.mark.parametrize(
    "date", ["2021-04", "2021-23", "2021", "2021-35", "2021-04-21/2021-04-23", "2021-04?"]
)
def test_a_session_dated_only_by_month_or_season_is_left_out(date: str) -> None:
    """A month, season, year or period names no day: the session gets no event."""
    session = Session("s", "Someday", dagdeel="evening", planned_date=date)
    assert events(to_ics(design(session), as_of=STAMP)) == {}


def test_undated_sessions_are_left_out() -> None:
    """A session without a date has no place in a calendar."""
    text = to_ics(design(Session("s", "Someday", dagdeel="evening")), as_of=STAMP)
    assert events(text) == {}


def test_session_timezone_wins_over_the_trajectory_one() -> None:
    """A session in its own zone is written in that zone; UTC as UTC."""
    sessions = (
        Session("b", "Brussels", window=Window("09:00", "12:30"), planned_date="2026-06-10",
                timezone="Europe/Brussels"),
        Session("u", "UTC", window=Window("09:00", "12:30"), planned_date="2026-06-11",
                timezone="UTC"),
    )  # fmt: skip
    text = to_ics(design(*sessions), as_of=STAMP)
    assert "DTSTART;TZID=Europe/Brussels:20260610T090000" in text
    assert "DTSTART:20260611T090000Z" in text
    assert [str(tz["TZID"]) for tz in parse(text).walk("VTIMEZONE")] == ["Europe/Brussels"]


def test_uids_are_stable_across_exports() -> None:
    """Two exports (at different moments) give the same UIDs; stored uids are used as is."""
    for name in plein.examples.names():
        trajectory = plein.examples.load(name)
        first = parse(to_ics(trajectory, as_of=STAMP))
        second = parse(to_ics(trajectory, as_of=STAMP.add(days=3)))
        uids = [str(c["UID"]) for c in first.walk() if c.name in ("VEVENT", "VTODO")]
        assert uids == [str(c["UID"]) for c in second.walk() if c.name in ("VEVENT", "VTODO")]
        assert len(uids) == len(set(uids))
        stored = {s.uid for s in trajectory.sessions if s.uid}
        assert stored <= set(uids)


def test_derived_uids_are_uuid5_of_the_ids() -> None:
    """A session without a stored uid, and every to-do, gets uuid5 of trajectory and own id."""
    trajectory = plein.examples.load("flawed-evening")
    found = events(to_ics(trajectory, as_of=STAMP))
    expected = str(uuid.uuid5(NAMESPACE, f"{trajectory.id}/avond"))
    assert list(found) == [expected]
    tasks = todos(to_ics(trajectory, as_of=STAMP))
    verslag = tasks["Verslag van de avond rondsturen"]
    assert str(verslag["UID"]) == str(uuid.uuid5(NAMESPACE, f"{trajectory.id}/f-verslag"))


def test_no_personal_data_by_default() -> None:
    """Without include_attendees there is no ATTENDEE, no name and no address."""
    trajectory = design(
        Session("s", "Evening", dagdeel="evening", planned_date="2026-06-10",
                parties=[SessionParty("residents"), SessionParty("city")]),
    )  # fmt: skip
    text = to_ics(trajectory, as_of=STAMP)
    assert "ATTENDEE" not in text
    for person in ("Jan Jansen", "jan@example.org", "0612345678", "Els", "els@example.org"):
        assert person not in text
    assert "ATTENDEE" not in to_ics(plein.examples.load("shopping-centre"), as_of=STAMP)


def test_attendees_when_asked() -> None:
    """include_attendees=True adds the invited parties' contacts that have an address."""
    trajectory = design(
        Session("s", "Evening", dagdeel="evening", planned_date="2026-06-10",
                parties=[SessionParty("residents")]),
        Session("t", "Later", dagdeel="evening", planned_date="2026-07-10",
                parties=[SessionParty("residents"), SessionParty("city")]),
    )  # fmt: skip
    found = list(parse(to_ics(trajectory, include_attendees=True, as_of=STAMP)).walk("VEVENT"))
    first = found[0].get("ATTENDEE")
    assert str(first) == "mailto:jan@example.org"
    assert first.params["CN"] == "Jan Jansen"
    later = found[1].get("ATTENDEE")
    assert sorted(str(a) for a in later) == ["mailto:els@example.org", "mailto:jan@example.org"]
    text = to_ics(trajectory, include_attendees=True, as_of=STAMP)
    assert "Piet Zonder Mail" not in text  # no address, no attendee
    assert "0612345678" not in text  # phone numbers never


def test_follow_up_becomes_to_dos_with_status_and_due_date() -> None:
    """Actions and promises with a resolvable due date are to-dos; the others are not."""
    session = Session(
        "s", "Evening", dagdeel="evening", planned_date="2026-06-10",
        agreements=[Agreement("a", "Agreed", actions=[
            Action("x1", "Open one", due=Due(on="2026-07-01")),
            Action("x2", "Done one", due=Due(within=pendulum.duration(weeks=2)), status="done"),
            Action("x3", "Dropped one", due=Due(before="later"), status="dropped"),
            Action("x4", "Undated one"),
            Action("x5", "Before an undated step", due=Due(before="vote")),
            Action("x6", "Quarterly", due=Due(on="2026-07-01",
                                              every=pendulum.duration(weeks=13))),
        ])],
        promises=[Promise("p1", "We report back", due=Due(at="later"))],
    )  # fmt: skip
    later = Session("later", "Later", dagdeel="evening", planned_date="2026-09-01")
    trajectory = design(session, later, steps=(Step("vote", "Vote", kind="council-decision"),))
    found = todos(to_ics(trajectory, as_of=STAMP))
    assert set(found) == {"Open one", "Done one", "Dropped one", "Quarterly", "We report back"}
    assert found["Open one"]["STATUS"] == "NEEDS-ACTION"
    assert found["Done one"]["STATUS"] == "COMPLETED"
    assert found["Dropped one"]["STATUS"] == "CANCELLED"
    assert found["Done one"].decoded("DUE") == dt.date(2026, 6, 24)
    assert found["Dropped one"].decoded("DUE") == dt.date(2026, 8, 31)
    assert found["We report back"].decoded("DUE") == dt.date(2026, 9, 1)
    assert "RRULE" not in found["Quarterly"]
    assert found["Open one"]["CATEGORIES"].cats == ["action"]
    assert found["We report back"]["CATEGORIES"].cats == ["promise"]
    assert str(found["Open one"]["RELATED-TO"]) == str(uuid.uuid5(NAMESPACE, "demo/s"))


def test_sequence_given_by_the_caller() -> None:
    """SEQUENCE is 0 by default, one number for all, or a number per UID."""
    trajectory = plein.examples.load("shopping-centre")
    uid = trajectory.sessions[0].uid
    assert uid is not None
    assert {int(e["SEQUENCE"]) for e in events(to_ics(trajectory, as_of=STAMP)).values()} == {0}
    assert {int(e["SEQUENCE"]) for e in
            events(to_ics(trajectory, sequence=4, as_of=STAMP)).values()} == {4}  # fmt: skip
    found = events(to_ics(trajectory, sequence={uid: 7}, as_of=STAMP))
    assert int(found[uid]["SEQUENCE"]) == 7
    assert {int(e["SEQUENCE"]) for u, e in found.items() if u != uid} == {0}


def test_ics_sequence_counts_changes_since_the_previous_export() -> None:
    """A changed entry gets the previous sequence plus one; an unchanged one keeps it; a new
    one starts at 0."""
    trajectory = plein.examples.load("shopping-centre")
    first, second, third = trajectory.sessions
    sent = to_ics(trajectory, sequence={first.uid or "": 2, third.uid or "": 5}, as_of=STAMP)
    moved = attrs.evolve(third, planned_date=pendulum.Date(2027, 1, 21))
    extra = Session("plein-4", "Plein 4", dagdeel="evening", planned_date="2027-06-01")
    changed = attrs.evolve(trajectory, sessions=[first, second, moved, extra])
    sequences = ics_sequence(sent, changed)
    assert sequences[first.uid or ""] == 2
    assert sequences[second.uid or ""] == 0
    assert sequences[third.uid or ""] == 6
    new_uid = str(uuid.uuid5(NAMESPACE, f"{trajectory.id}/plein-4"))
    assert sequences[new_uid] == 0
    found = events(to_ics(changed, sequence=sequences, as_of=STAMP))
    assert int(found[third.uid or ""]["SEQUENCE"]) == 6
    assert ics_sequence(to_ics(changed, sequence=sequences, as_of=STAMP), changed) == sequences


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sequence": -1}, "SEQUENCE"),
        ({"sequence": {"x": True}}, "SEQUENCE"),
        ({"as_of": dt.datetime(2026, 1, 1)}, "time zone"),
    ],
)
def test_bad_arguments_are_usage_errors(kwargs: dict[str, Any], message: str) -> None:
    """A negative sequence or a naive as_of is refused with plein's own error."""
    with pytest.raises(UsageError, match=message):
        to_ics(plein.examples.load("shopping-centre"), **kwargs)


def test_unreadable_previous_calendar_is_a_usage_error() -> None:
    """ics_sequence refuses text that is not iCalendar."""
    with pytest.raises(UsageError, match="previous calendar"):
        ics_sequence("this is not a calendar", plein.examples.load("shopping-centre"))


def _about_a_day(session: Session) -> bool:
    """Whether the session's date is "about" one day (``2021-04-21~``)."""
    when = session.when
    if when is None or not when.is_approximate or when.is_period:
        return False
    named = EdtfDate(when.text.replace("~", "").replace("%", "").replace("?", ""))
    return named.earliest == named.latest


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trajectories())
def test_any_design_exports_to_a_parseable_calendar(trajectory: Trajectory) -> None:
    """Any design, titles with control characters and all, gives text icalendar reads back,
    with an event per dated session and its UID."""
    text = to_ics(trajectory, include_attendees=True, as_of=STAMP)
    calendar = parse(text)
    found = list(calendar.walk("VEVENT"))
    dated = [s for s in trajectory.sessions if s.date is not None or _about_a_day(s)]
    assert len(found) == len(dated)
    assert [str(e["UID"]) for e in found] == [
        s.uid or str(uuid.uuid5(NAMESPACE, f"{trajectory.id}/{s.id}")) for s in dated
    ]
    for event, session in zip(found, dated, strict=True):
        start = event.decoded("DTSTART")
        if "DTEND" in event:
            assert event.decoded("DTEND") > start
        if isinstance(start, dt.datetime):
            zone = session.timezone or trajectory.timezone
            if zone == "UTC":
                assert start.utcoffset() == dt.timedelta()
            else:
                assert str(start.tzinfo) == zone
