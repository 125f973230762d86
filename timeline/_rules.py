"""Rules: each has a readable name, a pattern with named groups, a builder and examples.

Patterns are assembled from the vocabulary tables in ``_vocab.py`` by the small
helpers below; builders receive the match's named groups (lower-cased) and
return a :class:`Partial` or None (None rejects the match).  Rules are listed
in priority order: when two rules match at the same position, the earlier one
wins, so longer, more specific forms come first.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

import attrs

from . import _holidays as H
from . import _vocab as V
from ._partial import Anchor, Partial, Shift
from ._values import Granularity as G
from ._zones import zone_key

Groups = Mapping[str, str | None]
Builder = Callable[[Groups], Partial | None]


@attrs.frozen
class Rule:
    """One way of writing a temporal expression."""

    name: str
    pattern: str
    build: Builder
    examples: tuple[str, ...]
    # A rule that puts pieces together ("tuesday at 3pm", "3-4pm"): when a guard or its builder rejects a
    # match, the rules after it are still tried at the same place ("this evening, one more trip" is no
    # "this evening at one", but "this evening" is a time).  Other rejections keep the place from them
    # ("2010 BC Hydro" is no era and no year either).
    composite: bool = False
    # A pattern whose opening words stand for the rule's, when the word index cannot list them from
    # the rule's own (a composite's first two words can be spelled too many ways): its first word, any
    # second word ("tuesday at 3pm" opens as a day does: a weekday, a month, "today", "the", digits ...).
    opens: str = ""
    # The kinds of text (build_timeline's ``kind``) the rule reads, when not all: what a calendar note
    # means that news leaves unmarked ("all week").  Dropped after the kind is known (_extract.for_kind).
    kinds: tuple[str, ...] = ()


# --------------------------------------------------------------------------- pattern helpers


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words`` (lower case), spaces as ``\\s+``, written as a
    trie ("may", "mar", "march": "(?:ma(?:r(?:ch)?|y))").  The regex engine then reads each character once instead of
    trying every word in turn.  It matches what the words listed longest first match: words
    branching at a character exclude each other, and a word's longer continuations are tried
    before it (a greedy optional tail)."""
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return "(?:" + _trie_pattern(trie) + ")"


_Trie = dict[str, "_Trie"]


def _trie_pattern(node: _Trie) -> str:
    branches = [(r"\s+" if part == " " else re.escape(part)) + _trie_pattern(rest) for part, rest in sorted(node.items()) if part]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def g(name: str, pattern: str) -> str:
    """A named group."""
    return f"(?P<{name}>{pattern})"


def opt(pattern: str) -> str:
    return f"(?:{pattern})?"


@functools.lru_cache(maxsize=4096)  # a fact about a phrase: builders ask for the same few groups again and again
def norm(text: str | None) -> str:
    """Lower-case, collapse whitespace, drop a trailing dot."""
    return " ".join((text or "").lower().split()).rstrip(".")


_UNIT_WORDS = {**{u: u for u in V.UNITS}, **V.UNIT_PLURALS, **V.UNIT_ABBREVIATIONS}
MONTH = alt(m for m in V.MONTHS if len(m) > 3 or m == "may") + "|" + alt(m for m in V.MONTHS if len(m) <= 4 and m != "may") + r"\.?"
FULL_MONTH = alt(m for m in V.MONTHS if (len(m) > 3 or m == "may") and m != "sept") + r"|sept\.?"
WEEKDAY = alt(V.WEEKDAYS) + r"\.?"
FULL_WEEKDAY = alt(V.FULL_WEEKDAYS)
_ABBREVIATED_WEEKDAY = alt(w for w in V.WEEKDAYS if w not in V.FULL_WEEKDAYS)  # "tue", "thurs", "sat"
# The abbreviations that are no word ("Tue", "Thu", "Fri") stand alone for their day; not before a name ("Thu Nguyen").
# "sat", "sun", "wed", "mon" are words too: days only after "on", "next", "this", "every", "last" ("game
# on sat", "next wed"; not "sat down", "the sun", "sun-drenched") or in a range of days ("Mon-Fri")
DAY3 = alt(day[:3] for day in V.FULL_WEEKDAYS)  # "mon" ... "sun"
_WORD_DAY = alt(V.WEEKDAY_WORDS_TOO)
# What joins abbreviated days in a range or a list: tight links ("Mon-Fri", "mon/wed/fri", "sat&sun")
# in any case; loose ones ("Mon, Wed and Fri", "Sat or Sun") only beside a capitalized day, as
# "They sat, sun-drenched" is no list.  Each of fixed width, so that a look-behind can read it.
DAY_LINKS = ("-", "\u2013", "/", "&", " & ")
_LOOSE_DAY_LINKS = (",", ", ", " and ", " or ")
DAY_LINK = alt(DAY_LINKS)
_CAPITALIZED_WORD_DAY = "(?-i:" + "|".join(w.capitalize() for w in V.WEEKDAY_WORDS_TOO) + ")"
_NEXT_DAY = DAY3 + r"\b(?!-)"  # not "sun-drenched"
_WEEKDAY_ABBREVIATION = (r"(?:tues?|thu(?:rs?)?|fri)(?:\.|(?!\s+(?-i:[A-Z])))|mon\."
                         + "|(?:" + "|".join(rf"(?<=\b{w}\s)" for w in V.WEEKDAY_WORD_LEFT) + ")" + _WORD_DAY + r"(?![\w-])"
                         # either end of a range or a list of abbreviated days: "Mon-Fri", "sat-sun", "mon/wed/fri"
                         + "|" + _WORD_DAY + r"(?=" + DAY_LINK + _NEXT_DAY + ")"
                         + "|(?:" + "|".join(rf"(?<=\b{DAY3}{re.escape(link)})" for link in DAY_LINKS) + ")" + _WORD_DAY + r"\b(?!-)"
                         + "|" + _CAPITALIZED_WORD_DAY + r"(?=" + alt(_LOOSE_DAY_LINKS) + _NEXT_DAY + ")"
                         + "|(?:" + "|".join(rf"(?<=\b{DAY3}{re.escape(link)})" for link in _LOOSE_DAY_LINKS) + ")"
                         + _CAPITALIZED_WORD_DAY + r"\b(?!-)")
# A day of the month in digits with its ordinal ending ("3rd", "23rd"); DAY_NUM, the ending optional.
_ORDINAL_DAY_DIGITS = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR4 = r"(?:1[0-9]|20)\d\d(?!\d)"
_TENS = alt(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
_ONES = alt(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
NUMBER = (
    r"(?:\d+(?:,\d{3}){0,6}(?:\.\d+)?(?:\s+1/2|\s*½)?|"  # at most 7 comma groups: bounded work per token
    + _TENS + r"(?:[-\s]" + _ONES + r")?|"
    + alt(V.NUMBER_WORDS) + r")"
)
VAGUE = alt(V.VAGUE_NUMBERS)
# Abbreviations in lower case only: "a sec" is a second, "a SEC filing" is not.
UNIT = alt({**{u: u for u in V.UNITS}, **V.UNIT_PLURALS}) + "|(?-i:" + alt(V.UNIT_ABBREVIATIONS) + ")"
CAL_UNIT = (alt(["week", "month", "year", "quarter", "decade", "century", "weekend", "fortnight", "season"])
            + "|(?-i:" + alt(a for a, u in V.UNIT_ABBREVIATIONS.items() if u in ("week", "year", "quarter")) + ")")
PART = alt(V.PARTS_OF_DAY)
SEASON = alt(V.SEASONS)
MOD = alt(V.MODIFIERS)
# "over" before "the" is a preposition ("over [the past 20 years]"), before a number a hedge.
QUANT = alt(q for q in V.QUANTIFIERS if q != "over") + r"|over(?!\s+the\b)"
ORDINAL = alt(V.ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"
REL = alt(["last", "this", "next", "this coming", "this past", "coming", "past", "previous", "the coming", "the next"])
# Era markers, case-sensitive ("ad" and "ce" are words): after a year "44 BC", "79 AD"; before it "AD 79".
ERA = "(?-i:" + alt(V.ERAS) + ")"
# Holiday names, each spelling also without its apostrophes and dots and with typographic ones,
# and with spaces for hyphens ("valentines day", "st patrick’s day", "eid al adha").
HOLIDAY = alt(
    variant
    for spelling in V.HOLIDAY_NAMES
    for hyphens in {spelling, spelling.replace("-", " ")}
    for dots in {hyphens, hyphens.replace(".", "")}
    for variant in {dots, dots.replace("'", ""), dots.replace("'", "’")}
)
ERA_BEFORE = "(?-i:" + alt(V.ERAS_BEFORE) + ")"
# The modifiers an era date takes ("early 480 BC", "the end of 44 BC"): a few, so that the rule opens
# with few words.
ERA_MOD = alt(m for m in V.MODIFIERS if m.split()[-1] in ("early", "late", "mid", "mid-", "of") and "part" not in m
              and "dawn" not in m and "close" not in m)


# --------------------------------------------------------------------------- value helpers


def _number(text: str | None) -> float | None:
    """The value of a number phrase; None for a vague one ("several")."""
    t = norm(text).replace(",", "")
    if not t or t in V.VAGUE_NUMBERS:
        return None
    half = 0.5 if t.endswith("1/2") or t.endswith("½") else 0.0
    t = t.replace("1/2", "").replace("½", "").strip()
    if not t:
        return half or None
    try:
        return float(t) + half
    except ValueError:
        pass
    if t in V.NUMBER_WORDS:
        return V.NUMBER_WORDS[t] + half
    total = 0
    for part in re.split(r"[-\s]+", t):
        if part not in V.NUMBER_WORDS:
            return None
        total += V.NUMBER_WORDS[part]
    return total + half


def _fmt_amount(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(amount: float | None, unit_word: str) -> str:
    """``P3W``, ``PT5H``, ``PXY``: the TIMEX3 duration of ``amount`` units."""
    unit = _UNIT_WORDS[norm(unit_word)]
    letter, is_time, mult = V.UNITS[unit]
    if letter == "Q":
        letter, mult = "M", 3
    n = None if amount is None else amount * mult
    if n is not None and n != int(n) and (letter, is_time) in _HALVES:
        # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: the fraction in the next unit.
        small, per = _HALVES[letter, is_time]
        whole, rest = int(n), round((n - int(n)) * per)
        head = ("PT" if is_time else "P") + (f"{whole}{letter}" if whole else "")
        return head + ("T" if small == "H" else "") + f"{rest}{small}"
    return ("PT" if is_time else "P") + _fmt_amount(n) + letter


# The next smaller unit of a fractional duration, and how many of it make one.
_HALVES: Mapping[tuple[str, bool], tuple[str, int]] = {
    ("Y", False): ("M", 12), ("M", False): ("D", 30), ("D", False): ("H", 24),
    ("H", True): ("M", 60), ("M", True): ("S", 60),
}


_CAL_UNIT: Mapping[str, G] = {
    "day": G.DAY, "night": G.DAY, "week": G.WEEK, "fortnight": G.WEEK, "weekend": G.WEEKEND,
    "month": G.MONTH, "quarter": G.QUARTER, "year": G.YEAR, "decade": G.DECADE,
    "century": G.CENTURY, "hour": G.HOUR, "minute": G.MINUTE, "second": G.SECOND, "season": G.SEASON,
}


def _cal_unit(word: str | None) -> tuple[G, int]:
    """The calendar granularity of a unit word and how many of it one unit is."""
    unit = _UNIT_WORDS.get(norm(word), norm(word))
    if unit == "fortnight":
        return G.WEEK, 2
    if unit == "millennium":
        return G.CENTURY, 10
    return _CAL_UNIT[unit], 1


def _month(text: str | None) -> int:
    return V.MONTHS[norm(text)]


def _day(text: str | None) -> int:
    t = norm(text)
    if t in V.ORDINALS:
        return V.ORDINALS[t]
    return int(re.sub(r"\D", "", t))


def _year(text: str | None) -> str:
    t = norm(text).lstrip("'")
    if len(t) == 2:
        return ("19" if int(t) > 30 else "20") + t
    return t


def _mod(text: str | None) -> str | None:
    t = norm(text).rstrip("-")
    return V.MODIFIERS.get(t) or V.MODIFIERS.get(t + "-") if t else None


def _quant(m: Groups) -> str | None:
    """The mod of a quantified duration: "more than" inside the extent, "about" outside.

    "over" before a determiner is a preposition ("over the past 20 years"), not a hedge."""
    if m["quant"]:
        quant = norm(m["quant"])
        return V.QUANTIFIERS.get(quant) or V.OUTSIDE_QUANTIFIERS.get(quant) or None
    if m["det"]:
        return None
    return V.OUTSIDE_QUANTIFIERS.get(norm(m["before"])) or None


def _ymd(year: str | None, month: int, day: int) -> str | None:
    if not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    return f"{year or 'XXXX'}-{month:02d}-{day:02d}"


_REL_DIRECTION: Mapping[str, int] = {
    "last": -1, "past": -2, "this past": -2, "previous": -2,
    "this": 0, "next": 1, "coming": 1, "this coming": 1, "the coming": 1, "the next": 1,
    "current": 0, "upcoming": 1, "the upcoming": 1,
}


# --------------------------------------------------------------------------- builders


def _b_iso(m: Groups) -> Partial | None:
    value = _ymd(m["year"], int(m["month"] or 0), int(m["day"] or 0))
    if value is None:
        return None
    if m["hour"]:
        if int(m["hour"] or 0) > 24 or int(m["minute"] or 0) > 59 or int(m["second"] or 0) > 59:
            return None
        second = f":{m['second']}" if m["second"] else ""
        # "2023-01-31T09:00:00Z", "...T09:00+0100": the offset as written, in ISO 8601's extended form
        offset = norm(m["offset"]).upper()
        offset = offset[:3] + ":" + offset[3:] if len(offset) == 5 else "Z" if offset in ("Z", "+00:00") else offset
        return Partial("TIME", value + f"T{m['hour']}:{m['minute']}{second}{offset}")
    return Partial("DATE", value)


def _calendar_day(year: str | None, month: int, day: int) -> str | None:
    """ "2021-02-28", "XXXX-02-29" (a leap year's days when the year is unknown); None for no such day."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(int(year) if year else 2000, month)[1]:
        return None
    return f"{year or 'XXXX'}-{month:02d}-{day:02d}"


def _b_numeric(m: Groups) -> Partial | None:
    """A date in digits whose order the text does not fix: "3/4/2025", "10-31-74", "2/15".  Both
    readings are kept (``Partial.numeric``); the value is the month-first one unless only the day-first
    one is a date ("13/03/2025"); ``build_timeline(dayfirst=...)`` may force either."""
    year = _year(m["year"]) if m["year"] else None
    first, second = int(m["first"] or 0), int(m["second"] or 0)
    if year is None and second in (2, 3, 4, 8) and first < second:
        return None  # a fraction: "cut by 1/2", "by 3/4"
    month_first, day_first = _calendar_day(year, first, second), _calendar_day(year, second, first)
    value = month_first or day_first
    return None if value is None else Partial("DATE", value, numeric=(month_first, day_first))


def _b_ymd(m: Groups) -> Partial | None:
    """ "2015-3-3", "2015/03/03", "2015.3.3": year first is always year, month, day."""
    value = _calendar_day(m["year"], int(m["month"] or 0), int(m["day"] or 0))
    return None if value is None else Partial("DATE", value)


def _b_day_mon_year(m: Groups) -> Partial | None:
    """ "31-Oct-74", "31/Oct/1974"."""
    value = _calendar_day(_year(m["year"]), _month(m["month"]), int(m["day"] or 0))
    return None if value is None else Partial("DATE", value)


def _b_numeric_month(m: Groups) -> Partial | None:
    """ "2014-10", "2014/10", "2/2013": a month of a year."""
    month = int(m["month"] or 0)
    return Partial("DATE", f"{m['year']}-{month:02d}") if 1 <= month <= 12 else None


def _month_not_range() -> str:
    """ "YYYY-MM" where MM is no later year of a range written as one (_range_end): "2014-10" is
    October 2014, "2008-09" the years 2008 and 2009 (the year rule's), "1999-12" December 1999."""
    branches = []
    for month in range(1, 13):
        # MM is a range's end when later than YY, or up to ten years after it across a century
        years = [f"{y:02d}" for y in range(100) if not (month > y or month + 100 - y <= _MAX_ROLLOVER)]
        branches.append(alt(years) + f"-{month:02d}")
    return r"(?:1\d|20)(?:" + "|".join(branches) + r")(?!\d)"


def _b_month_day(m: Groups) -> Partial | None:
    value = _ymd(m["year"], _month(m["month"]), _day(m["day"]))
    named = m["weekday"] or m["weekday2"]
    weekday = V.WEEKDAYS[norm(named)] if named else None
    # "the quarter ended Sept. 30": the day closes the period just named.
    period_end = norm(m["before"]) in ("ended", "ending")
    return None if value is None else Partial("DATE", value, weekday=weekday, period_end=period_end)


def _b_week_of(m: Groups) -> Partial | None:
    day = _b_month_day(m)
    return None if day is None else attrs.evolve(day, coarsen=G.WEEK)


def _b_month_year(m: Groups) -> Partial | None:
    return Partial("DATE", f"{m['year']}-{_month(m['month']):02d}", mod=_mod(m["mod"]))


def _b_mod_month(m: Groups) -> Partial | None:
    direction = _REL_DIRECTION.get(norm(m["rel"])) if m["rel"] else None
    return Partial("DATE", f"XXXX-{_month(m['month']):02d}", mod=_mod(m["mod"]), direction=direction)


def _b_month_rel_year(m: Groups) -> Partial | None:
    amount = _REL_DIRECTION[norm(m["rel"])]
    return Partial("DATE", f"XXXX-{_month(m['month']):02d}", shift=Shift(Anchor.DATELINE, G.YEAR, amount))


# Words that count from the story's time (the reference), and by how many units: "that year", "the
# following week", "the previous month"; "August of that year".
_ANAPHORIC: Mapping[str, int] = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1, "the prior": -1}


def _b_date_of_that_year(m: Groups) -> Partial | None:
    """A month or a day "of that year", "of the same year", "of the following year": the year the
    story counts from (the reference), as "that year" alone is."""
    day = m["day"] or m["dday"]
    value = _ymd(None, _month(m["month"]), _day(day)) if day else f"XXXX-{_month(m['month']):02d}"
    if value is None:
        return None
    return Partial("DATE", value, shift=Shift(Anchor.REFERENCE, G.YEAR, _ANAPHORIC[norm(m["that"])]))


def _b_mod_year(m: Groups) -> Partial | None:
    return Partial("DATE", norm(m["year"]), mod=_mod(m["mod"]))


def _b_year(m: Groups) -> Partial | None:
    return Partial("DATE", norm(m["year"]))


def _b_decade(m: Groups) -> Partial | None:
    if m["decade"]:
        digits = m["decade"][:3]
    else:
        short = norm(m["short"])
        digits = ("19" if int(short[0]) >= 3 else "20") + short[0]
    return Partial("DATE", digits, mod=_mod(m["mod"]))


def _b_century(m: Groups) -> Partial | None:
    """ "the 20th century" ``19``; "the 4th century BC" ``BC03``: centuries count from 0 (TIMEX2,
    WikiWars), before Christ as after."""
    era = _era(m["era"])
    if m["hundreds"]:
        return Partial("DATE", era + m["hundreds"][:2], mod=_mod(m["mod"]))
    n = _day(m["ord"])
    if not 1 <= n <= 100:  # "the 0th century" (raised ValidationError on the value "-1")
        return None
    return Partial("DATE", f"{era}{n - 1:02d}", mod=_mod(m["mod"]))


def _b_quarter(m: Groups) -> Partial | None:
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}.get(norm(m["ord"]))
    if n is None:
        n = int(re.sub(r"\D", "", norm(m["ord"])) or 0)
    if not 1 <= n <= 4:
        return None
    if m["year"]:
        return Partial("DATE", f"{m['year']}-Q{n}")
    rel = m["rel"] or m["orel"]  # "next year's first quarter", "the first quarter of next year"
    shift = Shift(Anchor.DATELINE, G.YEAR, _REL_DIRECTION.get(norm(rel), 0)) if rel else None
    return Partial("DATE", f"XXXX-Q{n}", shift=shift, direction=0)


_PERIOD_CODE = r"(?-i:Q)" + g("ord", "[1-4]") + r"|" + g("nord", "[1-4]") + r"(?-i:Q)" + r"|(?-i:H)" + g("hord", "[12]") + "|" + g(
    "nhord", "[12]") + r"(?-i:H)"
_CODE_LEFT = ("in", "during", "for", "by", "through", "until", "since", "from", "to", "of", "this", "next", "last")
_CODE_RIGHT = ("results", "earnings", "revenue", "revenues", "sales", "profit", "profits", "loss", "losses", "guidance",
               "deliveries", "shipments", "figures", "numbers", "growth", "GDP", "report", "estimates", "forecast")


def _b_period_code(m: Groups) -> Partial | None:
    """ "Q3 2022" 2022-Q3, "3Q24" 2024-Q3, "H2 2024" 2024-H2, "2018Q4", "FY24 Q3"; "in Q3" the dateline year's."""
    code = norm(m["yq"])
    half = m["hord"] or m["nhord"] or (code[1:] if code.startswith("h") else None)
    number = half or m["ord"] or m["nord"] or code[1:]
    letter = "H" if half else "Q"
    year = m["year"] or m["fyear"] or m["yfirst"]
    if year:
        return Partial("DATE", f"{_year(year)}-{letter}{number}")
    return Partial("DATE", f"XXXX-{letter}{number}", direction=0)


def _b_clock_duration(m: Groups) -> Partial | None:
    """ "2:08:41" PT2H8M41S, "3:43.13" PT3M43.13S: the parts that are not zero."""
    parts = ((m["hours"], "H"), (m["minutes"] or m["mins"], "M"), (m["seconds"] or m["secs"], "S"))
    body = "".join(f"{float(n):g}{unit}" for n, unit in parts if n and float(n))
    return Partial("DURATION", "PT" + body) if body else None


_NOT_BEFORE_ATM = ("a", "an", "the", "this", "that", "any", "each", "every", "nearest", "nearby", "no", "one", "my", "your",
                   "his", "her", "our", "their", "its", "local", "bank", "from", "at", "to", "by", "near", "outside")


# An abbreviation that is also a word in capitals is no time in a run of capitals ("A BOY WAS FOUND").
_NOT_IN_CAPITALS = r"(?<!(?-i:[A-Z])\s)"
_NOT_BEFORE_CAPITALS = r"(?!\s+(?-i:[A-Z]))"  # nor before a name ("the BOY Scouts")
# "EOM" and friends: (E)nd or (B)eginning of the (D)ay, (W)eek, (M)onth, (Q)uarter or (Y)ear.
# Not "BOM", "BOQ" (bills of materials and quantities), "BOW", "BOD" (a board of directors).
_PERIOD_EDGES = ["EOD", "EOW", "EOM", "EOQ", "EOY", "BOY", "COB"]
_EDGE_UNITS: Mapping[str, G] = {"d": G.DAY, "w": G.WEEK, "m": G.MONTH, "q": G.QUARTER, "y": G.YEAR, "b": G.DAY}


def _b_period_edge(m: Groups) -> Partial | None:
    mod: str | None
    if m["code"]:
        code = norm(m["code"])  # "cob", the close of business, is the day's end
        unit, mod = _EDGE_UNITS[code[-1]], "START" if code[0] == "b" else "END"
    else:
        unit, mod = _cal_unit(m["unit"])[0], _mod(m["mod"])
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, unit, 0), mod=mod)


def _b_rest_of(m: Groups) -> Partial | None:
    """ "the rest of the week", "the remainder of this year", "the rest of the day": the period ("the"
    one the story is in, "this" one the dateline's), its span from the dateline's day to its end
    (_api._span); "all week", "all year long": the whole period, as "the week"."""
    unit = _cal_unit(m["runit"] or m["aunit"])[0]
    anchor = Anchor.DATELINE if norm(m["rrel"]) == "this" else Anchor.REFERENCE
    return Partial("DATE", "X", shift=Shift(anchor, unit, 0), rest=bool(m["runit"]))


def _b_day_end(m: Groups) -> Partial | None:
    """ "EOD tomorrow", "COB Friday", "end of day Friday": the day named, at its end (mod END)."""
    if m["deictic"]:
        return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.DAY, V.DAY_DEICTICS[norm(m["deictic"])][0]), mod="END")
    return Partial("DATE", f"XXXX-WXX-{V.WEEKDAYS[norm(m['weekday'])]}", mod="END")


