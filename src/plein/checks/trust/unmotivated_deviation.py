"""TR108: a deviation from an advice is motivated."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.trust._words import level, quoted
from plein.model import Agreement, OutcomeStatus, ParticipationLevel
from plein.trust import unmotivated_deviations

__all__ = ["UnmotivatedDeviation"]

_LEVELS = {value.value for value in ParticipationLevel}


def _level(value: Any) -> bool:
    return value in _LEVELS


class UnmotivatedDeviation(Check):
    """## What it checks

    Every agreement whose `outcome` is `adapted` or `not-adopted` records a
    `motivation` when a party involved in it stands at `fromLevel` (advise, by
    default) or higher on the participation ladder. The parties involved are the
    agreement's `parties`, or, when it lists none, the parties at the table of the
    session that made it. The parties that decide for the municipality are not owed a
    motivation by their own decision: the party named in `outcome.by`, the issue's
    owner, and the holders of the decision-maker and issue-owner roles. An outcome
    that is `adopted` needs no motivation.

    ## Why it matters

    At *advise*, the parties give advice and the municipality decides; the promise
    of that rung is that a deviation from the advice is explained. The Omgevingswet
    asks the same of a participation report: what was done with the results, and why.
    An advice that is adapted or set aside without a word tells the parties that their
    work did not count, and it is the motivation, not the decision, that they will
    judge the next invitation by.

    ## On a plan and on a record

    The same on both, at warning: a design that gives an outcome but no motivation
    shows that the motivation is not written down, not that none was given; add it
    where the source has it. An outcome whose status is not recorded is not judged.
    """

    code = "TR108"
    slug = "unmotivated-deviation"
    severity = Severity.WARNING
    summary = Text(
        "An advice was adapted or not adopted without a motivation.",
        "Een advies is aangepast of niet overgenomen zonder motivering.",
    )
    hint = Text(
        "Add `motivation` to the outcome: what was changed or set aside, and why.",
        "Vul `motivation` in bij de uitkomst: wat er is veranderd of niet is overgenomen, "
        "en waarom.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "fromLevel": Option(
            "advise",
            "the lowest rung of the ladder whose parties are owed a motivation "
            "(inform, consult, advise, co-produce or co-decide)",
            valid=_level,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        from_level = ParticipationLevel(ctx.option("fromLevel"))
        gaps = unmotivated_deviations(ctx.trajectory, from_level)
        if not gaps:
            return
        at = {path: agreement for path, _, agreement in ctx.trajectory.agreements()}
        rung = level(from_level)
        for gap in gaps:
            agreement = at.get(gap.path[:-2])  # the gap points at outcome.motivation
            if agreement is None:
                continue
            outcome = _outcome(agreement)
            parties = quoted(gap.parties)
            one = len(gap.parties) == 1
            yield Violation(
                gap.path,
                Text(
                    f"Agreement '{agreement.id}' (session '{gap.session}') was {outcome.en} "
                    f"without a motivation, although it involves {parties}, who "
                    f"{'stands' if one else 'stand'} at {rung.en} or higher on the "
                    "participation ladder and "
                    f"{'is' if one else 'are'} owed a reason.",
                    f"Afspraak '{agreement.id}' (bijeenkomst '{gap.session}') is {outcome.nl} "
                    f"zonder motivering, terwijl {parties} erbij betrokken "
                    f"{'is' if one else 'zijn'} op de trede {rung.nl} of hoger van de "
                    "participatieladder en dus recht op een uitleg "
                    f"{'heeft' if one else 'hebben'}.",
                ),
                related=(agreement.id, *gap.parties),
            )


def _outcome(agreement: Agreement) -> Text:
    outcome = agreement.outcome
    by = f" by '{outcome.by}'" if outcome is not None and outcome.by else ""
    door = f" door '{outcome.by}'" if outcome is not None and outcome.by else ""
    if outcome is not None and outcome.status is OutcomeStatus.NOT_ADOPTED:
        return Text(f"not adopted{by}", f"niet overgenomen{door}")
    return Text(f"adapted{by}", f"aangepast overgenomen{door}")
