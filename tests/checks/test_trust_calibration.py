"""The trust family judges only what is known: kinds of meeting, records, trust carried over."""

from __future__ import annotations

import json
from typing import Any

import pendulum

import plein
from plein.checks import Severity
from plein.io import loads
from plein.testing import DEFAULT_DESIGN


def _findings(design: dict[str, Any], prefix: str = "TR") -> list[plein.Finding]:
    trajectory = loads(json.dumps({**DEFAULT_DESIGN, **design}), format="json")
    report = plein.check(trajectory, plein.Config(), as_of=pendulum.Date(2026, 1, 1))
    return [f for f in report.findings if f.code.startswith(prefix)]


def test_a_later_day_of_a_series_does_not_start_from_zero() -> None:
    """Day two of a weekend, dated after day one with the same members, brings day one's trust."""
    members = [{"party": "members"}]
    design = {
        "parties": [{"id": "members", "name": "Members", "category": "resident"}],
        "sessions": [
            {
                "id": "day-1",
                "title": "Learning",
                "kind": "citizens-assembly",
                "actualDate": "2021-11-27",
                "parties": members,
                "programme": [
                    {"id": "mix", "title": "Mixing groups", "format": "table-conversations"},
                    {"id": "harvest", "title": "Harvest", "format": "plenary-harvest"},
                ],
            },
            {
                "id": "day-2",
                "title": "Deciding",
                "kind": "citizens-assembly",
                "actualDate": "2021-11-28",
                "parties": members,
                "programme": [
                    {"id": "vote", "title": "Vote", "format": "dilemma-conversation"},
                    {"id": "close", "title": "Close", "format": "check-out-round"},
                ],
            },
        ],
    }
    found = [f.code for f in _findings(design) if "day-2" in f.related]
    assert "TR101" not in found
    assert "TR102" not in found


def test_an_earlier_meeting_that_cannot_be_read_leaves_trust_unknown() -> None:
    """Members who met in a session without a recorded programme may bring any trust."""
    members = [{"party": "members"}]
    design = {
        "parties": [{"id": "members", "name": "Members", "category": "resident"}],
        "sessions": [
            {
                "id": "s1",
                "title": "Learning",
                "actualDate": "2021-11-04",
                "notRecorded": ["programme"],
                "parties": members,
            },
            {
                "id": "s2",
                "title": "Goldfish bowl",
                "actualDate": "2021-11-11",
                "after": ["s1"],
                "parties": members,
                "programme": [{"id": "bowl", "title": "Bowl", "format": "fishbowl"}],
            },
        ],
    }
    assert [f for f in _findings(design) if f.code == "TR101"] == []


def test_oversight_and_confidentiality_are_safe_channels() -> None:
    """An independent board to turn to with doubts, or confidentiality, is a safe channel."""
    parties = [
        {"id": "residents", "name": "Bewoners", "category": "resident"},
        {"id": "shops", "name": "Winkeliers", "category": "entrepreneur"},
    ]
    for kind in ("oversight", "confidentiality"):
        design = {
            "parties": parties,
            "sessions": [
                {
                    "id": "evening",
                    "title": "The square",
                    "parties": [{"party": "residents"}, {"party": "shops"}],
                    "safety": [{"kind": kind}],
                    "programme": [{"id": "bowl", "title": "Bowl", "format": "fishbowl"}],
                }
            ],
        }
        assert [f for f in _findings(design) if f.code == "TR104"] == [], kind


def test_no_trust_finding_is_an_error_on_missing_data() -> None:
    """A held session that records nothing but its kind and date draws no trust error."""
    design = {
        "parties": [
            {"id": "residents", "name": "Bewoners", "category": "resident"},
            {"id": "shops", "name": "Winkeliers", "category": "entrepreneur"},
        ],
        "sessions": [
            {
                "id": "evening",
                "title": "Evening",
                "kind": "workshop",
                "actualDate": "2021-10-26",
                "notRecorded": ["roles", "safety", "programme-end", "agreements"],
                "parties": [{"party": "residents"}, {"party": "shops"}],
                "programme": [
                    {"id": "talk", "title": "Talking further"},
                    {"id": "questions", "title": "Questions about the past"},
                ],
            }
        ],
    }
    assert _findings(design) == []


def test_severities_follow_the_policy() -> None:
    """Error only for TR101's shown breach; TR108 is a warning, TR112 an observation."""
    from plein.checks import registry

    checks = {check.code: check for check in registry() if check.code.startswith("TR")}
    errors = {code for code, check in checks.items() if check.severity is Severity.ERROR}
    assert errors == {"TR101"}
    assert checks["TR108"].severity is Severity.WARNING
    assert checks["TR112"].severity is Severity.INFO


def test_decision_the_day_before_the_first_evening() -> None:
    """The college decides one day before an information evening: an observation, once."""
    design = {
        "steps": [
            {
                "id": "design-fixed",
                "title": "College fixes the design",
                "kind": "college-decision",
                "actualDate": "2011-03-30",
            }
        ],
        "sessions": [
            {
                "id": f"evening-{n}",
                "title": "Information evening",
                "kind": "information-evening",
                "actualDate": day,
                "after": ["design-fixed"],
            }
            for n, day in ((1, "2011-03-31"), (2, "2011-04-12"))
        ],
    }
    found = [f for f in _findings(design) if f.code == "TR112"]
    assert len(found) == 1
    assert found[0].severity is Severity.INFO
    assert found[0].related[:2] == ("design-fixed", "evening-1")
    assert "1 day before" in found[0].message
