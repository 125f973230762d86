"""The immutable, validated result model: Interval, TimeExpression, Event, Timeline.

Every class is a frozen attrs class.  Validators are small private classes with
public factories; each failure raises [`ValidationError`][timeline.ValidationError] naming the
field, what was expected and what was got, so an inconsistent timeline cannot
be constructed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, ClassVar, NoReturn, Protocol

import attrs

from ._dateline import header_end, parse_bound
from ._errors import ForeignEventError, TimelineError, ValidationError
from ._grammar import sentences
from ._values import NARROWING_MODS, Granularity, day_end, day_start, interval_of, is_valid_value, narrow


class TimexType(str, enum.Enum):
    """The TIMEX3 type of an expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Relation(str, enum.Enum):
    """How an event or interval stands to another time (the dateline, another event)."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    OVERLAP = "OVERLAP"
    VAGUE = "VAGUE"


class AnchorSource(str, enum.Enum):
    """How an event got its place in time: its anchor's provenance."""

    CLAUSE = "CLAUSE"  # a time expression in the event's own clause
    EVENT_NOUN = "EVENT_NOUN"  # an expression modifying an event noun ("the 2021 death")
    TENSE = "TENSE"  # no time of its own: placed by tense and aspect against the dateline
    BOUNDS = "BOUNDS"  # no time of its own: placed by its bounds ("since January", "before the 2021 death")
    NONE = "NONE"  # nothing known


# Members the hot paths read, as module constants: on Python 3.11 reading a member off its enum class
# goes through the metaclass's __getattr__ hook (about 0.15 us a read); a global costs next to nothing.
_BEFORE, _AFTER, _OVERLAP, _VAGUE = Relation.BEFORE, Relation.AFTER, Relation.OVERLAP, Relation.VAGUE
_BOUNDS = AnchorSource.BOUNDS
_CALENDAR_TYPES = frozenset({TimexType.DATE, TimexType.TIME})
# The sources an event may have with a time and without one (Event._check_anchor names a failure).
_SOURCES_WITH_TIME = frozenset({AnchorSource.CLAUSE, AnchorSource.EVENT_NOUN, AnchorSource.NONE})
_SOURCES_WITHOUT_TIME = frozenset({AnchorSource.TENSE, AnchorSource.BOUNDS, AnchorSource.NONE})


MODS = frozenset(
    {
        "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS",
        "EQUAL_OR_MORE", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
    }
)


# --------------------------------------------------------------------------- validators


def _owner(inst: object) -> str:
    return type(inst).__name__


@attrs.frozen(repr=False)
class _CheckValue:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str) or not is_valid_value(value):
            raise ValidationError(_owner(inst), attr.name, "a TIMEX3 value string", value)


@attrs.frozen(repr=False)
class _CheckIn:
    allowed: frozenset[Any]
    description: str

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if value not in self.allowed:
            raise ValidationError(_owner(inst), attr.name, self.description, value)


@attrs.frozen(repr=False)
class _CheckNonNegative:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError(_owner(inst), attr.name, "a non-negative int offset", value)


def valid_value() -> _CheckValue:
    """Validator: the field is a TIMEX3 value string this library can represent."""
    return _CheckValue()


def one_of(allowed: frozenset[Any], description: str) -> _CheckIn:
    """Validator: the field is one of ``allowed``."""
    return _CheckIn(allowed, description)


def offset() -> _CheckNonNegative:
    """Validator: the field is a character offset (non-negative int)."""
    return _CheckNonNegative()


def _check(owner: object, field: str, ok: bool, expected: str, got: object) -> None:
    if not ok:
        raise ValidationError(_owner(owner), field, expected, got)


def _fail(owner: object, field: str, expected: str, got: object) -> NoReturn:
    """Raise the [`ValidationError`][timeline.ValidationError] of a failed check (checks whose message needs formatting
    call it only on failure, so a valid object costs no formatting)."""
    raise ValidationError(_owner(owner), field, expected, got)


# The hot classes (TimeExpression, Event) check their fields together in __attrs_post_init__: one
# test of the common exact types for the whole object, and only when it fails each field's own
# validator (a table per class), in field order, so the checks and their errors are the ones it gives.

_FieldValidator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _check_fields(inst: Any, cls: type, checks: Mapping[str, _FieldValidator]) -> None:
    """Run each field's validator of ``cls`` in field order: the first invalid field raises its error."""
    for attribute in attrs.fields(cls):
        check = checks.get(attribute.name)
        if check is not None:
            check(inst, attribute, getattr(inst, attribute.name))


# Enum converters: a member passes as it is (the common case, and cheaper than the enum call).


def _granularity(value: Granularity | str) -> Granularity:
    return value if type(value) is Granularity else Granularity(value)


def _timex_type(value: TimexType | str) -> TimexType:
    return value if type(value) is TimexType else TimexType(value)


def _relation(value: Relation | str) -> Relation:
    return value if type(value) is Relation else Relation(value)


def _anchor_source(value: AnchorSource | str) -> AnchorSource:
    return value if type(value) is AnchorSource else AnchorSource(value)


# Values repeat across expressions: each one's Interval (immutable) is built and validated once.
@functools.lru_cache(maxsize=1 << 14)
def _interval_str(value: str) -> Interval | None:
    found = interval_of(value)
    return None if found is None else Interval(found[1], found[2], found[0])


# --------------------------------------------------------------------------- classes


