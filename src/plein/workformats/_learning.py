"""Learning together: what the evaluations of programme blocks say about work formats.

Pleinen are places to learn: work formats and new forms of conversation are tried, and
after a session the design records how each block went (an
:class:`~plein.model.Evaluation`): did it work in the eyes of the participants and of
the facilitator, the score they gave it, what they would change, and whether the format
was new to the organisers. :func:`learn` gathers those records across trajectories into
an :class:`Experience`: per work format, and broken down by the kind of issue, the size
of the group and the moment in the session.

>>> from plein import examples
>>> from plein.workformats import learn
>>> experience = learn([examples.load("shopping-centre"), examples.load("project-evaluation")])
>>> record = experience.for_format("table-conversations")
>>> record.overall.uses, record.overall.evaluated, record.overall.participants.mean_score
(2, 1, 4.0)
>>> experience.score("table-conversations")
0.6875

The score
---------

:meth:`Experience.score` turns the evaluations of a format into one figure from 0 to 1.
Every answer in an evaluation is a *signal* between 0 and 1: "it worked" is 1 and "it did
not work" 0; a score *s* on the scale 1 to 5 is (*s* - 1) / 4, so 1 is 0, 3 is 0.5 and 5
is 1. The answers of the participants and of the facilitator count alike. With *n*
signals adding up to *S*, the figure is::

    score = (S + K * 0.5) / (n + K),    K = 4

that is, the mean of the signals after :data:`PRIOR_WEIGHT` (*K* = 4) neutral signals of
0.5 are added to them: about one fully answered evaluation's worth. One evaluation thus
moves the figure at most half-way from neutral to its own verdict, and the figure comes
closer to the plain mean as evaluations accumulate. A format without a single answer has
no score (None), rather than a neutral one, so that "not tried" and "mixed" stay apart.
"""

from __future__ import annotations

import enum
import functools
import textwrap
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from plein.errors import UsageError
from plein.model._vocab import BlockKind, IssueKind
from plein.workformats._format import Arc, WorkFormat
from plein.workformats._registry import Catalogue, _fold, default_catalogue

if TYPE_CHECKING:  # the model imports this package; at run time only duck typing is used
    from plein.model._entities import Block, Evaluation, Review, Session
    from plein.model._trajectory import Trajectory

__all__ = [
    "PRIOR_WEIGHT",
    "Experience",
    "FormatExperience",
    "GroupBand",
    "Moment",
    "Remark",
    "Reviews",
    "Tally",
    "Use",
    "learn",
]

#: How many neutral signals (0.5 each) the score adds before averaging; see the module.
PRIOR_WEIGHT = 4

Lang = Literal["en", "nl"]
By = Literal["participants", "facilitator"]


class GroupBand(enum.StrEnum):
    """How many people took part in a block, in four bands."""

    UNDER_15 = "<15"
    FROM_15 = "15-29"
    FROM_30 = "30-49"
    FROM_50 = "50+"

    @classmethod
    def of(cls, people: int) -> GroupBand:
        """The band a group of this many people falls in.

        >>> GroupBand.of(14), GroupBand.of(15), GroupBand.of(49), GroupBand.of(50)
        (<GroupBand.UNDER_15: '<15'>, <GroupBand.FROM_15: '15-29'>, \
<GroupBand.FROM_30: '30-49'>, <GroupBand.FROM_50: '50+'>)
        """
        if isinstance(people, bool) or not isinstance(people, int) or people < 0:
            raise UsageError("a group size must be a whole number of at least 0")
        if people < 15:
            return cls.UNDER_15
        if people < 30:
            return cls.FROM_15
        if people < 50:
            return cls.FROM_30
        return cls.FROM_50


class Moment(enum.StrEnum):
    """Where a block sat in the content programme of its session: which third."""

    OPENING = "opening"
    MIDDLE = "middle"
    CLOSING = "closing"


_K = TypeVar("_K", IssueKind, GroupBand, Moment)


