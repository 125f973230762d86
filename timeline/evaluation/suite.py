"""Score a tagger on a suite of one-phrase test cases: Duckling's English time corpus as TIMEX3 cases.

Run ``python -m timeline.evaluate --suite FILE.json [--kind KIND] [--errors] [--json]``.

The suite file (``../shared/duckling/duckling_en.json``; its README describes the format) holds
cases, each a short phrase (``text``), its reference time (``ref``), a ``category``
(``[latent |diff |exact-second ]kind:grain``) and the expected expressions (``expect``: one item, or
none for a negative case).  The system reads each phrase with its ``ref`` as the dateline
(``build_timeline(text, ref, kind=...)``; ``ref`` is passed as a ``datetime``).  Duckling prefers the
future for a bare date ("monday" said on a Tuesday is next Monday), so the default reading is
``kind="schedule"``; ``--kind`` overrides it and the report says which one was used.

What is scored, as the suite's README ("Scoring the cases") describes it:

* an expected item is **found** when one of our expressions overlaps it;
* its **extent** is right when an expression spans the item, or the item without one or more leading
  prepositions or signals (``on``, ``at``, ``by``, ``from``, ``since``, ``until``, ...: TIMEX3 leaves
  them out) and/or without trailing punctuation; for a ``range`` item, also when the expressions
  overlapping it are two, the first starting at such a start and the second ending at such an end
  ("3-4pm" as "3" and "4pm");
* its **value** is right, by the first rule that holds:

  - ``timex``: an overlapping expression's value equals one of the item's ``timex`` values, after
    normalising times (``T15`` = ``T15:00`` = ``T15:00:00``; a day's ``T24:00`` = the next day's
    ``T00``, one instant in ISO 8601) and durations (``P1W`` = ``P7D``: equal months and seconds);
  - ``alt``: it equals one of the item's ``alt`` values (the TIMEX3 readings where Duckling answers
    otherwise).  A value with a zone (``T16:00+01:00``, ``T08:00Z``) matches the alternative written
    "in the zone the phrase names" by its local time: the alternative is that local time;
  - ``interval``: it denotes exactly one of the item's ``intervals`` (same start and end; an
    expression with a ``span`` of its own, "Ramadan 2018", by that span, not its value's period); a part of
    day, weekend or season (``TMO``, ``-WE``, ``-SU``, whose bounds are conventions) when it overlaps
    one by at least half of the longer of the two;
  - ``range``: two overlapping expressions, in text order, the first starting at one of a ``range``
    entry's ``start_at`` instants, the second ending at one of its ``got_end_at`` or starting at one of
    its ``got_start_at`` ("3-4pm": 15:00 ... 16:00);
  - ``deadline``: for a deadline range ("by EOM", "by 2:00pm", "within 2 weeks": from the reference
    time to the deadline), an overlapping expression that starts or ends at the deadline
    (``got_end_at``): "2:00pm" starts at it, "the end of the month" (``2013-02``) ends at it.

  A value with a zone is compared by the ``interval`` and ``range`` rules only with the entries
  recorded in the phrase's zone (``"why": "phrase's zone"``), and by its local time.

The matches by ``alt``, ``interval``, ``range`` and ``deadline`` are counted apart from the plain
``timex`` ones (the *lenient* share).  The groups are reported apart:

* **scored phrases**: the expected items of the positive cases scored by default (``skip_default``
  null) other than ``rangeTests``; the headline ``value-correct`` share is over them, holidays
  included (and then shown without and with holidays apart);
* **latent** cases (``skip_default`` set: phrases Duckling finds only when asked for latent readings);
* **rangeTests**: extent cases without a value: found and extent only;
* **negatives**: a case is *clean* when the system returns no expression at all.

The table by grain (Second ... Year, from the category) covers the scored phrases that are not
holidays; holidays have their own line.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal, Protocol

import attrs

from .._values import Granularity, interval_of

__all__ = [
    "GROUPS",
    "RULES",
    "CaseResult",
    "PhraseSystem",
    "SuiteResult",
    "Tally",
    "default_system",
    "read_suite",
    "report_json",
    "report_text",
    "score_case",
    "score_suite",
]


class _Expression(Protocol):
    """What is scored of one of our expressions: its span and value."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> str: ...


class _Output(Protocol):
    @property
    def expressions(self) -> Sequence[_Expression]: ...


