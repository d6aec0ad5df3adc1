"""The bundled example trajectories, loadable by name.

>>> from plein import examples
>>> "shopping-centre" in examples.names()
True
"""

from __future__ import annotations

from importlib import resources

from plein.errors import UsageError
from plein.io import loads
from plein.model import Trajectory

__all__ = ["load", "names", "path", "text"]


def names() -> list[str]:
    """The names of the bundled examples, sorted."""
    files = resources.files(__name__).iterdir()
    return sorted(f.name.removesuffix(".yaml") for f in files if f.name.endswith(".yaml"))


def text(name: str) -> str:
    """The YAML text of an example, comments included."""
    if name not in names():
        raise UsageError(f"there is no example {name!r}; the examples: {', '.join(names())}")
    return resources.files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")


def path(name: str) -> str:
    """A file-system path to an example (the package is installed as files)."""
    text(name)  # refuse an unknown name the same way
    return str(resources.files(__name__).joinpath(f"{name}.yaml"))


def load(name: str) -> Trajectory:
    """An example, loaded like a user's file."""
    return loads(text(name), file=f"{name}.yaml")
