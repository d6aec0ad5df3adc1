"""Loading and saving designs: text in, a checked :class:`~plein.Trajectory` out.

Loading runs in stages and gathers every problem before it gives up: the text is read
(syntax, aliases, duplicate keys), the schema version checked, the data structured
(unknown keys, missing keys, wrong types, bad dates), and the references resolved
(dangling ids, ids used twice). When structuring fails, the entries that failed are set
aside and the rest is still checked for references, so one run reports all five kinds
of mistake.

Refusing costs time linear in the size of the text, as loading does, and at most
``max_problems`` problems are reported (the first in file order), the last one then
saying how many more there were (code ``too-many-problems``). Nothing here touches
process-wide state (warning filters, the garbage collector), so designs load safely
from many threads at once; what the reader notices without refusing (an older or newer
format) comes back in :attr:`Trajectory.notices <plein.Trajectory.notices>` as well as
in a :class:`DesignWarning`.
"""

from __future__ import annotations

import copy
import difflib
import json
import os
import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path as FilePath
from typing import Any, Literal

import attrs
import yaml
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)

from plein.checks import Config
from plein.errors import TOO_MANY_PROBLEMS, ConfigError, DesignError, Problem, UsageError
from plein.io._convert import WireError, converter
from plein.io._reader import (
    Parsed,
    WirePath,
    locate_json,
    read_json,
    read_yaml,
    resolve_plain,
    shown_path,
)
from plein.io._upgrade import upgrade_data, upgrade_text
from plein.model import SCHEMA_VERSION, Path, SourceMap, Trajectory, camel, format_path
from plein.workformats import default_catalogue

__all__ = [
    "MAX_PROBLEMS",
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

Format = Literal["yaml", "json"]

#: How many problems a refused design reports by default (the first, in file order).
MAX_PROBLEMS = 100


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """PyYAML's safe dumper, quoting every string plein's YAML 1.2 reader would not read
    back as a string (PyYAML quotes by YAML 1.1's rules, which differ: ``1e100``)."""


def _represent_str(dumper: Any, text: str) -> Any:
    style = "'" if not isinstance(resolve_plain(text), str) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_str)
_VERSION = re.compile(r"^(\d+)\.(\d+)$")
_SALVAGE_ROUNDS = 8


class DesignWarning(UserWarning):
    """A design was read, but something about it deserves attention (a newer version)."""


@attrs.frozen
class _Found:
    """A problem before it knows its line: a wire path, a code and a reason.

    ``later`` finishes the reason when it costs more than the problem is worth until it
    is sure to be shown (a did-you-mean among every id of the design).
    """

    path: WirePath
    code: str
    reason: str
    later: Callable[[], str] | None = attrs.field(default=None, eq=False)
    #: The path ends at a key the model requires: setting the key aside cannot help.
    required: bool = attrs.field(default=False, eq=False)


# -- loading -------------------------------------------------------------------------


def loads(
    text: str,
    format: Format = "yaml",
    *,
    file: str | None = None,
    max_problems: int | None = MAX_PROBLEMS,
) -> Trajectory:
    """Read a design from text.

    ``file`` names where the text came from, for the positions in problems and findings.
    Raises :class:`~plein.DesignError` listing every problem found, in file order: at
    most ``max_problems`` of them (None for all), then one ``too-many-problems`` problem
    that says how many more there were. What the reader notices without refusing the
    design (a newer minor or an older format version) is in the result's
    :attr:`~plein.Trajectory.notices`, and is also emitted as a :class:`DesignWarning`.

    >>> design = '''
    ... schemaVersion: "2.0"
    ... id: square
    ... title: The square
    ... issue: {title: Square, question: What should it become?, nature: spatial,
    ...         kind: area-development}
    ... sessions:
    ...   - {id: s1, title: Explore, dagdeel: evening, plannedDate: 2026-03-12}
    ... '''
    >>> loads(design).sessions[0].planned_date
    EdtfDate(text='2026-03-12')
    """
    check_max_problems(max_problems)
    if format == "yaml":
        parsed = read_yaml(text, file)
    elif format == "json":
        parsed = read_json(text, file)
    else:
        raise UsageError(f"format must be 'yaml' or 'json', not {format!r}")
    locate = (lambda: locate_json(text, file)) if format == "json" else None
    return design_from(parsed, file, max_problems, locate)


