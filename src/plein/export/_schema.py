"""A JSON Schema (draft-07) of the design format, generated from the model.

The schema is made by walking the attrs classes reachable from
:class:`~plein.Trajectory` and applying the wire decisions of plein's converter
(:func:`plein.io._convert.configure_converter`):

* property names are camelCase; every object has ``additionalProperties: false``
  except ``extensions``, which holds any JSON value under keys without ``__`` or a comma
  (at any depth), so that the Objects API can filter on them: the one rule the schema
  asks beyond plein;
* a field without a default is required; ``schemaVersion`` is required too, as the
  loader asks for it, and its major is this format's or an older one (plein refuses a
  newer major);
* text, whole numbers and booleans are their JSON types; a field that may be None is
  left out when unknown: the schema offers no ``null`` (plein reads a ``null`` as absent);
* dates are ``YYYY-MM-DD`` strings (``format: date``); times of day ``HH:MM`` (or
  ``24:00``), without seconds; lengths of time ISO 8601 durations in weeks, days, hours
  and minutes;
* a due moment is a date string or a mapping with exactly one of ``on``, ``before``,
  ``at`` or ``within`` (and an optional ``every``);
* enums are their values, each explained in ``enumDescriptions`` (which the YAML
  language server shows while completing); tuples are arrays; mappings are objects;
* a block's ``format`` is one of the catalogue's work-format ids or any other id (a
  design's own format);
* ids follow the model's id pattern (and have no ``__``); the model's other validators
  become bounds where a schema can say them (lengths and counts of at least 0, scores
  from 1 to 5, text that is not blank).

Every key and every enum value has a description (the words are in
:mod:`plein.export._schema_words`). Each class and enum is a definition under
``definitions``, referred to by ``$ref``; the trajectory itself is the root. The schema
is self-contained; its ``$id`` (:data:`SCHEMA_ID`) is an ``https`` address.

What a schema cannot say is left to plein: that references name something, that ids are
unique, that a window does not end when it starts, that a time zone exists, and that a number
written as ``45.0`` is not the whole number 45.

A copy of the schema ships with plein (``plein/schema/design.schema.json``), for editors
and for hosts that validate designs without plein; :func:`shipped_schema` reads it. A
test keeps it equal to :func:`design_schema`; regenerate it with::

    plein schema --generate -o src/plein/schema/design.schema.json

:func:`openapi_document` rewrites the schema as OpenAPI 3.0 components;
:func:`with_modeline` points a YAML design at a schema for the YAML language server.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from importlib import resources
from typing import Any, get_args, get_origin

import attrs
import pendulum

from plein.export._schema_words import FIELDS, KEYS, VALUES
from plein.model import SCHEMA_VERSION, Count, Due, EdtfDate, Trajectory, camel
from plein.model._count import check_bounds as count_bounds
from plein.model._entities import _check_score
from plein.model._values import ID_PATTERN, check_id, check_minutes, check_reference, check_timezone
from plein.workformats import BUILTIN_FORMATS
from plein.workformats._format import Range, _non_negative, _not_blank, _optional_non_negative

__all__ = [
    "MODELINE",
    "SCHEMA_FILE",
    "SCHEMA_ID",
    "design_schema",
    "openapi_document",
    "schema_text",
    "shipped_schema",
    "with_modeline",
]

#: The ``$schema`` of the generated schema: JSON Schema draft-07.
DRAFT_07 = "http://json-schema.org/draft-07/schema#"
#: The ``$id`` of the schema of this version of the design format: the stable address it
#: is published at. An ``https`` URL, because validators that resolve ``$ref`` against the
#: ``$id`` with :func:`urllib.parse.urljoin` (jsonschema before 4.18) cannot join onto a
#: ``urn:``. The schema is self-contained: nothing is ever fetched from it.
SCHEMA_ID = f"https://plein.readthedocs.io/en/stable/schema/design-{SCHEMA_VERSION}.json"
#: The name of the copy of the schema that ``plein init`` and ``plein schema --install``
#: write beside a user's designs.
SCHEMA_FILE = "plein.schema.json"
#: The modeline by which the YAML language server finds that copy, wherever the folder is.
MODELINE = f"# yaml-language-server: $schema=./{SCHEMA_FILE}"
#: Where the shipped copy lives inside the ``plein`` package.
SHIPPED = "schema/design.schema.json"

_DIGITS = "[0-9]"
#: The model's id pattern, with its rule against ``__`` as a look-ahead.
_ID_SCHEMA_PATTERN = "^(?!.*__)" + ID_PATTERN.pattern.removeprefix("^")
DATE_PATTERN = f"^{_DIGITS}{{4}}-{_DIGITS}{{2}}-{_DIGITS}{{2}}$"
TIME_PATTERN = "^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
#: The converter's durations: years, months, weeks, days, hours and minutes; not ``P``,
#: ``PT`` or ``P1DT``.
DURATION_PATTERN = (
    "^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?"
    "(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?)?$"
)
_EDTF_PART = (
    "[0-9]{4}(?:-(?:0[1-9]|1[0-2]|2[1-9]|3[0-9]|4[01]|XX)"
    "(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?)?[~?%]?"
)
#: The EDTF forms plein reads other than a plain day (a month, a year, a season; qualified;
#: a period; a set); a plain day is a "date" (the format checks that it exists).
EDTF_PATTERN = (
    f"^(?!{_DIGITS}{{4}}-{_DIGITS}{{2}}-{_DIGITS}{{2}}$)"
    f"(?:{_EDTF_PART}(?:/(?:{_EDTF_PART}|\\.\\.))?|\\.\\./{_EDTF_PART}"
    f"|\\[{_EDTF_PART}(?:,{_EDTF_PART})*\\])$"
)
#: A count: digits with an "about", a bound, or a range.
COUNT_PATTERN = "^(?:~[0-9]+|(?:>=|>|<=|<)[0-9]+|[0-9]+-[0-9]+)$"
#: A duration with a digit other than 0 somewhere: a length longer than nothing.
POSITIVE_DURATION_PATTERN = DURATION_PATTERN.replace("^P(?!$)", "^P(?=.*[1-9])")
_MAJOR = int(SCHEMA_VERSION.split(".")[0])
#: "MAJOR.MINOR" with a major plein reads: this one or an older one (a newer major is
#: refused; a newer minor is read with a warning).
VERSION_PATTERN = f"^0*(?:{'|'.join(str(major) for major in range(_MAJOR + 1))})\\.{_DIGITS}+$"
#: An extension key the Objects API can filter on: no ``__`` (its path separator) and no
#: comma (its separator of filters).
EXTENSION_KEY_PATTERN = "^(?!.*__)[^,]*$"

#: The keys of a due moment of which one is given (``within`` may join ``after``).
_DUE_ONE_OF = ("on", "before", "at", "after", "within")

Schema = dict[str, Any]


def _id_schema() -> Schema:
    return {
        "type": "string",
        "pattern": _ID_SCHEMA_PATTERN,
        "description": "An id: letters, digits, '.', '-' or '_', starting and ending with a "
        "letter or digit, without '__'.",
    }


#: Scalar definitions shared by many properties.
_SCALARS: Mapping[str, Callable[[], Schema]] = {
    "Id": _id_schema,
    "Date": lambda: {
        "type": "string",
        "format": "date",
        "pattern": DATE_PATTERN,
        "description": "A date written as YYYY-MM-DD.",
    },
    "EdtfDate": lambda: {
        "anyOf": [
            {"type": "string", "format": "date", "pattern": DATE_PATTERN},
            {"type": "string", "pattern": EDTF_PATTERN},
            {"type": "integer", "minimum": 1000, "maximum": 9999},
        ],
        "description": "A date in EDTF (ISO 8601-2): 2021-06-19, 2021-06, 2021, 2021-24 "
        "(winter), 2021-35 (third quarter), 2021-06~ (about), 2021-06-19? (inferred), "
        "2011-10-06/2011-11-16 (a period), [2011-11-16,2011-11-17] (one of these).",
        "examples": ["2026-03-14", "2021-05", "2021-06~", "2011-10-06/2011-11-16"],
    },
    "Count": lambda: {
        "anyOf": [
            {"type": "integer", "minimum": 0},
            {"type": "string", "pattern": COUNT_PATTERN},
        ],
        "description": "A number of people: 35, or ~130 (about), >60 (more than), >=250 "
        "(at least), <20 (fewer than), 25-30 (a range).",
    },
    "Time": lambda: {
        "type": "string",
        "pattern": TIME_PATTERN,
        "description": "A time of day written as HH:MM (19:30), in whole minutes; 24:00 is "
        "the midnight that ends a day.",
        # What the YAML language server says instead of the pattern (other validators
        # ignore the keyword).
        "patternErrorMessage": "expected a time of day written as HH:MM, for example 19:30",
        "examples": ["19:30"],
    },
    "Duration": lambda: {
        "type": "string",
        "pattern": DURATION_PATTERN,
        "description": "An ISO 8601 length in years, months, weeks, days, hours and minutes: "
        "P3M, P6W, P10D, PT90M.",
    },
    "PositiveDuration": lambda: {
        "type": "string",
        "pattern": POSITIVE_DURATION_PATTERN,
        "description": "An ISO 8601 length longer than nothing, in years, months, weeks, "
        "days, hours and minutes: P3M, P6W, P10D, PT90M.",
    },
    "Extensions": lambda: {
        "type": "object",
        "propertyNames": {"pattern": EXTENSION_KEY_PATTERN},
        "additionalProperties": {"$ref": "#/definitions/ExtensionValue"},
        "description": KEYS["extensions"],
    },
    "ExtensionValue": lambda: {
        "anyOf": [
            {"not": {"type": ["object", "array"]}},
            {"type": "array", "items": {"$ref": "#/definitions/ExtensionValue"}},
            {"$ref": "#/definitions/Extensions"},
        ],
        "description": "Any JSON value; the keys of mappings within it have no '__' and no comma.",
    },
    "FormatId": lambda: {
        "anyOf": [
            {
                "type": "string",
                "enum": [work_format.id for work_format in BUILTIN_FORMATS],
                "enumDescriptions": [_format_words(f) for f in BUILTIN_FORMATS],
            },
            _id_schema(),
        ],
        "description": "A work format: the id of one in plein's catalogue, or of one of the "
        "design's own formats (formats).",
    },
}


def _format_words(work_format: Any) -> str:
    """A catalogue format's names and the first sentence of its description."""
    first = work_format.description.split(". ")[0].rstrip(".")
    return f"{work_format.name_en} ({work_format.name_nl}): {first}."


