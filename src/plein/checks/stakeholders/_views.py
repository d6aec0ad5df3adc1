"""Derived views the stakeholder checks share: who holds which role, who is expected.

Each view is computed once per run through :meth:`Context.cached`, in one pass over
the design, so the checks stay linear in its size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping

import attrs

from plein.checks._api import Context
from plein.model import Count, Path, Role, RoleAssignment, Session, SessionParty, Trajectory

__all__ = [
    "Held",
    "Roles",
    "Tally",
    "headcounts",
    "party_count",
    "people_in",
    "roles",
    "session_total",
]

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
class Tally:
    """How many people there are among some parties: ``total`` of the known counts.

    ``total`` is None when no count at all is known. When ``complete`` is False the
    total is a lower bound: some party has no count. Counts keep their precision
    (``~130``, ``>60``); judge them with ``surely_at_least`` and ``surely_at_most``.
    """

    total: Count | None
    complete: bool

    @property
    def known(self) -> bool:
        """Whether there is a number to judge at all."""
        return self.total is not None

    @property
    def surely_above(self) -> int:
        """A number the people are surely not below (0 when nothing is known)."""
        return self.total.surely_at_least if self.total is not None else 0

    @property
    def surely_below(self) -> int | None:
        """A number the people are surely not above, or None when that is not known."""
        if self.total is None or not self.complete:
            return None
        return self.total.surely_at_most


def party_count(trajectory: Trajectory, session: Session, invited: SessionParty) -> Count | None:
    """The people of one invited party: seen on a record, else expected, else what the
    party brings (its ``headcount``); None when no count is given."""
    if invited.takes_part is False:
        return Count.of(0)
    if session.is_record and invited.attended is not None:
        return invited.attended
    if invited.expected is not None:
        return invited.expected
    party = trajectory.party(invited.party)
    return party.headcount if party is not None else None


def headcounts(ctx: Context) -> tuple[dict[str, Count | None], ...]:
    """For each session (by index), the count of each invited party (see
    :func:`party_count`). A party listed twice counts with the sum of its counts."""

    def compute() -> tuple[dict[str, Count | None], ...]:
        return tuple(_by_party(ctx.trajectory, session) for session in ctx.trajectory.sessions)

    return ctx.cached((_KEY, "headcounts"), compute)


def _by_party(trajectory: Trajectory, session: Session) -> dict[str, Count | None]:
    counts: dict[str, Count | None] = {}
    for invited in session.parties:
        count = party_count(trajectory, session, invited)
        before = counts.get(invited.party)
        if count is None:
            counts.setdefault(invited.party, None)
        else:
            counts[invited.party] = count if before is None else before + count
    return counts


def session_total(session: Session) -> Count | None:
    """The session's own total: seen on a record, else expected; None if not given."""
    if session.is_record and session.attended is not None:
        return session.attended
    return session.expected


def people_in(
    session: Session, counts: dict[str, Count | None], parties: Collection[str] | None
) -> Tally:
    """The people among ``parties`` (None: everybody at the session) of one session.

    For everybody, the session's own total wins when it gives one. A party that takes
    part but is not listed, or has no count, makes the tally incomplete.
    """
    if parties is None:
        total = session_total(session)
        if total is not None:
            return Tally(total, True)
    chosen = counts.keys() if parties is None else dict.fromkeys(parties)
    known = [counts.get(party) for party in chosen]
    numbers = [n for n in known if n is not None]
    if not numbers:
        return Tally(None, False)
    total = numbers[0]
    for number in numbers[1:]:
        total = total + number
    return Tally(total, len(numbers) == len(known))
