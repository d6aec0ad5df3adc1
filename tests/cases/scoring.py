"""Score plein's findings on a real meeting against the expert reading of that meeting.

A reading is written down per case as an *expectation file* (``dev-NN.expect.yaml``, the
format is in ``tests/cases/README.md``): the findings a good checker reports
(``should_flag``) and the false alarms it must not raise (``should_not_flag``), each
naming check codes and the ids of the objects it is about. This module reads such a
file, checks the case's design, and scores the report the way ``shared/cases/README.md``
says a reading is scored. ``tests/cases/test_cases.py`` and ``benchmarks/fidelity.py``
both use it, so the test suite and the benchmark cannot disagree.

Matching is by code and place, never by message text:

* a finding has a *code* the item asks for when its code equals one of the item's
  ``codes``, starts with one (a prefix such as ``TB`` selects a family), or its slug is one;
* a finding is *about* an id when that id is among its ``related`` ids, or when its path
  lies inside the object with that id (a finding at ``$.sessions[1].programme[0]`` is
  about the block and about the session ``sessions[1]``); an ``about`` entry that starts
  with ``$`` is a path prefix itself (``$.issue``). An item with no ``about`` is about
  anything; with several, a finding about any one of them will do.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs
import pendulum
import yaml

import plein
from plein import Finding, Report, Severity, Trajectory
from plein.checks import registry
from plein.model import format_path

__all__ = [
    "CaseRun",
    "Expectation",
    "ExpectationError",
    "Flag",
    "FlagResult",
    "Index",
    "Score",
    "Trap",
    "TrapResult",
    "as_of",
    "code_matches",
    "known_selector",
    "matches",
    "parse",
    "read",
    "run_case",
    "score",
    "soundness",
]


class ExpectationError(ValueError):
    """An expectation file cannot be used; the message names the file and the key."""


# -- the expectation -------------------------------------------------------------------


@attrs.frozen
class Flag:
    """A finding the reading says a good checker reports (one ``should_flag`` item)."""

    id: str
    codes: tuple[str, ...]
    severity: Severity
    about: tuple[str, ...] = ()
    also: tuple[Severity, ...] = ()
    #: The reading says the finding is about data the source did not publish: at error
    #: it breaks "never an error for data that is missing".
    missing_data: bool = False
    xfail: str | None = None

    @property
    def acceptable(self) -> frozenset[Severity]:
        """The severities at which the item counts as found at the right severity."""
        return frozenset((self.severity, *self.also))


@attrs.frozen
class Trap:
    """A false alarm the reading warns about (one ``should_not_flag`` item)."""

    id: str
    codes: tuple[str, ...]
    false_alarm_at: tuple[Severity, ...]
    about: tuple[str, ...] = ()
    missing_data: bool = False
    xfail: str | None = None


@attrs.frozen
class Expectation:
    """One case's reading as data: its design, the date it is judged on, the items."""

    case: str
    design: pathlib.Path
    should_flag: tuple[Flag, ...] = ()
    should_not_flag: tuple[Trap, ...] = ()
    as_of: pendulum.Date | None = None
    #: The id of the session the case is about; its date is the default ``as_of``.
    session: str | None = None
    file: pathlib.Path | None = None


_TOP = {"case", "design", "as_of", "session", "should_flag", "should_not_flag", "notes"}
_FLAG = {"id", "codes", "about", "severity", "also", "missing_data", "xfail", "note"}
_TRAP = {"id", "codes", "about", "false_alarm_at", "missing_data", "xfail", "note"}


def read(path: str | os.PathLike[str]) -> Expectation:
    """Read an expectation file; its ``design`` is resolved next to it."""
    file = pathlib.Path(path)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExpectationError(f"{file}: cannot be read ({exc})") from None
    return parse(data, file=file)


