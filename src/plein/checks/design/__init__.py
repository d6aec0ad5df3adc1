"""PL: checks on the design itself."""

from plein.checks.design.references import BrokenReference
from plein.checks.design.unknown_format import UnknownFormat
from plein.checks.design.waivers import UnusedWaiver

__all__ = ["CHECKS", "BrokenReference", "UnknownFormat", "UnusedWaiver"]

#: The checks of this family, as registered under the ``plein.checks`` entry point.
CHECKS = (UnusedWaiver, UnknownFormat, BrokenReference)
