"""``plein formats``, used the way a person or another tool uses it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import plein
import plein.cli
from plein import examples
from plein.cli import _formats, main
from plein.workformats import Purpose, default_catalogue


@pytest.fixture(autouse=True)
def _formats_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure ``formats`` is among the commands (a no-op once the CLI lists it)."""
    modules = plein.cli._COMMAND_MODULES
    if _formats not in modules:
        monkeypatch.setattr(plein.cli, "_COMMAND_MODULES", (*modules, _formats))


def run(*argv: str) -> tuple[int, str, str]:
    """Run ``plein formats ARGV`` and return the exit code, the output and the errors."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["formats", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def _example(tmp_path: Path, name: str) -> str:
    """A bundled example written to a file of its own, as a user would have it."""
    path = tmp_path / f"{name}.yaml"
    path.write_text(examples.text(name), encoding="utf-8")
    return str(path)


@pytest.fixture
def two_designs(tmp_path: Path) -> list[str]:
    """The two examples that record evaluations, as files."""
    return [_example(tmp_path, "shopping-centre"), _example(tmp_path, "project-evaluation")]


def _ids(out: str) -> list[str]:
    """The ids in the first column of a listing, header and count line left out."""
    lines = out.strip().splitlines()
    return [line.split()[0] for line in lines[1:] if line.strip() and line[0] != " "][:-1]


# -- the listing -------------------------------------------------------------------------


def test_the_listing_shows_every_format_with_its_facts() -> None:
    """Without options every format is listed with its names, arc, minutes, group, exposure."""
    code, out, err = run()
    assert (code, err) == (0, "")
    catalogue = default_catalogue()
    assert _ids(out) == [fmt.id for fmt in catalogue]
    world_cafe = next(line for line in out.splitlines() if line.startswith("world-cafe "))
    for fact in ("World Café", "diverge", "45-180", "90", "12+", "speaking-in-small-groups"):
        assert fact in world_cafe
    assert out.rstrip().endswith(f"{len(catalogue)} work formats")


def test_purpose_group_size_and_minutes_give_the_suggestions_best_first() -> None:
    """With all three criteria the listing is the catalogue's suggestion order."""
    code, out, _ = run("--purpose", "choose", "--group-size", "30", "--minutes", "20")
    assert code == 0
    expected = default_catalogue().suggest(Purpose.CHOOSE, 30, 20, limit=100)
    assert _ids(out) == [fmt.id for fmt in expected]
    assert _ids(out)[0] == "dot-voting"
    assert "best first" in out


def test_partial_criteria_filter_in_catalogue_order() -> None:
    """An arc and a group size alone filter the catalogue and keep its order."""
    code, out, _ = run("--arc", "close", "--group-size", "25", "--lang", "nl")
    assert code == 0
    expected = [f.id for f in default_catalogue().filter(group_size=25) if f.arc == "close"]
    assert _ids(out) == expected
    assert "Nederlands" in out.splitlines()[0]
    assert "werkvormen" in out


def test_nothing_fits() -> None:
    """When no format fits the listing says so."""
    code, out, _ = run("--purpose", "choose", "--minutes", "1")
    assert code == 0
    assert "No work format fits." in out


