"""The programme and the clock: one timeline, and every clock time right (issue 10)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import attrs
import icalendar
import pendulum
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import plein
from plein import Block, Issue, Session, Track, Trajectory, Window, cli
from plein.cli import _export
from plein.export import to_dot, to_ics

STAMP = pendulum.datetime(2026, 1, 5, 8, 30, tz="UTC")
UTC = dt.UTC


def design(*sessions: Session, **extra: Any) -> Trajectory:
    return Trajectory(
        id="demo",
        title="Demo",
        issue=Issue(title="Square", question="What next?", nature="spatial", kind="other"),
        sessions=sessions,
        **extra,
    )


def run(*argv: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    if _export not in cli._COMMAND_MODULES:
        monkeypatch.setattr(cli, "_COMMAND_MODULES", (*cli._COMMAND_MODULES, _export))
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def events(text: str) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}


def utc(value: Any) -> dt.datetime:
    moment: dt.datetime = value
    return moment.astimezone(UTC)


def findings(trajectory: Trajectory, **kw: Any) -> list[tuple[str, str, tuple[str, ...]]]:
    report = plein.check(trajectory, as_of=pendulum.Date(2026, 1, 1), **kw)
    return sorted((f.code, f.message, f.related) for f in report.findings)


# -- one timeline ----------------------------------------------------------------------


def test_the_timeline_is_public_in_the_model() -> None:
    """plein.timeline lays a session out; the report's times come from the same layout."""
    trajectory = plein.examples.load("shopping-centre")
    line = plein.timeline(trajectory.sessions[0], trajectory)
    assert line.zone == "Europe/Amsterdam"
    assert [line.span(s) for s in line.slots][:3] == ["19:00-19:30", "19:30-19:45", "19:45-19:50"]
    assert (line.clock(line.start or 0), line.clock(line.end or 0)) == ("19:00", "22:20")
    text = plein.render.report(trajectory, format="md", as_of=pendulum.Date(2026, 1, 1))
    assert "19:30\u201319:45" in text


# -- start times only ------------------------------------------------------------------

MINUTES = Session(
    id="s", title="Evening", dagdeel="evening", planned_date="2026-06-10",
    programme=[
        Block("welcome", "Welcome", format="welcome-and-check-in", start="19:30", minutes=10),
        Block("plans", "The plans", format="presentation-with-questions", minutes=30),
        Block("tables", "Tables", format="table-conversations", minutes=65),
        Block("heard", "What we heard", format="plenary-harvest", minutes=30),
        Block("drinks", "Drinks", kind="social", minutes=45),
    ],
)  # fmt: skip
START_TIMES = attrs.evolve(
    MINUTES,
    programme=[
        Block("welcome", "Welcome", format="welcome-and-check-in", start="19:30"),
        Block("plans", "The plans", format="presentation-with-questions", start="19:40"),
        Block("tables", "Tables", format="table-conversations", start="20:10"),
        Block("heard", "What we heard", format="plenary-harvest", start="21:15"),
        Block("drinks", "Drinks", kind="social", start="21:45"),
        Block("end", "End", kind="end", start="22:30"),
    ],
)


def test_a_start_times_programme_lays_out_like_its_minutes_twin() -> None:
    """Each block runs until the next one starts; the end block marks the end at 22:30."""
    line = plein.timeline(START_TIMES)
    assert [s.length for s in line.slots] == [10, 30, 65, 30, 45]
    assert line.end_marker is not None
    assert line.end_marker.block.id == "end"
    assert line.clock(line.end or 0) == "22:30"
    twin = plein.timeline(MINUTES)
    assert [(s.start, s.end) for s in line.slots] == [(s.start, s.end) for s in twin.slots]


