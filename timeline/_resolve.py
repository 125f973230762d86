"""Resolve partial values against the dateline, the reference time and the tense.

Calendar arithmetic is one table keyed by granularity: how to write a date at
that granularity (:data:`FORMAT`) and how to move a date by n units of it
(:data:`STEP`).  Underspecified values ("Friday", "Jan. 19", "last summer")
are resolved by listing the candidates around the dateline and choosing one
by direction or tense.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator, Mapping

import attrs

from . import _holidays as H
from . import _vocab as V
from ._direction import Tense
from ._holidays import easter as easter  # re-exported: the tests and users read it here
from ._partial import Anchor, Partial
from ._values import REFERENCE_VALUES, day_start, interval_of, is_valid_value, parse_calendar
from ._values import Granularity as G
from ._zones import zone_offset


def _add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clamped to the month's length (Jan. 31 + 1 = Feb. 28).

    Raises ValueError beyond the calendar (year 1 to 9999); ``resolve`` turns that into X."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(year, month0 + 1, min(d.day, calendar.monthrange(year, month0 + 1)[1]))


def _iso(d: dt.date) -> tuple[int, int, int]:
    iso = d.isocalendar()
    return iso[0], iso[1], iso[2]


_SEASON_OF_MONTH = ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")


def _season(d: dt.date) -> str:
    return f"{d.year - (d.month < 3):04d}-{_SEASON_OF_MONTH[d.month - 1]}"


FORMAT: Mapping[G, Callable[[dt.date], str]] = {
    G.CENTURY: lambda d: f"{d.year // 100:02d}",
    G.DECADE: lambda d: f"{d.year // 10:03d}",
    G.YEAR: lambda d: f"{d.year:04d}",
    G.HALF: lambda d: f"{d.year:04d}-H{(d.month - 1) // 6 + 1}",
    G.QUARTER: lambda d: f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
    # Meteorological seasons: a winter is named by the year of its December (January 2013 is in 2012-WI).
    G.SEASON: lambda d: _season(d),
    G.MONTH: lambda d: f"{d.year:04d}-{d.month:02d}",
    G.WEEK: lambda d: "{:04d}-W{:02d}".format(*_iso(d)[:2]),
    G.WEEKEND: lambda d: "{:04d}-W{:02d}-WE".format(*_iso(d)[:2]),
    G.DAY: lambda d: d.isoformat(),
}
STEP: Mapping[G, Callable[[dt.date, int], dt.date]] = {
    G.CENTURY: lambda d, n: _add_months(d, 1200 * n),
    G.DECADE: lambda d, n: _add_months(d, 120 * n),
    G.YEAR: lambda d, n: _add_months(d, 12 * n),
    G.HALF: lambda d, n: _add_months(d, 6 * n),
    G.QUARTER: lambda d, n: _add_months(d, 3 * n),
    G.SEASON: lambda d, n: _add_months(d, 3 * n),
    G.MONTH: lambda d, n: _add_months(d, n),
    G.WEEK: lambda d, n: d + dt.timedelta(weeks=n),
    G.WEEKEND: lambda d, n: d + dt.timedelta(weeks=n),
    G.DAY: lambda d, n: d + dt.timedelta(days=n),
}
UNKNOWN: Mapping[G, str] = {
    G.CENTURY: "XX", G.DECADE: "XXX", G.YEAR: "XXXX", G.HALF: "XXXX-HX", G.QUARTER: "XXXX-QX", G.SEASON: "XXXX-XX",
    G.MONTH: "XXXX-XX", G.WEEK: "XXXX-WXX", G.WEEKEND: "XXXX-WXX-WE", G.DAY: "XXXX-XX-XX",
    G.HOUR: "XXXX-XX-XXTXX", G.MINUTE: "XXXX-XX-XXTXX:XX",
}


@attrs.frozen
class Reference:
    """The time anaphoric expressions count from: a date and how precisely it is known."""

    date: dt.date
    granularity: G


@attrs.frozen
class Resolved:
    type: str
    value: str
    mod: str | None


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day a holiday falls on (starts on) in ``year``: the first, if two (None: unknown)."""
    days = H.holiday_dates(name, year)
    return days[0] if days else None


