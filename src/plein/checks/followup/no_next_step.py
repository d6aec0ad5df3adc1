"""FU109: a working meeting ends with an agreement, a promise or a next step."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks._scope import FORMAL_KINDS, highest_level, is_working_meeting
from plein.model import (
    ParticipationLevel,
    Session,
    SessionKind,
    SessionStatus,
    Trajectory,
    Unrecorded,
)
from plein.workformats import Arc


def follow_up_recorded(session: Session) -> bool:
    """Whether the record gives the session's agreements and its promises."""
    return session.records(Unrecorded.AGREEMENTS) and session.records(Unrecorded.PROMISES)


def gathers_input(ctx: Context, session: Session) -> bool:
    """Whether the parties give their input at the session, so that it owes them a next
    step: a working meeting; a site walk; or any other meeting, not a formal one and not
    one where every party is only informed, with a block where participants get a say
    beyond a presentation's questions (table work, a post-it wall, a design round)."""
    trajectory: Trajectory = ctx.trajectory
    if session.kind in FORMAL_KINDS:
        return False
    if is_working_meeting(trajectory, session) or session.kind is SessionKind.SITE_WALK:
        return True
    if highest_level(trajectory, session) is ParticipationLevel.INFORM:
        return False
    formats = [block.format for block in session.programme]
    formats += [t.format for block in session.programme for t in block.tracks]
    for format_id in formats:
        found = ctx.format(format_id)
        if found is not None and found.exposure.is_voice and found.arc is not Arc.PRESENTATION:
            return True
    return False


def leads_nowhere(ctx: Context, session: Session) -> bool:
    """A meeting that gathers input (held or planned) with no agreement, no promise and
    nothing that follows it in the trajectory."""
    trajectory: Trajectory = ctx.trajectory
    if session.state in (SessionStatus.CANCELLED, SessionStatus.POSTPONED):
        return False
    if not gathers_input(ctx, session):
        return False
    if session.agreements or session.promises:
        return False
    return not any(session.id in node.after for node in trajectory.nodes())


class NoNextStep(Check):
    """## What it checks

    A meeting where the parties give their input ends with something somebody owns:
    at least one agreement, or a promise of the organiser, or a next session or step
    in the trajectory that follows it. The check reports such a meeting that has none
    of the three. Input is given at a working meeting (a Plein, a workshop, a working
    group, a citizens' assembly), on a site walk, and at any other meeting with a block
    where participants get a say beyond a presentation's questions (table work in the
    rounds of a symposium, a post-it wall).

    It does not apply to meetings that only inform (presentations, questions, a
    market) or formalise (a board or council meeting), nor to a meeting whose parties
    are all only informed: they have nothing to hand on. Nor does it apply
    where the record says its agreements or promises were not recorded (FU110 says
    that, once).

    ## On a plan and on a record

    A warning either way. On a plan, the closing agreements and the next step are the
    designer's to add. On a record, the meeting as recorded hands nothing on: nobody
    owns what comes next.

    ## Why it matters

    In one dagdeel the parties take the next step in their process together, and a
    Plein ends with clear agreements about who carries it. A working meeting after
    which nobody owns anything, and nothing is planned, asked the parties for their
    time and gave them no reason to believe it counted.
    """

    code = "FU109"
    slug = "no-next-step"
    severity = Severity.WARNING
    summary = Text(
        "A working meeting has no agreement, no promise and no next step.",
        "Een werkbijeenkomst heeft geen afspraak, geen toezegging en geen vervolgstap.",
    )
    hint = Text(
        "Close with agreements that have owners, record the organiser's promises, or add "
        "the next session or step and name this session in its `after`.",
        "Sluit af met afspraken met een eigenaar, leg de toezeggingen van de organisator "
        "vast, of voeg de volgende bijeenkomst of stap toe met deze bijeenkomst in "
        "`after`.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for i, session in enumerate(ctx.trajectory.sessions):
            if not follow_up_recorded(session) or not leads_nowhere(ctx, session):
                continue
            if session.is_record:
                text = Text(
                    f"The record of session {session.id} gives no agreement, no promise "
                    "and no next step: nobody owns what comes next.",
                    f"Het verslag van bijeenkomst {session.id} geeft geen afspraak, geen "
                    "toezegging en geen vervolgstap: niemand is eigenaar van wat volgt.",
                )
            else:
                text = Text(
                    f"Session {session.id} plans no agreement, no promise and no next "
                    "step: nobody will own what comes next.",
                    f"Bijeenkomst {session.id} voorziet in geen afspraak, geen toezegging "
                    "en geen vervolgstap: niemand wordt eigenaar van wat volgt.",
                )
            yield Violation(("sessions", i), text, related=(session.id,))
