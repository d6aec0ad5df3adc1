"""The development cases: each design loads, each reading item holds, and the scorer is right.

Every ``dev-NN.expect.yaml`` item is one test (its id in the test id). The cases arrive
over time; with none here, the case tests are skipped and the scorer's own tests still run.
"""

from __future__ import annotations

import functools
import os
import pathlib
import subprocess
import sys
import textwrap
import warnings
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import plein
from plein import Finding, Report, Severity
from plein.model import format_path
from tests.cases import scoring
from tests.cases.scoring import (
    Expectation,
    ExpectationError,
    Flag,
    Index,
    Trap,
    parse,
    read,
    run_case,
    score,
)

HERE = pathlib.Path(__file__).parent
ROOT = HERE.parent.parent
DESIGNS = sorted(p for p in HERE.glob("dev-*.yaml") if not p.name.endswith(".expect.yaml"))
EXPECTATIONS = sorted(HERE.glob("*.expect.yaml"))
SKIP = pytest.mark.skip(reason="no case files yet")
NONE_YET = pytest.param(None, marks=SKIP, id="none-yet")


# -- the cases -------------------------------------------------------------------------


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in DESIGNS] or [NONE_YET])
def test_design_loads(path: pathlib.Path) -> None:
    """A case's design loads with no problems and no warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", plein.DesignWarning)
        design = plein.load(path)
    assert plein.problems(design) == []


@functools.cache
def _run(path: pathlib.Path) -> scoring.CaseRun:
    return run_case(read(path))


def _params() -> list[Any]:
    params: list[Any] = []
    for path in EXPECTATIONS:
        name = path.name.removesuffix(".expect.yaml")
        try:
            expectation = read(path)
        except ExpectationError as exc:
            params.append(pytest.param(path, None, str(exc), id=f"{name}:expectation-file"))
            continue
        items: list[Flag | Trap] = [*expectation.should_flag, *expectation.should_not_flag]
        for item in items:
            marks = [pytest.mark.xfail(strict=True, reason=item.xfail)] if item.xfail else []
            params.append(pytest.param(path, item.id, None, marks=marks, id=f"{name}:{item.id}"))
    return params or [pytest.param(None, None, None, marks=SKIP, id="none-yet")]


@pytest.mark.parametrize(("path", "item_id", "broken"), _params())
def test_reading_item(path: pathlib.Path, item_id: str, broken: str | None) -> None:
    """A should_flag item is found at an acceptable severity; a trap is not fallen into."""
    assert broken is None, broken
    run = _run(path)
    assert run.trajectory is not None, "the design did not load:\n" + "\n".join(run.problems)
    assert run.report is not None
    expectation = run.expectation
    sound = [p for p in scoring.soundness(expectation, run.trajectory) if p.startswith(item_id)]
    assert not sound, sound
    result = score(expectation, run.trajectory, run.report)
    shown = "\n".join(f"  {f.code} {f.severity.value} {f.path}: {f.message}" for f in run.report)
    for flag in result.flags:
        if flag.flag.id == item_id:
            wanted = sorted(s.value for s in flag.flag.acceptable)
            assert flag.right_severity, (
                f"{item_id}: no {'/'.join(flag.flag.codes)} finding about "
                f"{list(flag.flag.about) or 'anything'} at {wanted}; plein said:\n{shown}"
            )
            return
    for trap in result.traps:
        if trap.trap.id == item_id:
            assert not trap.hit, f"{item_id}: false alarm:\n" + "\n".join(
                f"  {f.code} {f.severity.value} {f.path}: {f.message}" for f in trap.hits
            )
            return
    pytest.fail(f"no item {item_id}")  # pragma: no cover


@pytest.mark.parametrize("path", [pytest.param(p, id=p.name) for p in EXPECTATIONS] or [NONE_YET])
def test_expectation_is_sound(path: pathlib.Path) -> None:
    """An expectation file names a design that loads, and only codes and ids that exist
    (checked here too for items marked xfail, which a typo would otherwise hide)."""
    expectation = read(path)
    assert expectation.design.is_file(), f"{path.name}: no design {expectation.design}"
    run = _run(path)
    assert run.trajectory is not None, "the design did not load:\n" + "\n".join(run.problems)
    assert scoring.soundness(expectation, run.trajectory) == []


# -- the scorer, on a tiny design of our own -------------------------------------------

TINY = textwrap.dedent(
    """\
    schemaVersion: "2.0"
    id: tiny
    title: Tiny evening
    issue: {title: Square, question: What should the square become?, nature: spatial,
            kind: area-development, owner: gemeente}
    parties:
      - {id: bewoners, name: Residents, category: resident, headcount: 20}
      - {id: gemeente, name: Municipality, category: civil-servant, headcount: 2}
    roles:
      - {role: facilitator, party: gemeente}
    sessions:
      - id: avond
        title: Evening
        dagdeel: evening
        plannedDate: 2026-03-10
        actualDate: 2026-03-12
        programme:
          - {id: welkom, title: Welcome, format: presentation-with-questions, start: "19:30",
             minutes: 15}
          - {id: vragen, title: Questions, format: presentation-with-questions}
        agreements:
          - id: afspraak
            text: We meet again.
            parties: [gemeente, bewoners]
            actions:
              - {id: verslag, text: Send the notes}
      - {id: later, title: Later evening, dagdeel: evening, plannedDate: 2026-06-01,
         after: [avond]}
    steps:
      - {id: besluit, title: Council decision, kind: council-decision,
         plannedDate: 2026-09-01, after: [later]}
    """
)

EXPECT = {
    "case": "dev-99",
    "design": "dev-99.yaml",
    "session": "avond",
    "should_flag": [
        {"id": "f1", "codes": ["TB108"], "about": ["avond"], "severity": "warning"},
        {
            "id": "f2",
            "codes": ["FU101"],
            "about": ["verslag"],
            "severity": "warning",
            "also": ["info"],
            "missing_data": True,
        },
        {"id": "f3", "codes": ["GR"], "about": ["besluit"], "severity": "info"},
    ],
    "should_not_flag": [
        {"id": "n1", "codes": ["SH104"], "about": ["avond"], "false_alarm_at": ["error"]},
        {"id": "n2", "codes": ["TB101"], "false_alarm_at": ["error", "warning"]},
    ],
}


@pytest.fixture(scope="module")
def tiny() -> plein.Trajectory:
    """The tiny design of these tests."""
    return plein.loads(TINY)


def _finding(
    code: str,
    severity: Severity = Severity.WARNING,
    path: str = "$",
    related: tuple[str, ...] = (),
    slug: str = "some-problem",
) -> Finding:
    return Finding(code, slug, severity, "message", "hint", path, related=related)


def _expectation(**changes: Any) -> Expectation:
    return parse({**EXPECT, **changes}, file=pathlib.Path("/cases/dev-99.expect.yaml"))


def test_block_finding_is_about_its_session(tiny: plein.Trajectory) -> None:
    """A finding at a block's path is about the block and the session that holds it."""
    index = Index(tiny)
    finding = _finding("TB108", path="$.sessions[0].programme[1]")
    assert index.is_about(finding, "avond")
    assert index.is_about(finding, "vragen")
    assert not index.is_about(finding, "welkom")
    assert not index.is_about(finding, "later")


