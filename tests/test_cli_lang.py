"""Every command has the same default language: --lang, else PLEIN_LANG, else English."""

from __future__ import annotations

import io

import pytest

from plein import examples
from plein.cli import main

FLAWED = examples.path("flawed-evening")
DATE = ("--as-of", "2026-06-01")

#: Each command that writes words, and words its output has in each language only.
COMMANDS = {
    "check": (
        ("check", FLAWED, "--select", "SH101", *DATE),
        {"en": "The issue", "nl": "Het vraagstuk"},
    ),
    "report": (
        ("report", FLAWED, "--format", "md", *DATE),
        {"en": "# Participation report", "nl": "# Participatieverslag"},
    ),
    "ledger": (
        ("ledger", FLAWED, *DATE),
        {"en": "Promises and actions", "nl": "Toezeggingen en actiepunten"},
    ),
    "explain": (("explain",), {"en": "An action or promise", "nl": "Een actiepunt"}),
    # A table whose header names the other language's column: English, or Engels.
    "formats": (("formats",), {"en": "  English  ", "nl": "  Engels  "}),
}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _speaks(command: str, out: str, lang: str) -> bool:
    """Whether the command's output is in ``lang``, by words only that language uses."""
    return COMMANDS[command][1][lang] in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_speaks_english_by_default(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --lang or PLEIN_LANG, every command writes English."""
    monkeypatch.delenv("PLEIN_LANG", raising=False)
    code, out, _ = run(*COMMANDS[command][0])
    assert code in (0, 1)
    assert _speaks(command, out, "en")
    assert not _speaks(command, out, "nl")


@pytest.mark.parametrize("command", COMMANDS)
def test_plein_lang_sets_every_command_and_lang_wins(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PLEIN_LANG=nl makes every command Dutch; --lang en on the command line wins over it."""
    monkeypatch.setenv("PLEIN_LANG", "nl")
    _, dutch, _ = run(*COMMANDS[command][0])
    assert _speaks(command, dutch, "nl")
    _, english, _ = run(*COMMANDS[command][0], "--lang", "en")
    assert _speaks(command, english, "en")


def test_a_bad_plein_lang_is_a_usage_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    """PLEIN_LANG set to another language exits 2 and says which values it takes."""
    monkeypatch.setenv("PLEIN_LANG", "fr")
    code, out, err = run("check", FLAWED)
    assert (code, out) == (2, "")
    assert "PLEIN_LANG is en or nl" in err
