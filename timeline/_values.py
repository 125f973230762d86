"""TIMEX3 value strings: parse, format and the interval each one denotes.

One table keyed by granularity drives everything: each row holds the value
pattern (named groups only), how to format the fields back, and how to compute
the interval ``[start, end)`` that a fully specified value covers.  Values with
``X`` in a calendar field are *partial*: they parse, format and round-trip, but
denote no interval until the resolver fills them in.

Years before Christ are written as WikiWars and the TIMEX2 guidelines write them: ``BC``
before any calendar value, with the year as the text numbers it (no year 0, no astronomical
numbering): 44 BC is ``BC0044``, April 480 BC ``BC0480-04``, the 470s BC ``BC047``, the 4th
century BC ``BC03`` (centuries count from 0, as ``18`` is the 19th century).  A BC value
parses, validates, formats and round-trips like any other, but denotes no interval: a
``datetime`` cannot hold a year before 1, so the model treats it as it treats an X-filled
value (no interval, unordered against the others).  The first century and decade AD (``00``,
``000``) start at 0001-01-01, the first instant ``datetime`` holds; the year ``0000`` does not
exist and has no interval.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re
from collections.abc import Callable, Mapping
from typing import NamedTuple

from ._errors import InvalidValueError


class Granularity(str, enum.Enum):
    """How precise a calendar value is, coarse to fine."""

    CENTURY = "CENTURY"
    DECADE = "DECADE"
    YEAR = "YEAR"
    HALF = "HALF"
    QUARTER = "QUARTER"
    SEASON = "SEASON"
    MONTH = "MONTH"
    WEEK = "WEEK"
    WEEKEND = "WEEKEND"
    DAY = "DAY"
    PART_OF_DAY = "PART_OF_DAY"
    HOUR = "HOUR"
    MINUTE = "MINUTE"
    SECOND = "SECOND"


REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

# Parts of day and their hours [start, end); NI runs past midnight.
PART_OF_DAY_HOURS: Mapping[str, tuple[int, int]] = {
    "MO": (6, 12),
    "MI": (11, 13),
    "AF": (12, 18),
    "EV": (18, 22),
    "NI": (21, 30),
    "DT": (6, 18),
}
# Meteorological seasons as (first month, number of months); WI starts in December.
SEASON_MONTHS: Mapping[str, tuple[int, int]] = {
    "SP": (3, 3),
    "SU": (6, 3),
    "FA": (9, 3),
    "WI": (12, 3),
}

_Y = r"(?P<year>\d{4}|XXXX)"


class _Row(NamedTuple):
    pattern: re.Pattern[str]
    fmt: str
    interval: Callable[[Mapping[str, str]], tuple[dt.datetime, dt.datetime]]


def _i(f: Mapping[str, str], key: str) -> int:
    return int(f[key])


def _from_year(year: int) -> dt.datetime:
    """The start of ``year``; the first century or decade AD (from year 0 in TIMEX counting)
    starts at 0001-01-01, the first instant a datetime holds."""
    return _d(max(1, year))


def _d(year: int, month: int = 1, day: int = 1) -> dt.datetime:
    # The end of year 9999 is clamped to the last representable instant (datetime.max).
    return dt.datetime.max if (year, month, day) == (10000, 1, 1) else dt.datetime(year, month, day)


def _later(start: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``start + delta``, clamped to ``datetime.max`` past the end of year 9999."""
    try:
        return start + delta
    except OverflowError:
        return dt.datetime.max


def day_start(d: dt.date) -> dt.datetime:
    """Midnight at the start of ``d``."""
    return dt.datetime(d.year, d.month, d.day)


def day_end(d: dt.date) -> dt.datetime:
    """Midnight at the end of ``d`` (clamped to ``datetime.max`` for 9999-12-31)."""
    return _later(day_start(d), dt.timedelta(days=1))