#: What each validator of the model adds to the schema of the value it guards (a test
#: checks that every validator of the model is here).
_VALIDATORS: Mapping[Any, Schema] = {
    check_id: {"$ref": "#/definitions/Id"},
    check_reference: {"$ref": "#/definitions/Id"},
    check_minutes: {"minimum": 0},
    _non_negative: {"minimum": 0},
    _optional_non_negative: {"minimum": 0},
    _check_score: {"minimum": 1, "maximum": 5},
    _not_blank: {"minLength": 1, "pattern": "\\S"},
    check_timezone: {"minLength": 1, "examples": ["Europe/Amsterdam"]},
    # The top of a range is at least 0; that it is not below the bottom, a schema cannot say.
    Range._check_high: {"minimum": 0},
    # A count is written as text or a number (the definition Count), never as its fields.
    count_bounds: {"minimum": 0},
}


def _first_paragraph(doc: str | None) -> str | None:
    if not doc:
        return None
    paragraph = doc.strip().split("\n\n", 1)[0]
    return " ".join(paragraph.split())


def _validators(field: attrs.Attribute[Any]) -> tuple[Any, ...]:
    """The field's validators, with ``and_`` combinations taken apart."""
    validator = field.validator
    if validator is None:
        return ()
    parts = getattr(validator, "_validators", None)
    return tuple(parts) if parts is not None else (validator,)


