"""The Django + DRF example host (examples/django/): check, report and calendar over HTTP."""

from __future__ import annotations

import ast
import datetime as dt
import io
import json
import os
import sys
import tokenize
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("django")
pytest.importorskip("rest_framework")

import django
from django.test import Client

import plein

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "django"
sys.path.insert(0, str(EXAMPLE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plein_site.settings")
django.setup()

AS_OF = "?asOf=2026-11-28"
DAY = dt.date(2026, 11, 28)
# A design with personal data where it goes wrong: none of it may come back.
SECRET = "Jan Jansen"


@pytest.fixture
def client() -> Client:
    return Client()


def _post(client: Client, url: str, data: Any, **headers: str) -> Any:
    return client.post(url, json.dumps(data), content_type="application/json", **headers)


def _design(name: str = "flawed-evening") -> dict[str, Any]:
    return plein.to_data(plein.examples.load(name))


def test_check_answers_the_report_as_json(client: Client) -> None:
    """A posted design comes back as Report.to_dict, equal to checking it in Python."""
    response = _post(client, "/designs/check/" + AS_OF, _design())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    expected = plein.check(plein.from_data(_design()), as_of=DAY)
    assert response.json() == json.loads(json.dumps(expected.to_dict()))
    assert response.json()["counts"]["error"] == expected.counts[plein.Severity.ERROR]


def test_check_in_dutch(client: Client) -> None:
    """?lang=nl gives the findings in Dutch."""
    response = _post(client, "/designs/check/" + AS_OF + "&lang=nl", _design())
    assert response.json()["lang"] == "nl"
    dutch = plein.check(plein.from_data(_design()), as_of=DAY, lang="nl")
    assert [f["message"] for f in response.json()["findings"]] == [f.message for f in dutch]


def test_a_bad_design_is_problem_details(client: Client) -> None:
    """A design plein refuses is a 400 application/problem+json with every problem."""
    data = _design()
    data["sessions"][0]["plannedDate"] = "2026-02-30"
    data["parties"][0]["naam"] = SECRET
    data["sessions"][0]["after"] = ["nowhere"]
    response = _post(client, "/designs/check/", data)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    details = response.json()
    assert details["type"] == "urn:plein:problem:invalid-design"
    assert details["status"] == 400
    assert details["instance"].startswith("urn:uuid:")
    names = {p["name"] for p in details["invalidParams"]}
    assert {"$.sessions[0].plannedDate", "$.parties[0]", "$.sessions[0].after[0]"} <= names
    assert SECRET not in response.content.decode()


def test_problem_details_in_dutch(client: Client) -> None:
    """?lang=nl gives the problem details' title in Dutch."""
    response = _post(client, "/designs/report/?lang=nl", {"schemaVersion": "2.0"})
    assert response.status_code == 400
    assert response.json()["title"] == "Het ontwerp kan niet worden gelezen."


@pytest.mark.parametrize("url", ["/designs/check/", "/designs/report/", "/designs/calendar/"])
@pytest.mark.parametrize("body", [[], "text", {"id": 3}])
def test_every_endpoint_refuses_what_is_not_a_design(client: Client, url: str, body: Any) -> None:
    """Not a design, at any endpoint: problem details, never a server error."""
    response = _post(client, url, body)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_report_is_html(client: Client) -> None:
    """The report endpoint gives the same self-contained HTML page as plein.render.report."""
    response = _post(client, "/designs/report/" + AS_OF + "&lang=nl", _design())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    expected = plein.render.report(plein.from_data(_design()), lang="nl", as_of=DAY)
    assert response.content.decode() == expected


def test_calendar_is_icalendar(client: Client) -> None:
    """The calendar endpoint gives to_ics, stamped at the start of asOf."""
    design = _design("shopping-centre")
    response = _post(client, "/designs/calendar/?asOf=2026-01-05", design)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR")
    assert "DTSTAMP:20260104T230000Z" in text
    assert "ATTENDEE" not in text


def test_a_bad_as_of_is_a_client_error(client: Client) -> None:
    """asOf that is not a date is a 400, not a server error."""
    response = _post(client, "/designs/check/?asOf=tomorrow", _design())
    assert response.status_code == 400


def test_only_post_is_allowed(client: Client) -> None:
    """GET on an endpoint is 405: designs are posted."""
    assert client.get("/designs/check/").status_code == 405


def _code_lines(path: Path) -> int:
    """Lines holding code: no blank lines, comments or docstrings."""
    source = path.read_text(encoding="utf-8")
    docstrings: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and ast.get_docstring(
            node, clean=False
        ):
            first = node.body[0]
            docstrings.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    lines: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in skip | {tokenize.ENDMARKER} and token.start[0] not in docstrings:
            lines.update(range(token.start[0], token.end[0] + 1))
    return len(lines)


def test_the_glue_stays_small() -> None:
    """The plein glue a host writes (views, routes, one setting) is at most 40 lines."""
    views = _code_lines(EXAMPLE / "plein_site" / "views.py")
    urls = EXAMPLE / "plein_site" / "urls.py"
    routes = urls.read_text(encoding="utf-8").count("path(")
    settings = (EXAMPLE / "plein_site" / "settings.py").read_text(encoding="utf-8")
    assert settings.count("plein_site.views.problems") == 1
    assert views + routes + 1 <= 40
