"""The pictures of the report and the views, as inline SVG text.

Three pictures, each a function that returns one ``<svg>`` element for inline use in
HTML5 (so without an ``xmlns`` attribute, and with nothing fetched):

- :func:`timeline_svg`: the trajectory's sessions and steps on a date axis, the planned
  date hollow, the actual date filled, a slip drawn between them, and the report date;
- :func:`programme_svg`: a session's programme as a bar of blocks on a clock axis that
  starts at the first block, each block as long as its timebox; the walk-in and the
  breaks look different from the work, a block of unknown length is drawn dashed with a
  question mark, and the dagdeel's window is shown above the bar; a band under it
  shows the session's trust arc, the trust each block needs against the trust built;
- :func:`graph_svg`: the trajectory graph, a column (or, for a long trajectory, a row)
  for each topological generation (design order when the graph has a cycle), arrows
  from each node to what follows it.

Every text is 11 px or larger: on a phone a picture is shown at its own size, in a box
that scrolls sideways, so that it stays readable. Each picture keeps every design text
in an escaped ``<text>`` or ``<title>``; no ids are defined, so many pictures can share
one page.

>>> import plein
>>> design = plein.examples.load("shopping-centre")
>>> timeline_svg(design, as_of=pendulum.Date(2026, 11, 28)).startswith("<svg")
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

import attrs
import networkx as nx
import pendulum

from plein._settings import get_defaults, resolve_as_of, resolve_lang
from plein.checks import Lang
from plein.model import BlockKind, EdtfDate, Session, Step, Timeline, Trajectory, timeline
from plein.render._escape import html_text, shorten
from plein.render._words import date_text, minutes_text, name, word
from plein.trust import trust_arc
from plein.workformats import Arc, Catalogue, OwnFormat, WorkFormat, default_catalogue

__all__ = [
    "block_format",
    "find_format",
    "format_name",
    "graph_runs_across",
    "graph_svg",
    "happened",
    "programme_svg",
    "timeline_svg",
]

_FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif"'
_INK, _MUTED, _GRID = "#1f2933", "#616e7c", "#d9e2ec"
_SESSION, _STEP, _SLIP, _AS_OF = "#2f6fae", "#a5661a", "#c2453d", "#7b2cbf"
_OK = "#3f9142"
_ARC_FILL = {
    Arc.OPEN: "#cfe3f7",
    Arc.DIVERGE: "#bfe3c9",
    Arc.CONVERGE: "#f6d9a8",
    Arc.CLOSE: "#dccbf0",
    Arc.PRESENTATION: "#e4e7eb",
}
_WORK_FILL = "#dde3ea"  # a work block whose format is not in the catalogue
_WALK_IN_FILL, _BREAK_FILL = "#f5f7fa", "#fffbea"


@attrs.frozen
class _ArcPoint:
    """One content block on a session's trust arc, by its id.

    ``asked`` is the trust level the block's exposure needs, ``trust`` the level built
    before it: both as :mod:`plein.trust` counts them (0 up to 3), on one scale.
    """

    block: str
    asked: int
    trust: int


def find_format(catalogue: Catalogue, format_id: str | None) -> WorkFormat | None:
    """The work format with this id (or name) in the catalogue, or None."""
    if format_id is None or format_id not in catalogue:
        return None
    return catalogue.get(format_id)


def format_name(fmt: WorkFormat | OwnFormat, lang: Lang) -> str:
    """A work format's name in ``lang``."""
    return fmt.name_nl if lang == "nl" else fmt.name_en


def block_format(
    catalogue: Catalogue, own: Sequence[OwnFormat], format_id: str | None
) -> WorkFormat | OwnFormat | None:
    """The work format a block names: from the catalogue, else one of the design's own
    formats (one whose facts are not all known is not in the catalogue, but it still
    has its names and often its phase), else None."""
    found = find_format(catalogue, format_id)
    if found is not None or format_id is None:
        return found
    return next((f for f in own if f.id == format_id), None)


# -- drawing helpers ---------------------------------------------------------------------


def _svg(width: float, height: float, title: str, body: Iterable[str]) -> str:
    w, h = round(width), round(height)
    return (
        f'<svg class="plein-svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        f'role="img" {_FONT} font-size="12">'
        f"<title>{html_text(title)}</title>{''.join(body)}</svg>"
    )


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: float = 11,
    anchor: str = "start",
    fill: str = _INK,
    weight: str = "normal",
    tooltip: str | None = None,
) -> str:
    tip = f"<title>{html_text(tooltip)}</title>" if tooltip else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{fill}" font-weight="{weight}">{tip}{html_text(content)}</text>'
    )


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str, extra: str = "") -> str:
    return (
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}" {extra}/>'
    )


def _fits(width: float, size: float = 11) -> int:
    """How many characters of text at ``size`` fit in ``width`` pixels (roughly)."""
    return max(int(width / (size * 0.58)), 0)


