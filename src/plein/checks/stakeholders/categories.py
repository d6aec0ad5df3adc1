"""SH101: every category of party that the issue touches is invited and expected."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from plein.checks._api import Check, Context, Option, Severity, Text, Violation
from plein.checks.stakeholders._words import category, listing
from plein.model import IssueKind, Party, PartyCategory, Role, Trajectory

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

#: Other categories that stand in for one: the municipality's organisation brings its
#: officials and speaks for its administration; a council decides where a city has no
#: college.
_STANDS_IN: Mapping[PartyCategory, frozenset[PartyCategory]] = {
    _CS: frozenset({PartyCategory.MUNICIPALITY}),
    _AD: frozenset({PartyCategory.COUNCIL, PartyCategory.MUNICIPALITY}),
}

#: Why a category usually matters, named in the finding.
_WHY: Mapping[PartyCategory, Text] = {
    _R: Text(
        "the people who live with the result usually know the place best and carry it",
        "wie met het resultaat leeft, kent de plek meestal het best en draagt het",
    ),
    _E: Text(
        "businesses are usually affected and needed to carry it out",
        "ondernemers worden meestal geraakt en zijn nodig om het uit te voeren",
    ),
    _PO: Text(
        "owners of the buildings usually decide what can change",
        "eigenaren van het vastgoed bepalen meestal wat er kan veranderen",
    ),
    _CS: Text(
        "the officials who carry out the result usually need to hear it first-hand",
        "de ambtenaren die het resultaat uitvoeren, moeten het meestal zelf horen",
    ),
    _AD: Text(
        "without someone who decides, agreements usually bind nobody",
        "zonder iemand die besluit, binden afspraken meestal niemand",
    ),
    PartyCategory.CIVIL_SOCIETY: Text(
        "organisations in the community usually carry part of the result",
        "maatschappelijke organisaties dragen meestal een deel van het resultaat",
    ),
    PartyCategory.HOUSING_CORPORATION: Text(
        "the corporations own many of the homes the issue is about",
        "de corporaties bezitten veel van de woningen waar het om gaat",
    ),
    PartyCategory.REGIONAL_PARTNER: Text(
        "regional partners (a grid operator, a water board, the province) usually carry part of it",
        "regionale partners (netbeheerder, waterschap, provincie) dragen er meestal een deel van",
    ),
}


def _valid_map(value: Any) -> bool:
    return all(
        kind in _KINDS
        and isinstance(names, list)
        and all(isinstance(name, str) and name in _CATEGORIES for name in names)
        for kind, names in value.items()
    )


class MissingCategory(Check):
    """## What it checks

    As a rule of thumb, every category of party (doelgroep) that the issue touches is
    at the table: at least one party of it takes part in at least one session. Which
    categories an issue touches follows from the kind of issue:

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
    others. A party of the `municipality` counts for civil-servant and for
    administration. Administration
    stands for "a decision-maker is involved", and regional structures differ: a
    council party, a `decision-maker` role anywhere in the trajectory, or a decision
    step (college, council or another body, not owned by a party outside the
    municipality) satisfies it.

    Each missing category is reported once for the trajectory, naming it and why it
    usually matters, and saying how its parties stand: none in the design, not
    invited (`invited: false`), only with 0 expected, presence not stated, or never
    listed at a session.

    ## On a plan and on a record

    On a plan a party listed at a session is expected there unless it says
    `invited: false` or an expected count of 0. On a record a party counts as at the
    table when it is `present`, has an `attended` count, or speaks in a role; a party
    listed without any of that is "presence not stated", which is said as such, not
    as absent. Parties a session lists as concerned but left out, or whose presence a
    record does not state, and that take part nowhere, are named once per session.
    Where the residents are at the table, a touched category (other than
    administration) that takes part only in sessions without them (consulted apart)
    is named too: a Plein brings them to one table.

    ## Why it matters

    A Plein invites *all* parties involved in the issue, so that in one dagdeel they can
    take the next step together. A step taken without the shop owners, or without the
    alderman who must carry it, is not a step they took: it will be reopened at the
    first session they do attend, and the trust built with the others suffers for it.
    """

    code = "SH101"
    slug = "missing-category"
    severity = Severity.WARNING
    summary = Text(
        "A category or party that the issue touches is not known to be at the table.",
        "Een doelgroep of partij die het vraagstuk raakt, zit voor zover bekend niet aan tafel.",
    )
    hint = Text(
        "Invite a party of that category to a session (and record its presence), or "
        "narrow the categories for this kind of issue with the `categories` option.",
        "Nodig een partij uit die doelgroep uit voor een bijeenkomst (en leg vast of zij "
        "er was), of stel met de optie `categories` in welke doelgroepen dit soort "
        "vraagstuk raakt.",
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
        standing = _Standing.of(trajectory)
        by_category: dict[PartyCategory, list[tuple[int, Party]]] = {}
        for index, party in enumerate(trajectory.parties):
            by_category.setdefault(party.category, []).append((index, party))
        named: set[str] = set()
        for wanted in touched:
            if wanted is _AD and _decision_maker_involved(trajectory):
                continue
            parties = [
                item
                for cat in (wanted, *_STANDS_IN.get(wanted, ()))
                for item in by_category.get(cat, [])
            ]
            if any(party.id in standing.at_table for _, party in parties):
                continue
            name, why = category(wanted), _WHY.get(wanted)
            why_en = f" ({why.en})" if why else ""
            why_nl = f" ({why.nl})" if why else ""
            if not parties:
                yield Violation(
                    ("parties",),
                    Text(
                        f"The issue ({kind.value}) touches the category {name.en}, but no "
                        f"party of that category is in the design{why_en}.",
                        f"Het vraagstuk ({kind.value}) raakt de doelgroep {name.nl}, maar "
                        f"er staat geen partij uit die doelgroep in het ontwerp{why_nl}.",
                    ),
                    related=(trajectory.id,),
                )
                continue
            ids = [party.id for _, party in parties]
            named.update(ids)
            how_en, how_nl = standing.describe(ids)
            yield Violation(
                ("parties", parties[0][0]),
                Text(
                    f"The issue ({kind.value}) touches the category {name.en}, but no party "
                    f"of it is known to be at the table ({how_en}){why_en}.",
                    f"Het vraagstuk ({kind.value}) raakt de doelgroep {name.nl}, maar "
                    f"voor zover bekend zit geen partij daarvan aan tafel ({how_nl})"
                    f"{why_nl}.",
                ),
                hint=Text(
                    f"Invite {listing(ids)} to a session, or record that they were there.",
                    f"Nodig {listing(ids)} uit voor een bijeenkomst, of leg vast dat zij er waren.",
                ),
                related=(*ids, *standing.sessions_of(ids)),
            )
        yield from _apart_from_residents(trajectory, touched, by_category)
        yield from _listed_not_at_table(trajectory, standing, named)


def _listed_not_at_table(
    trajectory: Trajectory, standing: _Standing, named: set[str]
) -> Iterator[Violation]:
    """Parties a session lists as concerned but left out, or on a record without their
    presence, that take part nowhere: one finding per session, at the first session
    that lists them."""
    placed: set[str] = set(named) | standing.at_table
    for s, session in enumerate(trajectory.sessions):
        here = []
        for invited in session.parties:
            party = invited.party
            if party in placed:
                continue
            if session.id in standing.left_out.get(
                party, ()
            ) or session.id in standing.unstated.get(party, ()):
                placed.add(party)
                here.append(party)
        if not here:
            continue
        how_en, how_nl = standing.describe(here, session.id)
        yield Violation(
            ("sessions", s, "parties"),
            Text(
                f"Session '{session.id}' lists parties as concerned that are not known to "
                f"be at the table anywhere ({how_en}).",
                f"Bijeenkomst '{session.id}' noemt partijen als betrokken die voor zover "
                f"bekend nergens aan tafel zitten ({how_nl}).",
            ),
            hint=Text(
                f"Invite {listing(here)} to a session where the issue is worked on, or "
                f"record whether they were there.",
                f"Nodig {listing(here)} uit voor een bijeenkomst over het vraagstuk, of "
                f"leg vast of zij er waren.",
            ),
            related=(*here, session.id),
        )


def _apart_from_residents(
    trajectory: Trajectory,
    touched: tuple[PartyCategory, ...],
    by_category: Mapping[PartyCategory, list[tuple[int, Party]]],
) -> Iterator[Violation]:
    """Touched categories that take part, but never in a session with the residents."""
    if _R not in touched:
        return
    residents = {party.id for _, party in by_category.get(_R, [])}
    with_residents: set[str] = set()
    at_table: dict[str, list[str]] = {}
    for session in trajectory.sessions:
        here = {p.party for p in session.parties if _at_table(session.is_record, p.takes_part)}
        for party in here:
            at_table.setdefault(party, []).append(session.id)
        if here & residents:
            with_residents |= here
    if not residents & set(at_table):
        return
    for wanted in touched:
        if wanted in (_R, _AD):  # a decision-maker anywhere is involved enough
            continue
        parties = [party for _, party in by_category.get(wanted, [])]
        there = [p.id for p in parties if p.id in at_table]
        if not there or any(pid in with_residents for pid in there):
            continue
        sessions = list(dict.fromkeys(sid for pid in there for sid in at_table[pid]))
        name = category(wanted)
        yield Violation(
            ("parties", trajectory.parties.index(parties[0])),
            Text(
                f"The category {name.en} ({listing(there)}) takes part only apart from "
                f"the residents (in {listing(sessions)}): they never sit at one table.",
                f"De doelgroep {name.nl} ({listing(there)}) doet alleen mee zonder de "
                f"bewoners (in {listing(sessions)}): zij zitten nooit aan één tafel.",
            ),
            hint=Text(
                "Bring them and the residents together in a session, where they can take "
                "the next step together.",
                "Breng hen en de bewoners samen in een bijeenkomst, waar zij samen de "
                "volgende stap kunnen zetten.",
            ),
            related=(*there, *sessions),
        )


def _at_table(record: bool, takes_part: bool | None) -> bool:
    return bool(takes_part) or (takes_part is None and not record)


class _Standing:
    """Where each party stands across the sessions: at the table, or why not."""

    def __init__(self) -> None:
        self.at_table: set[str] = set()
        self.left_out: dict[str, list[str]] = {}  # invited: false
        self.zero: dict[str, list[str]] = {}  # expected 0
        self.unstated: dict[str, list[str]] = {}  # a record without presence
        self.absent: dict[str, list[str]] = {}  # present: false, or no voice

    @classmethod
    def of(cls, trajectory: Trajectory) -> _Standing:
        standing = cls()
        for session in trajectory.sessions:
            for invited in session.parties:
                where: dict[str, list[str]] | None = None
                takes_part = invited.takes_part
                if invited.invited is False:
                    where = standing.left_out
                elif invited.expected is not None and invited.expected.high == 0:
                    where = standing.zero
                elif takes_part is False:
                    where = standing.absent
                elif takes_part is None and session.is_record:
                    where = standing.unstated
                else:
                    standing.at_table.add(invited.party)
                if where is not None:
                    where.setdefault(invited.party, []).append(session.id)
        return standing

    def sessions_of(self, ids: list[str]) -> list[str]:
        found: dict[str, None] = {}
        for table in (self.left_out, self.zero, self.unstated, self.absent):
            for party in ids:
                found.update(dict.fromkeys(table.get(party, [])))
        return list(found)

    def describe(self, ids: list[str], only: str | None = None) -> tuple[str, str]:
        """How the parties stand, in English and in Dutch (``only``: at one session)."""
        en: list[str] = []
        nl: list[str] = []
        for table, say_en, say_nl in (
            (self.left_out, "not invited", "niet uitgenodigd"),
            (self.zero, "invited with 0 expected", "uitgenodigd met 0 verwacht"),
            (self.unstated, "presence not stated", "aanwezigheid niet vermeld"),
            (self.absent, "not present or without a voice", "niet aanwezig of zonder stem"),
        ):
            here = [p for p in ids if p in table and (only is None or only in table[p])]
            if here and only is not None:
                en.append(f"{say_en}: {listing(here)}")
                nl.append(f"{say_nl}: {listing(here)}")
            elif here:
                where = ", ".join(f"'{p}' at {listing(table[p], 3)}" for p in here)
                waar = ", ".join(f"'{p}' bij {listing(table[p], 3)}" for p in here)
                en.append(f"{say_en}: {where}")
                nl.append(f"{say_nl}: {waar}")
        never = (
            []
            if only is not None
            else [
                party
                for party in ids
                if not any(
                    party in t for t in (self.left_out, self.zero, self.unstated, self.absent)
                )
            ]
        )
        if never:
            en.append(f"not listed at any session: {listing(never)}")
            nl.append(f"bij geen bijeenkomst genoemd: {listing(never)}")
        return "; ".join(en), "; ".join(nl)


def _decision_maker_involved(trajectory: Trajectory) -> bool:
    """A decision-maker anywhere in the trajectory, or a municipal decision step."""
    if any(a.role is Role.DECISION_MAKER for a in trajectory.roles):
        return True
    if any(a.role is Role.DECISION_MAKER for s in trajectory.sessions for a in s.roles):
        return True
    for step in trajectory.steps:
        if not step.kind.is_decision:
            continue
        owner = trajectory.party(step.owner) if step.owner is not None else None
        if owner is None or owner.category.is_municipal:
            return True
    return False
