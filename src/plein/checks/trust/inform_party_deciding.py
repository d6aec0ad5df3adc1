"""TR111: a party that is only informed is not asked to decide."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.trust import informed_parties_deciding

__all__ = ["InformPartyDeciding"]


class InformPartyDeciding(Check):
    """## What it checks

    No party at `inform` on the participation ladder is asked to decide: it is not
    among the `parties` of an agreement that `needsMandate`, and it is not a listed
    participant of a content block (or track) whose work format is for choosing or
    agreeing (dot voting, an agreements round, Min Specs). A block without
    `participants` includes everyone and is not judged here.

    ## Why it matters

    The ladder is a promise in both directions. A party at *inform* has been told it
    will be kept informed, not that it decides; asking it to vote or to sign an
    agreement that goes to the council makes the ladder say one thing and the evening
    another. Either the party's level is higher than written, and the design should
    say so, or it should not be put where decisions are made.

    ## On a plan and on a record

    The same on both: only a party whose level is recorded as inform is judged, and
    only where it is named among the agreement's parties or the block's participants.
    """

    code = "TR111"
    slug = "inform-party-deciding"
    severity = Severity.WARNING
    summary = Text(
        "A party at inform on the participation ladder is asked to decide.",
        "Een partij op de trede informeren van de participatieladder moet meebeslissen.",
    )
    hint = Text(
        "Give the party the level it really has, or take it out of the agreement or the "
        "block where decisions are made.",
        "Geef de partij de trede die zij echt heeft, of haal haar uit de afspraak of het "
        "onderdeel waarin besloten wordt.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for gap in informed_parties_deciding(ctx.trajectory, ctx.formats):
            party = gap.parties[0]
            if gap.agreement is not None:
                where = Text(
                    f"one of the parties of agreement '{gap.agreement}' (session "
                    f"'{gap.session}'), which needs a mandate",
                    f"partij bij afspraak '{gap.agreement}' (bijeenkomst '{gap.session}'), "
                    "die om een mandaat vraagt",
                )
                subject = gap.agreement
            else:
                block = gap.block or ""
                where = Text(
                    f"a participant of '{block}' (session '{gap.session}'), whose work "
                    "format is for choosing or agreeing",
                    f"deelnemer aan '{block}' (bijeenkomst '{gap.session}'), waarvan de "
                    "werkvorm dient om te kiezen of af te spreken",
                )
                subject = block
            yield Violation(
                gap.path,
                Text(
                    f"Party '{party}' stands at inform on the participation ladder, yet it "
                    f"is {where.en}: a party that is only informed is not asked to decide.",
                    f"Partij '{party}' staat op de trede informeren van de "
                    f"participatieladder, maar is {where.nl}: een partij die alleen wordt "
                    "geïnformeerd, hoort niet mee te beslissen.",
                ),
                related=(party, subject),
            )
