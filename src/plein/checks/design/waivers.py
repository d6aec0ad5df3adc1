"""PL001: every waiver in a design still waives something."""

from __future__ import annotations

from collections.abc import Iterator

from plein.checks._api import Check, Context, Severity, Text, Violation


class UnusedWaiver(Check):
    """## What it checks

    Each waiver under ``waivers`` matched at least one finding in this run. A waiver
    names a check code (or a family prefix), a reason, and optionally the id of the
    entity it applies to.

    ## Why it matters

    A waiver records a choice: "this evening runs long, the alderman agreed". Once the
    design changes, a waiver that matches nothing hides nothing, but it still claims
    that the choice was needed; left in place it will silently hide the next finding
    of that kind. Removing it keeps the design honest.
    """

    code = "PL001"
    slug = "unused-waiver"
    severity = Severity.WARNING
    runs_last = True
    summary = Text(
        "A waiver matches no finding.",
        "Een uitzondering (waiver) past op geen enkele bevinding.",
    )
    hint = Text(
        "Remove the waiver, or correct its code or target.",
        "Verwijder de uitzondering, of verbeter de code of het doel ervan.",
    )

    def run(self, ctx: Context) -> Iterator[Violation]:
        for index, waiver in enumerate(ctx.trajectory.waivers):
            if index not in ctx.used_waivers:
                target = f" for '{waiver.target}'" if waiver.target else ""
                doel = f" voor '{waiver.target}'" if waiver.target else ""
                yield Violation(
                    ("waivers", index),
                    Text(
                        f"The waiver of {waiver.code}{target} matches no finding.",
                        f"De uitzondering op {waiver.code}{doel} past op geen bevinding.",
                    ),
                )
