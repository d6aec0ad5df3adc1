"""What a parallel track holds when it runs a sequence of its own.

A breakout track usually does one thing for the length of its block. When it holds two
workshops in a row in one room, it lists them in its ``programme``: each a
:class:`TrackBlock` with its own work format and length, run one after the other.
"""

from __future__ import annotations

import attrs

from plein.model._values import check_id, check_minutes, check_reference, to_tuple

__all__ = ["TrackBlock"]


@attrs.frozen
class TrackBlock:
    """One item of a parallel track's own programme, run after the one before it.

    >>> TrackBlock(id="mobility", title="Workshop mobility", format="workshop", minutes=40)
    TrackBlock(id='mobility', title='Workshop mobility', format='workshop', minutes=40, ...)
    """

    id: str = attrs.field(validator=check_id)
    title: str
    format: str | None = attrs.field(default=None, validator=check_reference)
    minutes: int | None = attrs.field(default=None, validator=check_minutes)
    participants: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
    speakers: tuple[str, ...] = attrs.field(
        factory=tuple, converter=to_tuple, validator=check_reference
    )
