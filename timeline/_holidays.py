"""The dates of the holidays in ``_vocab.HOLIDAYS``: calendars computed (Gregorian, Easter, Orthodox
Easter, Hebrew) or read from published tables (Islamic, Chinese, Hindu: ``_holiday_tables``).

:func:`holiday_dates` gives the days a holiday starts on in a Gregorian year; :func:`holiday_value`
the TIMEX3 value of one occurrence: its day, or for a holiday of several days (Hanukkah, Ramadan,
Lent) the smallest calendar unit that holds it all, an ISO week, a month or a year, as TIMEX3 has
no value for a run of days.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from . import _holiday_tables as T
from . import _vocab as V

_APOSTROPHES = re.compile(r"['’.]")


@functools.lru_cache(maxsize=1024)
def holiday_key(text: str) -> str:
    """A spelling as the index reads it: lower case, without apostrophes or dots, hyphens as spaces
    ("Valentine’s Day", "valentines day" → "valentines day"; "Eid al-Fitr" → "eid al fitr")."""
    return " ".join(_APOSTROPHES.sub("", text.lower()).replace("-", " ").split())


# Every spelling's key → the holiday's name in V.HOLIDAYS.
NAMES = {holiday_key(spelling): name for spelling, name in V.HOLIDAY_NAMES.items()}
CAPITALIZED = frozenset(holiday_key(spelling) for spelling in V.HOLIDAYS_CAPITALIZED)
COMMON_WORDS = frozenset(holiday_key(spelling) for spelling in V.HOLIDAYS_COMMON_WORDS)


def holiday_name(text: str) -> str | None:
    """The holiday a spelling names, if any."""
    return NAMES.get(holiday_key(text))


# --------------------------------------------------------------------------- calendars


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian calendar's Easter (Meeus's algorithm), as a Gregorian date."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return julian_to_date(year, month, day + 1)


def julian_to_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Julian-calendar date (through the Julian day number)."""
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return dt.date.fromordinal(jdn - 1721425)


# The Hebrew calendar, by its arithmetic rules (the molad and the postponements of the new year;
# Reingold and Dershowitz, Calendrical Calculations): days are counted as ``date.toordinal``.
_HEBREW_EPOCH = -1373427  # 1 Tishri AM 1, 7 October 3761 BC (Julian)


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


@functools.lru_cache(maxsize=512)
def _hebrew_elapsed(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_new_year(year: int) -> int:
    ny0, ny1, ny2 = _hebrew_elapsed(year - 1), _hebrew_elapsed(year), _hebrew_elapsed(year + 1)
    delay = 2 if ny2 - ny1 == 356 else 1 if ny1 - ny0 == 382 else 0
    return _HEBREW_EPOCH + ny1 + delay


def _hebrew_month_days(month: int, year: int) -> int:
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)
    if month in (2, 4, 6, 10, 13) or (month == 12 and not _hebrew_leap(year)):
        return 29
    if month == 8:  # Marheshvan: long in a complete year
        return 30 if length % 10 == 5 else 29
    if month == 9:  # Kislev: short in a deficient year
        return 29 if length % 10 == 3 else 30
    return 30


def hebrew_to_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hebrew date (months from Nisan = 1; Tishri = 7 begins the year)."""
    last = 13 if _hebrew_leap(year) else 12
    ordinal = _hebrew_new_year(year) + day - 1
    if month < 7:
        ordinal += sum(_hebrew_month_days(m, year) for m in range(7, last + 1))
        ordinal += sum(_hebrew_month_days(m, year) for m in range(1, month))
    else:
        ordinal += sum(_hebrew_month_days(m, year) for m in range(7, month))
    return dt.date.fromordinal(ordinal)


def _hebrew_dates(year: int, month: int, day: int) -> list[dt.date]:
    # Tishri to Kislev fall in the autumn of the Hebrew year that begins in ``year``; the other
    # months in the one that began the autumn before.  Adar is Adar II in a leap year.
    hebrew_year = year + 3761 if 7 <= month <= 9 else year + 3760
    if month == 12 and _hebrew_leap(hebrew_year):
        month = 13
    return [hebrew_to_date(hebrew_year, month, day)]


@functools.lru_cache(maxsize=1)
def _hijri_month_starts() -> tuple[int, ...]:
    starts = [T.HIJRI_FIRST_DAY]
    for year in T.HIJRI_MONTHS:
        for digit in year:
            starts.append(starts[-1] + {"8": 28, "9": 29, "0": 30, "1": 31}[digit])
    return tuple(starts)


def _hijri_dates(year: int, month: int, day: int) -> list[dt.date]:
    """The days of a Hijri month-day in a Gregorian year (two in some years; none outside the table)."""
    starts = _hijri_month_starts()
    first = dt.date(year, 1, 1).toordinal() if year >= 1 else 0
    found = []
    approx = round((year - 622) * 33 / 32)  # the Hijri year that begins in ``year``, give or take one
    for hijri_year in range(approx - 1, approx + 2):
        index = (hijri_year - T.HIJRI_FIRST_YEAR) * 12 + month - 1
        if not 0 <= index < len(starts) - 1:
            continue
        ordinal = starts[index] + day - 1
        if ordinal < starts[index + 1] and first <= ordinal < first + 365 + calendar.isleap(year):
            found.append(dt.date.fromordinal(ordinal))
    return found


@functools.lru_cache(maxsize=64)
def _table(table: str) -> tuple[int, tuple[str, ...]]:
    first, cells = T.DATES[table]
    return first, tuple(cells.split())


def _table_dates(table: str, year: int) -> list[dt.date]:
    first, cells = _table(table)
    if not 0 <= year - first < len(cells) or cells[year - first] == "-":
        return []
    return [dt.date(year, int(md[:2]), int(md[2:])) for md in cells[year - first].split("/")]


# --------------------------------------------------------------------------- holidays


def _weekday_move(d: dt.date, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` on or after ``d`` (nth > 0), or on or before it (nth < 0)."""
    if nth > 0:
        return d + dt.timedelta(days=(weekday - d.isoweekday()) % 7 + 7 * (nth - 1))
    return d - dt.timedelta(days=(d.isoweekday() - weekday) % 7 + 7 * (-nth - 1))


