"""``plein check`` and ``plein explain``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from plein.checks import Finding, Report, Severity, check, registry
from plein.cli._common import (
    BAD_INPUT,
    FINDINGS,
    OK,
    add_config,
    add_lang,
    add_max_problems,
    load_designs,
    parse_date,
    printable,
    read_config,
    split_codes,
)
from plein.errors import Problem

__all__ = ["add_commands"]


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    config = read_config(args).with_overrides(
        profile=args.profile, select=split_codes(args.select), ignore=split_codes(args.ignore)
    )
    config.resolve()  # a bad profile or selector is a usage problem before any file
    as_of = parse_date(args.as_of) if args.as_of else None
    problems: list[Problem] = []
    designs, failed = load_designs(args.paths, err, problems, args.max_problems)
    report = Report.merge(check(d, config, as_of=as_of, lang=args.lang) for d in designs)
    if args.format != "text":
        # A tool that reads only the machine output must see that a file did not load:
        # each load problem is a record there too (the text goes to stderr as before).
        loading = Report(_load_findings(problems, args.lang), lang=args.lang)
        report = Report.merge([loading, report])
    render: dict[str, Callable[[], str]] = {
        "text": report.to_text,
        "json": report.to_json,
        "sarif": lambda: _sarif(report, failed),
        "github": report.to_github,
    }
    if designs or args.format != "text":  # machine formats stay parseable, even empty
        out.write(printable(render[args.format]()))
    if failed:
        return BAD_INPUT
    return FINDINGS if report.has_errors else OK


#: The slug of a record that stands for a problem that kept a file from loading.
LOAD_PROBLEM = "load-problem"
_LOAD_HINT = {
    "en": "The file did not load, so it was not checked: fix this, then check it again.",
    "nl": "Het bestand laadde niet en is niet gecontroleerd: herstel dit en controleer opnieuw.",
}


def _load_findings(problems: Sequence[Problem], lang: str) -> tuple[Finding, ...]:
    """The load problems as error-level records, coded by the problem's own code."""
    return tuple(
        Finding(
            code=p.code,
            slug=LOAD_PROBLEM,
            severity=Severity.ERROR,
            message=p.reason if p.reason.endswith((".", "?", "!")) else f"{p.reason}.",
            hint=_LOAD_HINT[lang],
            path=p.path,
            file=p.file,
            line=p.line,
            column=p.column,
        )
        for p in problems
    )


def _sarif(report: Report, failed: bool) -> str:
    """The SARIF log, whose invocation says whether every file could be read."""
    log = json.loads(report.to_sarif())
    log["runs"][0]["invocations"] = [{"executionSuccessful": not failed}]
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


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
    add_max_problems(check_)
    check_.set_defaults(handler=_check)

    explain_ = commands.add_parser("explain", help="print a check's page, or list the checks")
    explain_.add_argument("code", nargs="?", metavar="CODE")
    add_lang(explain_)
    explain_.set_defaults(handler=_explain)