def _holiday_values(partial: Partial, year: int) -> list[str]:
    """The values of the holiday ``partial`` names in a Gregorian year: its days (moved by "the day
    after"), or for a holiday of several days the week, month or year that holds it."""
    name = partial.holiday
    assert name is not None
    if H.is_period(name) and not _moved(partial):
        return H.holiday_values(name, year)
    return [_moved_day(partial, d).isoformat() for d in H.holiday_dates(name, year)]


def _moved(partial: Partial) -> bool:
    """Whether the day is moved from the holiday's ("the day after", "a year after")."""
    return bool(partial.holiday_offset or partial.holiday_months)


def _moved_day(partial: Partial, d: dt.date) -> dt.date:
    """The holiday's day ``d`` moved by the days and the months the text counts from it."""
    return _add_months(d + dt.timedelta(days=partial.holiday_offset), partial.holiday_months)


def _near_holiday(partial: Partial, period: str) -> str | None:
    """The occurrence of a holiday nearest the period ``period`` (one inside it first): "Thanksgiving
    three months ago" (2012-11) is 2012's, "Easter in two weeks" the Easter of, or next to, that week."""
    iv = interval_of(period)
    if iv is None:
        return None
    start, end = iv[1], iv[2]

    def distance(value: str) -> dt.timedelta:
        found = interval_of(value)
        if found is None:
            return dt.timedelta.max
        if found[1] < end and start < found[2]:
            return dt.timedelta(0)
        return found[1] - end if found[1] >= end else start - found[2]

    values = [v for year in range(start.year - 1, start.year + 2) for v in _holiday_values(partial, year)]
    return min(values, key=distance) if values else None


def _holiday(partial: Partial, dateline: dt.date | None, tense: Tense) -> str:
    """The value of a holiday: in the year stated or counted from the dateline ("of next year"),
    else the occurrence the direction or the tense picks, like a month-day.  A holiday its table
    does not hold for that year keeps X digits."""
    year = int(partial.value[:4]) if partial.value[:4].isdigit() else None
    shift = partial.shift
    if year is None and shift is not None and dateline is not None:
        if shift.unit is not G.YEAR and shift.unit in FORMAT:
            # "Thanksgiving nine months from now", "Easter in two weeks": the one nearest that month or week
            near = _near_holiday(partial, FORMAT[shift.unit](STEP[shift.unit](dateline, shift.amount)))
            return near or UNKNOWN[G.DAY]
        year = dateline.year + shift.amount  # "MLK day of last year", "Thanksgiving in three years"
    if year is not None:
        if not 1 <= year <= 9999:
            return UNKNOWN[G.DAY]  # "Thanksgiving of next year" written in 9999: beyond the calendar
        values = _holiday_values(partial, year)
        return values[0] if values else f"{year:04d}-XX-XX"
    if dateline is None:
        spec = V.HOLIDAYS.get(partial.holiday or "")
        if spec is not None and spec.kind == "fixed" and not _moved(partial) and not H.is_period(partial.holiday or ""):
            return f"XXXX-{spec.month:02d}-{spec.day:02d}"
        return "XXXX-XX-XX"
    # none in the years the table holds: the day is unknown, the year is the dateline's (a
    # narrative's: the story's)
    return _choose(partial, dateline, tense) or f"{dateline.year:04d}-XX-XX"


