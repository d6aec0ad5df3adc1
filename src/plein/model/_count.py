"""Headcounts as records give them: exact, about, more than, at least, or a range.

On the wire a :class:`Count` is a whole number (``35``) or a short text: ``"~130"``
(about 130), ``">60"`` (more than 60), ``">=250"`` (at least 250), ``"<20"`` (fewer
than 20), ``"25-30"`` (between 25 and 30). The ``~`` for "about" is EDTF's qualifier
for approximate values.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Count", "to_count"]

_FORM = re.compile(r"^(?:(~)?(\d+)|(>=|>|<=|<)(\d+)|(\d+)-(\d+))$")


def check_bounds(instance: Count, _: attrs.Attribute[int | None], __: int | None) -> None:
    if instance.low is not None and instance.low < 0:
        raise ValueError("a count cannot be negative")
    if instance.low is None and instance.high is None:
        raise ValueError("a count needs a lower or an upper bound")
    if instance.low is not None and instance.high is not None and instance.high < instance.low:
        raise ValueError("a count's upper bound is below its lower bound")


@attrs.frozen
class Count:
    """A number of people, with the precision the record gives it.

    ``low`` and ``high`` bound the count (None: unbounded on that side);
    ``approximate`` marks "about". Parse the wire form with :meth:`parse`.

    >>> Count.parse("~130").estimate, Count.parse(">60").low, Count.parse("25-30").high
    (130, 61, 30)
    >>> Count.parse(35).exact, Count.parse("~130").exact
    (35, None)
    """

    low: int | None = attrs.field(validator=check_bounds)
    high: int | None
    approximate: bool = False

    @classmethod
    def of(cls, number: int) -> Count:
        """An exact count."""
        return cls(number, number)

    @classmethod
    def parse(cls, value: int | str) -> Count:
        """Read the wire form (a number or a text as in the module docs); ValueError if not."""
        if isinstance(value, int) and not isinstance(value, bool):
            return cls.of(value)
        match = _FORM.fullmatch(value.replace(" ", "")) if isinstance(value, str) else None
        if match is None:
            raise ValueError(
                "a count is a whole number, or a text like ~130, >60, >=250, <20 or 25-30"
            )
        about, number, sign, bound, first, last = match.groups()
        if number is not None:
            return cls(int(number), int(number), approximate=bool(about))
        if first is not None:
            return cls(int(first), int(last))
        n = int(bound)
        return {
            ">": cls(n + 1, None),
            ">=": cls(n, None),
            "<": cls(0, max(n - 1, 0)),
            "<=": cls(0, n),
        }[sign]

    @property
    def exact(self) -> int | None:
        """The number when the record gives it exactly, else None."""
        return self.low if self.low == self.high and not self.approximate else None

    @property
    def estimate(self) -> int:
        """One number to show or add up: exact, about, the middle of a range, or a bound."""
        if self.low is not None and self.high is not None:
            return (self.low + self.high) // 2
        return self.low if self.low is not None else self.high or 0

    @property
    def surely_at_least(self) -> int:
        """A number the count is surely not below (0 when only an upper bound is known)."""
        if self.low is None:
            return 0
        return self.low * 9 // 10 if self.approximate else self.low

    @property
    def surely_at_most(self) -> int | None:
        """A number the count is surely not above, or None when it is open upwards."""
        if self.high is None:
            return None
        return -(-self.high * 11 // 10) if self.approximate else self.high

    def text(self) -> int | str:
        """The wire form: a number when exact, else the shortest text that says it."""
        if self.exact is not None:
            return self.exact
        if self.low is not None and self.low == self.high:
            return f"~{self.low}"
        if self.high is None:
            return f">={self.low}"
        if not self.low:
            return f"<={self.high}"
        return f"{self.low}-{self.high}"

    def __add__(self, other: Count) -> Count:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        if low is None and high is None:
            low = (self.low or 0) + (other.low or 0)
        return Count(low, high, approximate=self.approximate or other.approximate)

    def __str__(self) -> str:
        return str(self.text())


def to_count(value: object) -> Count | None:
    """Accept a :class:`Count`, a whole number or a count text, for the model's fields."""
    if value is None or isinstance(value, Count):
        return value
    if isinstance(value, int | str) and not isinstance(value, bool):
        return Count.parse(value)
    raise TypeError("expected a count: a whole number or a text like ~130, >60 or 25-30")
