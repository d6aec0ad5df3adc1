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
    Count,
    Due,
    EdtfDate,
    Evaluation,
    Headcount,
    Issue,
    Occasion,
    Occurrence,
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
from plein.workformats import BUILTIN_FORMATS, Exposure, OwnFormat

ids = st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True)
# Any text a person could type, control characters and all, but no lone surrogates.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
short = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12)
dates = st.dates(min_value=pendulum.Date(2020, 1, 1), max_value=pendulum.Date(2035, 12, 31)).map(
    lambda d: pendulum.Date(d.year, d.month, d.day)
)


@st.composite
def edtf_dates(draw: st.DrawFn) -> EdtfDate:
    """EDTF dates of every precision plein reads: a day, a month, a year, a season, a
    quarter or half, approximate or uncertain, a period, or one of a set."""
    day = draw(dates)
    shape = draw(st.sampled_from(["day", "month", "year", "season", "period", "set"]))
    if shape == "day":
        text = day.isoformat()
    elif shape == "month":
        text = f"{day.year}-{day.month:02d}"
    elif shape == "year":
        text = str(day.year)
    elif shape == "season":
        text = f"{day.year}-{draw(st.sampled_from([21, 22, 23, 24, 33, 36, 40, 41]))}"
    elif shape == "period":
        later = day.add(days=draw(st.integers(0, 400)))
        return EdtfDate(f"{day.isoformat()}/{later.isoformat()}")
    else:
        later = day.add(days=draw(st.integers(1, 3)))
        return EdtfDate(f"[{day.isoformat()},{later.isoformat()}]")
    return EdtfDate(text + draw(st.sampled_from(["", "", "~", "?"])))


def _count(low: int, span: int, shape: str) -> Count:
    return {
        "exact": Count.of(low),
        "about": Count(low, low, approximate=True),
        "at-least": Count(low, None),
        "at-most": Count(0, low),
        "range": Count(low, low + span),
    }[shape]


counts = st.builds(
    _count,
    st.integers(0, 400),
    st.integers(1, 50),
    st.sampled_from(["exact", "about", "at-least", "at-most", "range"]),
)
times = st.times().map(lambda t: pendulum.Time(t.hour, t.minute))
minutes = st.integers(min_value=0, max_value=600)
durations = st.builds(
    pendulum.duration,
    years=st.integers(0, 1),
    months=st.integers(0, 3),
    weeks=st.integers(0, 20),
    days=st.integers(0, 6),
    hours=st.integers(0, 23),
    minutes=st.integers(0, 59),
).filter(lambda d: d.total_seconds() > 0)
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**9), 10**9)
    # Numbers at the edges: far beyond 64 bits, up to thousands of digits, and the
    # largest, smallest and negative-zero floats; what loads must dump and load again.
    | st.integers(-(10**4000), 10**4000)
    | st.sampled_from([1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -0.0, 1e-300])
    | texts
    | st.floats(allow_nan=False, allow_infinity=False)
)
#: Keys of free-form data: any text the Objects API can filter on (no "__", no comma).
extension_keys = short.filter(lambda key: "__" not in key and "," not in key)


def nested(value: Any, levels: int) -> Any:
    """``value`` inside ``levels`` lists and mappings, alternating."""
    for level in range(levels):
        value = [value] if level % 2 else {"k": value}
    return value