PhraseSystem = Callable[[str, dt.datetime], _Output]
"""A tagger: ``system(phrase, ref)`` returns an object with ``expressions``."""

Rule = Literal["timex", "alt", "interval", "range", "deadline"]
RULES: tuple[Rule, ...] = ("timex", "alt", "interval", "range", "deadline")
Group = Literal["scored", "latent", "rangeTests", "negative"]
GROUPS: tuple[Group, ...] = ("scored", "latent", "rangeTests", "negative")

# Prepositions and signals TIMEX3 leaves out of an expression ("on 2/15" is "2/15"): any run of
# them may open the phrase.  "around" and "about" are TIMEX3 modifiers (mod APPROX), kept in the
# extent by some taggers and left out by others: both spans are accepted.
_SIGNALS = re.compile(
    r"(?i)(?:(?:at|on|in|by|for|from|since|until|untill|till|til|to|through|thru|after|before|between"
    r"|within|during|around|about|of|as\s+of|starting)\s+)+"
)
_TRAILING = re.compile(r"[.,;:!?]+\Z")
# A time of day at the end of a value, with an optional zone: T15, T15:30, T15:30:00.5, T08:00Z.
_TIME = re.compile(
    r"(?P<head>.*T\d\d)(?P<minute>:\d\d)?(?P<second>:\d\d(?:\.\d+)?)?(?P<zone>Z|[+-]\d\d(?::?\d\d)?)?"
)
_DURATION = re.compile(
    r"P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<Mo>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<Mi>\d+(?:\.\d+)?)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?)?"
)
# A whole calendar day's 24:00 (its end), with an optional zone: 2013-02-12T24, T24:00, T24:00:00.
_MIDNIGHT_END = re.compile(r"\d{4}-\d\d-\d\dT24(?::00(?::00)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?")
_SECONDS = {"W": 7 * 86400, "D": 86400, "H": 3600, "Mi": 60, "S": 1}
# Values whose bounds are conventions (a morning, a weekend, a season): compared by overlap.
_CONVENTIONAL = frozenset({Granularity.PART_OF_DAY, Granularity.WEEKEND, Granularity.SEASON})
_ZONE_WHY = "zone"  # an alternative (alt_why, or a range entry's "why") written in the phrase's zone


# --------------------------------------------------------------------------- values


def _split_zone(value: str) -> tuple[str, bool]:
    """The value without a trailing zone designator, and whether it had one."""
    m = _TIME.fullmatch(value)
    if m is None or m["zone"] is None:
        return value, False
    return value[: m.start("zone")], True


def normalise(value: str) -> str:
    """A value in the form compared: ``T15:00:00`` and ``T15:00`` as ``T15``, ``T15:30:00`` as
    ``T15:30``; a day's ``T24:00`` as the next day's ``T00`` (ISO 8601: the same instant); a duration as its months and seconds (``P1W`` and ``P7D`` alike); others as they are."""
    m = _TIME.fullmatch(value)
    if m is not None and _MIDNIGHT_END.fullmatch(value):
        # ISO 8601: 24:00 of a day is 00:00 of the next one, the same instant ("midnight" T24:00)
        day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=1)
        m = _TIME.fullmatch(day.isoformat() + "T00" + (m["zone"] or ""))
        assert m is not None
    if m is not None:
        second = m["second"] if m["second"] and float(m["second"][1:]) else ""
        minute = m["minute"] if (m["minute"] and (m["minute"] != ":00" or second)) else ""
        return m["head"] + minute + second + (m["zone"] or "")
    d = _DURATION.fullmatch(value)
    if d is not None and value not in ("P", "PT") and not value.endswith("T"):
        months = Fraction(d["Y"] or 0) * 12 + Fraction(d["Mo"] or 0)
        seconds = sum((Fraction(d[k] or 0) * n for k, n in _SECONDS.items()), Fraction(0))
        return f"P[{months} months, {seconds} seconds]"
    return value


def _instants(values: Iterable[str]) -> frozenset[dt.datetime]:
    return frozenset(dt.datetime.fromisoformat(v) for v in values)


def _interval(value: str) -> tuple[dt.datetime, dt.datetime, Granularity] | None:
    found = interval_of(value)
    return None if found is None else (found[1], found[2], found[0])


# --------------------------------------------------------------------------- one case