@attrs.frozen
class Interval:
    """The time a calendar value denotes: ``[start, end)`` at a granularity."""

    start: dt.datetime = attrs.field(validator=attrs.validators.instance_of(dt.datetime))
    end: dt.datetime = attrs.field(validator=attrs.validators.instance_of(dt.datetime))
    granularity: Granularity = attrs.field(converter=_granularity)

    def __attrs_post_init__(self) -> None:
        if not self.end > self.start:
            _fail(self, "end", f"a datetime after start {self.start}", self.end)

    @classmethod
    def of(cls, value: str) -> Interval | None:
        """The interval of a fully specified calendar value, else None."""
        if cls is Interval and type(value) is str:
            return _interval_str(value)  # immutable: one instance per value
        found = interval_of(value)
        return None if found is None else cls(found[1], found[2], found[0])

    def contains(self, other: Interval) -> bool:
        """True when ``other`` lies inside this interval."""
        return self.start <= other.start and other.end <= self.end

    def relation_to(self, other: Interval) -> Relation:
        """BEFORE / AFTER when disjoint, OVERLAP otherwise."""
        if self.end <= other.start:
            return _BEFORE
        if other.end <= self.start:
            return _AFTER
        return _OVERLAP

    def to_dict(self) -> dict[str, str]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "granularity": self.granularity.value,
        }


def _check_span(inst: TimeExpression | Event) -> None:
    """``end`` after ``start`` and ``text`` as long as the span."""
    if not inst.end > inst.start:
        _fail(inst, "end", f"an offset after start {inst.start}", inst.end)
    if len(inst.text) != inst.end - inst.start:
        _fail(inst, "text", f"{inst.end - inst.start} characters (end - start)", inst.text)


def span_fits(coarse: Interval, span: Interval) -> bool:
    """Whether ``span`` can be the exact time of a value whose period is ``coarse``: inside it, and not
    all of it (read by the check below and by the resolver, which gives no span that would fail it)."""
    return coarse.contains(span) and (span.start, span.end) != (coarse.start, coarse.end)


def _check_exact_span(inst: TimeExpression, span: object) -> None:
    """A ``span`` inside the value's own period and not all of it, with no ``mod``."""
    if type(span) is not Interval:
        _fail(inst, "span", "an Interval or None", span)
    coarse = inst.coarse_interval
    if coarse is None:
        _fail(inst, "span", f"None: the {inst.type.value} value {inst.value!r} has no interval", span)
    if not span_fits(coarse, span):
        _fail(inst, "span", f"an interval inside the value's {coarse.start.isoformat()} to {coarse.end.isoformat()}, "
              "not all of it", span)
    if inst.mod is not None:
        _fail(inst, "span", f"None with a mod ({inst.mod})", span)


def _interval_from_value(inst: TimeExpression) -> Interval | None:
    if inst.type not in _CALENDAR_TYPES:
        return None
    coarse = Interval.of(inst.value)
    if coarse is None or inst.mod not in NARROWING_MODS or _COMPARATIVE.search(inst.text) is not None:
        return coarse
    return _narrowed(coarse, inst.mod)


# "earlier this year", "later this month" (mod START / END, as TimeBank annotates them) name the part of
# the period before or after the dateline, not a fixed part of it: they keep the whole period.
_COMPARATIVE = re.compile(r"(?i)\b(?:earlier|later)\b")


@functools.lru_cache(maxsize=1 << 12)
def _narrowed(coarse: Interval, mod: str) -> Interval:
    start, end = narrow(coarse.granularity, coarse.start, coarse.end, mod)
    return coarse if (start, end) == (coarse.start, coarse.end) else Interval(start, end, coarse.granularity)


@attrs.frozen
class TimeExpression:
    """A temporal expression found in the text and its normalized TIMEX3 value.

    ``text[start:end] == expression.text`` holds for the article ``text``.
    ``interval`` is derived from ``value`` for DATE and TIME values that are
    fully specified, and is None otherwise; a ``mod`` START, MID or END
    ("early December", "mid-2024", "late Tuesday") narrows it to the part it
    names (the first, middle or last third of a month, half of a year ...: see
    docs/resolution.md), and ``coarse_interval`` keeps the whole period of the value.
    ``span``, when given, is the exact time the text names where the value cannot
    write it: a holiday of several days ("Ramadan 2018", May 16 to June 14) has
    the value of the smallest period that holds it (``2018``) and that span as its
    interval; so do an hour ("Earth Hour 2016", its evening ``2016-03-19TEV``, 20:30
    to 21:30) and the rest of a period ("the rest of the week", from the dateline's
    day).  It must lie inside the value's period, differ from it, and go with no
    ``mod``.
    """

    # The fields' checks run together in __attrs_post_init__ (see _EXPRESSION_CHECKS).
    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field()
    type: TimexType = attrs.field(converter=_timex_type)
    value: str = attrs.field()
    mod: str | None = attrs.field(default=None)
    tid: str = attrs.field(default="")
    anchor: str | None = attrs.field(default=None)
    span: Interval | None = attrs.field(default=None)
    interval: Interval | None = attrs.field(init=False)

    @interval.default
    def _derive_interval(self) -> Interval | None:
        return _interval_from_value(self) if self.span is None else self.span

    def __attrs_post_init__(self) -> None:
        start, end, value = self.start, self.end, self.value
        if not (
            type(start) is int and start >= 0 and type(end) is int and end >= 0 and type(self.text) is str
            and type(value) is str and is_valid_value(value) and self.mod in _MODS_OR_NONE and type(self.tid) is str
        ):
            _check_fields(self, TimeExpression, _EXPRESSION_CHECKS)
        _check_span(self)
        if self.span is not None:
            _check_exact_span(self, self.span)

    @property
    def coarse_interval(self) -> Interval | None:
        """The whole period of ``value`` (``Interval.of(value)``), not narrowed by ``mod``: "early
        December 2024" has the interval December 1 to 11 and the coarse interval all December."""
        return Interval.of(self.value) if self.type in _CALENDAR_TYPES else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tid": self.tid,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type.value,
            "value": self.value,
            "mod": self.mod,
            "anchor": self.anchor,
            "interval": None if self.interval is None else self.interval.to_dict(),
            "span": self.span is not None,
        }


_MODS_OR_NONE = MODS | {None}
_EXPRESSION_CHECKS: dict[str, _FieldValidator] = {
    "start": offset(),
    "end": offset(),
    "text": attrs.validators.instance_of(str),
    "value": valid_value(),
    "mod": attrs.validators.optional(one_of(MODS, "a TIMEX3 mod")),
    "tid": attrs.validators.instance_of(str),
}


