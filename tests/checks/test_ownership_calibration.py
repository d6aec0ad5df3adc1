"""The follow-up (FU) and graph (GR) checks judge only what is known (issue 9).

Each test pins one kind of misjudgement seen on real meetings: missing data read as a
breach, follow-up rules that ignore how follow-up works, and dates read without their
precision.
"""

from __future__ import annotations

from typing import Any

import pendulum
import yaml

import plein
from plein import Finding, Severity
from plein.io import loads
from plein.testing import DEFAULT_DESIGN

AS_OF = pendulum.Date(2021, 10, 26)


def _check(design: dict[str, Any], as_of: pendulum.Date = AS_OF) -> list[Finding]:
    trajectory = loads(yaml.safe_dump({**DEFAULT_DESIGN, **design}, sort_keys=False))
    return list(plein.check(trajectory, plein.Config(), as_of=as_of).findings)


def _codes(findings: list[Finding], prefix: str) -> list[Finding]:
    return [f for f in findings if f.code.startswith(prefix)]


def test_missing_owner_and_due_date_on_a_record_are_warnings_said_once() -> None:
    """A held session's promises without owner or due date give one warning each, not
    one error per promise."""
    findings = _check(
        {
            "sessions": [
                {
                    "id": "evening",
                    "title": "Evening",
                    "actualDate": "2021-09-27",
                    "promises": [
                        {"id": "a", "text": "Study the parking demand."},
                        {"id": "b", "text": "Look into the trees."},
                    ],
                }
            ]
        }
    )
    for code in ("FU101", "FU103", "FU108"):
        hits = [f for f in findings if f.code == code]
        assert len(hits) == 1, (code, hits)
        assert hits[0].severity is Severity.WARNING
        assert {"a", "b", "evening"} <= set(hits[0].related)
    assert not [f for f in _codes(findings, "FU") if f.severity is Severity.ERROR]


def test_unrecorded_status_is_never_overdue() -> None:
    """A promise whose status is not recorded is not overdue, however long ago it was due."""
    findings = _check(
        {
            "parties": [{"id": "city", "name": "City", "category": "municipality"}],
            "sessions": [
                {
                    "id": "evening",
                    "title": "Evening",
                    "actualDate": "2020-01-10",
                    "promises": [
                        {
                            "id": "vision",
                            "text": "The vision.",
                            "owners": ["city"],
                            "due": "2020-04",
                        }
                    ],
                }
            ],
        }
    )
    assert not [f for f in findings if f.code == "FU107"]


def test_organiser_of_the_session_may_own_its_promises() -> None:
    """The organisation that commissions a session is its client, even in category facilitation."""
    findings = _check(
        {
            "parties": [{"id": "org", "name": "Organiser", "category": "facilitation"}],
            "sessions": [
                {
                    "id": "assembly",
                    "title": "Assembly",
                    "kind": "citizens-assembly",
                    "actualDate": "2015-11-08",
                    "organisers": ["org"],
                    "promises": [{"id": "p", "text": "Publish the results.", "owners": ["org"]}],
                }
            ],
        }
    )
    assert not [f for f in findings if f.code == "FU102"]


def test_the_last_recorded_session_is_not_a_dead_end() -> None:
    """The sources stop after a held session; that is not a dead end, and no graph error."""
    findings = _check(
        {"sessions": [{"id": "evening", "title": "Evening", "actualDate": "2021-09-27"}]}
    )
    assert not [f for f in findings if f.code == "GR104"]
    assert not [f for f in _codes(findings, "GR") if f.severity is Severity.ERROR]


def test_undated_nodes_are_one_warning_for_the_trajectory() -> None:
    """Several undated steps give one GR106 warning naming them all, and no error."""
    findings = _check(
        {
            "sessions": [{"id": "evening", "title": "Evening", "actualDate": "2021-09-27"}],
            "steps": [
                {"id": "a", "title": "A", "kind": "study", "after": ["evening"]},
                {"id": "b", "title": "B", "kind": "report", "after": ["a"]},
            ],
        }
    )
    undated = [f for f in findings if f.code == "GR106"]
    assert len(undated) == 1
    assert undated[0].severity is Severity.WARNING
    assert {"a", "b"} <= set(undated[0].related)
    assert not [f for f in _codes(findings, "GR") if f.severity is Severity.ERROR]


def test_a_slip_past_a_dependent_plan_is_said() -> None:
    """An evening that slipped past the planned date of the decision that follows it is
    reported as an overtaken plan, with the slip as info."""
    findings = _check(
        {
            "sessions": [
                {
                    "id": "evening",
                    "title": "Evening",
                    "plannedDate": "2021-03-12",
                    "actualDate": "2021-05-14",
                }
            ],
            "steps": [
                {
                    "id": "council",
                    "title": "Council",
                    "kind": "council-decision",
                    "plannedDate": "2021-04",
                    "after": ["evening"],
                }
            ],
        },
        as_of=pendulum.Date(2021, 5, 20),
    )
    overtaken = [f for f in findings if f.code == "GR108"]
    assert len(overtaken) == 1
    assert overtaken[0].severity is Severity.WARNING
    assert [f.severity for f in findings if f.code == "GR105"] == [Severity.INFO]


def test_working_meeting_without_recorded_follow_up_is_info_not_a_breach() -> None:
    """A held workshop whose record does not give agreements or promises gets one info,
    and no no-next-step warning."""
    findings = _check(
        {
            "sessions": [
                {
                    "id": "workshop",
                    "title": "Workshop",
                    "kind": "workshop",
                    "actualDate": "2021-05-12",
                    "notRecorded": ["agreements", "promises"],
                }
            ]
        }
    )
    assert [f.severity for f in findings if f.code == "FU110"] == [Severity.INFO]
    assert not [f for f in findings if f.code == "FU109"]
