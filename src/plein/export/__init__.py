"""Exports of a design for other tools: calendars, graph text, a JSON Schema, problem details.

* :func:`to_ics` writes the sessions as calendar events and the follow-up as to-dos
  (iCalendar); :func:`ics_sequence` works out the ``SEQUENCE`` of each entry from the
  calendar exported last time.
* :func:`to_mermaid` and :func:`to_dot` write the trajectory graph as Mermaid and DOT.
* :func:`design_schema` generates the JSON Schema (draft-07) of the design format from
  the model; :func:`shipped_schema` is the copy shipped for editors and hosts;
  :func:`openapi_document` the same schemas as OpenAPI 3.0 components;
  :func:`with_modeline` points a design at a schema for the YAML language server.
* :func:`problem_details` turns a design's problems, or its findings, into RFC 9457
  problem details with ``invalidParams``, as ZGW APIs answer.

None of them writes personal data unless asked: calendars have attendees only with
``include_attendees=True``; problem details never repeat a value.

>>> import pendulum, plein
>>> from plein.export import problem_details, to_mermaid
>>> design = plein.examples.load("shopping-centre")
>>> print(to_mermaid(design).splitlines()[0])
flowchart LR
>>> report = plein.check(design, as_of=pendulum.date(2026, 1, 5))
>>> problem_details(report)["type"]
'urn:plein:problem:design-findings'
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plein.export._graphtext import to_dot, to_mermaid
    from plein.export._ics import ics_sequence, to_ics
    from plein.export._problem_details import problem_details
    from plein.export._schema import (
        SCHEMA_FILE,
        SCHEMA_ID,
        design_schema,
        openapi_document,
        schema_text,
        shipped_schema,
        with_modeline,
    )
else:
    from plein._lazy import attach

    # Each export loads when first used: problem details for a web host need no calendar.
    __getattr__, __dir__ = attach(
        __name__,
        {
            "._graphtext": "to_dot to_mermaid",
            "._ics": "ics_sequence to_ics",
            "._problem_details": "problem_details",
            "._schema": (
                "SCHEMA_FILE SCHEMA_ID design_schema openapi_document schema_text "
                "shipped_schema with_modeline"
            ),
        },
    )

__all__ = [
    "SCHEMA_FILE",
    "SCHEMA_ID",
    "design_schema",
    "ics_sequence",
    "openapi_document",
    "problem_details",
    "schema_text",
    "shipped_schema",
    "to_dot",
    "to_ics",
    "to_mermaid",
    "with_modeline",
]
