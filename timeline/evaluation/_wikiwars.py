"""Read the WikiWars corpus (TIMEX2 gold, one JSON file) and compare its values with TIMEX3's.

For ``python -m timeline.evaluate wikiwars-dev.json``.  The file is a list of documents
``{"id", "dct", "text", "gold": [[start, end, null, value], ...], "unscored": [...]}`` (see the
corpus's README): offsets are ``str`` indexes into ``text``, ``end`` exclusive; ``dct`` is read as the
dateline; ``unscored`` holds the TIMEX2 without a value (``[start, end, "no_val", text]``) and the
valued ones nested in a larger one (``[start, end, "nested", text, value]``).

Values are compared as strings, exactly, after the few rewritings below and no other.  Each maps
a TIMEX2 spelling to the TIMEX3 spelling of the same meaning, as the corpus README documents it
(section "TIMEX2 is not TIMEX3"):

* **Decade and century durations**: ``P<n>DE`` is ``P<10n>Y`` and ``P<n>CE`` is ``P<100n>Y``
  (README: "Durations may use TIMEX2 units: ``P1DE`` (a decade; TIMEX3 writes ``P10Y``), ``P.5CE``
  (half a century)").  Applied to both sides; a numeric amount only (``PXDE`` stays as it is).
* **Sets**: when our expression is a SET, the TIMEX2 set values with unknown parts stand for the
  TIMEX3 duration of their unit: ``XXXX-XX-XX`` = ``P1D``, ``XXXX-WXX`` = ``P1W``, ``XXXX-XX`` = ``P1M``,
  ``XXXX`` = ``P1Y`` (README: sets "are flagged by a separate attribute (not kept here) and their VAL
  is often a point with unknown parts: "daily" and "per day" are ``XXXX-XX-XX`` or ``P1D``, "weekly"
  ``XXXX-WXX``, "per month" ``P1M`` or ``XXXX-XX``, "Annually" ``XXXX`` ... TIMEX3 writes type SET with a
  duration value (``P1D``, ``P1W``)").  Only for our SETs, since the gold's SET flag is not in the file
  and the same strings also mean an unknown day or month.

Nothing else is rewritten: the README says plain dates, durations, seasons, parts of day, the
``PAST_REF``/``PRESENT_REF``/``FUTURE_REF`` words, decades (``198``), centuries and ``BC`` years
(``BC0490``) are written alike in both; time zones and ``mod`` need nothing either ("early October"
is ``1939-10`` in both, TIMEX3 adding ``mod="START"``, which is not compared).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs

from ._timex_classes import ErrorClass

__all__ = [
    "GoldTimex",
    "Unscored",
    "WikiWarsDocument",
    "group_classes",
    "is_wikiwars",
    "read_wikiwars",
    "same_value",
    "tidy_value",
    "value_class",
]


@attrs.frozen
class GoldTimex:
    """One gold TIMEX2 with a value.  ``type`` is empty: TIMEX2 has none."""

    start: int
    end: int
    value: str
    type: str = ""


@attrs.frozen
class Unscored:
    """A TIMEX2 kept out of the gold: ``reason`` is ``no_val`` (no value) or ``nested``."""

    start: int
    end: int
    reason: str
    text: str
    value: str | None = None


@attrs.frozen
class WikiWarsDocument:
    """One article: its text, its date (the dateline) and its gold and unscored TIMEX2."""

    docid: str
    text: str = attrs.field(repr=False)
    dateline: dt.date | None
    gold: tuple[GoldTimex, ...]
    unscored: tuple[Unscored, ...] = ()


def is_wikiwars(path: Path) -> bool:
    """Whether a command-line location is a WikiWars JSON file (by its ``.json`` suffix)."""
    return path.suffix.lower() == ".json"


def _offsets(item: Any, text: str, where: str) -> tuple[int, int]:
    start, end = item[0], item[1]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ValueError(f"{where}: bad offsets {start!r}, {end!r} (text of {len(text)} characters)")
    return start, end


def _document(raw: Any, where: str) -> WikiWarsDocument:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: expected an object, got {type(raw).__name__}")
    try:
        docid, text, gold, unscored = raw["id"], raw["text"], raw["gold"], raw.get("unscored", [])
    except KeyError as exc:
        raise ValueError(f"{where}: no {exc.args[0]!r}") from None
    if not (isinstance(docid, str) and isinstance(text, str) and isinstance(gold, list)
            and isinstance(unscored, list)):
        raise ValueError(f"{where}: 'id' and 'text' must be strings, 'gold' and 'unscored' lists")
    where = f"{where} ({docid})"
    dct = raw.get("dct")
    try:
        dateline = None if dct is None else dt.date.fromisoformat(dct)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: bad dct {dct!r}") from None
    timexes: list[GoldTimex] = []
    for n, item in enumerate(gold):
        here = f"{where}: gold {n}"
        if not (isinstance(item, list) and len(item) == 4 and isinstance(item[3], str)):
            raise ValueError(f"{here}: expected [start, end, type, value], got {item!r}")
        start, end = _offsets(item, text, here)
        timexes.append(GoldTimex(start, end, item[3]))
    kept: list[Unscored] = []
    for n, item in enumerate(unscored):
        here = f"{where}: unscored {n}"
        if not (isinstance(item, list) and len(item) in (4, 5) and isinstance(item[2], str)):
            raise ValueError(f"{here}: expected [start, end, reason, text(, value)], got {item!r}")
        start, end = _offsets(item, text, here)
        if item[3] != text[start:end]:
            raise ValueError(f"{here}: {item[3]!r} is not the text at {start}:{end}, {text[start:end]!r}")
        kept.append(Unscored(start, end, item[2], item[3], item[4] if len(item) == 5 else None))
    return WikiWarsDocument(docid, text, dateline, tuple(timexes), tuple(kept))


def read_wikiwars(path: Path | str) -> list[WikiWarsDocument]:
    """The documents of one WikiWars JSON file, in file order.  Raises OSError or ValueError."""
    path = Path(path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError(f"{path}: expected a list of documents")
    return [_document(doc, f"{path}: document {n}") for n, doc in enumerate(raw)]


# --------------------------------------------------------------------------- values

_LONG_UNITS = re.compile(r"^P(?P<amount>\d*\.?\d+)(?P<unit>DE|CE)$")
_YEARS_PER = {"DE": 10, "CE": 100}
_SET_POINTS = {"XXXX-XX-XX": "P1D", "XXXX-WXX": "P1W", "XXXX-XX": "P1M", "XXXX": "P1Y"}


def tidy_value(value: str) -> str:
    """A value with TIMEX2's decade and century durations in years (``P1DE`` -> ``P10Y``)."""
    m = _LONG_UNITS.match(value)
    if m is None:
        return value
    try:
        years = Decimal(m["amount"]) * _YEARS_PER[m["unit"]]
    except InvalidOperation:  # pragma: no cover - the pattern admits decimals only
        return value
    shown = format(years.normalize(), "f") if years != years.to_integral_value() else str(int(years))
    return f"P{shown}Y"


