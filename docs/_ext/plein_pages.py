"""Pages and outputs made from plein itself at build time, so the docs cannot drift.

A check's page is made by :func:`plein.pages.explain` from its docstring, its options
and its fixture file, so the docs show exactly what the tests run. The pages are written
into ``docs/checks/`` (not kept in version control) with an index listing every check.

The ``plein-cli`` directive runs a command through :func:`plein.cli.main` while the docs
are built and shows the command with what it printed::

    ```{plein-cli} plein check marktplein.yaml --as-of 2027-01-01
    :file: marktplein.yaml=tutorial/step-2.yaml
    :exit: 1
    ```

The ``plein-diff`` directive shows how a file changes from one version to the next, as
a unified diff whose header names the file the reader keeps (``:name:``)::

    ```{plein-diff} tutorial/step-2.yaml tutorial/step-3.yaml
    :name: marktplein.yaml
    ```

``plein-cli`` runs in an empty temporary folder holding only the ``:file:`` copies (``NAME=SOURCE``,
comma-separated, SOURCE relative to ``docs/``). An exit code other than ``:exit:``
(default 0) fails the build.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import shlex
import shutil
import tempfile
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from plein.checks import registry
from plein.cli import main
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
    from plein.export._schema_words import FIELDS, KEYS
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
        "marked *required* must be given; the others have the default shown. What each",
        "key says is what an editor shows from the JSON Schema.",
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
            "| key | value | default | what it says |",
            "|---|---|---|---|",
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
            # The same words an editor shows from the JSON Schema.
            meaning = FIELDS.get((cls.__name__, key)) or KEYS.get(key, "")
            meaning = meaning.replace("|", "\\|")
            lines.append(f"| `{key}` | {_type_name(hints[field.name])} | {default} | {meaning} |")
        lines.append("")
    (Path(app.srcdir) / "format-keys.md").write_text("\n".join(lines), encoding="utf-8")


class PleinCli(SphinxDirective):
    """Run one ``plein`` command at build time and show it with its output."""

    required_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = {
        "file": directives.unchanged,
        "exit": directives.nonnegative_int,
    }

    def run(self) -> list[nodes.Node]:
        argv = shlex.split(self.arguments[0])
        if not argv or argv[0] != "plein":
            raise self.error("plein-cli: the command must start with 'plein'")
        expected = self.options.get("exit", 0)
        with tempfile.TemporaryDirectory() as folder:
            for pair in filter(None, self.options.get("file", "").split(",")):
                name, _, source = pair.strip().partition("=")
                path = Path(self.env.srcdir) / source
                if not source or not path.is_file():
                    raise self.error(f"plein-cli: no file {source!r} for {name!r}")
                self.env.note_dependency(str(path))
                shutil.copyfile(path, Path(folder) / name)
            printed = io.StringIO()
            # One stream for both, so problems (stderr) and results (stdout) keep their order.
            with contextlib.chdir(folder):
                code = main(argv[1:], out=printed, err=printed)
        if code != expected:
            raise self.error(
                f"plein-cli: {self.arguments[0]!r} exited with {code}, not {expected}:\n"
                + printed.getvalue()
            )
        shown = f"$ {self.arguments[0]}\n{printed.getvalue()}".rstrip()
        if code:
            shown += f"\n$ echo $?\n{code}"
        block = nodes.literal_block(shown, shown)
        block["language"] = "console"
        self.set_source_info(block)
        return [block]


class PleinDiff(SphinxDirective):
    """Show the change from one file (relative to ``docs/``) to another as a diff."""

    required_arguments = 2
    option_spec: ClassVar[dict[str, Any]] = {"name": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        texts = []
        for source in self.arguments:
            path = Path(self.env.srcdir) / source
            if not path.is_file():
                raise self.error(f"plein-diff: no file {source!r}")
            self.env.note_dependency(str(path))
            texts.append(path.read_text(encoding="utf-8").splitlines(keepends=True))
        name = self.options.get("name", Path(self.arguments[1]).name)
        shown = "".join(difflib.unified_diff(*texts, f"a/{name}", f"b/{name}")).rstrip()
        if not shown:
            raise self.error("plein-diff: the files are the same")
        block = nodes.literal_block(shown, shown)
        block["language"] = "diff"
        self.set_source_info(block)
        return [block]


def setup(app: Any) -> dict[str, Any]:
    app.connect("builder-inited", write_pages)
    app.connect("builder-inited", write_format_keys)
    app.add_directive("plein-cli", PleinCli)
    app.add_directive("plein-diff", PleinDiff)
    return {"parallel_read_safe": True, "version": "1"}