@attrs.frozen
class Remark:
    """A "what would we change" remark, as written, with who made it and where."""

    text: str
    by: By
    trajectory: str
    block: str

    def to_dict(self) -> dict[str, str]:
        """The remark as JSON-ready data."""
        return {
            "text": self.text,
            "by": self.by,
            "trajectory": self.trajectory,
            "block": self.block,
        }


@attrs.frozen
class Reviews:
    """The reviews of one side (participants or facilitator) added up.

    ``given`` is how many reviews there were; ``answered`` how many of them said whether
    the block worked and ``worked`` how many said it did; ``scores`` are the scores given.
    """

    given: int = 0
    answered: int = 0
    worked: int = 0
    scores: tuple[int, ...] = ()

    @classmethod
    def of(cls, reviews: Iterable[Review]) -> Reviews:
        """The tally of these reviews."""
        listed = list(reviews)
        said = [r.worked for r in listed if r.worked is not None]
        return cls(
            given=len(listed),
            answered=len(said),
            worked=sum(said),
            scores=tuple(r.score for r in listed if r.score is not None),
        )

    @property
    def worked_share(self) -> float | None:
        """The share of answers that said it worked (0 to 1), or None without answers."""
        return self.worked / self.answered if self.answered else None

    @property
    def mean_score(self) -> float | None:
        """The mean score (1 to 5), or None without scores."""
        return sum(self.scores) / len(self.scores) if self.scores else None

    def _signals(self) -> tuple[int, int]:
        # In quarters, so that sums are exact: worked is 4, not worked 0, a score s is s - 1.
        quarters = 4 * self.worked + sum(s - 1 for s in self.scores)
        return quarters, self.answered + len(self.scores)

    def to_dict(self) -> dict[str, Any]:
        """The tally as JSON-ready data."""
        return {
            "given": self.given,
            "answered": self.answered,
            "worked": self.worked,
            "workedShare": self.worked_share,
            "scores": list(self.scores),
            "meanScore": self.mean_score,
        }


@attrs.frozen(kw_only=True)
class Use:
    """One use of a work format in a programme, with what is needed to learn from it.

    ``format`` is the format's id (or, for a format nobody knows, the key as written);
    ``known`` says whether the catalogue or the design defines it, ``own`` that the
    design does. ``group_size`` is the expected headcount of the block's participants,
    else of the session. ``evaluation`` is None for a block that was not evaluated.
    """

    format: str
    trajectory: str
    session: str
    block: str
    issue_kind: IssueKind = attrs.field(converter=IssueKind)
    group_size: int | None = None
    moment: Moment | None = None
    evaluation: Evaluation | None = None
    known: bool = True
    own: bool = False

    @property
    def group_band(self) -> GroupBand | None:
        """The band of the group size, or None when the size is not known."""
        return None if self.group_size is None else GroupBand.of(self.group_size)


