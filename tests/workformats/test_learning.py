"""Tests for learning from the evaluations of programme blocks."""

from __future__ import annotations

import ast
import itertools
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from plein import (
    Block,
    Evaluation,
    Issue,
    Review,
    Session,
    SessionParty,
    Track,
    Trajectory,
    examples,
)
from plein.errors import UsageError
from plein.model import IssueKind
from plein.workformats import (
    PRIOR_WEIGHT,
    Arc,
    Catalogue,
    Experience,
    Exposure,
    GroupBand,
    Moment,
    Purpose,
    Range,
    Reviews,
    Tally,
    Use,
    WorkFormat,
    default_catalogue,
    learn,
)

PACKAGE = Path(__file__).parents[2] / "src" / "plein" / "workformats"


@pytest.fixture(scope="module")
def experience() -> Experience:
    """What the shopping-centre and project-evaluation examples teach."""
    return learn([examples.load("shopping-centre"), examples.load("project-evaluation")])


def _row(summary: str, format_id: str) -> list[str]:
    """The cells of a format's row in the summary table."""
    rows = [line.split() for line in summary.splitlines() if line.startswith(format_id + " ")]
    assert len(rows) == 1, f"{format_id} has {len(rows)} rows in the summary"
    return rows[0]


# -- the bundled examples ----------------------------------------------------------------

# Worked out by hand from the YAML of the two examples. A "signal" is an answer: worked
# (1) or not (0), or a score s as (s - 1) / 4; the score is (S + 4 * 0.5) / (n + 4).
#
# shopping-centre (shopping-centre-redevelopment), plein-1 and plein-2 both expect
# 18 + 8 + 3 + 3 + 4 + 1 + 2 = 39 people (band 30-49):
#   p1-tafels  table-conversations: participants worked, 4; facilitator worked, 4, a
#              remark. Used again (p2-tafels) without evaluation: 2 uses, 1 evaluated.
#              S = 1 + .75 + 1 + .75 = 3.5, n = 4: 5.5 / 8 = 0.6875
#   p1-124     1-2-4-all: participants worked, 5; new.  S = 2, n = 2: 4 / 6
#   p2-minderheid deep-democracy-minority-view: participants worked, 4; facilitator
#              worked, 5; new.  S = 3.75, n = 4: 5.75 / 8 = 0.71875
# project-evaluation (project-evaluation), evaluatieplein expects
# 12 + 5 + 2 + 4 + 1 + 1 = 25 people (band 15-29):
#   e-interviews appreciative-interviews: participants worked, 5; facilitator worked, 4,
#              a remark; new.  S = 3.75, n = 4: 0.71875
#   e-wat      what-so-what-now-what: participants worked, 4; facilitator did not work,
#              2, a remark. Used again (t-reflectie) without evaluation.
#              S = 1 + .75 + 0 + .25 = 2, n = 4: 4 / 8 = 0.5
EXPECTED = {
    # id: (uses, evaluated, p worked %, f worked %, p mean, f mean, new, score)
    "table-conversations": (2, 1, "100%", "100%", 4.0, 4.0, 0, 0.6875),
    "1-2-4-all": (1, 1, "100%", "-", 5.0, None, 1, 4 / 6),
    "deep-democracy-minority-view": (1, 1, "100%", "100%", 4.0, 5.0, 1, 0.71875),
    "appreciative-interviews": (1, 1, "100%", "100%", 5.0, 4.0, 1, 0.71875),
    "what-so-what-now-what": (2, 1, "100%", "0%", 4.0, 2.0, 0, 0.5),
}


def test_the_examples_name_every_evaluated_format(experience: Experience) -> None:
    """The five evaluated blocks of the two examples give five evaluated formats."""
    evaluated = {r.format for r in experience.records() if r.overall.evaluated}
    assert evaluated == set(EXPECTED)
    assert experience.evaluated == 5
    assert experience.trajectories == ("winkelcentrum-de-hoven", "evaluatie-stationsgebied")
    assert experience.unknown == ()
    assert experience.unattributed == 0


@pytest.mark.parametrize("format_id", sorted(EXPECTED))
def test_the_examples_add_up_per_format(experience: Experience, format_id: str) -> None:
    """Each evaluated format has the counts, means and score worked out from the YAML."""
    uses, evaluated, _, _, p_mean, f_mean, new, score = EXPECTED[format_id]
    tally = experience.for_format(format_id).overall
    assert (tally.uses, tally.evaluated, tally.new_to_organisers) == (uses, evaluated, new)
    assert tally.participants.mean_score == p_mean
    assert tally.facilitator.mean_score == f_mean
    assert experience.score(format_id) == pytest.approx(score)