_PICK_ORDINALS: Mapping[str, int] = {
    **{w: n for w, n in V.ORDINALS.items() if w not in ("last", "final")}, "last": -1, "final": -1,
    **{f"{n}{'st' if n % 10 == 1 and n != 11 else 'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'th'}": n
       for n in range(1, 32)},
}
_PICK_ORDINAL = alt(_PICK_ORDINALS) + r"|[12]\d(?!\d)|3[01](?!\d)|[1-9](?!\d)"
_BACK_ORDINAL = alt(w for w, n in _PICK_ORDINALS.items() if 2 <= n <= 10)  # "second last", "3rd to last"


def _b_day_in_month(m: Groups) -> Partial | None:
    if m["back"] or m["penult"]:  # "the third last week", "the 5th last day", "the penultimate Friday"
        nth = -(_PICK_ORDINALS[norm(m["back"])] if m["back"] else 2)
    else:
        nth = _PICK_ORDINALS.get(norm(m["ord"])) or int(norm(m["ord"]) or 0)
    # A week is the one that holds the picked Thursday, as ISO 8601 gives a week to the year that
    # holds its Thursday: "the first week of October 2014" is 2014-W40 (Sep. 29 to Oct. 5), "the last
    # week of September 2014" 2014-W39; a weekend the one of the picked Saturday.
    weekday = V.WEEKDAYS[norm(m["weekday"])] if m["weekday"] else 6 if m["weekend"] else 4 if m["week"] else 0
    coarsen = G.WEEKEND if m["weekend"] else G.WEEK if m["week"] else None
    in_year = bool(m["pyear"]) or norm(m["punit"]) == "year"
    most = 53 if in_year and weekday else 5 if weekday else 31
    if not nth or not -most <= nth <= most:
        return None
    pick = (nth, weekday)
    if m["month"]:
        return Partial("DATE", f"{m['year'] or 'XXXX'}-{_month(m['month']):02d}", pick=pick, coarsen=coarsen)
    if m["pyear"]:
        return Partial("DATE", norm(m["pyear"]), pick=pick, coarsen=coarsen)
    amount = {"last": -1, "previous": -1, "next": 1, "following": 1, "coming": 1}.get(norm(m["rel"]), 0)
    unit = G.YEAR if in_year else G.MONTH
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, unit, amount), pick=pick, coarsen=coarsen)


def _b_day_in_week(m: Groups) -> Partial | None:
    weekday = V.WEEKDAYS[norm(m["weekday"] or m["weekday2"])]
    amount = _REL_DIRECTION[norm(m["rel"] or m["rel2"])]
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.WEEK, amount), pick=(1, weekday))


def _b_hour_fraction(m: Groups) -> Partial | None:
    quarters = {"1/4": 1, "1/2": 2, "3/4": 3}.get(norm(m["fraction"])) or (3 if norm(m["part"]).startswith("three") else 1)
    return Partial("DURATION", f"PT{15 * quarters}M")


def _b_to_date(m: Groups) -> Partial | None:
    unit = _cal_unit(m["unit"])[0] if m["unit"] else {"y": G.YEAR, "m": G.MONTH, "q": G.QUARTER}[norm(m["code"])[0]]
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, unit, 0))


def _b_half(m: Groups) -> Partial | None:
    n = 1 if norm(m["ord"]) in ("first", "1st", "first two") else 2
    if m["decade"] or m["short"]:
        # "the last half of the '80s": the decade, its start or end
        decade = _b_decade(m)
        return None if decade is None else attrs.evolve(decade, mod="START" if n == 1 else "END")
    if m["year"]:
        return Partial("DATE", f"{m['year']}-H{n}")
    if m["orel"]:  # "the first half of next year"
        return Partial("DATE", f"XXXX-H{n}", shift=Shift(Anchor.DATELINE, G.YEAR, _REL_DIRECTION.get(norm(m["orel"]), 0)),
                       direction=0)
    return Partial("DATE", f"XXXX-H{n}", direction=0)


def _b_season(m: Groups) -> Partial | None:
    season = V.SEASONS[norm(m["season"])]
    if m["year"] or m["short"]:
        return Partial("DATE", f"{m['year'] or _year(m['short'])}-{season}", mod=_mod(m["mod"]))
    if m["arel"]:
        # "the following spring": the first after the story's time; "that summer", "the same winter": the
        # one of its year (the one in progress in a winter month)
        return Partial("DATE", f"XXXX-{season}", mod=_mod(m["mod"]), shift=Shift(Anchor.REFERENCE, G.SEASON, 0),
                       direction=1 if norm(m["arel"]).endswith("following") else 0)
    direction = _REL_DIRECTION.get(norm(m["rel"])) if m["rel"] else None
    return Partial("DATE", f"XXXX-{season}", mod=_mod(m["mod"]), direction=direction)


_HOLIDAY_BEFORE: Mapping[str, tuple[int, G | None, str]] = {
    # words before a holiday: days from it, the period that holds it, a part of its day
    "the day before": (-1, None, ""), "the day after": (1, None, ""), "the eve of": (-1, None, ""),
    "the week of": (0, G.WEEK, ""), "the weekend of": (0, G.WEEKEND, ""),
    **{f"{the}{part} of": (0, None, f"T{code}") for the in ("", "the ") for part, code in V.PARTS_OF_DAY.items()
       if part in ("morning", "afternoon", "evening", "night")},
}
_HOLIDAY_AFTER: Mapping[str, tuple[int, G | None, str]] = {
    "eve": (-1, None, ""), "week": (0, G.WEEK, ""), "weekend": (0, G.WEEKEND, ""),
    **{part: (0, None, f"T{V.PARTS_OF_DAY[part]}") for part in ("morning", "afternoon", "evening", "night")},
}


def _holiday_year(m: Groups) -> str | None:
    """The year stated after a holiday: "2019", "nineteen ninety-nine", "two thousand ten"."""
    if m["year"]:
        return m["year"]
    if m["century"]:
        return _spelled_year(m)
    if m["y2k"]:
        rest = _number(m["y2k"])
        return None if rest is None or not 1 <= rest < 100 else f"20{int(rest):02d}"
    return None


def _holiday_shift(m: Groups) -> Shift | None:
    """The shift from the dateline after a holiday: "three months ago", "nine months from now"."""
    if m["yrel"]:
        return Shift(Anchor.DATELINE, G.YEAR, _REL_DIRECTION[norm(m["yrel"])])
    if not m["sdir"]:
        return None
    amount = _number(m["snum"])
    if amount is None or amount != int(amount):
        return None
    unit, mult = _counted_unit(m["sunit"])
    return Shift(Anchor.DATELINE, unit, int(amount) * mult * (-1 if norm(m["sdir"]) == "ago" else 1))


def _b_holiday_offset(m: Groups) -> Partial | None:
    """ "three days after Easter", "a year from Christmas": the holiday's day moved (the days or months are
    applied to each occurrence, so a direction or the tense picks among the moved days, as for "the day
    after Christmas"; a weekday counted from it, "the third Tuesday after Christmas 2014", is counted_near's)."""
    partial = _b_holiday(m)
    if partial is None or partial.suffix:
        return None
    amount = _number(m["onum"])
    if amount is None or amount != int(amount):
        return None
    count = int(amount) * (-1 if norm(m["odir"]) == "before" else 1)
    unit = norm(m["ounit"]).rstrip("s")
    if unit in ("day", "week"):
        return attrs.evolve(partial, holiday_offset=partial.holiday_offset + count * (7 if unit == "week" else 1))
    return attrs.evolve(partial, holiday_months=count * (12 if unit == "year" else 1))


def _b_holiday(m: Groups) -> Partial | None:
    text = m["holiday"] or ""
    name = H.holiday_name(text)
    if name is None:
        return None
    key = H.holiday_key(text)
    year = _holiday_year(m)
    if year is None and (m["century"] or m["y2k"]):
        return None
    shift = _holiday_shift(m)
    dated = bool(year or m["rel"] or shift)
    if text.islower() and (key in H.CAPITALIZED or (key in H.COMMON_WORDS and not dated) or (
            key in V.HOLIDAY_NOUNS and not dated and norm(m["before"]) in ("a", "of", "and", "in"))):
        return None  # "lent money", "a day of thanksgiving", "on election day" abroad: common words
    if text[0].islower() and text.split()[-1][0].isupper() and norm(text.split()[-1]) in V.WEEKDAYS:
        return None  # "a black Friday for the markets", "a good Friday": a Friday, not the holiday
    if m["the"] and not m["hafter"]:
        return None  # "the Memorial Day weekend", but "[Christmas]" in "the Christmas of 1914"
    offset, coarsen, suffix = 0, None, ""
    for words, table in ((m["hbefore"], _HOLIDAY_BEFORE), (m["hafter"], _HOLIDAY_AFTER)):
        if words:
            more, coarse, part = table[norm(words)]
            offset, coarsen, suffix = offset + more, coarse or coarsen, part or suffix
    if not (offset or coarsen):  # "Earth Hour": its time of day ("the day after Earth Hour" is a day)
        suffix = suffix or V.HOLIDAYS[name].time
    rel = norm(m["rel"]) if m["rel"] else ""
    direction = None if rel in ("", "this") else _REL_DIRECTION.get(rel)
    return Partial("TIME" if suffix else "DATE", year or "XXXX", holiday=name, direction=direction, shift=shift,
                   holiday_offset=offset, coarsen=coarsen, suffix=suffix)


def _b_day_deictic(m: Groups) -> Partial | None:
    deictic = norm(m["deictic"])
    days, part = V.DAY_DEICTICS[V.DAY_ABBREVIATIONS.get(deictic, deictic)]
    if m["part"]:
        part = V.PARTS_OF_DAY[norm(m["part"])]
    return Partial(
        "TIME" if part else "DATE", "X", mod=_mod(m["mod"]),
        shift=Shift(Anchor.DATELINE, G.DAY, days), suffix="T" + part if part else "",
    )


def _b_weekday(m: Groups) -> Partial | None:
    day = V.WEEKDAYS[norm(m["weekday"])]
    direction = _REL_DIRECTION.get(norm(m["rel"])) if m["rel"] else None
    return Partial("DATE", f"XXXX-WXX-{day}", direction=direction, mod=_mod(m["mod"]))


_DATELINE_ADJECTIVES = frozenset({"current", "full", "calendar", "this", "present"})
_LATEST_ADJECTIVES = frozenset({"latest", "recent", "most recent", "just-ended", "past"})


def _b_reference_period(m: Groups) -> Partial | None:
    """ "the quarter", "the latest period", "the current year", "the year-ago quarter"."""
    unit = norm(m["unit"])
    adjectives = set(norm(m["adj"]).split())
    n = _ORDINAL_QUARTER.get(norm(m["ord"]), 0)
    year_ago = bool(m["ago"] or m["back"])
    if n and not (m["year"] or year_ago):
        return None  # "the third quarter" is the quarter rule's
    if m["year"] and unit == "year":
        return Partial("DATE", norm(m["year"]))  # "the 2022 fiscal year"
    if m["year"]:
        # "the 1988 third quarter"; "the 1988 period": the reported quarter's number in 1988.
        return Partial("DATE", f"{m['year']}-Q{n}") if n else Partial("DATE", "X", reported_quarter=0, year=norm(m["year"]))
    if year_ago and n:
        return Partial("DATE", f"XXXX-Q{n}", shift=Shift(Anchor.REFERENCE, G.YEAR, -1), comparison=True)
    if year_ago:
        return Partial("DATE", "X", reported_quarter=-4, comparison=True)
    if unit == "year" and m["ended"]:
        # "the year ended Sept. 30", as TimeBank marks it; a year to date, like "the nine months"
        return Partial("DURATION", "P1Y", period_to_date=True)
    if unit == "year" and not adjectives & _LATEST_ADJECTIVES:
        return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.YEAR, 0))  # "a high for the year"
    granularity = G.QUARTER if unit == "period" else _cal_unit(unit)[0]
    if adjectives & _DATELINE_ADJECTIVES:
        return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, granularity, 0))
    if granularity is G.QUARTER:
        return Partial("DATE", "X", reported_quarter=0)
    return Partial("DATE", "X", shift=Shift(Anchor.REFERENCE, granularity, 0))


_ORDINAL_QUARTER: Mapping[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _spelled_year(m: Groups) -> str | None:
    """ "nineteen ninety-four" → "1994"."""
    century = _number(m["century"])
    rest = _number(m["rest"])
    if century is None or rest is None or not 10 <= century <= 20 or rest >= 100:
        return None
    return f"{int(century):02d}{int(rest):02d}"


def _b_spelled_year(m: Groups) -> Partial | None:
    year = _spelled_year(m)
    return None if year is None else Partial("DATE", year)


def _b_month_spelled_year(m: Groups) -> Partial | None:
    year = _spelled_year(m)
    return None if year is None else Partial("DATE", f"{year}-{_month(m['month']):02d}")


def _b_season_spelled_year(m: Groups) -> Partial | None:
    year = _spelled_year(m)
    return None if year is None else Partial("DATE", f"{year}-{V.SEASONS[norm(m['season'])]}")


def _b_weekdays_set(m: Groups) -> Partial | None:
    return Partial("SET", f"XXXX-WXX-{V.WEEKDAYS[norm(m['weekday'])[:-1]]}")


def _compared_amount(before: str | None) -> bool:
    """The word before closes an amount ("$3 million", "62 cents", "4.5%") or is "from"."""
    word = norm(before).rstrip(",")
    return word in ("million", "billion", "cents", "share", "from") or re.fullmatch(r"\$?[\d.,]+%?", word) is not None


def _uncalendared(unit: G, mult: int) -> Partial:
    """ "the past fortnight", "the next fortnight": a unit no calendar has, so no period to name; the
    span back or ahead, as "the past two weeks" is (a duration)."""
    return Partial("DURATION", f"P{mult}W" if unit is G.WEEK else f"P{100 * mult}Y")


def _b_relative(m: Groups) -> Partial | None:
    rel = norm(m["rel"])
    unit, mult = _cal_unit(m["unit"])
    mod = _mod(m["mod"])
    if rel in _ANAPHORIC:
        if mult != 1 and _ANAPHORIC[rel] and not mod:
            return _uncalendared(unit, mult)
        return Partial("DATE", "X", shift=Shift(Anchor.REFERENCE, unit, _ANAPHORIC[rel] * mult), mod=mod)
    if rel == "the" and not mod:
        return None
    # "this past weekend", "the past week", "previous week": the last one (not _REL_DIRECTION's "strictly before").
    amount = -1 if rel in ("this past", "the past", "past", "previous") else _REL_DIRECTION.get(rel, 0)
    if mult != 1 and amount and not mod:
        return _uncalendared(unit, mult)
    if rel == "last" and unit is G.YEAR and not mod and _compared_amount(m["before"]):
        # "compared with a loss of $3 million last year", "up from last year's $1.55 billion": in
        # earnings news, after a reported quarter, that quarter a year before (like "a year earlier").
        return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.YEAR, -1), comparison=True, follows_reference=True)
    if unit is G.WEEKEND and amount:
        # "last weekend" / "next weekend": the nearest one wholly before / not yet begun.
        return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.WEEKEND, 0), direction=amount, mod=mod)
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, unit, amount * mult), mod=mod)


