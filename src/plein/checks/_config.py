"""Which checks run, how severe they are, and with which options.

A :class:`Config` names a profile and adds its own selection on top. Profiles extend
each other: ``lenient`` (for drafts) and ``strict`` both extend ``default``. Selectors
are codes (``TB101``), code prefixes (``TB``: the whole timebox family), slugs, or
``ALL``. Severity overrides take the most specific selector that matches.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from plein.checks._api import Check, Severity
from plein.checks._registry import Registry, registry
from plein.errors import ConfigError, Problem

__all__ = ["PROFILES", "Config", "Profile", "Resolved"]


T = TypeVar("T")


@attrs.frozen
class Profile:
    """A named preset of selection, severities and options."""

    name: str
    extends: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = attrs.field(factory=dict, hash=False)
    options: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict, hash=False)
    #: Report every warning as an error (info stays info).
    warnings_are_errors: bool = False
    description: str = ""


PROFILES: dict[str, Profile] = {
    "default": Profile(
        "default",
        select=("ALL",),
        description="every check at its own severity",
    ),
    "lenient": Profile(
        "lenient",
        extends="default",
        # A draft is allowed to be unfinished: missing dates, owners and lengths are
        # worth knowing, not worth failing over. A cycle still makes no sense.
        severity={"ALL": Severity.WARNING, "GR101": Severity.ERROR},
        ignore=("FU107", "TR107"),  # overdue actions and broken promises: a draft has none
        description="for drafts: errors become warnings, overdue actions are not judged",
    ),
    "strict": Profile(
        "strict",
        extends="default",
        warnings_are_errors=True,
        description="for designs about to be sent out: every warning is an error",
    ),
}


@attrs.frozen
class Resolved:
    """A check as it will run: its class, its severity and its options."""

    check: type[Check]
    severity: Severity
    options: Mapping[str, Any] = attrs.field(hash=False)


def _codes(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class Config:
    """How to check a design: a profile, and what this config changes about it.

    ``select`` replaces the profile's selection when given; ``ignore`` takes checks out
    of whatever is selected; ``severity`` and ``options`` override the profile's.

    >>> Config(profile="strict", ignore=("GR",)).resolve()[0].check.code[:2] != "GR"
    True
    """

    profile: str = "default"
    select: tuple[str, ...] = attrs.field(default=(), converter=_codes)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=_codes)
    severity: Mapping[str, Severity] = attrs.field(factory=dict, hash=False)
    options: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict, hash=False)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str = "config") -> Config:
        """A config from a mapping (as in a config file); every mistake is listed."""
        known = {f.name for f in attrs.fields(cls)}
        mistakes: list[tuple[str, str, str]] = []
        for key in data:
            if key not in known:
                close = difflib.get_close_matches(str(key), sorted(known), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                mistakes.append((f"$.{key}", "unknown-key", f"unknown key {key!r}{hint}"))
        kwargs: dict[str, Any] = {}
        if isinstance(data.get("profile"), str):
            kwargs["profile"] = data["profile"]
        elif "profile" in data:
            mistakes.append(("$.profile", "wrong-type", "profile must be a name, such as 'strict'"))
        for name in ("select", "ignore"):
            value = data.get(name, [])
            if isinstance(value, str):
                value = [part for part in value.split(",") if part.strip()]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                reason = f"{name} must be a list of codes, prefixes or slugs"
                mistakes.append((f"$.{name}", "wrong-type", reason))
            else:
                kwargs[name] = tuple(v.strip() for v in value)
        severity = data.get("severity", {})
        if not isinstance(severity, Mapping):
            reason = "severity must map codes to error, warning or info"
            mistakes.append(("$.severity", "wrong-type", reason))
        else:
            kwargs["severity"] = {}
            for key, value in severity.items():
                try:
                    kwargs["severity"][key] = Severity(value)
                except ValueError:
                    reason = f"severity of {key!r} must be error, warning or info"
                    mistakes.append((f"$.severity.{key}", "invalid-value", reason))
        options = data.get("options", {})
        if not isinstance(options, Mapping) or not all(
            isinstance(v, Mapping) for v in options.values()
        ):
            reason = "options must map each check to its options"
            mistakes.append(("$.options", "wrong-type", reason))
        else:
            kwargs["options"] = options
        if mistakes:
            raise ConfigError(
                "\n".join(f"{source}: {reason}" for _, _, reason in mistakes),
                [Problem(code, reason, path, file=source) for path, code, reason in mistakes],
            )
        return cls(**kwargs)

    def with_overrides(
        self,
        *,
        profile: str | None = None,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> Config:
        """A copy with a different profile and more selectors (the CLI's flags)."""
        return attrs.evolve(
            self,
            profile=profile or self.profile,
            select=(*self.select, *select),
            ignore=(*self.ignore, *ignore),
        )

    def resolve(self, checks: Registry | None = None) -> list[Resolved]:
        """The checks that will run, in code order, with severity and options.

        Raises :class:`~plein.ConfigError` naming an unknown profile, check or option.
        """
        checks = checks if checks is not None else registry()
        chain = _at("$.profile", "unknown-profile", _chain, self.profile)
        own = Profile(
            "config",
            select=self.select,
            ignore=self.ignore,
            severity=self.severity,
            options=self.options,
        )
        layers = [*chain, own]
        selected: dict[str, type[Check]] = {}
        # The config's own selection replaces the profiles' (as --select does on the
        # command line); without one, the profiles' selections apply in turn.
        for layer in [own] if own.select else layers:
            for i, selector in enumerate(layer.select):
                found = _at(f"$.select[{i}]", "unknown-check", checks.matching, selector)
                selected.update((c.code, c) for c in found)
            for i, selector in enumerate(layer.ignore):
                found = _at(f"$.ignore[{i}]", "unknown-check", checks.matching, selector)
                for check in found:
                    selected.pop(check.code, None)
        severity: dict[str, Severity] = {}
        options: dict[str, dict[str, Any]] = {}
        for layer in layers:
            severity.update(layer.severity)
            for key, values in layer.options.items():
                check = _at(f"$.options.{key}", "unknown-check", checks.get, key)
                _validate_options(check, values, f"$.options.{key}")
                options.setdefault(check.code, {}).update(values)
        escalate = any(layer.warnings_are_errors for layer in layers)
        for selector in severity:  # an unknown selector is an error, not a no-op
            _at(f"$.severity.{selector}", "unknown-check", checks.matching, selector)
        resolved = []
        for code, check in sorted(selected.items()):
            level = _most_specific(severity, check) or check.severity
            if escalate and level is Severity.WARNING:
                level = Severity.ERROR
            values = {name: opt.default for name, opt in check.options.items()}
            values.update(options.get(code, {}))
            resolved.append(Resolved(check, level, values))
        return resolved

    def windows(self, checks: Registry | None = None) -> dict[str, str]:
        """The dagdeel windows this config sets (the timebox checks' ``windows`` option).

        Only the windows the config sets (empty when it sets none): set there, they are
        the windows the checks judge by and the report and the calendar lay sessions out
        by. Unset, the checks judge a session's fit by the policy's rough dagdeel edges
        and the layout keeps the model's windows (see :mod:`plein.checks.timebox`).

        >>> Config(options={"TB101": {"windows": {"evening": "19:30-23:00"}}}).windows()
        {'evening': '19:30-23:00'}
        """
        found: dict[str, str] = {}
        for item in self.resolve(checks):
            given = item.options.get("windows")
            if isinstance(given, Mapping) and given != item.check.options["windows"].default:
                found.update(given)
        return found


def _chain(name: str) -> list[Profile]:
    chain: list[Profile] = []
    while name is not None:
        profile = PROFILES.get(name)
        if profile is None:
            close = difflib.get_close_matches(name, sorted(PROFILES), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ConfigError(
                f"there is no profile {name!r}{hint} (profiles: {', '.join(sorted(PROFILES))})"
            )
        if profile in chain:
            raise ConfigError(f"the profile {name!r} extends itself")
        chain.insert(0, profile)
        name = profile.extends  # type: ignore[assignment]
    return chain


def _most_specific(levels: Mapping[str, Severity], check: type[Check]) -> Severity | None:
    best: tuple[int, Severity] | None = None
    for selector, level in levels.items():
        key = selector.upper()
        if key == check.code or selector == check.slug:
            rank = 1000
        elif key == "ALL":
            rank = 0
        elif check.code.startswith(key):
            rank = len(key)
        else:
            continue
        if best is None or rank >= best[0]:
            best = (rank, level)
    return best[1] if best else None


def _at(path: str, code: str, call: Callable[[str], T], arg: str) -> T:
    """``call(arg)``, its ConfigError given the path in the configuration it is about."""
    try:
        return call(arg)
    except ConfigError as exc:
        if exc.problems:
            raise
        raise ConfigError(str(exc), [Problem(code, str(exc), path)]) from None


def _validate_options(check: type[Check], values: Mapping[str, Any], path: str) -> None:
    for name, value in values.items():
        option = check.options.get(name)
        if option is None:
            known = ", ".join(sorted(check.options)) or "none"
            close = difflib.get_close_matches(name, list(check.options), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            reason = (
                f"{check.code} ({check.slug}) has no option {name!r}; {hint}its options: {known}"
            )
            raise ConfigError(reason, [Problem("unknown-option", reason, f"{path}.{name}")])
        if not option.accepts(value):
            reason = (
                f"{check.code} ({check.slug}) option {name!r}: {option.help} "
                f"(the default is {option.default!r})"
            )
            raise ConfigError(reason, [Problem("invalid-value", reason, f"{path}.{name}")])
