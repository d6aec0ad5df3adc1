"""Reading and writing design files (YAML and JSON), strictly and safely."""

from plein.io._design import DesignWarning, Format, dump, dumps, load, loads, problems

__all__ = ["DesignWarning", "Format", "dump", "dumps", "load", "loads", "problems"]