@attrs.frozen(kw_only=True)
class Tally:
    """What a set of uses of a format adds up to.

    ``uses`` counts every use, ``evaluated`` those with an evaluation,
    ``new_to_organisers`` the evaluations that record the format as new to the
    organisers. ``changes`` are the "what would we change" remarks, as written.
    """

    uses: int = 0
    evaluated: int = 0
    new_to_organisers: int = 0
    participants: Reviews = Reviews()
    facilitator: Reviews = Reviews()
    changes: tuple[Remark, ...] = ()

    @classmethod
    def of(cls, uses: Iterable[Use]) -> Tally:
        """The tally of these uses."""
        listed = list(uses)
        evaluations = [(u, u.evaluation) for u in listed if u.evaluation is not None]
        changes: list[Remark] = []
        for use, evaluation in evaluations:
            for by, review in _sides(evaluation):
                if review is not None and review.change is not None and review.change.strip():
                    changes.append(Remark(review.change, by, use.trajectory, use.block))
        return cls(
            uses=len(listed),
            evaluated=len(evaluations),
            new_to_organisers=sum(e.new_format for _, e in evaluations),
            participants=Reviews.of(
                e.participants for _, e in evaluations if e.participants is not None
            ),
            facilitator=Reviews.of(
                e.facilitator for _, e in evaluations if e.facilitator is not None
            ),
            changes=tuple(changes),
        )

    @property
    def signals(self) -> int:
        """How many answers (worked or not, a score) the evaluations hold."""
        return self.participants._signals()[1] + self.facilitator._signals()[1]

    @property
    def score(self) -> float | None:
        """The figure from 0 to 1 described in the module, or None without any answer.

        >>> Tally().score is None
        True
        >>> Tally(participants=Reviews(given=1, answered=1, worked=1, scores=(5,))).score
        0.6666666666666666
        """
        p_quarters, p_n = self.participants._signals()
        f_quarters, f_n = self.facilitator._signals()
        quarters, n = p_quarters + f_quarters, p_n + f_n
        if n == 0:
            return None
        return float(Fraction(quarters + 2 * PRIOR_WEIGHT, 4 * (n + PRIOR_WEIGHT)))

    def to_dict(self) -> dict[str, Any]:
        """The tally as JSON-ready data."""
        return {
            "uses": self.uses,
            "evaluated": self.evaluated,
            "newToOrganisers": self.new_to_organisers,
            "participants": self.participants.to_dict(),
            "facilitator": self.facilitator.to_dict(),
            "score": self.score,
            "changes": [remark.to_dict() for remark in self.changes],
        }


def _sides(evaluation: Evaluation) -> tuple[tuple[By, Review | None], tuple[By, Review | None]]:
    return (("participants", evaluation.participants), ("facilitator", evaluation.facilitator))


