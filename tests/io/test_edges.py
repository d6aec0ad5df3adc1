"""Edges found by fuzzing the loader: each refused at load with a clear problem at its
field, or read so that it dumps and loads again."""

from __future__ import annotations

import json
import sys
from typing import Any

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plein
from plein import DesignError, Problem
from plein.cli import main
from plein.export import to_ics
from plein.render import report
from plein.trust import promise_ledger
from tests.strategies import nested

HEAD = {
    "schemaVersion": "2.0",
    "id": "demo",
    "title": "Demo",
    "issue": {"title": "T", "question": "Q", "nature": "spatial", "kind": "other"},
    "parties": [{"id": "p", "name": "P", "category": "resident"}],
}
YAML_HEAD = (
    'schemaVersion: "2.0"\nid: demo\ntitle: Demo\n'
    "issue: {title: T, question: Q, nature: spatial, kind: other}\n"
    "parties: [{id: p, name: P, category: resident}]\n"
)


def problems_of(text: str, fmt: plein.io.Format) -> list[Problem]:
    with pytest.raises(DesignError) as caught:
        plein.loads(text, format=fmt)
    return list(caught.value.problems)


def _json(**extra: Any) -> str:
    return json.dumps({**HEAD, **extra})


# -- numbers and text ------------------------------------------------------------------


def test_a_number_with_too_many_digits_is_a_problem_not_a_traceback() -> None:
    """A 5,000-digit integer is refused with number-too-long at its key, in JSON and YAML."""
    digits = "7" * (sys.get_int_max_str_digits() + 700)
    text = _json(extensions={"n": 0}).replace('"n": 0', f'"n": {digits}')
    (problem,) = problems_of(text, "json")
    assert (problem.code, problem.path, problem.line) == ("number-too-long", "$.extensions", 1)
    (problem,) = problems_of(YAML_HEAD + f"extensions: {{n: {digits}}}\n", "yaml")
    assert (problem.code, problem.path, problem.line) == ("number-too-long", "$.extensions", 6)


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_non_finite_numbers_are_refused_in_json(raw: str) -> None:
    """NaN, ±Infinity and numbers too large for a float cannot be written back: refused."""
    text = _json(extensions={"n": 0}).replace('"n": 0', f'"n": {raw}')
    (problem,) = problems_of(text, "json")
    assert problem.code == "non-finite-number"
    assert problem.path == "$.extensions"


def test_non_finite_numbers_are_refused_in_yaml() -> None:
    """A plain 1e999 in YAML would be infinity: refused, at its line."""
    (problem,) = problems_of(
        YAML_HEAD + "sessions: [{id: s, title: S}]\nextensions: {n: 1e999}\n", "yaml"
    )
    assert (problem.code, problem.line) == ("non-finite-number", 7)


@pytest.mark.parametrize("where", ["value", "key", "field"])
def test_a_lone_surrogate_is_a_problem(where: str) -> None:
    """ "\\ud800" in a JSON string (a value, an extension key, a modelled field) is refused
    as invalid text, not passed on to fail later."""
    if where == "value":
        text = _json(extensions={"a": "x"}).replace('"x"', '"\\ud800"')
    elif where == "key":
        text = _json(extensions={"x": 1}).replace('"x"', '"\\udc00"')
    else:
        text = _json().replace('"Demo"', '"De\\ud800mo"')
    (problem,) = problems_of(text, "json")
    assert problem.code == "invalid-text"
    assert problem.path == ("$.title" if where == "field" else "$.extensions")


@pytest.mark.parametrize(
    "text",
    [
        'extensions: {a: "De\\ud800mo"}\n',  # a YAML escape
        "extensions: {a: De\ud800mo}\n",  # the character itself
        "# \udc00\nid: x\n",
        "\ud800: 1\n",
    ],
)
def test_a_lone_surrogate_in_yaml_is_a_problem(text: str) -> None:
    """A lone surrogate in YAML, as a character of the text (in a value, a key or a comment)
    or as an escape, is refused as a problem, never a foreign exception."""
    found = problems_of(YAML_HEAD + text, "yaml")
    assert found
    assert {p.code for p in found} <= {"invalid-text", "yaml-syntax"}


def test_a_surrogate_pair_is_a_character() -> None:
    """An escaped pair (an emoji) is one character and loads."""
    text = _json().replace('"Demo"', '"Demo \\ud83d\\ude00"')
    assert plein.loads(text, format="json").title == "Demo \U0001f600"


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_byte_order_mark_is_accepted_in_both_formats(fmt: plein.io.Format) -> None:
    """A UTF-8 byte-order mark at the start is skipped in YAML and in JSON alike."""
    text = YAML_HEAD if fmt == "yaml" else _json()
    assert plein.loads("\ufeff" + text, format=fmt) == plein.loads(text, format=fmt)


def test_a_json_file_with_a_byte_order_mark_validates(tmp_path: Any) -> None:
    """`plein validate` reads a JSON file saved with a byte-order mark."""
    path = tmp_path / "bom.json"
    path.write_text("\ufeff" + _json(), encoding="utf-8")
    assert main(["validate", str(path)]) == 0


