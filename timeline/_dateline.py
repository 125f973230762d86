"""The dateline: accept it in the forms users pass, or detect it in the article's head.

Detection reads the *head*: the first ``HEAD_LINES`` non-blank lines within the first
``HEAD_CHARS`` characters, each line up to its first ``LINE_CHARS`` characters.  A line states the
dateline when it is a date with only what newsrooms and publishing systems write around one:

- before it: a label ("Published:", "Posted on", "Updated", "Last modified on", "Date:"), a
  byline ("By Jane Doe |", "Jane Doe ·"), a place ("WASHINGTON,", "NAIROBI, Kenya,"), a weekday or
  a clock time ("Published 6:47 AM EST, Wed November 6, 2024");
- after it: a clock time and a zone ("06.47 GMT", "10:12 a.m. ET", ISO "T06:47:00Z"), the agency
  ("(Reuters)"), then the end of the line, a dash that opens the body ("— The minister said ..."),
  a separator ("| 3 min read", " / CBS News"), "by Jane Doe", or an "Updated ..." of its own.

A sentence that merely starts with a date ("March 4, 2025 was ..."), a date after other words ("On
March 4, 2025, the council ..."), in quotes, or after a copyright sign is no dateline.  The first
dated line wins, except that a "published" or "posted" one wins over an "updated" or "modified"
one.  A numeric date with both numbers at most 12 ("06/11/2024") is read month first (the US
order, the one the recognition rules read in the text too) unless a weekday before it fits only
the other reading; the reading is reported (``Detected.note``), since it may be the 6th of
November.  Dotted numeric dates ("06.11.2024") are read day first, as the countries that write
them do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple

from . import _vocab as V
from ._errors import InvalidDatelineError

# How far down the head goes (see the module docstring).
HEAD_LINES = 6
HEAD_CHARS = 600
LINE_CHARS = 200

# ASCII digits only: int() would also read full-width or Arabic-Indic digits.
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?"
    r"(?:Z|[+-](?P<tz_hour>\d{2}):?(?P<tz_minute>\d{2}))?)?",
    re.ASCII,
)
_ISO_EXPECTED = "an ISO 8601 date such as '2023-01-31' (YYYY-MM-DD, years 0001 to 9999, optionally a time)"
# A metadata header line stating the dateline: "date 2023-01-31", "Date: 2023-01-31" (the body may
# follow on the same line).
_HEADER = re.compile(r"\A\s*(?:date|dateline|dct)\s*:?\s*(?P<iso>\d{4}-\d{2}-\d{2})\s*", re.IGNORECASE)


def _words(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# --------------------------------------------------------------------------- the pieces of a head line

_MONTH = r"(?i:" + _words(V.MONTHS) + r")\b\.?"
_WEEKDAY = r"(?i:" + _words(V.WEEKDAYS) + r")\b\.?"
_YEAR = r"[12]\d{3}(?!\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?(?![\d:])"
_DATE = (
    r"(?:" + _WEEKDAY + r",?\s+)?(?:"
    + _MONTH + r"\s*" + _DAY + r",?\s+" + _YEAR  # "Nov. 6, 2024", "Wednesday, November 6th, 2024"
    + r"|" + _DAY + r"\s+(?i:of\s+)?" + _MONTH + r",?\s+" + _YEAR  # "6 Nov 2024", "6th of November, 2024"
    + r"|\d{1,2}-" + _MONTH + r"-" + _YEAR  # "06-Nov-2024"
    + r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s?Z|\s?[+-]\d{2}:?\d{2})?)?(?!\d)"
    + r"|\d{4}/\d{1,2}/\d{1,2}(?!\d)"  # "2024/11/06"
    + r"|\d{1,2}/\d{1,2}/" + _YEAR + r"|\d{1,2}-\d{1,2}-" + _YEAR + r"|\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"
    + r")"
)
_AMPM = r"(?i:[ap]\.?\s?m\b\.?)"
# "GMT", "ET", "(EST)", "UTC+1", "+0000", "Eastern Standard Time"
_ZONE = (
    r"(?:\s*\(?(?:(?:[A-Z]{1,4}T|UTC|Z)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}"
    r"|(?i:(?:eastern|central|mountain|pacific|greenwich\s+mean|british\s+summer|central\s+european)"
    r"(?:\s+(?:standard|daylight|summer))?\s+time))\)?(?!\w))"
)
_TIME = r"(?:(?i:at\s+)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*" + _AMPM + r")?|\d{1,2}\s*" + _AMPM + r"|(?i:noon))" + _ZONE + r"?)"
_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
_NAME = _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|(?i:and|de|da|van|von|der|la|le|del)))" + r"{0,5}"
_LABEL = (
    r"(?i:(?:first\s+|last\s+|originally\s+)?(?P<label>published|posted|updated|modified|created|released|issued"
    r"|filed|dated|date|dateline|dct|publication\s+date|publish\s+date|pub\.?\s+date|date\s+published"
    r"|date\s+posted)(?:\s+(?:on|at))?)\s*:?\s*"
)
_BYLINE = (
    r"(?:(?i:by)\s+" + _NAME + r"(?:\s*,\s*" + _NAME + r")?\s*(?:[|\u00b7\u2022,\u2014\u2013-]\s*)?"
    r"|" + _NAME + r"(?:\s*,\s*" + _NAME + r")?\s*[|\u00b7\u2022]\s*)"
)
# "WASHINGTON,", "NAIROBI, Kenya,", "SAN JUAN, Puerto Rico,", "MÜNCHEN," (not a weekday: "Tuesday, Nov. 5")
_PLACE_WORD = r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f.'\u2019-]*"
_PLACE = (
    r"(?P<place>(?!" + _WEEKDAY + r"[,\s])" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,3}"
    r"(?:\s*,\s*" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,2})?\s*,\s*)"
)
_AGENCY = r"\(\s*[A-Z][\w.&'\u2019 -]{0,30}\)"
_DASH = r"(?:\u2014|\u2013|\u2012|--?|_)"
_HEAD_LINE = re.compile(
    r"\s*(?:" + _LABEL + r"|" + _BYLINE + r"|" + _PLACE + r")?"
    + r"(?:" + _TIME + r"\s*,?\s*(?:(?i:on)\s+)?)?"  # "6:47 AM EST, Wed November 6, 2024"
    + r"(?P<date>" + _DATE + r")"
    # "March 4, 2025, 10:12 a.m. ET", "6 Nov 2024 06.47 GMT", "November 6, 2024 - 06:47", "... / 6:47 AM"
    + r"(?:\s*(?:,|" + _DASH + r"|[|/\u00b7\u2022])?\s*(?:(?i:at)\s+)?" + _TIME + r")?"
    + r"(?:\s*" + _AGENCY + r")?(?:\s*/[A-Za-z ]{2,30}/)?"  # "(Reuters)", "/PRNewswire/"
    + r"(?:(?P<end>\s*\Z)|(?P<dash>\s*" + _DASH + r")|\s*[|\u00b7\u2022]|\s+/\s|\s+(?i:by)\s|\s+(?i:(?:last\s+)?(?:updated|modified))\b)"
)
_LATER_LABELS = frozenset({"updated", "modified"})  # a publication date wins over these

# Reading the date the line pattern found.
_WORDY_MDY = re.compile(r"(?:\w+\.?,?\s+)?(?P<month>[A-Za-z]+)\.?\s*(?P<day>\d{1,2})\D*?,?\s+(?P<year>\d{4})")
_WORDY_DMY = re.compile(r"(?:\w+\.?,?\s+)?(?P<day>\d{1,2})[a-z]*[\s-]+(?:of\s+)?(?P<month>[A-Za-z]+)\.?,?[\s-]+(?P<year>\d{4})",
                        re.IGNORECASE)
_YMD = re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})")
_NUMERIC = re.compile(r"(?:(?P<weekday>[A-Za-z]+)\.?,?\s+)?(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})[/.-](?P<year>\d{4})")


class Detected(NamedTuple):
    """A dateline found in the head: the day, where its date is written, whether its line is metadata
    (not part of the article: it yields no expression and no event), and a note when the reading was
    a choice (an ambiguous numeric date)."""

    day: dt.date
    start: int
    end: int
    header: bool
    note: str | None = None


def parse_dateline(dateline: object) -> dt.date | None:
    """A ``datetime.date`` from a date, a datetime, an ISO 8601 string or None.

    A datetime or a string with a time and a UTC offset gives its own local date, as written
    ("2024-11-05T22:00-05:00" is 2024-11-05): nothing is converted to another zone."""
    if dateline is None:
        return None
    if isinstance(dateline, dt.datetime):
        return dateline.date()
    if isinstance(dateline, dt.date):
        return dateline
    if isinstance(dateline, str):
        return _parse_iso(dateline, "dateline")[0]
    raise InvalidDatelineError(
        "dateline: expected a datetime.date, datetime.datetime, ISO 8601 str or None, "
        f"got {type(dateline).__name__} {_shown(dateline)}"
    )


def parse_bound(value: object, name: str) -> dt.datetime:
    """A naive ``datetime`` from what ``parse_dateline`` takes (None aside): a date is its
    midnight; a datetime or an ISO string with a UTC offset keeps its own wall-clock time (the
    offset is dropped, as the timeline's intervals hold the article's local times)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        day, clock = _parse_iso(value, name)
        return dt.datetime(day.year, day.month, day.day, *clock)
    raise InvalidDatelineError(
        f"{name}: expected a datetime.date, datetime.datetime or ISO 8601 str, "
        f"got {type(value).__name__} {_shown(value)}"
    )