@attrs.frozen(kw_only=True)
class FormatExperience:
    """Everything learned about one work format, overall and broken down.

    The breakdowns hold a tally for every issue kind, group-size band and moment the
    format was used at, in the order of those enums; uses whose group size or moment is
    not known count in ``overall`` only. ``work_format`` is None for a format neither the
    catalogue nor a design defines (its ``known`` is False).
    """

    format: str
    overall: Tally
    by_issue_kind: tuple[tuple[IssueKind, Tally], ...] = ()
    by_group_size: tuple[tuple[GroupBand, Tally], ...] = ()
    by_moment: tuple[tuple[Moment, Tally], ...] = ()
    work_format: WorkFormat | None = None
    own: bool = False

    @property
    def known(self) -> bool:
        """Whether the catalogue or a design's own formats define this format."""
        return self.work_format is not None

    @property
    def arc(self) -> Arc | None:
        """The format's own place in a session's arc, when the format is known."""
        return None if self.work_format is None else self.work_format.arc

    @property
    def score(self) -> float | None:
        """The overall score (see the module); None without any answer."""
        return self.overall.score

    @property
    def best_issue_kind(self) -> IssueKind | None:
        """The issue kind it scored best for (ties: more evaluations, then enum order)."""
        return _best(self.by_issue_kind)

    @property
    def best_group_size(self) -> GroupBand | None:
        """The group-size band it scored best for (ties as for the issue kind)."""
        return _best(self.by_group_size)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data."""
        fmt = self.work_format
        return {
            "id": self.format,
            "known": self.known,
            "own": self.own,
            "nameNl": None if fmt is None else fmt.name_nl,
            "nameEn": None if fmt is None else fmt.name_en,
            "arc": None if fmt is None else fmt.arc.value,
            "score": self.score,
            "overall": self.overall.to_dict(),
            "byIssueKind": {k.value: t.to_dict() for k, t in self.by_issue_kind},
            "byGroupSize": {k.value: t.to_dict() for k, t in self.by_group_size},
            "byMoment": {k.value: t.to_dict() for k, t in self.by_moment},
        }


def _best(slices: tuple[tuple[_K, Tally], ...]) -> _K | None:
    scored = [(t.score, t.evaluated, -i, key) for i, (key, t) in enumerate(slices)]
    ranked = [(s, e, i, key) for s, e, i, key in scored if s is not None]
    return max(ranked, key=lambda r: r[:3])[3] if ranked else None


def _breakdown(
    uses: tuple[Use, ...], keys: Iterable[_K], key_of: Callable[[Use], _K | None]
) -> tuple[tuple[_K, Tally], ...]:
    return tuple(
        (key, Tally.of(chosen)) for key in keys if (chosen := [u for u in uses if key_of(u) == key])
    )


@attrs.frozen(kw_only=True)
class Experience:
    """What a set of trajectories taught about the work formats they used.

    Build it with :func:`learn`. ``uses`` holds every use of a format in the programmes
    (evaluated or not); ``formats`` the known formats among them; ``trajectories`` the
    ids learned from; ``unattributed`` counts evaluated blocks that name no format.
    """

    uses: tuple[Use, ...] = ()
    formats: tuple[WorkFormat, ...] = ()
    trajectories: tuple[str, ...] = ()
    unattributed: int = 0

    @functools.cached_property
    def _by_format(self) -> dict[str, tuple[Use, ...]]:
        grouped: dict[str, list[Use]] = {}
        for use in self.uses:
            grouped.setdefault(use.format, []).append(use)
        return {key: tuple(found) for key, found in grouped.items()}

    @functools.cached_property
    def _formats_by_key(self) -> dict[str, WorkFormat]:
        index: dict[str, WorkFormat] = {}
        for fmt in self.formats:
            for label in (fmt.name_nl, fmt.name_en, fmt.id):
                index[_fold(label)] = fmt
        return index

    @property
    def format_ids(self) -> tuple[str, ...]:
        """The ids of the formats used, in the order they were first used."""
        return tuple(self._by_format)

    @property
    def evaluated(self) -> int:
        """How many uses were evaluated."""
        return sum(u.evaluation is not None for u in self.uses)

    @property
    def unknown(self) -> tuple[str, ...]:
        """The formats used that neither the catalogue nor their design define, sorted."""
        return tuple(sorted({u.format for u in self.uses if not u.known}))

    def _key(self, format_id: str) -> str:
        if format_id in self._by_format:
            return format_id
        fmt = self._formats_by_key.get(_fold(format_id))
        return format_id if fmt is None else fmt.id

    def for_format(self, format_id: str) -> FormatExperience:
        """What was learned about one format (by id, or by name when it is known).

        A format that was never used gets a record with nothing in it.
        """
        key = self._key(format_id)
        uses = self._by_format.get(key, ())
        fmt = next((f for f in self.formats if f.id == key), None)
        return FormatExperience(
            format=key,
            overall=Tally.of(uses),
            by_issue_kind=_breakdown(uses, IssueKind, lambda u: u.issue_kind),
            by_group_size=_breakdown(uses, GroupBand, lambda u: u.group_band),
            by_moment=_breakdown(uses, Moment, lambda u: u.moment),
            work_format=fmt,
            own=any(u.own for u in uses),
        )

    def records(self) -> list[FormatExperience]:
        """A record per format used: evaluated ones first, by score (best first), then id."""
        found = [self.for_format(key) for key in self._by_format]
        return sorted(found, key=_record_order)

    def score(
        self,
        format_id: str,
        issue_kind: IssueKind | str | None = None,
        group_size: int | GroupBand | str | None = None,
    ) -> float | None:
        """The score from 0 to 1 of a format (see the module), for an issue kind and group.

        ``group_size`` is a number of people or a :class:`GroupBand`; only uses of that
        kind and in that band count. None when there is no answer to go by.

        >>> Experience().score("world-cafe") is None
        True
        """
        kind = None if issue_kind is None else _coerce_kind(issue_kind)
        band = _band(group_size)
        uses = self._by_format.get(self._key(format_id), ())
        chosen = [
            u
            for u in uses
            if (kind is None or u.issue_kind is kind) and (band is None or u.group_band is band)
        ]
        return Tally.of(chosen).score

    def summary(self, lang: Lang = "en") -> str:
        """A readable table of what was learned, with the remarks below it."""
        if lang not in _WORDS:
            raise UsageError(f"lang is 'en' or 'nl', not {lang!r}")
        return _summary(self, _WORDS[lang])

    def to_dict(self) -> dict[str, Any]:
        """Everything learned, as JSON-ready data (camelCase keys)."""
        return {
            "trajectories": list(self.trajectories),
            "uses": len(self.uses),
            "evaluated": self.evaluated,
            "unattributed": self.unattributed,
            "unknownFormats": list(self.unknown),
            "formats": [record.to_dict() for record in self.records()],
        }


def _record_order(record: FormatExperience) -> tuple[int, float, str]:
    score = record.score
    return (
        int(record.overall.evaluated == 0),
        -(score if score is not None else -1.0),
        record.format,
    )


def _coerce_kind(value: IssueKind | str) -> IssueKind:
    try:
        return IssueKind(value)
    except ValueError:
        known = ", ".join(kind.value for kind in IssueKind)
        raise UsageError(f"{value!r} is not an issue kind; use one of: {known}") from None


def _band(value: int | GroupBand | str | None) -> GroupBand | None:
    if value is None or isinstance(value, GroupBand):
        return value
    if isinstance(value, str):
        try:
            return GroupBand(value)
        except ValueError:
            known = ", ".join(band.value for band in GroupBand)
            raise UsageError(f"{value!r} is not a group-size band; use one of: {known}") from None
    return GroupBand.of(value)


# -- learning ---------------------------------------------------------------------------


def learn(trajectories: Iterable[Trajectory], catalogue: Catalogue | None = None) -> Experience:
    """Gather what the evaluated blocks of these trajectories say about their formats.

    Every block that names a work format is a use of it; a parallel track that names
    another format is a use of that one (the model keeps one evaluation per block, so a
    track's use is not evaluated). A block's format is looked up in ``catalogue`` (by
    default :func:`default_catalogue`), then among its design's own formats; one found
    in neither is counted under its key as written and flagged (``known`` is False).

    The group size of a use is the expected headcount of the block's (or track's)
    participants at that session, falling back to a party's usual headcount; for a
    block without participants it is the session's expected headcount. The moment is
    the third of the session's content programme (walk-in and breaks left out) in
    which the middle of the block falls, by minutes when every content block has a
    length, else by position.
    """
    if hasattr(trajectories, "blocks"):
        raise UsageError("learn takes an iterable of trajectories; put the one in a list")
    catalogue = default_catalogue() if catalogue is None else catalogue
    uses: list[Use] = []
    formats: dict[str, WorkFormat] = {}
    seen: list[str] = []
    unattributed = 0
    for trajectory in trajectories:
        if not hasattr(trajectory, "blocks") or not hasattr(trajectory, "issue"):
            raise UsageError(
                f"learn takes Trajectory values, not {type(trajectory).__name__}; "
                "read design files with plein.load first"
            )
        seen.append(trajectory.id)
        own = {
            _fold(label): complete
            for f in trajectory.formats
            if (complete := f.work_format()) is not None
            for label in (f.id, *f.names)
        }
        for use, fmt in _uses(trajectory, catalogue, own):
            uses.append(use)
            if fmt is not None:
                formats.setdefault(fmt.id, fmt)
        unattributed += sum(
            block.evaluation is not None and block.format is None
            for _, _, block in trajectory.blocks()
        )
    return Experience(
        uses=tuple(uses),
        formats=tuple(formats.values()),
        trajectories=tuple(seen),
        unattributed=unattributed,
    )


def _uses(
    trajectory: Trajectory, catalogue: Catalogue, own: dict[str, WorkFormat]
) -> Iterator[tuple[Use, WorkFormat | None]]:
    for session in trajectory.sessions:
        moments = _moments(session.programme)
        for block, moment in zip(session.programme, moments, strict=True):
            here = functools.partial(
                _use,
                trajectory=trajectory,
                session=session,
                block=block,
                moment=moment,
                catalogue=catalogue,
                own=own,
            )
            if block.format is not None:
                yield here(block.format, block.participants, block.evaluation)
            for track in block.tracks:
                if track.format is not None and track.format != block.format:
                    yield here(track.format, track.participants or block.participants, None)


def _use(
    key: str,
    participants: tuple[str, ...],
    evaluation: Evaluation | None,
    *,
    trajectory: Trajectory,
    session: Session,
    block: Block,
    moment: Moment | None,
    catalogue: Catalogue,
    own: dict[str, WorkFormat],
) -> tuple[Use, WorkFormat | None]:
    fmt: WorkFormat | None
    is_own = False
    if key in catalogue:
        fmt = catalogue.get(key)
    else:
        fmt = own.get(_fold(key))
        is_own = fmt is not None
    use = Use(
        format=key if fmt is None else fmt.id,
        trajectory=trajectory.id,
        session=session.id,
        block=block.id,
        issue_kind=trajectory.issue.kind,
        group_size=_group_size(trajectory, session, participants),
        moment=moment,
        evaluation=evaluation,
        known=fmt is not None,
        own=is_own,
    )
    return use, fmt


def _group_size(
    trajectory: Trajectory, session: Session, participants: tuple[str, ...]
) -> int | None:
    if not participants:
        return session.expected_headcount
    expected = {p.party: p.expected for p in session.parties if p.expected is not None}
    counts: list[int] = []
    for party_id in participants:
        n = expected.get(party_id)
        if n is None:
            party = trajectory.party(party_id)
            n = None if party is None else party.headcount
        if n is not None:
            counts.append(n.estimate)
    return sum(counts) if counts else None


def _moments(programme: tuple[Block, ...]) -> list[Moment | None]:
    """The third of the content programme each block's middle falls in (None: no content)."""
    content = [i for i, block in enumerate(programme) if block.kind is BlockKind.WORK]
    lengths = [programme[i].length for i in content]
    middles: list[Fraction]
    if content and all(n is not None for n in lengths) and sum(n or 0 for n in lengths) > 0:
        total = sum(n or 0 for n in lengths)
        middles, start = [], 0
        for n in lengths:
            middles.append(Fraction(2 * start + (n or 0), 2 * total))
            start += n or 0
    else:
        middles = [Fraction(2 * k + 1, 2 * len(content)) for k in range(len(content))]
    found: list[Moment | None] = [None] * len(programme)
    for i, middle in zip(content, middles, strict=True):
        found[i] = (
            Moment.OPENING
            if middle < Fraction(1, 3)
            else Moment.MIDDLE
            if middle < Fraction(2, 3)
            else Moment.CLOSING
        )
    return found


