"""The catalogue of work formats: look-up by id or name, filtering, suggestions, plugins.

Exceptions raised here, under plein's one base::

    PleinError
    ├── UsageError
    │   ├── UnknownFormatError     no format has that id or name (also a KeyError)
    │   └── SealedCatalogueError   add() on the shared default catalogue
    ├── DuplicateFormatError       an id or name is already taken (also a ValueError)
    └── FormatPluginError          an entry point gave something that is not a format
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from collections.abc import Iterable, Iterator
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, TypeVar

import attrs

from plein.errors import PleinError, UsageError
from plein.model._vocab import IssueKind
from plein.workformats._catalogue import BUILTIN_FORMATS
from plein.workformats._format import Arc, Purpose, WorkFormat

if TYPE_CHECKING:  # _learning imports this module
    from plein.workformats._learning import Experience

__all__ = [
    "ENTRY_POINT_GROUP",
    "Catalogue",
    "DuplicateFormatError",
    "FormatPluginError",
    "SealedCatalogueError",
    "UnknownFormatError",
    "default_catalogue",
]

#: The entry-point group through which other packages add work formats.
ENTRY_POINT_GROUP = "plein.workformats"

_E = TypeVar("_E", Arc, Purpose, IssueKind)

# The score suggest() gives a format that experience says nothing about.
_NEUTRAL_SCORE = 0.5


class UnknownFormatError(UsageError, KeyError):
    """No work format in the catalogue has this id or name.

    ``key`` is what was looked up; ``suggestions`` the ids of the closest matches.
    """

    def __init__(self, key: str, suggestions: Iterable[str] = ()) -> None:
        self.key = key
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        message = f"no work format has the id or name {key!r}"
        if self.suggestions:
            quoted = " or ".join(repr(s) for s in self.suggestions)
            message += f"; did you mean {quoted}?"
        else:
            message += "; iterate over the catalogue to see the formats it has"
        super().__init__(message)

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


class SealedCatalogueError(UsageError):
    """A format was added to a catalogue that is shared and must not change."""


class DuplicateFormatError(PleinError, ValueError):
    """A format's id, or one of its names, is already taken by another format."""


class FormatPluginError(PleinError, TypeError):
    """An entry point in the ``plein.workformats`` group gave something unusable."""


