"""How the trust checks name exposures, arcs, categories and lists, in English and Dutch.

English messages use the wire values where a reader looks them up in the design file;
Dutch ones say what people at a Plein say, with the wire value after it.
"""

from __future__ import annotations

from collections.abc import Iterable

from plein.checks._api import Text
from plein.checks.stakeholders._words import category
from plein.model import ParticipationLevel
from plein.workformats import Arc, Exposure

__all__ = ["arc", "category", "exposure", "level", "quoted"]

#: What an exposure asks, as the rest of "asks people to ..." / "vraagt deelnemers om ...".
_EXPOSURES: dict[Exposure, Text] = {
    Exposure.LISTENING: Text("listen", "te luisteren"),
    Exposure.WRITING: Text("write their input down", "hun inbreng op te schrijven"),
    Exposure.ONE_TO_ONE: Text("talk one to one", "een-op-een te praten"),
    Exposure.SPEAKING_IN_PAIRS: Text("speak in pairs", "in tweetallen te praten"),
    Exposure.SPEAKING_IN_SMALL_GROUPS: Text(
        "speak in small groups", "in kleine groepjes te praten"
    ),
    Exposure.SPEAKING_IN_PLENARY: Text("speak in plenary", "plenair het woord te nemen"),
    Exposure.PUBLIC_DILEMMA: Text(
        "take a public position on a dilemma",
        "in het openbaar positie te kiezen in een dilemma",
    ),
}

_ARCS: dict[Arc, Text] = {
    Arc.WALK_IN: Text("a walk-in", "een inloop"),
    Arc.OPEN: Text("an opening", "een opening"),
    Arc.DIVERGE: Text("a block that opens up the content", "een verbredend onderdeel"),
    Arc.CONVERGE: Text("a block that narrows down", "een onderdeel om te kiezen"),
    Arc.CLOSE: Text("a closing", "een afsluiting"),
    Arc.BREAK: Text("a break", "een pauze"),
    Arc.PRESENTATION: Text("a presentation", "een presentatie"),
}


_LEVELS_NL: dict[ParticipationLevel, str] = {
    ParticipationLevel.INFORM: "informeren",
    ParticipationLevel.CONSULT: "raadplegen",
    ParticipationLevel.ADVISE: "adviseren",
    ParticipationLevel.CO_PRODUCE: "coproduceren",
    ParticipationLevel.CO_DECIDE: "meebeslissen",
}


def exposure(value: Exposure) -> Text:
    """What an exposure asks, to follow "asks people to" or "vraagt deelnemers om"."""
    return _EXPOSURES[value]


def arc(value: Arc) -> Text:
    """The place in a session's arc, with an article."""
    return _ARCS[value]


def level(value: ParticipationLevel) -> Text:
    """A rung of the participation ladder."""
    return Text(value.value, f"{_LEVELS_NL[value]} ({value.value})")


def quoted(items: Iterable[str], limit: int = 5) -> str:
    """Ids quoted and joined by commas; beyond ``limit`` the rest are counted.

    >>> quoted(["a", "b"]), quoted(["a", "b", "c"], limit=2)
    ("'a', 'b'", "'a', 'b' (+1)")
    """
    items = list(items)
    shown = ", ".join(f"'{item}'" for item in items[:limit])
    return shown + (f" (+{len(items) - limit})" if len(items) > limit else "")
