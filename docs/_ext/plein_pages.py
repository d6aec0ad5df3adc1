"""Writes one page per registered check before the build, from the check itself.

A check's page is made by :func:`plein.pages.explain` from its docstring, its options
and its fixture file, so the docs show exactly what the tests run. The pages are written
into ``docs/checks/`` (not kept in version control) with an index listing every check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plein.checks import registry
from plein.pages import explain


def write_pages(app: Any) -> None:
    folder = Path(app.srcdir) / "checks"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    lines = [
        "# Every check",
        "",
        "Each check has a page: what it checks, why it matters for a Plein, an example that",
        "fails, the same example fixed, and its options. `plein explain CODE` prints the same",
        "page.",
        "",
        "| code | slug | severity | what is wrong |",
        "|---|---|---|---|",
    ]
    codes = []
    for check in registry():
        (folder / f"{check.code}.md").write_text(explain(check.code), encoding="utf-8")
        lines.append(
            f"| [{check.code}]({check.code}.md) | `{check.slug}` | {check.severity.value} "
            f"| {check.summary.en} |"
        )
        codes.append(check.code)
    lines += ["", "```{toctree}", ":hidden:", "", *codes, "```", ""]
    (folder / "index.md").write_text("\n".join(lines), encoding="utf-8")


def _type_name(tp: Any) -> str:
    import enum
    import types
    import typing

    import pendulum

    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return " or ".join(_type_name(a) for a in args)
    if origin is tuple:
        return f"list of {_type_name(typing.get_args(tp)[0])}"
    if origin is not None and "Mapping" in str(origin):
        return "mapping"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(f"`{m.value}`" for m in tp)
    from plein.model import Count, EdtfDate

    names = {str: "text", int: "whole number", bool: "true/false",
             pendulum.Date: "date `YYYY-MM-DD`", pendulum.Time: "time `HH:MM`",
             pendulum.Duration: "length, ISO 8601 (`P6W`, `P3M`)",
             EdtfDate: "date, EDTF (`2021-06-19`, `2021-05`, `2021-06~`; see [records](records.md))",
             Count: "count (`35`, `\"~130\"`, `\">60\"`, `\"25-30\"`)"}  # fmt: skip
    if tp in names:
        return names[tp]
    return f"[{tp.__name__}](#format-{tp.__name__.lower()})"


def write_format_keys(app: Any) -> None:
    """The keys of every entity of the design format, from the model itself."""
    import typing

    import attrs

    import plein
    from plein.model import camel
    from plein.workformats import GroupStep, OwnFormat, Range, RoleNeed, WorkFormat

    classes = [plein.Trajectory, plein.Issue, plein.Party, plein.ContactPerson,
               plein.RoleAssignment, plein.Session, plein.Window, plein.SessionParty,
               plein.SafetyMeasure, plein.Block, plein.Track, plein.TrackBlock, plein.Evaluation,
               plein.Review,
               plein.Agreement, plein.Outcome, plein.Action, plein.Promise, plein.Occurrence,
               plein.Due, plein.Headcount, plein.Occasion,
               plein.Step, plein.Waiver, OwnFormat, WorkFormat, Range, GroupStep,
               RoleNeed]  # fmt: skip
    lines = [
        "# Every key of the design format",
        "",
        "Generated from the model, so it cannot drift from what the loader accepts. Keys",
        "marked *required* must be given; the others have the default shown.",
        "",
    ]
    for cls in classes:
        hints = typing.get_type_hints(cls)
        doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        lines += [
            f"(format-{cls.__name__.lower()})=",
            f"## {cls.__name__}",
            "",
            doc,
            "",
            "| key | value | default |",
            "|---|---|---|",
        ]
        for field in attrs.fields(cls):
            if cls is plein.Trajectory and field.name == "source":
                continue
            if field.default is attrs.NOTHING:
                default = "*required*"
            elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                default = "empty"
            else:
                value = field.default
                default = "none" if value is None else f"`{getattr(value, 'value', value)}`"
            key = "schemaVersion" if field.name == "schema_version" else camel(field.name)
            lines.append(f"| `{key}` | {_type_name(hints[field.name])} | {default} |")
        lines.append("")
    (Path(app.srcdir) / "format-keys.md").write_text("\n".join(lines), encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    app.connect("builder-inited", write_pages)
    app.connect("builder-inited", write_format_keys)
    return {"parallel_read_safe": True, "version": "1"}
