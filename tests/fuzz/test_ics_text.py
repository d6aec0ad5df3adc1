"""Every user string in a calendar reads back exactly, whatever characters it holds."""

from __future__ import annotations

import attrs
import icalendar
import pendulum
from hypothesis import example, given, settings
from hypothesis import strategies as st

import plein
from plein.export import to_ics

# What iCalendar text can hold (no control characters but the line feed), with the
# characters its escaping is about made likely.
CAL_TEXT = (
    st.lists(
        st.sampled_from(["\\", ";", ",", "\n", ":", '"', "\\n", "\\,", " ", "\x85", "\u202e"])
        | st.characters(blacklist_categories=("Cs", "Cc")),
        min_size=1,
        max_size=30,
    )
    .map("".join)
    .filter(lambda text: text.strip() != "")
)

EXAMPLE = plein.examples.load("shopping-centre")
AS_OF = pendulum.datetime(2026, 1, 5, tz="UTC")


def _calendar(title: str, venue: str, block: str, action: str) -> icalendar.Calendar:
    first = EXAMPLE.sessions[0]
    programme = (attrs.evolve(first.programme[0], title=block), *first.programme[1:])
    agreement = first.agreements[0]
    actions = (attrs.evolve(agreement.actions[0], text=action), *agreement.actions[1:])
    session = attrs.evolve(
        first,
        title=title,
        venue=venue,
        programme=programme,
        agreements=(attrs.evolve(agreement, actions=actions), *first.agreements[1:]),
    )
    design = attrs.evolve(EXAMPLE, sessions=(session, *EXAMPLE.sessions[1:]))
    return icalendar.Calendar.from_ical(to_ics(design, as_of=AS_OF))


@settings(max_examples=60, deadline=None)
@given(title=CAL_TEXT, venue=CAL_TEXT, block=CAL_TEXT, action=CAL_TEXT)
@example(title="a\\Nb", venue="\\N;", block="x\\n,", action="\\\\N")
def test_user_strings_read_back_exactly(title: str, venue: str, block: str, action: str) -> None:
    """SUMMARY, LOCATION and DESCRIPTION of an event and a to-do's SUMMARY hold the
    design's strings exactly (backslashes, semicolons, commas and newlines included)."""
    calendar = _calendar(title, venue, block, action)
    uid = EXAMPLE.sessions[0].uid
    event = next(e for e in calendar.walk("VEVENT") if str(e["UID"]) == uid)
    assert str(event["SUMMARY"]) == title
    assert str(event["LOCATION"]) == venue
    assert block in str(event["DESCRIPTION"])
    summaries = [str(todo["SUMMARY"]) for todo in calendar.walk("VTODO")]
    assert action in summaries
