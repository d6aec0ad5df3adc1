"""TR101: no block asks more exposure than the trust built before it."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.checks._scope import FORMAL_KINDS, INFORMING_KINDS
from plein.checks.trust._known import brought_trust, earlier_meetings
from plein.checks.trust._views import arcs
from plein.checks.trust._words import exposure, quoted
from plein.model import Session, Unrecorded
from plein.trust import Trust, TrustArc, TrustStep, trust_arc
from plein.workformats import Exposure

__all__ = ["ExposureBeforeTrust"]


class ExposureBeforeTrust(Check):
    """## What it checks

    Each content block of a session (the walk-in and breaks are left out) asks people
    to expose something: its work format's `exposure`, from listening up to taking a
    public position on a dilemma. The block may ask only as much as the trust built
    before it allows. Trust is built in two ways: the group is *introduced* (the
    session has `ground-rules` under `safety`, or a block whose work format builds
    trust has taken place, such as a check-in or an introduction round), and it has
    *practised* speaking in pairs or in small groups. Listening, pairs and small
    groups ask no trust; speaking in plenary asks one of the two; a public position
    on a dilemma asks both: an introduction *and* small-group work. A work format that
    builds trust is always allowed, since it is how trust starts. A shared meal or
    social time before a block introduces the group too.

    Trust carries over: where parties of the session met in an earlier session of the
    trajectory (a standing group's later meeting, the second day of a workshop), the
    group starts introduced, with what it practised there. Formal meetings (a board or
    council meeting) need no trust arc and are not judged; at an informing meeting (an
    information evening or market, a symposium) only a public position on a dilemma
    is, since plenary questions are what such an evening is for.

    Only what is known is judged. A block whose work format is unknown is not judged,
    and nothing after it is either: it may have built the trust that was needed. Nor is
    a session whose group met before in a session whose programme cannot be read.

    ## On a plan and on a record

    On a plan, the finding says what to build before the block. On a record the same
    breach is reported when the record shows it; where the record does not give the
    session's safety measures (`notRecorded: [safety]`), ground rules may have been
    agreed, so only what would be a breach even then is said.

    ## Why it matters

    What must be said gets said only where it is safe to say it. Asking residents to
    take a position on a hot dilemma in front of the whole room, the alderman and their
    neighbours, before anyone has been introduced or has talked at a table, gets the
    loud voices and the prepared positions, and silences the rest. A Plein builds
    trust first: a welcome, an introduction round, ground rules, work in small groups.
    Then the dilemma can be put on the table.
    """

    code = "TR101"
    slug = "exposure-before-trust"
    severity = Severity.ERROR
    summary = Text(
        "A block asks more exposure than the trust built before it.",
        "Een onderdeel vraagt meer van de deelnemers dan het vertrouwen dat ervoor is opgebouwd.",
    )
    hint = Text(
        "Build trust before the block: open with an introduction round or a check-in, and "
        "let people work in pairs or small groups first; or choose a safer work format.",
        "Bouw eerst vertrouwen op: begin met een voorstelronde of incheckronde en laat "
        "mensen eerst in tweetallen of kleine groepjes werken; of kies een veiligere werkvorm.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for s, (session, arc) in enumerate(zip(ctx.trajectory.sessions, arcs(ctx), strict=True)):
            if session.kind in FORMAL_KINDS or not arc.too_much():
                continue
            # Judge at its best what is not known: ground rules that were not recorded,
            # and the trust the group brings from earlier meetings.
            start = brought_trust(ctx, session)
            if start is None:
                continue
            if not session.records(Unrecorded.SAFETY):
                start = Trust(introduced=True, practised=start.practised)
            if start != arc.start:
                arc = trust_arc(session, ctx.formats, start)
            met = earlier_meetings(ctx, session)
            for step in arc.steps:
                if step.exposure is None:
                    break  # it may have built the trust that the rest needs
                if not step.asks_too_much:
                    continue
                if session.kind in INFORMING_KINDS and step.exposure is not Exposure.PUBLIC_DILEMMA:
                    continue
                yield _violation(s, session, arc, step, met)


def _had(trust: Trust) -> Text:
    introduced = (
        Text("the group has been introduced", "de groep heeft kennisgemaakt")
        if trust.introduced
        else Text(
            "nobody has been introduced (no ground rules, no check-in or introduction round)",
            "niemand heeft kennisgemaakt (geen spelregels, geen incheck- of voorstelronde)",
        )
    )
    practised = {
        Exposure.SPEAKING_IN_PAIRS: Text(
            "people have talked only in pairs", "mensen hebben alleen in tweetallen gepraat"
        ),
        Exposure.SPEAKING_IN_SMALL_GROUPS: Text(
            "people have talked in small groups", "mensen hebben in kleine groepjes gepraat"
        ),
    }.get(
        trust.practised,
        Text(
            "nobody has talked in pairs or small groups yet",
            "niemand heeft nog in tweetallen of kleine groepjes gepraat",
        ),
    )
    return Text(f"{introduced.en}, and {practised.en}", f"{introduced.nl}, en {practised.nl}")


def _fix(step: TrustStep, block: str) -> Text:
    trust = step.before
    if step.exposure is Exposure.PUBLIC_DILEMMA:
        parts: list[Text] = []
        if not trust.introduced:
            parts.append(
                Text(
                    "open with an introduction round or a welcome and check-in",
                    "begin met een voorstelronde of een welkom met incheckronde",
                )
            )
        if trust.practised is not Exposure.SPEAKING_IN_SMALL_GROUPS:
            parts.append(
                Text(
                    "let people work in small groups (1-2-4-All, table conversations)",
                    "laat mensen in kleine groepjes werken (1-2-4-allen, tafelgesprekken)",
                )
            )
        en = " and ".join(part.en for part in parts)
        nl = " en ".join(part.nl for part in parts)
        return Text(
            f"Before block '{block}', {en}; or put the dilemma to the tables instead of the "
            "whole room (a dilemma café).",
            f"{nl[0].upper()}{nl[1:]} vóór onderdeel '{block}'; of leg het dilemma aan de "
            "tafels voor in plaats van aan de hele zaal (een dilemmacafé).",
        )
    return Text(
        f"Before block '{block}', agree ground rules, hold an introduction round or a "
        "check-in, or let people talk in pairs or small groups first.",
        f"Spreek vóór onderdeel '{block}' spelregels af, houd een voorstel- of incheckronde, "
        "of laat mensen eerst in tweetallen of kleine groepjes praten.",
    )


def _violation(
    s: int, session: Session, arc: TrustArc, step: TrustStep, met: tuple[Session, ...]
) -> Violation:
    block = session.programme[step.index]
    asked = exposure(step.exposure) if step.exposure is not None else Text("", "")
    had = _had(step.before)
    caveat = Text("", "")
    if met:
        names = quoted(other.id for other in met)
        caveat = Text(
            f" (counting what the group brought from {names})",
            f" (met wat de groep meebracht uit {names})",
        )
    if block.format is not None:
        by = Text(f"work format '{block.format}'", f"werkvorm '{block.format}'")
    else:
        by = Text("the work formats of its tracks", "de werkvormen van de sporen")
    message = Text(
        f"Block '{block.id}' in session '{session.id}' asks people to {asked.en} "
        f"({by.en}), which needs trust level {step.needs}, but the "
        f"trust built before it is {step.before.level}: {had.en}{caveat.en}.",
        f"Onderdeel '{block.id}' in bijeenkomst '{session.id}' vraagt deelnemers om {asked.nl} "
        f"({by.nl}); daarvoor is vertrouwen op niveau {step.needs} nodig, "
        f"maar het opgebouwde vertrouwen is {step.before.level}: {had.nl}{caveat.nl}.",
    )
    path = ("sessions", s, "programme", step.index)
    where = (*path, "format") if block.format is not None else path
    return Violation(where, message, hint=_fix(step, block.id), related=(block.id, session.id))
