"""One place for the language and the date that plein's outputs default to.

A notebook (or a host program) sets them once::

    plein.set_defaults(language="en", as_of=pendulum.date(2026, 6, 1))

or for a block of code::

    with plein.defaults(language="en"):
        plein.check(design)            # English, judged on the date set before

and every call that takes ``lang`` or ``as_of`` and is not given one uses them:
:func:`plein.check`, :func:`plein.render.report`, the notebook views and pictures of
:mod:`plein.render`, :func:`plein.trust.promise_ledger` (through the views and the report)
and the calendar stamp of :func:`plein.export.to_ics`. An argument given to a call
always wins.

The settings live in a :class:`contextvars.ContextVar`, not in a module global, so that a
host serving requests in threads or asyncio tasks can give each request its own: a setting
made in one thread or task is not seen by another. An asyncio task starts with a copy of
the settings of the code that created it; a new thread starts from the built-in defaults
(run it with :func:`contextvars.copy_context` to hand it the caller's).

Unset, the language is each output's own: reports, views and pictures in Dutch (the
language of the people who read them), check messages in English (the language of the
code); the date is today in the trajectory's time zone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Final, Literal

import attrs
import pendulum

from plein.errors import UsageError

__all__ = ["Defaults", "defaults", "get_defaults", "set_defaults"]

Lang = Literal["en", "nl"]
_LANGS: Final = ("en", "nl")


class _Unset:
    """The marker of an argument not given (None means "back to the built-in default")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()


@attrs.frozen
class Defaults:
    """The language and the as-of date in force; None means the built-in default.

    >>> Defaults()
    Defaults(language=None, as_of=None)
    """

    #: ``"en"`` or ``"nl"``, or None for each output's own language.
    language: Lang | None = None
    #: The date designs are judged on, or None for today in the trajectory's zone.
    as_of: pendulum.Date | None = None


_CURRENT: ContextVar[Defaults] = ContextVar("plein_defaults", default=Defaults())  # noqa: B039


def get_defaults() -> Defaults:
    """The settings in force in this context (thread, task, or ``with`` block).

    >>> get_defaults().language is None
    True
    """
    return _CURRENT.get()


def _changed(language: Lang | _Unset | None, as_of: dt.date | _Unset | None) -> Defaults:
    current = _CURRENT.get()
    if not isinstance(language, _Unset):
        if language is not None and language not in _LANGS:
            raise UsageError(f"language must be one of {', '.join(_LANGS)}")
        current = attrs.evolve(current, language=language)
    if not isinstance(as_of, _Unset):
        if as_of is not None:
            if isinstance(as_of, dt.datetime) or not isinstance(as_of, dt.date):
                raise UsageError("as_of must be a date (pendulum.date(2026, 6, 1)), not a time")
            as_of = pendulum.Date(as_of.year, as_of.month, as_of.day)
        current = attrs.evolve(current, as_of=as_of)
    return current


def set_defaults(
    *, language: Lang | _Unset | None = UNSET, as_of: dt.date | _Unset | None = UNSET
) -> Defaults:
    """Set the default language and/or as-of date for the rest of this context.

    A setting not given stays as it is; ``None`` puts it back to the built-in default.
    Returns the settings now in force. In a notebook, call it in the first cell.

    :raises plein.UsageError: a language other than ``"en"`` or ``"nl"``, or an
        ``as_of`` that is not a date (a date-time is refused: a design is judged on a day).

    >>> set_defaults(language="en").language
    'en'
    >>> set_defaults(language=None).language is None
    True
    """
    new = _changed(language, as_of)
    _CURRENT.set(new)
    return new


@contextlib.contextmanager
def defaults(
    *, language: Lang | _Unset | None = UNSET, as_of: dt.date | _Unset | None = UNSET
) -> Iterator[Defaults]:
    """Use a language and/or as-of date inside a ``with`` block, then restore the old ones.

    :raises plein.UsageError: as :func:`set_defaults`.

    >>> with defaults(language="en", as_of=pendulum.date(2026, 6, 1)) as now:
    ...     now.as_of
    Date(2026, 6, 1)
    >>> get_defaults().as_of is None
    True
    """
    token = _CURRENT.set(_changed(language, as_of))
    try:
        yield _CURRENT.get()
    finally:
        _CURRENT.reset(token)


def resolve_lang(lang: Lang | None, fallback: Lang) -> Lang:
    """The language a call uses: its own argument, else the setting, else ``fallback``."""
    if lang is not None:
        return lang
    return _CURRENT.get().language or fallback


def resolve_as_of(as_of: dt.date | None, timezone: str) -> pendulum.Date:
    """The day a call judges on: its own ``as_of``, else the setting, else today.

    Every function that takes ``as_of`` (checking, the report, the promise ledger, the
    calendar, the views, the tables) reads it here, so that it means one thing
    everywhere: a day in the trajectory's time zone ``timezone``. A date
    (``datetime.date`` or ``pendulum.Date``) is that day; a date-time with a time zone is
    the day it falls on in ``timezone``, one without a zone the day it shows. Raises
    :class:`~plein.UsageError` for anything else.

    >>> resolve_as_of(dt.date(2026, 3, 1), "Europe/Amsterdam")
    Date(2026, 3, 1)
    >>> resolve_as_of(dt.datetime(2026, 2, 28, 23, 30, tzinfo=dt.UTC), "Europe/Amsterdam")
    Date(2026, 3, 1)
    """
    if as_of is None:
        return _CURRENT.get().as_of or pendulum.today(timezone).date()
    if isinstance(as_of, dt.datetime):
        if as_of.utcoffset() is not None:
            as_of = pendulum.instance(as_of).in_timezone(timezone)
        return pendulum.Date(as_of.year, as_of.month, as_of.day)
    if isinstance(as_of, dt.date):
        return pendulum.Date(as_of.year, as_of.month, as_of.day)
    raise UsageError(
        f"as_of is a date (datetime.date or pendulum.Date), not a {type(as_of).__name__}"
    )
