"""How the time to refuse a design grows with its size, beside the time to load it.

A design with one mistake repeated throughout must be refused in time linear in its
size, like a valid one is loaded. This benchmark builds valid designs of several sizes
(the chain of evenings of ``bench_check.py``), then the same designs with one mistake in
every session, and measures ``plein.loads`` on each. The mistakes:

* ``dangling``: every session invites a party that does not exist (a typo);
* ``invalid``: every session's first block has a negative length;
* ``required``: every session's first block has a title that is not text (a key the
  model requires: the entry is set aside to check the rest);
* ``unknown``: every session has a misspelt key.

It prints, per size and mistake, the megabytes, the seconds, the seconds per megabyte,
the ratio of error path to valid path, and how many problems were reported. The target:
the ratio stays roughly constant from size to size. Run it with
``python benchmarks/bench_errors.py`` (``--quick`` leaves out the largest size).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import bench_check

import plein

SIZES = (100, 300, 1_000)


def _mistake(data: dict[str, Any], kind: str) -> None:
    for session in data["sessions"]:
        if kind == "dangling":
            session["parties"].append({"party": "bewonerz"})
        elif kind == "invalid":
            session["programme"][0]["minutes"] = -5
        elif kind == "required":
            session["programme"][0]["title"] = {"nl": "Welkom"}  # a mapping where text belongs
        else:
            session["tittle"] = session.pop("title")


def _load_or_refuse(text: str) -> Any:
    """The design in ``text``, or the :class:`plein.DesignError` that refuses it."""
    try:
        return plein.loads(text, format="json")
    except plein.DesignError as exc:
        return exc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="leave out the largest size")
    args = parser.parse_args()
    sizes = SIZES[:-1] if args.quick else SIZES
    print(
        f"{'sessions':>8} {'mistake':>9} {'MB':>6} {'valid s':>8} {'error s':>8} "
        f"{'error s/MB':>10} {'error/valid':>11} {'problems':>8}"
    )
    for size in sizes:
        valid = plein.dumps(bench_check.trajectory(size), format="json")
        repeats = 3 if size <= 300 else 1
        t_valid, _ = bench_check.best_of(repeats, functools.partial(_load_or_refuse, valid))
        for kind in ("dangling", "invalid", "required", "unknown"):
            data = json.loads(valid)
            _mistake(data, kind)
            text = json.dumps(data, ensure_ascii=False, indent=2)
            t_error, result = bench_check.best_of(repeats, functools.partial(_load_or_refuse, text))
            count = len(result.problems) if isinstance(result, plein.DesignError) else 0
            mb = len(text.encode()) / 1e6
            print(
                f"{size:8d} {kind:>9} {mb:6.2f} {t_valid:8.3f} {t_error:8.3f} "
                f"{t_error / mb:10.3f} {t_error / t_valid:10.1f}x {count:8d}"
            )


if __name__ == "__main__":
    main()
