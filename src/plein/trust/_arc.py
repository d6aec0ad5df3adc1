"""The trust arc of a session: what each block asks people to expose, and what it builds.

The rule, block by block through the content of a session (the walk-in and breaks are
neutral; a session starts afresh unless its caller says what trust the group brings):

* **Trust** has two parts. The group is *introduced* once the session has ground rules
  (a ``ground-rules`` safety measure) or a block whose work format builds trust has
  taken place (a check-in, an introduction round, 1-2-4-All), or people have shared a
  meal or social time (a ``meal`` or ``social`` block) before it. It has *practised*
  speaking in pairs or in small groups once a block asked that. Its **level** is the
  rank of the smaller setting practised (0 none, 1 pairs, 2 small groups) plus 1 when
  it is introduced: 0 to 3. Speaking in plenary does not count as practice: there,
  most people listen while a few speak.
* A block **asks** the exposure of its work format (the highest of its tracks'
  formats). It **needs** a level of trust before it (:data:`TRUST_NEEDED`): listening,
  pairs and small groups need none, because a small table is where trust is made;
  speaking in plenary needs 1 (the group is introduced, or has spoken in a smaller
  setting); taking a visible position on a dilemma before everyone needs 3 (both: an
  introduction *and* small-group work). A format that builds trust needs none: it is
  how trust starts (an introduction round asks little more than a name).
* A block whose work format is unknown asks an unknown exposure, is not judged, and
  adds no trust, because nothing shows that it built any.

**Trust carries over**: :func:`trust_arc` takes the trust a group brings from earlier
sessions where its parties met, so that a standing group's fifth meeting, or the second
day of a workshop, does not start from zero.

**Opening and closing** (:func:`opens_deliberately`, :func:`closes_deliberately`): a session
opens with a format of the ``open`` arc, with ground rules, or with a shared meal or social
time; it closes with a format of the ``close`` arc, a block that agrees or harvests (an
agreements or next-steps round), a block whose main purpose is to choose (dot voting), or
social time after the content. An unknown format is "cannot tell", never "not closing".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from plein.model import BlockKind, SafetyMeasureKind, Session
from plein.trust._content import LEVELLING, Unit, content_blocks, exposure_of, is_content, units
from plein.workformats import Arc, Catalogue, Exposure, Purpose, WorkFormat

__all__ = [
    "TRUST_NEEDED",
    "Trust",
    "TrustArc",
    "TrustStep",
    "closes_deliberately",
    "opens_deliberately",
    "trust_arc",
]

#: The trust level a block must have been given before it may ask each exposure.
TRUST_NEEDED: Mapping[Exposure, int] = MappingProxyType(
    {
        Exposure.LISTENING: 0,
        Exposure.WRITING: 0,
        Exposure.ONE_TO_ONE: 0,
        Exposure.SPEAKING_IN_PAIRS: 0,
        Exposure.SPEAKING_IN_SMALL_GROUPS: 0,
        Exposure.SPEAKING_IN_PLENARY: 1,
        Exposure.PUBLIC_DILEMMA: 3,
    }
)


@attrs.frozen
class Trust:
    """The trust a group has built at one point of a session.

    >>> Trust().level, Trust(introduced=True).level
    (0, 1)
    >>> Trust(introduced=True, practised=Exposure.SPEAKING_IN_SMALL_GROUPS).level
    3
    """

    #: Whether there are ground rules, or a trust-building block has taken place.
    introduced: bool = False
    #: The most exposing smaller setting practised: listening (none), pairs or small groups.
    practised: Exposure = Exposure.LISTENING

    @property
    def level(self) -> int:
        """The level of trust: the rank of what was practised, plus 1 when introduced."""
        return self.practised.rank + int(self.introduced)

    def after(self, parts: tuple[Unit, ...]) -> Trust:
        """The trust after a block made of ``parts``; unchanged when a format is unknown.

        Where the block splits into tracks, what every track did counts: the group is
        introduced only if every track builds trust, and it has practised the least
        of what the tracks practised.
        """
        found = [unit.format for unit in parts if unit.format is not None]
        if not found or len(found) != len(parts):
            return self
        introduced = self.introduced or all(fmt.builds_trust for fmt in found)
        practice = min(
            (fmt.exposure if fmt.exposure in LEVELLING else Exposure.LISTENING for fmt in found),
            key=lambda exposure: exposure.rank,
        )
        practised = max(self.practised, practice, key=lambda exposure: exposure.rank)
        return Trust(introduced=introduced, practised=practised)


@attrs.frozen
class TrustStep:
    """One content block on the trust arc: what it asks, needs, and leaves behind."""

    #: The block's id.
    block: str
    #: The block's position in the session's programme (walk-in and breaks included).
    index: int
    #: What the block asks people to expose; None when a work format is unknown.
    exposure: Exposure | None
    #: The trust level it needs before it (0 when it builds trust itself, or is unknown).
    needs: int
    before: Trust
    after: Trust

    @property
    def asks_too_much(self) -> bool:
        """Whether the block asks more exposure than the trust built before it allows."""
        return self.exposure is not None and self.needs > self.before.level


@attrs.frozen
class TrustArc:
    """The trust arc of one session: where trust starts, and each content block on it."""

    session: str
    start: Trust
    steps: tuple[TrustStep, ...]

    @property
    def end(self) -> Trust:
        """The trust the session ends with."""
        return self.steps[-1].after if self.steps else self.start

    def too_much(self) -> tuple[TrustStep, ...]:
        """The steps that ask more exposure than the trust built before them."""
        return tuple(step for step in self.steps if step.asks_too_much)

    def unknown(self) -> tuple[TrustStep, ...]:
        """The steps whose work format is unknown, so that the arc cannot judge them."""
        return tuple(step for step in self.steps if step.exposure is None)


def _needs(parts: tuple[Unit, ...]) -> int:
    needs = 0
    for unit in parts:
        fmt = unit.format
        if fmt is not None and not fmt.builds_trust:
            needs = max(needs, TRUST_NEEDED[fmt.exposure])
    return needs


#: Blocks outside the content where people meet informally: a shared meal, social time.
_SHARED = frozenset({BlockKind.MEAL, BlockKind.SOCIAL})


def trust_arc(session: Session, formats: Catalogue, start: Trust | None = None) -> TrustArc:
    """The trust arc of ``session``, its work formats looked up in ``formats``.

    The rule is the module's: trust starts introduced when the session has ground rules,
    grows with trust-building formats, shared meals and social time, and with work in
    pairs and small groups, and each block needs the level :data:`TRUST_NEEDED` gives
    for what it asks. ``start`` is the trust the group brings (see :func:`carried_over`);
    by default none.
    """
    ground_rules = any(m.kind is SafetyMeasureKind.GROUND_RULES for m in session.safety)
    start = start or Trust()
    if ground_rules:
        start = attrs.evolve(start, introduced=True)
    trust = start
    steps: list[TrustStep] = []
    for index, block in enumerate(session.programme):
        if block.kind in _SHARED:
            trust = attrs.evolve(trust, introduced=True)
            continue
        if not is_content(block, formats):
            continue
        parts = units(block, formats)
        exposure = exposure_of(parts)
        needs = _needs(parts) if exposure is not None else 0
        after = trust.after(parts)
        steps.append(TrustStep(block.id, index, exposure, needs, trust, after))
        trust = after
    return TrustArc(session.id, start, tuple(steps))


def _opens(fmt: WorkFormat) -> bool:
    return fmt.arc is Arc.OPEN


def _closes(fmt: WorkFormat) -> bool:
    if fmt.arc is Arc.CLOSE:
        return True
    if not {Purpose.AGREE, Purpose.HARVEST}.isdisjoint(fmt.purposes):
        return True
    return bool(fmt.purposes) and fmt.purposes[0] is Purpose.CHOOSE


def _at_end(session: Session, formats: Catalogue, last: bool) -> bool | None:
    programme = list(enumerate(session.programme))
    blocks = list(content_blocks(session, formats))
    if not blocks:
        return None
    index, block = blocks[-1] if last else blocks[0]
    # A shared meal or social time before the content opens it; social time after, closes.
    around = programme[index + 1 :] if last else programme[:index]
    if any(other.kind in _SHARED for _, other in around):
        return True
    parts = units(block, formats)
    if any(unit.format is None for unit in parts):
        return None
    test = _closes if last else _opens
    return all(unit.format is not None and test(unit.format) for unit in parts)


def opens_deliberately(session: Session, formats: Catalogue) -> bool | None:
    """Whether the session opens: ground rules, a shared meal or social time before the
    content, or a first content block with an opening work format (the ``open`` arc).

    None when the session has no content block or that block's format is unknown.
    """
    if any(m.kind is SafetyMeasureKind.GROUND_RULES for m in session.safety):
        return True if any(True for _ in content_blocks(session, formats)) else None
    return _at_end(session, formats, last=False)


def closes_deliberately(session: Session, formats: Catalogue) -> bool | None:
    """Whether the session closes: social time after the content, or a last content block
    that closes (the ``close`` arc), agrees or harvests (an agreements or next-steps round)
    or whose main purpose is to choose (dot voting).

    None when the session has no content block or that block's format is unknown.
    """
    return _at_end(session, formats, last=True)
