"""The catalogue of work formats (werkvormen): the building blocks of a Plein.

A :class:`WorkFormat` says what a block is for, where it sits in a session's arc, how the
group is configured step by step, how long it takes, how many people it holds and how
much it asks of them. :func:`default_catalogue` holds the built-in formats plus those
other packages register through the ``plein.workformats`` entry-point group.
:func:`learn` gathers what the evaluations recorded in designs say about the formats
(an :class:`Experience`), and :meth:`Catalogue.suggest` can rank by it.

>>> from plein.workformats import Purpose, default_catalogue
>>> catalogue = default_catalogue()
>>> one_two_four = catalogue.get("1-2-4-all")
>>> one_two_four.name_nl, one_two_four.typical_minutes
('1-2-4-allen', 12)
>>> [step.minutes for step in one_two_four.steps]
[1, 2, 4, 5]
>>> catalogue.get("Stickerstemmen").name_en
'Dot voting'
>>> [f.id for f in catalogue.suggest(Purpose.CHOOSE, group_size=30, minutes=20, limit=2)]
['dot-voting', 'deep-democracy-minority-view']
"""

from plein.workformats._catalogue import BUILTIN_FORMATS
from plein.workformats._format import (
    Arc,
    Exposure,
    GroupStep,
    OwnFormat,
    Per,
    Purpose,
    Range,
    RoleNeed,
    WorkFormat,
)
from plein.workformats._learning import (
    PRIOR_WEIGHT,
    Experience,
    FormatExperience,
    GroupBand,
    Moment,
    Remark,
    Reviews,
    Tally,
    Use,
    learn,
)
from plein.workformats._registry import (
    ENTRY_POINT_GROUP,
    Catalogue,
    DuplicateFormatError,
    FormatPluginError,
    SealedCatalogueError,
    UnknownFormatError,
    default_catalogue,
)

__all__ = [
    "BUILTIN_FORMATS",
    "ENTRY_POINT_GROUP",
    "PRIOR_WEIGHT",
    "Arc",
    "Catalogue",
    "DuplicateFormatError",
    "Experience",
    "Exposure",
    "FormatExperience",
    "FormatPluginError",
    "GroupBand",
    "GroupStep",
    "Moment",
    "OwnFormat",
    "Per",
    "Purpose",
    "Range",
    "Remark",
    "Reviews",
    "RoleNeed",
    "SealedCatalogueError",
    "Tally",
    "UnknownFormatError",
    "Use",
    "WorkFormat",
    "default_catalogue",
    "learn",
]
