"""The notebook views: short HTML for a trajectory, a session, findings and a ledger.

Jupyter shows a value through its ``_repr_mimebundle_``; the model's classes (and the
checks' :class:`~plein.checks.Report` and the trust :class:`~plein.trust.Ledger`) ask
:func:`plein.model._display.render_bundle` for it, and :func:`register_views` (run when
:mod:`plein.render` is imported) registers these views there. Each view comes as three
representations of the same content (see :func:`view_bundle`):

``text/html``
    a ``<div class="plein-view" lang="..">`` with its own scoped stylesheet
    (:mod:`plein.render._view_style`) and inline SVG: no script, every design text
    escaped. Tables carry plain HTML attributes too (``border``, ``align``, ``valign``),
    so that they still read as tables where a notebook strips the ``<style>`` (an
    untrusted notebook does).
``image/svg+xml``
    the view's pictures (timeline and graph; programme bar) as one standalone SVG
    document, which a front-end shows as an image even where it strips ``<svg>`` from
    HTML; views without pictures (findings, ledger) leave it out.
``text/plain``
    the same facts and tables as aligned text, for a terminal, ``print`` and logs.

The language of a view is its ``lang`` argument, else the one set with
:func:`plein.set_defaults`, else Dutch; the date is ``as_of``, else the set one, else today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs
import pendulum

from plein._settings import resolve_as_of, resolve_lang
from plein.checks import Lang, Report
from plein.model import ActionStatus, Session, Step, Trajectory
from plein.model._display import register_bundle, register_html
from plein.render import _trust
from plein.render._document import (
    Badge,
    Bullets,
    Cell,
    Facts,
    Figure,
    Heading,
    Paragraph,
    Part,
    Table,
    cell_html,
    part_html,
)
from plein.render._escape import clean, html_text
from plein.render._report import findings_part, programme_table
from plein.render._svg import graph_svg, programme_svg, timeline_svg
from plein.render._view_style import VIEW_CSS
from plein.render._words import date_text, name, word
from plein.trust import Ledger
from plein.workformats import Catalogue, default_catalogue

__all__ = [
    "Html",
    "View",
    "findings_html",
    "findings_view",
    "ledger_html",
    "ledger_view",
    "register_views",
    "session_html",
    "session_view",
    "trajectory_html",
    "trajectory_view",
    "view_bundle",
]

HTML, SVG, TEXT = "text/html", "image/svg+xml", "text/plain"


@attrs.frozen
class Html:
    """HTML text that a notebook shows as HTML (say, a report: ``Html(report(design))``).

    >>> Html("<p>Plein</p>")._repr_html_()
    '<p>Plein</p>'
    """

    text: str

    def _repr_html_(self) -> str:
        return self.text


@attrs.frozen
class View:
    """One value as a notebook shows it: HTML, its pictures as one SVG, and plain text.

    ``svg`` is None for a view without pictures.
    """

    html: str
    svg: str | None
    text: str

    def bundle(
        self, include: Collection[str] | None = None, exclude: Collection[str] | None = None
    ) -> dict[str, str]:
        """The MIME bundle: ``{"text/html": ..., "image/svg+xml": ..., "text/plain": ...}``.

        ``include`` keeps only those types, ``exclude`` drops those (as IPython's
        ``display(value, include=..., exclude=...)`` asks).
        """
        found = {HTML: self.html, TEXT: self.text}
        if self.svg is not None:
            found[SVG] = self.svg
        return {
            mime: text
            for mime, text in found.items()
            if (include is None or mime in include) and (exclude is None or mime not in exclude)
        }

    def _repr_mimebundle_(
        self, include: Collection[str] | None = None, exclude: Collection[str] | None = None
    ) -> dict[str, str]:
        return self.bundle(include, exclude)


# -- HTML that reads without CSS ---------------------------------------------------------


def _table_html(table: Table) -> str:
    """A table whose alignment and borders are also HTML attributes, not only CSS."""

    def cell(tag: str, column: int, content: str) -> str:
        numeric = column in table.numeric
        css = ' class="num"' if numeric else ""
        align = "right" if numeric else "left"
        scope = ' scope="col"' if tag == "th" else ""
        # The attributes for a page without CSS; the inline style for a notebook that
        # strips the view's <style> but keeps its own (which right-aligns every cell).
        return (
            f'<{tag}{css}{scope} align="{align}" valign="top" '
            f'style="text-align: {align}; vertical-align: top">{content}</{tag}>'
        )

    head = "".join(cell("th", c, html_text(h)) for c, h in enumerate(table.headers))
    rows = "".join(
        "<tr>" + "".join(cell("td", c, _content(v)) for c, v in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


_STEP = re.compile(r"(?<!\$)(?=\.)")  # before each step's dot but the root's


def _content(value: Cell) -> str:
    """A cell's HTML; a path into the design may break after each of its steps."""
    if isinstance(value, str) and value.startswith("$."):
        return _STEP.sub("<wbr>", html_text(value))
    return cell_html(value)