def _candidates(partial: Partial, dateline: dt.date) -> Iterator[str]:
    """Fully specified values that the underspecified ``partial`` may stand for."""
    value = partial.value
    if partial.holiday is not None:
        for year in range(dateline.year - 1, dateline.year + 2):
            yield from _holiday_values(partial, year)
        return
    if value.startswith("XXXX-XX-") and value[8:].isdigit():
        # "Tuesday the 4th": that day of the months around the dateline (the weekday picks among them)
        for months in range(-13, 14):
            year, month0 = divmod(dateline.year * 12 + dateline.month - 1 + months, 12)
            yield f"{year:04d}-{month0 + 1:02d}-{value[8:]}"
        return
    if value.startswith("XXXX-WXX-"):
        # The days of that weekday a week either side of the dateline, ascending: the first, then
        # every seventh (not a test of each of the 15 days).
        week = dt.timedelta(days=7 * partial.nth)
        if not dt.date.min + week <= dateline <= dt.date.max - week:
            raise OverflowError("date value out of range")  # a day of the week either side is
        for offset in range((int(value[-1]) - dateline.isoweekday()) % 7 - 7 * partial.nth, 1 + 7 * partial.nth, 7):
            yield (dateline + dt.timedelta(days=offset)).isoformat()
        return
    if partial.shift is not None and partial.shift.unit is G.WEEKEND:
        for weeks in (-1, 0, 1):
            yield FORMAT[G.WEEKEND](dateline + dt.timedelta(weeks=weeks))
        return
    for year in range(dateline.year - 1 - partial.nth, dateline.year + 1 + partial.nth):
        yield f"{year:04d}" + value[4:]


# News reports in the past tense what is scheduled for the coming weeks ("the company
# said it would pay Dec. 15", "Meissner gave no reason for the Jan. 14 deadline"): a past
# cue that does not govern the expression (Tense.PAST_LOOSE) still allows a date up to two
# months after the dateline.  Measured on TimeBank/AQUAINT.
SLACK = dt.timedelta(days=62)
# And the dateline is often a day after the events the story reports: a future cue
# ("must return the child by Jan. 14" in a story dated Jan. 15) still means this year's date,
# not next year's.
FUTURE_SLACK = dt.timedelta(days=1)


def _choose(partial: Partial, dateline: dt.date, tense: Tense) -> str | None:
    """Pick the candidate that the direction, or else the tense, points to.

    Weekdays and weekends follow the tense (past or reporting: on or before the
    dateline, future: on or after).  Months, month-days, seasons and holidays
    take the candidate nearest the dateline that the tense allows (see SLACK);
    a reporting verb allows both sides ("said it will pay on Dec. 15").
    """
    day0 = day_start(dateline)
    day1 = day0 + dt.timedelta(days=1)
    found = []
    for value in _candidates(partial, dateline):
        iv = interval_of(value)
        if iv is None:
            continue
        if partial.weekday is not None and iv[1].isoweekday() != partial.weekday:
            continue
        found.append((iv[1], iv[2], value))
    if not found and partial.weekday is not None:
        return _choose(attrs.evolve(partial, weekday=None), dateline, tense)
    found.sort()
    direction = partial.direction
    is_day = partial.value.startswith("XXXX-WXX-") or (partial.shift is not None and partial.shift.unit is G.WEEKEND)
    if direction == -1 and partial.value[5:7] in ("SP", "SU", "FA", "WI"):
        # "last spring": the latest one of an earlier year that has ended (TimeBank:
        # "last spring" in an October 1989 article is 1988-SP).
        previous = [v for s, e, v in found if e <= day0 and int(v[:4]) < dateline.year]
        return previous[-1] if previous else None
    nth = partial.nth
    if direction in (-1, -2):  # strictly before the dateline (the nth one back)
        before = [v for s, e, v in found if e <= day0]
        return before[-nth] if len(before) >= nth else None
    if direction == 1:  # strictly after
        after = [v for s, e, v in found if s >= day1]
        return after[nth - 1] if len(after) >= nth else None
    if direction == 0:  # in the dateline's year (weekdays: its ISO week)
        if is_day:
            week = _iso(dateline)[:2]
            same = [v for s, e, v in found if _iso(s.date())[:2] == week]
        else:
            # "this winter" in January is the one in progress; else the dateline's year's.
            same = [v for s, e, v in found if s <= day0 < e] or [
                v for s, e, v in found if v.startswith(f"{dateline.year:04d}")
            ]
        return same[0] if same else None
    if is_day:
        if tense is Tense.FUTURE:
            after = [v for s, e, v in found if e > day0]
            return after[0] if after else None
        if tense is Tense.NEAR:  # the nearest either side; a tie goes ahead
            return min(found, key=lambda c: (abs(c[0] - day0), c[0] < day0))[2] if found else None
        before = [v for s, e, v in found if s < day1]
        return before[-1] if before else None
    named_weekday = partial.weekday is not None  # "Monday, Oct. 26": the weekday fixes the year
    everything = found
    if tense is Tense.PAST:
        found = [c for c in found if c[0] < day1]
    elif tense in (Tense.PAST_LOOSE, Tense.NONE, Tense.HABITUAL):  # news reports the past: no cue leans back too
        found = [c for c in found if c[0] < day1 + SLACK]
    elif tense is Tense.FUTURE:  # a story dated a day or two late still means this year's
        found = [c for c in found if c[1] > day0 - FUTURE_SLACK]

    def distance(c: tuple[dt.datetime, dt.datetime, str]) -> dt.timedelta:
        if c[0] <= day0 < c[1]:
            return dt.timedelta(0)
        return c[0] - day0 if c[0] > day0 else day0 - c[1]

    if not found and named_weekday:
        found = everything  # the weekday outranks the tense: a story dated a day before its edition
    return min(found, key=distance)[2] if found else None


