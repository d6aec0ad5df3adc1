"""The typed model of a Plein trajectory.

The model imports nothing from IO, the checks or the CLI: it is plain frozen values
that can be built in Python, compared, and turned into a graph.

Each name loads its module when it is first used (PEP 562).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plein.model._count import Count
    from plein.model._edtf import EdtfDate, EdtfError
    from plein.model._entities import (
        Action,
        Agreement,
        Block,
        ContactPerson,
        Evaluation,
        FollowUp,
        Headcount,
        Issue,
        Occasion,
        Occurrence,
        Outcome,
        Party,
        Promise,
        Review,
        RoleAssignment,
        SafetyMeasure,
        Session,
        SessionParty,
        Step,
        Track,
    )
    from plein.model._timeline import (
        DEFAULT_WINDOWS,
        ClockWindow,
        Slot,
        Stretch,
        Timeline,
        clock,
        parse_span,
        timeline,
        timelines,
    )
    from plein.model._tracks import TrackBlock
    from plein.model._trajectory import SCHEMA_VERSION, Reference, Trajectory, Waiver
    from plein.model._values import Due, Path, SourceMap, Window, camel, format_path
    from plein.model._vocab import (
        ActionStatus,
        BlockKind,
        Dagdeel,
        IssueKind,
        IssueNature,
        OutcomeStatus,
        ParticipationLevel,
        PartyCategory,
        ProgrammeStatus,
        Role,
        SafetyMeasureKind,
        SessionKind,
        SessionMode,
        SessionStatus,
        StepKind,
        StepStatus,
        Unrecorded,
    )
else:
    from plein._lazy import attach

    __getattr__, __dir__ = attach(
        __name__,
        {
            "._count": "Count",
            "._edtf": "EdtfDate EdtfError",
            "._entities": (
                "Action Agreement Block ContactPerson Evaluation FollowUp Headcount Issue "
                "Occasion Occurrence Outcome Party Promise Review RoleAssignment SafetyMeasure "
                "Session SessionParty Step Track"
            ),
            "._timeline": (
                "DEFAULT_WINDOWS ClockWindow Slot Stretch Timeline clock parse_span timeline "
                "timelines"
            ),
            "._tracks": "TrackBlock",
            "._trajectory": "SCHEMA_VERSION Reference Trajectory Waiver",
            "._values": "Due Path SourceMap Window camel format_path",
            "._vocab": (
                "ActionStatus BlockKind Dagdeel IssueKind IssueNature OutcomeStatus "
                "ParticipationLevel PartyCategory ProgrammeStatus Role SafetyMeasureKind "
                "SessionKind SessionMode SessionStatus StepKind StepStatus Unrecorded"
            ),
        },
    )

__all__ = [
    "DEFAULT_WINDOWS",
    "SCHEMA_VERSION",
    "Action",
    "ActionStatus",
    "Agreement",
    "Block",
    "BlockKind",
    "ClockWindow",
    "ContactPerson",
    "Count",
    "Dagdeel",
    "Due",
    "EdtfDate",
    "EdtfError",
    "Evaluation",
    "FollowUp",
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
    "Path",
    "ProgrammeStatus",
    "Promise",
    "Reference",
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
    "Slot",
    "SourceMap",
    "Step",
    "StepKind",
    "StepStatus",
    "Stretch",
    "Timeline",
    "Track",
    "TrackBlock",
    "Trajectory",
    "Unrecorded",
    "Waiver",
    "Window",
    "camel",
    "clock",
    "format_path",
    "parse_span",
    "timeline",
    "timelines",
]
