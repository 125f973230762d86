"""``build_timeline``: the layers put together.

find expressions → normalize → resolve (dateline, reference time, tense) →
events → order → model.  Everything is a pure function of ``(text, dateline)``.
"""

from __future__ import annotations

import datetime as dt
import re

from ._anchor import anchor_events
from ._dateline import detect_dateline, header_end, parse_dateline
from ._errors import InvalidTextError, TextTooLongError, TimelineError
from ._extract import find, with_second_days
from ._model import Event, TimeExpression, Timeline, TimexType, order_key
from ._resolve import Reference, next_reference, resolve, uses_tense
from ._tense import Tense, TenseReader

_COORDINATED = re.compile(r",?\s+(?:or|and|to|through|until|till)\s+(?:early\s+|late\s+|mid-?)?|\s*[-\u2013]\s*")

_TIMEX_TYPES = {t.value: t for t in TimexType}  # by value: a dict look-up, cheaper than TimexType(value)

# The default longest text of one call, in characters.  Dense news text peaks at about 80
# bytes of memory per character (docs/reliability.md), so 5 million characters stay under
# half a GiB; a news article is a few thousand.
MAX_CHARS = 5_000_000


def extract_expressions(text: str, dateline: dt.date | None, body: int = 0) -> tuple[TimeExpression, ...]:
    """Every temporal expression in ``text`` from offset ``body`` on, resolved against ``dateline``."""
    out: list[TimeExpression] = []
    reference: Reference | None = None
    candidates = (c for c in with_second_days(text, find(text)) if c.start >= body)
    last_end = -1
    source: tuple[int, int] | None = None  # the span whose tense a candidate takes (None: no tense)
    tense: Tense | None = None  # its tense, once read
    tenses = TenseReader(text)
    for n, cand in enumerate(candidates, start=1):
        partial = cand.partial
        anchored = partial.needs_anchor
        # Coordinated expressions share one tense: "late Tuesday or early Wednesday",
        # "from Jan. 3 to March 15" (its tense read from the first, nearer the verb).
        if not (anchored and _COORDINATED.fullmatch(text, last_end, cand.start)):
            source, tense = ((cand.start, cand.end) if anchored else None), None
        last_end = cand.end
        if tense is None and source is not None and uses_tense(partial):
            # Read only when resolve reads it: 43% of the corpus's anchored expressions are
            # shifts ("yesterday", "last year") that do not.
            tense = tenses.at(*source)
        resolved = resolve(partial, dateline, reference, Tense.NONE if tense is None else tense)
        expr = TimeExpression(
            start=cand.start, end=cand.end, text=text[cand.start : cand.end],
            type=_TIMEX_TYPES[resolved.type], value=resolved.value, mod=resolved.mod, tid=f"t{n}",
        )
        out.append(expr)
        # Comparisons ("a year earlier", "the year-ago quarter") point back at the
        # reference; they do not replace it.
        if (resolved.type in ("DATE", "TIME") and not partial.comparison) or partial.period_to_date:
            reference = next_reference(
                reference, resolved.value, dateline, period_to_date=partial.period_to_date, period_end=partial.period_end
            )
    return tuple(out)


def extract_events(
    text: str, expressions: tuple[TimeExpression, ...], dateline: dt.date | None, body: int = 0
) -> list[Event]:
    """Every event of ``text`` from offset ``body`` on, in text order, anchored to the expressions.

    The mentions come from :mod:`timeline._grammar` (verb groups, copula states,
    event nouns, clauses); :mod:`timeline._anchor` gives each its time, bounds and
    relation to the dateline.
    """
    return anchor_events(text, expressions, dateline, body)


def build_timeline(
    text: str, dateline: dt.date | dt.datetime | str | None = None, *, max_chars: int = MAX_CHARS
) -> Timeline:
    """The timeline of a news article.

    ``dateline`` is the article's date (a ``date``, ``datetime`` or ISO 8601
    string, years 1 to 9999).  ``None`` detects it from the article's head ("date
    2023-01-31", "WASHINGTON, Jan. 31, 2023 —"); when none is found, relative
    expressions keep X-filled values.  A text longer than ``max_chars`` characters
    (default 5,000,000) raises :class:`TextTooLongError` before any work is done.
    Raises only :class:`TimelineError` subclasses.
    """
    if not isinstance(text, str):
        raise InvalidTextError(f"text: expected str, got {type(text).__name__}")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 0:
        raise TimelineError(f"max_chars: expected an int >= 0, got {max_chars!r}")
    if len(text) > max_chars:
        raise TextTooLongError(len(text), max_chars)
    day = parse_dateline(dateline)
    if dateline is None:
        day = detect_dateline(text)
    body = header_end(text)
    expressions = extract_expressions(text, day, body)
    events = sorted(extract_events(text, expressions, day, body), key=order_key)
    return Timeline(text=text, dateline=day, expressions=expressions, events=events)