def _months(year: int, month: int, count: int) -> tuple[dt.datetime, dt.datetime]:
    index = year * 12 + (month - 1) + count
    return _d(year, month), _d(index // 12, index % 12 + 1)


def _day(f: Mapping[str, str]) -> dt.datetime:
    if "weekday" in f:
        d = dt.date.fromisocalendar(_i(f, "year"), _i(f, "week"), _i(f, "weekday"))
        return _d(d.year, d.month, d.day)
    return _d(_i(f, "year"), _i(f, "month"), _i(f, "day"))


def _week(f: Mapping[str, str], first: int, days: int) -> tuple[dt.datetime, dt.datetime]:
    d = dt.date.fromisocalendar(_i(f, "year"), _i(f, "week"), 1) + dt.timedelta(days=first)
    start = _d(d.year, d.month, d.day)
    return start, _later(start, dt.timedelta(days=days))


def _within_day(f: Mapping[str, str], seconds: int, length: int) -> tuple[dt.datetime, dt.datetime]:
    start = _day(f) + dt.timedelta(seconds=seconds)
    return start, _later(start, dt.timedelta(seconds=length))


def _clock(f: Mapping[str, str], length: int) -> tuple[dt.datetime, dt.datetime]:
    seconds = 3600 * _i(f, "hour") + 60 * int(f.get("minute", 0)) + int(f.get("second", 0))
    return _within_day(f, seconds, length)


def _pod(f: Mapping[str, str]) -> tuple[dt.datetime, dt.datetime]:
    first, last = PART_OF_DAY_HOURS[f["part"]]
    return _within_day(f, 3600 * first, 3600 * (last - first))


# A clock time may end with the UTC offset of the zone it was stated in (ISO 8601): ``T09:15Z`` (UTC, GMT),
# ``T14:30+01:00`` (BST), ``T09:00-08:00`` (PST).  The interval is the clock time as written, in that
# zone: intervals carry no zone (a dateline has none), so the offset is kept in the value only.
_ZONE = r"(?P<zone>Z|[+-](?:0\d|1[0-4]):[0-5]\d)?"
_DAY = _Y + r"-(?:(?P<month>\d{2}|XX)-(?P<day>\d{2}|XX)|W(?P<week>\d{2}|XX)-(?P<weekday>[1-7]))"

TABLE: Mapping[Granularity, _Row] = {
    Granularity.CENTURY: _Row(
        re.compile(r"(?P<century>\d{2}|XX)"),
        "{century}",
        lambda f: (_from_year(100 * _i(f, "century")), _d(100 * _i(f, "century") + 100)),
    ),
    Granularity.DECADE: _Row(
        re.compile(r"(?P<decade>\d{3}|\d{2}X|XXX)"),
        "{decade}",
        lambda f: (_from_year(10 * _i(f, "decade")), _d(10 * _i(f, "decade") + 10)),
    ),
    Granularity.YEAR: _Row(
        re.compile(_Y),
        "{year}",
        lambda f: (_d(_i(f, "year")), _d(_i(f, "year") + 1)),
    ),
    Granularity.HALF: _Row(
        re.compile(_Y + r"-H(?P<half>[12X])"),
        "{year}-H{half}",
        lambda f: _months(_i(f, "year"), 6 * _i(f, "half") - 5, 6),
    ),
    Granularity.QUARTER: _Row(
        re.compile(_Y + r"-Q(?P<quarter>[1-4X])"),
        "{year}-Q{quarter}",
        lambda f: _months(_i(f, "year"), 3 * _i(f, "quarter") - 2, 3),
    ),
    Granularity.SEASON: _Row(
        re.compile(_Y + r"-(?P<season>SP|SU|FA|WI)"),
        "{year}-{season}",
        lambda f: _months(_i(f, "year"), *SEASON_MONTHS[f["season"]]),
    ),
    Granularity.MONTH: _Row(
        re.compile(_Y + r"-(?P<month>\d{2}|XX)"),
        "{year}-{month}",
        lambda f: _months(_i(f, "year"), _i(f, "month"), 1),
    ),
    Granularity.WEEK: _Row(
        re.compile(_Y + r"-W(?P<week>\d{2}|XX)"),
        "{year}-W{week}",
        lambda f: _week(f, 0, 7),
    ),
    Granularity.WEEKEND: _Row(
        re.compile(_Y + r"-W(?P<week>\d{2}|XX)-WE"),
        "{year}-W{week}-WE",
        lambda f: _week(f, 5, 2),
    ),
    Granularity.DAY: _Row(
        re.compile(_DAY),
        "",  # two shapes: see format_calendar
        lambda f: (_day(f), _later(_day(f), dt.timedelta(days=1))),
    ),
    Granularity.PART_OF_DAY: _Row(
        re.compile(_DAY + r"T(?P<part>MO|MI|AF|EV|NI|DT)"),
        "T{part}",
        _pod,
    ),
    Granularity.HOUR: _Row(
        re.compile(_DAY + r"T(?P<hour>[01]\d|2[0-4])" + _ZONE),
        "T{hour}{zone}",
        lambda f: _clock(f, 3600),
    ),
    Granularity.MINUTE: _Row(
        re.compile(_DAY + r"T(?P<hour>[01]\d|2[0-4]):(?P<minute>[0-5]\d)" + _ZONE),
        "T{hour}:{minute}{zone}",
        lambda f: _clock(f, 60),
    ),
    Granularity.SECOND: _Row(
        re.compile(_DAY + r"T(?P<hour>[01]\d|2[0-4]):(?P<minute>[0-5]\d):(?P<second>[0-5]\d)" + _ZONE),
        "T{hour}:{minute}:{second}{zone}",
        lambda f: _clock(f, 1),
    ),
}
_DAY_GRANULARITIES = frozenset(
    {Granularity.DAY, Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND}
)

# A month or a month-day without its year ("XXXX-06", "XXXX-06-05"): read by the resolver (a year
# shared by coordination, "June in 2019") and by the kind of text (a story's calendar running on).
NO_YEAR = re.compile(r"XXXX-(?:0[1-9]|1[0-2])(?:-\d{2})?")
_DURATION = re.compile(
    r"P(?:(?P<date>(?:(?:\d+(?:\.\d+)?|X)[YMWDLCE])+)(?:T(?P<time1>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))?"
    r"|T(?P<time2>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))"
)


# The prefix of a value before Christ, and its field in a parsed value (``{"era": "BC"}``).
BC = "BC"


class CalendarValue(NamedTuple):
    """A parsed calendar value: its granularity and its fields as strings (``era`` is ``"BC"``
    for a value before Christ, absent otherwise)."""

    granularity: Granularity
    fields: Mapping[str, str]

    @property
    def is_partial(self) -> bool:
        """True when some field is unknown (holds ``X``)."""
        return any("X" in v for v in self.fields.values())

    @property
    def is_bc(self) -> bool:
        """True for a value before Christ (``BC0044``): it denotes no interval."""
        return "era" in self.fields


def parse_calendar(value: str) -> CalendarValue | None:
    """Parse a calendar (DATE/TIME) value, or return None if it is not one."""
    bc = value.startswith(BC)
    body = value[2:] if bc else value
    for granularity, row in TABLE.items():
        m = row.pattern.fullmatch(body)
        if m is not None:
            fields = {k: v for k, v in m.groupdict().items() if v is not None}
            if bc:
                fields["era"] = BC
            return CalendarValue(granularity, fields)
    return None


def format_calendar(cv: CalendarValue) -> str:
    """The value string of a parsed calendar value (inverse of `parse_calendar`)."""
    fmt = TABLE[cv.granularity].fmt
    if cv.granularity in _DAY_GRANULARITIES:
        day = "{year}-W{week}-{weekday}" if "weekday" in cv.fields else "{year}-{month}-{day}"
        fmt = day + fmt
    return (BC if cv.is_bc else "") + fmt.format_map({"zone": "", **cv.fields})


def is_duration(value: str) -> bool:
    """True for a TIMEX3 duration value such as ``P3W``, ``PT5H`` or ``PXY``."""
    return _DURATION.fullmatch(value) is not None


@functools.lru_cache(maxsize=4096)
def is_valid_value(value: str) -> bool:
    """True for any value string this library can represent."""
    return value in REFERENCE_VALUES or is_duration(value) or parse_calendar(value) is not None


def check_value(value: str) -> str:
    """Return ``value`` unchanged, or raise [`InvalidValueError`][timeline.InvalidValueError] naming it."""
    if not is_valid_value(value):
        raise InvalidValueError(f"not a TIMEX3 value: {value!r}")
    return value


@functools.lru_cache(maxsize=4096)
def interval_of(value: str) -> tuple[Granularity, dt.datetime, dt.datetime] | None:
    """The granularity and ``[start, end)`` of a fully specified calendar value.

    Partial values, references, durations, impossible dates (``0000``, ``2023-02-30``) and
    values before Christ (``BC0044``: a datetime starts at year 1) give None.
    """
    cv = parse_calendar(value)
    if cv is None or cv.is_partial or cv.is_bc:
        return None
    try:
        start, end = TABLE[cv.granularity].interval(cv.fields)
    except (ValueError, OverflowError):
        return None
    return cv.granularity, start, end


# --------------------------------------------------------------------------- a mod narrows an interval

class _Parts(NamedTuple):
    """How START / MID / END narrow an interval of a granularity: the unit counted and the fractions
    of the interval's units each keeps (rounded outward to whole units)."""

    unit: Granularity
    start: tuple[float, float]
    mid: tuple[float, float]
    end: tuple[float, float]


_THIRDS = ((0.0, 1 / 3), (1 / 3, 2 / 3), (2 / 3, 1.0))
_HALVES = ((0.0, 0.5), (0.25, 0.75), (0.5, 1.0))  # the first half, the middle half, the second half
NARROWED: Mapping[Granularity, _Parts] = {
    # halves, as for a year: the same mods stand for "the first half of the 1990s", "the last half of the '80s"
    Granularity.CENTURY: _Parts(Granularity.YEAR, *_HALVES),  # "the early 20th century": 1900-1949
    Granularity.DECADE: _Parts(Granularity.YEAR, *_HALVES),  # "the early 1990s": 1990-1994
    Granularity.YEAR: _Parts(Granularity.MONTH, *_HALVES),  # "early 2024": January to June
    Granularity.HALF: _Parts(Granularity.MONTH, *_HALVES),
    Granularity.QUARTER: _Parts(Granularity.DAY, *_HALVES),  # "early in the first quarter": Jan. 1 to Feb. 14
    Granularity.SEASON: _Parts(Granularity.MONTH, *_THIRDS),  # "early summer": June
    Granularity.MONTH: _Parts(Granularity.DAY, (0, 10), (10, 20), (20, 31)),  # days 1-10, 11-20, 21 to the end
    Granularity.WEEK: _Parts(Granularity.DAY, *_THIRDS),  # "early next week": Monday to Wednesday
    Granularity.DAY: _Parts(Granularity.HOUR, *_THIRDS),  # "early Tuesday": midnight to 8 a.m.
    Granularity.PART_OF_DAY: _Parts(Granularity.HOUR, *_THIRDS),  # "early morning": 6 to 8 a.m.
}
NARROWING_MODS = ("START", "MID", "END")


def _count(unit: Granularity, start: dt.datetime, end: dt.datetime) -> int:
    if unit is Granularity.YEAR:
        return end.year - start.year
    if unit is Granularity.MONTH:
        return (end.year * 12 + end.month) - (start.year * 12 + start.month)
    seconds = (end - start).total_seconds()
    return int(seconds // (86400 if unit is Granularity.DAY else 3600))


def _add(unit: Granularity, start: dt.datetime, n: int) -> dt.datetime:
    if unit is Granularity.YEAR:
        return _d(start.year + n)
    if unit is Granularity.MONTH:
        index = start.year * 12 + start.month - 1 + n
        return _d(index // 12, index % 12 + 1)
    return start + (dt.timedelta(days=n) if unit is Granularity.DAY else dt.timedelta(hours=n))


def narrow(granularity: Granularity, start: dt.datetime, end: dt.datetime, mod: str | None) -> tuple[dt.datetime, dt.datetime]:
    """The part of ``[start, end)`` that ``mod`` START, MID or END keeps ("early", "mid-", "late";
    see ``NARROWED`` and docs/resolution.md); the interval as it is for any other mod or granularity,
    and for one that ends at ``datetime.max`` (year 9999)."""
    parts = NARROWED.get(granularity)
    if parts is None or mod not in NARROWING_MODS or end == dt.datetime.max:
        return start, end
    a, b = parts.start if mod == "START" else parts.mid if mod == "MID" else parts.end
    if granularity is Granularity.MONTH:  # ten-day thirds, whatever the month's length
        return start + dt.timedelta(days=int(a)), min(end, start + dt.timedelta(days=int(b)))
    n = _count(parts.unit, start, end)
    first, last = math.floor(n * a + 1e-9), math.ceil(n * b - 1e-9)  # rounded outward
    if n < 2 or last - first >= n:
        return start, end
    try:
        return _add(parts.unit, start, first), _add(parts.unit, start, last)
    except (ValueError, OverflowError):
        return start, end
