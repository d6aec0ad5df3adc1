"""PL003: every reference names something, and no id is used twice."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation
from plein.model import format_path

_KINDS = {
    "party": Text("party", "partij"),
    "role": Text("role assignment with an id", "rol met een id"),
    "person": Text("contact person", "contactpersoon"),
    "session": Text("session", "bijeenkomst"),
    "step": Text("step", "stap"),
    "action": Text("action", "actie"),
    "promise": Text("promise", "toezegging"),
}


class BrokenReference(Check):
    """## What it checks

    Every reference by id in the design (an owner, a party at a session, a speaker,
    what a session follows or needs, the moment a due date hangs on) names an entity of
    a kind it may name, and no two entities share an id. The closest id of the right
    kind is suggested for a reference that names nothing. The ``target`` of a waiver
    names an entity of the design too.

    ## Why it matters

    The design is a web of references: who owns an action, which session a step
    follows, which party a role is for. A reference that names nothing is a promise
    without anyone to keep it, or a step that follows nothing, and every check that
    follows it finds nothing and says nothing. Two entities with one id make every
    reference to it ambiguous. A design read from a file is refused when it has either
    (``plein.load`` reports them); a design built in Python is not read, so this check
    says it instead. A waiver whose target names nothing (a typo in an id) waives
    nothing, and the finding it was meant for shows up again; the file loads, so this
    check says which id was meant.

    ## On a plan and on a record

    The same on both: a broken reference is a fault in how the design is written
    down, not in the meeting. An error, because the data shows it.
    """

    code = "PL003"
    slug = "broken-reference"
    severity = Severity.ERROR
    summary = Text(
        "A reference names nothing, or an id is used twice.",
        "Een verwijzing wijst nergens naar, of een id wordt twee keer gebruikt.",
    )
    hint = Text(
        "Correct the reference, define what it names, or give each entity an id of its own.",
        "Verbeter de verwijzing, voeg toe waar ze naar wijst, of geef elk onderdeel een eigen id.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        design = ctx.trajectory
        ids = design.ids()
        for entity_id, uses in ids.items():
            if len(uses) < 2:
                continue
            first = format_path(uses[0][1])
            for _, path in uses[1:]:
                yield Violation(
                    (*path, "id"),
                    Text(
                        f"The id '{entity_id}' is already used at {first}; ids must be "
                        "unique in a design.",
                        f"De id '{entity_id}' wordt al gebruikt op {first}; een id mag maar "
                        "één keer voorkomen in een ontwerp.",
                    ),
                    Text(
                        "Give one of the two a new id, and update the references to it.",
                        "Geef een van beide een nieuwe id, en pas de verwijzingen ernaar aan.",
                    ),
                    (entity_id,),
                )
        for index, waiver in enumerate(design.waivers):
            if waiver.target is None or waiver.target in ids:
                continue
            close = difflib.get_close_matches(waiver.target, list(ids), n=1)
            mean = Text(f" Did you mean '{close[0]}'?", f" Bedoelt u '{close[0]}'?")
            yield Violation(
                ("waivers", index, "target"),
                Text(
                    f"The waiver of {waiver.code} is for '{waiver.target}', which names "
                    f"nothing in this design, so it waives nothing.{mean.en if close else ''}",
                    f"De uitzondering op {waiver.code} geldt voor '{waiver.target}', dat "
                    "nergens naar wijst in dit ontwerp, dus ze zondert niets uit."
                    f"{mean.nl if close else ''}",
                ),
                Text(
                    "Give the id of the session, block, party or other entity the finding "
                    "is about, or leave the target out to waive the code everywhere.",
                    "Geef de id van de bijeenkomst, het onderdeel, de partij of iets anders "
                    "waar de bevinding over gaat, of laat het doel weg om de code overal uit "
                    "te zonderen.",
                ),
                (waiver.target,),
            )
        for ref in design.dangling_references():
            kinds = [_KINDS.get(kind, Text(kind, kind)) for kind in ref.kinds]
            en = " or ".join(k.en for k in kinds)
            nl = " of ".join(k.nl for k in kinds)
            candidates = [i for i, uses in ids.items() if any(k in ref.kinds for k, _ in uses)]
            close = difflib.get_close_matches(ref.target, candidates, n=1)
            if close:
                hint = Text(
                    f"Did you mean '{close[0]}'? Else define the {en} first.",
                    f"Bedoelt u '{close[0]}'? Voeg anders eerst de {nl} toe.",
                )
            else:
                hint = Text(f"Define the {en} first.", f"Voeg eerst de {nl} toe.")
            yield Violation(
                ref.path,
                Text(
                    f"'{ref.target}' at {format_path(ref.path)} names no {en} in this design.",
                    f"'{ref.target}' op {format_path(ref.path)} wijst naar geen {nl} in dit "
                    "ontwerp.",
                ),
                hint,
                (ref.target,),
            )
