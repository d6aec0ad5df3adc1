"""Mutate design files and run every command of plein on them.

A seed is a bundled example or a development case, read as plain data. :func:`mutate`
changes a few of its values (dates at the calendar's edges, huge or negative numbers,
strings with control characters, quotes, ``\\``, ``;``, ``,``, newlines, right-to-left
marks, very long strings, empty lists, duplicated entries, deleted keys) and writes it as
YAML or JSON text; :func:`mutate_text` cuts, inserts, repeats or swaps characters and
lines of the seed's text (cheaper, for the loader). :func:`run_loader` reads the text;
:func:`run_pipeline` also checks the design, writes its report (HTML and Markdown),
calendar, graphs (Mermaid and DOT) and promise ledger through the public API, and runs
the text commands through ``plein.cli.main``.

An exception that is not a :class:`plein.PleinError` is a failure; so is a text output
that lets a control character (other than a newline) through to the terminal. Both are
returned as :class:`Outcome` values, with the time the input took, so that a test can
assert on them and the long run can count them.
"""

from __future__ import annotations

import io
import json
import math
import pathlib
import random
import re
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any, Literal

import attrs
import pendulum
import yaml
from ruamel.yaml import YAML

import plein
from plein.cli import main
from plein.export import to_dot, to_ics, to_mermaid
from plein.render import report
from plein.trust import promise_ledger

__all__ = [
    "AS_OF",
    "CONTROL",
    "Outcome",
    "Sample",
    "mutate",
    "mutate_text",
    "run_loader",
    "run_pipeline",
    "samples",
    "seed_texts",
    "seeds",
]

ROOT = pathlib.Path(__file__).resolve().parents[2]
AS_OF = pendulum.Date(2026, 11, 28)

#: Every C0 and C1 control character but the newline, and DEL: what must not reach a
#: terminal from a text output.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")

Format = Literal["yaml", "json"]
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's when there is one

_EDGE_DATES = (
    "0001-01-01",
    "0001-01",
    "0001",
    "9999-12-31",
    "9999-12",
    "9999",
    "1000-01-01",
    "2999-12-31",
    "0000-01-01",
    "10000-01-01",
    "-0001-01-01",
    "2026-02-29",
    "2028-02-29",
    "2026-13-01",
    "2026-24",
    "2026-04?",
    "2026-XX-XX",
    "[0001-01-01..9999-12-31]",
    "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00-12:00",
)
_EDGE_DURATIONS = (
    "P10000Y",
    "P9999Y",
    "P3650000D",
    "P1000000W",
    "PT0S",
    "P0D",
    "-P1D",
    "P1Y",
    "PT99999999H",
    "P99999999999999999999D",
)
#: Stands for an integer too long for Python to read by default (over 4,300 digits).
_HUGE = "__huge_integer__"
_NUMBERS: tuple[Any, ...] = (
    0,
    -1,
    -(10**9),
    10**9,
    2**31,
    2**63,
    10**30,
    -(10**30),
    10**4000,
    1.5,
    -0.0,
    1e308,
    math.inf,
    -math.inf,
    math.nan,
)
_ODD_STRINGS = (
    "",
    " ",
    "\x1b[31mred\x1b[0m",
    "\x1b]0;title\x07",
    "bell\a",
    "back\bspace",
    "nul\x00byte",
    "c1\x9b31m",
    "del\x7f",
    "quote \" and ' and `",
    "back\\slash\\",
    "semi;colon,comma",
    "line\nbreak\r\nand\rreturn",
    "\u202eRTL override\u202c",
    "\u200f\u200e\u2066isolate\u2069",
    "tab\tstop",
    "<script>alert(1)</script>&amp;",
    "| pipe | table |",
    "[link](javascript:x) *star* _under_ `tick`",
    '"; DROP --',
    "%s %d {0} {name}",
    "\ufeffbom",
    "lone \ud800 surrogate",
    "emoji \U0001f600 and combining e\u0301",
    "ZWJ\u200d\u200b",
    "\u2028line separator\u2029",
    "x" * 10_000,
    "ab;" * 3_000,
)
_KEYS = ("id", "title", "extra", "__x", "a,b", "", "dueDate", "within")


@attrs.frozen
class Sample:
    """One fuzzed input: its text, its format, and the seed and mutations it came from."""

    text: str
    format: Format
    seed: str
    mutations: tuple[str, ...]


@attrs.frozen
class Outcome:
    """What happened to one input.

    ``loaded`` is whether the design loaded; ``failure`` the traceback of a foreign
    exception (or the name of the output that leaked a control character), None when
    every step behaved; ``seconds`` the wall time the input took, ``cpu`` the processor
    time (which other programs on a busy machine do not inflate).
    """

    sample: Sample
    loaded: bool
    failure: str | None
    seconds: float
    cpu: float


def seed_texts() -> dict[str, str]:
    """The bundled examples and the development cases, by file name, as text."""
    files = sorted((ROOT / "src" / "plein" / "examples").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "cases").glob("dev-[0-9][0-9].yaml"))
    return {f.name: f.read_text(encoding="utf-8") for f in files}