def _with(schema: Schema, extra: Mapping[str, Any]) -> Schema:
    """``schema`` with more keywords; a ``$ref`` is wrapped, since draft-07 ignores its siblings."""
    if not extra:
        return schema
    if "$ref" in schema:
        return {"allOf": [schema], **extra}
    return {**schema, **extra}


def _wire_default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_wire_default(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): _wire_default(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return None  # pragma: no cover - a default the wire cannot show


class _Builder:
    """Walks the model and collects a definition for every class and enum it meets."""

    def __init__(self) -> None:
        self.definitions: dict[str, Schema] = {}
        self._owners: dict[str, object] = {}

    def ref(self, name: str, owner: object, make: Callable[[], Schema]) -> Schema:
        known = self._owners.get(name)
        if known is None:
            self._owners[name] = owner
            self.definitions[name] = {}  # reserve the name before recursing
            self.definitions[name] = make()
        elif known is not owner:  # pragma: no cover - two model types with one name
            raise TypeError(f"two types of the model are both called {name!r}")
        return {"$ref": f"#/definitions/{name}"}

    def scalar(self, name: str) -> Schema:
        return self.ref(name, name, _SCALARS[name])

    # -- classes ---------------------------------------------------------------------

    def object_schema(self, cls: type) -> Schema:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Schema] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if cls is Trajectory and field.name == "source":  # where it was read from
                continue
            name = camel(field.name)
            prop = self.field_schema(cls, field, hints[field.name])
            words = FIELDS.get((cls.__name__, name), KEYS.get(name))
            if words is not None and "description" not in prop:
                prop = _with(prop, {"description": words})
            default = field.default
            if default is attrs.NOTHING or (cls is Trajectory and field.name == "schema_version"):
                required.append(name)
            elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                if not default.takes_self:
                    prop = _with(prop, {"default": _wire_default(default.factory())})
            elif default is not None:  # an unknown value is left out, not written as null
                prop = _with(prop, {"default": _wire_default(default)})
            properties[name] = prop
        schema: Schema = {
            "type": "object",
            "title": cls.__name__,
            "properties": properties,
            "additionalProperties": False,
        }
        description = _first_paragraph(cls.__doc__)
        if description:
            schema["description"] = description
        if required:
            schema["required"] = required
        return schema

    def class_ref(self, cls: type) -> Schema:
        if cls is Due:
            return self.ref("Due", cls, self.due_schema)
        return self.ref(cls.__name__, cls, lambda: self.object_schema(cls))

    def due_schema(self) -> Schema:
        mapping = self.object_schema(Due)

        def given(key: str) -> Schema:
            return {"required": [key]}

        anchors = [given(key) for key in _DUE_ONE_OF if key != "within"]
        # One anchor, or within alone; within may join after but no other anchor.
        mapping["oneOf"] = [*anchors, {**given("within"), "not": {"anyOf": anchors}}]
        mapping["not"] = {
            "allOf": [given("within"), {"anyOf": [given(k) for k in ("on", "before", "at")]}]
        }
        return {
            "title": "Due",
            "description": f"{_first_paragraph(Due.__doc__) or 'A due moment.'} Written as an "
            "EDTF date, or as a mapping with one of on, before, at, after or within (within "
            "may count from after), and optionally every.",
            "oneOf": [self.scalar("EdtfDate"), mapping],
        }

    # -- fields and types ----------------------------------------------------------------

    def field_schema(self, cls: type, field: attrs.Attribute[Any], hint: Any) -> Schema:
        if cls is Trajectory and field.name == "schema_version":
            return {
                "type": "string",
                "pattern": VERSION_PATTERN,
                "description": 'The version of the design format, "MAJOR.MINOR".',
                "examples": [SCHEMA_VERSION],
            }
        if cls is Due and field.name in ("within", "every"):  # the model wants them > 0
            return self.scalar("PositiveDuration")
        if field.name == "extensions":
            self.scalar("ExtensionValue")
            return self.scalar("Extensions")
        if field.name == "format" and cls.__name__ in ("Block", "Track", "TrackBlock"):
            return self.scalar("FormatId")
        refine: dict[str, Any] = {}
        for validator in _validators(field):
            # A validator the table does not know leaves the schema looser, never wrong;
            # a test keeps the table complete.
            refine.update(_VALIDATORS.get(validator, {}))
        return self.type_schema(hint, refine)

    def type_schema(self, hint: Any, refine: Mapping[str, Any]) -> Schema:
        origin, args = get_origin(hint), get_args(hint)
        if origin in (typing.Union, types.UnionType):
            # An optional value is left out when unknown: editors offer no null for it.
            options = [arg for arg in args if arg is not type(None)]
            inner = [self.type_schema(arg, refine) for arg in options]
            return inner[0] if len(inner) == 1 else {"anyOf": inner}
        if origin is typing.Literal:
            return {"enum": [_wire_default(arg) for arg in args]}
        if origin is tuple and args and args[-1] is not Ellipsis:  # a fixed-length tuple
            fixed = [self.type_schema(arg, refine) for arg in args]
            return {"type": "array", "items": fixed, "minItems": len(args), "maxItems": len(args)}
        if origin in (tuple, list, frozenset, set):
            items: Schema = {"type": "array", "items": self.type_schema(args[0], refine)}
            return {**items, "uniqueItems": True} if origin in (frozenset, set) else items
        if origin in (Mapping, dict):
            return {"type": "object"}
        if "$ref" in refine:  # an id or a reference
            return self.scalar("Id")
        if hint is Any:
            return {}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer", **refine}
        if hint is float:
            return {"type": "number", **refine}
        if hint is str:
            return {"type": "string", **refine}
        if hint is pendulum.Date:
            return self.scalar("Date")
        if hint is EdtfDate:
            return self.scalar("EdtfDate")
        if hint is Count:
            return self.scalar("Count")
        if hint is pendulum.Time:
            return self.scalar("Time")
        if hint is pendulum.Duration:
            return self.scalar("Duration")
        if isinstance(hint, type) and issubclass(hint, Enum):
            return self.enum_ref(hint)
        if isinstance(hint, type) and attrs.has(hint):
            return self.class_ref(hint)
        raise TypeError(f"no schema for the type {hint!r}")  # pragma: no cover

    def enum_ref(self, enum: type[Enum]) -> Schema:
        def make() -> Schema:
            words = VALUES.get(enum.__name__, {})
            schema: Schema = {
                "type": "string",
                "title": enum.__name__,
                "enum": [member.value for member in enum],
                # What the YAML language server shows beside each value as you type.
                "enumDescriptions": [words.get(member.value, "") for member in enum],
            }
            description = _first_paragraph(enum.__doc__)
            if description:
                schema["description"] = description
            return schema

        return self.ref(enum.__name__, enum, make)


