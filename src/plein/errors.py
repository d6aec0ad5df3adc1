"""plein's exceptions, and the problems a design can have.

Every exception plein raises on purpose derives from :class:`PleinError`::

    PleinError
    ├── DesignError        a design could not be read; ``.problems`` lists every one
    ├── ConfigError        a check configuration names an unknown check or option
    └── UsageError         an API was called with arguments that cannot work

Each of them says how to fix the call or the file. A problem never repeats the value it
is about: designs hold residents' names, which must not end up in logs.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = [
    "TOO_MANY_PROBLEMS",
    "ConfigError",
    "DesignError",
    "PleinError",
    "Problem",
    "UsageError",
]


@attrs.frozen
class Problem:
    """One thing wrong with a design file: where, which rule, and why.

    ``path`` is JSONPath-like (``$.sessions[2].programme[0].minutes``), down to the key
    the problem is about when that key is one of the format's own (a key people made up
    is data: the path stops at its mapping); ``line`` and ``column`` are 1-based and
    None when the design did not come from text. The same shape carries the notices of
    a design that loaded (:attr:`plein.Trajectory.notices`).
    """

    code: str
    reason: str
    path: str = "$"
    line: int | None = None
    column: int | None = None
    file: str | None = None

    def __str__(self) -> str:
        where = self.file or "<design>"
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        return f"{where}: {self.path}: {self.reason} [{self.code}]"


#: The code of the last problem of a capped list: it counts the problems left out.
TOO_MANY_PROBLEMS = "too-many-problems"


class PleinError(Exception):
    """The base of every exception plein raises on purpose."""


class DesignError(PleinError, ValueError):
    """A design could not be read. ``problems`` holds the problems found, in file order:
    every one, or the first ``max_problems`` of :func:`plein.loads` followed by one with
    the code ``too-many-problems`` that counts the rest. ``total`` is how many problems
    were found, those left out included."""

    def __init__(self, problems: Sequence[Problem], total: int | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        listed = sum(p.code != TOO_MANY_PROBLEMS for p in self.problems)
        self.total: int = listed if total is None else max(total, listed)
        lines = "\n".join(f"  {p}" for p in self.problems)
        head = f"the design has {self.total} problem{'s' * (self.total != 1)}"
        if self.total > listed:
            head += f", of which the first {listed} are listed"
        super().__init__(f"{head}:\n{lines}")


class ConfigError(PleinError, ValueError):
    """A check configuration could not be used (an unknown check, option or profile).

    ``problems`` lists each mistake with its path in the configuration
    (``$.options.TB101.minutes``), a code and a reason, where that is known; it is
    empty for a mistake outside the configuration's keys (a plugin's entry point).
    """

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(message)


class UsageError(PleinError, TypeError):
    """An API was called in a way that cannot work (for example an unknown format name)."""
