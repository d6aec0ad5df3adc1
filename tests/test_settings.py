"""One setting for the language and the as-of date: plein.set_defaults and plein.defaults."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Iterator

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import plein
import plein.render
from plein.export import to_ics
from plein.render import findings_html, ledger_html, session_html, trajectory_html
from plein.trust import promise_ledger

DAY = pendulum.Date(2026, 6, 1)


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    """Each test starts and ends with the built-in defaults in this thread."""
    before = plein.get_defaults()
    yield
    plein.set_defaults(language=before.language, as_of=before.as_of)


@pytest.fixture
def design() -> plein.Trajectory:
    return plein.examples.load("shopping-centre")


@pytest.fixture
def frozen_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """What "today" means when nothing is set: pinned, far from DAY."""
    monkeypatch.setattr(pendulum, "today", lambda tz=None: pendulum.datetime(2027, 3, 3, tz=tz))


@pytest.mark.usefixtures("frozen_today")
def test_unset_each_output_keeps_its_own_language_and_today(design: plein.Trajectory) -> None:
    """Without a setting, check speaks English, reports and views Dutch, and all use today."""
    assert plein.get_defaults() == plein.Defaults(None, None)
    report = plein.check(design)
    assert report.lang == "en"
    assert plein.render.report(design, format="md").startswith("# Participatieverslag")
    assert trajectory_html(design).startswith('<div class="plein-view" lang="nl">')
    assert promise_ledger(design).as_of == pendulum.Date(2027, 3, 3)


@pytest.mark.usefixtures("frozen_today")
def test_set_defaults_reaches_check_report_views_ledger_and_calendar(
    design: plein.Trajectory,
) -> None:
    """After set_defaults every output uses its language and date, as if passed each time."""
    plein.set_defaults(language="en", as_of=DAY)
    report = plein.check(design)
    assert report == plein.check(design, as_of=DAY, lang="en")
    assert plein.render.report(design) == plein.render.report(design, lang="en", as_of=DAY)
    assert trajectory_html(design) == trajectory_html(design, lang="en", as_of=DAY)
    assert session_html(design.sessions[0]) == session_html(design.sessions[0], lang="en")
    assert findings_html(report).startswith('<div class="plein-view" lang="en">')
    ledger = promise_ledger(design)
    assert ledger.as_of == DAY
    assert ledger.to_text().startswith("Promises and actions as of 2026-06-01")
    assert ledger_html(ledger) == ledger_html(ledger, lang="en")
    # The day starts at midnight in the design's zone (Amsterdam, summer time: UTC+2).
    assert "DTSTAMP:20260531T220000Z" in to_ics(design)


def test_an_argument_wins_over_the_setting(design: plein.Trajectory) -> None:
    """A language or date passed to a call is used, whatever is set."""
    plein.set_defaults(language="en", as_of=DAY)
    other = pendulum.Date(2026, 12, 1)
    assert plein.check(design, lang="nl").lang == "nl"
    assert promise_ledger(design, other).as_of == other
    assert plein.render.report(design, format="md", lang="nl").startswith("# Participatieverslag")


def test_set_defaults_changes_only_what_it_is_given() -> None:
    """A setting left out stays; None puts one back to the built-in default."""
    plein.set_defaults(language="nl", as_of=DAY)
    assert plein.set_defaults(language="en") == plein.Defaults("en", DAY)
    assert plein.set_defaults(as_of=None) == plein.Defaults("en", None)
    assert plein.set_defaults(language=None) == plein.Defaults(None, None)


def test_the_context_manager_restores_what_was_set_before() -> None:
    """`with plein.defaults(...)` sets for the block only, nested blocks too, even on error."""
    plein.set_defaults(language="nl")
    with plein.defaults(as_of=DAY) as outer:
        assert outer == plein.Defaults("nl", DAY)
        seen: list[plein.Defaults] = []

        def fail_inside() -> None:
            with plein.defaults(language="en"):
                seen.append(plein.get_defaults())
                raise RuntimeError

        with pytest.raises(RuntimeError):
            fail_inside()
        assert seen == [plein.Defaults("en", DAY)]
        assert plein.get_defaults() == outer
    assert plein.get_defaults() == plein.Defaults("nl", None)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"language": "fr"}, "language must be one of en, nl"),
        ({"as_of": dt.datetime(2026, 6, 1, tzinfo=dt.UTC)}, "as_of must be a date"),
        ({"as_of": "2026-06-01"}, "as_of must be a date"),
    ],
)
def test_a_bad_setting_is_refused(settings: dict[str, object], message: str) -> None:
    """A language other than en or nl, or an as-of that is not a date, is a usage error."""
    with pytest.raises(plein.UsageError, match=message):
        plein.set_defaults(**settings)  # type: ignore[arg-type]
    with pytest.raises(plein.UsageError, match=message), plein.defaults(**settings):  # type: ignore[arg-type]
        pass  # pragma: no cover - the block is never entered
    assert plein.get_defaults() == plein.Defaults()


def test_a_plain_date_is_kept_as_a_pendulum_date() -> None:
    """A datetime.date is taken as the same day, as a pendulum date."""
    found = plein.set_defaults(as_of=dt.date(2026, 6, 1)).as_of
    assert isinstance(found, pendulum.Date)
    assert found == DAY


def test_a_setting_in_one_thread_is_not_seen_in_another(design: plein.Trajectory) -> None:
    """Two threads of a web host that set different languages each keep their own."""
    both_set = threading.Barrier(2)
    seen: dict[str, str] = {}

    def request(lang: plein.checks.Lang) -> None:
        plein.set_defaults(language=lang)
        both_set.wait(timeout=10)
        seen[lang] = plein.check(design, as_of=DAY).lang

    threads = [threading.Thread(target=request, args=(lang,)) for lang in ("en", "nl")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert seen == {"en": "en", "nl": "nl"}
    assert plein.get_defaults().language is None  # this thread never set one


def test_asyncio_tasks_keep_their_own_settings() -> None:
    """Tasks that interleave on one event loop do not see each other's settings."""

    async def request(lang: plein.checks.Lang) -> plein.checks.Lang | None:
        plein.set_defaults(language=lang)
        await asyncio.sleep(0)  # let the other task set its own
        return plein.get_defaults().language

    async def both() -> list[plein.checks.Lang | None]:
        return list(await asyncio.gather(request("en"), request("nl")))

    assert asyncio.run(both()) == ["en", "nl"]
    assert plein.get_defaults().language is None


