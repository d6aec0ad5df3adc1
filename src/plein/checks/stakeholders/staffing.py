"""SH104: each session has the roles a Plein needs filled."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.stakeholders._views import roles
from plein.checks.stakeholders._words import listing, role
from plein.model import Role

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


def _role_names(value: Any) -> bool:
    return all(isinstance(name, str) and name in _ROLES for name in value)


class MissingRole(Check):
    """## What it checks

    Each session has its roles filled: by default a `facilitator`, an `issue-owner`
    and a `note-taker` who records the agreements, and a `decision-maker` wherever one
    of its agreements has `needsMandate: true`. A role counts as filled when it is
    assigned in the session's `roles` or as a standing role of the trajectory (its
    top-level `roles`). Each missing role is one finding.

    ## Why it matters

    The facilitator works with the client so that ownership stays where it belongs:
    with the issue owner and the parties. Without an issue owner at the table nobody
    can say what is open for discussion; without someone recording the agreements
    they fade by the next morning; and an agreement that needs a mandate binds nobody
    until someone who holds that mandate is there to confirm it.
    """

    code = "SH104"
    slug = "missing-role"
    severity = Severity.ERROR
    summary = Text(
        "A session lacks a role a Plein needs.",
        "Een bijeenkomst mist een rol die een Plein nodig heeft.",
    )
    hint = Text(
        "Assign the role in the session's `roles`, or as a standing role of the trajectory.",
        "Wijs de rol toe in de `roles` van de bijeenkomst, of als vaste rol van het traject.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "required": Option(
            ["facilitator", "issue-owner", "note-taker"],
            "the roles every session must have filled (role names)",
            valid=_role_names,
        )
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        required = list(dict.fromkeys(Role(name) for name in ctx.option("required")))
        held = roles(ctx)
        owner = ctx.trajectory.issue.owner
        for s, session in enumerate(ctx.trajectory.sessions):
            present = held.present(s)
            for needed in required:
                if needed in present:
                    continue
                name, why = role(needed), _WHY.get(needed)
                extra_en = f": {why.en}" if why else ""
                extra_nl = f": {why.nl}" if why else ""
                if needed == Role.ISSUE_OWNER and owner is not None:
                    extra_en += (
                        f" (the issue names '{owner}' as its owner, but nobody holds the role)"
                    )
                    extra_nl += (
                        f" (het vraagstuk noemt '{owner}' als eigenaar, maar niemand heeft de rol)"
                    )
                yield Violation(
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
            mandated = [a.id for a in session.agreements if a.needs_mandate]
            if mandated and Role.DECISION_MAKER not in present | set(required):
                name = role(Role.DECISION_MAKER)
                yield Violation(
                    ("sessions", s, "roles"),
                    Text(
                        f"Session '{session.id}' makes agreements that need a mandate "
                        f"({listing(mandated)}) but has no {name.en} to confirm them.",
                        f"Bijeenkomst '{session.id}' maakt afspraken die een mandaat nodig "
                        f"hebben ({listing(mandated)}), maar heeft geen {name.nl} om ze te "
                        f"bekrachtigen.",
                    ),
                    hint=Text(
                        f"Assign the role decision-maker in session '{session.id}' to "
                        f"someone who holds the mandate, such as the alderman.",
                        f"Wijs in bijeenkomst '{session.id}' de rol decision-maker toe aan "
                        f"iemand met mandaat, zoals de wethouder.",
                    ),
                    related=(session.id, *mandated),
                )
