"""``plein validate`` and ``plein example``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

import attrs

from plein import examples
from plein.cli._common import (
    BAD_INPUT,
    OK,
    Loaded,
    UsageProblem,
    add_max_problems,
    count,
    load_files,
    printable,
)
from plein.export import with_modeline
from plein.io import upgrade
from plein.io._design import _format_of

__all__ = ["add_commands"]


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    files = load_files(args.paths, err, args.max_problems)
    if args.format == "json":
        # Every file named has a record, so a tool that reads only this sees what failed.
        records = [_record(f) for f in files]
        print(printable(json.dumps(records, ensure_ascii=False, indent=2)), file=out)
    else:
        for loaded in files:
            if loaded.design is not None:
                counts = f"{count(len(loaded.design.sessions), 'session')}, "
                counts += count(len(loaded.design.steps), "step")
                print(printable(f"{loaded.file}: valid ({counts})"), file=out)
    return BAD_INPUT if any(f.design is None for f in files) else OK


def _record(loaded: Loaded) -> dict[str, Any]:
    """A file's line in ``validate --format json``: valid with its size and notices, or
    not, with its problems (the first ``--max-problems``) and how many there were."""
    if loaded.design is None:
        return {
            "file": loaded.file,
            "valid": False,
            "problemCount": loaded.total,
            "problems": [attrs.asdict(p) for p in loaded.problems],
        }
    design = loaded.design
    return {
        "file": loaded.file,
        "valid": True,
        "sessions": len(design.sessions),
        "steps": len(design.steps),
        "notices": [attrs.asdict(p) for p in design.notices],
    }


def _example(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.name is None:
        for name in examples.names():
            print(f"{name:24} {examples.load(name).title}", file=out)
        return OK
    # The modeline points at a schema beside the file it is written to (plein schema --install).
    out.write(with_modeline(examples.text(args.name)))
    return OK


def _upgrade(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    source = Path(args.path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise UsageProblem(
            f"plein upgrade: {args.path}: the file cannot be read ({reason})"
        ) from None
    new = upgrade(text, _format_of(args.path), file=args.path)
    if args.in_place or args.output:
        target = source if args.in_place else Path(args.output)
        target.write_text(new, encoding="utf-8")
        print(printable(f"{target}: written in the newest format"), file=err)
    else:
        out.write(new)
    return OK


def add_commands(commands: Any) -> None:
    """Add ``validate`` and ``example`` to the subcommands."""
    validate = commands.add_parser(
        "validate", help="check that design files are well-formed and their references resolve"
    )
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    add_max_problems(validate)
    validate.set_defaults(handler=_validate)

    upgrade_cmd = commands.add_parser(
        "upgrade",
        help="rewrite a design in the newest format version, keeping its comments",
        description="Rewrite a design in the newest format version. YAML keeps its comments "
        "and key order. Prints the result unless -o or --in-place is given.",
    )
    upgrade_cmd.add_argument("path", metavar="PATH")
    where = upgrade_cmd.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="write the result to FILE")
    where.add_argument("--in-place", action="store_true", help="overwrite PATH")
    upgrade_cmd.set_defaults(handler=_upgrade)

    example = commands.add_parser("example", help="list the bundled examples, or print one")
    example.add_argument("name", nargs="?", choices=examples.names(), metavar="NAME")
    example.set_defaults(handler=_example)
