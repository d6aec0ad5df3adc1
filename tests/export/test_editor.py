"""Designs in an editor and in a host's API: `plein init`, `plein schema --install` and
`--openapi`, the modeline of `plein example`, and `plein --version`."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import tempfile
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jsonschema
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plein
from plein import cli, examples
from plein.export import SCHEMA_FILE, openapi_document, shipped_schema, with_modeline
from plein.io._reader import read_yaml

try:
    from openapi_spec_validator import validate as validate_openapi
except ImportError:  # openapi-spec-validator before 0.7 (beside jsonschema 4.17)
    from openapi_spec_validator import validate_spec as validate_openapi

Run = Callable[..., tuple[int, str, str]]
MODELINE = f"# yaml-language-server: $schema=./{SCHEMA_FILE}"


def _validator(folder: Path) -> jsonschema.Draft7Validator:
    schema = json.loads((folder / SCHEMA_FILE).read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


def test_init_writes_a_starter_design_beside_its_schema(run: Run, tmp_path: Path) -> None:
    """`plein init DIR` writes a design whose modeline finds the schema written beside it;
    plein loads the design, the schema accepts it, and the checks find nothing."""
    folder = tmp_path / "square"
    code, out, err = run("init", str(folder))
    assert (code, out) == (0, "")
    assert "design.plein.yaml" in err
    design = folder / "design.plein.yaml"
    text = design.read_text(encoding="utf-8")
    assert text.splitlines()[0] == MODELINE
    assert (folder / SCHEMA_FILE).read_text(encoding="utf-8") == shipped_schema()
    assert list(_validator(folder).iter_errors(read_yaml(text).data)) == []
    report = plein.check(plein.load(design), as_of=pendulum.date(2026, 6, 1))
    assert list(report.findings) == []


@settings(max_examples=25, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)))
def test_a_fresh_starter_checks_clean_on_the_day_it_is_written(day: dt.date) -> None:
    """On any day, `plein check` of what `plein init` writes that day exits 0, no findings."""
    with tempfile.TemporaryDirectory() as folder:
        out, err = io.StringIO(), io.StringIO()
        assert cli.main(["init", folder, "--as-of", day.isoformat()], out, err) == 0
        design = str(Path(folder) / "design.plein.yaml")
        out = io.StringIO()
        code = cli.main(["check", design, "--as-of", day.isoformat()], out, err)
        assert (code, out.getvalue()) == (0, "no findings\n")
        first = plein.load(design).sessions[0].date
        assert first is not None
        assert first.weekday() == 1
        assert 56 <= (first - pendulum.Date(day.year, day.month, day.day)).days < 63


def test_a_starter_written_today_checks_clean_today(run: Run, tmp_path: Path) -> None:
    """Without a date, `plein init` plans from today, and `plein check` today finds nothing."""
    code, _, _ = run("init", str(tmp_path))
    assert code == 0
    code, out, _ = run("check", str(tmp_path / "design.plein.yaml"))
    assert (code, out) == (0, "no findings\n")


def test_a_starter_follows_the_date_set_for_the_session(run: Run, tmp_path: Path) -> None:
    """The date set with plein.defaults is the day the starter is planned from."""
    with plein.defaults(as_of=pendulum.date(2031, 2, 3)):
        assert run("init", str(tmp_path))[0] == 0
        design = plein.load(tmp_path / "design.plein.yaml")
        assert design.sessions[0].date == pendulum.date(2031, 4, 1)
        assert str(design.steps[0].planned_date) == "2031-05"
        assert list(plein.check(design).findings) == []


def test_init_keeps_an_existing_design(run: Run, tmp_path: Path) -> None:
    """`plein init` refuses to overwrite a design (exit 2) unless given --force."""
    design = tmp_path / "design.plein.yaml"
    design.write_text("mine", encoding="utf-8")
    code, _, err = run("init", str(tmp_path))
    assert code == 2
    assert "--force" in err
    assert design.read_text(encoding="utf-8") == "mine"
    assert run("init", str(tmp_path), "--force")[0] == 0
    assert design.read_text(encoding="utf-8").startswith(MODELINE)


def test_init_from_an_example_under_another_name(run: Run, tmp_path: Path) -> None:
    """`plein init --example NAME --name FILE` starts from an example, with the modeline."""
    code, _, _ = run("init", str(tmp_path), "--example", "heat-transition", "--name", "h.yaml")
    assert code == 0
    text = (tmp_path / "h.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == MODELINE
    assert plein.loads(text) == examples.load("heat-transition")
    assert list(_validator(tmp_path).iter_errors(read_yaml(text).data)) == []


def test_init_into_a_file_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    """`plein init FILE` (not a folder) exits 2 with a message naming the problem."""
    file = tmp_path / "x.yaml"
    file.write_text("", encoding="utf-8")
    code, _, err = run("init", str(file))
    assert code == 2
    assert "is a file" in err


def test_schema_install_writes_the_schema_into_a_folder(run: Run, tmp_path: Path) -> None:
    """`plein schema --install DIR` writes DIR/plein.schema.json, the shipped schema."""
    code, out, _ = run("schema", "--install", str(tmp_path / "designs"))
    assert (code, out) == (0, "")
    assert (tmp_path / "designs" / SCHEMA_FILE).read_text(encoding="utf-8") == shipped_schema()


@pytest.mark.parametrize("name", examples.names())
def test_example_output_points_at_a_schema_beside_it(run: Run, name: str) -> None:
    """`plein example NAME` prints the example with the modeline of an installed schema,
    and one modeline only; the rest is the example as shipped."""
    code, out, _ = run("example", name)
    assert code == 0
    assert out.splitlines()[0] == MODELINE
    assert out.count("yaml-language-server") == 1
    assert out.splitlines()[1:] == examples.text(name).splitlines()[1:]


_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
lines = st.lists(
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters=_LINE_BREAKS)).filter(
        lambda line: "yaml-language-server" not in line
    ),
    max_size=5,
)


@given(before=lines, after=lines, old=st.booleans())
def test_with_modeline_gives_exactly_one_modeline(
    before: list[str], after: list[str], old: bool
) -> None:
    """For any text, with_modeline leaves one modeline, pointing where asked, and every
    other line as it was."""
    middle = ["# yaml-language-server: $schema=../old.json"] if old else []
    text = "".join(f"{line}\n" for line in [*before, *middle, *after])
    result = with_modeline(text, "https://example.org/s.json").splitlines()
    modeline = "# yaml-language-server: $schema=https://example.org/s.json"
    assert [line for line in result if "yaml-language-server" in line] == [modeline]
    assert [line for line in result if "yaml-language-server" not in line] == before + after


def test_version(run: Run) -> None:
    """`plein --version` prints the installed package's version, as plein.__version__ has it."""
    assert plein.__version__ == version("plein")
    code, out, err = run("--version")
    assert (code, out, err) == (0, f"plein {version('plein')}\n", "")


