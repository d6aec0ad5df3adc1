"""GR: the trajectory graph of sessions and steps, its order and its dates."""

from plein.checks.graph.backward_dates import DatesRunBackward
from plein.checks.graph.cycle import CyclicTrajectory
from plein.checks.graph.dead_end import DeadEndSession
from plein.checks.graph.overtaken import OvertakenDate
from plein.checks.graph.programme_as_planned import ProgrammeAsPlanned
from plein.checks.graph.slipped import SlippedDate
from plein.checks.graph.uncertain import UncertainDate
from plein.checks.graph.undated import UndatedNode
from plein.checks.graph.unreachable import UnreachableStep

__all__ = [
    "CHECKS",
    "CyclicTrajectory",
    "DatesRunBackward",
    "DeadEndSession",
    "OvertakenDate",
    "ProgrammeAsPlanned",
    "SlippedDate",
    "UncertainDate",
    "UndatedNode",
    "UnreachableStep",
]

#: The checks of this family, as registered under the ``plein.checks`` entry point.
CHECKS = (
    CyclicTrajectory,
    UnreachableStep,
    DatesRunBackward,
    DeadEndSession,
    SlippedDate,
    UndatedNode,
    UncertainDate,
    OvertakenDate,
    ProgrammeAsPlanned,
)
