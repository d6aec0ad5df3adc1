"""TR109: what a co-producing party agreed on binds."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.trust import unbound_co_producers

__all__ = ["UnboundCoProduction"]


class UnboundCoProduction(Check):
    """## What it checks

    Every party at `co-produce` on the participation ladder is one of the `parties` of
    at least one agreement marked `binding: true`, once the trajectory has any
    agreement at all. A trajectory without agreements (a design still being drawn up)
    is not judged.

    ## Why it matters

    At *co-produce*, the parties work out the solution together with the municipality,
    and the promise of that rung is that the agreed solution binds: it is not advice
    that can be set aside afterwards. When none of the agreements a co-producing party
    made is binding, the ladder says co-production while the trajectory practises
    consultation, and the party will find out at the council decision. Either the
    agreement binds and says so, or the party's level is lower than written.

    ## On a plan and on a record

    The same on both: a party whose level is not recorded is not judged, and a
    trajectory that records no agreement at all is not either.
    """

    code = "TR109"
    slug = "unbound-co-production"
    severity = Severity.WARNING
    summary = Text(
        "A co-producing party is part of no binding agreement.",
        "Een coproducerende partij is bij geen enkele bindende afspraak betrokken.",
    )
    hint = Text(
        "Mark the agreement that holds the co-produced solution `binding: true` and list "
        "the party among its parties, or give the party the level it really has.",
        "Markeer de afspraak met de samen gemaakte oplossing als `binding: true` en zet de "
        "partij bij haar partijen, of geef de partij de trede die zij echt heeft.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for gap in unbound_co_producers(ctx.trajectory):
            party = gap.parties[0]
            yield Violation(
                gap.path,
                Text(
                    f"Party '{party}' co-produces (level co-produce), but is one of the "
                    "parties of no binding agreement: nothing in the trajectory binds the "
                    "solution it helps to make.",
                    f"Partij '{party}' coproduceert (trede coproduceren), maar is bij geen "
                    "enkele bindende afspraak partij: niets in het traject legt de oplossing "
                    "vast die zij mee maakt.",
                ),
                related=(party,),
            )
