"""Problems and findings as problem details (RFC 9457), the shape ZGW APIs answer with.

A host that accepts designs over an API (an Objects API, a ZGW-style service) answers a
design it refuses with a problem-details object: ``type``, ``code``, ``title``,
``status``, ``detail`` and ``invalidParams``, a list of ``{name, code, reason}``.

* For the problems of a design that cannot be read (a :class:`~plein.DesignError`, or
  its :class:`~plein.Problem` values), ``name`` is the problem's path in the design,
  ``code`` its code (``unknown-key``, ``dangling-reference``, …) and ``reason`` its
  reason.
* For the findings of the checks (a :class:`~plein.Report`, or its
  :class:`~plein.Finding` values), ``name`` is the finding's path, ``code`` the check's
  code (``TB101``) and ``reason`` its message followed by its hint.

No value from the design is copied in: problems never repeat a value, and the rest of
the object is plein's own words. File names and line numbers are left out too; a host
that wants them has them on the problems and findings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from plein.checks import Finding, Report, Severity
from plein.errors import DesignError, Problem, UsageError

__all__ = ["FINDINGS_TYPE", "INVALID_DESIGN_TYPE", "problem_details"]

#: The ``type`` of the details of a design that cannot be read.
INVALID_DESIGN_TYPE = "urn:plein:problem:invalid-design"
#: The ``type`` of the details of a design the checks found fault with.
FINDINGS_TYPE = "urn:plein:problem:design-findings"

_WORDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def problem_details(
    error: DesignError | Report | Iterable[Problem] | Iterable[Finding], *, status: int = 400
) -> dict[str, Any]:
    """Problem details (RFC 9457) for a design's problems or for its findings.

    ``status`` is the HTTP status the host answers with (400 by default; 422 suits a
    design that was read but judged).

    >>> from plein import Problem
    >>> details = problem_details(
    ...     [Problem("unknown-key", "'venu' is not a key here; did you mean 'venue'?",
    ...              "$.sessions[0].venu")])
    >>> details["type"], details["status"], details["detail"]
    ('urn:plein:problem:invalid-design', 400, 'The design has 1 problem.')
    >>> details["invalidParams"][0]["name"]
    '$.sessions[0].venu'
    """
    if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
        raise UsageError("status must be an HTTP error status, from 400 to 599")
    if isinstance(error, DesignError):
        return _for_problems(error.problems, status)
    if isinstance(error, Report):
        return _for_findings(error.findings, status)
    if isinstance(error, str | bytes) or not isinstance(error, Iterable):
        raise UsageError(
            "problem_details takes a DesignError, a Report, or a list of problems or findings"
        )
    items: list[object] = list(error)
    problems = [item for item in items if isinstance(item, Problem)]
    if len(problems) == len(items):
        return _for_problems(problems, status)
    findings = [item for item in items if isinstance(item, Finding)]
    if len(findings) == len(items):
        return _for_findings(findings, status)
    raise UsageError("problem_details takes problems or findings, not a mix or other values")


def _for_problems(problems: Iterable[Problem], status: int) -> dict[str, Any]:
    params = [{"name": p.path, "code": p.code, "reason": p.reason} for p in problems]
    return {
        "type": INVALID_DESIGN_TYPE,
        "code": "invalid-design",
        "title": "The design cannot be read.",
        "status": status,
        "detail": f"The design has {_count(len(params), 'problem')}.",
        "invalidParams": params,
    }


def _for_findings(findings: Iterable[Finding], status: int) -> dict[str, Any]:
    findings = list(findings)
    params = [
        {"name": f.path, "code": f.code, "reason": _join(f.message, f.hint)} for f in findings
    ]
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    parts = [_count(counts[s], _WORDS[s]) for s in Severity if counts[s]]
    detail = f"The checks found {_count(len(findings), 'finding')}"
    detail += f": {', '.join(parts)}." if parts else "."
    return {
        "type": FINDINGS_TYPE,
        "code": "design-findings",
        "title": "The checks found fault with the design.",
        "status": status,
        "detail": detail,
        "invalidParams": params,
    }


def _join(message: str, hint: str) -> str:
    message, hint = message.strip(), hint.strip()
    if not hint:
        return message
    if not message:
        return hint
    return f"{message}{'' if message.endswith(('.', '!', '?')) else '.'} {hint}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"
