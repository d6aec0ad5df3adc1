"""The public face of plein.trust: a sorted, importable, pinned list of names."""

from __future__ import annotations

import plein.trust as trust

EXPECTED = {
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
}


def test_exports_are_pinned() -> None:
    """plein.trust exports exactly the names its users rely on."""
    assert set(trust.__all__) == EXPECTED


def test_exports_are_sorted_and_importable() -> None:
    """The export list is sorted (constants, classes, functions) and every name resolves."""
    assert list(trust.__all__) == sorted(trust.__all__, key=lambda n: (not n.isupper(), n))
    for name in trust.__all__:
        assert getattr(trust, name) is not None


def test_trust_imports_only_the_model_and_the_catalogue() -> None:
    """plein.trust sits on the model and the work formats, below the checks, IO and CLI."""
    import ast
    from pathlib import Path

    package = Path(trust.__file__).parent
    for module in package.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("plein"):
                # plein._settings (the default language and date) is a leaf under every layer.
                allowed = ("plein.model", "plein.workformats", "plein.trust", "plein._settings")
                assert node.module.startswith(allowed), f"{module.name} imports {node.module}"
