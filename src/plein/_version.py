"""plein's version, from the installed package's metadata ("0.1.0").

Its own module, read when ``plein.__version__`` is first asked for: finding a package's
metadata imports :mod:`importlib.metadata`, which ``import plein`` need not pay for.
"""

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

try:
    __version__ = version("plein")
except PackageNotFoundError:  # pragma: no cover - run from a source tree never installed
    __version__ = "0+unknown"