# Words before "two upcoming weeks" that make it a count of weeks (a duration), not the second one.
_SPAN_LEFT = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "next", "over",
                        "during", "for", "within", "throughout", "in", "of", "first", "last"})


def _b_nth_upcoming(m: Groups) -> Partial | None:
    """ "two upcoming weeks", "2 upcoming days": the unit that many ahead (2013-W09 in 2013-W07), as a
    calendar note means it; after a determiner or a preposition of extent ("over the two upcoming
    weeks") a count of units, a duration.  ("the upcoming two weeks" is the duration rule's, P2W.)"""
    n = _number(m["num"])
    if n is None or n != int(n) or n < 1:
        return None
    unit, mult = _cal_unit(m["unit"])
    if unit in _PER_DAY:
        return None
    if m["det"] or norm(m["before"]) in _SPAN_LEFT:
        return Partial("DURATION", duration_value(n, m["unit"] or ""))
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, unit, int(n) * mult))


def _b_weekdays_counted(m: Groups) -> Partial | None:
    """ "three Fridays from now": the third Friday after the dateline's day; "two Thursdays ago"
    (or "back"): the second one before it."""
    n = _number(m["num"])
    if n is None or n != int(n) or not 1 <= n <= 52:
        return None
    direction = -1 if norm(m["dir"]) in ("ago", "back") else 1
    return Partial("DATE", f"XXXX-WXX-{V.WEEKDAYS[norm(m['days'])[:-1]]}", direction=direction, nth=int(n))


def _b_after_next(m: Groups) -> Partial | None:
    """ "Friday after next", "March after next": the second one after the dateline; "Friday before
    last": the second one before it."""
    direction = 1 if norm(m["dir"]) == "after next" else -1
    if m["unit"]:  # "the week after next": two weeks on; "the weekend after next": the one after the coming one
        unit = _cal_unit(m["unit"])[0]
        amount = 1 if unit is G.WEEKEND and direction == 1 else 2 * direction
        return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, unit, amount))
    if m["weekday"]:
        return Partial("DATE", f"XXXX-WXX-{V.WEEKDAYS[norm(m['weekday'])]}", direction=direction, nth=2)
    return Partial("DATE", f"XXXX-{_month(m['month']):02d}", direction=direction, nth=2)


def _partial_date(value: str | None) -> Partial | None:
    return None if value is None else Partial("DATE", value)


def _b_dom_alone(m: Groups) -> Partial | None:
    """ "on the 15th", "the 1st" (a whole note), "on the first", "is the 23rd": a day of some month, the one the
    tense or a schedule picks ("XXXX-XX-15", resolved as "Tuesday the 4th" is)."""
    return _day_of_month(m["dom"] or m["wdom"] or m["cdom"])


def _day_of_month(word: str | None) -> Partial | None:
    """The day of some month ``word`` names ("15th", "first"): ``XXXX-XX-15``, its month left to the resolver."""
    day = _day(word)
    return Partial("DATE", f"XXXX-XX-{day:02d}") if 1 <= day <= 31 else None


def _b_ides(m: Groups) -> Partial | None:
    """ "the ides of March": the Roman calendar's ides, the 15th of March, May, July and October, the
    13th of the other months."""
    month = _month(m["imonth"])
    return Partial("DATE", f"XXXX-{month:02d}-{15 if month in (3, 5, 7, 10) else 13}")


def _b_new_year(m: Groups) -> Partial | None:
    """ "the new year": the year of the New Year's Day the tense picks (see the rule)."""
    return Partial("DATE", "XXXX", holiday="new year's day", coarsen=G.YEAR)


def _b_weekend(m: Groups) -> Partial | None:
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.WEEKEND, 0), direction=None)


_PER_DAY: Mapping[G, int] = {G.HOUR: 24, G.MINUTE: 1440, G.SECOND: 86400}


def _counted_unit(word: str | None) -> tuple[G, int]:
    """The unit of a count from a time and how many of it one unit is, decades and centuries counted
    in years ("a decade ago" is a year: 2013 in a 2023 article)."""
    unit, mult = _cal_unit(word)
    if unit in (G.DECADE, G.CENTURY):
        return G.YEAR, mult * (10 if unit is G.DECADE else 100)
    return unit, mult


def _b_ago(m: Groups) -> Partial | None:
    return _ago(_number(m["num"]), m["unit"], m["dir"], _quant(m))


_FRACTION = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75}


def _b_ago_fraction(m: Groups) -> Partial | None:
    """ "half an hour ago" (1,800 seconds before), "an hour and a half ago", "two and a half hours earlier"."""
    written = m["whole"] or m["whole2"] or m["one"]
    whole = _number(written) if written else 0.0
    if whole is None:
        return None
    part = _FRACTION.get(re.sub(r"\s+", " ", norm(m["part"] or m["part2"])), 0.0)
    unit = norm(m["unit"]).removesuffix("s")
    if unit == "day" and part:  # "half a day ago": twelve hours
        whole, part, unit = whole * 24, part * 24, "hour"
    return _ago(whole + part, unit + "s", m["dir"], None)


def _b_ago_glued(m: Groups) -> Partial | None:
    """ "2h ago", "3d ago": as "2 hours ago", "3 days ago" (no quantifier before a time stamp)."""
    return _ago(_number(m["num"]), V.GLUED_UNITS[norm(m["unit"])], m["dir"], None)


def _ago(amount: float | None, unit_word: str | None, direction_word: str | None, quant: str | None) -> Partial | None:
    """``amount`` units before or after the dateline ("ago", "from now") or the reference ("earlier")."""
    unit, mult = _counted_unit(unit_word)
    direction = norm(direction_word)
    direction = "from now" if direction.startswith("from") else direction  # "from today", "from right now"
    sign = -1 if direction in ("ago", "earlier", "before", "back", "previously") else 1
    anchor = Anchor.DATELINE if direction in ("ago", "from now", "hence", "back") else Anchor.REFERENCE
    if amount is None:
        return Partial("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in _PER_DAY and (total := amount * mult * 86400 / _PER_DAY[unit]) == int(total):
        # The dateline has no clock time: "two hours ago" is the dateline's day, "30 hours
        # ago" the day before; "half an hour ago" is 1,800 seconds before a dateline's time.
        days = int(total) // 86400
        seconds = sign * int(total) if anchor is Anchor.DATELINE else None
        return Partial("DATE", "X", shift=Shift(anchor, G.DAY, sign * days), seconds=seconds)
    if amount != int(amount):
        return None
    # "more than two years ago" lies before that year, "less than a year ago" after it.
    mod = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER"}.get(quant or "", quant)
    return Partial("DATE", "X", shift=Shift(anchor, unit, sign * int(amount) * mult), mod=mod,
                   comparison=True, follows_reference=True)


def _b_anaphoric_day(m: Groups) -> Partial | None:
    phrase = norm(m["phrase"])
    amount = {"the next": 1, "the following": 1, "the previous": -1, "the prior": -1,
              "that": 0, "the same": 0, "that same": 0, "earlier that": 0, "later that": 0}[phrase]
    part = V.PARTS_OF_DAY.get(norm(m["part"]), "")
    return Partial("TIME" if part else "DATE", "X",
                   shift=Shift(Anchor.REFERENCE, G.DAY, amount), suffix="T" + part if part else "")


def _b_day_before_after(m: Groups) -> Partial | None:
    """ "the day before", "the year after": the unit before or after the story's time."""
    amount = -1 if norm(m["dir"]) == "before" else 1
    return Partial("DATE", "X", shift=Shift(Anchor.REFERENCE, _cal_unit(m["unit"])[0], amount))


def _b_year_ago_adj(m: Groups) -> Partial | None:
    """ "the year-ago results": the dateline's previous year (month, week ...); in earnings
    news, after a quarter, the same quarter a year before ("third-quarter ... year-earlier loss")."""
    unit, _ = _cal_unit(m["unit"])
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, unit, -1), comparison=True,
                   follows_reference=unit is G.YEAR)


def _b_duration(m: Groups) -> Partial | None:
    amount = None if m["vague"] else _number(m["num"])
    if m["num"] and amount is None:
        return None
    unit = m["unit"]
    value = duration_value(amount, unit or "")
    # "for the nine months", "in the first nine months": an earnings story's period to date,
    # after which "a year earlier" is the year before (the gold: 6 of 8).
    to_date = value in ("P6M", "P9M") and norm(m["det"]) in ("the", "the first", "the latest")
    return Partial("DURATION", value, mod=_quant(m), period_to_date=to_date)


def _b_duration_half(m: Groups) -> Partial | None:
    """ "half an hour" PT30M, "two and a half years" / "a year and a half" P2Y6M / P1Y6M."""
    unit = norm(m["unit"])
    whole = _number(m["num"]) if m["num"] else 0.0
    if whole is None:
        return None
    if unit in ("hour", "hours") and whole == 0:
        return Partial("DURATION", "PT30M", mod=_quant(m))
    return Partial("DURATION", duration_value(whole + 0.5, unit), mod=_quant(m))


def _b_set_every(m: Groups) -> Partial | None:
    found = _b_every(m)
    if found is None or not m["ktime"]:
        return found
    # "every Monday at 8": the set's days at that time; a zone stays in the extent, not in the value (a
    # weekly time across a change of daylight saving has two offsets)
    c = _Clock(int(m["kbare"]), 0, None, None, False, 0, None, False, True) if m["kbare"] else _read_clock(m, "k")
    if c is None:
        return None
    days, _, part = found.value.partition("T")
    if found.value == "P1D":
        days = "XXXX-XX-XX"  # "every day at 9"
    elif not days.startswith(("XXXX-WXX-", "XXXX-XX-XX")):
        return None  # "every year at 8": no day to hold the time
    suffix = _clock_suffix(c, _PART_HALF.get(part))  # "every Monday evening at 7:30": the evening's 7:30
    return None if suffix is None else Partial("SET", days + suffix)


# What "every" counts: a weekday (with its part of the day), a month, a part of the day, a season, a unit.
# (after "every" a weekday's abbreviation is the day, even one that is a word too: "every tues night", "every sat")
_SET_PERIOD = (g("wkend", r"week-?end(?!s)") + "|" + g("weekday", "(?:" + FULL_WEEKDAY + "|" + _ABBREVIATED_WEEKDAY + r"\.?)(?![\w-])") + opt(r"\s+" + g("wpart", PART)) + r"|" + g("month", FULL_MONTH) + r"|"
               + g("part", PART) + r"|" + g("season", SEASON) + r"|" + g("unit", UNIT))


def _b_every(m: Groups) -> Partial | None:
    if m["wkend"]:
        return Partial("SET", "XXXX-WXX-WE")
    if m["weekday"]:
        part = "T" + V.PARTS_OF_DAY[norm(m["wpart"])] if m["wpart"] else ""
        return Partial("SET", f"XXXX-WXX-{V.WEEKDAYS[norm(m['weekday'])]}{part}")
    if m["month"]:
        return Partial("SET", f"XXXX-{_month(m['month']):02d}")
    if m["part"]:
        return Partial("SET", "XXXX-XX-XXT" + V.PARTS_OF_DAY[norm(m["part"])])
    if m["season"]:
        return Partial("SET", "XXXX-" + V.SEASONS[norm(m["season"])])
    n = 2 if m["other"] else _number(m["num"]) if m["num"] else 1
    if n is None:
        return None
    return Partial("SET", duration_value(n, m["unit"] or ""))


def _b_set_adverb(m: Groups) -> Partial | None:
    return Partial("SET", V.SET_ADVERBS[norm(m["adverb"])])


def _b_set_per(m: Groups) -> Partial | None:
    return Partial("SET", duration_value(1, m["unit"] or ""))


def _b_recent_units(m: Groups) -> Partial | None:
    """TimeBank marks "recent years" as a reference, "recent weeks" as a duration."""
    unit = norm(m["unit"])
    if unit in ("years", "decades"):
        return Partial("DATE", "PAST_REF")
    return Partial("DURATION", duration_value(None, unit))


# Words after which "the 15th" alone is a day of the month.
_DOM_LEFT = ("on", "by", "until", "till", "before", "after", "since", "from", "through", "due", "effective", "starting")
_NUMERIC_DAY_LEFT = (*_DOM_LEFT, "thru", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_PLURAL_UNITS = "years|months|decades|weeks|centuries|days|hours|minutes"
# The words after which a bare plural unit is a duration: prepositions and verbs of duration.
_PLURAL_LEFT = ("for", "within", "the", "in", "after", "over", "during", "took", "take", "takes", "taking", "taken",
                "lasted", "last", "lasts", "lasting", "spent", "spend", "spends", "spending", "waited", "wait", "waits",
                "waiting")


# What makes a bare plural unit a duration whatever precedes it: "[days] later", "[minutes] before the
# vote", "[months] of talks" (not "of the", not a title: "Days of Thunder").
_UNITS_BEFORE = (r"(?:" + _PLURAL_UNITS + r"|seconds)(?:\s+on\s+end)?"
                 r"\s+(?:later|earlier|before|after|into|away|of\s+(?!the\b|(?-i:[A-Z]))[a-z])")


def _b_bare_plural(m: Groups) -> Partial | None:
    plural = norm(m["plural"]).split()[0]
    if (m["plural"] or "x")[0].isupper() and m["before"] and not m["before"].endswith((".", "!", "?", '"')):
        return None  # a title inside a sentence ("the film Days of Heaven")
    return Partial("DURATION", duration_value(None, plural))


_SOMEDAY_LEFT = ("will", "would", "could", "may", "might", "can", "should", "must")


def _b_reference(m: Groups) -> Partial | None:
    return Partial("DATE", V.REFERENCES[norm(m["ref"])])


def _b_bare_month(m: Groups) -> Partial | None:
    return Partial("DATE", f"XXXX-{_month(m['month']):02d}")


def _b_year_words(m: Groups) -> Partial | None:
    return Partial("DATE", "2000")


def _b_this_century(m: Groups) -> Partial | None:
    amount = _REL_DIRECTION.get(norm(m["rel"]), 0)
    return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.CENTURY, amount))


# --------------------------------------------------------------------------- eras and year ranges


def _era(marker: str | None) -> str:
    """The value prefix of an era marker: ``BC`` before Christ ("BC", "B.C.", "BCE"), else ""."""
    return "BC" if marker and V.ERAS.get(marker.strip()) else ""


def _era_year(n: int, marker: str | None) -> str | None:
    """ "44 BC" ``BC0044``, "79 AD" ``0079``: the year as the text numbers it (there is no year 0)."""
    return f"{_era(marker)}{n:04d}" if 1 <= n <= 9999 else None


def _b_era_date(m: Groups) -> Partial | None:
    """A year with its era, alone or after a month, a month-day or a season, with a modifier:
    "44 BC", "early 480 BC", "April 480 BC", "March 15, 44 BC", "the spring of 480 BC", "79 AD"."""
    year = _era_year(int((m["num"] or "0").replace(",", "")), m["era"])
    if year is None:
        return None
    if m["season"]:
        return Partial("DATE", f"{year}-{V.SEASONS[norm(m['season'])]}", mod=_mod(m["mod"]))
    if m["month"]:
        month = _month(m["month"])
        if m["day"]:
            day = _day(m["day"])
            if not 1 <= day <= calendar.monthrange(2000, month)[1]:
                return None
            return Partial("DATE", f"{year}-{month:02d}-{day:02d}", mod=_mod(m["mod"]))
        return Partial("DATE", f"{year}-{month:02d}", mod=_mod(m["mod"]))
    return Partial("DATE", year, mod=_mod(m["mod"]))


def _b_era_before(m: Groups) -> Partial | None:
    """ "AD 79" ``0079``, "A.D. 1066" ``1066``; "AD 117–138" ``0117`` (and ``0138``)."""
    first = int(m["num"] or 0)
    year = _era_year(first, None)
    if year is None:
        return None
    second = _era_range_end(first, m["rsecond"], bc=False) if m["rsecond"] else None
    return Partial("DATE", year, range_end=None if second is None else _era_year(second, None))


def _b_era_decade(m: Groups) -> Partial | None:
    """ "the 470s BC" ``BC047``; a round hundred is a century, as "the 1800s" is: "the 400s BC" ``BC04``."""
    n = int(m["decade"] or 0)
    era = _era(m["era"])
    value = f"{era}{n // 100:02d}" if n % 100 == 0 else f"{era}{n // 10:03d}"
    return Partial("DATE", value, mod=_mod(m["mod"]))


# The longest a range of years written "1337–1453" may span, and how far a two-digit end may
# roll over into the next century ("1999-00", "1998-2001" written "1998-01"): beyond, a pair of
# numbers ("1500-2000 words", "2008-03") is no range of years.
_MAX_RANGE = 200
_MAX_ROLLOVER = 10


def _range_end(first: int, digits: str) -> int | None:
    """The second year of "1914-18" (1918), "1999-00" (2000), "2008-2009" (2009); None when
    it is no later year close enough."""
    if len(digits) == 4:
        second = int(digits)
        return second if 0 < second - first <= _MAX_RANGE else None
    second = first - first % 100 + int(digits)
    if second <= first:
        second += 100
        if second - first > _MAX_ROLLOVER:
            return None
    return second


def _era_range_end(first: int, digits: str, bc: bool) -> int | None:
    """The second year of an era range: "499–493 BC" (493), "100–44 BC" (44), "117-38 AD"
    (138). The years before Christ count down; the number as written is read first, then as the
    last digits of the first year ("492-90 BC" is then 90 BC, as Wikipedia writes BC ranges in full)."""
    readings = [int(digits)]
    if len(digits) < len(str(first)):
        readings.append(int(str(first)[: len(str(first)) - len(digits)] + digits))
    for second in readings:
        if second >= 1 and (second < first if bc else second > first):
            return second
    return None


def _b_bare_year(m: Groups) -> Partial | None:
    """ "1986"; the first year of a range written as one, with its second as ``range_end``: "1914-18"
    1914 (and 1918), "1999-00" 1999 (and 2000), "499–493 BC" BC0499 (and BC0493).  A pair that is no range ("2008-03") is the first
    year alone where it would be one without the second (an en dash; a hyphen rules it out)."""
    if m["single"]:
        return Partial("DATE", norm(m["single"]))
    if m["efirst"]:  # "[499]–493 BC" BC0499 (and BC0493), "from [499] to 493 BC", "between [499] and 493 BC"
        first = int(m["efirst"])
        last = _era_range_end(first, m["esecond"] or "", bool(_era(m["era"])))
        if last is None or (norm(m["elink"]) == "and" and norm(m["before"]) != "between"):
            return None
        year, end = _era_year(first, m["era"]), _era_year(last, m["era"])
        return None if year is None or end is None else Partial("DATE", year, range_end=end)
    first = int(m["year"] or 0)
    second = _range_end(first, m["rsecond"] or "")
    if second is None:
        alone = "\u2013" in (m["rlink"] or "") and 1500 <= first <= 2099
        return Partial("DATE", f"{first:04d}") if alone else None
    return Partial("DATE", f"{first:04d}", range_end=f"{second:04d}")


