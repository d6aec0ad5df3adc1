"""No control character from a design or a file name reaches the terminal."""

from __future__ import annotations

import io
import json
import pathlib
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import plein
from plein.cli import main
from plein.cli._common import printable
from tests.fuzz.harness import CONTROL

# Text of every kind but lone surrogates (which no design file can hold).
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)
HOSTILE = st.lists(
    st.sampled_from(["\x1b[31m", "\x1b]0;title\x07", "\a", "\r", "\x9b2J", "\u202e", "\x00"])
    | ANY_TEXT,
    min_size=1,
    max_size=4,
).map("".join)


@given(ANY_TEXT)
def test_printable_leaves_no_control_character(text: str) -> None:
    """For every text, what :func:`printable` makes of it has no control character but ``\\n``."""
    assert CONTROL.search(printable(text)) is None
    assert printable(text).count("\n") == text.count("\n")


@given(st.recursive(ANY_TEXT | st.integers(), lambda inner: st.lists(inner, max_size=3)))
def test_printable_json_reads_back_the_same(data: Any) -> None:
    """JSON text made printable is still JSON, and reads back to the same data."""
    text = printable(json.dumps(data, ensure_ascii=False))
    assert json.loads(text) == data


def _with_remark(remark: str) -> str:
    """The shopping-centre example as JSON, with ``remark`` as a facilitator's change."""
    data = json.loads(plein.dumps(plein.examples.load("shopping-centre"), "json"))
    blocks = [b for s in data["sessions"] for b in s.get("programme", ())]
    evaluated = next(
        b for b in blocks if "change" in b.get("evaluation", {}).get("facilitator", {})
    )
    evaluated["evaluation"]["facilitator"]["change"] = remark
    evaluated["title"] = remark or "x"
    return json.dumps(data)


COMMANDS = (
    ["validate", "{}"],
    ["validate", "{}", "--format", "json"],
    ["check", "{}", "--as-of", "2026-11-28"],
    ["check", "{}", "--as-of", "2026-11-28", "--format", "github"],
    ["check", "{}", "--as-of", "2026-11-28", "--format", "json"],
    ["ledger", "{}", "--as-of", "2026-11-28"],
    ["formats", "--learned", "{}"],
    ["formats", "--learned", "{}", "--format", "json"],
    ["formats", "dot-voting", "--learned", "{}"],
)


def _run_all(path: pathlib.Path) -> list[str]:
    printed = []
    for command in COMMANDS:
        out, err = io.StringIO(), io.StringIO()
        main([str(path) if word == "{}" else word for word in command], out=out, err=err)
        printed += [out.getvalue(), err.getvalue()]
    return printed


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(remark=HOSTILE)
def test_design_text_is_escaped_in_every_text_command(remark: str, tmp_path: pathlib.Path) -> None:
    """A remark and a block title full of terminal controls come out of every text
    command escaped."""
    path = tmp_path / "design.json"
    path.write_text(_with_remark(remark), encoding="utf-8")
    for text in _run_all(path):
        assert CONTROL.search(text) is None


def test_file_name_is_escaped(tmp_path: pathlib.Path) -> None:
    """A file name with an escape sequence and a bell in it is printed escaped."""
    path = tmp_path / "\x1b]0;owned\x07\x1b[2J.yaml"
    path.write_text("schemaVersion: '2.0'\nid: [", encoding="utf-8")
    printed = _run_all(path)
    assert any("\\u001b]0;owned\\u0007" in text for text in printed)
    for text in printed:
        assert CONTROL.search(text) is None