def test_action_finding_is_about_its_agreement_and_session(tiny: plein.Trajectory) -> None:
    """A finding deep in an action is about the action, its agreement and its session."""
    index = Index(tiny)
    finding = _finding("FU101", path="$.sessions[0].agreements[0].actions[0].owner")
    assert all(index.is_about(finding, i) for i in ("verslag", "afspraak", "avond"))
    assert not index.is_about(finding, "besluit")


def test_related_ids_count_as_about(tiny: plein.Trajectory) -> None:
    """A finding placed elsewhere is about the ids it names as related."""
    finding = _finding("GR103", path="$.steps[0].plannedDate", related=("besluit", "later"))
    assert Index(tiny).is_about(finding, "later")
    assert not Index(tiny).is_about(finding, "avond")


def test_path_prefix_stops_at_a_boundary(tiny: plein.Trajectory) -> None:
    """``$.sessions[1]`` holds ``$.sessions[1].x`` but not ``$.sessions[10]``."""
    index = Index(tiny)
    assert index.is_about(_finding("X", path="$.sessions[1].programme"), "$.sessions[1]")
    assert not index.is_about(_finding("X", path="$.sessions[10]"), "$.sessions[1]")
    assert not index.is_about(_finding("X", path="$.issueOwner"), "$.issue")
    assert index.is_about(_finding("X", path="$.issue.owner"), "$.issue")


paths = st.lists(
    st.one_of(st.integers(0, 30), st.sampled_from(["sessions", "programme", "owner", "issue"])),
    min_size=1,
    max_size=6,
)


@given(paths, st.integers(0, 5))
def test_a_path_is_inside_each_of_its_parents(path: list[str | int], cut: int) -> None:
    """Every wire path lies inside each of its prefixes (as objects, not as text)."""
    parent = format_path(tuple(path[: min(cut, len(path))]))
    assert scoring._inside(format_path(tuple(path)), parent)


