"""Hypothesis strategies for property tests of ``timeline`` (ours and yours).

Needs the optional dependency: ``pip install 'news-timeline[strategies]'`` (from a checkout: ``pip install -e '.[strategies]'``).

```python
>>> from hypothesis import given
>>> from timeline.strategies import datelines, offsets
>>> @given(datelines(), offsets())
... def test_days_ago(dateline, n): ...

```

Value strategies ([`calendar_values`][timeline.strategies.calendar_values], [`duration_values`][timeline.strategies.duration_values],
[`timex_values`][timeline.strategies.timex_values]) build their strings with their own small formatter, not
with ``timeline._values``, so a round-trip test against the library is a real
check.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
from hypothesis import strategies as st

from . import _vocab as V
from ._api import build_timeline
from ._model import EVENT_CLASSES, POLARITIES, Event, Timeline
from ._values import PART_OF_DAY_HOURS, REFERENCE_VALUES, SEASON_MONTHS, Granularity

__all__ = [
    "any_datelines",
    "awkward_texts",
    "calendar_values",
    "datelines",
    "duration_values",
    "event_annotations",
    "mutated",
    "news_texts",
    "offsets",
    "timeline_warnings",
    "timelines",
    "timex_values",
    "units",
    "vocabulary_texts",
    "weekdays",
]

G = Granularity

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# --------------------------------------------------------------------------- simple inputs


def datelines(min_year: int = 1900, max_year: int = 2100) -> st.SearchStrategy[dt.date]:
    """Article dates from Jan. 1 of ``min_year`` to Dec. 31 of ``max_year``."""
    return st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))


def offsets(max_value: int = 400) -> st.SearchStrategy[int]:
    """Counts for "N days ago" and friends: 1 to ``max_value``."""
    return st.integers(1, max_value)


def weekdays() -> st.SearchStrategy[tuple[str, int]]:
    """A weekday name and its ISO number: ``("Monday", 1)`` ... ``("Sunday", 7)``."""
    return st.sampled_from([(name, n) for n, name in enumerate(WEEKDAY_NAMES, start=1)])


def units() -> st.SearchStrategy[tuple[str, Granularity]]:
    """A calendar unit word (singular) and the granularity of "N <unit>s ago": ``("week", WEEK)``."""
    return st.sampled_from(
        [("day", G.DAY), ("week", G.WEEK), ("month", G.MONTH), ("quarter", G.QUARTER), ("year", G.YEAR)]
    )


# --------------------------------------------------------------------------- TIMEX3 values

# Every granularity's interval fits in ``datetime`` for these dates (the century of
# year 9899 still ends before year 10000; year 100's ISO week starts after year 1).
# Mostly modern dates, sometimes any year (with leading zeros: ``0812``).
_VALUE_DATES = datelines() | st.dates(dt.date(100, 1, 1), dt.date(9899, 12, 31))
_WEEK_SHAPED = frozenset({G.WEEK, G.WEEKEND})
_DAY_SHAPED = frozenset({G.DAY, G.PART_OF_DAY, G.HOUR, G.MINUTE, G.SECOND})
_TEMPLATES: dict[Granularity, str] = {
    G.CENTURY: "{century}",
    G.DECADE: "{decade}",
    G.YEAR: "{year}",
    G.HALF: "{year}-H{half}",
    G.QUARTER: "{year}-Q{quarter}",
    G.SEASON: "{year}-{season}",
    G.MONTH: "{year}-{month}",
    G.WEEK: "{year}-W{week}",
    G.WEEKEND: "{year}-W{week}-WE",
    G.DAY: "{day}",
    G.PART_OF_DAY: "{day}T{part}",
    G.HOUR: "{day}T{hour}{zone}",
    G.MINUTE: "{day}T{hour}:{minute}{zone}",
    G.SECOND: "{day}T{hour}:{minute}:{second}{zone}",
}
# Fields that TIMEX3 lets be unknown, i.e. written as X.
_X_FIELDS = ("century", "decade", "year", "half", "quarter", "month", "week", "day")


@st.composite
def _calendar_fields(draw: st.DrawFn) -> tuple[Granularity, dict[str, str]]:
    """A granularity and the fields of a real, fully specified value of it."""
    granularity = draw(st.sampled_from(list(G)))
    d = draw(_VALUE_DATES)
    iso_year, iso_week, iso_day = d.isocalendar()
    by_week = granularity in _WEEK_SHAPED or (granularity in _DAY_SHAPED and draw(st.booleans()))
    fields = {
        "century": f"{d.year // 100:02d}",
        "decade": f"{d.year // 10:03d}",
        "year": f"{iso_year if by_week else d.year:04d}",
        "half": str((d.month - 1) // 6 + 1),
        "quarter": str((d.month - 1) // 3 + 1),
        "season": draw(st.sampled_from(sorted(SEASON_MONTHS))),
        "part": draw(st.sampled_from(sorted(PART_OF_DAY_HOURS))),
    }
    if by_week:
        fields.update(week=f"{iso_week:02d}", weekday=str(iso_day))
    else:
        fields.update(month=f"{d.month:02d}", day=f"{d.day:02d}")
    hour = draw(st.integers(0, 24))  # T24 is the midnight that ends the day
    fields["hour"] = f"{hour:02d}"
    fields["minute"] = "00" if hour == 24 else f"{draw(st.integers(0, 59)):02d}"
    fields["second"] = "00" if hour == 24 else f"{draw(st.integers(0, 59)):02d}"
    # the zone a clock time was stated in: none, UTC ("Z") or an offset ("+05:30", "-08:00")
    fields["zone"] = draw(st.sampled_from(["", "", "Z", "+01:00", "+05:30", "-08:00", "+14:00", "-12:00"]))
    return granularity, fields


def _template(granularity: Granularity, fields: dict[str, str]) -> str:
    day = "{year}-W{week}-{weekday}" if "weekday" in fields else "{year}-{month}-{day}"
    return _TEMPLATES[granularity].replace("{day}", day)


def _format(granularity: Granularity, fields: dict[str, str]) -> str:
    return _template(granularity, fields).format_map(fields)


@st.composite
def _x_filled(draw: st.DrawFn) -> str:
    """A calendar value with at least one of the fields it uses written as X."""
    granularity, fields = draw(_calendar_fields())
    used = [name for name in re.findall(r"\{(\w+)\}", _template(granularity, fields)) if name in _X_FIELDS]
    for name in draw(st.lists(st.sampled_from(used), min_size=1, unique=True)):
        if name == "decade":  # "19X" (some decade of the 1900s) or "XXX"
            fields[name] = draw(st.sampled_from([fields[name][:2] + "X", "XXX"]))
        else:
            fields[name] = "X" * len(fields[name])
    return _format(granularity, fields)


def calendar_values(partial: bool = False) -> st.SearchStrategy[str]:
    """TIMEX3 calendar (DATE/TIME) value strings of every [`Granularity`][timeline.Granularity].

    Century ``20``, decade ``199``, year ``2023``, ``2023-H1``, ``2023-Q3``,
    ``2022-SU``, ``2023-01``, ``2023-W05``, ``2023-W04-WE``, ``2023-01-31`` or
    ``2023-W05-2``, ``2023-01-31TMO``, ``...T15``, ``...T15:30``, ``...T15:30:05``,
    ``...T09:15Z``, ``...T14:30+01:00``.
    Fully specified values are real dates, so each denotes an interval.  With
    ``partial=True`` also values with unknown fields: ``XXXX-WXX-5``, ``XXXX-12``,
    ``19X``, ``2023-XX-15``.
    """
    full = _calendar_fields().map(lambda gf: _format(*gf))
    return st.one_of(full, _x_filled()) if partial else full


_AMOUNTS = st.one_of(
    st.integers(0, 10_000).map(str),
    st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda ab: f"{ab[0]}.{ab[1]}"),
    st.just("X"),
)


@st.composite
def _duration(draw: st.DrawFn) -> str:
    date_units = draw(st.lists(st.sampled_from("YMWD"), unique=True))
    time_units = draw(st.lists(st.sampled_from("HMS"), unique=True, min_size=0 if date_units else 1))
    date_units.sort(key="YMWD".index)
    time_units.sort(key="HMS".index)
    date_part = "".join(draw(_AMOUNTS) + u for u in date_units)
    time_part = "".join(draw(_AMOUNTS) + u for u in time_units)
    return "P" + date_part + ("T" + time_part if time_part else "")


def duration_values() -> st.SearchStrategy[str]:
    """TIMEX3 duration values: ``P3W``, ``PT5H30M``, ``PXY``, ``P1.5Y``, ``P1Y2M3DT4H``."""
    return _duration()


def timex_values() -> st.SearchStrategy[str]:
    """Any TIMEX3 value this library represents: calendar (full or partial), duration or reference."""
    return st.one_of(calendar_values(partial=True), duration_values(), st.sampled_from(sorted(REFERENCE_VALUES)))


# --------------------------------------------------------------------------- news texts

# fmt: off
_NUMBER_WORDS = ("a", "one", "two", "three", "four", "five", "six", "ten", "twelve", "twenty")
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_SUBJECTS = (
    "The minister", "Police", "The company", "Officials", "Ms. Rivera", "The union", "A spokesman",
    "The 42-year-old driver", "Two men aged 70",
)
_PAST = ("resigned", "said the plant closed", "announced the deal", "was arrested", "met the mayor", "left")
_FUTURE = ("will resign", "is expected to announce the deal", "plans to visit Ohio", "will meet the mayor")
_PRESENT = ("is in talks", "says prices are rising", "has no comment")
# Never temporal (docs/resolution.md, "Never temporal").
_TRAPS = (
    "a 42-year-old man", "six times", "12 more times", "2,021 workers", "$2021", "1,986 points", "won 2-1",
    "aged 70", 'the film "9 ½ Weeks"', "2 cents", "section 1998", "Route 66", "and may march", "3 percent",
    "call 555-1234",
)
_FILLER = (
    "on the issue", "in Ohio", "after the vote", "according to a statement", "with reporters",
    "despite protests", "near the border", "for the first time",
)
_FIXED_PHRASES = (
    "yesterday", "today", "tomorrow", "last night", "this morning", "tonight", "last week", "this week",
    "next week", "last month", "next month", "this year", "last year", "next year", "last quarter",
    "the next day", "the following week", "that day", "a year earlier", "recently", "soon", "now",
    "on Christmas", "on Thanksgiving", "on Easter", "during Ramadan 2021", "for Hanukkah 2020", "last summer", "in the coming days", "daily",
    "every Monday", "the past several months", "the 1990s", "mid-2021", "the third quarter",
    "earlier this month", "the weekend", "at noon", "3 p.m. Friday", "Friday morning",
)
# fmt: on


@st.composite
def _temporal_phrase(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 7))
    if kind == 0:
        return draw(st.sampled_from(_FIXED_PHRASES))
    if kind == 1:
        n = draw(st.one_of(offsets(40).map(str), st.sampled_from(_NUMBER_WORDS)))
        unit = draw(units())[0]
        direction = draw(st.sampled_from(["ago", "later", "earlier", "from now"]))
        return f"{n} {unit}s {direction}"
    if kind == 2:
        rel = draw(st.sampled_from(["on ", "last ", "next ", "this ", ""]))
        return rel + draw(weekdays())[0]
    if kind == 3:
        year = draw(st.one_of(st.just(""), st.integers(1950, 2030).map(lambda y: f", {y}")))
        return f"{draw(st.sampled_from(_MONTHS))} {draw(st.integers(1, 28))}{year}"
    if kind == 4:
        return f"in {draw(st.integers(1900, 2100))}"
    if kind == 5:
        quant = draw(st.sampled_from(["", "more than ", "about ", "at least ", "nearly "]))
        return f"for {quant}{draw(st.sampled_from(_NUMBER_WORDS[1:]))} {draw(units())[0]}s"
    if kind == 6:
        return f"in {draw(st.sampled_from(['January', 'March', 'October', 'December']))}"
    return f"{draw(st.sampled_from(['early ', 'late ', 'mid-']))}{draw(st.integers(1990, 2030))}"


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    subject = draw(st.sampled_from(_SUBJECTS))
    verb = draw(st.sampled_from(_PAST + _FUTURE + _PRESENT))
    time = draw(_temporal_phrase())
    words = draw(st.lists(st.sampled_from(_FILLER) | st.from_regex(r"[a-z]{2,9}", fullmatch=True), max_size=3))
    filler = (" " + " ".join(words)) if words else ""
    trap = draw(st.one_of(st.just(""), st.sampled_from(_TRAPS).map(lambda t: f", {t}")))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return f"{subject} {verb} {time}{filler}{trap}."
    if shape == 1:
        if subject.split()[0] in ("The", "A", "Two"):
            subject = subject[0].lower() + subject[1:]
        return f"{time[0].upper()}{time[1:]}, {subject} {verb}{filler}{trap}."
    return f"{subject} {verb}{filler}{trap}, {time}."


def news_texts(max_sentences: int = 4) -> st.SearchStrategy[str]:
    """Short news-like texts: 1 to ``max_sentences`` sentences from templates.

    Each sentence has a subject, a past, present or future verb, a random
    temporal phrase ("3 weeks ago", "last Friday", "Oct. 21, 2021", "for about
    two years", "in 1998", "mid-2021", ...), random filler words and sometimes
    a trap that is never temporal (ages, counts, quantities, money, scores,
    quoted titles).
    """
    return st.lists(_sentence(), min_size=1, max_size=max_sentences).map(" ".join)


# Modal and hedge words an event's ``modality`` may hold.
_MODALITIES = ("would", "could", "can", "may", "might", "should", "must", "ought", "likely", "expected")


def event_annotations() -> st.SearchStrategy[dict[str, Any]]:
    """An event's polarity, modality and TimeML class as [`Event`][timeline.Event] keyword arguments:
    ``{"polarity": "NEG", "modality": "may", "cls": "REPORTING"}``.  About one in four is asserted
    (POS, no modality), the others negated, hedged or both; every class comes up.  Shrinks to
    ``{"polarity": "POS", "modality": None, "cls": "OCCURRENCE"}``, the model's defaults."""
    return st.fixed_dictionaries({
        "polarity": st.sampled_from(sorted(POLARITIES, reverse=True)),  # POS first: shrinks to asserted
        "modality": st.none() | st.sampled_from(_MODALITIES),
        "cls": st.sampled_from(["OCCURRENCE", *sorted(EVENT_CLASSES - {"OCCURRENCE"})]),
    })


# Messages of the kinds build_timeline writes to Timeline.warnings.
_WARNINGS = (
    "no dateline given or found in the head: relative dates keep X ('Monday' is XXXX-WXX-1)",
    "ambiguous dateline '06/11/2024' read as 2024-06-11 (month first), perhaps 2024-11-06 (day first): "
    "pass the dateline to be sure",
    "the text does not look like English (4% English function words): the library reads English only",
    "text cut at 4,998 of 6,000 characters (max_chars=5,000): the rest is not read",
)


def timeline_warnings() -> st.SearchStrategy[tuple[str, ...]]:
    """A ``Timeline.warnings`` tuple: none to three messages, of the kinds the
    library writes or any text (quotes, line breaks, semicolons, non-ASCII).  Shrinks to ``()``."""
    message = st.sampled_from(_WARNINGS) | st.text(max_size=60)
    return st.lists(message, max_size=3).map(tuple)


@st.composite
def _annotated(draw: st.DrawFn, tl: Timeline) -> Timeline:
    events: list[Event] = [attrs.evolve(e, **draw(event_annotations())) for e in tl.events]
    return attrs.evolve(tl, events=events, warnings=draw(timeline_warnings()))  # validated again


def timelines(annotated: bool = False) -> st.SearchStrategy[Timeline]:
    """Real timelines: [`timeline.build_timeline`][timeline.build_timeline] on [`news_texts`][timeline.strategies.news_texts] with [`datelines`][timeline.strategies.datelines].

    With ``annotated=True`` each event's polarity, modality and class are then drawn from
    [`event_annotations`][timeline.strategies.event_annotations], and the timeline's warnings from ``timeline_warnings`` (the
    timeline is validated again): negated, hypothetical and reporting events of every kind,
    whatever the pipeline finds in the generated texts.
    """
    built = st.builds(build_timeline, news_texts(), datelines())
    return built.flatmap(_annotated) if annotated else built


# --------------------------------------------------------------------------- fuzzing

# Characters that trip text handling: NUL and other controls, every line break (CRLF, NEL,
# U+2028), zero-width and bidirectional marks, a BOM, combining marks, emoji (astral, joined,
# flags), odd spaces, and a lone surrogate as ``surrogateescape`` decoding leaves it.
# fmt: off
AWKWARD = (
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\t", "\v", "\f", "\r", "\n", "\r\n", "\n\r", "\x85", "\u2028",
    "\u2029", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u061c", "\u202a", "\u202b",
    "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u0301", "e\u0301", "\u0308\u0308",
    "\U0001f600", "\U0001f1fa\U0001f1f8", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u00a0", "\u2009",
    "\u3000", "\udc80", "\u05d0\u05d1", "\u0627\u0644", "\uff11\uff19", "\u0663", "\u00bd", "\u2013", "\u2014",
    "\u201c", "\u201d", "\u2019", "''", "``",
)
_GLUE = (
    "ago", "from now", "later", "earlier", "before", "after", "last", "next", "this", "the", "a", "of", "in", "on",
    "at", "by", "since", "until", "said", "will", "was", "has", "is", "and", "or", "to", "-", ",", ".", ";", "(", ")",
    "'", '"', "$", "%", "/", ":", "year-old", "p.m.", "a.m.", "Mr.", "No.",
)
# fmt: on
_VOCABULARY = tuple(
    sorted(
        {
            *V.MONTHS, *V.WEEKDAYS, *V.UNITS, *V.UNIT_PLURALS, *V.NUMBER_WORDS, *V.VAGUE_NUMBERS, *V.ORDINALS,
            *V.PARTS_OF_DAY, *V.SEASONS, *V.HOLIDAY_NAMES, *V.REFERENCES, *V.DAY_DEICTICS, *V.MODIFIERS,
            *V.QUANTIFIERS, *V.OUTSIDE_QUANTIFIERS, *V.SET_ADVERBS, *V.QUANTITY_NOUNS, *V.NAME_WORDS, *_GLUE,
        }
    )
)
_NUMBERS = st.one_of(
    st.integers(0, 99).map(str),
    st.integers(1000, 2100).map(str),
    st.integers(0, 10**25).map(str),
    st.integers(0, 10**9).map("{:,}".format),
    st.sampled_from(["'90s", "1990s", "2023-01-31", "1/2", "31/12/2023", "12:30", "3.5", "24:00", "0th", "31st"]),
)


def any_datelines() -> st.SearchStrategy[dt.date | str | None]:
    """Every dateline ``build_timeline`` accepts: None, any ``date`` from year 1 to 9999 (the ends
    often), and its ISO string."""
    days = st.dates() | st.sampled_from([dt.date.min, dt.date(1, 12, 31), dt.date(9999, 1, 1), dt.date.max])
    return st.none() | days | days.map(dt.date.isoformat)


def _words(word: st.SearchStrategy[str], max_words: int) -> st.SearchStrategy[str]:
    separators = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", ""])
    pair = st.tuples(word, separators).map("".join)
    return st.lists(pair, max_size=max_words).map("".join)


def _casing(word: str, how: int) -> str:
    return (word, word.capitalize(), word.upper())[how]


_UNIT_WORDS = tuple(sorted({*V.UNITS, *V.UNIT_PLURALS}))
_COUNTS = _NUMBERS | st.sampled_from(sorted({*V.NUMBER_WORDS, *V.VAGUE_NUMBERS}))


def _unit_phrase() -> st.SearchStrategy[str]:
    """Rule-shaped phrases over every unit word: "30 seconds ago", "the 0th century",
    "next millennium", "every fortnight", "more than 10,000 years from now"."""
    unit = st.sampled_from(_UNIT_WORDS)
    quant = st.sampled_from(["", "", *(q + " " for q in (*V.QUANTIFIERS, *V.OUTSIDE_QUANTIFIERS))])
    direction = st.sampled_from(["ago", "earlier", "later", "from now", "hence", "back", "previously", "before"])
    rel = st.sampled_from(["last", "this", "next", "the following", "the past", "the previous", "that", "the", "every"])
    ordinal = st.sampled_from(sorted(V.ORDINALS)) | st.integers(0, 120).map(lambda n: f"{n}th")
    return st.one_of(
        st.builds("{}{} {} {}".format, quant, _COUNTS, unit, direction),
        st.builds("{} {}".format, rel, unit),
        st.builds("the {} {}".format, ordinal, unit),
        st.builds("{}{}-{}".format, quant, _COUNTS, unit),
    )


def vocabulary_texts(max_words: int = 40) -> st.SearchStrategy[str]:
    """Word salad from the library's own tables (months, weekdays, units, numbers, ordinals,
    holidays, modifiers ...), numbers, glue words and rule-shaped unit phrases ("30 seconds
    ago", "the 0th century"), in any case and order: it reaches the rules' rare branches far
    more often than random text."""
    word = st.builds(_casing, st.sampled_from(_VOCABULARY), st.integers(0, 2)) | _NUMBERS | _unit_phrase()
    return _words(word, max_words)


def awkward_texts(max_words: int = 40) -> st.SearchStrategy[str]:
    """Vocabulary, news phrases and arbitrary Unicode mixed with `AWKWARD` characters."""
    word = st.one_of(
        st.sampled_from(AWKWARD), st.sampled_from(_VOCABULARY), _NUMBERS, st.text(max_size=6), _temporal_phrase()
    )
    return _words(word, max_words)


@st.composite
def _mutate(draw: st.DrawFn, seeds: tuple[str, ...]) -> str:
    text = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 6))):
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 12)))
        kind = draw(st.integers(0, 7))
        if kind == 0:  # insert an awkward character
            text = text[:i] + draw(st.sampled_from(AWKWARD)) + text[i:]
        elif kind == 1:  # delete a piece
            text = text[:i] + text[j:]
        elif kind == 2:  # repeat a piece
            text = text[:j] + text[i:j] * draw(st.integers(1, 4)) + text[j:]
        elif kind == 3:  # replace a piece with a vocabulary word or a number
            text = text[:i] + draw(st.sampled_from(_VOCABULARY) | _NUMBERS) + text[j:]
        elif kind == 4:  # change the case of a piece
            text = text[:i] + (text[i:j].swapcase()) + text[j:]
        elif kind == 5:  # another seed spliced in
            text = text[:i] + draw(st.sampled_from(seeds)) + text[i:]
        elif kind == 6:  # every space becomes one odd separator
            text = text.replace(" ", draw(st.sampled_from([" \u200b", "\t", "\u00a0", "\r\n", "\n", "  "])))
        else:  # random characters
            text = text[:i] + draw(st.text(max_size=4)) + text[j:]
    return text


def mutated(seeds: list[str] | tuple[str, ...]) -> st.SearchStrategy[str]:
    """``seeds`` (say, corpus sentences) with a few random edits each: awkward characters
    inserted, pieces deleted, repeated or swapped for vocabulary, case flipped, seeds spliced,
    spaces turned into tabs, CRLF or zero-width spaces."""
    return _mutate(tuple(seeds))
