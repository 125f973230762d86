"""Property tests: resolution conventions (docs/resolution.md), value grammar, robustness.

Expected values are computed here with plain ``datetime`` arithmetic, never with
the library's own FORMAT/STEP tables.  A test marked ``xfail(strict=True)``
pins a known library bug; its ``@example`` is the minimal failing input.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import math
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, find, given, settings
from hypothesis import strategies as st

import timeline
from timeline import (
    Event,
    Granularity,
    InvalidDatelineError,
    InvalidTextError,
    Relation,
    Timeline,
    TimelineError,
    _anchor,
    _holidays,
    _model,
    _resolve,
    _values,
    build_timeline,
)
from timeline import _vocab as V
from timeline.strategies import (
    calendar_values,
    datelines,
    duration_values,
    event_annotations,
    news_texts,
    offsets,
    timelines,
    timex_values,
    weekdays,
)

G = Granularity
BUILD = settings(max_examples=60, deadline=None)  # tests that call build_timeline

# --------------------------------------------------------------------------- helpers

# fmt: off
_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)
# fmt: on


def number_words(n: int) -> str:
    """0..20 in words."""
    return _WORDS[n]


def only_value(text: str, dateline: dt.date) -> str:
    """The value of the single expression found in ``text``."""
    found = [(x.text, x.value) for x in build_timeline(text, dateline).expressions]
    assert len(found) == 1, found
    return found[0][1]


def week_of(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def month_of(d: dt.date, shift: int = 0) -> str:
    year, month = divmod(d.year * 12 + d.month - 1 + shift, 12)
    return f"{year:04d}-{month + 1:02d}"


def quarter_of(d: dt.date, shift: int = 0) -> str:
    year, quarter = divmod(d.year * 4 + (d.month - 1) // 3 + shift, 4)
    return f"{year:04d}-Q{quarter + 1}"


def half_of(d: dt.date) -> str:
    return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"


def interval(value: str) -> timeline.Interval:
    found = timeline.Interval.of(value)
    assert found is not None, value
    return found


def season_of(moment: dt.datetime) -> str:
    """The one season value (of its year or the year before) containing ``moment``."""
    seasons = [f"{y:04d}-{s}" for y in (moment.year - 1, moment.year) for s in _values.SEASON_MONTHS]
    found = [s for s in seasons if interval(s).start <= moment < interval(s).end]
    assert len(found) == 1, (moment, found)
    return found[0]


# --------------------------------------------------------------------------- deictic counts

AGO: dict[str, Callable[[dt.date, int], str]] = {
    "day": lambda d, n: (d - dt.timedelta(days=n)).isoformat(),
    "week": lambda d, n: week_of(d - dt.timedelta(days=7 * n)),
    "month": lambda d, n: month_of(d, -n),
    "year": lambda d, n: f"{d.year - n:04d}",
}


@pytest.mark.parametrize("unit", sorted(AGO))
@BUILD
@given(dateline=datelines(), n=offsets(400), as_words=st.booleans())
def test_n_units_ago(unit: str, dateline: dt.date, n: int, as_words: bool) -> None:
    number = number_words(n) if as_words and n <= 20 else str(n)
    text = f"The plant closed {number} {unit}{'' if n == 1 else 's'} ago."
    assert only_value(text, dateline) == AGO[unit](dateline, n)


@BUILD
@given(dateline=datelines(), n=offsets(400))
def test_n_days_from_now(dateline: dt.date, n: int) -> None:
    text = f"The plant reopens {n} day{'' if n == 1 else 's'} from now."
    assert only_value(text, dateline) == (dateline + dt.timedelta(days=n)).isoformat()


@BUILD
@given(dateline=datelines(), n=offsets(400))
def test_in_n_days_is_a_duration(dateline: dt.date, n: int) -> None:
    # "in" is a preposition outside the extent, as TimeBank marks it (docs/resolution.md).
    text = f"It will reopen in {n} day{'' if n == 1 else 's'}."
    assert only_value(text, dateline) == f"P{n}D"


@BUILD
@given(dateline=datelines(), n=offsets(400))
@example(dateline=dt.date(2023, 1, 31), n=3)  # "3 hours ago" -> 2023-01-28
def test_n_hours_ago_is_at_most_that_many_days_back(dateline: dt.date, n: int) -> None:
    value = only_value(f"The fire started {n} hour{'' if n == 1 else 's'} ago.", dateline)
    day = dt.date.fromisoformat(value[:10])
    assert dateline - dt.timedelta(days=math.ceil(n / 24)) <= day <= dateline


DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}
TENSED = ("The minister resigned {}.", "The minister will resign {}.", "The minister is in Ohio {}.", "{}, it rained.")


@BUILD
@given(dateline=datelines(), word=st.sampled_from(sorted(DAY_WORDS)), template=st.sampled_from(TENSED))
def test_yesterday_today_tomorrow(dateline: dt.date, word: str, template: str) -> None:
    text = template.format(word if template[0] != "{" else word.capitalize())
    assert only_value(text, dateline) == (dateline + dt.timedelta(days=DAY_WORDS[word])).isoformat()


@BUILD
@given(dateline=datelines(), day=weekdays(), future=st.booleans())
def test_bare_weekday_follows_tense(dateline: dt.date, day: tuple[str, int], future: bool) -> None:
    name, iso = day
    text = f"He will resign on {name}." if future else f"He resigned on {name}."
    resolved = dt.date.fromisoformat(only_value(text, dateline))
    assert resolved.isoweekday() == iso
    days = (resolved - dateline).days
    assert (0 <= days <= 6) if future else (-6 <= days <= 0)


@given(dateline=st.one_of(datelines(), st.dates(max_value=dt.date(1, 1, 20)), st.dates(min_value=dt.date(9999, 12, 12))))
def test_weekday_candidates_are_that_weekday_a_week_either_side(dateline: dt.date) -> None:
    # The resolver steps a week at a time from the first day of that weekday; it must find the
    # days a test of each of the 15 days a week either side finds, and fail at the calendar's
    # ends as that walk does (then resolve keeps the value unresolved).
    from timeline._partial import Partial
    from timeline._resolve import _candidates

    for weekday in range(1, 8):
        value = f"XXXX-WXX-{weekday}"
        try:
            days = [dateline + dt.timedelta(days=offset) for offset in range(-7, 8)]
            walk: list[str] | None = [d.isoformat() for d in days if d.isoweekday() == weekday]
        except OverflowError:
            walk = None
        try:
            found: list[str] | None = list(_candidates(Partial(type="DATE", value=value), dateline))
        except OverflowError:
            found = None
        assert found == walk, (dateline, weekday)


PERIODS: dict[str, Callable[[dt.date], str]] = {
    "last week": lambda d: week_of(d - dt.timedelta(days=7)),
    "this week": week_of,
    "next week": lambda d: week_of(d + dt.timedelta(days=7)),
    "last month": lambda d: month_of(d, -1),
    "this month": month_of,
    "next month": lambda d: month_of(d, 1),
    "last quarter": lambda d: quarter_of(d, -1),
    "this quarter": quarter_of,
    "next quarter": lambda d: quarter_of(d, 1),
    "last year": lambda d: f"{d.year - 1:04d}",
    "this year": lambda d: f"{d.year:04d}",
    "next year": lambda d: f"{d.year + 1:04d}",
}


@BUILD
@given(
    dateline=datelines(),
    phrase=st.sampled_from(sorted(PERIODS)),
    verb=st.sampled_from(["fell", "will rise", "are rising"]),
)
def test_last_this_next_period(dateline: dt.date, phrase: str, verb: str) -> None:
    assert only_value(f"Sales {verb} {phrase}.", dateline) == PERIODS[phrase](dateline)


# --------------------------------------------------------------------------- intervals

ANY_DAY = st.dates(dt.date(100, 1, 1), dt.date(9899, 12, 31))


@given(ANY_DAY)
def test_day_lies_inside_its_week_month_quarter_year(d: dt.date) -> None:
    day = timeline.Interval.of(d.isoformat())
    assert day is not None and day.granularity is G.DAY
    assert day.end - day.start == dt.timedelta(days=1)
    iso = d.isocalendar()
    assert timeline.Interval.of(f"{iso[0]:04d}-W{iso[1]:02d}-{iso[2]}") == day  # both day shapes agree
    for value in (week_of(d), month_of(d), quarter_of(d), half_of(d), f"{d.year:04d}", f"{d.year // 10:03d}"):
        assert interval(value).contains(day), value
    assert interval(f"{d.year // 100:02d}").contains(day)
    assert interval(season_of(day.start)).contains(day)


@given(calendar_values())
def test_full_value_has_nonempty_interval(value: str) -> None:
    parsed = _values.parse_calendar(value)
    found = _values.interval_of(value)
    assert parsed is not None and found is not None, value
    assert found[0] is parsed.granularity
    assert found[1] < found[2]


# Coarse to fine; QUARTER and SEASON are both three months and not nested, so they share a rank.
RANK = {g: i for i, g in enumerate(G)} | {G.SEASON: list(G).index(G.QUARTER)}
NESTED = (G.CENTURY, G.DECADE, G.YEAR, G.HALF, G.QUARTER, G.MONTH, G.DAY, G.HOUR, G.MINUTE, G.SECOND)


def values_around(moment: dt.datetime, part: str) -> dict[Granularity, str]:
    """A value of every granularity that contains ``moment`` (the part of day need not)."""
    d = moment.date()
    day = d.isoformat()
    return {
        G.CENTURY: f"{d.year // 100:02d}",
        G.DECADE: f"{d.year // 10:03d}",
        G.YEAR: f"{d.year:04d}",
        G.HALF: half_of(d),
        G.QUARTER: quarter_of(d),
        G.SEASON: season_of(moment),
        G.MONTH: month_of(d),
        G.WEEK: week_of(d),
        G.WEEKEND: f"{week_of(d)}-WE",
        G.DAY: day,
        G.PART_OF_DAY: f"{day}T{part}",
        G.HOUR: f"{day}T{moment:%H}",
        G.MINUTE: f"{day}T{moment:%H:%M}",
        G.SECOND: f"{day}T{moment:%H:%M:%S}",
    }


@given(
    st.datetimes(dt.datetime(100, 3, 1), dt.datetime(9899, 12, 31, 23, 59, 59)),
    st.sampled_from(sorted(_values.PART_OF_DAY_HOURS)),
)
def test_granularity_order(moment: dt.datetime, part: str) -> None:
    values = values_around(moment, part)
    assert set(values) == set(G)
    for coarse, fine in itertools.pairwise(NESTED):
        assert interval(values[coarse]).contains(interval(values[fine])), (values[coarse], values[fine])
    for a in G:
        for b in G:
            if RANK[a] < RANK[b]:
                ia, ib = interval(values[a]), interval(values[b])
                assert ia.end - ia.start >= ib.end - ib.start, (values[a], values[b])


# --------------------------------------------------------------------------- value grammar


@given(calendar_values(partial=True))
def test_calendar_value_round_trips(value: str) -> None:
    parsed = _values.parse_calendar(value)
    assert parsed is not None, value
    assert _values.format_calendar(parsed) == value
    assert _values.is_valid_value(value)
    assert parsed.is_partial == ("X" in value)
    assert (_values.interval_of(value) is None) == parsed.is_partial


@given(duration_values())
def test_duration_value_is_valid(value: str) -> None:
    assert _values.is_duration(value) and _values.is_valid_value(value)
    assert _values.parse_calendar(value) is None
    assert _values.interval_of(value) is None


@given(timex_values())
def test_timex_value_is_accepted_by_the_model(value: str) -> None:
    assert _values.check_value(value) == value
    x = timeline.TimeExpression(start=0, end=1, text="x", type="DATE", value=value)
    assert (x.interval is None) == (_values.interval_of(value) is None)


# --------------------------------------------------------------------------- robustness

# fmt: off
WORDS = (
    "days ago", "weeks ago", "hours ago", "years ago", "centuries ago", "from now", "later", "earlier", "last",
    "next", "this", "week", "Monday", "Jan.", "Christmas", "Easter", "the", "a", "in", "of", "said", "will",
    "noon", "century", "quarter", "half", "½", "-", ",", ".", "\n\n", "\x00", "\u2028", "\u200b", "'", '"',
    "\u201c", "$", "%", "year-old", "é", "日本", "\U0001f600",
)
# fmt: on
NUMBERS = ("19", "2023", "2023-01-31", "T09:00", "3 p.m.", "1990s", "1/2", "31/12/2023", "0", "00:00")
DATELINES = st.none() | datelines() | datelines().map(dt.date.isoformat)
NO_DIGITS = st.text(st.characters(exclude_categories=["Nd", "Cs"]))


@settings(max_examples=300, deadline=None)
@given(
    text=st.text()
    | st.lists(
        st.sampled_from(WORDS + NUMBERS) | st.text(max_size=4) | st.integers(0, 10**30).map(str), max_size=12
    ).map(" ".join),
    dateline=DATELINES,
)
@example(text="It ended 100000000000 days ago.", dateline="2023-01-31")  # OverflowError
@example(text="It ended 2024 years ago.", dateline="2023-01-31")  # ValueError from _resolve._add_months
def test_any_text_gives_a_timeline_or_a_timeline_error(text: str, dateline: dt.date | str | None) -> None:
    try:
        tl = build_timeline(text, dateline)
    except TimelineError:
        return
    assert isinstance(tl, Timeline)
    for x in tl.expressions:
        assert text[x.start : x.end] == x.text


@settings(max_examples=300, deadline=None)
@given(text=NO_DIGITS | st.lists(st.sampled_from(WORDS) | NO_DIGITS, max_size=12).map(" ".join), dateline=DATELINES)
def test_text_without_digits_always_gives_a_timeline(text: str, dateline: dt.date | str | None) -> None:
    tl = build_timeline(text, dateline)  # a str and a good dateline: no error at all, not even a TimelineError
    assert tl.text == text
    for x in tl.expressions:
        assert text[x.start : x.end] == x.text
    for e in tl.events:
        assert text[e.start : e.end] == e.text


@BUILD
@given(text=news_texts(), dateline=st.dates())
@example(text="It happened yesterday.", dateline=dt.date(1, 1, 1))  # OverflowError
@example(text="He left on Christmas.", dateline=dt.date(1, 6, 1))  # ValueError: year 0 is out of range
def test_any_date_as_dateline_gives_a_timeline_or_a_timeline_error(text: str, dateline: dt.date) -> None:
    with contextlib.suppress(TimelineError):
        build_timeline(text, dateline)


@given(st.one_of(st.binary(), st.none(), st.integers(), st.floats(), st.lists(st.text()), st.just(b"Jan. 19")))
def test_non_str_text_raises_invalid_text_error(text: object) -> None:
    with pytest.raises(InvalidTextError):
        build_timeline(text, "2023-01-31")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "dateline",
    [
        "2023-13-01",
        "2023-02-30",
        "yesterday",
        "",
        "31/01/2023",
        "2023-1-31",
        20230131,
        2023.0,
        True,
        b"2023-01-31",
        [2023, 1, 31],
        (2023, 1, 31),
    ],
)
def test_bad_dateline_raises_invalid_dateline_error(dateline: object) -> None:
    with pytest.raises(InvalidDatelineError):
        build_timeline("He left on Monday.", dateline)  # type: ignore[arg-type]


@given(st.text().filter(lambda s: re.match(r"\s*\d{4}-\d{2}-\d{2}", s) is None) | st.integers())
def test_random_dateline_raises_invalid_dateline_error(dateline: str | int) -> None:
    with pytest.raises(InvalidDatelineError):
        build_timeline("He left on Monday.", dateline)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- anchoring

# The anchoring reads the signal before an expression backwards (_anchor._signal_ending, a reversed
# pattern matched at one position); it must find what the forward pattern, searched, finds.
_SIGNAL_FORWARD = re.compile(r"\b(?P<signal>" + "|".join(_anchor._SIGNALS) + r")\s+(?:the\s+)?$", re.IGNORECASE)
_WINDOW_PIECES = (*_anchor._SIGNALS, "the", "The", "THE", "BY", " ", "  ", "\n", "\u00a0", "x", "un", "(", "_", "9", "\u017f")


@settings(max_examples=300, deadline=None)
@given(window=st.lists(st.sampled_from(_WINDOW_PIECES) | st.text(max_size=2), max_size=8).map("".join))
@example(window="nearby ")  # "by" inside a word: no signal
@example(window="until the\n")
@example(window="\u017fince ")  # the long s matches "s" when ignoring case
def test_signal_read_backwards_is_the_signal_searched_forwards(window: str) -> None:
    found = _SIGNAL_FORWARD.search(window)
    assert _anchor._signal_ending(window) == ("" if found is None else found.group("signal").lower())


# --------------------------------------------------------------------------- whole timelines


@BUILD
@given(timelines())
def test_timeline_invariants(tl: Timeline) -> None:
    dated = tl.dated_events
    assert tl.events[: len(dated)] == dated  # dated first
    keys = [(e.interval.start, e.interval.end) for e in dated if e.interval is not None]
    assert keys == sorted(keys)
    assert json.loads(tl.to_json()) == tl.to_dict()
    assert json.loads(tl.to_json(indent=None)) == tl.to_dict()
    for e in tl.events:
        assert e.time is None or e.time in tl.expressions
    assert tl.dateline is not None
    day0 = dt.datetime(tl.dateline.year, tl.dateline.month, tl.dateline.day)
    for e in dated:
        assert e.interval is not None
        if e.interval.end <= day0:
            assert e.relation is Relation.BEFORE, (e.text, e.time)
        elif e.interval.start >= day0 + dt.timedelta(days=1):
            assert e.relation is Relation.AFTER, (e.text, e.time)
        else:  # the interval holds the dateline: a past tense or present perfect is before the writing
            done = e.tense == "PAST" or (e.tense == "PRESENT" and e.aspect == "PERFECTIVE")
            assert e.relation is (Relation.BEFORE if done else Relation.OVERLAP), (e.text, e.time, e.tense)


@BUILD
@given(timelines(annotated=True))
def test_annotated_timelines_are_valid_sorted_and_round_trip(tl: Timeline) -> None:
    dated = tl.dated_events
    assert tl.events[: len(dated)] == dated
    keys = [(e.interval.start, e.interval.end) for e in dated if e.interval is not None]
    assert keys == sorted(keys)
    for e in tl.events:
        assert e.polarity in ("POS", "NEG") and e.cls in _model.EVENT_CLASSES
        assert e.modality is None or (isinstance(e.modality, str) and e.modality.strip() == e.modality != "")
    assert Timeline.from_dict(tl.to_dict()) == tl and Timeline.from_json(tl.to_json()) == tl
    assert tl.asserted_events == tuple(e for e in tl.events if e.polarity == "POS" and e.modality is None)
    assert tl.events_of(*_model.EVENT_CLASSES) == tl.events
    assert sorted(e.eid for c in _model.EVENT_CLASSES for e in tl.events_of(c)) == sorted(e.eid for e in tl.events)


@given(event_annotations())
def test_event_annotations_are_event_fields(annotations: dict[str, str | None]) -> None:
    e = Event(eid="e1", start=0, end=8, text="He left.", trigger="left", trigger_start=3, **annotations)  # type: ignore[arg-type]
    d = e.to_dict()
    assert (d["polarity"], d["modality"], d["class"]) == (annotations["polarity"], annotations["modality"],
                                                          annotations["cls"])
    assert e.asserted is (annotations["polarity"] == "POS" and annotations["modality"] is None)


def test_event_annotations_reach_every_class_negated_and_hedged() -> None:
    for cls in sorted(_model.EVENT_CLASSES):
        found = find(event_annotations(), lambda a, cls=cls: a["cls"] == cls and a["polarity"] == "NEG" and a["modality"])
        assert found["cls"] == cls
    assert find(event_annotations(), lambda a: True) == {"polarity": "POS", "modality": None, "cls": "OCCURRENCE"}


@BUILD
@given(text=news_texts(), dateline=st.none() | datelines())
def test_same_input_same_timeline(text: str, dateline: dt.date | None) -> None:
    first, second = build_timeline(text, dateline), build_timeline(text, dateline)
    assert first == second
    assert first.to_json() == second.to_json()


def test_no_clock_in_the_library() -> None:
    package = Path(timeline.__file__).parent
    clock = re.compile(r"today\(|now\(|time\.time\(|localtime")
    exempt = {"strategies.py"}  # the measuring tools (timeline/evaluation/, which times the benchmark) are not globbed
    hits = [
        f"{p.name}:{i}: {line.strip()}"
        for p in sorted(package.glob("*.py"))
        if p.name not in exempt
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
        if clock.search(line)
    ]
    assert hits == []


# --------------------------------------------------------------------------- holidays


@given(st.integers(1583, 9999))
def test_easter_is_a_sunday_between_march_22_and_april_25(year: int) -> None:
    d = _resolve.easter(year)
    assert d.isoweekday() == 7
    assert dt.date(year, 3, 22) <= d <= dt.date(year, 4, 25)


@given(st.integers(1583, 9999))
def test_easter_agrees_with_dateutil(year: int) -> None:
    easter = pytest.importorskip("dateutil.easter")
    assert _resolve.easter(year) == easter.easter(year, easter.EASTER_WESTERN)


@given(st.integers(1, 9999))
def test_thanksgiving_is_a_thursday_between_november_22_and_28(year: int) -> None:
    d = _resolve.holiday_date("thanksgiving", year)
    assert d is not None and d.isoweekday() == 4
    assert dt.date(year, 11, 22) <= d <= dt.date(year, 11, 28)


@given(st.integers(1583, 4099))  # dateutil's Orthodox Easter holds to 4099
def test_orthodox_easter_agrees_with_dateutil(year: int) -> None:
    easter = pytest.importorskip("dateutil.easter")
    assert _holidays.orthodox_easter(year) == easter.easter(year, easter.EASTER_ORTHODOX)


@given(st.integers(1900, 2200))
def test_hebrew_holidays_keep_their_weekday_rules(year: int) -> None:
    # Rosh Hashanah never falls on a Sunday, Wednesday or Friday (lo ADU rosh); Yom Kippur is
    # nine days later, Passover's first day never on a Monday, Wednesday or Friday.
    rosh = _resolve.holiday_date("rosh hashanah", year)
    assert rosh is not None and rosh.isoweekday() not in (7, 3, 5)
    assert _resolve.holiday_date("yom kippur", year) == rosh + dt.timedelta(days=9)
    passover = _resolve.holiday_date("passover", year)
    assert passover is not None and passover.isoweekday() not in (1, 3, 5)
    assert dt.date(year, 3, 26) <= passover <= dt.date(year, 4, 25)


NTH = sorted(name for name, spec in V.HOLIDAYS.items() if spec.kind == "nth" and not spec.day and not spec.clashes)


@given(name=st.sampled_from(NTH), year=st.integers(1, 9999))
def test_nth_weekday_holidays(name: str, year: int) -> None:
    rule = V.HOLIDAYS[name]
    month, weekday, n = rule.month, rule.weekday, rule.nth
    d = _resolve.holiday_date(name, year)
    assert d is not None and (d.month, d.isoweekday()) == (month, weekday)
    if n == -1:
        assert (d + dt.timedelta(days=7)).month != month
    else:
        assert (d.day - 1) // 7 + 1 == n


@given(st.integers(1583, 9999))
def test_earth_hour_is_the_last_saturday_of_march_unless_that_is_holy_saturday(year: int) -> None:
    d = _resolve.holiday_date("earth hour", year)
    last = dt.date(year, 3, 31) - dt.timedelta(days=(dt.date(year, 3, 31).isoweekday() - 6) % 7)
    holy_saturday = _resolve.easter(year) - dt.timedelta(days=1)
    assert d == (last - dt.timedelta(days=7) if last == holy_saturday else last)


@given(st.integers(1901, 2095))
def test_parsi_new_year_moves_a_day_earlier_every_four_years(year: int) -> None:
    # the Shahenshahi year has 365 days and no leap day: four of them are a day shorter than four
    # Gregorian years (with a leap day: none lies between 1901 and 2099)
    d, later = _resolve.holiday_date("parsi new year", year), _resolve.holiday_date("parsi new year", year + 4)
    assert d is not None and later is not None
    assert later == d + dt.timedelta(days=4 * 365) == dt.date(year + 4, d.month, d.day) - dt.timedelta(days=1)


@given(st.integers(1, 9999))
def test_election_day_is_the_tuesday_after_the_first_monday_of_november(year: int) -> None:
    d = _resolve.holiday_date("election day", year)
    assert d is not None and d.isoweekday() == 2 and dt.date(year, 11, 2) <= d <= dt.date(year, 11, 8)