@pytest.mark.parametrize("format_id", sorted(EXPECTED))
def test_the_summary_shows_the_figures(experience: Experience, format_id: str) -> None:
    """The summary's row for each evaluated format shows its counts, shares and means."""
    uses, evaluated, p_share, f_share, p_mean, f_mean, new, score = EXPECTED[format_id]
    cells = _row(experience.summary(), format_id)
    mean = "/".join("-" if m is None else f"{m:.1f}" for m in (p_mean, f_mean))
    shown = [str(uses), str(evaluated), f"{p_share}/{f_share}", mean, str(new), f"{score:.2f}"]
    assert cells[1:7] == shown


def test_the_breakdowns_follow_issue_kind_group_size_and_moment(experience: Experience) -> None:
    """Each use lands under its issue kind, its band and the third of the programme."""
    tables = experience.for_format("table-conversations")
    assert [k for k, _ in tables.by_issue_kind] == [IssueKind.SHOPPING_CENTRE_REDEVELOPMENT]
    assert [(k, t.uses, t.evaluated) for k, t in tables.by_group_size] == [
        (GroupBand.FROM_30, 2, 1)
    ]
    # plein-1's content (walk-in and break left out) lasts 15+5+25+60+15+25+10 = 155
    # minutes; the table conversations run from 45 to 105, their middle at 75 (middle
    # third); 1-2-4-All runs from 105 to 120, its middle at 112.5 (closing third).
    # plein-2's: 15+20+30+45+15+20+15 = 160, tables from 65 to 110, middle 87.5.
    assert [(k, t.uses) for k, t in tables.by_moment] == [(Moment.MIDDLE, 2)]
    assert [k for k, _ in experience.for_format("1-2-4-all").by_moment] == [Moment.CLOSING]
    # The evaluation Plein: 15+60+45+20+10 = 150 minutes; interviews 15 to 75, middle 45.
    interviews = experience.for_format("appreciative-interviews")
    assert [k for k, _ in interviews.by_moment] == [Moment.OPENING]
    assert interviews.best_group_size is GroupBand.FROM_15
    assert interviews.best_issue_kind is IssueKind.PROJECT_EVALUATION
    assert interviews.arc is Arc.DIVERGE


def test_the_remarks_are_kept_as_written(experience: Experience) -> None:
    """The "what would we change" remarks come out word for word, with who and where."""
    changes = {
        (r.format, c.by, c.block, c.text) for r in experience.records() for c in r.overall.changes
    }
    assert changes == {
        ("table-conversations", "facilitator", "p1-tafels",
         "Vaste tafelvoorzitters vooraf instrueren."),
        ("appreciative-interviews", "facilitator", "e-interviews",
         "Meer tijd voor het delen in viertallen."),
        ("what-so-what-now-what", "facilitator", "e-wat",
         "Vragen per ronde op papier op tafel leggen."),
    }  # fmt: skip
    summary = experience.summary()
    for *_, text in changes:
        assert text in summary


def test_the_summary_speaks_dutch(experience: Experience) -> None:
    """In Dutch the headings, the legend and the decimal commas are Dutch."""
    summary = experience.summary("nl")
    assert "werkvorm" in summary
    assert "Wat we anders zouden doen:" in summary
    assert _row(summary, "what-so-what-now-what")[4] == "4,0/2,0"
    with pytest.raises(UsageError):
        experience.summary("de")  # type: ignore[arg-type]


def test_to_dict_is_json_and_matches_the_records(experience: Experience) -> None:
    """to_dict survives JSON and lists every format used, evaluated ones first."""
    data = json.loads(json.dumps(experience.to_dict()))
    assert data["evaluated"] == 5
    ids = [f["id"] for f in data["formats"]]
    assert ids[:5] == [
        "appreciative-interviews",  # 0.71875, then by id
        "deep-democracy-minority-view",
        "table-conversations",
        "1-2-4-all",
        "what-so-what-now-what",
    ]
    tables = data["formats"][2]
    assert tables["overall"]["uses"] == 2
    assert tables["byGroupSize"]["30-49"]["evaluated"] == 1
    assert tables["overall"]["facilitator"]["meanScore"] == 4.0


def test_an_empty_experience_says_so() -> None:
    """With nothing evaluated the summary says that nothing was learned yet."""
    assert "Nothing learned yet" in learn([]).summary()
    assert learn([]).for_format("world-cafe").overall == Tally()