# -- the summary -------------------------------------------------------------------------

_WIDTH = 88  # prose lines of the summary wrap here; the table is as wide as it needs

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "empty": "Nothing learned yet: no block in these designs was evaluated.",
        "intro": "Learned from {designs}: {evaluated} of {uses} uses of work formats evaluated.",
        "design": "design",
        "designs": "designs",
        "format": "format",
        "used": "used",
        "evaluated": "evaluated",
        "worked": "worked p/f",
        "mean": "mean p/f",
        "new": "new",
        "score": "score",
        "kind": "best issue kind",
        "size": "best group",
        "legend": (
            "p/f: participants / facilitator; new: new to the organisers; "
            "score: 0-1, neutral 0.5, shrunk toward it while evaluations are few."
        ),
        "unknown": "* not in the catalogue nor among a design's own formats: {ids}",
        "unevaluated": "Used but not evaluated: {ids}.",
        "unattributed": "Evaluated blocks that name no work format: {n}.",
        "changes": "What we would change:",
        "participants": "participants",
        "facilitator": "facilitator",
    },
    "nl": {
        "empty": "Nog niets geleerd: geen blok in deze ontwerpen is geëvalueerd.",
        "intro": "Geleerd uit {designs}: {evaluated} van {uses} keer een werkvorm geëvalueerd.",
        "design": "ontwerp",
        "designs": "ontwerpen",
        "format": "werkvorm",
        "used": "gebruikt",
        "evaluated": "geëvalueerd",
        "worked": "werkte d/b",
        "mean": "cijfer d/b",
        "new": "nieuw",
        "score": "score",
        "kind": "beste vraagstuk",
        "size": "beste groep",
        "legend": (
            "d/b: deelnemers / begeleider; nieuw: nieuw voor de organisatoren; "
            "score: 0-1, neutraal 0,5, ernaartoe getrokken zolang er weinig evaluaties zijn."
        ),
        "unknown": "* niet in de catalogus en geen eigen werkvorm van een ontwerp: {ids}",
        "unevaluated": "Gebruikt maar niet geëvalueerd: {ids}.",
        "unattributed": "Geëvalueerde blokken zonder werkvorm: {n}.",
        "changes": "Wat we anders zouden doen:",
        "participants": "deelnemers",
        "facilitator": "begeleider",
    },
}


