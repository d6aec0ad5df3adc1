"""The participation ladder: what each rung commits the trajectory to, and where it falls short.

Each party stands on a rung (``Party.level``), and each rung comes with a commitment
(a :class:`Commitment`):

* at **advise** (and above), a deviation from what was agreed must be motivated: an
  agreement the party is involved in whose ``outcome`` is ``adapted`` or
  ``not-adopted`` records a ``motivation`` (the parties that decide for the
  municipality, see below, are not owed one);
* at **co-produce**, the agreed solution binds: once the trajectory has agreements, the
  party is one of the ``parties`` of at least one ``binding`` agreement;
* at **co-decide**, the decision is the participants': an agreement that
  ``needsMandate`` or has an ``outcome`` lists, among its ``parties``, every
  co-deciding party at the session's table, except the parties that decide for the
  municipality (those holding a decision-maker or issue-owner role, the issue's owner,
  and whoever decided the outcome);
* at **inform**, a party is not asked to decide: it is not among the ``parties`` of an
  agreement that needs a mandate, nor a listed participant of a block whose work
  format is for choosing or agreeing.

The parties *involved* in an agreement are its ``parties``, or, when it lists none,
the parties at the table of the session that made it.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterator, Mapping

import attrs

from plein.model import (
    Agreement,
    OutcomeStatus,
    ParticipationLevel,
    Party,
    Path,
    Role,
    Session,
    Trajectory,
)
from plein.trust._content import Unit, at_table, is_content, units
from plein.workformats import Catalogue, Purpose

__all__ = [
    "DECIDING_PURPOSES",
    "MUNICIPAL_DECIDERS",
    "Commitment",
    "LadderGap",
    "informed_parties_deciding",
    "involved_parties",
    "ladder_gaps",
    "unbound_co_producers",
    "unmotivated_deviations",
    "unowned_decisions",
]

#: The purposes that make a block one where its participants decide.
DECIDING_PURPOSES = frozenset({Purpose.CHOOSE, Purpose.AGREE})

#: The roles whose holders decide for the municipality rather than as participants.
MUNICIPAL_DECIDERS = frozenset({Role.DECISION_MAKER, Role.ISSUE_OWNER})


class Commitment(enum.StrEnum):
    """What a rung of the participation ladder commits the trajectory to."""

    MOTIVATED_DEVIATION = "motivated-deviation"  # advise
    BINDING_AGREEMENT = "binding-agreement"  # co-produce
    OWNED_DECISION = "owned-decision"  # co-decide
    NOT_DECIDING = "not-deciding"  # inform


@attrs.frozen
class LadderGap:
    """One place where the trajectory falls short of what a rung commits it to."""

    commitment: Commitment
    #: Where in the design: the most specific place the gap shows.
    path: Path
    #: The parties whose rung is not honoured.
    parties: tuple[str, ...]
    session: str | None = None
    agreement: str | None = None
    block: str | None = None


def involved_parties(
    trajectory: Trajectory, session: Session, agreement: Agreement
) -> tuple[Party, ...]:
    """The known parties of an agreement: its ``parties``, else the session's table."""
    ids = agreement.parties or at_table(session)
    found = (trajectory.party(party_id) for party_id in dict.fromkeys(ids))
    return tuple(party for party in found if party is not None)


def unmotivated_deviations(
    trajectory: Trajectory,
    from_level: ParticipationLevel = ParticipationLevel.ADVISE,
    exempt_roles: Collection[Role] = MUNICIPAL_DECIDERS,
) -> tuple[LadderGap, ...]:
    """Agreements with an adapted or not-adopted outcome and no motivation.

    Only agreements that involve a party at ``from_level`` or higher on the ladder
    that did not decide the outcome itself: the party named in ``outcome.by``, the
    issue's owner and the holders of ``exempt_roles`` (for the trajectory or in the
    session) decide for the municipality and are not owed a reason by it.
    """
    deciders = _Deciders.of(trajectory, exempt_roles)
    gaps = []
    for path, session, agreement in trajectory.agreements():
        outcome = agreement.outcome
        if outcome is None or outcome.status is OutcomeStatus.ADOPTED:
            continue
        if outcome.motivation is not None and outcome.motivation.strip():
            continue
        excluded = deciders.in_session(session) | {deciders.party_of(outcome.by)}
        owed = tuple(
            party.id
            for party in involved_parties(trajectory, session, agreement)
            if party.level is not None
            and party.level.rank >= from_level.rank
            and party.id not in excluded
        )
        if owed:
            gaps.append(
                LadderGap(
                    Commitment.MOTIVATED_DEVIATION,
                    (*path, "outcome", "motivation"),
                    owed,
                    session=session.id,
                    agreement=agreement.id,
                )
            )
    return tuple(gaps)


def unbound_co_producers(trajectory: Trajectory) -> tuple[LadderGap, ...]:
    """Co-producing parties that are part of no binding agreement, once there are any."""
    bound: set[str] = set()
    any_agreement = False
    for _, _, agreement in trajectory.agreements():
        any_agreement = True
        if agreement.binding:
            bound.update(agreement.parties)
    if not any_agreement:
        return ()
    return tuple(
        LadderGap(Commitment.BINDING_AGREEMENT, ("parties", i, "level"), (party.id,))
        for i, party in enumerate(trajectory.parties)
        if party.level is ParticipationLevel.CO_PRODUCE and party.id not in bound
    )