def parse(data: Any, *, file: pathlib.Path | None = None) -> Expectation:
    """An expectation from parsed YAML. Unknown keys and bad values are errors, so that a
    typo cannot quietly turn an item into one that always passes."""
    where = str(file) if file is not None else "expectation"
    top = _mapping(data, where, _TOP, required=("case", "design"))
    design = pathlib.Path(_text(top["design"], f"{where}: design"))
    if file is not None and not design.is_absolute():
        design = file.parent / design
    flags = tuple(
        _flag(item, f"{where}: should_flag[{i}]")
        for i, item in enumerate(_list(top.get("should_flag"), f"{where}: should_flag"))
    )
    traps = tuple(
        _trap(item, f"{where}: should_not_flag[{i}]")
        for i, item in enumerate(_list(top.get("should_not_flag"), f"{where}: should_not_flag"))
    )
    seen: set[str] = set()
    items: tuple[Flag | Trap, ...] = (*flags, *traps)
    for item in items:
        if item.id in seen:
            raise ExpectationError(f"{where}: the id {item.id!r} is used twice")
        seen.add(item.id)
    session = top.get("session")
    return Expectation(
        case=_text(top["case"], f"{where}: case"),
        design=design,
        should_flag=flags,
        should_not_flag=traps,
        as_of=_date(top["as_of"], f"{where}: as_of") if top.get("as_of") is not None else None,
        session=_text(session, f"{where}: session") if session is not None else None,
        file=file,
    )


def _flag(data: Any, where: str) -> Flag:
    item = _mapping(data, where, _FLAG, required=("id", "codes", "severity"))
    return Flag(
        id=_text(item["id"], f"{where}: id"),
        codes=_texts(item["codes"], f"{where}: codes", empty=False),
        severity=_severity(item["severity"], f"{where}: severity"),
        about=_texts(item.get("about"), f"{where}: about"),
        also=tuple(_severity(s, f"{where}: also") for s in _list(item.get("also"), where)),
        missing_data=_bool(item.get("missing_data", False), f"{where}: missing_data"),
        xfail=_reason(item.get("xfail"), f"{where}: xfail"),
    )


def _trap(data: Any, where: str) -> Trap:
    item = _mapping(data, where, _TRAP, required=("id", "codes", "false_alarm_at"))
    at = _list(item["false_alarm_at"], f"{where}: false_alarm_at")
    if not at:
        raise ExpectationError(f"{where}: false_alarm_at names no severity")
    return Trap(
        id=_text(item["id"], f"{where}: id"),
        codes=_texts(item["codes"], f"{where}: codes", empty=False),
        false_alarm_at=tuple(_severity(s, f"{where}: false_alarm_at") for s in at),
        about=_texts(item.get("about"), f"{where}: about"),
        missing_data=_bool(item.get("missing_data", False), f"{where}: missing_data"),
        xfail=_reason(item.get("xfail"), f"{where}: xfail"),
    )


