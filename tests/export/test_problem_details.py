"""Problem details (RFC 9457) for a design's problems and for its findings."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import plein
from plein import ConfigError, DesignError, Problem, Report, Severity, UsageError
from plein.checks import Lang
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
    same = {"instance": "urn:uuid:0"}
    assert problem_details(list(design_error.problems), **same) == problem_details(
        design_error, **same
    )
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
    same = {"instance": "urn:uuid:0"}
    assert problem_details(list(report.findings), **same) == problem_details(report, **same)
    only_errors = [f for f in report if f.severity is Severity.ERROR]
    details = problem_details(only_errors)
    assert [p["code"] for p in details["invalidParams"]] == [f.code for f in only_errors]


def test_the_shape_is_json_ready(report: Report, design_error: DesignError) -> None:
    """The details are plain JSON values with the RFC 9457 and ZGW members."""
    for details in (problem_details(report), problem_details(design_error)):
        assert json.loads(json.dumps(details)) == details
        assert set(details) == {
            "type", "code", "title", "status", "detail", "instance", "invalidParams"
        }  # fmt: skip


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


@pytest.mark.parametrize("arguments", [{"lang": "de"}, {"instance": 7}])
def test_bad_language_or_instance_is_a_usage_error(arguments: dict[str, Any]) -> None:
    """A language plein does not speak, or an instance that is not text, is refused."""
    with pytest.raises(UsageError):
        problem_details([], **arguments)


def test_each_occurrence_has_its_own_instance(design_error: DesignError) -> None:
    """Without an instance, each call names its occurrence with a new urn:uuid."""
    first, second = problem_details(design_error), problem_details(design_error)
    assert first["instance"].startswith("urn:uuid:")
    assert str(uuid.UUID(first["instance"].removeprefix("urn:uuid:"))) in first["instance"]
    assert first["instance"] != second["instance"]
    given = problem_details(design_error, instance="/api/designs/square")
    assert given["instance"] == "/api/designs/square"


def test_titles_and_details_in_dutch(design_error: DesignError, report: Report) -> None:
    """lang="nl" gives Dutch titles and details for every kind."""
    design = problem_details(design_error, lang="nl")
    assert design["title"] == "Het ontwerp kan niet worden gelezen."
    assert design["detail"].startswith("Het ontwerp heeft ")
    found = problem_details(report, lang="nl")
    assert found["title"] == "De controles vonden gebreken in het ontwerp."
    assert found["detail"].startswith(f"De controles vonden {len(report)} bevindingen: ")
    assert "fout" in found["detail"]
    config = problem_details(ConfigError("no such check"), lang="nl")
    assert config["detail"] == "De instellingen hebben 1 probleem."
    english = problem_details(design_error)
    assert english["title"] != design["title"]
    assert english["invalidParams"] == design["invalidParams"]


@pytest.mark.parametrize(
    ("mapping", "names"),
    [
        (
            {"profil": "strict", "select": 3},
            {("$.profil", "unknown-key"), ("$.select", "wrong-type")},
        ),
        ({"profile": "strikt"}, {("$.profile", "unknown-profile")}),
        ({"select": ["TB", "XX"]}, {("$.select[1]", "unknown-check")}),
        ({"severity": {"QQ999": "error"}}, {("$.severity.QQ999", "unknown-check")}),
        ({"options": {"TB101": {"nope": 1}}}, {("$.options.TB101.nope", "unknown-option")}),
    ],
)
def test_config_errors_are_structured(mapping: dict[str, Any], names: set[tuple[str, str]]) -> None:
    """A ConfigError becomes invalid-config details, each mistake at its path with a code."""
    with pytest.raises(ConfigError) as caught:
        plein.Config.from_mapping(mapping).resolve()
    details = problem_details(caught.value, status=422)
    assert details["type"] == "urn:plein:problem:invalid-config"
    assert details["code"] == "invalid-config"
    assert details["status"] == 422
    assert {(p["name"], p["code"]) for p in details["invalidParams"]} == names
    assert all(p["reason"] for p in details["invalidParams"])


def test_a_config_error_without_paths_is_one_param() -> None:
    """A ConfigError that knows no path is one invalid param at $ with its message."""
    details = problem_details(ConfigError("the entry point gives no check"))
    assert details["invalidParams"] == [
        {"name": "$", "code": "invalid-config", "reason": "the entry point gives no check"}
    ]


problems = st.builds(
    Problem,
    code=st.from_regex(r"[a-z]+(-[a-z]+)?", fullmatch=True),
    reason=st.text(max_size=30),
    path=st.text(max_size=20).map(lambda t: "$." + t),
)


@given(st.lists(problems, max_size=8), st.sampled_from(["en", "nl"]))
def test_every_problem_is_one_param_in_order(items: list[Problem], lang: Lang) -> None:
    """For any problems: one param each, in order, and a detail that counts them."""
    details = problem_details(items, lang=lang)
    assert details["invalidParams"] == [
        {"name": p.path, "code": p.code, "reason": p.reason} for p in items
    ]
    assert f" {len(items)} " in details["detail"]
    assert json.loads(json.dumps(details)) == details
