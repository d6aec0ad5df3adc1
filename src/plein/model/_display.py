"""How model values show themselves in a notebook, without the model importing views.

The model defines ``_repr_html_`` and ``_repr_mimebundle_`` on the values people look at
(the bundle adds a picture and plain text, for front-ends that strip HTML's ``<style>`` and
``<svg>``); the HTML itself is made
by a view module higher up (``plein.render``), which registers its renderers here when
it is imported. So the model stays free of any view code, and a value whose view is not
registered simply has no HTML form (Jupyter then shows its repr). ``import plein`` does
not import the views (they pull in the renderer); it asks, through :func:`defer_views`,
for them to be imported the first time a value is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = [
    "BundleView",
    "HtmlView",
    "defer_views",
    "register_bundle",
    "register_html",
    "render_bundle",
    "render_html",
]

HtmlView = Callable[[Any], str]
#: ``view(value, include, exclude)``: a MIME bundle (type to text), or None.
BundleView = Callable[[Any, Any, Any], "dict[str, str] | None"]
_VIEWS: dict[type, HtmlView] = {}
_BUNDLES: dict[type, BundleView] = {}
_DEFERRED: list[Callable[[], object]] = []


def defer_views(load: Callable[[], object]) -> None:
    """Call ``load`` (which registers views) once, before the first value is rendered."""
    _DEFERRED.append(load)


def _load_deferred() -> None:
    # Threads may race here: each load is an import, which Python runs once.
    while _DEFERRED:
        try:
            load = _DEFERRED.pop()
        except IndexError:
            return
        load()


def register_html(cls: type, view: HtmlView) -> None:
    """Let ``view(value)`` make the notebook HTML of values of ``cls``."""
    _VIEWS[cls] = view


def render_html(value: Any) -> str | None:
    """The registered HTML of ``value``, or None when no view is registered for it."""
    _load_deferred()
    for cls in type(value).__mro__:
        view = _VIEWS.get(cls)
        if view is not None:
            return view(value)
    return None


def register_bundle(cls: type, view: BundleView) -> None:
    """Let ``view(value, include, exclude)`` make the notebook MIME bundle of ``cls``."""
    _BUNDLES[cls] = view


def render_bundle(value: Any, include: Any = None, exclude: Any = None) -> dict[str, str] | None:
    """The registered MIME bundle of ``value``, or None when no view is registered for it.

    ``include`` and ``exclude`` are the MIME types IPython asks for or leaves out.
    """
    _load_deferred()
    for cls in type(value).__mro__:
        view = _BUNDLES.get(cls)
        if view is not None:
            return view(value, include, exclude)
    return None