def _mapping(data: Any, where: str, known: set[str], required: Sequence[str]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ExpectationError(f"{where}: expected a mapping")
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        raise ExpectationError(f"{where}: unknown key(s) {unknown}; known: {sorted(known)}")
    missing = [k for k in required if k not in data]
    if missing:
        raise ExpectationError(f"{where}: missing key(s) {missing}")
    return data


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExpectationError(f"{where}: expected a list")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ExpectationError(f"{where}: expected a non-empty string")
    return value.strip()


def _texts(value: Any, where: str, *, empty: bool = True) -> tuple[str, ...]:
    items = tuple(_text(v, where) for v in _list(value, where))
    if not items and not empty:
        raise ExpectationError(f"{where}: name at least one code, prefix or slug")
    return items


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ExpectationError(f"{where}: {value!r} is not error, warning or info") from None


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ExpectationError(f"{where}: expected true or false")
    return value


def _reason(value: Any, where: str) -> str | None:
    return None if value is None else _text(value, f"{where} (the reason it cannot pass yet)")


def _date(value: Any, where: str) -> pendulum.Date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return pendulum.Date(value.year, value.month, value.day)
    try:
        return pendulum.Date.fromisoformat(str(value))
    except ValueError:
        raise ExpectationError(f"{where}: expected a date as YYYY-MM-DD") from None


# -- what a finding is about -----------------------------------------------------------


@attrs.define(eq=False)
class Index:
    """Where each id of a design lives, as wire paths (``$.sessions[1]``)."""

    trajectory: Trajectory
    paths: dict[str, tuple[str, ...]] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        paths: dict[str, list[str]] = {}
        for _, entity_id, path in self.trajectory.identified():
            paths.setdefault(entity_id, []).append(format_path(path))
        self.paths = {k: tuple(v) for k, v in paths.items()}

    def knows(self, about: str) -> bool:
        """Whether an ``about`` entry names something in the design."""
        return about.startswith("$") or about in self.paths or about == self.trajectory.id

    def is_about(self, finding: Finding, about: str) -> bool:
        """Whether ``finding`` is about the object ``about`` (an id or a ``$`` path)."""
        if about.startswith("$"):
            return _inside(finding.path, about)
        if about in finding.related:
            return True
        return any(_inside(finding.path, path) for path in self.paths.get(about, ()))


def _inside(path: str, prefix: str) -> bool:
    if not path.startswith(prefix):
        return False
    rest = path[len(prefix) :]
    return rest == "" or rest[0] in ".[" or prefix.endswith(("[", "."))


def code_matches(finding: Finding, selector: str) -> bool:
    """Whether ``finding`` has the code ``selector`` names (a code, a prefix or a slug)."""
    return finding.code.startswith(selector.upper()) or finding.slug == selector


def matches(finding: Finding, item: Flag | Trap, index: Index) -> bool:
    """Whether ``finding`` says what ``item`` is about: a code it names, about its objects."""
    return any(code_matches(finding, c) for c in item.codes) and (
        not item.about or any(index.is_about(finding, a) for a in item.about)
    )


def known_selector(selector: str) -> bool:
    """Whether a code, prefix or slug selects at least one registered check."""
    return any(c.code.startswith(selector.upper()) or c.slug == selector for c in registry())


def soundness(
    expectation: Expectation,
    trajectory: Trajectory,
    known: Callable[[str], bool] = known_selector,
) -> list[str]:
    """What in ``expectation`` names nothing: codes no check has, ids not in the design.

    Such an item could never match, so a trap would pass and a flag would fail for the
    wrong reason.
    """
    index = Index(trajectory)
    found: list[str] = []
    items: Iterable[Flag | Trap] = (*expectation.should_flag, *expectation.should_not_flag)
    for item in items:
        found.extend(f"{item.id}: no check has the code {c!r}" for c in item.codes if not known(c))
        found.extend(
            f"{item.id}: the design has no id {a!r}" for a in item.about if not index.knows(a)
        )
    if expectation.session is not None and trajectory.node(expectation.session) is None:
        found.append(f"session: the design has no session {expectation.session!r}")
    return found


# -- the date a case is judged on ------------------------------------------------------


def as_of(expectation: Expectation, trajectory: Trajectory) -> pendulum.Date | None:
    """The date the case is judged on (overdue actions, slipped dates).

    The file's ``as_of``; else the latest of the actual and planned dates of its
    ``session``; else the latest such date of any session; else None (plein's default,
    today).
    """
    if expectation.as_of is not None:
        return expectation.as_of
    sessions = trajectory.sessions
    if expectation.session is not None:
        sessions = tuple(s for s in sessions if s.id == expectation.session)
    dates = [d.latest for s in sessions for d in (s.actual_date, s.planned_date) if d]
    return max(dates) if dates else None


# -- scoring ---------------------------------------------------------------------------


@attrs.frozen
class FlagResult:
    """One ``should_flag`` item: the findings that say it, and at which severities."""

    flag: Flag
    matching: tuple[Finding, ...]

    @property
    def found(self) -> bool:
        """Some finding says it, at any severity."""
        return bool(self.matching)

    @property
    def right_severity(self) -> bool:
        """Some finding says it at the reading's severity or one it also accepts."""
        return any(f.severity in self.flag.acceptable for f in self.matching)


@attrs.frozen
class TrapResult:
    """One ``should_not_flag`` item: the findings that fall into it."""

    trap: Trap
    hits: tuple[Finding, ...]

    @property
    def hit(self) -> bool:
        """The false alarm was raised."""
        return bool(self.hits)


@attrs.frozen
class Score:
    """A case's report scored against its reading."""

    flags: tuple[FlagResult, ...]
    traps: tuple[TrapResult, ...]
    #: Findings at error that say nothing the reading asks for.
    unasked_errors: tuple[Finding, ...]
    counts: Mapping[Severity, int] = attrs.field(hash=False)
    #: Findings at error on something the reading marks as missing data.
    errors_on_missing_data: tuple[Finding, ...] = ()

    @property
    def found(self) -> int:
        """How many ``should_flag`` items are found at any severity."""
        return sum(r.found for r in self.flags)

    @property
    def right_severity(self) -> int:
        """How many ``should_flag`` items are found at an acceptable severity."""
        return sum(r.right_severity for r in self.flags)

    @property
    def missed(self) -> int:
        """How many ``should_flag`` items no finding says."""
        return len(self.flags) - self.found

    @property
    def traps_hit(self) -> int:
        """How many traps were fallen into."""
        return sum(r.hit for r in self.traps)

    @property
    def error_alarms(self) -> tuple[Finding, ...]:
        """Errors that are, or may be, false alarms: traps hit at error and unasked errors
        (each finding once). An unasked error stays a suspect until judged by hand."""
        suspects = (*(h for r in self.traps for h in r.hits), *self.unasked_errors)
        return tuple(dict.fromkeys(f for f in suspects if f.severity is Severity.ERROR))


def score(expectation: Expectation, trajectory: Trajectory, report: Report) -> Score:
    """Score ``report`` (of ``trajectory``) against the reading in ``expectation``."""
    index = Index(trajectory)
    findings = report.findings
    flags = tuple(
        FlagResult(flag, tuple(f for f in findings if matches(f, flag, index)))
        for flag in expectation.should_flag
    )
    traps = tuple(
        TrapResult(
            trap,
            tuple(
                f for f in findings if f.severity in trap.false_alarm_at and matches(f, trap, index)
            ),
        )
        for trap in expectation.should_not_flag
    )
    errors = [f for f in findings if f.severity is Severity.ERROR]
    unasked = tuple(f for f in errors if not any(matches(f, r.flag, index) for r in flags))
    sources: Iterable[Flag | Trap] = (*expectation.should_flag, *expectation.should_not_flag)
    missing = [item for item in sources if item.missing_data]
    on_missing = tuple(f for f in errors if any(matches(f, item, index) for item in missing))
    return Score(flags, traps, unasked, report.counts, on_missing)


@attrs.frozen
class CaseRun:
    """A case checked: its design and report, or the problems that kept it from loading."""

    expectation: Expectation
    trajectory: Trajectory | None
    report: Report | None
    problems: tuple[str, ...] = ()
    as_of: pendulum.Date | None = None

    @property
    def loaded(self) -> bool:
        """The design loaded and was checked."""
        return self.report is not None


def run_case(expectation: Expectation) -> CaseRun:
    """Load the case's design and check it with the default profile, as of its date."""
    try:
        trajectory = plein.load(expectation.design)
    except plein.DesignError as exc:
        return CaseRun(expectation, None, None, tuple(str(p) for p in exc.problems))
    date = as_of(expectation, trajectory)
    report = plein.check(trajectory, plein.Config(), as_of=date)
    return CaseRun(expectation, trajectory, report, (), date)
