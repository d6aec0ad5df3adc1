"""A refused design says where each mistake is, at its field, without repeating the
file's values, and a design with very many mistakes gets a capped list."""

from __future__ import annotations

import contextlib
import json
import textwrap
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import plein
from plein import DesignError, Problem
from plein.cli import main

HEAD = """\
schemaVersion: "2.0"
id: demo
title: Demo
issue: {title: Square, question: What should it become?, nature: spatial, kind: area-development}
"""


def problems_of(text: str, fmt: plein.io.Format = "yaml", **kwargs: Any) -> list[Problem]:
    with pytest.raises(DesignError) as caught:
        plein.loads(text, format=fmt, **kwargs)
    return list(caught.value.problems)


def _repeated(count: int) -> str:
    sessions = "".join(
        f"  - {{id: s{i}, title: S, parties: [{{party: nobody}}]}}\n" for i in range(count)
    )
    return HEAD + "parties: [{id: p, name: P, category: resident}]\nsessions:\n" + sessions


# -- the cap --------------------------------------------------------------------------


def test_problems_are_capped_at_a_hundred_with_a_count_of_the_rest() -> None:
    """250 dangling references give the first 100 in file order and one problem that
    counts the other 150."""
    found = problems_of(_repeated(250))
    assert len(found) == 101
    assert all(p.code == "dangling-reference" for p in found[:100])
    assert [p.line for p in found[:100]] == sorted(p.line or 0 for p in found[:100])
    assert found[0].path == "$.sessions[0].parties[0].party"
    last = found[-1]
    assert last.code == "too-many-problems"
    assert "150 more problems" in last.reason


def test_the_cap_is_configurable_or_off() -> None:
    """max_problems=5 keeps five; None keeps every problem and adds no count."""
    assert [p.code for p in problems_of(_repeated(8), max_problems=5)][-1] == "too-many-problems"
    assert len(problems_of(_repeated(8), max_problems=5)) == 6
    every = problems_of(_repeated(120), max_problems=None)
    assert len(every) == 120
    assert {p.code for p in every} == {"dangling-reference"}
    assert len(problems_of(_repeated(3), max_problems=3)) == 3


@pytest.mark.parametrize("bad", [0, -1, True])
def test_a_cap_below_one_is_a_usage_error(bad: int) -> None:
    """A cap that would hide every problem is refused as a usage error."""
    with pytest.raises(plein.UsageError):
        plein.loads(_repeated(1), max_problems=bad)


