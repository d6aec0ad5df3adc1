"""What the follow-up checks share: every action and promise, how to name it, its dates.

The view is built once per run (through :meth:`Context.cached`) so that every check of
the family stays linear in the size of the design.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs
import pendulum

from plein.checks._api import Context, Text
from plein.model import (
    Due,
    FollowUp,
    Path,
    Promise,
    Role,
    RoleAssignment,
    Session,
    Trajectory,
)

__all__ = [
    "Entry",
    "FollowUps",
    "by_session",
    "days",
    "describe_due",
    "due_key",
    "follow_ups",
    "length",
    "listed",
    "node_name",
]


@attrs.frozen
class Entry:
    """One action or promise, where it stands, and the session and agreement it is of."""

    path: Path
    session: Session
    item: FollowUp
    agreement: str | None  # the agreement's id; None for a promise
    #: The last day it is due; None when it has no due moment or the moment does not resolve.
    due_date: pendulum.Date | None

    @property
    def is_promise(self) -> bool:
        """True for an organiser's promise, False for an action of an agreement."""
        return isinstance(self.item, Promise)

    @property
    def name(self) -> Text:
        """The item as the subject of a sentence: kind, id and where it was made."""
        if self.is_promise:
            return Text(
                f"Promise {self.item.id} (session {self.session.id})",
                f"Toezegging {self.item.id} (bijeenkomst {self.session.id})",
            )
        return Text(
            f"Action {self.item.id} (agreement {self.agreement}, session {self.session.id})",
            f"Actiepunt {self.item.id} (afspraak {self.agreement}, bijeenkomst {self.session.id})",
        )

    @property
    def kind(self) -> Text:
        """The kind of item, lower case: action or promise."""
        return Text("promise", "toezegging") if self.is_promise else Text("action", "actiepunt")


@attrs.frozen
class FollowUps:
    """Every action and promise of a trajectory, with the lookups the checks need."""

    entries: tuple[Entry, ...]
    by_id: Mapping[str, Entry] = attrs.field(hash=False)
    roles_by_id: Mapping[str, RoleAssignment] = attrs.field(hash=False)
    party_roles: Mapping[str, frozenset[Role]] = attrs.field(hash=False)


def follow_ups(ctx: Context) -> FollowUps:
    """The shared view of the design's actions and promises, built once per run."""
    return ctx.cached(("FU", "follow-ups"), lambda: _build(ctx.trajectory))


def _build(trajectory: Trajectory) -> FollowUps:
    def due(item: FollowUp, session: Session) -> pendulum.Date | None:
        return trajectory.due_date(item.due, session) if item.due is not None else None

    entries: list[Entry] = []
    for path, session, agreement in trajectory.agreements():
        for i, action in enumerate(agreement.actions):
            where = (*path, "actions", i)
            entries.append(Entry(where, session, action, agreement.id, due(action, session)))
    for s, session in enumerate(trajectory.sessions):
        for i, promise in enumerate(session.promises):
            where = ("sessions", s, "promises", i)
            entries.append(Entry(where, session, promise, None, due(promise, session)))
    by_id: dict[str, Entry] = {}
    for entry in entries:
        by_id.setdefault(entry.item.id, entry)
    roles_by_id: dict[str, RoleAssignment] = {}
    party_roles: dict[str, set[Role]] = {}
    for _, assignment in trajectory.role_assignments():
        if assignment.id is not None:
            roles_by_id.setdefault(assignment.id, assignment)
        if assignment.party is not None:
            party_roles.setdefault(assignment.party, set()).add(assignment.role)
    return FollowUps(
        tuple(entries),
        by_id,
        roles_by_id,
        {party: frozenset(roles) for party, roles in party_roles.items()},
    )


def by_session(entries: Iterable[Entry]) -> list[list[Entry]]:
    """Entries grouped by the session that made them, in design order: a record's gaps are
    said once per session, not once per item."""
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.session.id, []).append(entry)
    return list(groups.values())


def listed(entries: Sequence[Entry]) -> str:
    """The ids of some entries, comma-separated: ``count, report``."""
    return ", ".join(entry.item.id for entry in entries)


def days(count: int) -> Text:
    """A number of days in both languages: ``1 day``, ``3 days``; ``1 dag``, ``3 dagen``."""
    return Text(
        f"{count} day" if count == 1 else f"{count} days",
        f"{count} dag" if count == 1 else f"{count} dagen",
    )


def node_name(trajectory: Trajectory, node_id: str) -> Text:
    """A session or step by kind and id, lower case: ``session s2``, ``step decision``."""
    node = trajectory.node(node_id)
    if isinstance(node, Session):
        return Text(f"session {node_id}", f"bijeenkomst {node_id}")
    if node is not None:
        return Text(f"step {node_id}", f"stap {node_id}")
    return Text(f"'{node_id}'", f"'{node_id}'")


def length(span: pendulum.Duration) -> Text:
    """A length of time in whole weeks, else days, else hours: ``6 weeks``, ``6 weken``."""
    total = span.in_days()
    if total and total % 7 == 0:
        weeks = total // 7
        return Text(
            f"{weeks} week" if weeks == 1 else f"{weeks} weeks",
            f"{weeks} week" if weeks == 1 else f"{weeks} weken",
        )
    if total:
        return days(total)
    hours = max(1, span.in_hours())
    return Text(
        f"{hours} hour" if hours == 1 else f"{hours} hours",
        f"{hours} uur",
    )


def describe_due(trajectory: Trajectory, due: Due, resolved: pendulum.Date | None) -> Text:
    """The due moment as written, with the date it comes to where that differs.

    English follows "is": ``due on 2026-03-01``, ``due before session s2 (by
    2026-03-09)``, ``due within 6 weeks of the session (by 2026-04-23)``. Dutch follows
    "moet klaar zijn": ``op 2026-03-01``, ``vóór bijeenkomst s2 (uiterlijk 2026-03-09)``.
    """
    by = Text(f" (by {resolved})", f" (uiterlijk {resolved})") if resolved else Text("", "")
    if due.on is not None:
        return Text(f"due on {due.on}", f"op {due.on}")
    if due.within is not None:
        span = length(due.within)
        return Text(
            f"due within {span.en} of the session{by.en}",
            f"binnen {span.nl} na de bijeenkomst{by.nl}",
        )
    node = node_name(trajectory, due.reference or "")
    if due.before is not None:
        return Text(f"due before {node.en}{by.en}", f"vóór {node.nl}{by.nl}")
    return Text(f"due at {node.en}{by.en}", f"bij {node.nl}{by.nl}")


def due_key(due: Due) -> str:
    """The attribute of a due moment that is set: ``on``, ``before``, ``at`` or ``within``."""
    if due.on is not None:
        return "on"
    if due.before is not None:
        return "before"
    return "at" if due.at is not None else "within"
