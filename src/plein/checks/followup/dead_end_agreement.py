"""FU106: every agreement leads to an action, unless it is final."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation


class DeadEndAgreement(Check):
    """## What it checks

    Every agreement (afspraak) of every session has at least one follow-up action, or
    says `final: true`: it needs no action, because agreeing was the whole point
    ("the parties accept the three design principles").

    Promises the organiser made at the same session do not count: a promise is not a
    follow-up of an agreement between the parties. An agreement whose `outcome` is
    recorded (adopted, adapted, not adopted, with who decided) is not a dead end: what
    was done with it is on record.

    ## On a plan and on a record

    Alike, a warning: on a plan, add the action or mark the agreement final; on a
    record, the agreement as recorded leads nowhere, which is worth asking about.

    ## Why it matters

    A Plein ends with clear agreements, and most agreements only mean something when
    someone does something with them. An agreement that ends without an action and
    without being marked final is where a trajectory quietly stalls: everyone agreed,
    nobody was asked to move. Marking the ones that need nothing as final makes the
    difference visible, to the parties and in the participation report.
    """

    code = "FU106"
    slug = "dead-end-agreement"
    severity = Severity.WARNING
    summary = Text(
        "An agreement has no follow-up action and is not marked final.",
        "Een afspraak heeft geen vervolgactie en is niet als definitief gemarkeerd.",
    )
    hint = Text(
        "Add an action with an owner and a due date, or set `final: true` when the "
        "agreement needs no follow-up.",
        "Voeg een actiepunt toe met een eigenaar en een deadline, of zet `final: true` "
        "als de afspraak geen vervolg nodig heeft.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for path, session, agreement in ctx.trajectory.agreements():
            if agreement.actions or agreement.final or agreement.outcome is not None:
                continue
            yield Violation(
                (*path, "actions"),
                Text(
                    f"Agreement {agreement.id} (session {session.id}) has no follow-up "
                    "action and is not marked final.",
                    f"Afspraak {agreement.id} (bijeenkomst {session.id}) heeft geen "
                    "vervolgactie en is niet als definitief gemarkeerd.",
                ),
                related=(agreement.id, session.id),
            )
