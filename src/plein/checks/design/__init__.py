"""PL: checks on the design itself."""

from plein.checks.design.waivers import UnusedWaiver

__all__ = ["CHECKS", "UnusedWaiver"]

#: The checks of this family, as registered under the ``plein.checks`` entry point.
CHECKS = (UnusedWaiver,)
