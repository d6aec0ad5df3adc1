"""Sphinx configuration for plein's documentation."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

project = "plein"
author = "the plein developers"
copyright = "2026, the plein developers"

extensions = [
    # MyST-NB reads the MyST pages (it brings myst_parser) and the notebook, which it
    # runs at build time so that the page shows its real outputs.
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "plein_pages",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 300
exclude_patterns = ["_build", "README.md"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
# The model's docstrings use attrs-generated signatures; keep the page readable.
add_module_names = False
nitpicky = False
html_theme = "furo"
html_static_path: list[str] = []
suppress_warnings = ["myst.header"]

# Docstring examples run under pytest (--doctest-modules, with their module's names);
# the doctest builder runs the pages' own ```{doctest} blocks.
doctest_test_doctest_blocks = ""
doctest_global_setup = "import plein\nimport pendulum"
