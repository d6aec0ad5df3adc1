"""TB110: a session with a programme says when it is held: a dagdeel or a window."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks.timebox._timeline import is_untimed, timelines


class NoWindow(Check):
    """## What it checks

    Each session with a programme has a ``dagdeel`` (morning, afternoon or evening) or
    a ``window`` of its own. Without either, the timebox checks cannot tell whether
    the content fits the time the session is held in (TB101); this check says so,
    once per session, instead of letting the session pass unjudged.

    ## Why it matters

    A Plein takes one dagdeel, and the invitation names it; people arrange their
    evening around it. A programme without a window can run any length without a
    finding, which is exactly the overrun that costs the harvest and the agreements at
    the end. The calendar then has only the programme's own clock times to go by.

    ## On a plan and on a record

    On a plan, the dagdeel is the designer's to give. On a record whose source does not
    say when the meeting was held, it says once, as a warning, that the fit could not
    be checked; it is never an error.
    """

    code = "TB110"
    slug = "session-without-window"
    severity = Severity.WARNING
    summary = Text(
        "A session with a programme has neither a dagdeel nor a window.",
        "Een bijeenkomst met een programma heeft geen dagdeel en geen tijdvenster.",
    )
    hint = Text(
        "Give the session its dagdeel (morning, afternoon or evening) or a window of its own.",
        "Geef de bijeenkomst een dagdeel (ochtend, middag of avond) of een eigen tijdvenster.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for timeline in timelines(ctx):
            session = timeline.session
            if session.dagdeel is not None or session.window is not None:
                continue
            if not timeline.content or is_untimed(timeline):
                continue  # no programme to fit, or one TB108 already says cannot be timed
            yield Violation(
                timeline.path,
                Text(
                    f"Session '{session.id}' has a programme but neither a dagdeel nor a "
                    "window, so whether its content fits its time (TB101) is not checked.",
                    f"Bijeenkomst '{session.id}' heeft een programma maar geen dagdeel en "
                    "geen tijdvenster, dus of de inhoud in de tijd past (TB101) wordt niet "
                    "gecontroleerd.",
                ),
                related=(session.id,),
            )