def _parse_iso(text: str, name: str) -> tuple[dt.date, tuple[int, int, int]]:
    """The day and the (hour, minute, second) of an ISO 8601 string; an offset is checked, then dropped."""
    m = _ISO.fullmatch(text.strip())
    if m is None:
        raise InvalidDatelineError(f"{name}: expected {_ISO_EXPECTED}, got {_shown(text)}")
    try:
        day = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError as exc:
        raise InvalidDatelineError(f"{name}: {_shown(text)} is not a calendar date ({exc})") from None
    limits = (("hour", "hour", 23), ("minute", "minute", 59), ("second", "second", 59),
              ("tz_hour", "UTC offset hour", 23), ("tz_minute", "UTC offset minute", 59))
    for field, label, most in limits:
        if m[field] is not None and int(m[field]) > most:
            raise InvalidDatelineError(f"{name}: {_shown(text)} has {label} {m[field]}, expected 00 to {most}")
    return day, (int(m["hour"] or 0), int(m["minute"] or 0), int(m["second"] or 0))


def dateline_time(dateline: object) -> dt.time | None:
    """The time of day of a dateline given with one (a ``datetime``, "2013-02-12T04:30"), else None
    (checked by :func:`parse_dateline` first).  Only a schedule reads it: "at 3 a.m." written at 04:30
    is the next day's."""
    if isinstance(dateline, dt.datetime):
        return dateline.time().replace(tzinfo=None)
    if isinstance(dateline, str) and (m := _ISO.fullmatch(dateline.strip())) is not None and m["hour"] is not None:
        return dt.time(int(m["hour"]), int(m["minute"]), int(m["second"] or 0))
    return None