# --------------------------------------------------------------------------- clock times, zones, days with times, ranges
#
# Typed pieces, each a pattern whose named groups carry a prefix (so that one rule may hold two of a
# kind) and a reader of those groups: a clock time with its zone (_clock_p, _read_clock), a day
# (_day_p, _read_day) and a part of the day (_part_p, _read_part).  The rules put two or three of them
# together ("tuesday at 3pm", "9pm tmr", "the small hours of Sunday"); a range of two ("3-4pm",
# "Wednesday from 9:00 to 9:45 am", "13-15 July") is one match that the extractor splits in two
# expressions (Partial.then), each with what the text shares: the day, the meridiem, the month.

_MIN_TENS = alt(["twenty", "thirty", "forty", "fifty"])
_TEENS = alt(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
              "nineteen"])
_HOUR_WORD = alt(V.HOUR_WORDS)
# "oh five", "fifteen", "thirty", "fifty-nine": the minutes of a spelled clock time
_MINUTE_WORD = r"(?:oh|o|zero)[-\s]" + _ONES + "|" + _TEENS + "|" + _MIN_TENS + r"(?:[-\s]" + _ONES + ")?"
# A meridiem as a word ("pm", "p.m.", "p m", "in the afternoon") or a letter attached to the digits ("3:15p").
_MERIDIEM = (r"[ap]\.\s?m\b\.?|[ap]\s?m\b|in\s+the\s+(?:morning|afternoon|evening|am|pm)\b|in\s+(?:the\s+)?afternoon\b"
             r"|at\s+night\b")
_LETTER = r"[ap](?![\w])"
_OCLOCK = r"o['\u2019]?\s?clock\b"
_ZONE_NAMED = (
    alt(k.lower() for k in V.ZONES if k not in V.CAPITAL_ZONES)
    + "|(?-i:" + alt(k for k in V.CAPITAL_ZONES if k.isupper() and len(k) <= 4)
    + r"|(?:Eastern|Central|Mountain|Pacific)(?:(?:\s+(?:Standard|Daylight))?\s+[Tt]ime\b|(?!\s+[A-Z])))"
)
# "UTC+2", "GMT-05:00", "BST", "PT", "Eastern Time", "local time"; a stated offset before the names it starts with.
# a zone's name, an offset from UTC or GMT ("UTC+2"), or an offset alone after a time ("10:00:00 +0000",
# "14:30 -05:00", as RFC 2822 and ISO 8601 write it: four digits)
_ZONE = (r"(?:UTC|GMT)\s?[+\-\u2212]\d{1,2}(?::?\d\d)?(?!\d)|(?:" + _ZONE_NAMED + r")(?![\w+\-])|local\s+time\b"
         + r"|(?<=\d\s)[+\-\u2212](?:0\d|1[0-4]):?[0-5]\d(?![\d:])")
# What makes a bare hour a clock time: a meridiem after it, "o'clock", a zone.
_HOUR_MARK = r"(?:\s?-?ish)?\s*(?:" + _MERIDIEM + "|" + _OCLOCK + r"|\(?(?:" + _ZONE + "))|" + _LETTER
_WORD_MARK = r"\s*(?:" + _MERIDIEM + "|" + _OCLOCK + ")"
_BASE = r"(?:[01]?\d|2[0-3])(?:h\b)?(?!\d)|" + _HOUR_WORD + r"|noon|midnight"
_COUNT_WORD = alt(["five", "ten", "twenty", "twenty-five", "twenty five"])
_HALF = r"past|after|to|before|till|til|of"


# Where a clock time said without a mark ends ("at 1030", "at 3 15", "half three"): the phrase ends
# (punctuation, the end of the text, a meridiem, "ish", a day after it), never before a word it counts
# or names ("at 3 15-year-olds", "at 405 Williams Ave.", "half three-quarters", "1030 people").
_SPOKEN_END = (r"(?=\s?-?ish\b|\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?:" + _MERIDIEM + "|" + _OCLOCK + "|"
               + alt(["today", "tonight", "tonite", "tomorrow", "on", "this", "next", *V.FULL_WEEKDAYS]) + r")\b)")


def _clock_p(p: str, loose: bool = False, spoken: bool = False, digits: bool = False) -> str:
    """A clock time and its zone: "3pm", "15:30", "6:45:10 am", "14h30", "1015am", "eleven PM",
    "nine o'clock", "quarter to nine", "twenty past four", "noon", "09:15 UTC".  ``loose`` also takes
    a bare hour ("at 9", "8" in "8 tonight"), for rules where the words around make it a time;
    ``spoken`` a time said or typed without a mark ("1030", "3 15", "three twenty", "half three"),
    which its builder takes only after "at" or "around" or with a day (_Clock.spoken); ``digits``
    also "1030" and "150ish" (alone, the rule said_clock reads them)."""
    hour = (
        g(p + "hour", r"[01]?\d|2[0-4]")
        + r"(?::" + g(p + "minute", r"[0-5]\d") + opt(":" + g(p + "second", r"[0-5]\d")) + r"(?![\d:])"
        + r"|\." + g(p + "dminute", r"[0-5]\d") + r"(?=\s*[ap]\.?\s?m\b)"
        # "14h30", "15h" (a lower-case h: "2H24" is the second half of 2024)
        + r"|" + g(p + "h", "(?-i:h)") + opt(g(p + "hminute", r"[0-5]\d")) + r"(?![\w])"
        + r"|(?!\d)(?=" + _HOUR_MARK + ")" + ("|(?![.,]?\\d)" if loose else "") + ")"  # not "at 1,015 francs"
    )
    hhmm = g(p + "hhmm", r"(?:[01]?\d|2[0-3])[0-5]\d") + r"(?=" + _HOUR_MARK + ")"
    words = (g(p + "whour", _HOUR_WORD) + opt(r"[-\s]" + g(p + "wminute", _MINUTE_WORD))
             + ("" if loose else "(?=" + _WORD_MARK + ")"))
    counted = (
        # "a quarter past 3pm", "half past three", "20 minutes to 2pm", "quarter of nine"
        r"(?:a\s+)?" + g(p + "qcount", r"quarter|half|\d{1,2}\s+min(?:ute)?s?|" + _COUNT_WORD + r"\s+minutes?")
        + r"\s+" + g(p + "rel", _HALF) + r"\s+" + g(p + "base", _BASE)
        # "twenty past four", "ten past 9"
        + "|" + g(p + "pcount", _COUNT_WORD + r"|[1-5]?\d") + r"\s+past\s+" + g(p + "pbase", _BASE)
        # "15 to noon", "twenty after 3pm", "15 minutes from 1pm": only before a marked hour
        + "|" + g(p + "mcount", _COUNT_WORD + r"|[1-5]?\d") + r"\s+" + opt(g(p + "mmin", r"min(?:ute)?s?") + r"\s+")
        # ("15 minutes from 1pm to 2pm" is a length and a range)
        + g(p + "mrel", r"after|to|before|till|til|from(?![^,.;\n]{1,14}?(?:\s(?:to|till|til|until|through|thru)\s|[-\u2013]))")
        + r"\s+" + g(p + "mbase", _BASE) + r"(?=" + _HOUR_MARK + r"|(?<=noon)|(?<=midnight)|(?<=h))"
    )
    tail = (
        opt(g(p + "ish", r"\s?-?ish\b")) + opt(r"\s*" + g(p + "oclock", _OCLOCK))
        + opt(r"\s*" + g(p + "ampm", _MERIDIEM) + "|" + g(p + "letter", _LETTER))
    )
    noon = opt(r"12\s+") + g(p + "noon", alt(V.NOON_WORDS))
    zone = opt(r"\s*(?:\(" + g(p + "pzone", _ZONE) + r"\)|" + g(p + "zone", _ZONE) + ")")
    said = (
        # "1030", "150ish", "0930": hours and minutes in three or four digits
        (g(p + "uhhmm", r"(?:[01]?\d|2[0-3])[0-5]\d") + _SPOKEN_END + "|" if digits else "")
        # "3 15", "12 15": the hour and its minutes as two numbers
        + g(p + "shour", r"1[0-2]|0?[1-9]") + r"\s+" + g(p + "sminute", r"[0-5]\d") + _SPOKEN_END
        # "three twenty", "ten oh five"
        + "|" + g(p + "swhour", _HOUR_WORD) + r"[-\s]" + g(p + "swminute", _MINUTE_WORD) + _SPOKEN_END
        # "half three": half past three, as British English says it
        + r"|half\s+" + g(p + "bhalf", _HOUR_WORD + r"|1[0-2]|[1-9]") + _SPOKEN_END + "|"
    ) if spoken else ""
    return "(?:(?:" + said + hhmm + "|" + hour + "|" + words + "|" + counted + ")" + tail + "|" + noon + ")" + zone


class _Clock(NamedTuple):
    """A clock time as written: the hour (as the text numbers it), minutes, seconds, the meridiem
    ("am", "pm", "night"; None when the text gives none), whether it is fixed (24-hour notation or a
    word: no meridiem changes it), the minutes to add ("a quarter to": -15), its zone, "3ish"."""

    hour: int
    minute: int
    second: int | None
    half: str | None
    fixed: bool
    offset: int
    zone: str | None
    approx: bool
    bare: bool  # an hour alone, with nothing that makes it a clock time but the words around it
    spoken: bool = False  # hours and minutes without a mark ("1030", "3 15", "three twenty", "half three")


def _half(m: Groups, p: str) -> str | None:
    if m[p + "letter"]:
        return "am" if norm(m[p + "letter"]).startswith("a") else "pm"
    words = norm(m[p + "ampm"]).replace(".", "").replace(" ", "")
    if not words:
        return None
    if words in ("am", "inthemorning", "intheam"):
        return "am"
    if words == "atnight":
        return "night"
    return "pm"


def _minutes(text: str | None) -> int | None:
    t = norm(text)
    t = re.sub(r"^(?:oh|o|zero)[-\s]", "", t)
    n = _number(t)
    return None if n is None or n != int(n) else int(n)


def _read_clock(m: Groups, p: str) -> _Clock | None:
    written = m[p + "zone"] or m[p + "pzone"]
    zone = zone_key(written) if written else None
    if m[p + "noon"]:
        word = V.NOON_WORDS[norm(m[p + "noon"])]
        return _Clock(int(word[1:3]), 0, None, None, True, 0, zone, False, False)
    half, approx = _half(m, p), bool(m[p + "ish"])
    second = int(m[p + "second"] or 0) if m[p + "second"] else None
    if m[p + "hhmm"]:
        digits = m[p + "hhmm"] or ""
        return _Clock(int(digits[:-2]), int(digits[-2:]), None, half, False, 0, zone, approx, False)
    said = m[p + "uhhmm"] or m[p + "shour"] or m[p + "swhour"] or m[p + "bhalf"]
    if said:
        if m[p + "uhhmm"]:
            digits = m[p + "uhhmm"] or ""
            hour, minute = int(digits[:-2]), int(digits[-2:])
            fixed = hour > 12 or digits[0] == "0"  # "1930", "0930": a 24-hour clock
        elif m[p + "shour"]:
            hour, minute, fixed = int(m[p + "shour"] or 0), int(m[p + "sminute"] or 0), False
        else:
            word = norm(m[p + "swhour"] or m[p + "bhalf"])
            spelled = _minutes(m[p + "swminute"]) if m[p + "swminute"] else 30
            if spelled is None or spelled > 59:
                return None
            hour, minute, fixed = V.HOUR_WORDS.get(word) or int(word), spelled, False
        return _Clock(hour, minute, None, half, fixed, 0, zone, approx, False, half is None)
    if m[p + "hour"]:
        written_minute = m[p + "minute"] or m[p + "dminute"] or m[p + "hminute"]
        digits = m[p + "hour"] or "0"
        # 24-hour notation: "15:30", "08:00", "14h30", "0:15"; a meridiem it lends or borrows in a range does not apply
        fixed = bool(m[p + "h"]) or int(digits) > 12 or int(digits) == 0 or (m[p + "minute"] is not None and digits[0] == "0")
        bare = written_minute is None and not (half or m[p + "oclock"] or zone or m[p + "h"])
        return _Clock(int(digits), int(written_minute or 0), second, half, fixed, 0, zone, approx, bare)
    if m[p + "whour"]:
        spelled = _minutes(m[p + "wminute"]) if m[p + "wminute"] else 0
        if spelled is None or spelled > 59:
            return None
        return _Clock(V.HOUR_WORDS[norm(m[p + "whour"])], spelled, None, half, False, 0, zone, approx,
                      not (half or m[p + "oclock"]))
    count_text = m[p + "qcount"] or m[p + "pcount"] or m[p + "mcount"]
    rel = norm(m[p + "rel"] or ("past" if m[p + "pcount"] else m[p + "mrel"]))
    base = norm(m[p + "base"] or m[p + "pbase"] or m[p + "mbase"]).rstrip("h")
    if not count_text or not base:
        return None
    count_word = re.sub(r"\s+min(?:ute)?s?$", "", norm(count_text)).removeprefix("a ")
    count = V.MINUTE_COUNTS.get(count_word)
    if count is None:
        count = _minutes(count_word)
    if count is None or not 1 <= count <= 59 or (rel == "of" and count != 15) or (rel == "from" and not m[p + "mmin"]):
        return None  # "15 minutes from 1pm", not "15 from 1pm"
    sign = 1 if rel in ("past", "after", "from") else -1
    if base in ("noon", "midnight"):
        return _Clock(12 if base == "noon" else 24, 0, None, None, True, sign * count, zone, approx, False)
    hour = V.HOUR_WORDS[base] if base in V.HOUR_WORDS else int(base)
    return _Clock(hour, 0, None, half, hour > 12, sign * count, zone, approx, False)


def _clock_suffix(c: _Clock, half: str | None = None) -> str | None:
    """``T15:30`` (``T15:30:05`` with seconds, ``T24:00`` midnight) for clock time ``c``, its meridiem
    taken from ``half`` when the text gives it none ("from 2 to [4 pm]", "[tonight] at 11"); None for
    no valid time ("15 pm", "two sixty a m")."""
    hour, half = c.hour, c.half or (None if c.fixed else half)
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        if half == "night":  # "11 at night" 23:00, "12 at night" midnight, "2 at night" 02:00
            hour = 24 if hour == 12 else hour + 12 if hour >= 6 else hour
        elif half == "pm" and hour != 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
    total = 60 * hour + c.minute + c.offset
    if not 0 <= total <= 24 * 60 or c.minute > 59 or (hour == 24 and (c.minute or c.second)) or hour > 24:
        return None
    if c.second is not None:
        return f"T{total // 60:02d}:{total % 60:02d}:{c.second:02d}"
    return f"T{total // 60:02d}:{total % 60:02d}"


def _hours(suffix: str) -> int:
    return 60 * int(suffix[1:3]) + int(suffix[4:6])


# The words before a bare hour, or one with a single-letter meridiem ("at 3p"), that make it a time.
# Words before a day and "at N" that make N an age: "died Monday at 9".
_AGE_LEFT = frozenset({"died", "dies", "die", "dying", "death", "retired", "retires", "aged"})
_AT_WORDS = frozenset({"at", "@", "from", "to", "until", "till", "by", "around", "about"})
_HEDGES = frozenset({"about", "around", "approximately", "roughly", "circa"})
# The words before a time said without a mark ("at 1030", "around 3 15") that make it a clock time.
_SPOKEN_LEFT = frozenset({"at", "@", "around", "approximately"})
# Words before "2:08" that make it a length of time, not a time of day.
_LENGTH_WORDS = frozenset({"a", "an", "in", "of", "under", "within", "than", "record", "best", "time"})
# ... but "later than 9:30", "no earlier than 6:15" compare times of day.
_TIME_THAN = frozenset({"later", "earlier", "sooner"})


# A weekday's name, its dot kept only after an abbreviation ("Thu.", not the full stop after "Friday.").
_WEEKDAY = FULL_WEEKDAY + "|" + _ABBREVIATED_WEEKDAY + r"\.?"
# After a day that a time joins: not the first day of a range of days ("9am-5pm Mon-Fri": the hours,
# then the days).
_NOT_DAY_RANGE = r"(?!\s*[-\u2013]\s*(?:" + FULL_WEEKDAY + "|" + _ABBREVIATED_WEEKDAY + r")\b)"


_DEICTIC_DAY = alt(["today", "tomorrow", "tomorrows", "yesterday", "the day after tomorrow", "day after tomorrow",
                    "the day before yesterday", "day before yesterday", *V.DAY_ABBREVIATIONS])
_DAY_REL = alt(["this", "next", "last", "this coming", "coming", "this past"])
_ORDINAL_DAY = alt(w for w, n in V.ORDINALS.items() if w not in ("last", "final"))
_DOM = DAY_NUM + "|" + _ORDINAL_DAY


def _day_p(p: str) -> str:
    """A day: "today", "tmrw", "this Thursday", "tuesday", "Tuesday the 4th", "Feb 2nd", "june 5th 2016",
    "Fri, Jul 18, 2014", "the 15th of February", "3/5/2021", "2015-03-28"."""
    year = opt(r",?\s+" + g(p + "year", YEAR4))
    return (
        "(?:" + g(p + "deictic", _DEICTIC_DAY)
        # "in 7 days", "in two weeks": the day that many days or weeks after the dateline's
        + r"|in\s+" + g(p + "incount", r"\d{1,3}|" + alt(V.NUMBER_WORDS)) + r"\s+" + g(p + "inunit", r"days?|weeks?")
        + "|" + opt(g(p + "wd", _WEEKDAY) + r",?\s+")
        + "(?:" + g(p + "month", MONTH) + r"\s*(?:the\s+)?" + g(p + "day", _DOM)
        + "|" + opt(r"the\s+") + g(p + "dday", _DOM) + r"\s+(?:of\s+)?" + g(p + "dmonth", MONTH) + ")" + year
        + opt(r",\s+" + g(p + "wd2", _WEEKDAY))
        + "|" + opt(g(p + "rel", _DAY_REL) + r"\s+") + g(p + "weekday", _WEEKDAY)
        + opt(r",?\s+(?:the\s+)?" + g(p + "wday", DAY_NUM) + r"(?!\s*(?:of\s+)?" + MONTH + r")")
        # "the 14th" alone, in digits ("on the 14th at 10", "at 3:15pm on the 5th"): a day of some month
        + r"|the\s+" + g(p + "tday", _ORDINAL_DAY_DIGITS) + r"(?![\w-]|\s+(?:of\b|" + MONTH + "))"
        + "|" + g(p + "nmonth", r"[01]?\d") + "/" + g(p + "nday", r"[0-3]?\d") + opt("/" + g(p + "nyear", r"\d{4}|\d{2}"))
        + r"(?![\d/])"
        + "|" + g(p + "iyear", r"\d{4}") + "-" + g(p + "imonth", r"\d\d") + "-" + g(p + "iday", r"\d\d") + r"(?!\d)"
        + ")"
    )


# Lower-case weekday and month words that are other words too: "sat", "sun", "wed", "may", "march".
_WORDS_TOO = frozenset({"sat", "sun", "wed", "may", "march", "mar", "jan", "jun", "dec"})


def _case_ok(text: str | None, sure: bool = False) -> bool:
    """A weekday or month word as a day's name: capitalized, a lower-case word that is nothing else,
    or, ``sure`` (a year or an ordinal day follows: "march 3rd", "may 5 2016"), a lower-case month."""
    t = (text or "").rstrip(".")
    return not t or t[0].isupper() or t.lower() not in _WORDS_TOO or (sure and t.lower() in V.MONTHS)


