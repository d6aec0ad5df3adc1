"""Reading and writing design files (YAML and JSON), strictly and safely, and designs as
plain data (:func:`to_data`, :func:`from_data`)."""

from plein.io._data import from_data, to_data
from plein.io._design import (
    MAX_PROBLEMS,
    DesignWarning,
    Format,
    dump,
    dumps,
    load,
    load_config,
    loads,
    problems,
    upgrade,
)

__all__ = [
    "MAX_PROBLEMS",
    "DesignWarning",
    "Format",
    "dump",
    "dumps",
    "from_data",
    "load",
    "load_config",
    "loads",
    "problems",
    "to_data",
    "upgrade",
]
