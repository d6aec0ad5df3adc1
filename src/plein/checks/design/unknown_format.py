"""PL002: every work format a block or track names is in the catalogue or the design."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.model import Path


class UnknownFormat(Check):
    """## What it checks

    Each work format a programme block, a parallel track or an item of a track's own
    programme names (its ``format``) is in the catalogue of work formats or among the
    design's own ``formats``. A format id that is neither is reported once per id and
    session, with the closest id in the catalogue when there is one ("did you mean
    'world-cafe'?").

    ## Why it matters

    Every check that goes by the work format (is the block long enough, does the
    session close with a harvest, how many table hosts it needs, how much it asks
    people to expose) looks the format up by its id. A misspelt id is not an error when
    the design is read, so without this check it silently switches all of them off for
    that block: the design looks clean because it was not checked. A format of your own
    is welcome; define it under ``formats`` and the checks can use it.

    ## On a plan and on a record

    The same on both. A record written from a source whose item fits no format in the
    catalogue (a guided bike tour, a back-office round) may name its own id: it loads,
    and this warning says that the format-based checks could not judge those blocks.
    Leave the ``format`` out when the source does not say how an item was run.
    """

    code = "PL002"
    slug = "unknown-format"
    severity = Severity.WARNING
    summary = Text(
        "A block names a work format that is neither in the catalogue nor in the design.",
        "Een onderdeel noemt een werkvorm die niet in de catalogus en niet in het ontwerp staat.",
    )
    hint = Text(
        "Correct the format id, or define the format under `formats` in the design.",
        "Verbeter de id van de werkvorm, of beschrijf de werkvorm onder `formats` in het ontwerp.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        ids = sorted(fmt.id for fmt in ctx.formats)
        own = {fmt.id for fmt in ctx.trajectory.formats}
        for s, session in enumerate(ctx.trajectory.sessions):
            seen: dict[str, tuple[Path, list[str]]] = {}
            for b, block in enumerate(session.programme):
                here: Path = ("sessions", s, "programme", b)
                named: list[tuple[str | None, str, Path]] = [(block.format, block.id, here)]
                for t, track in enumerate(block.tracks):
                    at: Path = (*here, "tracks", t)
                    named.append((track.format, track.id, at))
                    for i, item in enumerate(track.programme):
                        named.append((item.format, item.id, (*at, "programme", i)))
                for format_id, owner, path in named:
                    if format_id is None or format_id in ctx.formats or format_id in own:
                        continue
                    if format_id in seen:
                        seen[format_id][1].append(owner)
                    else:
                        seen[format_id] = ((*path, "format"), [owner])
            for format_id, (path, owners) in seen.items():
                yield _violation(session.id, format_id, path, owners, ids)


def _violation(
    session: str, format_id: str, path: Path, owners: list[str], ids: list[str]
) -> Violation:
    quoted = ", ".join(f"'{owner}'" for owner in owners)
    blocks = Text(
        f"block {quoted}" if len(owners) == 1 else f"blocks {quoted}",
        f"onderdeel {quoted}" if len(owners) == 1 else f"onderdelen {quoted}",
    )
    close = difflib.get_close_matches(format_id, ids, n=1, cutoff=0.6)
    if not close:  # a near miss of a longer id: "presentation" for "presentation-with-..."
        close = [i for i in ids if i.startswith(f"{format_id}-")][:1]
    mean = Text(f" Did you mean '{close[0]}'?", f" Bedoelt u '{close[0]}'?") if close else None
    message = Text(
        f"In session '{session}', {blocks.en} name{'s' if len(owners) == 1 else ''} the work "
        f"format '{format_id}', which is neither in the catalogue nor among the design's "
        "formats, so the checks that go by the format could not judge "
        f"{'it' if len(owners) == 1 else 'them'}.{mean.en if mean else ''}",
        f"In bijeenkomst '{session}' noem{'t' if len(owners) == 1 else 'en'} {blocks.nl} de "
        f"werkvorm '{format_id}', die niet in de catalogus en niet bij de werkvormen van het "
        "ontwerp staat, dus de controles die van de werkvorm uitgaan konden "
        f"{'het' if len(owners) == 1 else 'ze'} niet beoordelen.{mean.nl if mean else ''}",
    )
    hint = None
    if close:
        hint = Text(
            f"Write '{close[0]}' if that is the format meant; else define '{format_id}' "
            "under `formats`, or leave the format out when it is not known.",
            f"Schrijf '{close[0]}' als die werkvorm bedoeld is; beschrijf anders "
            f"'{format_id}' onder `formats`, of laat de werkvorm weg als die niet bekend is.",
        )
    return Violation(path, message, hint, (*owners, session))
