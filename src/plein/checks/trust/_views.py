"""What the trust checks share: the derived views of :mod:`plein.trust`, built once per run.

Each view is computed through :meth:`Context.cached`, so that the family stays linear
in the size of the design however many of its checks run.
"""

from __future__ import annotations

from plein.checks._api import Context
from plein.trust import TrustArc, Voice, trust_arc, voices

__all__ = ["arcs", "session_voices"]

_KEY = "plein.checks.trust"


def arcs(ctx: Context) -> tuple[TrustArc, ...]:
    """The trust arc of every session, by session index."""

    def compute() -> tuple[TrustArc, ...]:
        return tuple(trust_arc(session, ctx.formats) for session in ctx.trajectory.sessions)

    return ctx.cached((_KEY, "arcs"), compute)


def session_voices(ctx: Context) -> tuple[Voice, ...]:
    """Who speaks in every session, by session index."""
    return ctx.cached((_KEY, "voices"), lambda: voices(ctx.trajectory, ctx.formats))
