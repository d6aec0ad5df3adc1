"""Every check against its fixture cases, and the registry, pages and fixtures in step."""

from __future__ import annotations

import re

import pytest

from plein.checks import Check, Severity, registry
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
