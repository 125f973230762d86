"""Rough edges of the API a newcomer meets (issue #16): the bounds of events_within, events from
another timeline, a dateline with a zone, and the interval "early December" narrows to."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from timeline import (
    ForeignEventError,
    Granularity,
    Interval,
    InvalidDatelineError,
    Relation,
    Timeline,
    TimelineError,
    build_timeline,
)

NEW_YORK = dt.timezone(dt.timedelta(hours=-5), "EST")
ARTICLE = ("The minister resigned on Jan. 19, 2023. Police said on Monday that he had left the country. "
           "He will testify next week.")


def article() -> Timeline:
    return build_timeline(ARTICLE, "2023-01-31")


# --------------------------------------------------------------------------- events_within


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2023-01-01", "2023-01-25"),
        (dt.date(2023, 1, 1), dt.date(2023, 1, 25)),
        (dt.datetime(2023, 1, 1), dt.datetime(2023, 1, 25)),
        ("2023-01-01T00:00:00Z", "2023-01-25T00:00"),
        (dt.datetime(2023, 1, 1, tzinfo=NEW_YORK), "2023-01-25"),
    ],
)
def test_events_within_takes_what_a_dateline_takes(start: object, end: object) -> None:
    tl = article()
    assert [e.trigger for e in tl.events_within(start, end)] == ["resigned"]  # type: ignore[arg-type]


def test_events_within_keeps_the_time_of_a_bound() -> None:
    tl = article()
    assert [e.trigger for e in tl.events_within("2023-01-19T12:00", "2023-01-20")] == ["resigned"]
    assert tl.events_within("2023-01-20T00:00", "2023-01-20T12:00") == ()
    assert tl.events_within("2023-01-19", "2023-01-19") == ()  # an empty period


@pytest.mark.parametrize("bound", [None, 20230101, 2023.0, "31/01/2023", "yesterday", "2023-02-30", ["2023-01-01"]])
def test_events_within_refuses_anything_else_with_a_timeline_error(bound: object) -> None:
    tl = article()
    with pytest.raises(InvalidDatelineError, match=r"^start: "):
        tl.events_within(bound, "2023-02-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidDatelineError, match=r"^end: "):
        tl.events_within("2023-01-01", bound)  # type: ignore[arg-type]


def test_events_within_refuses_an_end_before_its_start() -> None:
    with pytest.raises(TimelineError, match="end: expected a time not before start 2023-02-01T00:00:00"):
        article().events_within("2023-02-01", "2023-01-01")


# --------------------------------------------------------------------------- events of another timeline


def test_relation_refuses_an_event_of_another_timeline() -> None:
    one, other = article(), build_timeline("The minister resigned on Jan. 20, 2023.", "2023-01-31")
    a, b = one.dated_events[0], other.dated_events[0]
    assert one.relation(a, a) is Relation.OVERLAP  # its own events: as before
    with pytest.raises(ForeignEventError, match=r"^b: expected an event of this timeline, got e1 'The minister"):
        one.relation(a, b)
    with pytest.raises(ForeignEventError, match=r"^a: "):
        one.relation(b, a)
    for method in (one.window, one.events_before, one.events_after):
        with pytest.raises(ForeignEventError):
            method(b)
    with pytest.raises(ForeignEventError, match="expected an Event of this timeline, got str"):
        one.relation(a, "e1")  # type: ignore[arg-type]
    assert isinstance(ForeignEventError("x"), TimelineError) and isinstance(ForeignEventError("x"), ValueError)


def test_an_equal_copy_of_an_event_is_its_own() -> None:
    tl = article()
    copy = Timeline.from_json(tl.to_json())
    a, b = copy.events[0], copy.events[-1]
    assert tl.relation(a, b) is copy.relation(a, b)
    assert tl.events_before(b) == copy.events_before(b)


# --------------------------------------------------------------------------- a dateline with a zone


def test_the_dateline_is_the_articles_own_local_date() -> None:
    text = "Polls closed today at 10 p.m. ET."
    instant = dt.datetime(2024, 11, 6, 3, 0, tzinfo=dt.timezone.utc)
    written = {
        "New York": [instant.astimezone(NEW_YORK), "2024-11-05T22:00:00-05:00", "2024-11-05T22:00:00-05:00\n" + text],
        "UTC": [instant, "2024-11-06T03:00:00Z", "2024-11-06T03:00:00Z\n" + text],
    }
    for where, local_day in (("New York", "2024-11-05"), ("UTC", "2024-11-06")):
        for given in written[where]:
            tl = build_timeline(given, None) if "\n" in str(given) else build_timeline(text, given)  # type: ignore[arg-type]
            assert str(tl.dateline) == local_day, (where, given)
            # "today at 10 p.m. ET" is the article's own day at its zone's wall clock, with the zone's
            # offset (Eastern Standard Time after 2024-11-03)
            assert [x.value for x in tl.expressions] == [f"{local_day}T22:00-05:00"], (where, given)


# --------------------------------------------------------------------------- early, mid-, late


@pytest.mark.parametrize(
    ("value", "mod", "start", "end"),
    [
        ("2024-12", "START", "2024-12-01", "2024-12-11"),
        ("2024-12", "MID", "2024-12-11", "2024-12-21"),
        ("2024-12", "END", "2024-12-21", "2025-01-01"),
        ("2024-02", "END", "2024-02-21", "2024-03-01"),
        ("2024", "START", "2024-01-01", "2024-07-01"),
        ("2024", "MID", "2024-04-01", "2024-10-01"),
        ("2024", "END", "2024-07-01", "2025-01-01"),
        ("2023-Q1", "START", "2023-01-01", "2023-02-15"),
        ("2024-H2", "END", "2024-10-01", "2025-01-01"),
        ("2024-SU", "START", "2024-06-01", "2024-07-01"),
        ("2024-WI", "END", "2025-02-01", "2025-03-01"),
        ("199", "START", "1990-01-01", "1995-01-01"),
        ("199", "MID", "1992-01-01", "1998-01-01"),
        ("199", "END", "1995-01-01", "2000-01-01"),
        ("19", "END", "1950-01-01", "2000-01-01"),
        ("2024-W46", "START", "2024-11-11", "2024-11-14"),
        ("2024-11-05", "START", "2024-11-05T00:00", "2024-11-05T08:00"),
        ("2024-11-05TMO", "START", "2024-11-05T06:00", "2024-11-05T08:00"),
        ("2024-12", "APPROX", "2024-12-01", "2025-01-01"),
        ("2024-W46-WE", "END", "2024-11-16", "2024-11-18"),
        ("2024-11-05T10", "END", "2024-11-05T10:00", "2024-11-05T11:00"),
        ("9999", "END", "9999-01-01", None),
    ],
)
def test_a_mod_narrows_the_interval(value: str, mod: str, start: str, end: str | None) -> None:
    x = attrs.evolve(build_timeline("It happened in 2024.", "2024-12-20").expressions[0], value=value, mod=mod)
    assert x.interval is not None and x.coarse_interval == Interval.of(value)
    assert (x.interval.start, x.interval.end) == (
        dt.datetime.fromisoformat(start), dt.datetime.max if end is None else dt.datetime.fromisoformat(end)
    )
    assert x.interval.granularity is x.coarse_interval.granularity  # the value's granularity
    assert x.coarse_interval.contains(x.interval)


def test_earlier_and_later_this_period_keep_the_whole_period() -> None:
    tl = build_timeline("The senator resigned earlier this month. The board will vote later this year. "
                        "Prices fell late last year.", "2023-01-31")
    earlier, later, late = tl.expressions
    assert (earlier.value, earlier.mod, later.value, later.mod) == ("2023-01", "START", "2023", "END")
    assert earlier.interval == earlier.coarse_interval == Interval.of("2023-01")
    assert later.interval == later.coarse_interval == Interval.of("2023")
    assert late.interval == Interval(dt.datetime(2022, 7, 1), dt.datetime(2023, 1, 1), Granularity.YEAR)


def test_early_and_late_december_are_ordered_and_placed_by_their_part() -> None:
    tl = build_timeline("The plant closed in late December. It had opened in early December.", "2024-12-20")
    early, late = sorted(tl.expressions, key=lambda x: x.start, reverse=True)
    assert (early.text, late.text) == ("early December", "late December")
    assert early.interval == Interval(dt.datetime(2024, 12, 1), dt.datetime(2024, 12, 11), Granularity.MONTH)
    assert early.coarse_interval == late.coarse_interval == Interval.of("2024-12")
    assert [e.trigger for e in tl.events] == ["opened", "closed"]  # early December first
    opened = tl.events[0]
    assert opened.relation is Relation.BEFORE  # wholly before December 20
    assert tl.relation(opened, tl.events[1]) is Relation.BEFORE
    assert tl.to_dict()["expressions"][1]["interval"]["end"] == "2024-12-11T00:00:00"
