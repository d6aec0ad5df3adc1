"""What a check may judge: the kind of meeting, plan or record, and what is known.

Every family asks the same questions before it judges a session, and answers them here,
so that the checks agree:

- **Plan or record.** A held session (:attr:`~plein.model.Session.is_record`) is a record:
  it cannot be changed, so what it does not show is said once, as unverified, never as
  a breach. A session not yet held is a plan: what is missing is the designer's to fill
  in, a warning with a hint.
- **Kind of meeting.** The Plein's shape (an opening, work at tables, a harvest, clear
  agreements, a trust arc) is asked of working meetings, not of an information evening,
  a walk-in market, a formal board or council meeting or a site walk. See
  :data:`WORKING_KINDS`.
- **What the record gives.** ``notRecorded`` facts, and a programme cut off before its end,
  leave the checks that need them silent.
"""

from __future__ import annotations

from collections.abc import Iterator

from plein.model import (
    ParticipationLevel,
    ProgrammeStatus,
    Session,
    SessionKind,
    Trajectory,
    Unrecorded,
)

__all__ = [
    "FORMAL_KINDS",
    "INFORMING_KINDS",
    "WORKING_KINDS",
    "end_is_known",
    "highest_level",
    "is_working_meeting",
    "met_before",
    "roles_are_known",
]

#: Meetings where the parties work together: the Plein's shape applies in full.
WORKING_KINDS = frozenset(
    {
        SessionKind.PLEIN,
        SessionKind.WORKSHOP,
        SessionKind.CHARRETTE,
        SessionKind.CITIZENS_ASSEMBLY,
        SessionKind.WORKING_GROUP,
        SessionKind.COMMITTEE,
    }
)
#: Meetings that inform: presentations, questions, a market; nothing to harvest.
INFORMING_KINDS = frozenset(
    {SessionKind.INFORMATION_EVENING, SessionKind.INFORMATION_MARKET, SessionKind.SYMPOSIUM}
)
#: Formal meetings where an agreement is formalised: not a Plein, no trust arc.
FORMAL_KINDS = frozenset({SessionKind.BOARD_MEETING, SessionKind.COUNCIL_MEETING})


def highest_level(trajectory: Trajectory, session: Session) -> ParticipationLevel | None:
    """The highest rung of the ladder offered to a party at ``session``; None if unknown.

    Parties whose level is not recorded do not count; with none recorded, None.
    """
    levels = []
    for invited in session.parties:
        party = trajectory.party(invited.party)
        if party is not None and party.level is not None and invited.takes_part is not False:
            levels.append(party.level)
    return max(levels, key=lambda level: level.rank) if levels else None


def is_working_meeting(trajectory: Trajectory, session: Session) -> bool:
    """Whether the Plein's working shape (opening, harvest, agreements) is asked of it.

    Working kinds are; an informing or formal meeting is not; nor is a meeting where
    every party whose level is recorded is only informed.
    """
    if session.kind not in WORKING_KINDS:
        return False
    level = highest_level(trajectory, session)
    return level is None or level is not ParticipationLevel.INFORM


def end_is_known(session: Session) -> bool:
    """False when the record says the programme's end is not known, or gives no
    programme at all, or the programme was only a tentative plan."""
    return (
        session.records(Unrecorded.PROGRAMME_END)
        and session.records(Unrecorded.PROGRAMME)
        and session.programme_status is not ProgrammeStatus.TENTATIVE
        and bool(session.programme)
    )


def roles_are_known(session: Session) -> bool:
    """False when the record does not give the roles: ``notRecorded: [roles]``, or a held
    session that lists no role at all (a meeting that was held had someone leading it)."""
    if not session.records(Unrecorded.ROLES):
        return False
    return bool(session.roles) or not session.is_record


def met_before(trajectory: Trajectory, session: Session) -> Iterator[Session]:
    """Earlier sessions of the trajectory where parties of ``session`` already met.

    Earlier means dated surely before it (a later day of a multi-day series counts), or,
    undated, listed before it in the trajectory's ``after`` chain. Trust built there
    carries over: a standing group does not start from zero each time.
    """
    here = {p.party for p in session.parties if p.takes_part is not False}
    when = session.when
    ancestors = _ancestors(trajectory, session.id)
    for other in trajectory.sessions:
        if other.id == session.id:
            continue
        earlier = other.id in ancestors or (
            when is not None and other.when is not None and other.when.surely_before(when)
        )
        if not earlier:
            continue
        there = {p.party for p in other.parties if p.takes_part is not False}
        if here & there or (not here and not there and session.kind == other.kind):
            yield other


def _ancestors(trajectory: Trajectory, node_id: str) -> set[str]:
    seen: set[str] = set()
    todo = [node_id]
    while todo:
        node = trajectory.node(todo.pop())
        if node is None:
            continue
        for before in node.after:
            if before not in seen:
                seen.add(before)
                todo.append(before)
    return seen