# -- the timeline ------------------------------------------------------------------------

_T_WIDTH, _T_LABEL, _T_X0, _T_X1 = 1000, 300, 310, 975
_T_TOP, _T_ROW = 52, 26
# The narrow timeline, for a phone: each title on its own line above its dates.
_N_WIDTH, _N_X0, _N_X1, _N_ROW = 360, 12, 340, 44


def timeline_svg(trajectory: Trajectory, *, as_of: dt.date | None = None,
                 lang: Lang | None = None, narrow: bool = False) -> str:  # fmt: skip
    """The trajectory's sessions and steps on a date axis, planned against actual.

    A session is a circle, a step a diamond; a hollow mark is the planned date, a filled
    one the date it took place; a red line joins them when the date slipped. The report
    date (``as_of``) is a vertical line when it falls near the trajectory's dates.

    The picture is 1000 px wide, titles in a column left of the axis; ``narrow`` makes it
    360 px wide for a phone, each title on its own line above its row of dates.
    Unset, ``lang`` and ``as_of`` come from :func:`plein.set_defaults` (else Dutch, and
    no report date).
    """
    lang = resolve_lang(lang, "nl")
    day: pendulum.Date | None = None  # no report date unless one is given or set
    if as_of is not None or get_defaults().as_of is not None:
        day = resolve_as_of(as_of, trajectory.timezone)
    width, x0, x1 = (_N_WIDTH, _N_X0, _N_X1) if narrow else (_T_WIDTH, _T_X0, _T_X1)
    row = _N_ROW if narrow else _T_ROW
    nodes = list(trajectory.nodes())
    order = {node.id: i for i, node in enumerate(nodes)}
    nodes.sort(key=lambda n: (n.when is None, _middle(n.when), order[n.id]))
    dates = [_middle(d) for n in nodes for d in (n.planned_date, n.actual_date) if d is not None]
    title = f"{word('timeline', lang)}: {trajectory.title}"
    if not nodes:
        return _svg(width, 40, title, [_text(10, 24, word("empty-trajectory", lang))])
    if not dates:
        dates = [day or pendulum.today(trajectory.timezone).date()]
    low, high = min(dates), max(dates)
    if day is not None and _shift(low, -120) <= day <= _shift(high, 120):
        low, high = min(low, day), max(high, day)
    pad = max((high - low).in_days(), 30) * 0.04 + 5
    start, end = _shift(low, -round(pad)), _shift(high, round(pad))
    if (end - start).in_days() < 62 and end.year < 9999:
        # A short trajectory (one date) still gets a date axis: whole months around it.
        start, end = start.first_of("month"), end.add(months=1).first_of("month")
    span = max((end - start).in_days(), 1)

    def x(day: pendulum.Date) -> float:
        return x0 + (day - start).in_days() / span * (x1 - x0)

    legend_rows = 2 if narrow else 1
    rows_bottom = _T_TOP + len(nodes) * row
    height = rows_bottom + 34 + legend_rows * 18
    body: list[str] = []
    for tick, label, year in _month_ticks(start, end, lang):
        tx = x(tick)
        body.append(_line(tx, _T_TOP - 6, tx, rows_bottom, _GRID))
        body.append(_text(tx + 2, 18, label, size=11, fill=_MUTED))
        if year:
            body.append(_text(tx + 2, 31, year, size=11, fill=_MUTED, weight="600"))
    for i, node in enumerate(nodes):
        top = _T_TOP + i * row
        if i % 2 == 0:
            body.append(
                f'<rect x="0" y="{top:.1f}" width="{width}" height="{row}" fill="#f5f7fa"/>'
            )
        colour = _SESSION if isinstance(node, Session) else _STEP
        kind = word("session", lang) if isinstance(node, Session) else name(node.kind, lang)
        # The title: beside the axis, or on a phone on its own line above the dates.
        ty = top + 15 if narrow else top + row / 2
        room = _fits(width - 40) if narrow else _fits(_T_LABEL - 30)
        body.append(_mark(14, ty - 4 if narrow else ty, isinstance(node, Session), colour,
                          filled=True, size=5))  # fmt: skip
        body.append(
            _text(26, ty + (0 if narrow else 4), shorten(node.title, room),
                  tooltip=f"{kind}: {node.title}")
        )  # fmt: skip
        y = top + 31 if narrow else top + row / 2
        body.extend(_timeline_marks(node, y, x, colour, lang, x0, x1))
    if day is not None and start <= day <= end:
        ax = x(day)
        body.append(_line(ax, _T_TOP - 6, ax, rows_bottom + 4, _AS_OF, 'stroke-dasharray="4 3"'))
        label = f"{word('as-of', lang)} {date_text(day, lang)}"
        anchor = "end" if ax > (x0 + x1) / 2 else "start"
        lx = ax - 4 if anchor == "end" else ax + 4
        body.append(_text(lx, rows_bottom + 14, label, size=11, anchor=anchor, fill=_AS_OF))
    body.append(_timeline_legend(rows_bottom + 34, lang, narrow=narrow))
    return _svg(width, height, title, body)


