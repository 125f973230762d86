"""The dateline: accept it in the forms users pass, or detect it in the article's head."""

from __future__ import annotations

import datetime as dt
import re

from . import _vocab as V
from ._errors import InvalidDatelineError

# ASCII digits only: int() would also read full-width or Arabic-Indic digits.
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?"
    r"(?:Z|[+-](?P<tz_hour>\d{2}):?(?P<tz_minute>\d{2}))?)?",
    re.ASCII,
)
_ISO_EXPECTED = "an ISO 8601 date such as '2023-01-31' (YYYY-MM-DD, years 0001 to 9999, optionally a time)"
_MONTH_WORD = "|".join(sorted(V.MONTHS, key=len, reverse=True))
# A metadata header line stating the dateline: "date 2023-01-31", "Date: 2023-01-31".
_HEADER = re.compile(r"\A\s*(?:date|dateline|dct)\s*:?\s*(?P<iso>\d{4}-\d{2}-\d{2})\s*", re.IGNORECASE)
_HEAD_PATTERNS = (
    # "date 2023-01-31" or "Date: 2023-01-31" on the first line
    _HEADER,
    # "WASHINGTON, Jan. 31, 2023 —" or "Jan. 31, 2023 (AP) -"
    re.compile(
        r"\A[^\n]{0,80}?\b(?P<month>" + _MONTH_WORD + r")\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # an ISO date alone near the start
    re.compile(r"\A\s*(?P<iso>\d{4}-\d{2}-\d{2})\b"),
)


def parse_dateline(dateline: object) -> dt.date | None:
    """A ``datetime.date`` from a date, a datetime, an ISO 8601 string or None."""
    if dateline is None:
        return None
    if isinstance(dateline, dt.datetime):
        return dateline.date()
    if isinstance(dateline, dt.date):
        return dateline
    if isinstance(dateline, str):
        m = _ISO.fullmatch(dateline.strip())
        if m is None:
            raise InvalidDatelineError(f"dateline: expected {_ISO_EXPECTED}, got {_shown(dateline)}")
        try:
            day = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError as exc:
            raise InvalidDatelineError(f"dateline: {_shown(dateline)} is not a calendar date ({exc})") from None
        limits = (("hour", "hour", 23), ("minute", "minute", 59), ("second", "second", 59),
                  ("tz_hour", "UTC offset hour", 23), ("tz_minute", "UTC offset minute", 59))
        for field, name, most in limits:
            if m[field] is not None and int(m[field]) > most:
                raise InvalidDatelineError(
                    f"dateline: {_shown(dateline)} has {name} {m[field]}, expected 00 to {most}"
                )
        return day
    raise InvalidDatelineError(
        "dateline: expected a datetime.date, datetime.datetime, ISO 8601 str or None, "
        f"got {type(dateline).__name__} {_shown(dateline)}"
    )


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


def detect_dateline(text: str) -> dt.date | None:
    """The dateline stated in the article's head, if any."""
    head = text[:200]
    for pattern in _HEAD_PATTERNS:
        m = pattern.search(head)
        if m is None:
            continue
        try:
            if m.groupdict().get("iso"):
                return dt.date.fromisoformat(m["iso"])
            return dt.date(int(m["year"]), V.MONTHS[m["month"].lower()], int(m["day"]))
        except ValueError:
            continue
    return None


def header_end(text: str) -> int:
    """Where the article proper starts: after a metadata header such as ``date 2023-01-31``.

    The header states the dateline; it is not part of the article, so it yields no
    expression and no event."""
    m = _HEADER.match(text)
    return m.end() if m else 0
