"""SH101: every category of party that the issue touches is invited and expected."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.stakeholders._words import category, listing
from plein.model import IssueKind, Party, PartyCategory

__all__ = ["DEFAULT_CATEGORIES", "MissingCategory"]

_R, _E, _PO = PartyCategory.RESIDENT, PartyCategory.ENTREPRENEUR, PartyCategory.PROPERTY_OWNER
_CS, _AD = PartyCategory.CIVIL_SERVANT, PartyCategory.ADMINISTRATION

#: The categories each kind of issue touches, unless the ``categories`` option says else.
DEFAULT_CATEGORIES: Mapping[IssueKind, tuple[PartyCategory, ...]] = {
    IssueKind.STREET_REDEVELOPMENT: (_R, _E, _CS, _AD),
    IssueKind.SHOPPING_CENTRE_REDEVELOPMENT: (_R, _E, _PO, _AD, _CS),
    IssueKind.AREA_DEVELOPMENT: (_R, _E, _CS, _AD),
    IssueKind.POLICY_VISION: (_R, _E, PartyCategory.CIVIL_SOCIETY, _CS, _AD),
    IssueKind.ENERGY_TRANSITION: (
        _R,
        PartyCategory.HOUSING_CORPORATION,
        _CS,
        _AD,
        PartyCategory.REGIONAL_PARTNER,
    ),
    IssueKind.PROJECT_EVALUATION: (_R, _CS, _AD),
    IssueKind.OTHER: (_R, _CS),
}

_KINDS = {kind.value for kind in IssueKind}
_CATEGORIES = {value.value for value in PartyCategory}


def _valid_map(value: Any) -> bool:
    return all(
        kind in _KINDS
        and isinstance(names, list)
        and all(isinstance(name, str) and name in _CATEGORIES for name in names)
        for kind, names in value.items()
    )


class MissingCategory(Check):
    """## What it checks

    Every category of party (doelgroep) that the issue touches has at least one party
    that is invited to at least one session with an expected headcount other than 0
    (an invitation without a count counts as expected). Which categories an issue
    touches follows from the kind of issue:

    - `street-redevelopment` and `area-development`: resident, entrepreneur,
      civil-servant, administration;
    - `shopping-centre-redevelopment`: resident, entrepreneur, property-owner,
      administration, civil-servant;
    - `policy-vision`: resident, entrepreneur, civil-society, civil-servant,
      administration;
    - `energy-transition`: resident, housing-corporation, civil-servant,
      administration, regional-partner;
    - `project-evaluation`: resident, civil-servant, administration;
    - `other`: resident, civil-servant.

    The `categories` option replaces the list for the kinds it names and keeps the
    others. Each missing category is reported once for the trajectory: either no party
    of it is in the design at all, or its parties are there but never invited (or only
    with an expected headcount of 0), and the finding says which.

    ## Why it matters

    A Plein invites *all* parties involved in the issue, so that in one dagdeel they can
    take the next step together. A step taken without the shop owners, or without the
    alderman who must carry it, is not a step they took: it will be reopened at the
    first session they do attend, and the trust built with the others suffers for it.
    """

    code = "SH101"
    slug = "missing-category"
    severity = Severity.ERROR
    summary = Text(
        "A category of party that the issue touches is not invited or not expected.",
        "Een doelgroep die het vraagstuk raakt, is niet uitgenodigd of wordt niet verwacht.",
    )
    hint = Text(
        "Add a party of that category and invite it to a session with an expected "
        "headcount, or narrow the categories for this kind of issue with the "
        "`categories` option.",
        "Voeg een partij uit die doelgroep toe en nodig haar uit voor een bijeenkomst met "
        "een verwacht aantal, of stel met de optie `categories` in welke doelgroepen dit "
        "soort vraagstuk raakt.",
    )
    options: ClassVar[Mapping[str, Option]] = {
        "categories": Option(
            {},
            "a mapping from issue kind to a list of party categories; replaces the "
            "built-in list for the kinds it names",
            valid=_valid_map,
        )
    }

    def run(self, ctx: Context) -> Iterator[Violation]:
        trajectory = ctx.trajectory
        kind = trajectory.issue.kind
        override = ctx.option("categories")
        touched: tuple[PartyCategory, ...] = DEFAULT_CATEGORIES.get(kind, ())
        if kind.value in override:
            touched = tuple(dict.fromkeys(PartyCategory(c) for c in override[kind.value]))
        expected: set[str] = set()
        zero: dict[str, str] = {}  # party id -> the first session it is invited to with 0
        for session in trajectory.sessions:
            for invited in session.parties:
                if invited.takes_part is False or (
                    invited.expected is not None and invited.expected.high == 0
                ):
                    zero.setdefault(invited.party, session.id)
                else:
                    expected.add(invited.party)
        present: dict[PartyCategory, list[tuple[int, Party]]] = {}
        for index, party in enumerate(trajectory.parties):
            present.setdefault(party.category, []).append((index, party))
        for wanted in touched:
            parties = present.get(wanted, [])
            if any(party.id in expected for _, party in parties):
                continue
            name = category(wanted)
            if not parties:
                yield Violation(
                    ("parties",),
                    Text(
                        f"The issue ({kind.value}) touches the category {name.en}, but no "
                        f"party of that category is in the design.",
                        f"Het vraagstuk ({kind.value}) raakt de doelgroep {name.nl}, maar "
                        f"er staat geen partij uit die doelgroep in het ontwerp.",
                    ),
                    related=(trajectory.id,),
                )
                continue
            ids = [party.id for _, party in parties]
            never = [pid for pid in ids if pid not in zero]
            at_zero = ", ".join(f"'{pid}' in '{zero[pid]}'" for pid in ids if pid in zero)
            one_en, one_nl = (" (at least one of them)", " (minstens één)") if ids[1:] else ("", "")
            why_en, why_nl = [], []
            if never:
                why_en.append(f"not invited to any session: {listing(never)}")
                why_nl.append(f"niet uitgenodigd voor een bijeenkomst: {listing(never)}")
            if at_zero:
                why_en.append(f"invited only with 0 expected: {at_zero}")
                why_nl.append(f"alleen uitgenodigd met 0 verwacht: {at_zero}")
            yield Violation(
                ("parties", parties[0][0]),
                Text(
                    f"The issue ({kind.value}) touches the category {name.en}, but no party "
                    f"of that category is expected at any session ({'; '.join(why_en)}).",
                    f"Het vraagstuk ({kind.value}) raakt de doelgroep {name.nl}, maar "
                    f"geen partij uit die doelgroep wordt op een bijeenkomst verwacht "
                    f"({'; '.join(why_nl)}).",
                ),
                hint=Text(
                    f"Invite {listing(ids)}{one_en} to a session with an expected "
                    f"headcount above 0.",
                    f"Nodig {listing(ids)}{one_nl} uit voor een bijeenkomst met een "
                    f"verwacht aantal boven 0.",
                ),
                related=tuple(ids),
            )
