"""The JSON Schema: valid draft-07, generated from the model, and in step with the loader."""

from __future__ import annotations

import copy
import json
import typing
import warnings
from collections.abc import Iterator
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings

import plein
from plein import DesignError, Trajectory
from plein.export import design_schema, schema_text, shipped_schema
from plein.export._schema import _VALIDATORS, SCHEMA_ID, _validators
from plein.io._reader import read_yaml
from tests.strategies import trajectories

REGENERATE = "plein schema --generate -o src/plein/schema/design.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(
        design_schema(), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


def errors(validator: jsonschema.Draft7Validator, data: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(data)]


def test_schema_is_valid_draft_07() -> None:
    """The generated schema is a valid draft-07 schema, with $schema, $id and a title."""
    schema = design_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert schema["$id"] == SCHEMA_ID
    assert schema["$id"].startswith("https://")
    assert schema["title"]
    assert "schemaVersion" in schema["required"]


def test_shipped_copy_is_in_step_with_the_model() -> None:
    """The committed schema equals the one generated from the model."""
    assert shipped_schema() == schema_text(), (
        "src/plein/schema/design.schema.json differs from the schema the model gives; "
        f"regenerate it with: {REGENERATE}"
    )


def test_schema_is_self_contained() -> None:
    """Every $ref points into the schema's own definitions, and every definition is used."""
    schema = design_schema()
    refs = set(_refs(schema))
    assert all(ref.startswith("#/definitions/") for ref in refs)
    assert {ref.removeprefix("#/definitions/") for ref in refs} == set(schema["definitions"])


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_objects_refuse_unknown_keys_except_extensions() -> None:
    """Every object says additionalProperties: false; extensions are free mappings."""
    schema = design_schema()
    objects = [schema, *_objects(schema["definitions"])]
    assert len(objects) > 20
    for obj in objects:
        assert obj["additionalProperties"] is False, obj.get("title")
        extensions = obj["properties"].get("extensions")
        if extensions is not None:
            assert extensions["allOf"] == [{"$ref": "#/definitions/Extensions"}]
    assert schema["definitions"]["Extensions"]["type"] == "object"


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def _reachable(cls: type, seen: set[type]) -> Iterator[type]:
    """``cls`` and every attrs class its fields can hold, each once."""
    if cls in seen:
        return
    seen.add(cls)
    yield cls
    for hint in typing.get_type_hints(cls).values():
        for inner in _types(hint):
            if isinstance(inner, type) and attrs.has(inner):
                yield from _reachable(inner, seen)


def _types(hint: Any) -> Iterator[Any]:
    yield hint
    for arg in typing.get_args(hint):
        yield from _types(arg)


def test_every_validator_of_the_model_is_translated() -> None:
    """A validator added to the model must be given its place in the schema."""
    known = set(_VALIDATORS)
    classes = list(_reachable(Trajectory, set()))
    assert {"Session", "Due", "OwnFormat", "Range"} <= {cls.__name__ for cls in classes}
    for cls in classes:
        for field in attrs.fields(cls):
            for item in _validators(field):
                assert item in known, f"{cls.__name__}.{field.name}: {item!r}"


@pytest.mark.parametrize("name", plein.examples.names())
def test_every_example_validates(validator: jsonschema.Draft7Validator, name: str) -> None:
    """Each bundled example, read as plein reads it (dates as text), meets the schema."""
    data = read_yaml(plein.examples.text(name)).data
    assert errors(validator, data) == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(design=trajectories())
def test_every_generated_design_validates(
    validator: jsonschema.Draft7Validator, design: Trajectory
) -> None:
    """Whatever plein writes, the schema accepts (with extension keys the Objects API can
    filter on, which is all the schema asks more than plein)."""
    data = json.loads(plein.dumps(design, format="json"))
    assume(all(_filterable(key) for key in _extension_keys(data)))
    assert errors(validator, data) == []


def _filterable(key: str) -> bool:
    return "__" not in key and "," not in key


def _extension_keys(node: Any, inside: bool = False) -> Iterator[str]:
    """Every key within an ``extensions`` mapping, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            if inside:
                yield key
            yield from _extension_keys(value, inside or key == "extensions")
    elif isinstance(node, list):
        for value in node:
            yield from _extension_keys(value, inside)


LOCAL_FORMAT = {
    "id": "kitchen-table",
    "nameNl": "Keukentafelgesprek",
    "nameEn": "Kitchen-table talk",
    "purposes": ["explore"],
    "arc": "diverge",
    "minutes": {"low": 30, "high": 60},
    "typicalMinutes": 45,
    "groupSize": {"low": 4},
    "exposure": "speaking-in-small-groups",
    "tableSize": {"low": 4, "high": 6},
    "rolesNeeded": [{"role": "table-host", "per": "table"}],
}


def test_a_design_with_its_own_work_format_validates(
    validator: jsonschema.Draft7Validator,
) -> None:
    """A design's own work formats are described too; plein and the schema both accept one."""
    data = read_yaml(plein.examples.text("shopping-centre")).data
    data["formats"] = [LOCAL_FORMAT]
    plein.loads(json.dumps(data), format="json")
    assert errors(validator, data) == []