def holiday_dates(name: str, year: int) -> list[dt.date]:
    """The days ``name`` falls on (starts on, for several days) in a Gregorian year: none for an
    unknown holiday or a year its table does not hold, two for an Islamic holiday in a few years."""
    spec = V.HOLIDAYS.get(name)
    if spec is None or not 1 <= year <= 9999:
        return []
    try:
        return [_adjusted(spec, d) for d in _base_dates(spec, year)]
    except (OverflowError, ValueError):  # at the ends of the calendar (year 1, 9999)
        return []


def _base_dates(spec: V.Holiday, year: int) -> list[dt.date]:
    kind = spec.kind
    if kind == "fixed":
        return [dt.date(year, spec.month, spec.day)]
    if kind == "nth":
        day = spec.day or (1 if spec.nth > 0 else calendar.monthrange(year, spec.month)[1])
        return [_weekday_move(dt.date(year, spec.month, day), spec.weekday, spec.nth)]
    if kind == "easter":
        return [easter(year)]
    if kind == "orthodox":
        return [orthodox_easter(year)]
    if kind == "hebrew":
        return _hebrew_dates(year, spec.month, spec.day)
    if kind == "hijri":
        return _hijri_dates(year, spec.month, spec.day)
    if kind == "table":
        return _table_dates(spec.table, year)
    if kind == "vague":  # 365 days a year: from the epoch's day, a day earlier every fourth year
        new_year = dt.date(spec.epoch, spec.month, spec.day) + dt.timedelta(days=365 * (year - spec.epoch))
        return [new_year] if new_year.year == year else []
    return holiday_dates(spec.base, year)  # "of": another holiday


def _adjusted(spec: V.Holiday, d: dt.date) -> dt.date:
    d += dt.timedelta(days=spec.offset)
    if spec.weekday and spec.kind != "nth":
        d = _weekday_move(d, spec.weekday, spec.nth or 1)
    for weekday, days in spec.moves:
        if d.isoweekday() == weekday:
            return d + dt.timedelta(days=days)
    for other, days in spec.clashes:  # "earth hour": a week earlier on Holy Saturday
        if d in holiday_dates(other, d.year):
            return d + dt.timedelta(days=days)
    return d


def holiday_end(name: str, start: dt.date) -> dt.date:
    """The last day of the occurrence of ``name`` that starts on ``start``."""
    spec = V.HOLIDAYS[name]
    if spec.until:
        ends = [d for year in (start.year, start.year + 1) for d in holiday_dates(spec.until, year) if d > start]
        return ends[0] - dt.timedelta(days=1) if ends else start
    return start + dt.timedelta(days=spec.days - 1)


def is_period(name: str) -> bool:
    """True for a holiday of several days (Hanukkah, Ramadan, Lent)."""
    spec = V.HOLIDAYS.get(name)
    return spec is not None and (spec.days > 1 or bool(spec.until))


def span_value(start: dt.date, end: dt.date) -> str:
    """The smallest ISO week, month or year that holds the days from ``start`` to ``end``."""
    if start.isocalendar()[:2] == end.isocalendar()[:2]:
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}"  # not %Y: no zero padding before year 1000
    return f"{start.year:04d}"  # a holiday across New Year (Kwanzaa) is given the year it starts in


def holiday_values(name: str, year: int) -> list[str]:
    """The TIMEX3 values of the occurrences of ``name`` starting in a Gregorian year."""
    if not is_period(name):
        return [d.isoformat() for d in holiday_dates(name, year)]
    return [span_value(d, holiday_end(name, d)) for d in holiday_dates(name, year)]


def holiday_span(name: str, value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the occurrence of a holiday of several days whose value
    (:func:`holiday_values`) is ``value`` ("ramadan", "2018" → May 16 and June 14, 2018); None for a
    one-day holiday or a value no occurrence has."""
    if not is_period(name) or not value[:4].isdigit():
        return None
    year = int(value[:4])
    for start in (d for y in (year, year + 1) if 1 <= y <= 9999 for d in holiday_dates(name, y)):
        end = holiday_end(name, start)
        if span_value(start, end) == value:
            return start, end
    return None
