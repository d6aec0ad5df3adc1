"""The long fuzz run: many mutated designs through the loader and through every output.

Mutates the bundled examples and the development cases (``tests/fuzz/harness.py``):

* **loader inputs**: three in ten mutated as data (values at the edges, hostile text,
  duplicated and deleted entries, integers of 5,000 digits), the others as text (cut,
  inserted, repeated or swapped characters and lines); each is read by ``plein.loads``;
* **pipeline inputs**: mutated as data; each is loaded and, when it loads, checked and
  written as report (HTML and Markdown), calendar, Mermaid, DOT, promise ledger and
  JSON; every ``--cli-every``-th one also goes through the text commands of
  ``plein.cli.main`` (validate, check in every format, ledger, formats --learned,
  report, ics, graph), whose terminal output must hold no control character.

It prints the counts: inputs, inputs that loaded, foreign exceptions (anything not a
``plein.PleinError``; must be 0), and inputs over one second (must be 0), measured as
processor time of the input's load and outputs, so that other programs on a shared
machine do not count; wall-clock seconds are printed beside it. The first failure of
each kind is printed with its seed and mutations. Then the report's time at n and 4n
sessions, and at a programme of n and 4n minutes, with the ratios (linear: about 4).

``python benchmarks/fuzz_run.py --loader 100000 --pipeline 5000 --jobs 2`` is the long
run; the defaults are a quick one.
"""

from __future__ import annotations

import argparse
import collections
import json
import multiprocessing
import pathlib
import random
import re
import sys
import time
from collections.abc import Iterator
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the harness lives with the tests: one place, no copy
    sys.path.insert(0, str(ROOT))

import pendulum  # noqa: E402
from tests.fuzz.harness import (  # noqa: E402
    Outcome,
    mutate,
    mutate_text,
    run_loader,
    run_pipeline,
    seed_texts,
    seeds,
)

import plein  # noqa: E402
from plein.render import report  # noqa: E402

SLOW = 1.0
_CHUNK = 250


def _loader_chunk(seed: int) -> list[Outcome]:
    rng = random.Random(seed)
    data, texts = seeds(), seed_texts()
    names = sorted(data)
    outcomes = []
    for _ in range(_CHUNK):
        name = rng.choice(names)
        if rng.random() < 0.3:  # mutating text is cheaper: more inputs in the same time
            sample = mutate(name, data[name], rng, huge=True)
        else:
            sample = mutate_text(name, texts[name], rng)
        outcomes.append(_light(run_loader(sample)[1]))
    return outcomes


