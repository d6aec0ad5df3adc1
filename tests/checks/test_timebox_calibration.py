"""The timebox (TB) and design (PL) checks judge only what is known, at the policy's severity."""

from __future__ import annotations

import pendulum
import pytest

import plein
from plein import Block, Issue, Party, Session, Trajectory
from plein.checks import Severity, registry

AS_OF = pendulum.Date(2026, 1, 1)
ISSUE = Issue(
    title="The square", question="What should it become?", nature="spatial",
    kind="area-development",
)  # fmt: skip


def _design(*sessions: Session, parties: tuple[Party, ...] = ()) -> Trajectory:
    return Trajectory(id="t", title="T", issue=ISSUE, parties=parties, sessions=sessions)


def _found(design: Trajectory, prefix: str = "") -> list[plein.Finding]:
    report = plein.check(design, plein.Config(), as_of=AS_OF)
    return [f for f in report.findings if f.code.startswith(prefix)]


@pytest.mark.parametrize(
    ("code", "severity"),
    [
        ("TB101", Severity.WARNING),
        ("TB102", Severity.WARNING),
        ("TB103", Severity.ERROR),
        ("TB104", Severity.WARNING),
        ("TB105", Severity.WARNING),
        ("TB106", Severity.WARNING),
        ("TB107", Severity.ERROR),
        ("TB108", Severity.WARNING),
        ("TB109", Severity.WARNING),
        ("TB110", Severity.WARNING),
        ("TB111", Severity.INFO),
        ("PL001", Severity.WARNING),
        ("PL002", Severity.WARNING),
        ("PL003", Severity.ERROR),
    ],
)
def test_default_severity(code: str, severity: Severity) -> None:
    """Error only for a breach the data shows; soft rules and missing data warn; info observes."""
    check = next(c for c in registry() if c.code == code)
    assert check.severity is severity


def test_unknown_lengths_said_once_per_session() -> None:
    """A record whose programme gives no times or lengths gets one TB108 warning, no error."""
    record = Session(
        id="evening", title="Evening", kind="workshop", status="held", dagdeel="evening",
        not_recorded=["programme-end"],
        programme=[Block(id=f"b{i}", title=f"Item {i}") for i in range(5)],
    )  # fmt: skip
    found = _found(_design(record), "TB")
    assert [f.code for f in found] == ["TB108"]
    message = found[0].message
    assert "no times or lengths" in message
    for code in ("TB101", "TB106", "TB107"):
        assert code in message
    assert all(f.severity is not Severity.ERROR for f in found)


def test_untimed_session_without_dagdeel_is_said_once() -> None:
    """Without dagdeel, times or lengths, TB108 names the fit too and TB110 stays silent."""
    record = Session(
        id="evening", title="Evening", kind="information-evening", status="held",
        programme=[Block(id="a", title="A"), Block(id="b", title="B")],
    )  # fmt: skip
    found = _found(_design(record), "TB")
    assert [f.code for f in found] == ["TB108"]
    assert "TB101" in found[0].message


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("plein", 1), ("workshop", 1), ("information-evening", 0), ("information-market", 0),
     ("council-meeting", 0), ("site-walk", 0), ("symposium", 0)],
)  # fmt: skip
def test_harvest_asked_of_working_meetings_only(kind: str, expected: int) -> None:
    """TB107 applies to working meetings; informing and formal meetings have nothing to harvest."""
    session = Session(
        id="s", title="S", kind=kind,
        programme=[Block(id="tables", title="T", format="table-conversations", minutes=60)],
    )  # fmt: skip
    assert len(_found(_design(session), "TB107")) == expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        (Block(id="vote", title="Vote", format="dot-voting", minutes=15), 0),
        (Block(id="next", title="Next steps", purpose="next-steps", minutes=15), 0),
        (Block(id="agree", title="Agreements", format="agreements-round", minutes=15), 0),
        (Block(id="rules", title="Ground rules", format="ground-rules", minutes=15), 1),
        (Block(id="what", title="Unknown", minutes=15), 0),
        (Block(id="typo", title="Typo", format="plenary-harvset", minutes=15), 0),
    ],
    ids=["dot-voting", "next-steps", "agreements", "ground-rules", "no-format", "unknown-id"],
)
def test_what_closes_a_session(last: Block, expected: int) -> None:
    """Dot voting and next steps close; ground rules do not; an unknown format cannot tell."""
    session = Session(
        id="s", title="S",
        programme=[
            Block(id="tables", title="T", format="table-conversations", minutes=60),
            Block(id="talk", title="Talk", format="presentation-with-questions", minutes=20),
            last,
        ],
    )  # fmt: skip
    assert len(_found(_design(session), "TB107")) == expected