@attrs.frozen
class CaseResult:
    """One expected item (or one negative case) and how the system did on it."""

    id: str
    text: str
    category: str
    group: Group
    holiday: bool
    grain: str  # Duckling's grain from the category ("Day", "Minute", ...); "" for negatives
    found: bool
    extent: bool
    value: bool  # False for rangeTests and negatives (no value to get)
    rule: Rule | None  # the rule that made the value right
    got: tuple[tuple[str, str], ...]  # our expressions on the phrase: (text, value)
    expected: tuple[str, ...]  # the item's timex values
    alt: tuple[str, ...]

    @property
    def clean(self) -> bool:
        """A negative case with no expression."""
        return self.group == "negative" and not self.got

    def format(self) -> str:
        got = ", ".join(f"{t!r} {v}" for t, v in self.got) or "nothing"
        if self.group == "negative":
            return f"{self.id}  negative  {self.text!r}: got {got}"
        marks = ("found" if self.found else "missed") + ("" if self.extent or not self.found else ", extent wrong")
        if self.group != "rangeTests" and self.found and not self.value:
            marks += ", value wrong"
        want = " | ".join(self.expected) or "(range)"
        if self.alt:
            want += "  alt " + " | ".join(self.alt)
        return f"{self.id}  {self.category}  {self.text!r}: {marks}; got {got}; expected {want}"


def _group(case: Mapping[str, Any]) -> Group:
    if not case["expect"]:
        return "negative"
    if case.get("part") == "rangeTests":
        return "rangeTests"
    if case.get("skip_default"):
        return "latent"
    return "scored"


def _extent(item: Mapping[str, Any], text: str, overlapping: Sequence[_Expression]) -> bool:
    start, end = item["start"], item["end"]
    starts = {start}
    m = _SIGNALS.match(text, start, end)
    if m is not None and m.end() < end:
        starts.add(m.end())
    ends = {end}
    t = _TRAILING.search(text, start, end)
    if t is not None and t.start() > start:
        ends.add(t.start())
    if any(x.start in starts and x.end in ends for x in overlapping):
        return True
    return (
        item.get("kind") == "range" and len(overlapping) == 2
        and overlapping[0].start in starts and overlapping[1].end in ends
    )


def _alt_match(item: Mapping[str, Any], values: Sequence[str]) -> bool:
    whys = item.get("alt_why") or []
    for k, alt in enumerate(item.get("alt") or []):
        in_zone = k < len(whys) and _ZONE_WHY in whys[k]
        want = normalise(alt)
        for value in values:
            local, zoned = _split_zone(value)
            if normalise(value) == want or (in_zone and zoned and normalise(local) == want):
                return True
    return False


def _entries(item: Mapping[str, Any]) -> list[tuple[Mapping[str, Any], bool]]:
    """The item's range entries, each with whether it is written in the phrase's zone."""
    return [(r, _ZONE_WHY in str(r.get("why", ""))) for r in item.get("range") or []]


def _intervals(item: Mapping[str, Any]) -> list[tuple[dt.datetime, dt.datetime, bool]]:
    """The item's intervals, each with whether it is in the phrase's zone (the intervals of a
    range item run beside its range entries)."""
    entries = _entries(item)
    out = []
    for k, (a, b) in enumerate(item.get("intervals") or []):
        in_zone = k < len(entries) and entries[k][1]
        out.append((dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b), in_zone))
    return out


def _denotes(ours: tuple[dt.datetime, dt.datetime, Granularity], theirs: tuple[dt.datetime, dt.datetime]) -> bool:
    start, end, granularity = ours
    if (start, end) == theirs:
        return True
    if granularity not in _CONVENTIONAL:
        return False
    overlap = min(end, theirs[1]) - max(start, theirs[0])
    return overlap >= max(end - start, theirs[1] - theirs[0]) / 2