def check_max_problems(max_problems: int | None) -> None:
    """Refuse a cap on problems that cannot work (:class:`~plein.UsageError`)."""
    if max_problems is not None and (isinstance(max_problems, bool) or max_problems < 1):
        raise UsageError("max_problems must be a whole number of at least 1, or None")


def design_from(
    parsed: Parsed,
    file: str | None,
    max_problems: int | None,
    locate: Callable[[], Parsed] | None = None,
) -> Trajectory:
    """The design in ``parsed`` data, or a :class:`~plein.DesignError` with every problem
    (capped at ``max_problems``). ``locate`` finds positions the reader did not keep, and
    is called only when there is a problem to place. Shared by text and plain data."""
    found: list[_Found] = []
    noticed: list[_Found] = []
    trajectory: Trajectory | None = None
    if parsed.data is not None or not parsed.problems:
        trajectory = _structure(parsed.data, found, noticed)
    if (parsed.problems or found) and locate is not None and not parsed.positions:
        parsed.positions.update(locate().positions)
    notices = tuple(_locate(n, parsed, file) for n in noticed)
    for notice in notices:  # for people at a prompt; hosts read ``notices``
        warnings.warn(notice.reason, DesignWarning, stacklevel=3)
    pending: list[tuple[Problem, _Found | None]] = [(p, None) for p in parsed.problems]
    pending += ((_locate(f, parsed, file), f) for f in found if f.path not in parsed.problem_paths)
    if pending or trajectory is None:
        pending.sort(key=lambda pair: _order(pair[0]))
        raise DesignError(_capped(pending, max_problems), total=len(pending))
    return trajectory.with_source(SourceMap(file, parsed.positions, notices))


def _capped(pending: list[tuple[Problem, _Found | None]], cap: int | None) -> list[Problem]:
    """The first ``cap`` problems with their reasons finished, and a count of the rest."""
    shown = pending if cap is None else pending[:cap]
    problems = [
        attrs.evolve(p, reason=f.later()) if f is not None and f.later is not None else p
        for p, f in shown
    ]
    if len(pending) > len(shown):
        more = len(pending) - len(shown)
        problems.append(
            Problem(
                TOO_MANY_PROBLEMS,
                f"and {more} more problem{'s' * (more != 1)}, not listed; fix these first, "
                "or ask for more (max_problems in Python, --max-problems on the command line)",
                file=shown[-1][0].file,
            )
        )
    return problems


def load(
    path: str | os.PathLike[str],
    format: Format | None = None,
    *,
    max_problems: int | None = MAX_PROBLEMS,
) -> Trajectory:
    """Read a design from a ``.yaml``, ``.yml`` or ``.json`` file.

    The format follows from the suffix unless ``format`` is given. A file that cannot be
    read raises :class:`~plein.DesignError` too, with the code ``unreadable-file``.
    ``max_problems`` and the notices are as for :func:`loads`.
    """
    file = os.fspath(path)
    chosen = format or _format_of(file)
    try:
        text = FilePath(file).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DesignError(
            [Problem("unreadable-file", "the file is not UTF-8 text", file=file)]
        ) from None
    except OSError as exc:
        reason = f"the file cannot be read ({exc.strerror or type(exc).__name__})"
        raise DesignError([Problem("unreadable-file", reason, file=file)]) from None
    return loads(text, chosen, file=file, max_problems=max_problems)


