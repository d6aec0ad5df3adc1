"""plein: design, check and report Plein participation trajectories.

A *Plein* is a half-day meeting where residents, entrepreneurs, civil servants, the
municipality and regional partners take the next step on a hot issue together. plein
models a trajectory of Pleinen as typed values, reads and writes it as YAML or JSON, and
checks it in the method's own terms.

>>> import plein
>>> design = plein.examples.load("shopping-centre")
>>> design.issue.kind
<IssueKind.SHOPPING_CENTRE_REDEVELOPMENT: 'shopping-centre-redevelopment'>
"""

from plein import examples, render
from plein.checks import Config, Finding, Report, Severity, check
from plein.errors import ConfigError, DesignError, PleinError, Problem, UsageError
from plein.io import DesignWarning, dump, dumps, load, load_config, loads, problems
from plein.model import (
    SCHEMA_VERSION,
    Action,
    ActionStatus,
    Agreement,
    Block,
    BlockKind,
    ContactPerson,
    Dagdeel,
    Due,
    Evaluation,
    Issue,
    IssueKind,
    IssueNature,
    Outcome,
    OutcomeStatus,
    ParticipationLevel,
    Party,
    PartyCategory,
    Promise,
    Review,
    Role,
    RoleAssignment,
    SafetyMeasure,
    SafetyMeasureKind,
    Session,
    SessionKind,
    SessionParty,
    SessionStatus,
    Step,
    StepKind,
    Track,
    Trajectory,
    Waiver,
    Window,
)

__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "ActionStatus",
    "Agreement",
    "Block",
    "BlockKind",
    "Config",
    "ConfigError",
    "ContactPerson",
    "Dagdeel",
    "DesignError",
    "DesignWarning",
    "Due",
    "Evaluation",
    "Finding",
    "Issue",
    "IssueKind",
    "IssueNature",
    "Outcome",
    "OutcomeStatus",
    "ParticipationLevel",
    "Party",
    "PartyCategory",
    "PleinError",
    "Problem",
    "Promise",
    "Report",
    "Review",
    "Role",
    "RoleAssignment",
    "SafetyMeasure",
    "SafetyMeasureKind",
    "Session",
    "SessionKind",
    "SessionParty",
    "SessionStatus",
    "Severity",
    "Step",
    "StepKind",
    "Track",
    "Trajectory",
    "UsageError",
    "Waiver",
    "Window",
    "check",
    "dump",
    "dumps",
    "examples",
    "load",
    "load_config",
    "loads",
    "problems",
    "render",
]
