"""SH106: every party at the table gets a moment to speak, not only to listen."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, ClassVar

import attrs

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks._scope import FORMAL_KINDS, end_is_known
from plein.checks.stakeholders._views import headcounts, roles
from plein.checks.stakeholders._words import listing
from plein.model import BlockKind, Count, PartyCategory, Role, Session, Trajectory

__all__ = ["PartyNotHeard"]

_ROLES = {value.value for value in Role}
_CATEGORIES = {value.value for value in PartyCategory}


def _names(allowed: set[str]) -> Callable[[Any], bool]:
    def valid(value: Any) -> bool:
        return all(isinstance(name, str) and name in allowed for name in value)

    return valid


@attrs.define(eq=False)
class _Floor:
    """Who gets to speak in one session, and which blocks could not tell."""

    everyone: bool = False
    parties: set[str] = attrs.field(factory=set)
    unknown_for_all: list[str] = attrs.field(factory=list)
    unknown: dict[str, list[str]] = attrs.field(factory=dict)

    def speak(self, who: Iterable[str] | None) -> None:
        if who is None:
            self.everyone = True
        else:
            self.parties.update(who)

    def cannot_tell(self, who: Iterable[str] | None, unit: str) -> None:
        if who is None:
            self.unknown_for_all.append(unit)
        else:
            for party in who:
                self.unknown.setdefault(party, []).append(unit)

    def hears(self, party: str) -> bool:
        return self.everyone or party in self.parties

    def unclear(self, party: str) -> list[str]:
        return [*self.unknown_for_all, *self.unknown.get(party, [])]


class PartyNotHeard(Check):
    """## What it checks

    Every party invited to a session with an expected headcount other than 0 (or none
    given) gets at least one content block in which it speaks: a block whose work
    format asks more than listening and in which it takes part (a block without
    `participants` includes everybody; a party in a track's `participants` takes
    part), or a block that lists it among its `speakers`. A parallel track with its
    own work format counts the same way for its own participants. Breaks and the
    walk-in are not content blocks; a session without a programme is not judged.

    Voice is any channel in which every participant gets a say: talking, but also
    writing (post-its, a reaction form, dot voting) and one-to-one talks (an
    information market's stands, interviews). A speaker named by its role assignment
    counts for its party, and a party listed with the role `speaker` or `expert` is
    heard as a witness. A party is exempt when every role it holds in the session is
    one of the `exempt` roles, or when its category is one of `exemptCategories`.
    Parties that are not invited, not present, or there without a voice (observers,
    press) are not judged, nor are formal meetings (board, council). A block with no
    work format, or one the catalogue does not know, cannot show that anyone speaks;
    the finding says so when that is why.

    ## On a plan and on a record

    On a plan each party without a moment to speak is one warning, with a hint. On a
    record only parties shown to be there are judged, and what the record cannot show
    (blocks without a known format, a programme whose end is not known) is said once
    for the session, naming the parties it concerns.

    ## Why it matters

    What must be said gets said: that is what a Plein is for. A party that is invited,
    comes, and only listens to presentations has been informed, not involved, and
    will say so. Giving every party a moment to speak, in a format safe enough for
    it, is what turns an audience into people taking the next step together.
    """

    code = "SH106"
    slug = "party-not-heard"
    severity = Severity.WARNING
    summary = Text(
        "A party at the table gets no moment to speak.",
        "Een partij aan tafel krijgt geen moment om te spreken.",
    )
    hint = Text(
        "Let the party take part in a block where people talk (a round, table "
        "conversations, a fishbowl), or list it among a block's speakers.",
        "Laat de partij meedoen aan een onderdeel waarin mensen praten (een rondje, "
        "tafelgesprekken, een fishbowl), of zet haar bij de sprekers van een onderdeel.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "exempt": Option(
            ["facilitator", "note-taker", "observer"],
            "roles whose holders need not speak, when they hold no other role (role names)",
            valid=_names(_ROLES),
        ),
        "exemptCategories": Option(
            ["press", "facilitation"],
            "party categories that need not speak (category names)",
            valid=_names(_CATEGORIES),
        ),
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        exempt_roles = {Role(name) for name in ctx.option("exempt")}
        exempt_categories = {PartyCategory(name) for name in ctx.option("exemptCategories")}
        held = roles(ctx)
        counts = headcounts(ctx)
        for s, session in ctx.judged_sessions():
            if not session.programme or session.kind in FORMAL_KINDS:
                continue
            floor = _floor(ctx, session)
            if session.is_record and not end_is_known(session):
                floor.unknown_for_all.append("(the end of the programme)")
            judged: set[str] = set()
            unheard: list[tuple[int, str]] = []
            for i, invited in enumerate(session.parties):
                party_id = invited.party
                party = ctx.trajectory.party(party_id)
                count = counts[s].get(party_id)
                if party is None or party_id in judged or (count is not None and count.high == 0):
                    continue
                judged.add(party_id)
                if invited.takes_part is False or (
                    invited.takes_part is None and session.is_record
                ):
                    continue
                if invited.role in (Role.SPEAKER, Role.EXPERT):
                    continue
                if party.category in exempt_categories or floor.hears(party_id):
                    continue
                held_roles = held.of_party(s, party_id)
                if held_roles and held_roles <= exempt_roles:
                    continue
                unheard.append((i, party_id))
            if session.is_record:
                if unheard:
                    yield _record_violation(s, session, unheard, floor)
            else:
                for i, party_id in unheard:
                    yield _violation(s, i, session, party_id, counts[s].get(party_id), floor)


def _floor(ctx: Context, session: Session) -> _Floor:
    floor = _Floor()
    speakers = _speaker_parties(ctx.trajectory, session)
    for block in session.programme:
        if block.kind != BlockKind.WORK:
            continue
        floor.speak(speakers(block.speakers))
        members: set[str] | None = None
        if block.participants:
            members = set(block.participants)
            for track in block.tracks:
                members.update(track.participants)
        tracks_decide = block.format is None and any(t.format for t in block.tracks)
        if not tracks_decide:
            _judge(ctx, floor, block.format, members, block.id)
        for track in block.tracks:
            floor.speak(speakers(track.speakers))
            if track.format is not None or tracks_decide:
                who = set(track.participants) if track.participants else members
                _judge(ctx, floor, track.format, who, track.id)
    return floor


def _speaker_parties(
    trajectory: Trajectory, session: Session
) -> Callable[[Iterable[str]], set[str]]:
    """Speakers as parties: a role assignment's id stands for its party."""
    by_id = {a.id: a.party for a in (*trajectory.roles, *session.roles) if a.id is not None}

    def parties(ids: Iterable[str]) -> set[str]:
        found = set()
        for name in ids:
            party = by_id.get(name, name)
            if party is not None:
                found.add(party)
        return found

    return parties


def _judge(
    ctx: Context, floor: _Floor, format_id: str | None, who: set[str] | None, unit: str
) -> None:
    found = ctx.format(format_id)
    if found is None:
        floor.cannot_tell(who, unit)
    elif found.exposure.is_voice:
        floor.speak(who)


def _violation(
    s: int, i: int, session: Session, party: str, expected: Count | None, floor: _Floor
) -> Violation:
    count_en = f" ({expected} expected)" if expected is not None else ""
    count_nl = f" ({expected} verwacht)" if expected is not None else ""
    message = Text(
        f"In session '{session.id}', party '{party}'{count_en} takes part in no content "
        f"block where it gets to speak, and is not among any block's speakers.",
        f"In bijeenkomst '{session.id}' doet partij '{party}'{count_nl} aan geen "
        f"onderdeel mee waarin zij aan het woord komt, en staat zij bij geen onderdeel "
        f"tussen de sprekers.",
    )
    hint = None
    unclear = floor.unclear(party)
    if unclear:
        units, one = listing(unclear), len(unclear) == 1
        message = Text(
            f"In session '{session.id}', party '{party}'{count_en} has no content block "
            f"where it is known to speak: {units} {'has' if one else 'have'} no work "
            f"format from the catalogue, so {'it' if one else 'they'} cannot show that "
            f"it does.",
            f"In bijeenkomst '{session.id}' heeft partij '{party}'{count_nl} geen "
            f"onderdeel waarvan vaststaat dat zij er spreekt: {units} "
            f"{'heeft' if one else 'hebben'} geen werkvorm uit de catalogus, dus daaruit "
            f"blijkt het niet.",
        )
        hint = Text(
            f"Give {units} a work format from the catalogue, or list '{party}' among "
            f"the speakers of a block.",
            f"Geef {units} een werkvorm uit de catalogus, of zet '{party}' bij de "
            f"sprekers van een onderdeel.",
        )
    return Violation(("sessions", s, "parties", i), message, hint=hint, related=(party, session.id))


def _record_violation(
    s: int, session: Session, unheard: list[tuple[int, str]], floor: _Floor
) -> Violation:
    parties = listing(p for _, p in unheard)
    unclear = list(dict.fromkeys(u for _, p in unheard for u in floor.unclear(p)))
    if unclear:
        units = listing(unclear)
        message = Text(
            f"The record of session '{session.id}' does not show that {parties} got a "
            f"moment to speak: {units} cannot show it (no work format from the catalogue, "
            f"or not recorded).",
            f"Het verslag van bijeenkomst '{session.id}' laat niet zien dat {parties} aan "
            f"het woord kwam(en): uit {units} blijkt het niet (geen werkvorm uit de "
            f"catalogus, of niet vastgelegd).",
        )
    else:
        message = Text(
            f"In the record of session '{session.id}', {parties} took part in no content "
            f"block where they got a say, and are among no block's speakers.",
            f"In het verslag van bijeenkomst '{session.id}' deed {parties} aan geen "
            f"onderdeel mee waarin zij een stem hadden, en stond bij geen onderdeel tussen "
            f"de sprekers.",
        )
    hint = Text(
        "Give the blocks the work formats a source names, or list the parties among a "
        "block's speakers; for the next session, plan a moment where they are heard.",
        "Geef de onderdelen de werkvormen die een bron noemt, of zet de partijen bij de "
        "sprekers van een onderdeel; plan voor de volgende bijeenkomst een moment waarop "
        "zij gehoord worden.",
    )
    return Violation(
        ("sessions", s, "parties"),
        message,
        hint=hint,
        related=(session.id, *(p for _, p in unheard)),
    )