def test_a_start_times_programme_checks_like_its_minutes_twin() -> None:
    """The two programmes give the same findings: code, message and what they are about."""
    assert findings(design(START_TIMES)) == findings(design(MINUTES))
    shorter = attrs.evolve(
        START_TIMES,
        programme=[*START_TIMES.programme[:3], attrs.evolve(START_TIMES.programme[3],
                   start="20:15"), *START_TIMES.programme[4:]],
    )  # fmt: skip
    longer = attrs.evolve(
        MINUTES,
        programme=[*MINUTES.programme[:2], attrs.evolve(MINUTES.programme[2], minutes=5),
                   attrs.evolve(MINUTES.programme[3], minutes=90), *MINUTES.programme[4:]],
    )  # fmt: skip
    assert findings(design(shorter)) == findings(design(longer))
    assert any(code == "TB104" for code, _, _ in findings(design(shorter)))


def test_a_last_item_at_the_window_end_is_the_end_marker() -> None:
    """A last item without a length that starts when the window ends is no block."""
    session = attrs.evolve(
        START_TIMES,
        programme=[*START_TIMES.programme[:5], Block("close", "Close", start="22:30")],
    )
    line = plein.timeline(session)
    assert line.end_marker is not None
    assert line.end_marker.block.id == "close"
    assert "TB108" not in {code for code, _, _ in findings(design(session))}


def test_a_block_may_state_its_end() -> None:
    """A block with a start and an end lasts the time between them, across midnight too."""
    session = Session("s", "Night", programme=[Block("a", "Late talk", start="23:30", end="00:15")])
    assert plein.timeline(session).slots[0].length == 45


@settings(max_examples=60, deadline=None)
@given(
    st.integers(8 * 60, 20 * 60),
    st.lists(st.integers(1, 90), min_size=1, max_size=8),
    st.sampled_from(["2026-06-10", "2026-03-28", "2026-10-24"]),
)
def test_any_start_times_programme_matches_its_minutes_twin(
    first: int, lengths: list[int], day: str
) -> None:
    """For every programme (on the nights the clocks change too), the start times the
    timeline prints for a programme in minutes, plus an end marker, lay out the same."""

    def at(minute: int) -> str:
        return f"{minute // 60 % 24:02d}:{minute % 60:02d}"

    with_minutes = Session(
        "s", "S", window=Window("06:00", "05:00"), planned_date=day,
        programme=[Block(f"b{i}", "B", start=at(first) if i == 0 else None, minutes=n)
                   for i, n in enumerate(lengths)],
    )  # fmt: skip
    printed = plein.timeline(with_minutes)
    starts = [printed.clock(s.start or 0) for s in printed.slots]
    end = printed.clock(printed.slots[-1].end or 0)
    # On the night the clocks go back, 02:00-02:59 is shown twice; a start time written in
    # that hour names two moments, and the timeline reads it as the nearer one. Minutes say
    # which is meant, clock times cannot: such programmes have no start-time twin.
    assume(not (day == "2026-10-24" and any(t.startswith("02:") for t in (*starts, end))))
    with_starts = attrs.evolve(
        with_minutes,
        programme=[
            *(Block(f"b{i}", "B", start=starts[i]) for i in range(len(lengths))),
            Block("end", "End", kind="end", start=end),
        ],
    )
    a, b = plein.timeline(with_minutes), plein.timeline(with_starts)
    assert [(s.start, s.end, s.length) for s in a.slots] == [
        (s.start, s.end, s.length) for s in b.slots
    ]
    assert findings(design(with_minutes)) == findings(design(with_starts))


def test_start_times_load_from_yaml_and_check(tmp_path: Path) -> None:
    """A design file in start times loads, and `plein check` judges it like the twin."""
    file = tmp_path / "evening.yaml"
    file.write_text(plein.dumps(design(START_TIMES)), encoding="utf-8")
    twin = tmp_path / "twin.yaml"
    twin.write_text(plein.dumps(design(MINUTES)), encoding="utf-8")
    out_a, out_b = io.StringIO(), io.StringIO()
    code_a = cli.main(["check", str(file), "--format", "json"], out_a, io.StringIO())
    code_b = cli.main(["check", str(twin), "--format", "json"], out_b, io.StringIO())
    assert code_a == code_b
    assert plein.load(file) == design(START_TIMES)