def _value_rule(item: Mapping[str, Any], overlapping: Sequence[_Expression]) -> Rule | None:
    values = [x.value for x in overlapping]
    timex = {normalise(v) for v in item.get("timex") or []}
    if any(normalise(v) in timex for v in values):
        return "timex"
    if _alt_match(item, values):
        return "alt"
    # (interval, zoned) of each overlapping expression, in text order; a zoned value by its local time
    spans: list[tuple[tuple[dt.datetime, dt.datetime, Granularity] | None, bool]] = []
    for x in overlapping:
        own = getattr(x, "span", None)  # an expression's own exact interval ("Ramadan 2018": its days)
        if own is not None:
            spans.append(((own.start, own.end, own.granularity), False))
            continue
        local, zoned = _split_zone(x.value)
        spans.append((_interval(local), zoned))
    intervals = _intervals(item)
    for ours, zoned in spans:
        if ours is not None and any(_denotes(ours, (a, b)) for a, b, in_zone in intervals if in_zone or not zoned):
            return "interval"
    entries = _entries(item)
    for entry, in_zone in entries:
        start_at, end_at = _instants(entry["start_at"]), _instants(entry["got_end_at"])
        start_at_end = _instants(entry.get("got_start_at") or [])
        usable = [s for s, zoned in spans if s is not None and (in_zone or not zoned)]
        for i, first in enumerate(usable):
            if first[0] in start_at and any(
                second[1] in end_at or second[0] in start_at_end for second in usable[i + 1:]
            ):
                return "range"
    for entry, in_zone in entries:
        if entry.get("deadline"):
            deadline = _instants(entry["got_end_at"])
            if any(s is not None and (in_zone or not zoned) and (s[0] in deadline or s[1] in deadline)
                   for s, zoned in spans):
                return "deadline"
    return None


def _grain(category: str) -> str:
    return category.rsplit(":", 1)[1] if ":" in category else ""


def score_case(case: Mapping[str, Any], expressions: Sequence[_Expression]) -> list[CaseResult]:
    """The results of one case given our expressions on its phrase: one per expected item, or one
    for a negative case."""
    text, group = case["text"], _group(case)
    ours = sorted(expressions, key=lambda x: (x.start, x.end))
    got = tuple((text[x.start : x.end], x.value) for x in ours)
    base = {"id": case["id"], "text": text, "category": case["category"], "group": group, "got": got}
    if group == "negative":
        return [CaseResult(**base, holiday=False, grain="", found=bool(ours), extent=False, value=False,
                           rule=None, expected=(), alt=())]
    results = []
    for item in case["expect"]:
        overlapping = [x for x in ours if x.start < item["end"] and item["start"] < x.end]
        rule = _value_rule(item, overlapping) if group != "rangeTests" and overlapping else None
        results.append(CaseResult(
            **base, holiday="holiday" in item or case["category"].startswith("holiday"),
            grain=_grain(item.get("category") or case["category"]),
            found=bool(overlapping), extent=_extent(item, text, overlapping), value=rule is not None, rule=rule,
            expected=tuple(item.get("timex") or ()), alt=tuple(item.get("alt") or ()),
        ))
    return results


# --------------------------------------------------------------------------- the suite


@attrs.frozen
class Tally:
    """Counts over a set of expected items."""

    n: int = 0
    found: int = 0
    extent: int = 0
    value: int = 0
    rules: Mapping[str, int] = attrs.field(factory=dict)

    @classmethod
    def of(cls, results: Iterable[CaseResult]) -> Tally:
        rs = list(results)
        return cls(
            n=len(rs), found=sum(r.found for r in rs), extent=sum(r.extent for r in rs),
            value=sum(r.value for r in rs), rules=dict(Counter(r.rule for r in rs if r.rule is not None)),
        )

    @property
    def lenient(self) -> int:
        """Value matches that rest on a lenient rule (alt, interval, range, deadline)."""
        return self.value - self.rules.get("timex", 0)

    def share(self, count: int) -> float:
        return count / self.n if self.n else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n, "found": self.found, "extent": self.extent, "value": self.value,
            "found_share": round(self.share(self.found), 4), "extent_share": round(self.share(self.extent), 4),
            "value_share": round(self.share(self.value), 4), "lenient": self.lenient,
            "rules": {rule: self.rules.get(rule, 0) for rule in RULES},
        }


_GRAINS = ("Second", "Minute", "Hour", "Day", "Week", "Month", "Quarter", "Year")


