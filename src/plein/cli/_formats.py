"""``plein formats``: the catalogue of work formats, one format in full, and what was learned.

``plein formats`` lists the catalogue, filtered by ``--purpose``, ``--group-size``,
``--minutes`` and ``--arc``; with a purpose, a group size and minutes all given it lists
the suggestions, best first. ``plein formats ID`` shows one format in full.
``--learned FILE...`` reads designs and summarises how their evaluated blocks went; with
filters it ranks the suggestions by that experience too, and with an ID it adds what
was learned about that format.
"""

from __future__ import annotations

import argparse
import io
import json
import textwrap
from typing import Any, TextIO

from plein.cli._common import BAD_INPUT, OK, UsageProblem, add_lang, load_designs, printable
from plein.model import IssueKind
from plein.workformats import (
    Arc,
    Catalogue,
    Experience,
    FormatExperience,
    Purpose,
    Range,
    Tally,
    UnknownFormatError,
    WorkFormat,
    default_catalogue,
    learn,
)

__all__ = ["add_commands"]

_WIDTH = 88

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "id": "id",
        "nl": "Dutch",
        "en": "English",
        "arc": "arc",
        "minutes": "minutes",
        "typical": "typical",
        "group": "group",
        "exposure": "exposure",
        "score": "learned",
        "formats": "{n} work formats",
        "format": "1 work format",
        "suggested": ", best first",
        "none": "No work format fits.",
        "purposes": "purposes",
        "tables": "tables",
        "builds_trust": "builds trust",
        "roles": "roles",
        "per": "per",
        "materials": "materials",
        "online": "online",
        "yes": "yes",
        "no": "no",
        "steps": "Steps",
        "min": "min",
        "sources": "Sources",
        "learned": "Learned",
        "uses": "used {uses} times, evaluated {evaluated}, new to the organisers {new}",
        "worked": "worked: participants {p}, facilitator {f}",
        "mean": "mean score: participants {p}, facilitator {f}",
        "score_line": "score (0-1): {score}",
        "by_kind": "by issue kind",
        "by_size": "by group size",
        "by_moment": "by moment",
        "changes": "what we would change",
        "unknown": "not in the catalogue nor among a design's own formats",
        "issue_kind_alone": "--issue-kind counts only with --learned FILE...",
        "id_and_filters": "give a format's ID, or filters (--purpose ...), not both",
    },
    "nl": {
        "id": "id",
        "nl": "Nederlands",
        "en": "Engels",
        "arc": "fase",
        "minutes": "minuten",
        "typical": "meestal",
        "group": "groep",
        "exposure": "openheid",
        "score": "geleerd",
        "formats": "{n} werkvormen",
        "format": "1 werkvorm",
        "suggested": ", beste eerst",
        "none": "Geen werkvorm past.",
        "purposes": "doelen",
        "tables": "tafels",
        "builds_trust": "bouwt vertrouwen",
        "roles": "rollen",
        "per": "per",
        "materials": "materiaal",
        "online": "online",
        "yes": "ja",
        "no": "nee",
        "steps": "Stappen",
        "min": "min",
        "sources": "Bronnen",
        "learned": "Geleerd",
        "uses": "{uses} keer gebruikt, {evaluated} keer geëvalueerd, {new} keer nieuw",
        "worked": "werkte: deelnemers {p}, begeleider {f}",
        "mean": "gemiddeld cijfer: deelnemers {p}, begeleider {f}",
        "score_line": "score (0-1): {score}",
        "by_kind": "per soort vraagstuk",
        "by_size": "per groepsgrootte",
        "by_moment": "per moment",
        "changes": "wat we anders zouden doen",
        "unknown": "niet in de catalogus en geen eigen werkvorm van een ontwerp",
        "issue_kind_alone": "--issue-kind telt alleen mee met --learned BESTAND...",
        "id_and_filters": "geef de ID van een werkvorm, of filters (--purpose ...), niet allebei",
    },
}


def _number(value: float | None, lang: str, digits: int = 2) -> str:
    if value is None:
        return "-"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{round(100 * value)}%"


def _range(value: Range | None) -> dict[str, int | None] | None:
    return None if value is None else {"low": value.low, "high": value.high}


# -- data --------------------------------------------------------------------------------


def _row(fmt: WorkFormat) -> dict[str, Any]:
    return {
        "id": fmt.id,
        "nameNl": fmt.name_nl,
        "nameEn": fmt.name_en,
        "purposes": [p.value for p in fmt.purposes],
        "arc": fmt.arc.value,
        "minutes": _range(fmt.minutes),
        "typicalMinutes": fmt.typical_minutes,
        "groupSize": _range(fmt.group_size),
        "exposure": fmt.exposure.value,
    }


