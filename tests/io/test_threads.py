"""Loading and checking from many threads at once gives what one thread gives, and
leaves the process as it found it (the garbage collector, the warning filters)."""

from __future__ import annotations

import gc
import os
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pendulum

import plein
from tests.io.test_upgrade import OLD

AS_OF = pendulum.Date(2026, 6, 1)
THREADS = 8
#: Load+check rounds per thread (about a minute on two cores); PLEIN_THREAD_ROUNDS
#: sets another number, for a quick run or a longer soak.
ROUNDS = int(os.environ.get("PLEIN_THREAD_ROUNDS", "200"))

_CASES = Path(__file__).parent.parent / "cases"


def _designs() -> list[str]:
    """The bundled examples, the development cases, and one design in an older and one in
    a newer minor format (which load with a notice)."""
    texts = [plein.examples.text(name) for name in plein.examples.names()]
    texts += [
        path.read_text(encoding="utf-8")
        for path in sorted(_CASES.glob("dev-*.yaml"))
        if not path.name.endswith(".expect.yaml")
    ]
    newer = plein.examples.text("village-evening").replace(
        'schemaVersion: "2.0"', 'schemaVersion: "2.7"', 1
    )
    assert newer != plein.examples.text("village-evening")
    return [*texts, OLD, newer]


def _run(text: str) -> tuple[Any, ...]:
    """What a host wants from one request: the design, its notices and its findings."""
    design = plein.loads(text)
    report = plein.check(design, as_of=AS_OF)
    notices = tuple((n.code, n.path, n.line) for n in design.notices)
    return design, notices, report.findings


def test_threads_give_what_one_thread_gives() -> None:
    """8 threads each loading and checking every design in turn get the single-threaded
    results, and the cyclic garbage collector is never switched off meanwhile."""
    designs = _designs()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", plein.DesignWarning)
        expected = [_run(text) for text in designs]
    assert any(notices for _, notices, _ in expected), "some designs load with a notice"
    was_enabled = gc.isenabled()
    seen_off = threading.Event()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            if gc.isenabled() != was_enabled:
                seen_off.set()
            done.wait(0.001)

    def worker(offset: int) -> list[bool]:
        results = []
        for i in range(ROUNDS):
            k = (offset + i) % len(designs)
            results.append(_run(designs[k]) == expected[k])
        return results

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", plein.DesignWarning)
            with ThreadPoolExecutor(THREADS) as pool:
                outcomes = [ok for batch in pool.map(worker, range(THREADS)) for ok in batch]
    finally:
        done.set()
        watcher.join()
    assert len(outcomes) == THREADS * ROUNDS
    assert all(outcomes)
    assert not seen_off.is_set()
    assert gc.isenabled() == was_enabled


def test_notices_come_back_per_design_from_threads() -> None:
    """Each thread's design carries its own notices: the newer and the older format are
    told apart without catching warnings, and a current design has none."""
    current = plein.examples.text("village-evening")
    newer = current.replace('schemaVersion: "2.0"', 'schemaVersion: "2.3"', 1)
    texts = {"current": current, "newer": newer, "older": OLD}

    def codes(name: str) -> tuple[str, ...]:
        return tuple(n.code for n in plein.loads(texts[name]).notices)

    names = list(texts) * 40
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", plein.DesignWarning)
        with ThreadPoolExecutor(THREADS) as pool:
            results = list(pool.map(codes, names))
    wanted = {"current": (), "newer": ("newer-version",), "older": ("older-version",)}
    assert results == [wanted[name] for name in names]


def test_a_notice_is_also_a_warning_for_people_at_a_prompt() -> None:
    """The newer-format notice is returned on the design and still emitted as a
    DesignWarning with the same words, pointing at schemaVersion."""
    newer = plein.examples.text("village-evening").replace(
        'schemaVersion: "2.0"', 'schemaVersion: "2.3"', 1
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", plein.DesignWarning)
        design = plein.loads(newer, file="village.yaml")
    (notice,) = design.notices
    assert notice.code == "newer-version"
    assert notice.path == "$.schemaVersion"
    assert notice.line is not None
    assert notice.file == "village.yaml"
    assert [str(w.message) for w in caught] == [notice.reason]
    assert plein.examples.load("village-evening").notices == ()
