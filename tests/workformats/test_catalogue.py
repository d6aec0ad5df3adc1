"""Tests for the catalogue of work formats."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import plein.workformats as workformats
from plein.errors import PleinError, UsageError
from plein.model._vocab import Role
from plein.workformats import (
    BUILTIN_FORMATS,
    Arc,
    Catalogue,
    DuplicateFormatError,
    Exposure,
    FormatPluginError,
    GroupStep,
    Per,
    Purpose,
    Range,
    RoleNeed,
    SealedCatalogueError,
    UnknownFormatError,
    WorkFormat,
    _registry,
    default_catalogue,
)

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
IDS = [fmt.id for fmt in BUILTIN_FORMATS]


def _local_format(**changes: Any) -> WorkFormat:
    """A small valid format for tests, with ``changes`` applied."""
    base = WorkFormat(
        id="buurtbarbecue",
        name_nl="Buurtbarbecue",
        name_en="Neighbourhood barbecue",
        purposes=(Purpose.GET_ACQUAINTED,),
        arc=Arc.CLOSE,
        steps=(GroupStep("all", 60, "eat and talk"),),
        minutes=Range(45, 90),
        typical_minutes=60,
        group_size=Range(5, 80),
        exposure=Exposure.LISTENING,
        sources=("local practice",),
    )
    return attrs.evolve(base, **changes)


@pytest.fixture
def catalogue() -> Catalogue:
    """A fresh, unsealed catalogue of the built-in formats."""
    return Catalogue(BUILTIN_FORMATS)


@pytest.fixture
def clean_default() -> Iterator[None]:
    """Clear the cached default catalogue before and after a test."""
    default_catalogue.cache_clear()
    yield
    default_catalogue.cache_clear()


# -- the data ----------------------------------------------------------------------------


def test_the_catalogue_has_at_least_thirty_formats() -> None:
    """The built-in catalogue offers at least thirty work formats."""
    assert len(BUILTIN_FORMATS) >= 30
    assert len(default_catalogue()) >= 30


def test_ids_are_unique_and_kebab_case() -> None:
    """Every built-in id is kebab-case and no two formats share one."""
    assert len(set(IDS)) == len(IDS)
    assert all(KEBAB.match(fmt_id) for fmt_id in IDS), [i for i in IDS if not KEBAB.match(i)]


def test_every_format_has_both_names_a_description_and_a_source() -> None:
    """Every built-in format has a Dutch and an English name, a description and a source."""
    for fmt in BUILTIN_FORMATS:
        assert fmt.name_nl.strip(), fmt.id
        assert fmt.name_en.strip(), fmt.id
        assert len(fmt.description) > 80, fmt.id
        assert fmt.sources, fmt.id


@pytest.mark.parametrize("fmt", BUILTIN_FORMATS, ids=IDS)
def test_steps_add_up_to_the_typical_minutes(fmt: WorkFormat) -> None:
    """A format's steps add up to its typical length."""
    assert fmt.steps, "every built-in format describes its steps"
    assert sum(step.minutes for step in fmt.steps) == fmt.typical_minutes


@pytest.mark.parametrize("fmt", BUILTIN_FORMATS, ids=IDS)
def test_ranges_are_consistent(fmt: WorkFormat) -> None:
    """The typical length lies in the range of lengths and the sizes are sane."""
    assert fmt.minutes.low <= fmt.typical_minutes
    assert fmt.minutes.high is None or fmt.typical_minutes <= fmt.minutes.high
    assert fmt.group_size.low >= 1
    if fmt.table_size is not None:
        assert fmt.table_size.low >= 1
        assert fmt.table_size.high is not None
        assert fmt.group_size.high is None or fmt.table_size.low <= fmt.group_size.high
    assert fmt.purposes
    assert fmt.inconsistencies() == ()


def test_presentations_ask_only_for_listening() -> None:
    """Formats placed as presentations practise nothing: people listen, talk one to one at
    a stand, or put a question to the room; none is small-group work."""
    presentations = [fmt for fmt in BUILTIN_FORMATS if fmt.arc is Arc.PRESENTATION]
    assert presentations
    allowed = {Exposure.LISTENING, Exposure.ONE_TO_ONE, Exposure.SPEAKING_IN_PLENARY}
    assert all(fmt.exposure in allowed for fmt in presentations)
    assert next(f for f in presentations if f.id == "information-market").exposure.channel == (
        "one-to-one"
    )