def _day_beside(month_word: str | None, day_word: str | None, year: str | None) -> bool:
    """A lower-case month word is a month with a day or a year beside it ("march 3", "dec 28 at 6am",
    "august 2015"); only "may" (the modal: "you may 2") needs an ordinal day or a year ("may 5th")."""
    if year:
        return True
    day = norm(day_word or "")
    return bool(day) and (not day[-1:].isdigit() or norm(month_word or "").rstrip(".") != "may")


def _read_day(m: Groups, p: str) -> Partial | None:
    """The day piece as a DATE partial (its part of day, "tonight", is read by :func:`_read_part`)."""
    if m[p + "incount"]:
        count = _number(m[p + "incount"])
        if count is None or count != int(count):
            return None
        days = int(count) * (7 if norm(m[p + "inunit"]).startswith("week") else 1)
        return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.DAY, days))
    if m[p + "deictic"]:
        word = norm(m[p + "deictic"]).removesuffix("s")
        word = V.DAY_ABBREVIATIONS.get(word, word).removeprefix("the ")
        shift = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "day after tomorrow": 2,
                 "day before yesterday": -2}[word]
        return Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.DAY, shift))
    if m[p + "tday"]:  # "the 14th": the 14th of the month the tense or the schedule picks
        return _day_of_month(m[p + "tday"])
    weekday_word = m[p + "weekday"] or m[p + "wd"] or m[p + "wd2"]
    month_word = m[p + "month"] or m[p + "dmonth"]
    sure = _day_beside(month_word, m[p + "day"] or m[p + "dday"], m[p + "year"])
    if not (_case_ok(weekday_word) and _case_ok(month_word, sure)):
        return None
    weekday = V.WEEKDAYS[norm(weekday_word)] if weekday_word else None
    if month_word:
        year = m[p + "year"]
        value = _ymd(year, _month(month_word), _day(m[p + "day"] or m[p + "dday"]))
        return None if value is None else Partial("DATE", value, weekday=weekday)
    if m[p + "weekday"]:
        if m[p + "wday"]:  # "Tuesday the 4th": the 4th of a month, on a Tuesday
            day = _day(m[p + "wday"])
            return Partial("DATE", f"XXXX-XX-{day:02d}", weekday=weekday) if 1 <= day <= 31 else None
        direction = _REL_DIRECTION.get(norm(m[p + "rel"])) if m[p + "rel"] else None
        return Partial("DATE", f"XXXX-WXX-{weekday}", direction=direction)
    if m[p + "nmonth"]:
        month, day = int(m[p + "nmonth"] or 0), int(m[p + "nday"] or 0)
        if month > 12 >= day:  # "13/03/2025": only the day-first reading is a date
            month, day = day, month
        value = _ymd(_year(m[p + "nyear"]) if m[p + "nyear"] else None, month, day)
        return None if value is None else Partial("DATE", value)
    value = _ymd(m[p + "iyear"], int(m[p + "imonth"] or 0), int(m[p + "iday"] or 0))
    return None if value is None else Partial("DATE", value)


_PART_WORD = alt(["morning", "afternoon", "evening", "night", "overnight", "midday", "daytime", "nighttime"])
_PART_MOD = alt(["early", "late", "mid", "mid-", "later", "earlier"])
_SMALL_HOURS = r"(?:small|wee|early|pre-?dawn)\s+hours"


def _part_p(p: str, after_day: bool = False) -> str:
    """A part of the day: "morning", "early evening", "late-night", "afternoonish", "small hours"; after
    a day also "in the morning", "early in the morning", "in the early hours of the morning" (before
    one, "in" is a preposition and stays out of the expression)."""
    the = r"in\s+the\s+" if after_day else ""
    # after a day, lunch is its midday: "tomorrow lunch", "Friday at lunch" (TIMEX3 has no other code for it)
    meal = ("|" + opt(r"at\s+") + g(p + "meal", r"lunch(?:time)?") + r"(?![-\w])") if after_day else ""
    return (
        "(?:" + opt(g(p + "pmod", _PART_MOD) + r"(?:-|\s+)" + (opt(the) if the else "")) + (opt(the) if the else "")
        + g(p + "part", _PART_WORD) + r"(?:ish\b|\s+hours\b)?"  # "afternoonish", "the early morning hours"
        + "|" + (opt(the) if the else "") + g(p + "small", _SMALL_HOURS) + opt(r"\s+of\s+the\s+morning") + meal + ")"
    )


def _read_part(m: Groups, p: str) -> tuple[str, str | None]:
    """The TIMEX3 part of day ("EV") and its mod ("START" for "early evening")."""
    if m[p + "small"]:  # the hours after midnight: the start of the morning
        return "MO", "START"
    if m[p + "meal"]:
        return "MI", None
    mod = _mod(m[p + "pmod"]) if m[p + "pmod"] else None
    return V.PARTS_OF_DAY[norm(m[p + "part"])], mod


# What a part of the day says of a clock time without a meridiem: "tomorrow afternoon at 5" is 17:00.
_PART_HALF: Mapping[str, str] = {"MO": "am", "AF": "pm", "EV": "pm", "NI": "night", "MI": "pm"}


def _timed(day: Partial, c: _Clock, half: str | None = None, mod: str | None = None) -> Partial | None:
    suffix = _clock_suffix(c, half)
    if suffix is None:
        return None
    twelve = c.half is None and half is None and not c.fixed and 1 <= c.hour <= 11 and not c.offset
    return attrs.evolve(day, type="TIME", suffix=suffix, zone=c.zone, mod=mod or ("APPROX" if c.approx else day.mod),
                        twelve_hour=twelve)


# A clock time without a day of its own: on the day the text last named (the dateline's, with none).
_SOME_DAY = Partial("DATE", "X", shift=Shift(Anchor.REFERENCE, G.DAY, 0))
# The days a bare hour joins after "at" or before them: "tomorrow at 9", "9 tomorrow".
_NEAR_DEICTIC = frozenset({"today", "tomorrow", "tomorrows", *(k for k, v in V.DAY_ABBREVIATIONS.items() if v == "tomorrow")})
_TODAY = Partial("DATE", "X", shift=Shift(Anchor.DATELINE, G.DAY, 0))


def _has_day(m: Groups, p: str) -> bool:
    """Whether the day piece with prefix ``p`` matched."""
    return any(m[p + name] for name in ("deictic", "wd", "weekday", "month", "dmonth", "nmonth", "iyear", "incount",
                                        "tday"))


def _day_with_part(m: Groups, d: str, p: str) -> tuple[Partial, str] | None:
    """The day and the part of a "day and part of the day" piece ("tomorrow afternoon", "this evening",
    "tonight", "Saturday morning", "the evening")."""
    day: Partial | None = _TODAY if m[d + "this"] or m[d + "tonight"] else _read_day(m, d) if _has_day(m, d) else _SOME_DAY
    if day is None:
        return None
    return day, "NI" if m[d + "tonight"] else _read_part(m, p)[0]


def _b_clock_alone(m: Groups) -> Partial | None:
    """ "3pm", "15:30", "quarter to nine", "noon", "around 7:15 p.m.": on the day last named."""
    c = _read_clock(m, "c")
    if c is None or c.bare:
        return None
    before = norm(m["before"])
    if c.spoken and not (before in _SPOKEN_LEFT or (m["cbhalf"] and not before[-1:].isalnum())):
        return None  # "at 1030", "around 1030", "at 3 15", "half three" opening a note; not "1030", "3 15"
    if m["cletter"] and not (m["cminute"] or before in _AT_WORDS):
        return None  # "4a" is no time, "at 4a" and "3:18a" are
    if m["ch"] and not m["chminute"] and int(m["chour"] or 0) < 13 and not c.zone and before not in _AT_WORDS:
        return None  # "4h" alone is four hours; "16h" and "at 4h" are times
    if before in _LENGTH_WORDS and m["cminute"] and not (c.half or c.zone) and norm(m["before2"]) not in _TIME_THAN:
        return None  # "a 2:08 marathon", "finished in 2:08:41": a length written as a clock reads
    # "about 10:35 a.m.": the hedge stays outside, as for durations, and gives the mod
    return _timed(_SOME_DAY, c, mod="APPROX" if c.approx or before in _HEDGES else None)


def _b_day_clock(m: Groups) -> Partial | None:
    """ "tuesday at 3pm", "Feb 2nd 10:45 am", "Fri, Jul 18, 2014 07:00 PM", "3 p.m. Friday", "9pm tmr",
    "8 PM this Thursday", "14:30 BST on Sunday"."""
    c = _read_clock(m, "c")
    day = _read_day(m, "d")
    if c is None or day is None or (m["cletter"] and not m["cminute"] and not m["csep"]):
        return None
    before = norm(m["before"])
    if c.bare and not (1 <= c.hour <= 12 and (
            (norm(m["ddeictic"]) in _NEAR_DEICTIC and (m["csep"] or before in _AT_WORDS or not before[-1:].isalnum()))
            or ((norm(m["csep"]) in ("at", "@") or before in ("at", "@")) and before not in _AGE_LEFT))):
        # "tomorrow at 9", "9 tomorrow" opening a note, "Friday at 10", "at 10 on the 14th"; not "won 9
        # tomorrow", nor an age: "died Monday at 9"
        return None
    if c.spoken and not (m["csep"] or norm(m["before"]) in _SPOKEN_LEFT):
        return None  # "tomorrow at 150ish", not "March 15 2013" (a year) nor "Monday 1030"
    return _timed(day, c)


def _b_part_clock(m: Groups) -> Partial | None:
    """ "tomorrow afternoon at 5", "tonight at 11", "this morning at 10am", "Saturday morning at 9",
    "in the evening at eight", "8 tonight", "9 tomorrow morning"."""
    c = _read_clock(m, "c")
    found = _day_with_part(m, "d", "p")
    if c is None or found is None:
        return None
    # a bare hour is a time after "at" ("tonight at 11", "[at] 8 tonight") or opening a line or a note
    # ("8 tonight: dinner"), not a count ("scored 8 tonight")
    before = norm(m["before"])
    if c.bare and not (norm(m["csep"]) in ("at", "@") or before in _AT_WORDS or not before[-1:].isalnum()):
        return None
    day, part = found
    # "this evening at 12" is midnight, the evening's end (not noon)
    timed = _timed(day, c, "night" if part == "EV" and c.hour == 12 and not c.minute else _PART_HALF.get(part))
    if timed is not None and part == "NI" and timed.suffix < "T06" and day.shift is not None and day.shift.unit is G.DAY:
        # "tonight at 2": the small hours after tonight, the next day's
        timed = attrs.evolve(timed, shift=attrs.evolve(day.shift, amount=day.shift.amount + 1))
    return timed


def _b_day_part(m: Groups) -> Partial | None:
    """ "friday morning", "monday early morning", "february the 15th in the morning", "early-evening
    Friday", "the small hours of Sunday", "late Friday night"."""
    day = _read_day(m, "d")
    if day is None:
        return None
    part, mod = _read_part(m, "p")
    if m["mod"]:
        mod = _mod(m["mod"])
    return attrs.evolve(day, type="TIME", suffix="T" + part, mod=mod)


def _b_part_day(m: Groups) -> Partial | None:
    """ "early-evening Friday", "the small hours of Sunday", "the early hours of Thursday morning"; not
    "morning Friday" (a greeting, a list), nor "the night of Oct. 23", which TimeBank marks as the
    date alone (a night runs into the next day); "the morning of the 15th of February" is that day's morning."""
    if not (m["ppmod"] or m["psmall"] or (m["pof"] and norm(m["ppart"]) in ("morning", "afternoon", "evening"))):
        return None
    return _b_day_part(m)


def _b_note_hour(m: Groups) -> Partial | None:
    """ "remind me at 5": that hour on the day last named, on the 12-hour clock a schedule reads."""
    return _timed(_SOME_DAY, _Clock(int(m["nhour"] or 0), 0, None, None, False, 0, None, False, True))


def _b_part_alone(m: Groups) -> Partial | None:
    """ "(in) the evening", "(during) the small hours": that part of the day last named."""
    part, mod = _read_part(m, "p")
    return attrs.evolve(_SOME_DAY, type="TIME", suffix="T" + part, mod=mod)


def _range_halves(a: _Clock, b: _Clock) -> tuple[str, str] | None:
    """The two clock times of a range, each with what the other lends it: "from 2 to 4 pm" 14:00 and
    16:00, "11 to 2 pm" 11:00 and 14:00, "8am until 6" 08:00 and 18:00, "11:30-1:30" 11:30 and 13:30."""
    second = _clock_suffix(b, a.half)
    first = _clock_suffix(a, b.half)
    if first is None or second is None:
        return None
    if not a.half and _hours(first) >= _hours(second):
        first = _clock_suffix(a)  # "11 to 2 pm": the first keeps its morning
    if first is not None and not b.half and not b.fixed and b.hour < 12 and _hours(second) <= _hours(first):
        second = _clock_suffix(b, "pm")  # "8am until 6", "11:30-1:30": the second is later the same day
    if first is None or second is None or _hours(second) <= _hours(first):
        return None
    return first, second


def _b_clock_range(m: Groups) -> Partial | None:
    """ "10:00 - 11:30", "from 2 to 4 pm", "3-4pm", "1pm to 2pm on Friday", "Wednesday from 9:00 to
    9:45 am", "between 6 and 8 on 3/5/2021": two clock times on one day."""
    a, b = _read_clock(m, "a"), _read_clock(m, "b")
    if a is None or b is None:
        return None
    intro = norm(m["intro"] or m["intro2"] or m["before"])
    if norm(m["link"]) == "and" and intro != "between":
        return None
    before, after = _has_day(m, "dd"), _has_day(m, "de")
    if a.bare and b.bare and not ((before or after) and intro in ("from", "between")):
        return None  # "3-4", "a 2-1 win", "page 10-11", "won 3-4 Monday"
    day = _read_day(m, "dd") if before else _read_day(m, "de") if after else _SOME_DAY
    halves = _range_halves(a, b)
    if day is None or halves is None:
        return None
    zone = b.zone or a.zone  # "9:30 - 11:00 CST": the zone of both
    second = attrs.evolve(day, type="TIME", suffix=halves[1], zone=zone)
    return attrs.evolve(day, type="TIME", suffix=halves[0], zone=a.zone or zone, then=second)


def _b_day_range(m: Groups) -> Partial | None:
    """ "13-15 July", "from the 13th to the 15th of July", "23rd to 26th Oct": two days of one month."""
    if not _case_ok(m["rmonth"]):
        return None
    month = _month(m["rmonth"])
    first_day, second_day = _day(m["r1day"]), _day(m["r2day"])
    if not 1 <= first_day < second_day <= calendar.monthrange(2000, month)[1]:
        return None
    year = m["ryear"]
    first, second = _ymd(year, month, first_day), _ymd(year, month, second_day)
    if first is None or second is None:
        return None
    return Partial("DATE", first, then=Partial("DATE", second))


# "3-4pm", "9:30 - 11:00", "from 2 to 4": a dash only before digits ("four twenty-three" is one time)
_LINK = r"\s*[-\u2013]\s*(?=\d)|\s+(?:to|till|til|until|untill|through|thru|and)\s+"
# A bare hour, a link and a bare hour with nothing after it that makes a clock time ("a 2-1 win",
# "3-4"): no range of times, unless a day is named after it ("between 6 and 8 on 3/5/2021").
_BARE_PAIR = (r"(?:\d{1,2}|" + _HOUR_WORD + r")(?:" + _LINK + r")(?:\d{1,2}|" + _HOUR_WORD + r")(?![\d:h]|"
              + _HOUR_MARK + r"|\s+(?:on\s+)?(?:\d{1,2}/|today|tomorrow|tonight|" + FULL_WEEKDAY + "|(?:" + MONTH + r")\s*\d))")
_AT = g("csep", r",?\s+(?:at|@)\s+|\s*@\s*") + r"|,\s*|\s+"
_ON = r",?\s+(?:on\s+)?|\s*,\s*"
_NEAR_PART = (g("dtonight", r"tonight|tonite|2nite")
              + "|(?:" + g("dthis", "this") + "|" + g("ddeictic", alt(["today", "tomorrow", "yesterday", *V.DAY_ABBREVIATIONS]))
              + r")\s+" + _part_p("p"))
# Words after "the evening" that make it a name or a noun's modifier: "the evening news".
_PART_NOUNS = alt(["news", "paper", "papers", "edition", "editions", "show", "shows", "star", "standard", "post", "meal",
                   "dress", "gown", "class", "classes", "shift", "shifts", "session", "sessions", "rush", "commute",
                   "prayer", "prayers", "sun", "light", "sky", "air", "after", "before", "when", "of"])