def _facts_html(facts: Facts) -> str:
    """Labelled values as a two-column table: label left, value beside it, without CSS too."""
    left = 'align="left" valign="top" style="text-align: left; vertical-align: top"'
    rows = "".join(
        f'<tr><th scope="row" {left}>{html_text(label)}</th><td {left}>{cell_html(value)}</td></tr>'
        for label, value in facts.items
    )
    return f'<table class="facts" border="0" cellspacing="0" cellpadding="2">{rows}</table>'


def _part_html(part: Part) -> str:
    if isinstance(part, Table):
        return _table_html(part)
    if isinstance(part, Facts):
        return _facts_html(part)
    return part_html(part)


# -- plain text --------------------------------------------------------------------------


def _cell_text(cell: Cell) -> str:
    if isinstance(cell, Badge):
        return clean(cell.text)
    if isinstance(cell, tuple):
        return "; ".join(clean(line) for line in cell)
    return " ".join(clean(cell).split())


def _table_text(table: Table, limit: int = 48) -> list[str]:
    """A table as aligned columns; a long cell is cut at ``limit`` characters with '…'."""

    def cut(text: str) -> str:
        return text if len(text) <= limit else text[: limit - 1] + "…"

    grid = [list(table.headers), *([cut(_cell_text(v)) for v in row] for row in table.rows)]
    widths = [max(len(row[c]) for row in grid) for c in range(len(table.headers))]

    def line(row: list[str]) -> str:
        cells = (
            text.rjust(widths[c]) if c in table.numeric else text.ljust(widths[c])
            for c, text in enumerate(row)
        )
        return "  ".join(cells).rstrip()

    return [line(grid[0]), "  ".join("-" * w for w in widths), *(line(r) for r in grid[1:])]


def _part_text(part: Part) -> list[str]:
    if isinstance(part, Paragraph | Heading):
        return [" ".join(clean(part.text).split())]
    if isinstance(part, Facts):
        width = max((len(label) for label, _ in part.items), default=0)
        return [f"{label + ':':<{width + 1}} {_cell_text(v)}" for label, v in part.items]
    if isinstance(part, Table):
        return _table_text(part)
    if isinstance(part, Bullets):
        return [f"- {' '.join(clean(item).split())}" for item in part.items]
    if isinstance(part, Figure):
        return [f"[{clean(part.caption)}]"]
    return []  # pragma: no cover - every kind of part is handled above


def _text(title: str, parts: Iterable[Part]) -> str:
    heading = " ".join(clean(title).split())
    lines = [heading, "=" * len(heading)]
    for part in parts:
        lines += ["", *_part_text(part)]
    return "\n".join(lines) + "\n"


# -- pictures as one SVG document --------------------------------------------------------

_SIZE = re.compile(r'<svg [^>]*?width="(\d+)" height="(\d+)"')
_GAP = 12


