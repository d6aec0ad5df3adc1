"""The views inside JupyterLab's own stylesheet, as nbconvert's ``lab`` template inlines it.

JupyterLab styles every table in an output (``.jp-RenderedHTMLCommon td`` and friends):
right-aligned cells, a fixed table layout, striped rows. The views' stylesheet must win
each of those declarations on the elements a view uses, by specificity alone (so the order
of the stylesheets in the page does not matter).
"""

from __future__ import annotations

import re
from typing import Any

import pendulum
import pytest

import plein
import plein.render
from plein.trust import promise_ledger

nbformat = pytest.importorskip("nbformat")
nbconvert = pytest.importorskip("nbconvert")
tinycss2 = pytest.importorskip("tinycss2")

AS_OF = pendulum.Date(2026, 11, 28)
#: The elements a view is made of (besides the SVG's own).
VIEW_ELEMENTS = {"table", "thead", "tbody", "tr", "th", "td", "h3", "p", "svg", "span"}

Specificity = tuple[int, int, int]


def specificity(selector: str) -> Specificity:
    """The (ids, classes, elements) specificity of one complex selector (CSS Selectors 4;
    ``:not(x)`` counts as ``x``)."""
    rest = re.sub(r":not\(([^)]*)\)", r" \1", selector)
    ids = len(re.findall(r"#[\w-]+", rest))
    classes = len(re.findall(r"\.[\w-]+|\[[^\]]*\]|(?<!:):[\w-]+(?:\([^)]*\))?", rest))
    rest = re.sub(r"\[[^\]]*\]|\([^)]*\)", "", rest)
    elements = len(re.findall(r"(?:^|[\s>+~])([a-z][a-z0-9]*)", rest))
    elements += len(re.findall(r"::[\w-]+", rest))
    return ids, classes, elements


def test_specificity_is_counted_as_css_does() -> None:
    """The helper counts ids, classes (attributes, pseudo-classes) and elements."""
    assert specificity(".jp-RenderedHTMLCommon td") == (0, 1, 1)
    assert specificity(":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th") == (0, 2, 1)
    assert specificity(".jp-RenderedHTMLCommon tbody tr:nth-child(odd)") == (0, 2, 2)
    assert specificity("div.plein-view[lang] td") == (0, 2, 2)


def _rules(css: str) -> list[tuple[str, list[str]]]:
    """Each (selector, properties) of a stylesheet, @media blocks left out."""
    found = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        names = [
            d.lower_name
            for d in tinycss2.parse_declaration_list(
                rule.content, skip_comments=True, skip_whitespace=True
            )
            if d.type == "declaration"
        ]
        for selector in tinycss2.serialize(rule.prelude).split(","):
            found.append((" ".join(selector.split()), names))
    return found


def _subject(selector: str) -> tuple[str, str]:
    """The element of a selector's last compound, and what else that compound says."""
    last = re.split(r"\s*[>+~]\s*|\s+", selector)[-1]
    match = re.match(r"([a-z][a-z0-9]*)(.*)", last)
    return (match[1], match[2]) if match else ("", last)


def _reaches_a_view(selector: str) -> bool:
    """A JupyterLab rule that applies to an element of a view inside an output: its root is
    a ``.jp-`` class, anything between is a bare element, and the element has no class."""
    compounds = re.split(r"\s*[>+~]\s*|\s+", selector)
    element, extra = _subject(selector)
    return (
        element in VIEW_ELEMENTS
        and ".jp-Rendered" in compounds[0] + (compounds[1] if len(compounds) > 2 else "")
        and not re.search(r"\.[\w-]", extra)
        and all(re.fullmatch(r"[a-z][a-z0-9]*", c) for c in compounds[1:-1])
    )


def _covers(ours: str, theirs: str) -> bool:
    """Whether our property sets theirs (``margin`` sets ``margin-left``)."""
    return ours == theirs or theirs.startswith(f"{ours}-")


@pytest.fixture(scope="module")
def lab_page() -> str:
    """A notebook whose outputs are the four views, rendered with the lab template."""
    design = plein.examples.load("shopping-centre")
    values: list[Any] = [
        design,
        design.sessions[1],
        plein.check(design, as_of=AS_OF),
        promise_ledger(design, AS_OF),
    ]
    with plein.defaults(as_of=AS_OF):
        bundles = [value._repr_mimebundle_() for value in values]
    notebook = nbformat.v4.new_notebook()
    for index, bundle in enumerate(bundles):
        cell = nbformat.v4.new_code_cell("view", execution_count=index + 1)
        cell.outputs = [nbformat.v4.new_output("display_data", data=bundle)]
        notebook.cells.append(cell)
    exporter = nbconvert.HTMLExporter(template_name="lab")
    page: str = exporter.from_notebook_node(notebook)[0]
    return page


def test_the_lab_template_puts_the_views_in_jupyterlab_output_areas(lab_page: str) -> None:
    """Each view sits in an HTML output of JupyterLab's, whose stylesheet is in the page."""
    outputs = re.findall(r'<div class="([^"]*)"[^>]*data-mime-type="text/html"', lab_page)
    assert len(outputs) == 4
    assert all("jp-RenderedHTMLCommon" in classes.split() for classes in outputs)
    assert lab_page.count('<div class="plein-view" lang="nl">') == 3  # the report is English
    assert ".jp-RenderedHTMLCommon td" in lab_page


def test_the_views_rules_outrank_jupyterlabs_on_every_element_they_use(lab_page: str) -> None:
    """For every declaration JupyterLab makes on a view's element, a rule of the view sets
    the same property with a higher specificity."""
    styles = re.findall(r"<style[^>]*>(.*?)</style>", lab_page, flags=re.DOTALL)
    ours = [r for css in styles if "plein-view" in css for r in _rules(css)]
    theirs = [r for css in styles if "plein-view" not in css for r in _rules(css)]
    relevant = [(s, names) for s, names in theirs if _reaches_a_view(s)]
    assert len(relevant) >= 10  # JupyterLab's table, cell, row, heading and paragraph rules
    losing = []
    for selector, names in relevant:
        element = _subject(selector)[0]
        mine = [
            (specificity(s), n)
            for s, n in ours
            if _subject(s)[0] == element and not re.search(r"\.[\w-]", _subject(s)[1])
        ]
        for name in names:
            best = max((spec for spec, n in mine if any(_covers(m, name) for m in n)), default=None)
            if best is None or best <= specificity(selector):
                losing.append(f"{selector} {{{name}}}")
    assert losing == [], "\n".join(losing)
