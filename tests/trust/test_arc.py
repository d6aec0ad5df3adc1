"""The trust arc of a session: what blocks ask, what they build, where they ask too much."""

from __future__ import annotations

import attrs
import pendulum
import pytest
from hypothesis import given, settings

from plein import Block, SafetyMeasure, Session, Track, Trajectory, check
from plein.checks import Config
from plein.trust import (
    TRUST_NEEDED,
    Trust,
    closes_deliberately,
    opens_deliberately,
    trust_arc,
)
from plein.workformats import Catalogue, Exposure, default_catalogue
from tests.trust.conftest import design, programme
from tests.trust.strategies import trust_designs


def _too_much(session: Session, formats: Catalogue) -> list[str]:
    return [step.block for step in trust_arc(session, formats).too_much()]


def test_trust_level_adds_introduction_to_practice() -> None:
    """The level is the rank of the smaller setting practised, plus one when introduced."""
    assert Trust().level == 0
    assert Trust(introduced=True).level == 1
    assert Trust(practised=Exposure.SPEAKING_IN_PAIRS).level == 1
    assert Trust(True, Exposure.SPEAKING_IN_SMALL_GROUPS).level == 3


def test_what_each_exposure_needs() -> None:
    """Smaller settings need no trust; plenary needs a start; a public dilemma needs both."""
    assert [TRUST_NEEDED[e] for e in Exposure] == [0, 0, 0, 0, 0, 1, 3]


def test_public_dilemma_first_asks_too_much(formats: Catalogue) -> None:
    """A public fishbowl on the dilemma as the first block asks more than any trust built."""
    session = Session(id="s", title="S", programme=programme("dilemma-fishbowl"))
    arc = trust_arc(session, formats)
    (step,) = arc.steps
    assert (step.exposure, step.needs, step.before.level) == (Exposure.PUBLIC_DILEMMA, 3, 0)
    assert step.asks_too_much


@pytest.mark.parametrize("opening", ["introduction-round", "welcome-and-check-in"])
@pytest.mark.parametrize("small_groups", ["1-2-4-all", "table-conversations"])
def test_introduction_and_small_groups_make_a_dilemma_safe(
    formats: Catalogue, opening: str, small_groups: str
) -> None:
    """An introduction and small-group work before the dilemma build the trust it needs."""
    session = Session(
        id="s", title="S", programme=programme(opening, small_groups, "dilemma-fishbowl")
    )
    arc = trust_arc(session, formats)
    assert arc.too_much() == ()
    assert arc.end.level == 3


@pytest.mark.parametrize(
    ("formats_in_order", "too_much"),
    [
        (("introduction-round", "dilemma-fishbowl"), ["b1"]),
        (("table-conversations", "dilemma-conversation"), ["b1"]),
        (("impromptu-networking", "dilemma-conversation"), ["b1"]),
        (("presentation-with-questions", "fishbowl"), ["b1"]),
        (("presentation-with-questions", "table-conversations", "plenary-harvest"), []),
        (("impromptu-networking", "plenary-harvest"), []),
        (("introduction-round", "check-out-round"), []),
        (("dot-voting", "information-market"), []),
    ],
)
def test_the_rule_block_by_block(
    formats: Catalogue, formats_in_order: tuple[str, ...], too_much: list[str]
) -> None:
    """The documented rule, on programmes a facilitator would recognise."""
    session = Session(id="s", title="S", programme=programme(*formats_in_order))
    assert _too_much(session, formats) == too_much


def test_ground_rules_count_as_an_introduction(formats: Catalogue) -> None:
    """With ground rules, the session starts introduced: a plenary round may follow a talk."""
    blocks = programme("presentation-with-questions", "fishbowl")
    without = Session(id="s", title="S", programme=blocks)
    with_rules = attrs.evolve(without, safety=[SafetyMeasure(kind="ground-rules")])
    assert _too_much(without, formats) == ["b1"]
    assert trust_arc(with_rules, formats).start == Trust(introduced=True)
    assert _too_much(with_rules, formats) == []