def _full(fmt: WorkFormat) -> dict[str, Any]:
    return {
        **_row(fmt),
        "description": fmt.description,
        "steps": [
            {"group": s.group, "minutes": s.minutes, "description": s.description}
            for s in fmt.steps
        ],
        "tableSize": _range(fmt.table_size),
        "buildsTrust": fmt.builds_trust,
        "rolesNeeded": [{"role": n.role.value, "per": n.per.value} for n in fmt.roles_needed],
        "materials": list(fmt.materials),
        "online": fmt.online,
        "sources": list(fmt.sources),
    }


def _learned_brief(experience: Experience, fmt_id: str, args: argparse.Namespace) -> dict[str, Any]:
    """The score the ranking used (this issue kind and group size), and the overall counts."""
    overall = experience.for_format(fmt_id).overall
    return {
        "score": experience.score(fmt_id, args.issue_kind, args.group_size),
        "uses": overall.uses,
        "evaluated": overall.evaluated,
    }


# -- the command -------------------------------------------------------------------------


def _formats(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    # What the designs taught holds their own text: it goes out escaped.
    lines = io.StringIO()
    code = _formats_to(args, lines, err)
    out.write(printable(lines.getvalue()))
    return code


def _formats_to(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    words = _WORDS[args.lang]
    if args.issue_kind is not None and args.learned is None:
        raise UsageProblem(words["issue_kind_alone"])
    if args.id is not None and _filtered(args):
        raise UsageProblem(words["id_and_filters"])
    experience: Experience | None = None
    failed = False
    if args.learned is not None:
        designs, failed = load_designs(args.learned, err)
        experience = learn(designs)
    catalogue = default_catalogue()
    if args.id is not None:
        try:
            fmt = catalogue.get(args.id)
        except UnknownFormatError as exc:
            message = f"plein formats: no work format has the id or name {args.id!r}; "
            if exc.suggestions:
                message += f"did you mean {' or '.join(exc.suggestions)}?"
            else:
                message += "run `plein formats` to list them"
            print(printable(message), file=err)
            return BAD_INPUT
        _show_one(fmt, experience, args, out)
    elif experience is not None and not _filtered(args):
        if args.format == "json":
            print(json.dumps(experience.to_dict(), indent=2, ensure_ascii=False), file=out)
        else:
            out.write(experience.summary(args.lang))
    else:
        _show_list(catalogue, experience, args, out)
    return BAD_INPUT if failed else OK


def _filtered(args: argparse.Namespace) -> bool:
    return any(v is not None for v in (args.purpose, args.group_size, args.minutes, args.arc))


def _choose(
    catalogue: Catalogue, experience: Experience | None, args: argparse.Namespace
) -> tuple[list[WorkFormat], bool]:
    """The formats to list, and whether they are suggestions (best first)."""
    ranked = experience is not None and _filtered(args)
    if ranked or None not in (args.purpose, args.group_size, args.minutes):
        suggested = catalogue.suggest(
            args.purpose,
            args.group_size,
            args.minutes,
            args.arc,
            limit=len(catalogue),
            experience=experience,
            issue_kind=args.issue_kind,
        )
        return suggested, True
    found = catalogue.filter(args.purpose, args.group_size, args.minutes)
    return [f for f in found if args.arc is None or f.arc == args.arc], False


def _show_list(
    catalogue: Catalogue, experience: Experience | None, args: argparse.Namespace, out: TextIO
) -> None:
    formats, suggested = _choose(catalogue, experience, args)
    if args.format == "json":
        records = [_row(fmt) for fmt in formats]
        if experience is not None:
            for record in records:
                record["learned"] = _learned_brief(experience, record["id"], args)
        print(json.dumps(records, indent=2, ensure_ascii=False), file=out)
        return
    words = _WORDS[args.lang]
    if not formats:
        print(words["none"], file=out)
        return
    keys = ["id", "nl", "en", "arc", "minutes", "typical", "group", "exposure"]
    if experience is not None:
        keys.append("score")
    table = [[words[k] for k in keys]]
    for fmt in formats:
        cells = [
            fmt.id,
            fmt.name_nl,
            fmt.name_en,
            fmt.arc.value,
            str(fmt.minutes),
            str(fmt.typical_minutes),
            str(fmt.group_size),
            fmt.exposure.value,
        ]
        if experience is not None:
            score = experience.score(fmt.id, args.issue_kind, args.group_size)
            cells.append(_number(score, args.lang))
        table.append(cells)
    widths = [max(len(row[i]) for row in table) for i in range(len(keys))]
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)
    n = len(formats)
    tail = words["format"] if n == 1 else words["formats"].format(n=n)
    print(f"\n{tail}{words['suggested'] if suggested else ''}", file=out)


def _show_one(
    fmt: WorkFormat, experience: Experience | None, args: argparse.Namespace, out: TextIO
) -> None:
    record = None if experience is None else experience.for_format(fmt.id)
    if args.format == "json":
        data = _full(fmt)
        if record is not None:
            data["learned"] = record.to_dict()
        print(json.dumps(data, indent=2, ensure_ascii=False), file=out)
        return
    words = _WORDS[args.lang]
    yes_no = {True: words["yes"], False: words["no"]}
    facts: list[tuple[str, str]] = [
        (words["nl"], fmt.name_nl),
        (words["en"], fmt.name_en),
        (words["purposes"], ", ".join(p.value for p in fmt.purposes)),
        (words["arc"], fmt.arc.value),
        (words["minutes"], f"{fmt.minutes} ({words['typical']} {fmt.typical_minutes})"),
        (words["group"], str(fmt.group_size)),
    ]
    if fmt.table_size is not None:
        facts.append((words["tables"], str(fmt.table_size)))
    facts.append((words["exposure"], fmt.exposure.value))
    facts.append((words["builds_trust"], yes_no[fmt.builds_trust]))
    if fmt.roles_needed:
        roles = ", ".join(f"{n.role.value} {words['per']} {n.per.value}" for n in fmt.roles_needed)
        facts.append((words["roles"], roles))
    if fmt.materials:
        facts.append((words["materials"], "; ".join(fmt.materials)))
    facts.append((words["online"], yes_no[fmt.online]))
    width = max(len(label) for label, _ in facts) + 1
    lines = [fmt.id, ""]
    for label, value in facts:
        lines.append(
            textwrap.fill(
                value,
                width=_WIDTH,
                initial_indent=f"  {label + ':':{width}} ",
                subsequent_indent=" " * (width + 3),
                break_on_hyphens=False,
            )
        )
    if fmt.description:
        lines += ["", textwrap.fill(fmt.description, width=_WIDTH)]
    if fmt.steps:
        lines += ["", f"{words['steps']}:"]
        group_width = max(len(step.group) for step in fmt.steps)
        for step in fmt.steps:
            lines.append(
                f"  {step.minutes:>3} {words['min']}  {step.group:{group_width}}  "
                f"{step.description}".rstrip()
            )
    if fmt.sources:
        lines += ["", f"{words['sources']}:"]
        lines += [textwrap.fill(s, _WIDTH, initial_indent="  - ", subsequent_indent="    ")
                  for s in fmt.sources]  # fmt: skip
    if record is not None:
        lines += ["", *_learned_lines(record, args.lang)]
    print("\n".join(lines), file=out)


def _learned_lines(record: FormatExperience, lang: str) -> list[str]:
    words = _WORDS[lang]
    lines = [f"{words['learned']}:"]
    if not record.known:
        lines.append(f"  ({words['unknown']})")
    lines += [f"  {line}" for line in _tally_lines(record.overall, lang)]
    breakdowns = (
        (words["by_kind"], record.by_issue_kind),
        (words["by_size"], record.by_group_size),
        (words["by_moment"], record.by_moment),
    )
    for title, slices in breakdowns:
        evaluated = [(key, tally) for key, tally in slices if tally.evaluated]
        if evaluated:
            lines.append(f"  {title}:")
            for key, tally in evaluated:
                share = _percent(tally.participants.worked_share)
                score = _number(tally.score, lang)
                lines.append(f"    {key.value}: {tally.evaluated}x, {share}, score {score}")
    if record.overall.changes:
        lines.append(f"  {words['changes']}:")
        for remark in record.overall.changes:
            lines.append(f"    - {remark.text}  ({remark.trajectory}/{remark.block})")
    return lines


def _tally_lines(tally: Tally, lang: str) -> list[str]:
    words = _WORDS[lang]
    p, f = tally.participants, tally.facilitator
    return [
        words["uses"].format(
            uses=tally.uses, evaluated=tally.evaluated, new=tally.new_to_organisers
        ),
        words["worked"].format(p=_percent(p.worked_share), f=_percent(f.worked_share)),
        words["mean"].format(p=_number(p.mean_score, lang, 1), f=_number(f.mean_score, lang, 1)),
        words["score_line"].format(score=_number(tally.score, lang)),
    ]


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, not {value}")
    return value


def add_commands(commands: Any) -> None:
    """Add ``formats`` to the subcommands."""
    formats = commands.add_parser(
        "formats",
        help="list the work formats, show one, or summarise what evaluations taught",
        description=(
            "List the catalogue of work formats (filtered; with --purpose, --group-size "
            "and --minutes all given, the suggestions best first), show one format in "
            "full (ID), or summarise the evaluations recorded in design files (--learned)."
        ),
    )
    formats.add_argument("id", nargs="?", metavar="ID", help="a format's id or name")
    formats.add_argument("--purpose", choices=[p.value for p in Purpose])
    formats.add_argument("--group-size", type=_non_negative, metavar="N")
    formats.add_argument("--minutes", type=_non_negative, metavar="M")
    formats.add_argument("--arc", choices=[a.value for a in Arc])
    formats.add_argument(
        "--issue-kind",
        choices=[k.value for k in IssueKind],
        help="with --learned: rank by what worked for this kind of issue",
    )
    formats.add_argument(
        "--learned",
        nargs="+",
        metavar="FILE",
        help="design files (or directories) whose evaluated blocks to learn from",
    )
    add_lang(formats)
    formats.add_argument("--format", choices=("text", "json"), default="text")
    formats.set_defaults(handler=_formats)
