"""A design, its findings and its ledger as rows, for analysis in pandas or a spreadsheet.

Every function returns a list of flat dicts: snake_case keys, the same keys in every row
and in the same order, and only JSON values (``str``, ``int``, ``bool``, ``None``; dates
as ISO 8601 text, ``YYYY-MM-DD``). So each goes straight into a DataFrame, with no pandas
needed by plein itself::

    import pandas as pd
    pd.DataFrame(plein.tables.programme(design))       # one row per programme block
    pd.DataFrame(plein.tables.parties(design))         # one row per party
    pd.DataFrame(plein.tables.attendance(design))      # one row per party per session
    pd.DataFrame(plein.tables.ledger(design))          # one row per action and promise
    pd.DataFrame(plein.tables.findings(plein.check(design)))  # one row per finding

or into ``json.dumps``, or ``csv.DictWriter(f, fieldnames=rows[0])``. Rows name things
(a party's name, a session's title) beside their ids. Contact persons are personal data
and are never in a row.

>>> import plein
>>> design = plein.examples.load("shopping-centre")
>>> rows = programme(design)
>>> rows[0]["session_id"], rows[0]["position"], rows[0]["start"], rows[0]["minutes"]
('plein-1', 1, '19:00', 30)
>>> sorted({row["category"] for row in parties(design)})[:2]
['administration', 'civil-servant']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pendulum

from plein._settings import resolve_as_of
from plein.checks import Report
from plein.errors import UsageError
from plein.model import Count, EdtfDate, Session, Trajectory, format_path
from plein.model._timeline import timelines
from plein.trust import Ledger, promise_ledger

__all__ = ["attendance", "findings", "ledger", "parties", "programme"]

Row = dict[str, Any]


def _iso(day: pendulum.Date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _edtf(day: EdtfDate | None) -> str | None:
    return str(day) if day is not None else None


def _estimate(count: Count | None) -> int | None:
    return count.estimate if count is not None else None


def _as_written(count: Count | None) -> str | None:
    return str(count) if count is not None else None


def _session_columns(session: Session) -> Row:
    return {
        "session_id": session.id,
        "session_title": session.title,
        "session_date": _iso(session.date),
        "session_when": _edtf(session.when),
    }


def programme(trajectory: Trajectory, *, windows: Mapping[str, str] | None = None) -> list[Row]:
    """One row per programme block of every session (its end marker too), in design order.

    Keys: ``session_id``, ``session_title``, ``session_date`` (the one day, else None),
    ``session_when`` (the date at its recorded precision, EDTF), ``position`` (1 is the
    first block), ``block_id``, ``block_title``, ``kind`` (``work``, ``walk-in``,
    ``break``, ...), ``format_id``, ``format_name`` (the work format's Dutch name, None
    when the catalogue does not know it), ``start`` and ``end`` (``HH:MM`` on the
    session's clock, None when the programme does not say), ``minutes`` (None when
    unknown), ``is_walk_in``, ``is_break``. ``windows`` places the sessions as in
    :func:`plein.timeline`.
    """
    catalogue = trajectory.catalogue()
    rows: list[Row] = []
    for line in timelines(trajectory, windows=windows, formats=catalogue):
        session = _session_columns(line.session)
        end = (line.end_marker,) if line.end_marker is not None else ()
        for slot in (*line.slots, *end):  # the end marker too: it says when it ends
            block = slot.block
            known = block.format is not None and block.format in catalogue
            fmt = catalogue.get(block.format) if known and block.format is not None else None
            rows.append(
                {
                    **session,
                    "position": slot.index + 1,
                    "block_id": block.id,
                    "block_title": block.title,
                    "kind": block.kind.value,
                    "format_id": block.format,
                    "format_name": fmt.name_nl if fmt is not None else None,
                    "start": line.clock(slot.start) if slot.start is not None else None,
                    "end": line.clock(slot.end) if slot.end is not None else None,
                    "minutes": slot.length,
                    "is_walk_in": slot.is_walk_in,
                    "is_break": slot.is_break,
                }
            )
    return rows


def parties(trajectory: Trajectory) -> list[Row]:
    """One row per party, in design order.

    Keys: ``party_id``, ``name``, ``category`` (the doelgroep, as on the wire),
    ``category_label`` (the design's own label, or None), ``level`` (the rung on the
    participation ladder, None when not recorded), ``headcount`` (the best estimate,
    None when not recorded) and ``headcount_as_written`` (``"~130"``, ``">60"``, ``"25"``).
    """
    return [
        {
            "party_id": party.id,
            "name": party.name,
            "category": party.category.value,
            "category_label": party.category_label,
            "level": party.level.value if party.level is not None else None,
            "headcount": _estimate(party.headcount),
            "headcount_as_written": _as_written(party.headcount),
        }
        for party in trajectory.parties
    ]


def attendance(trajectory: Trajectory) -> list[Row]:
    """One row per party listed at a session: who was expected, who came.

    Keys: the session's (``session_id``, ``session_title``, ``session_date``,
    ``session_when``), ``party_id``, ``party_name`` and ``category`` (None for a party
    the design does not define), ``expected`` and ``attended`` (best estimates, None when
    not recorded) with ``expected_as_written`` and ``attended_as_written``, ``invited``
    and ``present`` (None when not recorded) and ``role`` (None when none is given).
    """
    rows: list[Row] = []
    for session in trajectory.sessions:
        columns = _session_columns(session)
        for taking_part in session.parties:
            party = trajectory.party(taking_part.party)
            rows.append(
                {
                    **columns,
                    "party_id": taking_part.party,
                    "party_name": party.name if party is not None else None,
                    "category": party.category.value if party is not None else None,
                    "expected": _estimate(taking_part.expected),
                    "expected_as_written": _as_written(taking_part.expected),
                    "attended": _estimate(taking_part.attended),
                    "attended_as_written": _as_written(taking_part.attended),
                    "invited": taking_part.invited,
                    "present": taking_part.present,
                    "role": taking_part.role.value if taking_part.role is not None else None,
                }
            )
    return rows


def ledger(source: Trajectory | Ledger, *, as_of: dt.date | None = None) -> list[Row]:
    """One row per action and promise (per occurrence for a recurring one), as of a date.

    ``source`` is a trajectory (its :func:`plein.trust.promise_ledger` is drawn up as of
    ``as_of``, else the date set with :func:`plein.set_defaults`, else today) or a ledger
    already drawn up (``as_of`` must then be left out: the ledger has its own).

    Keys: ``as_of``, ``id``, ``kind`` (``action`` or ``promise``), ``text``,
    ``session_id``, ``session_title``, ``agreement_id``, ``owner`` (as written: a party
    or a role assignment), ``party_id`` and ``party_name`` (the owning party, when known),
    ``parties`` (every owning party's id, comma-separated), ``due`` (ISO date or None),
    ``status`` (as recorded, None when not), ``state`` (``kept``, ``kept-late``,
    ``broken``, ``open``, ...), ``days_late``, ``dropped``, ``occurrence`` and ``path``
    (where it stands in the design).

    :raises plein.UsageError: ``as_of`` given with a ledger.
    """
    if isinstance(source, Ledger):
        if as_of is not None:
            raise UsageError("a ledger has its own as_of date: leave as_of out")
        book = source
    else:
        book = promise_ledger(source, resolve_as_of(as_of, source.timezone))
    day = book.as_of
    return [
        {
            "as_of": day.isoformat(),
            "id": row.id,
            "kind": row.kind,
            "text": row.text,
            "session_id": row.session,
            "session_title": book.name(row.session),
            "agreement_id": row.agreement,
            "owner": row.owner,
            "party_id": row.party,
            "party_name": book.name(row.party) if row.party is not None else None,
            "parties": ", ".join(row.parties),
            "due": _iso(row.due),
            "status": row.status.value if row.status is not None else None,
            "state": row.state.value,
            "days_late": row.days_late(day),
            "dropped": row.is_dropped(day),
            "occurrence": row.occurrence,
            "path": format_path(row.path),
        }
        for row in book.rows
    ]


def findings(report: Report) -> list[Row]:
    """One row per open finding of a check report, in report order.

    Keys: ``code``, ``slug``, ``severity`` (``error``, ``warning``, ``info``), ``message``,
    ``hint``, ``path``, ``file``, ``line``, ``column`` (None where the design did not come
    from a file) and ``related`` (the related ids, comma-separated). Findings waived by
    the design are left out; ``report.waived`` holds them.
    """
    return [{**f.to_dict(), "related": ", ".join(f.related)} for f in report.findings]