def test_the_cli_lists_the_capped_problems(tmp_path: Any, capsys: Any) -> None:
    """`plein validate` of a file with 150 mistakes prints 101 problem lines and exits 2."""
    path = tmp_path / "many.yaml"
    path.write_text(_repeated(150), encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("[dangling-reference]") == 100
    assert err.count("[too-many-problems]") == 1


@settings(max_examples=30, deadline=None)
@given(mistakes=st.integers(1, 40), cap=st.integers(1, 50))
def test_the_error_counts_every_problem_whatever_the_cap(mistakes: int, cap: int) -> None:
    """For any number of mistakes and any cap, the error lists min(mistakes, cap) of them,
    counts all of them in ``total`` and in its message, and adds a count line only when
    some were left out."""
    with pytest.raises(DesignError) as caught:
        plein.loads(_repeated(mistakes), max_problems=cap)
    error = caught.value
    listed = [p for p in error.problems if p.code != "too-many-problems"]
    assert len(listed) == min(mistakes, cap)
    assert error.total == mistakes
    assert str(error).startswith(f"the design has {mistakes} problem")
    assert (error.problems[-1].code == "too-many-problems") == (mistakes > cap)


def test_the_cli_says_how_many_there_were_and_takes_a_cap(tmp_path: Any, capsys: Any) -> None:
    """`plein validate` ends with the whole count and how many are listed, and
    `--max-problems` changes the cap (a number, or all)."""
    path = tmp_path / "many.yaml"
    path.write_text(_repeated(150), encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert capsys.readouterr().err.rstrip().endswith("150 problems, the first 100 listed")
    assert main(["validate", str(path), "--max-problems", "7"]) == 2
    err = capsys.readouterr().err
    assert err.count("[dangling-reference]") == 7
    assert err.rstrip().endswith("150 problems, the first 7 listed")
    assert "--max-problems" in err  # the count problem says how to see more
    assert main(["check", str(path), "--max-problems", "all"]) == 2
    err = capsys.readouterr().err
    assert err.count("[dangling-reference]") == 150
    assert err.rstrip().endswith("150 problems")


@pytest.mark.parametrize("bad", ["0", "-3", "many"])
def test_a_cli_cap_below_one_is_a_usage_problem(bad: str, tmp_path: Any, capsys: Any) -> None:
    """`--max-problems` refuses what is not a whole number of at least 1 or `all`."""
    path = tmp_path / "one.yaml"
    path.write_text(_repeated(1), encoding="utf-8")
    assert main(["validate", str(path), "--max-problems", bad]) == 2
    assert "--max-problems" in capsys.readouterr().err


def test_validate_json_has_a_record_for_every_file(tmp_path: Any, capsys: Any) -> None:
    """`plein validate --format json` lists the files that do not load too, with their
    problems and count, beside the ones that do."""
    bad, good = tmp_path / "bad.yaml", tmp_path / "good.yaml"
    bad.write_text(_repeated(3), encoding="utf-8")
    good.write_text(HEAD + "sessions:\n  - {id: s, title: S}\n", encoding="utf-8")
    assert main(["validate", "--format", "json", str(bad), str(good)]) == 2
    records = json.loads(capsys.readouterr().out)
    assert [(r["file"], r["valid"]) for r in records] == [(str(bad), False), (str(good), True)]
    assert records[0]["problemCount"] == 3
    assert [p["path"] for p in records[0]["problems"]] == [
        f"$.sessions[{i}].parties[0].party" for i in range(3)
    ]
    assert {p["code"] for p in records[0]["problems"]} == {"dangling-reference"}
    assert (records[1]["sessions"], records[1]["steps"], records[1]["notices"]) == (1, 0, [])


# -- every problem at its field -------------------------------------------------------


def test_a_validator_points_at_its_field_by_its_wire_key() -> None:
    """A bad time zone is at $.timezone and a bad headcount at the party's headcount, both
    reported, each named by its camelCase key."""
    text = HEAD + textwrap.dedent("""\
        timezone: Mars/Olympus
        parties:
          - {id: p, name: P, category: resident, headcount: -3}
        formats:
          - {id: own, nameNl: "", nameEn: ""}
        """)
    by_path = {p.path: p for p in problems_of(text)}
    assert set(by_path) == {
        "$.timezone",
        "$.parties[0].headcount",
        "$.formats[0].nameNl",
        "$.formats[0].nameEn",
    }
    assert by_path["$.timezone"].line == 5
    assert by_path["$.formats[0].nameNl"].reason.startswith("nameNl ")
    assert all("name_nl" not in p.reason for p in by_path.values())


def test_every_failing_field_of_one_entity_is_reported() -> None:
    """A block with a bad id, a negative length and a bad format reference gives three
    problems, one at each key, and the session's bad id a fourth."""
    text = HEAD + textwrap.dedent("""\
        sessions:
          - id: "bad id"
            title: S
            programme:
              - {id: "x y", title: B, minutes: -4, format: "q r"}
        """)
    paths = sorted(p.path for p in problems_of(text))
    assert paths == [
        "$.sessions[0].id",
        "$.sessions[0].programme[0].format",
        "$.sessions[0].programme[0].id",
        "$.sessions[0].programme[0].minutes",
    ]


def test_a_rule_about_several_fields_stays_with_the_object() -> None:
    """A window that ends when it starts is the window's problem, not one of its keys."""
    text = HEAD + 'sessions: [{id: s, title: S, window: {start: "19:00", end: "19:00"}}]\n'
    (problem,) = problems_of(text)
    assert problem.path == "$.sessions[0].window"


@pytest.mark.parametrize(
    "broken",
    [
        "issue: {title: Square, question: What?, nature: spatial, owner: gemeente}",
        "issue: {title: Square, question: What?, nature: spatial, kind: nonsense, owner: gemeente}",
        "issue: 12",
    ],
)
def test_a_bad_required_part_hides_no_reference_problem(broken: str) -> None:
    """With the issue broken (a missing or bad kind, or no mapping), the duplicate id and
    the dangling references elsewhere are still reported."""
    text = textwrap.dedent(f"""\
        schemaVersion: "2.0"
        id: demo
        title: Demo
        {broken}
        parties:
          - {{id: gemeente, name: G, category: municipality}}
        sessions:
          - {{id: s1, title: S, parties: [{{party: nobody}}]}}
          - {{id: s1, title: T, after: [s9]}}
        """)
    codes = [p.code for p in problems_of(text)]
    assert codes.count("dangling-reference") == 2
    assert codes.count("duplicate-id") == 1
    assert any(code in ("missing-key", "invalid-value", "wrong-type") for code in codes)


def test_a_bad_design_id_hides_no_reference_problem() -> None:
    """A design id that is not an id is reported beside the dangling reference."""
    text = HEAD.replace("id: demo", 'id: "not an id"') + (
        "sessions: [{id: s1, title: S, after: [s0]}]\n"
    )
    assert sorted(p.code for p in problems_of(text)) == ["dangling-reference", "invalid-value"]


# -- no value echoed ------------------------------------------------------------------

_MARK = "Qz"  # no message of plein contains it
secrets = st.builds(
    lambda middle, shape: shape.format(_MARK, middle),
    st.text(st.sampled_from("abcxyz019 ,._-~:/@é"), max_size=8),
    st.sampled_from(["{0}{1}", "{1}{0}", "{0}-{1}-id", "{0}__{1}", "{0},{1}", "a{0}{1}"]),
)


def _strings(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], bool]]:
    """Every place in ``data`` that holds a string: (path, is a key)."""
    found: list[tuple[tuple[Any, ...], bool]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            found.append(((*path, key), True))
            found.extend(_strings(value, (*path, key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found.extend(_strings(value, (*path, i)))
    elif isinstance(data, str):
        found.append((path, False))
    return found


def _place(data: Any, where: tuple[Any, ...], is_key: bool, secret: str) -> Any:
    if len(where) == 1:
        if is_key:
            return {(secret if k == where[0] else k): v for k, v in data.items()}
        copy = list(data) if isinstance(data, list) else dict(data)
        copy[where[0]] = secret
        return copy
    copy = list(data) if isinstance(data, list) else dict(data)
    copy[where[0]] = _place(data[where[0]], where[1:], is_key, secret)
    return copy


_BASES = {
    name: json.loads(plein.dumps(plein.examples.load(name), format="json"))
    for name in ("flawed-evening", "village-evening")
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(_BASES)),
    st.integers(min_value=0),
    secrets,
    st.sampled_from(["yaml", "json"]),
    st.booleans(),
)
def test_no_problem_repeats_a_value_from_the_file(
    base: str, index: int, secret: str, fmt: str, twice: bool
) -> None:
    """A secret put at any string position (a value or a key, once or at two places) of
    a design never shows in any problem's reason or path, nor in the DesignError text."""
    data = _BASES[base]
    places = _strings(data)
    where, is_key = places[index % len(places)]
    data = _place(data, where, is_key, secret)
    if twice:  # a second copy makes ids collide and keys repeat
        other, other_is_key = places[(index * 7 + 3) % len(places)]
        with contextlib.suppress(KeyError, IndexError, TypeError):
            data = _place(data, other, other_is_key, secret)
    text = json.dumps(data, ensure_ascii=False) if fmt == "json" else yaml.safe_dump(data)
    problems: tuple[Problem, ...] = ()
    message = ""
    try:
        plein.loads(text, format=fmt)  # type: ignore[arg-type]
    except DesignError as exc:
        problems, message = exc.problems, str(exc)
    for problem in problems:
        assert secret not in problem.reason
        assert secret not in problem.path
    assert secret not in message


# -- YAML that cannot be parsed ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        # a key indented deeper than the one before it
        (
            HEAD + "sessions:\n  - id: s\n    title: S\n     dagdeel: evening\n",
            8,
            "indented deeper",
        ),
        # a value with ': ' in it, unquoted
        (HEAD + "note: Agenda: coffee first\n", 5, "must be quoted"),
        # a list item out of line with the others
        (HEAD + "sessions:\n  - {id: a, title: A}\n   - {id: b, title: B}\n", 7, "indentation"),
        # a key that falls back out of its mapping
        (HEAD + "extensions:\n    a: 1\n  b: 2\n", 7, "indentation"),
        # a tab where spaces belong
        (HEAD + "sessions:\n\t- {id: s, title: S}\n", 6, "not tabs"),
        # a quote that is never closed: the hint and the line the quote opened on
        (HEAD + 'note: "about the square\nsessions: []\n', 7, "starts on line 5"),
        # a flow mapping that is never closed
        (HEAD + "sessions:\n  - {id: s, title: S\n  - {id: t, title: T}\n", 7, "not closed"),
    ],
)
def test_a_syntax_error_says_what_usually_causes_it(text: str, line: int, says: str) -> None:
    """The YAML parser's own message comes with a hint at the usual cause (indentation,
    a value that needs quotes, a tab, something not closed) at the line it noticed."""
    (problem,) = problems_of(text)
    assert problem.code == "yaml-syntax"
    assert problem.line == line
    assert says in problem.reason


def test_a_value_split_at_a_comma_is_named_as_such() -> None:
    """An unquoted comma in a { } mapping makes the rest of the value a key: the problem
    says to quote the value, does not guess at a key, and does not repeat the text."""
    text = HEAD + "parties:\n  - {id: p, name: P, category: resident, note: late, not named}\n"
    (problem,) = problems_of(text)
    assert problem.code == "unknown-key"
    assert problem.path == "$.parties[0]"
    assert "quote that value" in problem.reason
    assert "did you mean" not in problem.reason
    assert "not named" not in problem.reason
