"""``build_timeline``: the layers put together.

find expressions → normalize → grammar (clauses, tense, modality, polarity) →
resolve (dateline, reference time, the governing clause) → events → order → model.  Everything is a pure function of ``(text, dateline)``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from . import _holidays as H
from . import _vocab as V
from ._anchor import anchor_block
from ._dateline import dateline_time, find_dateline, header_end, parse_dateline
from ._direction import Directions, Tense
from ._errors import InvalidTextError, TextTooLongError, TimelineError
from ._extract import Candidate, find, for_kind, with_second_days
from ._grammar import analyse_blocks
from ._kind import detect_kind
from ._language import language_warning
from ._model import Event, Interval, TimeExpression, Timeline, TimexType, order_key, span_fits
from ._partial import Anchor, Partial, Shift
from ._resolve import FORMAT, Reference, Resolved, clock_time, next_reference, resolve, uses_tense
from ._values import NO_YEAR, day_start
from ._values import Granularity as G

_COORDINATED = re.compile(r",?\s+(?:or|and|to|through|until|till)\s+(?:early\s+|late\s+|mid-?)?|\s*[-\u2013]\s*")

_TIMEX_TYPES = {t.value: t for t in TimexType}  # by value: a dict look-up, cheaper than TimexType(value)

# The default longest text of one call, in characters: 5 million characters of dense news text
# peak at about 70 MiB of Python allocations (scripts/memory.py, docs/reliability.md); a news
# article is a few thousand.
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
        self.reference_end = -1  # where the expression that set the reference ends
        self.story_time = False  # and whether it places an event (see _background)
        self.last_end = -1
        self.source: tuple[int, int] | None = None  # the span whose direction a candidate takes (None: none)
        self.tense: Tense | None = None  # its direction, once read
        # The story's year when it is one before Christ (a BC value has no interval, so the
        # reference cannot hold it): "In 492 BC ... The following year" is BC0491.
        self.bc_year: int | None = None
        self.last_period: G | None = None  # the unit of the last expression when it is "the week" ... (see _ended_on)

    def add(self, candidates: Sequence[Candidate], directions: Directions | None) -> None:
        text, dateline, out = self.text, self.dateline, self.out
        for k, cand in enumerate(candidates):
            after = candidates[k + 1] if k + 1 < len(candidates) else None
            partial = self._holiday_in(_shared_day(text, cand, after) or _shared_year(text, cand, after), cand, after,
                                       directions)
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
            tense = Tense.NONE if self.tense is None else self.tense
            resolved = self._bc_shift(partial, writers) or self._background(partial, cand, tense) or self._resolve(
                partial, tense, text[cand.start : cand.end], writers
            )
            resolved = self._range_end(partial, cand, resolved)
            self._ended_on(cand, resolved)
            bc = _BC_VALUE.match(resolved.value)
            if bc is not None:  # "481 BC", "autumn of 481 BC", "June 479 BC"; "the 470s BC" from 479
                digits = bc["digits"]
                number = int(digits)
                self.bc_year = {4: number, 3: number * 10 + 9, 2: number * 100 + 100}[len(digits)]
            elif resolved.type in ("DATE", "TIME") and resolved.value[:1].isdigit() and not partial.comparison:
                self.bc_year = None  # the story has come to a year after Christ
            shift = partial.shift
            self.last_period = shift.unit if shift is not None and shift.amount == 0 and partial.value == "X" \
                and shift.unit in _ENDING_PERIODS and not partial.suffix and partial.mod is None else None
            out.append(TimeExpression(
                start=cand.start, end=cand.end, text=text[cand.start : cand.end],
                type=_TIMEX_TYPES[resolved.type], value=resolved.value, mod=resolved.mod, tid=f"t{len(out) + 1}",
                span=_span(partial, resolved, dateline, self.clock),
            ))
            # Comparisons ("a year earlier", "the year-ago quarter") point back at the
            # reference; they do not replace it; in a narrative, neither do deictics ("today").
            if self.kind == "narrative" and (deictic or _glance_back(partial) or self._season_of_year(partial)
                                             or self._planned(cand, partial, directions)):
                continue
            if (resolved.type in ("DATE", "TIME") and not partial.comparison) or partial.period_to_date:
                self.reference = next_reference(
                    self.reference, resolved.value, dateline, period_to_date=partial.period_to_date,
                    period_end=partial.period_end,
                )
                self.reference_end = cand.end
                # a story's time of its own: a year or a date that places an event ("joined the Army
                # in 1953"), not one that bounds or measures it ("since 1980", "dating to 1994")
                # ("The next year" from such a time is one too)
                self.story_time = (self.story_time and partial.shift is not None and partial.shift.anchor is Anchor.REFERENCE) \
                    or (partial.shift is None and resolved.value[:4].isdigit() and _placed(text, cand.start))

    def _ended_on(self, cand: Candidate, resolved: Resolved) -> None:
        """ "the week ended Friday", "the month ending Sept. 30": the period the day ends, not the
        dateline's (the last expression, "the week", takes the period that holds the day)."""
        out = self.out
        if self.last_period is None or not out or _DAY_VALUE.fullmatch(resolved.value) is None \
                or _ENDED.fullmatch(self.text, out[-1].end, cand.start) is None:
            return
        value = FORMAT[self.last_period](dt.date.fromisoformat(resolved.value))
        out[-1] = attrs.evolve(out[-1], value=value, span=None)

    def _range_end(self, partial: Partial, cand: Candidate, resolved: Resolved) -> Resolved:
        """The second weekday of a range is the first such day on or after the first ("monday to friday"
        said on a Wednesday in a schedule: the next Monday to the Friday after it, not this Friday)."""
        prev = self.out[-1] if self.out else None
        if prev is None or not (_WEEKDAY_VALUE.fullmatch(partial.value) and _DAY_VALUE.fullmatch(resolved.value)
                                and _DAY_VALUE.fullmatch(prev.value) and prev.end <= cand.start
                                and _RANGE_LINK.fullmatch(self.text, prev.end, cand.start)):
            return resolved
        first, second = dt.date.fromisoformat(prev.value), dt.date.fromisoformat(resolved.value)
        if second >= first:
            return resolved
        moved = second + dt.timedelta(days=7 * ((first - second).days // 7 + ((first - second).days % 7 > 0)))
        return attrs.evolve(resolved, value=moved.isoformat())

    def _holiday_in(
        self, partial: Partial, cand: Candidate, after: Candidate | None, directions: Directions | None
    ) -> Partial:
        """A holiday, a month or a month-day without a year followed by "in" and a year takes that year
        ("Diwali in 2019", "the Christmas in 2019", "June in 2019": two expressions, as TimeML marks
        "Christmas in 1990"); followed by "in" and a count, in a schedule or a future clause, the one in
        (or nearest) the year, month or week that count from the dateline falls in ("Thanksgiving in a
        year" is next year's, "Easter in two weeks" the Easter two weeks ahead; a month only a count of
        years: "June in a year").  Not after a superlative: "the coldest Christmas in 50 years" is this
        Christmas, the count a span."""
        holiday = partial.holiday is not None and partial.value == "XXXX"
        if not (holiday or (partial.holiday is None and NO_YEAR.fullmatch(partial.value))) or after is None \
                or partial.shift is not None or partial.direction is not None or partial.type != "DATE" \
                or _IN.fullmatch(self.text, cand.end, after.start) is None:
            return partial
        other = after.partial
        if other.type == "DATE" and other.shift is None and other.mod is None and _YEAR.fullmatch(other.value):
            return attrs.evolve(partial, value=other.value + partial.value[4:])
        count = _COUNT.fullmatch(other.value) if other.type == "DURATION" and other.mod is None else None
        if count is None or _SUPERLATIVE.search(self.text, max(0, cand.start - 20), cand.start) is not None \
                or _OF_AFTER.match(self.text, after.end) is not None:
            return partial  # "in March in a year of turmoil": a year described, no count
        if not holiday and count["unit"] != "Y":
            return partial  # a month takes the year a count of years falls in ("June in a year"), no nearer count
        if self.kind != "schedule" and (directions is None or directions.at(cand.start, cand.end) is not Tense.FUTURE):
            return partial
        return attrs.evolve(partial, shift=Shift(Anchor.DATELINE, _COUNT_UNITS[count["unit"]], int(count["n"])))

    def _background(self, partial: Partial, cand: Candidate, tense: Tense) -> Resolved | None:
        """In a news story, a background paragraph tells a past of its own: a month, a month-day or
        a season without a year in a past clause, after a date of that paragraph more than a year
        before the dateline's year, is the one nearest that date ("Smith joined the Army in 1953. In
        June he was sent to Korea" is 1953-06, not last June).  The lead's own dates, a present or
        future clause and a new paragraph keep the dateline's reading.  Both times must place an
        event ("in 1953", "on Aug. 12"), not bound or measure one ("since 1980", "through Sept. 29"),
        and the paragraph's must be written out (not "in the last decade")."""
        reference, dateline = self.reference, self.dateline
        if self.kind != "news" or reference is None or dateline is None or tense not in _PAST_TENSES:
            return None
        if partial.shift is not None or _UNDATED.fullmatch(partial.value) is None or not _placed(self.text, cand.start):
            return None
        if not self.story_time or reference.date.year >= dateline.year - 1 \
                or "\n\n" in self.text[self.reference_end : cand.start]:
            return None
        return resolve(partial, _story_day(reference), reference, Tense.NEAR)

    @staticmethod
    def _planned(cand: Candidate, partial: Partial, directions: Directions | None) -> bool:
        """A time of a clause looking forward from the story ("would be exposed for a campaign in
        1976", "would be declared early the next year"): a plan or a prospect, which the story has
        not reached."""
        return directions is not None and directions.at(cand.start, cand.end) in _AHEAD

    def _season_of_year(self, partial: Partial) -> bool:
        """A season without a year in a story whose time is known to the year: that year's season,
        which tells nothing new of the story's time (it does not move the reference)."""
        reference = self.reference
        return reference is not None and reference.granularity not in _FINE and _SEASON.fullmatch(partial.value) is not None

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
            if self.kind == "narrative" and partial.value.startswith("XXXX-") and _WEEK.match(partial.value) is None:
                return Resolved("DATE", f"BC{self.bc_year:04d}" + partial.value[4:], partial.mod)
            return None
        if shift.unit not in _BC_UNITS:
            return None
        if not (shift.anchor is Anchor.REFERENCE or (self.kind == "narrative" and not writers)):
            return None
        if shift.unit is G.YEAR:
            year = self.bc_year - shift.amount
            value = f"BC{year:04d}" if year >= 1 else f"{1 - year:04d}"
            # beyond the four digits a year has ("50 years earlier" after 9999 BC): some year
            return Resolved("DATE", value if len(value) <= 6 and (year >= 1 or 1 - year <= 9999) else
                            ("BCXXXX" if year >= 1 else "XXXX"), partial.mod)
        # "the following decade" after 489 BC is the 470s BC (BC047), "the previous century" after
        # 387 BC the 5th century BC (BC04): a decade BC holds its years 9 down to 0, a century its
        # years 100 down to 1; counting forward in time counts them down
        if shift.unit is G.DECADE:
            number = self.bc_year // 10 - shift.amount
            return Resolved("DATE", f"BC{number:03d}", partial.mod) if 0 <= number <= 999 else None
        number = (self.bc_year - 1) // 100 - shift.amount
        return Resolved("DATE", f"BC{number:02d}", partial.mod) if 0 <= number <= 99 else None

    def _resolve(self, partial: Partial, tense: Tense, words: str, writers: bool = False) -> Resolved:
        """`resolve`, read as the kind of text says: a narrative fills a date without a year
        from the story's own time (the reference), nearest to it; a schedule looks forward."""
        underspecified = partial.shift is None and partial.value.startswith("XXXX")
        if underspecified and self.kind == "schedule":
            # a weekday in a note or a command is the next one: "call Alex on Tuesday" written on a
            # Tuesday is next week's (today would be "today")
            day = self.dateline
            if day is not None and partial.value.startswith("XXXX-WXX-") and partial.direction in (None, 0) \
                    and day < dt.date.max:
                # ("this Monday" too: the coming one); "last Tuesday", "next Tuesday" count from the day itself
                day += dt.timedelta(days=1)
                partial = attrs.evolve(partial, direction=None)
            elif day is not None and _DAY_OF_MONTH.fullmatch(partial.value) and partial.direction is None \
                    and day < dt.date.max:
                # a day of the month is the next one from the note's own day: "dentist on the 3rd" written
                # on the 4th is next month's (a story's day-late slack does not apply)
                day += dt.timedelta(days=1)
            return resolve(partial, day, self.reference, Tense.FUTURE)
        if self.kind == "schedule" and self.clock is not None and partial.seconds is not None and self.dateline is not None:
            # "2 minutes from now" in a note written at 04:30: 04:32
            return _from_clock(self.dateline, self.clock, partial.seconds, partial.mod)
        if self.kind == "schedule" and self.clock is not None and self.reference is None and _passed(partial, self.clock):
            # "at 3:30" or "today at 3" without a meridiem in a note written at 04:30: the afternoon's (the
            # next 3:30 on a 12-hour clock), as one says it
            if partial.twelve_hour:
                afternoon = attrs.evolve(partial, suffix=f"T{int(partial.suffix[1:3]) + 12:02d}{partial.suffix[3:]}")
                if not _passed(afternoon, self.clock):
                    return resolve(afternoon, self.dateline, None, tense)
            if partial.shift is not None and partial.shift.anchor is Anchor.REFERENCE:
                # "at 3 a.m." in a note written at 04:30: tomorrow's ("today at 3am" stays today's)
                return resolve(attrs.evolve(partial, shift=Shift(Anchor.DATELINE, G.DAY, 1)), self.dateline, None, tense)
        reference = self.reference
        if self.kind == "narrative" and reference is not None:
            if underspecified:
                # "On September 17, 1939 ... By early October": the story's year, not the dateline's;
                # a reference known to the year only stands at its middle ("In 1940 ... in December").
                if self._season_of_year(partial):
                    # "In 1905 ... the severe winter": that year's season (a winter of 1905 runs
                    # into 1906, nearer mid-1905 than the one before only by a month)
                    return Resolved(partial.type, f"{reference.date.year:04d}{partial.value[4:]}", partial.mod)
                return resolve(partial, _story_day(reference), reference, Tense.NEAR)
            if partial.shift is not None and partial.shift.anchor is Anchor.DATELINE and not writers \
                    and _NOW.search(words) is None:
                # "the end of the month", "this year", "two years ago" in a history's past count from
                # the story's time; "today" and "now", and a present or future clause ("Today the site
                # is a museum, opened last year"), stay the writer's
                return resolve(partial, reference.date, reference, tense)
        return resolve(partial, self.dateline, reference, tense)


def _span(partial: Partial, resolved: Resolved, dateline: dt.date | None, clock: dt.time | None) -> Interval | None:
    """The exact time an expression names where its value cannot write it (None for most): the days
    of a holiday of several days ("Ramadan 2018" is ``2018``, its span May 16 to June 14), the hour
    of one of an hour ("Earth Hour 2016" is ``2016-03-19TEV``, its span 20:30 to 21:30), the rest of
    a period from the dateline's day ("the rest of the week"; the rest of a day from the dateline's
    time of day, when a schedule has one).  A span lies inside the value's period and is not all of it."""
    if resolved.mod is not None or partial.coarsen is not None:
        return None
    coarse = Interval.of(resolved.value)
    if coarse is None:
        return None
    span = _holiday_span(partial, resolved)
    if span is None and partial.rest and dateline is not None:
        start = day_start(dateline)
        if clock is not None and coarse.granularity is G.DAY:  # the rest of a day: from the time of day
            start = dt.datetime.combine(dateline, clock)
        precision = G.SECOND if start.second else G.MINUTE if start.time() != dt.time() else G.DAY
        span = Interval(start, coarse.end, precision) if coarse.start < start < coarse.end else None
    # a holiday across New Year (Kwanzaa) has the year it starts in, which does not hold it
    return span if span is not None and span_fits(coarse, span) else None


def _holiday_span(partial: Partial, resolved: Resolved) -> Interval | None:
    """The days of the holiday named (or counted near a day: "the closest Ramadan to today"), or the
    clock times of one of an hour."""
    near = partial.near[0] if partial.near is not None else None
    name = near if isinstance(near, str) else None if near is not None else partial.holiday
    if name is None:
        return None
    spec = V.HOLIDAYS[name]
    moved = near is None and bool(partial.holiday_offset or partial.holiday_months)
    if spec.hours[0] and not moved and partial.suffix == spec.time and resolved.value.endswith(spec.time):
        day = Interval.of(resolved.value[: -len(spec.time)])
        if day is None:  # "9999-XX-XXTEV"
            return None
        start, end = (dt.datetime.combine(day.start.date(), dt.time.fromisoformat(h)) for h in spec.hours)
        return Interval(start, end, G.MINUTE)
    found = H.holiday_span(name, resolved.value) if resolved.type == "DATE" else None
    return None if found is None else Interval(day_start(found[0]), day_start(found[1] + dt.timedelta(days=1)), G.DAY)


def _from_clock(day: dt.date, clock: dt.time, seconds: int, mod: str | None) -> Resolved:
    """The time ``seconds`` from ``clock`` on ``day``, to the minute unless seconds tell ("one second
    from now" at 04:30 is ``T04:30:01``, "2 minutes from now" ``T04:32``)."""
    try:
        when = dt.datetime.combine(day, clock) + dt.timedelta(seconds=seconds)
    except OverflowError:  # beyond the calendar: an unknown day
        return Resolved("DATE", "XXXX-XX-XX", mod)
    return Resolved("TIME", when.isoformat(timespec="seconds" if seconds % 60 or clock.second else "minutes"), mod)


def _passed(partial: Partial, clock: dt.time) -> bool:
    """A clock time with no day of its own ("at 3 a.m.") or today's earlier than ``clock``, the dateline's time of day."""
    suffix = partial.suffix
    return clock_time(partial) and len(suffix) >= 6 and suffix[1:3].isdigit() and suffix[1:6] < f"{clock:%H:%M}"


def _story_day(reference: Reference) -> dt.date:
    """The day a narrative counts a date without a year from: the reference's, or the middle of a
    reference known to the year only ("In 1940 ... in December")."""
    return reference.date if reference.granularity in _FINE else dt.date(reference.date.year, 7, 1)


def _placed(text: str, start: int) -> bool:
    """The expression at ``start`` places an event: "in" or "on" before it ("joined the Army in
    1953", "married on Aug. 12"), not a bound or a measure ("since 1980", "through Sept. 29")."""
    return _PLACES.search(text, max(0, start - 12), start) is not None


def _glance_back(partial: Partial) -> bool:
    """A count back from the story's time ("the previous year", "two days earlier"): a narrative
    looks back and goes on where it was; only a count forward moves its time on."""
    shift = partial.shift
    return shift is not None and shift.anchor is Anchor.REFERENCE and shift.amount < 0


def _shared_day(text: str, cand: Candidate, after: Candidate | None) -> Partial | None:
    """A clock time without a day takes the day of the time coordinated after it ("later than 9:30 but
    before 11:00 on Thursday", "at 9:30 or 11 on Thursday": the day is written once for both)."""
    partial = cand.partial
    if after is None or not _dayless(partial):
        return None
    other = after.partial
    if not other.suffix[1:2].isdigit() or _dayless(other) or other.then is not None:
        return None
    if not (_COORDINATED.fullmatch(text, cand.end, after.start) or _BUT.fullmatch(text, cand.end, after.start)):
        return None
    return attrs.evolve(other, suffix=partial.suffix, zone=partial.zone, mod=partial.mod, twelve_hour=False)


def _dayless(partial: Partial) -> bool:
    """A clock time on no day of its own ("at 9:30"): on the day last named."""
    return clock_time(partial) and partial.shift is not None and partial.shift.anchor is Anchor.REFERENCE \
        and partial.suffix[1:2].isdigit()


def _shared_year(text: str, cand: Candidate, after: Candidate | None) -> Partial:
    """A month or a month-day without a year takes the year of the one coordinated after it ("in
    April and June 1955", "August/September 1956", "Dec. 28 to Jan. 3, 2023": the year is written
    once for both, a year before when the first comes later in the calendar)."""
    partial = cand.partial
    if after is None or partial.shift is not None or NO_YEAR.fullmatch(partial.value) is None:
        return partial
    m = _FULL.fullmatch(after.partial.value)
    if m is None or after.partial.shift is not None or not (
        _COORDINATED.fullmatch(text, cand.end, after.start) or _SLASH.fullmatch(text, cand.end, after.start)
    ):
        return partial
    year = int(m["year"]) - (partial.value[5:] > m["rest"])  # "Dec. 28 to Jan. 3, 2023": 2022
    return attrs.evolve(partial, value=f"{year:04d}{partial.value[4:]}") if year >= 1 else partial


_IN = re.compile(r"\s+in\s+", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)  # "a year of turmoil": the count described, not counted
_YEAR = re.compile(r"\d{4}")
_COUNT = re.compile(r"P(?P<n>[1-9]\d{0,3})(?P<unit>[YMWD])")
_COUNT_UNITS = {"Y": G.YEAR, "M": G.MONTH, "W": G.WEEK, "D": G.DAY}
_SUPERLATIVE = re.compile(r"(?i)\b(?:\w+est|first|only)\s+(?:the\s+)?$")
# A month or a month-day with its year.
_FULL = re.compile(r"(?P<year>\d{4})-(?P<rest>(?:0[1-9]|1[0-2])(?:-\d{2})?)")
_SLASH = re.compile(r"\s*/\s*")
# The link of a range ("Monday to Friday", "mon-fri", "Tuesday through Thursday"); a weekday's value; a day's.
_RANGE_LINK = re.compile(r"\s*[-\u2013\u2014]\s*|\s+(?:to|through|thru|till|til|until)\s+", re.IGNORECASE)
_WEEKDAY_VALUE = re.compile(r"XXXX-WXX-[1-7]")
_DAY_OF_MONTH = re.compile(r"XXXX-(?:XX|0[1-9]|1[0-2])-\d\d")  # a month-day or a day of some month, without its year
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# "the week [ended] Friday", "the month [ending on] Sept. 30"; the periods that may end so.
_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?:on\s+)?", re.IGNORECASE)
_ENDING_PERIODS = frozenset({G.WEEK, G.MONTH, G.QUARTER, G.HALF, G.YEAR})
# "later than 9:30 but before 11:00 on Thursday": two bounds of one day's time
_BUT = re.compile(r",?\s+but\s+(?:(?:no\s+)?(?:later|earlier)\s+than|before|after|by|until|till)\s+", re.IGNORECASE)
_SEASON = re.compile(r"XXXX-(?:SP|SU|FA|WI)")
_WEEK = re.compile(r"XXXX-W[\dX]")  # a week or a weekday, not a winter (XXXX-WI)
# A month, a month-day or a season without its year (not a weekday, not a time of day).
_UNDATED = re.compile(r"XXXX-(?:(?:0[1-9]|1[0-2])(?:-\d{2})?|SP|SU|FA|WI)")
_PAST_TENSES = frozenset({Tense.PAST, Tense.PAST_LOOSE})
_AHEAD = frozenset({Tense.FUTURE, Tense.NEAR})
_PLACES = re.compile(r"(?i)\b(?:in|on)\s+$")
_BC_VALUE = re.compile(r"BC(?P<digits>\d{2,4})")  # a value before Christ: a year, decade or century, at its start
_BC_UNITS = frozenset({G.YEAR, G.DECADE, G.CENTURY})
_WRITERS_TENSES = frozenset({Tense.PRESENT, Tense.FUTURE, Tense.HABITUAL})
# Deictics of the writer's own time, which even a narrative counts from its dateline.
_NOW = re.compile(r"(?i)\b(?:today|now|nowadays|currently|present|tonight|yesterday|tomorrow|recent)\b")
# Reference granularities finer than a year: a narrative's date without a year is the nearest one to them.
_FINE = frozenset({G.DAY, G.WEEK, G.MONTH, G.WEEKEND})
KINDS = ("auto", "news", "narrative", "schedule")


def _read_numeric(candidates: Sequence[Candidate], dayfirst: bool | None) -> list[Candidate]:
    """Dates in digits read as ``dayfirst`` forces ("3/4/2025": True April 3, False March 4); a
    reading that is no date drops the candidate ("13/03/2025" with dayfirst=False).  None keeps the
    rule's reading: month-first unless only day-first is a date."""
    if dayfirst is None:
        return list(candidates)
    out = []
    for c in candidates:
        numeric = c.partial.numeric
        if numeric is None:
            out.append(c)
        elif (value := numeric[1] if dayfirst else numeric[0]) is not None:
            out.append(attrs.evolve(c, partial=attrs.evolve(c.partial, value=value)))
    return out


def extract(
    text: str, dateline: dt.date | None, body: int = 0, kind: str = "news", dayfirst: bool | None = None,
    clock: dt.time | None = None,
) -> tuple[tuple[TimeExpression, ...], list[Event], str]:
    """Every temporal expression and every event of ``text`` from offset ``body`` on, in text order.

    The layers, one block of sentences at a time: find the candidate expressions (the whole text,
    one scan) → the grammar of the block (`analyse_blocks`: clauses, verb groups, tense,
    modality, polarity) → resolve the block's expressions, each in the direction of the clause
    that governs it (`Directions`) → anchor the block's events (`timeline._anchor`).
    The grammar is computed once and read by both resolution and anchoring.
    """
    candidates = _read_numeric([c for c in with_second_days(text, find(text)) if c.start >= body], dayfirst)
    if kind == "auto":
        kind = detect_kind(candidates, dateline)
    candidates = for_kind(candidates, kind)
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


TOO_LONG = ("raise", "cut")
NO_DATELINE = "no dateline given or found in the head: relative dates keep X ('Monday' is XXXX-WXX-1)"


def build_timeline(
    text: str, dateline: dt.date | dt.datetime | str | None = None, *, max_chars: int = MAX_CHARS,
    kind: str = "auto", dayfirst: bool | None = None, too_long: str = "raise",
) -> Timeline:
    """The timeline of a news article (or of a story, or a schedule: ``kind``).

    ``dateline`` is the article's date (a ``date``, ``datetime`` or ISO 8601
    string, years 1 to 9999; a time and a UTC offset may come with it: the date
    as written, the article's own local date, is the dateline).  ``None`` detects
    it from the article's head ("date 2023-01-31", "WASHINGTON, Jan. 31, 2023 —",
    "Published: 06/11/2024", "Wed 6 Nov 2024 06.47 GMT": the first six lines);
    when none is found, deictic expressions ("Tuesday", "last week") keep X-filled
    values.  ``kind`` says how
    to read the text: ``"news"`` resolves dates without a year against the
    dateline, ``"narrative"`` against the story's own time (history, background,
    an obituary), ``"schedule"`` looks forward (calendars, announcements), and
    ``"auto"`` (the default) picks news or narrative from the text and the dateline
    (`Timeline.kind` says which).  ``dayfirst`` says how to read a date in digits whose order
    the text does not fix ("3/4/2025"): ``None`` (the default) month-first unless only day-first is a
    date ("13/03/2025" is 13 March), ``True`` day-first and ``False`` month-first always (a date
    that the forced reading makes impossible is no expression).  A text longer than ``max_chars``
    characters (default 5,000,000) raises [`TextTooLongError`][timeline.TextTooLongError] before any
    work is done; with ``too_long="cut"`` only its first ``max_chars``
    characters are read (cut at the last space before the limit, when one is
    near) and the timeline's text is that part.  Raises only
    [`TimelineError`][timeline.TimelineError] subclasses.

    ``Timeline.warnings`` says what the run could not do as asked: the text
    was cut, it does not look like English (the library reads English only),
    an ambiguous numeric dateline was read one way ("06/11/2024": June 11, month
    first), or there is no dateline (relative dates keep X).
    """
    if kind not in KINDS:
        raise TimelineError(f"kind: expected one of {', '.join(KINDS)}, got {kind!r}")
    if too_long not in TOO_LONG:
        raise TimelineError(f"too_long: expected one of {', '.join(TOO_LONG)}, got {too_long!r}")
    if not isinstance(text, str):
        raise InvalidTextError(f"text: expected str, got {type(text).__name__}")
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise TimelineError(f"dayfirst: expected True, False or None, got {dayfirst!r}")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 0:
        raise TimelineError(f"max_chars: expected an int >= 0, got {max_chars!r}")
    warnings = []
    if len(text) > max_chars:
        if too_long == "raise":
            raise TextTooLongError(len(text), max_chars)
        size, text = len(text), _cut(text, max_chars)
        warnings.append(f"text cut at {len(text):,} of {size:,} characters (max_chars={max_chars:,}): the rest is not read")
    language = language_warning(text)
    if language is not None:
        warnings.append(language)
    day = parse_dateline(dateline)
    if dateline is None:
        detected = find_dateline(text)
        day = None if detected is None else detected.day
        if detected is not None and detected.note is not None:
            warnings.append(detected.note)
    if day is None:
        warnings.append(NO_DATELINE)
    body = header_end(text)
    expressions, found, used = extract(text, day, body, kind, dayfirst, dateline_time(dateline))
    events = sorted(found, key=order_key)
    return Timeline(text=text, dateline=day, expressions=expressions, events=events, kind=used,
                    warnings=tuple(warnings))


def _cut(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, ending at the last whitespace of the last 200
    when there is one (no word cut in two)."""
    for i in range(limit, max(0, limit - 200), -1):
        if text[i].isspace():
            return text[:i]
    return text[:limit]
