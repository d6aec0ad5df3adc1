"""FU101: every action and promise has an owner at the table."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.followup._entries import Entry, FollowUps, by_session, follow_ups, listed
from plein.model import Trajectory


class UnownedAction(Check):
    """## What it checks

    Every follow-up action of an agreement, and every promise the organiser made,
    names its `owners` (one, or several for a joint duty, optionally with a `lead`), and
    each is one of two things:

    - a party of the trajectory (an id under `parties`), or
    - a role assignment with an `id`, standing (under `roles`) or in a session, that
      is held by a party of the trajectory ("the coordinator of the theme mobility").

    The check reports an item with no owner at all, and an owner that names neither,
    or a role assignment whose party is not one of the trajectory's. For a joint duty
    every owner, and the lead, is checked. A role assignment without a party (the role
    was filled, the record does not say by whom) is an owner.

    ## On a plan and on a record

    No owner is missing data, not a breach: a warning either way. On a plan each item
    without an owner is named, with a hint to add one. On a record (a held session) the
    items its record gives no owner for are named together, once per session.

    ## Why it matters

    A Plein ends with clear agreements, and an agreement moves only when somebody
    carries it forward. An action that belongs to "we" belongs to nobody: at the next
    session nobody reports back, and the parties learn that what they agreed did not
    count. The owner must be one of the parties, so that ownership stays where it
    belongs; naming a role rather than a person is fine, as long as a party holds it.
    """

    code = "FU101"
    slug = "unowned-action"
    severity = Severity.WARNING
    summary = Text(
        "An action or promise has no owner among the parties.",
        "Een actiepunt of toezegging heeft geen eigenaar onder de partijen.",
    )
    hint = Text(
        "List under `owners` the id of a party, or of a role assignment held by a party.",
        "Zet onder `owners` het id van een partij, of van een roltoewijzing die een partij "
        "vervult.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = follow_ups(ctx)
        trajectory = ctx.trajectory
        unowned = [entry for entry in view.entries if not entry.item.responsible]
        for entry in unowned:
            if not entry.session.is_record:
                yield Violation(
                    (*entry.path, "owners"),
                    Text(
                        f"{entry.name.en} has no owner.",
                        f"{entry.name.nl} heeft geen eigenaar.",
                    ),
                    related=(entry.item.id, entry.session.id),
                )
        for group in by_session(e for e in unowned if e.session.is_record):
            yield _record_unowned(group)
        for entry in view.entries:
            for owner in entry.item.responsible:
                yield from self._check_owner(entry, owner, trajectory, view)

    def _check_owner(
        self, entry: Entry, owner: str, trajectory: Trajectory, view: FollowUps
    ) -> Iterator[Violation]:
        where = (*entry.path, "owners" if owner in entry.item.owners else "lead")
        if trajectory.party(owner) is not None:
            return
        assignment = view.roles_by_id.get(owner)
        if assignment is None:
            yield Violation(
                where,
                Text(
                    f"{entry.name.en} is owned by '{owner}', which is neither a party "
                    "nor a role assignment with that id.",
                    f"{entry.name.nl} heeft '{owner}' als eigenaar, maar dat is geen "
                    "partij en ook geen roltoewijzing met dat id.",
                ),
                related=(entry.item.id, owner, entry.session.id),
            )
        elif assignment.party is not None and trajectory.party(assignment.party) is None:
            role = assignment.role.value
            yield Violation(
                where,
                Text(
                    f"{entry.name.en} is owned by role assignment '{owner}' ({role}), "
                    f"held by '{assignment.party}', which is not a party of the "
                    "trajectory.",
                    f"{entry.name.nl} heeft roltoewijzing '{owner}' ({role}) als "
                    f"eigenaar, maar die wordt vervuld door '{assignment.party}', en "
                    "dat is geen partij van het traject.",
                ),
                hint=Text(
                    f"Add '{assignment.party}' under `parties`, or give the role to a "
                    "party that is there.",
                    f"Neem '{assignment.party}' op onder `parties`, of geef de rol aan "
                    "een partij die er al staat.",
                ),
                related=(entry.item.id, owner, assignment.party, entry.session.id),
            )


def _record_unowned(group: list[Entry]) -> Violation:
    session = group[0].session
    ids = listed(group)
    return Violation(
        (*group[0].path, "owners"),
        Text(
            f"The record of session {session.id} names no owner for {ids}: who carries "
            "it forward cannot be verified.",
            f"Het verslag van bijeenkomst {session.id} noemt geen eigenaar voor {ids}: "
            "wie het oppakt is niet na te gaan.",
        ),
        hint=Text(
            "Add the owner under `owners` where another source names one; otherwise ask "
            "the organiser who carries it forward.",
            "Zet de eigenaar onder `owners` als een andere bron die noemt; vraag anders "
            "de organisator wie het oppakt.",
        ),
        related=(*(entry.item.id for entry in group), session.id),
    )
