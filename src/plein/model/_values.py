"""Small values shared by the entities: ids, time windows, due dates and paths.

Validators here reject only what cannot mean anything (an empty id, a window that ends
before it starts, a negative length). Whether a value is *wise* is for the checks.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeAlias

import attrs
import pendulum

from plein.errors import Problem
from plein.model._edtf import EdtfDate, to_edtf

__all__ = [
    "ID_PATTERN",
    "Due",
    "Extensions",
    "Path",
    "SourceMap",
    "Window",
    "check_id",
    "check_minutes",
    "check_timezone",
    "format_path",
    "to_date",
    "to_time",
]

#: A JSON-like mapping kept through a round trip, for data plein does not model.
Extensions: TypeAlias = Mapping[str, Any]

#: A path into a design: attribute names (snake_case) and list indexes.
Path: TypeAlias = tuple[str | int, ...]

#: What an id looks like: letters, digits, ".", "-" and "_", not starting or ending with
#: a separator (and, checked apart, no "__").
ID_PATTERN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")


@functools.lru_cache(maxsize=65536)  # designs name the same ids over and over
def _is_id(value: str) -> bool:
    return ID_PATTERN.fullmatch(value) is not None and "__" not in value


def check_id(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Refuse ids that cannot serve as stable keys (empty, spaces, ``__`` or commas)."""
    if not isinstance(value, str) or not _is_id(value):
        raise ValueError(
            f"{attribute.name} must be a non-empty id of letters, digits, '.', '-' or '_'"
            " that starts and ends with a letter or digit and has no '__'"
        )


