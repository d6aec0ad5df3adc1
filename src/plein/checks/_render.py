"""Every output of a report, rendered from the same findings."""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from plein.checks._api import Severity
from plein.checks._registry import registry

if TYPE_CHECKING:
    from plein.checks._engine import Report

__all__ = ["render_github", "render_json", "render_sarif", "render_text"]

_WORDS = {
    "en": {
        Severity.ERROR: ("error", "errors"),
        Severity.WARNING: ("warning", "warnings"),
        Severity.INFO: ("note", "notes"),
    },
    "nl": {
        Severity.ERROR: ("fout", "fouten"),
        Severity.WARNING: ("waarschuwing", "waarschuwingen"),
        Severity.INFO: ("opmerking", "opmerkingen"),
    },
}
_CLEAN = {"en": "no findings", "nl": "geen bevindingen"}
_HINT = {"en": "hint", "nl": "tip"}
_AT = {"en": "at", "nl": "bij"}


def render_text(report: Report) -> str:
    """``file:line:column: CODE severity message`` with the hint below, and a total."""
    words = _WORDS[report.lang]
    lines = []
    for f in report.findings:
        where = f.file or "<design>"
        if f.line is not None:
            where += f":{f.line}:{f.column}"
        label = words[f.severity][0]
        lines.append(f"{where}: {f.code} {label} [{f.slug}] {f.message}")
        lines.append(f"    {_AT[report.lang]} {f.path}")
        lines.append(f"    {_HINT[report.lang]}: {f.hint}")
    counts = report.counts
    parts = [f"{counts[s]} {words[s][counts[s] != 1]}" for s in Severity if counts[s]]
    lines.append(", ".join(parts) if parts else _CLEAN[report.lang])
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    """A JSON list with a record per finding."""
    return json.dumps(report.to_dicts(), ensure_ascii=False, indent=2) + "\n"


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(report: Report) -> str:
    """A SARIF 2.1.0 log with one run; rules are the checks that fired."""
    known = registry()
    codes = sorted({f.code for f in report.findings})
    rules = []
    for code in codes:
        rule: dict[str, Any] = {"id": code}
        if code in known:
            check = known.get(code)
            rule.update(
                name=check.slug,
                shortDescription={"text": check.summary(report.lang)},
                help={"text": check.hint(report.lang)},
                defaultConfiguration={"level": _SARIF_LEVEL[check.severity]},
            )
        rules.append(rule)
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f"{f.message} {f.hint}"},
            "locations": [_location(f.file, f.line, f.column, f.path)],
        }
        if f.related:
            result["properties"] = {"related": list(f.related)}
        results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "plein", "version": _version(), "rules": rules}},
                "results": results,
                "language": report.lang,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _location(file: str | None, line: int | None, column: int | None, path: str) -> Any:
    location: dict[str, Any] = {"logicalLocations": [{"fullyQualifiedName": path}]}
    if file is not None:
        physical: dict[str, Any] = {"artifactLocation": {"uri": file}}
        if line is not None:
            physical["region"] = {"startLine": line, "startColumn": column or 1}
        location["physicalLocation"] = physical
    return location


def _version() -> str:
    try:
        return version("plein")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_github(report: Report) -> str:
    """GitHub Actions workflow commands: one ``::error file=…`` line per finding."""
    lines = []
    for f in report.findings:
        props = []
        if f.file is not None:
            props.append(f"file={_escape_property(f.file)}")
            if f.line is not None:
                props.append(f"line={f.line}")
                props.append(f"col={f.column or 1}")
        props.append(f"title={_escape_property(f'{f.code} {f.slug}')}")
        message = _escape_data(f"{f.message} ({f.path}) {f.hint}")
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(props)}::{message}")
    return "\n".join(lines) + ("\n" if lines else "")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
