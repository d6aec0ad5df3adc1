"""The ``plein`` command line.

Exit codes: 0 fine; 1 a finding at error level; 2 bad input (a design that cannot be
read) or bad usage. :func:`main` takes the arguments and returns the code, so tests and
host programs call it directly; no traceback reaches a user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path as FilePath
from typing import TextIO

import pendulum

from plein import examples
from plein.checks import Config, Report, check, registry
from plein.errors import ConfigError, DesignError, PleinError, Problem
from plein.io import load, load_config
from plein.model import Trajectory
from plein.pages import explain

__all__ = ["main", "run"]

OK, FINDINGS, BAD_INPUT = 0, 1, 2
_SUFFIXES = (".yaml", ".yml", ".json")


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting, so ``main`` returns 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageProblem(f"{self.prog}: {message}\n{self.format_usage().rstrip()}")


class _UsageProblem(Exception):
    pass


def _files(paths: Sequence[str]) -> Iterator[str]:
    """The design files named, with directories searched for YAML and JSON files."""
    for name in paths:
        path = FilePath(name)
        if path.is_dir():
            yield from sorted(str(p) for p in path.rglob("*") if p.suffix in _SUFFIXES)
        else:
            yield name


def _load_all(paths: Sequence[str], err: TextIO) -> tuple[list[Trajectory], bool]:
    """Every design that loads; problems of the others go to ``err``."""
    loaded, failed = [], False
    for file in _files(paths):
        try:
            loaded.append(load(file))
        except DesignError as exc:
            failed = True
            _print_problems(exc.problems, err)
        except PleinError as exc:  # a file plein cannot tell the format of
            failed = True
            print(f"{file}: {exc}", file=err)
    return loaded, failed


def _print_problems(problems: Sequence[Problem], out: TextIO) -> None:
    for problem in problems:
        print(problem, file=out)
    print(_count(len(problems), "problem"), file=out)


# -- commands ------------------------------------------------------------------------


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    designs, failed = _load_all(args.paths, err)
    if args.format == "json":
        print(json.dumps([{"file": d.source.file if d.source else None, "valid": True}
                          for d in designs], indent=2), file=out)  # fmt: skip
    else:
        for design in designs:
            file = design.source.file if design.source else "<design>"
            counts = f"{_count(len(design.sessions), 'session')}, "
            counts += _count(len(design.steps), "step")
            print(f"{file}: valid ({counts})", file=out)
    return BAD_INPUT if failed else OK


def _example(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.name is None:
        for name in examples.names():
            design = examples.load(name)
            print(f"{name:24} {design.title}", file=out)
        return OK
    out.write(examples.text(args.name))
    return OK


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    config = load_config(args.config) if args.config else Config()
    config = config.with_overrides(
        profile=args.profile, select=_split(args.select), ignore=_split(args.ignore)
    )
    config.resolve()  # a bad profile or selector is a usage problem before any file
    as_of = _date(args.as_of) if args.as_of else None
    designs, failed = _load_all(args.paths, err)
    report = Report.merge(check(d, config, as_of=as_of, lang=args.lang) for d in designs)
    render: dict[str, Callable[[], str]] = {
        "text": report.to_text,
        "json": report.to_json,
        "sarif": report.to_sarif,
        "github": report.to_github,
    }
    out.write(render[args.format]())
    if failed:
        return BAD_INPUT
    return FINDINGS if report.has_errors else OK


def _explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.code is None:
        for item in registry():
            summary = item.summary.nl if args.lang == "nl" else item.summary.en
            print(f"{item.code}  {item.slug:30} {item.severity.value:8} {summary}", file=out)
        return OK
    out.write(explain(args.code))
    return OK


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _split(values: Sequence[str] | None) -> list[str]:
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


def _date(text: str) -> pendulum.Date:
    try:
        return pendulum.Date.fromisoformat(text)
    except ValueError:
        raise _UsageProblem(f"--as-of takes a date as YYYY-MM-DD, not {text!r}") from None


# -- the parser ----------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="plein",
        description="Design, check and report Plein participation trajectories.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    validate = commands.add_parser(
        "validate", help="check that design files are well-formed and their references resolve"
    )
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.set_defaults(handler=_validate)

    example = commands.add_parser("example", help="list the bundled examples, or print one")
    example.add_argument("name", nargs="?", choices=examples.names(), metavar="NAME")
    example.set_defaults(handler=_example)

    check_ = commands.add_parser("check", help="check designs in the method's own terms")
    check_.add_argument("paths", nargs="+", metavar="PATH")
    check_.add_argument("--format", choices=("text", "json", "sarif", "github"),
                        default="text")  # fmt: skip
    check_.add_argument("--profile", help="default, lenient or strict")
    check_.add_argument("--select", action="append", metavar="CODES",
                        help="codes, prefixes or slugs to run, comma-separated")  # fmt: skip
    check_.add_argument("--ignore", action="append", metavar="CODES",
                        help="codes, prefixes or slugs to leave out, comma-separated")  # fmt: skip
    check_.add_argument("--as-of", metavar="DATE", help="judge the design on this date")
    check_.add_argument("--lang", choices=("en", "nl"), default="en")
    check_.add_argument("--config", metavar="FILE", help="a YAML or JSON check configuration")
    check_.set_defaults(handler=_check)

    explain_ = commands.add_parser("explain", help="print a check's page, or list the checks")
    explain_.add_argument("code", nargs="?", metavar="CODE")
    explain_.add_argument("--lang", choices=("en", "nl"), default="en")
    explain_.set_defaults(handler=_explain)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:  # fmt: skip
    """Run the command line with ``argv``; the exit code is returned, not raised."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        return int(args.handler(args, out, err))
    except _UsageProblem as exc:
        print(exc, file=err)
    except ConfigError as exc:
        print(f"plein: {exc}", file=err)
    except PleinError as exc:
        print(f"plein: {exc}", file=err)
    except SystemExit as exc:  # --help and --version exit through argparse
        return int(exc.code or 0)
    return BAD_INPUT


def run() -> None:
    """The console script: ``plein ...``."""
    sys.exit(main())