def seeds() -> dict[str, Any]:
    """The bundled examples and the development cases, by file name, as plain data."""
    reader = YAML(typ="safe", pure=True)  # YAML 1.2, as plein reads it
    return {name: reader.load(text) for name, text in seed_texts().items()}


_SNIPPETS = (
    *_ODD_STRINGS[:25],
    "{",
    "]",
    ": ",
    "- ",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "? ",
    "'",
    '"',
    "\t",
    "\n  ",
    "#",
    "%YAML 1.1\n",
    "---\n",
    "<<: ",
)


def mutate_text(name: str, text: str, rng: random.Random) -> Sample:
    """The seed ``text`` with one to three changes to its characters or lines (cut,
    inserted, repeated, swapped), as YAML; cheap, for the loader."""
    done = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        lines = text.splitlines(keepends=True)
        op = rng.random()
        at = rng.randrange(len(text) + 1)
        if op < 0.15:
            text, change = text[:at], "cut"
        elif op < 0.55:
            text, change = text[:at] + rng.choice(_SNIPPETS) + text[at:], "insert"
        elif op < 0.7 and lines:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i] * rng.choice((1, 2, 50)))
            text, change = "".join(lines), "repeat line"
        elif op < 0.85 and lines:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text, change = "".join(lines), "swap lines"
        elif lines:
            del lines[rng.randrange(len(lines))]
            text, change = "".join(lines), "delete line"
        else:
            change = "nothing"
        done.append(f"{change} at {at}")
    return Sample(text, "yaml", name, tuple(done))


def _paths(data: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path to every node below the root, parents before children."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield (*here, key)
            yield from _paths(value, (*here, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield (*here, index)
            yield from _paths(value, (*here, index))


def _odd_value(rng: random.Random, key: Any, current: Any, data: Any, huge: bool) -> Any:
    """A value to put where ``current`` was: hostile, at an edge, or of another shape."""
    name = str(key).lower()
    roll = rng.random()
    if huge and isinstance(current, int) and roll < 0.1:
        return _HUGE
    if ("date" in name or name in ("at", "date")) and roll < 0.7:
        return rng.choice(_EDGE_DATES)
    if name in ("within", "every", "after") and roll < 0.7:
        return rng.choice(_EDGE_DURATIONS)
    if isinstance(current, bool) and roll < 0.5:
        return not current
    if isinstance(current, int | float) and roll < 0.7:
        return rng.choice(_NUMBERS)
    if isinstance(current, str) and roll < 0.7:
        odd = rng.choice(_ODD_STRINGS)
        return rng.choice((odd, current + odd, odd + current))
    if isinstance(current, list) and roll < 0.6:
        return [] if rng.random() < 0.5 else current + current[:1]
    choices: list[Any] = [
        None,
        [],
        {},
        True,
        rng.choice(_NUMBERS),
        rng.choice(_ODD_STRINGS),
        rng.choice(_EDGE_DATES),
        rng.choice(_EDGE_DURATIONS),
    ]
    # A value from elsewhere in the design: an id where a reference is expected.
    others = list(_paths(data))
    if others:
        choices.append(_copy(_get(data, rng.choice(others))))
    return rng.choice(choices)


def _copy(data: Any) -> Any:
    """A deep copy of plain data (no shared nodes, so no cycles)."""
    return json.loads(json.dumps(data, default=str))


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


_ID_LIKE = re.compile(r"[a-z0-9._-]+")


def _soft(value: Any) -> bool:
    """Whether ``value`` is free text, a date, a number or a list, not an id or a word."""
    if isinstance(value, str):
        return not _ID_LIKE.fullmatch(value)
    return isinstance(value, int | float | list) and not isinstance(value, bool)


def _mutate_once(rng: random.Random, data: Any, huge: bool) -> str:
    """Change ``data`` in place at one node; return a short account of the change."""
    paths = list(_paths(data))
    if not paths:
        return "nothing to change"
    # Mostly change what a loader has to take as it is (free text, dates, numbers, lists),
    # so that most inputs load and reach every output; sometimes anything at all.
    soft = [p for p in paths if _soft(_get(data, p))]
    path = rng.choice(soft if soft and rng.random() < 0.8 else paths)
    parent = _get(data, path[:-1])
    key = path[-1]
    current = parent[key]
    op = rng.random()
    where = "/".join(str(p) for p in path)
    if op < 0.06:
        del parent[key]
        return f"delete {where}"
    if op < 0.22 and isinstance(parent, list):
        parent.insert(key, _copy(current))
        return f"duplicate {where}"
    if op < 0.27 and isinstance(parent, dict):
        parent[rng.choice(_KEYS)] = rng.choice(_ODD_STRINGS[:6])
        return f"add key at {where}"
    if op < 0.32 and isinstance(current, list):
        for _ in range(rng.choice((10, 100, 400))):
            current.append(_copy(rng.choice(current or [None])))
        return f"repeat entries of {where}"
    parent[key] = _odd_value(rng, key, current, data, huge)
    return f"replace {where}"


def _text(data: Any, fmt: Format, ascii: bool) -> str:
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=ascii, allow_nan=True)
    else:
        text = yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1_000_000)
    text.encode("utf-8")  # a lone surrogate cannot be written raw: escape it in JSON
    return re.sub(f'"?{_HUGE}"?', "9" * 5_000, text)


def mutate(name: str, data: Any, rng: random.Random, *, huge: bool = False) -> Sample:
    """A copy of the seed ``data`` with one to four mutations, as YAML or JSON text.

    With ``huge``, a number may become an integer of 5,000 digits, more than Python
    converts from text by default (the loader must refuse it with its own error).
    """
    copy = _copy(data)
    changes = rng.choice((1, 1, 2, 3, 4))
    done = tuple(_mutate_once(rng, copy, huge) for _ in range(changes))
    fmt: Format = rng.choice(("yaml", "json"))
    try:
        text = _text(copy, fmt, rng.random() < 0.5)
    except (ValueError, yaml.YAMLError):
        fmt = "json"
        text = _text(copy, fmt, True)
    return Sample(text, fmt, name, done)


def samples(rng: random.Random, *, huge: bool = False) -> Iterator[Sample]:
    """Fuzzed inputs without end, round the seeds in turn (``huge`` as for :func:`mutate`)."""
    pool = seeds()
    names = sorted(pool)
    while True:
        for name in names:
            yield mutate(name, pool[name], rng, huge=huge)


def _foreign(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)).rstrip()


