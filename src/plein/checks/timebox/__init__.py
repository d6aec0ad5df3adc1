"""TB: checks on timeboxes, that each session's programme fits its dagdeel and adds up."""

from plein.checks.timebox.breaks import MissingBreak
from plein.checks.timebox.crowded import CrowdedBlock
from plein.checks.timebox.dagdeel import OverrunningDagdeel
from plein.checks.timebox.gaps import ProgrammeGapOrOverlap
from plein.checks.timebox.harvest import NoTimeToHarvest
from plein.checks.timebox.no_window import NoWindow
from plein.checks.timebox.too_long import BlockTooLong
from plein.checks.timebox.too_short import BlockTooShort
from plein.checks.timebox.tracks import TrackOverrunsBlock
from plein.checks.timebox.unknown_length import UnknownLength
from plein.checks.timebox.zero_length import ZeroLengthBlock

__all__ = [
    "CHECKS",
    "BlockTooLong",
    "BlockTooShort",
    "CrowdedBlock",
    "MissingBreak",
    "NoTimeToHarvest",
    "NoWindow",
    "OverrunningDagdeel",
    "ProgrammeGapOrOverlap",
    "TrackOverrunsBlock",
    "UnknownLength",
    "ZeroLengthBlock",
]

#: The checks of this family, as registered under the ``plein.checks`` entry point.
CHECKS = (
    OverrunningDagdeel,
    ProgrammeGapOrOverlap,
    TrackOverrunsBlock,
    BlockTooShort,
    BlockTooLong,
    MissingBreak,
    NoTimeToHarvest,
    UnknownLength,
    ZeroLengthBlock,
    NoWindow,
    CrowdedBlock,
)