def _shown(value: object) -> str:
    """``repr(value)``, cut short: an error message must not echo a megabyte."""
    shown = repr(value)
    return shown if len(shown) <= 80 else f"{shown[:60]}... ({len(shown):,} characters)"


# --------------------------------------------------------------------------- detection


def _head_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the head's non-blank lines (see the module docstring)."""
    lines: list[tuple[int, int]] = []
    start, limit = 0, min(len(text), HEAD_CHARS)
    while start < limit and len(lines) < HEAD_LINES:
        end = text.find("\n", start, limit)
        end = limit if end < 0 else end
        if text[start:end].strip():
            lines.append((start, end))
        start = end + 1
    return lines


def _read(date: str) -> tuple[dt.date, str | None] | None:
    """The day a date written in a head line names, and a note when the reading is a choice."""
    m = _NUMERIC.fullmatch(date)
    if m is not None:
        return _read_numeric(date, m)
    m = _YMD.search(date)
    if m is None:
        m = _WORDY_MDY.fullmatch(date)
        if m is None or m["month"].lower() not in V.MONTHS:
            m = _WORDY_DMY.fullmatch(date)
    if m is None or not (m["month"].isdigit() or m["month"].lower() in V.MONTHS):
        return None
    month = int(m["month"]) if m["month"].isdigit() else V.MONTHS[m["month"].lower()]
    try:
        return dt.date(int(m["year"]), month, int(m["day"])), None
    except ValueError:
        return None


