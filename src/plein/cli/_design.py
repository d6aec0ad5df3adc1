"""``plein validate`` and ``plein example``."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from plein import examples
from plein.cli._common import BAD_INPUT, OK, count, load_designs

__all__ = ["add_commands"]


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    designs, failed = load_designs(args.paths, err)
    if args.format == "json":
        files = [{"file": d.source.file if d.source else None, "valid": True} for d in designs]
        print(json.dumps(files, indent=2), file=out)
    else:
        for design in designs:
            file = design.source.file if design.source else "<design>"
            counts = f"{count(len(design.sessions), 'session')}, "
            counts += count(len(design.steps), "step")
            print(f"{file}: valid ({counts})", file=out)
    return BAD_INPUT if failed else OK


def _example(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.name is None:
        for name in examples.names():
            print(f"{name:24} {examples.load(name).title}", file=out)
        return OK
    out.write(examples.text(args.name))
    return OK


def add_commands(commands: Any) -> None:
    """Add ``validate`` and ``example`` to the subcommands."""
    validate = commands.add_parser(
        "validate", help="check that design files are well-formed and their references resolve"
    )
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.set_defaults(handler=_validate)

    example = commands.add_parser("example", help="list the bundled examples, or print one")
    example.add_argument("name", nargs="?", choices=examples.names(), metavar="NAME")
    example.set_defaults(handler=_example)
