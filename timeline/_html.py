"""A timeline as one self-contained HTML page: an SVG chart on a broken time axis, the undated
events by their relation to the dateline, and the article with its events and expressions marked.

By default only the events the text asserts ([`asserted`][timeline.Event.asserted]) are drawn and listed
by relation; the negated and the hypothetical ones are listed apart, marked (NEG, the modal word),
and the page says how many dated ones were left off the axis.  Reporting events are drawn like the
others unless ``reporting=False`` hides them (the page says how many).

The page loads nothing (no script, no font, no image: inline CSS and SVG only) and every piece
of text in it is escaped, so it is also well-formed XML.

The axis is *broken*: the dated intervals (and the dateline's day) are cut into segments where a
long empty stretch would squeeze the rest into a few pixels; each segment has its own linear
scale and ticks, and the gaps between segments are collapsed into a break that states their length.
A day or anything finer is drawn as a point, a longer period (a week, a month, a year) as a bar.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from html import escape

import attrs

from ._grammar import sentences
from ._model import Event, Relation, TimeExpression, Timeline

# --------------------------------------------------------------------------- the axis

# A segment is split at its widest gap while its span is more than RESOLUTION times its finest
# detail (its narrowest gap or bar) and that gap is at least GAP_SHARE of the span (splitting
# evenly spread runs would cut nothing worth cutting).
RESOLUTION = 40.0
GAP_SHARE = 1 / 3
MAX_SEGMENTS = 6
SECONDS_PER_DAY = 86_400.0


def days(t: dt.datetime) -> float:
    """Days since 0001-01-01 as a float: arithmetic on it cannot overflow a datetime."""
    return t.toordinal() + (t.hour * 3600 + t.minute * 60 + t.second) / SECONDS_PER_DAY


def _from_days(d: float) -> dt.datetime:
    d = min(max(d, 1.0), float(dt.date.max.toordinal()))
    day = math.floor(d)
    return dt.datetime.fromordinal(day) + dt.timedelta(seconds=round((d - day) * SECONDS_PER_DAY))


@attrs.frozen
class Segment:
    """A piece of the broken axis: content ``[lo, hi)`` (in days) drawn with ``[view_lo, view_hi)``
    mapped linearly onto pixels ``[x0, x1)``."""

    lo: float
    hi: float
    view_lo: float
    view_hi: float
    x0: float
    x1: float

    def x(self, d: float) -> float:
        return self.x0 + (d - self.view_lo) / (self.view_hi - self.view_lo) * (self.x1 - self.x0)

    def holds(self, lo: float, hi: float) -> bool:
        return self.lo <= lo and hi <= self.hi


def runs(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of ``spans`` as sorted, disjoint runs (touching spans merge)."""
    out: list[tuple[float, float]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _finest(group: Sequence[tuple[float, float]]) -> float:
    """The finest detail of a group of runs: its narrowest gap or bar (a day or less is a point,
    drawn at a fixed size, so its length does not count)."""
    sizes = [b[0] - a[1] for a, b in itertools.pairwise(group)]
    sizes += [hi - lo for lo, hi in group if hi - lo > 1]
    return min(sizes)


def break_axis(spans: Iterable[tuple[float, float]], max_segments: int = MAX_SEGMENTS) -> list[list[tuple[float, float]]]:
    """Group the runs of ``spans`` into segments: repeatedly split the group whose widest gap is
    the largest share of its span, while that group is too fine to read on one linear scale."""
    groups = [runs(spans)]
    if not groups[0]:
        return []
    while len(groups) < max_segments:
        best: tuple[float, int, int] | None = None
        for gi, group in enumerate(groups):
            if len(group) < 2:
                continue
            span = group[-1][1] - group[0][0]
            if span <= RESOLUTION * _finest(group):
                continue
            gap, i = max((b[0] - a[1], i) for i, (a, b) in enumerate(itertools.pairwise(group)))
            share = gap / span
            if share >= GAP_SHARE and (best is None or share > best[0]):
                best = (share, gi, i)
        if best is None:
            break
        _, gi, i = best
        group = groups[gi]
        groups[gi : gi + 1] = [group[: i + 1], group[i + 1 :]]
    return groups


def layout(groups: Sequence[Sequence[tuple[float, float]]], weights: Sequence[float], x0: float, x1: float,
           gap: float) -> list[Segment]:
    """Segments side by side on ``[x0, x1)``, ``gap`` pixels apart, widths in proportion to ``weights``;
    each shows its content with a margin (and at least a day and a half)."""
    free = x1 - x0 - gap * (len(groups) - 1)
    total = sum(weights)
    out = []
    x = x0
    for group, weight in zip(groups, weights, strict=True):
        lo, hi = group[0][0], group[-1][1]
        pad = max((hi - lo) * 0.06, 0.25)
        width = free * weight / total
        out.append(Segment(lo, hi, lo - pad, hi + pad, x, x + width))
        x += width + gap
    return out


# --------------------------------------------------------------------------- ticks and labels

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ticks(view_lo: float, view_hi: float, max_ticks: int) -> list[tuple[float, str]]:
    """Round dates inside ``[view_lo, view_hi]`` with short labels: years, months or days by the span."""
    lo, hi = _from_days(view_lo), _from_days(view_hi)
    span = view_hi - view_lo
    out: list[tuple[float, str]] = []
    if span >= 3 * 365:
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if span / 365.25 / s <= max_ticks), 2000)
        year = -(-lo.year // step) * step
        while year <= min(hi.year, 9999):
            d = days(dt.datetime(max(year, 1), 1, 1))
            if view_lo <= d <= view_hi:
                out.append((d, str(year)))
            year += step
        return out
    if span >= 60:
        step = next((s for s in (1, 2, 3, 6, 12) if span / 30.44 / s <= max_ticks), 12)
        m = lo.year * 12 + lo.month - 1
        m = -(-m // step) * step
        while m <= hi.year * 12 + hi.month - 1:
            year, month = divmod(m, 12)
            d = days(dt.datetime(year, month + 1, 1))
            if view_lo <= d <= view_hi:
                out.append((d, f"{MONTHS[month]} {year}" if month == 0 or not out else MONTHS[month]))
            m += step
        return out
    step = next((s for s in (1, 2, 7, 14, 28) if span / s <= max_ticks), 28)
    first = math.ceil(view_lo)
    if step == 7:  # weeks start on Monday
        first += (7 - (first - 1) % 7) % 7
    d = first
    while d <= view_hi:
        day = dt.date.fromordinal(d)
        out.append((float(d), f"{MONTHS[day.month - 1]} {day.day}"))
        d += step
    return out


def span_label(lo: float, hi: float) -> str:
    """A segment's content as a short range: "1986", "2021 - 2022", "Mar 2023", "Jan 19 - Feb 1, 2023"
    (with an en dash)."""
    a, b = _from_days(lo), _from_days(hi) - dt.timedelta(microseconds=1)
    if hi - lo >= 360:
        return str(a.year) if a.year == b.year else f"{a.year} \u2013 {b.year}"
    if a.date() == b.date():
        return f"{MONTHS[a.month - 1]} {a.day}, {a.year}"
    whole_month = a.day == 1 and (a.year, a.month) == (b.year, b.month) and (b + dt.timedelta(days=1)).day == 1
    if whole_month:
        return f"{MONTHS[a.month - 1]} {a.year}"
    left = f"{MONTHS[a.month - 1]} {a.day}" + ("" if a.year == b.year else f", {a.year}")
    return f"{left} \u2013 {MONTHS[b.month - 1]} {b.day}, {b.year}"


def gap_label(d: float) -> str:
    """The length of a collapsed gap in words: "34 years", "11 months", "3 weeks", "5 days"."""
    for unit, size in (("year", 365.25), ("month", 30.44), ("week", 7.0), ("day", 1.0)):
        n = round(d / size)
        if n >= 2 or (unit == "day" and n >= 1):
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "< 1 day"


# --------------------------------------------------------------------------- the article, marked up


@attrs.frozen
class _Span:
    start: int
    end: int
    rank: int  # at one offset and length, lower ranks open first (outside)
    tag: str
    attributes: tuple[tuple[str, str], ...]
    first: bool = True  # the first piece of a span split by another carries its id

    def open(self) -> str:
        attributes = "".join(
            f' {name}="{escape(value)}"' for name, value in self.attributes if self.first or name != "id"
        )
        return f"<{self.tag}{attributes}>"


def markup(text: str, spans: Iterable[_Span]) -> str:
    """``text`` escaped, with ``spans`` as properly nested elements: a span crossing the end of one
    already open is split there (only its first piece keeps its id)."""
    heap = [(s.start, -s.end, s.rank, n, s) for n, s in enumerate(spans) if s.start < s.end]
    heapq.heapify(heap)
    counter = itertools.count(len(heap))
    out: list[str] = []
    stack: list[_Span] = []
    pos = 0

    def advance(to: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= to:
            span = stack.pop()
            out.append(escape(text[pos : span.end]))
            out.append(f"</{span.tag}>")
            pos = span.end
        out.append(escape(text[pos:to]))
        pos = to

    while heap:
        start, _, rank, _, span = heapq.heappop(heap)
        advance(start)
        if stack and stack[-1].end < span.end:
            cut = stack[-1].end
            rest = attrs.evolve(span, start=cut, first=False)
            heapq.heappush(heap, (cut, -rest.end, rank, next(counter), rest))
            span = attrs.evolve(span, end=cut)
        stack.append(span)
        out.append(span.open())
    advance(len(text))
    return "".join(out)


def event_id(i: int) -> str:
    """The HTML id of the i-th event's span in the article."""
    return f"ev{i}"


def flags(e: Event) -> list[str]:
    """What keeps the text from asserting ``e``: ``NEG`` when negated, its modal or hedge word when
    hypothetical (``["NEG", "would"]`` for "would not"); empty for an asserted event."""
    return (["NEG"] if e.polarity == "NEG" else []) + ([e.modality] if e.modality is not None else [])


def _flag_html(e: Event) -> str:
    return "".join(f' <span class="flag">{escape(f)}</span>' for f in flags(e))


def _article_spans(tl: Timeline) -> list[_Span]:
    spans = [_Span(a, b, 0, "span", (("class", "sent"), ("id", f"s{n}"))) for n, (a, b) in enumerate(sentences(tl.text))]
    for i, e in enumerate(tl.events):
        kind = "dated" if e.is_dated else e.relation.value.lower()
        kind += "" if e.asserted else " unasserted"
        spans.append(_Span(e.start, e.end, 1, "span", (("class", f"ev {kind}"), ("id", event_id(i)))))
        spans.append(_Span(e.trigger_start, e.trigger_end, 3, "b", (("class", "trig"),)))
    for x in tl.expressions:
        spans.append(_Span(x.start, x.end, 2, "mark", (("class", "timex"), ("title", f"{x.type.value} {x.value}"))))
    return spans


# --------------------------------------------------------------------------- the chart

WIDTH = 1120
LABEL_RIGHT = 318  # right edge of the event labels
AXIS_LEFT, AXIS_RIGHT = 340.0, 1096.0
BREAK = 46.0  # pixels between two segments
ROW = 30
TOP = 74  # first row's top
POINT_RADIUS = 6.5
BAR_HEIGHT = 14
COLORS = {Relation.BEFORE: "#3565b0", Relation.OVERLAP: "#d9731a", Relation.AFTER: "#7b4bb0", Relation.VAGUE: "#777"}


def _snippet(e: Event, width: int = 44) -> tuple[str, str, str]:
    """The event's text around its trigger, at most about ``width`` characters: (before, trigger, after)."""
    text = " ".join(e.text.split())
    t0 = e.text[: e.trigger_start - e.start]
    before = " ".join(t0.split()) + (" " if t0[-1:].isspace() else "")
    after = text[len(before) + len(e.trigger) :]
    room = max(width - len(e.trigger), 0)
    keep = room // 3
    if len(before) > keep:
        start = len(before) - keep
        if before[start - 1] != " ":  # mid-word: keep the whole word when it is short, else drop it
            word = before.rfind(" ", 0, start) + 1
            start = word if start - word <= 12 else (before.find(" ", start) + 1 or start)
        before = ("…" if start > 0 else "") + before[start:]
    room -= len(before)
    if after and len(after) > room:
        cut = after[: max(room - 1, 0)]
        if " " in cut.strip():  # end on a whole word
            cut = cut[: cut.rstrip().rfind(" ")]
        after = cut.rstrip().rstrip("…") + "…"
    return before, e.trigger, after


def _svg_text(x: float, y: float, content: str, cls: str, anchor: str = "start") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" class="{cls}" text-anchor="{anchor}">{content}</text>'


Keep = Callable[[Event], bool]


def _everything(e: Event) -> bool:
    return True


def chart(tl: Timeline, keep: Keep = _everything) -> str:
    """The SVG chart of the dated events ``keep`` accepts (default: all): a row each, in time order,
    on a broken axis.  An event the text does not assert is drawn hollow, its flags by its value."""
    dated = [(i, e) for i, e in enumerate(tl.events) if e.interval is not None and keep(e)]
    if not dated:
        if tl.dated_events:
            return '<p class="none">No dated event to draw.</p>'
        return '<p class="none">No event of this article has a calendar date.</p>'
    spans = {i: (days(e.interval.start), days(e.interval.end)) for i, e in dated if e.interval is not None}
    dateline = None
    if tl.dateline is not None:
        d0 = float(tl.dateline.toordinal())
        dateline = (d0, d0 + 1)
    groups = break_axis([*spans.values(), *([dateline] if dateline else [])])
    counts = [sum(1 for lo, hi in spans.values() if g[0][0] <= lo and hi <= g[-1][1]) for g in groups]
    segments = layout(groups, [1 + math.sqrt(n) for n in counts], AXIS_LEFT, AXIS_RIGHT, BREAK)
    height = TOP + ROW * len(dated) + 44
    bottom = TOP + ROW * len(dated)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="Dated events on a broken time axis">'
    ]
    for r in range(len(dated)):
        if r % 2 == 0:
            out.append(f'<rect class="stripe" x="0" y="{TOP + r * ROW}" width="{WIDTH}" height="{ROW}"/>')
    for n, seg in enumerate(segments):
        out.append(f'<g class="segment" data-segment="{n}">')
        out.append(f'<rect class="band" x="{seg.x0:.1f}" y="{TOP - 8}" width="{seg.x1 - seg.x0:.1f}" '
                   f'height="{bottom - TOP + 16}"/>')
        out.append(_svg_text((seg.x0 + seg.x1) / 2, 20, escape(span_label(seg.lo, seg.hi)), "seglabel", "middle"))
        out.append(f'<line class="axis" x1="{seg.x0:.1f}" y1="{TOP - 8}" x2="{seg.x1:.1f}" y2="{TOP - 8}"/>')
        for d, label in ticks(seg.view_lo, seg.view_hi, max(2, int((seg.x1 - seg.x0) / 72))):
            x = seg.x(d)
            out.append(f'<line class="tick" x1="{x:.1f}" y1="{TOP - 13}" x2="{x:.1f}" y2="{TOP - 8}"/>')
            out.append(f'<line class="grid" x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{bottom + 8}"/>')
            out.append(_svg_text(x, TOP - 18, escape(label), "ticklabel", "middle"))
        out.append("</g>")
    for a, b in itertools.pairwise(segments):
        x = (a.x1 + b.x0) / 2
        y = TOP - 8
        out.append(f'<path class="break" d="M{a.x1 + 4:.1f},{y} L{x - 5:.1f},{y} M{x - 9:.1f},{y + 7} L{x - 1:.1f},{y - 7} '
                   f'M{x + 1:.1f},{y + 7} L{x + 9:.1f},{y - 7} M{x + 5:.1f},{y} L{b.x0 - 4:.1f},{y}"/>')
        out.append(_svg_text(x, bottom + 24, escape(gap_label(b.lo - a.hi)), "gaplabel", "middle"))
        out.append(_svg_text(x, bottom + 36, "cut", "gaplabel", "middle"))
    if dateline is not None:
        seg = next(s for s in segments if s.holds(*dateline))
        x = seg.x((dateline[0] + dateline[1]) / 2)
        out.append(f'<line class="dateline" id="dateline-mark" x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{bottom + 8}"/>')
        out.append(_svg_text(x, bottom + 24, "dateline", "datelinelabel", "middle"))
    for r, (i, e) in enumerate(dated):
        lo, hi = spans[i]
        seg = next(s for s in segments if s.holds(lo, hi))
        mid = TOP + r * ROW + ROW / 2
        before, trigger, after = _snippet(e)
        out.append(f'<a href="#{event_id(i)}" class="row">')
        out.append(f'<text x="{LABEL_RIGHT}" y="{mid + 4.5:.1f}" class="evlabel" text-anchor="end">{escape(before)}'
                   f'<tspan class="trig">{escape(trigger)}</tspan>{escape(after)}</text>')
        assert e.time is not None and e.interval is not None  # dated
        color = COLORS[e.relation]
        attributes = (f'class="mark" data-eid="{escape(e.eid)}" data-row="{r}" data-value="{escape(e.time.value)}" '
                      f'data-start="{e.interval.start.isoformat()}" data-end="{e.interval.end.isoformat()}" '
                      f'data-class="{escape(e.cls)}" data-asserted="{"true" if e.asserted else "false"}" fill="{color}"')
        marked = " ".join([*flags(e), *([e.cls] if e.cls != "OCCURRENCE" else [])])
        tooltip = (f"<title>{escape(' '.join(e.text.split()))} [{escape(e.time.value)}]"
                   f"{escape(f' ({marked})') if marked else ''}</title>")
        if hi - lo <= 1:  # a day or finer: a point
            cx = seg.x((lo + hi) / 2)
            out.append(f'<circle {attributes} cx="{cx:.1f}" cy="{mid:.1f}" r="{POINT_RADIUS}">{tooltip}</circle>')
            left, right = cx - POINT_RADIUS, cx + POINT_RADIUS
        else:
            left, right = seg.x(lo), seg.x(hi)
            out.append(f'<rect {attributes} x="{left:.1f}" y="{mid - BAR_HEIGHT / 2:.1f}" width="{right - left:.1f}" '
                       f'height="{BAR_HEIGHT}" rx="3">{tooltip}</rect>')
        label = e.time.value if e.time.text == e.time.value else f"{e.time.text} · {e.time.value}"
        if not e.asserted:
            label = f"{' '.join(flags(e))} · {label}"
        if right + 8 + 6.2 * len(label) <= AXIS_RIGHT + 20:
            out.append(_svg_text(right + 7, mid + 4, escape(label), "valuelabel"))
        else:
            out.append(_svg_text(left - 7, mid + 4, escape(label), "valuelabel", "end"))
        out.append("</a>")
    out.append("</svg>")
    return "\n".join(out)


# --------------------------------------------------------------------------- the page

_SECTIONS = (
    (Relation.BEFORE, "Before the dateline"),
    (Relation.OVERLAP, "Around the dateline"),
    (Relation.AFTER, "After the dateline"),
    (Relation.VAGUE, "Unplaced"),
)


_PLACES = {Relation.BEFORE: "before the dateline", Relation.OVERLAP: "around the dateline",
           Relation.AFTER: "after the dateline", Relation.VAGUE: "unplaced"}


def _named(x: TimeExpression) -> str:
    """An expression as the page names it: its text, and its value when that says more."""
    return x.text if x.text == x.value else f"{x.text} ({x.value})"


def _bounds(e: Event) -> str:
    """The bounds the text gives an undated event: "not before 2021", "not after March (2023-03)"."""
    parts = []
    if e.earliest_from is not None:
        parts.append(f"not before {_named(e.earliest_from)}")
    if e.latest_from is not None:
        parts.append(f"not after {_named(e.latest_from)}")
    return "; ".join(parts)


def undated(tl: Timeline, keep: Keep = _everything) -> str:
    """The undated events ``keep`` accepts (default: all) in columns by their relation to the
    dateline, each linked to its span (an event the text does not assert marked with its flags)."""
    out = ['<div class="undated">']
    for relation, heading in _SECTIONS:
        items = [(i, e) for i, e in enumerate(tl.events) if e.interval is None and e.relation is relation and keep(e)]
        if not items:
            continue
        out.append(f'<section class="col {relation.value.lower()}" data-relation="{relation.value}">')
        out.append(f"<h3>{heading} <small>{len(items)}</small></h3><ol>")
        for i, e in items:
            before, trigger, after = _snippet(e, 60)
            bounds = _bounds(e)
            note = f' <span class="bounds">{escape(bounds)}</span>' if bounds else ""
            out.append(f'<li><a href="#{event_id(i)}" data-eid="{escape(e.eid)}">{escape(before)}<b>{escape(trigger)}</b>'
                       f"{escape(after)}</a>{_flag_html(e)}{note}</li>")
        out.append("</ol></section>")
    out.append("</div>")
    return "\n".join(out)


def unasserted(tl: Timeline, keep: Keep = _everything) -> str:
    """The events ``keep`` accepts that the text does not assert, in timeline order, each with its
    flags (NEG, the modal word), its class, its time (or relation to the dateline) and a link."""
    out = ['<ol class="unasserted" id="unasserted">']
    for i, e in enumerate(tl.events):
        if e.asserted or not keep(e):
            continue
        before, trigger, after = _snippet(e, 60)
        when = _named(e.time) if e.time is not None else _PLACES[e.relation]
        out.append(f'<li data-eid="{escape(e.eid)}">{_flag_html(e).lstrip()} <a href="#{event_id(i)}">{escape(before)}'
                   f"<b>{escape(trigger)}</b>{escape(after)}</a> "
                   f'<span class="when">{escape(when)} · {escape(e.cls)}</span></li>')
    out.append("</ol>")
    return "\n".join(out)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


CSS = """
body.tl-body { margin: 0; }
.tl-page * { box-sizing: border-box; }
.tl-page { --ink: #1d2430; --muted: #667085; --line: #d5dae3; --band: #f4f6fa; --red: #c62828;
  padding: 20px 28px 60px; color: var(--ink); background: #fff;
  font: 14px/1.5 system-ui, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
.tl-page header h1 { font-size: 21px; margin: 0 0 2px; }
.tl-page header p { margin: 0 0 14px; color: var(--muted); }
.tl-page h2 { font-size: 16px; margin: 26px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.tl-page .chart { display: block; max-width: 100%; height: auto; font-size: 12.5px; }
.tl-page .chart .stripe { fill: #fafbfc; }
.tl-page .chart .band { fill: var(--band); }
.tl-page .chart .axis { stroke: #8a94a6; stroke-width: 1.5; }
.tl-page .chart .tick { stroke: #8a94a6; }
.tl-page .chart .grid { stroke: #e3e7ee; stroke-dasharray: 2 3; }
.tl-page .chart .break { stroke: #8a94a6; stroke-width: 1.5; fill: none; }
.tl-page .chart .seglabel { font-weight: 600; font-size: 13px; fill: var(--ink); }
.tl-page .chart .ticklabel, .tl-page .chart .gaplabel { fill: var(--muted); font-size: 11px; }
.tl-page .chart .dateline { stroke: var(--red); stroke-width: 1.5; stroke-dasharray: 5 3; }
.tl-page .chart .datelinelabel { fill: var(--red); font-size: 11px; font-weight: 600; }
.tl-page .chart .evlabel { fill: var(--ink); }
.tl-page .chart .evlabel .trig { font-weight: 700; }
.tl-page .chart .valuelabel { fill: var(--muted); font-size: 11.5px; }
.tl-page .chart a.row:hover .evlabel, .tl-page .chart a.row:focus .evlabel { fill: #0b57d0; text-decoration: underline; }
.tl-page .chart .mark { stroke: #fff; stroke-width: 1; }
.tl-page .legend { color: var(--muted); font-size: 12.5px; margin: 6px 0 0; max-width: 980px; }
.tl-page .legend .dot { color: #3565b0; }
.tl-page .undated { display: grid; grid-template-columns: repeat(auto-fit, minmax(250px, 1fr)); gap: 14px; }
.tl-page .undated section { background: var(--band); border-radius: 6px; padding: 8px 12px; }
.tl-page .undated h3 { font-size: 14px; margin: 2px 0 6px; }
.tl-page .undated h3 small { color: var(--muted); font-weight: 400; }
.tl-page .undated ol { margin: 0; padding-left: 2.4em; max-height: 300px; overflow: auto; font-size: 13px; }
.tl-page .undated a { color: var(--ink); text-decoration: none; }
.tl-page .undated a:hover { text-decoration: underline; }
.tl-page .undated .bounds { color: var(--muted); font-size: 12px; }
.tl-page .before h3 { color: #3565b0; } .tl-page .overlap h3 { color: #d9731a; } .tl-page .after h3 { color: #7b4bb0; }
.tl-page .article { white-space: pre-wrap; font: 15px/1.65 Georgia, "DejaVu Serif", "Liberation Serif", serif;
  max-width: 860px; }
.tl-page .article mark.timex { background: #ffe98a; border-radius: 3px; padding: 0 1px; }
.tl-page .article .ev:target { background: #dbe8ff; outline: 2px solid #8fb3f0; border-radius: 3px; }
.tl-page .article .ev:target mark.timex { background: #ffd23f; }
.tl-page .article b.trig { font-weight: 700; }
.tl-page .none { color: var(--muted); }
.tl-page h2 small { color: var(--muted); font-weight: 400; }
.tl-page .note { color: var(--ink); background: #fff6e0; border-left: 3px solid #e0a800; padding: 4px 10px;
  margin: 8px 0 0; max-width: 980px; font-size: 13px; }
.tl-page .flag { display: inline-block; font: 600 11px/1.4 system-ui, sans-serif; color: #fff;
  background: #8a4b0f; border-radius: 3px; padding: 0 4px; }
.tl-page .unasserted li { margin: 2px 0; font-size: 13px; }
.tl-page .unasserted a { color: var(--ink); text-decoration: none; }
.tl-page .unasserted a:hover { text-decoration: underline; }
.tl-page .unasserted .when { color: var(--muted); font-size: 12px; }
.tl-page .chart .mark[data-asserted="false"] { fill-opacity: 0.25; stroke: #555; stroke-dasharray: 2 2; }
.tl-page .article .ev.unasserted { text-decoration: underline dotted #8a4b0f; }
"""


def render_html(timeline: Timeline, title: str | None = None, *, asserted_only: bool = True,
                reporting: bool = True) -> str:
    """The timeline as one self-contained HTML page (inline CSS and SVG; no script, font or link).

    Dated events are drawn in time order on a broken axis (a day or finer is a point, a longer
    period a bar), undated ones are listed by their relation to the dateline, and each links to
    its span in the article shown below, where time expressions are highlighted.

    With ``asserted_only`` (the default) the events the text does not assert (negated or
    hypothetical: [`asserted`][timeline.Event.asserted] false) are neither drawn nor listed by relation
    but listed apart, marked ``NEG`` or with their modal word, and a note says how many dated ones
    the axis leaves out; ``asserted_only=False`` draws and lists them with the others, marked.
    ``reporting=False`` hides the REPORTING events ("said", "told") and says how many.

    ```python
    >>> from timeline import build_timeline
    >>> page = render_html(build_timeline("He resigned on Monday.", "2023-01-31"), title="A <b> test")
    >>> page.startswith("<!DOCTYPE html>"), "A &lt;b&gt; test" in page, 'data-value="2023-01-30"' in page
    (True, True, True)

    ```
    """
    heading = title if title is not None else "Timeline"

    def shown(e: Event) -> bool:
        return reporting or e.cls != "REPORTING"

    def placed(e: Event) -> bool:  # drawn on the axis (dated) or listed by relation (undated)
        return shown(e) and (e.asserted or not asserted_only)

    apart = [e for e in timeline.events if shown(e) and not placed(e)]
    notes: list[str] = []
    left_off = sum(1 for e in apart if e.is_dated)
    if left_off:
        notes.append(f'<p class="note" id="not-drawn">{_plural(left_off, "dated event")} not drawn: negated or '
                     "hypothetical (listed apart below, under “Negated or hypothetical events”).</p>")
    hidden = sum(1 for e in timeline.events if not shown(e))
    if hidden:
        notes.append(f'<p class="note" id="hidden">{_plural(hidden, "reporting event")} hidden '
                     "(class REPORTING: “said”, “told” ...).</p>")
    hollow = ""
    if any(e.is_dated and placed(e) and not e.asserted for e in timeline.events):
        hollow = " A hollow mark is an event the text negates (NEG) or only supposes (its modal word)."
    apart_section: list[str] = []
    if apart:
        apart_section = [
            f'<h2>Negated or hypothetical events <small>{len(apart)}</small></h2>',
            '<p class="legend">What the text says did not happen, or only might, would or could: '
            "not drawn on the axis nor listed by relation above.</p>",
            unasserted(timeline, shown),
        ]
    dateline = timeline.dateline.isoformat() if timeline.dateline is not None else "unknown"
    n_dated = sum(1 for e in timeline.events if e.is_dated)
    n_unasserted = sum(1 for e in timeline.events if not e.asserted)
    summary = (f"dateline {dateline} · {len(timeline.events)} events, {n_dated} dated"
               f"{f', {n_unasserted} negated or hypothetical' if n_unasserted else ''} · "
               f"{len(timeline.expressions)} time expressions")
    article = markup(timeline.text, _article_spans(timeline))
    return "\n".join([
        "<!DOCTYPE html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{escape(heading)}</title>",
        f'<style>{CSS}</style></head><body class="tl-body"><div class="tl-page">',
        f'<header><h1>{escape(heading)}</h1><p id="summary">{escape(summary)}</p></header>',
        "<h2>Dated events</h2>",
        chart(timeline, placed),
        *notes,
        '<p class="legend"><span class="dot">●</span> a day or finer &#160; <span class="dot">▬</span> a longer '
        "period (week, month, year). The axis is broken: each grey band has its own linear scale, and the "
        "empty stretches between bands are cut out (their length is written under the cut). "
        "Colour: blue before the dateline, orange on it, purple after. Click an event to see it in the article."
        f"{hollow}</p>",
        "<h2>Undated events, by their relation to the dateline</h2>",
        undated(timeline, placed),
        *apart_section,
        "<h2>Article</h2>",
        f'<div class="article" id="article">{article}</div>',
        "</div></body></html>",
    ])
