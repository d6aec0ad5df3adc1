"""Which blocks of a programme are content, and which work formats each of them runs.

The walk-in and breaks are neutral: they ask nothing and build nothing. A block that
splits into parallel tracks runs one work format per track (a track without its own
format runs the block's); each track is a :class:`Unit` with its own participants.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from plein.model import Block, BlockKind, Session
from plein.workformats import Arc, Catalogue, Exposure, WorkFormat

__all__ = [
    "LEVELLING",
    "Unit",
    "at_table",
    "content_blocks",
    "exposure_of",
    "is_content",
    "lookup",
    "units",
]

_NEUTRAL_ARCS = frozenset({Arc.WALK_IN, Arc.BREAK})

#: Exposures that even out voices: speaking in pairs or in small groups.
LEVELLING = frozenset({Exposure.SPEAKING_IN_PAIRS, Exposure.SPEAKING_IN_SMALL_GROUPS})


def lookup(formats: Catalogue, format_id: str | None) -> WorkFormat | None:
    """The work format with this id or name, or None when there is none or it is unknown."""
    if format_id is None or format_id not in formats:
        return None
    return formats.get(format_id)


@attrs.frozen
class Unit:
    """What one group of people does in a block: the whole block, or one parallel track.

    ``participants`` is None when everybody at the session takes part.
    """

    id: str
    format: WorkFormat | None
    participants: tuple[str, ...] | None
    speakers: tuple[str, ...]


def units(block: Block, formats: Catalogue) -> tuple[Unit, ...]:
    """The units of a block: the block itself, or each of its parallel tracks."""
    if not block.tracks:
        who = block.participants or None
        return (Unit(block.id, lookup(formats, block.format), who, block.speakers),)
    return tuple(
        Unit(
            track.id,
            lookup(formats, track.format or block.format),
            track.participants or block.participants or None,
            (*block.speakers, *track.speakers),
        )
        for track in block.tracks
    )


def at_table(session: Session) -> tuple[str, ...]:
    """The parties invited to a session and expected to come (an expected 0 is not).

    Each party once, in the order of invitation.
    """
    coming: dict[str, bool] = {}
    for invited in session.parties:
        expected = invited.expected
        comes = invited.takes_part is not False and (expected is None or expected.high != 0)
        coming[invited.party] = coming.get(invited.party, False) or comes
    return tuple(party for party, comes in coming.items() if comes)


def is_content(block: Block, formats: Catalogue) -> bool:
    """Whether a block is part of the content: work that is not a walk-in or a break."""
    if block.kind is not BlockKind.WORK:
        return False
    found = lookup(formats, block.format)
    return found is None or found.arc not in _NEUTRAL_ARCS


def content_blocks(session: Session, formats: Catalogue) -> Iterator[tuple[int, Block]]:
    """The content blocks of a session with their index in its programme."""
    for index, block in enumerate(session.programme):
        if is_content(block, formats):
            yield index, block


def exposure_of(parts: tuple[Unit, ...]) -> Exposure | None:
    """The most a block asks of anyone in it; None when a unit's format is unknown."""
    known = [unit.format.exposure for unit in parts if unit.format is not None]
    if not known or len(known) != len(parts):
        return None
    return max(known, key=lambda exposure: exposure.rank)
