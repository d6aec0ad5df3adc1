"""Problems and findings as problem details (RFC 9457), the shape ZGW APIs answer with.

A host that accepts designs over an API (an Objects API, a ZGW-style service) answers a
request it refuses with ``application/problem+json``, as the NL API Design Rules ask
(rule "use the problem details standard for errors")::

    {
      "type": "urn:plein:problem:invalid-design",   # what kind of problem: one of three
      "code": "invalid-design",                      # the same, short (as ZGW APIs have)
      "title": "The design cannot be read.",         # in English or Dutch (lang)
      "status": 400,                                  # the HTTP status, 400 to 599
      "detail": "The design has 2 problems.",        # this occurrence, in plein's words
      "instance": "urn:uuid:…",                       # this occurrence (given, or new)
      "invalidParams": [                              # every problem, in order
        {"name": "$.sessions[0].plannedDate",         # the wire path (camelCase keys)
         "code": "invalid-value",                     # the problem's or check's code
         "reason": "expected a real date …"}          # why, and what would fix it
      ]
    }

The three kinds (``type``, and ``code``):

* ``urn:plein:problem:invalid-design`` (``invalid-design``): a design that cannot be read
  (a :class:`~plein.DesignError`, or its :class:`~plein.Problem` values). ``name`` is
  the problem's path, ``code`` its code (``unknown-key``, ``dangling-reference``, …),
  ``reason`` its reason.
* ``urn:plein:problem:design-findings`` (``design-findings``): what the checks found (a
  :class:`~plein.Report`, or its :class:`~plein.Finding` values). ``name`` is the
  finding's path, ``code`` the check's code (``TB101``), ``reason`` its message and hint.
* ``urn:plein:problem:invalid-config`` (``invalid-config``): a check configuration that
  cannot be used (a :class:`~plein.ConfigError`). ``name`` is the path in the
  configuration (``$.options.TB101.minutes``; ``$`` when not known), ``code`` the
  mistake's code (``unknown-check``, ``unknown-option``, …).

No value from the design is copied in: problems never repeat a value, and the rest of
the object is plein's own words. File names and line numbers are left out too; a host
that wants them has them on the problems and findings.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from plein.checks import Finding, Lang, Report, Severity
from plein.errors import ConfigError, DesignError, Problem, UsageError

__all__ = [
    "FINDINGS_TYPE",
    "INVALID_CONFIG_TYPE",
    "INVALID_DESIGN_TYPE",
    "problem_details",
]

#: The ``type`` of the details of a design that cannot be read.
INVALID_DESIGN_TYPE = "urn:plein:problem:invalid-design"
#: The ``type`` of the details of a design the checks found fault with.
FINDINGS_TYPE = "urn:plein:problem:design-findings"
#: The ``type`` of the details of a check configuration that cannot be used.
INVALID_CONFIG_TYPE = "urn:plein:problem:invalid-config"

_TITLES = {
    INVALID_DESIGN_TYPE: ("The design cannot be read.", "Het ontwerp kan niet worden gelezen."),
    FINDINGS_TYPE: (
        "The checks found fault with the design.",
        "De controles vonden gebreken in het ontwerp.",
    ),
    INVALID_CONFIG_TYPE: (
        "The check configuration cannot be used.",
        "De instellingen van de controles zijn niet te gebruiken.",
    ),
}
# (singular, plural) in English and in Dutch.
_NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "problem": (("problem", "problems"), ("probleem", "problemen")),
    "finding": (("finding", "findings"), ("bevinding", "bevindingen")),
    Severity.ERROR: (("error", "errors"), ("fout", "fouten")),
    Severity.WARNING: (("warning", "warnings"), ("waarschuwing", "waarschuwingen")),
    Severity.INFO: (("note", "notes"), ("opmerking", "opmerkingen")),
}


def problem_details(
    error: DesignError | ConfigError | Report | Iterable[Problem] | Iterable[Finding],
    *,
    status: int = 400,
    lang: Lang = "en",
    instance: str | None = None,
) -> dict[str, Any]:
    """Problem details (RFC 9457, NL API Design Rules) for problems, findings or a
    configuration error; the shape is in this module's docstring.

    ``status`` is the HTTP status the host answers with (400 by default; 422 suits a
    design that was read but judged). ``lang`` (``"en"`` or ``"nl"``) is the language of
    ``title`` and ``detail``; the reasons are the problems' and findings' own (a report
    checked with ``lang="nl"`` has Dutch messages). ``instance`` is a URI for this
    occurrence (a request id, the request's path); a new ``urn:uuid:`` by default.
    Raises :class:`~plein.UsageError` for anything else, a mix of problems and
    findings, or a status that is not an HTTP error.

    >>> from plein import Problem
    >>> details = problem_details(
    ...     [Problem("unknown-key", "'venu' is not a key here; did you mean 'venue'?",
    ...              "$.sessions[0].venu")], lang="nl", instance="urn:uuid:0")
    >>> details["type"], details["status"]
    ('urn:plein:problem:invalid-design', 400)
    >>> details["title"], details["detail"]
    ('Het ontwerp kan niet worden gelezen.', 'Het ontwerp heeft 1 probleem.')
    >>> details["invalidParams"][0]["name"], details["instance"]
    ('$.sessions[0].venu', 'urn:uuid:0')
    """
    if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
        raise UsageError("status must be an HTTP error status, from 400 to 599")
    if lang not in ("en", "nl"):
        raise UsageError("lang must be 'en' or 'nl'")
    if instance is not None and not isinstance(instance, str):
        raise UsageError("instance must be a URI as text, or None")
    where = instance if instance is not None else f"urn:uuid:{uuid.uuid4()}"
    if isinstance(error, DesignError):
        return _for_problems(error.problems, status, lang, where)
    if isinstance(error, ConfigError):
        return _for_config(error, status, lang, where)
    if isinstance(error, Report):
        return _for_findings(error.findings, status, lang, where)
    if isinstance(error, str | bytes) or not isinstance(error, Iterable):
        raise UsageError(
            "problem_details takes a DesignError, a ConfigError, a Report, or a list of "
            "problems or findings"
        )
    items: list[object] = list(error)
    problems = [item for item in items if isinstance(item, Problem)]
    if len(problems) == len(items):
        return _for_problems(problems, status, lang, where)
    findings = [item for item in items if isinstance(item, Finding)]
    if len(findings) == len(items):
        return _for_findings(findings, status, lang, where)
    raise UsageError("problem_details takes problems or findings, not a mix or other values")


def _details(
    kind: str, status: int, lang: Lang, instance: str, detail: str, params: list[dict[str, str]]
) -> dict[str, Any]:
    return {
        "type": kind,
        "code": kind.rsplit(":", 1)[1],
        "title": _TITLES[kind][lang == "nl"],
        "status": status,
        "detail": detail,
        "instance": instance,
        "invalidParams": params,
    }


def _for_problems(
    problems: Iterable[Problem], status: int, lang: Lang, instance: str
) -> dict[str, Any]:
    params = [{"name": p.path, "code": p.code, "reason": p.reason} for p in problems]
    count = _count(len(params), "problem", lang)
    detail = f"Het ontwerp heeft {count}." if lang == "nl" else f"The design has {count}."
    return _details(INVALID_DESIGN_TYPE, status, lang, instance, detail, params)


def _for_config(error: ConfigError, status: int, lang: Lang, instance: str) -> dict[str, Any]:
    params = [{"name": p.path, "code": p.code, "reason": p.reason} for p in error.problems]
    if not params:  # a mistake outside the configuration's keys: the message says it all
        params = [{"name": "$", "code": "invalid-config", "reason": str(error)}]
    count = _count(len(params), "problem", lang)
    detail = (
        f"De instellingen hebben {count}." if lang == "nl" else f"The configuration has {count}."
    )
    return _details(INVALID_CONFIG_TYPE, status, lang, instance, detail, params)


def _for_findings(
    findings: Iterable[Finding], status: int, lang: Lang, instance: str
) -> dict[str, Any]:
    findings = list(findings)
    params = [
        {"name": f.path, "code": f.code, "reason": _join(f.message, f.hint)} for f in findings
    ]
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    parts = [_count(counts[s], s, lang) for s in Severity if counts[s]]
    total = _count(len(findings), "finding", lang)
    detail = f"De controles vonden {total}" if lang == "nl" else f"The checks found {total}"
    detail += f": {', '.join(parts)}." if parts else "."
    return _details(FINDINGS_TYPE, status, lang, instance, detail, params)


def _join(message: str, hint: str) -> str:
    message, hint = message.strip(), hint.strip()
    if not hint:
        return message
    if not message:
        return hint
    return f"{message}{'' if message.endswith(('.', '!', '?')) else '.'} {hint}"


def _count(n: int, noun: str, lang: Lang) -> str:
    singular, plural = _NOUNS[noun][lang == "nl"]
    return f"{n} {singular if n == 1 else plural}"