def check_reference(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Refuse a reference that is not even shaped like an id (it may still dangle)."""
    if isinstance(value, tuple):
        for item in value:
            if item is not None:
                check_id(_, attribute, item)
    elif value is not None:
        check_id(_, attribute, value)


def check_minutes(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Refuse negative lengths and counts; unknown (None) is allowed."""
    if value is not None and (isinstance(value, bool) or value < 0):
        raise ValueError(f"{attribute.name} must be a whole number of at least 0")


def check_timezone(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Refuse a time-zone name that is not in the IANA database."""
    if value is None:
        return
    try:
        pendulum.timezone(value)
    except Exception as exc:  # pendulum raises several types for an unknown zone
        raise ValueError(
            f"{attribute.name} must be an IANA time-zone name such as Europe/Amsterdam"
        ) from exc


def to_date(value: object) -> pendulum.Date | None:
    """Accept a date (or an ISO ``YYYY-MM-DD`` string) and give a :class:`pendulum.Date`."""
    if value is None or isinstance(value, pendulum.Date):
        return value
    if isinstance(value, dt.datetime):
        raise TypeError("expected a date without a time of day")
    if isinstance(value, dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, str):
        return pendulum.Date.fromisoformat(value)
    raise TypeError("expected a date")


def to_time(value: object) -> pendulum.Time | None:
    """Accept a time of day (or an ``HH:MM`` string) and give a :class:`pendulum.Time`.

    Times are whole minutes: a time with seconds is refused, not truncated. ``"24:00"``
    is the midnight that ends a day, kept as 00:00 (an end at or before the start is on
    the next day, see :class:`Window`).

    >>> to_time("19:30"), to_time("24:00")
    (Time(19, 30, 0), Time(0, 0, 0))
    """
    if value is None or isinstance(value, pendulum.Time):
        parsed: dt.time | None = value
    elif isinstance(value, dt.time):
        parsed = value
    elif isinstance(value, str):
        parsed = dt.time(0, 0) if value.strip() == "24:00" else dt.time.fromisoformat(value)
    else:
        raise TypeError("expected a time of day")
    if parsed is None:
        return None
    if parsed.second or parsed.microsecond:
        raise ValueError("a time of day is whole minutes, written HH:MM; seconds are not used")
    if isinstance(parsed, pendulum.Time):
        return parsed
    return pendulum.Time(parsed.hour, parsed.minute)


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Let callers pass any iterable where the model keeps an immutable tuple."""
    return tuple(value)


@attrs.frozen
class Window:
    """An explicit clock window for a session, instead of a dagdeel's default one.

    An ``end`` at or before the ``start`` is on the next day: a session from 21:00 to
    01:00, or one that ends at midnight (``end: "24:00"``, kept as 00:00). ``minutes``
    counts the clock; on the night the clocks change, the session's timeline
    (:func:`plein.model.timeline`) counts the real minutes.

    >>> Window(start="19:00", end="22:00").minutes
    180
    >>> Window(start="21:00", end="01:00").minutes, Window(start="20:00", end="24:00").minutes
    (240, 240)
    """

    start: pendulum.Time = attrs.field(converter=to_time)
    end: pendulum.Time = attrs.field(converter=to_time)

    def __attrs_post_init__(self) -> None:
        if self.end == self.start:
            raise ValueError("a window must end at another time than it starts")

    @property
    def crosses_midnight(self) -> bool:
        """True when the window ends on the next day (its end is at or before its start)."""
        return self.end <= self.start

    @property
    def minutes(self) -> int:
        """The window's length in whole minutes by the clock."""
        start = self.start.hour * 60 + self.start.minute
        return (self.end.hour * 60 + self.end.minute - start) % (24 * 60)


@attrs.frozen
class Due:
    """When something is due, absolute or relative to the trajectory.

    One anchor is set: ``on`` (a date, exact or approximate: ``2021-12~`` is "end of
    2021"), ``before`` (the id of a session or step it must precede), ``at`` (the id of
    a session or step where it is due: "when the works start"), ``after`` (the id of a
    session or step it follows: "after the council decision"), or ``within`` alone (a
    length after the session that made it). ``within`` may also count from ``after``
    ("within six weeks of the decision"). ``every`` marks a recurring duty counted from
    the first moment, in ISO 8601 lengths that may use months and years (``P3M``
    quarterly, ``P1M`` monthly, ``P1Y`` yearly).

    >>> Due(within=pendulum.duration(weeks=6)).is_relative
    True
    >>> Due(after="council-decision", within=pendulum.duration(weeks=6)).reference
    'council-decision'
    """

    on: EdtfDate | None = attrs.field(default=None, converter=to_edtf)
    before: str | None = attrs.field(default=None, validator=check_reference)
    at: str | None = attrs.field(default=None, validator=check_reference)
    after: str | None = attrs.field(default=None, validator=check_reference)
    within: pendulum.Duration | None = None
    every: pendulum.Duration | None = None

    def __attrs_post_init__(self) -> None:
        anchors = sum(x is not None for x in (self.on, self.before, self.at, self.after))
        if anchors > 1 or (anchors == 0 and self.within is None):
            raise ValueError("a due moment needs exactly one of on, before, at, after or within")
        if self.within is not None and anchors and self.after is None:
            raise ValueError("within counts from the session that made it, or from after")
        for name, length in (("within", self.within), ("every", self.every)):
            if length is not None and length.total_seconds() <= 0:
                raise ValueError(f"{name} must be a positive length of time")

    @property
    def is_relative(self) -> bool:
        """True when the moment depends on the trajectory (a session, step or length)."""
        return self.on is None

    @property
    def reference(self) -> str | None:
        """The id of the session or step this moment refers to, if any."""
        return self.before or self.at or self.after

    @property
    def reference_key(self) -> str | None:
        """Which key names the reference: ``before``, ``at`` or ``after``."""
        for key in ("before", "at", "after"):
            if getattr(self, key) is not None:
                return key
        return None


def format_path(path: Path) -> str:
    """Render a path as the wire's JSONPath-like text, with camelCase keys.

    >>> format_path(("sessions", 2, "planned_date"))
    '$.sessions[2].plannedDate'
    """
    parts = ["$"]
    for part in path:
        parts.append(f"[{part}]" if isinstance(part, int) else "." + camel(part))
    return "".join(parts)


@functools.lru_cache(maxsize=1024)  # a design's keys are few, and asked for often
def camel(name: str) -> str:
    """The wire name of an attribute: snake_case becomes camelCase.

    >>> camel("planned_date")
    'plannedDate'
    """
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)


@attrs.frozen
class SourceMap:
    """Where each part of a design stood in the file it was read from, and what the
    reader noticed about it.

    Keys are paths in wire form (camelCase keys, list indexes); values are 1-based
    ``(line, column)`` pairs.
    """

    file: str | None
    positions: Mapping[tuple[str | int, ...], tuple[int, int]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    #: What the reader noticed but did not refuse (a newer or older format version),
    #: the same notes :func:`plein.load` also gives as :class:`~plein.DesignWarning`.
    notices: tuple[Problem, ...] = attrs.field(default=(), eq=False, repr=False)

    def locate(self, path: Path) -> tuple[int, int] | None:
        """The position of ``path`` (snake_case names allowed), or of its nearest parent."""
        wire = tuple(camel(p) if isinstance(p, str) else p for p in path)
        while True:
            found = self.positions.get(wire)
            if found is not None or not wire:
                return found
            wire = wire[:-1]
