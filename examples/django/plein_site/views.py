"""The plein glue of this host: three endpoints and one exception handler.

POST a design (the JSON wire shape) to ``check/``, ``report/`` or ``calendar/``;
``?lang=nl`` and ``?asOf=YYYY-MM-DD`` choose the language and the day it is judged on.
"""

import datetime as dt

from django.http import HttpResponse, JsonResponse
from rest_framework.decorators import api_view
from rest_framework.exceptions import ParseError
from rest_framework.response import Response
from rest_framework.views import exception_handler

import plein
from plein.export import problem_details, to_ics


def _lang(request):
    return "nl" if request.query_params.get("lang") == "nl" else "en"


def _read(request):
    """The posted design, read as plein reads a file, and the day to judge it on."""
    text = request.query_params.get("asOf")
    try:
        as_of = None if text is None else dt.date.fromisoformat(text)
    except ValueError:
        raise ParseError("asOf is a date written YYYY-MM-DD") from None
    return plein.from_data(request.data), as_of


@api_view(["POST"])
def check(request):
    """The findings, as Report.to_dict gives them (counts per severity included)."""
    design, as_of = _read(request)
    return Response(plein.check(design, as_of=as_of, lang=_lang(request)).to_dict())


@api_view(["POST"])
def report(request):
    """The participation report, one self-contained HTML page."""
    design, as_of = _read(request)
    html = plein.render.report(design, lang=_lang(request), as_of=as_of)
    return HttpResponse(html, content_type="text/html; charset=utf-8")


@api_view(["POST"])
def calendar(request):
    """The sessions and follow-up as iCalendar (DTSTAMP: the start of asOf, or now)."""
    design, as_of = _read(request)
    ics = to_ics(design, as_of=as_of)
    return HttpResponse(ics, content_type="text/calendar; charset=utf-8")


def problems(exc, context):
    """DRF's exception handler, with a design or config plein refuses as problem details."""
    if isinstance(exc, plein.DesignError | plein.ConfigError):
        details = problem_details(exc, lang=_lang(context["request"]))
        return JsonResponse(details, status=400, content_type="application/problem+json")
    return exception_handler(exc, context)
