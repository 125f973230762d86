"""Counted and relative days, weeks and months (issue #15), checked against plain ``datetime``
arithmetic for any dateline: "three Fridays from now", "two Thursdays ago", "Friday after next",
"two upcoming weeks", "the third last week of 2018", "the fifth last day of May 2019".
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import build_timeline

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_datelines = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_KINDS = st.sampled_from(["news", "schedule"])
BUILD = settings(max_examples=60, deadline=None)  # each example runs build_timeline


def _only_value(text: str, dateline: dt.date, kind: str = "schedule") -> str:
    expressions = build_timeline(text, dateline.isoformat(), kind=kind).expressions
    assert [x.text for x in expressions] == [text], (text, dateline, expressions)
    return expressions[0].value


@BUILD
@given(_datelines, st.integers(1, 7), st.integers(1, 6), st.booleans(), _KINDS)
def test_nth_weekday_from_now_or_ago(dateline: dt.date, weekday: int, n: int, ahead: bool, kind: str) -> None:
    """The nth such weekday strictly after (before) the dateline, whatever the kind of text."""
    text = f"{n} {_WEEKDAYS[weekday - 1]}s {'from now' if ahead else 'ago'}"
    step = dt.timedelta(days=1 if ahead else -1)
    day, found = dateline, 0
    while found < n:
        day += step
        found += day.isoweekday() == weekday
    assert _only_value(text, dateline, kind) == day.isoformat()


@BUILD
@given(_datelines, st.integers(1, 7), _KINDS)
def test_weekday_after_next_is_a_week_after_the_first_one_ahead(dateline: dt.date, weekday: int, kind: str) -> None:
    first = dateline + dt.timedelta(days=(weekday - dateline.isoweekday() - 1) % 7 + 1)
    text = f"{_WEEKDAYS[weekday - 1].capitalize()} after next"
    assert _only_value(text, dateline, kind) == (first + dt.timedelta(weeks=1)).isoformat()


@BUILD
@given(_datelines, st.integers(1, 12))
def test_month_after_next_is_the_second_one_ahead(dateline: dt.date, month: int) -> None:
    year = dateline.year + (month <= dateline.month) + 1
    assert _only_value(f"{_MONTHS[month - 1].capitalize()} after next", dateline) == f"{year:04d}-{month:02d}"


@BUILD
@given(_datelines, st.integers(1, 9))
def test_n_upcoming_days_and_weeks(dateline: dt.date, n: int) -> None:
    assert _only_value(f"{n} upcoming days", dateline) == (dateline + dt.timedelta(days=n)).isoformat()
    iso = (dateline + dt.timedelta(weeks=n)).isocalendar()
    assert _only_value(f"{n} upcoming weeks", dateline) == f"{iso[0]:04d}-W{iso[1]:02d}"


@BUILD
@given(_datelines, st.integers(1900, 2099), st.integers(1, 4), st.booleans())
def test_a_week_of_a_year_is_the_week_of_its_thursday(dateline: dt.date, year: int, n: int, from_end: bool) -> None:
    """ "the third last week of 2018": the ISO week of the year's third last Thursday (ISO 8601
    gives a week to the year holding its Thursday), so it is one of that ISO year's weeks."""
    ordinal = ("first", "second", "third", "fourth")[n - 1]
    if from_end:
        text = f"the {ordinal} last week of {year}" if n > 1 else f"the last week of {year}"
    else:
        text = f"the {ordinal} week of {year}"
    thursdays = [d for d in (dt.date(year, 1, 1) + dt.timedelta(days=k) for k in range(366))
                 if d.year == year and d.isoweekday() == 4]
    iso = thursdays[-n if from_end else n - 1].isocalendar()
    assert iso[0] == year
    assert _only_value(text, dateline) == f"{iso[0]:04d}-W{iso[1]:02d}"


@BUILD
@given(_datelines, st.integers(2, 10), st.integers(1, 12), st.integers(1900, 2099))
def test_nth_last_day_of_a_month(dateline: dt.date, n: int, month: int, year: int) -> None:
    ordinal = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")[n - 2]
    text = f"the {ordinal} last day of {_MONTHS[month - 1].capitalize()} {year}"
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    assert _only_value(text, dateline) == (last - dt.timedelta(days=n - 1)).isoformat()
