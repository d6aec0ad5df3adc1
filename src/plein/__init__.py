"""plein: design, check and report Plein participation trajectories.

A *Plein* is a half-day meeting where residents, entrepreneurs, civil servants, the
municipality and regional partners take the next step on a hot issue together. plein
models a trajectory of Pleinen as typed values, reads and writes it as YAML or JSON, and
checks it in the method's own terms.

>>> import plein
>>> design = plein.examples.load("shopping-centre")
>>> design.issue.kind
<IssueKind.SHOPPING_CENTRE_REDEVELOPMENT: 'shopping-centre-redevelopment'>

Every name below loads its module when it is first used, so ``import plein`` (and
``import plein.errors``) stays light: the graph library, the calendar library and the
report renderer come in only with the functions that need them.
"""

from typing import TYPE_CHECKING

from plein.model import _display

if TYPE_CHECKING:
    from plein import examples, render, tables
    from plein._settings import Defaults, defaults, get_defaults, set_defaults
    from plein._version import __version__ as __version__
    from plein.checks import Config, Finding, Report, Severity, check
    from plein.errors import ConfigError, DesignError, PleinError, Problem, UsageError
    from plein.io import (
        DesignWarning,
        dump,
        dumps,
        from_data,
        load,
        load_config,
        loads,
        problems,
        to_data,
        upgrade,
    )
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
else:
    from plein._lazy import attach

    __getattr__, __dir__ = attach(
        __name__,
        {
            "plein._settings": "Defaults defaults get_defaults set_defaults",
            "plein._version": "__version__",
            "plein.checks": "Config Finding Report Severity check",
            "plein.errors": "ConfigError DesignError PleinError Problem UsageError",
            "plein.io": (
                "DesignWarning dump dumps from_data load load_config loads problems to_data upgrade"
            ),
            "plein.model": (
                "SCHEMA_VERSION Action ActionStatus Agreement Block BlockKind ContactPerson "
                "Count Dagdeel Due EdtfDate Evaluation Headcount Issue IssueKind IssueNature "
                "Occasion Occurrence Outcome OutcomeStatus ParticipationLevel Party "
                "PartyCategory ProgrammeStatus Promise Review Role RoleAssignment "
                "SafetyMeasure SafetyMeasureKind Session SessionKind SessionMode SessionParty "
                "SessionStatus Step StepKind StepStatus Timeline Track TrackBlock Trajectory "
                "Unrecorded Waiver Window timeline"
            ),
        },
        submodules=("examples", "render", "tables"),
    )


def _load_views() -> None:
    import plein.render  # noqa: F401 - importing it registers the notebook views


# A design, a session or a report still shows itself as HTML in a notebook after a bare
# ``import plein``: the views load the first time one is shown.
_display.defer_views(_load_views)

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
    "Defaults",
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
    "defaults",
    "dump",
    "dumps",
    "examples",
    "from_data",
    "get_defaults",
    "load",
    "load_config",
    "loads",
    "problems",
    "render",
    "set_defaults",
    "tables",
    "timeline",
    "to_data",
    "upgrade",
]