# -- zero minutes ----------------------------------------------------------------------

ZERO = Session(
    "s", "Evening", dagdeel="evening", planned_date="2026-06-10",
    programme=[Block("welcome", "Welcome", start="19:30"),
               Block("word", "A word from the alderman", start="19:45"),
               Block("tables", "Tables", start="19:45"),
               Block("end", "End", kind="end", start="21:00")],
)  # fmt: skip


def test_a_zero_minute_block_is_a_moment_with_a_warning() -> None:
    """TB109 warns about the block of zero minutes, with a hint; the end marker is not one."""
    report = plein.check(design(ZERO), as_of=pendulum.Date(2026, 1, 1))
    found = [f for f in report.findings if f.code == "TB109"]
    assert [f.related for f in found] == [("word", "s")]
    assert found[0].severity is plein.Severity.WARNING
    assert "19:45" in found[0].message
    assert found[0].hint


def test_a_zero_minute_block_is_no_slot_in_report_or_calendar() -> None:
    """The report and the calendar show 19:45 for it, never 19:45-19:45."""
    trajectory = design(ZERO)
    text = plein.render.report(trajectory, format="md", as_of=pendulum.Date(2026, 1, 1))
    assert "19:45\u201319:45" not in text
    assert "| 19:45 | A word from the alderman" in text
    description = str(next(iter(events(to_ics(trajectory, as_of=STAMP)).values()))["DESCRIPTION"])
    assert "19:45 A word from the alderman" in description.splitlines()
    assert "19:45-19:45" not in description


# -- a parallel track with its own sequence --------------------------------------------

TRACKS_YAML = """\
schemaVersion: "2.0"
id: demo
title: Demo
issue: {title: Square, question: What next?, nature: spatial, kind: other}
sessions:
  - id: s
    title: Evening
    dagdeel: evening
    programme:
      - id: split
        title: Breakouts
        start: "19:30"
        minutes: 60
        tracks:
          - id: room-a
            title: Room A
            programme:
              - {id: a1, title: Workshop mobility, format: table-conversations, minutes: 5}
              - {id: a2, title: Workshop green, minutes: 70}
          - {id: room-b, title: Room B, minutes: 60}
"""


def test_a_track_holds_its_own_programme() -> None:
    """A track lists two workshops in a row; its length is theirs added up."""
    trajectory = plein.loads(TRACKS_YAML)
    track = trajectory.sessions[0].programme[0].tracks[0]
    assert [item.id for item in track.programme] == ["a1", "a2"]
    assert track.length == 75
    assert plein.loads(plein.dumps(trajectory)) == trajectory


def test_a_track_programme_is_checked_like_blocks() -> None:
    """TB103 sees the sequence overrun its block; TB104 judges the short workshop in it."""
    report = plein.check(plein.loads(TRACKS_YAML), as_of=pendulum.Date(2026, 1, 1))
    codes = {(f.code, f.path) for f in report.findings}
    assert ("TB103", "$.sessions[0].programme[0].tracks[0].programme") in codes
    assert ("TB104", "$.sessions[0].programme[0].tracks[0].programme[0].minutes") in codes


def test_a_track_with_a_format_is_judged_against_its_length() -> None:
    """A track's own format and minutes are checked like a block's (TB104)."""
    session = Session("s", "E", programme=[
        Block("split", "Split", minutes=30, tracks=[
            Track("t", "Room", format="table-conversations", minutes=5)])])  # fmt: skip
    found = [f for f in plein.check(design(session)).findings if f.code == "TB104"]
    assert [f.path for f in found] == ["$.sessions[0].programme[0].tracks[0].minutes"]
    assert found[0].message.startswith("Track 't' of block 'split'")


