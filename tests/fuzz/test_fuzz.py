"""Fuzzed designs: every command finishes with plein's own errors or none at all.

A short run for every test run: mutations of every bundled example and development
case, through the loader, and those that load through every output and every text
command. The long run, which also counts slow inputs, is ``benchmarks/fuzz_run.py``.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.harness import Outcome, mutate, run_loader, run_pipeline, seeds

SEEDS = seeds()


def _failures(outcomes: list[Outcome]) -> list[str]:
    """Each foreign exception, with the seed and the mutations that led to it."""
    return [
        f"{o.sample.seed} {list(o.sample.mutations)}:\n{o.failure}"
        for o in outcomes
        if o.failure is not None
    ]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_loader_raises_only_its_own_errors(name: str) -> None:
    """Forty mutations of each seed load, or fail with plein's own error."""
    rng = random.Random(f"loader/{name}")
    outcomes = [run_loader(mutate(name, SEEDS[name], rng))[1] for _ in range(40)]
    assert _failures(outcomes) == []


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_output_raises_only_its_own_errors(name: str) -> None:
    """Mutations of each seed that load go through check, report, calendar, graphs,
    ledger and the text commands without a foreign exception or a raw control character."""
    rng = random.Random(f"pipeline/{name}")
    outcomes: list[Outcome] = []
    while sum(o.loaded for o in outcomes) < 2 and len(outcomes) < 30:
        outcomes.append(run_pipeline(mutate(name, SEEDS[name], rng)))
    assert sum(o.loaded for o in outcomes) > 0
    assert _failures(outcomes) == []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(SEEDS)), seed=st.integers(0, 2**32 - 1))
def test_random_mutations_through_the_api(name: str, seed: int) -> None:
    """For any seed and any mutation, the public API raises nothing but plein's own errors."""
    outcome = run_pipeline(mutate(name, SEEDS[name], random.Random(seed)), cli=False)
    assert outcome.failure is None, outcome.failure