def _stacked_svg(title: str, pictures: list[str]) -> str | None:
    """The pictures one under the other, as a standalone SVG document on a white ground."""
    if not pictures:
        return None
    # A margin all round: a label at a picture's edge (the axis' last time) may overhang it.
    placed, y, width = [], _GAP, 0
    for svg in pictures:
        size = _SIZE.match(svg)
        w, h = (int(size[1]), int(size[2])) if size else (1000, 200)
        placed.append(svg.replace("<svg ", f'<svg x="{_GAP}" y="{y}" overflow="visible" ', 1))
        y, width = y + h + _GAP, max(width, w + 2 * _GAP)
    height = y
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img"><title>{html_text(title)}</title>'
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>{"".join(placed)}</svg>'
    )


def _view(
    title: str,
    lang: Lang,
    head: Sequence[Part],
    pictures: Sequence[str] = (),
    tail: Sequence[Part] = (),
) -> View:
    """A view: the ``head`` parts, the ``pictures`` (SVG), then the ``tail`` parts."""
    charts, parts = list(pictures), [*head, *tail]
    body = [*(_part_html(p) for p in head), *charts, *(_part_html(p) for p in tail)]
    html = (
        f'<div class="plein-view" lang="{lang}"><style>{VIEW_CSS}</style>'
        f"<h3>{html_text(title)}</h3>{''.join(body)}</div>"
    )
    return View(html, _stacked_svg(title, charts), _text(title, parts))


# -- the views ---------------------------------------------------------------------------


def trajectory_view(
    trajectory: Trajectory, *, as_of: dt.date | None = None, lang: Lang | None = None
) -> View:
    """A trajectory: a short summary, its timeline and its graph, and its sessions and steps.

    :func:`plein.set_defaults` gives ``lang`` (else ``"nl"``) and ``as_of`` (else today in
    the trajectory's zone) when they are not given.
    """
    lang = resolve_lang(lang, "nl")
    today = resolve_as_of(as_of, trajectory.timezone)
    # Held: on a date up to today, or recorded as held without its date.
    held = [
        s
        for s in trajectory.sessions
        if s.is_record and (s.actual_date is None or s.actual_date.earliest <= today)
    ]
    follow_ups = [item for _, _, item in trajectory.follow_ups()]
    still_open = sum(1 for item in follow_ups if item.status is ActionStatus.OPEN)
    categories = ", ".join(sorted({name(p.category, lang) for p in trajectory.parties}))
    facts = Facts(
        (
            (word("question", lang), trajectory.issue.question),
            (word("n-parties", lang), f"{len(trajectory.parties)} ({categories})"),
            (
                word("n-sessions", lang),
                f"{len(trajectory.sessions)} ({len(held)} {word('held', lang)})",
            ),
            (word("n-steps", lang), str(len(trajectory.steps))),
            (word("n-agreements", lang), str(sum(1 for _ in trajectory.agreements()))),
            (
                word("n-follow-ups", lang),
                f"{len(follow_ups)} ({still_open} {name(ActionStatus.OPEN, lang)})",
            ),
        )
    )
    nodes = Table(
        (word("date", lang), word("kind", lang), word("what", lang)),
        tuple(
            (
                date_text(node.when, lang) if node.when is not None else "",
                word("session" if isinstance(node, Session) else "step", lang),
                node.title,
            )
            for node in sorted(trajectory.nodes(), key=_by_date)
        ),
    )
    pictures = [
        timeline_svg(trajectory, as_of=today, lang=lang),
        graph_svg(trajectory, lang=lang),
    ]
    return _view(trajectory.title, lang, [facts], pictures, [nodes])


def _by_date(node: Session | Step) -> tuple[bool, pendulum.Date]:
    """Dated nodes first, by their earliest day (a stable sort keeps the design's order)."""
    when = node.when
    return (when is None, when.earliest if when is not None else pendulum.Date(1, 1, 1))


def trajectory_html(
    trajectory: Trajectory, *, as_of: dt.date | None = None, lang: Lang | None = None
) -> str:
    """A trajectory in a notebook, as HTML (see :func:`trajectory_view`)."""
    return trajectory_view(trajectory, as_of=as_of, lang=lang).html


