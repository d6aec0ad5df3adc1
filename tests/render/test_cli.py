"""``plein report``: the participation report from the command line."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from plein import examples
from plein.cli import _report
from plein.cli._common import UsageProblem
from tests.render._html import Page


def run(*argv: str) -> tuple[int, str, str]:
    """Run the report command as the command line does, returning code, stdout and stderr."""
    parser = argparse.ArgumentParser(prog="plein")
    _report.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["report", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(args, out, err)
    return code, out.getvalue(), err.getvalue()


def test_report_writes_to_the_output_file(tmp_path: Path) -> None:
    """With -o the report goes to the file, nothing to stdout, and the exit code is 0."""
    target = tmp_path / "verslag.html"
    code, out, err = run(examples.path("shopping-centre"), "--as-of", "2026-11-28",
                         "--lang", "nl", "-o", str(target))  # fmt: skip
    assert (code, out, err) == (0, "", "")
    html = target.read_text(encoding="utf-8")
    assert "Participatieverslag" in html
    assert Page(html).unexpected() == []


def test_report_writes_markdown_in_english_to_stdout() -> None:
    """--format md --lang en prints the English Markdown report."""
    code, out, _ = run(examples.path("heat-transition"), "--format", "md", "--lang", "en",
                       "--as-of", "2026-11-28")  # fmt: skip
    assert code == 0
    assert out.startswith("# Participation report: Wijkaanpak aardgasvrij Oosterpark")
    assert "## Who was involved" in out


def test_personal_data_only_with_the_flag() -> None:
    """The contact person's e-mail address is printed only with --personal-data."""
    path = examples.path("shopping-centre")
    _, without, _ = run(path, "--as-of", "2026-11-28", "--format", "md")
    _, with_data, _ = run(path, "--as-of", "2026-11-28", "--format", "md", "--personal-data")
    assert "bewonerscommissie@example.org" not in without
    assert "bewonerscommissie@example.org" in with_data


def test_an_unreadable_design_exits_2(tmp_path: Path) -> None:
    """A design that cannot be read gets its problems on stderr and exit code 2."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    code, out, err = run(str(broken))
    assert code == 2
    assert out == ""
    assert err


def test_an_unwritable_output_exits_2(tmp_path: Path) -> None:
    """An output path that cannot be written is reported, with exit code 2."""
    target = tmp_path / "missing" / "verslag.html"
    code, _, err = run(examples.path("shopping-centre"), "--as-of", "2026-11-28",
                       "-o", str(target))  # fmt: skip
    assert code == 2
    assert "cannot write" in err


def test_a_bad_date_is_a_usage_problem() -> None:
    """--as-of takes YYYY-MM-DD; anything else is a usage problem (exit 2 from main)."""
    with pytest.raises(UsageProblem, match="YYYY-MM-DD"):
        run(examples.path("shopping-centre"), "--as-of", "28-11-2026")