_CLOCK_RULES: tuple[Rule, ...] = (
    Rule("day_range",
         opt(g("rintro", "from|between") + r"\s+")
         + g("first", opt(r"the\s+") + g("r1day", _DOM)) + g("link", _LINK)
         + g("second", opt(r"the\s+") + g("r2day", _DOM) + r"\s+(?:of\s+)?"
             # the month's dot, unless it ends the sentence ("13-15 Oct.")
             + g("rmonth", alt(V.MONTHS) + r"(?:\.(?=,?\s+\d))?")
             + opt(r",?\s+" + g("ryear", YEAR4))),
         _b_day_range, ("13-15 July", "from the 13th to the 15th of July", "23rd to 26th Oct")),
    Rule("clock_range",
         opt(g("intro", "from|between") + r"\s+")
         + g("first", "(?:" + _day_p("dd") + r",?\s+(?:at\s+)?(?:" + g("intro2", "from|between") + r"\s+|(?!"
             + _BARE_PAIR + "))|(?!" + _BARE_PAIR + "))" + _clock_p("a", loose=True))
         + g("link", _LINK)
         + g("second", _clock_p("b", loose=True) + opt("(?:" + _ON + ")" + _day_p("de") + _NOT_DAY_RANGE))
         + r"(?![-\u2013./:]\d)",
         _b_clock_range, ("10:00 - 11:30", "from 2 to 4 pm", "3-4pm", "1pm to 2pm on Friday",
                          "Wednesday from 9:00 to 9:45 am", "between 6 and 8 on 3/5/2021")),
    Rule("part_clock",
         opt(_day_p("d") + r"\s+|" + g("dthis", "this") + r"\s+|the\s+") + "(?:" + g("dtonight", r"tonight|tonite|2nite")
         + "|" + _part_p("p") + ")" + "(?:" + _AT + ")" + _clock_p("c", loose=True, spoken=True, digits=True),
         _b_part_clock, ("tomorrow afternoon at 5", "tonight at 11", "Saturday morning at 9", "this morning at 10am",
                         "in the evening at eight")),
    Rule("clock_part", _clock_p("c", loose=True) + r"\s+(?:" + _NEAR_PART + ")",
         _b_part_clock, ("8 tonight", "9 tomorrow morning", "8 this evening")),
    Rule("day_clock", _day_p("d") + "(?:" + _AT + ")" + _clock_p("c", loose=True, spoken=True, digits=True),
         _b_day_clock, ("tuesday at 3pm", "Feb 2nd 10:45 am", "Fri, Jul 18, 2014 07:00 PM", "March 9 6:15:02pm",
                        "Thursday 8:00 GMT", "4/25 at 4:00pm", "02/27/1998 08:17:00")),
    # (not a day that opens a range of days: "9am-5pm Mon-Fri" is the hours, then the days)
    Rule("clock_day", _clock_p("c", loose=True) + "(?:" + _ON + ")" + _day_p("d") + _NOT_DAY_RANGE,
         _b_day_clock, ("3 p.m. Friday", "9pm tmr", "8 PM this Thursday", "14:30 BST on Sunday", "5 p.m. EST, Nov. 6",
                        "noon today", "midnight Friday")),
    Rule("day_part",
         opt(g("mod", r"early|late|mid") + r"\s+") + _day_p("d") + r",?\s+" + _part_p("p", after_day=True),
         _b_day_part, ("friday morning", "monday early morning", "february the 15th in the morning", "late Friday night",
                       "Monday night", "last Sunday night")),
    Rule("part_day",
         opt(r"the\s+") + _part_p("p") + "(?:" + g("pof", r"\s+of\s+") + r"|\s+on\s+|,?\s+)" + _day_p("d")
         + opt(r"\s+" + g("tpart", alt(["morning", "night"]))),
         _b_part_day, ("early-evening Friday", "the small hours of Sunday", "the early hours of Thursday morning",
                       "late-night Saturday")),
    Rule("clock", _clock_p("c", spoken=True), _b_clock_alone,
         ("3 p.m.", "10:30 a.m.", "noon", "6 a.m. EDT", "14h30", "6:45:10 am", "quarter to nine", "twenty past four",
          "eleven PM", "nine o'clock", "1015am", "09:15 UTC", "9 a.m. PT")),
    # "at 1030", "around 1030", "at 615.": three or four digits alone after "at" or "around", on a
    # 12-hour clock ("at 0930" too; not "around 1930", a year); a small rule tried at every number
    Rule("said_clock",
         r"(?:(?<=\bat\s)|(?<=@\s)|(?<=\baround\s)|(?<=\bapproximately\s))"
         + g("cuhhmm", r"0\d[0-5]\d|1[0-2][0-5]\d|[1-9][0-5]\d") + _SPOKEN_END + opt(g("cish", r"\s?-?ish\b")),
         _b_clock_alone, ("at 1030", "around 1030", "approximately 1030", "at 615")),
    # A calendar note's bare hour after at/after/before/until/by/around where its clause ends ("remind me
    # at 5", "call back after 4"): a schedule's only (in news "at 5" is as often an age or a score)
    Rule("note_hour",
         r"(?:(?<=\bat\s)|(?<=@\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)"
         r"|(?<=\baround\s))" + g("nhour", r"1[0-2]|[1-9]") + r"(?=\s*(?:[.,;:!?)]|$))",
         _b_note_hour, ("remind me at 5", "call back after 4"), kinds=("schedule",)),
    Rule("part_alone",
         r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthrough\s)|(?<=\buntil\s)|(?<=\bby\s))"
         # "in the evening"; "by late afternoon", "until early evening" (a modifier without "the")
         + r"(?:the\s+|(?=(?:early|late|mid)[-\s]+(?:morning|afternoon|evening)\b))" + _part_p("p")
         + r"(?!\s+" + _PART_NOUNS + r"\b|-)",
         _b_part_alone, ("in the evening", "during the small hours", "by late afternoon")),
)
# How the pieces open: their first two words, as the word index lists them (Rule.opens).  A superset:
# a rule tried at a pair of words it cannot open with fails there, at a little cost; one not tried
# where it can open would be missed (tests/test_extract.py checks the index against a full scan).
_ZONE_WORDS = [k.lower() for k in V.ZONES if k.isalpha()] + ["local", "utc", "gmt"]
_PART_WORDS = ["morning", "afternoon", "evening", "night", "overnight", "midday", "daytime", "nighttime"]
_NEAR_DAYS = ["tonight", "tonite", "this", "tomorrow", "today", "yesterday", *V.DAY_ABBREVIATIONS]
# what follows the digits of a clock time, a range or a day ("3pm", "3 p.m.", "3:30", "14h30", "3 o'clock",
# "3 in the morning", "8 GMT", "15 minutes past", "2 to 4 pm", "8 tonight", "13th", "15 July", "3/5")
_AFTER_DIGITS = alt(["a", "p", "am", "pm", "h", "o", "oclock", "in", "at", "ish", "min", "mins", "minute", "minutes",
                     "past", "to", "after", "before", "till", "til", "until", "untill", "through", "thru", "on",
                     "noon", "midnight", "st", "nd", "rd", "th", *_NEAR_DAYS, *_ZONE_WORDS, *V.MONTHS,
                     *V.WEEKDAYS])
# what follows a spelled hour or count: "eleven PM", "nine o'clock", "ten thirty am", "quarter to nine"
_AFTER_WORD = alt(["a", "p", "am", "pm", "o", "oclock", "in", "at", "oh", "zero", "past", "to", "after", "before",
                   "till", "til", "minutes", "minute", "ish", *_NEAR_DAYS, *V.NUMBER_WORDS])
_CLOCK_OPENS = (r"(?:\d+(?:(?:\s*[-\u2013:.]\s*|\s+)\d|\s*" + _AFTER_DIGITS + r")|a\s+quarter|(?:"
                + alt([*V.HOUR_WORDS, *V.MINUTE_COUNTS]) + r")\s*" + _AFTER_WORD + r"|quarter\s+of|" + alt([*V.NOON_WORDS, "mid"]) + ")")


def _day_opens(then: str) -> str:
    """How a day opens, in a rule where ``then`` (the words that may come right after a day) follows
    it.  A day of one word ("Friday", "today") lists the word after it: what goes on with the day
    ("Friday, May 5", "Tuesday the 4th", "Friday 13") or ``then`` ("Friday at 3pm", "today noon"),
    so that the rule is not tried at "Friday, killing" or "yesterday that".  What comes between them
    is spaces, a comma or "@" (and an abbreviation's dot): never nothing, or the pair would be glued words."""
    return (
        r"(?:\d+(?:(?:\s*[-\u2013/.]\s*|\s+)\d|\s*" + alt(["st", "nd", "rd", "th", "of", *V.MONTHS]) + ")"
        + r"|the\s+(?:\d|day|" + _ORDINAL_DAY + ")"
        + "|" + alt(V.WEEKDAYS) + r"\.?[\s,@]+(?:\d|" + alt(["the", *V.MONTHS]) + "|" + _ORDINAL_DAY + "|" + then + ")"
        + "|(?:" + alt(V.MONTHS) + r")\.?\s*(?:\d|the|" + _ORDINAL_DAY + ")"
        + "|" + alt(["today", "tomorrow", "tomorrows", "yesterday", *V.DAY_ABBREVIATIONS]) + r"[\s,@]+(?:" + then + ")"
        + r"|in\s+(?:\d|" + alt(V.NUMBER_WORDS) + r")|day\s+(?:after|before)|" + alt(["this", "next", "last", "coming"])
        + r"\s+(?:coming\s+|past\s+)?"
        + alt(V.WEEKDAYS) + ")"
    )


# The first word of a clock time (_clock_p): digits, an hour's word ("threeish" is one word), "a
# quarter", "half", a count of minutes ("twenty past"), "noon", "mid-day", "midnight".
_CLOCK_STARTS = r"\d|" + alt([*V.HOUR_WORDS, *(w + "ish" for w in V.HOUR_WORDS), "a", "quarter", "half",
                              *V.MINUTE_COUNTS, *V.NOON_WORDS])
# The first word of a part of the day (_part_p, after a day too): "morning", "afternoonish", "early
# evening", "in the morning", "the small hours", "pre-dawn hours", "at lunch".
_PART_STARTS = alt([*_PART_WORDS, *(w + "ish" for w in _PART_WORDS), "early", "late", "mid", "later", "earlier",
                    "small", "wee", "pre", "predawn", "in", "at", "lunch", "lunchtime"])
_PART_LEADS = alt([*_PART_WORDS, "early", "late", "mid", "later", "earlier", "small", "wee", "pre", "predawn"])
_PART_OPENS = (r"(?:the\s+" + _PART_LEADS + r"|this\s+" + alt(_PART_WORDS) + "|" + _PART_LEADS + "|"
               + alt(["tonight", "tonite", *V.DAY_ABBREVIATIONS]) + ")")
_OPENS: Mapping[str, str] = {
    "day_range": r"(?:(?:from|between)\s+(?:the|\d|" + _ORDINAL_DAY + r")|the\s+(?:\d|" + _ORDINAL_DAY
                 + r")|(?:\d+|" + _ORDINAL_DAY + r")\s*(?:[-\u2013]\s*\d|"
                 + alt(["st", "nd", "rd", "th", "to", "till", "til", "until", "untill", "through", "thru", "and"]) + "))",
    # a day, then: "at 3", "from 9 to 5", "between 6 and 8" (clock_range); "tonight", "morning" (part_clock);
    # "at", a clock time (day_clock); a part of the day (day_part)
    "clock_range": r"(?:(?:from|between)\s+(?:\d|" + _HOUR_WORD + ")|" + _day_opens("at|from|between|" + _CLOCK_STARTS)
                   + "|" + _CLOCK_OPENS + ")",
    "part_clock": r"(?:" + _day_opens(r"\d|" + alt(["tonight", "tonite", "2nite"]) + "|" + _PART_STARTS) + "|" + _PART_OPENS + ")",
    "clock_part": _CLOCK_OPENS,
    "day_clock": _day_opens("at|" + _CLOCK_STARTS),
    "clock_day": _CLOCK_OPENS,
    "day_part": r"(?:early|late|mid|" + _day_opens(_PART_STARTS) + ")",
    "part_day": _PART_OPENS,
    "clock": _CLOCK_OPENS,
    "said_clock": r"\d",
    "note_hour": r"\d",
    "part_alone": r"(?:the\s+)?" + _PART_LEADS,
}
CLOCK_RULES = tuple(attrs.evolve(rule, composite=True, opens=_OPENS[rule.name]) for rule in _CLOCK_RULES)


def _b_lower_month_day(m: Groups) -> Partial | None:
    """ "june 5th 2016", "feb 2nd", "aug 8", "march 3": a month in lower case before a day ("may 5th"
    and "may 5 2016" only with an ordinal day or a year: "you may 2")."""
    if not _case_ok(m["lmonth"], _day_beside(m["lmonth"], m["lday"], m["lyear"])):
        return None
    value = _ymd(m["lyear"], _month(m["lmonth"]), _day(norm(m["lday"])))
    return None if value is None else Partial("DATE", value)


def _b_weekday_dom(m: Groups) -> Partial | None:
    """ "Tuesday the 4th", "Thu 15th": the 4th of a month, the one whose 4th is a Tuesday."""
    if not _case_ok(m["dweekday"]):
        return None
    day = _day(m["dday"] or m["dday2"])
    return Partial("DATE", f"XXXX-XX-{day:02d}", weekday=V.WEEKDAYS[norm(m["dweekday"])]) if 1 <= day <= 31 else None


_NEAR_ORDINALS: Mapping[str, int] = {w: n for w, n in _PICK_ORDINALS.items() if 1 <= n <= 5 and w not in ("last", "final")}


def _b_counted_near(m: Groups) -> Partial | None:
    """ "the third Tuesday after Christmas 2014", "the first Monday before May 5", "the closest
    Monday to Oct 5th", "the second nearest Friday to Easter", "the 3rd closest xmas to today": a
    weekday or a holiday counted from a day."""
    day = _b_holiday(m) if m["holiday"] else _read_day(m, "d")
    if day is None or day.suffix:  # not "the first Monday after Christmas morning"
        return None
    n = _NEAR_ORDINALS[norm(m["nord"])] if m["nord"] else 1
    side = 0 if m["close"] else 1 if norm(m["side"]) == "after" else -1
    if m["nholiday"]:  # "the closest" names the holiday: no case or common-word doubt
        name = H.holiday_name(m["nholiday"])
        if name is None:
            return None
        time = V.HOLIDAYS[name].time  # "the closest Earth Hour to today": its time of day
        return attrs.evolve(day, type="TIME" if time else "DATE", near=(name, n, side), suffix=time)
    weekday = V.WEEKDAYS[norm(m["nweekday"] or m["nweekday2"])]
    return attrs.evolve(day, type="DATE", near=(weekday, n, side))


DAY_RULES: tuple[Rule, ...] = (
    Rule("lower_month_day",
         g("lmonth", "(?-i:" + alt(V.MONTHS) + r")\.?") + r"\s*" + g("lday", DAY_NUM) + opt(r",?\s+" + g("lyear", YEAR4))
         + r"(?!\s*(?:%|percent\b|miles?\b|km\b|people\b))",
         _b_lower_month_day, ("june 5th 2016", "feb 2nd", "aug 8")),
    Rule("weekday_dom",
         g("dweekday", _WEEKDAY) + r",?\s+(?:the\s+" + g("dday", DAY_NUM + "|" + _ORDINAL_DAY) + "|"
         + g("dday2", _ORDINAL_DAY_DIGITS) + r")"
         # the day ends the phrase: not "Friday, the fourth decline", "Tuesday the 4th of July"
         + r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|@|in|on|and|or|from|to|for|when|until|till)\b)",
         _b_weekday_dom, ("Tuesday the 4th", "Thu 15th", "tuesday the 19th")),
)


# --------------------------------------------------------------------------- the rules

