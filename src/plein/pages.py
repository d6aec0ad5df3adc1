"""Each check's page: what it checks, why, a failing and a fixed example, its options.

The page is made from the check itself (its docstring and options) and from its fixture
file (the examples), so that the docs show exactly what the tests run. The failing example
is a complete design to save and check; the fixed one is shown as the change that fixes
it (a unified diff), or whole where that would be shorter.
"""

from __future__ import annotations

import difflib
import inspect

import yaml

from plein.checks import Check, registry
from plein.testing import Case, fixture_path, load_cases

__all__ = ["EXAMPLE_FILE", "REQUIRED_SECTIONS", "command", "examples", "explain"]

#: The sections every check's docstring must have.
REQUIRED_SECTIONS = ("## What it checks", "## Why it matters")


def examples(check: type[Check]) -> dict[str, Case]:
    """The fixture cases marked as the page's ``failing`` and ``fixed`` examples."""
    path = fixture_path(check)
    if not path.exists():
        return {}
    return {c.example: c for c in load_cases(path) if c.example in ("failing", "fixed")}


#: The file name the examples are saved under, in the command a page shows.
EXAMPLE_FILE = "design.yaml"


def _design_text(case: Case) -> str:
    """A case's complete design as YAML, the way a user would save it."""
    return yaml.safe_dump(case.full_design(), sort_keys=False, allow_unicode=True)


def _diff(old: Case, new: Case) -> str:
    """The unified diff from one case's complete design to another's."""
    return "".join(
        difflib.unified_diff(
            _design_text(old).splitlines(keepends=True),
            _design_text(new).splitlines(keepends=True),
            f"a/{EXAMPLE_FILE}",
            f"b/{EXAMPLE_FILE}",
        )
    )


def command(check: type[Check], case: Case) -> list[str]:
    """The ``plein check`` arguments that run one check on a saved example.

    Only this check runs, with the checks whose findings the example's waivers waive.
    Options go in a configuration file ``plein.yaml`` beside the design, which the page
    shows; the date is the case's, so that the example gives the same findings on any day.
    """
    # A waiver is judged on the findings it waives, so those checks run too.
    waived = [w.get("code") for w in case.design.get("waivers", []) if isinstance(w, dict)]
    codes = sorted({check.code, *(c for c in waived if isinstance(c, str))})
    argv = ["check", EXAMPLE_FILE, "--select", ",".join(codes), "--as-of", case.as_of.isoformat()]
    if case.options:
        argv += ["--config", "plein.yaml"]
    return argv


def _example(check: type[Check], case: Case, *, described: bool = True) -> list[str]:
    """A case as a complete design to save, with its options and the command to run."""
    lines = [case.description, ""] if described and case.description else []
    lines += [f"Save it as `{EXAMPLE_FILE}`:", "", "```yaml", _design_text(case).rstrip(), "```"]
    lines += [""]
    if case.options:
        config = {"options": {check.code: dict(case.options)}}
        lines += ["with these options in `plein.yaml`:", "", "```yaml"]
        lines += [yaml.safe_dump(config, sort_keys=False).rstrip(), "```", ""]
    lines += ["and check it:", "", "```sh", " ".join(["plein", *command(check, case)]), "```", ""]
    return lines


def explain(code: str) -> str:
    """The page of the check with this code or slug, as Markdown."""
    check = registry().get(code)
    lines = [
        f"# {check.code} {check.slug}",
        "",
        f"{check.summary.en}",
        "",
        f"*{check.summary.nl}*",
        "",
        f"Default severity: **{check.severity.value}**. Fix: {check.hint.en}",
        "",
        inspect.cleandoc(check.__doc__ or ""),
        "",
    ]
    cases = examples(check)
    failing, fixed = cases.get("failing"), cases.get("fixed")
    if failing is not None:
        lines += ["## An example that fails", ""]
        lines += _example(check, failing)
    if fixed is not None:
        lines += ["## The same, fixed", ""]
        if fixed.description:
            lines += [fixed.description, ""]
        # A diff only where the fixed example is checked the same way as the failing one.
        same_run = failing is not None and (failing.options, command(check, failing)) == (
            fixed.options,
            command(check, fixed),
        )
        change = _diff(failing, fixed) if failing is not None and same_run else ""
        if change and change.count("\n") < _design_text(fixed).count("\n"):
            lines += ["The change that fixes it:", "", "```diff", change.rstrip(), "```", ""]
        else:
            lines += _example(check, fixed, described=False)
    lines += ["## Options", ""]
    if check.options:
        lines += ["| option | default | what it does |", "|---|---|---|"]
        for name, option in check.options.items():
            lines.append(f"| `{name}` | `{option.default!r}` | {option.help} |")
    else:
        lines.append("This check has no options.")
    return "\n".join(lines).rstrip() + "\n"