_FOLLOWS_REFERENCE = frozenset({G.QUARTER, G.HALF})


def _shifted(partial: Partial, anchor: dt.date | None, tense: Tense, reference: Reference | None) -> str:
    shift = partial.shift
    assert shift is not None
    unit = shift.unit if shift.unit in FORMAT else G.DAY
    if reference is not None and partial.value.startswith("XXXX-Q") and partial.comparison:
        # "the year-ago third quarter"
        return FORMAT[G.YEAR](STEP[G.YEAR](reference.date, shift.amount)) + partial.value[4:]
    if reference is not None and partial.value == "X" and partial.follows_reference and shift.unit is G.YEAR:
        # "a year earlier" after a quarter keeps the reference's own granularity ("1988-Q3": the
        # earnings story's comparison); after a day or a month it is a year, as TIMEX3 writes a count
        # of years ("Twelve years later" after "31 May 1902" is 1914, as "two years ago" is a year).
        ref_unit = reference.granularity
        if ref_unit in _FOLLOWS_REFERENCE:
            return FORMAT[ref_unit](STEP[G.YEAR](reference.date, shift.amount))
    if anchor is None:
        return UNKNOWN[unit] if partial.value == "X" else partial.value
    if unit is G.WEEKEND and shift.amount == 0 and (partial.direction is not None or tense is not Tense.NONE):
        return _choose(partial, anchor, tense) or UNKNOWN[G.WEEKEND]
    if unit is G.SEASON and partial.value != "X":  # "the following spring", "that summer": from the anchor
        if partial.direction == 1 and reference is not None and shift.anchor is Anchor.REFERENCE and (
                found := interval_of(FORMAT[reference.granularity](reference.date))) is not None:
            anchor = found[2].date() - dt.timedelta(days=1)  # after the whole of it: "in 2019. The following spring"
        return _choose(attrs.evolve(partial, shift=None), anchor, tense) or partial.value
    moved = STEP[unit](anchor, shift.amount)
    if partial.value == "X":
        return FORMAT[unit](moved)
    # "this year's third quarter": the shift fixes the year of a partial value.
    return FORMAT[G.YEAR](moved) + partial.value[4:]


_ORDER = {g: i for i, g in enumerate(G)}