def design_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07) of the design format, generated from the model.

    >>> schema = design_schema()
    >>> schema["$schema"], schema["required"][:3]
    ('http://json-schema.org/draft-07/schema#', ['id', 'title', 'issue'])
    >>> schema["definitions"]["Dagdeel"]["enum"]
    ['morning', 'afternoon', 'evening']
    """
    builder = _Builder()
    root = builder.object_schema(Trajectory)
    root["title"] = "plein design"
    root["description"] = (
        "A Plein trajectory design (plein's design format, schemaVersion "
        f"{SCHEMA_VERSION}): the issue, the parties, the sessions and the other steps."
    )
    return {
        "$schema": DRAFT_07,
        "$id": SCHEMA_ID,
        **root,
        "definitions": dict(sorted(builder.definitions.items())),
    }


def schema_text(schema: Mapping[str, Any] | None = None) -> str:
    """A schema as the text plein ships: two-space indents, sorted keys, a final newline.

    ``schema`` defaults to :func:`design_schema`.
    """
    data = design_schema() if schema is None else schema
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def shipped_schema() -> str:
    """The text of the schema shipped with plein (``plein/schema/design.schema.json``)."""
    return resources.files("plein").joinpath(SHIPPED).read_text(encoding="utf-8")


#: The version of OpenAPI the components export is written for.
OPENAPI_VERSION = "3.0.3"
#: The name of the design itself among the OpenAPI components.
OPENAPI_ROOT = "Design"
#: The JSON Schema keywords an OpenAPI 3.0 Schema Object lacks, and what is done with each:
#: kept as an ``x-`` extension (words for people) or dropped (a rule 3.0 cannot state).
_OPENAPI_EXTENSIONS = ("enumDescriptions", "patternErrorMessage", "propertyNames")


def _openapi_schema(node: Any) -> Any:
    """A JSON Schema (draft-07) node as an OpenAPI 3.0 Schema Object."""
    if isinstance(node, list):
        return [_openapi_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: Schema = {}
    for key, value in node.items():
        if key in ("$schema", "$id", "definitions"):
            continue
        if key == "$ref":
            out[key] = value.replace("#/definitions/", "#/components/schemas/")
        elif key in _OPENAPI_EXTENSIONS:
            out[f"x-{key}"] = value
        elif key == "examples":  # 3.0 has one example
            out["example"] = value[0]
        elif key == "const":
            out["enum"] = [value]
        elif key == "items" and isinstance(value, list):  # a tuple: 3.0 has no prefix items
            out[key] = {"anyOf": _openapi_schema(value)} if len(value) > 1 else value[0]
        elif key == "type" and isinstance(value, list):
            kinds = [kind for kind in value if kind != "null"]
            if "null" in value:
                out["nullable"] = True
            if len(kinds) == 1:
                out["type"] = kinds[0]
            else:
                out.setdefault("anyOf", []).extend({"type": kind} for kind in kinds)
        elif key in ("properties", "patternProperties"):
            out[key] = {name: _openapi_schema(sub) for name, sub in value.items()}
        elif key in ("default", "enum", "required"):
            out[key] = value  # values, not schemas
        else:
            out[key] = _openapi_schema(value)
    if "$ref" in out and len(out) > 1:  # 3.0 ignores a $ref's siblings
        out = {"allOf": [{"$ref": out.pop("$ref")}], **out}
    return out


def openapi_document(schema: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """An OpenAPI 3.0 document whose ``components.schemas`` hold the design format.

    ``schema`` (a draft-07 design schema) defaults to :func:`design_schema`. The design
    itself is the component ``Design``; each definition is a component of its own name,
    and references point at ``#/components/schemas/``. What OpenAPI 3.0 Schema Objects
    cannot say is rewritten: ``$schema`` and ``$id`` are dropped, ``examples`` becomes one
    ``example``, ``const`` a one-value ``enum``, a list of types ``nullable`` and
    ``anyOf``; ``enumDescriptions``, ``patternErrorMessage`` and ``propertyNames`` (the
    extension keys' rule) are kept as ``x-`` extensions for people, as 3.0 has no such
    keywords. ``paths`` is empty: a
    host adds its own and refers to ``#/components/schemas/Design``.

    >>> document = openapi_document()
    >>> document["openapi"], sorted(document["components"]["schemas"])[:3]
    ('3.0.3', ['Action', 'ActionStatus', 'Agreement'])
    """
    source = design_schema() if schema is None else schema
    root = {k: v for k, v in source.items() if k not in ("definitions", "$schema", "$id")}
    schemas = {OPENAPI_ROOT: _openapi_schema(root)}
    for name, definition in source.get("definitions", {}).items():
        schemas[name] = _openapi_schema(definition)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "plein design format",
            "version": SCHEMA_VERSION,
            "description": "The schemas of plein's design format, for hosts that accept "
            "designs over an API.",
        },
        "paths": {},
        "components": {"schemas": dict(sorted(schemas.items()))},
    }


def with_modeline(text: str, schema: str = f"./{SCHEMA_FILE}") -> str:
    """A YAML design's ``text`` with a modeline pointing the YAML language server at ``schema``.

    An existing ``# yaml-language-server: $schema=...`` line is replaced; otherwise the
    modeline becomes the first line. ``schema`` is a path relative to the design's file,
    or a URL.

    >>> print(with_modeline("# yaml-language-server: $schema=../x.json\\nid: d\\n"), end="")
    # yaml-language-server: $schema=./plein.schema.json
    id: d
    """
    line = f"# yaml-language-server: $schema={schema}"
    lines = text.splitlines(keepends=True)
    for index, old in enumerate(lines):
        if old.lstrip().startswith("# yaml-language-server:"):
            ending = old[len(old.rstrip("\r\n")) :]
            lines[index] = line + (ending or "\n")
            return "".join(lines)
    return f"{line}\n{text}"