def _party_of(trajectory: Trajectory, roles: Mapping[str, str], owner: str | None) -> str | None:
    if owner is None:
        return None
    if trajectory.party(owner) is not None:
        return owner
    return roles.get(owner)


@attrs.frozen
class _Deciders:
    """Who decides for the municipality: holders of the exempt roles, and the issue owner."""

    trajectory: Trajectory = attrs.field(eq=False)
    exempt: frozenset[Role]
    standing: frozenset[str]
    roles: Mapping[str, str] = attrs.field(hash=False)  # role assignment id -> party

    @classmethod
    def of(cls, trajectory: Trajectory, exempt_roles: Collection[Role]) -> _Deciders:
        """The deciders of ``trajectory``, with the roles in ``exempt_roles``."""
        exempt = frozenset(Role(role) for role in exempt_roles)
        roles: dict[str, str] = {}
        for _, assignment in trajectory.role_assignments():
            if assignment.id is not None and assignment.party is not None:
                roles.setdefault(assignment.id, assignment.party)
        standing = {a.party for a in trajectory.roles if a.role in exempt and a.party is not None}
        owner = _party_of(trajectory, roles, trajectory.issue.owner)
        if owner is not None:
            standing.add(owner)
        return cls(trajectory, exempt, frozenset(standing), roles)

    def party_of(self, owner: str | None) -> str | None:
        """The party an owner id names: the party itself, or a role assignment's party."""
        return _party_of(self.trajectory, self.roles, owner)

    def in_session(self, session: Session) -> set[str | None]:
        """The parties that decide for the municipality in ``session``."""
        here = {a.party for a in session.roles if a.role in self.exempt}
        return {*self.standing, *here}


def unowned_decisions(
    trajectory: Trajectory, exempt_roles: Collection[Role] = MUNICIPAL_DECIDERS
) -> tuple[LadderGap, ...]:
    """Mandate or outcome agreements that leave out a co-deciding party at the table.

    Parties holding one of ``exempt_roles`` (for the trajectory, or in the session),
    the issue's owner and the party that decided the outcome are not asked to be listed.
    """
    deciders = _Deciders.of(trajectory, exempt_roles)
    gaps = []
    for s, session in enumerate(trajectory.sessions):
        excluded = deciders.in_session(session)
        co_deciding = [
            party_id
            for party_id in at_table(session)
            if (party := trajectory.party(party_id)) is not None
            and party.level is ParticipationLevel.CO_DECIDE
            and party_id not in excluded
        ]
        if not co_deciding:
            continue
        for a, agreement in enumerate(session.agreements):
            if not agreement.needs_mandate and agreement.outcome is None:
                continue
            by = agreement.outcome.by if agreement.outcome is not None else None
            decided = deciders.party_of(by)
            listed = set(agreement.parties)
            missing = tuple(
                party_id
                for party_id in co_deciding
                if party_id not in listed and party_id != decided
            )
            if missing:
                gaps.append(
                    LadderGap(
                        Commitment.OWNED_DECISION,
                        ("sessions", s, "agreements", a, "parties"),
                        missing,
                        session=session.id,
                        agreement=agreement.id,
                    )
                )
    return tuple(gaps)


def _decides(unit: Unit) -> bool:
    return unit.format is not None and not DECIDING_PURPOSES.isdisjoint(unit.format.purposes)


def informed_parties_deciding(trajectory: Trajectory, formats: Catalogue) -> tuple[LadderGap, ...]:
    """Parties at *inform* that are asked to decide, one gap for each place they are.

    They are among the ``parties`` of an agreement that needs a mandate, or a listed
    participant of a block (or track) whose work format is for choosing or agreeing.
    """
    informed = {p.id for p in trajectory.parties if p.level is ParticipationLevel.INFORM}
    if not informed:
        return ()
    return tuple(_informed(trajectory, formats, informed))


def _informed(
    trajectory: Trajectory, formats: Catalogue, informed: set[str]
) -> Iterator[LadderGap]:
    not_deciding = Commitment.NOT_DECIDING
    for path, session, agreement in trajectory.agreements():
        if not agreement.needs_mandate:
            continue
        for j, party_id in enumerate(agreement.parties):
            if party_id in informed:
                yield LadderGap(
                    not_deciding,
                    (*path, "parties", j),
                    (party_id,),
                    session=session.id,
                    agreement=agreement.id,
                )
    for path, session, block in trajectory.blocks():
        if not is_content(block, formats):
            continue
        parts = units(block, formats)
        if block.participants and any(_decides(unit) for unit in parts):
            for j, party_id in enumerate(block.participants):
                if party_id in informed:
                    yield LadderGap(
                        not_deciding,
                        (*path, "participants", j),
                        (party_id,),
                        session=session.id,
                        block=block.id,
                    )
        for t, track in enumerate(block.tracks):
            if not _decides(parts[t]):
                continue
            for j, party_id in enumerate(track.participants):
                if party_id in informed:
                    yield LadderGap(
                        not_deciding,
                        (*path, "tracks", t, "participants", j),
                        (party_id,),
                        session=session.id,
                        block=track.id,
                    )


def ladder_gaps(trajectory: Trajectory, formats: Catalogue) -> tuple[LadderGap, ...]:
    """Every gap between the ladder and the design, with the default rules, rung by rung."""
    return (
        *unmotivated_deviations(trajectory),
        *unbound_co_producers(trajectory),
        *unowned_decisions(trajectory),
        *informed_parties_deciding(trajectory, formats),
    )
