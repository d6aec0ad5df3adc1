"""A cancelled session stays in the design, but its roles, people and programme are not
judged any more."""

from __future__ import annotations

import pendulum

import plein

DESIGN = """
schemaVersion: "2.0"
id: d
title: D
issue: {title: T, question: Q, nature: spatial, kind: area-development}
parties: [{id: bewoners, name: Bewoners, category: resident, level: consult}]
sessions:
  - id: first
    title: First evening
    kind: plein
    status: STATUS
    dagdeel: evening
    plannedDate: 2027-03-11
    parties: [{party: bewoners, expected: 20}]
    programme:
      - {id: tables, title: Tables, format: table-conversations, start: "19:30", minutes: 60}
"""


def _codes(status: str) -> set[str]:
    design = plein.loads(DESIGN.replace("STATUS", status))
    report = plein.check(design, as_of=pendulum.date(2027, 1, 1))
    return {f.code for f in report if "first" in f.related or "$.sessions[0]" in f.path}


def test_a_cancelled_session_is_not_judged_for_roles_or_voice() -> None:
    """The same session planned gets role and shape findings; cancelled, it gets none."""
    planned = _codes("planned")
    assert {"SH104", "TR102"} <= planned
    assert not {"SH104", "SH106", "TR102", "TR103", "FU109"} & _codes("cancelled")
