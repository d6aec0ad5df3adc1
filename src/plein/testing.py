"""Fixture cases for checks: plein's own, and a plugin author's.

Each check has one fixture file of named cases. A case is a (small) design, the options
and date to check it with, and how many findings *this* check must give::

    cases:
      - name: evening-fits
        example: fixed          # shown on the check's page as the fixed design
        expect: 0
        design:
          sessions: [...]
      - name: evening-overruns
        example: failing        # shown on the check's page as the failing design
        expect: 1
        options: {maxMinutes: 150}
        asOf: 2026-05-01
        design: {...}

A case's design may leave out ``schemaVersion``, ``id``, ``title`` and ``issue``; the
defaults below fill them in. Run them in a plugin's tests with::

    @pytest.mark.parametrize("case", load_cases(PATH), ids=lambda c: c.name)
    def test_case(case):
        assert_case(MyCheck, case)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path as FilePath
from typing import Any

import attrs
import pendulum
import yaml

from plein.checks import Check, Config, Finding, check, registry
from plein.checks._registry import Registry
from plein.errors import DesignError
from plein.io import loads
from plein.io._reader import read_yaml
from plein.model import SCHEMA_VERSION, Trajectory

__all__ = ["DEFAULT_DESIGN", "Case", "assert_case", "fixture_path", "load_cases", "run_case"]

#: What a fixture design gets when it leaves these keys out.
DEFAULT_DESIGN: Mapping[str, Any] = {
    "schemaVersion": SCHEMA_VERSION,
    "id": "fixture",
    "title": "Fixture",
    "issue": {
        "title": "The square",
        "question": "What should the square become?",
        "nature": "spatial",
        "kind": "area-development",
    },
}

#: The date fixture cases are judged on unless they give ``asOf``.
DEFAULT_AS_OF = pendulum.Date(2026, 1, 1)


@attrs.frozen
class Case:
    """One named fixture case of a check."""

    name: str
    design: Mapping[str, Any] = attrs.field(hash=False)
    expect: int
    example: str | None = None
    options: Mapping[str, Any] = attrs.field(factory=dict, hash=False)
    as_of: pendulum.Date = DEFAULT_AS_OF
    description: str | None = None
    file: str | None = None

    def full_design(self) -> dict[str, Any]:
        """The design with the defaults filled in, ``schemaVersion`` first."""
        return {**DEFAULT_DESIGN, **self.design}

    def trajectory(self) -> Trajectory:
        """The case's design, loaded the way a user's file is."""
        text = yaml.safe_dump(self.full_design(), sort_keys=False, allow_unicode=True)
        return loads(text, file=f"{self.file or 'fixture'}#{self.name}")


def fixture_path(check: type[Check]) -> FilePath:
    """Where a built-in check's fixture file lives: ``fixtures/CODE.yaml`` beside it."""
    module = check.__module__.rsplit(".", 1)[0]
    package = FilePath(__file__).parent.joinpath(*module.split(".")[1:])
    return package / "fixtures" / f"{check.code}.yaml"


_CASE_KEYS = {"name", "design", "expect", "example", "options", "asOf", "description"}


def load_cases(path: str | os.PathLike[str]) -> list[Case]:
    """The cases of a fixture file; a malformed file raises :class:`ValueError`."""
    file = os.fspath(path)
    parsed = read_yaml(FilePath(file).read_text(encoding="utf-8"), file)
    if parsed.problems:
        raise DesignError(parsed.problems)
    data = parsed.data
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise ValueError(f"{file}: a fixture file is a mapping with a list under 'cases'")
    cases = []
    for index, raw in enumerate(data["cases"]):
        unknown = set(raw) - _CASE_KEYS if isinstance(raw, dict) else {"(not a mapping)"}
        if unknown or not {"name", "design", "expect"} <= set(raw):
            raise ValueError(
                f"{file}: case {index} needs name, design and expect, and only "
                f"{sorted(_CASE_KEYS)} (found {sorted(unknown)})"
            )
        as_of = raw.get("asOf")
        cases.append(
            Case(
                name=raw["name"],
                design=raw["design"],
                expect=raw["expect"],
                example=raw.get("example"),
                options=raw.get("options", {}),
                as_of=pendulum.Date.fromisoformat(as_of) if as_of else DEFAULT_AS_OF,
                description=raw.get("description"),
                file=file,
            )
        )
    return cases


def run_case(check_class: type[Check], case: Case) -> list[Finding]:
    """The findings one check gives on a case's design.

    Every installed check runs (so waivers see the findings they waive), with the
    case's options for this one; only this check's findings are returned.
    """
    checks = Registry.from_checks([*registry(), check_class])
    config = Config(options={check_class.code: case.options})
    report = check(case.trajectory(), config, as_of=case.as_of, checks=checks)
    return [f for f in report.findings if f.code == check_class.code]


def assert_case(check_class: type[Check], case: Case) -> None:
    """Fail, listing what was found, unless the case gives the findings it expects."""
    findings = run_case(check_class, case)
    listed = "\n".join(f"  {f.path}: {f.message}" for f in findings) or "  (none)"
    assert len(findings) == case.expect, (
        f"{check_class.code} on case {case.name!r}: expected {case.expect} finding(s), "
        f"got {len(findings)}:\n{listed}"
    )
