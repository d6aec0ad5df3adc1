"""TR112: a decision comes shortly before the session that informs or consults on it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks._scope import INFORMING_KINDS, highest_level
from plein.checks.trust._words import quoted
from plein.model import (
    ParticipationLevel,
    Session,
    SessionStatus,
    Step,
    StepStatus,
    Trajectory,
)

__all__ = ["DecidedBeforeParticipation"]

#: The rungs at which parties are told or asked, not given a share in the decision.
_LOW = frozenset({ParticipationLevel.INFORM, ParticipationLevel.CONSULT})


def _positive(value: Any) -> bool:
    return isinstance(value, int) and value > 0


class DecidedBeforeParticipation(Check):
    """## What it checks

    A decision step of the trajectory (a college, council or other decision) that
    comes shortly before a session it precedes in the graph (directly or through
    other steps), within `days` days, where the parties are informed or consulted:
    the parties at the table stand at `inform` or `consult` on the participation
    ladder, or, with no level recorded, the session is an information evening, an
    information market or a symposium. Each decision is named once, with the
    sessions it comes before. It is an observation (info), not a breach.

    Dates are compared at their precision: the decision must surely come on or before
    the session's day, and surely within `days` days of it. An undated decision or
    session, a cancelled or postponed one, is not judged.

    ## Why it matters

    Participation is worth the evening when what people say can still change
    something. When the college fixes a design the day before the first information
    evening, residents are told about a choice already made, however open the
    evening's questions: the room for influence is small. A facilitator would point it
    out to the client, and the invitation should say honestly what is still open.

    ## On a plan and on a record

    On a plan, the finding invites the designer to move the decision after the
    session, or to say in the invitation what is still open. On a record it notes how
    little room for influence the session had; there is nothing to change.
    """

    code = "TR112"
    slug = "decided-before-participation"
    severity = Severity.INFO
    summary = Text(
        "A decision comes shortly before the session that informs or consults on it.",
        "Een besluit valt kort vóór de bijeenkomst die erover informeert of raadpleegt.",
    )
    hint = Text(
        "Move the decision after the session, or say in the invitation what is already "
        "decided and what is still open to influence.",
        "Leg het besluit na de bijeenkomst, of zeg in de uitnodiging wat al besloten is en "
        "waarop mensen nog invloed hebben.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "days": Option(
            30,
            "how many days before a session a decision counts as shortly before it",
            valid=_positive,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        trajectory = ctx.trajectory
        days = ctx.option("days")
        followers = _followers(trajectory)
        for i, step in enumerate(trajectory.steps):
            if not step.kind.is_decision or step.when is None:
                continue
            if step.status in (StepStatus.CANCELLED, StepStatus.POSTPONED):
                continue
            soon = [
                session
                for session in _sessions_after(trajectory, followers, step)
                if _soon_after(step, session, days) and _informs(trajectory, session)
            ]
            if soon:
                yield _violation(i, step, soon)


def _followers(trajectory: Trajectory) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for node in trajectory.nodes():
        for before in node.after:
            found.setdefault(before, []).append(node.id)
    return found


def _sessions_after(
    trajectory: Trajectory, followers: dict[str, list[str]], step: Step
) -> list[Session]:
    seen: set[str] = set()
    todo = list(followers.get(step.id, ()))
    found: list[Session] = []
    while todo:
        node_id = todo.pop(0)
        if node_id in seen:
            continue
        seen.add(node_id)
        node = trajectory.node(node_id)
        if isinstance(node, Session):
            found.append(node)
        todo.extend(followers.get(node_id, ()))
    return found


def _soon_after(step: Step, session: Session, days: int) -> bool:
    decided, held = step.when, session.when
    if decided is None or held is None:
        return False
    if session.state in (SessionStatus.CANCELLED, SessionStatus.POSTPONED):
        return False
    return decided.latest <= held.earliest and (held.latest - decided.earliest).in_days() <= days


def _informs(trajectory: Trajectory, session: Session) -> bool:
    level = highest_level(trajectory, session)
    if level is None:
        return session.kind in INFORMING_KINDS
    return level in _LOW


def _violation(i: int, step: Step, sessions: list[Session]) -> Violation:
    first = sessions[0]
    gap = first.when.earliest.diff(step.when.latest).in_days() if first.when and step.when else 0
    names = quoted(s.id for s in sessions)
    one = len(sessions) == 1
    when = Text(
        "the same day as" if gap == 0 else f"{gap} day{'s' if gap != 1 else ''} before",
        "op dezelfde dag als" if gap == 0 else f"{gap} dag{'en' if gap != 1 else ''} vóór",
    )
    return Violation(
        ("steps", i),
        Text(
            f"Decision '{step.id}' ({step.when}) comes {when.en} "
            f"{'session' if one else 'sessions'} {names}, where the parties are informed "
            "or consulted: they hear about a choice already made, and the room for "
            "influence is small.",
            f"Besluit '{step.id}' ({step.when}) valt {when.nl} "
            f"{'bijeenkomst' if one else 'bijeenkomsten'} {names}, waar de partijen "
            "worden geïnformeerd of geraadpleegd: zij horen over een keuze die al is "
            "gemaakt, en de ruimte voor invloed is klein.",
        ),
        related=(step.id, *(s.id for s in sessions)),
    )
