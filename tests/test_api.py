"""The public API: a small, flat, sorted set of names that stays put."""

from __future__ import annotations

import importlib

import pytest

import plein

PACKAGES = ["plein", "plein.model", "plein.checks", "plein.workformats", "plein.io"]


@pytest.mark.parametrize("name", PACKAGES)
def test_exports_are_sorted_and_importable(name: str) -> None:
    """Each package's __all__ is sorted and every name in it exists."""
    module = importlib.import_module(name)
    exported = list(module.__all__)
    assert exported == sorted(exported, key=lambda n: (not n.isupper(), n))
    for item in exported:
        assert hasattr(module, item), f"{name}.{item}"


def test_top_level_exports_are_pinned() -> None:
    """The names at the top of plein change only on purpose."""
    assert set(plein.__all__) >= {
        "load", "loads", "dump", "dumps", "check", "problems", "load_config",
        "Trajectory", "Issue", "Party", "RoleAssignment", "Session", "Block", "Track",
        "Agreement", "Action", "Promise", "Step", "Due", "Window", "Waiver",
        "Config", "Report", "Finding", "Severity",
        "PleinError", "DesignError", "ConfigError", "UsageError", "Problem",
    }  # fmt: skip


def test_every_exception_derives_from_the_base() -> None:
    """One hierarchy: catching PleinError catches everything plein raises on purpose."""
    for error in (plein.DesignError, plein.ConfigError, plein.UsageError):
        assert issubclass(error, plein.PleinError)