@given(
    language=st.sampled_from(["en", "nl", None]),
    as_of=st.none() | st.dates().map(lambda d: pendulum.Date(d.year, d.month, d.day)),
)
def test_a_with_block_always_gives_back_what_was_there(
    language: plein.checks.Lang | None, as_of: pendulum.Date | None
) -> None:
    """For every language and date, the block sees them and the settings after it are as before."""
    before = plein.get_defaults()
    with plein.defaults(language=language, as_of=as_of) as inside:
        assert inside == plein.Defaults(language, as_of) == plein.get_defaults()
    assert plein.get_defaults() == before


def test_the_pictures_follow_the_setting(design: plein.Trajectory) -> None:
    """timeline_svg, graph_svg and programme_svg speak the language set, and the timeline
    marks the date set."""
    plein.set_defaults(language="en", as_of=DAY)
    assert plein.render.timeline_svg(design) == plein.render.timeline_svg(
        design, lang="en", as_of=DAY
    )
    assert plein.render.graph_svg(design) == plein.render.graph_svg(design, lang="en")
    session = design.sessions[0]
    assert plein.render.programme_svg(session) == plein.render.programme_svg(session, lang="en")
    plein.set_defaults(language=None, as_of=None)
    assert "Tijdlijn van het traject" in plein.render.timeline_svg(design)
