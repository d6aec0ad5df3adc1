"""The day a design is judged on, from whatever date the caller has.

Every function that takes ``as_of`` (checking, the report, the promise ledger, the
calendar, the views) reads it here, so that it means one thing everywhere: the day, in
the trajectory's time zone, on which the design is judged.
"""

from __future__ import annotations

import datetime as dt

import pendulum

from plein.errors import UsageError

__all__ = ["judgement_day"]


def judgement_day(as_of: dt.date | None, timezone: str) -> pendulum.Date:
    """``as_of`` as a pendulum date; today in ``timezone`` when it is None.

    A date (``datetime.date`` or ``pendulum.Date``) is that day. A date-time with a time
    zone is the day it falls on in ``timezone``; one without a zone is the day it shows.
    Raises :class:`~plein.UsageError` for anything else.

    >>> import datetime as dt
    >>> judgement_day(dt.date(2026, 3, 1), "Europe/Amsterdam")
    Date(2026, 3, 1)
    >>> judgement_day(dt.datetime(2026, 2, 28, 23, 30, tzinfo=dt.UTC), "Europe/Amsterdam")
    Date(2026, 3, 1)
    """
    if as_of is None:
        return pendulum.today(timezone).date()
    if isinstance(as_of, dt.datetime):
        if as_of.utcoffset() is not None:
            as_of = pendulum.instance(as_of).in_timezone(timezone)
        return pendulum.Date(as_of.year, as_of.month, as_of.day)
    if isinstance(as_of, dt.date):
        return pendulum.Date(as_of.year, as_of.month, as_of.day)
    raise UsageError(
        f"as_of is a date (datetime.date or pendulum.Date), not a {type(as_of).__name__}"
    )