def upgrade(text: str, format: Format = "yaml", *, file: str | None = None) -> str:
    r"""A design document rewritten in the newest format version, ready to save.

    Older documents are read as they were meant (see :mod:`plein.io._upgrade` for each
    step: version 1.0 becomes 2.0 by writing out the participation level and follow-up
    status that 1.0 assumed, and a follow-up's ``owner`` becomes ``owners``). YAML keeps
    its comments and key order; a document already in the newest version comes back as
    it is. Raises :class:`~plein.DesignError` when the text cannot be read, or when the
    upgraded design does not load (its problems are those of the design itself).

    >>> old = (
    ...     'schemaVersion: "1.0"  # written in 2025\n'
    ...     "id: d\ntitle: D\n"
    ...     "issue: {title: T, question: Q, nature: spatial, kind: other}\n"
    ...     "parties:\n  - {id: p, name: P, category: resident}\n"
    ... )
    >>> print(upgrade(old), end="")
    schemaVersion: "2.0"  # written in 2025
    id: d
    title: D
    issue: {title: T, question: Q, nature: spatial, kind: other}
    parties:
      - {id: p, name: P, category: resident, level: consult}
    """
    parsed = read_json(text, file) if format == "json" else read_yaml(text, file)
    if parsed.problems:
        raise DesignError(parsed.problems)
    version = parsed.data.get("schemaVersion") if isinstance(parsed.data, dict) else None
    if version == SCHEMA_VERSION:
        loads(text, format, file=file)
        return text
    new, _, _ = upgrade_text(text, format)
    loads(new, format, file=file)
    return new


def problems(trajectory: Trajectory) -> list[Problem]:
    """The structural problems of a design built in Python: dangling references, ids
    used twice. (A design read by :func:`load` has none: it would not have loaded.)"""
    found = list(_reference_problems(trajectory, set()))
    source = trajectory.source
    positions = dict(source.positions) if source else {}
    parsed = Parsed(None, positions, [])
    file = source.file if source else None
    pending: list[tuple[Problem, _Found | None]] = [(_locate(f, parsed, file), f) for f in found]
    return sorted(_capped(pending, None), key=_order)


def _format_of(file: str) -> Format:
    suffix = FilePath(file).suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    raise UsageError(
        f"cannot tell the format of {file!r} from its suffix; use .yaml, .yml or .json, "
        "or pass format='yaml' or format='json'"
    )


def _order(problem: Problem) -> tuple[int, int, str]:
    return (problem.line or 0, problem.column or 0, problem.path)


def _locate(found: _Found, parsed: Parsed, file: str | None) -> Problem:
    path = found.path
    while path not in parsed.positions and path:
        path = path[:-1]
    line, column = parsed.positions.get(path, (None, None))
    shown = format_path(shown_path(found.path))
    return Problem(found.code, found.reason, shown, line, column, file)


# -- structuring ---------------------------------------------------------------------


def _structure(data: Any, found: list[_Found], noticed: list[_Found]) -> Trajectory | None:
    if not isinstance(data, dict):
        found.append(_Found((), "wrong-type", "a design is a mapping of keys to values"))
        return None
    data = _check_version(data, found, noticed)
    if data is None:
        return None
    try:
        trajectory = converter().structure(data, Trajectory)
    except Exception as exc:  # every error of the data, gathered by cattrs
        found.extend(_structure_problems(exc, ()))
        origins: _Origins = {}
        salvaged = _salvage(data, found, origins)
        if salvaged is not None:
            known = set(_all_ids(data))
            for problem in _reference_problems(salvaged, known):
                # Entries set aside shift the ones after them: point back at the file.
                found.append(attrs.evolve(problem, path=_unshift(problem.path, origins)))
        return None
    found.extend(_reference_problems(trajectory, set()))
    return trajectory


