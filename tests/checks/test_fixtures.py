"""Every check against its fixture cases, and the registry, pages and fixtures in step."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path

import pytest

from plein.checks import Check, Severity, registry
from plein.cli import main
from plein.pages import REQUIRED_SECTIONS, examples, explain
from plein.testing import Case, assert_case, fixture_path, load_cases

CHECKS = list(registry())
FAMILIES = {"TB", "SH", "FU", "GR", "PL", "TR", "WF"}


def _cases() -> list[tuple[type[Check], Case]]:
    return [
        (check, case)
        for check in CHECKS
        if fixture_path(check).exists()
        for case in load_cases(fixture_path(check))
    ]


@pytest.mark.parametrize(
    ("check", "case"), _cases(), ids=lambda x: x.code if isinstance(x, type) else x.name
)
def test_fixture_case(check: type[Check], case: Case) -> None:
    """Each fixture case gives exactly the number of findings it expects."""
    assert_case(check, case)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.code)
def test_check_is_complete(check: type[Check]) -> None:
    """A check has a family code, a problem slug, both languages, a page and examples."""
    assert re.fullmatch(r"[A-Z]{2}\d{3}", check.code)
    assert check.code[:2] in FAMILIES
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", check.slug)
    assert check.summary.en
    assert check.summary.nl
    assert check.summary.en != check.summary.nl
    assert check.hint.en
    assert check.hint.nl
    assert isinstance(check.severity, Severity)
    doc = check.__doc__ or ""
    for section in REQUIRED_SECTIONS:
        assert section in doc, f"{check.code} docstring lacks {section!r}"
    if check.options:
        assert "## Options" not in doc, "options are listed from the declarations"
    assert fixture_path(check).exists(), f"{check.code} has no fixture file"
    cases = load_cases(fixture_path(check))
    assert any(c.expect > 0 for c in cases)
    assert any(c.expect == 0 for c in cases)
    shown = examples(check)
    assert set(shown) == {"failing", "fixed"}, f"{check.code} needs a failing and a fixed example"
    assert shown["failing"].expect > 0
    assert shown["fixed"].expect == 0


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.code)
def test_page_shows_everything(check: type[Check]) -> None:
    """The page names the check, shows both examples and lists every option."""
    page = explain(check.code)
    assert page.startswith(f"# {check.code} {check.slug}")
    assert "## An example that fails" in page
    assert "## The same, fixed" in page
    for name in check.options:
        assert f"`{name}`" in page


def _block(section: str, after: str, language: str) -> str | None:
    """The first fenced block of ``language`` that follows the line ``after``."""
    found = re.search(rf"{re.escape(after)}\n\n```{language}\n(.*?)\n```", section, re.S)
    return found.group(1) + "\n" if found else None


def _patch(text: str, diff: str) -> str:
    """Apply a unified diff, as a reader (or ``patch``) would, to ``text``."""
    old = text.splitlines(keepends=True)
    new: list[str] = []
    at = 0
    for line in diff.splitlines(keepends=True)[2:]:
        hunk = re.match(r"@@ -(\d+)(?:,(\d+))? ", line)
        if hunk:
            start = int(hunk.group(1)) - (0 if hunk.group(2) == "0" else 1)
            new += old[at:start]
            at = start
        elif line[0] in " -":
            assert old[at][:-1] == line[1:].rstrip("\n"), f"diff does not fit at {at}"
            if line[0] == " ":
                new.append(old[at])
            at += 1
        else:
            new.append(line[1:])
    return "".join([*new, *old[at:]])


def _run_shown(section: str, design: str, folder: Path) -> tuple[int, str]:
    """Save a page's example the way it says, run the command it shows, return its output."""
    (folder / "design.yaml").write_text(design, encoding="utf-8")
    config = _block(section, "with these options in `plein.yaml`:", "yaml")
    if config:
        (folder / "plein.yaml").write_text(config, encoding="utf-8")
    command = _block(section, "and check it:", "sh")
    assert command, "the example shows no command"
    argv = shlex.split(command)
    assert argv[:2] == ["plein", "check"]
    printed = io.StringIO()
    code = main(argv[1:], out=printed, err=printed)
    return code, printed.getvalue()


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.code)
def test_page_examples_run_as_shown(
    check: type[Check], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved and checked as its page says, the failing example gives the check's finding
    and the fixed one (the diff applied) does not."""
    monkeypatch.chdir(tmp_path)
    page = explain(check.code)
    failing_part, fixed_part = page.split("## The same, fixed", 1)
    failing_part = failing_part.split("## An example that fails", 1)[1]
    fixed_part = fixed_part.split("## Options", 1)[0]
    failing = _block(failing_part, "Save it as `design.yaml`:", "yaml")
    assert failing is not None
    assert failing.startswith("schemaVersion:"), "not a complete design"
    diff = _block(fixed_part, "The change that fixes it:", "diff")
    fixed = (
        _patch(failing, diff) if diff else _block(fixed_part, "Save it as `design.yaml`:", "yaml")
    )
    assert fixed is not None
    assert fixed.startswith("schemaVersion:"), "not a complete design"
    finding = re.compile(rf"\b{check.code} \w+ \[")
    code, out = _run_shown(failing_part, failing, tmp_path)
    assert code in (0, 1), out
    assert finding.search(out), out
    # A diff is checked the way the failing example is; a whole design shows its own command.
    code, out = _run_shown(failing_part if diff else fixed_part, fixed, tmp_path)
    assert code == 0, out
    assert not finding.search(out), out


def test_every_fixture_file_belongs_to_a_check() -> None:
    """No fixture file lingers for a check that no longer exists."""
    known = {fixture_path(c) for c in CHECKS}
    package = fixture_path(CHECKS[0]).parents[2]
    for path in package.glob("*/fixtures/*.yaml"):
        assert path in known, f"{path} belongs to no registered check"


def test_codes_and_slugs_are_unique() -> None:
    """Codes and slugs identify one check each."""
    assert len({c.code for c in CHECKS}) == len(CHECKS)
    assert len({c.slug for c in CHECKS}) == len(CHECKS)