def _read_numeric(date: str, m: re.Match[str]) -> tuple[dt.date, str | None] | None:
    """"06/11/2024": month first, unless a number is over 12, a weekday before it fits only the other
    reading, or the date is dotted (day first)."""
    first, second, year = int(m["first"]), int(m["second"]), int(m["year"])
    readings = []
    for month, day in ((second, first), (first, second)) if m["sep"] == "." else ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    readings = list(dict.fromkeys(readings))  # "05/05/2024" reads the same both ways
    weekday = m["weekday"]
    if weekday and weekday.lower() in V.WEEKDAYS:
        fitting = [d for d in readings if d.isoweekday() == V.WEEKDAYS[weekday.lower()]]
        if len(fitting) == 1:
            return fitting[0], None
    if not readings:
        return None
    if len(readings) == 1 or m["sep"] == ".":
        return readings[0], None
    chosen, other = readings
    written = date[m.start("first"):]
    return chosen, (
        f"ambiguous dateline {written!r} read as {chosen.isoformat()} (month first), perhaps "
        f"{other.isoformat()} (day first): pass the dateline to be sure"
    )


def find_dateline(text: str) -> Detected | None:
    """The dateline stated in the article's head, if any (see the module docstring)."""
    m = _HEADER.match(text)
    if m is not None:
        try:
            return Detected(dt.date.fromisoformat(m["iso"]), m.start("iso"), m.end("iso"), header=True)
        except ValueError:
            pass
    found: list[tuple[Detected, bool]] = []
    for start, end in _head_lines(text):
        line = text[start : min(end, start + LINE_CHARS)]
        m = _HEAD_LINE.match(line)
        if m is None or (m["end"] is not None and end > start + LINE_CHARS):  # not the end: the cut
            continue
        read = _read(m["date"])
        if read is None:
            continue
        metadata = m["place"] is None and m["dash"] is None
        later = (m["label"] or "").lower() in _LATER_LABELS
        found.append((Detected(read[0], start + m.start("date"), start + m.end("date"), metadata, read[1]), later))
        if not later:
            break
    if not found:
        return None
    return next((d for d, later in found if not later), found[0][0])


def detect_dateline(text: str) -> dt.date | None:
    """The day of ``find_dateline``, if any."""
    found = find_dateline(text)
    return None if found is None else found.day


def header_end(text: str) -> int:
    """Where the article proper starts: after the metadata lines at its top.

    A header is the run of head lines, from the first on, that state a dateline and nothing else
    ("date 2023-01-31", "Published: 06/11/2024", "By Jane Doe | March 4, 2025", a timestamp) or name
    the author ("By Jane Doe").  It is not part of the article, so it yields no expression and no
    event.  A wire dateline ("WASHINGTON, Jan. 31, 2023 — The minister ...") opens the article and
    stays in it, and so does a text that is nothing but a head."""
    m = _HEADER.match(text)
    if m is not None:
        return m.end()
    body = 0
    for start, end in _head_lines(text):
        line = text[start:end]
        if len(line) <= LINE_CHARS and (_BYLINE_ONLY.fullmatch(line) or _is_metadata(line)):
            body = end + 1 if end < len(text) else end
            continue
        break
    # a text that is nothing but such lines ("Oct. 21, 2021") is the article itself
    return body if text[body:].strip() else 0


_BYLINE_ONLY = re.compile(r"\s*(?i:by)\s+" + _NAME + r"(?:\s*,\s*" + _NAME + r")?\s*")


def _is_metadata(line: str) -> bool:
    m = _HEAD_LINE.match(line)
    return m is not None and m["place"] is None and m["dash"] is None and _read(m["date"]) is not None