def test_public_dilemmas_are_marked_as_such(catalogue: Catalogue) -> None:
    """A fishbowl on a dilemma and a dilemma conversation put a dilemma in public."""
    for key in ("dilemma-fishbowl", "dilemma-conversation"):
        assert catalogue.get(key).exposure is Exposure.PUBLIC_DILEMMA


@pytest.mark.parametrize(
    "key",
    [
        "welcome-and-check-in",
        "introduction-round",
        "1-2-4-all",
        "impromptu-networking",
        "appreciative-interviews",
    ],
)
def test_trust_building_formats(catalogue: Catalogue, key: str) -> None:
    """Check-ins, introductions and the gentle Liberating Structures build trust."""
    assert catalogue.get(key).builds_trust


def test_no_format_builds_trust_by_putting_a_dilemma_in_public() -> None:
    """A format that exposes a dilemma in public is not counted as building trust."""
    public = [fmt for fmt in BUILTIN_FORMATS if fmt.exposure is Exposure.PUBLIC_DILEMMA]
    assert public
    assert not any(fmt.builds_trust for fmt in public)


def test_walk_in_and_break_formats_exist(catalogue: Catalogue) -> None:
    """The catalogue has a walk-in and a break, at their own places in the arc."""
    assert catalogue.get("walk-in").arc is Arc.WALK_IN
    assert catalogue.get("break").arc is Arc.BREAK
    assert catalogue.get("Pauze").purposes == (Purpose.REST,)


def test_exposure_ranks_run_from_listening_to_public_dilemma() -> None:
    """Exposure ranks count up in the order of the scale; voice without an audience
    (writing, one to one) exposes no more than listening."""
    assert [e.rank for e in Exposure] == [0, 0, 0, 1, 2, 3, 4]
    assert Exposure.LISTENING.rank == 0
    assert Exposure.PUBLIC_DILEMMA.rank == 4
    assert Exposure.SPEAKING_IN_PAIRS.rank < Exposure.SPEAKING_IN_PLENARY.rank


def test_enum_values_are_lower_case_kebab() -> None:
    """Every vocabulary value is a lower-case kebab-case string."""
    for enum_type in (Arc, Exposure, Purpose, Per):
        assert all(KEBAB.match(member.value) for member in enum_type), enum_type


# -- values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high"),
    [(-1, None), (5, 4), (3, -2)],
)
def test_range_rejects_what_cannot_mean_anything(low: int, high: int | None) -> None:
    """A range below zero or ending before it starts is refused."""
    with pytest.raises(ValueError, match=r"range|at least 0"):
        Range(low, high)


def test_range_contains_both_ends_and_may_be_open() -> None:
    """A range contains both its ends; an open range has no top."""
    assert Range(4, 6).contains(4)
    assert Range(4, 6).contains(6)
    assert not Range(4, 6).contains(7)
    assert 10_000 in Range(12)
    assert Range(12).is_open
    assert str(Range(4, 6)) == "4-6"


def test_work_format_validators_reject_only_nonsense() -> None:
    """An empty id or a negative length is refused; a mismatched step total is not."""
    with pytest.raises(ValueError, match="id"):
        _local_format(id=" ")
    with pytest.raises(ValueError, match="typical_minutes"):
        _local_format(typical_minutes=-5)
    odd = _local_format(typical_minutes=50)
    assert odd.inconsistencies() == ("the steps add up to 60 minutes, not the typical 50",)


def test_work_format_converts_strings_and_lists() -> None:
    """Enum values may be given as strings and sequences as lists."""
    fmt = _local_format(
        purposes=["arrive", "get-acquainted"],
        arc="open",
        exposure="speaking-in-pairs",
        materials=["beer", "sausages"],
    )
    assert fmt.purposes == (Purpose.ARRIVE, Purpose.GET_ACQUAINTED)
    assert fmt.arc is Arc.OPEN
    assert fmt.exposure is Exposure.SPEAKING_IN_PAIRS
    assert fmt.materials == ("beer", "sausages")
    assert RoleNeed("table-host", "table") == RoleNeed(Role.TABLE_HOST, Per.TABLE)


def test_work_formats_are_frozen_values() -> None:
    """Formats compare by value and cannot be changed in place."""
    assert _local_format() == _local_format()
    assert hash(_local_format()) == hash(_local_format())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        _local_format().id = "other"  # type: ignore[misc]


