"""Designs as plain data: to_data and from_data, the wire shape without text."""

from __future__ import annotations

import copy
import datetime as dt
import json
import warnings

import pytest
from hypothesis import HealthCheck, given, settings

import plein
from plein import DesignError, DesignWarning, Trajectory, UsageError
from tests.strategies import trajectories

SLOW = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
EXAMPLE = "shopping-centre"


def _json_only(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_only(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_json_only(v) for v in value)
    return value is None or isinstance(value, str | int | float | bool)


@SLOW
@given(trajectories())
def test_from_data_of_to_data_is_the_design(design: Trajectory) -> None:
    """from_data(to_data(x)) == x for every design."""
    assert plein.from_data(plein.to_data(design)) == design


@SLOW
@given(trajectories())
def test_to_data_is_what_json_dumps_writes(design: Trajectory) -> None:
    """to_data gives JSON types only, and the very data of dumps(x, 'json')."""
    data = plein.to_data(design)
    assert _json_only(data)
    assert next(iter(data)) == "schemaVersion"
    assert data == json.loads(plein.dumps(design, "json"))


@SLOW
@given(trajectories())
def test_from_data_accepts_what_loads_accepts(design: Trajectory) -> None:
    """Data parsed from a JSON dump reads to the design that loads reads from the text."""
    text = plein.dumps(design, "json")
    assert plein.from_data(json.loads(text)) == plein.loads(text, "json")


def test_to_data_shares_nothing_with_the_design() -> None:
    """Changing the data given out leaves the design as it was."""
    design = plein.examples.load(EXAMPLE)
    data = plein.to_data(design)
    data["sessions"].clear()
    data["title"] = "changed"
    assert plein.to_data(design) != data
    assert plein.from_data(plein.to_data(design)) == design


def test_from_data_reports_every_problem_like_loads() -> None:
    """The problems of bad data are those loads finds in the same data as JSON text."""
    data = plein.to_data(plein.examples.load(EXAMPLE))
    data["sessions"][0]["plannedDate"] = "2026-02-30"
    data["parties"][0]["categroy"] = "resident"
    data["sessions"][0]["after"] = ["nowhere"]
    with pytest.raises(DesignError) as from_data:
        plein.from_data(data)
    with pytest.raises(DesignError) as from_text:
        plein.loads(json.dumps(data), "json")
    seen = [(p.path, p.code, p.reason) for p in from_data.value.problems]
    assert sorted(seen) == sorted((p.path, p.code, p.reason) for p in from_text.value.problems)
    assert len(seen) >= 3
    assert all(p.line is None and p.file is None for p in from_data.value.problems)


def test_from_data_leaves_its_input_alone() -> None:
    """An older design is upgraded on the way in, but the caller's data does not change."""
    data = plein.to_data(plein.examples.load(EXAMPLE))
    data["schemaVersion"] = "1.0"
    for party in data["parties"]:
        party.pop("level", None)
    before = copy.deepcopy(data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plein.from_data(data)
    assert data == before
    assert any(issubclass(w.category, DesignWarning) for w in caught)


@pytest.mark.parametrize(
    ("change", "path", "code"),
    [
        (lambda d: d.__setitem__("title", dt.date(2026, 1, 1)), "$.title", "wrong-type"),
        (lambda d: d.__setitem__("sessions", tuple(d["sessions"])), "$.sessions", "wrong-type"),
        (
            lambda d: d["extensions"].__setitem__("n", float("nan")),
            "$.extensions",  # a key under extensions is data: the path stops above it
            "non-finite-number",
        ),
        (lambda d: d["extensions"].__setitem__(1, "x"), "$.extensions", "complex-key"),
    ],
)
def test_values_json_cannot_hold_are_problems(change: object, path: str, code: str) -> None:
    """A value, key or number that JSON could not hold is a problem at its path."""
    data = plein.to_data(plein.examples.load(EXAMPLE))
    data.setdefault("extensions", {})
    change(data)  # type: ignore[operator]
    with pytest.raises(DesignError) as caught:
        plein.from_data(data)
    assert [(p.path, p.code) for p in caught.value.problems] == [(path, code)]


def test_data_nested_in_itself_is_too_deep() -> None:
    """Data that contains itself is refused at the depth bound, not with a RecursionError."""
    data = plein.to_data(plein.examples.load(EXAMPLE))
    loop: list[object] = []
    loop.append(loop)
    data["extensions"] = {"loop": loop}
    with pytest.raises(DesignError) as caught:
        plein.from_data(data)
    assert [p.code for p in caught.value.problems] == ["too-deep"]


def test_not_a_mapping_is_a_problem() -> None:
    """A list or text in place of a design is a DesignError at $."""
    for value in ([], "text", None):
        with pytest.raises(DesignError) as caught:
            plein.from_data(value)
        assert caught.value.problems[0].path == "$"


def test_to_data_takes_a_trajectory() -> None:
    """Anything but a Trajectory is a usage error."""
    with pytest.raises(UsageError):
        plein.to_data({"id": "x"})  # type: ignore[arg-type]