@given(st.integers(0, 200), st.integers(0, 200))
def test_sibling_indexes_are_apart(i: int, j: int) -> None:
    """Session i is never inside session j, unless they are the same."""
    inside = scoring._inside(format_path(("sessions", i)), format_path(("sessions", j)))
    assert inside == (i == j)


def test_codes_match_by_code_prefix_or_slug() -> None:
    """A selector matches an exact code, a family prefix or a slug, and nothing else."""
    finding = _finding("TB108", slug="unknown-length")
    assert all(scoring.code_matches(finding, s) for s in ("TB108", "TB", "tb1", "unknown-length"))
    assert not any(scoring.code_matches(finding, s) for s in ("TB101", "FU", "unknown"))


def test_severity_decides_right_severity(tiny: plein.Trajectory) -> None:
    """An item is found at any severity, and right only at its own or an also-accepted one."""
    block = "$.sessions[0].programme[1]"
    action = "$.sessions[0].agreements[0].actions[0].owner"
    report = Report(
        (
            _finding("TB108", Severity.INFO, block),  # f1 wants warning: found, off
            _finding("FU101", Severity.INFO, action),  # f2 also accepts info
        )
    )
    result = score(_expectation(), tiny, report)
    by_id = {r.flag.id: r for r in result.flags}
    assert by_id["f1"].found
    assert not by_id["f1"].right_severity
    assert by_id["f2"].right_severity
    assert not by_id["f3"].found
    assert (result.found, result.right_severity, result.missed) == (2, 1, 1)


def test_several_findings_saying_one_thing_count_once(tiny: plein.Trajectory) -> None:
    """Two findings about one item make it found once, not twice."""
    block = "$.sessions[0].programme[1]"
    report = Report((_finding("TB108", path=block), _finding("TB108", path="$.sessions[0]")))
    result = score(_expectation(), tiny, report)
    assert result.found == 1
    assert len(result.flags[0].matching) == 2


def test_traps_are_hit_only_at_their_severities(tiny: plein.Trajectory) -> None:
    """A trap is hit by a matching finding at a false-alarm severity, not by a softer one."""
    soft = Report((_finding("SH104", Severity.WARNING, "$.sessions[0].roles"),))
    assert score(_expectation(), tiny, soft).traps_hit == 0
    hard = Report((_finding("SH104", Severity.ERROR, "$.sessions[0].roles"),))
    result = score(_expectation(), tiny, hard)
    assert [t.trap.id for t in result.traps if t.hit] == ["n1"]
    elsewhere = Report((_finding("SH104", Severity.ERROR, "$.sessions[1].roles"),))
    assert score(_expectation(), tiny, elsewhere).traps_hit == 0


def test_unasked_errors_and_errors_on_missing_data(tiny: plein.Trajectory) -> None:
    """Errors no item asks for are unasked; an error on a missing-data item is counted apart."""
    action = "$.sessions[0].agreements[0].actions[0]"
    report = Report(
        (
            _finding("FU101", Severity.ERROR, f"{action}.owner"),  # asked (f2), missing data
            _finding("FU103", Severity.ERROR, f"{action}.due"),  # unasked
            _finding("SH104", Severity.ERROR, "$.sessions[0].roles"),  # trap n1 and unasked
            _finding("TB106", Severity.WARNING, "$.sessions[0]"),  # a warning: not counted
        )
    )
    result = score(_expectation(), tiny, report)
    assert [f.code for f in result.unasked_errors] == ["FU103", "SH104"]
    assert [f.code for f in result.errors_on_missing_data] == ["FU101"]
    assert [f.code for f in result.error_alarms] == ["SH104", "FU103"]
    assert result.counts[Severity.ERROR] == 3


def test_as_of_follows_the_file_then_the_session(tiny: plein.Trajectory) -> None:
    """The date is the file's, else the focal session's latest, else any session's latest."""
    assert scoring.as_of(_expectation(as_of="2030-01-02"), tiny) == pendulum.Date(2030, 1, 2)
    assert scoring.as_of(_expectation(), tiny) == pendulum.Date(2026, 3, 12)
    assert scoring.as_of(_expectation(session=None), tiny) == pendulum.Date(2026, 6, 1)
    bare = plein.loads(
        TINY.replace("plannedDate: 2026-03-10", "")
        .replace("actualDate: 2026-03-12", "")
        .replace("plannedDate: 2026-06-01,", "")
    )
    assert scoring.as_of(_expectation(), bare) is None