def _shopping_centre() -> dict[str, Any]:
    return copy.deepcopy(read_yaml(plein.examples.text("shopping-centre")).data)


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


def _drop(data: dict[str, Any], path: tuple[Any, ...]) -> dict[str, Any]:
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return data


ACTION = ("sessions", 0, "agreements", 0, "actions", 0)

REFUSED = {
    "unknown key": lambda d: _set(d, ("sessions", 0, "venu"), "Buurthuis"),
    "unknown top-level key": lambda d: _set(d, ("owner",), "x"),
    "bad enum": lambda d: _set(d, ("parties", 0, "category"), "residents"),
    "missing required key": lambda d: _drop(d, ("issue", "question")),
    "missing schemaVersion": lambda d: _drop(d, ("schemaVersion",)),
    "schemaVersion not MAJOR.MINOR": lambda d: _set(d, ("schemaVersion",), "1"),
    "number as text": lambda d: _set(d, ("parties", 0, "headcount"), "18"),
    "negative minutes": lambda d: _set(d, ("sessions", 0, "programme", 0, "minutes"), -5),
    "score out of range": lambda d: _set(
        d, ("sessions", 0, "programme", 4, "evaluation", "participants", "score"), 6
    ),
    "not a real date": lambda d: _set(d, ("sessions", 0, "plannedDate"), "2026-02-30"),
    "date in another form": lambda d: _set(d, ("sessions", 0, "plannedDate"), "12-02-2026"),
    "time of day out of range": lambda d: _set(
        d, ("sessions", 0, "programme", 0, "start"), "25:00"
    ),
    "duration in minutes and months mixed up": lambda d: _set(
        d, (*ACTION, "due"), {"within": "PT1M1Y"}
    ),
    "count in words": lambda d: _set(d, ("parties", 0, "headcount"), "about forty"),
    "date in words": lambda d: _set(d, ("sessions", 0, "plannedDate"), "after the summer"),
    "duration of nothing": lambda d: _set(d, (*ACTION, "due"), {"within": "P0D"}),
    "two due moments": lambda d: _set(d, (*ACTION, "due"), {"before": "plein-2", "at": "plein-2"}),
    "no due moment": lambda d: _set(d, (*ACTION, "due"), {"every": "P13W"}),
    "id with a double underscore": lambda d: _set(d, ("parties", 2, "id"), "v__e"),
    "id with a space": lambda d: _set(d, ("steps", 0, "id"), "a study"),
    "boolean as text": lambda d: _set(d, ("sessions", 0, "agreements", 0, "final"), "yes"),
    "list where a mapping belongs": lambda d: _set(d, ("issue",), []),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_what_plein_refuses_the_schema_refuses(
    validator: jsonschema.Draft7Validator, case: str
) -> None:
    """A design plein will not load is not valid under the schema either."""
    data = REFUSED[case](_shopping_centre())
    with pytest.raises(DesignError):
        plein.loads(json.dumps(data), format="json")
    assert errors(validator, data), case


NULLS = {
    "venue": ("sessions", 0, "venue"),
    "window": ("sessions", 0, "window"),
    "due anchor": (*ACTION, "due", "at"),
}


@pytest.mark.parametrize("case", sorted(NULLS))
def test_an_unknown_value_is_left_out_not_written_as_null(
    validator: jsonschema.Draft7Validator, case: str
) -> None:
    """plein reads an explicit null as absent; the schema, so that editors offer no null
    choice, asks for the key to be left out."""
    data = _shopping_centre()
    _set(data, (*ACTION, "due"), {"before": "plein-2"})
    plein.loads(json.dumps(data), format="json")
    _set(data, NULLS[case], None)
    plein.loads(json.dumps(data), format="json")
    assert errors(validator, data)


def test_schema_resolves_without_a_registry(validator: jsonschema.Draft7Validator) -> None:
    """References resolve with the plain Draft7Validator, on jsonschema 4.17 as on later
    versions: a design that follows many $refs is judged, no RefResolutionError."""
    data = _shopping_centre()
    assert errors(validator, data) == []
    data["sessions"][0]["programme"][0]["start"] = "7pm"
    assert errors(validator, data)


REFUSED_VERSIONS = {"3.0", "10.1", "2", "v2.0"}
ACCEPTED_VERSIONS = {"1.0", "1.7", "2.0", "2.9"}


@pytest.mark.parametrize("version", sorted(REFUSED_VERSIONS | ACCEPTED_VERSIONS))
def test_schema_version_accepted_as_plein_accepts_it(
    validator: jsonschema.Draft7Validator, version: str
) -> None:
    """The schema refuses a schemaVersion plein refuses (a newer major, not MAJOR.MINOR)
    and accepts one plein reads (an older major is upgraded, a newer minor warned about)."""
    data = _shopping_centre()
    data["schemaVersion"] = version
    version_errors = [
        e for e in validator.iter_errors(data) if list(e.absolute_path) == ["schemaVersion"]
    ]
    if version in REFUSED_VERSIONS:
        with pytest.raises(DesignError):
            plein.loads(json.dumps(data), format="json")
        assert version_errors
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", plein.DesignWarning)
            plein.loads(json.dumps(data), format="json")
        assert version_errors == []


@pytest.mark.parametrize("key", ["a__b", "a,b", "__", "x__"])
def test_extension_keys_the_objects_api_cannot_filter_on_are_refused(
    validator: jsonschema.Draft7Validator, key: str
) -> None:
    """An extension key with '__' or a comma, at any depth, is refused by the schema."""
    top = _shopping_centre()
    top["sessions"][0]["extensions"] = {key: 1}
    nested = _shopping_centre()
    nested["extensions"] = {"zaak": [{"meta": {key: "x"}}]}
    assert errors(validator, top)
    assert errors(validator, nested)


def test_extension_values_are_free(validator: jsonschema.Draft7Validator) -> None:
    """Extensions hold any JSON value under keys the Objects API can filter on."""
    data = _shopping_centre()
    data["extensions"] = {
        "zaak-id": "Z-1",
        "counts": [1, 2.5, None, True, {"a_b": {"c": []}}],
        "nothing": None,
    }
    assert errors(validator, data) == []


def _properties(schema: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(class, key, schema) of every key; the root is the class Trajectory."""
    for obj in [schema, *_objects(schema["definitions"])]:
        title = "Trajectory" if obj is schema else obj["title"]
        for name, prop in obj["properties"].items():
            yield title, name, prop


def _enums(node: Any, where: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "enum" in node:
            yield where, node
        for key, value in node.items():
            yield from _enums(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _enums(value, f"{where}/{index}")


def test_every_key_and_every_enum_value_has_a_description() -> None:
    """The YAML language server has words to show for every key and every enum value."""
    schema = design_schema()
    properties = list(_properties(schema))
    undocumented = [
        f"{title}.{name}" for title, name, prop in properties if not prop.get("description")
    ]
    enums = list(_enums(schema))
    values = sum(len(node["enum"]) for _, node in enums)
    unexplained = [
        f"{where}: {value}"
        for where, node in enums
        for value, words in zip(
            node["enum"], node.get("enumDescriptions", [""] * len(node["enum"])), strict=True
        )
        if not words
    ]
    assert len(properties) > 200
    assert values > 190
    assert undocumented == []
    assert unexplained == []


def test_descriptions_name_only_what_the_model_has() -> None:
    """Every description written for a class's key or an enum's value is of one the model
    has, so none is left behind when the model changes."""
    from plein.export._schema_words import FIELDS, KEYS, VALUES

    schema = design_schema()
    properties = {(title, name) for title, name, _ in _properties(schema)}
    assert set(FIELDS) <= properties
    assert set(KEYS) <= {name for _, name in properties}
    definitions = schema["definitions"]
    for enum, words in VALUES.items():
        assert list(words) == definitions[enum]["enum"], enum


def test_no_optional_value_offers_null() -> None:
    """No key offers null as a value: an unknown value is left out."""
    text = json.dumps(
        {k: v for k, v in design_schema()["definitions"].items() if k != "ExtensionValue"}
    )
    assert '"null"' not in text
    assert '"default": null' not in text


def test_block_format_offers_the_catalogue_and_keeps_own_formats(
    validator: jsonschema.Draft7Validator,
) -> None:
    """format: on a block completes the catalogue's ids, and an own format's id stays valid."""
    format_id = design_schema()["definitions"]["FormatId"]
    known = next(option for option in format_id["anyOf"] if "enum" in option)
    assert {"1-2-4-all", "dot-voting"} <= set(known["enum"])
    assert len(known["enumDescriptions"]) == len(known["enum"])
    data = _shopping_centre()
    block = data["sessions"][0]["programme"][0]
    for value in ("dot-voting", "kitchen-table"):
        block["format"] = value
        assert errors(validator, data) == []
    block["format"] = "kitchen table"
    assert errors(validator, data)


def test_a_bad_time_is_explained_as_hh_mm(validator: jsonschema.Draft7Validator) -> None:
    """A time that is not HH:MM is refused by the schema, whose description says HH:MM, and
    by plein, whose problem says HH:MM."""
    time = design_schema()["definitions"]["Time"]
    assert "HH:MM" in time["description"]
    assert "HH:MM" in time["patternErrorMessage"]
    data = _shopping_centre()
    data["sessions"][0]["programme"][0]["start"] = "7.30"
    assert errors(validator, data)
    with pytest.raises(DesignError) as raised:
        plein.loads(json.dumps(data), format="json")
    assert "HH:MM" in raised.value.problems[0].reason
