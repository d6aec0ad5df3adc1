"""SH105: nobody holds two roles that conflict, such as facilitator and issue owner."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.stakeholders._views import Held, roles
from plein.checks.stakeholders._words import role
from plein.model import Role

__all__ = ["ConflictingRoles"]

_ROLES = {value.value for value in Role}


def _pairs(value: Any) -> bool:
    return all(
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(name, str) and name in _ROLES for name in pair)
        for pair in value
    )


def _same_holder(a: Held, b: Held) -> bool:
    # A role held by a party as a whole also binds the people in it.
    first, second = a.assignment.person, b.assignment.person
    return first is None or second is None or first == second


class ConflictingRoles(Check):
    """## What it checks

    Nobody holds two roles that conflict: by default the facilitator is not also the
    issue owner, and not also the decision-maker. Two assignments belong to the same
    holder when they name the same party and the same person, or the same party where
    one of them names no person (the party as a whole). Assignments in a session and
    the standing roles of the trajectory are taken together; a conflict between two
    standing roles is reported once, at the later one.

    ## Why it matters

    The facilitator works in close cooperation with the client so that ownership stays
    where it belongs: with the parties, not with the facilitator. A facilitator who
    also owns the issue, or holds the mandate to decide it, steers the content while
    claiming to guide the process; the parties notice, and what they say becomes
    careful instead of open.
    """

    code = "SH105"
    slug = "conflicting-roles"
    severity = Severity.ERROR
    summary = Text(
        "One party or person holds two roles that conflict.",
        "Eén partij of persoon heeft twee rollen die botsen.",
    )
    hint = Text(
        "Let another party or person take one of the two roles: the facilitator guides "
        "the process, the issue owner and the decision-maker own its content.",
        "Laat een andere partij of persoon een van beide rollen nemen: de procesbegeleider "
        "bewaakt het proces, de probleemeigenaar en de bestuurder zijn eigenaar van de "
        "inhoud.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "conflicts": Option(
            [["facilitator", "issue-owner"], ["facilitator", "decision-maker"]],
            "the pairs of roles one holder may not combine (lists of two role names)",
            valid=_pairs,
        )
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        conflicts = {frozenset((Role(a), Role(b))) for a, b in ctx.option("conflicts")}
        if not conflicts:
            return
        held = roles(ctx)
        sessions = ctx.trajectory.sessions
        all_records = bool(sessions) and all(session.is_record for session in sessions)
        for standing in held.standing_by_party.values():
            yield from _clashes(standing, conflicts, None, all_records)
        for s, session in enumerate(ctx.trajectory.sessions):
            own: dict[str, list[Held]] = {}
            for item in held.by_session[s]:
                if item.assignment.party is not None:
                    own.setdefault(item.assignment.party, []).append(item)
            for party, items in own.items():
                together = (*held.standing_by_party.get(party, ()), *items)
                yield from _clashes(together, conflicts, session.id, session.is_record)


def _clashes(
    items: Sequence[Held], conflicts: set[frozenset[Role]], session: str | None, record: bool
) -> Iterator[Violation]:
    """Conflicts among one party's assignments: those involving a session's own ones
    (or, when ``session`` is None, among the standing ones), each pair of roles once.
    On a ``record`` only the same named person counts as one holder.
    """
    seen: set[frozenset[Role]] = set()
    for j, later in enumerate(items):
        if session is not None and later.standing:
            continue
        for earlier in items[:j]:
            pair = frozenset((earlier.assignment.role, later.assignment.role))
            if pair not in conflicts or pair in seen or not _same_holder(earlier, later):
                continue
            if record and (earlier.assignment.person is None or later.assignment.person is None):
                continue
            seen.add(pair)
            yield _violation(earlier, later, session)


def _violation(earlier: Held, later: Held, session: str | None) -> Violation:
    a, b = earlier.assignment, later.assignment
    first, second = role(a.role), role(b.role)
    if a.person == b.person:
        both_en = f" (both as person '{a.person}')" if a.person else ""
        both_nl = f", beide via persoon '{a.person}'" if a.person else ""
        roles_en = f"{first.en} and {second.en}{both_en}"
        roles_nl = f"{first.nl} en {second.nl}{both_nl}"
    else:
        roles_en = f"{first.en}{_who_en(a.person)} and {second.en}{_who_en(b.person)}"
        roles_nl = f"{first.nl}{_who_nl(a.person)}, en {second.nl}{_who_nl(b.person)}"
    if session is None:
        scope_en, scope_nl = "Among the standing roles", "Bij de vaste rollen"
        related: tuple[str, ...] = (a.party,) if a.party is not None else ()
    else:
        scope_en, scope_nl = f"In session '{session}'", f"In bijeenkomst '{session}'"
        related = (session, a.party) if a.party is not None else (session,)
    ids = tuple(x.id for x in (b, a) if x.id is not None)
    return Violation(
        later.path,
        Text(
            f"{scope_en}, party '{a.party}' holds two roles that conflict: {roles_en}.",
            f"{scope_nl} heeft partij '{a.party}' twee rollen die botsen: {roles_nl}.",
        ),
        related=(*related, *ids),
    )


def _who_en(person: str | None) -> str:
    return f" (person '{person}')" if person else " (the party as a whole)"


def _who_nl(person: str | None) -> str:
    return f", via persoon '{person}'" if person else ", door de partij als geheel"
