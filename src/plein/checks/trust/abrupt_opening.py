"""TR102: a session opens with a block that lets people arrive."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks._scope import is_working_meeting
from plein.checks.trust._ends import end_of
from plein.checks.trust._known import earlier_meetings, programme_known
from plein.trust import opens_deliberately

__all__ = ["AbruptOpening"]


class AbruptOpening(Check):
    """## What it checks

    The first content block of each session (after the walk-in; breaks do not count)
    has a work format that opens the arc of a session: a welcome and check-in, an
    introduction round, impromptu networking, ground rules, or a format of a design's
    own whose `arc` is `open`. Ground rules under the session's `safety`, and a shared
    meal or social time before the content, open the session too.

    It asks this of working meetings (a Plein, a workshop, a citizens' assembly, a
    working group), not of an information evening or market, a formal board or council
    meeting or a site walk, nor of a meeting where every party is only informed. Trust
    carries over: a session whose parties met in an earlier session of the trajectory
    (a standing group's later meeting, a later day of a workshop) does not start from
    zero and is not judged. A session without content blocks, or whose first block has
    no known work format, is not judged: it cannot tell.

    ## On a plan and on a record

    On a plan, the finding asks for an opening block. A record is judged only when it
    gives the programme from start to end: a programme known only in part (its end not
    known, only a tentative plan) shows what was done, not how the session began.

    ## Why it matters

    People walk in from work, with coffee, with their own worry about the street. A
    Plein that starts with the status presentation or the dilemma treats them as an
    audience; one that starts with a short welcome and a round in which everyone says
    who they are and why they came makes them participants, and gives the facilitator
    a first sense of the room. It is the cheapest trust there is, and the one most
    often left implicit.
    """

    code = "TR102"
    slug = "abrupt-opening"
    severity = Severity.WARNING
    summary = Text(
        "A session's first content block is not an opening.",
        "Het eerste inhoudelijke onderdeel van een bijeenkomst is geen opening.",
    )
    hint = Text(
        "Start the content with an opening block: a welcome and check-in, an "
        "introduction round, impromptu networking or ground rules.",
        "Begin de inhoud met een opening: een welkom met incheckronde, een voorstelronde, "
        "kennismaken in wisselende tweetallen of het afspreken van spelregels.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for s, session in ctx.judged_sessions():
            if opens_deliberately(session, ctx.formats) is not False:
                continue
            if not is_working_meeting(ctx.trajectory, session) or not programme_known(session):
                continue
            if earlier_meetings(ctx, session):
                continue
            first = end_of(ctx, session, last=False)
            if first is None:
                continue
            block = first.block.id
            yield Violation(
                ("sessions", s, "programme", first.index),
                Text(
                    f"Session '{session.id}' opens its content with block '{block}' "
                    f"({first.what.en}), not with an opening: people do not arrive, meet "
                    "each other or hear the ground rules before the content starts.",
                    f"Bijeenkomst '{session.id}' begint inhoudelijk met onderdeel '{block}' "
                    f"({first.what.nl}), niet met een opening: mensen landen niet, maken "
                    "geen kennis en horen de spelregels niet voordat de inhoud begint.",
                ),
                hint=Text(
                    f"Put an opening block before '{block}': a welcome and check-in, an "
                    "introduction round or impromptu networking (10 to 15 minutes).",
                    f"Zet vóór '{block}' een opening: een welkom met incheckronde, een "
                    "voorstelronde of kennismaken in wisselende tweetallen (10 tot 15 minuten).",
                ),
                related=(block, session.id),
            )
