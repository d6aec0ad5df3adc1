"""SH104: each session has the roles a Plein needs filled."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks._scope import FORMAL_KINDS, WORKING_KINDS, roles_are_known
from plein.checks.stakeholders._views import Roles, roles
from plein.checks.stakeholders._words import listing, role
from plein.model import Role, Session, SessionKind, Trajectory
from plein.workformats import Per

__all__ = ["MissingRole"]

_ROLES = {value.value for value in Role}

#: Why a role matters, added to the message when it is missing.
_WHY: dict[Role, Text] = {
    Role.FACILITATOR: Text("nobody guides the process", "niemand begeleidt het proces"),
    Role.ISSUE_OWNER: Text(
        "nobody is there on behalf of the issue",
        "niemand is er namens het vraagstuk",
    ),
    Role.NOTE_TAKER: Text(
        "nobody records the agreements",
        "niemand legt de afspraken vast",
    ),
}

#: Roles that also lead a meeting that is not a working session (an information
#: evening led by its chair, a site walk led by its guide).
_LEADS = frozenset({Role.FACILITATOR, Role.CHAIR, Role.HOST, Role.GUIDE})
#: The owner's party holding one of these roles is the client at the table.
_CLIENT_ROLES = frozenset({Role.ISSUE_OWNER, Role.CHAIR, Role.DECISION_MAKER, Role.HOST})


def _role_names(value: Any) -> bool:
    return all(isinstance(name, str) and name in _ROLES for name in value)


class MissingRole(Check):
    """## What it checks

    Each session has its roles filled: by default a `facilitator`, an `issue-owner`
    and a `note-taker` who records the agreements, and a `decision-maker` wherever one
    of its agreements has `needsMandate: true`. A role counts as filled when it is
    assigned in the session's `roles` or as a standing role of the trajectory (its
    top-level `roles`), also when the assignment names no party (filled by someone
    the record does not name).

    The issue owner (the client) is recognised without a role line too: a party among
    the session's `organisers` (an organiser that commissions a session is its
    client), the issue's `owner` taking part in the session, or a chair,
    decision-maker or host of the owner's party. Which roles a session needs follows
    from its kind: a working meeting needs all of them and its facilitator may be its
    chair; an information evening, market, symposium or site walk needs someone who
    leads it (a facilitator, chair, host or guide) and the client, and a note-taker
    only where it makes agreements; a formal meeting (board, council) or a meeting of
    kind `other` is not judged. An agreement that needs a mandate is covered by a
    decision-maker in the session or by a decision step that follows it.

    ## On a plan and on a record

    On a plan each missing role is one warning, with a hint to assign it. On a record
    the note-taker is not asked for (one is rarely named even where minutes exist),
    and what is missing is said once for the session. When the record gives its
    roles, the finding says which ones it shows nobody held. When it does not
    (`notRecorded: [roles]`, or no roles at all), it is judged on what it shows: the
    client, and the roles its own work formats need for the whole session (a
    fishbowl's facilitator); the finding says which of those could not be verified.

    ## Why it matters

    The facilitator works with the client so that ownership stays where it belongs:
    with the issue owner and the parties. Without an issue owner at the table nobody
    can say what is open for discussion; without someone recording the agreements
    they fade by the next morning; and an agreement that needs a mandate binds nobody
    until someone who holds that mandate is there to confirm it.
    """

    code = "SH104"
    slug = "missing-role"
    severity = Severity.WARNING
    summary = Text(
        "A session lacks a role a Plein needs, or its record does not show who held it.",
        "Een bijeenkomst mist een rol die een Plein nodig heeft, of het verslag zegt niet "
        "wie die had.",
    )
    hint = Text(
        "Assign the role in the session's `roles`, or as a standing role of the trajectory.",
        "Wijs de rol toe in de `roles` van de bijeenkomst, of als vaste rol van het traject.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "required": Option(
            ["facilitator", "issue-owner", "note-taker"],
            "the roles every working session must have filled (role names)",
            valid=_role_names,
        )
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        required = list(dict.fromkeys(Role(name) for name in ctx.option("required")))
        held = roles(ctx)
        trajectory = ctx.trajectory
        decided = _followed_by_decision(trajectory)
        for s, session in ctx.judged_sessions():
            if session.kind in FORMAL_KINDS or session.kind is SessionKind.OTHER:
                continue
            known = roles_are_known(session)
            needed = _needed(session, required)
            if session.is_record and not known:
                needed = [
                    r for r in needed if r is Role.ISSUE_OWNER or r in _format_needs(ctx, session)
                ]
            missing = [r for r in needed if not _filled(trajectory, held, s, session, r)]
            if session.is_record:
                if missing:
                    yield _record_violation(s, session, missing, known)
            else:
                for gap in missing:
                    yield _plan_violation(trajectory, s, session, gap)
            mandated = [a.id for a in session.agreements if a.needs_mandate]
            if (
                mandated
                and session.id not in decided
                and Role.DECISION_MAKER not in held.present(s)
                and Role.DECISION_MAKER not in required
                and (not session.is_record or roles_are_known(session))
            ):
                name = role(Role.DECISION_MAKER)
                yield Violation(
                    ("sessions", s, "roles"),
                    Text(
                        f"Session '{session.id}' makes agreements that need a mandate "
                        f"({listing(mandated)}) but has no {name.en} to confirm them, and "
                        f"no decision step follows it.",
                        f"Bijeenkomst '{session.id}' maakt afspraken die een mandaat nodig "
                        f"hebben ({listing(mandated)}), maar heeft geen {name.nl} om ze te "
                        f"bekrachtigen, en er volgt geen besluit op.",
                    ),
                    hint=Text(
                        f"Assign the role decision-maker in session '{session.id}' to "
                        f"someone who holds the mandate, such as the alderman, or add the "
                        f"decision step that confirms the agreements.",
                        f"Wijs in bijeenkomst '{session.id}' de rol decision-maker toe aan "
                        f"iemand met mandaat, zoals de wethouder, of voeg het besluit toe "
                        f"dat de afspraken bekrachtigt.",
                    ),
                    related=(session.id, *mandated),
                )


def _needed(session: Session, required: list[Role]) -> list[Role]:
    """The required roles that apply to this kind of session, plan or record."""
    working = session.kind in WORKING_KINDS
    needed = []
    for wanted in required:
        if wanted is Role.NOTE_TAKER and (session.is_record or not (working or session.agreements)):
            continue
        needed.append(wanted)
    return needed


def _format_needs(ctx: Context, session: Session) -> set[Role]:
    """The roles the session's own work formats need once for the whole session."""
    needs: set[Role] = set()
    for block in session.programme:
        if not block.kind.is_content:
            continue
        for format_id in (block.format, *(track.format for track in block.tracks)):
            found = ctx.format(format_id)
            if found is not None:
                needs.update(n.role for n in found.roles_needed if n.per is Per.SESSION)
    return needs


def _filled(trajectory: Trajectory, held: Roles, s: int, session: Session, needed: Role) -> bool:
    present = held.present(s)
    if needed in present:
        return True
    if needed is Role.FACILITATOR:
        leads = _LEADS if session.kind not in WORKING_KINDS else {Role.CHAIR}
        return bool(present & leads)
    if needed is Role.ISSUE_OWNER:
        return _client_present(trajectory, held, s, session)
    return False


def _client_present(trajectory: Trajectory, held: Roles, s: int, session: Session) -> bool:
    """Whether the client is at the session, with or without a role line."""
    if session.organisers:
        return True
    owner = trajectory.issue.owner
    if owner is None:
        return False
    if held.of_party(s, owner) & _CLIENT_ROLES:
        return True
    # On a plan a listed party is expected; on a record it must be shown to take part.
    return any(
        p.party == owner and (p.takes_part or (p.takes_part is None and not session.is_record))
        for p in session.parties
    )


def _followed_by_decision(trajectory: Trajectory) -> set[str]:
    """Ids of the sessions that a decision step follows, directly or further on."""
    before: dict[str, tuple[str, ...]] = {n.id: n.after for n in trajectory.sessions}
    before.update({n.id: n.after for n in trajectory.steps})
    found: set[str] = set()
    todo = [step.id for step in trajectory.steps if step.kind.is_decision]
    seen = set(todo)
    while todo:
        for earlier in before.get(todo.pop(), ()):
            found.add(earlier)
            if earlier not in seen:
                seen.add(earlier)
                todo.append(earlier)
    return found


def _plan_violation(trajectory: Trajectory, s: int, session: Session, needed: Role) -> Violation:
    name, why = role(needed), _WHY.get(needed)
    extra_en = f": {why.en}" if why else ""
    extra_nl = f": {why.nl}" if why else ""
    owner = trajectory.issue.owner
    if needed == Role.ISSUE_OWNER and owner is not None:
        extra_en += f" (the issue names '{owner}' as its owner, but it is not at the session)"
        extra_nl += f" (het vraagstuk noemt '{owner}' als eigenaar, maar die is er niet bij)"
    return Violation(
        ("sessions", s, "roles"),
        Text(
            f"Session '{session.id}' has no {name.en}{extra_en}.",
            f"Bijeenkomst '{session.id}' heeft geen {name.nl}{extra_nl}.",
        ),
        hint=Text(
            f"Assign the role {needed.value} to a party (or a person in it) in "
            f"session '{session.id}', or as a standing role of the trajectory.",
            f"Wijs de rol {needed.value} toe aan een partij (of iemand daarvan) "
            f"in bijeenkomst '{session.id}', of als vaste rol van het traject.",
        ),
        related=(session.id,),
    )


def _record_violation(s: int, session: Session, missing: list[Role], known: bool) -> Violation:
    en = ", ".join(role(r).en for r in missing)
    nl = ", ".join(role(r).nl for r in missing)
    if known:
        message = Text(
            f"The record of session '{session.id}' shows nobody as {en}.",
            f"Het verslag van bijeenkomst '{session.id}' noemt niemand als {nl}.",
        )
        hint = Text(
            "If a source names who held the role, add it (a role without a party says "
            "it was filled by someone not named); otherwise note it for the next session.",
            "Noemt een bron wie de rol had, voeg die toe (een rol zonder partij zegt dat "
            "iemand die niet genoemd wordt haar vervulde); anders: neem het mee naar de "
            "volgende bijeenkomst.",
        )
    else:
        message = Text(
            f"The record of session '{session.id}' does not give its roles, so whether "
            f"it had a {en} cannot be verified.",
            f"Het verslag van bijeenkomst '{session.id}' noemt de rollen niet, dus of er "
            f"een {nl} was, is niet na te gaan.",
        )
        hint = Text(
            "Add the roles a source names; a role without a party says it was filled by "
            "someone not named.",
            "Voeg de rollen toe die een bron noemt; een rol zonder partij zegt dat iemand "
            "die niet genoemd wordt haar vervulde.",
        )
    return Violation(("sessions", s, "roles"), message, hint=hint, related=(session.id,))
