"""How model values show themselves in a notebook, without the model importing views.

The model defines ``_repr_html_`` on the values people look at; the HTML itself is made
by a view module higher up (``plein.render``), which registers its renderers here when
it is imported. So the model stays free of any view code, and a value whose view is not
registered simply has no HTML form (Jupyter then shows its repr). ``import plein`` does
not import the views (they pull in the renderer); it asks, through :func:`defer_views`,
for them to be imported the first time a value is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["HtmlView", "defer_views", "register_html", "render_html"]

HtmlView = Callable[[Any], str]
_VIEWS: dict[type, HtmlView] = {}
_DEFERRED: list[Callable[[], object]] = []


def defer_views(load: Callable[[], object]) -> None:
    """Call ``load`` (which registers views) once, before the first value is rendered."""
    _DEFERRED.append(load)


def register_html(cls: type, view: HtmlView) -> None:
    """Let ``view(value)`` make the notebook HTML of values of ``cls``."""
    _VIEWS[cls] = view


def render_html(value: Any) -> str | None:
    """The registered HTML of ``value``, or None when no view is registered for it."""
    while _DEFERRED:
        _DEFERRED.pop(0)()
    for cls in type(value).__mro__:
        view = _VIEWS.get(cls)
        if view is not None:
            return view(value)
    return None
