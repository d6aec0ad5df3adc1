"""Print pip constraints that pin each of plein's dependencies to its lowest allowed release.

Every runtime dependency's ``>=`` bound in pyproject.toml becomes ``==`` (environment
markers kept), and so do the test extra's libraries that plein's code and examples call
(not the test tools, which are not installed beside plein on a host).

With ``--python X.Y`` the markers are decided for that Python instead (with the
``packaging`` library), for ``pip download --python-version X.Y``, which cannot.
"""

import argparse
import re
import sys
import tomllib
from pathlib import Path

# Libraries in the test extra that hosts pin too: test them at their lowest as well.
HOST_LIBRARIES = {"jsonschema", "django", "djangorestframework"}
BOUND = re.compile(r"^\s*([A-Za-z0-9._-]+)\s*>=\s*([^,;\s]+)\s*(;.*)?$")


def constraints(pyproject: Path, python: str | None) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    test = project["optional-dependencies"]["test"]
    wanted = [*project["dependencies"]]
    wanted += [r for r in test if re.split(r"[<>=!~;\s\[]", r, maxsplit=1)[0] in HOST_LIBRARIES]
    lines = []
    for requirement in wanted:
        match = BOUND.match(requirement)
        if match is None:
            sys.exit(f"no lower bound to pin in {requirement!r}: give it one (name>=version)")
        name, version, marker = match.groups()
        if python is not None and marker:
            from packaging.markers import Marker

            target = {"python_version": python, "python_full_version": f"{python}.0"}
            if not Marker(marker.lstrip(";").strip()).evaluate(target):
                continue
            marker = None
        lines.append(f"{name}=={version}{marker or ''}")
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", metavar="X.Y", help="decide the markers for this Python")
    args = parser.parse_args()
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    print("\n".join(constraints(pyproject, args.python)))
