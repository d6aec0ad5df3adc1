"""Views for people: the participation report (participatieverslag) and notebook HTML.

:func:`report` writes the report a municipality shows under the Omgevingswet, as one
self-contained HTML page (inline CSS and SVG, no script, nothing fetched, printable) or
as Markdown, in Dutch (the default) or English. The pictures in it are functions of
their own: :func:`timeline_svg`, :func:`programme_svg` and :func:`graph_svg`.

Importing this package registers the notebook views, so that a
:class:`~plein.Trajectory`, a :class:`~plein.Session` and a check
:class:`~plein.checks.Report` show themselves as HTML in Jupyter.

>>> import pendulum, plein, plein.render
>>> design = plein.examples.load("shopping-centre")
>>> md = plein.render.report(design, format="md", lang="en", as_of=pendulum.Date(2026, 11, 28))
>>> md.splitlines()[0]
'# Participation report: Herontwikkeling winkelcentrum De Hoven'
"""

from plein.render._report import SECTIONS, report
from plein.render._svg import graph_svg, programme_svg, timeline_svg
from plein.render._views import (
    Html,
    View,
    findings_html,
    findings_view,
    ledger_html,
    ledger_view,
    register_views,
    session_html,
    session_view,
    trajectory_html,
    trajectory_view,
)

__all__ = [
    "SECTIONS",
    "Html",
    "View",
    "findings_html",
    "findings_view",
    "graph_svg",
    "ledger_html",
    "ledger_view",
    "programme_svg",
    "register_views",
    "report",
    "session_html",
    "session_view",
    "timeline_svg",
    "trajectory_html",
    "trajectory_view",
]

register_views()