def _share(reviews: Reviews) -> str:
    share = reviews.worked_share
    return "-" if share is None else f"{round(100 * share)}%"


def _mean(reviews: Reviews, decimal: str) -> str:
    mean = reviews.mean_score
    return "-" if mean is None else f"{mean:.1f}".replace(".", decimal)


def _summary(experience: Experience, words: dict[str, str]) -> str:
    records = experience.records()
    evaluated = [r for r in records if r.overall.evaluated]
    lines = _table(experience, evaluated, words) if evaluated else [words["empty"]]
    notes: list[str] = []
    unevaluated = [r.format + ("*" * (not r.known)) for r in records if not r.overall.evaluated]
    if unevaluated:
        notes.append(words["unevaluated"].format(ids=", ".join(unevaluated)))
    if experience.unattributed:
        notes.append(words["unattributed"].format(n=experience.unattributed))
    if experience.unknown:
        notes.append(words["unknown"].format(ids=", ".join(experience.unknown)))
    lines += [_wrap(note) for note in notes]
    remarks = [(r.format, remark) for r in evaluated for remark in r.overall.changes]
    if remarks:
        lines += ["", words["changes"]]
        for fmt_id, remark in remarks:
            where = f"{remark.trajectory}/{remark.block}"
            lines.append(f"- {fmt_id} ({words[remark.by]}, {where}):")
            # The remark as written: its own line breaks kept, nothing reflowed.
            lines += [f"    {line}".rstrip() for line in remark.text.strip().splitlines()]
    return "\n".join(lines) + "\n"


