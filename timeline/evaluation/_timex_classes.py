"""Group time-expression errors into classes, for ``python -m timeline.evaluate --classes``.

The classes are coarse and decided by the two sides' text, type and value only (no gold
document is re-read), so that the error table in ``docs/accuracy.md`` is one command away and
recounted the same way every time.  Each class is a (name, test) row, tried in order; the
first that holds names the error.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from .. import _vocab as V

_SHOWN = re.compile(r"^(?P<text>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\") (?P<type>[A-Z]+) (?P<value>\S+)$")
_REFS = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_PART = re.compile(r"T(?:MO|AF|EV|NI|DT)$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
_BARE_UNITS = frozenset(V.UNIT_PLURALS) | frozenset(V.UNITS)


class Side(NamedTuple):
    text: str
    type: str
    value: str


def parse_side(shown: str | None) -> Side | None:
    """``'last week' DATE 1998-W32`` (as :class:`timeline.evaluation.evaluate.TimexError` shows a side,
    ``evaluate._shown``) read back."""
    if shown is None:
        return None
    m = _SHOWN.match(shown)
    if m is None:
        return None
    return Side(ast.literal_eval(m["text"]), m["type"], m["value"])  # the exact inverse of repr()


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def _duration(value: str) -> bool:
    return value.startswith("P")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9'-]+", text.lower())


# ------------------------------------------------------------------ value errors (gold, ours)

def _gold_unknown(g: Side, s: Side) -> bool:
    return "X" in g.value and "X" not in s.value and not _duration(g.value) and not _duration(s.value)


def _duration_vs_date(g: Side, s: Side) -> bool:
    return _duration(g.value) != _duration(s.value) and not ({g.value, s.value} & _REFS)


def _duration_amount(g: Side, s: Side) -> bool:
    return _duration(g.value) and _duration(s.value)


def _reference(g: Side, s: Side) -> bool:
    return bool({g.value, s.value} & _REFS)


def _part_of_day(g: Side, s: Side) -> bool:
    return bool(_PART.search(g.value) or _PART.search(s.value)) and g.value[:10] == s.value[:10]


def _earnings(g: Side, s: Side) -> bool:
    words = set(_words(g.text) + _words(s.text))
    return (
        "Q" in g.value + s.value
        or bool(words & {"quarter", "period", "year-ago", "year-earlier", "fiscal"})
        or (bool(words & {"ago", "earlier"}) and "year" in words)
    )


def _weekday(g: Side, s: Side) -> bool:
    return _shape(g.value) == _shape(s.value) and any(w in V.FULL_WEEKDAYS for w in _words(s.text))


def _other_year(g: Side, s: Side) -> bool:
    return _shape(g.value) == _shape(s.value) and g.value[4:] == s.value[4:]


def _week(g: Side, s: Side) -> bool:
    return any(w in ("week", "weekend") for w in _words(s.text))


def _granularity(g: Side, s: Side) -> bool:
    return _shape(g.value) != _shape(s.value)


VALUE_CLASSES: Sequence[tuple[str, Callable[[Side, Side], bool]]] = (
    ("value: gold leaves digits unknown where the text fixes them", _gold_unknown),
    ("value: a reference word (PAST_REF ...) against a calendar value", _reference),
    ("value: duration vs date", _duration_vs_date),
    ("value: a duration's amount or unit", _duration_amount),
    ("value: part of day", _part_of_day),
    ("value: earnings periods (quarters, year-ago)", _earnings),
    ("value: weekday in another week", _weekday),
    ("value: weeks and weekends at another granularity", _week),
    ("value: month or month-day in the other year", _other_year),
    ("value: another granularity", _granularity),
)


# ------------------------------------------------------------------ the other kinds

def _spurious(s: Side) -> str:
    if s.value in _REFS:
        return "spurious: reference words left unmarked by the annotators"
    if s.type == "DURATION":
        return "spurious: durations the annotators left unmarked"
    if s.type == "SET":
        return "spurious: set words left unmarked"
    return "spurious: dates and times the annotators left unmarked"


def _missed(g: Side) -> str:
    if g.value in _REFS:
        return "missed: vague references"
    if all(w in _BARE_UNITS or w in _DETERMINERS for w in _words(g.text)):
        return "missed: bare unit nouns used as times"
    return "missed: other"


def _extent(g: Side, s: Side) -> str:
    gw, sw = _words(g.text), _words(s.text)
    longer, shorter = (gw, sw) if len(gw) >= len(sw) else (sw, gw)
    extra = list((Counter(longer) - Counter(shorter)).elements())
    if extra and all(w in _DETERMINERS for w in extra):
        return "extent: determiner inside or outside"
    if extra and all(w in V.MODIFIERS or w in V.QUANTIFIERS or w in V.OUTSIDE_QUANTIFIERS
                     or w in ("earlier", "later", "early", "late") for w in extra):
        return "extent: modifier inside or outside"
    return "extent: other"


def classify(kind: str, gold: str | None, system: str | None) -> str:
    """The class of one error (``kind`` as in :class:`timeline.evaluation.evaluate.TimexError`)."""
    g, s = parse_side(gold), parse_side(system)
    if kind == "spurious" and s is not None:
        return _spurious(s)
    if kind == "missed" and g is not None:
        return _missed(g)
    if g is None or s is None:
        return f"{kind}: unparsed"
    if kind == "type":
        return "type: DATE/TIME/DURATION/SET"
    if kind == "extent":
        return _extent(g, s)
    for name, test in VALUE_CLASSES:
        if test(g, s):
            return name
    return "value: other"


class ErrorClass(NamedTuple):
    size: int
    name: str
    example: str  # the first error of the class, gold vs ours


def error_classes(errors: Iterable[tuple[str, str | None, str | None]]) -> list[ErrorClass]:
    """(kind, gold, system) triples grouped by class, largest first, each with its first example."""
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for kind, gold, system in errors:
        name = classify(kind, gold, system)
        counts[name] += 1
        examples.setdefault(name, " vs ".join(x for x in (gold, system) if x is not None))
    return [ErrorClass(n, name, examples[name]) for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
