"""The notebook views: short HTML for a trajectory, a session, findings and a ledger.

Jupyter shows a value through its ``_repr_html_``; the model's classes (and the checks'
:class:`~plein.checks.Report`) ask :func:`plein.model._display.render_html` for it, and
:func:`register_views` (run when :mod:`plein.render` is imported) registers these views
there. Each view is a ``<div class="plein-view">`` with its own scoped stylesheet and
inline SVG: no script, every design text escaped.
"""

from __future__ import annotations

import datetime as dt

import attrs

from plein.checks import Lang, Report
from plein.model import ActionStatus, Session, Trajectory
from plein.model._as_of import judgement_day
from plein.model._display import register_html
from plein.render import _trust
from plein.render._document import Facts, part_html
from plein.render._escape import html_text
from plein.render._report import findings_part, programme_table
from plein.render._style import VIEW_CSS
from plein.render._svg import graph_svg, programme_svg, timeline_svg
from plein.render._words import date_text, name, word
from plein.trust import Ledger
from plein.workformats import Catalogue, default_catalogue

__all__ = [
    "Html",
    "findings_html",
    "ledger_html",
    "register_views",
    "session_html",
    "trajectory_html",
]


@attrs.frozen
class Html:
    """HTML text that a notebook shows as HTML (say, a report: ``Html(report(design))``).

    >>> Html("<p>Plein</p>")._repr_html_()
    '<p>Plein</p>'
    """

    text: str

    def _repr_html_(self) -> str:
        return self.text


def _view(title: str, parts: list[str]) -> str:
    return (
        f'<div class="plein-view"><style>{VIEW_CSS}</style>'
        f"<h3>{html_text(title)}</h3>{''.join(parts)}</div>"
    )


def trajectory_html(
    trajectory: Trajectory, *, as_of: dt.date | None = None, lang: Lang = "nl"
) -> str:
    """A trajectory in a notebook: a short summary, its timeline and its graph."""
    today = judgement_day(as_of, trajectory.timezone)
    held = [
        s
        for s in trajectory.sessions
        if s.actual_date is not None and s.actual_date.earliest <= today
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
    return _view(
        trajectory.title,
        [
            part_html(facts),
            timeline_svg(trajectory, as_of=today, lang=lang),
            graph_svg(trajectory, lang=lang),
        ],
    )


def session_html(session: Session, *, formats: Catalogue | None = None, lang: Lang = "nl") -> str:
    """A session in a notebook: when and where, its programme as a timebox bar and a table.

    Under the bar, a band shows the session's trust arc (:func:`plein.trust.trust_arc`).
    """
    catalogue = formats if formats is not None else default_catalogue()
    facts: list[tuple[str, str]] = []
    if session.date is not None:
        label = word("held" if session.actual_date else "planned", lang)
        facts.append((word("date", lang), f"{date_text(session.date, lang)} ({label})"))
    if session.dagdeel is not None:
        facts.append((word("dagdeel", lang), name(session.dagdeel, lang)))
    if session.venue:
        facts.append((word("venue", lang), session.venue))
    if session.expected_headcount is not None:
        facts.append((word("expected", lang), str(session.expected_headcount)))
    html = [part_html(Facts(tuple(facts)))] if facts else []
    html.append(programme_svg(session, formats=catalogue, lang=lang))
    if session.programme:
        html.append(part_html(programme_table(session, catalogue, lang)))
    return _view(session.title, html)


def findings_html(report: Report) -> str:
    """A check report in a notebook: how many findings, and a table of them.

    The language is the report's own (``plein.check(..., lang=...)``).
    """
    lang = report.lang
    return _view(word("findings", lang), [part_html(p) for p in findings_part(report, lang)])


def ledger_html(ledger: Ledger, *, lang: Lang = "nl") -> str:
    """A promise ledger in a notebook: the states per party, and what was broken or late.

    Parties and sessions are given by id (a ledger does not hold the trajectory).
    """
    parts = _trust.ledger_parts(ledger, lang)
    return _view(word("ledger", lang), [part_html(p) for p in parts])


def register_views() -> None:
    """Register the notebook views of trajectories, sessions, reports and ledgers."""
    register_html(Trajectory, trajectory_html)
    register_html(Session, session_html)
    register_html(Report, findings_html)
    register_html(Ledger, ledger_html)
