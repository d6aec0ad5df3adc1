"""The stakeholder coverage checks judge only what is known (issue 9).

Each test pins one kind of misjudgement for the SH family: missing data read as a
breach, voice in writing counted as silence, the client not recognised, coverage as a
fixed list, and numbers that were never judged.
"""

from __future__ import annotations

from typing import Any

import pendulum
import pytest
import yaml

from plein import Config, Severity, check
from plein.checks import registry
from plein.io import loads
from plein.model import SCHEMA_VERSION

AS_OF = pendulum.Date(2026, 1, 1)


def _findings(design: dict[str, Any], prefix: str = "SH") -> list[Any]:
    full = {
        "schemaVersion": SCHEMA_VERSION,
        "id": "calibration",
        "title": "Calibration",
        "issue": {
            "title": "The square",
            "question": "What should the square become?",
            "nature": "spatial",
            "kind": "area-development",
        },
        **design,
    }
    if any(p["id"] == "gemeente" for p in design.get("parties", [])):
        full["issue"]["owner"] = "gemeente"
    trajectory = loads(yaml.safe_dump(full, sort_keys=False), file="calibration.yaml")
    report = check(trajectory, Config(), as_of=AS_OF)
    return [f for f in report.findings if f.code.startswith(prefix)]


#: A held evening written from a short news item: no roles, no counts, no formats.
SPARSE_RECORD: dict[str, Any] = {
    "parties": [
        {"id": "gemeente", "name": "Gemeente Voorbeeld", "category": "municipality"},
        {"id": "bewoners", "name": "Bewoners", "category": "resident"},
        {"id": "winkels", "name": "Winkeliers", "category": "entrepreneur"},
    ],
    "sessions": [
        {
            "id": "avond",
            "title": "Bewonersavond",
            "actualDate": "2025-03-12",
            "organisers": ["gemeente"],
            "notRecorded": ["roles", "attendance"],
            "parties": [
                {"party": "gemeente", "present": True},
                {"party": "bewoners", "present": True},
                {"party": "winkels"},
            ],
            "programme": [
                {"id": "regels", "title": "Spelregels", "format": "ground-rules", "minutes": 5},
                {"id": "uitleg", "title": "Uitleg over het plan"},
                {"id": "gesprek", "title": "Gesprek met de zaal"},
            ],
        }
    ],
}


@pytest.mark.parametrize("code", ["SH101", "SH102", "SH103", "SH104", "SH106", "SH107"])
def test_coverage_checks_default_to_warning(code: str) -> None:
    """Coverage is a rule of thumb and missing data is at most a warning."""
    assert registry().get(code).severity is Severity.WARNING


def test_turnout_is_an_observation() -> None:
    """SH108 reports a difference in counts as info, never as a breach."""
    assert registry().get("SH108").severity is Severity.INFO


def test_sparse_record_raises_no_coverage_error() -> None:
    """A record with no roles, counts or formats gets no SH error at all."""
    assert not [f for f in _findings(SPARSE_RECORD) if f.severity is Severity.ERROR]


def test_sparse_record_says_each_gap_once() -> None:
    """Roles, headcount and voice that a record does not give are each said once."""
    codes = [f.code for f in _findings(SPARSE_RECORD)]
    assert codes.count("SH104") == 1
    assert codes.count("SH107") == 1
    assert codes.count("SH106") == 1


def test_presence_not_stated_is_named_as_such() -> None:
    """A party listed on a record without its presence is named, not called absent."""
    found = [f for f in _findings(SPARSE_RECORD) if f.code == "SH101"]
    assert len(found) == 1
    assert "presence not stated" in found[0].message
    assert "winkels" in found[0].related


def test_client_recognised_through_organiser_and_owner_chair() -> None:
    """The organiser, or the owner's party in the chair, is the issue owner."""
    design = {
        "parties": [
            {"id": "bureau", "name": "Bureau", "category": "facilitation"},
            {"id": "gemeente", "name": "Gemeente Voorbeeld", "category": "administration"},
        ],
        "sessions": [
            {
                "id": "plan-a",
                "title": "A",
                "organisers": ["gemeente"],
                "roles": [
                    {"role": "facilitator", "party": "bureau"},
                    {"role": "note-taker", "party": "bureau"},
                ],
            },
            {
                "id": "plan-b",
                "title": "B",
                "roles": [
                    {"role": "facilitator", "party": "bureau"},
                    {"role": "note-taker", "party": "bureau"},
                    {"role": "chair", "party": "gemeente", "title": "wethouder"},
                ],
            },
        ],
    }
    assert not _findings(design, "SH104")


def test_written_input_is_a_voice() -> None:
    """Residents who only write on post-its are heard; with a presentation alone, not."""

    def design(fmt: str) -> dict[str, Any]:
        return {
            "parties": [{"id": "bewoners", "name": "Bewoners", "category": "resident"}],
            "sessions": [
                {
                    "id": "avond",
                    "title": "Avond",
                    "parties": [{"party": "bewoners", "expected": 30}],
                    "programme": [{"id": "b", "title": "B", "format": fmt, "minutes": 60}],
                }
            ],
        }

    assert not _findings(design("post-it-wall"), "SH106")
    assert len(_findings(design("presentation-with-questions"), "SH106")) == 1


@pytest.mark.parametrize(
    ("attended", "expected"),
    [("~130", 1), (">60", 1), (">=60", 0), ("~62", 0), (130, 1), (45, 0)],
)
def test_table_work_headcount_read_through_count(attended: Any, expected: int) -> None:
    """SH102 reads the count seen, keeps its precision and reports only what is surely out."""
    design = {
        "parties": [{"id": "bewoners", "name": "Bewoners", "category": "resident"}],
        "sessions": [
            {
                "id": "avond",
                "title": "Avond",
                "actualDate": "2025-03-12",
                "attended": attended,
                "parties": [{"party": "bewoners", "present": True}],
                "programme": [
                    {"id": "t", "title": "T", "format": "table-conversations", "minutes": 60}
                ],
            }
        ],
    }
    assert len(_findings(design, "SH102")) == expected


def test_plenary_session_not_held_to_the_table_range() -> None:
    """A plenary programme of 150 people is outside SH102's reach."""
    design = {
        "parties": [{"id": "bewoners", "name": "Bewoners", "category": "resident"}],
        "sessions": [
            {
                "id": "avond",
                "title": "Avond",
                "parties": [{"party": "bewoners", "expected": 150}],
                "programme": [
                    {
                        "id": "p",
                        "title": "P",
                        "format": "presentation-with-questions",
                        "minutes": 60,
                    }
                ],
            }
        ],
    }
    assert not _findings(design, "SH102")