@pytest.mark.parametrize(
    ("where", "extensions"),
    [
        ("      - {id: x, title: X, tracks: [{id: t, title: T, colour: red}]}", False),
        ("      - {id: x, title: X, colour: red}", True),
        ("      - {id: x, title: X, tracks: [{id: t, title: T, programme: "
         "[{id: i, title: I, colour: red}]}]}", False),
    ],
)  # fmt: skip
def test_an_unknown_key_hint_names_only_keys_that_exist_there(where: str, extensions: bool) -> None:
    """A track (and a track's item) has no extensions, so its hint does not offer them."""
    text = TRACKS_YAML.split("    programme:\n")[0] + "    programme:\n" + where + "\n"
    with pytest.raises(plein.DesignError) as caught:
        plein.loads(text)
    (problem,) = caught.value.problems
    assert problem.code == "unknown-key"
    assert ("extensions" in problem.reason) is extensions


# -- midnight --------------------------------------------------------------------------


def test_a_window_to_midnight_and_past_it_is_accepted() -> None:
    """`end: "24:00"` and a window 21:00-01:00 load, and are 4 hours long."""
    text = TRACKS_YAML.replace(
        "    dagdeel: evening\n", '    window: {start: "20:00", end: "24:00"}\n'
    )
    assert plein.loads(text).sessions[0].window == Window("20:00", "00:00")
    assert Window("21:00", "01:00").minutes == 240
    line = plein.timeline(Session("s", "S", window=Window("21:00", "01:00")))
    assert line.window is not None
    assert line.window.minutes == 240
    assert line.window.span == "21:00-01:00"


def test_the_checks_use_the_real_length_past_midnight() -> None:
    """A programme to 00:45 fits 21:00-01:00; one to 01:30 runs 30 minutes over."""
    session = Session("s", "Night", window=Window("21:00", "01:00"), programme=[
        Block("a", "Talk", start="21:00", minutes=120),
        Block("b", "Harvest", format="plenary-harvest", minutes=105)])  # fmt: skip
    assert "TB101" not in {c for c, _, _ in findings(design(session))}
    late = attrs.evolve(session, programme=[*session.programme, Block("c", "More", minutes=45)])
    (over,) = [m for c, m, _ in findings(design(late)) if c == "TB101"]
    assert "runs until 01:30" in over
    assert "30 minutes past the end" in over


def test_the_config_accepts_the_same_windows_as_the_design(tmp_path: Path) -> None:
    """A windows option of 21:00-01:00 or 19:00-24:00 is valid, and the checks use it."""
    config = plein.checks.Config(options={"TB101": {"windows": {"evening": "21:00-01:00"}}})
    config.resolve()
    session = Session("s", "Night", dagdeel="evening", programme=[
        Block("a", "Talk", start="21:00", minutes=230)])  # fmt: skip
    assert "TB101" not in {c for c, _, _ in findings(design(session), config=config)}
    assert "TB101" in {c for c, _, _ in findings(design(session))}


def test_a_calendar_event_past_midnight_ends_the_next_day() -> None:
    """The event of a session 21:00-01:00 ends at 01:00 on the next day."""
    session = Session("s", "Night", window=Window("21:00", "01:00"), planned_date="2026-06-10")
    event = next(iter(events(to_ics(design(session), as_of=STAMP)).values()))
    assert utc(event.decoded("DTSTART")) == dt.datetime(2026, 6, 10, 19, 0, tzinfo=UTC)
    assert utc(event.decoded("DTEND")) == dt.datetime(2026, 6, 10, 23, 0, tzinfo=UTC)


# -- daylight saving -------------------------------------------------------------------


def night(day: str) -> Session:
    return Session(
        "night", "Night of the clocks", window=Window("22:00", "04:00"), planned_date=day,
        programme=[Block("a", "Talk", start="22:00", minutes=180),
                   Block("b", "Walk", minutes=60), Block("c", "Breakfast", minutes=30)],
    )  # fmt: skip


