"""TR106: where officials sit with residents, voices are evened out before a plenary debate."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks._scope import FORMAL_KINDS
from plein.checks.trust._known import brought_trust
from plein.checks.trust._views import arcs, session_voices
from plein.checks.trust._words import quoted
from plein.model import Session
from plein.trust import LEVELLING

__all__ = ["PlenaryBeforeLevelling"]


def _positive(value: Any) -> bool:
    return isinstance(value, int) and value > 0


def _small(session: Session, most: int) -> bool:
    count = session.headcount
    if count is None:
        return False
    at_most = count.surely_at_most
    return at_most is not None and at_most <= most


class PlenaryBeforeLevelling(Check):
    """## What it checks

    In each session where decision-makers or officials sit at the table with
    residents, a block that evens out voices comes before the first open plenary
    debate. Decision-makers and officials are parties of the categories
    `administration`, `council` and `civil-servant`, and parties holding the
    `decision-maker` role. A block evens out voices when its work format has people
    speak in pairs or in small groups. An open plenary debate is a block whose work
    format asks speaking in plenary or a public position, for exploring, deepening or
    weighing options (a fishbowl, a dilemma conversation); a plenary harvest, an
    agreements round or an introduction round is not one.

    A group of about a dozen people (a headcount surely at most `smallGroup`) needs
    no levelling: the plenary is already a small table. Levelling carries over: where
    the parties met in an earlier session of the trajectory and talked in pairs or
    small groups there (a standing group, a later day of a workshop), the session is
    not judged. Formal board and council meetings are not judged.

    ## On a plan and on a record

    On a plan, the finding asks for a block in pairs or small groups first. On a
    record, an unknown is not a breach: where a block before the debate has an unknown
    work format, it may have been table work, and where the earlier meetings of the
    group cannot be read, their levelling may carry over; the check says nothing then.

    ## Why it matters

    In a room with the alderman and the project leader, the first to speak in plenary
    are those used to it: officials, the chair of the association, the resident who
    always comes. Others wait, and then hold back. Talking in pairs or at small tables
    first lets every resident find words and hear that others think alike; after
    that, the plenary debate is between equals instead of between the podium and the
    floor.
    """

    code = "TR106"
    slug = "plenary-before-levelling"
    severity = Severity.WARNING
    summary = Text(
        "An open plenary debate with officials and residents comes before any work in "
        "pairs or small groups.",
        "Een open plenair debat met bestuurders of ambtenaren en bewoners komt vóór enig "
        "werk in tweetallen of kleine groepjes.",
    )
    hint = Text(
        "Before the plenary debate, let people talk in pairs or small groups (1-2-4-All, "
        "table conversations), so that every voice is ready before the room opens up.",
        "Laat mensen vóór het plenaire debat in tweetallen of kleine groepjes praten "
        "(1-2-4-allen, tafelgesprekken), zodat iedereen zijn woorden heeft gevonden "
        "voordat de zaal het gesprek voert.",
    )

    options: ClassVar[Mapping[str, Option]] = {
        "smallGroup": Option(
            15,
            "the largest group that needs no levelling before a plenary debate (people)",
            valid=_positive,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        sessions = ctx.trajectory.sessions
        small = ctx.option("smallGroup")
        for s, (session, voice) in enumerate(zip(sessions, session_voices(ctx), strict=True)):
            if voice.levelled_first is not False or voice.first_debate is None:
                continue
            if session.kind in FORMAL_KINDS or _small(session, small):
                continue
            if any(step.index < voice.first_debate for step in arcs(ctx)[s].unknown()):
                continue  # a block of unknown format before it may have been table work
            brought = brought_trust(ctx, session)
            if brought is None or brought.practised in LEVELLING:
                continue
            block = session.programme[voice.first_debate]
            officials, residents = quoted(voice.officials), quoted(voice.residents)
            yield Violation(
                ("sessions", s, "programme", voice.first_debate),
                Text(
                    f"In session '{session.id}', decision-makers or officials ({officials}) "
                    f"sit with residents ({residents}), and block '{block.id}' opens a "
                    "plenary debate before any block in pairs or small groups has evened "
                    "out the voices.",
                    f"In bijeenkomst '{session.id}' zitten bestuurders of ambtenaren "
                    f"({officials}) met bewoners ({residents}) aan tafel, en opent "
                    f"onderdeel '{block.id}' een plenair debat voordat een onderdeel in "
                    "tweetallen of kleine groepjes de stemmen gelijk heeft getrokken.",
                ),
                hint=Text(
                    f"Before block '{block.id}', let people talk in pairs or small groups "
                    "(1-2-4-All, table conversations), or move a table round forward.",
                    f"Laat mensen vóór onderdeel '{block.id}' in tweetallen of kleine "
                    "groepjes praten (1-2-4-allen, tafelgesprekken), of haal een tafelronde "
                    "naar voren.",
                ),
                related=(block.id, session.id),
            )
