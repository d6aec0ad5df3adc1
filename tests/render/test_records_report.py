"""The report tells a record as the record has it: nothing it does not say is stated."""

from __future__ import annotations

import pendulum

import plein
from plein.render import report

HEAD = """
schemaVersion: "2.0"
id: d
title: D
issue: {title: T, question: Q, nature: societal, kind: policy-vision}
parties:
  - {id: bewoners, name: Bewoners, category: resident, level: consult}
  - {id: gemeente, name: Gemeente, category: municipality, level: co-decide}
"""


def _markdown(text: str, lang: str = "en") -> str:
    design = plein.loads(HEAD + text)
    return report(design, format="md", lang=lang, as_of=pendulum.date(2027, 1, 1))


def test_a_count_of_some_parties_is_a_lower_bound() -> None:
    """Six officials counted and the residents not: at least six came, not six."""
    page = _markdown("""
sessions:
  - id: avond
    title: Avond
    kind: information-evening
    actualDate: 2026-09-17
    parties:
      - {party: bewoners, present: true}
      - {party: gemeente, attended: 6}
""")
    assert ">=6 attended" in page


def test_attendance_not_recorded_is_not_not_invited() -> None:
    """A party a record does not list, where attendance is not recorded, is not known."""
    page = _markdown(
        """
sessions:
  - id: avond
    title: Avond
    actualDate: 2026-09-17
    notRecorded: [attendance]
    parties:
      - {party: gemeente}
""",
        lang="nl",
    )
    assert "niet vastgelegd" in page
    assert "niet uitgenodigd" not in page


def test_due_after_an_event_names_the_event() -> None:
    """Within six weeks of the council decision reads so, not 'of the session'."""
    page = _markdown("""
sessions:
  - id: avond
    title: Avond
    actualDate: 2026-09-17
    promises:
      - id: terug
        text: Laten weten wat er met de inbreng is gedaan.
        owners: [gemeente]
        due: {after: raad, within: P6W}
steps:
  - {id: raad, title: Raadsbesluit, kind: council-decision, after: [avond], plannedDate: 2026-12-10}
""")
    assert "within 6 weeks after Raadsbesluit" in page


def test_joint_owners_the_way_back_and_the_session_total() -> None:
    """A joint duty names every owner, the lead first; the way back is shown; the total
    counted is the session's own (about 80), not only the parties counted (6)."""
    page = _markdown("""
sessions:
  - id: avond
    title: Avond
    actualDate: 2026-09-17
    attended: "~80"
    parties:
      - {party: gemeente, attended: 6}
    promises:
      - id: verslag
        text: Het verslag rondsturen.
        owners: [gemeente, bewoners]
        lead: bewoners
        due: {within: P3W}
        reportBackVia: de nieuwsbrief
""")
    assert "Bewoners (lead), Gemeente" in page
    assert "de nieuwsbrief" in page
    assert "~80 participants were counted" in page