# -- nesting --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_the_deepest_design_round_trips_and_one_deeper_is_refused(fmt: plein.io.Format) -> None:
    """30 levels inside extensions load and dump and load again in both formats; 31 are
    refused as too deep, in YAML and JSON alike."""
    deepest = plein.loads(_json(extensions={"a": nested(1, 30)}), format="json")
    assert plein.loads(plein.dumps(deepest, fmt), format=fmt) == deepest
    too_deep = {**HEAD, "extensions": {"a": nested(1, 31)}}
    text = json.dumps(too_deep) if fmt == "json" else plein.io._design.yaml.safe_dump(too_deep)
    assert [p.code for p in problems_of(text, fmt)] == ["too-deep"]


# -- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "fmt"),
    [
        ("0001-01-01", "yaml"),
        ("9999-12-31", "yaml"),
        ("0999", "json"),
        ("3000-01", "json"),
        ("2021-05/3000-01", "yaml"),
        ("[0999-01-01,2021-01-01]", "yaml"),
        ("Y170000002", "json"),
    ],
)
def test_dates_outside_the_supported_years_are_refused_at_their_field(
    date: str, fmt: plein.io.Format
) -> None:
    """A date naming a year before 1000 or after 2999 is refused at load, at its key."""
    data = {**HEAD, "sessions": [{"id": "s", "title": "S", "plannedDate": date}]}
    text = json.dumps(data) if fmt == "json" else plein.io._design.yaml.safe_dump(data)
    (problem,) = problems_of(text, fmt)
    assert (problem.code, problem.path) == ("out-of-range", "$.sessions[0].plannedDate")
    assert "1000 to 2999" in problem.reason


@pytest.mark.parametrize(
    "length", ["P10000Y", "P101Y", "P1300M", "P5300W", "P36700D", "P9999999999D"]
)
def test_lengths_over_a_century_are_refused_at_their_field(length: str) -> None:
    """A due within ten thousand years (or any length over 100 years) is refused at load."""
    action = {"id": "a", "text": "T", "owners": ["p"], "due": {"within": length}}
    session = {
        "id": "s",
        "title": "S",
        "plannedDate": "2026-03-01",
        "agreements": [{"id": "g", "text": "T", "actions": [action]}],
    }
    (problem,) = problems_of(_json(sessions=[session]), "json")
    assert problem.code == "out-of-range"
    assert problem.path == "$.sessions[0].agreements[0].actions[0].due.within"


EDGES = st.sampled_from(
    [
        "1000-01-01",
        "1000",
        "1000-01~",
        "2999-12-31",
        "2999-12~",
        "2999-24",
        "2999/..",
        "../1000-02",
        "2999-12-01/..",
        "[1000-01-01,2999-12-31]",
    ]
)
DUES = st.sampled_from(
    [
        {"within": "P100Y"},
        {"before": "s1"},
        {"at": "s1"},
        {"after": "s1"},
        {"after": "s1", "within": "P1200M"},
        {"within": "P1D", "every": "P100Y"},
        {"within": "P1Y", "every": "P1D"},
        {"before": "s0"},
    ]
)


@settings(max_examples=40, deadline=None)
@given(EDGES, EDGES, DUES, DUES)
def test_what_loads_at_the_edges_of_the_calendar_can_be_checked_and_reported(
    first: str, second: str, due: dict[str, str], report_back: dict[str, str]
) -> None:
    """Designs with dates at the edges of the supported years and the longest lengths load,
    and then check, calendar, ledger and report all run without an error."""
    action = {"id": "a", "text": "T", "owners": ["p"], "due": due, "reportBack": report_back}
    sessions = [
        {
            "id": "s0",
            "title": "S0",
            "dagdeel": "evening",
            "plannedDate": first,
            "agreements": [{"id": "g", "text": "T", "actions": [action]}],
            "promises": [{"id": "pr", "text": "T", "owners": ["p"], "due": due}],
        },
        {"id": "s1", "title": "S1", "dagdeel": "evening", "after": ["s0"], "plannedDate": second},
    ]
    design = plein.loads(_json(sessions=sessions), format="json")
    for as_of in (pendulum.Date(1000, 1, 1), pendulum.Date(2999, 12, 31)):
        plein.check(design, as_of=as_of)
    for as_of in (pendulum.Date(1000, 1, 1), pendulum.Date(2999, 12, 31)):
        assert promise_ledger(design, as_of) is not None
        assert report(design, as_of=as_of, format="html")
        assert report(design, as_of=as_of, format="md")
    assert "BEGIN:VCALENDAR" in to_ics(design)


# -- extensions keys ------------------------------------------------------------------


@pytest.mark.parametrize("key", ["a__b", "a,b", "__x", "x,"])
@pytest.mark.parametrize("deep", [False, True])
def test_extension_keys_the_objects_api_cannot_filter_on_are_refused(key: str, deep: bool) -> None:
    """A key with '__' or a comma under extensions (or nested in it) is refused, without
    repeating the key."""
    value = {"ok": [{key: 1}]} if deep else {key: 1}
    (problem,) = problems_of(_json(extensions=value), "json")
    assert problem.code == "invalid-key"
    assert problem.path == "$.extensions"
    assert key not in problem.reason
