"""Designs in format 1.0 load unchanged, and `plein upgrade` writes them in 2.0."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import plein
from plein.cli import main
from tests.strategies import trajectories

OLD = """\
# A design written for format 1.0.
schemaVersion: "1.0"
id: plein-oud
title: Oud ontwerp
issue: {title: Plein, question: Wat nu?, nature: spatial, kind: other}
parties:
  - {id: bewoners, name: Bewoners, category: resident}   # no level: 1.0 meant consult
  - {id: gemeente, name: Gemeente, category: civil-servant, level: co-decide}
sessions:
  - id: avond
    title: Avond
    plannedDate: 2027-03-11
    promises:
      # The report goes out within two weeks.
      - id: verslag
        text: Verslag rondsturen
        owner: gemeente
        due: {within: P2W}
"""


def test_a_1_0_design_loads_with_what_1_0_meant() -> None:
    """A 1.0 party without a level is at consult, a follow-up without status is open, and
    its single owner is its owners; the reader says it read an older format."""
    with pytest.warns(plein.DesignWarning, match="plein upgrade"):
        design = plein.loads(OLD)
    assert design.schema_version == "2.0"
    assert design.parties[0].level is plein.ParticipationLevel.CONSULT
    promise = design.sessions[0].promises[0]
    assert promise.status is plein.ActionStatus.OPEN
    assert promise.owners == ("gemeente",)
    assert promise.owner == "gemeente"


def test_upgrade_keeps_comments_and_loads_to_the_same_design() -> None:
    """The upgraded text keeps every comment and means what the old text meant."""
    new = plein.upgrade(OLD)
    assert 'schemaVersion: "2.0"' in new
    for comment in ("# A design written for format 1.0.", "# no level: 1.0 meant consult",
                    "# The report goes out within two weeks."):  # fmt: skip
        assert comment in new
    assert "owners: [gemeente]" in new
    with pytest.warns(plein.DesignWarning):
        old = plein.loads(OLD)
    assert plein.loads(new) == old


def test_upgrade_of_a_current_design_changes_nothing() -> None:
    """A design already in the newest version comes back as it was, byte for byte."""
    text = plein.examples.text("shopping-centre")
    assert plein.upgrade(text) == text


def test_upgrade_of_json_keeps_the_key_order() -> None:
    """JSON is upgraded too, with its keys in their order."""
    with pytest.warns(plein.DesignWarning):
        data = plein.loads(OLD)
    old_json = json.loads(plein.dumps(data, "json"))
    old_json["schemaVersion"] = "1.0"
    promise = old_json["sessions"][0]["promises"][0]
    promise["owner"] = promise.pop("owners")[0]
    new = json.loads(plein.upgrade(json.dumps(old_json), "json"))
    assert next(iter(new)) == "schemaVersion"
    assert new["sessions"][0]["promises"][0]["owners"] == ["gemeente"]


def test_upgrade_refuses_what_it_cannot_read() -> None:
    """A file that is not a readable design is refused with its problems, not a traceback."""
    with pytest.raises(plein.DesignError) as caught:
        plein.upgrade('schemaVersion: "1.0"\nid: &a x\n')
    assert caught.value.problems[0].code == "yaml-anchor"


def test_cli_upgrade_writes_in_place_and_to_stdout(tmp_path: Path) -> None:
    """`plein check` notes an older format; `plein upgrade FILE` prints the new text;
    --in-place rewrites the file."""
    path = tmp_path / "oud.yaml"
    path.write_text(OLD, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["upgrade", str(path)], out, err) == 0
    assert 'schemaVersion: "2.0"' in out.getvalue()
    assert path.read_text(encoding="utf-8") == OLD
    assert main(["check", str(path)], io.StringIO(), err) == 0
    assert "note: the design is in format 1.0" in err.getvalue()
    assert main(["upgrade", str(path), "--in-place"], io.StringIO(), err) == 0
    assert plein.load(path).schema_version == "2.0"
    assert "# The report goes out within two weeks." in path.read_text(encoding="utf-8")


def test_cli_upgrade_of_a_missing_file_is_bad_input(tmp_path: Path) -> None:
    """A file that is not there is exit code 2 with a message, no traceback."""
    err = io.StringIO()
    assert main(["upgrade", str(tmp_path / "nope.yaml")], io.StringIO(), err) == 2
    assert "cannot be read" in err.getvalue()


@settings(max_examples=40, deadline=None)
@given(trajectories())
def test_any_design_upgrades_to_itself(design: plein.Trajectory) -> None:
    """For every design in the newest version, the upgrade is the identity."""
    text = plein.dumps(design)
    assert plein.loads(plein.upgrade(text)) == design
