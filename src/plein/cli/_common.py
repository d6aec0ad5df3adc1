"""What every command shares: exit codes, reading design files, usage problems."""

from __future__ import annotations

import argparse
import os
import re
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path as FilePath
from typing import Protocol, TextIO

import attrs
import pendulum

from plein.checks import Config
from plein.errors import TOO_MANY_PROBLEMS, DesignError, PleinError, Problem
from plein.io import MAX_PROBLEMS, DesignWarning, load, load_config
from plein.model import Trajectory

__all__ = [
    "BAD_INPUT",
    "FINDINGS",
    "OK",
    "Handler",
    "Loaded",
    "UsageProblem",
    "add_config",
    "add_lang",
    "add_max_problems",
    "count",
    "design_files",
    "load_designs",
    "load_files",
    "load_noting",
    "parse_date",
    "print_problems",
    "printable",
    "read_config",
    "split_codes",
]

OK, FINDINGS, BAD_INPUT = 0, 1, 2
_SUFFIXES = (".yaml", ".yml", ".json")
# What a terminal acts on instead of showing: the C0 and C1 control characters but the
# newline, DEL, and the marks that reorder a line (bidirectional overrides and isolates).
_UNPRINTABLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""``text`` safe to print on a terminal: every control character but the newline is
    written as an escape (``\u001b``), so a design's text cannot move the cursor, set
    the window title, ring the bell or reorder the line.

    The escape is JSON's own, and these characters can only stand inside a string in
    JSON text, so JSON stays valid and reads back to the same data.

    >>> printable("red\x1b[31m\ttab\n")
    'red\\u001b[31m\\u0009tab\n'
    """
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


class Handler(Protocol):
    """A command: parsed arguments and the two streams in, an exit code out."""

    def __call__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> int: ...


class UsageProblem(Exception):
    """The command line cannot work as given; the message says why (exit 2)."""


def design_files(paths: Sequence[str]) -> Iterator[str]:
    """The design files named, with directories searched for YAML and JSON files."""
    for name in paths:
        path = FilePath(name)
        if path.is_dir():
            yield from sorted(str(p) for p in path.rglob("*") if p.suffix in _SUFFIXES)
        else:
            yield name


@attrs.frozen
class Loaded:
    """One design file as read: its design, or the problems that kept it from loading
    (the first ``--max-problems``) and how many there were in all."""

    file: str
    design: Trajectory | None
    problems: tuple[Problem, ...] = ()
    total: int = 0


def load_files(paths: Sequence[str], err: TextIO, max_problems: int | None) -> list[Loaded]:
    """Each design file named, read; the problems of those that fail go to ``err``."""
    loaded = []
    for file in design_files(paths):
        try:
            loaded.append(Loaded(file, load_noting(file, err, max_problems)))
        except DesignError as exc:
            print_problems(exc.problems, err, exc.total)
            loaded.append(Loaded(file, None, exc.problems, exc.total))
        except PleinError as exc:  # a file whose format cannot be told
            print(printable(f"{file}: {exc}"), file=err)
            loaded.append(Loaded(file, None, (Problem("unknown-format", str(exc), file=file),), 1))
    return loaded


def load_designs(
    paths: Sequence[str],
    err: TextIO,
    problems: list[Problem] | None = None,
    max_problems: int | None = MAX_PROBLEMS,
) -> tuple[list[Trajectory], bool]:
    """Every design that loads, and whether any failed; problems of the others go to err,
    and are appended to ``problems`` when it is given (for the machine formats)."""
    files = load_files(paths, err, max_problems)
    if problems is not None:
        problems.extend(p for f in files for p in f.problems)
    return [f.design for f in files if f.design is not None], any(f.design is None for f in files)


def load_noting(file: str, err: TextIO, max_problems: int | None = MAX_PROBLEMS) -> Trajectory:
    """:func:`plein.load`, with what the reader notes about the design (an older or newer
    format) written to ``err`` as ``FILE: note: ...`` lines instead of Python warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DesignWarning)  # said once, below, from the notices
        design = load(file, max_problems=max_problems)
    for notice in design.notices:
        print(printable(f"{file}: note: {notice.reason}"), file=err)
    return design


def print_problems(problems: Sequence[Problem], out: TextIO, total: int | None = None) -> None:
    """Each problem on a line, then how many there were (and how many of them are
    listed, when ``total`` counts more than the list holds)."""
    for problem in problems:
        print(printable(str(problem)), file=out)
    listed = sum(p.code != TOO_MANY_PROBLEMS for p in problems)
    if total is not None and total > listed:
        print(f"{count(total, 'problem')}, the first {listed} listed", file=out)
    else:
        print(count(listed, "problem"), file=out)


def add_max_problems(parser: argparse.ArgumentParser) -> None:
    """The ``--max-problems`` option: how many problems of a file that does not load are
    listed (a whole number, or ``all``)."""
    parser.add_argument(
        "--max-problems", metavar="N", type=_max_problems, default=MAX_PROBLEMS,
        help=f"list at most N problems per file that does not load (default {MAX_PROBLEMS}; "
        "'all' for every one)",
    )  # fmt: skip


def _max_problems(text: str) -> int | None:
    if text.strip().lower() == "all":
        return None
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"takes a whole number of at least 1, or all, not {text!r}"
        )
    return value


def count(n: int, word: str) -> str:
    """``1 session``, ``2 sessions``."""
    return f"{n} {word}{'s' * (n != 1)}"


def split_codes(values: Sequence[str] | None) -> list[str]:
    """Repeatable, comma-separated flag values as one list."""
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


def parse_date(text: str, flag: str = "--as-of") -> pendulum.Date:
    """A ``YYYY-MM-DD`` flag value, or a usage problem that says so."""
    try:
        return pendulum.Date.fromisoformat(text)
    except ValueError:
        raise UsageProblem(f"{flag} takes a date as YYYY-MM-DD, not {text!r}") from None


def add_config(parser: argparse.ArgumentParser) -> None:
    """The ``--config`` option, the same for every command that checks or places times."""
    parser.add_argument(
        "--config", metavar="FILE",
        help="a YAML or JSON check configuration (its dagdeel windows place the sessions)",
    )  # fmt: skip


def add_lang(parser: argparse.ArgumentParser) -> None:
    """The ``--lang`` option, with the same default for every command.

    The default is the environment variable ``PLEIN_LANG`` when it is set, else English
    (the language of the command line's own usage and error messages).

    :raises UsageProblem: ``PLEIN_LANG`` is set to something other than ``en`` or ``nl``.
    """
    default = os.environ.get("PLEIN_LANG", "").strip().lower() or "en"
    if default not in ("en", "nl"):
        raise UsageProblem("PLEIN_LANG is en or nl, or unset (then en)")
    parser.add_argument(
        "--lang", choices=("en", "nl"), default=default,
        help="the language of the output: en or nl (default: $PLEIN_LANG, else en)",
    )  # fmt: skip


def read_config(args: argparse.Namespace) -> Config:
    """The check configuration named by ``--config`` (the defaults without one), resolved.

    A bad configuration is a usage problem before any design file is read.
    """
    config = load_config(args.config) if getattr(args, "config", None) else Config()
    config.resolve()
    return config
