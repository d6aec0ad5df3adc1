"""What a check is, what it yields, and what the engine makes of it.

A check declares data (code, slug, summary, default severity, options with defaults)
and one generator, :meth:`Check.run`, that yields :class:`Violation` values: a path into
the design, a message and a hint in English and Dutch, and the ids involved. The engine,
not the check, stamps the code and the configured severity, finds the file position,
applies waivers, and picks the language: a :class:`Finding`.
"""

from __future__ import annotations

import abc
import enum
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar, Literal, TypeVar

import attrs
import pendulum

from plein.errors import UsageError
from plein.model import Path, Session, SessionStatus, Trajectory
from plein.workformats import Catalogue, WorkFormat

__all__ = [
    "Check",
    "Context",
    "Finding",
    "Lang",
    "Option",
    "Severity",
    "Text",
    "Violation",
]

Lang = Literal["en", "nl"]
T = TypeVar("T")


class Severity(enum.StrEnum):
    """How bad a finding is. ``error`` fails ``plein check``; the others inform."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for error, 1 for warning, 2 for info: sorts the worst first."""
        return list(Severity).index(self)


@attrs.frozen
class Text:
    """A sentence in English and in Dutch."""

    en: str
    nl: str

    def __call__(self, lang: Lang) -> str:
        """The sentence in ``lang``."""
        return self.nl if lang == "nl" else self.en


