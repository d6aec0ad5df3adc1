"""How the family's messages name categories and roles, in English and in Dutch.

The English names are the wire values, so a message can be matched to the design file;
the Dutch ones are what people at a Plein say, with the wire value after them.
"""

from __future__ import annotations

from collections.abc import Iterable

from plein.checks._api import Text
from plein.model import PartyCategory, Role

__all__ = ["category", "listing", "role"]

_CATEGORIES_NL: dict[PartyCategory, str] = {
    PartyCategory.RESIDENT: "bewoners",
    PartyCategory.ENTREPRENEUR: "ondernemers",
    PartyCategory.PROPERTY_OWNER: "vastgoedeigenaren",
    PartyCategory.CIVIL_SERVANT: "ambtenaren",
    PartyCategory.ADMINISTRATION: "het bestuur (college)",
    PartyCategory.COUNCIL: "de gemeenteraad",
    PartyCategory.REGIONAL_PARTNER: "regionale partners",
    PartyCategory.HOUSING_CORPORATION: "woningcorporaties",
    PartyCategory.CIVIL_SOCIETY: "maatschappelijke organisaties",
    PartyCategory.EXPERT: "deskundigen",
    PartyCategory.MUNICIPALITY: "de gemeente",
    PartyCategory.ADVISORY_BODY: "adviesorganen",
    PartyCategory.BUREAU: "bureaus",
    PartyCategory.PUBLIC: "het publiek",
    PartyCategory.PRESS: "de pers",
    PartyCategory.FACILITATION: "de procesbegeleiding",
    PartyCategory.OTHER: "overige partijen",
}

_ROLES_NL: dict[Role, str] = {
    Role.FACILITATOR: "procesbegeleider",
    Role.ISSUE_OWNER: "probleemeigenaar",
    Role.CHAIR: "voorzitter",
    Role.HOST: "gastheer of gastvrouw",
    Role.NOTE_TAKER: "verslaglegger",
    Role.DECISION_MAKER: "bestuurder met mandaat",
    Role.PROJECT_LEADER: "projectleider",
    Role.EXPERT: "deskundige",
    Role.SPEAKER: "spreker",
    Role.GUIDE: "gids",
    Role.PRESS: "pers",
    Role.OTHER: "andere rol",
    Role.TABLE_HOST: "tafelhost",
    Role.TIMEKEEPER: "tijdbewaker",
    Role.COORDINATOR: "coördinator",
    Role.PARTICIPANT: "deelnemer",
    Role.OBSERVER: "toehoorder",
}


def category(value: PartyCategory) -> Text:
    """A party category as a message names it."""
    return Text(f"'{value.value}'", f"{_CATEGORIES_NL[value]} ('{value.value}')")


def role(value: Role) -> Text:
    """A role as a message names it."""
    return Text(value.value, f"{_ROLES_NL[value]} ({value.value})")


def listing(items: Iterable[str], limit: int = 5) -> str:
    """Ids quoted and joined by commas, the rest counted beyond ``limit``.

    >>> listing(["a", "b"]), listing(["a", "b", "c"], limit=2)
    ("'a', 'b'", "'a', 'b' (+1)")
    """
    items = list(items)
    shown = ", ".join(f"'{item}'" for item in items[:limit])
    return shown + (f" (+{len(items) - limit})" if len(items) > limit else "")
