"""``build_timeline``: the layers put together.

find expressions → normalize → grammar (clauses, tense, modality, polarity) →
resolve (dateline, reference time, the governing clause) → events → order → model.  Everything is a pure function of ``(text, dateline)``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ._anchor import anchor_block
from ._dateline import dateline_time, detect_dateline, header_end, parse_dateline
from ._direction import Directions, Tense
from ._errors import InvalidTextError, TextTooLongError, TimelineError
from ._extract import Candidate, find, with_second_days
from ._grammar import analyse_blocks
from ._kind import detect_kind
from ._model import Event, TimeExpression, Timeline, TimexType, order_key
from ._partial import Anchor, Partial, Shift
from ._resolve import Reference, Resolved, next_reference, resolve, uses_tense
from ._values import Granularity as G

_COORDINATED = re.compile(r",?\s+(?:or|and|to|through|until|till)\s+(?:early\s+|late\s+|mid-?)?|\s*[-\u2013]\s*")

_TIMEX_TYPES = {t.value: t for t in TimexType}  # by value: a dict look-up, cheaper than TimexType(value)

# The default longest text of one call, in characters.  Dense news text peaks at about 80
# bytes of memory per character (docs/reliability.md), so 5 million characters stay under
# half a GiB; a news article is a few thousand.
MAX_CHARS = 5_000_000


class _Resolver:
    """Resolves the candidates of a text in text order: the reference time ("the next day") and the
    direction shared by coordinated expressions ("late Tuesday or early Wednesday") carry over."""

    def __init__(self, text: str, dateline: dt.date | None, kind: str = "news", clock: dt.time | None = None) -> None:
        self.text = text
        self.dateline = dateline
        self.kind = kind
        self.clock = clock  # the dateline's time of day, when given: a schedule's clock times lie after it
        self.out: list[TimeExpression] = []
        self.reference: Reference | None = None
        self.last_end = -1
        self.source: tuple[int, int] | None = None  # the span whose direction a candidate takes (None: none)
        self.tense: Tense | None = None  # its direction, once read
        # The story's year when it is one before Christ (a BC value has no interval, so the
        # reference cannot hold it): "In 492 BC ... The following year" is BC0491.
        self.bc_year: int | None = None

    def add(self, candidates: Sequence[Candidate], directions: Directions | None) -> None:
        text, dateline, out = self.text, self.dateline, self.out
        for cand in candidates:
            partial = cand.partial
            anchored = partial.needs_anchor
            # Coordinated expressions share one direction: "late Tuesday or early Wednesday",
            # "from Jan. 3 to March 15" (read from the first, nearer the verb).
            if not (anchored and _COORDINATED.fullmatch(text, self.last_end, cand.start)):
                self.source, self.tense = ((cand.start, cand.end) if anchored else None), None
            self.last_end = cand.end
            if self.tense is None and self.source is not None and directions is not None and uses_tense(partial):
                # Read only when resolve reads it: 43% of the corpus's anchored expressions are
                # shifts ("yesterday", "last year") that do not.
                self.tense = directions.at(*self.source)
            deictic = partial.shift is not None and partial.shift.anchor is Anchor.DATELINE
            # a narrative's deictic in a present or future clause keeps the writer's time
            writers = self.kind == "narrative" and deictic and directions is not None \
                and directions.at(cand.start, cand.end) in _WRITERS_TENSES
            resolved = self._bc_shift(partial, writers) or self._resolve(
                partial, Tense.NONE if self.tense is None else self.tense, text[cand.start : cand.end], writers
            )
            if _BC_YEAR.fullmatch(resolved.value):
                self.bc_year = int(resolved.value[2:])
            elif resolved.type in ("DATE", "TIME") and resolved.value[:1].isdigit() and not partial.comparison:
                self.bc_year = None  # the story has come to a year after Christ
            out.append(TimeExpression(
                start=cand.start, end=cand.end, text=text[cand.start : cand.end],
                type=_TIMEX_TYPES[resolved.type], value=resolved.value, mod=resolved.mod, tid=f"t{len(out) + 1}",
            ))
            # Comparisons ("a year earlier", "the year-ago quarter") point back at the
            # reference; they do not replace it; in a narrative, neither do deictics ("today").
            if self.kind == "narrative" and deictic:
                continue
            if (resolved.type in ("DATE", "TIME") and not partial.comparison) or partial.period_to_date:
                self.reference = next_reference(
                    self.reference, resolved.value, dateline, period_to_date=partial.period_to_date,
                    period_end=partial.period_end,
                )

    def _bc_shift(self, partial: Partial, writers: bool) -> Resolved | None:
        """A count of years from a story's year before Christ ("The following year", "two years
        later", "that year" after "492 BC"): years before Christ count down, and 1 BC is followed by
        AD 1."""
        shift = partial.shift
        if self.bc_year is None or partial.suffix or partial.type != "DATE":
            return None
        if shift is None:
            # a month or a season without a year in a story before Christ: that year's ("the
            # summer" after "481 BC" is BC0481-SU)
            if self.kind == "narrative" and partial.value.startswith("XXXX-") and not partial.value.startswith("XXXX-W"):
                return Resolved("DATE", f"BC{self.bc_year:04d}" + partial.value[4:], partial.mod)
            return None
        if shift.unit is not G.YEAR:
            return None
        if not (shift.anchor is Anchor.REFERENCE or (self.kind == "narrative" and not writers)):
            return None
        year = self.bc_year - shift.amount
        return Resolved("DATE", f"BC{year:04d}" if year >= 1 else f"{1 - year:04d}", partial.mod)

    def _resolve(self, partial: Partial, tense: Tense, words: str, writers: bool = False) -> Resolved:
        """:func:`resolve`, read as the kind of text says: a narrative fills a date without a year
        from the story's own time (the reference), nearest to it; a schedule looks forward."""
        underspecified = partial.shift is None and partial.value.startswith("XXXX")
        if underspecified and self.kind == "schedule":
            return resolve(partial, self.dateline, self.reference, Tense.FUTURE)
        if self.kind == "schedule" and self.clock is not None and self.reference is None and _passed(partial, self.clock):
            # "at 3 a.m." in a note written at 04:30: tomorrow's
            return resolve(attrs.evolve(partial, shift=Shift(Anchor.DATELINE, G.DAY, 1)), self.dateline, None, tense)
        reference = self.reference
        if self.kind == "narrative" and reference is not None:
            if underspecified:
                # "On September 17, 1939 ... By early October": the story's year, not the dateline's;
                # a reference known to the year only stands at its middle ("In 1940 ... in December").
                day = reference.date if reference.granularity in _FINE else dt.date(reference.date.year, 7, 1)
                return resolve(partial, day, reference, Tense.NEAR)
            if partial.shift is not None and partial.shift.anchor is Anchor.DATELINE and not writers \
                    and _NOW.search(words) is None:
                # "the end of the month", "this year", "two years ago" in a history's past count from
                # the story's time; "today" and "now", and a present or future clause ("Today the site
                # is a museum, opened last year"), stay the writer's
                return resolve(partial, reference.date, reference, tense)
        return resolve(partial, self.dateline, reference, tense)