# -- look-up -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("1-2-4-all", "1-2-4-all"),
        ("world-cafe", "world-cafe"),
        ("Stickerstemmen", "dot-voting"),
        ("dilemmagesprek", "dilemma-conversation"),
        ("Schouw (wijkwandeling)", "site-walk"),
        ("Dot voting", "dot-voting"),
        ("open space technology", "open-space"),
        ("WORLD  CAFE", "world-cafe"),
        ("Gesprekscafé", "conversation-cafe"),
    ],
)
def test_lookup_by_id_dutch_or_english_name(catalogue: Catalogue, key: str, expected: str) -> None:
    """Formats are found by id, Dutch or English name, ignoring case, accents and spaces."""
    assert catalogue.get(key).id == expected
    assert key in catalogue


def test_unknown_name_suggests_the_closest(catalogue: Catalogue) -> None:
    """An unknown name raises a KeyError that names the closest formats."""
    with pytest.raises(UnknownFormatError, match="did you mean 'world-cafe'") as caught:
        catalogue.get("world kafe")
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, UsageError)
    assert caught.value.suggestions[0] == "world-cafe"
    assert "world kafe" not in catalogue


def test_unknown_name_without_a_near_match_says_where_to_look(catalogue: Catalogue) -> None:
    """With nothing close, the error says how to see the formats there are."""
    with pytest.raises(UnknownFormatError, match="iterate over the catalogue"):
        catalogue.get("zzzzzzzz")


def test_lookup_needs_a_string(catalogue: Catalogue) -> None:
    """Looking up something that is not a string is a usage error."""
    with pytest.raises(UsageError):
        catalogue.get(12)  # type: ignore[arg-type]


def test_iteration_and_length_follow_the_formats(catalogue: Catalogue) -> None:
    """Iterating gives every format once, in catalogue order."""
    assert [fmt.id for fmt in catalogue] == IDS
    assert len(catalogue) == len(BUILTIN_FORMATS)
    assert BUILTIN_FORMATS[0] in catalogue
    assert _local_format() not in catalogue


# -- changing a catalogue ----------------------------------------------------------------


def test_add_refuses_a_duplicate_id(catalogue: Catalogue) -> None:
    """Adding a format whose id is taken raises a ValueError that says what to do."""
    with pytest.raises(DuplicateFormatError, match="already has a work format") as caught:
        catalogue.add(_local_format(id="world-cafe"))
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, PleinError)


def test_add_refuses_a_name_taken_by_another_format(catalogue: Catalogue) -> None:
    """A new format may not reuse another format's name, which would make look-ups ambiguous."""
    with pytest.raises(DuplicateFormatError, match="'dot-voting'"):
        catalogue.add(_local_format(name_nl="Stickerstemmen"))
    assert "buurtbarbecue" not in catalogue


def test_add_then_get(catalogue: Catalogue) -> None:
    """An added format can be found by its id and names."""
    catalogue.add(_local_format())
    assert catalogue.get("neighbourhood barbecue").id == "buurtbarbecue"
    assert len(catalogue) == len(BUILTIN_FORMATS) + 1


def test_with_formats_extends_a_copy(catalogue: Catalogue) -> None:
    """with_formats returns a new, larger catalogue and leaves the original alone."""
    extended = catalogue.with_formats(_local_format())
    assert extended is not catalogue
    assert "buurtbarbecue" in extended
    assert "buurtbarbecue" not in catalogue
    assert len(extended) == len(catalogue) + 1


def test_default_catalogue_is_cached_and_sealed() -> None:
    """The default catalogue is built once, and refuses changes in favour of a copy."""
    assert default_catalogue() is default_catalogue()
    assert default_catalogue().sealed
    with pytest.raises(SealedCatalogueError, match="with_formats"):
        default_catalogue().add(_local_format())
    assert not default_catalogue().with_formats(_local_format()).sealed


# -- plugins -----------------------------------------------------------------------------


@attrs.frozen
class _FakeEntryPoint:
    """Just enough of an importlib entry point for the registry."""

    name: str
    target: object
    value: str = "plugin.module:formats"
    group: str = "plein.workformats"

    def load(self) -> object:
        return self.target