def test_spring_night_counts_real_minutes() -> None:
    """2026-03-29 02:00 becomes 03:00: 270 real minutes from 22:00 end at 03:30, not 02:30."""
    line = plein.timeline(night("2026-03-28"))
    assert line.window is not None
    assert line.window.minutes == 300
    assert [line.span(s) for s in line.slots] == ["22:00-01:00", "01:00-03:00", "03:00-03:30"]
    printed = " ".join(line.span(s) for s in line.slots)
    assert "02:" not in printed  # 02:00-03:00 does not exist that night


def test_autumn_night_counts_real_minutes() -> None:
    """2026-10-25 03:00 becomes 02:00: the window is 420 real minutes, the hour 02-03 twice."""
    line = plein.timeline(night("2026-10-24"))
    assert line.window is not None
    assert line.window.minutes == 420
    assert [line.span(s) for s in line.slots] == ["22:00-01:00", "01:00-02:00", "02:00-02:30"]
    assert [s.length for s in line.slots] == [180, 60, 30]


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        ("2026-03-28", dt.datetime(2026, 3, 28, 21, 0), dt.datetime(2026, 3, 29, 1, 30)),
        ("2026-10-24", dt.datetime(2026, 10, 24, 20, 0), dt.datetime(2026, 10, 25, 0, 30)),
    ],
)
def test_dst_night_calendar_event_has_the_real_utc_times(
    day: str, start: dt.datetime, end: dt.datetime
) -> None:
    """DTSTART and DTEND read back as the right moments in UTC: 270 real minutes."""
    event = next(iter(events(to_ics(design(night(day)), as_of=STAMP)).values()))
    assert utc(event.decoded("DTSTART")) == start.replace(tzinfo=UTC)
    assert utc(event.decoded("DTEND")) == end.replace(tzinfo=UTC)
    assert (end - start) == dt.timedelta(minutes=270)


def test_an_autumn_time_shown_twice_is_written_in_utc() -> None:
    """An event ending in the hour that comes twice is written in UTC, not ambiguously."""
    session = attrs.evolve(night("2026-10-24"), programme=[Block("a", "Talk", start="22:00",
                           minutes=300)])  # fmt: skip
    text = to_ics(design(session), as_of=STAMP)
    assert "DTEND:20261025T010000Z" in text.splitlines()
    assert "DTSTART;TZID=Europe/Amsterdam:20261024T220000" in text.splitlines()


# -- the zone is visible ---------------------------------------------------------------


@pytest.mark.parametrize(("lang", "words"), [("en", "time zone"), ("nl", "tijdzone")])
def test_a_session_abroad_shows_its_zone(lang: str, words: str) -> None:
    """A session in Europe/London, in a trajectory in Amsterdam, names its zone."""
    session = attrs.evolve(MINUTES, timezone="Europe/London")
    text = plein.render.report(
        design(session, MINUTES.__class__("home", "Home", planned_date="2026-06-11")),
        format="md", lang=lang, as_of=pendulum.Date(2026, 1, 1),  # type: ignore[arg-type]
    )  # fmt: skip
    assert f"({words} Europe/London)" in text
    assert "19:30\u201319:40 (Europe/London)" in text


# -- calendar times match the programme ------------------------------------------------


