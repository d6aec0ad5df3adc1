"""``plein check`` and ``plein explain``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from plein.checks import Report, check, registry
from plein.cli._common import (
    BAD_INPUT,
    FINDINGS,
    OK,
    add_config,
    add_lang,
    load_designs,
    parse_date,
    printable,
    read_config,
    split_codes,
)

__all__ = ["add_commands"]


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    config = read_config(args).with_overrides(
        profile=args.profile, select=split_codes(args.select), ignore=split_codes(args.ignore)
    )
    config.resolve()  # a bad profile or selector is a usage problem before any file
    as_of = parse_date(args.as_of) if args.as_of else None
    designs, failed = load_designs(args.paths, err)
    report = Report.merge(check(d, config, as_of=as_of, lang=args.lang) for d in designs)
    render: dict[str, Callable[[], str]] = {
        "text": report.to_text,
        "json": report.to_json,
        "sarif": report.to_sarif,
        "github": report.to_github,
    }
    if designs or args.format != "text":  # machine formats stay parseable, even empty
        out.write(printable(render[args.format]()))
    if failed:
        return BAD_INPUT
    return FINDINGS if report.has_errors else OK


def _explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.code is None:
        for item in registry():
            summary = item.summary(args.lang)
            line = f"{item.code}  {item.slug:30} {item.severity.value:8} {summary}"
            print(printable(line), file=out)
        return OK
    from plein.pages import explain  # the pages read fixtures: only for this command

    out.write(printable(explain(args.code)))
    return OK


def add_commands(commands: Any) -> None:
    """Add ``check`` and ``explain`` to the subcommands."""
    check_ = commands.add_parser("check", help="check designs in the method's own terms")
    check_.add_argument("paths", nargs="+", metavar="PATH")
    check_.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text")
    check_.add_argument("--profile", help="default, lenient or strict")
    check_.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="codes, prefixes or slugs to run, comma-separated",
    )
    check_.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="codes, prefixes or slugs to leave out, comma-separated",
    )
    check_.add_argument("--as-of", metavar="DATE", help="judge the design on this date")
    add_lang(check_)
    add_config(check_)
    check_.set_defaults(handler=_check)

    explain_ = commands.add_parser("explain", help="print a check's page, or list the checks")
    explain_.add_argument("code", nargs="?", metavar="CODE")
    add_lang(explain_)
    explain_.set_defaults(handler=_explain)
