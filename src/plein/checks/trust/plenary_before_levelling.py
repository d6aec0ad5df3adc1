"""TR106: where officials sit with residents, voices are evened out before a plenary debate."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.trust._views import session_voices
from plein.checks.trust._words import quoted

__all__ = ["PlenaryBeforeLevelling"]


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

    def run(self, ctx: Context) -> Iterator[Violation]:
        sessions = ctx.trajectory.sessions
        for s, (session, voice) in enumerate(zip(sessions, session_voices(ctx), strict=True)):
            if voice.levelled_first is not False or voice.first_debate is None:
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