# -- unknown, own and parallel formats --------------------------------------------------

OWN = WorkFormat(
    id="buurtbarbecue",
    name_nl="Buurtbarbecue",
    name_en="Neighbourhood barbecue",
    purposes=(Purpose.GET_ACQUAINTED,),
    arc=Arc.CLOSE,
    minutes=Range(45, 90),
    typical_minutes=60,
    group_size=Range(5, 80),
    exposure=Exposure.LISTENING,
)


def _design(*programme: Block, formats: tuple[WorkFormat, ...] = ()) -> Trajectory:
    """A one-session design with this programme and 12 + 40 expected people."""
    return Trajectory(
        id="t",
        title="T",
        issue=Issue(title="I", question="Q?", nature="societal", kind="energy-transition"),
        sessions=[
            Session(
                id="s",
                title="S",
                parties=[SessionParty("a", expected=12), SessionParty("b", expected=40)],
                programme=programme,
            )
        ],
        formats=formats,
    )


WORKED = Evaluation(participants=Review(worked=True, score=4))


def test_unknown_formats_are_counted_under_their_key_and_flagged() -> None:
    """A format nobody defines keeps its key, is flagged, and a design's own is known."""
    design = _design(
        Block(id="b1", title="?", format="kletsrondje", evaluation=WORKED),
        Block(id="b2", title="BBQ", format="Buurtbarbecue", evaluation=WORKED),
        formats=(OWN,),
    )
    experience = learn([design])
    assert experience.unknown == ("kletsrondje",)
    unknown, own = experience.for_format("kletsrondje"), experience.for_format("buurtbarbecue")
    assert (unknown.known, unknown.overall.evaluated) == (False, 1)
    assert (own.known, own.own, own.overall.evaluated) == (True, True, 1)
    assert "kletsrondje*" in experience.summary()
    assert experience.to_dict()["unknownFormats"] == ["kletsrondje"]


def test_group_size_comes_from_the_block_participants_else_the_session() -> None:
    """A block's own participants set its group size; without them the session's does."""
    design = _design(
        Block(id="b1", title="small", format="1-2-4-all", participants=("a",), evaluation=WORKED),
        Block(id="b2", title="all", format="1-2-4-all", evaluation=WORKED),
    )
    sizes = [u.group_size for u in learn([design]).uses]
    assert sizes == [12, 52]
    assert [u.group_band for u in learn([design]).uses] == [GroupBand.UNDER_15, GroupBand.FROM_50]


def test_tracks_are_uses_of_their_own_formats_and_formatless_blocks_are_counted() -> None:
    """A parallel track is a use of its format; an evaluated block with no format is noted."""
    design = _design(
        Block(
            id="b1",
            title="split",
            tracks=[Track(id="t1", title="A", format="fishbowl", participants=("b",))],
            evaluation=WORKED,
        ),
    )
    experience = learn([design])
    assert [(u.format, u.group_size, u.evaluation) for u in experience.uses] == [
        ("fishbowl", 40, None)
    ]
    assert experience.unattributed == 1


def test_learn_refuses_what_is_not_trajectories() -> None:
    """A single trajectory, or file names, are refused with a hint."""
    design = examples.load("shopping-centre")
    with pytest.raises(UsageError, match="in a list"):
        learn(design)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match=r"plein\.load"):
        learn(["shopping-centre.yaml"])  # type: ignore[list-item]


def test_learn_uses_the_catalogue_given() -> None:
    """A format missing from the given catalogue is unknown, even if the default has it."""
    design = _design(Block(id="b1", title="x", format="1-2-4-all", evaluation=WORKED))
    assert learn([design], Catalogue()).unknown == ("1-2-4-all",)


def test_the_learning_module_stays_beside_the_model() -> None:
    """Nothing in plein.workformats imports IO, the checks or the CLI."""
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                assert not name.startswith(("plein.io", "plein.checks", "plein.cli")), path


# -- the score ---------------------------------------------------------------------------

reviews = st.builds(
    Review,
    worked=st.none() | st.booleans(),
    score=st.none() | st.integers(min_value=1, max_value=5),
    change=st.none() | st.text(max_size=10),
)
evaluations = st.builds(
    Evaluation,
    participants=st.none() | reviews,
    facilitator=st.none() | reviews,
    new_format=st.booleans(),
)
BEST = Evaluation(
    participants=Review(worked=True, score=5), facilitator=Review(worked=True, score=5)
)


