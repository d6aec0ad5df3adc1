"""The pre-commit hooks plein offers (`.pre-commit-hooks.yaml`): what they match and run,
and pre-commit itself running them on a repository of designs."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pendulum
import pytest
import yaml

from plein.cli._export import starter_design

ROOT = Path(__file__).resolve().parents[2]
HOOKS_FILE = ROOT / ".pre-commit-hooks.yaml"
Run = Callable[..., tuple[int, str, str]]

BAD = """\
schemaVersion: "2.0"
id: square
title: The square
issue: {title: Square, question: What now?, nature: spatial, kind: other}
sessions:
  - {id: s1, title: Explore, dagdeel: evning}
"""


def _hooks() -> dict[str, dict[str, Any]]:
    hooks = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in hooks}


def _starter() -> str:
    return starter_design(pendulum.date(2026, 6, 1))


def test_hooks_are_declared_for_design_files() -> None:
    """plein-validate and plein-check are python hooks that pick designs, not other YAML."""
    hooks = _hooks()
    assert set(hooks) == {"plein-validate", "plein-check"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        files = re.compile(hook["files"])
        for name in ("design.plein.yaml", "a/b.plein.yml", "c.plein.json"):
            assert files.search(name), name
        for name in (".pre-commit-config.yaml", "docs/conf.yaml", "plein.schema.json"):
            assert not files.search(name), name


@pytest.mark.parametrize(("hook", "bad_code"), [("plein-validate", 2), ("plein-check", 2)])
def test_hook_entries_pass_a_good_design_and_fail_a_bad_one(
    run: Run, tmp_path: Path, hook: str, bad_code: int
) -> None:
    """Each hook's command, given file names as pre-commit gives them, exits 0 on a good
    design and non-zero on a design that cannot be read."""
    good = tmp_path / "good.plein.yaml"
    good.write_text(_starter(), encoding="utf-8")
    bad = tmp_path / "bad.plein.yaml"
    bad.write_text(BAD, encoding="utf-8")
    program, *arguments = shlex.split(_hooks()[hook]["entry"])
    assert program == "plein"
    extra = ["--as-of", "2026-06-01"] if hook == "plein-check" else []
    assert run(*arguments, *extra, str(good))[0] == 0
    code, _, err = run(*arguments, *extra, str(good), str(bad))
    assert code == bad_code
    assert "bad.plein.yaml:6" in err


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_pre_commit_try_repo_runs_the_hooks(tmp_path: Path) -> None:
    """`pre-commit try-repo` builds the hooks from this checkout and runs them on a
    repository of designs: both hooks fail on the bad design, the good one is read as
    valid, and other YAML is left alone. (Building the hook environment installs plein from PyPI's
    packages: it needs the package index.)"""
    if not (ROOT / ".git").exists():
        pytest.skip("the tests do not run from a git checkout of plein")
    designs = tmp_path / "designs"
    designs.mkdir()
    (designs / "good.plein.yaml").write_text(_starter(), encoding="utf-8")
    (designs / "bad.plein.yaml").write_text(BAD, encoding="utf-8")
    (designs / "other.yaml").write_text("not: [a design\n", encoding="utf-8")
    _git(designs, "init", "-q")
    _git(designs, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    pre_commit = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT)]

    def try_repo(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*pre_commit, *args], cwd=designs, env=env, capture_output=True, text=True,
            timeout=900, check=False,
        )  # fmt: skip

    # One run of both hooks (each try-repo builds the environment anew, which is slow).
    result = try_repo("--all-files")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(r"plein validate\.+Failed", output)
    assert re.search(r"plein check\.+Failed", output)
    assert "bad.plein.yaml:6:" in output
    assert "$.sessions[0].dagdeel" in output
    assert "good.plein.yaml: valid (1 session, 1 step)" in output
    assert "other.yaml" not in output
