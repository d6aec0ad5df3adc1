"""What a work format (werkvorm) is: typed, frozen values.

A :class:`WorkFormat` describes a building block of a Plein's programme: what it is for,
where it sits in the arc of a session, how the group is configured step by step, how long
it takes, how many people it holds and how much it asks of them.

The validators here reject only what cannot mean anything (a negative number of minutes,
an empty id, a range whose top is below its bottom). A format that is valid but
questionable -- steps that do not add up to its typical length, say -- is reported by
:meth:`WorkFormat.inconsistencies`, never refused, so that a design's local formats can
be written down first and judged afterwards.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from plein.errors import UsageError
from plein.model._vocab import Role

__all__ = [
    "Arc",
    "Exposure",
    "GroupStep",
    "Per",
    "Purpose",
    "Range",
    "RoleNeed",
    "WorkFormat",
]

#: Above this many tables the plenary parts of a table format (instructions, moving,
#: reporting back) start to take longer; see :meth:`WorkFormat.minutes_for`.
TABLES_WITHOUT_EXTRA_MINUTES = 6
#: One minute is added to the shortest sensible length for every this many tables
#: beyond :data:`TABLES_WITHOUT_EXTRA_MINUTES` (rounded up).
TABLES_PER_EXTRA_MINUTE = 2


class Arc(enum.StrEnum):
    """The place of a block in the arc of a session."""

    WALK_IN = "walk-in"  # inloop: doors open, coffee; not part of the content timebox
    OPEN = "open"  # welcome, check-in, introductions, ground rules
    DIVERGE = "diverge"  # opening up: exploring, generating, deepening
    CONVERGE = "converge"  # narrowing down: weighing, choosing, agreeing
    CLOSE = "close"  # harvest, agreements, check-out
    BREAK = "break"  # pauze
    PRESENTATION = "presentation"  # information brought to the room


class Exposure(enum.StrEnum):
    """How much a format asks every participant to expose, lowest first.

    Compare exposures by :attr:`rank`; ``<`` on the members compares their strings.
    ``writing`` (post-its, reaction forms, dots, online input) and ``one-to-one`` (a talk
    at an information-market stand, an interview) are voice without an audience: each
    participant is heard, at less exposure than speaking in pairs. Their :attr:`channel`
    says how the voice travels.
    """

    LISTENING = "listening"  # nobody is asked to say anything (listening, reading)
    WRITING = "writing"  # input in writing: post-its, reaction forms, dots, online
    ONE_TO_ONE = "one-to-one"  # a talk with one person: at a stand, an interview
    SPEAKING_IN_PAIRS = "speaking-in-pairs"
    SPEAKING_IN_SMALL_GROUPS = "speaking-in-small-groups"
    SPEAKING_IN_PLENARY = "speaking-in-plenary"
    PUBLIC_DILEMMA = "public-dilemma"  # taking a visible position on a dilemma before all

    @property
    def rank(self) -> int:
        """Position on the scale: 0 for no audience (listening, writing, one to one), 1
        for pairs, up to 4 for a public dilemma."""
        return _EXPOSURE_RANKS[self]

    @property
    def is_voice(self) -> bool:
        """True when every participant gets a say, in any channel (all but listening)."""
        return self is not Exposure.LISTENING

    @property
    def channel(self) -> str | None:
        """How participants are heard: ``written``, ``one-to-one``, ``spoken``, or None."""
        if self is Exposure.LISTENING:
            return None
        if self is Exposure.WRITING:
            return "written"
        return "one-to-one" if self is Exposure.ONE_TO_ONE else "spoken"

    @property
    def is_safe_channel(self) -> bool:
        """True for voice without an audience: writing and one-to-one talks."""
        return self in (Exposure.WRITING, Exposure.ONE_TO_ONE)


# Writing and talking one to one ask no more exposure than listening: no audience hears.
_EXPOSURE_RANKS = {exposure: max(rank - 2, 0) for rank, exposure in enumerate(Exposure)}


class Purpose(enum.StrEnum):
    """What a block is for."""

    ARRIVE = "arrive"
    GET_ACQUAINTED = "get-acquainted"
    INFORM = "inform"
    EXPLORE = "explore"
    GENERATE_IDEAS = "generate-ideas"
    DEEPEN = "deepen"
    WEIGH_OPTIONS = "weigh-options"
    CHOOSE = "choose"
    AGREE = "agree"
    REFLECT = "reflect"
    HARVEST = "harvest"
    EVALUATE = "evaluate"
    REST = "rest"
    DESIGN = "design"


class Per(enum.StrEnum):
    """What a role need counts against."""

    SESSION = "session"  # one for the whole block
    TABLE = "table"  # one at every table or station
    GROUP = "group"  # one with every subgroup that moves about (a walking group, a breakout)


def _non_negative(_instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be a whole number of at least 0")


def _not_blank(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be a non-empty string")


@attrs.frozen
class Range:
    """A closed range of whole numbers; ``high`` None means open-ended.

    >>> Range(4, 6).contains(5), 7 in Range(4, 6), Range(12).contains(500)
    (True, False, True)
    >>> str(Range(4, 6)), str(Range(12))
    ('4-6', '12+')
    """

    low: int = attrs.field(validator=_non_negative)
    high: int | None = attrs.field(default=None)

    @high.validator
    def _check_high(self, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is None:
            return
        _non_negative(self, attribute, value)
        if value < self.low:
            raise ValueError(f"{attribute.name} cannot be below where the range starts")

    @property
    def is_open(self) -> bool:
        """Whether the range has no upper bound."""
        return self.high is None

    def contains(self, n: int) -> bool:
        """Whether ``n`` lies within the range, both ends included."""
        return self.low <= n and (self.high is None or n <= self.high)

    def __contains__(self, n: object) -> bool:
        return isinstance(n, int) and self.contains(n)

    def __str__(self) -> str:
        if self.high is None:
            return f"{self.low}+"
        if self.high == self.low:
            return str(self.low)
        return f"{self.low}-{self.high}"


@attrs.frozen
class GroupStep:
    """One step of a format's group configuration.

    ``group`` is a short label for how people are grouped during the step: ``"1"``
    (alone), ``"2"`` (pairs), ``"3"``, ``"4"``, ``"tables"``, ``"all"`` (plenary),
    ``"fishbowl"``, ``"stands"``, ``"groups"`` and so on.
    """

    group: str = attrs.field(validator=_not_blank)
    minutes: int = attrs.field(validator=_non_negative)
    description: str = ""


@attrs.frozen
class RoleNeed:
    """A role a format needs filled, counted per session, table or group.

    >>> RoleNeed(Role.TABLE_HOST, "table")
    RoleNeed(role=<Role.TABLE_HOST: 'table-host'>, per=<Per.TABLE: 'table'>)
    """

    role: Role = attrs.field(converter=Role)
    per: Per = attrs.field(default=Per.SESSION, converter=Per)


def _tuple_of_purposes(values: Iterable[Purpose | str]) -> tuple[Purpose, ...]:
    return tuple(Purpose(v) for v in values)


def _tuple_of_steps(values: Iterable[GroupStep]) -> tuple[GroupStep, ...]:
    return tuple(values)


def _tuple_of_needs(values: Iterable[RoleNeed]) -> tuple[RoleNeed, ...]:
    return tuple(values)


def _tuple_of_str(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        return (values,)
    return tuple(values)


def _check_group_size(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise UsageError("a group size must be a whole number of at least 0")


@attrs.frozen(kw_only=True)
class WorkFormat:
    """A work format (werkvorm): a building block a session's programme is made of.

    ``minutes`` is the range of sensible lengths and ``typical_minutes`` the length the
    sources give; when ``steps`` are given, their minutes add up to the typical length.
    ``group_size`` is how many people the format holds in total; ``table_size`` how many
    sit together when it splits into tables or subgroups (None when it does not).
    ``exposure`` is the most the format asks of every participant; ``builds_trust``
    says whether the format is one of those that make a group safer to speak in.
    ``sources`` are plain-text citations of where the facts come from.
    """

    id: str = attrs.field(validator=_not_blank)
    name_nl: str = attrs.field(validator=_not_blank)
    name_en: str = attrs.field(validator=_not_blank)
    purposes: tuple[Purpose, ...] = attrs.field(converter=_tuple_of_purposes)
    arc: Arc = attrs.field(converter=Arc)
    minutes: Range
    typical_minutes: int = attrs.field(validator=_non_negative)
    group_size: Range
    exposure: Exposure = attrs.field(converter=Exposure)
    description: str = ""
    steps: tuple[GroupStep, ...] = attrs.field(default=(), converter=_tuple_of_steps)
    table_size: Range | None = None
    builds_trust: bool = False
    roles_needed: tuple[RoleNeed, ...] = attrs.field(default=(), converter=_tuple_of_needs)
    materials: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    online: bool = False
    sources: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    @property
    def names(self) -> tuple[str, str]:
        """The Dutch and the English name."""
        return (self.name_nl, self.name_en)

    @property
    def steps_minutes(self) -> int | None:
        """The minutes of the steps added up, or None when no steps are given."""
        if not self.steps:
            return None
        return sum(step.minutes for step in self.steps)

    def holds(self, group_size: int) -> bool:
        """Whether the format can hold a group of this many people."""
        _check_group_size(group_size)
        return self.group_size.contains(group_size)

    def tables_for(self, group_size: int) -> Range | None:
        """How many tables (or subgroups) this many people make; None if it does not split.

        The fewest tables seat everyone without going over the top table size:
        ``ceil(n / high)``; the most fill every table to at least the bottom size:
        ``floor(n / low)``. Every count in between works. When no count works -- fewer
        people than one table needs, or a gap such as 7 people at tables of 4 to 6 --
        the range is the single fewest count, which leaves some tables short.

        >>> from plein.workformats import default_catalogue
        >>> world_cafe = default_catalogue().get("world-cafe")
        >>> str(world_cafe.table_size), str(world_cafe.tables_for(40))
        ('4-6', '7-10')
        """
        _check_group_size(group_size)
        size = self.table_size
        if size is None:
            return None
        if group_size == 0:
            return Range(0, 0)
        # Whole-number division: a group of any size (a typo of many digits) has an answer.
        fewest = 1 if size.high is None else max(1, -(-group_size // max(size.high, 1)))
        most = max(fewest, group_size // max(size.low, 1))
        return Range(fewest, most)

    def minutes_for(self, group_size: int) -> Range:
        """The range of sensible lengths for a group of this many people.

        It is :attr:`minutes`, except for formats that split into tables: with many
        tables the plenary parts (instructions, moving, reporting back) take longer, so
        for every two tables beyond six (counting the fewest tables the group makes,
        rounding up) the shortest sensible length grows by one minute, never beyond the
        longest. The longest and the typical length do not change.

        >>> from plein.workformats import default_catalogue
        >>> world_cafe = default_catalogue().get("world-cafe")
        >>> str(world_cafe.minutes_for(30)), str(world_cafe.minutes_for(120))
        ('45-180', '52-180')
        """
        tables = self.tables_for(group_size)
        if tables is None:
            return self.minutes
        beyond = max(0, tables.low - TABLES_WITHOUT_EXTRA_MINUTES)
        extra = -(-beyond // TABLES_PER_EXTRA_MINUTE)
        low = self.minutes.low + extra
        if self.minutes.high is not None:
            low = min(low, self.minutes.high)
        return Range(low, self.minutes.high)

    def typical_minutes_for(self, group_size: int) -> int:
        """The typical length for a group of this many people (at least its minimum)."""
        return max(self.typical_minutes, self.minutes_for(group_size).low)

    def inconsistencies(self) -> tuple[str, ...]:
        """What does not add up in this format's own facts, in plain words; empty if all do.

        These are not errors: a local format may be written down before it is finished.
        """
        found: list[str] = []
        total = self.steps_minutes
        if total is not None and total != self.typical_minutes:
            found.append(
                f"the steps add up to {total} minutes, not the typical {self.typical_minutes}"
            )
        if not self.minutes.contains(self.typical_minutes):
            found.append(
                f"the typical length ({self.typical_minutes} minutes) lies outside "
                f"the range of lengths ({self.minutes})"
            )
        if not self.purposes:
            found.append("the format names no purpose")
        if len(set(self.purposes)) != len(self.purposes):
            found.append("a purpose is named twice")
        if self.group_size.low == 0:
            found.append("the group size starts at 0 people")
        size = self.table_size
        if size is not None:
            if size.low == 0:
                found.append("the table size starts at 0 people")
            if self.group_size.high is not None and size.low > self.group_size.high:
                found.append(
                    f"a table ({size}) needs more people than the format holds ({self.group_size})"
                )
        return tuple(found)


def _optional_non_negative(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _non_negative(instance, attribute, value)


@attrs.frozen(kw_only=True)
class OwnFormat:
    """A work format a design defines for itself, with what its authors know of it.

    Only the id and the two names are required; every other fact of a
    :class:`WorkFormat` may be left unknown (None, or empty): "a tree planted by the
    alderman", "a bike tour with three stops". A format whose facts are all known
    (:attr:`is_complete`) joins the design's catalogue and is judged like any other; an
    incomplete one is known by name, and the checks say they cannot tell what it asks.
    """

    id: str = attrs.field(validator=_not_blank)
    name_nl: str = attrs.field(validator=_not_blank)
    name_en: str = attrs.field(validator=_not_blank)
    purposes: tuple[Purpose, ...] = attrs.field(default=(), converter=_tuple_of_purposes)
    arc: Arc | None = attrs.field(default=None, converter=attrs.converters.optional(Arc))
    minutes: Range | None = None
    typical_minutes: int | None = attrs.field(default=None, validator=_optional_non_negative)
    group_size: Range | None = None
    exposure: Exposure | None = attrs.field(
        default=None, converter=attrs.converters.optional(Exposure)
    )
    description: str = ""
    steps: tuple[GroupStep, ...] = attrs.field(default=(), converter=_tuple_of_steps)
    table_size: Range | None = None
    builds_trust: bool = False
    roles_needed: tuple[RoleNeed, ...] = attrs.field(default=(), converter=_tuple_of_needs)
    materials: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    online: bool = False
    sources: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    @classmethod
    def from_format(cls, fmt: WorkFormat | OwnFormat) -> OwnFormat:
        """The same format as a design's own (every fact kept)."""
        if isinstance(fmt, OwnFormat):
            return fmt
        return cls(**{f.name: getattr(fmt, f.name) for f in attrs.fields(WorkFormat)})

    @property
    def names(self) -> tuple[str, str]:
        """The Dutch and the English name."""
        return (self.name_nl, self.name_en)

    @property
    def is_complete(self) -> bool:
        """True when every fact a :class:`WorkFormat` needs is known."""
        return self.work_format() is not None

    def work_format(self) -> WorkFormat | None:
        """The format as a :class:`WorkFormat` when every fact it needs is known, else None."""
        values = {f.name: getattr(self, f.name) for f in attrs.fields(OwnFormat)}
        needed = ("arc", "minutes", "typical_minutes", "group_size", "exposure")
        if not self.purposes or any(values[name] is None for name in needed):
            return None
        return WorkFormat(**values)
