"""``build_timeline``: the layers put together.

find expressions → normalize → resolve (dateline, reference time, tense) →
events → order → model.  Everything is a pure function of ``(text, dateline)``.
"""

from __future__ import annotations

import datetime as dt

from . import _events as E
from ._dateline import detect_dateline, header_end, parse_dateline
from ._errors import InvalidTextError
from ._extract import find
from ._model import AnchorSource, Event, Relation, Timeline, TimeExpression, TimexType, order_key
from ._resolve import Reference, reference_of, resolve
from ._tense import Tense, tense_at

# Longest text accepted in one call: generous, and keeps a single call bounded.
MAX_TEXT = 50_000_000


def extract_expressions(text: str, dateline: dt.date | None, body: int = 0) -> tuple[TimeExpression, ...]:
    """Every temporal expression in ``text`` from offset ``body`` on, resolved against ``dateline``."""
    out: list[TimeExpression] = []
    reference: Reference | None = None
    candidates = (c for c in find(text) if c.start >= body)
    for n, cand in enumerate(candidates, start=1):
        partial = cand.partial
        tense = tense_at(text, cand.start, cand.end) if partial.needs_anchor else Tense.NONE
        resolved = resolve(partial, dateline, reference, tense)
        expr = TimeExpression(
            start=cand.start, end=cand.end, text=text[cand.start : cand.end],
            type=TimexType(resolved.type), value=resolved.value, mod=resolved.mod, tid=f"t{n}",
        )
        out.append(expr)
        # Comparisons ("a year earlier", "the year-ago quarter") point back at the
        # reference; they do not replace it.
        if resolved.type in ("DATE", "TIME") and not partial.comparison:
            reference = reference_of(resolved.value) or reference
    return tuple(out)


def _relation(expr: TimeExpression | None, tense: Tense, dateline: dt.date | None) -> Relation:
    if expr is not None and expr.interval is not None and dateline is not None:
        day = dt.datetime(dateline.year, dateline.month, dateline.day)
        iv = expr.interval
        if iv.end <= day:
            return Relation.BEFORE
        if iv.start >= day + dt.timedelta(days=1):
            return Relation.AFTER
        return Relation.OVERLAP
    if expr is not None and expr.value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        return {"PAST_REF": Relation.BEFORE, "PRESENT_REF": Relation.OVERLAP}.get(expr.value, Relation.AFTER)
    return {Tense.PAST: Relation.BEFORE, Tense.PAST_LOOSE: Relation.BEFORE, Tense.FUTURE: Relation.AFTER,
            Tense.PRESENT: Relation.OVERLAP}.get(
        tense, Relation.VAGUE
    )


def extract_events(
    text: str, expressions: tuple[TimeExpression, ...], dateline: dt.date | None, body: int = 0
) -> list[Event]:
    """Events in text order, each anchored to at most one expression."""
    events: list[Event] = []
    used: set[str] = set()
    noun_events: list[Event] = []
    for x in expressions:
        if x.interval is None:
            continue
        found = E.event_noun_after(text, x.end)
        if found is None:
            continue
        pos, noun = found
        start = x.start
        if text[max(0, start - 4) : start].lower() == "the ":
            start -= 4
        end = E.noun_phrase_end(text, pos + len(noun), min(len(text), pos + 200))
        tense = tense_at(text, x.start, x.end)
        noun_events.append(Event(
            eid="", start=start, end=end, text=text[start:end], trigger=noun, trigger_start=pos,
            time=x, relation=_relation(x, tense, dateline), source=AnchorSource.EVENT_NOUN, tense=tense.value,
        ))
        used.add(x.tid)
    for clause in E.clauses(text, body):
        inside = [x for x in expressions if clause.start <= x.start and x.end <= clause.end and x.tid not in used]
        dated = [x for x in inside if x.interval is not None]
        time = min(dated, key=lambda x: abs(x.start - clause.trigger_start)) if dated else None
        if time is None:
            refs = [x for x in inside if x.value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF")]
            ref = refs[0] if refs else None
            relation = _relation(ref, Tense(clause.tense), dateline)
            source = AnchorSource.TENSE if relation is not Relation.VAGUE else AnchorSource.NONE
        else:
            used.add(time.tid)
            relation = _relation(time, clause.tense, dateline)
            source = AnchorSource.CLAUSE
        events.append(Event(
            eid="", start=clause.start, end=clause.end, text=text[clause.start : clause.end],
            trigger=clause.trigger, trigger_start=clause.trigger_start, time=time, relation=relation,
            source=source, tense=clause.tense.value,
        ))
    merged = sorted(events + noun_events, key=lambda e: (e.start, e.end))
    return [
        Event(eid=f"e{i}", start=e.start, end=e.end, text=e.text, trigger=e.trigger,
              trigger_start=e.trigger_start, time=e.time, relation=e.relation, source=e.source, tense=e.tense)
        for i, e in enumerate(merged, start=1)
    ]


def build_timeline(text: str, dateline: dt.date | dt.datetime | str | None = None) -> Timeline:
    """The timeline of a news article.

    ``dateline`` is the article's date (a ``date``, ``datetime`` or ISO 8601
    string).  ``None`` detects it from the article's head ("date 2023-01-31",
    "WASHINGTON, Jan. 31, 2023 —"); when none is found, relative expressions
    keep X-filled values.  Raises only :class:`TimelineError` subclasses.
    """
    if not isinstance(text, str):
        raise InvalidTextError(f"text: expected str, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise InvalidTextError(f"text: expected at most {MAX_TEXT} characters, got {len(text)}")
    day = parse_dateline(dateline)
    if dateline is None:
        day = detect_dateline(text)
    body = header_end(text)
    expressions = extract_expressions(text, day, body)
    events = sorted(extract_events(text, expressions, day, body), key=order_key)
    return Timeline(text=text, dateline=day, expressions=expressions, events=events)
