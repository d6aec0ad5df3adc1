"""``plein ics``, ``plein graph`` and ``plein schema``."""

from __future__ import annotations

import argparse
from pathlib import Path as FilePath
from typing import Any, TextIO

from plein.cli._common import (
    BAD_INPUT,
    OK,
    UsageProblem,
    add_config,
    load_noting,
    print_problems,
    read_config,
)
from plein.errors import DesignError
from plein.model import Trajectory

__all__ = ["add_commands"]


def _load_one(path: str, err: TextIO) -> Trajectory | None:
    """The design in ``path``, or None after its problems went to ``err``."""
    if FilePath(path).is_dir():
        raise UsageProblem(f"plein: {path} is a directory; name one design file")
    try:
        return load_noting(path, err)
    except DesignError as exc:
        print_problems(exc.problems, err)
        return None


def _write(text: str, output: str | None, out: TextIO) -> None:
    """``text`` to the file ``output`` (as is, line ends kept), or to ``out``."""
    if output is None or output == "-":
        out.write(text)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as file:
            file.write(text)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageProblem(f"plein: cannot write {output} ({reason})") from None


def _ics(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from plein.export import to_ics  # loads icalendar: only for this command

    windows = read_config(args).windows()
    design = _load_one(args.file, err)
    if design is None:
        return BAD_INPUT
    previous = None
    if args.previous is not None:
        try:
            previous = FilePath(args.previous).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            raise UsageProblem(f"plein: cannot read {args.previous} ({reason})") from None
    text = to_ics(design, include_attendees=args.attendees, windows=windows, previous=previous)
    _write(text, args.output, out)
    return OK


def _graph(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from plein.export import to_dot, to_mermaid

    design = _load_one(args.file, err)
    if design is None:
        return BAD_INPUT
    render = to_dot if args.format == "dot" else to_mermaid
    _write(render(design), args.output, out)
    return OK


def _schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from plein.export import schema_text, shipped_schema

    _write(schema_text() if args.generate else shipped_schema(), args.output, out)
    return OK


def add_commands(commands: Any) -> None:
    """Add ``ics``, ``graph`` and ``schema`` to the subcommands."""
    ics = commands.add_parser(
        "ics", help="write the sessions and follow-up of a design as an iCalendar file"
    )
    ics.add_argument("file", metavar="FILE")
    ics.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    ics.add_argument(
        "--attendees", action="store_true",
        help="add the e-mail addresses of the invited parties' contact persons "
        "(personal data; left out by default)",
    )  # fmt: skip
    ics.add_argument(
        "--previous", metavar="ICS",
        help="the calendar exported last time: entries that changed get a higher SEQUENCE, "
        "and events gone from the design are exported as cancelled",
    )  # fmt: skip
    add_config(ics)
    ics.set_defaults(handler=_ics)

    graph = commands.add_parser("graph", help="write the trajectory graph as Mermaid or DOT")
    graph.add_argument("file", metavar="FILE")
    graph.add_argument("--format", choices=("mermaid", "dot"), default="mermaid")
    graph.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    graph.set_defaults(handler=_graph)

    schema = commands.add_parser(
        "schema", help="print the JSON Schema (draft-07) of the design format"
    )
    schema.add_argument(
        "--generate", action="store_true",
        help="generate the schema from the model instead of printing the shipped copy",
    )  # fmt: skip
    schema.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    schema.set_defaults(handler=_schema)