def _wrap(text: str) -> str:
    # Only at spaces, so that ids stay whole.
    return textwrap.fill(
        text, width=_WIDTH, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False
    )


def _table(
    experience: Experience, evaluated: list[FormatExperience], words: dict[str, str]
) -> list[str]:
    decimal = "," if words is _WORDS["nl"] else "."
    count = len(experience.trajectories)
    designs = f"{count} {words['design' if count == 1 else 'designs']}"
    intro = words["intro"].format(
        designs=designs, evaluated=experience.evaluated, uses=len(experience.uses)
    )
    header = ["format", "used", "evaluated", "worked", "mean", "new", "score", "kind", "size"]
    rows = [[words[h] for h in header]]
    for record in evaluated:
        tally, score = record.overall, record.score
        kind, size = record.best_issue_kind, record.best_group_size
        rows.append(
            [
                record.format + ("*" * (not record.known)),
                str(tally.uses),
                str(tally.evaluated),
                f"{_share(tally.participants)}/{_share(tally.facilitator)}",
                f"{_mean(tally.participants, decimal)}/{_mean(tally.facilitator, decimal)}",
                str(tally.new_to_organisers),
                "-" if score is None else f"{score:.2f}".replace(".", decimal),
                "-" if kind is None else kind.value,
                "-" if size is None else size.value,
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    numeric = {1, 2, 5, 6}
    table = [
        "  ".join(
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]
    return [_wrap(intro), "", *table, "", _wrap(words["legend"])]
