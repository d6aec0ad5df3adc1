"""docs/notebook.ipynb runs top to bottom and ends with the participation report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from plein.render import SECTIONS, Html
from tests.render._html import Page

NOTEBOOK = Path(__file__).parents[2] / "docs" / "notebook.ipynb"


@pytest.fixture(scope="module")
def notebook() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def namespace(notebook: dict[str, Any]) -> dict[str, Any]:
    """Every code cell executed in order, in one namespace, the way a kernel would."""
    names: dict[str, Any] = {"__name__": "__notebook__"}
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), f"{NOTEBOOK.name}[{index}]", "exec"), names)
    return names


def test_the_notebook_is_nbformat_4_without_outputs(notebook: dict[str, Any]) -> None:
    """The notebook is nbformat 4 JSON whose code cells carry no outputs."""
    assert notebook["nbformat"] == 4
    assert {cell["cell_type"] for cell in notebook["cells"]} == {"markdown", "code"}
    for cell in notebook["cells"]:
        assert {"cell_type", "metadata", "source", "id"} <= set(cell)
        if cell["cell_type"] == "code":
            assert cell["outputs"] == []
            assert cell["execution_count"] is None


def test_the_first_check_finds_something_to_fix(namespace: dict[str, Any]) -> None:
    """The first draft has findings at error level, which the fixes then remove."""
    first = namespace["plein"].check(namespace["trajectory"], as_of=namespace["AS_OF"])
    assert first.has_errors
    assert not namespace["report"].has_errors


def test_the_notebook_ends_with_the_whole_report(namespace: dict[str, Any]) -> None:
    """The report the notebook renders has every section, and is shown as HTML."""
    html = namespace["html"]
    page = Page(html)
    assert page.section_ids == [key for key in SECTIONS if key != "findings"]
    assert page.unexpected() == []
    assert "<script" not in html
    assert Html(html)._repr_html_() == html
    assert "Speelplek Lindeplein" in page.text
