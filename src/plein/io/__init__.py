"""Reading and writing design files (YAML and JSON), strictly and safely."""

from plein.io._design import (
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
    "DesignWarning",
    "Format",
    "dump",
    "dumps",
    "load",
    "load_config",
    "loads",
    "problems",
    "upgrade",
]