def _within(value: str, unit: G, reference: Reference) -> str:
    """A value counted in ``unit``s from a coarser reference keeps only the digits the reference
    fixes: "that same day" after "last October" is ``1998-10-XX``, not the month's first day;
    "that week" after "in 1987" is ``1987-WXX``; "the next day" after a week inside one month
    keeps the month."""
    coarse = reference.granularity
    if _ORDER[coarse] >= _ORDER[unit] or (cv := parse_calendar(value)) is None or cv.is_partial:
        return value
    if "year" not in cv.fields:
        # a decade counted from a century keeps the century's digits: "that decade" after "the 19th
        # century" is 18X (some decade of the 1800s), not the century's first decade
        return value[:2] + "X" if unit is G.DECADE and len(value) == 3 and value.isdigit() else value
    year = cv.fields["year"]
    if unit is G.DAY and cv.granularity is G.DAY and "month" in cv.fields:
        start = reference.date
        in_month = coarse is G.MONTH or (
            coarse in (G.WEEK, G.WEEKEND) and (start + dt.timedelta(days=6)).month == start.month
            and int(cv.fields["month"]) == start.month
        )
        return f"{year}-{cv.fields['month'] if in_month else 'XX'}-XX"
    if unit in (G.WEEK, G.WEEKEND, G.MONTH) and cv.granularity is unit:
        return year + UNKNOWN[unit][4:]
    return value


def reported_quarter(dateline: dt.date | None, reference: Reference | None) -> dt.date | None:
    """The quarter an earnings story reports: the reference quarter, else the last quarter
    completed before the dateline (a date inside it)."""
    if reference is not None and reference.granularity is G.QUARTER:
        return reference.date
    return None if dateline is None else STEP[G.QUARTER](dateline, -1)


def _filled(partial: Partial, dateline: dt.date | None, tense: Tense) -> str:
    value = partial.value
    if dateline is None:
        return value
    if value[5:6] in ("Q", "H") and partial.direction == 0:
        # The dateline's year's quarter or half, unless a past tense rules it out: "reported
        # fourth-quarter earnings" in February is last year's.  (A future tense does not: "will
        # report third-quarter results" in October is about the quarter just ended.)
        year = dateline.year
        iv = interval_of(f"{year:04d}{value[4:]}")
        day = day_start(dateline)
        if iv is not None and tense in (Tense.PAST, Tense.PAST_LOOSE) and iv[1] > day:
            year -= 1
        elif tense is Tense.FUTURE and value[6:7].isdigit():
            # A future clause's quarter or half is the one under way or ahead, or the one just ended,
            # whose accounts are still to come ("expects to report net income for the third quarter"
            # in October); one ended before that is next year's ("a cut could come by the end of the
            # first quarter" in December is next year's)
            year = _period_ahead(value, dateline)
        return f"{year:04d}" + value[4:]
    return _choose(partial, dateline, tense) or value


def _period_ahead(value: str, day: dt.date) -> int:
    """The year of quarter or half ``value`` ("XXXX-Q1", "XXXX-H2"): ``day``'s year's, unless that one
    ended before the start of ``day``'s quarter or half but one (then the next year's)."""
    per_year = 4 if value[5] == "Q" else 2
    number = int(value[6]) - 1
    just_ended = day.year * per_year + (day.month - 1) // (12 // per_year) - 1
    if day.year * per_year + number >= just_ended:
        return day.year
    if day.year == 9999:
        raise OverflowError("the next year is beyond the calendar")  # resolve keeps the partial value
    return day.year + 1


def clock_time(partial: Partial) -> bool:
    """A bare time of day ("at 4 p.m."): a clock time on the reference's or the dateline's day."""
    shift = partial.shift
    return bool(partial.suffix) and shift is not None and shift.amount == 0 and shift.unit is G.DAY and partial.value == "X"


def uses_tense(partial: Partial) -> bool:
    """Whether :func:`resolve` reads the tense for ``partial``: to pick among the candidates of an
    X-filled value (a weekday, a month, a holiday, "this weekend").  A shift from the dateline or
    the reference ("yesterday", "last year", "a year earlier"), a duration, a set or a full date
    does not: its caller need not look the tense up."""
    if partial.type in ("DURATION", "SET") or partial.value in REFERENCE_VALUES or partial.reported_quarter is not None:
        return False
    if partial.shift is not None:  # see _shifted, and a habitual clock time in resolve
        return (partial.shift.unit is G.WEEKEND and partial.shift.amount == 0) or clock_time(partial)
    return partial.value.startswith("XXXX") or partial.holiday is not None  # see _filled


