"""Shared helpers for the trust tests: the catalogue, and small designs built in Python."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pytest

from plein import Block, Issue, Party, Session, SessionParty, Trajectory
from plein.workformats import Catalogue, default_catalogue


@pytest.fixture(scope="session")
def formats() -> Catalogue:
    """The built-in catalogue of work formats."""
    return default_catalogue()


def programme(*formats: str | None) -> list[Block]:
    """Blocks b0, b1, ... running the given work formats, in order."""
    return [Block(id=f"b{i}", title=f"Block {i}", format=fmt) for i, fmt in enumerate(formats)]


def design(
    sessions: Iterable[Session],
    parties: Iterable[Party] = (),
    nature: str = "spatial",
    **changes: Any,
) -> Trajectory:
    """A trajectory around the given sessions and parties (``changes`` may replace the issue)."""
    issue = Issue(title="The square", question="What next?", nature=nature, kind="other")
    fields: dict[str, Any] = {"issue": issue, **changes}
    return Trajectory(id="t", title="T", parties=list(parties), sessions=list(sessions), **fields)


def seated(counts: Mapping[str, int | None]) -> list[SessionParty]:
    """Session invitations with the expected headcounts given."""
    return [SessionParty(party=party, expected=n) for party, n in counts.items()]
