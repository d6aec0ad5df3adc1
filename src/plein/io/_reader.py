"""Reading design text safely into plain data, with a position for every part.

YAML is read from the parser's event stream, not through a loader, so that nothing a
file says can construct objects, expand aliases or turn ``NO`` into False:

* anchors, aliases and explicit tags are refused (an alias bomb never expands);
* duplicate keys are refused at every level (the first value is kept, to go on);
* plain scalars resolve by YAML 1.2's core schema, stricter still: ``12:30``, ``NO``,
  ``yes``, ``012345`` and ``1_000`` stay text; dates stay text until the converter
  parses them;
* input size and nesting depth are bounded, the same way in YAML and JSON, so that
  whatever is read can be written and read again;
* numbers that cannot be written back (``NaN``, ``Infinity``, ``1e999``) or read at all
  (more digits than Python converts) and text that is not Unicode (a lone surrogate,
  ``"\\ud800"``) are refused; a UTF-8 byte-order mark at the start is skipped.

A problem's path stops before the first key that is not one of plein's own (a misspelt
key, anything under ``extensions``): keys people make up are data, and are not repeated.

Every problem is collected, not raised, so a file's mistakes come back all at once.
"""

from __future__ import annotations

import functools
import json
import math
import re
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import yaml

from plein.errors import Problem
from plein.model import Trajectory, camel, format_path

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "Parsed",
    "read_json",
    "read_yaml",
    "resolve_plain",
    "shown_path",
]

#: The largest design text read, in bytes of UTF-8.
MAX_BYTES = 64 * 1024 * 1024
#: The deepest nesting of mappings and lists read.
MAX_DEPTH = 32

WirePath = tuple[str | int, ...]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?$")
# The first characters of a null, a boolean or a number.
_MAY_RESOLVE = frozenset("~nNtTfF+-.0123456789")
_SURROGATE = re.compile("[\ud800-\udfff]")
# A surrogate as it may stand in JSON text: escaped, or (in a str) as it is.
_MAYBE_SURROGATE = re.compile("\\\\u[dD][89a-fA-F]|[\ud800-\udfff]")
# The same in YAML's double-quoted escapes, which also have an eight-digit form.
_YAML_SURROGATE = re.compile("\\\\(?:u|U0000)[dD][89a-fA-F]")
_BOM = "\ufeff"


class _Unreadable:
    """A number the reader cannot keep: too many digits, or not finite."""

    def __init__(self, code: str, reason: str) -> None:
        self.code = code
        self.reason = reason


_TOO_LONG = _Unreadable("number-too-long", "this number has more digits than can be read")
_NOT_FINITE = _Unreadable(
    "non-finite-number",
    "this number is not finite (NaN, Infinity or too large to hold); write a finite number",
)
_NO_TEXT = _Unreadable(
    "invalid-text",
    "this text holds a lone surrogate (\\ud800-\\udfff), which is not a character",
)


@attrs.define
class Parsed:
    """Plain data read from a design text, where each part stood, and what was wrong."""

    data: Any
    positions: dict[WirePath, tuple[int, int]]
    problems: list[Problem]
    #: The wire paths of ``problems`` (a problem shows only the first keys of its path).
    problem_paths: set[WirePath] = attrs.field(factory=set)