TENSES = frozenset(
    {"PAST", "PAST_LOOSE", "PRESENT", "FUTURE", "MODAL", "INFINITIVE", "PRESPART", "PASTPART", "NONE"}
)
ASPECTS = frozenset({"NONE", "PERFECTIVE", "PROGRESSIVE", "PERFECTIVE_PROGRESSIVE"})
KINDS = frozenset({"VERB", "NOUN"})
POLARITIES = frozenset({"POS", "NEG"})
# The kinds of text build_timeline reads (docs/resolution.md, "Kinds of text").
TEXT_KINDS = frozenset({"news", "narrative", "schedule"})
# The TimeML event classes (TimeML 1.2.1 annotation guidelines, section 2.3.1).
EVENT_CLASSES = frozenset(
    {"OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION"}
)


def _str_tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _listed_tuple(items: Any) -> Any:
    """A list as a tuple; anything else as it is, for the validator to judge (a str is no tuple of str)."""
    return tuple(items) if type(items) is list else items


def _check_warnings(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not (type(value) is tuple and all(type(w) is str for w in value)):
        raise ValidationError(_owner(inst), attr.name, "a tuple of str", value)


def _expression_tuple(items: Iterable[TimeExpression]) -> tuple[TimeExpression, ...]:
    return tuple(items)


def _event_tuple(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


@attrs.frozen
class Event:
    """Something the text says happens: its span, its trigger word and its place in time.

    ``time`` is the expression the event is anchored to (None when the text
    gives none) and ``source`` says how: by a time expression of its own clause,
    as an event noun an expression modifies ("the 2021 death"), or, without a
    time, by its tense (or its bounds) against the dateline.  ``relation``
    places the event against the dateline.  ``earliest`` / ``latest`` bound an
    event the text dates only loosely ("since January", "before the 2021
    death"); ``earliest_from`` / ``latest_from`` are the expressions they come from.
    ``follows`` lists the eids of events the text places before this one ("he
    resigned after the vote", "they were killed when the bomb exploded").
    ``tense`` and ``aspect`` are the trigger's grammatical ones (TimeML names,
    plus MODAL for "would", "could" ...); ``kind`` is VERB or NOUN.
    """

    # The fields' checks run together in __attrs_post_init__ (see _EVENT_CHECKS): one test of the
    # common exact types for the whole event, each field's own validator only when it fails.
    eid: str = attrs.field()
    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field()
    trigger: str = attrs.field()
    trigger_start: int = attrs.field()
    time: TimeExpression | None = attrs.field(default=None)
    relation: Relation = attrs.field(default=Relation.VAGUE, converter=_relation)
    source: AnchorSource = attrs.field(converter=_anchor_source)
    tense: str = attrs.field(default="NONE")
    aspect: str = attrs.field(default="NONE")
    kind: str = attrs.field(default="VERB")
    earliest: dt.datetime | None = attrs.field(default=None)
    latest: dt.datetime | None = attrs.field(default=None)
    earliest_from: TimeExpression | None = attrs.field(default=None)
    latest_from: TimeExpression | None = attrs.field(default=None)
    follows: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    polarity: str = attrs.field(default="POS")
    modality: str | None = attrs.field(default=None)
    cls: str = attrs.field(default="OCCURRENCE")

    @source.default
    def _default_source(self) -> AnchorSource:
        return AnchorSource.CLAUSE if self.time is not None else AnchorSource.NONE

    def __attrs_post_init__(self) -> None:
        time, earliest_from, latest_from, follows = self.time, self.earliest_from, self.latest_from, self.follows
        if not (
            type(self.eid) is str and type(self.start) is int and self.start >= 0 and type(self.end) is int
            and self.end >= 0 and type(self.text) is str and type(self.trigger) is str
            and type(self.trigger_start) is int and self.trigger_start >= 0
            and (time is None or type(time) is TimeExpression) and self.tense in TENSES and self.aspect in ASPECTS
            and self.kind in KINDS and (self.earliest is None or type(self.earliest) is dt.datetime)
            and (self.latest is None or type(self.latest) is dt.datetime)
            and (earliest_from is None or type(earliest_from) is TimeExpression)
            and (latest_from is None or type(latest_from) is TimeExpression)
            and (not follows or all(type(x) is str for x in follows))
            and self.polarity in POLARITIES and (self.modality is None or type(self.modality) is str)
            and self.cls in EVENT_CLASSES
        ):
            _check_fields(self, Event, _EVENT_CHECKS)
        start, end, trigger = self.start, self.end, self.trigger
        if not (end > start and len(self.text) == end - start):
            _check_span(self)  # fails, naming the field
        t0, t1 = self.trigger_start, self.trigger_start + len(trigger)
        if not (start <= t0 and t1 <= end and trigger):
            _fail(self, "trigger_start", f"a non-empty trigger inside [{start}, {end})", (trigger, t0))
        if not self.text.startswith(trigger, t0 - start):  # text[t0 - start : t1 - start] == trigger, no slice
            _fail(self, "trigger", "the event text at trigger_start", trigger)
        source = self.source
        if not (source in _SOURCES_WITH_TIME if time is not None else source in _SOURCES_WITHOUT_TIME) or (
            source is _BOUNDS and earliest_from is None and latest_from is None
        ):
            self._check_anchor()  # fails, naming the rule
        # Nothing to check about bounds when there are none (most events).
        if not (earliest_from is None and latest_from is None and self.earliest is None and self.latest is None):
            self._check_bounds()

    def _check_anchor(self) -> None:
        if self.time is not None:
            if self.source in (AnchorSource.TENSE, AnchorSource.BOUNDS):
                _fail(self, "source", "CLAUSE, EVENT_NOUN or NONE for an event with a time", self.source.value)
        elif self.source in (AnchorSource.CLAUSE, AnchorSource.EVENT_NOUN):
            _fail(self, "source", "TENSE, BOUNDS or NONE for an event without a time", self.source.value)
        if self.source is AnchorSource.BOUNDS and self.earliest_from is None and self.latest_from is None:
            _fail(self, "source", "BOUNDS only with a bound's expression", self.source.value)

    def _check_bounds(self) -> None:
        _check(self, "earliest_from", self.earliest_from is None or self.earliest is not None,
               "no expression without a earliest bound", self.earliest_from)
        _check(self, "latest_from", self.latest_from is None or self.latest is not None,
               "no expression without a latest bound", self.latest_from)
        if self.earliest is None and self.latest is None:
            return
        if self.earliest is not None and self.latest is not None and not self.earliest <= self.latest:
            _fail(self, "latest", f"a bound not before earliest {self.earliest}", self.latest)
        iv = self.interval
        if iv is not None and self.earliest is not None and not self.earliest < iv.end:
            _fail(self, "earliest", f"a bound before the end of the event's interval {iv.end}", self.earliest)
        if iv is not None and self.latest is not None and not self.latest > iv.start:
            _fail(self, "latest", f"a bound after the start of the event's interval {iv.start}", self.latest)

    @property
    def trigger_end(self) -> int:
        return self.trigger_start + len(self.trigger)

    @property
    def interval(self) -> Interval | None:
        """The interval of the event's time, when it has a calendar one."""
        return None if self.time is None else self.time.interval

    @property
    def is_dated(self) -> bool:
        return self.interval is not None

    @property
    def asserted(self) -> bool:
        """True when the text asserts the event: not negated (``polarity`` POS) and not hedged
        or hypothetical (``modality`` None).  "He resigned" is asserted; "he did not resign"
        and "he may resign" are not (they stay in the timeline, marked)."""
        return self.polarity == "POS" and self.modality is None

    @property
    def anchors(self) -> tuple[TimeExpression, ...]:
        """The expressions that place the event: its time, then those of its bounds."""
        return tuple(x for x in (self.time, self.earliest_from, self.latest_from) if x is not None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "eid": self.eid,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "kind": self.kind,
            "time": None if self.time is None else self.time.tid,
            "value": None if self.time is None else self.time.value,
            "relation": self.relation.value,
            "source": self.source.value,
            "tense": self.tense,
            "aspect": self.aspect,
            "earliest": None if self.earliest is None else self.earliest.isoformat(),
            "earliest_from": None if self.earliest_from is None else self.earliest_from.tid,
            "latest": None if self.latest is None else self.latest.isoformat(),
            "latest_from": None if self.latest_from is None else self.latest_from.tid,
            "follows": list(self.follows),
            "polarity": self.polarity,
            "modality": self.modality,
            "class": self.cls,
        }


# Each field's validator, run in field order when the common-case test of Event.__attrs_post_init__
# fails: the error names the first invalid field, what it expects and what it got.
_EVENT_CHECKS: dict[str, _FieldValidator] = {
    "eid": attrs.validators.instance_of(str),
    "start": offset(),
    "end": offset(),
    "text": attrs.validators.instance_of(str),
    "trigger": attrs.validators.instance_of(str),
    "trigger_start": offset(),
    "time": attrs.validators.optional(attrs.validators.instance_of(TimeExpression)),
    "tense": one_of(TENSES, "a tense name"),
    "aspect": one_of(ASPECTS, "an aspect name"),
    "kind": one_of(KINDS, "VERB or NOUN"),
    "earliest": attrs.validators.optional(attrs.validators.instance_of(dt.datetime)),
    "latest": attrs.validators.optional(attrs.validators.instance_of(dt.datetime)),
    "earliest_from": attrs.validators.optional(attrs.validators.instance_of(TimeExpression)),
    "latest_from": attrs.validators.optional(attrs.validators.instance_of(TimeExpression)),
    "follows": attrs.validators.deep_iterable(attrs.validators.instance_of(str)),
    "polarity": one_of(POLARITIES, "POS or NEG"),
    "modality": attrs.validators.optional(attrs.validators.instance_of(str)),
    "cls": one_of(EVENT_CLASSES, "a TimeML event class"),
}


def order_key(event: Event) -> tuple[int, dt.datetime, dt.datetime]:
    """Sort key of the timeline: dated events by interval (start, then end) first,
    then undated events by their relation to the dateline (before, overlap,
    after, vague).  Ties keep text order because the sort is stable."""
    interval = None if event.time is None else event.time.interval  # event.interval, without the property call
    if interval is not None:
        return (0, interval.start, interval.end)
    return _UNDATED_KEYS[event.relation]


_RANK = {Relation.BEFORE: 1, Relation.OVERLAP: 2, Relation.AFTER: 3, Relation.VAGUE: 4}
# The sort key of an undated event, one (immutable) tuple per relation.
_UNDATED_KEYS = {relation: (rank, dt.datetime.min, dt.datetime.min) for relation, rank in _RANK.items()}


class Placed(Protocol):
    """What [`window`][timeline.Timeline.window] reads of an event: an [`Event`][timeline.Event], or a draft of one."""

    @property
    def interval(self) -> Interval | None: ...

    @property
    def earliest(self) -> dt.datetime | None: ...

    @property
    def latest(self) -> dt.datetime | None: ...

    @property
    def relation(self) -> Relation: ...


@functools.lru_cache(maxsize=256)
def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Midnight at the start and at the end of ``day`` (see `day_start`, `day_end`):
    read for every event placed against the dateline, so computed once per dateline."""
    return day_start(day), day_end(day)


def window(event: Placed, dateline: dt.date | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The earliest start and latest end of ``event`` (None: unbounded): its interval when dated,
    else its bounds narrowed by its relation to the dateline's day."""
    iv = event.interval
    if iv is not None:
        return iv.start, iv.end
    lo, hi = event.earliest, event.latest
    if dateline is not None:
        day, next_day = day_bounds(dateline)
        if event.relation is _BEFORE:
            hi = min(hi, next_day) if hi is not None else next_day
        elif event.relation is _AFTER:
            lo = max(lo, day) if lo is not None else day
    return lo, hi


def ends_before(a: Placed, b: Placed, dateline: dt.date | None) -> bool:
    """``a``'s window ends by the start of ``b``'s."""
    a1, b0 = window(a, dateline)[1], window(b, dateline)[0]
    return a1 is not None and b0 is not None and a1 <= b0


def _day_interval(day: dt.date) -> Interval:
    return Interval(*day_bounds(day), Granularity.DAY)


def _crossing(a: Event, b: Event) -> bool:
    """The spans overlap without one holding the other."""
    overlap = a.start < b.end and b.start < a.end
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return overlap and not nested


@attrs.frozen
class Timeline:
    """The timeline of one article: its dateline, expressions and ordered events.

    It validates itself: expressions in text order and unique; every event a
    span of the text, its trigger claimed by no other event, its span nested in
    or apart from every other event's; every anchor an expression of this
    timeline; a dated event's relation consistent with its interval and the
    dateline (any relation when the interval holds the dateline's day); dated events first in time order, then undated ones by relation.

    ``warnings`` holds short messages about what the run could not do as asked (no dateline, an
    ambiguous one and how it was read, a text that does not look like English, a text cut at
    ``max_chars``); see ``build_timeline``.
    """

    text: str = attrs.field(repr=False, validator=attrs.validators.instance_of(str))
    dateline: dt.date | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.instance_of(dt.date))
    )
    expressions: tuple[TimeExpression, ...] = attrs.field(converter=_expression_tuple)
    events: tuple[Event, ...] = attrs.field(converter=_event_tuple)
    # How the text was read (build_timeline's ``kind``): "news", "narrative" or "schedule".
    kind: str = attrs.field(default="news", validator=one_of(TEXT_KINDS, "news, narrative or schedule"))
    # What the run could not do as asked, in short messages (see build_timeline): no dateline, an
    # ambiguous one, a text that does not look like English, a text cut at max_chars.
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_listed_tuple, validator=_check_warnings)

    def __attrs_post_init__(self) -> None:
        self._check_expressions()
        self._check_events()
        self._check_follows()
        self._check_spans()
        self._check_order()

    def _check_expressions(self) -> None:
        text, n = self.text, len(self.text)
        last_end = 0
        tids = set()
        for i, x in enumerate(self.expressions):
            if not isinstance(x, TimeExpression):
                _fail(self, f"expressions[{i}]", "a TimeExpression", x)
            if not (x.end <= n and x.end - x.start == len(x.text) and text.startswith(x.text, x.start)):  # no slice
                _fail(self, f"expressions[{i}]", "a span of the text", (x.start, x.end, x.text))
            if not x.start >= last_end:
                _fail(self, f"expressions[{i}]", f"text order, not overlapping the previous one (ending at {last_end})",
                      (x.start, x.text))
            if x.tid in tids:
                _fail(self, f"expressions[{i}].tid", "a unique tid", x.tid)
            last_end = x.end
            tids.add(x.tid)

    def _check_events(self) -> None:
        text, n = self.text, len(self.text)
        eids: set[str] = set()
        # The anchors are this timeline's own expression objects (looked up by identity, cheap);
        # an equal copy of one also passes (looked up by value, hashing every field).
        own = {id(x) for x in self.expressions}
        known: set[TimeExpression] | None = None
        eid_list = [e.eid for e in self.events if isinstance(e, Event) and e.eid]
        all_eids = set(eid_list)
        repeated = len(all_eids) < len(eid_list)  # some eid twice: the loop names the first (else it keeps no set)
        day: Interval | None = None  # the dateline's, once a dated event needs it
        for i, e in enumerate(self.events):
            if not isinstance(e, Event):
                _fail(self, f"events[{i}]", "an Event", e)
            if not (e.end <= n and e.end - e.start == len(e.text) and text.startswith(e.text, e.start)):  # no slice
                _fail(self, f"events[{i}]", "a span of the text", (e.start, e.end))
            if repeated and e.eid:
                if e.eid in eids:
                    _fail(self, f"events[{i}].eid", "a unique eid", e.eid)
                eids.add(e.eid)
            time, earliest_from, latest_from = e.time, e.earliest_from, e.latest_from
            if not (
                (time is None or id(time) in own) and (earliest_from is None or id(earliest_from) in own)
                and (latest_from is None or id(latest_from) in own)
            ):  # an anchor not among the expression objects (rare): looked up by value
                known = self._check_anchors(i, e, own, known)
            if e.follows:
                for j, other in enumerate(e.follows):
                    if not (other != e.eid and other in all_eids):
                        _fail(self, f"events[{i}].follows[{j}]", "the eid of another event of this timeline", other)
            interval = None if time is None else time.interval  # e.interval, without the property call
            if interval is not None and self.dateline is not None and e.relation is not _VAGUE:
                day = day or _day_interval(self.dateline)
                expected = interval.relation_to(day)
                # An interval holding the dateline's day leaves the side open: "rose this year" (past
                # tense) is BEFORE the writing, "is rising this year" OVERLAP.
                if e.relation is not expected and expected is not _OVERLAP:
                    _fail(self, f"events[{i}].relation",
                          f"{expected.value}: its interval against the dateline {self.dateline}", e.relation.value)

    def _check_anchors(
        self, i: int, e: Event, own: set[int], known: set[TimeExpression] | None
    ) -> set[TimeExpression] | None:
        """Each anchor of ``events[i]`` is an expression of this timeline: its own object, or an
        equal copy (``known``: the expressions as a set, built on first need and returned)."""
        for name, anchor in (("time", e.time), ("earliest_from", e.earliest_from), ("latest_from", e.latest_from)):
            if anchor is None or id(anchor) in own:
                continue
            known = set(self.expressions) if known is None else known
            if anchor not in known:
                _fail(self, f"events[{i}].{name}", "an expression of this timeline", anchor)
        return known

    def _check_follows(self) -> None:
        """An event the text places after another cannot end, by its window, before that one starts."""
        events = self.events
        following = [i for i, e in enumerate(events) if e.follows]  # few events, often none
        if not following:
            return
        by_eid = {e.eid: e for e in events if e.eid}
        for i in following:
            e = events[i]
            for j, other in enumerate(e.follows):
                if self._by_windows(e, by_eid[other]) is _BEFORE:
                    _fail(self, f"events[{i}].follows[{j}]",
                          f"an event {e.eid} may follow (its window does not end before {other}'s starts)", other)

    def _check_spans(self) -> None:
        events = self.events
        by_start = sorted(range(len(events)), key=[(e.start, -e.end) for e in events].__getitem__)
        open_: list[Event] = []  # events whose span is still open, outermost first
        for i in by_start:
            e = events[i]
            while open_ and open_[-1].end <= e.start:
                open_.pop()
            # It starts inside the open span (the events sorted by start): it can cross it only by
            # ending after it (the common nested case skips the call).
            if open_ and e.end > open_[-1].end:
                outer = open_[-1]
                if _crossing(outer, e):
                    _fail(self, f"events[{i}]", f"a span nested in or apart from {outer.eid or 'another event'} "
                          f"[{outer.start}, {outer.end})", (e.start, e.end))
            open_.append(e)
        starts = [e.trigger_start for e in events]
        ends = [e.trigger_start + len(e.trigger) for e in events]  # trigger_end, without the property call
        triggers = sorted(range(len(events)), key=starts.__getitem__)
        for a, b in itertools.pairwise(triggers):
            if not ends[a] <= starts[b]:
                ea, eb = events[a], events[b]
                _fail(self, f"events[{b}].trigger_start",
                      f"a trigger no other event has (events[{a}] has {ea.trigger!r} at {ea.trigger_start})",
                      (eb.trigger, eb.trigger_start))

    def _check_order(self) -> None:
        keys = [order_key(e) for e in self.events]
        if all(map(operator.le, keys, itertools.islice(keys, 1, None))):
            return  # in order (compared in C); else find the first out of order, to name it
        for i in range(1, len(keys)):
            if not keys[i - 1] <= keys[i]:
                _fail(self, f"events[{i}]", "events in time order (dated by interval, then undated by relation)",
                      self.events[i].text[:60])

    # ------------------------------------------------------------------ queries

    @property
    def dated_events(self) -> tuple[Event, ...]:
        """Events with a calendar interval, in time order."""
        return tuple(e for e in self.events if e.is_dated)

    @property
    def undated_events(self) -> tuple[Event, ...]:
        """Events without a calendar interval, by their relation to the dateline."""
        return tuple(e for e in self.events if not e.is_dated)

    @property
    def asserted_events(self) -> tuple[Event, ...]:
        """Events the text asserts (see [`Event.asserted`][timeline.Event.asserted]), in timeline order: the negated
        and the hypothetical ones left out."""
        return tuple(e for e in self.events if e.asserted)

    def events_of(self, *classes: str) -> tuple[Event, ...]:
        """Events of any of the TimeML ``classes`` (``"REPORTING"``, ``"OCCURRENCE"`` ...; see
        `Event.cls`), in timeline order.  An unknown class name raises ValueError."""
        for name in classes:
            if name not in EVENT_CLASSES:
                raise ValueError(f"unknown event class {name!r}: expected one of {', '.join(sorted(EVENT_CLASSES))}")
        wanted = frozenset(classes)
        return tuple(e for e in self.events if e.cls in wanted)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def event(self, eid: str) -> Event:
        """The event with id ``eid``; KeyError when there is none."""
        for e in self.events:
            if e.eid == eid:
                return e
        raise KeyError(eid)

    def window(self, event: Event) -> tuple[dt.datetime | None, dt.datetime | None]:
        """The earliest start and latest end the timeline allows ``event`` (None: unbounded).

        A dated event's window is its interval.  An undated one's is its bounds,
        narrowed by its relation to the dateline (an event before the dateline
        ends by the end of the dateline's day; one after it starts on that day at
        the earliest).  An event of another timeline raises ``ForeignEventError``.
        """
        return window(self._own(event, "event"), self.dateline)

    def _own(self, event: object, name: str) -> Event:
        """``event``, when it is one of this timeline's events (itself, or an equal copy); else
        ``ForeignEventError``, naming the argument."""
        if not isinstance(event, Event):
            raise ForeignEventError(f"{name}: expected an Event of this timeline, got {type(event).__name__} "
                                    f"{repr(event)[:60]}")
        for e in self.events:
            if e is event:
                return event
        if event in self.events:
            return event
        raise ForeignEventError(f"{name}: expected an event of this timeline, got {event.eid or 'an event'} "
                                f"{event.text[:60]!r}, which is not one of its {len(self.events)} events "
                                "(an event of another timeline?)")

    def _by_windows(self, a: Event, b: Event) -> Relation:
        if ends_before(a, b, self.dateline):
            return _BEFORE
        if ends_before(b, a, self.dateline):
            return _AFTER
        return _VAGUE

    def relation(self, a: Event, b: Event) -> Relation:
        """How event ``a`` stands to event ``b``: BEFORE, AFTER, OVERLAP or VAGUE (unknown).

        BEFORE when ``a``'s window ends by the start of ``b``'s, AFTER the other
        way round (see [`window`][timeline.Timeline.window]); else AFTER when the text places ``a``
        after ``b`` (``a.follows`` holds ``b``'s eid), BEFORE the other way round;
        else OVERLAP when both are dated (their intervals overlap), VAGUE otherwise.
        Both must be events of this timeline: else ``ForeignEventError``.
        """
        return self._relation(self._own(a, "a"), self._own(b, "b"))

    def _relation(self, a: Event, b: Event) -> Relation:
        by_windows = self._by_windows(a, b)
        if by_windows is not Relation.VAGUE:
            return by_windows
        if b.eid and b.eid in a.follows:
            return Relation.AFTER
        if a.eid and a.eid in b.follows:
            return Relation.BEFORE
        if a.is_dated and b.is_dated:
            return Relation.OVERLAP
        return Relation.VAGUE

    def events_before(self, event: Event) -> tuple[Event, ...]:
        """Events the timeline places before ``event`` (one of its own), in timeline order."""
        event = self._own(event, "event")
        return tuple(e for e in self.events if e is not event and self._relation(e, event) is Relation.BEFORE)

    def events_after(self, event: Event) -> tuple[Event, ...]:
        """Events the timeline places after ``event`` (one of its own), in timeline order."""
        event = self._own(event, "event")
        return tuple(e for e in self.events if e is not event and self._relation(e, event) is Relation.AFTER)

    def events_within(
        self, start: dt.date | dt.datetime | str, end: dt.date | dt.datetime | str
    ) -> tuple[Event, ...]:
        """Events in the period ``[start, end)``: dated events whose interval overlaps it, and
        undated events whose window (see [`window`][timeline.Timeline.window]) lies inside it.

        ``start`` and ``end`` take what ``build_timeline`` takes for a dateline: a ``date`` (its
        midnight), a ``datetime`` or an ISO 8601 string ("2023-01-01", "2023-01-01T09:30"); a time
        with a UTC offset keeps its own wall-clock time, as the timeline's times do.  Anything else
        raises ``InvalidDatelineError``, an ``end`` before ``start`` a ``TimelineError``.
        """
        lo, hi = parse_bound(start, "start"), parse_bound(end, "end")
        if hi < lo:
            raise TimelineError(f"end: expected a time not before start {lo.isoformat()}, got {hi.isoformat()}")
        found = []
        dateline = self.dateline
        for e in self.events:
            w0, w1 = window(e, dateline)
            if e.is_dated and w0 is not None and w1 is not None:
                if w0 < hi and lo < w1:
                    found.append(e)
            elif w0 is not None and w1 is not None and lo <= w0 and w1 <= hi:
                found.append(e)
        return tuple(found)

    # ------------------------------------------------------------------ export and import

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (the form of ``docs/timeline.schema.json``); [`from_dict`][timeline.Timeline.from_dict] reads it back.

        Events name their expressions by ``tid`` and each other by ``eid``; an
        expression's ``interval`` and an event's ``value`` are derived, written for
        readers' convenience and recomputed when read back.
        """
        return {
            "dateline": None if self.dateline is None else self.dateline.isoformat(),
            "expressions": [x.to_dict() for x in self.expressions],
            "events": [e.to_dict() for e in self.events],
            "text": self.text,
            "kind": self.kind,
            "warnings": list(self.warnings),
        }

    def to_json(self, indent: int | None = 2) -> str:
        """`to_dict` as a JSON document (``indent=None``: on one line)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Timeline:
        """The timeline `to_dict` wrote: ``Timeline.from_dict(tl.to_dict()) == tl``.

        Raises [`ValidationError`][timeline.ValidationError] naming the first bad field (a missing key,
        a wrong type, an unknown ``tid``, or an object breaking the model's invariants).
        """
        return _timeline_from_dict(data)

    @classmethod
    def from_json(cls, document: str | bytes) -> Timeline:
        """The timeline [`to_json`][timeline.Timeline.to_json] wrote: ``Timeline.from_json(tl.to_json()) == tl``."""
        try:
            data = json.loads(document)
        except (ValueError, TypeError) as exc:  # json.JSONDecodeError and bad UTF-8 are ValueErrors
            raise ValidationError("Timeline", "json", "a JSON document", str(exc)) from exc
        return _timeline_from_dict(data)

    RECORD_FIELDS: ClassVar[tuple[str, ...]] = (
        "eid", "dateline", "start", "end", "granularity", "value", "type", "mod", "relation", "source",
        "earliest", "latest", "window_start", "window_end", "trigger", "trigger_start", "text",
        "text_start", "text_end", "sentence_start", "sentence_end", "anchor_tid", "anchor_text",
        "anchor_start", "anchor_end", "earliest_from_text", "latest_from_text", "tense", "aspect", "kind",
        "follows", "polarity", "modality", "class", "warnings",
    )  # fmt: skip

    def to_records(self) -> list[dict[str, str | int | None]]:
        """One flat dict per event, in timeline order, with the keys `RECORD_FIELDS` in that order.

        Every value is a ``str``, an ``int`` or None, so ``csv.DictWriter(f,
        Timeline.RECORD_FIELDS)`` and ``pandas.DataFrame(records)`` take the list as
        it is.  Datetimes are ISO 8601 strings; ``start`` / ``end`` / ``granularity``
        are the event's interval (None when undated), ``value`` / ``type`` / ``mod``
        its time expression's; ``window_start`` / ``window_end`` are
        [`window`][timeline.Timeline.window]; ``text_*`` the clause's offsets, ``sentence_*`` its
        sentence's; ``anchor_*`` the time expression the event is anchored to;
        ``follows`` the eids of `Event.follows` joined by spaces (None when empty);
        ``warnings`` the timeline's ``warnings`` joined by "; " (None when there are none),
        the same on every record.
        """
        spans = list(sentences(self.text, header_end(self.text)))
        starts = [s0 for s0, _ in spans]
        return [self._record(e, spans, starts) for e in self.events]

    def _record(
        self, e: Event, spans: list[tuple[int, int]], starts: list[int]
    ) -> dict[str, str | int | None]:
        iv, time = e.interval, e.time
        lo, hi = window(e, self.dateline)
        i = bisect.bisect_right(starts, e.trigger_start) - 1
        sentence = spans[i] if i >= 0 and e.trigger_start < spans[i][1] else None
        return {
            "eid": e.eid,
            "dateline": _iso(self.dateline),
            "start": None if iv is None else iv.start.isoformat(),
            "end": None if iv is None else iv.end.isoformat(),
            "granularity": None if iv is None else iv.granularity.value,
            "value": None if time is None else time.value,
            "type": None if time is None else time.type.value,
            "mod": None if time is None else time.mod,
            "relation": e.relation.value,
            "source": e.source.value,
            "earliest": _iso(e.earliest),
            "latest": _iso(e.latest),
            "window_start": _iso(lo),
            "window_end": _iso(hi),
            "trigger": e.trigger,
            "trigger_start": e.trigger_start,
            "text": e.text,
            "text_start": e.start,
            "text_end": e.end,
            "sentence_start": None if sentence is None else sentence[0],
            "sentence_end": None if sentence is None else sentence[1],
            "anchor_tid": None if time is None else time.tid,
            "anchor_text": None if time is None else time.text,
            "anchor_start": None if time is None else time.start,
            "anchor_end": None if time is None else time.end,
            "earliest_from_text": None if e.earliest_from is None else e.earliest_from.text,
            "latest_from_text": None if e.latest_from is None else e.latest_from.text,
            "tense": e.tense,
            "aspect": e.aspect,
            "kind": e.kind,
            "follows": " ".join(e.follows) or None,
            "polarity": e.polarity,
            "modality": e.modality,
            "class": e.cls,
            "warnings": "; ".join(self.warnings) or None,
        }


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