@attrs.frozen
class SuiteResult:
    """The results of every case of a suite, and the figures drawn from them."""

    name: str
    kind: str
    cases: int
    results: tuple[CaseResult, ...]

    def group(self, group: Group, holiday: bool | None = None) -> list[CaseResult]:
        return [r for r in self.results if r.group == group and (holiday is None or r.holiday == holiday)]

    @property
    def scored(self) -> Tally:
        """The headline set: the scored phrases (see the module's docstring)."""
        return Tally.of(self.group("scored"))

    def by_grain(self) -> dict[str, Tally]:
        """The scored phrases that are not holidays, by Duckling's grain (finest first)."""
        rows = self.group("scored", holiday=False)
        grains = sorted({r.grain for r in rows}, key=lambda g: (_GRAINS.index(g) if g in _GRAINS else 99, g))
        return {g: Tally.of(r for r in rows if r.grain == g) for g in grains}

    @property
    def negatives(self) -> tuple[int, int]:
        """(clean, all) negative cases."""
        rows = self.group("negative")
        return sum(r.clean for r in rows), len(rows)


def read_suite(path: Path) -> dict[str, Any]:
    """The suite file: a JSON object with ``cases`` (a ValueError if not)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise ValueError(f"{path}: not a suite file (a JSON object with 'cases')")
    return data


# Alternatives the suite's README gives to every phrase of a class that its conversion left out of
# some items: see the file's "about" and docs/accuracy.md.  Scored apart from the raw figure.
COMPLETED_ALTS = Path(__file__).with_name("duckling_completed_alts.json")
# What each class's phrase looks like and what its alternative must be (a duration; a date at a unit's grain).
_CLASS_TEXT: Mapping[str, re.Pattern[str]] = {
    "in N units": re.compile(r"(?i)(?:today\s+)?in\s+\S.*"),
    "N units ago / from now": re.compile(r"(?i).+\s+(?:ago|hence|from\s+(?:right\s+)?now)"),
}
_CLASS_ALT: Mapping[str, re.Pattern[str]] = {
    "in N units": re.compile(r"PT?\d.*"),
    "N units ago / from now": re.compile(r"\d{4}(?:-W\d\d|-\d\d(?:-\d\d)?)?"),
}


def completed_alts(suite: Mapping[str, Any], path: Path = COMPLETED_ALTS) -> dict[str, Any]:
    """The suite with the alternatives of ``path`` added to their items: each names its case by id and
    text (a ValueError when the suite has no such case, or the phrase or the value does not fit its
    class), for a suite of the file's name; another suite is returned unchanged."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("suite") != suite.get("suite"):
        return dict(suite)
    cases = {case["id"]: case for case in suite["cases"]}
    added: dict[str, str] = {}
    for entry in data["items"]:
        case, cls, alt = cases.get(entry["id"]), entry["class"], entry["alt"]
        if case is None or case["text"] != entry["text"] or len(case["expect"]) != 1:
            raise ValueError(f"{path.name}: {entry['id']} {entry['text']!r} is not a one-item case of the suite")
        if not (_CLASS_TEXT[cls].fullmatch(case["text"]) and _CLASS_ALT[cls].fullmatch(alt)):
            raise ValueError(f"{path.name}: {entry['id']} {entry['text']!r} {alt!r} is not of the class {cls!r}")
        added[entry["id"]] = alt
    out = []
    for case in suite["cases"]:
        if case["id"] in added:
            item = dict(case["expect"][0])
            item["alt"] = [*(item.get("alt") or []), added[case["id"]]]
            case = {**case, "expect": [item]}
        out.append(case)
    return {**suite, "cases": out}


def default_system(kind: str) -> PhraseSystem:
    """[`timeline.build_timeline`][timeline.build_timeline] reading each phrase as ``kind``."""
    from .. import build_timeline

    def system(text: str, ref: dt.datetime) -> _Output:
        return build_timeline(text, ref, kind=kind)

    return system


def score_suite(suite: Mapping[str, Any], system: PhraseSystem | None = None, *, kind: str = "schedule"
                ) -> SuiteResult:
    """Run ``system`` (by default ``build_timeline(text, ref, kind=kind)``) on every case and score it."""
    run = system or default_system(kind)
    results: list[CaseResult] = []
    for case in suite["cases"]:
        ref = dt.datetime.fromisoformat(case["ref"])
        results.extend(score_case(case, run(case["text"], ref).expressions))
    return SuiteResult(name=str(suite.get("suite", "suite")), kind=kind, cases=len(suite["cases"]),
                       results=tuple(results))


# --------------------------------------------------------------------------- reports


def _fig(count: int, tally: Tally) -> str:
    return f"{count:4} {tally.share(count):.3f}"


