"""The immutable, validated result model: Interval, TimeExpression, Event, Timeline.

Every class is a frozen attrs class.  Validators are small private classes with
public factories; each failure raises :class:`ValidationError` naming the
field, what was expected and what was got, so an inconsistent timeline cannot
be constructed.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from ._errors import ValidationError
from ._values import Granularity, interval_of, is_valid_value


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
    """How an event got its time."""

    CLAUSE = "CLAUSE"  # a time expression in the event's own clause
    EVENT_NOUN = "EVENT_NOUN"  # an expression modifying an event noun ("the 2021 death")
    TENSE = "TENSE"  # no time of its own: placed by tense against the dateline
    NONE = "NONE"  # nothing known


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


# --------------------------------------------------------------------------- classes


@attrs.frozen
class Interval:
    """The time a calendar value denotes: ``[start, end)`` at a granularity."""

    start: dt.datetime = attrs.field(validator=attrs.validators.instance_of(dt.datetime))
    end: dt.datetime = attrs.field(validator=attrs.validators.instance_of(dt.datetime))
    granularity: Granularity = attrs.field(converter=Granularity)

    def __attrs_post_init__(self) -> None:
        _check(self, "end", self.end > self.start, f"a datetime after start {self.start}", self.end)

    @classmethod
    def of(cls, value: str) -> Interval | None:
        """The interval of a fully specified calendar value, else None."""
        found = interval_of(value)
        return None if found is None else cls(found[1], found[2], found[0])

    def contains(self, other: Interval) -> bool:
        """True when ``other`` lies inside this interval."""
        return self.start <= other.start and other.end <= self.end

    def relation_to(self, other: Interval) -> Relation:
        """BEFORE / AFTER when disjoint, OVERLAP otherwise."""
        if self.end <= other.start:
            return Relation.BEFORE
        if other.end <= self.start:
            return Relation.AFTER
        return Relation.OVERLAP

    def to_dict(self) -> dict[str, str]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "granularity": self.granularity.value,
        }


def _interval_from_value(inst: TimeExpression) -> Interval | None:
    return Interval.of(inst.value) if inst.type in (TimexType.DATE, TimexType.TIME) else None


@attrs.frozen
class TimeExpression:
    """A temporal expression found in the text and its normalized TIMEX3 value.

    ``text[start:end] == expression.text`` holds for the article ``text``.
    ``interval`` is derived from ``value`` for DATE and TIME values that are
    fully specified, and is None otherwise.
    """

    start: int = attrs.field(validator=offset())
    end: int = attrs.field(validator=offset())
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    type: TimexType = attrs.field(converter=TimexType)
    value: str = attrs.field(validator=valid_value())
    mod: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(one_of(MODS, "a TIMEX3 mod"))
    )
    tid: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    anchor: str | None = attrs.field(default=None)
    interval: Interval | None = attrs.field(init=False)

    @interval.default
    def _derive_interval(self) -> Interval | None:
        return _interval_from_value(self)

    def __attrs_post_init__(self) -> None:
        _check(self, "end", self.end > self.start, f"an offset after start {self.start}", self.end)
        _check(
            self, "text", len(self.text) == self.end - self.start,
            f"{self.end - self.start} characters (end - start)", self.text,
        )

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
        }


@attrs.frozen
class Event:
    """A clause that states something happening, with its trigger word and its time.

    ``time`` is the expression the event is anchored to (None when the text
    gives none); ``relation`` places the event against the dateline.
    ``earliest`` / ``latest`` bound an event the text dates only loosely
    ("since January", "before the 2021 death").
    """

    eid: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=offset())
    end: int = attrs.field(validator=offset())
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    trigger: str = attrs.field(validator=attrs.validators.instance_of(str))
    trigger_start: int = attrs.field(validator=offset())
    time: TimeExpression | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(TimeExpression))
    )
    relation: Relation = attrs.field(default=Relation.VAGUE, converter=Relation)
    source: AnchorSource = attrs.field(default=AnchorSource.NONE, converter=AnchorSource)
    tense: str = attrs.field(default="NONE")
    earliest: dt.datetime | None = attrs.field(default=None)
    latest: dt.datetime | None = attrs.field(default=None)
    earliest_from: TimeExpression | None = attrs.field(default=None)
    latest_from: TimeExpression | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        _check(self, "end", self.end > self.start, f"an offset after start {self.start}", self.end)
        _check(
            self, "text", len(self.text) == self.end - self.start,
            f"{self.end - self.start} characters (end - start)", self.text,
        )
        t0, t1 = self.trigger_start, self.trigger_start + len(self.trigger)
        _check(
            self, "trigger_start", self.start <= t0 and t1 <= self.end and bool(self.trigger),
            f"a non-empty trigger inside [{self.start}, {self.end})", (self.trigger, t0),
        )
        _check(
            self, "trigger", self.text[t0 - self.start : t1 - self.start] == self.trigger,
            "the event text at trigger_start", self.trigger,
        )
        if self.earliest is not None and self.latest is not None:
            _check(self, "latest", self.earliest <= self.latest,
                   f"a bound not before earliest {self.earliest}", self.latest)

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "eid": self.eid,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "time": None if self.time is None else self.time.tid,
            "value": None if self.time is None else self.time.value,
            "relation": self.relation.value,
            "source": self.source.value,
            "tense": self.tense,
            "earliest": None if self.earliest is None else self.earliest.isoformat(),
            "latest": None if self.latest is None else self.latest.isoformat(),
        }


def order_key(event: Event) -> tuple[int, dt.datetime, dt.datetime]:
    """Sort key of the timeline: dated events by interval (start, then end) first,
    then undated events by their relation to the dateline (before, overlap,
    after, vague).  Ties keep text order because the sort is stable."""
    interval = event.interval
    if interval is not None:
        return (0, interval.start, interval.end)
    rank = {Relation.BEFORE: 1, Relation.OVERLAP: 2, Relation.AFTER: 3, Relation.VAGUE: 4}
    return (rank[event.relation], dt.datetime.min, dt.datetime.min)


@attrs.frozen
class Timeline:
    """The timeline of one article: its dateline, expressions and ordered events."""

    text: str = attrs.field(repr=False, validator=attrs.validators.instance_of(str))
    dateline: dt.date | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.instance_of(dt.date))
    )
    expressions: tuple[TimeExpression, ...] = attrs.field(converter=tuple)
    events: tuple[Event, ...] = attrs.field(converter=tuple)

    def __attrs_post_init__(self) -> None:
        n = len(self.text)
        last_end = 0
        tids = set()
        for i, x in enumerate(self.expressions):
            _check(self, f"expressions[{i}]", isinstance(x, TimeExpression), "a TimeExpression", x)
            _check(self, f"expressions[{i}]", x.end <= n and self.text[x.start : x.end] == x.text,
                   "a span of the text", (x.start, x.end, x.text))
            _check(self, f"expressions[{i}]", x.start >= last_end,
                   f"text order, not overlapping the previous one (ending at {last_end})",
                   (x.start, x.text))
            _check(self, f"expressions[{i}].tid", x.tid not in tids, "a unique tid", x.tid)
            last_end = x.end
            tids.add(x.tid)
        for i, e in enumerate(self.events):
            _check(self, f"events[{i}]", isinstance(e, Event), "an Event", e)
            _check(self, f"events[{i}]", e.end <= n and self.text[e.start : e.end] == e.text,
                   "a span of the text", (e.start, e.end))
            _check(self, f"events[{i}].time", e.time is None or e.time in self.expressions,
                   "an expression of this timeline", e.time)
        keys = [order_key(e) for e in self.events]
        for i in range(1, len(keys)):
            _check(self, f"events[{i}]", keys[i - 1] <= keys[i],
                   "events in time order (dated by interval, then undated by relation)",
                   self.events[i].text[:60])

    # ------------------------------------------------------------------ queries

    @property
    def dated_events(self) -> tuple[Event, ...]:
        """Events with a calendar interval, in time order."""
        return tuple(e for e in self.events if e.is_dated)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def events_within(self, start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> tuple[Event, ...]:
        """Dated events whose interval overlaps ``[start, end)``."""
        lo, hi = _as_datetime(start), _as_datetime(end)
        return tuple(
            e for e in self.dated_events if e.interval and e.interval.start < hi and lo < e.interval.end
        )

    def relation(self, a: Event, b: Event) -> Relation:
        """How event ``a`` stands to event ``b``: BEFORE, AFTER, OVERLAP or VAGUE (unknown)."""
        ia, ib = a.interval, b.interval
        if ia is not None and ib is not None:
            return ia.relation_to(ib)
        return Relation.VAGUE

    def to_dict(self) -> dict[str, Any]:
        return {
            "dateline": None if self.dateline is None else self.dateline.isoformat(),
            "expressions": [x.to_dict() for x in self.expressions],
            "events": [e.to_dict() for e in self.events],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def _as_datetime(d: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(d, dt.datetime):
        return d
    return dt.datetime(d.year, d.month, d.day)


SortKey = Callable[[Event], tuple[int, dt.datetime, dt.datetime]]
