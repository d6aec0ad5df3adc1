"""TR105: every category of party at the table has a voice in the session."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks._scope import FORMAL_KINDS, INFORMING_KINDS, highest_level
from plein.checks.stakeholders.voices import PartyNotHeard
from plein.checks.trust._known import programme_known
from plein.checks.trust._views import session_voices
from plein.checks.trust._words import category, quoted
from plein.model import ParticipationLevel, PartyCategory, Role, Session, Trajectory

__all__ = ["UnheardCategory"]

_ROLES = {value.value for value in Role}
_CATEGORIES = {value.value for value in PartyCategory}


def _names(allowed: set[str]) -> Callable[[Any], bool]:
    def valid(value: Any) -> bool:
        return all(isinstance(name, str) and name in allowed for name in value)

    return valid


class UnheardCategory(Check):
    """## What it checks

    In each session with a programme, every category of party at the table (the
    parties invited and expected, an expected 0 not counted) has a voice: at least one
    of its parties takes part in a content block whose work format asks more than
    listening, or is among a block's `speakers`. This is the view by category
    (doelgroep); SH106 (`party-not-heard`) looks at each party on its own.

    A category is not judged when one of its parties takes part in a block whose work
    format is unknown (it may speak there), when it is one of `exemptCategories`, or
    when every party of it holds only `exempt` roles in the session (an observer from
    the council, say). Input in writing or one to one is voice: post-its, a reaction
    form, dot voting, the stands of an information market.

    It asks this where the parties come to be heard: not at a formal board or council
    meeting, and not where every party whose level is recorded is only informed (an
    information evening, market or symposium is judged only when a party at it stands
    higher on the ladder than inform).

    ## On a plan and on a record

    On a plan, the finding asks for a block where the category speaks. A record is
    judged only when it gives the programme to its end: where the end was not
    published, or the record gives only a tentative plan, the category may have spoken
    in what is not recorded.

    ## Why it matters

    The method invites everyone an issue touches so that every perspective is at the
    table: residents, entrepreneurs, the municipality, partners. When a whole category
    only listens, the session has heard one side, however full the room was, and that
    category will rightly say that it was informed, not involved. Trust across the
    trajectory starts with every group having had its say.
    """

    code = "TR105"
    slug = "unheard-category"
    severity = Severity.WARNING
    summary = Text(
        "A category of party at the table has no voice in the session.",
        "Een doelgroep aan tafel komt in de bijeenkomst niet aan het woord.",
    )
    hint = Text(
        "Give the category a block where it speaks: work at tables, a round, or a place "
        "among a block's speakers for one of its parties.",
        "Geef de doelgroep een onderdeel waarin zij aan het woord komt: werk aan tafels, "
        "een rondje, of een plek tussen de sprekers voor een van haar partijen.",
    )
    # The same exemptions as the per-party view of voice, so the two agree on who must speak.
    options: ClassVar[Mapping[str, Option]] = PartyNotHeard.options

    def run(self, ctx: Context) -> Iterator[Violation]:
        exempt_roles = {Role(name) for name in ctx.option("exempt")}
        exempt_categories = {PartyCategory(name) for name in ctx.option("exemptCategories")}
        standing: dict[str, set[Role]] = {}
        for assignment in ctx.trajectory.roles:
            if assignment.party is not None:
                standing.setdefault(assignment.party, set()).add(assignment.role)
        for s, (session, voice) in enumerate(
            zip(ctx.trajectory.sessions, session_voices(ctx), strict=True)
        ):
            if not session.programme or not _asks_voice(ctx.trajectory, session):
                continue
            if not programme_known(session):
                continue
            held: dict[str, set[Role]] = {}
            for assignment in session.roles:
                if assignment.party is not None:
                    held.setdefault(assignment.party, set()).add(assignment.role)

            def counts(party: str, held: dict[str, set[Role]] = held) -> bool:
                roles = standing.get(party, set()) | held.get(party, set())
                return not roles or not roles <= exempt_roles

            for cat in voice.categories_unheard:
                if cat in exempt_categories:
                    continue
                parties = [p for p in voice.parties_of(cat) if counts(p)]
                if parties:
                    yield _violation(s, session, cat, parties)


def _asks_voice(trajectory: Trajectory, session: Session) -> bool:
    if session.kind in FORMAL_KINDS:
        return False
    level = highest_level(trajectory, session)
    if level is ParticipationLevel.INFORM:
        return False
    return session.kind not in INFORMING_KINDS or level is not None


def _violation(s: int, session: Session, cat: PartyCategory, parties: list[str]) -> Violation:
    first = next(i for i, invited in enumerate(session.parties) if invited.party == parties[0])
    named = category(cat)
    who = quoted(parties)
    one = len(parties) == 1
    return Violation(
        ("sessions", s, "parties", first),
        Text(
            f"In session '{session.id}', category {named.en} is at the table "
            f"({'party' if one else 'parties'} {who}) but has no voice: no block lets "
            "anyone of that group speak, so the session knows it only as an audience.",
            f"In bijeenkomst '{session.id}' zit de doelgroep {named.nl} aan tafel "
            f"({'partij' if one else 'partijen'} {who}), maar komt niet aan het woord: "
            "geen onderdeel laat iemand uit die groep spreken, dus de bijeenkomst kent "
            "haar alleen als publiek.",
        ),
        related=(session.id, *parties),
    )
