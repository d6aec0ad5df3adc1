"""TR103: a session ends with a block that closes it."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks._scope import is_working_meeting
from plein.checks.trust._ends import end_of
from plein.checks.trust._known import programme_known
from plein.trust import closes_deliberately

__all__ = ["AbruptClosing"]


class AbruptClosing(Check):
    """## What it checks

    The last content block of each session (breaks do not count) has a work format
    that closes the arc of a session: a check-out round, a plenary harvest, an
    agreements round, an informal close, or a format of a design's own whose `arc` is
    `close`. A block that agrees or harvests (an agreements or next-steps round) or
    whose main purpose is to choose (dot voting) closes too, and so does social time
    after the content.

    It asks this of working meetings (a Plein, a workshop, a citizens' assembly, a
    working group), not of an information evening or market, a formal board or council
    meeting or a site walk, nor of a meeting where every party is only informed. A
    session without content blocks, or whose last block has no known work format, is
    not judged: it cannot tell.

    Where TB107 (`no-time-to-harvest`) asks for enough time near the end to harvest
    and make agreements, this check asks that the very last thing people do closes the
    session: nothing comes after the closing.

    ## Why it matters

    How a Plein ends is what people take home, and what decides whether they come to
    the next one. A session that ends on a last presentation, or on the alderman's
    closing words after the harvest, sends people out as an audience. A closing block,
    a check-out round or a harvest in which the parties say what they take with them,
    ends the evening together and shows that what was said was heard.
    """

    code = "TR103"
    slug = "abrupt-closing"
    severity = Severity.WARNING
    summary = Text(
        "A session's last content block is not a closing.",
        "Het laatste inhoudelijke onderdeel van een bijeenkomst is geen afsluiting.",
    )
    hint = Text(
        "End the content with a closing block: a check-out round, a plenary harvest, an "
        "agreements round or an informal close.",
        "Sluit de inhoud af met een afsluitend onderdeel: een uitcheckronde, een plenaire "
        "oogst, een afsprakenronde of een informele afsluiting.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for s, session in ctx.judged_sessions():
            if closes_deliberately(session, ctx.formats) is not False:
                continue
            if not is_working_meeting(ctx.trajectory, session) or not programme_known(session):
                continue
            last = end_of(ctx, session, last=True)
            if last is None:
                continue
            block = last.block.id
            yield Violation(
                ("sessions", s, "programme", last.index),
                Text(
                    f"Session '{session.id}' ends with block '{block}' ({last.what.en}): "
                    "people leave without a moment that closes the session together.",
                    f"Bijeenkomst '{session.id}' eindigt met onderdeel '{block}' "
                    f"({last.what.nl}): mensen gaan naar huis zonder een moment waarop de "
                    "bijeenkomst samen wordt afgesloten.",
                ),
                hint=Text(
                    f"After '{block}', close the session: a check-out round, a plenary "
                    f"harvest or an agreements round; or move '{block}' before the closing.",
                    f"Sluit na '{block}' af met een uitcheckronde, een plenaire oogst of een "
                    f"afsprakenronde; of zet '{block}' vóór de afsluiting.",
                ),
                related=(block, session.id),
            )
