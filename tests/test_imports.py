"""What importing plein costs: heavy libraries load only with the functions that need them.

Each import is measured in a fresh interpreter, since this test process has long since
imported everything.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

import plein

# The calendar and graph exports are heavy; the schema's file name is needed to build the CLI.
HEAVY = ("networkx", "icalendar", "plein.render", "plein.export._ics", "plein.export._graphtext")


def _loaded_after(code: str) -> dict[str, bool]:
    """Run ``code`` in a fresh interpreter; which watched modules it left in sys.modules."""
    watched = (*HEAVY, "pendulum", "cattrs", "yaml", "plein.examples", "plein.model._entities")
    probe = textwrap.dedent(code) + textwrap.dedent(f"""
        import json as _json, sys as _sys
        print(_json.dumps({{name: name in _sys.modules for name in {watched!r}}}))
    """)
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    loaded: dict[str, bool] = json.loads(done.stdout.splitlines()[-1])
    return loaded


def _all_modules() -> list[str]:
    """Every module of the plein package, by name."""
    found = pkgutil.walk_packages(plein.__path__, prefix="plein.")
    return ["plein", *sorted(info.name for info in found)]


def test_import_errors_is_light() -> None:
    """``import plein.errors`` loads attrs and nothing of pendulum, the model or the views."""
    loaded = _loaded_after("import plein.errors")
    heavy = [name for name, present in loaded.items() if present]
    assert heavy == []


def test_import_plein_is_light() -> None:
    """``import plein`` and ``dir(plein)`` load none of the graph, calendar or view modules."""
    loaded = _loaded_after("import plein; assert 'Trajectory' in dir(plein)")
    for name in (*HEAVY, "plein.examples", "pendulum", "plein.model._entities"):
        assert not loaded[name], name


def test_validate_loads_no_graph_calendar_or_renderer() -> None:
    """``plein validate FILE`` reads and checks references without networkx or the views."""
    loaded = _loaded_after("""
        import contextlib, io
        from plein import examples
        from plein.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["validate", examples.path("shopping-centre")]) == 0
    """)
    assert loaded["plein.model._entities"]  # the design was really read
    for name in HEAVY:
        assert not loaded[name], name


def test_problem_details_need_no_calendar() -> None:
    """A host that answers with problem details loads neither icalendar nor the views."""
    loaded = _loaded_after("""
        import plein
        from plein.export import problem_details
        try:
            plein.loads("schemaVersion: '1.0'\\nsessions: 3\\n")
        except plein.DesignError as exc:
            assert problem_details(exc)["status"] == 400
    """)
    assert not loaded["icalendar"]
    assert not loaded["plein.render"]


def test_the_graph_and_the_calendar_load_when_used() -> None:
    """Using a graph or a calendar export loads its library then, and it works."""
    loaded = _loaded_after("""
        import pendulum, plein
        from plein.export import to_ics
        design = plein.examples.load("shopping-centre")
        assert len(design.graph()) == len(design.sessions) + len(design.steps)
        assert to_ics(design).startswith("BEGIN:VCALENDAR")
        plein.check(design, as_of=pendulum.date(2026, 1, 5))
    """)
    assert loaded["networkx"]
    assert loaded["icalendar"]
    assert not loaded["plein.render"]


def test_notebook_views_load_when_a_value_is_shown() -> None:
    """After a bare ``import plein`` a design still shows itself as HTML in a notebook."""
    loaded = _loaded_after("""
        import sys, plein
        design = plein.examples.load("shopping-centre")
        assert "plein.render" not in sys.modules
        assert design._repr_html_().startswith('<div class="plein-view"')
    """)
    assert loaded["plein.render"]


@pytest.mark.parametrize("name", _all_modules())
def test_every_exported_name_resolves(name: str) -> None:
    """Every name in every ``__all__`` of plein resolves, and ``dir()`` lists it."""
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", [])
    listed = set(dir(module))
    for item in exported:
        assert hasattr(module, item), f"{name}.{item} does not resolve"
        assert item in listed, f"{name}.{item} missing from dir()"


def test_star_import_gives_every_public_name() -> None:
    """``from plein import *`` binds exactly the names of ``plein.__all__``, loaded."""
    namespace: dict[str, object] = {}
    exec("from plein import *", namespace)
    namespace.pop("__builtins__")
    assert sorted(namespace) == sorted(plein.__all__)
    assert namespace["Trajectory"] is plein.model.Trajectory
    assert namespace["load"] is plein.io.load
    assert namespace["examples"] is plein.examples


@given(st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,20}", fullmatch=True))
def test_an_unknown_name_is_an_attribute_error(name: str) -> None:
    """For any name plein does not have, ``plein.NAME`` raises AttributeError naming it."""
    if name in dir(plein) or name.startswith("__"):
        return
    with pytest.raises(AttributeError, match=f"'plein' has no attribute '{name}'"):
        getattr(plein, name)