def _use_entry_points(monkeypatch: pytest.MonkeyPatch, *eps: _FakeEntryPoint) -> None:
    def fake_entry_points(*, group: str) -> tuple[_FakeEntryPoint, ...]:
        assert group == workformats.ENTRY_POINT_GROUP
        return eps

    monkeypatch.setattr(_registry, "entry_points", fake_entry_points)


@pytest.mark.usefixtures("clean_default")
def test_plugins_add_formats_from_iterables_and_callables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Entry points may give an iterable of formats or a callable returning one."""
    other = _local_format(id="straatfeest", name_nl="Straatfeest", name_en="Street party")
    _use_entry_points(
        monkeypatch,
        _FakeEntryPoint("b", lambda: [other]),
        _FakeEntryPoint("a", (_local_format(),)),
    )
    catalogue = default_catalogue()
    assert "buurtbarbecue" in catalogue
    assert catalogue.get("street party") == other
    assert [fmt.id for fmt in catalogue][-2:] == ["buurtbarbecue", "straatfeest"]


@pytest.mark.usefixtures("clean_default")
def test_a_plugin_that_gives_no_formats_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry point that gives something other than formats is reported by name."""
    _use_entry_points(monkeypatch, _FakeEntryPoint("broken", [1, 2]))
    with pytest.raises(FormatPluginError, match="'broken'"):
        default_catalogue()


