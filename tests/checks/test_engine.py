"""The engine: configuration, profiles, waivers, plugins and the report, through the API."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib.metadata import EntryPoint
from typing import ClassVar

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings

import plein
from plein.checks import (
    PROFILES,
    Check,
    Config,
    Context,
    Option,
    Registry,
    Severity,
    Text,
    Violation,
    registry,
)
from plein.checks import _registry as registry_module
from tests.strategies import trajectories

AS_OF = pendulum.Date(2027, 1, 1)


def _all_but(prefix: str) -> tuple[str, ...]:
    """Selectors that ignore every family except ``prefix``."""
    return tuple(sorted({c.code[:2] for c in registry()} - {prefix}))


class LateStart(Check):
    """## What it checks

    No session's content starts after ``latestHour``.

    ## Why it matters

    People who work shifts cannot come to a late Plein.
    """

    code = "XL101"
    slug = "late-start"
    severity = Severity.WARNING
    summary = Text("A session starts late.", "Een bijeenkomst begint laat.")
    hint = Text("Start earlier.", "Begin eerder.")
    options: ClassVar[Mapping[str, Option]] = {
        "latestHour": Option(20, "the latest starting hour", lambda v: 0 <= v <= 23)
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        for index, session in enumerate(ctx.trajectory.sessions):
            starts = [b.start for b in session.programme if b.start is not None]
            if starts and min(starts).hour >= ctx.option("latestHour"):
                yield Violation(("sessions", index), Text("late", "laat"), related=(session.id,))


@pytest.fixture
def flawed() -> plein.Trajectory:
    return plein.examples.load("flawed-evening")


def test_prefix_selects_a_family(flawed: plein.Trajectory) -> None:
    """Selecting TB runs only the timebox family; ignoring TB108 takes one check out."""
    report = plein.check(flawed, Config(profile="default", select=("TB",), ignore=("ALL",)))
    assert report.codes() == []
    only_tb = Config(select=("TB",))
    assert set(plein.check(flawed, only_tb, as_of=AS_OF).codes()) == set(
        plein.check(flawed, Config(ignore=_all_but("TB")), as_of=AS_OF).codes()
    )
    codes = set(plein.check(flawed, only_tb, as_of=AS_OF).codes())
    assert codes
    assert all(code.startswith("TB") for code in codes)
    assert "TB108" in codes
    without = attrs.evolve(only_tb, ignore=(*only_tb.ignore, "TB108"))
    assert "TB108" not in plein.check(flawed, without, as_of=AS_OF).codes()


def test_severity_override_most_specific_wins(flawed: plein.Trajectory) -> None:
    """A code's severity beats its family's, which beats ALL."""
    config = Config(
        severity={"ALL": Severity.INFO, "TB": Severity.WARNING, "TB101": Severity.ERROR}
    )
    report = plein.check(flawed, config, as_of=AS_OF)
    levels = {f.code: f.severity for f in report}
    assert levels["TB101"] is Severity.ERROR
    assert levels["TB106"] is Severity.WARNING
    assert levels["FU101"] is Severity.INFO


def test_profiles_extend_each_other(flawed: plein.Trajectory) -> None:
    """strict promotes warnings to errors; lenient demotes errors to warnings."""
    assert PROFILES["strict"].extends == PROFILES["lenient"].extends == "default"
    strict = plein.check(flawed, Config(profile="strict"), as_of=AS_OF)
    assert strict.counts[Severity.WARNING] == 0
    assert strict.counts[Severity.ERROR] > plein.check(flawed, as_of=AS_OF).counts[Severity.ERROR]
    lenient = plein.check(flawed, Config(profile="lenient"), as_of=AS_OF)
    assert lenient.counts[Severity.ERROR] == 0
    assert not lenient.has_errors


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (Config(profile="strikt"), "did you mean 'strict'"),
        (Config(select=("XX",)), "selects no check"),
        (Config(options={"TB999": {}}), "no check 'TB999'"),
        (Config(options={"TB106": {"maxMinutes": 1}}), "TB106 (missing-break) has no option"),
        (Config(options={"TB106": {"maxMinutesWithoutBreak": "long"}}), "option"),
        (Config(severity={"XX": Severity.INFO}), "selects no check"),
    ],
)
def test_bad_configuration_names_the_problem(
    flawed: plein.Trajectory, config: Config, message: str
) -> None:
    """Unknown profiles, checks and options are errors that name them."""
    with pytest.raises(plein.ConfigError) as caught:
        plein.check(flawed, config)
    assert message in str(caught.value)


def test_config_from_mapping_lists_every_mistake() -> None:
    """A config file's mistakes come back together."""
    with pytest.raises(plein.ConfigError) as caught:
        Config.from_mapping({"profil": "strict", "select": 5, "severity": {"TB": "fatal"}})
    text = str(caught.value)
    assert "did you mean 'profile'" in text
    assert "select must be a list" in text
    assert "error, warning or info" in text