def resolve_plain(text: str) -> Any:
    """YAML 1.2 core schema, with leading zeros kept as text (postcodes, phone numbers)."""
    if text and text[0] not in _MAY_RESOLVE:  # most values are words: no pattern can match
        return text
    if _NULL.match(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        try:
            return int(text)
        except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
            return _TOO_LONG
    if _FLOAT.match(text) and not re.match(r"^[-+]?0[0-9]", text):
        number = float(text)
        return number if math.isfinite(number) else _NOT_FINITE
    return text


@functools.cache
def _wire_keys() -> frozenset[str]:
    """Every key plein's design format knows, at any level."""
    keys = {"schemaVersion"}
    seen: set[type] = set()
    stack: list[Any] = [Trajectory]
    while stack:
        tp = stack.pop()
        if isinstance(tp, type) and attrs.has(tp):
            if tp in seen:
                continue
            seen.add(tp)
            attrs.resolve_types(tp)
            for field in attrs.fields(tp):
                keys.add(camel(field.name))
                stack.append(field.type)
        else:
            stack.extend(typing.get_args(tp))
    return frozenset(keys)


def shown_path(path: WirePath) -> WirePath:
    """The part of ``path`` a problem may show: up to the first key that is not one of
    the design format's own, and nothing below ``extensions`` (such keys are data)."""
    known = _wire_keys()
    for i, part in enumerate(path):
        if isinstance(part, str) and (part not in known or (i and path[i - 1] == "extensions")):
            return path[:i]
    return path


def _too_large(text: str, file: str | None) -> Problem | None:
    if len(text) > MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        return Problem("too-large", f"the design is larger than {MAX_BYTES} bytes", file=file)
    return None


class _Builder:
    """Turns parser events into plain data, recording positions and problems."""

    def __init__(self, file: str | None) -> None:
        self.file = file
        self.positions: dict[WirePath, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.paths: set[WirePath] = set()

    def problem(self, code: str, reason: str, path: WirePath, mark: Any) -> None:
        self.paths.add(path)
        self.problems.append(
            Problem(
                code,
                reason,
                format_path(shown_path(path)),
                mark.line + 1 if mark is not None else None,
                mark.column + 1 if mark is not None else None,
                self.file,
            )
        )

    def build(self, events: Iterator[Any]) -> Any:
        documents = 0
        result: Any = None
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.problem(
                        "several-documents",
                        "a design file holds one YAML document; remove the extra '---'",
                        (),
                        event.start_mark,
                    )
                    return result
                first = next(events)
                self.positions[()] = (first.start_mark.line + 1, first.start_mark.column + 1)
                result = self.node(first, events, (), 0)
        return result

    def node(self, event: Any, events: Iterator[Any], path: WirePath, depth: int) -> Any:
        """The value that starts with ``event``. The caller has recorded its position."""
        if type(event) is yaml.ScalarEvent and event.anchor is None and event.tag is None:
            return self._scalar(event, path)
        return self._unusual(event, events, path, depth)

    def _scalar(self, event: Any, path: WirePath) -> Any:
        if not event.implicit[0] or event.tag is not None:  # quoted or tagged: text as written
            return event.value
        value = resolve_plain(event.value)
        if type(value) is _Unreadable:
            self.problem(value.code, value.reason, path, event.start_mark)
            return None
        return value

    def _unusual(self, event: Any, events: Iterator[Any], path: WirePath, depth: int) -> Any:
        """A list, a mapping, or a value with an anchor, alias or tag (each a problem)."""
        mark = event.start_mark
        if isinstance(event, yaml.AliasEvent):
            self.problem(
                "yaml-alias",
                "YAML aliases (*name) are not allowed; write the value out in full",
                path,
                mark,
            )
            return None
        if event.anchor is not None:
            self.problem(
                "yaml-anchor",
                "YAML anchors (&name) are not allowed; write the value out in full",
                path,
                mark,
            )
        if event.tag is not None:
            self.problem(
                "yaml-tag",
                "YAML tags (!name, !!type) are not allowed; remove the tag",
                path,
                mark,
            )
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event, path)
        if depth >= MAX_DEPTH:
            self.problem("too-deep", f"the design nests deeper than {MAX_DEPTH} levels", path, mark)
            self._skip(events)
            return None
        positions = self.positions
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            for item_event in events:
                if type(item_event) is yaml.SequenceEndEvent:
                    break
                child = (*path, len(items))
                item_mark = item_event.start_mark
                positions.setdefault(child, (item_mark.line + 1, item_mark.column + 1))
                items.append(self.node(item_event, events, child, depth + 1))
            return items
        mapping: dict[str, Any] = {}
        for key_event in events:
            if type(key_event) is yaml.MappingEndEvent:
                break
            key = self.key(key_event, events, path, depth)
            value_event = next(events)
            if key is None:
                child = path
            elif key in mapping:
                self.problem(
                    "duplicate-key",
                    "a key appears more than once in this mapping; keep one",
                    (*path, key),
                    key_event.start_mark,
                )
                self.node(value_event, events, (*path, f"{key} (duplicate)"), depth + 1)
                continue
            else:
                child = (*path, key)
                key_mark = key_event.start_mark
                positions[child] = (key_mark.line + 1, key_mark.column + 1)
            value = self.node(value_event, events, child, depth + 1)
            if key is not None:
                mapping[key] = value
        return mapping

    def key(self, event: Any, events: Iterator[Any], path: WirePath, depth: int) -> str | None:
        if not isinstance(event, yaml.ScalarEvent):
            self.problem(
                "complex-key",
                "a key must be a plain name, not a list or mapping",
                path,
                event.start_mark,
            )
            self.node(event, events, path, depth + 1)
            return None
        value = self.node(event, events, path, depth + 1)
        return value if isinstance(value, str) else str(event.value)

    @staticmethod
    def _skip(events: Iterator[Any]) -> None:
        level = 1
        for event in events:
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                level += 1
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                level -= 1
                if level == 0:
                    return


def _events(text: str) -> Iterator[Any]:
    """The parser's events for ``text``: PyYAML's ``yaml.parse`` without its generator."""
    loader = _Loader(text)
    try:
        yield from iter(loader.get_event, None)
    finally:
        loader.dispose()


def read_yaml(text: str, file: str | None = None) -> Parsed:
    """Read YAML design text into plain data; syntax errors become problems."""
    builder = _Builder(file)
    if (too_large := _too_large(text, file)) is not None:
        return Parsed(None, {}, [too_large])
    text = text.removeprefix(_BOM)
    if (raw := _SURROGATE.search(text)) is not None:
        # A lone surrogate in the text itself: the YAML parser cannot even start.
        line = text.count("\n", 0, raw.start()) + 1
        column = raw.start() - (text.rfind("\n", 0, raw.start()) + 1) + 1
        return Parsed(None, {}, [Problem(_NO_TEXT.code, _NO_TEXT.reason, "$", line, column, file)])
    try:
        data = builder.build(_events(text))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        builder.problem("yaml-syntax", _syntax_reason(exc), (), mark)
        data = None
    except yaml.YAMLError as exc:  # a reader error: bytes that are not text
        builder.problem("yaml-syntax", f"the YAML cannot be read: {type(exc).__name__}", (), None)
        data = None
    parsed = Parsed(data, builder.positions, builder.problems, builder.paths)
    if _YAML_SURROGATE.search(text) is not None:  # an escape ("\ud800") may make one
        found: list[tuple[WirePath, _Unreadable]] = []
        if isinstance(data, dict | list):
            parsed.data = _vet(data, (), 0, found, scalars=True)
        elif (bad := _bad_scalar(data)) is not None:
            found.append(((), bad))
            parsed.data = None
        parsed.problems += _locate_vetted(found, builder.positions, file)
        parsed.problem_paths |= {path for path, _ in found}
    return parsed


#: What most often causes each of the YAML parser's messages, and how to fix it.
_SYNTAX_HINTS = (
    (
        "mapping values are not allowed",
        "a value that holds ': ' must be quoted, or this line is indented deeper than "
        "the key above it",
    ),
    (
        "did not find expected key",
        "check the indentation here and on the lines just before: the keys of one "
        "mapping start in the same column",
    ),
    (
        "expected '-' indicator",
        "check the indentation here and on the lines just before: the '- ' items of one "
        "list start in the same column",
    ),
    ("expected <block end>", "check the indentation of this line and the one before"),
    (
        "cannot start any token",
        "indent with spaces, not tabs; a value that starts with @ or ` must be quoted",
    ),
    ("end of stream", "a quoted value, or a { or [, is not closed"),
    ("expected ',' or", "a { or [ is not closed, or a value in it holds a comma: quote it"),
    ("could not find expected ':'", "a key needs ': ' after it, or a quote is not closed"),
)


def _syntax_reason(exc: yaml.MarkedYAMLError) -> str:
    """The parser's own words, a hint at the usual cause, and where the broken part began
    when the parser noticed the mistake only on a later line."""
    said = exc.problem or exc.context or "unknown"
    reason = f"the YAML cannot be read: {said}"
    hint = next((hint for words, hint in _SYNTAX_HINTS if words in said), None)
    if hint:
        reason += f"; {hint}"
    start, at = exc.context_mark, exc.problem_mark
    # A quote, a { or [, or a key marks where the broken part began; a block does not
    # (it may be the whole document).
    pinned = any(word in (exc.context or "") for word in ("quoted", "flow", "simple key"))
    if pinned and start is not None and at is not None and start.line < at.line:
        reason += f" (the part this belongs to starts on line {start.line + 1})"
    return reason


def read_json(text: str, file: str | None = None) -> Parsed:
    """Read JSON design text into plain data; duplicate keys and syntax errors are problems.

    JSON has no positions for its parts in the standard parser; when a design needs them
    (it has problems), :func:`locate_json` reads them through the YAML reader.
    """
    if (too_large := _too_large(text, file)) is not None:
        return Parsed(None, {}, [too_large])
    text = text.removeprefix(_BOM)
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        mapping = dict(items)
        if len(mapping) != len(items):
            seen: set[str] = set()
            duplicates.extend(k for k, _ in items if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        return mapping

    unreadable: list[bool] = []

    def whole(text: str) -> int | _Unreadable:
        try:
            return int(text)
        except ValueError:  # more digits than Python converts
            unreadable.append(True)
            return _TOO_LONG

    def real(text: str) -> float | _Unreadable:
        number = float(text)
        if math.isfinite(number):
            return number
        unreadable.append(True)
        return _NOT_FINITE

    def constant(_: str) -> _Unreadable:  # NaN, Infinity, -Infinity
        unreadable.append(True)
        return _NOT_FINITE

    try:
        try:
            data = json.loads(
                text, object_pairs_hook=pairs, parse_float=real, parse_constant=constant
            )
        except json.JSONDecodeError:
            raise
        except ValueError:  # an integer with more digits than Python converts
            duplicates.clear()
            data = json.loads(
                text,
                object_pairs_hook=pairs,
                parse_int=whole,  # only now: a hook per integer slows every design
                parse_float=real,
                parse_constant=constant,
            )
    except json.JSONDecodeError as exc:
        reason = f"the JSON cannot be read: {exc.msg}"
        problem = Problem("json-syntax", reason, "$", exc.lineno, exc.colno, file)
        return Parsed(None, {}, [problem])
    except RecursionError:
        return Parsed(None, {}, [Problem("too-deep", "the design nests too deeply", file=file)])
    found: list[tuple[WirePath, _Unreadable]] = []
    if isinstance(data, dict | list):
        scalars = bool(unreadable) or _MAYBE_SURROGATE.search(text) is not None
        data = _vet(data, (), 0, found, scalars)
    elif (bad := _bad_scalar(data)) is not None:
        found.append(((), bad))
        data = None
    problems = [Problem(u.code, u.reason, format_path(shown_path(p)), file=file) for p, u in found]
    problems += [
        Problem("duplicate-key", "a key appears more than once in one object; keep one", file=file)
        for _ in duplicates
    ]
    if problems:  # find where they are
        located = locate_json(text, file)
        if located.data is not None:
            problems = [p for p in located.problems if p.code == "duplicate-key"]
            problems += _locate_vetted(found, located.positions, file)
    return Parsed(data, {}, problems, {path for path, _ in found})


_TOO_DEEP = _Unreadable("too-deep", f"the design nests deeper than {MAX_DEPTH} levels")


def _vet(
    value: dict[str, Any] | list[Any],
    path: WirePath,
    depth: int,
    found: list[tuple[WirePath, _Unreadable]],
    scalars: bool,
) -> Any:
    """What JSON's parser lets through but YAML's reader refuses, refused the same way:
    nesting beyond the bound and, when ``scalars`` (the text may hold them), numbers
    that do not round-trip and lone surrogates. In place, so a valid design is walked,
    not copied; only its mappings and lists are visited unless ``scalars``."""
    if depth >= MAX_DEPTH:
        found.append((path, _TOO_DEEP))
        return None
    items = enumerate(value) if isinstance(value, list) else list(value.items())
    for key, item in items:
        if isinstance(item, dict | list):
            if _vet(item, (*path, key), depth + 1, found, scalars) is None:
                value[key] = None  # type: ignore[index]
        elif scalars and (bad := _bad_scalar(item)) is not None:
            found.append(((*path, key), bad))
            value[key] = None  # type: ignore[index]
    if scalars and isinstance(value, dict):
        for key in [k for k in value if _SURROGATE.search(k)]:
            found.append(((*path, key), _NO_TEXT))
            del value[key]
    return value


def _bad_scalar(value: Any) -> _Unreadable | None:
    if isinstance(value, _Unreadable):
        return value
    if isinstance(value, str):
        return _NO_TEXT if _SURROGATE.search(value) else None
    if isinstance(value, float) and not math.isfinite(value):
        return _NOT_FINITE
    return None


def _locate_vetted(
    found: list[tuple[WirePath, _Unreadable]],
    positions: dict[WirePath, tuple[int, int]],
    file: str | None,
) -> Iterator[Problem]:
    """The problems :func:`_vet` found, at their lines."""
    for path, unreadable in found:
        where = path
        while where not in positions and where:
            where = where[:-1]
        line, column = positions.get(where, (None, None))
        yield Problem(
            unreadable.code,
            unreadable.reason,
            format_path(shown_path(path)),
            line,
            column,
            file,
        )


def locate_json(text: str, file: str | None) -> Parsed:
    """Positions of the parts of a JSON text, read through the YAML reader.

    JSON is (nearly) YAML's flow style, so the same event reader finds where each key
    stood. Text it cannot read gives no positions; the problems then carry paths only.
    """
    parsed = read_yaml(text.replace("\t", " "), file)
    if any(p.code == "yaml-syntax" for p in parsed.problems):
        return Parsed(None, {}, [])
    return parsed
