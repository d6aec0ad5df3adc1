"""Problem details (RFC 9457) for a design's problems and for its findings."""

from __future__ import annotations

import json

import pendulum
import pytest

import plein
from plein import DesignError, Problem, Report, Severity, UsageError
from plein.export import problem_details

# A design with personal data in the places that go wrong.
BROKEN = """
schemaVersion: "2.0"
id: square
title: The square
issue: {title: Square, question: What should it become?, nature: spatial,
        kind: area-devlopment}
parties:
  - id: residents
    name: Residents
    category: resident
    contacts:
      - {id: c1, name: Jan Jansen, emial: jan.jansen@example.org}
sessions:
  - {id: s1, title: Explore, plannedDate: 2026-02-30, after: [nowhere]}
"""
PERSONAL = ("Jan Jansen", "jan.jansen@example.org", "2026-02-30", "area-devlopment")


@pytest.fixture(scope="module")
def design_error() -> DesignError:
    with pytest.raises(DesignError) as caught:
        plein.loads(BROKEN, file="square.yaml")
    return caught.value


@pytest.fixture(scope="module")
def report() -> Report:
    return plein.check(plein.examples.load("flawed-evening"), as_of=pendulum.date(2026, 11, 28))


def test_design_error_becomes_invalid_params(design_error: DesignError) -> None:
    """Every problem is an invalid param named by its path, with its code and reason."""
    details = problem_details(design_error)
    assert details["type"] == "urn:plein:problem:invalid-design"
    assert details["status"] == 400
    assert details["title"]
    count = len(design_error.problems)
    assert details["detail"] == f"The design has {count} problem{'s' * (count != 1)}."
    assert details["invalidParams"] == [
        {"name": p.path, "code": p.code, "reason": p.reason} for p in design_error.problems
    ]
    names = {param["name"] for param in details["invalidParams"]}
    assert "$.parties[0].contacts[0]" in names  # an unknown key is not repeated
    assert "$.sessions[0].plannedDate" in names


def test_problems_as_a_list_give_the_same_details(design_error: DesignError) -> None:
    """A list of Problem values gives what the DesignError gives."""
    assert problem_details(list(design_error.problems)) == problem_details(design_error)
    assert problem_details(iter(design_error.problems), status=422)["status"] == 422


def test_no_value_from_the_design_is_included(design_error: DesignError) -> None:
    """Names, addresses and the bad values themselves never appear."""
    text = json.dumps(problem_details(design_error))
    for value in PERSONAL:
        assert value not in text
    assert "square.yaml" not in text


def test_report_becomes_invalid_params(report: Report) -> None:
    """Every finding is an invalid param: its path, its check code, message and hint."""
    details = problem_details(report, status=422)
    assert details["type"] == "urn:plein:problem:design-findings"
    assert details["status"] == 422
    params = details["invalidParams"]
    assert len(params) == len(report.findings) > 0
    for param, finding in zip(params, report.findings, strict=True):
        assert set(param) == {"name", "code", "reason"}
        assert param["name"] == finding.path
        assert param["code"] == finding.code
        assert finding.message.rstrip(".") in param["reason"]
        assert param["reason"].endswith(finding.hint)
    errors = report.counts[Severity.ERROR]
    assert f"{errors} error" in details["detail"]
    assert details["detail"].startswith(f"The checks found {len(report.findings)} findings")


def test_findings_as_a_list_give_the_same_details(report: Report) -> None:
    """A list of findings gives what the report gives; a filtered list only those."""
    assert problem_details(list(report.findings)) == problem_details(report)
    only_errors = [f for f in report if f.severity is Severity.ERROR]
    details = problem_details(only_errors)
    assert [p["code"] for p in details["invalidParams"]] == [f.code for f in only_errors]


def test_the_shape_is_json_ready(report: Report, design_error: DesignError) -> None:
    """The details are plain JSON values with the RFC 9457 and ZGW members."""
    for details in (problem_details(report), problem_details(design_error)):
        assert json.loads(json.dumps(details)) == details
        assert {"type", "title", "status", "detail", "invalidParams"} <= set(details)


def test_an_empty_list_has_no_invalid_params() -> None:
    """No problems: the details say so."""
    details = problem_details([])
    assert details["invalidParams"] == []
    assert details["detail"] == "The design has 0 problems."


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ([Problem("x", "y"), "not a problem"], 400),
        ("a string", 400),
        (42, 400),
        ([Problem("x", "y")], 200),
        ([Problem("x", "y")], True),
    ],
)
def test_bad_input_is_a_usage_error(value: object, status: object) -> None:
    """Anything but problems or findings, or a status that is not an error, is refused."""
    with pytest.raises(UsageError):
        problem_details(value, status=status)  # type: ignore[arg-type]