def test_the_calendar_uses_the_configured_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`plein ics --config` places an untimed evening in the configured window."""
    session = Session("s", "Evening", dagdeel="evening", planned_date="2026-06-10")
    file = tmp_path / "d.yaml"
    file.write_text(plein.dumps(design(session)), encoding="utf-8")
    config = tmp_path / "plein.yaml"
    config.write_text('options:\n  TB101:\n    windows: {evening: "19:30-21:30"}\n')
    code, out, _ = run("ics", str(file), "--config", str(config), monkeypatch=monkeypatch)
    assert code == 0
    assert "DTSTART;TZID=Europe/Amsterdam:20260610T193000" in out.splitlines()
    assert "DTEND;TZID=Europe/Amsterdam:20260610T213000" in out.splitlines()
    for command in (["report", str(file)], ["ledger", str(file)]):
        code, _, _ = run(*command, "--config", str(config), "--as-of", "2026-01-01",
                         monkeypatch=monkeypatch)  # fmt: skip
        assert code == 0


def test_the_walk_in_is_labelled_in_the_description() -> None:
    """The event starts with the walk-in, and its description says which block it is."""
    session = attrs.evolve(MINUTES, programme=[
        Block("doors", "Coffee", kind="walk-in", minutes=30), *MINUTES.programme])  # fmt: skip
    event = next(iter(events(to_ics(design(session), as_of=STAMP)).values()))
    assert utc(event.decoded("DTSTART")) == dt.datetime(2026, 6, 10, 17, 0, tzinfo=UTC)
    assert "19:00-19:30 Coffee (inloop / walk-in)" in str(event["DESCRIPTION"])


# -- cancelled and postponed -----------------------------------------------------------


def test_a_cancelled_session_stays_with_status_cancelled() -> None:
    """A cancelled session keeps its UID, with STATUS:CANCELLED and a SEQUENCE of 1."""
    planned = design(MINUTES)
    cancelled = design(attrs.evolve(MINUTES, status="cancelled"))
    before = events(to_ics(planned, as_of=STAMP))
    after = events(to_ics(cancelled, as_of=STAMP, previous=to_ics(planned, as_of=STAMP)))
    assert set(before) == set(after)
    event = next(iter(after.values()))
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == 1
    assert utc(event.decoded("DTSTART")) == dt.datetime(2026, 6, 10, 17, 30, tzinfo=UTC)


def test_an_event_gone_from_the_design_is_exported_as_cancelled() -> None:
    """With the previous calendar, a removed session comes back cancelled, one higher."""
    other = Session("other", "Other", window=Window("19:00", "22:30"), planned_date="2026-06-20")
    sent = to_ics(design(MINUTES, other), as_of=STAMP)
    now = events(to_ics(design(MINUTES), as_of=STAMP, previous=sent))
    (uid,) = set(now) - set(events(to_ics(design(MINUTES), as_of=STAMP)))
    gone = now[uid]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert int(gone["SEQUENCE"]) == 1
    assert utc(gone.decoded("DTSTART")) == dt.datetime(2026, 6, 20, 17, 0, tzinfo=UTC)
    again = events(to_ics(design(MINUTES), as_of=STAMP, previous=to_ics(
        design(MINUTES), as_of=STAMP, previous=sent)))  # fmt: skip
    assert int(again[str(gone["UID"])]["SEQUENCE"]) == 1
    alone = to_ics(design(), as_of=STAMP, previous=sent)
    assert "TZID:Europe/Amsterdam" in alone.splitlines()  # its zone is still defined


def test_a_postponed_session_keeps_its_uid_with_the_new_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`plein ics --previous` moves a postponed session: same UID, new date, SEQUENCE 1."""
    first = tmp_path / "first.yaml"
    first.write_text(plein.dumps(design(MINUTES)), encoding="utf-8")
    moved = tmp_path / "moved.yaml"
    later = attrs.evolve(MINUTES, status="postponed", planned_date="2026-06-24")
    moved.write_text(plein.dumps(design(later)), encoding="utf-8")
    sent = tmp_path / "sent.ics"
    assert run("ics", str(first), "-o", str(sent), monkeypatch=monkeypatch)[0] == 0
    code, out, _ = run("ics", str(moved), "--previous", str(sent), monkeypatch=monkeypatch)
    assert code == 0
    (event,) = events(out).values()
    assert str(event["UID"]) == str(next(iter(events(sent.read_text()).values()))["UID"])
    assert event.decoded("DTSTART").date() == dt.date(2026, 6, 24)
    assert int(event["SEQUENCE"]) == 1


# -- recurring follow-up ---------------------------------------------------------------


