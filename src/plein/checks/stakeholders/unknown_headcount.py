"""SH107: how many people a session expects, or had, is not known at all."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks._scope import FORMAL_KINDS
from plein.checks.stakeholders._views import headcounts
from plein.model import Session, SessionStatus

__all__ = ["UnknownHeadcount"]

_CALLED_OFF = (SessionStatus.CANCELLED, SessionStatus.POSTPONED)


class UnknownHeadcount(Check):
    """## What it checks

    Each session says how many people it expects or had: a total for the session
    (`expected`, `attended`), a count for one of its parties (`expected`,
    `attended`), a party's own `headcount`, or the counts of its `occasions`. Any
    count will do, exact or approximate (`~130`, `>60`). Further counts kept beside
    them (`counts`: 50 selected, 138 registered) say who was asked, not who came, and
    do not count here. Formal meetings (board, council) and sessions called off are
    not judged. One finding per session at most.

    ## On a plan and on a record

    On a plan the hint is to add the expected count. On a record the finding says
    that the record does not give how many took part, so the size and group checks
    (SH102, SH103) could not be done; it is missing data, said once.

    ## Why it matters

    A Plein is made for about 10 to 40 or more people, and each work format holds a
    group of its own size. Without a number nobody can tell whether the tables, the
    hosts and the time fit, nor, afterwards, who was heard: "everybody was welcome"
    says nothing about who came.
    """

    code = "SH107"
    slug = "unknown-headcount"
    severity = Severity.WARNING
    summary = Text(
        "How many people a session expects, or had, is not known at all.",
        "Hoeveel mensen een bijeenkomst verwacht, of had, is helemaal niet bekend.",
    )
    hint = Text(
        "Add the expected count to the session (`expected`), or to its parties.",
        "Voeg het verwachte aantal toe aan de bijeenkomst (`expected`), of aan haar partijen.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        counts = headcounts(ctx)
        for s, session in enumerate(ctx.trajectory.sessions):
            if session.kind in FORMAL_KINDS or session.status in _CALLED_OFF:
                continue
            if _known(session) or any(c is not None for c in counts[s].values()):
                continue
            if session.is_record:
                message = Text(
                    f"The record of session '{session.id}' does not say how many people "
                    f"took part, so its size and the group sizes of its work formats "
                    f"cannot be checked.",
                    f"Het verslag van bijeenkomst '{session.id}' zegt niet hoeveel mensen "
                    f"er waren, dus de omvang en de groepsgrootte van de werkvormen zijn "
                    f"niet na te gaan.",
                )
                hint = Text(
                    "Add the number a source gives (`attended`, approximate if need be: "
                    "`~40`, `>30`); if none does, it stays unknown.",
                    "Voeg het aantal toe dat een bron noemt (`attended`, zo nodig bij "
                    "benadering: `~40`, `>30`); noemt geen bron het, dan blijft het "
                    "onbekend.",
                )
            else:
                message = Text(
                    f"Session '{session.id}' does not say how many people it expects, so "
                    f"its size and the group sizes of its work formats cannot be checked.",
                    f"Bijeenkomst '{session.id}' zegt niet hoeveel mensen zij verwacht, "
                    f"dus de omvang en de groepsgrootte van de werkvormen zijn niet na te "
                    f"gaan.",
                )
                hint = None
            yield Violation(("sessions", s), message, hint=hint, related=(session.id,))


def _known(session: Session) -> bool:
    if session.expected is not None or session.attended is not None:
        return True
    return any(o.expected is not None or o.attended is not None for o in session.occasions)
