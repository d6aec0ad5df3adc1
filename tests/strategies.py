"""Hypothesis strategies for whole designs whose references all resolve."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
from hypothesis import strategies as st

import plein
from plein import (
    Action,
    Agreement,
    Block,
    ContactPerson,
    Due,
    Evaluation,
    Issue,
    Outcome,
    Party,
    Promise,
    Review,
    RoleAssignment,
    SafetyMeasure,
    Session,
    SessionParty,
    Step,
    Track,
    TrackBlock,
    Trajectory,
    Waiver,
    Window,
)
from plein.workformats import BUILTIN_FORMATS

ids = st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True)
# Any text a person could type, control characters and all, but no lone surrogates.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
short = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12)
dates = st.dates(min_value=pendulum.Date(2020, 1, 1), max_value=pendulum.Date(2035, 12, 31)).map(
    lambda d: pendulum.Date(d.year, d.month, d.day)
)
times = st.times().map(lambda t: pendulum.Time(t.hour, t.minute))
minutes = st.integers(min_value=0, max_value=600)
durations = st.builds(
    pendulum.duration,
    weeks=st.integers(0, 20),
    days=st.integers(0, 6),
    hours=st.integers(0, 23),
    minutes=st.integers(0, 59),
).filter(lambda d: d.total_seconds() > 0)
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**9), 10**9)
    | texts
    | st.floats(allow_nan=False, allow_infinity=False)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(short, inner, max_size=3),
    max_leaves=6,
)
extensions = st.dictionaries(short, json_values, max_size=2)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def windows(draw: st.DrawFn) -> Window:
    start = draw(st.integers(0, 24 * 60 - 1))
    # Any other time of day: one at or before the start is on the next day.
    end = (start + draw(st.integers(1, 24 * 60 - 1))) % (24 * 60)
    return Window(pendulum.Time(start // 60, start % 60), pendulum.Time(end // 60, end % 60))


@st.composite
def trajectories(draw: st.DrawFn) -> Trajectory:
    """A design in which every id is unique and every reference names something."""
    pool = iter(draw(st.lists(ids, min_size=60, max_size=60, unique=True)))
    n_parties = draw(st.integers(1, 3))
    parties = []
    persons: dict[str, list[str]] = {}
    for _ in range(n_parties):
        party_id = next(pool)
        contacts = [
            ContactPerson(next(pool), draw(short), draw(_maybe(texts)), draw(_maybe(texts)))
            for _ in range(draw(st.integers(0, 1)))
        ]
        persons[party_id] = [c.id for c in contacts]
        parties.append(
            Party(
                id=party_id,
                name=draw(short),
                category=draw(st.sampled_from(plein.PartyCategory)),
                level=draw(st.sampled_from(plein.ParticipationLevel)),
                headcount=draw(_maybe(minutes)),
                contacts=contacts,
                extensions=draw(extensions),
            )
        )
    party_ids = [p.id for p in parties]
    some_parties = st.lists(st.sampled_from(party_ids), max_size=2, unique=True)
    node_ids = [next(pool) for _ in range(draw(st.integers(1, 4)))]
    n_sessions = draw(st.integers(1, len(node_ids)))
    session_ids, step_ids = node_ids[:n_sessions], node_ids[n_sessions:]

    def role(with_id: bool) -> RoleAssignment:
        party = draw(st.sampled_from(party_ids))
        return RoleAssignment(
            role=draw(st.sampled_from(plein.Role)),
            party=party,
            id=next(pool) if with_id else None,
            person=draw(_maybe(st.sampled_from(persons[party]))) if persons[party] else None,
            title=draw(_maybe(texts)),
        )

    standing = [role(draw(st.booleans())) for _ in range(draw(st.integers(0, 2)))]
    owners = party_ids + [r.id for r in standing if r.id is not None]

    def due() -> Due:
        kind = draw(st.sampled_from(["on", "before", "at", "within"]))
        every = draw(_maybe(durations))
        if kind == "on":
            return Due(on=draw(dates), every=every)
        if kind == "within":
            return Due(within=draw(durations), every=every)
        return Due(**{kind: draw(st.sampled_from(node_ids))}, every=every)

    follow_up_ids: list[str] = []

    def follow_up(cls: type[Action] | type[Promise]) -> Any:
        item = cls(
            id=next(pool),
            text=draw(texts),
            owner=draw(_maybe(st.sampled_from(owners))),
            due=due() if draw(st.booleans()) else None,
            status=draw(st.sampled_from(plein.ActionStatus)),
            status_date=draw(_maybe(dates)),
            report_back=due() if draw(st.booleans()) else None,
            extensions=draw(extensions),
        )
        follow_up_ids.append(item.id)
        return item

    def block() -> Block:
        tracks = [
            Track(
                (track_id := next(pool)),
                draw(short),
                draw(_maybe(ids)),
                draw(_maybe(minutes)),
                draw(some_parties),
                draw(some_parties),
                [
                    # Track items take their ids from their track's, so the pool lasts.
                    TrackBlock(
                        f"{track_id}.{k}", draw(short), draw(_maybe(ids)), draw(_maybe(minutes))
                    )
                    for k in range(draw(st.integers(0, 2)))
                ],
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        review = st.builds(Review, _maybe(st.booleans()), _maybe(st.integers(1, 5)), _maybe(texts))
        return Block(
            id=next(pool),
            title=draw(short),
            kind=draw(st.sampled_from(plein.BlockKind)),
            format=draw(_maybe(ids)),
            purpose=draw(_maybe(texts)),
            start=draw(_maybe(times)),
            minutes=draw(_maybe(minutes)),
            participants=draw(some_parties),
            speakers=draw(some_parties),
            tracks=tracks,
            evaluation=draw(
                _maybe(st.builds(Evaluation, _maybe(review), _maybe(review), st.booleans()))
            ),
            extensions=draw(extensions),
            end=draw(_maybe(times)),
        )

    sessions = []
    for index, session_id in enumerate(session_ids):
        agreements = [
            Agreement(
                id=next(pool),
                text=draw(texts),
                parties=draw(some_parties),
                actions=[follow_up(Action) for _ in range(draw(st.integers(0, 2)))],
                final=draw(st.booleans()),
                needs_mandate=draw(st.booleans()),
                binding=draw(st.booleans()),
                outcome=draw(
                    _maybe(
                        st.builds(
                            Outcome,
                            st.sampled_from(plein.OutcomeStatus),
                            _maybe(texts),
                            _maybe(dates),
                            _maybe(st.sampled_from(owners)),
                        )
                    )
                ),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        sessions.append(
            Session(
                id=session_id,
                title=draw(short),
                dagdeel=draw(_maybe(st.sampled_from(plein.Dagdeel))),
                window=draw(_maybe(windows())),
                planned_date=draw(_maybe(dates)),
                actual_date=draw(_maybe(dates)),
                timezone=draw(_maybe(st.sampled_from(["Europe/Amsterdam", "UTC"]))),
                venue=draw(_maybe(texts)),
                after=draw(st.lists(st.sampled_from(node_ids), max_size=2, unique=True)),
                parties=[
                    SessionParty(p, draw(_maybe(minutes)), draw(_maybe(minutes)))
                    for p in draw(some_parties)
                ],
                roles=[role(draw(st.booleans())) for _ in range(draw(st.integers(0, 2)))],
                programme=[block() for _ in range(draw(st.integers(0, 3)))],
                agreements=agreements,
                promises=[follow_up(Promise) for _ in range(draw(st.integers(0, 1)))],
                safety=[
                    SafetyMeasure(
                        draw(st.sampled_from(plein.SafetyMeasureKind)), draw(_maybe(texts))
                    )
                    for _ in range(draw(st.integers(0, 2)))
                ],
                uid=draw(_maybe(st.uuids().map(str))),
                extensions=draw(extensions),
            )
        )
        del index
    steps = [
        Step(
            id=step_id,
            title=draw(short),
            kind=draw(st.sampled_from(plein.StepKind)),
            planned_date=draw(_maybe(dates)),
            actual_date=draw(_maybe(dates)),
            owner=draw(_maybe(st.sampled_from(owners))),
            after=draw(st.lists(st.sampled_from(node_ids), max_size=2, unique=True)),
            needs=draw(st.lists(st.sampled_from(follow_up_ids), max_size=2, unique=True))
            if follow_up_ids
            else [],
        )
        for step_id in step_ids
    ]
    return Trajectory(
        id=next(pool),
        title=draw(short),
        issue=Issue(
            title=draw(short),
            question=draw(texts),
            nature=draw(st.sampled_from(plein.IssueNature)),
            kind=draw(st.sampled_from(plein.IssueKind)),
            owner=draw(_maybe(st.sampled_from(owners))),
        ),
        timezone=draw(st.sampled_from(["Europe/Amsterdam", "Europe/Brussels", "UTC"])),
        parties=parties,
        roles=standing,
        sessions=sessions,
        steps=steps,
        waivers=[
            Waiver(
                draw(st.sampled_from(["TB", "SH104", "FU101"])),
                draw(short),
                draw(_maybe(st.sampled_from(node_ids))),
            )
            for _ in range(draw(st.integers(0, 1)))
        ],
        formats=[
            attrs.evolve(
                fmt,
                id=f"eigen-{fmt.id}",
                name_nl=f"Eigen {fmt.name_nl}",
                name_en=f"Own {fmt.name_en}",
                description=draw(texts),
            )
            for fmt in draw(st.lists(st.sampled_from(BUILTIN_FORMATS), max_size=1))
        ],
        extensions=draw(extensions),
    )
