"""FU102: the facilitator owns no content action or promise."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.followup._entries import Entry, FollowUps, follow_ups
from plein.model import PartyCategory, Role, Trajectory


class FacilitatorOwnsAction(Check):
    """## What it checks

    No action of an agreement and no promise is owned by the facilitator. The owner is
    the facilitator when it is

    - a role assignment (standing or in a session) of the role `facilitator`, or
    - a party that is the facilitator and nothing else: a party of category
      `facilitation` (the process facilitator's own organisation), or one that holds
      the `facilitator` role somewhere in the trajectory, *and* holds no role other
      than `facilitator` anywhere. A municipality that both facilitates and is the
      issue owner may own actions.

    Promises are judged the same way: a promise is the organiser's, and the organiser
    is the issue owner, not the person who leads the conversation. So a party that
    organises or commissions the session (its `organisers`), or that owns the issue,
    is its client, whatever its category: it may own actions and promises. For a
    joint duty every owner, and the lead, is checked.

    ## On a plan and on a record

    Alike: who owns an item is what the design shows, so a facilitator named as owner
    is a breach the data shows, on a plan and on a record.

    ## Why it matters

    The facilitator works closely with the client so that ownership stays where it
    belongs: with the parties. When the facilitator takes the actions home, the parties
    leave the room without anything to do, the trajectory starts to lean on an outsider
    who leaves when it ends, and the facilitator's neutrality is at stake at the next
    Plein, where they must report on their own work.
    """

    code = "FU102"
    slug = "facilitator-owns-action"
    severity = Severity.ERROR
    summary = Text(
        "The facilitator owns an action or promise.",
        "De procesbegeleider is eigenaar van een actiepunt of toezegging.",
    )
    hint = Text(
        "Give the action to the party it is about, or to the issue owner; the "
        "facilitator can support, not own.",
        "Leg het actiepunt bij de partij waar het over gaat, of bij de opdrachtgever; "
        "de procesbegeleider kan ondersteunen, maar is geen eigenaar.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        view = follow_ups(ctx)
        trajectory = ctx.trajectory
        for entry in view.entries:
            client = {*entry.session.organisers, trajectory.issue.owner}
            for owner in entry.item.responsible:
                yield from self._judge(view, trajectory, entry, owner, client)

    def _judge(
        self,
        view: FollowUps,
        trajectory: Trajectory,
        entry: Entry,
        owner: str,
        client: set[str | None],
    ) -> Iterator[Violation]:
        where = (*entry.path, "owners" if owner in entry.item.owners else "lead")
        party = trajectory.party(owner)
        if party is not None and owner in client:
            return
        if party is not None:
            roles = view.party_roles.get(owner, frozenset())
            if roles - {Role.FACILITATOR}:
                return
            if party.category is PartyCategory.FACILITATION:
                why = Text(
                    "the facilitator's own organisation (category facilitation)",
                    "de eigen organisatie van de procesbegeleider (categorie facilitation)",
                )
            elif Role.FACILITATOR in roles:
                why = Text(
                    "a party whose only role in the trajectory is facilitator",
                    "een partij met als enige rol in het traject die van procesbegeleider",
                )
            else:
                return
            yield Violation(
                where,
                Text(
                    f"{entry.name.en} is owned by {owner}, {why.en}.",
                    f"{entry.name.nl} ligt bij {owner}, {why.nl}.",
                ),
                hint=_hint(entry),
                related=(entry.item.id, owner, entry.session.id),
            )
            return
        assignment = view.roles_by_id.get(owner)
        if assignment is not None and assignment.role is Role.FACILITATOR:
            held = assignment.party or "someone the record does not name"
            door = assignment.party or "iemand die het verslag niet noemt"
            yield Violation(
                where,
                Text(
                    f"{entry.name.en} is owned by role assignment '{owner}': the "
                    f"facilitator role, held by {held}.",
                    f"{entry.name.nl} ligt bij roltoewijzing '{owner}': de rol van "
                    f"procesbegeleider, vervuld door {door}.",
                ),
                hint=_hint(entry),
                related=tuple(
                    x
                    for x in (entry.item.id, owner, assignment.party, entry.session.id)
                    if x is not None
                ),
            )


def _hint(entry: Entry) -> Text:
    if entry.is_promise:
        return Text(
            f"Let the issue owner own promise {entry.item.id}; the facilitator can "
            "support, not own.",
            f"Leg toezegging {entry.item.id} bij de opdrachtgever; de procesbegeleider kan "
            "ondersteunen, maar is geen eigenaar.",
        )
    return Text(
        f"Give action {entry.item.id} to the party it is about, or to the issue owner; "
        "the facilitator can support, not own.",
        f"Leg actiepunt {entry.item.id} bij de partij waar het over gaat, of bij de "
        "opdrachtgever; de procesbegeleider kan ondersteunen, maar is geen eigenaar.",
    )
