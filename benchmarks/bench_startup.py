"""What a fresh process pays for plein: ``plein check`` against its dependencies alone.

Every figure is a whole process, started anew for each run, best of ``--runs``:

* ``plein check`` (and ``plein validate``) of a small bundled example, against a
  ``python -c "import ..."`` of exactly the third-party packages that command loaded
  (found in the same run: the baseline is the least any program using those libraries
  pays). It prints both times and their ratio; the target for ``check`` is at most 1.2x.
* where the time over the baseline goes: plein's part of the command in one process
  after the imports, and within it the first-use work of attrs (building classes),
  cattrs (generating readers) and edtf (preparing its grammar), which importing those
  libraries does not include;
* ``import plein`` and ``import plein.errors``: the time, how many modules they add to a
  bare interpreter, and how much they add to its peak RSS (MiB).

The child processes cache bytecode in a temporary directory (``PYTHONPYCACHEPREFIX``),
as an installed package would have it, and one untimed run warms that cache. To compare
with another branch, point ``--src`` at its ``src`` directory: plein is then imported
from there, with the dependencies of the current environment.

Run it with ``python benchmarks/bench_startup.py`` (``--runs 5`` for a quick look).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence

EXAMPLE = "village-evening"  # small, and with uncertain (EDTF) dates, as real designs have

# Prints the third-party top-level packages in sys.modules, as JSON, at exit.
_THIRD_PARTY = """
import atexit, json, sys, sysconfig
def _report():
    site = sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]
    tops = set()
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None) or ""
        top = name.partition(".")[0]
        if file.startswith(site) and not top.startswith("_") and top != "plein":
            tops.add(top)
    print(json.dumps(sorted(tops)), file=sys.stderr)
atexit.register(_report)
"""

_RUN_CLI = "import sys; from plein.cli import run; sys.argv[1:] = {argv!r}; run()"

# Prints added modules and peak RSS (KiB on Linux) around ``import {module}``.
_IMPORT = """
import resource, sys
before = len(sys.modules)
import {module}
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(sys.modules) - before, rss)
"""


def _env(src: str | None, cache: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    if src:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    return env


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    if done.returncode not in (0, 1):  # 1: the check found errors, which is fine here
        raise SystemExit(f"the child process failed ({done.returncode}):\n{done.stderr}")
    return done


def _best(code: str, env: dict[str, str], runs: int) -> float:
    """The shortest wall time of ``runs`` fresh processes running ``code``, in seconds."""
    _run(code, env)  # warm the bytecode cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _run(code, env)
        times.append(time.perf_counter() - start)
    return min(times)


def _command(
    argv: Sequence[str], example: str, env: dict[str, str], runs: int
) -> tuple[float, float, list[str]]:
    """Prints and returns the command's time, its baseline's, and its dependencies."""
    command = _RUN_CLI.format(argv=list(argv))
    deps = json.loads(_run(_THIRD_PARTY + command, env).stderr.splitlines()[-1])
    baseline = f"import {', '.join(deps)}" if deps else "pass"
    ours = _best(command, env, runs)
    theirs = _best(baseline, env, runs)
    print(f"plein {argv[0]} {example}: {ours:.3f} s")
    print(f"  python -c '{baseline}': {theirs:.3f} s")
    print(f"  ratio {ours / theirs:.2f}x")
    return ours, theirs, deps


# Times, in one process with the dependencies imported first, what attrs, cattrs and
# edtf do on first use inside the command: work that importing them does not include.
_FIRST_USE = """
import json, sys, time
import {deps}
import attr._make, cattrs.gen
spent = {{"attrs": [0, 0.0], "cattrs": [0, 0.0], "edtf": [0, 0.0]}}
def timed(owner, name, label):
    original, depth = getattr(owner, name), [0]
    def wrapper(*args, **kwargs):
        depth[0] += 1
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                spent[label][0] += 1
                spent[label][1] += time.perf_counter() - start
    setattr(owner, name, wrapper)
timed(attr._make._ClassBuilder, "build_class", "attrs")
timed(cattrs.gen, "make_dict_structure_fn", "cattrs")
import edtf, edtf.parser.grammar as grammar
timed(grammar, "parse_edtf", "edtf")
edtf.parse_edtf = grammar.parse_edtf
start = time.perf_counter()
from plein.cli import run
sys.argv[1:] = {argv!r}
try:
    run()
except SystemExit:
    pass
spent["plein"] = [1, time.perf_counter() - start]
print(json.dumps(spent), file=sys.stderr)
"""


def _first_use(argv: Sequence[str], deps: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds of the command past its imports, and of the libraries' first-use work
    in it (attrs building classes, cattrs making readers, edtf's first parses)."""
    needed = sorted({*deps, "attr", "cattrs", "edtf"})
    code = _FIRST_USE.format(deps=", ".join(needed), argv=list(argv))
    words = {
        "attrs": "attrs building {} classes",
        "cattrs": "cattrs generating readers ({} calls, each making those it needs)",
        "edtf": "edtf parsing {} dates (the first prepares its grammar)",
        "plein": "plein",
    }
    best: dict[str, float] = {}
    for _ in range(3):
        spent = json.loads(_run(code, env).stderr.splitlines()[-1])
        for label, (count, seconds) in spent.items():
            key = words[label].format(count)
            best[key] = min(best.get(key, float("inf")), seconds * 1000)
    return best


def _import(module: str, env: dict[str, str], runs: int, bare: tuple[float, int]) -> None:
    seconds = _best(f"import {module}", env, runs)
    added, rss = map(int, _run(_IMPORT.format(module=module), env).stdout.split())
    print(
        f"import {module}: {seconds:.3f} s ({seconds - bare[0]:+.3f} s over python -c pass), "
        f"+{added} modules, +{(rss - bare[1]) / 1024:.1f} MiB peak RSS"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per figure (best is kept)")
    parser.add_argument("--src", help="import plein from this source directory instead")
    parser.add_argument("--example", default=EXAMPLE, help="the bundled example to check")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="plein-bench-") as cache:
        env = _env(args.src, cache)
        where = _run("import plein; print(plein.__file__)", env).stdout.strip()
        print(f"plein from {where}, best of {args.runs} runs, Python {sys.version.split()[0]}")
        example = _run(f"import plein; print(plein.examples.path({args.example!r}))", env)
        path = example.stdout.strip()
        ours, theirs, deps = _command(["check", path], args.example, env, args.runs)
        allowance = (1.2 - 1) * theirs * 1000
        spent = _first_use(["check", path], deps, env)
        libraries = sum(ms for label, ms in spent.items() if label != "plein")
        print(
            f"  within 1.2x, plein may add {allowance:.0f} ms; it adds "
            f"{(ours - theirs) * 1000:.0f} ms. Run in one process after the imports, its "
            f"own part takes {spent['plein']:.0f} ms, of which the libraries' first use "
            f"takes {libraries:.0f} ms:"
        )
        for label, ms in spent.items():
            if label != "plein":
                print(f"    {label}: {ms:.1f} ms")
        _command(["validate", path], args.example, env, args.runs)
        bare_rss = int(_run(_IMPORT.format(module="sys"), env).stdout.split()[1])
        bare = (_best("pass", env, args.runs), bare_rss)
        print(f"python -c pass: {bare[0]:.3f} s")
        _import("plein", env, args.runs, bare)
        _import("plein.errors", env, args.runs, bare)
        print("target: plein check within 1.2x of importing its dependencies")


if __name__ == "__main__":
    main()
