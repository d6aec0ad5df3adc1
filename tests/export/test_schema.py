"""The JSON Schema: valid draft-07, generated from the model, and in step with the loader."""

from __future__ import annotations

import copy
import json
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings

import plein
from plein import DesignError, Trajectory
from plein.export import design_schema, schema_text, shipped_schema
from plein.export._schema import SCHEMA_ID, _VALIDATORS, _validators
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
