"""What the opening and closing checks share: the first or last content block, described."""

from __future__ import annotations

import attrs

from plein.checks._api import Context, Text
from plein.checks.trust._words import arc
from plein.model import Block, Session
from plein.trust import content_blocks

__all__ = ["End", "end_of"]


@attrs.frozen
class End:
    """The first or last content block of a session, and how to name what it is."""

    index: int
    block: Block
    #: What the block is: its work format and that format's place in the arc.
    what: Text


def end_of(ctx: Context, session: Session, last: bool) -> End | None:
    """The first (or last) content block of ``session``; None when it has none."""
    blocks = list(content_blocks(session, ctx.formats))
    if not blocks:
        return None
    index, block = blocks[-1] if last else blocks[0]
    found = ctx.format(block.format)
    if found is not None:
        kind = arc(found.arc)
        what = Text(
            f"work format '{found.id}', {kind.en}",
            f"werkvorm '{found.id}', {kind.nl}",
        )
    elif block.format is not None:
        what = Text(f"work format '{block.format}'", f"werkvorm '{block.format}'")
    else:
        what = Text("split into tracks", "opgesplitst in sporen")
    return End(index, block, what)
