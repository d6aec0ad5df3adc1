"""The bundled examples against the trust checks, the way `plein check --select TR` runs them."""

from __future__ import annotations

import io

import pendulum
from hypothesis import HealthCheck, given, settings

from plein import Trajectory, check, examples
from plein.checks import Config
from plein.cli import main
from tests.trust.strategies import dates, trust_designs

AS_OF = pendulum.Date(2026, 11, 28)


def test_shopping_centre_passes_the_trust_checks() -> None:
    """The shopping-centre trajectory has no TR finding as of 2026-11-28."""
    report = check(examples.load("shopping-centre"), Config(select=("TR",)), as_of=AS_OF)
    assert report.codes() == []
    assert report.waived == ()


def test_shopping_centre_passes_on_the_command_line() -> None:
    """`plein check --select TR --as-of 2026-11-28` finds nothing in the shopping centre."""
    out, err = io.StringIO(), io.StringIO()
    argv = ["check", examples.path("shopping-centre"), "--select", "TR", "--as-of", "2026-11-28"]
    assert main(argv, out, err) == 0
    assert "TR" not in out.getvalue()


def test_flawed_evening_gets_exposure_before_trust() -> None:
    """The flawed evening opens with a public dilemma: TR101 says so, about that block."""
    report = check(examples.load("flawed-evening"), Config(select=("TR",)), as_of=AS_OF)
    exposure = [f for f in report.findings if f.code == "TR101"]
    assert len(exposure) == 1
    assert exposure[0].related[0] == "f-fishbowl"
    assert exposure[0].line is not None


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trust_designs(), dates)
def test_trust_checks_never_raise(trajectory: Trajectory, as_of: pendulum.Date) -> None:
    """Every TR check runs on any design that loads, and gives findings, not exceptions."""
    report = check(trajectory, Config(select=("TR",)), as_of=as_of)
    assert all(finding.code.startswith("TR") for finding in report.findings)
    assert all(finding.message and finding.hint for finding in report.findings)
