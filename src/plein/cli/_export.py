"""``plein ics``, ``plein graph``, ``plein schema`` and ``plein init``."""

from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path as FilePath
from typing import Any, TextIO

import pendulum

from plein import examples
from plein._settings import resolve_as_of
from plein.cli._common import (
    BAD_INPUT,
    OK,
    UsageProblem,
    add_config,
    load_noting,
    parse_date,
    print_problems,
    printable,
    read_config,
)
from plein.errors import DesignError
from plein.export import SCHEMA_FILE  # the file name only: the schema loads when used
from plein.model import Trajectory

__all__ = ["add_commands"]


def _load_one(path: str, err: TextIO) -> Trajectory | None:
    """The design in ``path``, or None after its problems went to ``err``."""
    if FilePath(path).is_dir():
        raise UsageProblem(f"plein: {path} is a directory; name one design file")
    try:
        return load_noting(path, err)
    except DesignError as exc:
        print_problems(exc.problems, err, exc.total)
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


#: The file ``plein init`` writes the starter design to.
STARTER_FILE = "design.plein.yaml"
#: The time zone the starter design is in (and its dates are counted in).
STARTER_ZONE = "Europe/Amsterdam"


def starter_design(today: pendulum.Date) -> str:
    """The starter design's YAML text, planned from ``today``: its first Plein on the
    first Tuesday at least eight weeks ahead, the decision after it in the month eight
    weeks later. So a new design checks clean on the day it is written, with no plan
    already in the past."""
    first = today.add(weeks=8)
    first = first.add(days=(1 - first.weekday()) % 7)  # Tuesday is weekday 1
    decision = first.add(weeks=8)
    template = resources.files("plein").joinpath("schema/starter.yaml").read_text("utf-8")
    return template.replace("$first_session", first.isoformat()).replace(
        "$decision_month", f"{decision.year:04d}-{decision.month:02d}"
    )


def _schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from plein.export import openapi_document, schema_text, shipped_schema

    text = schema_text() if args.generate else shipped_schema()
    if args.openapi:
        text = json.dumps(openapi_document(json.loads(text)), indent=2, ensure_ascii=False)
        text += "\n"
    if args.install is not None:
        target = _folder(args.install) / SCHEMA_FILE
        _write(text, str(target), out)
        print(printable(f"{target}: written"), file=err)
        return OK
    _write(text, args.output, out)
    return OK


def _folder(path: str) -> FilePath:
    """The folder ``path``, made if it does not exist yet."""
    folder = FilePath(path)
    if folder.exists() and not folder.is_dir():
        raise UsageProblem(f"plein: {path} is a file; name a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageProblem(f"plein: cannot make the folder {path} ({reason})") from None
    return folder


def _init(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from plein.export import shipped_schema, with_modeline

    folder = _folder(args.dir)
    design = folder / (args.name or STARTER_FILE)
    if design.exists() and not args.force:
        raise UsageProblem(
            f"plein init: {design} exists; name another file with --name, or pass --force "
            "to overwrite it"
        )
    if args.example is None:
        today = parse_date(args.as_of) if args.as_of else resolve_as_of(None, STARTER_ZONE)
        text = starter_design(today)
    else:
        text = with_modeline(examples.text(args.example))
    _write(text, str(design), out)
    _write(shipped_schema(), str(folder / SCHEMA_FILE), out)
    print(printable(f"{design}: written, with {SCHEMA_FILE} beside it for your editor"), file=err)
    return OK


def add_commands(commands: Any) -> None:
    """Add ``ics``, ``graph``, ``schema`` and ``init`` to the subcommands."""
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
        "schema",
        help="print the JSON Schema (draft-07) of the design format",
        description="Print the JSON Schema (draft-07) of the design format, or its "
        "schemas as OpenAPI 3.0 components (--openapi), or write it as "
        f"{SCHEMA_FILE} into a folder of designs (--install DIR), where the modeline "
        f"'# yaml-language-server: $schema=./{SCHEMA_FILE}' finds it.",
    )
    schema.add_argument(
        "--generate", action="store_true",
        help="generate the schema from the model instead of printing the shipped copy",
    )  # fmt: skip
    schema.add_argument(
        "--openapi", action="store_true",
        help="print an OpenAPI 3.0 document whose components.schemas hold the design format",
    )  # fmt: skip
    where = schema.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    where.add_argument(
        "--install", metavar="DIR",
        help=f"write the schema as DIR/{SCHEMA_FILE}, beside your designs",
    )  # fmt: skip
    schema.set_defaults(handler=_schema)

    init = commands.add_parser(
        "init",
        help=f"start a design in a folder, with {SCHEMA_FILE} beside it for your editor",
        description=f"Write a starter design ({STARTER_FILE}) and the schema "
        f"({SCHEMA_FILE}) into DIR. The design's first line points the YAML language "
        "server at the schema beside it, so an editor completes and checks it as you type.",
    )
    init.add_argument("dir", nargs="?", default=".", metavar="DIR", help="default: here")
    init.add_argument(
        "--example", choices=examples.names(), metavar="NAME",
        help="start from a bundled example instead of the starter design",
    )  # fmt: skip
    init.add_argument("--name", metavar="FILE", help=f"the design's file name ({STARTER_FILE})")
    init.add_argument("--force", action="store_true", help="overwrite an existing design")
    init.add_argument(
        "--as-of", metavar="DATE",
        help="plan the starter's dates from this day (YYYY-MM-DD; default: today)",
    )  # fmt: skip
    init.set_defaults(handler=_init)
