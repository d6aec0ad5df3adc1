"""The engine: run the configured checks over a design and gather a report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from plein._settings import resolve_as_of, resolve_lang
from plein.checks._api import Context, Finding, Lang, Severity, Violation
from plein.checks._config import Config, Resolved
from plein.checks._registry import Registry
from plein.errors import UsageError
from plein.model import Path, Trajectory, Waiver, format_path
from plein.model._display import render_bundle, render_html
from plein.workformats import Catalogue

__all__ = ["Report", "check"]

_REPORT_KEYS = frozenset({"lang", "counts", "hasErrors", "findings", "waived"})


@attrs.frozen
class Report:
    """The findings of one run, in a stable order, and what they add up to.

    ``waived`` holds the findings the design waived on purpose; they do not count.
    """

    findings: tuple[Finding, ...]
    waived: tuple[Finding, ...] = ()
    lang: Lang = "en"

    @property
    def counts(self) -> dict[Severity, int]:
        """How many findings there are at each severity (every severity present)."""
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    @property
    def has_errors(self) -> bool:
        """True when a finding is at error level: ``plein check`` then exits 1."""
        return any(f.severity is Severity.ERROR for f in self.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def _repr_html_(self) -> str | None:
        return render_html(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str] | None:
        return render_bundle(self, include, exclude)

    def codes(self) -> list[str]:
        """The codes of the findings, in report order."""
        return [f.code for f in self.findings]

    @classmethod
    def merge(cls, reports: Iterable[Report]) -> Report:
        """One report of several (one per file), keeping each one's order."""
        reports = list(reports)
        lang = reports[0].lang if reports else "en"
        return cls(
            tuple(f for r in reports for f in r.findings),
            tuple(f for r in reports for f in r.waived),
            lang,
        )

    def to_dict(self) -> dict[str, Any]:
        """The report as one JSON-ready mapping; :meth:`from_dict` reads it back.

        ``{"lang": "en" | "nl", "counts": {"error": n, "warning": n, "info": n},
        "hasErrors": bool, "findings": [...], "waived": [...]}``, each finding as
        :meth:`Finding.to_dict` gives it. ``counts`` and ``hasErrors`` are the
        findings' (the waived ones do not count).

        >>> report = Report((Finding("TB101", "overrunning-dagdeel", Severity.ERROR,
        ...                          "m", "h", "$"),))
        >>> report.to_dict()["counts"]
        {'error': 1, 'warning': 0, 'info': 0}
        >>> Report.from_dict(report.to_dict()) == report
        True
        """
        return {
            "lang": self.lang,
            "counts": {severity.value: n for severity, n in self.counts.items()},
            "hasErrors": self.has_errors,
            "findings": self.to_dicts(),
            "waived": [f.to_dict() for f in self.waived],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """A report from the mapping :meth:`to_dict` gives.

        ``waived``, ``lang``, ``counts`` and ``hasErrors`` may be left out; when given,
        ``counts`` and ``hasErrors`` must agree with the findings. Raises
        :class:`~plein.UsageError` naming what is wrong.
        """
        if not isinstance(data, Mapping):
            raise UsageError("a report is read from a mapping, as Report.to_dict gives")
        unknown = sorted(str(k) for k in data if k not in _REPORT_KEYS)
        if unknown:
            raise UsageError(f"a report has no key {unknown[0]!r}")
        if "findings" not in data:
            raise UsageError("a report needs the key 'findings'")
        lists = {key: data.get(key, []) for key in ("findings", "waived")}
        for key, items in lists.items():
            if not isinstance(items, list | tuple):
                raise UsageError(f"a report's {key!r} is a list of findings")
        lang = data.get("lang", "en")
        if lang not in ("en", "nl"):
            raise UsageError("a report's 'lang' is 'en' or 'nl'")
        report = cls(
            tuple(Finding.from_dict(f) for f in lists["findings"]),
            tuple(Finding.from_dict(f) for f in lists["waived"]),
            lang,
        )
        derived = report.to_dict()
        for key in ("counts", "hasErrors"):
            if key in data and data[key] != derived[key]:
                raise UsageError(f"a report's {key!r} does not match its findings")
        return report

    def to_dicts(self) -> list[dict[str, Any]]:
        """Every finding as a JSON-ready record."""
        return [f.to_dict() for f in self.findings]

    def to_text(self) -> str:
        """The findings as lines a person reads in a terminal."""
        from plein.checks._render import render_text

        return render_text(self)

    def to_json(self) -> str:
        """The findings as a JSON list of records."""
        from plein.checks._render import render_json

        return render_json(self)

    def to_sarif(self) -> str:
        """The findings as a SARIF 2.1.0 log."""
        from plein.checks._render import render_sarif

        return render_sarif(self)

    def to_github(self) -> str:
        """The findings as GitHub Actions workflow annotations."""
        from plein.checks._render import render_github

        return render_github(self)


def check(
    trajectory: Trajectory,
    config: Config | None = None,
    *,
    as_of: dt.date | None = None,
    lang: Lang | None = None,
    formats: Catalogue | None = None,
    checks: Registry | None = None,
) -> Report:
    """Check a design; every finding comes back in one :class:`Report`.

    ``as_of`` is the date the design is judged on (overdue actions, slipped dates): a
    ``datetime.date`` or ``pendulum.Date`` (a date-time counts as its day in the
    trajectory's time zone); it defaults to today in that zone. ``lang`` is the language
    of the messages, ``"en"`` (the default) or ``"nl"``. Unset, both come from
    :func:`plein.set_defaults` when it was called. ``formats`` is the catalogue
    of work formats (the built-in one, with any the design defines, by default).
    """
    config = config or Config()
    resolved = config.resolve(checks)
    today = resolve_as_of(as_of, trajectory.timezone)
    lang = resolve_lang(lang, "en")
    catalogue = formats if formats is not None else trajectory.catalogue()
    cache: dict[Any, Any] = {}
    raw: list[tuple[Resolved, Violation]] = []
    used: set[int] = set()
    # No pause of the cyclic collector here: that switch is process-wide, and plein runs
    # inside threaded hosts. Collections stay amortised linear (benchmarks/bench_check.py).
    for item in sorted(resolved, key=lambda r: r.check.runs_last):
        if item.check.runs_last:
            used |= _waiver_uses(trajectory.waivers, raw)
        ctx = Context(trajectory, item.options, today, catalogue, cache)
        ctx.used_waivers = frozenset(used)
        raw.extend((item, violation) for violation in item.check().run(ctx))
    kept: list[tuple[tuple[Any, ...], Finding]] = []
    waived: list[tuple[tuple[Any, ...], Finding]] = []
    for item, violation in raw:
        finding = _finding(trajectory, item, violation, lang)
        key = _order(finding, violation.path)
        is_waived = _waiver_for(trajectory.waivers, item.check.code, violation) is not None
        (waived if is_waived else kept).append((key, finding))
    return Report(
        tuple(f for _, f in sorted(kept, key=lambda kf: kf[0])),
        tuple(f for _, f in sorted(waived, key=lambda kf: kf[0])),
        lang,
    )


def _finding(trajectory: Trajectory, item: Resolved, violation: Violation, lang: Lang) -> Finding:
    source = trajectory.source
    position = source.locate(violation.path) if source is not None else None
    hint = violation.hint or item.check.hint
    return Finding(
        code=item.check.code,
        slug=item.check.slug,
        severity=item.severity,
        message=violation.message(lang),
        hint=hint(lang),
        path=format_path(violation.path),
        file=source.file if source is not None else None,
        line=position[0] if position else None,
        column=position[1] if position else None,
        related=violation.related,
    )


def _order(finding: Finding, path: Path) -> tuple[Any, ...]:
    # Paths sort by their parts, so $.sessions[10] comes after $.sessions[9].
    parts = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in path)
    return (
        finding.file or "",
        finding.line or 0,
        finding.column or 0,
        parts,
        finding.code,
        finding.message,
    )


def _waiver_for(waivers: Sequence[Waiver], code: str, violation: Violation) -> int | None:
    for index, waiver in enumerate(waivers):
        selector = waiver.code.upper()
        if (code == selector or code.startswith(selector)) and (
            waiver.target is None or waiver.target in violation.related
        ):
            return index
    return None


def _waiver_uses(waivers: Sequence[Waiver], raw: list[tuple[Resolved, Violation]]) -> set[int]:
    uses = (_waiver_for(waivers, item.check.code, violation) for item, violation in raw)
    return {index for index in uses if index is not None}
