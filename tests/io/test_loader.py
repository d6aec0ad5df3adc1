"""The loader is strict and safe, and reports every problem of a file at once."""

from __future__ import annotations

import textwrap
import warnings

import pytest

import plein
from plein import DesignError, DesignWarning

HEAD = """\
schemaVersion: "2.0"
id: demo
title: Demo
issue: {title: Square, question: What should it become?, nature: spatial, kind: area-development}
"""


def problems_of(text: str, fmt: plein.io.Format = "yaml") -> list[plein.Problem]:
    with pytest.raises(DesignError) as caught:
        plein.loads(text, format=fmt, file="design.yaml")
    return list(caught.value.problems)


def test_five_kinds_of_mistake_in_one_run() -> None:
    """Unknown key, duplicate key, alias, bad date and dangling reference come back together."""
    text = HEAD + textwrap.dedent("""\
        parties:
          - id: residents
            name: Bewoners
            category: resident
            headcont: 30
          - &muni {id: municipality, name: Gemeente, category: administration}
        sessions:
          - id: s1
            title: Explore
            dagdeel: evening
            dagdeel: morning
            plannedDate: 2026-02-30
            parties:
              - party: residentz
          - *muni
        """)
    found = problems_of(text)
    codes = {p.code for p in found}
    assert {
        "unknown-key",
        "duplicate-key",
        "yaml-anchor",
        "yaml-alias",
        "invalid-value",
        "dangling-reference",
    } <= codes
    by_code = {p.code: p for p in found}
    assert by_code["unknown-key"].line == 9
    assert "headcount" in by_code["unknown-key"].reason
    assert by_code["duplicate-key"].line == 15
    assert by_code["yaml-alias"].line == 19
    assert by_code["invalid-value"].path == "$.sessions[0].plannedDate"
    assert by_code["invalid-value"].line == 16
    assert by_code["dangling-reference"].path == "$.sessions[0].parties[0].party"
    assert "did you mean the one at $.parties[0]" in by_code["dangling-reference"].reason
    assert all(p.file == "design.yaml" and p.column for p in found)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12:30", "12:30"), ("NO", "NO"), ("012345", "012345"), ("yes", "yes"), ("1_000", "1_000")],
)
def test_yaml_11_surprises_stay_text(value: str, expected: str) -> None:
    """Scalars that YAML 1.1 would turn into numbers or booleans stay as written."""
    design = plein.loads(HEAD + f"parties:\n  - {{id: p, name: {value}, category: resident}}\n")
    assert design.parties[0].name == expected


def test_text_where_a_number_belongs_is_refused() -> None:
    """A quoted number is text, and text is not a headcount ('45' is not 45)."""
    found = problems_of(
        HEAD + "parties:\n  - {id: p, name: P, category: resident, headcount: '45'}\n"
    )
    assert [(p.code, p.path) for p in found] == [("wrong-type", "$.parties[0].headcount")]


def test_no_is_not_false() -> None:
    """`final: no` is refused instead of silently meaning True or False."""
    text = HEAD + textwrap.dedent("""\
        sessions:
          - id: s1
            title: S
            agreements:
              - {id: a1, text: Agreed, final: no}
        """)
    found = problems_of(text)
    assert found[0].path == "$.sessions[0].agreements[0].final"
    assert found[0].reason == "expected true or false"


def test_tags_are_refused() -> None:
    """Explicit YAML tags could construct objects; they are refused."""
    found = problems_of(HEAD + "extensions: {x: !!python/object:os.system echo}\n")
    assert found[0].code == "yaml-tag"


def test_alias_bomb_does_not_expand() -> None:
    """A billion-laughs document is refused quickly, at its first alias."""
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for i in range(1, 9):
        bomb += (
            f"{'b' * i}: &{'b' * i} [{', '.join(['*' + ('b' * (i - 1) if i > 1 else 'a')] * 9)}]\n"
        )
    found = problems_of(bomb)
    assert {p.code for p in found} >= {"yaml-alias", "yaml-anchor"}


def test_depth_is_bounded() -> None:
    """Deeply nested input is refused with a problem, not a RecursionError."""
    found = problems_of("extensions: " + "[" * 200 + "]" * 200 + "\n")
    assert any(p.code == "too-deep" for p in found)


def test_size_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Input over the size bound is refused before it is parsed."""
    monkeypatch.setattr(plein.io._reader, "MAX_BYTES", 100)
    found = problems_of(HEAD)
    assert [p.code for p in found] == ["too-large"]


def test_values_are_never_echoed() -> None:
    """Problems name where and why, never the (possibly personal) value itself."""
    secret = "jan.jansen@example.org"
    found = problems_of(HEAD + f"parties:\n  - {{id: p, name: P, category: '{secret}'}}\n")
    assert found
    assert all(secret not in str(p) for p in found)


def test_json_duplicate_keys_are_located() -> None:
    """JSON designs get the same duplicate-key refusal, with a line."""
    text = '{"schemaVersion": "2.0", "id": "a",\n "id": "b"}'
    found = problems_of(text, "json")
    dup = [p for p in found if p.code == "duplicate-key"]
    assert dup
    assert dup[0].line == 2


def test_json_problems_have_lines() -> None:
    """A JSON design's structural problems carry lines too."""
    text = '{\n"schemaVersion": "2.0",\n"id": "a",\n"title": "t",\n"issu": {}\n}'
    found = problems_of(text, "json")
    unknown = [p for p in found if p.code == "unknown-key"]
    assert unknown[0].line == 5
    assert "issue" in unknown[0].reason


