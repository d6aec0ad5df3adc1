"""Trust and safety: what a session asks people to expose, and what a trajectory keeps.

A Plein's work formats aim at safety and at building trust, so that what must be said
gets said; across a trajectory, kept promises are what trust is made of. This package
reads both from the model, as pure functions that give frozen values:

* the **trust arc** of a session (:func:`trust_arc`): per content block, the exposure
  it asks, the trust built before it, and the trust after it; whether the session
  opens and closes deliberately;
* **safety** (:func:`has_safe_channel`, :func:`contested`): whether what must be said
  has a channel outside the plenary, and whether the session needs one;
* **voice** (:func:`voice`): which parties and categories get a block where they
  speak, and whether voices are evened out before an open plenary debate;
* the **promise ledger** (:func:`promise_ledger`): every action and promise, kept,
  kept late, broken or open on a date, and per party;
* the **participation ladder** (:func:`ladder_gaps`): where the commitments of each
  party's rung are not honoured.

An evening that opens with a public dilemma asks more than the trust it has built;
an introduction round and work at tables first build enough:

>>> from plein import Block, Session
>>> from plein.trust import trust_arc
>>> from plein.workformats import default_catalogue
>>> formats = default_catalogue()
>>> dilemma = Block(id="fishbowl", title="For or against?", format="dilemma-fishbowl")
>>> abrupt = Session(id="evening", title="The street", programme=[dilemma])
>>> [step.block for step in trust_arc(abrupt, formats).too_much()]
['fishbowl']
>>> prepared = Session(id="evening", title="The street", programme=[
...     Block(id="round", title="Who are you?", format="introduction-round"),
...     Block(id="tables", title="At the tables", format="table-conversations"),
...     dilemma,
... ])
>>> [(step.block, step.before.level, step.needs) for step in trust_arc(prepared, formats).steps]
[('round', 0, 0), ('tables', 1, 0), ('fishbowl', 3, 3)]

The ledger of the bundled shopping-centre trajectory, late in 2026:

>>> import pendulum
>>> from plein import examples
>>> from plein.trust import promise_ledger
>>> ledger = promise_ledger(examples.load("shopping-centre"), pendulum.Date(2026, 11, 28))
>>> {state.value: count for state, count in ledger.counts().items()}
{'kept': 3, 'kept-late': 0, 'partly-kept': 0, 'broken': 0, 'open': 4, 'not-recorded': 0}
"""

from plein.trust._arc import (
    TRUST_NEEDED,
    Trust,
    TrustArc,
    TrustStep,
    closes_deliberately,
    opens_deliberately,
    trust_arc,
)
from plein.trust._content import LEVELLING, at_table, content_blocks, is_content
from plein.trust._ladder import (
    DECIDING_PURPOSES,
    MUNICIPAL_DECIDERS,
    Commitment,
    LadderGap,
    informed_parties_deciding,
    involved_parties,
    ladder_gaps,
    unbound_co_producers,
    unmotivated_deviations,
    unowned_decisions,
)
from plein.trust._ledger import (
    Backlog,
    Ledger,
    LedgerRow,
    PromiseState,
    Tally,
    broken_before_sessions,
    promise_ledger,
    promise_state,
)
from plein.trust._safety import (
    SAFE_CHANNELS,
    Contested,
    contested,
    has_safe_channel,
    works_in_small_groups_first,
)
from plein.trust._voice import (
    DEBATE_PURPOSES,
    OFFICIAL_CATEGORIES,
    Voice,
    is_open_debate,
    officials,
    voice,
    voices,
)

__all__ = [
    "DEBATE_PURPOSES",
    "DECIDING_PURPOSES",
    "LEVELLING",
    "MUNICIPAL_DECIDERS",
    "OFFICIAL_CATEGORIES",
    "SAFE_CHANNELS",
    "TRUST_NEEDED",
    "Backlog",
    "Commitment",
    "Contested",
    "LadderGap",
    "Ledger",
    "LedgerRow",
    "PromiseState",
    "Tally",
    "Trust",
    "TrustArc",
    "TrustStep",
    "Voice",
    "at_table",
    "broken_before_sessions",
    "closes_deliberately",
    "content_blocks",
    "contested",
    "has_safe_channel",
    "informed_parties_deciding",
    "involved_parties",
    "is_content",
    "is_open_debate",
    "ladder_gaps",
    "officials",
    "opens_deliberately",
    "promise_ledger",
    "promise_state",
    "trust_arc",
    "unbound_co_producers",
    "unmotivated_deviations",
    "unowned_decisions",
    "voice",
    "voices",
    "works_in_small_groups_first",
]