def _row(name: str, t: Tally, value: bool = True) -> str:
    cells = f"{name:24} {t.n:5}  {_fig(t.found, t)}  {_fig(t.extent, t)}"
    if value:
        cells += f"  {_fig(t.value, t)}  {t.lenient:7}"
    return cells


def headline(result: SuiteResult) -> str:
    t = result.scored
    return (f"value-correct {t.share(t.value):.3f} ({t.value}/{t.n}) of the scored phrases"
            f" (positive cases scored by default, rangeTests left out; kind={result.kind})")


def completed_headline(result: SuiteResult, completed: SuiteResult, added: int) -> str:
    t = completed.scored
    return (f"  with the README's alternative classes completed ({added} items,"
            f" timeline/evaluation/{COMPLETED_ALTS.name}): {t.share(t.value):.3f} ({t.value}/{t.n})")


def report_text(result: SuiteResult, path: Path | str, errors: bool = False,
                completed: tuple[SuiteResult, int] | None = None) -> str:
    """The printed report: the headline first (and the figure with completed alternatives, when
    given), then the groups, the rules and the grains."""
    t = result.scored
    clean, negatives = result.negatives
    header = f"{'':24} {'n':>5}  {'found':>10}  {'extent':>10}  {'value':>10}  {'lenient':>7}"
    lines = [
        headline(result),
        *([completed_headline(result, *completed)] if completed is not None else []),
        f"suite {result.name} ({path}): {result.cases} cases; reading kind={result.kind!r},"
        " dateline = each case's ref (a datetime)",
        "",
        header,
        _row("scored phrases", t),
        _row("  not holidays", Tally.of(result.group("scored", holiday=False))),
        _row("  holidays", Tally.of(result.group("scored", holiday=True))),
        _row("latent (skip_default)", Tally.of(result.group("latent"))),
        _row("rangeTests (no value)", Tally.of(result.group("rangeTests")), value=False),
        f"{'negatives':24} {negatives:5}  clean {clean}/{negatives} {clean / negatives if negatives else 1.0:.3f}",
        "",
        "value-correct of the scored phrases by rule: "
        + ", ".join(f"{rule} {t.rules.get(rule, 0)}" for rule in RULES)
        + f" (lenient {t.lenient} = {t.share(t.lenient):.3f} of the phrases)",
        "",
        "by grain (scored phrases, holidays apart)",
        header.replace(" " * 24, f"{'grain':24}", 1),
        *(_row(grain, tally) for grain, tally in result.by_grain().items()),
        _row("holidays", Tally.of(result.group("scored", holiday=True))),
    ]
    if errors:
        misses = [r for r in result.results if _is_error(r)]
        lines += ["", f"errors ({len(misses)}: misses, wrong extents and values, dirty negatives)"]
        lines += [r.format() for r in misses]
    return "\n".join(lines)


def _is_error(r: CaseResult) -> bool:
    if r.group == "negative":
        return not r.clean
    if r.group == "rangeTests":
        return not r.extent
    return not (r.extent and r.value)


def report_json(result: SuiteResult, path: Path | str, errors: bool = False,
                completed: tuple[SuiteResult, int] | None = None) -> dict[str, Any]:
    clean, negatives = result.negatives
    report: dict[str, Any] = {
        "suite": result.name, "path": str(path), "cases": result.cases, "kind": result.kind,
        "headline": {"value_correct": result.scored.value, "scored_phrases": result.scored.n,
                     "share": round(result.scored.share(result.scored.value), 4)},
        "scored": result.scored.to_dict(),
        "not_holidays": Tally.of(result.group("scored", holiday=False)).to_dict(),
        "holidays": Tally.of(result.group("scored", holiday=True)).to_dict(),
        "latent": Tally.of(result.group("latent")).to_dict(),
        "range_tests": Tally.of(result.group("rangeTests")).to_dict(),
        "negatives": {"n": negatives, "clean": clean},
        "by_grain": {grain: tally.to_dict() for grain, tally in result.by_grain().items()},
    }
    if completed is not None:
        done, added = completed
        report["completed_alts"] = {"items": added, "file": COMPLETED_ALTS.name, "value_correct": done.scored.value,
                                    "share": round(done.scored.share(done.scored.value), 4)}
    if errors:
        report["errors"] = [attrs.asdict(r) for r in result.results if _is_error(r)]
    return report
