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

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from plein import examples, render
from plein.checks import Config, Finding, Report, Severity, check
from plein.errors import ConfigError, DesignError, PleinError, Problem, UsageError
from plein.io import DesignWarning, dump, dumps, load, load_config, loads, problems, upgrade
from plein.model import (
    SCHEMA_VERSION,
    Action,
    ActionStatus,
    Agreement,
    Block,
    BlockKind,
    ContactPerson,
    Count,
    Dagdeel,
    Due,
    EdtfDate,
    Evaluation,
    Headcount,
    Issue,
    IssueKind,
    IssueNature,
    Occasion,
    Occurrence,
    Outcome,
    OutcomeStatus,
    ParticipationLevel,
    Party,
    PartyCategory,
    ProgrammeStatus,
    Promise,
    Review,
    Role,
    RoleAssignment,
    SafetyMeasure,
    SafetyMeasureKind,
    Session,
    SessionKind,
    SessionMode,
    SessionParty,
    SessionStatus,
    Step,
    StepKind,
    StepStatus,
    Timeline,
    Track,
    TrackBlock,
    Trajectory,
    Unrecorded,
    Waiver,
    Window,
    timeline,
)

try:
    #: plein's version, from the installed package's metadata ("0.1.0").
    __version__ = _version("plein")
except PackageNotFoundError:  # pragma: no cover - run from a source tree never installed
    __version__ = "0+unknown"

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
    "Count",
    "Dagdeel",
    "DesignError",
    "DesignWarning",
    "Due",
    "EdtfDate",
    "Evaluation",
    "Finding",
    "Headcount",
    "Issue",
    "IssueKind",
    "IssueNature",
    "Occasion",
    "Occurrence",
    "Outcome",
    "OutcomeStatus",
    "ParticipationLevel",
    "Party",
    "PartyCategory",
    "PleinError",
    "Problem",
    "ProgrammeStatus",
    "Promise",
    "Report",
    "Review",
    "Role",
    "RoleAssignment",
    "SafetyMeasure",
    "SafetyMeasureKind",
    "Session",
    "SessionKind",
    "SessionMode",
    "SessionParty",
    "SessionStatus",
    "Severity",
    "Step",
    "StepKind",
    "StepStatus",
    "Timeline",
    "Track",
    "TrackBlock",
    "Trajectory",
    "Unrecorded",
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
    "timeline",
    "upgrade",
]