@attrs.frozen
class Option:
    """One option of a check: its default, the type it must have, and what it does."""

    default: Any
    help: str
    #: A function that returns True for an acceptable value (beyond the default's type).
    valid: Callable[[Any], bool] | None = attrs.field(default=None, eq=False)

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` can be used for this option."""
        expected = type(self.default)
        if isinstance(self.default, bool) != isinstance(value, bool):
            return False
        numeric = isinstance(self.default, int | float) and isinstance(value, int | float)
        if not (numeric or isinstance(value, expected)):
            return False
        return self.valid is None or bool(self.valid(value))


@attrs.frozen
class Violation:
    """What a check yields: one thing wrong, at one place in the design.

    ``related`` lists the ids involved, the one the finding is about first; a waiver
    with a ``target`` matches any of them. ``hint`` falls back to the check's own.
    """

    path: Path
    message: Text
    hint: Text | None = None
    related: tuple[str, ...] = ()


@attrs.frozen
class Finding:
    """One finding of a check, as every output renders it."""

    code: str
    slug: str
    severity: Severity
    message: str
    hint: str
    path: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    related: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The finding as a JSON-ready mapping (the record of ``--format json``).

        The keys are ``code``, ``slug``, ``severity`` (``"error"``, ``"warning"`` or
        ``"info"``), ``message``, ``hint``, ``path`` (``$.sessions[0].programme``),
        ``file``, ``line`` and ``column`` (1-based; None when the design did not come
        from a file) and ``related`` (a list of ids). :meth:`from_dict` reads it back.
        """
        return {
            "code": self.code,
            "slug": self.slug,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
            "path": self.path,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "related": list(self.related),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        """A finding from the mapping :meth:`to_dict` gives.

        ``file``, ``line``, ``column`` and ``related`` may be left out. Raises
        :class:`~plein.UsageError` naming the key for a missing or unknown key, or a
        value of the wrong type.

        >>> finding = Finding("TB101", "overrunning-dagdeel", Severity.ERROR, "m", "h", "$")
        >>> Finding.from_dict(finding.to_dict()) == finding
        True
        """
        return _finding_from(data)


@attrs.define(eq=False)
class Context:
    """What a check sees: the design, its options, the date it is judged on, the formats.

    ``cached`` lets checks share a derived view (a session's timeline) computed once per
    run, so that checking stays linear in the size of the design.
    """

    trajectory: Trajectory
    options: Mapping[str, Any]
    as_of: pendulum.Date
    formats: Catalogue
    _cache: dict[Any, Any] = attrs.field(factory=dict, alias="_cache")
    #: Indexes of the design's waivers that matched a finding (filled by the engine
    #: before the checks that run last).
    used_waivers: frozenset[int] = frozenset()

    def option(self, name: str) -> Any:
        """The configured value of one of this check's options."""
        return self.options[name]

    def format(self, format_id: str | None) -> WorkFormat | None:
        """The work format with this id, or None when it is not in the catalogue."""
        if format_id is None:
            return None
        # Looked up once per id and run: name folding in the catalogue is not free.
        formats: dict[str, WorkFormat | None] = self.cached("formats", dict)
        if format_id not in formats:
            known = format_id in self.formats
            formats[format_id] = self.formats.get(format_id) if known else None
        return formats[format_id]

    def judged_sessions(self) -> Iterator[tuple[int, Session]]:
        """The sessions to judge, with their index: every one but those called off.

        A cancelled session is kept in the design (and in calendars, as cancelled), but
        nothing about its programme, roles or people is still to be judged.
        """
        for index, session in enumerate(self.trajectory.sessions):
            if session.state is not SessionStatus.CANCELLED:
                yield index, session

    def cached(self, key: Any, compute: Callable[[], T]) -> T:
        """``compute()``, run once per check run for each ``key``."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]  # type: ignore[no-any-return]


class Check(abc.ABC):
    """The base of every check. Subclass it, set the class attributes, write :meth:`run`.

    The class docstring is the check's page (Markdown, with the sections *What it
    checks*, *Why it matters* and, where there are options, *Options*); the examples on
    the page come from the check's fixture file.
    """

    #: Stable code; a family shares its prefix (``TB`` for timeboxes). Never reused.
    code: ClassVar[str]
    #: The problem in a few words, kebab-case (``overrunning-dagdeel``).
    slug: ClassVar[str]
    #: One line saying what is wrong when it fires.
    summary: ClassVar[Text]
    #: What would fix it, when the violation says nothing more specific.
    hint: ClassVar[Text]
    severity: ClassVar[Severity] = Severity.ERROR
    options: ClassVar[Mapping[str, Option]] = {}

    #: Meta checks judge the other checks' results (unused waivers); they run last.
    runs_last: ClassVar[bool] = False

    @abc.abstractmethod
    def run(self, ctx: Context) -> Iterator[Violation]:
        """Yield a violation for each thing wrong in ``ctx.trajectory``."""


_TEXT_KEYS = ("code", "slug", "message", "hint", "path")
_OPTIONAL_KEYS = ("file", "line", "column", "related")


def _finding_from(data: Mapping[str, Any]) -> Finding:
    if not isinstance(data, Mapping):
        raise UsageError("a finding is read from a mapping, as Finding.to_dict gives")
    unknown = sorted(str(k) for k in data if k not in {*_TEXT_KEYS, "severity", *_OPTIONAL_KEYS})
    if unknown:
        raise UsageError(f"a finding has no key {unknown[0]!r}")
    for key in (*_TEXT_KEYS, "severity"):
        if key not in data:
            raise UsageError(f"a finding needs the key {key!r}")
        if not isinstance(data[key], str):
            raise UsageError(f"a finding's {key!r} is text")
    if data.get("file") is not None and not isinstance(data["file"], str):
        raise UsageError("a finding's 'file' is text or None")
    for key in ("line", "column"):
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise UsageError(f"a finding's {key!r} is a whole number or None")
    related = data.get("related", ())
    if isinstance(related, str) or not all(isinstance(i, str) for i in related):
        raise UsageError("a finding's 'related' is a list of ids")
    try:
        severity = Severity(data["severity"])
    except ValueError:
        raise UsageError("a finding's 'severity' is 'error', 'warning' or 'info'") from None
    return Finding(
        code=data["code"],
        slug=data["slug"],
        severity=severity,
        message=data["message"],
        hint=data["hint"],
        path=data["path"],
        file=data.get("file"),
        line=data.get("line"),
        column=data.get("column"),
        related=tuple(related),
    )