# -- OpenAPI -------------------------------------------------------------------------


def test_openapi_document_is_valid_openapi_3_0(run: Run) -> None:
    """`plein schema --openapi` prints an OpenAPI 3.0 document that an OpenAPI validator
    accepts, with the design and every definition as components."""
    code, out, _ = run("schema", "--openapi")
    assert code == 0
    document = json.loads(out)
    validate_openapi(document)
    assert document["openapi"].startswith("3.0.")
    schemas = document["components"]["schemas"]
    assert {"Design", "Session", "Block", "Due", "Dagdeel", "FormatId"} <= set(schemas)
    assert document == openapi_document(json.loads(shipped_schema()))


def test_the_openapi_validator_refuses_what_3_0_lacks() -> None:
    """The validator used above is strict: a JSON Schema keyword that OpenAPI 3.0 lacks
    (const, a list of types, $schema) makes the document invalid."""
    for mutate in (
        lambda s: s["Id"].update({"const": "x"}),
        lambda s: s["Id"].update({"type": ["string", "null"]}),
        lambda s: s["Design"].update({"$schema": "http://json-schema.org/draft-07/schema#"}),
    ):
        document = openapi_document()
        mutate(document["components"]["schemas"])
        with pytest.raises(Exception, match=r"."):
            validate_openapi(document)


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            if key not in ("properties", "enum", "default", "example"):
                yield from _keys(value)
            elif key == "properties":
                for sub in value.values():
                    yield from _keys(sub)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def test_openapi_schemas_use_only_openapi_3_0_keywords() -> None:
    """No component uses a draft-07 keyword OpenAPI 3.0 lacks; every $ref points at a
    component; enum words are kept as x-enumDescriptions."""
    document = openapi_document()
    schemas = document["components"]["schemas"]
    keys = set(_keys(schemas))
    assert not keys & {"$schema", "$id", "const", "examples", "propertyNames", "definitions"}
    assert "x-enumDescriptions" in keys
    text = json.dumps(schemas)
    refs = {part.split('"')[0] for part in text.split('"$ref": "')[1:]}
    assert refs == {f"#/components/schemas/{name}" for name in schemas if name != "Design"}


def test_openapi_rewrites_what_3_0_cannot_say() -> None:
    """A list of types with null becomes nullable, const a one-value enum, a tuple's items
    one schema, examples one example."""
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "properties": {
            "a": {"type": ["string", "null"], "examples": ["x", "y"]},
            "b": {"const": 3},
            "c": {"type": "array", "items": [{"type": "integer"}, {"type": "string"}]},
            "d": {"type": ["integer", "string"]},
        },
        "definitions": {},
    }
    design = openapi_document(copy.deepcopy(schema))["components"]["schemas"]["Design"]
    props = design["properties"]
    assert props["a"] == {"type": "string", "nullable": True, "example": "x"}
    assert props["b"] == {"enum": [3]}
    assert props["c"]["items"] == {"anyOf": [{"type": "integer"}, {"type": "string"}]}
    assert props["d"] == {"anyOf": [{"type": "integer"}, {"type": "string"}]}
