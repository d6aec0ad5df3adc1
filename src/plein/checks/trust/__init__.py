"""TR: trust and safety: exposure after trust, a safe channel, every voice, kept promises."""

from plein.checks.trust.abrupt_closing import AbruptClosing
from plein.checks.trust.abrupt_opening import AbruptOpening
from plein.checks.trust.broken_promises import BrokenPromisesBeforeSession
from plein.checks.trust.decided_before_participation import DecidedBeforeParticipation
from plein.checks.trust.decision_not_owned import DecisionNotOwned
from plein.checks.trust.exposure_before_trust import ExposureBeforeTrust
from plein.checks.trust.inform_party_deciding import InformPartyDeciding
from plein.checks.trust.no_safe_channel import NoSafeChannel
from plein.checks.trust.plenary_before_levelling import PlenaryBeforeLevelling
from plein.checks.trust.unbound_co_production import UnboundCoProduction
from plein.checks.trust.unheard_category import UnheardCategory
from plein.checks.trust.unmotivated_deviation import UnmotivatedDeviation

__all__ = [
    "CHECKS",
    "AbruptClosing",
    "AbruptOpening",
    "BrokenPromisesBeforeSession",
    "DecidedBeforeParticipation",
    "DecisionNotOwned",
    "ExposureBeforeTrust",
    "InformPartyDeciding",
    "NoSafeChannel",
    "PlenaryBeforeLevelling",
    "UnboundCoProduction",
    "UnheardCategory",
    "UnmotivatedDeviation",
]

#: The checks of this family, as registered under the ``plein.checks`` entry point.
CHECKS = (
    ExposureBeforeTrust,
    AbruptOpening,
    AbruptClosing,
    NoSafeChannel,
    UnheardCategory,
    PlenaryBeforeLevelling,
    BrokenPromisesBeforeSession,
    UnmotivatedDeviation,
    UnboundCoProduction,
    DecisionNotOwned,
    InformPartyDeciding,
    DecidedBeforeParticipation,
)