def _pipeline_chunk(job: tuple[int, int]) -> list[Outcome]:
    seed, cli_every = job
    rng = random.Random(seed)
    data = seeds()
    names = sorted(data)
    outcomes = []
    for i in range(_CHUNK // 5):
        name = rng.choice(names)
        sample = mutate(name, data[name], rng, huge=True)
        outcomes.append(_light(run_pipeline(sample, cli=i % cli_every == 0)))
    return outcomes


def _light(outcome: Outcome) -> Outcome:
    """The outcome without its text when nothing went wrong (less to send between processes)."""
    if outcome.failure is None and outcome.cpu <= SLOW:
        sample = outcome.sample
        return Outcome(
            type(sample)("", sample.format, sample.seed, sample.mutations),
            outcome.loaded,
            None,
            outcome.seconds,
            outcome.cpu,
        )
    return outcome


def _kind(failure: str) -> str:
    """The step and the exception of a failure, numbers left out: one line per kind."""
    step = failure.split(": Traceback", 1)[0] if ": Traceback" in failure else "load"
    last = re.sub(r"\d+", "N", failure.strip().splitlines()[-1])
    return f"{step}: {last}"[:160]


def _tally(label: str, chunks: Iterator[list[Outcome]], total: int) -> None:
    inputs = loaded = foreign = slow = slow_wall = 0
    kinds: dict[str, Outcome] = {}
    counts: collections.Counter[str] = collections.Counter()
    slowest: list[Outcome] = []
    started = time.perf_counter()
    for chunk in chunks:
        for outcome in chunk:
            inputs += 1
            loaded += outcome.loaded
            slow_wall += outcome.seconds > SLOW
            if outcome.cpu > SLOW:
                slow += 1
                slowest.append(outcome)
            if outcome.failure is not None:
                foreign += 1
                kind = _kind(outcome.failure)
                counts[kind] += 1
                kinds.setdefault(kind, outcome)
        if inputs % 5_000 < len(chunk):
            print(f"  {label}: {inputs}/{total}, {loaded} loaded, {foreign} foreign, "
                  f"{slow} slow ...", file=sys.stderr, flush=True)  # fmt: skip
    minutes = (time.perf_counter() - started) / 60
    print(f"{label}: {inputs} inputs, {loaded} loaded, {foreign} foreign exceptions, "
          f"{slow} over {SLOW:.0f} s of processor time ({slow_wall} over {SLOW:.0f} s "
          f"wall-clock) in {minutes:.1f} min")  # fmt: skip
    for kind, outcome in kinds.items():
        sample = outcome.sample
        print(f"  {counts[kind]} x {kind}")
        print(f"    first: {sample.seed} {list(sample.mutations)}")
        print("    " + (outcome.failure or "").splitlines()[0][:200])
    for outcome in sorted(slowest, key=lambda o: -o.cpu)[:5]:
        sample = outcome.sample
        print(f"  slow: {outcome.cpu:.2f} s {sample.seed} {list(sample.mutations)}")


def _ids(data: Any, found: set[str]) -> None:
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            found.add(data["id"])
        for value in data.values():
            _ids(value, found)
    elif isinstance(data, list):
        for value in data:
            _ids(value, found)


def _renamed(data: Any, ids: set[str], suffix: str) -> Any:
    """``data`` with each of ``ids``, and every reference to one, given ``suffix``."""
    if isinstance(data, dict):
        return {key: _renamed(value, ids, suffix) for key, value in data.items()}
    if isinstance(data, list):
        return [_renamed(value, ids, suffix) for value in data]
    return data + suffix if isinstance(data, str) and data in ids else data


def _grown(times: int, sessions: bool) -> plein.Trajectory:
    """The shopping-centre example with its sessions ``times`` over (new ids), or with
    its first block ``times`` as long."""
    base = plein.examples.load("shopping-centre")
    data = json.loads(plein.dumps(base, "json"))
    if not sessions:
        data["sessions"][0]["programme"][0]["minutes"] *= times
        return plein.loads(json.dumps(data), "json")
    own: set[str] = set()
    _ids(data["sessions"], own)
    copies = []
    for n in range(times):
        # The first copy keeps its ids, so the steps still find what they name.
        for session in _renamed(data["sessions"], own, f"-{n}" if n else ""):
            if n:
                session.pop("uid", None)
            copies.append(session)
    data["sessions"] = copies
    return plein.loads(json.dumps(data), "json")


def _report_seconds(design: plein.Trajectory) -> float:
    as_of = pendulum.Date(2026, 11, 28)
    findings = plein.check(design, as_of=as_of)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        report(design, as_of=as_of, findings=findings)
        best = min(best, time.process_time() - start)
    return best


def _scaling(n: int) -> None:
    for what, sessions, size in (("sessions", True, n), ("minutes", False, 1_000 * n)):
        one, four = _grown(size, sessions), _grown(4 * size, sessions)
        t1, t4 = _report_seconds(one), _report_seconds(four)
        count1 = len(one.sessions) if sessions else 45 * size
        count4 = len(four.sessions) if sessions else 180 * size
        where = "" if sessions else " in its first block"
        print(f"report (HTML) at {count1} and {count4} {what}{where}: {t1:.3f} s and "
              f"{t4:.3f} s of processor time, ratio {t4 / t1:.2f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loader", type=int, default=2_000, help="loader inputs")
    parser.add_argument("--pipeline", type=int, default=200, help="whole-pipeline inputs")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--cli-every", type=int, default=10, metavar="N",
                        help="every Nth pipeline input also goes through the commands")  # fmt: skip
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=int, default=8, help="n for the report's n and 4n")
    args = parser.parse_args()
    loader_jobs = [args.seed * 1_000_003 + i for i in range(-(-args.loader // _CHUNK))]
    pipeline_jobs = [
        (args.seed * 1_000_003 + 500_000 + i, args.cli_every)
        for i in range(-(-args.pipeline // (_CHUNK // 5)))
    ]
    with multiprocessing.Pool(args.jobs) as pool:
        _tally("pipeline", pool.imap_unordered(_pipeline_chunk, pipeline_jobs), args.pipeline)
        _tally("loader", pool.imap_unordered(_loader_chunk, loader_jobs), args.loader)
    _scaling(args.scale)


if __name__ == "__main__":
    main()