def resolve(
    partial: Partial, dateline: dt.date | None, reference: Reference | None, tense: Tense
) -> Resolved:
    """The final TIMEX3 type, value and mod of one expression."""
    value = partial.value
    if partial.type in ("DURATION", "SET") or value in REFERENCE_VALUES:
        return Resolved(partial.type, value, partial.mod)
    try:
        if partial.reported_quarter is not None:
            quarter = reported_quarter(dateline, reference)
            if quarter is None:
                value = partial.year or UNKNOWN[G.QUARTER]
            elif partial.year is not None:
                value = partial.year + FORMAT[G.QUARTER](quarter)[4:]
            else:
                value = FORMAT[G.QUARTER](STEP[G.QUARTER](quarter, partial.reported_quarter))
        elif partial.holiday is not None:
            value = _holiday(partial, dateline, tense)
        elif partial.shift is not None and tense is Tense.HABITUAL and clock_time(partial):
            value = "XXXX-XX-XX"  # "The office usually opens at [8 a.m.]": any day's 8 a.m.
        elif partial.shift is not None:
            anchor = dateline
            # A clock time follows only a day-level reference ("at 10 p.m." after "Oct. 23").
            coarse: Reference | None = None
            if partial.shift.anchor is Anchor.REFERENCE and reference is not None and (
                not partial.suffix or reference.granularity is G.DAY
            ):
                anchor = reference.date
                coarse = reference
            value = _shifted(partial, anchor, tense, reference)
            if coarse is not None:
                value = _within(value, partial.shift.unit, coarse)
        elif value.startswith("XXXX") or partial.holiday is not None:
            value = _filled(partial, dateline, tense)
    except (OverflowError, ValueError):
        # Beyond the calendar (year 1 to 9999): "2024 years ago", a dateline in year 1.
        value = UNKNOWN[partial.shift.unit] if partial.shift and partial.shift.unit in UNKNOWN else partial.value
        value = "XXXX-XX-XX" if value == "X" else value
    if partial.pick is not None:
        value = picked(value, *partial.pick)
    if partial.near is not None:
        value = nearby(value, *partial.near)
    if partial.coarsen is not None and (iv := interval_of(value)) is not None and iv[0] is G.DAY:
        day = iv[1].date()
        if partial.coarsen is G.WEEKEND and partial.holiday is not None and day.isoweekday() == 1:
            day -= dt.timedelta(days=1)  # "the Memorial Day weekend": the weekend before the Monday
        value = FORMAT[partial.coarsen](day)  # "the week of March 6": that day's week
    suffix = partial.suffix if is_valid_value(value + partial.suffix) else ""
    if suffix:  # a part of a day or a clock time needs a day: "Hanukkah night" keeps its eight days
        value = value + suffix
        if partial.zone is not None:  # "9 a.m. PT": the zone's offset on that day ("-07:00" in summer)
            iv = interval_of(value)
            value += zone_offset(partial.zone, None if iv is None else iv[1].date())
    type_ = "TIME" if suffix else "DATE" if partial.suffix else partial.type
    return Resolved(type_, value, partial.mod)


def picked(value: str, nth: int, weekday: int) -> str:
    """The ``nth`` day of the month, week, quarter or year ``value`` that falls on ``weekday`` (ISO; 0: any day),
    counted from its end when ``nth`` < 0: "the first Tuesday of October", "the last day of the
    month", "Wednesday of next week", "the 20th of next month".  With the month known and the year
    not, the day of the month alone is kept ("XXXX-10-20"); no such day is ``XXXX-XX-XX``."""
    iv = interval_of(value)
    if iv is None or iv[0] not in (G.MONTH, G.WEEK, G.QUARTER, G.YEAR):
        if len(value) == 7 and value[5:].isdigit() and 1 <= int(value[5:]) <= 12:  # the month without its year
            length = calendar.monthrange(2000, int(value[5:]))[1]
            return f"{value}-{nth:02d}" if weekday == 0 and 0 < nth <= length else f"{value}-XX"
        return UNKNOWN[G.DAY]
    start, end = iv[1].date(), iv[2].date()
    days = [start + dt.timedelta(days=k) for k in range((end - start).days)]
    matching = [d for d in days if weekday == 0 or d.isoweekday() == weekday]
    index = nth - 1 if nth > 0 else nth
    return matching[index].isoformat() if -len(matching) <= index < len(matching) else UNKNOWN[G.DAY]


