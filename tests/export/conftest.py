"""Shared helpers for the export tests."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from plein import cli
from plein.cli import _export


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Callable[..., tuple[int, str, str]]:
    """Run the command line with the export commands, as ``(code, stdout, stderr)``."""
    if _export not in cli._COMMAND_MODULES:
        monkeypatch.setattr(cli, "_COMMAND_MODULES", (*cli._COMMAND_MODULES, _export))

    def call(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(list(argv), out, err)
        return code, out.getvalue(), err.getvalue()

    return call
