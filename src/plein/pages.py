"""Each check's page: what it checks, why, a failing and a fixed example, its options.

The page is made from the check itself (its docstring and options) and from its fixture
file (the examples), so that the docs show exactly what the tests run.
"""

from __future__ import annotations

import inspect

import yaml

from plein.checks import Check, registry
from plein.testing import Case, fixture_path, load_cases

__all__ = ["REQUIRED_SECTIONS", "examples", "explain"]

#: The sections every check's docstring must have.
REQUIRED_SECTIONS = ("## What it checks", "## Why it matters")


def examples(check: type[Check]) -> dict[str, Case]:
    """The fixture cases marked as the page's ``failing`` and ``fixed`` examples."""
    path = fixture_path(check)
    if not path.exists():
        return {}
    return {c.example: c for c in load_cases(path) if c.example in ("failing", "fixed")}


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
    for kind, title in (("failing", "An example that fails"), ("fixed", "The same, fixed")):
        case = cases.get(kind)
        if case is None:
            continue
        lines += [f"## {title}", ""]
        if case.description:
            lines += [case.description, ""]
        if case.options:
            lines += [
                "With the options:",
                "",
                "```yaml",
                yaml.safe_dump(dict(case.options), sort_keys=False).rstrip(),
                "```",
                "",
            ]
        design = yaml.safe_dump(dict(case.design), sort_keys=False, allow_unicode=True)
        lines += ["```yaml", design.rstrip(), "```", ""]
    lines += ["## Options", ""]
    if check.options:
        lines += ["| option | default | what it does |", "|---|---|---|"]
        for name, option in check.options.items():
            lines.append(f"| `{name}` | `{option.default!r}` | {option.help} |")
    else:
        lines.append("This check has no options.")
    return "\n".join(lines).rstrip() + "\n"