def same_value(gold: str, system_type: str, system_value: str) -> bool:
    """Whether our TIMEX3 value says what the gold TIMEX2 value says (see the module docstring)."""
    ours = tidy_value(system_value)
    if tidy_value(gold) == ours:
        return True
    return system_type == "SET" and _SET_POINTS.get(gold) == ours


# --------------------------------------------------------------------------- error classes

_REFS = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def _year(value: str) -> str:
    """The year part of a point value: up to four digits or X, after an optional ``BC``."""
    m = re.match(r"(?:BC)?[\dX]{1,4}", value)
    return "" if m is None else m.group()


def value_class(gold: str, ours: str) -> str:
    """The class of a wrong value, gold TIMEX2 against ours (both as written)."""
    gold, ours = tidy_value(gold), tidy_value(ours)
    if gold in _REFS or ours in _REFS:
        return "value: reference word (PAST/PRESENT/FUTURE_REF) vs another value"
    if gold.startswith("P") and ours.startswith("P"):
        return "value: duration amount or unit"
    if gold.startswith("P") or ours.startswith("P"):
        return "value: duration vs point"
    if gold.startswith("BC") != ours.startswith("BC"):
        return "value: BC vs AD"
    if _shape(gold) != _shape(ours):
        if _shape(gold).replace("X", "9") == _shape(ours).replace("X", "9"):
            return "value: X-filled vs full"
        return "value: granularity differs"
    if _year(gold) != _year(ours):
        return "value: year wrong (same granularity)"
    return "value: month/day wrong (same year)"


def group_classes(errors: Iterable[tuple[str, str]]) -> list[ErrorClass]:
    """(class, example) pairs grouped by class, largest first, each with its first example."""
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for name, example in errors:
        counts[name] += 1
        examples.setdefault(name, example)
    ordered: Sequence[tuple[str, int]] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [ErrorClass(n, name, examples[name]) for name, n in ordered]
