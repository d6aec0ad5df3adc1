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
