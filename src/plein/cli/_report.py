"""``plein report``: the participation report (participatieverslag) of a design."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Literal, TextIO

from plein.cli._common import (
    BAD_INPUT,
    OK,
    UsageProblem,
    add_config,
    add_lang,
    load_designs,
    parse_date,
    printable,
    read_config,
)

__all__ = ["add_commands"]


def _report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from plein.render import report  # the renderer loads only for this command

    as_of = parse_date(args.as_of) if args.as_of else None
    config = read_config(args)
    designs, failed = load_designs([args.file], err)
    if failed:
        return BAD_INPUT
    if len(designs) != 1:
        raise UsageProblem(f"plein report: {args.file} holds no single design; name one file")
    text = report(
        designs[0],
        format=_format(args),
        lang=args.lang,
        as_of=as_of,
        include_personal_data=args.personal_data,
        findings=args.findings,
        config=config,
    )
    if args.output is None:
        out.write(text)
        return OK
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as exc:
        print(printable(f"plein report: cannot write {args.output}: {exc.strerror}"), file=err)
        return BAD_INPUT
    return OK


def _format(args: argparse.Namespace) -> Literal["html", "md"]:
    """``--format`` when given, else what the output file's suffix says, else HTML."""
    if args.format is not None:
        return "md" if args.format == "md" else "html"
    suffix = Path(args.output).suffix.lower() if args.output else ""
    return "md" if suffix in (".md", ".markdown") else "html"


def _ledger(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from plein.trust import promise_ledger

    as_of = parse_date(args.as_of) if args.as_of else None
    read_config(args)  # the same configuration as plein check: a bad one is refused
    designs, failed = load_designs(args.paths, err)
    for design in designs:
        out.write(printable(promise_ledger(design, as_of).to_text(lang=args.lang)) + "\n")
    return BAD_INPUT if failed else OK


def add_commands(commands: Any) -> None:
    """Add ``report`` and ``ledger`` to the subcommands."""
    report_ = commands.add_parser(
        "report", help="write the participation report (participatieverslag) of a design"
    )
    report_.add_argument("file", metavar="FILE", help="a design file (YAML or JSON)")
    report_.add_argument(
        "--format", choices=("html", "md"),
        help="html or md (default: md when OUT ends in .md, else html)",
    )  # fmt: skip
    add_lang(report_)
    report_.add_argument("--as-of", metavar="DATE", help="the report date (default: today)")
    report_.add_argument("-o", "--output", metavar="OUT", help="write to OUT, not to stdout")
    report_.add_argument(
        "--personal-data",
        action="store_true",
        help="include contact persons' names, e-mail addresses and phone numbers",
    )
    report_.add_argument(
        "--findings",
        action="store_true",
        help="add the design's open findings (for internal use, not for publication)",
    )
    add_config(report_)
    report_.set_defaults(handler=_report)

    ledger = commands.add_parser(
        "ledger", help="print the promise ledger: promises and actions kept, broken and open"
    )
    ledger.add_argument("paths", nargs="+", metavar="PATH")
    ledger.add_argument(
        "--as-of", metavar="DATE", help="the date it is drawn up on (default: today)"
    )
    add_lang(ledger)
    add_config(ledger)
    ledger.set_defaults(handler=_ledger)