def test_evening_from_half_past_six_fits() -> None:
    """The content is judged against the policy's rough evening (18:00-23:00)."""
    session = Session(
        id="s", title="S", kind="workshop", dagdeel="evening",
        programme=[
            Block(id="welcome", title="W", start="18:30", minutes=20),
            Block(id="pause", title="P", kind="break", minutes=10),
            Block(id="tables", title="T", format="table-conversations", minutes=75),
            Block(id="harvest", title="H", format="plenary-harvest", start="20:45", end="22:50"),
        ],
    )  # fmt: skip
    assert _found(_design(session), "TB101") == []
    late = Session(
        id="s", title="S", dagdeel="evening",
        programme=[Block(id="harvest", title="H", start="22:30", minutes=45)],
    )  # fmt: skip
    assert [f.severity for f in _found(_design(late), "TB101")] == [Severity.WARNING]


def test_layout_windows_stay_the_models() -> None:
    """The default config sets no windows, so the report and calendar keep the model's."""
    assert plein.Config().windows() == {}


def test_break_expected_above_two_and_a_half_hours() -> None:
    """150 minutes of content need no break; 160 do."""

    def evening(minutes: int) -> Session:
        return Session(
            id="s", title="S",
            programme=[Block(id="w", title="W", minutes=minutes - 30),
                       Block(id="h", title="H", format="plenary-harvest", minutes=30)],
        )  # fmt: skip

    assert _found(_design(evening(150)), "TB106") == []
    assert len(_found(_design(evening(160)), "TB106")) == 1


def test_crowded_panel_is_an_observation() -> None:
    """Seven speakers in 25 minutes is info, with about how long each is heard."""
    parties = tuple(Party(id=f"p{i}", name=f"P{i}", category="expert") for i in range(7))
    session = Session(
        id="s", title="S", kind="symposium",
        programme=[Block(id="panel", title="Panel", minutes=25,
                         speakers=[p.id for p in parties])],
    )  # fmt: skip
    found = _found(_design(session, parties=parties), "TB111")
    assert [f.severity for f in found] == [Severity.INFO]
    assert "about 3.6 minutes each" in found[0].message


def test_misspelt_format_says_did_you_mean() -> None:
    """A misspelt format id is said once per session, with the catalogue's closest id."""
    session = Session(
        id="s", title="S",
        programme=[Block(id="a", title="A", format="world-caffe", minutes=60),
                   Block(id="b", title="B", format="world-caffe", minutes=60)],
    )  # fmt: skip
    found = _found(_design(session), "PL002")
    assert len(found) == 1
    assert "'world-cafe'" in found[0].message
    assert found[0].related[:2] == ("a", "b")


def test_broken_references_in_a_design_built_in_python() -> None:
    """plein.check reports the dangling references and duplicate ids that load refuses."""
    parties = (Party(id="residents", name="R", category="resident"),)
    design = _design(
        Session(id="s1", title="One", after=["s0"]),
        Session(id="s1", title="Two", programme=[Block(id="b", title="B", speakers=["resident"])]),
        parties=parties,
    )
    found = _found(design, "PL003")
    assert all(f.severity is Severity.ERROR for f in found)
    messages = " ".join(f.message for f in found)
    assert "'s0'" in messages
    assert "'s1' is already used" in messages
    assert any("resident" in f.message and "'residents'" in f.hint for f in found)
    assert len(found) == 3


def test_loaded_example_has_no_broken_reference() -> None:
    """Every bundled example loads, so none has a broken reference."""
    for name in ("shopping-centre", "heat-transition", "project-evaluation", "flawed-evening"):
        assert _found(plein.examples.load(name), "PL003") == []


def test_harvest_named_only_when_tb107_held_back() -> None:
    """TB108 names TB107 only when a closing block's length is unknown, not when TB107 judged."""

    def session(last: Block) -> Session:
        return Session(
            id="s", title="S",
            programme=[Block(id="tables", title="T", format="table-conversations", minutes=60),
                       last],
        )  # fmt: skip

    open_end = Block(id="q", title="Q", format="presentation-with-questions")
    assert "TB107" not in _found(_design(session(open_end)), "TB108")[0].message
    harvest = Block(id="h", title="H", format="plenary-harvest")
    assert "TB107" in _found(_design(session(harvest)), "TB108")[0].message
