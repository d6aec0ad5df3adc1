"""Dates as real records give them: exact, partial, approximate, uncertain, or a period.

A :class:`EdtfDate` holds a date written in the Extended Date/Time Format (EDTF, the
Library of Congress profile that ISO 8601-2:2019 standardised) and knows the earliest and
latest day it can mean. plein reads it with the ``edtf`` package. What a design can say:

===================================  =========================  ==========================
what the record says                 EDTF                       earliest .. latest
===================================  =========================  ==========================
19 June 2021                         ``2021-06-19``             that day
May 2021                             ``2021-05``                1 May .. 31 May
2021                                 ``2021``                   1 Jan .. 31 Dec
spring, summer, autumn, winter 2021  ``2021-21`` .. ``2021-24``  the meteorological season
the third quarter of 2021            ``2021-35``                1 Jul .. 30 Sep
the second half of 2021              ``2021-41``                1 Jul .. 31 Dec
end of 2021                          ``2021-12~``               about December
around 19 June (approximate)         ``2021-06-19~``            a week either side
19 June, inferred (uncertain)        ``2021-06-19?``            that day, marked uncertain
a period: on view for six weeks      ``2011-10-06/2011-11-16``  the whole period
after the summer, from then on       ``2021-09/..``             1 Sep .. (open)
until May 2021                       ``../2021-05``             (open) .. 31 May
April to August                      ``2011-04/2011-08``        1 Apr .. 31 Aug
two sources disagree                 ``[2011-11-16,2011-11-17]``  one of them
one day between two dates          ``[2011-05-12..2011-10-05]``  one day of them
===================================  =========================  ==========================

A period with an open end (``..``) has no latest (or earliest) day: nothing is ever
surely after (or before) it on that side.

An approximate date (``~``) is widened by one unit of its precision below its own: a
day by a week, a month by a month, a season, quarter or half by a month, a year by three
months. An uncertain date (``?``) keeps its bounds: the value is the best reading, only
its source is weak. Winter (``-24``) runs from December into February of the next year.

Comparisons work with the precision that is there: a date is *surely before* another
only when its latest day is before the other's earliest. "Planned end of May, held 19
June" is a slip; "planned 2021, held March 2021" is not known to be one.

>>> held = EdtfDate("2021-06-19")
>>> held.surely_after(EdtfDate("2021-05~"))
False
>>> held.surely_after(EdtfDate("2021-05"))
True
>>> EdtfDate("2021").contains(EdtfDate("2021-03"))
True
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import attrs
import pendulum

__all__ = ["EdtfDate", "EdtfError", "to_edtf"]

_OPEN_END = re.compile(r"^(?:([^/.][^/]*)/\.\.|\.\./([^/.][^/]*))$")
_QUALIFIED_GROUPING = re.compile(r"^(\d{4}-(?:2[1-9]|3[0-9]|4[01]))([~?%])$")
_SEASON_WINTER = re.compile(r"^(\d{4})-24$")
_PLAIN_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PLAIN = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?([~?%]?)$")


class EdtfError(ValueError):
    """A text that is not an EDTF date plein can read."""


@functools.lru_cache(maxsize=4096)
def _bounds(text: str) -> tuple[pendulum.Date, pendulum.Date, bool, bool, bool]:
    """Earliest day, latest day, approximate, uncertain, period for an EDTF text."""
    if _PLAIN_DAY.fullmatch(text):  # the common case, without the parser
        day = dt.date.fromisoformat(text)
        exact = pendulum.Date(day.year, day.month, day.day)
        return exact, exact, False, False, False
    if _PLAIN.fullmatch(text):  # a qualified day, a month or a year: no parser needed
        return _plain(text)
    open_end = _OPEN_END.fullmatch(text)
    if open_end:  # "from September 2021 on" or "until May 2021": one side is unbounded
        start, until = open_end.groups()
        low_day, high_day, approximate, uncertain, _ = _bounds(start or until)
        if start:
            return low_day, pendulum.Date(9999, 12, 31), approximate, uncertain, True
        return pendulum.Date(1, 1, 1), high_day, approximate, uncertain, True
    qualified = _QUALIFIED_GROUPING.fullmatch(text)
    if qualified:  # the edtf package reads seasons and quarters only without a qualifier
        low_day, high_day, _, _, _ = _bounds(qualified.group(1))
        qualifier = qualified.group(2)
        approximate = qualifier in "~%"
        margin = pendulum.duration(months=1) if approximate else pendulum.duration()
        return low_day - margin, high_day + margin, approximate, qualifier in "?%", False
    try:
        from edtf import parse_edtf, struct_time_to_date  # imported when first needed

        parsed: Any = parse_edtf(text)
        low = struct_time_to_date(parsed.lower_strict())
        high = struct_time_to_date(parsed.upper_strict())
    except Exception as exc:  # the parser raises several types for text it cannot read
        raise EdtfError(text) from exc
    if low.year <= 1 or high.year >= 9999:  # open ends (".." or unknown) parse as extremes
        raise EdtfError(text)
    winter = _SEASON_WINTER.match(text.rstrip("~?%"))
    if winter:  # the parser ends winter on 31 December; it runs into February
        high = dt.date(int(winter.group(1)) + 1, 3, 1) - dt.timedelta(days=1)
    approximate = "~" in text or "%" in text
    uncertain = "?" in text or "%" in text
    period = "/" in text or text.startswith("[")
    start = pendulum.Date(low.year, low.month, low.day)
    end = pendulum.Date(high.year, high.month, high.day)
    if approximate:
        margin = _margin(text)
        start, end = start - margin, end + margin
    return start, end, approximate, uncertain, period


def _plain(text: str) -> tuple[pendulum.Date, pendulum.Date, bool, bool, bool]:
    match = _PLAIN.fullmatch(text)
    assert match is not None
    year, month, day, qualifier = match.groups()
    try:
        if day is not None:
            start = end = pendulum.Date(int(year), int(month), int(day))
        elif month is not None:
            start = pendulum.Date(int(year), int(month), 1)
            end = start.end_of("month")
        else:
            start, end = pendulum.Date(int(year), 1, 1), pendulum.Date(int(year), 12, 31)
    except ValueError as exc:  # 2021-02-30
        raise EdtfError(text) from exc
    approximate = qualifier in ("~", "%")
    if approximate:
        margin = _margin(text)
        start, end = start - margin, end + margin
    return start, end, approximate, qualifier in ("?", "%"), False


def _margin(text: str) -> pendulum.Duration:
    core = re.sub(r"[~?%\[\]]", "", text).split("/")[0].split(",")[0]
    parts = core.split("-")
    if len(parts) >= 3:
        return pendulum.duration(weeks=1)
    if len(parts) == 2:
        return pendulum.duration(months=1)
    return pendulum.duration(months=3)


def _canonical(value: str) -> str:
    return value.strip().replace(", ", ",")


@attrs.frozen(order=False)
class EdtfDate:
    """A date with the precision a record gives it, written in EDTF (ISO 8601-2).

    ``text`` is the EDTF form; :attr:`earliest` and :attr:`latest` are the first and
    last day it can mean. Raises :class:`EdtfError` (a :class:`ValueError`) for text that
    is not EDTF or has an open end.

    >>> EdtfDate("2021-35").earliest, EdtfDate("2021-35").latest
    (Date(2021, 7, 1), Date(2021, 9, 30))
    >>> EdtfDate("2021-06-19").day
    Date(2021, 6, 19)
    >>> EdtfDate("2021-06").day is None
    True
    """

    text: str = attrs.field(converter=_canonical)

    def __attrs_post_init__(self) -> None:
        _bounds(self.text)  # refuse what cannot be read, at construction

    @classmethod
    def from_date(cls, day: dt.date) -> EdtfDate:
        """The EDTF date of one exact day."""
        return cls(f"{day.year:04d}-{day.month:02d}-{day.day:02d}")

    @property
    def earliest(self) -> pendulum.Date:
        """The first day this date can mean."""
        return _bounds(self.text)[0]

    @property
    def latest(self) -> pendulum.Date:
        """The last day this date can mean."""
        return _bounds(self.text)[1]

    @property
    def is_approximate(self) -> bool:
        """True for a date the record gives as "about" (``~``)."""
        return _bounds(self.text)[2]

    @property
    def is_uncertain(self) -> bool:
        """True for a date that is inferred or doubtful (``?``)."""
        return _bounds(self.text)[3]

    @property
    def is_period(self) -> bool:
        """True for an interval or a choice between dates, not one moment."""
        return _bounds(self.text)[4]

    @property
    def day(self) -> pendulum.Date | None:
        """The one day this date means, or None when it means more than one day.

        An uncertain single day (``2021-06-19?``) still gives that day.
        """
        low, high, approximate, _, _ = _bounds(self.text)
        return low if low == high and not approximate else None

    @property
    def is_exact(self) -> bool:
        """True when the date is one known day."""
        return self.day is not None and not self.is_uncertain

    def surely_before(self, other: EdtfDate) -> bool:
        """True when every day this can mean comes before every day ``other`` can mean."""
        return self.latest < other.earliest

    def surely_after(self, other: EdtfDate) -> bool:
        """True when every day this can mean comes after every day ``other`` can mean."""
        return self.earliest > other.latest

    def contains(self, other: EdtfDate) -> bool:
        """True when every day ``other`` can mean lies within this date's bounds."""
        return self.earliest <= other.earliest and other.latest <= self.latest

    def days_after(self, other: EdtfDate) -> int | None:
        """Whole days from ``other`` to this date when both are single days, else None."""
        if self.day is None or other.day is None:
            return None
        return (self.day - other.day).in_days()

    def __str__(self) -> str:
        return self.text


def to_edtf(value: object) -> EdtfDate | None:
    """Accept an :class:`EdtfDate`, a date, an EDTF text or a year, for the model's fields."""
    if value is None or isinstance(value, EdtfDate):
        return value
    if isinstance(value, dt.datetime):
        raise TypeError("expected a date without a time of day")
    if isinstance(value, dt.date):
        return EdtfDate.from_date(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return EdtfDate(str(value))
    if isinstance(value, str):
        return EdtfDate(value)
    raise TypeError("expected a date or an EDTF text such as 2021-05 or 2021-06-19")