@pytest.mark.usefixtures("clean_default")
def test_a_plugin_duplicate_is_refused_with_its_entry_point(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plugin format whose id is built in is refused, naming the entry point."""
    _use_entry_points(monkeypatch, _FakeEntryPoint("copycat", [_local_format(id="fishbowl")]))
    with pytest.raises(DuplicateFormatError, match="'copycat'"):
        default_catalogue()


# -- filter and suggest ------------------------------------------------------------------


def test_filter_applies_every_criterion(catalogue: Catalogue) -> None:
    """filter keeps only formats that serve the purpose, hold the group and fit the time."""
    found = catalogue.filter(purpose="choose", group_size=30, minutes=20)
    assert found
    for fmt in found:
        assert Purpose.CHOOSE in fmt.purposes
        assert fmt.holds(30)
        assert fmt.minutes_for(30).low <= 20
    assert catalogue.filter() == list(catalogue)


def test_unknown_purpose_is_a_usage_error(catalogue: Catalogue) -> None:
    """An unknown purpose names the purposes there are."""
    with pytest.raises(UsageError, match="generate-ideas"):
        catalogue.filter(purpose="brainstorm")


def test_suggest_returns_the_best_fit_first(catalogue: Catalogue) -> None:
    """Formats whose main purpose it is and whose typical length fits come first."""
    suggested = catalogue.suggest(Purpose.CHOOSE, group_size=30, minutes=20)
    assert suggested[0].id == "dot-voting"
    ids = [fmt.id for fmt in catalogue.suggest("get-acquainted", group_size=12, minutes=20)]
    assert ids[:2] == ["impromptu-networking", "introduction-round"]  # a tie, broken by id


def test_suggest_respects_the_arc_and_the_limit(catalogue: Catalogue) -> None:
    """suggest keeps to the asked arc and never returns more than the limit."""
    closing = catalogue.suggest(arc="close", group_size=25, limit=3)
    assert len(closing) == 3
    assert all(fmt.arc is Arc.CLOSE for fmt in closing)
    assert catalogue.suggest(limit=0) == []
    with pytest.raises(UsageError):
        catalogue.suggest(limit=-1)


def test_suggest_is_deterministic(catalogue: Catalogue) -> None:
    """Two catalogues with the same formats in another order suggest the same."""
    reversed_catalogue = Catalogue(reversed(BUILTIN_FORMATS))
    assert catalogue.suggest("explore", group_size=40, minutes=60, limit=10) == (
        reversed_catalogue.suggest("explore", group_size=40, minutes=60, limit=10)
    )


@given(
    purpose=st.none() | st.sampled_from(Purpose),
    group_size=st.integers(min_value=0, max_value=400),
    minutes=st.none() | st.integers(min_value=0, max_value=300),
    arc=st.none() | st.sampled_from(Arc),
    limit=st.integers(min_value=0, max_value=40),
)
def test_suggest_only_returns_formats_that_fit(
    purpose: Purpose | None,
    group_size: int,
    minutes: int | None,
    arc: Arc | None,
    limit: int,
) -> None:
    """No suggestion excludes the group size, overruns the minutes or misses the purpose."""
    suggested = default_catalogue().suggest(purpose, group_size, minutes, arc, limit)
    assert len(suggested) <= limit
    assert len({fmt.id for fmt in suggested}) == len(suggested)
    for fmt in suggested:
        assert fmt.group_size.contains(group_size)
        assert minutes is None or fmt.minutes_for(group_size).low <= minutes
        assert purpose is None or purpose in fmt.purposes
        assert arc is None or fmt.arc is arc
    if purpose is not None:
        centrality = [fmt.purposes.index(purpose) for fmt in suggested]
        assert centrality == sorted(centrality)


# -- tables and minutes ------------------------------------------------------------------


def test_forty_people_at_tables_of_four_to_six_make_seven_to_ten_tables() -> None:
    """Forty people at tables of 4 to 6 need 7 to 10 tables."""
    fmt = _local_format(table_size=Range(4, 6))
    assert fmt.tables_for(40) == Range(7, 10)


def test_tables_for_edge_cases() -> None:
    """No tables without a table size; nobody makes no tables; a gap gives the fewest."""
    assert _local_format().tables_for(40) is None
    fmt = _local_format(table_size=Range(4, 6))
    assert fmt.tables_for(0) == Range(0, 0)
    assert fmt.tables_for(7) == Range(2, 2)
    assert fmt.tables_for(3) == Range(1, 1)
    with pytest.raises(UsageError):
        fmt.tables_for(-1)


@given(
    n=st.integers(min_value=1, max_value=2000),
    low=st.integers(min_value=1, max_value=15),
    spread=st.integers(min_value=0, max_value=15),
)
def test_tables_for_seats_everyone(n: int, low: int, spread: int) -> None:
    """The fewest tables seat everyone; the most can each be filled, whenever that is possible."""
    high = low + spread
    tables = _local_format(table_size=Range(low, high)).tables_for(n)
    assert tables is not None
    assert tables.high is not None
    assert tables.low * high >= n
    assert tables.low == max(1, math.ceil(n / high))
    feasible = [t for t in range(1, n + 1) if t * low <= n <= t * high]
    if feasible:
        assert tables.high * low <= n
        assert list(range(tables.low, tables.high + 1)) == feasible
    else:
        assert tables.high == tables.low


@given(n=st.integers(min_value=0, max_value=1000), fmt=st.sampled_from(BUILTIN_FORMATS))
def test_minutes_for_grows_modestly_with_the_group(n: int, fmt: WorkFormat) -> None:
    """A larger group never shortens a format, and the minimum stays within the range."""
    at_n = fmt.minutes_for(n)
    assert at_n.high == fmt.minutes.high
    assert fmt.minutes.low <= at_n.low
    assert fmt.minutes.high is None or at_n.low <= fmt.minutes.high
    assert fmt.minutes_for(n + 1).low >= at_n.low
    if fmt.table_size is None:
        assert at_n == fmt.minutes
    assert fmt.typical_minutes_for(n) >= at_n.low


def test_world_cafe_for_a_large_room_takes_a_little_longer(catalogue: Catalogue) -> None:
    """With twenty tables a World Café's shortest length grows by seven minutes."""
    world_cafe = catalogue.get("world-cafe")
    assert world_cafe.minutes_for(30) == world_cafe.minutes
    assert world_cafe.minutes_for(120) == Range(52, 180)


# -- the public API ----------------------------------------------------------------------


def test_public_api_is_pinned() -> None:
    """The package exports exactly these names, sorted constants, classes, then functions."""

    def order(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert workformats.__all__ == sorted(workformats.__all__, key=order)
    assert set(workformats.__all__) == {
        "BUILTIN_FORMATS",
        "ENTRY_POINT_GROUP",
        "PRIOR_WEIGHT",
        "Arc",
        "Catalogue",
        "DuplicateFormatError",
        "Experience",
        "Exposure",
        "FormatExperience",
        "FormatPluginError",
        "GroupBand",
        "GroupStep",
        "Moment",
        "OwnFormat",
        "Per",
        "Purpose",
        "Range",
        "Remark",
        "Reviews",
        "RoleNeed",
        "SealedCatalogueError",
        "Tally",
        "UnknownFormatError",
        "Use",
        "WorkFormat",
        "default_catalogue",
        "learn",
    }
    for name in workformats.__all__:
        assert getattr(workformats, name) is not None
