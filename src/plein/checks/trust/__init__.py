"""Checks of the trust family."""

CHECKS: tuple[type, ...] = ()