def _check_version(
    data: dict[str, Any], found: list[_Found], noticed: list[_Found]
) -> dict[str, Any] | None:
    version = data.get("schemaVersion")
    path: WirePath = ("schemaVersion",)
    if version is None:
        found.append(
            _Found(
                path,
                "missing-key",
                f'a design says which format it uses: add schemaVersion: "{SCHEMA_VERSION}"',
            )
        )
        return data
    match = _VERSION.match(version) if isinstance(version, str) else None
    if match is None:
        found.append(
            _Found(
                path, "invalid-value", 'schemaVersion is "MAJOR.MINOR" in quotes, for example "1.0"'
            )
        )
        return None
    major, minor = int(match[1]), int(match[2])
    ours_major, ours_minor = (int(x) for x in SCHEMA_VERSION.split("."))
    if major > ours_major:
        found.append(
            _Found(
                path,
                "unsupported-version",
                f"this design is in format {major}.x; this version of plein "
                f"reads {ours_major}.x and older; upgrade plein",
            )
        )
        return None
    if major == ours_major and minor > ours_minor:
        noticed.append(
            _Found(
                path,
                "newer-version",
                f"the design is in format {major}.{minor}, newer than the {SCHEMA_VERSION} "
                "this plein knows; it is read as far as it can be",
            )
        )
        data = {**data, "schemaVersion": SCHEMA_VERSION}
    elif major < ours_major:
        data = copy.deepcopy(data)
        upgrade_data(data, version)
        noticed.append(
            _Found(
                path,
                "older-version",
                f"the design is in format {major}.{minor}; it is read as {SCHEMA_VERSION}, "
                f"meaning what it meant. `plein upgrade FILE` writes it in {SCHEMA_VERSION}",
            )
        )
    return data


def _structure_problems(
    exc: BaseException, path: WirePath, required: bool = False
) -> Iterator[_Found]:
    if isinstance(exc, BaseValidationError):
        cls = exc.cl if isinstance(exc, ClassValidationError) else None
        fields = attrs.fields_dict(cls) if cls is not None and attrs.has(cls) else {}
        for sub in exc.exceptions:
            sub_path, sub_required = path, False
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = (*sub_path, camel(note.name))
                    field = fields.get(note.name)
                    sub_required = field is not None and field.default is attrs.NOTHING
                elif isinstance(note, IterableValidationNote):
                    sub_path, sub_required = (*sub_path, note.index), False
            yield from _structure_problems(sub, sub_path, sub_required)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = [
            camel(f.name)
            for f in attrs.fields(exc.cl)
            if not (exc.cl is Trajectory and f.name == "source")
        ]
        for key in sorted(exc.extra_fields):
            # The key itself is not repeated: it may be a value split off at a comma.
            close = difflib.get_close_matches(key, known, n=1)
            if " " in key:  # no key has a space: a value split at a comma, in { }
                hint = "it looks like the rest of a value that holds a comma; quote that value"
            elif close:
                hint = f"did you mean '{close[0]}'?"
            else:
                hint = "known keys: " + ", ".join(known)
            if "extensions" in known:
                hint += " (free-form data goes under 'extensions')"
            yield _Found(
                (*path, key), "unknown-key", f"this key is not part of the format here; {hint}"
            )
    elif isinstance(exc, KeyError):
        yield _Found(path, "missing-key", "this required key is missing", required=required)
    elif isinstance(exc, WireError):
        at = (*path, *exc.where)
        yield _Found(at, exc.code, str(exc), required=required and not exc.where)
    elif isinstance(exc, ValueError | TypeError) and exc.__traceback__ is not None:
        # The model's validators write messages that never repeat the value.
        yield _Found(path, "invalid-value", _model_message(exc), required=required)
    else:  # pragma: no cover - a hook plein does not know about
        yield _Found(path, "invalid-value", f"this value cannot be used ({type(exc).__name__})")


def _model_message(exc: BaseException) -> str:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    module = tb.tb_frame.f_globals.get("__name__", "") if tb is not None else ""
    if str(module).startswith("plein."):
        return str(exc)
    return f"this value cannot be used ({type(exc).__name__})"


#: For each list from which entries were set aside (by its path in the file), the index
#: in the file of each entry that remains.
_Origins = dict[WirePath, list[int]]


