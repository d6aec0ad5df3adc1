"""Derived views the stakeholder checks share: who holds which role, who is expected.

Each view is computed once per run through :meth:`Context.cached`, in one pass over
the design, so the checks stay linear in its size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping

import attrs

from plein.checks._api import Context
from plein.model import Path, Role, RoleAssignment, Session, Trajectory

__all__ = ["Count", "Held", "Roles", "expected_in", "headcounts", "roles"]

_KEY = "plein.checks.stakeholders"


@attrs.frozen
class Held:
    """A role assignment and where it stands: in a session, or standing for all."""

    path: Path
    assignment: RoleAssignment
    standing: bool


@attrs.frozen(eq=False)
class Roles:
    """The role assignments of a trajectory: the standing ones and each session's own.

    Standing assignments hold in every session. The indexes are built once (see
    :meth:`of`), so asking about every session stays linear in the design.
    """

    standing: tuple[Held, ...]
    by_session: tuple[tuple[Held, ...], ...]
    standing_by_party: Mapping[str, tuple[Held, ...]]
    standing_count: Mapping[Role, int]
    own_by_party: tuple[Mapping[str, frozenset[Role]], ...]

    @classmethod
    def of(cls, trajectory: Trajectory) -> Roles:
        """The role assignments of ``trajectory``, indexed."""
        standing = tuple(Held(("roles", i), a, True) for i, a in enumerate(trajectory.roles))
        by_session = tuple(
            tuple(Held(("sessions", s, "roles", i), a, False) for i, a in enumerate(session.roles))
            for s, session in enumerate(trajectory.sessions)
        )
        by_party: dict[str, list[Held]] = {}
        for held in standing:
            if held.assignment.party is not None:
                by_party.setdefault(held.assignment.party, []).append(held)
        own = []
        for items in by_session:
            roles_of: dict[str, set[Role]] = {}
            for held in items:
                if held.assignment.party is not None:
                    roles_of.setdefault(held.assignment.party, set()).add(held.assignment.role)
            own.append({party: frozenset(found) for party, found in roles_of.items()})
        return cls(
            standing,
            by_session,
            {party: tuple(items) for party, items in by_party.items()},
            Counter(held.assignment.role for held in standing),
            tuple(own),
        )

    def present(self, index: int) -> set[Role]:
        """The roles that are filled in the session at ``index``."""
        return set(self.standing_count) | {h.assignment.role for h in self.by_session[index]}

    def count(self, index: int, role: Role) -> int:
        """How many assignments of ``role`` hold in the session at ``index``."""
        own = sum(1 for h in self.by_session[index] if h.assignment.role == role)
        return self.standing_count.get(role, 0) + own

    def of_party(self, index: int, party: str) -> set[Role]:
        """The roles a party holds in the session at ``index``."""
        own = self.own_by_party[index].get(party, frozenset())
        return set(own) | {h.assignment.role for h in self.standing_by_party.get(party, ())}


def roles(ctx: Context) -> Roles:
    """Every role assignment, by session (computed once per run)."""
    return ctx.cached((_KEY, "roles"), lambda: Roles.of(ctx.trajectory))


@attrs.frozen
class Count:
    """How many people are expected: ``total`` of the known counts, and whether all are.

    ``total`` is None when no count at all is known. When ``complete`` is False the
    total is a lower bound: some party has no expected count.
    """

    total: int | None
    complete: bool

    @property
    def known(self) -> bool:
        """Whether there is a number to judge at all."""
        return self.total is not None


def headcounts(ctx: Context) -> tuple[dict[str, int | None], ...]:
    """For each session (by index), the expected count of each invited party.

    A party invited twice counts with the sum of its known counts; None means no count
    is given for it.
    """

    def compute() -> tuple[dict[str, int | None], ...]:
        return tuple(_by_party(session) for session in ctx.trajectory.sessions)

    return ctx.cached((_KEY, "headcounts"), compute)


def _by_party(session: Session) -> dict[str, int | None]:
    counts: dict[str, int | None] = {}
    for invited in session.parties:
        before = counts.get(invited.party)
        if invited.expected is None:
            counts.setdefault(invited.party, None)
        else:
            counts[invited.party] = (before or 0) + invited.expected.estimate
    return counts


def expected_in(counts: dict[str, int | None], parties: Collection[str] | None) -> Count:
    """The people expected among ``parties`` (None: everybody invited) of one session.

    A party that takes part but is not invited, or has no expected count, makes the
    count incomplete.
    """
    chosen = counts.keys() if parties is None else dict.fromkeys(parties)
    known = [counts.get(party) for party in chosen]
    numbers = [n for n in known if n is not None]
    return Count(sum(numbers) if numbers else None, len(numbers) == len(known))
