"""SH: stakeholder coverage: every category at the table, the roles filled, every voice heard."""

from plein.checks.stakeholders.capacity import OverFormatCapacity
from plein.checks.stakeholders.categories import MissingCategory
from plein.checks.stakeholders.conflicts import ConflictingRoles
from plein.checks.stakeholders.headcount import HeadcountOutOfRange
from plein.checks.stakeholders.staffing import MissingRole
from plein.checks.stakeholders.turnout import TurnoutDiffers
from plein.checks.stakeholders.unknown_headcount import UnknownHeadcount
from plein.checks.stakeholders.voices import PartyNotHeard

__all__ = [
    "CHECKS",
    "ConflictingRoles",
    "HeadcountOutOfRange",
    "MissingCategory",
    "MissingRole",
    "OverFormatCapacity",
    "PartyNotHeard",
    "TurnoutDiffers",
    "UnknownHeadcount",
]

#: The checks of this family, as registered under the ``plein.checks`` entry point.
CHECKS = (
    MissingCategory,
    HeadcountOutOfRange,
    OverFormatCapacity,
    MissingRole,
    ConflictingRoles,
    PartyNotHeard,
    UnknownHeadcount,
    TurnoutDiffers,
)
