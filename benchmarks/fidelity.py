"""How well plein's default profile agrees with expert readings of real meetings.

Reads every ``*.expect.yaml`` in ``tests/cases/`` (or ``--cases DIR``), loads the design
it names, checks it with ``plein.check(design, plein.Config(), as_of=...)`` (as of the
case's session date, see ``tests/cases/scoring.py``), and prints per case and in total:
findings by severity, ``should_flag`` items found / found at the right severity /
missed, traps hit, and errors the reading did not ask for. The last six lines are the
totals against the targets:

* at least 90% of ``should_flag`` items found, at least 80% at the right severity;
* at most one false alarm at error per case (traps hit at error, plus unasked errors
  until judged by hand);
* no error on data the reading marks as missing.

``--verbose`` lists each miss, each trap hit and each unasked error with the finding's
code, severity, path and message. ``--readings DIR`` also lists reading items
(``dev-NN-*.reading.yaml``) that the expectation files leave out. A design that does
not load is reported as such, with its problem count; the run goes on.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
from collections.abc import Sequence

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the scoring lives with the tests: one place, no copy
    sys.path.insert(0, str(ROOT))

from tests.cases.scoring import (  # noqa: E402
    CaseRun,
    Expectation,
    ExpectationError,
    Flag,
    Score,
    Trap,
    read,
    run_case,
    score,
    soundness,
)

from plein import Finding, Severity  # noqa: E402

FOUND_TARGET = 90.0
RIGHT_TARGET = 80.0
ERROR_ALARMS_PER_CASE = 1

HEADER = (
    f"{'case':<10} {'load':<6} {'E':>3} {'W':>3} {'I':>3} │ "
    f"{'flags':>5} {'found':>5} {'right':>5} {'missed':>6} │ "
    f"{'traps':>5} {'hit':>3} {'hit@E':>5} │ {'unasked E':>9}"
)


class Totals:
    """Sums over the cases."""

    def __init__(self) -> None:
        self.cases = 0
        self.loaded = 0
        self.bad = 0
        self.counts = dict.fromkeys(Severity, 0)
        self.flags = self.found = self.right = 0
        self.traps = self.hit = self.hit_at_error = 0
        self.unasked = 0
        self.on_missing = 0
        self.alarms: dict[str, int] = {}

    def add(self, case: str, expectation: Expectation, result: Score | None) -> None:
        self.cases += 1
        self.flags += len(expectation.should_flag)
        self.traps += len(expectation.should_not_flag)
        if result is None:
            return
        self.loaded += 1
        for severity, n in result.counts.items():
            self.counts[severity] += n
        self.found += result.found
        self.right += result.right_severity
        self.hit += result.traps_hit
        self.hit_at_error += _hits_at_error(result)
        self.unasked += len(result.unasked_errors)
        self.on_missing += len(result.errors_on_missing_data)
        self.alarms[case] = len(result.error_alarms)


def _hits_at_error(result: Score) -> int:
    return sum(any(h.severity is Severity.ERROR for h in r.hits) for r in result.traps)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a "


def _ok(good: bool) -> str:
    return "ok" if good else "MISSED"


def _describe(finding: Finding) -> str:
    return f"{finding.code} {finding.severity.value} {finding.path}: {finding.message}"


def _row(name: str, run: CaseRun, result: Score | None) -> str:
    e = run.expectation
    if result is None:
        n = len(run.problems)
        return (
            f"{name:<10} {'NO':<6} did not load ({n} problem{'s' * (n != 1)}); "
            f"{len(e.should_flag)} flags missed, {len(e.should_not_flag)} traps not judged"
        )
    c = result.counts
    return (
        f"{name:<10} {'ok':<6} {c[Severity.ERROR]:>3} {c[Severity.WARNING]:>3} "
        f"{c[Severity.INFO]:>3} │ {len(result.flags):>5} {result.found:>5} "
        f"{result.right_severity:>5} {result.missed:>6} │ {len(result.traps):>5} "
        f"{result.traps_hit:>3} {_hits_at_error(result):>5} │ {len(result.unasked_errors):>9}"
    )


def _details(run: CaseRun, result: Score | None, notes: Sequence[str]) -> list[str]:
    lines = [f"  ! {note}" for note in notes]
    if result is None:
        lines.extend(f"  problem: {p}" for p in run.problems)
        flags = run.expectation.should_flag
        lines.extend(f"  missed {f.id} (the design did not load)" for f in flags)
        return lines
    lines.append(f"  as of {run.as_of or 'today (no session date)'}")
    for r in result.flags:
        mark = f" [xfail: {r.flag.xfail}]" if r.flag.xfail else ""
        wanted = "/".join(s.value for s in sorted(r.flag.acceptable, key=lambda s: s.rank))
        if not r.found:
            lines.append(f"  missed {r.flag.id} ({'/'.join(r.flag.codes)} at {wanted}){mark}")
        elif not r.right_severity:
            lines.append(f"  severity off {r.flag.id} (wanted {wanted}){mark}")
            lines.extend(f"      {_describe(f)}" for f in r.matching)
    for t in result.traps:
        if t.hit:
            mark = f" [xfail: {t.trap.xfail}]" if t.trap.xfail else ""
            lines.append(f"  trap hit {t.trap.id}{mark}")
            lines.extend(f"      {_describe(f)}" for f in t.hits)
    lines.extend(f"  unasked error: {_describe(f)}" for f in result.unasked_errors)
    return lines


def _reading_gaps(readings: pathlib.Path, expectation: Expectation) -> list[str]:
    """Reading items the expectation file leaves out (so the score would flatter)."""
    files = sorted(readings.glob(f"{expectation.case}-*.reading.yaml"))
    if not files:
        return [f"no reading for {expectation.case} in {readings}"]
    data = yaml.safe_load(files[0].read_text(encoding="utf-8")) or {}
    reading = data.get(expectation.case, {}) if isinstance(data, dict) else {}
    items: tuple[Flag | Trap, ...] = (*expectation.should_flag, *expectation.should_not_flag)
    have = {i.id for i in items}
    gaps = []
    for key in ("should_flag", "should_not_flag"):
        for item in reading.get(key) or []:
            if isinstance(item, dict) and item.get("id") not in have:
                gaps.append(f"reading item {item.get('id')} ({key}) has no expectation")
    return gaps


def main(argv: Sequence[str] | None = None) -> int:
    """Score every case and print the table; 2 when there is nothing to read."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=pathlib.Path, default=ROOT / "tests" / "cases")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--readings", type=pathlib.Path, help="the expert readings, to compare")
    args = parser.parse_args(argv)
    if not args.cases.is_dir():
        print(f"fidelity: {args.cases} is not a directory", file=sys.stderr)
        return 2
    files = sorted(args.cases.glob("*.expect.yaml"))
    totals = Totals()
    unreadable = []
    print(f"plein default profile against {len(files)} expert reading(s) in {args.cases}")
    print(HEADER)
    for file in files:
        try:
            expectation = read(file)
        except ExpectationError as exc:
            unreadable.append(str(exc))
            print(f"{file.name.removesuffix('.expect.yaml'):<10} {'NO':<6} bad expectation file")
            if args.verbose:
                print(f"  ! {exc}")
            continue
        run = run_case(expectation)
        result = None
        notes: list[str] = []
        if run.trajectory is not None and run.report is not None:
            result = score(expectation, run.trajectory, run.report)
            notes = soundness(expectation, run.trajectory)
        if args.readings is not None:
            notes += _reading_gaps(args.readings, expectation)
        totals.add(expectation.case, expectation, result)
        flag = f"  ({len(notes)} note{'s' * (len(notes) != 1)}: see --verbose)" if notes else ""
        print(_row(expectation.case, run, result) + ("" if args.verbose else flag))
        if args.verbose:
            for line in _details(run, result, notes):
                print(line)
    totals.bad = len(unreadable)
    _summary(totals)
    return 0


