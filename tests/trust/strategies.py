"""Hypothesis strategies for designs that exercise the trust model.

Formats come from the catalogue (or are unknown), dates from a small window so that
due days, session dates and the date of judging meet, and some references dangle on
purpose: the trust model must not raise on any design that loads.
"""

from __future__ import annotations

import pendulum
from hypothesis import strategies as st

from plein import (
    Action,
    ActionStatus,
    Agreement,
    Block,
    BlockKind,
    Due,
    Issue,
    Outcome,
    OutcomeStatus,
    ParticipationLevel,
    Party,
    PartyCategory,
    Promise,
    Role,
    RoleAssignment,
    SafetyMeasure,
    SafetyMeasureKind,
    Session,
    SessionParty,
    Track,
    Trajectory,
)
from plein.workformats import default_catalogue

FORMAT_IDS = [fmt.id for fmt in default_catalogue()]
PARTY_IDS = ["residents", "shops", "city", "college", "neighbours"]
SESSION_IDS = ["s0", "s1", "s2", "s3"]

dates = st.integers(0, 200).map(lambda n: pendulum.Date(2026, 1, 1).add(days=n))
formats = st.sampled_from([*FORMAT_IDS, "unknown-format"]) | st.none()
some_parties = st.lists(st.sampled_from([*PARTY_IDS, "ghost"]), max_size=3, unique=True).map(tuple)


@st.composite
def dues(draw: st.DrawFn) -> Due:
    """A due moment of any kind, naming sessions that may or may not exist."""
    kind = draw(st.sampled_from(["on", "within", "before", "at"]))
    if kind == "on":
        return Due(on=draw(dates))
    if kind == "within":
        return Due(within=pendulum.duration(weeks=draw(st.integers(1, 12))))
    target = draw(st.sampled_from([*SESSION_IDS, "nowhere"]))
    return Due(before=target) if kind == "before" else Due(at=target)


def _status() -> st.SearchStrategy[ActionStatus]:
    return st.sampled_from(ActionStatus)


@st.composite
def sessions(draw: st.DrawFn, index: int, used: set[str]) -> Session:
    """One session with a programme, a table, safety, roles, agreements and promises."""

    def fresh(prefix: str) -> str:
        name = f"{prefix}{len(used)}"
        used.add(name)
        return name

    def block() -> Block:
        tracks = tuple(
            Track(id=fresh("t"), title="T", format=draw(formats), participants=draw(some_parties))
            for _ in range(draw(st.integers(0, 2)))
        )
        return Block(
            id=fresh("b"),
            title="B",
            kind=draw(st.sampled_from(BlockKind)),
            format=draw(formats),
            participants=draw(some_parties),
            speakers=draw(some_parties),
            tracks=tracks,
        )

    def follow_up(cls: type[Action] | type[Promise]) -> Action | Promise:
        return cls(
            id=fresh("f"),
            text="F",
            owners=draw(
                st.lists(st.sampled_from([*PARTY_IDS, "coordinator", "ghost"]), max_size=2)
            ),
            due=draw(st.none() | dues()),
            status=draw(_status()),
            status_date=draw(st.none() | dates),
        )

    def agreement() -> Agreement:
        outcome = draw(
            st.none()
            | st.builds(
                Outcome,
                st.sampled_from(OutcomeStatus),
                st.none() | st.sampled_from(["", "Because.", "  "]),
                st.none() | dates,
                st.none() | st.sampled_from([*PARTY_IDS, "coordinator"]),
            )
        )
        return Agreement(
            id=fresh("a"),
            text="A",
            parties=draw(some_parties),
            actions=tuple(follow_up(Action) for _ in range(draw(st.integers(0, 2)))),
            needs_mandate=draw(st.booleans()),
            binding=draw(st.booleans()),
            outcome=outcome,
        )

    table = tuple(
        SessionParty(party=party, expected=draw(st.none() | st.integers(0, 30)))
        for party in draw(st.lists(st.sampled_from(PARTY_IDS), max_size=5))
    )
    return Session(
        id=SESSION_IDS[index],
        title="S",
        planned_date=draw(st.none() | dates),
        actual_date=draw(st.none() | dates),
        parties=table,
        roles=tuple(
            RoleAssignment(role=draw(st.sampled_from(Role)), party=draw(st.sampled_from(PARTY_IDS)))
            for _ in range(draw(st.integers(0, 2)))
        ),
        programme=tuple(block() for _ in range(draw(st.integers(0, 6)))),
        agreements=tuple(agreement() for _ in range(draw(st.integers(0, 2)))),
        promises=tuple(follow_up(Promise) for _ in range(draw(st.integers(0, 2)))),
        safety=tuple(
            SafetyMeasure(kind=kind)
            for kind in draw(st.lists(st.sampled_from(SafetyMeasureKind), max_size=2, unique=True))
        ),
    )


@st.composite
def trust_designs(draw: st.DrawFn) -> Trajectory:
    """A trajectory of up to four sessions for the trust model and the TR checks."""
    used: set[str] = set()
    parties = tuple(
        Party(
            id=party,
            name=party,
            category=draw(st.sampled_from(PartyCategory)),
            level=draw(st.sampled_from(ParticipationLevel)),
        )
        for party in PARTY_IDS
    )
    count = draw(st.integers(1, len(SESSION_IDS)))
    return Trajectory(
        id="t",
        title="T",
        issue=Issue(
            title="I",
            question="Q?",
            nature=draw(st.sampled_from(["spatial", "societal"])),
            kind="other",
            owner=draw(st.none() | st.sampled_from(PARTY_IDS)),
        ),
        parties=parties,
        roles=(RoleAssignment(role="coordinator", party="shops", id="coordinator"),),
        sessions=tuple(draw(sessions(i, used)) for i in range(count)),
    )
