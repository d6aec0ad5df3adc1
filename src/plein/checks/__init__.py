"""Checks: what is wrong with a trajectory design, in the method's own terms.

Run them with :func:`plein.check`; write your own by subclassing :class:`Check` and
registering it under the ``plein.checks`` entry-point group. Families share a code
prefix, so a prefix selects a family:

======  ==========================================================================
prefix  family
======  ==========================================================================
``TB``  timeboxes: the programme fits the dagdeel, blocks add up, there is a close
``SH``  stakeholders: every category at the table, the roles filled, every voice heard
``FU``  follow-up: every action owned by a party, due in time, reported back
``GR``  the trajectory graph: acyclic, reachable, dates running forward
``PL``  the design itself: references resolve, waivers are used
======  ==========================================================================
"""

from plein.checks._api import Check, Context, Finding, Lang, Option, Severity, Text, Violation
from plein.checks._config import PROFILES, Config, Profile, Resolved
from plein.checks._engine import Report, check
from plein.checks._registry import ENTRY_POINT_GROUP, Registry, registry

__all__ = [
    "ENTRY_POINT_GROUP",
    "PROFILES",
    "Check",
    "Config",
    "Context",
    "Finding",
    "Lang",
    "Option",
    "Profile",
    "Registry",
    "Report",
    "Resolved",
    "Severity",
    "Text",
    "Violation",
    "check",
    "registry",
]