def _passed(partial: Partial, clock: dt.time) -> bool:
    """A clock time with no day of its own ("at 3 a.m.") earlier than ``clock``, the dateline's time of day."""
    shift, suffix = partial.shift, partial.suffix
    return (
        shift is not None and shift.anchor is Anchor.REFERENCE and shift.unit is G.DAY and shift.amount == 0
        and partial.value == "X" and len(suffix) >= 6 and suffix[1:3].isdigit() and suffix[1:6] < f"{clock:%H:%M}"
    )


_BC_YEAR = re.compile(r"BC\d{4}")
_WRITERS_TENSES = frozenset({Tense.PRESENT, Tense.FUTURE, Tense.HABITUAL})
# Deictics of the writer's own time, which even a narrative counts from its dateline.
_NOW = re.compile(r"(?i)\b(?:today|now|nowadays|currently|present|tonight|yesterday|tomorrow|recent)\b")
# Reference granularities finer than a year: a narrative's date without a year is the nearest one to them.
_FINE = frozenset({G.DAY, G.WEEK, G.MONTH, G.WEEKEND})
KINDS = ("auto", "news", "narrative", "schedule")


def extract(
    text: str, dateline: dt.date | None, body: int = 0, kind: str = "news", clock: dt.time | None = None
) -> tuple[tuple[TimeExpression, ...], list[Event], str]:
    """Every temporal expression and every event of ``text`` from offset ``body`` on, in text order.

    The layers, one block of sentences at a time: find the candidate expressions (the whole text,
    one scan) → the grammar of the block (:func:`analyse_blocks`: clauses, verb groups, tense,
    modality, polarity) → resolve the block's expressions, each in the direction of the clause
    that governs it (:class:`Directions`) → anchor the block's events (:mod:`timeline._anchor`).
    The grammar is computed once and read by both resolution and anchoring.
    """
    candidates = [c for c in with_second_days(text, find(text)) if c.start >= body]
    if kind == "auto":
        kind = detect_kind(candidates, dateline)
    resolver = _Resolver(text, dateline, kind, clock)
    events: list[Event] = []
    i = 0
    for analysis in analyse_blocks(text, [(c.start, c.end) for c in candidates], body):
        directions = Directions(text, analysis)
        end = analysis.sentences[-1][1]
        j = i
        while j < len(candidates) and candidates[j].start < end:
            j += 1
        resolver.add(candidates[i:j], directions)
        i = j
        events.extend(anchor_block(text, analysis, resolver.out, dateline, len(events), directions, kind))
    resolver.add(candidates[i:], None)
    return tuple(resolver.out), events, kind


def build_timeline(
    text: str, dateline: dt.date | dt.datetime | str | None = None, *, max_chars: int = MAX_CHARS,
    kind: str = "auto",
) -> Timeline:
    """The timeline of a news article (or of a story, or a schedule: ``kind``).

    ``dateline`` is the article's date (a ``date``, ``datetime`` or ISO 8601
    string, years 1 to 9999).  ``None`` detects it from the article's head ("date
    2023-01-31", "WASHINGTON, Jan. 31, 2023 —"); when none is found, deictic
    expressions ("Tuesday", "last week") keep X-filled values.  ``kind`` says how
    to read the text: ``"news"`` resolves dates without a year against the
    dateline, ``"narrative"`` against the story's own time (history, background,
    an obituary), ``"schedule"`` looks forward (calendars, announcements), and
    ``"auto"`` (the default) picks news or narrative from the text and the dateline
    (:attr:`Timeline.kind` says which).  A text longer than ``max_chars``
    characters (default 5,000,000) raises :class:`TextTooLongError` before any
    work is done.  Raises only :class:`TimelineError` subclasses.
    """
    if kind not in KINDS:
        raise TimelineError(f"kind: expected one of {', '.join(KINDS)}, got {kind!r}")
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
    expressions, found, used = extract(text, day, body, kind, dateline_time(dateline))
    events = sorted(found, key=order_key)
    return Timeline(text=text, dateline=day, expressions=expressions, events=events, kind=used)