def _mark(x: float, y: float, session: bool, colour: str, *, filled: bool,
          size: float = 6) -> str:  # fmt: skip
    """A circle for a session, a diamond for a step; hollow or filled."""
    fill = colour if filled else "#ffffff"
    if session:
        return (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size}" fill="{fill}" '
            f'stroke="{colour}" stroke-width="2"/>'
        )
    s = size + 1.5
    points = f"{x:.1f},{y - s:.1f} {x + s:.1f},{y:.1f} {x:.1f},{y + s:.1f} {x - s:.1f},{y:.1f}"
    return f'<polygon points="{points}" fill="{fill}" stroke="{colour}" stroke-width="2"/>'


def _middle(when: EdtfDate | None) -> pendulum.Date:
    """The day a date is drawn at: the middle of the days it can mean."""
    if when is None:
        return pendulum.Date(1, 1, 1)
    middle: pendulum.Date = when.earliest.add(days=(when.latest - when.earliest).in_days() // 2)
    return middle


def happened(node: Session | Step) -> bool:
    """True when the design says a session was held or a step done (dated or not)."""
    return node.is_record if isinstance(node, Session) else node.is_done


def _timeline_marks(node: Session | Step, y: float, x: Callable[[pendulum.Date], float],
                    colour: str, lang: Lang, x0: float, x1: float) -> list[str]:  # fmt: skip
    planned, actual = node.planned_date, node.actual_date
    marks: list[str] = []
    undated = actual is None and happened(node)
    done = word("held-undated" if isinstance(node, Session) else "done-undated", lang)
    if planned is None and actual is None:
        said = done if undated else word("no-date", lang)
        marks.append(_text(x0 + 4, y + 4, said, size=11, fill=_MUTED))
        return marks
    if undated and planned is not None:
        # Done, on a day not recorded: filled (done) at the planned date, said in words.
        tip = html_text(f"{done} ({word('planned', lang)}: {date_text(planned, lang)})")
        mark = _mark(x(_middle(planned)), y, isinstance(node, Session), colour, filled=True)
        marks.append(f"<g><title>{tip}</title>{mark}</g>")
        # The words beside the mark, on whichever side has room.
        px = x(_middle(planned))
        right = px < (x0 + x1) / 2
        marks.append(_text(px + 10 if right else px - 10, y + 4, done, size=11, fill=_MUTED,
                           anchor="start" if right else "end"))  # fmt: skip
        return marks
    # A slip only where the dates cannot be the same day: equal dates, or a month and a
    # day in it, did not slip.
    slipped = (
        planned is not None
        and actual is not None
        and (actual.surely_after(planned) or actual.surely_before(planned))
    )
    if planned is not None and actual is not None and slipped:
        px, axx = x(_middle(planned)), x(_middle(actual))
        marks.append(_line(px, y, axx, y, _SLIP, 'stroke-width="2" stroke-dasharray="3 2"'))
        days = actual.days_after(planned)
        sign = "+" if actual.surely_after(planned) else "\u2212"  # a minus sign
        label = f"{sign}{abs(days)} d" if days is not None else sign
        marks.append(_text(max(px, axx) + 10, y + 4, label, size=11, fill=_SLIP))
    for day, key, filled in ((planned, "planned", False), (actual, "held", True)):
        if day is not None:
            tip = html_text(f"{word(key, lang)}: {date_text(day, lang)}")
            mark = _mark(x(_middle(day)), y, isinstance(node, Session), colour, filled=filled)
            marks.append(f"<g><title>{tip}</title>{mark}</g>")
    return marks


def _shift(day: pendulum.Date, days: int) -> pendulum.Date:
    """``day`` moved by ``days``, held at the calendar's ends (years 1 and 9999)."""
    try:
        return day.add(days=days)
    except (OverflowError, ValueError):
        return pendulum.Date(1, 1, 1) if days < 0 else pendulum.Date(9999, 12, 31)


def _month_ticks(start: pendulum.Date, end: pendulum.Date,
                 lang: Lang) -> list[tuple[pendulum.Date, str, str]]:  # fmt: skip
    months = (end.year - start.year) * 12 + end.month - start.month
    # Over long spans a tick every so many whole years: a dozen or so ticks at most.
    step = 1 if months <= 14 else 3 if months <= 42 else 12 * max(1, -(-months // 144))
    tick = pendulum.Date(start.year, start.month, 1)
    if tick < start:
        if start.year == 9999 and start.month == 12:
            return []
        tick = tick.add(months=1)
    while (tick.month - 1) % step:
        tick = tick.add(months=1)
    ticks = []
    first = True
    while tick <= end:
        label = tick.format("MMM", locale=lang).rstrip(".") if step < 12 else ""
        year = str(tick.year) if first or tick.month == 1 else ""
        ticks.append((tick, label or year, year if label else ""))
        first = False
        if (end.year - tick.year) * 12 + end.month - tick.month < step:
            break  # the next tick is past the end (and perhaps past the calendar's)
        tick = tick.add(months=step)
    return ticks


def _timeline_legend(y: float, lang: Lang, *, narrow: bool = False) -> str:
    """The marks explained: in one line, or on a phone in two."""
    x = _N_X0 + 6 if narrow else _T_X0
    places = [(x, y), (x + 110, y), (x + 220, y), (x if narrow else x + 330, y + 18 * narrow)]
    parts = [
        _mark(*places[0], True, _SESSION, filled=False),
        _mark(*places[1], True, _SESSION, filled=True),
        _mark(*places[2], False, _STEP, filled=True),
    ]
    for (px, py), key in zip(places[:3], ("planned", "held", "step"), strict=True):
        parts.append(_text(px + 12, py + 4, word(key, lang), size=11, fill=_MUTED))
    sx, sy = places[3]
    parts.append(_line(sx - 6, sy, sx + 14, sy, _SLIP, 'stroke-width="2" stroke-dasharray="3 2"'))
    parts.append(_text(sx + 20, sy + 4, word("slipped", lang), size=11, fill=_MUTED))
    return "".join(parts)


# -- a session's programme ---------------------------------------------------------------

_P_WIDTH, _P_X0, _P_X1 = 1000, 16, 984
_P_BAND, _P_BAR, _P_BAR_H = 14, 40, 46
_UNKNOWN_MINUTES = 10  # how wide a block of unknown length is drawn


@attrs.frozen
class _Segment:
    number: int
    title: str
    start: int
    minutes: int
    known: bool
    fill: str
    style: str
    tooltip: str
    block: str
    phase: str = ""


def programme_svg(
    session: Session,
    *,
    formats: Catalogue | None = None,
    lang: Lang | None = None,
    trust: bool = True,
    line: Timeline | None = None,
    narrow: bool = False,
    own: Sequence[OwnFormat] = (),
) -> str:
    """A session's programme as a timebox bar on a clock axis.

    The axis runs over the dagdeel's window (from its start, so that a late start
    shows), and further where the programme runs outside it; without clock times it
    counts minutes from the first block. The blocks are placed by the session's
    timeline (``line``, else :func:`plein.timeline` of the session alone); an end
    marker is not drawn.

    Blocks are numbered in programme order (the numbers match the programme table of
    the report). Under the bar, unless ``trust`` is false, a band shows the session's
    trust arc (:func:`plein.trust.trust_arc`): for each content block, the trust level
    its exposure needs against the level built before it, shaded where it asks more.

    ``narrow`` (for a phone) draws the programme top to bottom, 360 px wide: a row per
    block with its start, number, phase, length and title, each as tall as its timebox
    allows, and a line in red under a block that asks more than the trust built.
    ``lang`` defaults to the one set with :func:`plein.set_defaults`, else Dutch.
    ``own`` is the design's own work formats (``Trajectory.formats``): a block in one
    that is not in ``formats`` still shows by its name and phase.
    """
    lang = resolve_lang(lang, "nl")
    catalogue = formats if formats is not None else default_catalogue()
    title = f"{word('timebox', lang)}: {session.title}"
    line = line if line is not None else timeline(session, formats=catalogue)
    segments = _segments(line, catalogue, lang, own)
    if not segments:
        width = _N_WIDTH if narrow else _P_WIDTH
        return _svg(width, 40, title, [_text(10, 24, word("no-programme", lang))])
    if narrow:
        arc = _arc_points(session, catalogue) if trust else []
        return _programme_narrow(segments, line, arc, title, lang)
    has_clock = line.first_clock_start is not None
    window = line.window if has_clock else None
    low = min(s.start for s in segments)
    high = max(s.start + s.minutes for s in segments)
    if window is not None:
        low, high = min(low, window.start), max(high, window.end)
    span = max(high - low, 1)

    def x(minute: float) -> float:
        # Divide first: a length of any size (a typo of many digits) gives a position.
        return _P_X0 + (minute - low) / span * (_P_X1 - _P_X0)

    body: list[str] = []
    if window is not None and window.end > low:
        label = word("window", lang) if window.dagdeel is None else name(window.dagdeel, lang)
        left = x(max(window.start, low))
        body.append(
            f'<rect x="{left:.1f}" y="{_P_BAND}" width="{x(window.end) - left:.1f}" '
            'height="8" rx="2" fill="#e6eef7" stroke="#9fb3c8"/>'
        )
        body.append(_text(left + 2, _P_BAND - 3, f"{label} {window.span}", size=11,
                          fill=_MUTED))  # fmt: skip
    bar_bottom = _P_BAR + _P_BAR_H
    for seg in segments:
        body.append(_segment(seg, x(seg.start), seg.minutes / span * (_P_X1 - _P_X0)))
    axis_y = bar_bottom + 6
    body.append(_line(x(low), axis_y, x(high), axis_y, _MUTED))
    step = _clock_step(high - low)
    first_tick = low + (-low) % step
    for minute in range(first_tick, high + 1, step):
        tx = x(minute)
        body.append(_line(tx, axis_y, tx, axis_y + 5, _MUTED))
        label = line.clock(minute) if has_clock else f"+{minute - low} min"
        body.append(_text(tx, axis_y + 17, label, size=11, anchor="middle", fill=_MUTED))
    y: float = axis_y + 30
    arc = _arc_points(session, catalogue) if trust else []
    if arc:
        y = _arc_band(body, segments, arc, x, y, lang)
    body.append(_programme_legend(y + 8, lang))
    return _svg(_P_WIDTH, y + 22, title, body)


def _programme_narrow(segments: Sequence[_Segment], line: Timeline, arc: Sequence[_ArcPoint],
                      title: str, lang: Lang) -> str:  # fmt: skip
    """The programme top to bottom for a phone: one row per block."""
    too_much = {p.block for p in arc if p.asked > p.trust}
    body: list[str] = []
    y: float = 8
    window = line.window if line.first_clock_start is not None else None
    if window is not None:
        label = word("window", lang) if window.dagdeel is None else name(window.dagdeel, lang)
        body.append(_text(4, y + 11, f"{label} {window.span}", size=11, fill=_MUTED))
        y += 22
    text_x, room = 76, _fits(_N_WIDTH - 80)
    for seg in segments:
        length = f"{seg.minutes} min" if seg.known else word("length-unknown", lang)
        head = " \u00b7 ".join(p for p in (seg.phase, length) if p)
        lines = _wrap(seg.title, room, 2)
        warn = seg.block in too_much
        # As tall as its timebox, up to four hours' worth: a typo of many digits stays a row.
        height = max(18 + 14 * (len(lines) + warn), min(seg.minutes, 240) * 0.8)
        if line.first_clock_start is not None:
            body.append(_text(4, y + 13, line.clock(seg.start), size=11, fill=_MUTED))
        body.append(
            f'<rect x="48" y="{y + 1:.1f}" width="20" height="{height - 2:.1f}" rx="3" '
            f'fill="{seg.fill}" {seg.style.replace("#ffffff", "#9aa5b1")}/>'
        )
        number = str(seg.number) if seg.known else f"{seg.number} ?"
        parts = [
            f"<g><title>{html_text(seg.tooltip)}</title>",
            _text(text_x, y + 13, number, size=11, weight="600"),
            _text(text_x + 8 + len(number) * 7, y + 13, head, size=11, fill=_MUTED),
        ]
        for i, text in enumerate(lines):
            parts.append(_text(text_x, y + 27 + i * 14, text, size=11))
        if warn:
            parts.append(_text(text_x, y + 27 + len(lines) * 14, word("asks-too-much", lang),
                               size=11, fill=_SLIP))  # fmt: skip
        parts.append("</g>")
        body.extend(parts)
        y += height + 4
    return _svg(_N_WIDTH, y + 4, title, body)


def _arc_points(session: Session, catalogue: Catalogue) -> list[_ArcPoint]:
    return [
        _ArcPoint(step.block, step.needs, step.before.level)
        for step in trust_arc(session, catalogue).steps
        if step.exposure is not None
    ]


def _segments(
    line: Timeline, catalogue: Catalogue, lang: Lang, own: Sequence[OwnFormat] = ()
) -> list[_Segment]:
    slots = line.slots
    lengths = [slot.length for slot in slots]
    drawn = [n if n is not None else _UNKNOWN_MINUTES for n in lengths]
    # Blocks before the first known start run back from it (unknown lengths as drawn).
    first = next((i for i, slot in enumerate(slots) if slot.start is not None), None)
    cursor = 0 if first is None else (slots[first].start or 0) - sum(drawn[:first])
    segments = []
    for i, slot in enumerate(slots):
        block, start = slot.block, slot.start
        begin = start if start is not None else cursor
        fmt = block_format(catalogue, own, block.format)
        arc = fmt.arc if fmt is not None else None
        length = lengths[i]
        if length is None:
            fill, style = "#ffffff", f'stroke="{_SLIP}" stroke-width="1.5" stroke-dasharray="4 3"'
        elif block.kind is BlockKind.WALK_IN or arc is Arc.WALK_IN:
            fill, style = _WALK_IN_FILL, 'stroke="#9aa5b1" stroke-dasharray="5 3"'
        elif block.kind is BlockKind.BREAK or arc is Arc.BREAK:
            fill, style = _BREAK_FILL, 'stroke="#c99a2e" stroke-dasharray="2 2"'
        else:
            fill = _ARC_FILL.get(arc, _WORK_FILL) if arc is not None else _WORK_FILL
            style = 'stroke="#ffffff" stroke-width="1.5"'
        how_long = word("length-unknown", lang) if length is None else minutes_text(length, lang)
        when = f"{line.clock(start)} " if start is not None else ""
        fmt_name = f" ({format_name(fmt, lang)})" if fmt is not None else ""
        phase = f", {name(arc, lang)}" if arc is not None else ""
        tooltip = f"{slot.index + 1}. {when}{block.title}{fmt_name}{phase}, {how_long}"
        segments.append(
            _Segment(
                slot.index + 1, block.title, begin, drawn[i], length is not None, fill, style,
                tooltip, block.id, name(arc, lang) if arc is not None else "",
            )
        )  # fmt: skip
        cursor = begin + drawn[i]
    return segments


def _segment(seg: _Segment, left: float, width: float) -> str:
    top, mid = _P_BAR, _P_BAR + _P_BAR_H / 2
    parts = [
        f"<g><title>{html_text(seg.tooltip)}</title>",
        f'<rect x="{left:.1f}" y="{top}" width="{max(width, 1):.1f}" height="{_P_BAR_H}" '
        f'rx="3" fill="{seg.fill}" {seg.style}/>',
    ]
    label = str(seg.number) if seg.known else f"{seg.number} ?"
    room = _fits(width - 6, 11)
    if room >= len(label) + 4:
        parts.append(_text(left + 4, top + 13, label, size=11, weight="600"))
        # The phase in words beside the number, so that colour is not its only sign.
        if seg.phase and room >= len(label) + 1 + len(seg.phase):
            parts.append(_text(left + 8 + len(label) * 7, top + 13, seg.phase, size=11,
                               fill=_MUTED))  # fmt: skip
        for i, text in enumerate(_wrap(seg.title, room, 2)):
            parts.append(_text(left + 4, top + 27 + i * 13, text, size=11))
    elif room >= len(label):
        parts.append(_text(left + width / 2, mid + 4, label, size=11, anchor="middle",
                           weight="600"))  # fmt: skip
    parts.append("</g>")
    return "".join(parts)


def _clock_step(span: int) -> int:
    for step in (5, 10, 15, 30, 60, 120, 240):
        if span <= 16 * step:
            return step
    # A programme of days or more (a typo in a length): whole hours, still 16 ticks or so,
    # so that the drawing does not grow with the minutes.
    return 60 * -(-span // (16 * 60))


def _arc_band(body: list[str], segments: Sequence[_Segment], arc: Sequence[_ArcPoint],
              x: Callable[[float], float], y: float, lang: Lang) -> float:  # fmt: skip
    height = 60
    top_level = max([3, *(max(p.asked, p.trust) for p in arc)])
    bottom = y + height

    def level_y(level: int) -> float:
        return bottom - level / top_level * height

    body.append(
        f'<rect x="{_P_X0}" y="{y:.1f}" width="{_P_X1 - _P_X0}" height="{height}" '
        'fill="#fafbfc" stroke="#d9e2ec"/>'
    )
    for level in range(1, top_level):
        body.append(_line(_P_X0, level_y(level), _P_X1, level_y(level), "#e4e7eb"))
    for level in range(top_level + 1):
        body.append(_text(_P_X1 - 3, level_y(level) + (9 if level == 0 else 4), str(level),
                          size=11, anchor="end", fill=_MUTED))  # fmt: skip
    by_block = {point.block: point for point in arc}
    runs: list[list[tuple[float, float, _ArcPoint]]] = [[]]
    for seg in segments:
        point = by_block.get(seg.block)
        if point is None:  # the walk-in, a break, an unknown format: the line pauses
            if runs[-1]:
                runs.append([])
            continue
        left, right = x(seg.start), x(seg.start + seg.minutes)
        runs[-1].append((left, right, point))
        if point.asked > point.trust:
            body.append(
                f'<rect x="{left:.1f}" y="{level_y(point.asked):.1f}" width="{right - left:.1f}" '
                f'height="{level_y(point.trust) - level_y(point.asked):.1f}" fill="#f6c6c1"/>'
            )
    for run in runs:
        if not run:
            continue
        for value, colour, dash in (
            ("asked", _SLIP, ""),
            ("trust", _OK, ' stroke-dasharray="6 3"'),
        ):
            points = " ".join(
                f"{px:.1f},{level_y(getattr(p, value)):.1f}"
                for left, right, p in run
                for px in (left, right)
            )
            body.append(
                f'<polyline points="{points}" fill="none" stroke="{colour}" '
                f'stroke-width="2"{dash}/>'
            )
    legend_y = bottom + 14
    lx: float = _P_X0
    for key, mark in (
        ("exposure-asked", _line(0, -4, 20, -4, _SLIP, 'stroke-width="2"')),
        ("trust-built", _line(0, -4, 20, -4, _OK, 'stroke-width="2" stroke-dasharray="6 3"')),
        ("asks-too-much", '<rect x="3" y="-9" width="14" height="11" fill="#f6c6c1"/>'),
    ):
        label = word(key, lang)
        body.append(f'<g transform="translate({lx:.1f},{legend_y:.1f})">{mark}</g>')
        body.append(_text(lx + 24, legend_y, label, size=11, fill=_MUTED))
        lx += 24 + len(label) * 6.4 + 24
    # What the numbers on the band's scale mean, in the words of plein.trust.
    for i, line in enumerate(word("trust-levels", lang).split("\n")):
        body.append(_text(_P_X0, legend_y + 18 + i * 15, line, size=11, fill=_MUTED))
    return legend_y + 8 + 15 * (1 + word("trust-levels", lang).count("\n")) + 4


def _programme_legend(y: float, lang: Lang) -> str:
    items: list[tuple[str, str, str]] = [
        (_WALK_IN_FILL, 'stroke="#9aa5b1" stroke-dasharray="5 3"', word("walk-in", lang)),
        (_BREAK_FILL, 'stroke="#c99a2e" stroke-dasharray="2 2"', word("break", lang)),
        ("#ffffff", f'stroke="{_SLIP}" stroke-dasharray="4 3"', word("length-unknown", lang)),
    ]
    items += [(fill, 'stroke="#9aa5b1"', name(arc, lang)) for arc, fill in _ARC_FILL.items()]
    parts = []
    x: float = _P_X0
    for fill, style, label in items:
        parts.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="14" height="11" rx="2" '
                     f'fill="{fill}" {style}/>')  # fmt: skip
        parts.append(_text(x + 18, y, label, size=11, fill=_MUTED))
        x += 24 + len(label) * 6.4 + 14
    return "".join(parts)


# -- the trajectory graph ----------------------------------------------------------------

_G_W, _G_H, _G_GAP_X, _G_GAP_Y, _G_MARGIN = 190, 64, 40, 26, 14
#: Up to this many generations the graph runs left to right (it fits the page's
#: width); a longer trajectory runs top to bottom, one generation to a row.
_G_ACROSS = 4


def _generations(graph: nx.DiGraph[str]) -> list[list[str]] | None:
    """The graph's topological generations, or None when it has a cycle."""
    try:
        return [list(g) for g in nx.topological_generations(graph)]
    except nx.NetworkXUnfeasible:
        return None


def graph_runs_across(trajectory: Trajectory) -> bool:
    """Whether :func:`graph_svg` draws the trajectory left to right (else top to bottom)."""
    generations = _generations(trajectory.graph())
    return generations is not None and len(generations) <= _G_ACROSS


def graph_svg(trajectory: Trajectory, *, lang: Lang | None = None, narrow: bool = False) -> str:
    """The trajectory graph laid out by topological generations.

    Sessions are rounded blue boxes, steps square brown ones; an arrow runs from each
    node to the ones that follow it. Up to four generations run left to right, a
    column each; a longer trajectory runs top to bottom, a row each, so that fifteen
    or more sessions and steps stay legible; ``narrow`` (for a phone) runs top to bottom
    whatever the length. A graph with a cycle has no generations:
    its nodes are then placed one per row in design order, with a note saying so.
    ``lang`` defaults to the one set with :func:`plein.set_defaults`, else Dutch.
    """
    lang = resolve_lang(lang, "nl")
    graph = trajectory.graph()
    title = f"{word('graph', lang)}: {trajectory.title}"
    if not graph:
        return _svg(_T_WIDTH, 40, title, [_text(10, 24, word("empty-trajectory", lang))])
    order = {node: i for i, node in enumerate(graph.nodes)}

    def key(node: str) -> tuple[bool, object, int]:
        date = graph.nodes[node]["item"].date
        return (date is None, date or 0, order[node])

    found = _generations(graph)
    cyclic = found is None
    if found is None:
        generations = [[node] for node in graph.nodes]
    else:
        generations = [sorted(g, key=key) for g in found]
    across = len(generations) <= _G_ACROSS and not cyclic and not narrow
    most = max(len(g) for g in generations)
    note = 22 if cyclic else 0
    where: dict[str, tuple[float, float]] = {}
    if across:
        band = most * _G_H + (most - 1) * _G_GAP_Y
        width = 2 * _G_MARGIN + len(generations) * _G_W + (len(generations) - 1) * _G_GAP_X
        height = 2 * _G_MARGIN + band
        for c, generation in enumerate(generations):
            own = len(generation) * _G_H + (len(generation) - 1) * _G_GAP_Y
            top = _G_MARGIN + (band - own) / 2
            for r, node in enumerate(generation):
                where[node] = (_G_MARGIN + c * (_G_W + _G_GAP_X), top + r * (_G_H + _G_GAP_Y))
    else:
        band = most * _G_W + (most - 1) * _G_GAP_X
        width = 2 * _G_MARGIN + band + (60 if cyclic else 0)
        height = 2 * _G_MARGIN + note + len(generations) * (_G_H + _G_GAP_Y) - _G_GAP_Y
        for r, generation in enumerate(generations):
            own = len(generation) * _G_W + (len(generation) - 1) * _G_GAP_X
            left = _G_MARGIN + (band - own) / 2
            for c, node in enumerate(generation):
                where[node] = (left + c * (_G_W + _G_GAP_X),
                               _G_MARGIN + note + r * (_G_H + _G_GAP_Y))  # fmt: skip
    body: list[str] = []
    if cyclic:
        body.append(_text(_G_MARGIN, _G_MARGIN + 8, word("cycle", lang), size=11, fill=_SLIP))
    for source, target in graph.edges:
        body.append(_edge(where[source], where[target], across=across))
    for node in graph.nodes:
        body.append(_node_box(graph.nodes[node]["item"], *where[node], lang))
    return _svg(max(width, 200), height, title, body)


def _edge(source: tuple[float, float], target: tuple[float, float], *, across: bool) -> str:
    if across:  # from the right side of the source into the left side of the target
        sx, sy = source[0] + _G_W, source[1] + _G_H / 2
        tx, ty = target[0], target[1] + _G_H / 2
        bend = (tx - sx) / 2
        path = (
            f"M{sx:.1f},{sy:.1f} C{sx + bend:.1f},{sy:.1f} "
            f"{tx - bend:.1f},{ty:.1f} {tx - 7:.1f},{ty:.1f}"
        )
        head = f"{tx:.1f},{ty:.1f} {tx - 8:.1f},{ty - 4.5:.1f} {tx - 8:.1f},{ty + 4.5:.1f}"
    elif target[1] > source[1]:  # down: from the bottom of the source into the top
        sx, sy = source[0] + _G_W / 2, source[1] + _G_H
        tx, ty = target[0] + _G_W / 2, target[1]
        bend = (ty - sy) / 2
        path = (
            f"M{sx:.1f},{sy:.1f} C{sx:.1f},{sy + bend:.1f} "
            f"{tx:.1f},{ty - bend:.1f} {tx:.1f},{ty - 7:.1f}"
        )
        head = f"{tx:.1f},{ty:.1f} {tx - 4.5:.1f},{ty - 8:.1f} {tx + 4.5:.1f},{ty - 8:.1f}"
    else:  # back up (only in a cycle): round the right of the boxes, into the target's side
        sx, sy = source[0] + _G_W, source[1] + _G_H / 2
        tx, ty = target[0] + _G_W, target[1] + _G_H / 2
        out = max(sx, tx) + 50
        path = f"M{sx:.1f},{sy:.1f} C{out:.1f},{sy:.1f} {out:.1f},{ty:.1f} {tx + 7:.1f},{ty:.1f}"
        head = f"{tx:.1f},{ty:.1f} {tx + 8:.1f},{ty - 4.5:.1f} {tx + 8:.1f},{ty + 4.5:.1f}"
    return (
        f'<path d="{path}" fill="none" stroke="{_MUTED}" stroke-width="1.5"/>'
        f'<polygon points="{head}" fill="{_MUTED}"/>'
    )


def _node_box(item: Session | Step, x: float, y: float, lang: Lang) -> str:
    is_session = isinstance(item, Session)
    colour = _SESSION if is_session else _STEP
    fill = "#e8f1fa" if is_session else "#fcf3e3"
    kind = word("session", lang) if isinstance(item, Session) else name(item.kind, lang)
    lines = _wrap(item.title, _fits(_G_W - 12, 11), 3)
    date = item.date
    parts = [
        f"<g><title>{html_text(f'{kind}: {item.title}')}</title>",
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{_G_W}" height="{_G_H}" '
        f'rx="{10 if is_session else 2}" fill="{fill}" stroke="{colour}" stroke-width="1.5"/>',
        _text(x + 6, y + 13, kind, size=11, fill=colour, weight="600"),
    ]
    for i, line in enumerate(lines):
        parts.append(_text(x + 6, y + 27 + i * 13, line, size=11))
    if date is not None:
        parts.append(_text(x + _G_W - 6, y + 13, date.format("D MMM YYYY", locale=lang),
                           size=11, anchor="end", fill=_MUTED))  # fmt: skip
    parts.append("</g>")
    return "".join(parts)


def _wrap(text: str, width: int, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width`` characters, cut with an ellipsis."""
    words = " ".join(text.split()).split(" ")
    out: list[str] = []
    current = ""
    for i, item in enumerate(words):
        candidate = f"{current} {item}".strip()
        if len(candidate) <= width:
            current = candidate
            continue
        if current:
            out.append(current)
        current = item
        if len(out) == lines - 1:
            current = " ".join(words[i:])
            break
    out.append(current)
    return [shorten(line, width) for line in out[:lines] if line]
