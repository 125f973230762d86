"""Clock times, zones, ranges and parts of the day (issue #15): what the corpus lines cannot say.

The corpus (tests/corpus/positive.txt, "Clock times, zones ...") holds the phrases and their values;
here are the pieces underneath: the zone offsets by date, values with an offset, the split of a range
into its two expressions, the place a rejected composite leaves to simpler rules, and the schedule
that reads the dateline's time of day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import Interval, build_timeline
from timeline._dateline import dateline_time
from timeline._values import format_calendar, interval_of, parse_calendar
from timeline._zones import us_daylight, zone_key, zone_offset


def _found(text: str, dateline: str | dt.date | dt.datetime = "2025-06-10", kind: str = "auto") -> list[tuple[str, str]]:
    return [(x.text, x.value) for x in build_timeline(text, dateline, kind=kind).expressions]


# --------------------------------------------------------------------------- zones


@pytest.mark.parametrize(
    ("day", "daylight"),
    [
        ("2025-03-08", False), ("2025-03-09", True), ("2025-11-01", True), ("2025-11-02", False),  # 2007 rules
        ("2006-04-01", False), ("2006-04-02", True), ("2006-10-28", True), ("2006-10-29", False),  # 1987-2006
        ("1986-04-26", False), ("1986-04-27", True), ("1986-10-25", True), ("1986-10-26", False),  # 1967-1986
        ("1966-07-01", False), ("2025-01-14", False), ("2025-06-10", True),
    ],
)
def test_us_daylight_saving_by_the_rules_of_each_period(day: str, daylight: bool) -> None:
    assert us_daylight(dt.date.fromisoformat(day)) is daylight


@pytest.mark.parametrize(
    ("written", "day", "offset"),
    [
        ("BST", None, "+01:00"), ("(BST)", None, "+01:00"), ("utc", None, "Z"), ("GMT", "2025-06-10", "Z"),
        ("PST", "2025-06-10", "-08:00"),  # a zone that names its season keeps it
        ("PT", "2025-06-10", "-07:00"), ("PT", "2025-01-14", "-08:00"), ("PT", None, "-08:00"),
        ("Eastern", "2025-06-10", "-04:00"), ("Eastern Standard Time", "2025-06-10", "-05:00"),
        ("Pacific Daylight Time", "2025-01-14", "-07:00"), ("IST", None, "+05:30"),
        ("UTC+2", None, "+02:00"), ("GMT-5", None, "-05:00"), ("UTC+5:30", None, "+05:30"), ("UTC+0", None, "Z"),
        ("UTC+15", None, ""), ("local time", None, ""),
    ],
)
def test_zone_offsets(written: str, day: str | None, offset: str) -> None:
    assert zone_offset(zone_key(written), None if day is None else dt.date.fromisoformat(day)) == offset


@pytest.mark.parametrize("value", ["2025-06-10T14:30+01:00", "2025-06-10T09:15Z", "2025-06-10T09:00:05-08:00",
                                   "2025-06-10T09-08:00", "XXXX-WXX-2T09:00-05:00"])
def test_a_value_with_an_offset_round_trips(value: str) -> None:
    parsed = parse_calendar(value)
    assert parsed is not None and format_calendar(parsed) == value


def test_the_interval_of_a_zoned_time_is_the_clock_time_as_written() -> None:
    assert interval_of("2025-06-10T14:30+01:00") == interval_of("2025-06-10T14:30")
    iv = Interval.of("2025-06-10T24:00Z")
    assert iv is not None and iv.start == dt.datetime(2025, 6, 11)


def test_the_zone_follows_the_resolved_day() -> None:
    # the same words, a summer and a winter date: the offset is the day's, not the dateline's
    assert _found("The parade starts at 9 a.m. PT on July 4.", "2025-01-14") == [
        ("9 a.m. PT on July 4", "2025-07-04T09:00-07:00")
    ]
    assert _found("The parade starts at 9 a.m. PT on Dec. 4.", "2025-06-10") == [
        ("9 a.m. PT on Dec. 4", "2025-12-04T09:00-08:00")
    ]
    assert _found("The office opens at 9 a.m. ET.", None) == [("9 a.m. ET", "XXXX-XX-XXT09:00-05:00")]


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It runs 3-4pm.", [("3", "2025-06-10T15:00"), ("4pm", "2025-06-10T16:00")]),
        ("It runs from 2 to 4 pm.", [("2", "2025-06-10T14:00"), ("4 pm", "2025-06-10T16:00")]),
        ("It runs from 11 to 2 pm.", [("11", "2025-06-10T11:00"), ("2 pm", "2025-06-10T14:00")]),
        ("It will run Wednesday from 9:00 to 9:45 am.",
         [("Wednesday from 9:00", "2025-06-11T09:00"), ("9:45 am", "2025-06-11T09:45")]),
        ("It will run 1pm to 2pm on Friday.", [("1pm", "2025-06-13T13:00"), ("2pm on Friday", "2025-06-13T14:00")]),
        ("It ran 9:30 - 11:00 CST.", [("9:30", "2025-06-10T09:30-06:00"), ("11:00 CST", "2025-06-10T11:00-06:00")]),
        ("It will run 13-15 July.", [("13", "2025-07-13"), ("15 July", "2025-07-15")]),
    ],
)
def test_a_range_is_two_expressions_sharing_what_the_text_shares(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["The Lakers won 3-4 in overtime.", "See page 10-11.", "It ended 2 to 1.",
                                  "The Lakers won 3-4 Monday.", "The score was 11 to 2 at halftime."])
def test_two_bare_numbers_are_no_range_of_times(text: str) -> None:
    assert all("T" not in value for _, value in _found(text))


def test_a_range_that_runs_backwards_is_none() -> None:
    # "4pm-3pm" is no range; each end is still a time
    assert _found("It runs 4pm-3pm.") == [("4pm", "2025-06-10T16:00"), ("3pm", "2025-06-10T15:00")]


# --------------------------------------------------------------------------- composition


def test_a_composite_that_does_not_fit_leaves_the_place_to_simpler_rules() -> None:
    # "this evening, one more trip" is no "this evening at one": the part of the day is still found
    assert _found("At the end of the broadcast this evening, one more trip.") == [("this evening", "2025-06-10TEV")]
    # "four twenty-three a m" is one time, not a range from "four twenty" to "three a m"
    assert _found("It rang at four twenty-three a m.") == [("four twenty-three a m", "2025-06-10T04:23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He scored 8 tonight.", [("tonight", "2025-06-10TNI")]),  # a count before "tonight"
        ("They sat at 3pm.", [("3pm", "2025-06-10T15:00")]),  # "sat" in lower case is no Saturday
        ("He ran a 2:08 marathon.", []),
        ("Call us at 5.", []),
    ],
)
def test_numbers_and_words_that_are_not_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# --------------------------------------------------------------------------- a schedule's time of day


@pytest.mark.parametrize(
    ("dateline", "clock"),
    [
        ("2013-02-12T04:30", dt.time(4, 30)), ("2013-02-12 04:30:15", dt.time(4, 30, 15)),
        (dt.datetime(2013, 2, 12, 4, 30), dt.time(4, 30)), ("2013-02-12", None), (dt.date(2013, 2, 12), None),
        ("2013-02-12T04:30+01:00", dt.time(4, 30)), (None, None),
    ],
)
def test_dateline_time(dateline: object, clock: dt.time | None) -> None:
    assert dateline_time(dateline) == clock


def test_a_schedule_puts_a_passed_clock_time_on_the_next_day() -> None:
    assert _found("Remind me at 3am.", "2013-02-12T04:30", "schedule") == [("3am", "2013-02-13T03:00")]
    assert _found("Remind me at 3pm.", "2013-02-12T04:30", "schedule") == [("3pm", "2013-02-12T15:00")]
    # a day of its own, a dateline without a time, news: as written
    assert _found("Remind me today at 3am.", "2013-02-12T04:30", "schedule") == [("today at 3am", "2013-02-12T03:00")]
    assert _found("Remind me at 3am.", "2013-02-12", "schedule") == [("3am", "2013-02-12T03:00")]
    assert _found("The plant closed at 3am.", "2013-02-12T04:30", "news") == [("3am", "2013-02-12T03:00")]


def test_a_schedule_reads_a_passed_time_without_a_meridiem_on_the_12_hour_clock() -> None:
    at = "2013-02-12T04:30"
    assert _found("Pick up at 3:30.", at, "schedule") == [("3:30", "2013-02-12T15:30")]
    # past the afternoon's too: the next day's as written; a dateline without a time: as written
    assert _found("Pick up at 3:30.", "2013-02-12T16:00", "schedule") == [("3:30", "2013-02-13T03:30")]
    assert _found("Pick up at 3:30.", "2013-02-12", "schedule") == [("3:30", "2013-02-12T03:30")]
    # a 24-hour clock ("03:30") and a time with a meridiem keep their half of the day
    assert _found("Pick up at 03:30.", at, "schedule") == [("03:30", "2013-02-13T03:30")]
    assert _found("Pick up at 4:23am.", at, "schedule") == [("4:23am", "2013-02-13T04:23")]


def test_points_from_now_count_from_the_dateline_time_in_a_schedule_only() -> None:
    assert _found("Beep 90 seconds from now.", "2013-02-12T04:30", "schedule") == [
        ("90 seconds from now", "2013-02-12T04:31:30")]
    assert _found("Beep 2 minutes from now.", "2013-02-12T04:30:15", "schedule") == [
        ("2 minutes from now", "2013-02-12T04:32:15")]
    assert _found("It failed 3 hours ago.", "2013-02-12T01:30", "schedule") == [("3 hours ago", "2013-02-11T22:30")]
    assert _found("Beep 2 minutes from now.", "2013-02-12T04:30", "news") == [("2 minutes from now", "2013-02-12")]
    # beyond the calendar: unknown digits, no error
    assert _found("Beep 2 minutes from now.", "9999-12-31T23:59", "schedule") == [("2 minutes from now", "XXXX-XX-XX")]
    assert _found("It failed 2 minutes ago.", "0001-01-01T00:01", "schedule") == [("2 minutes ago", "XXXX-XX-XX")]


def test_a_spoken_time_needs_at_or_around_before_it() -> None:
    at = "2013-02-12T04:30"
    assert _found("Standup at 1030.", at, "schedule") == [("1030", "2013-02-12T10:30")]
    assert _found("Standup 1030.", at, "schedule") == []
    assert _found("Sam counted 3 15 times.", at, "schedule") == []
    # a level's "at" is an amount's: "closed at 815"
    assert _found("The index closed at 815.", at, "news") == []
    assert _found("The index closed at 815 on Monday.", "2013-02-12", "news") == [("Monday", "2013-02-11")]


def test_an_iso_interval_is_its_two_ends() -> None:
    assert _found("2015-03-28T17:00/2015-03-29T21:00") == [("2015-03-28T17:00", "2015-03-28T17:00"),
                                                           ("2015-03-29T21:00", "2015-03-29T21:00")]