def _score(found: list[Evaluation]) -> float | None:
    """The score of one format evaluated this way."""
    uses = [
        Use(
            format="f", trajectory="t", session="s", block=f"b{i}", issue_kind="other", evaluation=e
        )
        for i, e in enumerate(found)
    ]
    return Experience(uses=tuple(uses)).score("f")


def _better(review: Review | None) -> Review:
    """The same review, one step more positive (or a top review where there was none)."""
    if review is None:
        return Review(worked=True, score=5)
    if review.worked is not True:
        return attrs.evolve(review, worked=True)
    return attrs.evolve(review, score=5 if review.score is None else min(5, review.score + 1))


@given(st.lists(evaluations, max_size=12))
def test_the_score_stays_between_0_and_1(found: list[Evaluation]) -> None:
    """Whatever the evaluations, the score is None (no answers) or lies in [0, 1]."""
    score = _score(found)
    answers = Tally.of(
        Use(format="f", trajectory="t", session="s", block="b", issue_kind="other", evaluation=e)
        for e in found
    ).signals
    assert (score is None) == (answers == 0)
    assert score is None or 0 <= score <= 1


@given(st.lists(evaluations, max_size=12), st.integers(min_value=1, max_value=5))
def test_more_positive_evaluations_never_lower_the_score(
    found: list[Evaluation], more: int
) -> None:
    """Adding evaluations in which everything went well never lowers the score."""
    before = _score(found)
    after = _score([*found, *[BEST] * more])
    assert after is not None
    assert before is None or after >= before


@given(st.lists(evaluations, min_size=1, max_size=12), st.data())
def test_a_more_positive_answer_never_lowers_the_score(
    found: list[Evaluation], data: st.DataObject
) -> None:
    """Making one answer more positive (it worked, a higher score) never lowers the score."""
    i = data.draw(st.integers(min_value=0, max_value=len(found) - 1))
    improved = list(found)
    if data.draw(st.booleans()):
        improved[i] = attrs.evolve(found[i], participants=_better(found[i].participants))
    else:
        improved[i] = attrs.evolve(found[i], facilitator=_better(found[i].facilitator))
    before, after = _score(found), _score(improved)
    assert after is not None
    assert before is None or after >= before


def test_one_evaluation_does_not_dominate() -> None:
    """One perfect evaluation scores 0.75, not 1; more of them come ever closer to 1."""
    assert PRIOR_WEIGHT == 4
    scores = [_score([BEST] * n) or 0.0 for n in range(1, 6)]
    assert scores[0] == 0.75  # (4 + 2) / (4 + 4)
    assert all(a < b for a, b in itertools.pairwise(scores))
    assert all(s < 1 for s in scores)
    worst = Evaluation(
        participants=Review(worked=False, score=1), facilitator=Review(worked=False, score=1)
    )
    assert _score([worst]) == 0.25
    assert _score([Evaluation(participants=Review(change="meer tijd"))]) is None


def test_score_narrows_to_an_issue_kind_and_a_group_size(experience: Experience) -> None:
    """Only uses of the issue kind and in the band of the group size asked count."""
    assert experience.score("table-conversations", "shopping-centre-redevelopment", 39) == 0.6875
    assert experience.score("table-conversations", "project-evaluation") is None
    assert experience.score("table-conversations", group_size=10) is None
    assert experience.score("table-conversations", group_size="30-49") == 0.6875
    with pytest.raises(UsageError, match="issue kind"):
        experience.score("table-conversations", "retail")


def test_reviews_add_up() -> None:
    """Reviews count answers, yeses and scores separately."""
    tally = Reviews.of([Review(worked=True, score=4), Review(worked=False), Review(score=2)])
    assert (tally.given, tally.answered, tally.worked, tally.scores) == (3, 2, 1, (4, 2))
    assert tally.worked_share == 0.5
    assert tally.mean_score == 3.0
    assert Reviews().worked_share is None


# -- suggest with experience -------------------------------------------------------------


def _experience_of(*found: tuple[str, Evaluation], people: int = 12) -> Experience:
    """An experience of energy-transition uses, one per (format, evaluation)."""
    uses = [
        Use(
            format=fmt_id,
            trajectory="t",
            session="s",
            block=f"b{i}",
            issue_kind="energy-transition",
            group_size=people,
            evaluation=e,
        )
        for i, (fmt_id, e) in enumerate(found)
    ]
    return Experience(uses=tuple(uses))