# --------------------------------------------------------------------------- reading to_dict back


def _bad(field: str, expected: str, got: object) -> NoReturn:
    raise ValidationError("Timeline", field, expected, got)


def _key(data: object, key: str, where: str) -> Any:
    if not isinstance(data, Mapping):
        _bad(where or "<document>", "a JSON object", data)
    if key not in data:
        _bad(f"{where}.{key}" if where else key, "a value (the key is missing)", None)
    return data[key]


def _list(data: object, key: str) -> list[Any]:
    found = _key(data, key, "")
    if not isinstance(found, list):
        _bad(key, "a JSON array", found)
    return found


def _datetime(value: object, where: str) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        _bad(where, "an ISO 8601 datetime string or null", value)
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        _bad(where, "an ISO 8601 datetime string or null", value)


def _read_dateline(value: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        _bad("dateline", "an ISO 8601 date string or null", value)
    try:
        return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
    except ValueError:
        _bad("dateline", "an ISO 8601 date string or null", value)


def _read_expression(d: object, where: str) -> TimeExpression:
    return TimeExpression(
        start=_key(d, "start", where), end=_key(d, "end", where), text=_key(d, "text", where),
        type=_key(d, "type", where), value=_key(d, "value", where), mod=_key(d, "mod", where),
        tid=_key(d, "tid", where), anchor=_key(d, "anchor", where), span=_read_span(d, where),
    )


def _read_span(d: object, where: str) -> Interval | None:
    """The expression's interval, when ``span`` says it is one of its own (absent: written before spans)."""
    span = d.get("span", False) if isinstance(d, Mapping) else False
    if span is False:
        return None
    if span is not True:
        _bad(f"{where}.span", "true or false", span)
    found = _key(d, "interval", where)
    if not isinstance(found, Mapping):
        _bad(f"{where}.interval", "an interval object (span is true)", found)
    start = _datetime(_key(found, "start", f"{where}.interval"), f"{where}.interval.start")
    end = _datetime(_key(found, "end", f"{where}.interval"), f"{where}.interval.end")
    if start is None or end is None:
        _bad(f"{where}.interval", "a start and an end (span is true)", found)
    return Interval(start, end, _key(found, "granularity", f"{where}.interval"))


def _read_event(d: object, where: str, by_tid: Mapping[str, TimeExpression]) -> Event:
    def expression(key: str) -> TimeExpression | None:
        tid = _key(d, key, where)
        if tid is None:
            return None
        if not isinstance(tid, str) or tid not in by_tid:
            _bad(f"{where}.{key}", "null or the tid of one of the expressions", tid)
        return by_tid[tid]

    follows = _key(d, "follows", where)
    if not isinstance(follows, list):
        _bad(f"{where}.follows", "a JSON array of eids", follows)
    return Event(
        eid=_key(d, "eid", where), start=_key(d, "start", where), end=_key(d, "end", where),
        text=_key(d, "text", where), trigger=_key(d, "trigger", where),
        trigger_start=_key(d, "trigger_start", where), time=expression("time"),
        relation=_key(d, "relation", where), source=_key(d, "source", where), tense=_key(d, "tense", where),
        aspect=_key(d, "aspect", where), kind=_key(d, "kind", where),
        earliest=_datetime(_key(d, "earliest", where), f"{where}.earliest"),
        latest=_datetime(_key(d, "latest", where), f"{where}.latest"),
        earliest_from=expression("earliest_from"), latest_from=expression("latest_from"), follows=follows,
        polarity=_key(d, "polarity", where), modality=_key(d, "modality", where), cls=_key(d, "class", where),
    )


def _built(where: str, build: Callable[[], Any]) -> Any:
    """``build()``, its errors named by ``where``: a model error as it is, an enum's or a type's wrapped."""
    try:
        return build()
    except TimelineError:
        raise
    except (TypeError, ValueError) as exc:  # an enum converter's or a converter's on a wrong type
        raise ValidationError("Timeline", where, "a field the model accepts", str(exc)) from exc


def _timeline_from_dict(data: object) -> Timeline:
    text = _key(data, "text", "")
    dateline = _read_dateline(_key(data, "dateline", ""))
    expressions: list[TimeExpression] = [
        _built(f"expressions[{i}]", functools.partial(_read_expression, d, f"expressions[{i}]"))
        for i, d in enumerate(_list(data, "expressions"))
    ]
    by_tid = {x.tid: x for x in expressions}
    events: list[Event] = [
        _built(f"events[{i}]", functools.partial(_read_event, d, f"events[{i}]", by_tid))
        for i, d in enumerate(_list(data, "events"))
    ]
    # "kind" and "warnings" are absent from timelines written before they existed: they were read as
    # news, and no warning was kept.
    kind = data.get("kind", "news") if isinstance(data, Mapping) else "news"
    warnings = data.get("warnings", []) if isinstance(data, Mapping) else []
    if not (isinstance(warnings, list) and all(isinstance(w, str) for w in warnings)):
        _bad("warnings", "a JSON array of strings", warnings)
    built: Timeline = _built(
        "", lambda: Timeline(text=text, dateline=dateline, expressions=expressions, events=events, kind=kind,
                             warnings=tuple(warnings))
    )
    return built


SortKey = Callable[[Event], tuple[int, dt.datetime, dt.datetime]]
