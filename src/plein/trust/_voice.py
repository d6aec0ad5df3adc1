"""Voice: who gets a block where they speak, and whether voices are evened out first.

A party **speaks** in a session when it takes part in a content block whose work format
asks more than listening (a block without ``participants`` includes everybody at the
table; a track counts for its own participants), or when a block or track lists it
among its ``speakers``. A party category speaks when any of its parties does.

Where **decision-makers or officials** (parties of the categories administration,
council or civil-servant, or holders of the decision-maker role) sit with residents,
the residents are heard best after a format that evens out voices: work in pairs or
small groups. An **open plenary debate** is a block that asks speaking in plenary or a
public position and whose work format is for exploring, deepening or weighing options.
"""

from __future__ import annotations

import attrs

from plein.model import PartyCategory, Role, Session, Trajectory
from plein.trust._content import LEVELLING, Unit, at_table, content_blocks, units
from plein.workformats import Catalogue, Exposure, Purpose

__all__ = [
    "DEBATE_PURPOSES",
    "OFFICIAL_CATEGORIES",
    "Voice",
    "is_open_debate",
    "officials",
    "voice",
    "voices",
]

#: Party categories that sit at the table as decision-makers or officials.
OFFICIAL_CATEGORIES = frozenset(
    {PartyCategory.ADMINISTRATION, PartyCategory.COUNCIL, PartyCategory.CIVIL_SERVANT}
)

#: The purposes that make a plenary block an open debate (not a harvest or a round).
DEBATE_PURPOSES = frozenset({Purpose.EXPLORE, Purpose.DEEPEN, Purpose.WEIGH_OPTIONS})

_DEBATE_EXPOSURES = frozenset({Exposure.SPEAKING_IN_PLENARY, Exposure.PUBLIC_DILEMMA})


@attrs.frozen
class Voice:
    """Who speaks in one session, and where voices are evened out.

    Party ids keep the order in which the session invites them.
    """

    session: str
    #: The parties invited and expected to come.
    at_table: tuple[str, ...]
    #: Of those, the parties that get a block where they speak.
    heard: tuple[str, ...]
    #: Of the others, those that take part in a block whose work format is unknown.
    unclear: tuple[str, ...]
    #: Each category at the table with its parties there, in order of first invitation.
    categories: tuple[tuple[PartyCategory, tuple[str, ...]], ...]
    #: The parties at the table that are decision-makers or officials.
    officials: tuple[str, ...]
    #: The parties at the table that are residents.
    residents: tuple[str, ...]
    #: Programme index of the first block in pairs or small groups, if any.
    first_levelling: int | None
    #: Programme index of the first open plenary debate, if any.
    first_debate: int | None

    @property
    def unheard(self) -> tuple[str, ...]:
        """The parties at the table known to get no block where they speak."""
        spoken = set(self.heard) | set(self.unclear)
        return tuple(party for party in self.at_table if party not in spoken)

    @property
    def categories_heard(self) -> tuple[PartyCategory, ...]:
        """The categories at the table of which at least one party speaks."""
        heard = set(self.heard)
        return tuple(cat for cat, parties in self.categories if heard.intersection(parties))

    @property
    def categories_unheard(self) -> tuple[PartyCategory, ...]:
        """The categories at the table of which no party speaks, nor may speak."""
        spoken = set(self.heard) | set(self.unclear)
        return tuple(cat for cat, parties in self.categories if not spoken.intersection(parties))

    def parties_of(self, category: PartyCategory) -> tuple[str, ...]:
        """The parties of ``category`` at the table."""
        return next((parties for cat, parties in self.categories if cat == category), ())

    @property
    def mixed(self) -> bool:
        """Whether decision-makers or officials sit at the table with residents."""
        return bool(self.officials) and bool(self.residents)

    @property
    def levelled_first(self) -> bool | None:
        """Whether voices are evened out before the first open plenary debate.

        None when the question does not arise: no officials sit with residents, or
        there is no open plenary debate.
        """
        if not self.mixed or self.first_debate is None:
            return None
        return self.first_levelling is not None and self.first_levelling < self.first_debate


def officials(trajectory: Trajectory, session: Session) -> frozenset[str]:
    """The parties at the table of ``session`` that are decision-makers or officials.

    Parties of the official categories, and parties holding the decision-maker role
    (for the whole trajectory or in this session).
    """
    return _officials(trajectory, session, _standing_deciders(trajectory))


def _standing_deciders(trajectory: Trajectory) -> frozenset[str]:
    return frozenset(
        a.party for a in trajectory.roles if a.role is Role.DECISION_MAKER and a.party is not None
    )


def _officials(
    trajectory: Trajectory, session: Session, standing: frozenset[str]
) -> frozenset[str]:
    found = set(standing)
    found.update(
        a.party for a in session.roles if a.role is Role.DECISION_MAKER and a.party is not None
    )
    for party_id in at_table(session):
        party = trajectory.party(party_id)
        if party is not None and party.category in OFFICIAL_CATEGORIES:
            found.add(party_id)
    return frozenset(party for party in at_table(session) if party in found)


def is_open_debate(parts: tuple[Unit, ...]) -> bool:
    """Whether a block (its units) is an open plenary debate."""
    return any(
        unit.format is not None
        and unit.format.exposure in _DEBATE_EXPOSURES
        and not DEBATE_PURPOSES.isdisjoint(unit.format.purposes)
        for unit in parts
    )


def _levels(parts: tuple[Unit, ...]) -> bool:
    return all(unit.format is not None and unit.format.exposure in LEVELLING for unit in parts)


def voice(trajectory: Trajectory, session: Session, formats: Catalogue) -> Voice:
    """Who speaks in ``session``, its work formats looked up in ``formats``."""
    return _voice(trajectory, session, formats, _standing_deciders(trajectory))


def voices(trajectory: Trajectory, formats: Catalogue) -> tuple[Voice, ...]:
    """The :class:`Voice` of every session, in design order."""
    standing = _standing_deciders(trajectory)
    return tuple(_voice(trajectory, s, formats, standing) for s in trajectory.sessions)


def _voice(
    trajectory: Trajectory, session: Session, formats: Catalogue, standing: frozenset[str]
) -> Voice:
    table = at_table(session)
    heard: set[str] = set()
    unclear: set[str] = set()
    first_levelling: int | None = None
    first_debate: int | None = None
    for index, block in content_blocks(session, formats):
        parts = units(block, formats)
        for unit in parts:
            heard.update(unit.speakers)
            who = table if unit.participants is None else unit.participants
            if unit.format is None:
                unclear.update(who)
            elif unit.format.exposure is not Exposure.LISTENING:
                heard.update(who)
        if first_levelling is None and _levels(parts):
            first_levelling = index
        if first_debate is None and is_open_debate(parts):
            first_debate = index
    by_category: dict[PartyCategory, list[str]] = {}
    deciders = _officials(trajectory, session, standing)
    residents: list[str] = []
    for party_id in table:
        party = trajectory.party(party_id)
        if party is None:
            continue
        by_category.setdefault(party.category, []).append(party_id)
        if party.category is PartyCategory.RESIDENT:
            residents.append(party_id)
    return Voice(
        session=session.id,
        at_table=table,
        heard=tuple(p for p in table if p in heard),
        unclear=tuple(p for p in table if p in unclear and p not in heard),
        categories=tuple((cat, tuple(parties)) for cat, parties in by_category.items()),
        officials=tuple(p for p in table if p in deciders),
        residents=tuple(residents),
        first_levelling=first_levelling,
        first_debate=first_debate,
    )
