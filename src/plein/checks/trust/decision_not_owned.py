"""TR110: at co-decide, the decision is the participants'."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.trust._words import quoted
from plein.model import Role
from plein.trust import unowned_decisions

__all__ = ["DecisionNotOwned"]

_ROLES = {value.value for value in Role}


def _roles(value: Any) -> bool:
    return all(isinstance(name, str) and name in _ROLES for name in value)


class DecisionNotOwned(Check):
    """## What it checks

    Every agreement that `needsMandate` or has an `outcome` lists, among its
    `parties`, each party at `co-decide` on the participation ladder that sits at the
    table of the session that made it. Parties that decide for the municipality are
    not asked to be listed: those holding one of the `exempt` roles (for the whole
    trajectory or in that session), the issue's owner, and the party that decided the
    outcome (`outcome.by`).

    ## Why it matters

    At *co-decide*, the decision is the participants': the promise of that rung is
    that the parties decide together, not that they are consulted before someone else
    does. An agreement that is put to a mandate, or whose outcome is recorded, without
    the co-deciding party among those who made it, is a decision taken about that
    party instead of with it. The design should show who owns each decision.

    ## On a plan and on a record

    The same on both: only parties whose level is recorded as co-decide are asked to
    be listed; a level that is not recorded is not judged.
    """

    code = "TR110"
    slug = "decision-not-owned"
    severity = Severity.WARNING
    summary = Text(
        "A decision leaves out a co-deciding party.",
        "Een besluit laat een meebeslissende partij buiten beschouwing.",
    )
    hint = Text(
        "List the co-deciding party among the agreement's parties, or give the party the "
        "level it really has.",
        "Zet de meebeslissende partij bij de partijen van de afspraak, of geef de partij de "
        "trede die zij echt heeft.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "exempt": Option(
            ["decision-maker", "issue-owner"],
            "roles whose holders decide for the municipality and need not be listed (role names)",
            valid=_roles,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        exempt = [Role(name) for name in ctx.option("exempt")]
        gaps = unowned_decisions(ctx.trajectory, exempt)
        if not gaps:
            return
        at = {path: agreement for path, _, agreement in ctx.trajectory.agreements()}
        for gap in gaps:
            agreement = gap.agreement or ""
            found = at.get(gap.path[:-1])  # the gap points at the agreement's parties
            needs = found is not None and found.needs_mandate
            why = (
                Text("needs a mandate", "vraagt om een mandaat")
                if needs
                else Text("has an outcome", "heeft een uitkomst")
            )
            one = len(gap.parties) == 1
            parties = quoted(gap.parties)
            yield Violation(
                gap.path,
                Text(
                    f"Agreement '{agreement}' (session '{gap.session}') {why.en}, but "
                    f"co-deciding {'party' if one else 'parties'} {parties} "
                    f"{'is' if one else 'are'} not among its parties: the decision is not "
                    "owned by all who co-decide.",
                    f"Afspraak '{agreement}' (bijeenkomst '{gap.session}') {why.nl}, "
                    f"maar meebeslissende {'partij' if one else 'partijen'} {parties} "
                    f"{'staat' if one else 'staan'} niet bij de partijen: het besluit is "
                    "niet van iedereen die meebeslist.",
                ),
                related=(agreement, *gap.parties),
            )