def session_view(
    session: Session, *, formats: Catalogue | None = None, lang: Lang | None = None
) -> View:
    """A session: when and where, its programme as a timebox bar and as a table.

    Under the bar, a band shows the session's trust arc (:func:`plein.trust.trust_arc`).
    ``lang`` defaults to the one set with :func:`plein.set_defaults`, else ``"nl"``.
    """
    lang = resolve_lang(lang, "nl")
    catalogue = formats if formats is not None else default_catalogue()
    facts: list[tuple[str, Cell]] = []
    if session.is_record and session.actual_date is None:
        # Recorded as held, but not when: the planned date is not the day it was held.
        said = word("held-undated", lang)
        if session.planned_date is not None:
            said += f" ({word('planned', lang)}: {date_text(session.planned_date, lang)})"
        facts.append((word("date", lang), said))
    elif session.date is not None:
        label = word("held" if session.actual_date else "planned", lang)
        facts.append((word("date", lang), f"{date_text(session.date, lang)} ({label})"))
    if session.dagdeel is not None:
        facts.append((word("dagdeel", lang), name(session.dagdeel, lang)))
    if session.venue:
        facts.append((word("venue", lang), session.venue))
    if session.expected_headcount is not None:
        facts.append((word("expected", lang), str(session.expected_headcount)))
    head: list[Part] = [Facts(tuple(facts))] if facts else []
    tail: list[Part] = [programme_table(session, catalogue, lang)] if session.programme else []
    picture = programme_svg(session, formats=catalogue, lang=lang)
    return _view(session.title, lang, head, [picture], tail)


def session_html(
    session: Session, *, formats: Catalogue | None = None, lang: Lang | None = None
) -> str:
    """A session in a notebook, as HTML (see :func:`session_view`)."""
    return session_view(session, formats=formats, lang=lang).html


def findings_view(report: Report) -> View:
    """A check report: how many findings, and a table of them (no pictures).

    The language is the report's own (``plein.check(..., lang=...)``).
    """
    lang = report.lang
    return _view(word("findings", lang), lang, findings_part(report, lang))


def findings_html(report: Report) -> str:
    """A check report in a notebook, as HTML (see :func:`findings_view`)."""
    return findings_view(report).html


def ledger_view(ledger: Ledger, *, lang: Lang | None = None) -> View:
    """A promise ledger: the states per party, and what was broken or kept late.

    Parties and sessions are named (a ledger made by :func:`plein.trust.promise_ledger`
    keeps their names). ``lang`` defaults to the one set with :func:`plein.set_defaults`,
    else ``"nl"``.
    """
    lang = resolve_lang(lang, "nl")
    return _view(word("ledger", lang), lang, _trust.ledger_parts(ledger, lang))


def ledger_html(ledger: Ledger, *, lang: Lang | None = None) -> str:
    """A promise ledger in a notebook, as HTML (see :func:`ledger_view`)."""
    return ledger_view(ledger, lang=lang).html


def view_bundle(
    value: Any, include: Collection[str] | None = None, exclude: Collection[str] | None = None
) -> dict[str, str] | None:
    """The MIME bundle of a trajectory, session, check report or ledger; None for others.

    This is what their ``_repr_mimebundle_`` returns: ``text/html``, ``text/plain`` and,
    for a trajectory or a session, ``image/svg+xml``.
    """
    for cls in type(value).__mro__:
        make = _VIEWS.get(cls)
        if make is not None:
            return make(value).bundle(include, exclude)
    return None


_VIEWS: Mapping[type, Callable[[Any], View]] = {
    Trajectory: trajectory_view,
    Session: session_view,
    Report: findings_view,
    Ledger: ledger_view,
}


def register_views() -> None:
    """Register the notebook views of trajectories, sessions, reports and ledgers."""
    for cls in _VIEWS:
        register_html(cls, _html_of)
        register_bundle(cls, view_bundle)


def _html_of(value: Any) -> str:
    bundle = view_bundle(value, include=(HTML,))
    return bundle[HTML] if bundle else ""
