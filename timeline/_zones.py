"""The UTC offset a clock time's zone gives it: ``+01:00`` for "BST", ``Z`` for "UTC" and "GMT".

A zone named without saying whether daylight saving time is on ("ET", "PT", "Pacific") takes its
summer offset on the days the United States keeps daylight saving time, its standard offset on the
others and whenever the date is unknown (a partial value).  The US rules by year: from 2007 the
second Sunday of March to the first Sunday of November; 1987 to 2006 the first Sunday of April to
the last Sunday of October; 1967 to 1986 the last Sunday of April to the last Sunday of October;
before 1967 no rule held across the country, and the standard offset is given.  The change at 2 a.m.
is not modelled: the whole day of a change takes the offset of the day after it.
"""

from __future__ import annotations

import datetime as dt
import re

from . import _vocab as V

# "UTC+2", "GMT-05:00", "UTC +5:30": an offset stated beside UTC or GMT, or alone ("+0000", "-05:00").
_STATED = re.compile(r"(?:(?:UTC|GMT)\s?)?(?P<sign>[+-\u2212])(?P<hour>\d{1,2})(?::?(?P<minute>\d\d))?", re.IGNORECASE)


def _sunday(year: int, month: int, nth: int) -> dt.date:
    """The ``nth`` Sunday of a month (``nth=-1``: the last)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def us_daylight(day: dt.date) -> bool:
    """Whether the United States keep daylight saving time on ``day`` (see the module's rules)."""
    year = day.year
    if year >= 2007:
        start, end = _sunday(year, 3, 2), _sunday(year, 11, 1)
    elif year >= 1987:
        start, end = _sunday(year, 4, 1), _sunday(year, 10, -1)
    elif year >= 1967:
        start, end = _sunday(year, 4, -1), _sunday(year, 10, -1)
    else:
        return False
    return start <= day < end


def zone_key(written: str) -> str:
    """The ``ZONES`` key of a zone as the text writes it: "pst" and "(PST)" ``PST``, "Eastern Time"
    ``EASTERN``, "Eastern Daylight Time" ``EDT``; a stated offset ("UTC+2") stays as it is."""
    words = written.strip("() ").replace(".", "").upper().split()
    if not words:
        return ""
    if words[0] in ("EASTERN", "CENTRAL", "MOUNTAIN", "PACIFIC") and len(words) > 2:
        letter = words[0][0]
        return letter + ("D" if words[1] == "DAYLIGHT" else "S") + "T"
    if words[0] in V.ZONES:
        return words[0]
    return " ".join(words)


def zone_offset(key: str, day: dt.date | None) -> str:
    """The offset to write after a clock time stated in zone ``key`` (from :func:`zone_key`) on
    ``day`` (None: unknown): ``Z``, ``+01:00``, ``-04:00``; "" for a zone it does not know ("local time")."""
    zone = V.ZONES.get(key)
    if zone is not None:
        return zone.daylight if zone.daylight and day is not None and us_daylight(day) else zone.offset
    m = _STATED.fullmatch(key)
    if m is None:
        return ""
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if hour > 14 or minute > 59:
        return ""
    if hour == minute == 0:
        return "Z"
    sign = "+" if m["sign"] == "+" else "-"
    return f"{sign}{hour:02d}:{minute:02d}"