def test_newer_minor_version_warns_and_newer_major_is_refused() -> None:
    """2.9 is read with a DesignWarning; 3.0 is refused with a clear message."""
    newer = HEAD.replace('"2.0"', '"2.9"')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plein.loads(newer)
    assert any(issubclass(w.category, DesignWarning) for w in caught)
    found = problems_of(HEAD.replace('"2.0"', '"3.0"'))
    assert found[0].code == "unsupported-version"


def test_missing_version_is_a_problem() -> None:
    """A design must say which format it is in."""
    found = problems_of(HEAD.replace('schemaVersion: "2.0"\n', ""))
    assert found[0].code == "missing-key"
    assert found[0].path == "$.schemaVersion"


def test_extensions_are_kept() -> None:
    """Free-form data under extensions survives a round trip untouched."""
    design = plein.loads(HEAD + "extensions: {zaak: {nummer: '0012'}, tags: [a, b]}\n")
    assert design.extensions == {"zaak": {"nummer": "0012"}, "tags": ["a", "b"]}
    assert plein.loads(plein.dumps(design)).extensions == design.extensions


def test_unreadable_file_is_a_design_error(tmp_path: object) -> None:
    """A missing file raises plein's own error, not an OSError."""
    with pytest.raises(DesignError) as caught:
        plein.load(f"{tmp_path}/missing.yaml")
    assert caught.value.problems[0].code == "unreadable-file"


def test_unknown_suffix_is_a_usage_error(tmp_path: object) -> None:
    """The format follows from the suffix; an unknown one says what to do."""
    with pytest.raises(plein.UsageError, match="format="):
        plein.load(f"{tmp_path}/design.txt")


def test_problems_of_a_python_design() -> None:
    """A design built in Python can be asked for its dangling references."""
    design = plein.Trajectory(
        id="t",
        title="T",
        issue=plein.Issue(title="I", question="Q?", nature="spatial", kind="other"),
        sessions=[plein.Session(id="s1", title="S", after=["nowhere"])],
    )
    found = plein.problems(design)
    assert [(p.code, p.path) for p in found] == [("dangling-reference", "$.sessions[0].after[0]")]


def test_a_design_format_may_not_take_a_catalogue_name() -> None:
    """A design's own work format with a catalogue format's id is refused, with where."""
    text = HEAD + textwrap.dedent("""\
        formats:
          - id: world-cafe
            nameNl: Ons café
            nameEn: Our café
            purposes: [explore]
            arc: diverge
            minutes: {low: 30, high: 60}
            typicalMinutes: 45
            groupSize: {low: 8}
            exposure: speaking-in-small-groups
        """)
    found = problems_of(text)
    assert [(p.code, p.path, p.line) for p in found] == [("duplicate-format", "$.formats[0].id", 6)]


def test_a_reference_after_an_entry_set_aside_keeps_its_place() -> None:
    """When a broken promise is set aside, a dangling reference in a later one is still
    reported at its own place in the file, not one entry too early."""
    text = (
        HEAD
        + """sessions:
  - id: s
    title: S
    promises:
      - {id: a, text: A, due: {within: 3 weeks}}
      - {id: b, text: B}
      - {id: c, text: C, due: {after: nowhere}}
"""
    )
    found = {p.code: p for p in problems_of(text)}
    assert found["dangling-reference"].path == "$.sessions[0].promises[2].due.after"
    assert found["invalid-value"].path == "$.sessions[0].promises[0].due.within"


def test_a_misspelt_value_and_an_impossible_day_say_what_was_meant() -> None:
    """An enum value with a typo gets the value meant; a date of a day that does not exist
    says so, instead of listing every date form."""
    text = (
        'schemaVersion: "2.0"\nid: d\ntitle: D\n'
        "issue: {title: S, question: Q?, nature: spatial, kind: area-development}\n"
        "sessions:\n  - {id: s1, title: S, dagdeel: evning, plannedDate: 2026-02-30}\n"
    )
    with pytest.raises(plein.DesignError) as caught:
        plein.loads(text)
    reasons = {p.path: p.reason for p in caught.value.problems}
    assert reasons["$.sessions[0].dagdeel"].endswith("did you mean 'evening'?")
    assert "does not exist" in reasons["$.sessions[0].plannedDate"]
    assert "evning" not in " ".join(reasons.values())
