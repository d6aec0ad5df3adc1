"""Designs survive a trip through YAML and JSON unchanged, and bad text never crashes."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import plein
from plein import DesignError, Trajectory
from tests.strategies import trajectories

SLOW = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)


@SLOW
@given(trajectories(), st.sampled_from(["yaml", "json"]))
def test_load_dump_round_trip(design: Trajectory, fmt: plein.io.Format) -> None:
    """load(dump(x)) == x for every design, in YAML and in JSON."""
    text = plein.dumps(design, format=fmt)
    assert plein.loads(text, format=fmt) == design


@SLOW
@given(trajectories())
def test_dump_is_stable(design: Trajectory) -> None:
    """Dumping what was loaded gives the same text again (no drift between runs)."""
    text = plein.dumps(design)
    assert plein.dumps(plein.loads(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_crashes(text: str) -> None:
    """Any text either loads or raises DesignError with its problems; nothing else escapes."""
    for fmt in ("yaml", "json"):
        try:
            plein.loads(text, format=fmt)  # type: ignore[arg-type]
        except DesignError as exc:
            if not exc.problems:
                raise AssertionError("a DesignError always lists its problems") from exc


def _mutations() -> st.SearchStrategy[tuple[list[str | int], object]]:
    junk = (
        st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.just([]) | st.just({})
    )
    return st.tuples(st.lists(st.integers(0, 50), min_size=1, max_size=4), junk)


def _mutate(data: object, where: list[int], value: object) -> object:
    """Replace the part of ``data`` that ``where`` picks (indexes into keys or items)."""
    if not where or not isinstance(data, dict | list) or not data:
        return value
    if isinstance(data, dict):
        key = list(data)[where[0] % len(data)]
        return {**data, key: _mutate(data[key], where[1:], value)}
    index = where[0] % len(data)
    return [*data[:index], _mutate(data[index], where[1:], value), *data[index + 1 :]]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trajectories(), _mutations(), st.sampled_from(["yaml", "json"]))
def test_mutated_designs_never_crash(
    design: Trajectory, mutation: tuple[list[int], object], fmt: plein.io.Format
) -> None:
    """A valid design with one part replaced by junk loads or gives located problems."""
    data = json.loads(plein.dumps(design, format="json"))
    mutated = _mutate(data, *mutation)
    text = json.dumps(mutated) if fmt == "json" else plein.io._design.yaml.safe_dump(mutated)
    problems: tuple[plein.Problem, ...] = ()
    try:
        plein.loads(text, format=fmt)
    except DesignError as exc:
        problems = exc.problems
        if not problems:
            raise AssertionError("a DesignError always lists its problems") from exc
    for problem in problems:
        assert problem.path.startswith("$")
        assert problem.code
        assert problem.reason


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_file_round_trip(tmp_path: object, fmt: str) -> None:
    """dump to a file and load it back gives the same design."""
    design = plein.examples.load("shopping-centre")
    path = f"{tmp_path}/design.{fmt}"
    plein.dump(design, path)
    assert plein.load(path) == design