json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(extension_keys, inner, max_size=3),
    max_leaves=6,
)
# The top-level extensions sit at depth 1, so a value in them starts at depth 2: 30
# levels inside is the deepest a design holds (the root is depth 0, and no mapping or
# list may start at depth plein.io._reader.MAX_DEPTH, 32).
deep_values = st.builds(nested, json_scalars, st.integers(0, 30))
extensions = st.dictionaries(extension_keys, json_values, max_size=2)


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
                level=draw(_maybe(st.sampled_from(plein.ParticipationLevel))),
                headcount=draw(_maybe(counts)),
                category_label=draw(_maybe(texts)),
                contacts=contacts,
                note=draw(_maybe(texts)),
                extensions=draw(extensions),
            )
        )
    party_ids = [p.id for p in parties]
    some_parties = st.lists(st.sampled_from(party_ids), max_size=2, unique=True)
    node_ids = [next(pool) for _ in range(draw(st.integers(1, 4)))]
    n_sessions = draw(st.integers(1, len(node_ids)))
    session_ids, step_ids = node_ids[:n_sessions], node_ids[n_sessions:]

    def role(with_id: bool) -> RoleAssignment:
        party = draw(_maybe(st.sampled_from(party_ids)))  # None: filled, not named
        known = persons[party] if party is not None else []
        return RoleAssignment(
            role=draw(st.sampled_from(plein.Role)),
            party=party,
            id=next(pool) if with_id else None,
            person=draw(_maybe(st.sampled_from(known))) if known else None,
            title=draw(_maybe(texts)),
            note=draw(_maybe(texts)),
        )

    standing = [role(draw(st.booleans())) for _ in range(draw(st.integers(0, 2)))]
    owners = party_ids + [r.id for r in standing if r.id is not None]

    def due() -> Due:
        kind = draw(st.sampled_from(["on", "before", "at", "after", "within"]))
        every = draw(_maybe(durations))
        if kind == "on":
            return Due(on=draw(edtf_dates()), every=every)
        if kind == "within":
            return Due(within=draw(durations), every=every)
        within = draw(_maybe(durations)) if kind == "after" else None
        return Due(**{kind: draw(st.sampled_from(node_ids))}, within=within, every=every)

    follow_up_ids: list[str] = []

    def follow_up(cls: type[Action] | type[Promise]) -> Any:
        item = cls(
            id=next(pool),
            text=draw(texts),
            owners=draw(st.lists(st.sampled_from(owners), max_size=2, unique=True)),
            lead=draw(_maybe(st.sampled_from(owners))),
            team=draw(st.lists(st.sampled_from(owners), max_size=2, unique=True)),
            due=due() if draw(st.booleans()) else None,
            condition=draw(_maybe(texts)),
            status=draw(_maybe(st.sampled_from(plein.ActionStatus))),
            status_date=draw(_maybe(edtf_dates())),
            occurrences=[
                Occurrence(
                    draw(edtf_dates()),
                    draw(_maybe(st.sampled_from(plein.ActionStatus))),
                    draw(_maybe(edtf_dates())),
                    draw(_maybe(texts)),
                )
                for _ in range(draw(st.integers(0, 2)))
            ],
            report_back=due() if draw(st.booleans()) else None,
            report_back_via=draw(_maybe(texts)),
            source=draw(_maybe(texts)),
            note=draw(_maybe(texts)),
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
                group_size=draw(_maybe(counts)),
                note=draw(_maybe(texts)),
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
            day=draw(_maybe(st.integers(1, 4))),
            dagdeel=draw(_maybe(st.sampled_from(plein.Dagdeel))),
            groups=draw(_maybe(counts)),
            group_size=draw(_maybe(counts)),
            note=draw(_maybe(texts)),
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
                            _maybe(edtf_dates()),
                            _maybe(st.sampled_from(owners)),
                        )
                    )
                ),
                addressed_to=draw(st.lists(st.sampled_from(owners), max_size=2, unique=True)),
                condition=draw(_maybe(texts)),
                source=draw(_maybe(texts)),
                note=draw(_maybe(texts)),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        sessions.append(
            Session(
                id=session_id,
                title=draw(short),
                kind=draw(st.sampled_from(plein.SessionKind)),
                status=draw(_maybe(st.sampled_from(plein.SessionStatus))),
                dagdeel=draw(_maybe(st.sampled_from(plein.Dagdeel))),
                window=draw(_maybe(windows())),
                planned_date=draw(_maybe(edtf_dates())),
                actual_date=draw(_maybe(edtf_dates())),
                timezone=draw(_maybe(st.sampled_from(["Europe/Amsterdam", "UTC"]))),
                mode=draw(_maybe(st.sampled_from(plein.SessionMode))),
                venue=draw(_maybe(texts)),
                organisers=draw(some_parties),
                after=draw(st.lists(st.sampled_from(node_ids), max_size=2, unique=True)),
                parties=[
                    SessionParty(
                        p,
                        draw(_maybe(counts)),
                        draw(_maybe(counts)),
                        invited=draw(_maybe(st.booleans())),
                        present=draw(_maybe(st.booleans())),
                        role=draw(_maybe(st.sampled_from(plein.Role))),
                        note=draw(_maybe(texts)),
                    )
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
                expected=draw(_maybe(counts)),
                attended=draw(_maybe(counts)),
                counts=[
                    Headcount(draw(counts), draw(short), draw(_maybe(texts)))
                    for _ in range(draw(st.integers(0, 2)))
                ],
                not_recorded=draw(st.lists(st.sampled_from(plein.Unrecorded), max_size=3)),
                programme_status=draw(_maybe(st.sampled_from(plein.ProgrammeStatus))),
                decision_rule=draw(_maybe(texts)),
                occasions=[
                    Occasion(
                        next(pool),
                        draw(_maybe(edtf_dates())),
                        draw(_maybe(edtf_dates())),
                        draw(_maybe(st.sampled_from(plein.SessionStatus))),
                        draw(_maybe(texts)),
                        draw(_maybe(counts)),
                        draw(_maybe(counts)),
                        draw(_maybe(st.uuids().map(str))),
                        draw(_maybe(texts)),
                    )
                    for _ in range(draw(st.integers(0, 2)))
                ],
                uid=draw(_maybe(st.uuids().map(str))),
                note=draw(_maybe(texts)),
                extensions=draw(extensions),
            )
        )
        del index
    steps = [
        Step(
            id=step_id,
            title=draw(short),
            kind=draw(st.sampled_from(plein.StepKind)),
            planned_date=draw(_maybe(edtf_dates())),
            actual_date=draw(_maybe(edtf_dates())),
            status=draw(_maybe(st.sampled_from(plein.StepStatus))),
            owner=draw(_maybe(st.sampled_from(owners))),
            after=draw(st.lists(st.sampled_from(node_ids), max_size=2, unique=True)),
            needs=draw(st.lists(st.sampled_from(follow_up_ids), max_size=2, unique=True))
            if follow_up_ids
            else [],
            note=draw(_maybe(texts)),
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
            framing=draw(_maybe(texts)),
            note=draw(_maybe(texts)),
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
        ]
        + [
            # A format known only by its names and what little its authors say of it.
            OwnFormat(
                id=f"eigen-{n}",
                name_nl=f"Eigen vorm {n}",
                name_en=f"Own format {n}",
                exposure=draw(_maybe(st.sampled_from(Exposure))),
                description=draw(texts),
            )
            for n in range(draw(st.integers(0, 1)))
        ],
        extensions={
            **draw(extensions),
            **draw(st.dictionaries(st.just("deep"), deep_values, max_size=1)),
        },
    )
