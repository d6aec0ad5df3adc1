"""The command line, used the way a person or another tool uses it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

import plein
from plein import examples
from plein.cli import main
from plein.export import with_modeline

DATA = Path(__file__).parent / "data"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def flawed(tmp_path: Path) -> str:
    path = tmp_path / "flawed-evening.yaml"
    path.write_text(examples.text("flawed-evening"), encoding="utf-8")
    return str(path)


def test_example_lists_every_bundled_example() -> None:
    """`plein example` names each example with its title."""
    code, out, _ = run("example")
    assert code == 0
    for name in examples.names():
        assert name in out
    assert len(examples.names()) >= 4


@pytest.mark.parametrize("name", examples.names())
def test_every_example_validates(name: str) -> None:
    """Each bundled example is a valid design; the flawed one too (its flaws are not structural)."""
    code, out, err = run("validate", examples.path(name))
    assert (code, err) == (0, "")
    assert "valid" in out


def test_example_prints_the_file_with_comments() -> None:
    """`plein example NAME` prints the YAML as shipped, comments included, its modeline
    pointing at a schema beside the file it is written to."""
    code, out, _ = run("example", "shopping-centre")
    assert code == 0
    assert out == with_modeline(examples.text("shopping-centre"), "./plein.schema.json")
    assert out.lstrip().startswith("#")


def test_validate_lists_every_problem_and_exits_2() -> None:
    """A broken file gets all its problems, each with a line, and no traceback."""
    code, _out, err = run("validate", str(DATA / "broken.yaml"))
    assert code == 2
    for problem in (
        "unknown-key",
        "duplicate-key",
        "yaml-alias",
        "invalid-value",
        "dangling-reference",
    ):
        assert f"[{problem}]" in err
    assert "broken.yaml:13:5" in err
    assert "Traceback" not in err
    assert err.rstrip().endswith("6 problems")


def test_check_a_clean_example_exits_0() -> None:
    """The shopping-centre example passes the default profile."""
    code, out, err = run("check", examples.path("shopping-centre"), "--as-of", "2026-11-28")
    assert code == 0, out + err


def test_check_the_flawed_example_finds_every_family(flawed: str) -> None:
    """The flawed evening gets findings from the timebox, stakeholder, follow-up and graph
    families, and exits 1."""
    code, out, _ = run("check", flawed, "--format", "json", "--as-of", "2026-11-28")
    assert code == 1
    records = json.loads(out)
    families = {r["code"][:2] for r in records}
    assert {"TB", "SH", "FU", "GR"} <= families
    for record in records:
        assert {
            "code",
            "slug",
            "severity",
            "message",
            "hint",
            "path",
            "file",
            "line",
            "column",
        } <= set(record)
        assert record["file"] == flawed
        assert record["line"] >= 1


def test_text_output_shows_place_code_message_and_hint(flawed: str) -> None:
    """Text findings read as file:line:column, code, message, then the hint."""
    code, out, _ = run("check", flawed, "--as-of", "2026-11-28")
    assert code == 1
    first = out.splitlines()[0]
    assert (first.startswith(f"{flawed}:") and " error " in first) or " warning " in first
    assert "    hint: " in out
    assert "    at $." in out


def test_dutch_messages(flawed: str) -> None:
    """--lang nl gives the messages, the place and the hints in Dutch."""
    _, out, _ = run("check", flawed, "--lang", "nl", "--as-of", "2026-11-28")
    assert "    tip: " in out
    assert "    bij $." in out
    assert "    at " not in out
    assert "fout" in out


def test_sarif_output_is_valid_sarif_2_1_0(flawed: str) -> None:
    """--format sarif validates against the OASIS SARIF 2.1.0 schema."""
    _, out, _ = run("check", flawed, "--format", "sarif", "--as-of", "2026-11-28")
    log = json.loads(out)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    assert results
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in results)
    rule_ids = {rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in results} == rule_ids


def test_github_annotations(flawed: str) -> None:
    """--format github prints one workflow command per finding."""
    _, out, _ = run("check", flawed, "--format", "github", "--as-of", "2026-11-28")
    lines = out.splitlines()
    assert lines
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert f"file={flawed}" in lines[0]


def test_select_and_ignore_by_prefix(flawed: str) -> None:
    """--select takes a family prefix; --ignore takes codes back out."""
    _, out, _ = run("check", flawed, "--format", "json", "--select", "TB", "--ignore", "ALL")
    assert json.loads(out) == []
    _, out, _ = run("check", flawed, "--format", "json", "--profile", "default", "--select", "TB")
    assert {r["code"][:2] for r in json.loads(out)} == {"TB"}


def test_lenient_profile_has_no_errors(flawed: str) -> None:
    """The lenient profile turns the flawed draft's errors into warnings (except cycles)."""
    code, out, _ = run("check", flawed, "--profile", "lenient", "--format", "json")
    assert code == 0
    assert {r["severity"] for r in json.loads(out)} == {"warning"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("check", "x.yaml", "--profile", "strikt"), "did you mean 'strict'"),
        (("check", "x.yaml", "--select", "XX"), "selects no check"),
        (("check", "x.yaml", "--as-of", "tomorrow"), "YYYY-MM-DD"),
        (("check", "--format", "pdf", "x.yaml"), "invalid choice"),
        (("frobnicate",), "invalid choice"),
        (("explain", "TB999"), "no check"),
    ],
)
def test_bad_usage_exits_2_with_a_message(argv: tuple[str, ...], message: str) -> None:
    """Bad usage is explained in one message and exit 2, never a traceback."""
    code, _, err = run(*argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    """A missing or unreadable file is bad input: exit 2, with the reason."""
    code, _, err = run("check", str(tmp_path / "missing.yaml"))
    assert code == 2
    assert "unreadable-file" in err
    (tmp_path / "latin1.yaml").write_bytes("naam: Café".encode("latin-1"))
    code, _, err = run("validate", str(tmp_path / "latin1.yaml"))
    assert code == 2
    assert "UTF-8" in err


def test_check_config_file(tmp_path: Path, flawed: str) -> None:
    """A config file selects, ignores and sets options; unknown options are named."""
    config = tmp_path / "plein.yaml"
    config.write_text("profile: default\nselect: [TB]\nignore: [TB108]\n", encoding="utf-8")
    _, out, _ = run("check", flawed, "--config", str(config), "--format", "json")
    codes = {r["code"] for r in json.loads(out)}
    assert codes
    assert "TB108" not in codes
    config.write_text("options: {TB101: {walkInMinutez: 10}}\n", encoding="utf-8")
    code, _, err = run("check", flawed, "--config", str(config))
    assert code == 2
    assert "walkInMinutez" in err
    assert "did you mean 'walkInMinutes'" in err


def test_explain_lists_and_prints_pages() -> None:
    """`plein explain` lists every check; `plein explain CODE` prints its page."""
    code, out, _ = run("explain")
    assert code == 0
    assert "PL001" in out
    code, out, _ = run("explain", "unused-waiver")
    assert code == 0
    assert out.startswith("# PL001 unused-waiver")


def test_a_closed_pipe_is_no_traceback() -> None:
    """When the reader of plein's output has gone (`plein formats | head`), plein stops
    quietly: no traceback."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with a broken pipe
    try:
        done = subprocess.run(
            [sys.executable, "-c", "from plein.cli import run; run()", "formats"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr


def test_check_of_an_unreadable_design_reports_no_verdict() -> None:
    """A design that cannot be read gets its problems, not a reassuring 'no findings'."""
    code, out, err = run("check", str(DATA / "broken.yaml"))
    assert code == 2
    assert out == ""
    assert "[dangling-reference]" in err


def test_machine_formats_carry_the_load_problems() -> None:
    """JSON, SARIF and GitHub output name every problem of a file that did not load, exit 2."""
    broken = str(DATA / "broken.yaml")
    _, _, err = run("validate", broken)
    expected = [line.rsplit("[", 1)[1].rstrip("]") for line in err.splitlines()[:-1]]
    assert expected  # the file has problems to carry
    code, out, _ = run("check", broken, "--format", "json")
    assert code == 2
    records = json.loads(out)
    assert [r["code"] for r in records] == expected
    assert {r["slug"] for r in records} == {"load-problem"}
    assert {r["severity"] for r in records} == {"error"}
    assert all(r["file"] == broken and r["line"] >= 1 and r["path"].startswith("$")
               for r in records)  # fmt: skip
    code, out, _ = run("check", broken, "--format", "github")
    assert code == 2
    assert [line.split(",title=")[1].split(" ")[0] for line in out.splitlines()] == expected
    assert all(line.startswith(f"::error file={broken},line=") for line in out.splitlines())


def test_sarif_of_a_file_that_did_not_load_is_valid_and_not_clean(tmp_path: Path) -> None:
    """SARIF has a result per load problem, with its place, and an unsuccessful run."""
    broken = str(DATA / "broken.yaml")
    other = tmp_path / "design.txt"  # a file whose format cannot be told
    other.write_text("id: x\n", encoding="utf-8")
    code, out, _ = run("check", broken, str(other), "--format", "sarif", "--lang", "nl")
    assert code == 2
    log = json.loads(out)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    run_ = log["runs"][0]
    assert run_["invocations"] == [{"executionSuccessful": False}]
    results = run_["results"]
    assert {r["level"] for r in results} == {"error"}
    placed = [r for r in results if r["ruleId"] != "unknown-format"]
    assert placed
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in placed)
    assert "herstel dit" in placed[0]["message"]["text"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in results if r["ruleId"] == "unknown-format"] == [str(other)]  # fmt: skip


def test_sarif_of_files_that_loaded_says_the_run_succeeded(flawed: str) -> None:
    """A run whose files all loaded is a successful invocation, findings or not."""
    code, out, _ = run("check", flawed, "--format", "sarif", "--as-of", "2026-11-28")
    assert code == 1
    assert json.loads(out)["runs"][0]["invocations"] == [{"executionSuccessful": True}]
    code, out, _ = run("check", flawed, "--format", "json", "--as-of", "2026-11-28")
    assert "load-problem" not in {r["slug"] for r in json.loads(out)}


def test_ledger_as_of_a_date() -> None:
    """`plein ledger` prints the shopping centre's kept and open promises as of a date."""
    code, out, _ = run("ledger", examples.path("shopping-centre"), "--as-of", "2026-11-28",
                       "--lang", "en")  # fmt: skip
    assert code == 0
    assert out.startswith("Promises and actions as of 2026-11-28: 3 kept, 0 kept late, 0 partly")
    assert "p1-verslag" in out
    assert "p3-terugkoppeling" in out


def test_ledger_counts_an_unrecorded_status_apart(tmp_path: Path) -> None:
    """`plein ledger` counts a promise without a recorded status as not recorded, not open."""
    held = plein.Session(
        id="s",
        title="S",
        actual_date="2026-03-01",
        promises=[plein.Promise(id="silent", text="S", owners=["city"])],
    )
    design = plein.Trajectory(
        id="t",
        title="T",
        issue=plein.Issue(title="I", question="Q?", nature="spatial", kind="other"),
        parties=[plein.Party(id="city", name="City", category="municipality")],
        sessions=[held],
    )
    path = tmp_path / "design.yaml"
    path.write_text(plein.dumps(design), encoding="utf-8")
    code, out, _ = run("ledger", str(path), "--as-of", "2026-03-02", "--lang", "en")
    assert code == 0
    assert "0 open, 1 status not recorded" in out.splitlines()[0]
    code, out, _ = run("ledger", str(path), "--as-of", "2026-03-02", "--lang", "nl")
    assert "0 open, 1 stand niet vastgelegd" in out.splitlines()[0]
