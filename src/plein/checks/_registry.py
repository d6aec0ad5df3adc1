"""Finding the checks: every check, plein's own included, comes through an entry point.

A package adds checks by declaring, in its ``pyproject.toml``::

    [project.entry-points."plein.checks"]
    mychecks = "my_package.checks:CHECKS"

where the object is a :class:`~plein.checks.Check` subclass or an iterable of them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.metadata import entry_points

import attrs

from plein.checks._api import Check
from plein.errors import ConfigError

__all__ = ["ENTRY_POINT_GROUP", "Registry", "registry"]

#: The entry-point group that checks are registered under.
ENTRY_POINT_GROUP = "plein.checks"


@attrs.define(eq=False)
class Registry:
    """The known checks by code, in code order."""

    checks: dict[str, type[Check]] = attrs.field(factory=dict)

    @classmethod
    def from_checks(cls, checks: Iterable[type[Check]]) -> Registry:
        """A registry of ``checks``; two checks with one code or one slug are refused."""
        found: dict[str, type[Check]] = {}
        slugs: dict[str, str] = {}
        for check in checks:
            other = found.get(check.code)
            if other is not None and other is not check:
                raise ConfigError(
                    f"two checks use the code {check.code}: {_name(other)} and {_name(check)}"
                )
            if slugs.setdefault(check.slug, check.code) != check.code:
                raise ConfigError(f"two checks use the slug {check.slug!r}")
            found[check.code] = check
        return cls(dict(sorted(found.items())))

    def __iter__(self) -> Iterator[type[Check]]:
        return iter(self.checks.values())

    def __len__(self) -> int:
        return len(self.checks)

    def __contains__(self, code: object) -> bool:
        return code in self.checks

    def get(self, key: str) -> type[Check]:
        """The check with this code or slug; an unknown one raises with a did-you-mean."""
        key_upper = key.upper()
        if key_upper in self.checks:
            return self.checks[key_upper]
        for check in self.checks.values():
            if check.slug == key:
                return check
        raise ConfigError(f"there is no check {key!r}{self._suggest(key)}")

    def matching(self, selector: str) -> list[type[Check]]:
        """The checks a selector names: ``ALL``, a code, a code prefix or a slug."""
        wanted = selector.strip()
        if wanted.upper() == "ALL":
            return list(self.checks.values())
        by_prefix = [c for code, c in self.checks.items() if code.startswith(wanted.upper())]
        if by_prefix:
            return by_prefix
        by_slug = [c for c in self.checks.values() if c.slug == wanted]
        if by_slug:
            return by_slug
        raise ConfigError(
            f"{selector!r} selects no check: use a code (TB101), a code prefix (TB) "
            f"or a slug{self._suggest(selector)}"
        )

    def _suggest(self, key: str) -> str:
        names = [*self.checks, *(c.slug for c in self.checks.values())]
        close = difflib.get_close_matches(key, names, n=1)
        return f"; did you mean {close[0]!r}?" if close else ""


def _name(check: type[Check]) -> str:
    return f"{check.__module__}.{check.__qualname__}"


def _entry_point_checks() -> Iterator[type[Check]]:
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        loaded = entry_point.load()
        items = [loaded] if isinstance(loaded, type) else list(loaded)
        for item in items:
            if not (isinstance(item, type) and issubclass(item, Check)):
                raise ConfigError(
                    f"the entry point {entry_point.name!r} in {ENTRY_POINT_GROUP!r} gives "
                    "something that is not a plein Check"
                )
            yield item


@cache
def registry() -> Registry:
    """Every installed check, read once from the entry points."""
    return Registry.from_checks(_entry_point_checks())
