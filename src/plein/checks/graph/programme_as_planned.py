"""GR109: a held session whose programme on record is only the plan."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.model import ProgrammeStatus


class ProgrammeAsPlanned(Check):
    """## What it checks

    A session that was held, but whose `programmeStatus` says the programme on record
    is the plan that was announced (`planned`) or a tentative one (`tentative`), is
    noted once: what was held may have differed from it, and the checks that read the
    programme judge the plan, not the meeting.

    ## On a plan and on a record

    Only a record is noted: a plan is a plan. An observation (info), never a breach:
    sources often give the programme as announced and say little of how it went.

    ## Why it matters

    A participation report tells what happened. When the only programme at hand is
    the one announced beforehand ("the schedule is tentative and depends on how the
    first weekend goes"), the report, and anyone who reads the checks, should know
    that the timings, the formats and the closing round may not be what the parties
    actually did.
    """

    code = "GR109"
    slug = "programme-as-planned"
    severity = Severity.INFO
    summary = Text(
        "A held session's programme on record is only its plan.",
        "Het programma van een gehouden bijeenkomst is alleen bekend als plan.",
    )
    hint = Text(
        "Nothing to fix: where a report of the meeting exists, write down the programme "
        "as held and set `programmeStatus: held`.",
        "Niets te herstellen: is er een verslag, leg dan het programma vast zoals het "
        "werd gehouden en zet `programmeStatus: held`.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for i, session in ctx.judged_sessions():
            status = session.programme_status
            if not session.is_record or not session.programme:
                continue
            if status not in (ProgrammeStatus.PLANNED, ProgrammeStatus.TENTATIVE):
                continue
            word = Text("tentative plan", "voorlopig plan")
            if status is ProgrammeStatus.PLANNED:
                word = Text("announced plan", "aangekondigde plan")
            yield Violation(
                ("sessions", i, "programme_status"),
                Text(
                    f"Session {session.id} was held, but its programme on record is the "
                    f"{word.en}: what was held may have differed.",
                    f"Bijeenkomst {session.id} is gehouden, maar het programma is alleen "
                    f"bekend als {word.nl}: wat er werd gedaan kan afwijken.",
                ),
                related=(session.id,),
            )
