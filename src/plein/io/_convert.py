"""The one converter between plein's model and its wire format.

Never the global cattrs converter: plein is embedded in other programs, whose own hooks
must not change what plein reads, and the other way round.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
from collections.abc import Callable, Iterator, Mapping
from enum import Enum, StrEnum
from functools import cache, lru_cache
from types import UnionType
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
import pendulum
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from plein.model import Count, Due, EdtfDate, Trajectory, camel

__all__ = ["WireError", "converter", "make_converter"]


class WireError(ValueError):
    """A value on the wire has the wrong shape. The message never repeats the value.

    ``code`` is ``wrong-type`` (text where a number belongs), ``invalid-value`` (the
    right type, but not a value that means anything: February 30th, an unknown enum),
    ``out-of-range`` (a date or length beyond what plein computes with) or
    ``invalid-key`` (a key under ``extensions`` that the Objects API cannot filter on).
    """

    def __init__(
        self, message: str, code: str = "wrong-type", where: tuple[str | int, ...] = ()
    ) -> None:
        super().__init__(message)
        self.code = code
        #: Where inside the value the trouble is, for the line of the problem.
        self.where = where


_DURATION = re.compile(
    r"P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?)?"
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")
_TIME_WITH_SECONDS = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?")

#: The years a design's dates may name. Python's dates end at years 1 and 9999; plein
#: adds lengths to dates (a due ``within`` a length, recurring duties, the margin of an
#: approximate date) and steps back from them (``before`` a session), so it keeps every
#: date well inside: four-digit years from 1000 to 2999 cover every record and every plan
#: a participation trajectory has, and with lengths of at most :data:`MAX_LENGTH_YEARS`
#: no sum or difference can leave Python's range.
YEARS = range(1000, 3000)
#: The longest length of time a design may give (``within``, ``every``), in years.
MAX_LENGTH_YEARS = 100
_YEAR_RANGE_HELP = f"plein reads dates in the years {YEARS.start} to {YEARS.stop - 1}"
_LONG_NUMBER = re.compile(r"[0-9]{4,}")


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise WireError("expected text")
    return value


def _structure_int(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WireError("expected a whole number")
    return value


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise WireError("expected true or false")
    return value


def _structure_date(value: Any, _: type) -> pendulum.Date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.year not in YEARS:
                raise WireError(f"this date is out of range; {_YEAR_RANGE_HELP}", "out-of-range")
            return pendulum.Date(parsed.year, parsed.month, parsed.day)
    raise WireError(
        "expected a real date written as YYYY-MM-DD, for example 2026-03-14", "invalid-value"
    )


def _unstructure_date(value: pendulum.Date) -> str:
    return value.isoformat()


_EDTF_HELP = (
    "expected a date in EDTF (ISO 8601-2): 2021-06-19, 2021-06 (a month), 2021 (a year), "
    "2021-21..2021-24 (spring..winter), 2021-33..2021-36 (a quarter), 2021-06~ (about), "
    "2021-06-19? (inferred), 2011-10-06/2011-11-16 (a period) or "
    "[2011-11-16,2011-11-17] (one of these)"
)


_IMPOSSIBLE_DAY = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(29|30|31)$")


def _structure_edtf(value: Any, _: type) -> EdtfDate:
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        value = str(value)
    if isinstance(value, str):
        # Every year the text names (the runs of four or more digits) is in range.
        years = _LONG_NUMBER.findall(value)
        if any(len(year) > 4 or int(year) not in YEARS for year in years):
            raise WireError(f"this date is out of range; {_YEAR_RANGE_HELP}", "out-of-range")
        try:
            return EdtfDate(value)
        except ValueError:
            if _IMPOSSIBLE_DAY.match(value):  # 2026-02-30: well written, but no such day
                raise WireError(
                    "this day does not exist in the calendar (check the day of the month)",
                    "invalid-value",
                ) from None
    raise WireError(_EDTF_HELP, "invalid-value")


def _unstructure_edtf(value: EdtfDate) -> str:
    return value.text


def _structure_count(value: Any, _: type) -> Count:
    # Text that is only digits is still text: "45" is not 45 (write 45).
    is_number = isinstance(value, int) and not isinstance(value, bool)
    if not is_number and (not isinstance(value, str) or value.isdigit()):
        raise WireError("expected a count: a whole number, or a text like ~130, >60 or 25-30")
    try:
        return Count.parse(value)
    except ValueError as exc:
        raise WireError(str(exc), "invalid-value") from None


def _unstructure_count(value: Count) -> int | str:
    return value.text()


def _structure_time(value: Any, _: type) -> pendulum.Time:
    if isinstance(value, str) and value == "24:00":
        return pendulum.Time(0, 0)  # the midnight that ends a day: an end on the next day
    if isinstance(value, str) and _TIME.fullmatch(value):
        try:
            parsed = dt.time.fromisoformat(value)
        except ValueError:
            pass
        else:
            return pendulum.Time(parsed.hour, parsed.minute)
    if isinstance(value, str) and _TIME_WITH_SECONDS.fullmatch(value):
        raise WireError(
            "expected a time of day in whole minutes, written as HH:MM (for example 19:30); "
            "plein does not plan in seconds",
            "invalid-value",
        )
    raise WireError(
        "expected a time of day written as HH:MM, for example 19:30 (24:00 for the "
        "midnight that ends a day)",
        "invalid-value",
    )


def _unstructure_time(value: pendulum.Time) -> str:
    return value.strftime("%H:%M")


def _structure_duration(value: Any, _: type) -> pendulum.Duration:
    match = _DURATION.fullmatch(value) if isinstance(value, str) else None
    if match is None or value in ("P", "PT") or value.endswith("T"):
        raise WireError(
            "expected an ISO 8601 length in years, months, weeks, days, hours or minutes, "
            "for example P3M, P6W, P10D or PT90M",
            "invalid-value",
        )
    if any(len(g) > 6 for g in match.groups() if g):
        raise WireError(_LENGTH_RANGE_HELP, "out-of-range")
    years, months, weeks, days, hours, minutes = (int(g) if g else 0 for g in match.groups())
    # Months and years as their longest, so that no sum with a date can overflow.
    days_at_most = (years + months / 12) * 366 + weeks * 7 + days + (hours * 60 + minutes) / 1440
    if days_at_most > MAX_LENGTH_YEARS * 366:
        raise WireError(_LENGTH_RANGE_HELP, "out-of-range")
    return pendulum.duration(
        years=years, months=months, weeks=weeks, days=days, hours=hours, minutes=minutes
    )


_LENGTH_RANGE_HELP = (
    f"this length is out of range; plein reads lengths up to {MAX_LENGTH_YEARS} years"
)


def _unstructure_duration(value: pendulum.Duration) -> str:
    years, months = value.years, value.months
    calendar = f"{years}Y" if years else ""
    calendar += f"{months}M" if months else ""
    # pendulum counts a month as 30 days and a year as 365 in its total.
    total = int(value.total_seconds()) // 60 - (years * 365 + months * 30) * 24 * 60
    days, minutes = divmod(total, 24 * 60)
    weeks, rest_days = divmod(days, 7)
    text = "P" + calendar
    if weeks and not rest_days:
        text += f"{weeks}W"
    elif days:
        text += f"{days}D"
    if minutes:
        hours, minutes = divmod(minutes, 60)
        text += "T" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return text if text != "P" else "PT0M"


_UNFILTERABLE = re.compile(r"__|,")


def _structure_mapping(value: Any, _: type) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise WireError("expected a mapping")
    bad = list(_unfilterable_keys(value, ()))
    if bad:
        raise WireError(
            f"{len(bad)} key{'s' * (len(bad) != 1)} in this mapping (or nested in it) "
            f"{'contain' if len(bad) != 1 else 'contains'} '__' or a comma, which the "
            f"Objects API cannot filter on; rename {'them' if len(bad) != 1 else 'it'}",
            "invalid-key",
            where=bad[0],
        )
    return dict(value)


def _unfilterable_keys(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[str | int, ...]]:
    """The paths of keys, at any depth, with ``__`` or a comma (the Objects API's
    filter syntax uses both)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if _UNFILTERABLE.search(str(key)):
                yield (*path, key)
            yield from _unfilterable_keys(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _unfilterable_keys(item, (*path, i))


def _structure_enum(value: Any, enum: type[Enum]) -> Enum:
    try:
        return enum(value)
    except ValueError:
        values = [str(member.value) for member in enum]
        # The value itself is not repeated (it may be personal data), only the one meant.
        close = difflib.get_close_matches(str(value), values, n=1) if isinstance(value, str) else []
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise WireError(f"expected one of: {', '.join(values)}{hint}", "invalid-value") from None


def _unstructure_enum(value: Enum) -> Any:
    return value.value


def _tuple_hook(converter: cattrs.Converter, cls: Any) -> Callable[[Any, type], tuple[Any, ...]]:
    """Lists become tuples, element by element, collecting every element's error."""
    (item_type, _) = get_args(cls)
    item_hook = converter.get_structure_hook(item_type)

    def structure(value: Any, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise WireError("expected a list")
        items = []
        errors = []
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"@ index {index}", index, item_type),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError("while structuring a list", errors, cls)
        return tuple(items)

    return structure


def _optional_hook(converter: cattrs.Converter, cls: Any) -> Callable[[Any, type], Any]:
    """``X | None``: the hook for X, looked up once instead of at every value."""
    (inner,) = (arg for arg in get_args(cls) if arg is not type(None))
    inner_hook = converter.get_structure_hook(inner)

    def structure(value: Any, _: type) -> Any:
        return None if value is None else inner_hook(value, inner)

    return structure


def _is_optional(tp: Any) -> bool:
    args = get_args(tp)
    return _origin(tp) in (Union, UnionType) and len(args) == 2 and type(None) in args


def _renames(cls: type) -> dict[str, Any]:
    """Each field's camelCase key; a trajectory's ``source`` (where it was read from) is
    never on the wire."""
    renames = {f.name: override(rename=camel(f.name)) for f in attrs.fields(cls)}
    if cls is Trajectory:
        renames["source"] = override(omit=True)
    return renames


def _class_structure(converter: cattrs.Converter, cls: type) -> Any:
    """Reading a class: camelCase keys, unknown keys refused, every field's problem."""
    generated: Any = make_dict_structure_fn(
        cls,
        converter,
        _cattrs_forbid_extra_keys=True,
        **_renames(cls),
    )
    keys = ", ".join(
        camel(f.name) for f in attrs.fields(cls) if not (cls is Trajectory and f.name == "source")
    )

    def structure(value: Any, target: type) -> Any:
        if not isinstance(value, Mapping):
            raise WireError(f"expected a mapping with the keys: {keys}")
        try:
            return generated(value, target)
        except ClassValidationError as exc:
            # Say which fields the model refuses, each at its own key, all of them.
            raise _with_field_errors(converter, cls, value, exc) from None

    return structure


def _class_unstructure(converter: cattrs.Converter, cls: type) -> Any:
    """Writing a class: camelCase keys, defaults left out, ``schemaVersion`` always.

    Made only when a class is first written: reading a design builds no writers.
    """
    write = _renames(cls)
    if cls is Trajectory:
        write["schema_version"] = override(rename="schemaVersion", omit_if_default=False)
    return make_dict_unstructure_fn(
        cls,
        converter,
        _cattrs_omit_if_default=True,
        **write,
    )


def _with_field_errors(
    converter: cattrs.Converter, cls: type, value: Mapping[str, Any], exc: ClassValidationError
) -> ClassValidationError:
    """``exc`` with every field the model's validators refuse, each noted with its field.

    cattrs reports the fields that could not be structured, each at its key, and then the
    first error of the class's ``__init__`` (a validator) without saying which field it
    is about, or nothing when a field failed before. Here each field that did structure
    is checked on its own by its validators, named by its wire key in the message, so
    that every refused field is reported at its own path. An error that no single field
    explains (a rule about several fields together) stays with the object.
    """
    noted: set[str] = set()
    kept: list[Exception] = []
    unplaced: list[Exception] = []
    for sub in exc.exceptions:
        names = [
            n.name for n in getattr(sub, "__notes__", ()) if isinstance(n, AttributeValidationNote)
        ]
        if names:
            noted.update(names)
            kept.append(sub)
        elif isinstance(sub, ValueError | TypeError) and not isinstance(sub, WireError):
            unplaced.append(sub)
        else:
            kept.append(sub)
    placed = _field_errors(converter, cls, value, noted)
    return ClassValidationError(exc.message, [*kept, *(placed or unplaced)], cls)


def _field_errors(
    converter: cattrs.Converter, cls: type, value: Mapping[str, Any], skip: set[str]
) -> list[Exception]:
    """The errors of the validators of the fields of ``cls`` (but ``skip``) on their
    values in ``value``, each noted with its field. Those values are structured again:
    this runs only for an object that failed, once, so refusing stays linear."""
    # Only fields with a validator are structured again: the others cannot fail here.
    fields = [f for f in attrs.fields(cls) if f.validator is not None and f.name not in skip]
    values: dict[str, Any] = {}
    for field in fields:
        key = camel(field.name)
        if key in value:
            try:
                raw = converter.structure(value[key], field.type)
                values[field.name] = field.converter(raw) if field.converter else raw
            except Exception:  # its own hook or converter refuses it: reported already
                continue
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            values[field.name] = field.default.factory()
        elif field.default is not attrs.NOTHING:
            values[field.name] = field.default
    instance = types.SimpleNamespace(**values)  # what validators that compare fields see
    errors: list[Exception] = []
    for field in fields:
        if field.validator is None or field.name not in values:
            continue
        try:
            field.validator(instance, _wire_field(cls, field.name), values[field.name])
        except (ValueError, TypeError) as error:
            error.__notes__ = [
                *getattr(error, "__notes__", []),
                AttributeValidationNote(f"Structuring {field.name}", field.name, field.type),
            ]
            errors.append(error)
        except Exception:  # a validator that needs a field not at hand here
            continue
    return errors


@lru_cache(maxsize=512)  # one per field of the model: made once, not per error
def _wire_field(cls: type, name: str) -> attrs.Attribute[Any]:
    """The field ``name`` of ``cls`` under its wire key, so that a validator's message
    names the key."""
    field: attrs.Attribute[Any] = attrs.fields_dict(cls)[name]
    return field.evolve(name=camel(name))


def _structure_due(converter: cattrs.Converter) -> Callable[[Any, type], Due]:
    as_class = _class_structure(converter, Due)

    def structure(value: Any, _: type) -> Due:
        if isinstance(value, str | int) and not isinstance(value, bool):
            return Due(on=_structure_edtf(value, EdtfDate))
        return as_class(value, Due)  # type: ignore[no-any-return]

    return structure


def _unstructure_due(converter: cattrs.Converter) -> Callable[[Due], Any]:
    as_class = _class_unstructure(converter, Due)

    def unstructure(value: Due) -> Any:
        if value.on is not None and value.every is None:
            return value.on.text
        return as_class(value)

    return unstructure


def _origin(tp: Any) -> Any:
    return get_origin(tp)


def configure_converter(converter: cattrs.Converter) -> None:
    """Set every wire decision of plein's design format on ``converter``.

    * Keys are camelCase (``plannedDate``); Python attributes stay snake_case.
    * Unknown keys are refused; ``extensions`` mappings hold anything, kept as is.
    * Defaults are left out when writing; ``schemaVersion`` is always written.
    * Text, whole numbers and booleans are strict: ``"45"`` is not 45, ``no`` is not False.
    * Dates of sessions, steps, due moments and statuses are EDTF (ISO 8601-2) texts:
      ``2026-03-14``, ``2021-05``, ``2021-24``, ``2021-06~``, ``2011-10-06/2011-11-16``
      (see :class:`~plein.model.EdtfDate`); a bare year may be written as a number.
      Every year a date names is in :data:`YEARS` (1000 to 2999) and every length is at
      most :data:`MAX_LENGTH_YEARS` (100) years, so that what loads can be computed with
      (code ``out-of-range`` otherwise).
      Times of day are ``HH:MM`` in whole minutes (a time with seconds is refused, not
      truncated; ``24:00`` is read as the midnight that ends a day and written back as
      ``00:00``, which means the same in an end); time zones are IANA names
      (``Europe/Amsterdam``).
    * Headcounts are a whole number or a text that bounds it: ``~130``, ``>60``,
      ``>=250``, ``<20``, ``25-30`` (see :class:`~plein.model.Count`).
    * Timebox lengths are whole minutes (``minutes: 45``); other lengths of time are
      ISO 8601 durations in years, months, weeks, days, hours and minutes (``P3M``,
      ``P6W``, ``PT90M``).
    * A due moment is a date (``due: 2026-03-14``, ``due: 2021-12~``) or a mapping with
      one of ``on``, ``before``, ``at``, ``after`` or ``within`` (``due: {within: P6W}``).
    * Enums are their lower-case values (``category: resident``).
    * Lists are read into tuples and written as lists.
    """
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(pendulum.Date, _structure_date)
    converter.register_unstructure_hook(pendulum.Date, _unstructure_date)
    converter.register_structure_hook(EdtfDate, _structure_edtf)
    converter.register_unstructure_hook(EdtfDate, _unstructure_edtf)
    converter.register_structure_hook(Count, _structure_count)
    converter.register_unstructure_hook(Count, _unstructure_count)
    converter.register_structure_hook(pendulum.Time, _structure_time)
    converter.register_unstructure_hook(pendulum.Time, _unstructure_time)
    converter.register_structure_hook(pendulum.Duration, _structure_duration)
    converter.register_unstructure_hook(pendulum.Duration, _unstructure_duration)
    converter.register_structure_hook_func(
        lambda t: _origin(t) in (Mapping, dict), _structure_mapping
    )
    converter.register_unstructure_hook_func(lambda t: _origin(t) in (Mapping, dict), dict)
    for enum in (Enum, StrEnum):  # StrEnum too, or the hook for str would take them
        converter.register_structure_hook(enum, _structure_enum)
        converter.register_unstructure_hook(enum, _unstructure_enum)
    converter.register_structure_hook_factory(
        lambda t: _origin(t) is tuple and len(get_args(t)) == 2 and get_args(t)[1] is ...,
        lambda t: _tuple_hook(converter, t),
    )
    converter.register_structure_hook_factory(_is_optional, lambda t: _optional_hook(converter, t))
    converter.register_structure_hook(Due, _structure_due(converter))
    converter.register_unstructure_hook(Due, _unstructure_due(converter))
    converter.register_structure_hook_factory(
        attrs.has, lambda cls: _class_structure(converter, cls)
    )
    converter.register_unstructure_hook_factory(
        attrs.has, lambda cls: _class_unstructure(converter, cls)
    )


def make_converter() -> cattrs.Converter:
    """A new converter with plein's wire format (see :func:`configure_converter`)."""
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    configure_converter(converter)
    return converter


@cache
def converter() -> cattrs.Converter:
    """plein's converter, made once."""
    return make_converter()
