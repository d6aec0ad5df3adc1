"""The ``plein`` command line.

Exit codes: 0 fine; 1 a finding at error level; 2 bad input (a design that cannot be
read) or bad usage. :func:`main` takes the arguments and returns the code, so tests and
host programs call it directly; no traceback reaches a user.

Each module ``_NAME.py`` here adds its commands through ``add_commands(subparsers)``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

import plein
from plein.cli import _check, _design, _export, _formats, _report
from plein.cli._common import BAD_INPUT, OK, UsageProblem, printable
from plein.errors import PleinError

__all__ = ["main", "run"]

_COMMAND_MODULES = (_design, _check, _report, _formats, _export)


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting, so ``main`` returns 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageProblem(f"{self.prog}: {message}\n{self.format_usage().rstrip()}")


class _VersionAsked(Exception):
    """``--version`` was given: ``main`` prints the version to its own ``out``."""


class _Version(argparse.Action):
    def __call__(self, *args: object, **kwargs: object) -> NoReturn:
        raise _VersionAsked


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="plein", description="Design, check and report Plein participation trajectories."
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="print plein's version and exit"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for module in _COMMAND_MODULES:
        module.add_commands(commands)
    return parser


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line with ``argv``; the exit code is returned, not raised."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = _parser().parse_args(argv)
        return int(args.handler(args, out, err))
    except _VersionAsked:
        print(f"plein {plein.__version__}", file=out)
        return OK
    except UsageProblem as exc:
        print(printable(str(exc)), file=err)
    except PleinError as exc:
        print(printable(f"plein: {exc}"), file=err)
    except SystemExit as exc:  # --help exits through argparse
        return int(exc.code or 0)
    return BAD_INPUT


def run() -> None:
    """The console script: ``plein ...``."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``plein formats | head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = OK
    sys.exit(code)