def test_options_change_what_a_check_finds(flawed: plein.Trajectory) -> None:
    """A longer allowed stretch without a break silences TB106."""
    strict_break = Config(select=("TB106",))
    assert plein.check(flawed, strict_break, as_of=AS_OF).codes() == ["TB106"]
    relaxed = attrs.evolve(strict_break, options={"TB106": {"maxMinutesWithoutBreak": 400}})
    assert plein.check(flawed, relaxed, as_of=AS_OF).codes() == []


def test_waivers_hide_findings_and_unused_ones_are_reported(flawed: plein.Trajectory) -> None:
    """A matching waiver moves its findings to report.waived; an unused one is PL001."""
    before = plein.check(flawed, as_of=AS_OF)
    tb101 = [f for f in before if f.code == "TB101"]
    assert tb101
    waived = attrs.evolve(
        flawed,
        source=None,
        waivers=[
            plein.Waiver("TB101", "the alderman agreed to a late end", target="avond"),
            plein.Waiver("GR101", "no cycle here", target="avond"),
        ],
    )
    after = plein.check(waived, as_of=AS_OF)
    assert "TB101" not in after.codes()
    assert [f.code for f in after.waived] == ["TB101"] * len(tb101)
    unused = [f for f in after if f.code == "PL001"]
    assert len(unused) == 1
    assert unused[0].path == "$.waivers[1]"
    assert unused[0].line is None  # built in Python: no file position


def test_report_order_counts_and_text(flawed: plein.Trajectory) -> None:
    """Findings come in file order; counts add up; text shows place, code and hint."""
    report = plein.check(flawed, as_of=AS_OF)
    positions = [(f.line or 0, f.column or 0) for f in report]
    assert positions == sorted(positions)
    assert sum(report.counts.values()) == len(report)
    text = report.to_text()
    first = report.findings[0]
    assert f"{first.file}:{first.line}:{first.column}: {first.code}" in text
    assert f"hint: {first.hint}" in text
    dutch = plein.check(flawed, as_of=AS_OF, lang="nl")
    assert dutch.codes() == report.codes()
    assert dutch.findings[0].message != first.message


def test_plugin_checks_come_through_the_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    """A check registered under plein.checks by another package runs like a built-in."""
    plugin = EntryPoint("late", "tests.checks.test_engine:LateStart", "plein.checks")
    real = registry_module.entry_points

    def with_plugin(*, group: str) -> list[EntryPoint]:
        return [*real(group=group), plugin]

    monkeypatch.setattr(registry_module, "entry_points", with_plugin)
    registry.cache_clear()
    try:
        assert "XL101" in registry()
        design = plein.examples.load("shopping-centre")
        config = Config(options={"XL101": {"latestHour": 19}})
        report = plein.check(design, config, as_of=AS_OF)
        assert report.codes().count("XL101") == 3
        with pytest.raises(plein.ConfigError, match="latestHour"):
            plein.check(design, Config(options={"XL101": {"latestHour": 30}}))
    finally:
        monkeypatch.undo()
        registry.cache_clear()
    assert "XL101" not in registry()


def test_two_checks_with_one_code_are_refused() -> None:
    """A plugin cannot take a built-in check's code."""

    class Impostor(LateStart):
        code = "TB101"

    with pytest.raises(plein.ConfigError, match="two checks use the code TB101"):
        Registry.from_checks([*registry(), Impostor])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trajectories())
def test_checking_any_valid_design_never_crashes(design: plein.Trajectory) -> None:
    """Every check runs on every design that loads, in both languages, without raising."""
    loaded = plein.loads(plein.dumps(design))
    for lang in ("en", "nl"):
        report = plein.check(loaded, as_of=AS_OF, lang=lang)
        for finding in report:
            assert finding.message
            assert finding.hint
            assert finding.path.startswith("$")
