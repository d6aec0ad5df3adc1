"""Designs as plain data: the wire shape, without going through text.

A web host has the request body parsed already (Django REST framework's
``request.data``) and answers with data its own renderer encodes. These two functions
give it the design in the same shape a JSON file has, and take it back:

* :func:`to_data` gives a new ``dict`` of ``str``, ``int``, ``float``, ``bool``,
  ``None``, ``list`` and ``dict`` only (camelCase keys, ``schemaVersion`` first), the
  shape ``dumps(design, "json")`` writes;
* :func:`from_data` reads such a ``dict`` back, validating it as :func:`~plein.loads`
  validates text: every problem at once, in one :class:`~plein.DesignError`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from plein.errors import DesignError, Problem, UsageError
from plein.io._convert import converter
from plein.io._design import MAX_PROBLEMS, check_max_problems, design_from
from plein.io._reader import MAX_DEPTH, Parsed, shown_path
from plein.model import Trajectory, format_path

__all__ = ["from_data", "to_data"]

_SCALARS = (str, int, float, bool, type(None))


def to_data(trajectory: Trajectory) -> dict[str, Any]:
    """The design as plain data in the wire shape: what ``dumps(trajectory, "json")``
    writes, before it is text.

    The result is new on every call, shares nothing with the design, and holds only
    ``dict`` (with ``str`` keys, camelCase), ``list``, ``str``, ``int``, ``float``,
    ``bool`` and ``None``. :func:`from_data` reads it back to an equal design.

    >>> import plein
    >>> data = plein.to_data(plein.examples.load("shopping-centre"))
    >>> list(data)[:3]
    ['schemaVersion', 'id', 'title']
    >>> plein.from_data(data) == plein.examples.load("shopping-centre")
    True
    """
    if not isinstance(trajectory, Trajectory):
        raise UsageError(f"to_data takes a Trajectory, not a {type(trajectory).__name__}")
    data = _plain(converter().unstructure(trajectory))
    return {"schemaVersion": data.pop("schemaVersion"), **data}


def from_data(data: Any, *, max_problems: int | None = MAX_PROBLEMS) -> Trajectory:
    """A design from plain data in the wire shape (a parsed JSON object).

    It is checked as :func:`~plein.loads` checks text: schema version (an older one is
    upgraded, with a :class:`~plein.DesignWarning`), unknown and missing keys, types,
    dates, references and ids. Beyond that, anything that JSON could not have held is a
    problem: a value that is not ``str``, ``int``, ``float``, ``bool``, ``None``,
    ``list`` or ``dict`` (``wrong-type``), a key that is not text (``complex-key``), a
    number that is not finite (``non-finite-number``), nesting deeper than the reader allows
    (``too-deep``). ``data`` is not changed.

    Raises :class:`~plein.DesignError` with every problem (at most ``max_problems``,
    then one that counts the rest), each with its wire path
    (``$.sessions[0].plannedDate``), its code and its reason, and no line or file. What
    reading noticed without refusing is in the result's :attr:`~plein.Trajectory.notices`.

    >>> import plein
    >>> try:
    ...     plein.from_data({"schemaVersion": "2.0", "id": "d", "title": "D"})
    ... except plein.DesignError as error:
    ...     print([(p.path, p.code) for p in error.problems])
    [('$.issue', 'missing-key')]
    """
    check_max_problems(max_problems)
    shape = list(_shape_problems(data, (), 0))
    if shape:
        raise DesignError(shape[:max_problems] if max_problems is not None else shape)
    return design_from(Parsed(data, {}, []), None, max_problems)


def _plain(value: Any) -> Any:
    """A deep copy with lists for tuples, so the caller may change what it gets."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _shape_problems(value: Any, path: tuple[str | int, ...], depth: int) -> Iterator[Problem]:
    if isinstance(value, float) and not math.isfinite(value):
        yield Problem("non-finite-number", "a number must be finite", _where(path))
    elif isinstance(value, _SCALARS):
        return
    elif not isinstance(value, dict | list):
        kind = type(value).__name__
        yield Problem(
            "wrong-type",
            f"a {kind} is not plain data; use text, numbers, true/false, null, lists "
            "and mappings, as JSON has",
            _where(path),
        )
    elif depth >= MAX_DEPTH:
        reason = f"the design nests deeper than {MAX_DEPTH} levels"
        yield Problem("too-deep", reason, _where(path))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _shape_problems(item, (*path, index), depth + 1)
    else:
        for key, item in value.items():
            if not isinstance(key, str):
                yield Problem("complex-key", "a key must be text", _where(path))
                continue
            yield from _shape_problems(item, (*path, key), depth + 1)


def _where(path: tuple[str | int, ...]) -> str:
    # Only the format's own keys: a key under extensions, or a stray one, may be data.
    return format_path(shown_path(path))
