"""`plein ics`, `plein graph` and `plein schema`, used as a person or a script uses them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest

from plein import examples
from plein.export import schema_text, shipped_schema

Run = Callable[..., tuple[int, str, str]]


def test_ics_to_stdout(run: Run) -> None:
    """`plein ics FILE` prints a calendar with an event per dated session, no attendees."""
    code, out, err = run("ics", examples.path("shopping-centre"))
    assert (code, err) == (0, "")
    calendar = icalendar.Calendar.from_ical(out)
    assert len(list(calendar.walk("VEVENT"))) == 3
    assert "ATTENDEE" not in out


_RECORD = """\
schemaVersion: "2.0"
id: record
title: Record
timezone: Europe/Amsterdam
issue: {title: Heat, question: Which district first?, nature: spatial, kind: other}
sessions:
  - {id: told, title: Told, dagdeel: evening, actualDate: 2021-04-06,
     programme: [{id: a, title: A, start: "20:00", minutes: 30}]}
  - {id: inferred, title: Inferred, dagdeel: evening, actualDate: 2021-04-21?}
  - {id: untimed, title: Untimed, dagdeel: evening, plannedDate: 2021-05-11}
  - {id: autumn, title: Autumn, dagdeel: evening, plannedDate: 2021-23}
"""


def test_ics_says_only_what_the_record_says(run: Run, tmp_path: Path) -> None:
    """No stated time is all day, an inferred day is tentative, a season gets no event."""
    design = tmp_path / "record.yaml"
    design.write_text(_RECORD, encoding="utf-8")
    code, out, _ = run("ics", str(design))
    assert code == 0
    found = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(out).walk("VEVENT")}
    assert sorted(found) == ["Inferred", "Told", "Untimed"]
    assert "DTSTART;TZID=Europe/Amsterdam:20210406T200000" in out.splitlines()
    assert "DTSTART;VALUE=DATE:20210511" in out.splitlines()
    assert "DTSTART;VALUE=DATE:20210421" in out.splitlines()
    assert "T190000" not in out
    assert "T223000" not in out
    assert str(found["Inferred"]["STATUS"]) == "TENTATIVE"
    assert "date uncertain" in str(found["Inferred"]["DESCRIPTION"])
    assert "STATUS" not in found["Told"]
    assert "STATUS" not in found["Untimed"]


def test_ics_to_a_file_with_attendees(run: Run, tmp_path: Path) -> None:
    """-o writes the file with CRLF line ends; --attendees adds the contacts' addresses."""
    target = tmp_path / "plein.ics"
    code, out, _ = run("ics", examples.path("shopping-centre"), "-o", str(target), "--attendees")
    assert (code, out) == (0, "")
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"ATTENDEE" in data


def test_ics_with_the_previous_export_raises_changed_sequences(run: Run, tmp_path: Path) -> None:
    """--previous compares with the last export: unchanged entries keep their SEQUENCE."""
    first = tmp_path / "first.ics"
    run("ics", examples.path("heat-transition"), "-o", str(first))
    text = first.read_text(encoding="utf-8").replace("SEQUENCE:0", "SEQUENCE:3")
    first.write_text(text, encoding="utf-8", newline="")
    code, out, _ = run("ics", examples.path("heat-transition"), "--previous", str(first))
    assert code == 0
    sequences = {str(c["SEQUENCE"]) for c in icalendar.Calendar.from_ical(out).walk("VEVENT")}
    assert sequences == {"3"}


def test_ics_of_a_broken_design_exits_2(run: Run, tmp_path: Path) -> None:
    """A design that cannot be read gets its problems on stderr and exit 2."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("schemaVersion: '1.0'\nid: x\n", encoding="utf-8")
    code, out, err = run("ics", str(broken))
    assert code == 2
    assert out == ""
    assert "[missing-key]" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("ics", "."), "is a directory"),
        (("ics", "{example}", "--previous", "{missing}"), "cannot read"),
        (("graph", "{example}", "--format", "svg"), "invalid choice"),
    ],
)
def test_bad_usage_exits_2(run: Run, tmp_path: Path, argv: tuple[str, ...], message: str) -> None:
    """A directory, a missing previous calendar or an unknown format is bad usage."""
    fill = {"example": examples.path("shopping-centre"), "missing": str(tmp_path / "no.ics")}
    code, _, err = run(*(arg.format(**fill) for arg in argv))
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_ics_with_a_previous_file_that_is_not_a_calendar_exits_2(run: Run, tmp_path: Path) -> None:
    """A --previous file that is not iCalendar is explained, not a traceback."""
    previous = tmp_path / "previous.ics"
    previous.write_text("hello", encoding="utf-8")
    code, _, err = run("ics", examples.path("shopping-centre"), "--previous", str(previous))
    assert code == 2
    assert "previous calendar" in err


@pytest.mark.parametrize(("fmt", "first"), [("mermaid", "flowchart LR"), ("dot", "digraph ")])
def test_graph(run: Run, fmt: str, first: str) -> None:
    """`plein graph FILE --format ...` prints the graph text."""
    code, out, _ = run("graph", examples.path("shopping-centre"), "--format", fmt)
    assert code == 0
    assert out.startswith(first)
    assert "plein" in out


def test_graph_defaults_to_mermaid_and_writes_a_file(run: Run, tmp_path: Path) -> None:
    """Without --format the graph is Mermaid; -o writes it to a file."""
    target = tmp_path / "graph.mmd"
    code, _, _ = run("graph", examples.path("heat-transition"), "-o", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("flowchart LR\n")


def test_schema_prints_the_shipped_copy(run: Run) -> None:
    """`plein schema` prints the committed schema; --generate the model's."""
    code, out, _ = run("schema")
    assert code == 0
    assert out == shipped_schema()
    assert json.loads(out)["$schema"] == "http://json-schema.org/draft-07/schema#"
    code, out, _ = run("schema", "--generate")
    assert (code, out) == (0, schema_text())
