"""Safety: whether what must be said has a safe channel, and whether a session needs one.

A **safe channel** is a way to say something without having to say it before the whole
room: anonymous input, a complaints corner for personal matters, confidentiality, an
independent board to turn to with doubts, or working in small groups first. A session
has one when it names such a measure under ``safety``, or when its programme shows it:
a block where people give their input in writing or one to one (post-its, a reaction
form, dot voting, the stands of an information market), or a block in pairs or small
groups before the first block that asks people to speak in plenary or take a public
position (blocks that build trust, such as an introduction round, do not count as that
first plenary block). Across a trajectory (:func:`safe_channel`), a survey or online
input the session follows is a safe channel too: everyone could give input outside the
room.

A session is **contested** (:func:`contested`) when its programme asks a public
position on a dilemma, when the issue is spatial and residents and entrepreneurs
both sit at its table (their interests in a street or a centre differ as a rule), or
when the caller names it.
"""

from __future__ import annotations

from collections.abc import Collection

import attrs

from plein.model import (
    IssueNature,
    PartyCategory,
    SafetyMeasureKind,
    Session,
    Trajectory,
)
from plein.trust._content import LEVELLING, at_table, content_blocks, exposure_of, units
from plein.workformats import Catalogue, Exposure

__all__ = [
    "SAFE_CHANNELS",
    "Contested",
    "contested",
    "has_safe_channel",
    "works_in_small_groups_first",
]

#: The safety measures that give what must be said a channel outside the plenary.
SAFE_CHANNELS = frozenset(
    {
        SafetyMeasureKind.ANONYMOUS_INPUT,
        SafetyMeasureKind.COMPLAINTS_CORNER,
        SafetyMeasureKind.SMALL_GROUPS_FIRST,
        SafetyMeasureKind.CONFIDENTIALITY,
        SafetyMeasureKind.OVERSIGHT,
    }
)


def works_in_small_groups_first(session: Session, formats: Catalogue) -> bool:
    """Whether a block in pairs or small groups comes before any plenary speaking.

    Blocks whose work format is unknown, and blocks that build trust, are passed over.
    """
    for _, block in content_blocks(session, formats):
        parts = units(block, formats)
        exposure = exposure_of(parts)
        if exposure is None:
            continue
        if exposure in LEVELLING:
            return True
        plenary = exposure.rank >= Exposure.SPEAKING_IN_PLENARY.rank
        if plenary and not all(u.format is not None and u.format.builds_trust for u in parts):
            return False
    return False


def _voice_without_audience(session: Session, formats: Catalogue) -> bool:
    return any(
        unit.format is not None and unit.format.exposure.is_safe_channel
        for _, block in content_blocks(session, formats)
        for unit in units(block, formats)
    )


def has_safe_channel(session: Session, formats: Catalogue | None = None) -> bool:
    """Whether what must be said has a safe channel in this session.

    The session names one of :data:`SAFE_CHANNELS` under ``safety``; or, when
    ``formats`` is given, its programme has a block where input is given in writing or
    one to one, or works in small groups before anything is said in plenary
    (:func:`works_in_small_groups_first`).
    """
    if any(measure.kind in SAFE_CHANNELS for measure in session.safety):
        return True
    if formats is None:
        return False
    return _voice_without_audience(session, formats) or works_in_small_groups_first(
        session, formats
    )


@attrs.frozen
class Contested:
    """Why a session is contested, if it is: true when any reason holds."""

    #: The caller named the session as contested.
    named: bool = False
    #: The content blocks that ask a public position on a dilemma.
    dilemmas: tuple[str, ...] = ()
    #: The issue is spatial and residents and entrepreneurs both sit at the table.
    spatial_interests: bool = False

    def __bool__(self) -> bool:
        return self.named or bool(self.dilemmas) or self.spatial_interests


def contested(
    trajectory: Trajectory,
    session: Session,
    formats: Catalogue,
    named: Collection[str] = (),
) -> Contested:
    """Whether (and why) the issue is contested in ``session``; ``named`` lists session ids.

    A block counts as a public dilemma when any of its tracks' formats asks one.
    """
    dilemmas = tuple(
        block.id
        for _, block in content_blocks(session, formats)
        if any(
            unit.format is not None and unit.format.exposure is Exposure.PUBLIC_DILEMMA
            for unit in units(block, formats)
        )
    )
    spatial = False
    if trajectory.issue.nature is IssueNature.SPATIAL:
        categories = set()
        for party_id in at_table(session):
            party = trajectory.party(party_id)
            if party is not None:
                categories.add(party.category)
        spatial = {PartyCategory.RESIDENT, PartyCategory.ENTREPRENEUR} <= categories
    return Contested(session.id in named, dilemmas, spatial)