def test_the_listing_as_json() -> None:
    """--format json gives one record per format, with ranges as numbers."""
    code, out, _ = run("--purpose", "explore", "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert [r["id"] for r in records] == [f.id for f in default_catalogue().filter("explore")]
    fishbowl = next(r for r in records if r["id"] == "fishbowl")
    assert fishbowl["groupSize"] == {"low": 10, "high": 100}
    assert set(fishbowl) >= {"nameNl", "nameEn", "arc", "minutes", "typicalMinutes", "exposure"}


# -- one format --------------------------------------------------------------------------


def test_one_format_in_full() -> None:
    """`plein formats ID` shows the facts, each step with its minutes, and the sources."""
    code, out, err = run("1-2-4-all")
    assert (code, err) == (0, "")
    fmt = default_catalogue().get("1-2-4-all")
    assert out.startswith("1-2-4-all\n")
    for step in fmt.steps:
        assert any(
            f"{step.minutes} min" in line and step.description in line for line in out.splitlines()
        )
    for source in fmt.sources:
        assert source.split(",")[0] in out
    assert "3-15 (typical 12)" in out


def test_one_format_by_its_dutch_name_in_dutch() -> None:
    """A format is found by its Dutch name, and shown with Dutch labels."""
    code, out, _ = run("Stickerstemmen", "--lang", "nl")
    assert code == 0
    assert out.startswith("dot-voting\n")
    assert "Stappen:" in out
    assert "Bronnen:" in out


def test_one_format_as_json() -> None:
    """One format as JSON has its steps and sources."""
    code, out, _ = run("world-cafe", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "world-cafe"
    assert sum(step["minutes"] for step in data["steps"]) == data["typicalMinutes"]
    assert data["sources"]
    assert data["tableSize"] == {"low": 4, "high": 6}


def test_an_unknown_format_exits_2_with_the_closest_ids() -> None:
    """An unknown id is bad input: exit 2, the closest ids named, no traceback."""
    code, out, err = run("wereldcafe")
    assert (code, out) == (2, "")
    assert "world-cafe" in err
    assert "Traceback" not in err


# -- what was learned --------------------------------------------------------------------


def test_learned_summarises_two_designs(two_designs: list[str]) -> None:
    """--learned on the two examples names the five evaluated formats with their figures."""
    code, out, err = run("--learned", *two_designs)
    assert (code, err) == (0, "")
    uses = sum(
        1 + len(block.tracks)
        for name in ("shopping-centre", "project-evaluation")
        for _, _, block in plein.examples.load(name).blocks()
        if block.format is not None
    )
    assert out.startswith(f"Learned from 2 designs: 5 of {uses} uses")
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line[:1].isalnum()}
    assert rows["table-conversations"][1:7] == ["2", "1", "100%/100%", "4.0/4.0", "0", "0.69"]
    assert rows["what-so-what-now-what"][1:7] == ["2", "1", "100%/0%", "4.0/2.0", "0", "0.50"]
    assert rows["1-2-4-all"][1:7] == ["1", "1", "100%/-", "5.0/-", "1", "0.67"]
    assert "Vaste tafelvoorzitters vooraf instrueren." in out


def test_learned_as_json(two_designs: list[str]) -> None:
    """--learned with --format json gives the experience's data."""
    code, out, _ = run("--learned", *two_designs, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["evaluated"] == 5
    assert data["trajectories"] == ["winkelcentrum-de-hoven", "evaluatie-stationsgebied"]


def test_learned_with_criteria_ranks_by_experience(two_designs: list[str]) -> None:
    """With criteria, what was learned for that kind of issue reorders the suggestions."""
    argv = ("--purpose", "choose", "--group-size", "39", "--minutes", "20")
    _, plain, _ = run(*argv)
    code, out, _ = run(
        *argv, "--learned", *two_designs, "--issue-kind", "shopping-centre-redevelopment"
    )
    assert code == 0
    assert _ids(plain)[:2] == ["dot-voting", "deep-democracy-minority-view"]
    assert _ids(out)[:2] == ["deep-democracy-minority-view", "dot-voting"]
    assert sorted(_ids(out)) == sorted(_ids(plain))
    assert "learned" in out.splitlines()[0]


def test_one_format_with_what_was_learned(two_designs: list[str]) -> None:
    """An id with --learned adds the format's record: counts, breakdowns, remarks."""
    code, out, _ = run("what-so-what-now-what", "--learned", *two_designs)
    assert code == 0
    learned = out.split("Learned:")[1]
    assert "used 2 times, evaluated 1" in learned
    assert "facilitator 0%" in learned
    assert "project-evaluation" in learned
    assert "Vragen per ronde op papier op tafel leggen." in learned


def test_a_broken_file_exits_2_without_a_traceback(tmp_path: Path) -> None:
    """A file that cannot be read is reported with its place; the others are still learned."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    good = _example(tmp_path, "project-evaluation")
    code, out, err = run("--learned", str(broken), good)
    assert code == 2
    assert "broken.yaml" in err
    assert "Traceback" not in err + out
    assert "appreciative-interviews" in out
    missing_code, _, missing_err = run("--learned", str(tmp_path / "missing.yaml"))
    assert missing_code == 2
    assert "cannot be read" in missing_err


def test_bad_usage_exits_2() -> None:
    """A negative group size, an issue kind without designs, an ID with filters: exit 2."""
    code, _, err = run("--group-size", "-3")
    assert code == 2
    assert "at least 0" in err
    code, _, err = run("--issue-kind", "energy-transition")
    assert code == 2
    assert "--learned" in err
    code, _, err = run("world-cafe", "--purpose", "explore")
    assert code == 2
    assert "not both" in err
