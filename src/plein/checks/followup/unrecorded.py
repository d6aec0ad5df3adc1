"""FU110: a held working meeting whose agreements or promises were not recorded."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks._scope import is_working_meeting
from plein.checks.followup.no_next_step import follow_up_recorded
from plein.model import Unrecorded


class FollowUpNotRecorded(Check):
    """## What it checks

    A held working meeting (a record) whose `notRecorded` says that its agreements or
    its promises are not recorded, and whose record gives none of the kind that is
    missing, is noted once: who owns what comes next cannot be verified from it.

    ## On a plan and on a record

    Only a record is judged: a plan has no `notRecorded`. It is an observation (info),
    said once per session, never a breach: the agreements may have been made and simply
    not written down. FU109 stays silent for such a meeting.

    ## Why it matters

    Most records of real meetings are a news item or a short report. Where it does not
    say what was agreed, a checker must not report the meeting as ending without
    agreements; but the gap is still worth showing, because a participation report must
    say what was done with the results, and this record cannot.
    """

    code = "FU110"
    slug = "follow-up-not-recorded"
    severity = Severity.INFO
    summary = Text(
        "The record of a working meeting does not give its agreements or promises.",
        "Het verslag van een werkbijeenkomst geeft de afspraken of toezeggingen niet.",
    )
    hint = Text(
        "Nothing to fix: add the agreements and promises where another source gives them.",
        "Niets te herstellen: voeg de afspraken en toezeggingen toe als een andere bron ze geeft.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for i, session in ctx.judged_sessions():
            if not session.is_record or follow_up_recorded(session):
                continue
            if not is_working_meeting(ctx.trajectory, session):
                continue
            missing = []
            if not session.records(Unrecorded.AGREEMENTS) and not session.agreements:
                missing.append(("agreements", "afspraken"))
            if not session.records(Unrecorded.PROMISES) and not session.promises:
                missing.append(("promises", "toezeggingen"))
            if not missing:
                continue
            en = " and ".join(m[0] for m in missing)
            nl = " en ".join(m[1] for m in missing)
            yield Violation(
                ("sessions", i, "not_recorded"),
                Text(
                    f"The record of session {session.id} does not give its {en}: who "
                    "owns what comes next cannot be verified.",
                    f"Het verslag van bijeenkomst {session.id} geeft de {nl} niet: wie "
                    "eigenaar is van wat volgt, is niet na te gaan.",
                ),
                related=(session.id,),
            )
