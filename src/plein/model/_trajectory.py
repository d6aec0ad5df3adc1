"""The trajectory (traject): an issue, its parties, and a graph of sessions and steps."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs
import pendulum

from plein.errors import Problem
from plein.model._display import render_bundle, render_html
from plein.model._entities import (
    Action,
    Agreement,
    Block,
    FollowUp,
    Issue,
    Party,
    Promise,
    RoleAssignment,
    Session,
    Step,
)
from plein.model._values import (
    Due,
    Extensions,
    Path,
    SourceMap,
    check_id,
    check_reference,
    check_timezone,
    to_tuple,
)
from plein.workformats._format import OwnFormat, WorkFormat
from plein.workformats._registry import Catalogue, default_catalogue

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["SCHEMA_VERSION", "Reference", "Trajectory", "Waiver"]

#: The version of the design format this model writes ("MAJOR.MINOR").
SCHEMA_VERSION = "2.0"

Node: TypeAlias = Session | Step


def _own_formats(values: Iterable[WorkFormat | OwnFormat]) -> tuple[OwnFormat, ...]:
    return tuple(OwnFormat.from_format(value) for value in values)


@attrs.frozen
class Waiver:
    """A finding the design accepts on purpose, for one place, with the reason why.

    ``code`` is a check code (or a prefix that selects a family); ``target`` is the id
    of the entity the finding is about (omit it to waive the code everywhere).
    """

    code: str
    reason: str
    target: str | None = attrs.field(default=None, validator=check_reference)


@attrs.frozen
class Reference:
    """One reference by id inside a design, and the kinds of entity it may name."""

    path: Path
    target: str
    kinds: tuple[str, ...]


@attrs.frozen
class Trajectory:
    """A designed trajectory: the issue, the parties, the sessions and the other steps.

    Sessions and steps name what they follow in ``after``; :meth:`graph` turns that
    into a :class:`networkx.DiGraph`.

    >>> from plein import Issue, Party, Session
    >>> t = Trajectory(
    ...     id="demo",
    ...     title="Demo",
    ...     issue=Issue(title="Square", question="What should the square become?",
    ...                 nature="spatial", kind="area-development"),
    ...     parties=[Party(id="residents", name="Residents", category="resident")],
    ...     sessions=[Session(id="s1", title="Explore"),
    ...               Session(id="s2", title="Choose", after=["s1"])],
    ... )
    >>> list(t.graph().edges)
    [('s1', 's2')]
    """

    id: str = attrs.field(validator=check_id)
    title: str
    issue: Issue
    timezone: str = attrs.field(default="Europe/Amsterdam", validator=check_timezone)
    parties: tuple[Party, ...] = attrs.field(factory=tuple, converter=to_tuple)
    roles: tuple[RoleAssignment, ...] = attrs.field(factory=tuple, converter=to_tuple)
    sessions: tuple[Session, ...] = attrs.field(factory=tuple, converter=to_tuple)
    steps: tuple[Step, ...] = attrs.field(factory=tuple, converter=to_tuple)
    waivers: tuple[Waiver, ...] = attrs.field(factory=tuple, converter=to_tuple)
    #: Work formats this design defines for itself, beside the catalogue's: only an id
    #: and the names are required (see :class:`~plein.workformats.OwnFormat`).
    formats: tuple[OwnFormat, ...] = attrs.field(factory=tuple, converter=_own_formats)
    schema_version: str = SCHEMA_VERSION
    extensions: Extensions = attrs.field(factory=dict, hash=False)
    #: Where the design was read from, when it came from a file (not part of equality).
    source: SourceMap | None = attrs.field(default=None, eq=False, repr=False)

    # -- lookups -----------------------------------------------------------------

    @functools.cached_property
    def _by_id(self) -> dict[str, Party | Node]:
        # Built once per trajectory, so lookups stay constant-time in large designs.
        index: dict[str, Party | Node] = {}
        items: list[Party | Node] = [*self.steps, *self.sessions, *self.parties]
        for item in items:
            index[item.id] = item
        return index

    def party(self, party_id: str) -> Party | None:
        """The party with this id, or None."""
        found = self._by_id.get(party_id)
        return found if isinstance(found, Party) else None

    def node(self, node_id: str) -> Node | None:
        """The session or step with this id, or None."""
        found = self._by_id.get(node_id)
        return found if isinstance(found, Session | Step) else None

    def nodes(self) -> Iterator[Node]:
        """Sessions, then steps, in design order."""
        yield from self.sessions
        yield from self.steps

    @functools.cached_property
    def _node_paths(self) -> dict[str, Path]:
        paths: dict[str, Path] = {}
        for i, step in reversed(list(enumerate(self.steps))):
            paths[step.id] = ("steps", i)
        for i, session in reversed(list(enumerate(self.sessions))):
            paths[session.id] = ("sessions", i)
        return paths  # the first with an id wins, as in the design's order

    def node_path(self, node_id: str) -> Path:
        """The path of a session or step in the design (KeyError for an unknown id)."""
        return self._node_paths[node_id]

    def role_assignments(self) -> Iterator[tuple[Path, RoleAssignment]]:
        """Every role assignment, standing ones first, with its path."""
        for i, assignment in enumerate(self.roles):
            yield ("roles", i), assignment
        for s, session in enumerate(self.sessions):
            for i, assignment in enumerate(session.roles):
                yield ("sessions", s, "roles", i), assignment

    def blocks(self) -> Iterator[tuple[Path, Session, Block]]:
        """Every programme block with its path and its session."""
        for s, session in enumerate(self.sessions):
            for b, block in enumerate(session.programme):
                yield ("sessions", s, "programme", b), session, block

    def agreements(self) -> Iterator[tuple[Path, Session, Agreement]]:
        """Every agreement with its path and the session that made it."""
        for s, session in enumerate(self.sessions):
            for a, agreement in enumerate(session.agreements):
                yield ("sessions", s, "agreements", a), session, agreement

    def follow_ups(self) -> Iterator[tuple[Path, Session, FollowUp]]:
        """Every action and promise with its path and the session that made it."""
        for path, session, agreement in self.agreements():
            for i, action in enumerate(agreement.actions):
                yield (*path, "actions", i), session, action
        for s, session in enumerate(self.sessions):
            for i, promise in enumerate(session.promises):
                yield ("sessions", s, "promises", i), session, promise

    def actions(self) -> Iterator[tuple[Path, Session, Action]]:
        """Every follow-up action of an agreement (not the promises)."""
        for path, session, item in self.follow_ups():
            if isinstance(item, Action):
                yield path, session, item

    def promises(self) -> Iterator[tuple[Path, Session, Promise]]:
        """Every organiser promise."""
        for path, session, item in self.follow_ups():
            if isinstance(item, Promise):
                yield path, session, item

    # -- ids and references ------------------------------------------------------

    def identified(self) -> Iterator[tuple[str, str, Path]]:
        """Every entity that has an id: its kind, its id and its path, in design order."""
        for i, party in enumerate(self.parties):
            yield "party", party.id, ("parties", i)
            for c, person in enumerate(party.contacts):
                yield "person", person.id, ("parties", i, "contacts", c)
        for path, assignment in self.role_assignments():
            if assignment.id is not None:
                yield "role", assignment.id, path
        for i, session in enumerate(self.sessions):
            yield "session", session.id, ("sessions", i)
            for o, occasion in enumerate(session.occasions):
                yield "occasion", occasion.id, ("sessions", i, "occasions", o)
            for b, block in enumerate(session.programme):
                yield "block", block.id, ("sessions", i, "programme", b)
                for t, track in enumerate(block.tracks):
                    where: Path = ("sessions", i, "programme", b, "tracks", t)
                    yield "track", track.id, where
                    for k, inside in enumerate(track.programme):
                        yield "block", inside.id, (*where, "programme", k)
        for path, _, agreement in self.agreements():
            yield "agreement", agreement.id, path
        for path, _, item in self.follow_ups():
            yield "promise" if isinstance(item, Promise) else "action", item.id, path
        for i, step in enumerate(self.steps):
            yield "step", step.id, ("steps", i)

    def ids(self) -> dict[str, list[tuple[str, Path]]]:
        """Every id in the design, with the kind and path of each entity that has it."""
        found: dict[str, list[tuple[str, Path]]] = {}
        for kind, entity_id, path in self.identified():
            found.setdefault(entity_id, []).append((kind, path))
        return found

    def references(self) -> Iterator[Reference]:
        """Every reference by id in the design, with the kinds it may name."""
        party, node, owner = ("party",), ("session", "step"), ("party", "role")
        follow_up = ("action", "promise")
        if self.issue.owner is not None:
            yield Reference(("issue", "owner"), self.issue.owner, owner)
        for path, assignment in self.role_assignments():
            if assignment.party is not None:
                yield Reference((*path, "party"), assignment.party, party)
            if assignment.person is not None:
                yield Reference((*path, "person"), assignment.person, ("person",))
        for i, step in enumerate(self.steps):
            yield from _each(("steps", i, "after"), step.after, node)
            yield from _each(("steps", i, "needs"), step.needs, follow_up)
            if step.owner is not None:
                yield Reference(("steps", i, "owner"), step.owner, owner)
        for s, session in enumerate(self.sessions):
            here: Path = ("sessions", s)
            yield from _each((*here, "after"), session.after, node)
            yield from _each((*here, "needs"), session.needs, follow_up)
            for i, invited in enumerate(session.parties):
                yield Reference((*here, "parties", i, "party"), invited.party, party)
            yield from _each((*here, "organisers"), session.organisers, owner)
        for path, _, block in self.blocks():
            yield from _each((*path, "participants"), block.participants, party)
            yield from _each((*path, "speakers"), block.speakers, owner)
            for t, track in enumerate(block.tracks):
                here = (*path, "tracks", t)
                yield from _each((*here, "participants"), track.participants, party)
                yield from _each((*here, "speakers"), track.speakers, owner)
                for k, inside in enumerate(track.programme):
                    inner = (*here, "programme", k)
                    yield from _each((*inner, "participants"), inside.participants, party)
                    yield from _each((*inner, "speakers"), inside.speakers, owner)
        for path, _, agreement in self.agreements():
            yield from _each((*path, "parties"), agreement.parties, party)
            yield from _each((*path, "addressed_to"), agreement.addressed_to, owner)
            if agreement.outcome is not None and agreement.outcome.by is not None:
                yield Reference((*path, "outcome", "by"), agreement.outcome.by, owner)
        for path, _, item in self.follow_ups():
            yield from _each((*path, "owners"), item.owners, owner)
            if item.lead is not None:
                yield Reference((*path, "lead"), item.lead, owner)
            yield from _each((*path, "team"), item.team, owner)
            for name in ("due", "report_back"):
                moment = getattr(item, name)
                if moment is not None and moment.reference is not None:
                    key = moment.reference_key
                    yield Reference((*path, name, key), moment.reference, node)

    def dangling_references(self) -> list[Reference]:
        """The references that name no entity of a kind they may name."""
        kinds: dict[str, set[str]] = {}
        for kind, entity_id, _ in self.identified():
            kinds.setdefault(entity_id, set()).add(kind)
        return [
            ref for ref in self.references() if kinds.get(ref.target, set()).isdisjoint(ref.kinds)
        ]

    def has_duplicate_ids(self) -> bool:
        """Whether two entities share an id (a quick test; :meth:`duplicate_ids` says where)."""
        every = [entity_id for _, entity_id, _ in self.identified()]
        return len(every) != len(set(every))

    def duplicate_ids(self) -> dict[str, list[Path]]:
        """Ids used by more than one entity (a role and its party may not share one)."""
        return {
            entity_id: [path for _, path in uses]
            for entity_id, uses in self.ids().items()
            if len(uses) > 1
        }

    # -- time --------------------------------------------------------------------

    def due_date(self, due: Due, made_in: Session | None = None) -> pendulum.Date | None:
        """The last day on which ``due`` is surely met, or None when it cannot be resolved.

        ``on`` is the latest day that date can mean ("2021-12~" gives late January
        2022); ``before`` a session or step is the day before the latest day of its date;
        ``at`` or ``after`` one is the latest day of its date; ``within`` a length counts
        from the date of the session that made it (``made_in``) or from the node named
        in ``after``. A moment that names a node without a date, or a length without a
        date to count from (or a date with an open end, ``2021-09/..``), does not resolve;
        nor does one outside the calendar (years 1 to 9999). Recurring duties resolve to
        their first moment; see :meth:`occurrence_dates` for the others.
        """
        try:
            return self._due_date(due, made_in)
        except (OverflowError, ValueError):
            return None  # it falls outside the calendar (years 1 to 9999): unresolved

    def _due_date(self, due: Due, made_in: Session | None) -> pendulum.Date | None:
        if due.on is not None:
            return due.on.latest
        if due.reference is None:
            when = made_in.when if made_in is not None else None
            if when is None or _open_ended(when.latest):
                return None
            return when.latest + due.within if due.within else None
        node = self.node(due.reference)
        when = node.when if node is not None else None
        if when is None or _open_ended(when.latest):  # no latest day to count from
            return None
        if due.before is not None:
            return when.latest.subtract(days=1)
        return when.latest + due.within if due.within is not None else when.latest

    def occurrence_dates(
        self, due: Due, made_in: Session | None, until: pendulum.Date
    ) -> list[pendulum.Date]:
        """Each due day of a recurring duty up to ``until``, the first always (only the
        first when not recurring); empty when the first cannot be resolved.

        Months and years are calendar months and years: quarterly from 31 January is
        30 April, 31 July, 31 October. At most a thousand occurrences follow the first
        (a weekly duty for nineteen years): a date typed centuries off stays cheap.
        """
        first = self.due_date(due, made_in)
        if first is None:
            return []
        if due.every is None:
            return [first]
        days: list[pendulum.Date] = []
        n = 0
        while True:
            every = due.every
            try:
                day = first.add(
                    years=every.years * n,
                    months=every.months * n,
                    days=(every.weeks * 7 + every.remaining_days) * n,
                )
            except (OverflowError, ValueError):
                return days  # the next one falls past the calendar's end (year 9999)
            if n and (day > until or n > _MOST_OCCURRENCES):
                return days
            days.append(day)
            n += 1

    # -- the graph ---------------------------------------------------------------

    def graph(self) -> nx.DiGraph[str]:
        """The trajectory as a directed graph with session and step ids as nodes.

        Each node keeps its object under ``"item"`` and its kind (``"session"`` or
        ``"step"``) under ``"kind"``; an edge runs from a node to each one that names
        it in ``after``. Edges to unknown ids are left out (they are dangling
        references, reported by validation).
        """
        import networkx as nx  # here, not on top: reading a design needs no graph library

        graph: nx.DiGraph[str] = nx.DiGraph()
        for session in self.sessions:
            graph.add_node(session.id, item=session, kind="session")
        for step in self.steps:
            graph.add_node(step.id, item=step, kind="step")
        for node in self.nodes():
            for before in node.after:
                if before in graph:
                    graph.add_edge(before, node.id)
        return graph

    def catalogue(self) -> Catalogue:
        """The work formats this design can judge with: the catalogue's and those of its
        own whose facts are all known (an own format known only by name is not in it)."""
        shared = default_catalogue()
        complete = [f for f in (own.work_format() for own in self.formats) if f is not None]
        return shared.with_formats(*complete) if complete else shared

    def _repr_html_(self) -> str | None:
        return render_html(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str] | None:
        return render_bundle(self, include, exclude)

    @property
    def notices(self) -> tuple[Problem, ...]:
        """What reading this design noticed without refusing it, each a
        :class:`~plein.Problem` with a code (``newer-version``, ``older-version``) and a
        reason; empty for a design built in Python. A thread-safe alternative to catching
        the :class:`~plein.DesignWarning` that :func:`plein.loads` also emits."""
        return self.source.notices if self.source is not None else ()

    def with_source(self, source: SourceMap | None) -> Trajectory:
        """A copy that remembers where it was read from."""
        return attrs.evolve(self, source=source)


def _open_ended(day: pendulum.Date) -> bool:
    """Whether ``day`` is the stand-in latest day of a period without an end (``2021/..``)."""
    return day.year >= 9999


# Enough for any real rhythm; it bounds the work on a first date typed centuries early.
_MOST_OCCURRENCES = 1_000


def _each(path: Path, targets: tuple[str, ...], kinds: tuple[str, ...]) -> Iterator[Reference]:
    for i, target in enumerate(targets):
        yield Reference((*path, i), target, kinds)