def _unshift(path: WirePath, origins: _Origins) -> WirePath:
    """The path in the file of ``path`` in data from which list entries were set aside."""
    original: list[str | int] = []
    for part in path:
        if isinstance(part, int):
            kept = origins.get(tuple(original))
            if kept is not None and part < len(kept):
                part = kept[part]
        original.append(part)
    return tuple(original)


#: Stand-ins for the required parts of a design outside any list, so that a mistake in
#: one of them (the issue's kind, the design's id) does not hide the references.
_STAND_INS: dict[str, Any] = {
    "id": "design",
    "title": "design",
    "issue": {"title": "issue", "question": "issue", "nature": "spatial", "kind": "other"},
}


def _salvage(data: dict[str, Any], found: list[_Found], origins: _Origins) -> Trajectory | None:
    """Structure what remains when the parts that failed are set aside.

    First each failing key is removed (most keys are optional); what still fails after
    that, or fails at a key the model requires, costs its whole list entry (a session, a
    party, a block), or, outside any list, is replaced by a stand-in (the issue: only its
    owner is kept).
    """
    data = dict(data)  # copied where it changes (see _own), not whole: designs are large
    owned = {id(data)}
    failing = found
    for attempt in range(_SALVAGE_ROUNDS):
        if not failing:
            return None
        drops: dict[WirePath, set[str | int]] = {}
        for failed in failing:
            path = failed.path
            drop = _droppable(path, keys_first=attempt == 0 and not failed.required)
            if drop is None:
                if not path or not _stand_in(data, str(path[0])):
                    return None
                continue
            drops.setdefault(drop[:-1], set()).add(drop[-1])
        # Deeper lists first, so that the paths of the outer ones stay valid.
        for parent in sorted(drops, key=_sort_key, reverse=True):
            container = _own(data, parent, owned)
            gone = drops[parent]
            if isinstance(container, list):
                original = _unshift(parent, origins)
                kept = origins.get(original, list(range(len(container))))
                origins[original] = [o for i, o in enumerate(kept) if i not in gone]
                container[:] = [item for i, item in enumerate(container) if i not in gone]
            elif isinstance(container, dict):
                for key in gone:
                    container.pop(key, None)
        try:
            return converter().structure(data, Trajectory)
        except Exception as exc:
            failing = list(_structure_problems(exc, ()))
    return None


def _own(data: Any, path: WirePath, owned: set[int]) -> Any:
    """The container at ``path`` in ``data``, each container on the way there replaced by
    a shallow copy of its own first (``owned`` holds the ids of those already copied), so
    that what the caller changes is not the caller's data. None when there is nothing."""
    for part in path:
        try:
            child = data[part]
        except (IndexError, KeyError, TypeError):
            return None
        if isinstance(child, dict | list) and id(child) not in owned:
            child = dict(child) if isinstance(child, dict) else list(child)
            owned.add(id(child))
            data[part] = child
        data = child
    return data


def _stand_in(data: dict[str, Any], key: str) -> bool:
    if key not in _STAND_INS:
        return False
    stand_in = copy.deepcopy(_STAND_INS[key])
    current = data.get(key)
    owner = current.get("owner") if key == "issue" and isinstance(current, dict) else None
    if isinstance(stand_in, dict) and isinstance(owner, str):
        stand_in["owner"] = owner
    data[key] = stand_in
    return True


def _sort_key(path: WirePath | None) -> tuple[tuple[int, str | int], ...]:
    # Delete later list entries first, so earlier indexes stay valid.
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in path or ())


def _droppable(path: WirePath, *, keys_first: bool) -> WirePath | None:
    if keys_first and path and isinstance(path[-1], str):
        return path
    for i in range(len(path) - 1, -1, -1):
        if isinstance(path[i], int):
            return path[: i + 1]
    return None


