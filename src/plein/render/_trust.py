"""The promise ledger of :mod:`plein.trust` as the report's section and a notebook view.

A :class:`~plein.trust.Ledger` (:func:`plein.trust.promise_ledger`) is shown as a
summary, a table of states per party, and the items broken or kept late. (The trust
arc is drawn under each programme bar by :mod:`plein.render._svg`.)
"""

from __future__ import annotations

from collections.abc import Callable

import pendulum

from plein.checks import Lang
from plein.model import Trajectory
from plein.render._document import Badge, Cell, Paragraph, Part, Table
from plein.render._words import DASH, date_text, name, word
from plein.trust import Ledger, LedgerRow, PromiseState, promise_ledger

__all__ = ["ledger_parts", "report_ledger"]

_TONE = {
    PromiseState.KEPT: "ok",
    PromiseState.KEPT_LATE: "warn",
    PromiseState.BROKEN: "bad",
    PromiseState.OPEN: "muted",
}


def ledger_parts(ledger: Ledger, lang: Lang, trajectory: Trajectory | None = None) -> list[Part]:
    """A ledger as a summary, its states per party, and the items broken or kept late.

    Parties and sessions are named: by the ``trajectory`` it came from when given, else
    by the names the ledger keeps (:func:`plein.trust.promise_ledger` keeps them); an id
    is shown only where neither knows it.
    """

    def party(party_id: str | None) -> str:
        if party_id is None:
            return DASH
        found = trajectory.party(party_id) if trajectory is not None else None
        return found.name if found is not None else ledger.name(party_id)

    def session(session_id: str) -> str:
        found = trajectory.node(session_id) if trajectory is not None else None
        return found.title if found is not None else ledger.name(session_id)

    if not ledger.rows:
        return [Paragraph(word("no-ledger", lang), note=True)]
    counts = ledger.counts()
    summary = ", ".join(f"{counts[state]} {name(state, lang)}" for state in PromiseState)
    as_of = date_text(ledger.as_of, lang)
    intro = (
        f"Kept promises are what trust is made of. As of {as_of}: {summary}."
        if lang == "en"
        else f"Vertrouwen groeit als afspraken worden nagekomen. Stand per {as_of}: {summary}."
    )
    tallies = tuple(
        (party(t.party), *(str(t.count(state)) for state in PromiseState)) for t in ledger.tallies
    )
    parts: list[Part] = [
        Paragraph(intro),
        Table(
            (word("party", lang), *(name(state, lang) for state in PromiseState)),
            tallies,
            numeric=tuple(range(1, len(PromiseState) + 1)),
        ),
    ]
    notable = [
        row for row in ledger.rows if row.state in (PromiseState.BROKEN, PromiseState.KEPT_LATE)
    ]
    if notable:
        rows = tuple(_notable_row(row, ledger.as_of, lang, party, session) for row in notable)
        headers = ("state", "kind", "what", "party", "from", "due", "note")
        parts.append(Table(tuple(word(h, lang) for h in headers), rows))
    return parts


def _notable_row(
    row: LedgerRow,
    as_of: pendulum.Date,
    lang: Lang,
    party: Callable[[str | None], str],
    session: Callable[[str], str],
) -> tuple[Cell, ...]:
    late = row.days_late(as_of)
    note = ""
    if row.is_dropped(as_of):
        note = "dropped" if lang == "en" else "vervallen"
    elif late is not None:
        note = f"{late} days late" if lang == "en" else f"{late} dagen te laat"
    return (
        Badge(name(row.state, lang), _TONE[row.state]),
        word("promise" if row.is_promise else "action", lang),
        row.text,
        party(row.party),
        session(row.session),
        date_text(row.due, lang) if row.due is not None else "",
        note,
    )


def report_ledger(trajectory: Trajectory, as_of: pendulum.Date, lang: Lang) -> list[Part]:
    """The report's ledger section: the trajectory's promise ledger as of ``as_of``."""
    return ledger_parts(promise_ledger(trajectory, as_of), lang, trajectory)
