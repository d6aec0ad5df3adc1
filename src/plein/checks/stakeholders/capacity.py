"""SH103: each work format holds the number of people put in it, with its table hosts."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks._scope import roles_are_known
from plein.checks.stakeholders._views import Tally, headcounts, people_in, roles
from plein.model import Path, Role, Session
from plein.workformats import Exposure, Per, Range, WorkFormat

__all__ = ["OverFormatCapacity"]


class OverFormatCapacity(Check):
    """## What it checks

    For each programme block with a known work format, the people in it fit the
    format's group size. The people in a block are the expected counts of the parties
    it names as participants, or the whole session's expected headcount when it names
    none. A parallel track with its own known format and its own participants is
    judged the same way. When some of those parties have no expected count, the sum is
    a lower bound: it is judged against the most a format holds, not the fewest it
    needs.

    The count of a party is the count seen on a record (`attended`), else the one
    expected, else the party's `headcount`; a block for everybody uses the session's
    own total when it gives one. Approximate counts keep their precision: only a
    group that is *surely* larger (or surely smaller) than the format holds is
    reported, and a format's upper bound is read as "about" (a tenth more still
    fits). A format for one-to-one talks or for writing is never too small.

    For formats that split into tables and ask a table host at every table, the
    `table-host` assignments that hold in the session (its own and the standing ones
    of the trajectory) must be at least the fewest tables the group makes (or the
    number of `groups` the block gives).

    ## On a plan and on a record

    On a plan every known count is judged. On a record the people seen are judged;
    table hosts are judged only when the record gives its roles, since table hosts
    are rarely named in a report.

    ## Why it matters

    Capacity is a matter of each work format, not only of the session. A fishbowl of
    a hundred and fifty is a lecture with an audience; a world café without a host at
    every table loses its thread and its harvest. When the format does not fit the
    group, the moment meant for people to speak becomes a moment where a few speak
    and the rest wait.
    """

    code = "SH103"
    slug = "over-format-capacity"
    severity = Severity.WARNING
    summary = Text(
        "A work format gets more (or fewer) people than it holds, or too few table hosts.",
        "Een werkvorm krijgt meer (of minder) mensen dan hij aankan, of te weinig tafelhosts.",
    )
    hint = Text(
        "Choose a work format for this group size, split the group over parallel "
        "tracks, or assign a table host for every table.",
        "Kies een werkvorm die bij deze groepsgrootte past, verdeel de groep over "
        "parallelle sporen, of wijs voor elke tafel een tafelhost aan.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        counts = headcounts(ctx)
        held = roles(ctx)
        for s, session in ctx.judged_sessions():
            hosts = held.count(s, Role.TABLE_HOST)
            judge_hosts = roles_are_known(session)
            for b, block in enumerate(session.programme):
                here: Path = ("sessions", s, "programme", b)
                name = Text(
                    f"Block '{block.id}' of session '{session.id}'",
                    f"Onderdeel '{block.id}' van bijeenkomst '{session.id}'",
                )
                units = [(here, name, block.format, block.participants or None, block.id)]
                groups = block.groups.surely_at_least if block.groups is not None else None
                units += [
                    (
                        (*here, "tracks", t),
                        Text(
                            f"Track '{track.id}' of block '{block.id}' in session '{session.id}'",
                            f"Spoor '{track.id}' van onderdeel '{block.id}' in bijeenkomst "
                            f"'{session.id}'",
                        ),
                        track.format,
                        track.participants,
                        track.id,
                    )
                    for t, track in enumerate(block.tracks)
                    if track.participants
                ]
                for path, label, format_id, who, unit in units:
                    found = ctx.format(format_id)
                    if found is None:
                        continue
                    tally = people_in(session, counts[s], who)
                    if tally.total is None:
                        continue
                    related = (unit, session.id)
                    yield from _group_size(path, label, found, tally, related)
                    if judge_hosts:
                        n = tally.surely_above
                        yield from _table_hosts(s, session, label, found, n, groups, hosts, related)


def _group_size(
    path: Path,
    label: Text,
    found: WorkFormat,
    tally: Tally,
    related: tuple[str, ...],
) -> Iterator[Violation]:
    size, n = found.group_size, tally.total
    below = tally.surely_below
    if size.high is not None and tally.surely_above > _about(size.high):
        yield Violation(
            (*path, "format"),
            Text(
                f"{label.en} puts {n} people in '{found.id}', which holds at most "
                f"{size.high} (group size {size}).",
                f"{label.nl} zet {n} mensen in '{found.id}', dat er hooguit "
                f"{size.high} aankan (groepsgrootte {size}).",
            ),
            hint=Text(
                f"Split the {n} people over parallel tracks of at most {size.high}, or "
                f"choose a format that holds {n}.",
                f"Verdeel de {n} mensen over parallelle sporen van hooguit {size.high}, "
                f"of kies een werkvorm voor {n} mensen.",
            ),
            related=related,
        )
    elif (
        below is not None
        and below < size.low
        and found.exposure not in (Exposure.ONE_TO_ONE, Exposure.WRITING)
    ):
        yield Violation(
            (*path, "format"),
            Text(
                f"{label.en} has {n} people for '{found.id}', which needs at least "
                f"{size.low} (group size {size}).",
                f"{label.nl} heeft {n} mensen voor '{found.id}', dat er minstens "
                f"{size.low} nodig heeft (groepsgrootte {size}).",
            ),
            hint=Text(
                f"Choose a format for a group of {n}, or bring more parties into the block.",
                f"Kies een werkvorm voor een groep van {n}, of betrek meer partijen bij "
                f"dit onderdeel.",
            ),
            related=related,
        )


def _about(high: int) -> int:
    """A format's upper bound read as "about": a tenth more (at least one) still fits."""
    return high + max(1, high // 10)


def _table_hosts(
    s: int,
    session: Session,
    label: Text,
    found: WorkFormat,
    n: int,
    groups: int | None,
    hosts: int,
    related: tuple[str, ...],
) -> Iterator[Violation]:
    per_table = any(
        need.role == Role.TABLE_HOST and need.per == Per.TABLE for need in found.roles_needed
    )
    size = found.table_size if per_table else None
    if size is None:
        return
    top = _about(size.high) if size.high is not None else None
    fewest = 1 if top is None else max(1, -(-n // top))
    tables = Range(groups, groups) if groups is not None else found.tables_for(n)
    if tables is None:
        return
    if groups is None:
        tables = Range(fewest, max(fewest, tables.high or fewest))
    if hosts >= tables.low:
        return
    yield Violation(
        ("sessions", s, "roles"),
        Text(
            f"{label.en} seats {n} people at {tables} tables of '{found.id}', which "
            f"asks a table host at every table, so at least {tables.low} are needed; "
            f"{hosts} {'is' if hosts == 1 else 'are'} assigned.",
            f"{label.nl} zet {n} mensen aan {tables} tafels voor '{found.id}', dat aan "
            f"elke tafel een tafelhost vraagt; er zijn er dus minstens {tables.low} "
            f"nodig, en er {'is' if hosts == 1 else 'zijn'} {hosts} aangewezen.",
        ),
        hint=Text(
            f"Assign the role table-host to {tables.low - hosts} more people or parties "
            f"in session '{session.id}' (or as standing roles).",
            f"Wijs in bijeenkomst '{session.id}' nog {tables.low - hosts} mensen of "
            f"partijen de rol tafelhost (table-host) toe (of als vaste rol).",
        ),
        related=related,
    )