@functools.lru_cache(maxsize=4096)  # the same few ids are looked up again and again
def _fold(text: str) -> str:
    """The form names are compared in: case, accents and runs of spaces do not count."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def _coerce(kind: type[_E], value: _E | str) -> _E:
    try:
        return kind(value)
    except ValueError:
        known = ", ".join(member.value for member in kind)
        raise UsageError(f"{value!r} is not a {kind.__name__}; use one of: {known}") from None


@attrs.define(eq=False, init=False)
class Catalogue:
    """A catalogue of work formats, looked up by id or by Dutch or English name.

    Names are matched ignoring case, accents and extra spaces, so ``"world cafe"``
    finds the World Café. Ids and names are unique across the catalogue.

    >>> catalogue = Catalogue(BUILTIN_FORMATS)
    >>> catalogue.get("world cafe").id, "1-2-4-All" in catalogue
    ('world-cafe', True)
    """

    _by_id: dict[str, WorkFormat]
    _keys: dict[str, str]
    _sealed: bool

    def __init__(self, formats: Iterable[WorkFormat] = (), *, sealed: bool = False) -> None:
        self._by_id = {}
        self._keys = {}
        self._sealed = False
        for fmt in formats:
            self.add(fmt)
        self._sealed = sealed

    def __repr__(self) -> str:
        sealed = ", sealed" if self._sealed else ""
        return f"<Catalogue of {len(self)} work formats{sealed}>"

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[WorkFormat]:
        return iter(tuple(self._by_id.values()))

    def __contains__(self, key: object) -> bool:
        if isinstance(key, WorkFormat):
            return self._by_id.get(key.id) == key
        if not isinstance(key, str):
            return False
        return key in self._by_id or _fold(key) in self._keys

    @property
    def sealed(self) -> bool:
        """Whether the catalogue refuses :meth:`add` (the shared default catalogue does)."""
        return self._sealed

    def get(self, key: str) -> WorkFormat:
        """The format with this id, Dutch name or English name.

        Raises :class:`UnknownFormatError` (a :class:`KeyError`) with the closest
        matches when there is none.
        """
        if not isinstance(key, str):
            raise UsageError(f"look formats up by their id or name (a str), not {key!r}")
        exact = self._by_id.get(key)
        if exact is not None:
            return exact
        found = self._keys.get(_fold(key))
        if found is None:
            raise UnknownFormatError(key, self._closest(key))
        return self._by_id[found]

    def _closest(self, key: str) -> list[str]:
        matches = difflib.get_close_matches(_fold(key), list(self._keys), n=6, cutoff=0.6)
        ids: list[str] = []
        for match in matches:
            fmt_id = self._keys[match]
            if fmt_id not in ids:
                ids.append(fmt_id)
        return ids[:3]

    def add(self, fmt: WorkFormat) -> None:
        """Add a format; refuses one whose id or a name is already taken."""
        if self._sealed:
            raise SealedCatalogueError(
                "this catalogue is shared and cannot change; build your own with "
                "with_formats(...) and add to that"
            )
        if not isinstance(fmt, WorkFormat):
            raise UsageError(f"a catalogue holds WorkFormat values, not {type(fmt).__name__}")
        if fmt.id in self._by_id:
            raise DuplicateFormatError(
                f"the catalogue already has a work format with the id {fmt.id!r}; "
                "give the new format another id"
            )
        new_keys: dict[str, str] = {}
        for label in (fmt.id, fmt.name_nl, fmt.name_en):
            folded = _fold(label)
            owner = self._keys.get(folded)
            if owner is not None:
                raise DuplicateFormatError(
                    f"{label!r}, a name of the new format {fmt.id!r}, is already the id or "
                    f"a name of {owner!r}; names must be unique for look-ups to be unambiguous"
                )
            new_keys[folded] = fmt.id
        self._by_id[fmt.id] = fmt
        self._keys.update(new_keys)

    def with_formats(self, *formats: WorkFormat) -> Catalogue:
        """A new catalogue: this one's formats followed by ``formats`` (a design's own, say)."""
        return Catalogue((*self, *formats))

    def filter(
        self,
        purpose: Purpose | str | None = None,
        group_size: int | None = None,
        minutes: int | None = None,
    ) -> list[WorkFormat]:
        """The formats that serve ``purpose``, hold ``group_size`` and fit in ``minutes``.

        A criterion left at None is not applied. A format fits in the minutes when its
        shortest sensible length (for the group size, when given) is not longer. The
        result keeps the catalogue's order.
        """
        wanted = None if purpose is None else _coerce(Purpose, purpose)
        return [
            fmt
            for fmt in self
            if (wanted is None or wanted in fmt.purposes)
            and (group_size is None or fmt.holds(group_size))
            and (minutes is None or _shortest(fmt, group_size) <= minutes)
        ]

    def suggest(
        self,
        purpose: Purpose | str | None = None,
        group_size: int | None = None,
        minutes: int | None = None,
        arc: Arc | str | None = None,
        limit: int = 5,
        *,
        experience: Experience | None = None,
        issue_kind: IssueKind | str | None = None,
    ) -> list[WorkFormat]:
        """Up to ``limit`` fitting formats, best first.

        Fitting means: serves ``purpose``, sits at ``arc`` in a session, holds
        ``group_size`` and fits in ``minutes`` (as in :meth:`filter`). They are ranked
        by how central the purpose is to the format (its first purpose beats its
        third), then formats whose typical length fits the minutes before those that
        must be cut short, then by how close the typical length comes to the minutes
        available, then by id.

        With ``experience`` (see :func:`~plein.workformats.learn`) what was learned
        comes second, right after the purpose: among formats for which the purpose is
        equally central, a higher :meth:`~plein.workformats.Experience.score` for this
        ``issue_kind`` and this ``group_size``'s band ranks first, and a format without
        evaluations there counts as neutral (0.5), so it goes before one that did not
        work and after one that did. The other keys follow as before. Experience only
        reorders: the formats that fit are the same with it or without it.
        ``issue_kind`` counts only with ``experience``.
        """
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise UsageError("limit must be a whole number of at least 0")
        wanted_arc = None if arc is None else _coerce(Arc, arc)
        wanted = None if purpose is None else _coerce(Purpose, purpose)
        kind = None if issue_kind is None else _coerce(IssueKind, issue_kind)
        fitting = [
            fmt
            for fmt in self.filter(wanted, group_size, minutes)
            if wanted_arc is None or fmt.arc is wanted_arc
        ]

        def learned(fmt: WorkFormat) -> float:
            if experience is None:
                return _NEUTRAL_SCORE
            score = experience.score(fmt.id, kind, group_size)
            return _NEUTRAL_SCORE if score is None else score

        def rank(fmt: WorkFormat) -> tuple[int, float, int, int, str]:
            centrality = 0 if wanted is None else fmt.purposes.index(wanted)
            if minutes is None:
                return (centrality, -learned(fmt), 0, 0, fmt.id)
            typical = (
                fmt.typical_minutes if group_size is None else fmt.typical_minutes_for(group_size)
            )
            return (
                centrality,
                -learned(fmt),
                int(typical > minutes),
                abs(minutes - typical),
                fmt.id,
            )

        return sorted(fitting, key=rank)[:limit]


def _shortest(fmt: WorkFormat, group_size: int | None) -> int:
    return fmt.minutes.low if group_size is None else fmt.minutes_for(group_size).low


def _formats_from(entry_point: EntryPoint) -> list[WorkFormat]:
    """The formats one entry point gives: an iterable of them, or a callable returning one."""
    loaded: object = entry_point.load()
    if callable(loaded):
        loaded = loaded()
    if isinstance(loaded, WorkFormat):
        return [loaded]
    if not isinstance(loaded, Iterable) or isinstance(loaded, str | bytes):
        raise FormatPluginError(
            f"the entry point {entry_point.name!r} ({entry_point.value}) in the "
            f"{ENTRY_POINT_GROUP!r} group must give an iterable of WorkFormat values, "
            f"or a callable returning one; it gave a {type(loaded).__name__}"
        )
    formats = list(loaded)
    for item in formats:
        if not isinstance(item, WorkFormat):
            raise FormatPluginError(
                f"the entry point {entry_point.name!r} ({entry_point.value}) gave a "
                f"{type(item).__name__} among its work formats; give only WorkFormat values"
            )
    return formats


def _plugin_formats() -> Iterator[tuple[EntryPoint, WorkFormat]]:
    for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        for fmt in _formats_from(entry_point):
            yield entry_point, fmt


@functools.cache
def default_catalogue() -> Catalogue:
    """The built-in formats plus those installed packages register as plugins.

    A package adds formats through an entry point in the ``plein.workformats`` group
    that loads to an iterable of :class:`WorkFormat` values or to a callable returning
    one. Entry points are read in name order; a plugin format whose id or name is
    already taken raises :class:`DuplicateFormatError`.

    The catalogue is built once per process and cached (``functools.cache``); every
    call returns the same, *sealed* catalogue, which refuses :meth:`Catalogue.add`. To
    extend it, take a copy with ``default_catalogue().with_formats(...)``. After
    installing or removing a plugin in a running process, call
    ``default_catalogue.cache_clear()``.
    """
    catalogue = Catalogue(BUILTIN_FORMATS)
    for entry_point, fmt in _plugin_formats():
        try:
            catalogue.add(fmt)
        except DuplicateFormatError as exc:
            where = f"(from the entry point {entry_point.name!r})"
            raise DuplicateFormatError(f"{exc} {where}") from exc
    return Catalogue(catalogue, sealed=True)