def _all_ids(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            yield data["id"]
        for key, value in data.items():
            if key != "extensions":
                yield from _all_ids(value)
    elif isinstance(data, list):
        for item in data:
            yield from _all_ids(item)


_KIND_WORDS = {
    "party": "party",
    "role": "role assignment with an id",
    "person": "contact person",
    "session": "session",
    "step": "step",
    "action": "action",
    "promise": "promise",
}


def _reference_problems(trajectory: Trajectory, set_aside: set[str]) -> Iterator[_Found]:
    """Ids used twice, references that name nothing, own formats that take a catalogue
    name. No message repeats an id: it points at the entity by its path instead."""
    catalogue = default_catalogue()
    for index, fmt in enumerate(trajectory.formats):
        for key, label in (("id", fmt.id), ("name_nl", fmt.name_nl), ("name_en", fmt.name_en)):
            if label in catalogue:
                yield _Found(
                    ("formats", index, camel(key)),
                    "duplicate-format",
                    "this is already the id or a name of a format in the catalogue; give "
                    "the design's own format its own",
                )
    for uses in trajectory.ids().values():
        if len(uses) > 1:
            reason = (
                f"this id is already used at {format_path(uses[0][1])}; ids must be unique "
                "in a design"
            )
            for _, path in uses[1:]:
                yield _Found((*_wire(path), "id"), "duplicate-id", reason)
    by_kind: dict[str, list[tuple[str, Path]]] | None = None

    def hint(target: str, kinds: tuple[str, ...], reason: str) -> Callable[[], str]:
        def finish() -> str:
            nonlocal by_kind
            if by_kind is None:  # once, and only when a hint is shown
                by_kind = {}
                for kind, entity_id, path in trajectory.identified():
                    by_kind.setdefault(kind, []).append((entity_id, path))
            candidates = {i: p for k in kinds for i, p in reversed(by_kind.get(k, []))}
            close = difflib.get_close_matches(target, list(candidates), n=1)
            if close:
                return f"{reason}; did you mean the one at {format_path(candidates[close[0]])}?"
            return reason

        return finish

    for ref in trajectory.dangling_references():
        if ref.target in set_aside:
            continue
        words = " or ".join(_KIND_WORDS[k] for k in ref.kinds)
        reason = f"this names no {words} in this design; define the {words} first"
        yield _Found(
            _wire(ref.path),
            "dangling-reference",
            reason,
            hint(ref.target, ref.kinds, f"this names no {words} in this design"),
        )


def _wire(path: tuple[str | int, ...]) -> WirePath:
    return tuple(camel(p) if isinstance(p, str) else p for p in path)


# -- saving --------------------------------------------------------------------------


def dumps(obj: Trajectory, format: Format = "yaml") -> str:
    """Write a design as YAML (the default) or JSON text; :func:`loads` reads it back."""
    data = _ordered(converter().unstructure(obj))
    if format == "yaml":
        text: str = yaml.dump(
            data,
            Dumper=_Dumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=88,
        )
        return text
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    raise UsageError(f"format must be 'yaml' or 'json', not {format!r}")


def dump(obj: Trajectory, path: str | os.PathLike[str], format: Format | None = None) -> None:
    """Write a design to a file; the format follows from the suffix unless given."""
    file = os.fspath(path)
    FilePath(file).write_text(dumps(obj, format or _format_of(file)), encoding="utf-8")


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """``schemaVersion`` first, so a reader sees the format before anything else."""
    return {"schemaVersion": data.pop("schemaVersion"), **data}


def load_config(path: str | os.PathLike[str]) -> Config:
    """A check configuration from a YAML or JSON file, read as strictly as a design.

    The file holds the keys of :class:`~plein.checks.Config`: ``profile``, ``select``,
    ``ignore``, ``severity`` and ``options``.
    """
    file = os.fspath(path)
    try:
        text = FilePath(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ConfigError(f"{file}: the config file cannot be read ({reason})") from None
    parsed = (read_json if _format_of(file) == "json" else read_yaml)(text, file)
    if parsed.problems:
        raise ConfigError("\n".join(str(p) for p in parsed.problems))
    if not isinstance(parsed.data, dict):
        raise ConfigError(f"{file}: a config file is a mapping of keys to values")
    return Config.from_mapping(parsed.data, source=file)
