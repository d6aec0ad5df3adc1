"""Package names that load their module when first used (PEP 562).

A package lists, per module, the names it gives, and gets a module ``__getattr__`` and
``__dir__`` from :func:`attach`. ``import plein`` then costs almost nothing: networkx,
icalendar and the report renderer come in only when something that needs them is used,
which matters in every worker process of a web host that only reads designs.

The package keeps ``__all__`` literal and imports the same names under
``if TYPE_CHECKING:``, so that mypy, editors and Sphinx see every name statically::

    if TYPE_CHECKING:
        from plein.io import dump, load
    else:
        __getattr__, __dir__ = attach(__name__, {"plein.io": "dump load"})
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping

__all__ = ["attach"]


def attach(
    package: str,
    exports: Mapping[str, str],
    submodules: Iterable[str] = (),
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, loading each name when first used.

    ``exports`` maps a module name (absolute, or relative to ``package`` when it starts
    with a dot) to the names ``package`` takes from it, separated by spaces;
    ``submodules`` are the names of ``package``'s own submodules that are reached as
    attributes (``plein.examples``). A name once loaded is set on the package, so it is
    looked up only once.
    ``__getattr__`` raises :class:`AttributeError` for any other name, as a module does;
    an :class:`ImportError` of the module behind a name propagates unchanged.
    """
    origin = {name: module for module, names in exports.items() for name in names.split()}
    own = frozenset(submodules)
    clash = own & origin.keys()
    if clash:
        raise ValueError(f"{package}: both a submodule and an export: {sorted(clash)}")

    def __getattr__(name: str) -> object:
        if name in own:
            return importlib.import_module(f"{package}.{name}")
        module = origin.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | origin.keys() | own)

    return __getattr__, __dir__