def run_loader(sample: Sample) -> tuple[plein.Trajectory | None, Outcome]:
    """Load ``sample``; the design when it loaded, and what happened."""
    start, cpu = time.perf_counter(), time.process_time()
    design, failure = None, None
    try:
        design = plein.loads(sample.text, sample.format, file=f"fuzz.{sample.format}")
    except plein.PleinError:
        pass
    except Exception as exc:
        failure = _foreign(exc)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return design, Outcome(sample, design is not None, failure, seconds, cpu)


def _api_steps(design: plein.Trajectory) -> Iterator[tuple[str, Callable[[], object]]]:
    yield "check", lambda: plein.check(design, as_of=AS_OF).to_text()
    yield "report html", lambda: report(design, format="html", as_of=AS_OF)
    yield "report md", lambda: report(design, format="md", lang="en", as_of=AS_OF)
    yield "ics", lambda: to_ics(design)
    yield "mermaid", lambda: to_mermaid(design)
    yield "dot", lambda: to_dot(design)
    yield "ledger", lambda: promise_ledger(design, AS_OF).to_text()
    yield "dumps", lambda: plein.dumps(design, "json")


#: The commands run on a file that loaded, and whether what they print is terminal text.
_COMMANDS: tuple[tuple[str, bool], ...] = (
    ("validate {}", True),
    ("check {} --as-of 2026-11-28", True),
    ("check {} --as-of 2026-11-28 --format github", True),
    ("check {} --as-of 2026-11-28 --format json", True),
    ("ledger {} --as-of 2026-11-28 --lang en", True),
    ("formats --learned {}", True),
    ("report {} --format md --as-of 2026-11-28", False),
    ("ics {}", False),
    ("graph {} --format dot", False),
)


def _cli_steps(path: str) -> Iterator[tuple[str, Callable[[], str | None]]]:
    for command, terminal in _COMMANDS:
        argv = [path if word == "{}" else word for word in command.split()]

        def step(argv: list[str] = argv, terminal: bool = terminal) -> str | None:
            out, err = io.StringIO(), io.StringIO()
            main(argv, out=out, err=err)
            leaked = CONTROL.search(err.getvalue()) or (terminal and CONTROL.search(out.getvalue()))
            return f"control character {leaked.group()!r} printed" if leaked else None

        yield "plein " + command, step


def run_pipeline(sample: Sample, *, cli: bool = True) -> Outcome:
    """Load ``sample`` and, when it loads, run every output on it (and, with ``cli``,
    every text command through :func:`plein.cli.main`)."""
    start, cpu = time.perf_counter(), time.process_time()
    design, outcome = run_loader(sample)
    if design is None or outcome.failure is not None:
        return outcome
    failure = None
    for name, api_step in _api_steps(design):
        try:
            api_step()
        except plein.PleinError:
            pass
        except Exception as exc:
            failure = f"{name}: {_foreign(exc)}"
            break
    # The time of an input is that of loading it and writing every output once; the
    # commands below load and check it again for each command.
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if cli and failure is None:
        with tempfile.TemporaryDirectory() as folder:
            path = str(pathlib.Path(folder) / f"design.{sample.format}")
            pathlib.Path(path).write_text(sample.text, encoding="utf-8")
            for name, cli_step in _cli_steps(path):
                try:
                    leak = cli_step()
                except Exception as exc:
                    failure = f"{name}: {_foreign(exc)}"
                    break
                if leak is not None:
                    failure = f"{name}: {leak}"
                    break
    return Outcome(sample, True, failure, seconds, cpu)