def _summary(t: Totals) -> None:
    """The last six lines: the totals against the targets."""
    c = t.counts
    found_pct = 100 * t.found / t.flags if t.flags else 0.0
    right_pct = 100 * t.right / t.flags if t.flags else 0.0
    worst = max(t.alarms.items(), key=lambda kv: kv[1], default=("-", 0))
    alarms_ok = worst[1] <= ERROR_ALARMS_PER_CASE
    print(
        f"TOTAL      cases {t.cases + t.bad} (loaded {t.loaded}, "
        f"did not load {t.cases - t.loaded}"
        f"{f', bad expectation {t.bad}' if t.bad else ''}); "
        f"findings E {c[Severity.ERROR]} W {c[Severity.WARNING]} I {c[Severity.INFO]}"
    )
    print(
        f"found           {t.found:>3}/{t.flags:<3} {_pct(t.found, t.flags)}  "
        f"target >= {FOUND_TARGET:.0f}%  {_ok(bool(t.flags) and found_pct >= FOUND_TARGET)}"
    )
    print(
        f"right severity  {t.right:>3}/{t.flags:<3} {_pct(t.right, t.flags)}  "
        f"target >= {RIGHT_TARGET:.0f}%  {_ok(bool(t.flags) and right_pct >= RIGHT_TARGET)}"
    )
    print(f"traps hit       {t.hit:>3}/{t.traps:<3} (at error {t.hit_at_error})")
    print(
        f"error alarms    max {worst[1]} per case ({worst[0]})  target <= "
        f"{ERROR_ALARMS_PER_CASE}  {_ok(alarms_ok)}  (trap hits at error and "
        f"{t.unasked} unasked errors in all)"
    )
    print(f"errors on missing data  {t.on_missing}  target 0  {_ok(t.on_missing == 0)}")


if __name__ == "__main__":
    sys.exit(main())
