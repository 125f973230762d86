"""The intermediate form between finding an expression and resolving it.

A rule turns its named groups into a :class:`Partial`: a TIMEX3 value in which
unknown calendar fields are ``X`` (``XXXX-01-19``, ``XXXX-WXX-5``), plus what the
resolver needs to fill them: a shift from an anchor (``-1 WEEK from the
dateline``), a direction ("last Friday" looks back, "next June" forward), a
holiday to compute per year, and a time-of-day suffix (``T15:00``, ``TMO``).
"""

from __future__ import annotations

import enum

import attrs

from ._values import Granularity


class Anchor(str, enum.Enum):
    """What a relative expression counts from."""

    DATELINE = "DATELINE"  # deictic: today, last week, two days ago
    REFERENCE = "REFERENCE"  # anaphoric: the next day, a year earlier


@attrs.frozen
class Shift:
    """``amount`` units of ``unit`` from the anchor, expressed at the unit's granularity."""

    anchor: Anchor
    unit: Granularity
    amount: int


@attrs.frozen
class Partial:
    """A normalized but unresolved expression."""

    type: str
    value: str
    mod: str | None = None
    shift: Shift | None = None
    # -1: the latest one before the dateline, +1: the first one after it,
    # 0: the one in the dateline's year (or week), None: the clause's tense decides.
    direction: int | None = None
    # The how-manieth one in that direction: "three Fridays from now" 3 (direction +1), "two Thursdays
    # ago" 2 (-1), "Friday after next" and "March after next" 2.
    nth: int = 1
    holiday: str | None = None
    # Days from the holiday: "the day after Christmas" +1, "the eve of Passover" -1, "three days after
    # Easter" +3.
    holiday_offset: int = 0
    # Months from it, after the days: "a year after Christmas" 12.
    holiday_months: int = 0
    suffix: str = ""
    # ISO weekday stated beside a month-day ("Monday, Oct. 26"): picks the year.
    weekday: int | None = None
    # A comparison ("a year earlier", "the year-ago results") does not become the new reference.
    comparison: bool = False
    # "a year earlier" after a quarter or a day keeps the reference's granularity.
    follows_reference: bool = False
    # Earnings news: the reported quarter (the reference quarter, else the last one completed
    # before the dateline) moved by this many quarters: "the quarter" 0, "the year-ago quarter" -4.
    reported_quarter: int | None = None
    # A year stated beside a reported period ("the 1988 period"): the reported quarter's number in it.
    year: str | None = None
    # The period of this granularity that holds the resolved day: "the week of March 6".
    coarsen: Granularity | None = None
    # "the nine months" of an earnings story: the reference time becomes the reported period's year.
    period_to_date: bool = False
    # "the quarter ended Sept. 30": the day closes the period just named, which stays the reference.
    period_end: bool = False
    # A range written as one token run ("1914-18", "499–493 BC"): the value of its second year.
    # TimeML marks two expressions; the extractor splits the match (_extract.with_second_days).
    range_end: str | None = None
    # A date in digits whose order the text does not fix ("3/4/2025"): its value read month-first and
    # read day-first (None where that reading is no date); build_timeline(dayfirst=...) picks one.
    numeric: tuple[str | None, str | None] | None = None
    # A day picked inside the resolved month or week: (n, ISO weekday or 0 for any day), counted from
    # the end when n < 0 (_resolve.picked): "the first Tuesday of October" (1, 2), "the last day of
    # the month" (-1, 0), "Wednesday of next week" (1, 3), "the 20th of next month" (20, 0).
    pick: tuple[int, int] | None = None
    # A weekday or a holiday counted from the resolved day: (ISO weekday or holiday name, n, side), the
    # nth one after it (side 1), before it (-1) or nearest to it (0) (_resolve.nearby): "the third
    # Tuesday after Christmas 2014" (2, 3, 1), "the closest Monday to Oct. 5th" (1, 1, 0), "the second
    # closest xmas to today" ("christmas", 2, 0).
    near: tuple[int | str, int, int] | None = None
    # "the rest of the week", "the remainder of the year", "the rest of the day": the period, whose span
    # runs from the dateline's day (a day's from its time of day, when known) to its end, when the
    # period holds it after its start (_api._span).
    rest: bool = False
    # The zone a clock time was stated in (a ``_zones.zone_key``: "BST", "PT", "UTC+2"): its UTC offset,
    # which may depend on the resolved date, ends the value ("T14:30+01:00").
    zone: str | None = None
    # A range of times or days written as one ("3-4pm", "from 2 to 4 pm", "13-15 July"): the partial of
    # its second expression, sharing what the text shares (the day, the meridiem, the month); the
    # extractor splits the match at the rule's ``second`` group (_extract.with_second_days).
    then: Partial | None = None
    # A clock time written without a meridiem on a 12-hour clock ("3:30", "at 3 15", "half three"): a
    # schedule written after it in the morning means the afternoon's (_api._Resolver._resolve).
    twelve_hour: bool = False
    # "2 minutes from now", "three hours ago": seconds from the dateline's time of day, which a schedule
    # whose dateline has one reads to the minute (to the second when counted in seconds).
    seconds: int | None = None

    @property
    def needs_anchor(self) -> bool:
        """True when resolution depends on a dateline or a reference time."""
        return (
            self.shift is not None or self.reported_quarter is not None
            or "X" in self.value.split("T")[0][:4] or self.holiday is not None
        )