def nearby(value: str, what: int | str, n: int, side: int) -> str:
    """The ``n``th day falling on ``what`` (an ISO weekday, or a holiday's name) after the day ``value``
    (``side`` 1), before it (-1) or nearest to it (0; of two as near, the earlier first): "the third
    Tuesday after Christmas 2014", "the second closest Monday to Oct. 5th", "the 3rd closest xmas to
    today".  A holiday of several days counts by its first day and keeps its value (the period that
    holds it).  A value that is no day, or no such day in the calendar, is ``XXXX-XX-XX``."""
    iv = interval_of(value)
    if iv is None or iv[0] is not G.DAY:
        return UNKNOWN[G.DAY]
    day = iv[1].date()
    try:
        found: list[tuple[dt.date, str]]
        if isinstance(what, int):
            found = [(d, d.isoformat()) for d in (day + dt.timedelta(days=k) for k in range(-7 * n - 7, 7 * n + 8))
                     if d.isoweekday() == what]
        else:  # a holiday falls once a year or so (an Islamic one twice in some years)
            years = range(max(1, day.year - n - 1), min(9999, day.year + n + 1) + 1)
            found = [pair for y in years for pair in zip(H.holiday_dates(what, y), H.holiday_values(what, y), strict=True)]
        if side:
            found = sorted((p for p in found if side * (p[0] - day).days > 0), key=lambda p: side * (p[0] - day).days)
        else:
            found = sorted(found, key=lambda p: (abs((p[0] - day).days), p[0]))
        return found[n - 1][1]
    except (OverflowError, IndexError):
        return UNKNOWN[G.DAY]


def reference_of(value: str) -> Reference | None:
    """The reference time a resolved value sets for later anaphora, if any."""
    iv = interval_of(value)
    if iv is None:
        return None
    granularity, start, _ = iv
    if granularity in (G.PART_OF_DAY, G.HOUR, G.MINUTE, G.SECOND):
        granularity = G.DAY
    if granularity is G.SEASON or granularity not in FORMAT:  # a season sets a month's reference
        granularity = G.MONTH if granularity is G.SEASON else G.YEAR
    return Reference(start.date(), granularity)


def next_reference(
    reference: Reference | None, value: str, dateline: dt.date | None, *, period_to_date: bool = False,
    period_end: bool = False,
) -> Reference | None:
    """The reference time after an expression resolved to ``value``.

    A quarter or half that has not ended by the dateline does not replace a reported
    period: an earnings story reports a period that is over, and a coming one it mentions
    afterwards ("a fourth-quarter charge", "after a flat second quarter" is fine, it ended) is
    not what "the latest quarter", "a year ago" or "the year-earlier period" then refer to.
    A story whose first period is unfinished (a fiscal "fourth quarter" ended Sept. 30,
    reported in November) keeps it.
    """
    if period_to_date:
        # "For the nine months, net was ... compared with ... a year earlier": the year to date.
        return None if reference is None else Reference(reference.date, G.YEAR)
    if period_end and reference is not None and reference.granularity in _FOLLOWS_REFERENCE:
        return reference  # "the fiscal first quarter ended Sept. 30. ... a year ago": that quarter
    new = reference_of(value)
    if new is None:
        return reference
    if (
        dateline is not None and reference is not None and new.granularity in _FOLLOWS_REFERENCE
        and (iv := interval_of(value)) is not None and iv[2] > day_start(dateline)
    ):
        return reference
    return new