def test_walk_in_and_breaks_are_neutral(formats: Catalogue) -> None:
    """The walk-in and breaks are not on the arc; the index still points into the programme."""
    blocks = [
        Block(id="doors", title="Walk-in", kind="walk-in", format="walk-in"),
        Block(id="welcome", title="Welcome", format="welcome-and-check-in"),
        Block(id="coffee", title="Coffee", kind="break", format="break"),
        Block(id="fishbowl", title="Fishbowl", format="dilemma-fishbowl"),
    ]
    arc = trust_arc(Session(id="s", title="S", programme=blocks), formats)
    assert [(step.block, step.index) for step in arc.steps] == [("welcome", 1), ("fishbowl", 3)]


def test_unknown_format_is_not_judged_and_builds_nothing(formats: Catalogue) -> None:
    """A block whose format is unknown asks an unknown exposure and adds no trust."""
    session = Session(id="s", title="S", programme=programme("buurtquiz", None, "fishbowl"))
    arc = trust_arc(session, formats)
    assert [step.exposure for step in arc.steps] == [None, None, Exposure.SPEAKING_IN_PLENARY]
    assert [step.block for step in arc.unknown()] == ["b0", "b1"]
    assert arc.steps[1].after == Trust()
    assert _too_much(session, formats) == ["b2"]


def test_tracks_count_what_every_track_did(formats: Catalogue) -> None:
    """A split block asks the most of its tracks and builds the least of them."""
    split = Block(
        id="split",
        title="Two tracks",
        tracks=[
            Track(id="a", title="A", format="impromptu-networking"),
            Track(id="b", title="B", format="table-conversations"),
        ],
    )
    session = Session(id="s", title="S", programme=[split])
    (step,) = trust_arc(session, formats).steps
    assert step.exposure is Exposure.SPEAKING_IN_SMALL_GROUPS
    assert step.after == Trust(introduced=False, practised=Exposure.SPEAKING_IN_PAIRS)


def test_opening_and_closing(formats: Catalogue) -> None:
    """The first content block should open the arc and the last should close it."""
    good = Session(
        id="s", title="S", programme=programme("welcome-and-check-in", "check-out-round")
    )
    abrupt = Session(id="s", title="S", programme=programme("presentation-with-questions"))
    unknown = Session(id="s", title="S", programme=programme("buurtquiz"))
    empty = Session(id="s", title="S")
    assert (opens_deliberately(good, formats), closes_deliberately(good, formats)) == (True, True)
    assert (opens_deliberately(abrupt, formats), closes_deliberately(abrupt, formats)) == (
        False,
        False,
    )
    assert opens_deliberately(unknown, formats) is None
    assert closes_deliberately(empty, formats) is None


def _tr101(blocks: list[str]) -> list[str]:
    session = Session(id="evening", title="The street", programme=programme(*blocks))
    report = check(
        design([session]),
        Config(select=("TR101",)),
        as_of=pendulum.Date(2026, 1, 1),
    )
    return [finding.code for finding in report.findings]


@pytest.mark.parametrize("opening", ["introduction-round", "welcome-and-check-in"])
@pytest.mark.parametrize("small_groups", ["1-2-4-all", "table-conversations"])
def test_acceptance_fishbowl_first_fails_and_trust_first_passes(
    opening: str, small_groups: str
) -> None:
    """TR101 flags an evening opening with a dilemma fishbowl, and not one that builds up to it."""
    assert _tr101(["dilemma-fishbowl", "plenary-harvest"]) == ["TR101", "TR101"]
    assert _tr101([opening, small_groups, "dilemma-fishbowl", "plenary-harvest"]) == []


@settings(max_examples=80, deadline=None)
@given(trust_designs())
def test_the_arc_never_raises_and_trust_never_falls(trajectory: Trajectory) -> None:
    """On any design (formats from the catalogue, unknown or missing), trust only grows."""
    catalogue = default_catalogue()
    for session in trajectory.sessions:
        arc = trust_arc(session, catalogue)
        levels = [arc.start.level, *(step.after.level for step in arc.steps)]
        assert levels == sorted(levels)
        assert all(0 <= level <= 3 for level in levels)
        assert all(step.needs in TRUST_NEEDED.values() for step in arc.steps)
        opens_deliberately(session, catalogue)
        closes_deliberately(session, catalogue)