_MONTH_DAY = (
    opt(g("weekday", WEEKDAY) + r",?\s+")
    # "March 3", "March the 3rd", "March third" (not "March first-quarter results")
    + g("month", MONTH) + r"(?:\s+the\s+|\s*)"
    + g("day", DAY_NUM + r"|(?<=\s)(?:" + alt(list(V.ORDINALS)[:31]) + r")(?![\w-])")
    + opt(r",?\s+" + g("year", YEAR4))
    # "Jul 18, Fri": the weekday after, ending the phrase (not "Jan. 19, Sun Microsystems said")
    + opt(r",\s+" + g("weekday2", _WEEKDAY) + r"(?=\s*(?:[,.;:!?)]|$))")
)
_DAY_MONTH = (
    opt(g("weekday", WEEKDAY) + r",?\s+")
    + opt(r"the\s+") + g("day", DAY_NUM + "|" + alt(list(V.ORDINALS)[:31])) + r"\s+(?:of\s+)?"
    + g("month", MONTH) + opt(r",?\s+" + g("year", YEAR4))
)
# What joins the years of a range written as one: "1914-18", "1861–1863", "1914 - 18".
_YEAR_LINK = r"\s?[-\u2013]\s?"
_DECADE_WORDS: Mapping[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
_TENS_PLURAL = alt(_DECADE_WORDS)
_SPELLED_YEAR = g("century", "nineteen|eighteen|seventeen") + r"\s+" + g("rest", _TENS + r"(?:[-\s]" + _ONES + r")?")
_MONTH_NOT_RANGE = _month_not_range()
# A year written out in the 2000s: "two thousand ten", "two thousand and nineteen".
_SPELLED_2000S = r"two\s+thousand(?:\s+and)?\s+" + g("y2k", _TENS + r"(?:[-\s]" + _ONES + r")?|" + alt(
    w for w, n in V.NUMBER_WORDS.items() if 1 <= n <= 19 and " " not in w and w not in ("a", "an", "single")))
# A holiday, what it is next to ("the day after", "weekend") and its year: stated ("Passover 2019", "Christmas
# of 1914", "Easter Sunday two thousand ten"), counted ("MLK day of last year") or shifted from the dateline
# ("Thanksgiving three months ago", "Lakshmi Puja six years hence": the one in, or nearest, that month or year).
_HOLIDAY_PIECE = (
    opt(g("hbefore", alt(_HOLIDAY_BEFORE)) + r"\s+")
    + opt(g("rel", "last|this|next|this coming|this past|the coming|coming|past") + r"\s+")
    + opt(g("the", "the") + r"\s+") + g("holiday", HOLIDAY) + r"(?![\w'’-])"
    + opt(r"\s+" + g("hafter", alt(_HOLIDAY_AFTER)) + r"\b")
    + opt(r"(?:,?\s+|\s+of\s+)(?:" + g("year", YEAR4) + "|" + _SPELLED_YEAR + "|" + _SPELLED_2000S + r")(?![-\w])"
          + r"|\s+of\s+" + g("yrel", "this|last|next") + r"\s+year"
          + r"|\s+" + g("snum", NUMBER) + r"[-\s]+" + g("sunit", r"days?|weeks?|months?|years?|decades?")
          + r"\s+" + g("sdir", r"ago|from\s+now|from\s+today|hence"))
)

RULES: tuple[Rule, ...] = (
    Rule("year_words", r"the\s+year\s+two\s+thousand|the\s+year\s+2000", _b_year_words, ("the year two thousand",)),
    # Broadcast transcripts spell years out: "January nineteen ninety-seven".
    Rule("month_spelled_year", g("month", MONTH) + r",?\s+(?:of\s+)?" + _SPELLED_YEAR,
         _b_month_spelled_year, ("January nineteen ninety-seven",)),
    Rule("season_spelled_year", opt(r"the\s+") + g("season", SEASON) + r"\s+(?:of\s+)?" + _SPELLED_YEAR,
         _b_season_spelled_year, ("the winter of nineteen ninety-four",)),
    Rule("spelled_year", _SPELLED_YEAR, _b_spelled_year, ("nineteen ninety-six", "nineteen seventy-nine")),
    # Eras come before the rules that would take their number alone ("1500 BC" is no year 1500).
    Rule("era_year", opt(g("mod", ERA_MOD) + r"[-\s]*") + g("num", r"[1-9]\d{0,3}|[1-9],\d{3}") + r"(?!\d)\s*" + g("era", ERA),
         _b_era_date, ("44 BC", "44 B.C.", "499 BCE", "79 AD", "1066 A.D.", "early 480 BC", "the end of 44 BC",
                       "2,500 BC")),
    # A month, a month-day or a season before the year: a rule of its own, so that the one above,
    # tried at every number before an era's letters, stays small.
    Rule("era_date",
         opt(g("mod", ERA_MOD) + r"[-\s]*")
         + r"(?:(?:the\s+)?" + g("season", SEASON) + r"\s+(?:of\s+)?|"
         + g("month", MONTH) + opt(r"\s*" + g("day", DAY_NUM) + ",") + r"\s+(?:of\s+)?)"
         + g("num", r"[1-9]\d{0,3}") + r"(?!\d)\s*" + g("era", ERA),
         _b_era_date, ("April 480 BC", "March 15, 44 BC", "the spring of 480 BC", "late autumn of 481 BC")),
    # "AD 117–138": the second year of the range is added after it (_extract.with_second_days).
    Rule("era_before", g("era", ERA_BEFORE) + r"\s*" + g("num", r"[1-9]\d{0,3}") + r"(?![\d,.]\d)"
         + r"(?:(?=" + g("rlink", _YEAR_LINK) + g("rsecond", r"[1-9]\d{0,3}") + r"(?![\d,.]?\d)))?",
         _b_era_before, ("AD 79", "A.D. 1066")),
    Rule("era_decade",
         opt(g("mod", ERA_MOD) + r"[-\s]*") + opt(r"the\s+") + g("decade", r"[1-9]\d{0,2}0") + r"'?s\s+" + g("era", ERA),
         _b_era_decade, ("the 470s BC", "the end of the 460s BC", "the 400s BC")),
    Rule("clock_duration", "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("in", "of", "clocked", "ran", "swam", "timed")) + ")"
         + r"(?:" + g("hours", r"\d{1,2}") + ":" + g("minutes", r"[0-5]\d") + ":" + g("seconds", r"[0-5]\d(?:\.\d+)?")
         + "|" + g("mins", r"\d{1,2}") + ":" + g("secs", r"[0-5]\d\.\d+") + r")(?![\d:])",
         _b_clock_duration, ("in 2:08:41", "in 3:43.13")),
    *CLOCK_RULES,
    *DAY_RULES,
    Rule("iso_date",
         g("year", r"\d{4}") + "-" + g("month", r"\d{2}") + "-" + g("day", r"\d{2}")
         + opt("T" + g("hour", r"\d{2}") + ":" + g("minute", r"\d{2}") + opt(":" + g("second", r"\d{2}"))
               + opt(g("offset", r"Z|[+-](?:0\d|1[0-4]):?[0-5]\d"))),
         _b_iso, ("2021-10-21", "2023-01-31T09:00", "2023-01-31T09:00:05Z", "2023-01-31T09:00+01:00")),
    # Dates in digits. Month-first or day-first ("3/4/2025") is read month-first unless only day-first
    # is a date ("13/03/2025"); build_timeline(dayfirst=True/False) forces either (_api).
    Rule("numeric_date",
         g("first", r"[0-3]?\d") + "/" + g("second", r"[0-3]?\d") + "/" + g("year", r"\d{4}|\d{2}") + r"(?![\d/])",
         _b_numeric, ("10/21/2021", "1/3/98", "13/03/2025")),
    Rule("numeric_date_dash",
         g("first", r"[0-3]?\d") + "-" + g("second", r"[0-3]?\d") + "-" + g("year", r"\d{4}|\d{2}") + r"(?![\d-])",
         _b_numeric, ("10-31-74", "31-10-1974")),
    Rule("numeric_date_dot",
         g("first", r"[0-3]?\d") + r"\." + g("second", r"[0-3]?\d") + r"\." + g("year", r"\d{4}|\d{2}") + r"(?![\d.]\d)",
         _b_numeric, ("10.31.1974", "31.10.1974")),
    # A month and day alone, where a date is expected: "on 2/15", "by 3/1", "Fri 2/15", or the whole text.
    Rule("numeric_month_day",
         # "2/15" after a preposition of dates or as a whole note; with a dash ("2-15", a score or a
         # range in a sentence) or spaces ("2 / 15") only as a whole note, or "on 2-15"
         r"(?:^(?=\d+\s*[-/]\s*\d+\s*$)|(?<=\bon\s)(?=\d+[-/]\d+\s*(?:[,.;:!?)]|$))|(?:"
         + "|".join(rf"(?<=\b{w}\s)" for w in _NUMERIC_DAY_LEFT) + r")(?=\d+/))"
         + g("first", r"[01]?\d") + r"\s*[-/]\s*" + g("second", r"[0-3]?\d") + r"(?![\d/-]|\.\d)",
         _b_numeric, ("on 2/15", "by 12/31", "until 3/1", "on 3-1")),
    Rule("ymd", g("year", YEAR4) + r"[-/.]" + g("month", r"1[0-2]|0?[1-9]") + r"[-/.]" + g("day", r"[0-3]?\d") + r"(?![\d/.-]\d|\d)",
         _b_ymd, ("2015-3-3", "2015/03/03", "2015.3.3")),
    Rule("day_mon_year",
         g("day", r"[0-3]?\d") + r"[-/]" + g("month", MONTH) + r"[-/]" + g("year", r"\d{4}|\d{2}") + r"(?!\d)",
         _b_day_mon_year, ("31-Oct-74", "31/Oct/1974")),
    Rule("numeric_month",
         r"(?:(?=" + _MONTH_NOT_RANGE + r")|(?=\d{4}(?:/|-\d(?!\d))))"
         + g("year", YEAR4) + g("sep", r"[-/]") + g("month", r"1[0-2]|0?[1-9]") + r"(?![\d/.-]?\d|-)"
         + "|" + g("month2", r"1[0-2]|0?[1-9]") + "/" + g("year2", YEAR4) + r"(?![\d/])",
         lambda m: _b_numeric_month(m) if m["year"] else _b_numeric_month({"year": m["year2"], "month": m["month2"], "sep": "/"}),
         ("2014-10", "2014/10", "2/2013")),
    Rule("week_of", r"the\s+week\s+of\s+" + _MONTH_DAY, _b_week_of, ("the week of March 6", "the week of Jan. 9, 2023")),
    Rule("week_of_day", r"the\s+week\s+of\s+" + _DAY_MONTH, _b_week_of, ("the week of 29 January", "the week of the 3rd of May")),
    Rule("date_of_that_year",
         opt(opt(r"the\s+") + g("dday", DAY_NUM) + r"\s+(?:of\s+)?") + g("month", FULL_MONTH) + opt(r"\s*" + g("day", DAY_NUM))
         + r"\s+of\s+" + g("that", r"that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior") + r"\s+year\b",
         _b_date_of_that_year, ("August of that year", "July 25 of that year", "January 24 of the same year",
                                "the 3rd of May of the following year")),
    Rule("weekday_month_day", _MONTH_DAY, _b_month_day,
         ("Jan. 19", "Oct. 21, 2021", "Thursday, Oct. 21, 2021", "January 3rd", "Jul 18, Friday")),
    # "14april 2015": a day written against its month's name, with a year after it.
    Rule("day_glued_month",
         g("day", r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?") + g("month", FULL_MONTH) + r",?\s+" + g("year", YEAR4),
         _b_month_day, ("14april 2015", "3rdMay 2016")),
    # "14th April 15": two digits after an ordinal day and a month are a year when they end the phrase
    # ("on 14 April 15 people died" has no ordinal; "the 14th April 15 runs" does not end there).
    Rule("day_month_short_year",
         g("day", _ORDINAL_DAY_DIGITS) + r"\s+" + g("month", FULL_MONTH) + r",?\s+'?"
         + g("short", r"\d\d") + r"(?=\s*(?:[,.;:!?)]|$))",
         lambda m: _partial_date(_ymd(_year(m["short"]), _month(m["month"]), _day(m["day"]))),
         ("14th April 15", "1st June '21")),
    Rule("day_month", _DAY_MONTH, _b_month_day,
         ("21 October 2021", "the 3rd of January", "the third of January")),
    Rule("month_year",
         opt(g("mod", MOD) + r"[-\s]*") + g("month", MONTH) + r",?\s+(?:of\s+)?" + g("year", YEAR4),
         _b_month_year, ("October 2021", "Oct. 2021", "May of 1998", "early January 1999")),
    Rule("day_deictic",
         opt(g("mod", "early|late|earlier|later") + r"\s+") + g("deictic", alt([*V.DAY_DEICTICS, *V.DAY_ABBREVIATIONS])) + opt(r"\s+" + g("part", alt(["morning", "afternoon", "evening", "night"]))),
         _b_day_deictic, ("today", "yesterday afternoon", "tonight", "this morning", "last night")),
    Rule("decade",
         opt(r"the\s+") + opt(g("mod", MOD) + r"[-\s]*")
         + r"(?:" + g("decade", r"(?!1\d00)(?:1\d\d0|20\d0)") + r"'?s|'" + g("short", r"\d0") + r"s)\b",
         _b_decade, ("the 1990s", "the mid-1990s", "the '90s", "the early 1960s")),
    Rule("century",
         opt(r"the\s+") + opt(g("mod", MOD) + r"[-\s]*")
         + r"(?:" + g("ord", r"(?!(?:last|final)\b)(?:" + ORDINAL + ")") + r"[-\s]+century|" + g("hundreds", r"1\d00") + r"s)"
         + opt(r"\s+" + g("era", ERA)),
         _b_century, ("the 20th century", "the 1800s", "the nineteenth century", "the 4th century BC",
                      "the fifth century BC", "the 1st century AD")),
    Rule("this_century", g("rel", "this|last|next") + r"\s+century", _b_this_century, ("this century",)),
    Rule("quarter",
         opt(g("rel", "this|last|next") + r"\s+year's\s+")
         # "the" stays outside before the adjective "third-quarter", as TimeBank marks it.
         + opt(r"the\s+(?!(?:fiscal\s+)?\w+-)") + opt(r"fiscal\s+")
         + g("ord", r"first|second|third|fourth|1st|2nd|3rd|4th")
         + r"[-\s](?:fiscal\s+)?(?:quarter|(?-i:qtr))"
         + opt(r"(?:\s+of)?\s+(?:fiscal\s+)?" + g("year", YEAR4) + r"|\s+of\s+" + g("orel", "this|last|next") + r"\s+year"),
         _b_quarter, ("the third quarter of 2022", "third-quarter", "the fourth quarter", "this year's third quarter",
                      "the first quarter of next year")),
    # Markets' codes for quarters and halves: "Q3 2022", "Q3'24", "3Q24", "Q3 FY24", "FY24 Q3", "2018Q4",
    # "H2 2024", "2H24", "1H FY25".  The fiscal period keeps the number and year its name gives them.
    Rule("quarter_code",
         r"(?:" + _PERIOD_CODE + r")(?:\s*'|\s+|-)?(?:(?-i:FY)\s?'?)?" + g("year", YEAR4 + r"|\d\d(?!\d)")
         + r"|" + g("yfirst", YEAR4 + r"|\d\d") + r"-?" + g("yq", r"[Qq][1-4]|(?-i:H)[12]") + r"(?!\w)",
         _b_period_code, ("Q3 2022", "Q3'24", "3Q24", "Q3 FY24", "2018Q4", "2018-Q4", "H2 2024", "2H24",
                          "1H FY25", "H1 '24")),
    Rule("fiscal_period_code", r"(?-i:FY)\s?'?" + g("fyear", YEAR4 + r"|\d\d(?!\d)") + r"\s+(?:" + _PERIOD_CODE + r")(?!\w)",
         _b_period_code, ("FY24 Q3", "FY2025 H1")),
    # "in Q3", "during H2", "Q4 earnings": a period code alone is this year's, in a context that makes it one
    # ("the Audi Q3", "H2 fuel cells" are not).
    Rule("period_code_alone",
         r"(?:(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _CODE_LEFT) + r")|(?=\S+\s+" + alt(_CODE_RIGHT) + r"\b))"
         + r"(?:" + _PERIOD_CODE + r")(?!-)",
         _b_period_code, ("in Q3", "during H2")),
    Rule("half",
         # "the first half of 2023"; "first half of 2026" without its article only before a year
         r"(?:the\s+|(?=(?:first|second|1st|2nd)\s+half\s+of\s+(?:\d{4}|this\s+year|next\s+year|last\s+year)\b))"
         + g("ord", "first|second|1st|2nd|last|latter") + r"\s+half"
         + r"(?![-\s]+(?:an?\s+)?(?:hour|minute|day|week|month|year|decade|century|inning|time|dozen|point|mile)s?\b)"  # "the last half hour"
         + opt(r"\s+of\s+(?:" + g("year", YEAR4) + r"|the\s+year|" + g("orel", "this|last|next") + r"\s+year"
               + r"|the\s+(?:" + g("decade", r"(?:1\d|20)\d0") + r"'?s|'" + g("short", r"\d0") + r"s))")
         + r"(?!\s+of\b)",  # "the first half of the game", "of his term": a half of something else
         _b_half, ("the first half of 2023", "the second half", "the last half of 1989", "the last half of the '80s",
                   "the first half of next year")),
    Rule("two_quarters",
         opt(r"the\s+") + g("ord", r"first\s+two|last\s+two") + r"\s+quarters\s+of\s+" + g("year", YEAR4),
         lambda m: Partial("DATE", f"{m['year']}-H{1 if norm(m['ord']).startswith('first') else 2}"),
         ("the first two quarters of 1990",)),
    # "three days after Easter", "a year from Christmas", "the third Tuesday after Christmas 2014": one day
    Rule("holiday_offset",
         "(?:" + g("onum", NUMBER) + r"[-\s]+" + g("ounit", r"days?|weeks?|months?|years?") + r"\s+" + g("odir", "after|before|from")
         + r")\s+" + _HOLIDAY_PIECE,
         _b_holiday_offset, ("three days after Easter", "one year after Christmas", "a year from Christmas",
                             "two weeks before Thanksgiving")),
    Rule("holiday",
         _HOLIDAY_PIECE,
         _b_holiday, ("Christmas Day", "New Year's Eve", "Thanksgiving", "Easter Sunday 2021", "valentines day",
                      "the day after Christmas", "Passover 2019", "Eid al-Adha", "Christmas morning",
                      "the Memorial Day weekend", "MLK day of last year", "Christmas of 1914",
                      "Easter Sunday two thousand ten", "Thanksgiving three months ago", "Diwali six years hence")),
    Rule("season",
         r"(?:" + opt(g("rel", REL) + r"\s+|" + g("arel", r"the\s+following|that|the\s+same") + r"\s+|the\s+")
         + opt(g("mod", MOD) + r"[-\s]*") + g("season", SEASON)
         + r"(?:\s+(?:of\s+)?" + g("year", YEAR4) + r"|\s+'" + g("short", r"\d\d") + r"(?![\d'])"
         # "the fall of Atlanta", "the fall of the city": a collapse, not a season
         + r"|(?!\s+of\s+(?:the\s+(?!(?:same|following|next|previous)\s+year\b)|(?-i:[A-Z]))))" + r")",
         _b_season, ("last summer", "summer 2022", "the winter of 2021", "this fall", "the fall of 1944", "summer '19",
                     "the following spring", "that summer")),
    Rule("mod_month",
         r"(?:" + g("mod", MOD) + r"[-\s]*" + opt(g("rel", "last|this|next") + r"\s+") + r")"
         + g("month", FULL_MONTH),
         _b_mod_month, ("early December", "mid-March", "late November", "the end of June")),
    Rule("month_rel_year",
         g("month", FULL_MONTH) + r"\s+(?:of\s+)?" + g("rel", "this|last|next") + r"\s+year",
         _b_month_rel_year, ("January this year", "June last year")),
    Rule("rel_month",
         g("rel", "last|this|next|this past|this coming") + r"\s+" + g("month", FULL_MONTH),
         _b_mod_month, ("last December", "next June")),
    Rule("mod_year", g("mod", MOD) + r"[-\s]*" + g("year", YEAR4), _b_mod_year,
         ("mid-2021", "early 2022", "the end of 2021", "late 1998")),
    Rule("pre_post_year", g("side", "pre|post") + "-" + g("year", YEAR4),
         lambda m: Partial("DATE", norm(m["year"]), mod="AFTER" if norm(m["side"]) == "post" else "BEFORE"),
         ("post-1959", "pre-1990")),
    Rule("decade_words", r"the\s+" + opt(g("mod", MOD) + r"[-\s]*") + opt(r"nineteen[-\s]") + g("tens", _TENS_PLURAL),
         lambda m: Partial("DATE", "19" + str(_DECADE_WORDS[norm(m["tens"])]), mod=_mod(m["mod"])),
         ("the nineties", "the early seventies", "the nineteen-sixties")),
    Rule("anaphoric_day",
         g("phrase", "the next|the following|the previous|the prior|that same|that|the same|earlier that|later that")
         + r"\s+(?:day|" + g("part", "morning|afternoon|evening|night") + r")",
         _b_anaphoric_day, ("the next day", "that day", "the following morning", "earlier that day")),
    Rule("day_before_after", r"the\s+" + g("unit", "day|week|month|year") + r"\s+" + g("dir", "before|after")
         + r"(?=\s*(?:[,.;:!?)]|$))",
         _b_day_before_after, ("the day before", "the day after")),
    # "the new year": the year that begins with the New Year's Day the tense picks (ahead in a future
    # clause, the one begun in a past one, else the nearest): in December next year's, in January this
    # year's.  Not "a new year", "Happy New Year", "the new year's resolutions".
    Rule("new_year", r"the\s+new\s+year(?!\s*['\u2019]s?\b|-)", _b_new_year,
         ("in the new year", "after the New Year")),
    Rule("weekend", g("the", r"the|this") + r"\s+(?:(?:long\s+)?holiday\s+|long\s+)?week-?end"
         + r"(?!\s+(?:after\s+next|before\s+last)\b)", _b_weekend,
         ("the weekend", "this weekend", "the holiday weekend", "the long weekend", "this week-end")),
    # A day of the month alone, where nothing else can be meant: "on the 15th", "by the 1st" (an
    # ordinal in digits after a preposition of dates, or a whole note), "on the first" (a word only
    # after "on"), before the sentence ends or a link ("on the 15th at noon"): not "on the 15th floor",
    # "the first to arrive", "the 1st Battalion".
    Rule("dom_alone",
         r"(?:(?:^|" + "|".join(rf"(?<=\b{w}\s)" for w in _DOM_LEFT) + r")(?:the\s+)?"
         + g("dom", _ORDINAL_DAY_DIGITS)
         + r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|@|and|or|to|through|until|till)\b)"
         + r"|(?<=\bon\s)the\s+" + g("wdom", _ORDINAL_DAY) + r"(?=\s*(?:[.;!?)]|$))"
         # what a day is: "her birthday is the 23rd!", "the deadline was the 5th." (not "is 23rd": a rank)
         + r"|(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=\bbe\s))the\s+" + g("cdom", _ORDINAL_DAY_DIGITS)
         + r"(?=\s*(?:[.;!?)]|$)))",
         _b_dom_alone, ("on the 15th", "by the 1st", "on the first", "On 24th", "her birthday is the 23rd")),
    # A weekday counted from a day or a holiday: "the third Tuesday after Christmas 2014", "the first
    # Monday before May 5", "the closest Monday to Oct 5th" (an ordinal, or "the", before the weekday);
    # a holiday nearest a day the same way: "the second closest xmas to today".
    Rule("counted_near",
         r"(?:(?:the\s+)?" + g("nord", alt(_NEAR_ORDINALS)) + r"\s+|the\s+)"
         + r"(?:" + g("close", "closest|nearest") + r"\s+(?:" + g("nweekday", _WEEKDAY) + "|" + g("nholiday", HOLIDAY)
         + r")\s+to|" + g("nweekday2", FULL_WEEKDAY) + r"\s+" + g("side", "after|before") + r")\s+"
         + r"(?:" + _HOLIDAY_PIECE + "|" + _day_p("d") + ")",
         _b_counted_near, ("the third Tuesday after Christmas 2014", "the closest Monday to Oct 5th",
                           "the first Monday before May 5", "the second closest Mon to October fifth",
                           "the closest xmas to today", "the 3rd closest xmas to today"),
         composite=True),
    Rule("ides", opt(r"the\s+") + r"ides\s+of\s+" + g("imonth", FULL_MONTH), _b_ides,
         ("the ides of march", "the Ides of March")),
    # A day picked in a month or a week: "the first Tuesday of October", "the last Friday in the month",
    # "the last day of October 2015", "the 20th of next month", "Wednesday of next week", "next week's
    # Wednesday".
    Rule("day_in_month",
         opt(r"the\s+")
         + r"(?:" + g("back", _BACK_ORDINAL) + r"[-\s]+(?:to[-\s]+)?last|" + g("penult", "penultimate")
         + "|" + g("ord", _PICK_ORDINAL) + r")"
         + r"\s+(?:(?:" + g("weekday", FULL_WEEKDAY) + r"|" + g("day", "day")
         + "|" + g("weekend", r"week[-\s]?end|(?-i:wkend)") + "|" + g("week", "week") + r")\s+(?:of|in)|of)\s+"
         + r"(?:" + g("month", FULL_MONTH) + opt(r",?\s+" + g("year", YEAR4)) + "|" + g("pyear", YEAR4)
         + r"|(?:(?:the\s+)?" + g("rel", "this|last|next|current|previous|following|coming") + r"\s+|the\s+)"
         + g("punit", "month|year") + r")(?![-\w])",
         _b_day_in_month, ("the first Tuesday of October", "the last Friday in the month", "the last day of October 2015",
                           "the 20th of next month", "first monday of last month", "the first week of October 2014",
                           "the third last week of 2018", "2nd last week of October 2018", "fifth last day of May",
                           "the last week of the year")),
    Rule("reference_period",
         r"the\s+"
         + opt(g("adj", r"(?:(?:latest|current|same|full|fiscal|calendar|recent|comparable|corresponding|most\s+recent|just-ended)\s+){1,2}"))
         + opt(g("year", YEAR4) + r"\s+|" + g("ago", r"year-(?:ago|earlier)") + r"\s+")
         + opt(g("ord", "first|second|third|fourth") + r"[-\s]")
         + opt(r"fiscal\s+") + g("unit", "quarter|year|period|week|month")
         + opt(g("back", r"\s+(?:(?:a|one)\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year)"))
         + opt(r"(?=\s+" + g("ended", "ended|ending") + r"\b)")
         + r"(?!-|\s+(?:ago|earlier|before|after|later|old)\b)"
         # "the period between January and March", "the period of martial law": a span the words after it name
         + r"(?!(?<=period)\s+(?:between|from|of|when|that|which|during|since|until|through|in\s+which)\b)",
         _b_reference_period, ("the quarter", "the latest period", "the year", "the full year", "the 1988 third quarter",
                               "the year-ago quarter", "the current fiscal year")),
    Rule("year_end", r"(?:the\s+)?" + g("unit", "year|month|quarter")
         + r"(?:-|\s+|'s\s+)end",
         lambda m: Partial("DATE", "X", shift=Shift(Anchor.DATELINE, _cal_unit(m["unit"])[0], 0), mod="END"),
         ("year-end", "year end", "year's end")),
    Rule("day_in_week",
         g("weekday", FULL_WEEKDAY) + r"\s+(?:(?:of|from)\s+)?" + g("rel", "this|next|last") + r"\s+week(?![-\w'])"
         + "|" + g("rel2", "this|next|last") + r"\s+week's\s+" + g("weekday2", FULL_WEEKDAY),
         _b_day_in_week, ("Wednesday of next week", "Tuesday last week", "next week's Wednesday", "sunday from last week")),
    # Office shorthand: "EOM" (the end of the month), "BOY", "by EOD"; and "end of month", "the
    # beginning of year" without an article before the unit: the dateline's period with its mod.
    # A day's end before the day it ends: "EOD tomorrow", "COB Friday", "end of day Friday" (before "EOD"
    # alone, the dateline's); not "the close of business Thursday", where TimeBank marks the day alone.
    Rule("day_end",
         "(?:" + g("dcode", "(?-i:EOD|COB)") + "|" + opt(r"the\s+") + g("dwords", r"end\s+of\s+(?:the\s+)?day")
         + r")\s+(?:on\s+)?(?:" + g("deictic", "today|tomorrow") + "|" + g("weekday", FULL_WEEKDAY) + r")(?![-\w'])",
         _b_day_end, ("EOD tomorrow", "COB Friday", "end of day Friday", "the end of the day tomorrow")),
    # The rest of a period: "the rest of the week", "the remainder of this year", "the rest of the day".
    Rule("rest_of",
         opt(r"the\s+") + r"(?:rest|remainder|balance)\s+of\s+" + g("rrel", "the|this") + r"\s+"
         + g("runit", "day|week|month|quarter|year") + r"(?![-\w'])",
         _b_rest_of, ("the rest of the week", "rest of the month", "the remainder of this year", "the rest of the day")),
    # All of a period in a calendar note: "busy all week", "all year long" (not "all year round", a
    # recurrence).  News leaves it unmarked, as TimeBank and AQUAINT do ("All week, elected officials
    # ... have issued", "held all day in the capital").
    Rule("all_period",
         r"(?<![-\w])all\s+" + g("aunit", "week|month|year") + opt(r"\s+long") + r"(?![-\w']|\s+round\b)",
         _b_rest_of, ("all week", "all year long", "all month"), kinds=("schedule",)),
    Rule("period_edge",
         opt(r"the\s+") + _NOT_IN_CAPITALS + g("code", "(?-i:" + alt(_PERIOD_EDGES) + ")") + _NOT_BEFORE_CAPITALS
         + "|" + g("mod", alt(m for m in V.MODIFIERS if m.endswith(" of"))) + r"\s+" + g("unit", "day|week|month|quarter|year")
         + r"(?![-\w'])",
         _b_period_edge, ("EOM", "the BOY", "EOD", "end of month", "the beginning of year")),
    Rule("weekdays_counted",
         g("num", NUMBER) + r"\s+" + g("days", alt(d + "s" for d in V.FULL_WEEKDAYS))
         + r"\s+" + g("dir", r"from\s+(?:now|today)|ago|back|hence"),
         _b_weekdays_counted, ("3 fridays from now", "two Sundays from now", "2 thursdays ago", "2 thursdays back")),
    Rule("after_next",
         r"(?:" + g("weekday", FULL_WEEKDAY) + "|" + g("month", FULL_MONTH) + "|" + opt(r"the\s+")
         + g("unit", "week-?end|week|month|year") + r")\s+"
         + g("dir", r"after\s+next|before\s+last") + r"(?![-\w])",
         _b_after_next, ("Friday after next", "March after next", "wednesday after next", "Monday before last",
                         "the week after next", "the year before last", "the weekend after next")),
    Rule("nth_upcoming", opt(g("det", "the|these|those") + r"\s+") + g("num", NUMBER) + r"\s+upcoming\s+" + g("unit", UNIT),
         _b_nth_upcoming, ("two upcoming weeks", "2 upcoming days", "two upcoming quarter")),
    Rule("relative_unit",
         opt(g("mod", MOD) + r"\s+")
         + g("rel", "last|this past|this|next|the following|the next|the previous|the prior|that|the same|the coming|coming|the past"
             "|the current|current|previous|past|upcoming|the upcoming|the")
         + r"\s+" + opt(r"fiscal\s+")
         + g("unit", CAL_UNIT) + r"(?!-|\s+(?:old|olds)\b)",
         _b_relative, ("last week", "next month", "this year", "earlier this month", "the end of the year",
                       "the following week", "early next year", "this past weekend", "the past weekend",
                       "next fiscal year", "last season", "the coming season", "current week", "next qtr", "last yr")),
    Rule("ago",
         opt(g("quant", QUANT + "|" + alt(w for w, mod in V.OUTSIDE_QUANTIFIERS.items() if mod)) + r"\s+") + g("num", NUMBER + "|" + VAGUE) + r"[-\s]+" + g("unit", UNIT)
         + r"\s+" + g("dir", r"ago|earlier|later|from\s+(?:right\s+)?now|from\s+today|hence|back|previously") + r"\b",
         _b_ago, ("two days ago", "a year earlier", "three weeks later", "a decade ago", "two years back",
                  "3 years from today", "a day from right now")),
    # a half or a quarter of an hour or a day from now: "half an hour ago", "an hour and a half ago", "a
    # quarter of an hour from now" (from the story's time, "a minute and a half later", TimeBank marks the
    # length alone: PT1M30S)
    Rule("ago_fraction",
         r"(?:" + opt(g("whole", NUMBER) + r"\s+and\s+") + r"(?:an?\s+)?" + g("part", r"half|quarter|three[-\s]quarters")
         + r"(?:(?:\s+of)?\s+an?)?\s+|" + g("one", r"an?|one") + r"\s+(?=\w+\s+and\s+a\s+half\s)|" + g("whole2", NUMBER)
         + r"\s+(?=\w+\s+and\s+a\s+half\s))" + g("unit", r"hours?|days?|minutes?")
         + opt(r"\s+and\s+a\s+" + g("part2", "half")) + r"\s+"
         + g("dir", r"ago|from\s+(?:right\s+)?now|from\s+today|hence") + r"\b",
         _b_ago_fraction, ("half an hour ago", "an hour and a half ago", "a quarter of an hour from now",
                           "two and a half days ago")),
    # "2h ago", "3d ago", "45m ago", "5mins from now": a post's time stamp, the unit against its number
    Rule("ago_glued",
         g("num", r"\d{1,3}") + g("unit", "(?-i:" + alt(V.GLUED_UNITS) + ")") + r"\s+" + g("dir", r"ago|from\s+now"),
         _b_ago_glued, ("2h ago", "3d ago", "45m ago", "5mins from now")),
    # "in 1h", "for 2hrs", "within 3 wks": a length written as a post writes it, after a preposition of time
    # (not "m": "in 45m" may be money)
    Rule("duration_glued",
         r"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bafter\s))" + g("num", r"\d{1,3}")
         + g("unit", "(?-i:h|" + alt(V.UNIT_ABBREVIATIONS) + ")") + r"(?![\w/-]|\.\w)",
         lambda m: Partial("DURATION", duration_value(int(m["num"] or 0), V.GLUED_UNITS[norm(m["unit"])])),
         ("in 1h", "for 2hrs", "within 3wks")),
    # "the year-earlier nine months": the comparison period's length, as the gold marks it.
    Rule("year_ago_duration", r"the\s+year-(?:ago|earlier)\s+" + g("num", NUMBER) + r"\s+" + g("unit", "months|weeks|quarters"),
         _b_duration, ("the year-earlier nine months", "the year-ago six months")),
    Rule("year_ago_adjective", g("unit", "year|month|week|quarter") + "-" + g("dir", "ago|earlier"),
         _b_year_ago_adj, ("year-ago", "year-earlier")),
    Rule("set_every",
         r"(?:every|each)\s+(?:" + _SET_PERIOD + r")"
         # its time of day: "every Monday at 8", "each morning at 7:30", "every day at noon ET"
         + opt(r"\s+(?:at|@)\s+" + g("ktime", "(?:" + _clock_p("k") + "|" + g("kbare", r"1[0-2]|[1-9]")
                                                   + r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|to|until|for)\b))")),
         _b_set_every, ("every Monday", "every Monday morning", "each year", "every December",
                        "every morning", "every Monday at 8", "every friday at noon ET", "every day at 9:30am")),
    # every so many: "every other week", "every 2 days"; a time after it stays apart ("every other day
    # at 7am": no TIMEX3 value holds both)
    Rule("set_every_count", r"(?:every|each)\s+(?:" + g("other", "other") + r"|" + g("num", NUMBER) + r")\s+(?:"
         + _SET_PERIOD + ")",
         _b_every, ("every other week", "every 2 days", "every other Thursday", "every three months")),
    # a day of every month: "the first of every month", "the 15th of each month" (the day of each)
    Rule("set_month_day", r"(?:the\s+)?" + g("sdom", _DOM) + r"\s+of\s+(?:every|each)\s+month",
         lambda m: Partial("SET", f"XXXX-XX-{_day(m['sdom']):02d}") if 1 <= _day(m["sdom"]) <= 31 else None,
         ("the first of every month", "the 15th of each month")),
    Rule("set_adverb", g("adverb", alt(V.SET_ADVERBS)), _b_set_adverb, ("daily", "annually", "weekly")),
    Rule("set_per", r"(?:per|(?:(?<=once\s)|(?<=twice\s)|(?<=times\s)|(?<=thrice\s))an?)\s+" + g("unit", alt(["year", "month", "week", "day", "hour"])) + r"(?=\s*[,.;)]|\s*$|\s+(?:and|or|for|in|at|to|from|on|until|through)\b)",
         _b_set_per, ("per year", "twice a year")),
    Rule("weekdays_set", g("weekday", alt(d + "s" for d in V.FULL_WEEKDAYS)), _b_weekdays_set, ("Mondays",)),
    Rule("weekends_set", r"(?:(?<=\bon\s)|(?<=\bduring\s))weekends", lambda m: Partial("SET", "XXXX-WXX-WE"),
         ("on weekends", "during weekends")),
    Rule("duration_half",
         opt(g("quant", QUANT) + r"\s+")
         + opt(g("num", NUMBER) + r"\s+and\s+") + r"(?:an?\s+)?half(?:\s+an?\s+|-|\s+)" + g("unit", UNIT),
         _b_duration_half, ("half an hour", "two and a half years", "a half-hour")),
    # A fraction of an hour: "a quarter of an hour" PT15M, "three-quarters of an hour" PT45M, "1/2 hour" PT30M.
    Rule("hour_fraction",
         g("part", r"(?:a|one|three)[-\s]quarters?") + r"\s+of\s+an?\s+hour|" + g("fraction", r"[13]/4|1/2") + r"\s*(?:hours?\b|(?-i:hrs?\b|h\b))",
         _b_hour_fraction, ("a quarter of an hour", "three-quarters of an hour", "1/2 hour", "1/4h", "3/4 h")),
    Rule("duration_and_a_half",
         opt(g("quant", QUANT) + r"\s+") + g("num", r"an?|one") + r"\s+" + g("unit", UNIT) + r"\s+and\s+a\s+half",
         _b_duration_half, ("a year and a half", "an hour and a half")),
    # "Islam will one day be ...": someday, not a day's length.
    Rule("someday", "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _SOMEDAY_LEFT) + ")" + g("ref", r"one\s+day")
         + r"(?!\s+(?:of|in|on|at|and|or|to|for|later|after|before|earlier|ago|the|a|an)\b)",
         _b_reference, ("will one day",)),
    Rule("recent_units", g("ref", "recent") + r"\s+" + g("unit", "years|decades|months|weeks|days|quarters"),
         _b_recent_units, ("recent years", "recent weeks")),
    Rule("duration",
         # "the" stays outside before a hyphenated adjective ("the [14-day] truce") and inside
         # otherwise ("[the nine months]"); "over" before "the" is a preposition ("over [the past
         # 20 years]"), before a number a hedge ("[over two years]"): as TimeBank marks them.
         opt(g("quant", QUANT) + r"\s+")
         + opt(g("det", r"the\s+(?:past|last|next|first|final|coming|previous|following|remaining|latest|entire|full|whole|upcoming)"
                 r"|the(?!\s+[\w.]+-)|past|last|next|upcoming|another|the\s+better\s+part\s+of") + r"\s+")
         + r"(?:" + g("num", NUMBER) + r"(?:\s+more)?[-\s]+|" + g("vague", VAGUE) + r"[-\s]+)"
         + opt(r"(?:straight|consecutive|successive|full|whole|trading|business|working|calendar)\s+")
         + g("unit", UNIT) + r"(?:-long)?(?!-(?:old|ago|earlier|end)|\s+olds?\b)",
         _b_duration, ("three weeks", "more than 10 years", "the past several months", "two-year", "a decade")),
    Rule("long_plural", g("plural", "years|months|decades|weeks|centuries|days|hours") + "-long",
         lambda m: Partial("DURATION", duration_value(None, norm(m["plural"]))), ("decades-long",)),
    # A bare plural unit is a vague duration (TimeML: "for weeks" PXW, "months of talks" PXM): after
    # a preposition or a verb of duration, or before "later", "before", "of" + a noun ... . "The
    # minutes" of a meeting, "days of the week", "after hours" and titles ("Days of Thunder") are not.
    Rule("bare_plural",
         "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _PLURAL_LEFT) + "|(?=" + _UNITS_BEFORE + "))"
         + r"(?:(?=" + _UNITS_BEFORE + r")|(?!(?<=\bthe\s)minutes\b|(?<=\bafter\s)hours\b|seconds\b))"
         + g("plural", _PLURAL_UNITS + "|seconds")
         + opt(r"\s+(?:or|and)\s+(?:" + _PLURAL_UNITS + r")(?!\s+(?:old|ago)\b|-)|\s+on\s+end")
         + r"(?!\s+(?:old|of\s+age|ago|gone\s+by|of\s+the\s+(?:week|month|year))\b|-)",
         _b_bare_plural, ("for years", "within weeks", "over the years", "lasted decades", "for hours on end",
                          "within weeks or months")),
    Rule("past_unit", g("det", r"the\s+(?:past|last)") + r"\s+" + g("unit", "year|decade|century|month|quarter|week")
         + r"(?!-|\s+(?:old|ago)\b)",
         lambda m: Partial("DATE", "X", shift=Shift(Anchor.DATELINE, _cal_unit(m["unit"])[0], -1)),
         ("the past year", "the last decade", "the past week")),
    # "the past" before a unit or a number is a determiner: "the past weekend", "over the past
    # weeks", "the past three summers".
    Rule("reference", g("ref", alt(V.TAGGED_REFERENCES))
         + r"(?!\s+(?:week|weekend|day|night|hour)s?\b|(?<=past)\s+(?:\d|" + alt(V.NUMBER_WORDS) + r"|several|few|many)\b)",
         _b_reference,
         ("now", "currently", "recently", "the future")),
    # A fiscal year is written as the year that names it (TimeBank: "fiscal 1989" 1989): "FY27" 2027.
    # A race time in clock notation is a duration: "finished the marathon in 2:08:41" PT2H8M41S,
    # "ran the mile in 3:43.13".
    Rule("asap", g("ref", r"(?-i:ASAP|asap)|as\s+soon\s+as\s+possible"), lambda m: Partial("DATE", "FUTURE_REF"),
         ("ASAP", "as soon as possible")),
    # "busy ATM" (at the moment), not the cash machine ("an ATM", "the ATM card").
    Rule("atm", "".join(rf"(?<!\b{w}\s)" for w in _NOT_BEFORE_ATM) + _NOT_IN_CAPITALS + r"(?-i:ATM|atm)(?=\s*(?:[.,;:!?)]|$))",
         lambda m: Partial("DATE", "PRESENT_REF"), ("ATM",)),
    Rule("fiscal_year", r"(?:fiscal\s+(?:year\s+)?|(?-i:FY)[\s-]?)" + g("year", YEAR4)
         + r"|(?:fiscal\s+(?:year\s+)?'|(?-i:FY)[\s-]?'?)" + g("short", r"\d\d") + r"(?!\d)",
         lambda m: Partial("DATE", norm(m["year"]) if m["year"] else _year(m["short"])),
         ("fiscal 1989", "FY2026", "FY 2026", "FY27", "FY'27", "fiscal '24")),
    # "year-to-date", "YTD": the period so far, the dateline's year (month, quarter).
    Rule("to_date", g("unit", "year|month|quarter|week") + r"[-\s]to[-\s]date|" + g("code", "(?-i:YTD|MTD|QTD|ytd)"),
         _b_to_date, ("year-to-date", "year to date", "YTD")),
    Rule("rel_weekday", g("rel", REL) + r"\s+" + g("weekday", FULL_WEEKDAY + "|" + _WEEKDAY_ABBREVIATION), _b_weekday,
         ("last Friday", "next Monday", "next Tue.")),
    Rule("weekday", g("weekday", FULL_WEEKDAY + "|" + _WEEKDAY_ABBREVIATION), _b_weekday, ("Friday", "Tuesday", "Fri.")),
    Rule("bare_month", g("month", FULL_MONTH), _b_bare_month, ("in March", "December", "Sept.")),
    # The first year of a range written as one is a year whatever its century: "[1914]-18",
    # "[1861]–1863", "[2008]-2009"; with an era after the second, whatever its digits: "[499]–493 BC",
    # "from [499] to 493 BC".  The second is added after it (_extract.with_second_days).
    Rule("year",
         # a year alone first (the common case): not before a dash and a number
         g("single", r"(?:1[5-9]|20)\d\d") + r"(?![\d,.]\d|\s?[-\u2013]\s?\d|\s*%|\s+percent)"
         + r"|" + g("efirst", r"[1-9]\d{0,3}") + r"(?!\d)(?=" + g("elink", _YEAR_LINK + r"|\s+(?:to|and|through|until)\s+")
         + g("esecond", r"[1-9]\d{0,3}") + r"\s*" + g("era", ERA) + ")"
         + r"|" + g("year", r"[12]\d{3}") + r"(?=" + g("rlink", _YEAR_LINK) + g("rsecond", r"\d{4}|\d{2}")
         + r"(?![-\u2013/.:,]?\d|\s*%|\s+percent\b))",
         _b_bare_year, ("1986", "2021")),
)
