"""Voice and safety: who speaks, whether voices are evened out, whether there is a safe channel."""

from __future__ import annotations

import attrs

from plein import Block, Party, RoleAssignment, SafetyMeasure, Session, Track
from plein.model import PartyCategory
from plein.trust import (
    Contested,
    at_table,
    contested,
    has_safe_channel,
    officials,
    voice,
    voices,
    works_in_small_groups_first,
)
from plein.workformats import Catalogue
from tests.trust.conftest import design, programme, seated

PARTIES = [
    Party(id="residents", name="Bewoners", category="resident"),
    Party(id="shops", name="Winkeliers", category="entrepreneur"),
    Party(id="municipality", name="Gemeente", category="civil-servant"),
    Party(id="bureau", name="Bureau", category="facilitation"),
]
TABLE = seated({"residents": 20, "shops": 6, "municipality": 3, "bureau": 0})


def test_at_table_leaves_out_those_not_expected() -> None:
    """An invitation with an expected headcount of 0 is not a seat at the table."""
    session = Session(id="s", title="S", parties=TABLE)
    assert at_table(session) == ("residents", "shops", "municipality")


def test_only_listening_gives_no_voice(formats: Catalogue) -> None:
    """Listening to a presentation is no voice; being among its speakers is."""
    talk = Block(
        id="talk", title="Talk", format="presentation-with-questions", speakers=("municipality",)
    )
    session = Session(id="s", title="S", parties=TABLE, programme=[talk])
    heard = voice(design([session], PARTIES), session, formats)
    assert heard.heard == ("municipality",)
    assert heard.unheard == ("residents", "shops")
    assert heard.categories_unheard == (PartyCategory.RESIDENT, PartyCategory.ENTREPRENEUR)
    assert heard.categories_heard == (PartyCategory.CIVIL_SERVANT,)


def test_participants_and_tracks_speak_for_themselves(formats: Catalogue) -> None:
    """A block with participants gives only them a voice; a track counts for its own."""
    tables = Block(
        id="tables",
        title="Tables",
        format="presentation-with-questions",
        tracks=[Track(id="t1", title="T1", format="table-conversations", participants=("shops",))],
    )
    session = Session(id="s", title="S", parties=TABLE, programme=[tables])
    heard = voice(design([session], PARTIES), session, formats)
    assert heard.heard == ("shops",)


def test_unknown_format_leaves_the_voice_unclear(formats: Catalogue) -> None:
    """A block the catalogue does not know may give a voice: unclear, not unheard."""
    session = Session(id="s", title="S", parties=TABLE, programme=programme("buurtquiz"))
    heard = voice(design([session], PARTIES), session, formats)
    assert heard.unclear == ("residents", "shops", "municipality")
    assert heard.unheard == ()
    assert heard.categories_unheard == ()


def test_officials_by_category_and_by_role() -> None:
    """Officials are the official categories and the holders of the decision-maker role."""
    session = Session(
        id="s",
        title="S",
        parties=TABLE,
        roles=[RoleAssignment(role="decision-maker", party="shops")],
    )
    assert officials(design([session], PARTIES), session) == frozenset({"municipality", "shops"})


def test_levelling_before_the_first_debate(formats: Catalogue) -> None:
    """With officials and residents at the table, small groups should precede an open debate."""
    first = Session(id="s", title="S", parties=TABLE, programme=programme("fishbowl", "1-2-4-all"))
    second = attrs.evolve(first, id="s2", programme=programme("1-2-4-all", "fishbowl"))
    harvest = attrs.evolve(first, id="s3", programme=programme("plenary-harvest"))
    found = voices(design([first, second, harvest], PARTIES), formats)
    assert [v.levelled_first for v in found] == [False, True, None]
    assert (found[0].first_debate, found[0].first_levelling) == (0, 1)


def test_no_officials_no_question(formats: Catalogue) -> None:
    """Residents and entrepreneurs among themselves: levelling is not asked."""
    session = Session(
        id="s",
        title="S",
        parties=seated({"residents": 20, "shops": 6}),
        programme=programme("fishbowl"),
    )
    found = voice(design([session], PARTIES), session, formats)
    assert not found.mixed
    assert found.levelled_first is None


def test_safe_channel_by_measure_or_by_programme(formats: Catalogue) -> None:
    """A named measure is a safe channel; so is a programme that works in small groups first."""
    plenary = Session(id="s", title="S", programme=programme("fishbowl", "table-conversations"))
    assert not has_safe_channel(plenary, formats)
    corner = attrs.evolve(plenary, safety=[SafetyMeasure(kind="complaints-corner")])
    assert has_safe_channel(corner)
    rules_only = attrs.evolve(plenary, safety=[SafetyMeasure(kind="ground-rules")])
    assert not has_safe_channel(rules_only, formats)
    tables_first = attrs.evolve(
        plenary, programme=programme("introduction-round", "table-conversations", "fishbowl")
    )
    assert works_in_small_groups_first(tables_first, formats)
    assert has_safe_channel(tables_first, formats)
    assert not has_safe_channel(tables_first)  # without formats, only the measures count


def test_contested_by_rule_or_by_name(formats: Catalogue) -> None:
    """Contested: a public dilemma, a spatial issue with residents and shops, or named."""
    mixed = Session(id="s", title="S", parties=TABLE, programme=programme("fishbowl"))
    assert contested(design([mixed], PARTIES), mixed, formats) == Contested(spatial_interests=True)
    assert not contested(design([mixed], PARTIES, nature="societal"), mixed, formats)
    dilemma = attrs.evolve(mixed, programme=programme("dilemma-conversation"))
    societal = design([dilemma], PARTIES, nature="societal")
    assert contested(societal, dilemma, formats).dilemmas == ("b0",)
    assert contested(design([mixed], PARTIES, nature="societal"), mixed, formats, {"s"}).named
