"""TR104: where the issue is contested, what must be said has a safe channel."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks._scope import FORMAL_KINDS
from plein.checks.trust._known import safe_channel
from plein.checks.trust._words import quoted
from plein.trust import Contested, contested

__all__ = ["NoSafeChannel"]


def _ids(value: Any) -> bool:
    return all(isinstance(item, str) and item for item in value)


class NoSafeChannel(Check):
    """## What it checks

    Each session where the issue is *contested* has a safe channel: a way to say what
    must be said without saying it before the whole room. A session is contested when
    its programme has a block that asks a public position on a dilemma, when the
    trajectory's issue is spatial and the session has both residents and entrepreneurs
    at the table (their interests in a street or a centre differ as a rule), or when
    the option `contested` names it.

    A safe channel is anonymous input, a complaints corner, small groups first,
    confidentiality or an independent board to turn to with doubts (`oversight`),
    named under the session's `safety`; or a programme that shows it: a block where
    people give input in writing or one to one (post-its, a reaction form, dot voting,
    the stands of an information market), or a block in pairs or small groups before
    the first block in which people speak in plenary or take a public position (a
    round that builds trust, such as an introduction round, is not that first block).
    A survey or online input that the session follows in the trajectory is a safe
    channel too: everyone could say what they had to say outside the room. Formal
    meetings (a board or council meeting) are not judged.

    ## On a plan and on a record

    On a plan, the finding asks for a safe channel. On a record, an unknown is not a
    missing channel: where the record does not give the safety measures or the
    programme, or a block of unknown work format may have been a safe channel, the
    check cannot tell and says nothing; only where the programme asks a public position
    on a dilemma does it say, once, that the safe channel could not be verified.

    ## Why it matters

    In a contested issue, not everything that must be said can be said in front of
    the neighbours, the shop owner next door or the alderman. Some of it is personal
    (the damage to one's own house, the fear of losing a shop), some of it is unpopular.
    Without a safe channel it is not said at all, or it surfaces later as an objection
    or a complaint. A complaints corner, anonymous question cards or work in small
    groups first give it a place, so that the plenary can work on the shared question.
    """

    code = "TR104"
    slug = "no-safe-channel"
    severity = Severity.WARNING
    summary = Text(
        "A session on a contested issue has no safe channel for what must be said.",
        "Een bijeenkomst over een beladen vraagstuk heeft geen veilig kanaal voor wat "
        "gezegd moet worden.",
    )
    hint = Text(
        "Give the session a safe channel: a complaints corner, anonymous input (question "
        "cards, an online form), or small-group work before the plenary.",
        "Geef de bijeenkomst een veilig kanaal: een klachtenhoek, anonieme inbreng "
        "(vragenkaarten, een online formulier), of eerst werken in kleine groepjes en "
        "dan pas plenair.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "contested": Option(
            [],
            "ids of sessions in which the issue is contested, beside those the rule finds",
            valid=_ids,
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        named = frozenset(ctx.option("contested"))
        for s, session in ctx.judged_sessions():
            if session.kind in FORMAL_KINDS:
                continue
            why = contested(ctx.trajectory, session, ctx.formats, named)
            if not why:
                continue
            channel = safe_channel(ctx.trajectory, session, ctx.formats)
            if channel:
                continue
            reason = _reason(why)
            if channel is None:
                if why.dilemmas:
                    yield _unverified(s, session.id, reason, why)
                continue
            yield Violation(
                ("sessions", s, "safety"),
                Text(
                    f"Session '{session.id}' works on a contested issue ({reason.en}), but "
                    "what must be said has no safe channel: no anonymous input, no "
                    "complaints corner, and no work in small groups before the plenary.",
                    f"Bijeenkomst '{session.id}' gaat over een beladen vraagstuk "
                    f"({reason.nl}), maar wat gezegd moet worden heeft geen veilig kanaal: "
                    "geen anonieme inbreng, geen klachtenhoek, en geen werk in kleine "
                    "groepjes vóór het plenaire deel.",
                ),
                related=(session.id, *why.dilemmas),
            )


def _reason(why: Contested) -> Text:
    parts: list[Text] = []
    if why.dilemmas:
        blocks = quoted(why.dilemmas)
        one = len(why.dilemmas) == 1
        parts.append(
            Text(
                f"{'block' if one else 'blocks'} {blocks} {'asks' if one else 'ask'} a "
                "public position on a dilemma",
                f"{'onderdeel' if one else 'onderdelen'} {blocks} "
                f"{'vraagt' if one else 'vragen'} om in het openbaar positie te kiezen",
            )
        )
    if why.spatial_interests:
        parts.append(
            Text(
                "a spatial issue with residents and entrepreneurs both at the table",
                "een ruimtelijk vraagstuk met zowel bewoners als ondernemers aan tafel",
            )
        )
    if why.named:
        parts.append(Text("named as contested", "als beladen aangemerkt"))
    return Text("; ".join(p.en for p in parts), "; ".join(p.nl for p in parts))


def _unverified(s: int, session: str, reason: Text, why: Contested) -> Violation:
    return Violation(
        ("sessions", s, "safety"),
        Text(
            f"Session '{session}' works on a contested issue ({reason.en}); the record "
            "does not show whether what must be said had a safe channel (its safety "
            "measures, or the work formats of its programme, are not recorded).",
            f"Bijeenkomst '{session}' gaat over een beladen vraagstuk ({reason.nl}); het "
            "verslag laat niet zien of wat gezegd moest worden een veilig kanaal had (de "
            "veiligheidsmaatregelen of de werkvormen van het programma staan er niet in).",
        ),
        hint=Text(
            "Where the source says how people could speak safely (a complaints corner, "
            "question cards, table work first), add it to `safety` or the programme.",
            "Zegt de bron hoe mensen veilig konden spreken (een klachtenhoek, "
            "vragenkaarten, eerst aan tafels), zet het dan bij `safety` of in het programma.",
        ),
        related=(session, *why.dilemmas),
    )