def test_a_recurring_action_is_one_to_do_per_occurrence() -> None:
    """A quarterly action is a VTODO per quarter in the horizon, each with its own UID."""
    action = plein.Action("q", "Quarterly report", due=plein.Due(
        on="2026-02-01", every=pendulum.duration(weeks=13)))  # fmt: skip
    session = attrs.evolve(MINUTES, agreements=[plein.Agreement("a", "Agreed", actions=[action])])
    text = to_ics(design(session), as_of=STAMP)
    todos = icalendar.Calendar.from_ical(text).walk("VTODO")
    assert [t.decoded("DUE") for t in todos] == [
        dt.date(2026, 2, 1), dt.date(2026, 5, 3), dt.date(2026, 8, 2), dt.date(2026, 11, 1)
    ]  # fmt: skip
    assert len({str(t["UID"]) for t in todos}) == 4
    assert all("RRULE" not in t for t in todos)


# -- small ones ------------------------------------------------------------------------


def test_a_time_with_seconds_is_refused() -> None:
    """ "19:30:45" is a load problem that says why, not a time silently cut to 19:30."""
    text = TRACKS_YAML.replace('start: "19:30"', 'start: "19:30:45"')
    with pytest.raises(plein.DesignError) as caught:
        plein.loads(text)
    (problem,) = caught.value.problems
    assert problem.path == "$.sessions[0].programme[0].start"
    assert "seconds" in problem.reason
    with pytest.raises(ValueError, match="seconds"):
        Block("a", "A", start=dt.time(19, 30, 45))


AWKWARD = 'Tom & Jerry "quoted" \\N <b> &amp; {x}; a\\lb'


def test_dot_escapes_ampersands_and_backslashes() -> None:
    """& becomes &amp; and backslashes are doubled, so labels say what the title says."""
    session = Session("s", AWKWARD, planned_date="2026-06-10")
    text = to_dot(attrs.evolve(design(session), title=AWKWARD))
    assert "Tom &amp; Jerry" in text
    assert "&amp;amp;" in text
    assert "\\\\N" in text


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is not installed")
def test_graphviz_reads_the_dot_and_keeps_the_title() -> None:
    """Graphviz parses the output, and its SVG shows the titles as written."""
    session = Session("s", AWKWARD, planned_date="2026-06-10")
    text = to_dot(attrs.evolve(design(session), title=AWKWARD))
    svg = subprocess.run(
        ["dot", "-Tsvg"], input=text, capture_output=True, text=True, check=True
    ).stdout
    assert "Tom &amp; Jerry &quot;quoted&quot; \\N &lt;b&gt; &amp;amp; {x}; a\\lb" in svg


def test_report_suffix_md_writes_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`plein report -o report.md` writes Markdown; --format still wins."""
    file = tmp_path / "d.yaml"
    file.write_text(plein.dumps(design(MINUTES)), encoding="utf-8")
    out = tmp_path / "report.md"
    assert run("report", str(file), "-o", str(out), monkeypatch=monkeypatch)[0] == 0
    assert out.read_text().startswith("# ")
    html = tmp_path / "report2.md"
    run("report", str(file), "-o", str(html), "--format", "html", monkeypatch=monkeypatch)
    assert html.read_text().startswith("<!DOCTYPE html>")


# -- the rest of the timebox family ----------------------------------------------------


def test_a_session_without_window_is_said_once() -> None:
    """TB110 warns once for a session with a programme and no dagdeel or window."""
    session = attrs.evolve(MINUTES, dagdeel=None)
    found = [f for f in plein.check(design(session)).findings if f.code == "TB110"]
    assert len(found) == 1
    assert found[0].severity is plein.Severity.WARNING


def test_meals_and_social_time_are_not_content() -> None:
    """A social block after the window's end does not make the content overrun."""
    line = plein.timeline(MINUTES)
    assert [s.block.id for s in line.content] == ["welcome", "plans", "tables", "heard"]
    assert line.content_end is not None
    assert line.clock(line.content_end) == "21:45"
    meal = attrs.evolve(MINUTES, programme=[
        *MINUTES.programme[:2], Block("dinner", "Dinner", kind="meal", minutes=45),
        *MINUTES.programme[2:]])  # fmt: skip
    assert [len(s.slots) for s in plein.timeline(meal).stretches()] == [2, 2]
