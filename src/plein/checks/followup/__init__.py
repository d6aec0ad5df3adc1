"""FU: ownership of follow-up, for the actions of agreements and the organiser's promises."""

from plein.checks.followup.dead_end_agreement import DeadEndAgreement
from plein.checks.followup.due_after_dependent import DueAfterDependent
from plein.checks.followup.due_before_session import DueBeforeSession
from plein.checks.followup.facilitator_owner import FacilitatorOwnsAction
from plein.checks.followup.no_next_step import NoNextStep
from plein.checks.followup.overdue import OverdueAction
from plein.checks.followup.report_back import NoReportBack
from plein.checks.followup.undated import UndatedAction
from plein.checks.followup.unowned import UnownedAction
from plein.checks.followup.unrecorded import FollowUpNotRecorded

__all__ = [
    "CHECKS",
    "DeadEndAgreement",
    "DueAfterDependent",
    "DueBeforeSession",
    "FacilitatorOwnsAction",
    "FollowUpNotRecorded",
    "NoNextStep",
    "NoReportBack",
    "OverdueAction",
    "UndatedAction",
    "UnownedAction",
]

#: The checks of this family, as registered under the ``plein.checks`` entry point.
CHECKS = (
    UnownedAction,
    FacilitatorOwnsAction,
    UndatedAction,
    DueBeforeSession,
    DueAfterDependent,
    DeadEndAgreement,
    OverdueAction,
    NoReportBack,
    NoNextStep,
    FollowUpNotRecorded,
)
