"""The typed model of a Plein trajectory.

The model imports nothing from IO, the checks or the CLI: it is plain frozen values
that can be built in Python, compared, and turned into a graph.
"""

from plein.model._entities import (
    Action,
    Agreement,
    Block,
    ContactPerson,
    FollowUp,
    Issue,
    Party,
    Promise,
    RoleAssignment,
    SafetyMeasure,
    Session,
    SessionParty,
    Step,
    Track,
)
from plein.model._trajectory import SCHEMA_VERSION, Reference, Trajectory, Waiver
from plein.model._values import Due, Path, SourceMap, Window, camel, format_path
from plein.model._vocab import (
    ActionStatus,
    BlockKind,
    Dagdeel,
    IssueKind,
    IssueNature,
    ParticipationLevel,
    PartyCategory,
    Role,
    SafetyMeasureKind,
    StepKind,
)

__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "ActionStatus",
    "Agreement",
    "Block",
    "BlockKind",
    "ContactPerson",
    "Dagdeel",
    "Due",
    "FollowUp",
    "Issue",
    "IssueKind",
    "IssueNature",
    "ParticipationLevel",
    "Party",
    "PartyCategory",
    "Path",
    "Promise",
    "Reference",
    "Role",
    "RoleAssignment",
    "SafetyMeasure",
    "SafetyMeasureKind",
    "Session",
    "SessionParty",
    "SourceMap",
    "Step",
    "StepKind",
    "Track",
    "Trajectory",
    "Waiver",
    "Window",
    "camel",
    "format_path",
]
