"""docs/notebook.ipynb runs top to bottom and ends with the participation report."""

from __future__ import annotations

import contextvars
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
    """Every code cell executed in order, in one namespace, the way a kernel would.

    The cells run in a copy of this thread's context, so that the notebook's
    ``plein.set_defaults`` does not reach the tests that run after it.
    """
    names: dict[str, Any] = {"__name__": "__notebook__"}

    def run_cells() -> None:
        for index, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] == "code":
                code = compile("".join(cell["source"]), f"{NOTEBOOK.name}[{index}]", "exec")
                exec(code, names)

    contextvars.copy_context().run(run_cells)
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
    first = namespace["plein"].check(namespace["trajectory"], as_of=namespace["AS_OF"], lang="en")
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


@pytest.fixture(scope="module")
def executed() -> Any:
    """The notebook run top to bottom in a real Jupyter kernel, outputs and all."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=300, resources={"metadata": {"path": "."}}
    )
    client.execute()
    return notebook


def _outputs(notebook: Any) -> list[Any]:
    return [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]


def test_the_notebook_runs_in_a_kernel_without_errors(executed: Any) -> None:
    """In a real kernel every code cell runs, and no cell has an error output."""
    errors = [out for out in _outputs(executed) if out.output_type == "error"]
    assert errors == []
    assert all(cell.execution_count for cell in executed.cells if cell.cell_type == "code")


def test_the_kernel_gets_every_form_of_the_views(executed: Any) -> None:
    """The kernel's outputs hold the views' HTML, their pictures as SVG, and their text;
    the HTML is in English, as the notebook's setting asks, and the report in Dutch."""
    rich = [
        out.data
        for out in _outputs(executed)
        if out.output_type in ("display_data", "execute_result")
    ]
    views = [data for data in rich if '<div class="plein-view"' in data.get("text/html", "")]
    assert views
    assert all('lang="en"' in data["text/html"] for data in views)
    pictures = [data["image/svg+xml"] for data in rich if "image/svg+xml" in data]
    assert any("The programme on the clock" in svg for svg in pictures)
    assert any("What follows what" in svg for svg in pictures)
    assert any(data.keys() == {"image/svg+xml", "text/plain"} for data in rich)  # exclude=html
    assert any("Participatieverslag" in data.get("text/html", "") for data in rich)
    frames = [data["text/html"] for data in rich if "dataframe" in data.get("text/html", "")]
    assert len(frames) >= 4
