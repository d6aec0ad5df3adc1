"""What the trust checks know of a session before they judge it.

Beside the shared answers of :mod:`plein.checks._scope`, the trust family asks:

- **What trust does the group bring?** (:func:`brought_trust`) Parties that met in an
  earlier session of the trajectory are introduced, and bring what they practised
  there; when what they did there cannot be read, it cannot be told.
- **Is there a safe channel?** (:func:`safe_channel`) In the session, or before it: a
  survey or online input the session follows gave everyone a way to give input
  outside the room. Unknown when the record does not give its safety measures or
  its programme, or a block of unknown format may have been one.
- **Is the programme known from start to end?** (:func:`programme_known`) A record
  whose programme is a summary (its end not known, only tentative, not given) shows
  neither how the session opened nor how it closed.
"""

from __future__ import annotations

from collections.abc import Iterable

from plein.checks._api import Context
from plein.checks._scope import end_is_known, met_before
from plein.checks.trust._views import arcs
from plein.model import Session, Step, StepKind, Trajectory, Unrecorded
from plein.trust import Trust, TrustArc, has_safe_channel, trust_arc
from plein.workformats import Catalogue, Exposure

__all__ = [
    "INPUT_STEPS",
    "brought_trust",
    "carried_over",
    "earlier_meetings",
    "programme_known",
    "safe_channel",
]

#: Steps in which everyone can give input outside the room: a survey, online input.
INPUT_STEPS = frozenset({StepKind.SURVEY, StepKind.ONLINE_INPUT})


def carried_over(earlier: Iterable[TrustArc]) -> Trust | None:
    """The trust a group brings from the earlier sessions where its parties met.

    With no earlier session, none (:class:`~plein.trust.Trust` at level 0). Otherwise
    the group is introduced, and has practised the most that any earlier session
    practised. None when that cannot be told: an earlier session gives no programme,
    or a block of it has an unknown work format (it may have been table work).

    >>> carried_over([]) == Trust()
    True
    """
    found = list(earlier)
    if not found:
        return Trust()
    practised = Exposure.LISTENING
    for arc in found:
        if not arc.steps or arc.unknown():
            return None
        practised = max(practised, arc.end.practised, key=lambda exposure: exposure.rank)
    return Trust(introduced=True, practised=practised)


def earlier_meetings(ctx: Context, session: Session) -> tuple[Session, ...]:
    """The earlier sessions of the trajectory where parties of ``session`` met (cached)."""
    return ctx.cached(
        ("plein.checks.trust", "met-before", session.id),
        lambda: tuple(met_before(ctx.trajectory, session)),
    )


def brought_trust(ctx: Context, session: Session) -> Trust | None:
    """The trust the group of ``session`` brings from earlier meetings; None if unknown."""
    index = {s.id: i for i, s in enumerate(ctx.trajectory.sessions)}
    every = arcs(ctx)
    return carried_over(every[index[other.id]] for other in earlier_meetings(ctx, session))


def programme_known(session: Session) -> bool:
    """Whether the programme is known from its start to its end.

    A plan's programme is the design; a record's is known when it gives a programme
    whose end is known and that was not only a tentative plan.
    """
    return end_is_known(session) or (not session.is_record and bool(session.programme))


def _input_before(trajectory: Trajectory, session: Session) -> Step | None:
    seen: set[str] = set()
    todo = list(session.after)
    while todo:
        node_id = todo.pop()
        if node_id in seen:
            continue
        seen.add(node_id)
        node = trajectory.node(node_id)
        if isinstance(node, Step) and node.kind in INPUT_STEPS:
            return node
        if node is not None:
            todo.extend(node.after)
    return None


def safe_channel(trajectory: Trajectory, session: Session, formats: Catalogue) -> bool | None:
    """Whether what must be said has a safe channel for ``session``; None if unknown.

    True when the session has one (:func:`plein.trust.has_safe_channel`: a measure, a
    block of written or one-to-one input, small groups first), or when it follows a
    survey or online input anywhere earlier in the trajectory. None when it cannot be
    told: the record does not give its safety measures or its programme, or a content
    block whose work format is unknown may have been one.
    """
    if has_safe_channel(session, formats) or _input_before(trajectory, session) is not None:
        return True
    if not (session.records(Unrecorded.SAFETY) and session.records(Unrecorded.PROGRAMME)):
        return None
    if session.is_record and not session.programme:
        return None
    if trust_arc(session, formats).unknown():
        return None
    return False