def test_parse_resolves_the_design_and_reads_dates() -> None:
    """The design is found next to the file; a YAML date and a string date both read."""
    import datetime as dt

    expectation = _expectation(as_of=dt.date(2011, 5, 11))
    assert expectation.design == pathlib.Path("/cases/dev-99.yaml")
    assert expectation.as_of == pendulum.Date(2011, 5, 11)
    assert expectation.should_flag[1].acceptable == {Severity.WARNING, Severity.INFO}
    assert expectation.should_not_flag[1].false_alarm_at == (Severity.ERROR, Severity.WARNING)


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"should_flag": [{"id": "x", "codez": ["TB"], "severity": "info"}]}, "codez"),
        ({"should_flag": [{"id": "x", "codes": [], "severity": "info"}]}, "at least one"),
        ({"should_flag": [{"id": "x", "codes": ["TB"], "severity": "fatal"}]}, "fatal"),
        (
            {"should_not_flag": [{"id": "f1", "codes": ["TB"], "false_alarm_at": ["error"]}]},
            "used twice",
        ),
        ({"should_not_flag": [{"id": "y", "codes": ["TB"], "false_alarm_at": []}]}, "no sever"),
        ({"as_of": "11 May"}, "YYYY-MM-DD"),
        ({"xfail": "top"}, "unknown key"),
    ],
)
def test_parse_rejects_what_could_pass_by_mistake(changes: dict[str, Any], says: str) -> None:
    """A typo in an expectation file is an error that names it, never a silent pass."""
    with pytest.raises(ExpectationError, match=says):
        _expectation(**changes)


def test_soundness_names_unknown_codes_and_ids(tiny: plein.Trajectory) -> None:
    """An item naming a code no check has or an id not in the design is reported."""
    bad = _expectation(
        should_not_flag=[
            {
                "id": "n9",
                "codes": ["ZZ9"],
                "about": ["nowhere", "$.issue"],
                "false_alarm_at": ["error"],
            }
        ],
        session="nope",
    )
    found = scoring.soundness(bad, tiny)
    assert found == [
        "n9: no check has the code 'ZZ9'",
        "n9: the design has no id 'nowhere'",
        "session: the design has no session 'nope'",
    ]
    assert scoring.soundness(_expectation(), tiny) == []


def test_real_check_of_the_tiny_design(tiny: plein.Trajectory) -> None:
    """plein's own findings on the tiny design score as the reading expects."""
    report = plein.check(tiny, plein.Config(), as_of=pendulum.Date(2026, 3, 12))
    result = score(_expectation(), tiny, report)
    by_id = {r.flag.id: r for r in result.flags}
    assert by_id["f1"].right_severity  # TB108 on block 'vragen' is about session 'avond'
    assert by_id["f2"].found


# -- the benchmark, end to end ---------------------------------------------------------


def _bench(cases: pathlib.Path, *flags: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "fidelity.py"), "--cases", str(cases), *flags],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    return done.stdout


def test_benchmark_scores_a_case_and_survives_a_broken_one(tmp_path: pathlib.Path) -> None:
    """The script prints a row per case, a did-not-load row, and six lines of totals."""
    import yaml

    (tmp_path / "dev-99.yaml").write_text(TINY, encoding="utf-8")
    (tmp_path / "dev-99.expect.yaml").write_text(yaml.safe_dump(EXPECT), encoding="utf-8")
    (tmp_path / "dev-98.yaml").write_text("id: [broken\n", encoding="utf-8")
    broken = {
        "case": "dev-98",
        "design": "dev-98.yaml",
        "should_flag": [{"id": "b1", "codes": ["TB"], "severity": "info"}],
    }
    (tmp_path / "dev-98.expect.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    out = _bench(tmp_path)
    lines = out.splitlines()
    assert any(line.startswith("dev-98") and "did not load" in line for line in lines)
    assert any(line.startswith("dev-99") and " ok " in line for line in lines)
    tail = lines[-6:]
    assert tail[0].startswith("TOTAL      cases 2 (loaded 1, did not load 1)")
    assert tail[1].startswith("found             2/4")
    assert tail[-1].startswith("errors on missing data")
    verbose = _bench(tmp_path, "--verbose")
    assert "missed b1" in verbose
    assert "unasked error: " in verbose
    assert verbose.splitlines()[-6:] == tail


def test_benchmark_with_no_cases(tmp_path: pathlib.Path) -> None:
    """With no expectation files the script still prints its totals, as not available."""
    tail = _bench(tmp_path).splitlines()[-6:]
    assert tail[0].startswith("TOTAL      cases 0")
    assert "n/a" in tail[1]