def test_experience_breaks_a_tie_after_the_purpose() -> None:
    """A format that worked before moves ahead of one equally central to the purpose."""
    catalogue = default_catalogue()
    plain = [f.id for f in catalogue.suggest("get-acquainted", group_size=12, minutes=20)]
    assert plain[:2] == ["impromptu-networking", "introduction-round"]
    learned = _experience_of(("introduction-round", BEST))
    ranked = [
        f.id
        for f in catalogue.suggest("get-acquainted", group_size=12, minutes=20, experience=learned)
    ]
    assert ranked[:2] == ["introduction-round", "impromptu-networking"]
    assert sorted(ranked) == sorted(plain)


def test_experience_ranks_before_the_fit_of_the_length() -> None:
    """Experience comes right after the purpose: before how well the typical length fits."""
    catalogue = default_catalogue()
    plain = [f.id for f in catalogue.suggest(Purpose.CHOOSE, group_size=30, minutes=20)]
    assert plain[:2] == ["dot-voting", "deep-democracy-minority-view"]  # 15 fits, 35 not
    learned = _experience_of(("deep-democracy-minority-view", BEST), people=30)
    ranked = catalogue.suggest(Purpose.CHOOSE, group_size=30, minutes=20, experience=learned)
    assert [f.id for f in ranked][:2] == ["deep-democracy-minority-view", "dot-voting"]


def test_experience_never_overrides_the_purpose() -> None:
    """However well a secondary-purpose format worked, the main-purpose ones come first."""
    catalogue = default_catalogue()
    plain = catalogue.suggest(Purpose.CHOOSE, group_size=30, minutes=20, limit=10)
    last = plain[-1]
    learned = _experience_of(*[(last.id, BEST)] * 10, people=30)
    ranked = catalogue.suggest(
        Purpose.CHOOSE, group_size=30, minutes=20, limit=10, experience=learned
    )
    assert last.purposes.index(Purpose.CHOOSE) > plain[0].purposes.index(Purpose.CHOOSE)
    assert ranked[-1] == last
    centrality = [f.purposes.index(Purpose.CHOOSE) for f in ranked]
    assert centrality == sorted(centrality)
    assert set(ranked) == set(plain)


def test_a_format_that_did_not_work_goes_after_untried_ones() -> None:
    """Neutral (untried) ranks above a format that did not work, for the same purpose."""
    worst = Evaluation(participants=Review(worked=False, score=1))
    learned = _experience_of(("impromptu-networking", worst))
    ranked = default_catalogue().suggest(
        "get-acquainted", group_size=12, minutes=20, experience=learned
    )
    ids = [f.id for f in ranked]
    assert ids.index("introduction-round") < ids.index("impromptu-networking")


def test_experience_of_another_issue_kind_does_not_reorder() -> None:
    """Asked for another kind of issue, experience of energy transition does not count."""
    catalogue = default_catalogue()
    learned = _experience_of(("introduction-round", BEST))
    plain = catalogue.suggest("get-acquainted", group_size=12, minutes=20)
    other = catalogue.suggest(
        "get-acquainted", 12, 20, experience=learned, issue_kind="project-evaluation"
    )
    assert other == plain
    assert catalogue.suggest("get-acquainted", 12, 20, experience=Experience()) == plain


IDS = [f.id for f in default_catalogue()]


@given(
    found=st.lists(st.tuples(st.sampled_from(IDS), evaluations), max_size=15),
    purpose=st.none() | st.sampled_from(Purpose),
    group_size=st.none() | st.integers(min_value=0, max_value=200),
    minutes=st.none() | st.integers(min_value=0, max_value=240),
    arc=st.none() | st.sampled_from(Arc),
    issue_kind=st.none() | st.sampled_from(IssueKind),
)
def test_experience_only_reorders_the_formats_that_fit(
    found: list[tuple[str, Evaluation]],
    purpose: Purpose | None,
    group_size: int | None,
    minutes: int | None,
    arc: Arc | None,
    issue_kind: IssueKind | None,
) -> None:
    """With a limit above the catalogue's size, the same formats come back, purpose first."""
    catalogue = default_catalogue()
    limit = len(catalogue) + 1
    plain = catalogue.suggest(purpose, group_size, minutes, arc, limit)
    learned = catalogue.suggest(
        purpose,
        group_size,
        minutes,
        arc,
        limit,
        experience=_experience_of(*found),
        issue_kind=issue_kind,
    )
    assert len(learned) == len(plain)
    assert set(learned) == set(plain)
    if purpose is not None:
        centrality = [f.purposes.index(purpose) for f in learned]
        assert centrality == sorted(centrality)
