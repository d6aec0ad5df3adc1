"""The participation ladder: the commitments of each rung, and where a design falls short."""

from __future__ import annotations

from plein import (
    Agreement,
    Block,
    Issue,
    Outcome,
    Party,
    RoleAssignment,
    Session,
    Track,
    examples,
)
from plein.trust import (
    Commitment,
    informed_parties_deciding,
    involved_parties,
    ladder_gaps,
    unbound_co_producers,
    unmotivated_deviations,
    unowned_decisions,
)
from plein.workformats import Catalogue
from tests.trust.conftest import design, seated

RESIDENTS = Party(id="residents", name="Bewoners", category="resident", level="advise")
SHOPS = Party(id="shops", name="Winkeliers", category="entrepreneur", level="co-produce")
CITY = Party(id="city", name="Gemeente", category="civil-servant", level="co-decide")
NEIGHBOURS = Party(id="neighbours", name="Omwonenden", category="resident", level="inform")
PARTIES = [RESIDENTS, SHOPS, CITY, NEIGHBOURS]


def _session(*agreements: Agreement, **changes: object) -> Session:
    return Session(
        id="s",
        title="S",
        parties=seated({"residents": 20, "shops": 6, "city": 3, "neighbours": 4}),
        agreements=list(agreements),
        **changes,  # type: ignore[arg-type]
    )


def test_bundled_examples_honour_the_ladder(formats: Catalogue) -> None:
    """The good examples keep every rung's commitment; so, on the ladder, does the flawed one."""
    for name in examples.names():
        assert ladder_gaps(examples.load(name), formats) == (), name


def test_involved_parties_fall_back_to_the_table() -> None:
    """An agreement without parties involves everyone at the session's table."""
    listed = Agreement(id="a", text="A", parties=("shops",))
    unlisted = Agreement(id="b", text="B")
    session = _session(listed, unlisted)
    trajectory = design([session], PARTIES)
    assert [p.id for p in involved_parties(trajectory, session, listed)] == ["shops"]
    assert [p.id for p in involved_parties(trajectory, session, unlisted)] == [
        "residents",
        "shops",
        "city",
        "neighbours",
    ]


def test_deviation_from_an_advice_needs_a_reason() -> None:
    """An adapted outcome owes a reason to the advising parties, not to the one that decided."""
    silent = Agreement(
        id="parking",
        text="Parking",
        parties=("residents", "city"),
        outcome=Outcome(status="adapted", by="city"),
    )
    (gap,) = unmotivated_deviations(design([_session(silent)], PARTIES))
    assert gap.commitment is Commitment.MOTIVATED_DEVIATION
    assert gap.parties == ("residents",)
    assert gap.path == ("sessions", 0, "agreements", 0, "outcome", "motivation")
    motivated = Agreement(
        id="parking",
        text="Parking",
        parties=("residents",),
        outcome=Outcome(status="not-adopted", motivation="Too expensive."),
    )
    assert unmotivated_deviations(design([_session(motivated)], PARTIES)) == ()


def test_co_production_binds() -> None:
    """A co-producing party must be part of a binding agreement once there are agreements."""
    loose = Agreement(id="plan", text="Plan", parties=("shops", "city"))
    assert unbound_co_producers(design([_session()], PARTIES)) == ()
    (gap,) = unbound_co_producers(design([_session(loose)], PARTIES))
    assert (gap.parties, gap.path) == (("shops",), ("parties", 1, "level"))
    bound = Agreement(id="plan", text="Plan", parties=("shops", "city"), binding=True)
    assert unbound_co_producers(design([_session(bound)], PARTIES)) == ()


def test_co_decided_agreements_list_the_co_deciders() -> None:
    """A mandate agreement lists every co-deciding party at the table, bar the deciders."""
    decision = Agreement(id="layout", text="Layout", parties=("residents",), needs_mandate=True)
    (gap,) = unowned_decisions(design([_session(decision)], PARTIES))
    assert (gap.commitment, gap.parties) == (Commitment.OWNED_DECISION, ("city",))
    as_owner = design(
        [_session(decision)],
        PARTIES,
        issue=Issue(title="Sq", question="?", nature="spatial", kind="other", owner="city"),
    )
    assert unowned_decisions(as_owner) == ()
    with_role = _session(decision, roles=[RoleAssignment(role="decision-maker", party="city")])
    assert unowned_decisions(design([with_role], PARTIES)) == ()
    assert unowned_decisions(design([with_role], PARTIES), exempt_roles=()) != ()


def test_informed_parties_do_not_decide(formats: Catalogue) -> None:
    """A party at inform is not in a mandate agreement nor listed where people choose."""
    signed = Agreement(id="a", text="A", parties=("residents", "neighbours"), needs_mandate=True)
    voting = Block(id="dots", title="Dots", format="dot-voting", participants=("neighbours",))
    split = Block(
        id="split",
        title="Split",
        tracks=[
            Track(
                id="talk", title="Talk", format="table-conversations", participants=("neighbours",)
            ),
            Track(id="agree", title="Agree", format="min-specs", participants=("neighbours",)),
        ],
    )
    session = _session(signed, programme=[voting, split])
    gaps = informed_parties_deciding(design([session], PARTIES), formats)
    assert [gap.path for gap in gaps] == [
        ("sessions", 0, "agreements", 0, "parties", 1),
        ("sessions", 0, "programme", 0, "participants", 0),
        ("sessions", 0, "programme", 1, "tracks", 1, "participants", 0),
    ]
    assert {gap.commitment for gap in gaps} == {Commitment.NOT_DECIDING}
