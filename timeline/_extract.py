"""Find candidate expressions: one combined scan, then context guards.

All rules are compiled once, lazily, into a single alternation (each rule a
named group ``R<n>``, in priority order), so the text is scanned once.  The
rule that matched is re-run on its own span to read its named groups.  Guards
then drop candidates whose context says they are not times: quantities, ages,
lower-case month and weekday words, quoted titles.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

import attrs

from . import _vocab as V
from ._partial import Partial
from ._rules import RULES, Rule

_FLAGS = re.IGNORECASE
# A candidate must start and end at a word boundary and not inside a number or an amount.
_BEFORE = r"(?<![\w$£€#@&])"
_AFTER = r"(?![\w])"
_CAPITALIZED_GROUPS = ("month", "weekday", "weekday2", "holiday", "season_name")


class _Groups(dict[str, "str | None"]):
    """Named groups of one match; absent names read as None."""

    def __missing__(self, key: str) -> None:
        return None


@attrs.frozen
class Candidate:
    """A span that a rule matched and normalized."""

    start: int
    end: int
    rule: str
    partial: Partial


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], tuple[tuple[Rule, re.Pattern[str]], ...]]:
    singles = tuple((rule, re.compile(_BEFORE + "(?:" + rule.pattern + ")" + _AFTER, _FLAGS)) for rule in RULES)
    parts = []
    for i, rule in enumerate(RULES):
        body = re.sub(r"\(\?P<(?P<name>\w+)>", rf"(?P<R{i}_\g<name>>", rule.pattern)
        parts.append(f"(?P<R{i}>{body})")
    master = re.compile(_BEFORE + "(?:" + "|".join(parts) + ")" + _AFTER, _FLAGS)
    return master, singles


def rule_pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of one rule (for tests and debugging)."""
    for rule, pattern in _compiled()[1]:
        if rule.name == name:
            return pattern
    raise KeyError(name)


def _word_before(text: str, start: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, start - 30) : start])
    return m.group(0).strip().lower() if m else ""


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s*(\S+)", text[end : end + 30])
    return m.group(0).strip().lower().strip(",.;:!?\"'()") if m else ""


def _sentence_initial(text: str, start: int) -> bool:
    head = text[max(0, start - 3) : start].rstrip(" \"'\u201c(")
    return start == 0 or head == "" or head[-1:] in ".!?\n"


class _Context(NamedTuple):
    """What a guard sees of a candidate: the text, the rule, the match and its neighbours."""

    text: str
    rule: str
    m: re.Match[str]
    before: str  # the word before, lower-cased
    after: str  # the word after, lower-cased, stripped of punctuation

    def group(self, name: str) -> str:
        return (self.m.group(name) or "").lower() if name in self.m.re.groupindex else ""

    @property
    def starts_with_digit(self) -> bool:
        return self.text[self.m.start()].isdigit()

    @property
    def ends_with_digit(self) -> bool:
        return self.text[self.m.end() - 1].isdigit()


# Words before a bare number that make it a year: "in 1986", "the 1986 thriller", "fiscal 1989".
_YEAR_LEFT = frozenset(
    {"in", "since", "by", "until", "till", "of", "the", "from", "to", "through", "during", "before",
     "after", "early", "late", "mid", "around", "about", "circa", "c.", "fiscal", "year", "and",
     "or", "between", "for", "summer", "spring", "winter", "fall", "autumn", "'s", "as", "than",
     "(", "on", "at", "that", "this", "its", "his", "her", "their", "our", "a", "an", "last",
     "into", "throughout", "over", "within"}
)
_SEASON_LEFT = frozenset({"the", "in", "this", "last", "next", "of", "by", "until", "since", "during", "early", "late"})


def _lower_case_name(c: _Context) -> bool:
    """Month, weekday and holiday words are proper nouns: "may", "march", "august" are not dates."""
    for name in _CAPITALIZED_GROUPS:
        at = c.m.start(name) if name in c.m.re.groupindex else -1
        if at >= 0 and c.text[at].isalpha() and not c.text[at].isupper():
            return True
    return False


def _quantity(c: _Context) -> bool:
    """Amounts, identifiers and counts: "$2021", "No. 1986", "2021 workers", "20%", "1,986", "10/21", "555-1986"."""
    text, start, end = c.text, c.m.start(), c.m.end()
    return (
        (c.starts_with_digit and c.before.rstrip(".") in V.QUANTITY_PREFIXES)
        or (c.ends_with_digit and (c.after in V.QUANTITY_NOUNS or c.after.startswith("%")))
        or (start > 0 and text[start - 1] in ",./:" and c.starts_with_digit)
        or (end + 1 < len(text) and text[end] in "/:" and text[end + 1].isdigit() and c.ends_with_digit)
        or (start > 1 and text[start - 1] == "-" and text[start - 2].isdigit())
    )


def _age(c: _Context) -> bool:
    """Ages: "42-year-old", "a 3-year-old boy"."""
    return c.ends_with_digit and re.match(V.AGE_SUFFIX, c.text[c.m.end() : c.m.end() + 12], re.IGNORECASE) is not None


def _quoted_title(c: _Context) -> bool:
    """Inside a short double-quoted, title-cased phrase: "9 ½ Weeks", ``60 Minutes''."""
    text, start, end = c.text, c.m.start(), c.m.end()
    left = max(text.rfind('"', 0, start), text.rfind("\u201c", 0, start), text.rfind("``", 0, start) + 1,
               text.rfind("''", 0, start) + 1)
    close = re.search(r"[\"\u201d]|''", text[end : end + 40])
    if left < 0 or start - left > 40 or close is None:
        return False
    words = [w for w in re.split(r"\s+", text[left + 1 : end + close.start()].strip(" ,.")) if w]
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at"}
    return 1 <= len(words) <= 6 and all(
        w[0].isupper() or w[0].isdigit() or not w[0].isalpha() or w in small for w in words
    )


def _discourse_word(c: _Context) -> bool:
    """ "Now, ..." opening a sentence, "High Noon", generic "in today's world"."""
    word, start, end = c.m.group().lower(), c.m.start(), c.m.end()
    return (
        (word == "now" and _sentence_initial(c.text, start))
        or (word in ("noon", "midnight") and c.text[start].isupper() and not _sentence_initial(c.text, start))
        or (word == "today" and c.text[end : end + 2] in ("'s", "\u2019s") and c.before in ("of", "in", "for", "to"))
    )


def _rate(c: _Context) -> bool:
    """Rates, not durations: "$500 million a year", "700 seats a week", "a quarter of the residents"."""
    if c.rule != "duration":
        return False
    start, unit, num = c.m.start(), c.group("unit"), c.group("num")
    return (
        (re.match(r"an?\s", c.m.group().lower()) is not None
         and re.search(r"(?:\d|million|billion|cents?)\s*$", c.text[max(0, start - 20) : start]) is not None)
        or (unit.startswith("quarter") and (num in ("a", "one") or c.after == "of"))
        or re.fullmatch(r"1\d{3}|20\d\d", num) is not None  # "1988 second"
        or (unit.startswith("sec") and num in ("a", "an", "the"))  # "a second time"
    )


def _not_a_year(c: _Context) -> bool:
    """A bare number is a year only in a year-like context: not "2021 workers", "Orion 1980",
    "Kopp's 1987 Chevrolet", "1994 to 1997" is fine but "3 to 1986" is not."""
    if c.rule != "year":
        return False
    left = c.before.strip("(\"'\u201c")
    if re.fullmatch(r"\d[\d,.]*", c.after) or (c.after in ("-", "to") and re.fullmatch(r"\d+", c.before)):
        return True
    if left in _YEAR_LEFT or re.fullmatch(r"[,;:.]?", left):
        return False
    if not left.endswith("'s") and c.after.endswith("s") and c.after not in V.EVENT_NOUNS:
        return True
    next_word = re.match(r"\s+([A-Z][\w'-]*)", c.text[c.m.end() : c.m.end() + 30])
    if next_word and next_word.group(1).lower() not in V.MONTHS:
        return True
    prev = re.search(r"([A-Z][\w'-]*)\s+$", c.text[max(0, c.m.start() - 30) : c.m.start()])
    if prev is None:
        return False
    return not _sentence_initial(c.text, c.m.start() - len(prev.group())) and prev.group(1).lower() not in V.MONTHS


def _modal_or_verb(c: _Context) -> bool:
    """ "May" and "March" alone are dates only after a date-like word ("in May", "since March")."""
    return (
        c.rule == "bare_month"
        and c.group("month").rstrip(".") in V.AMBIGUOUS_MONTHS
        and c.before.strip("(") not in _YEAR_LEFT - {"that", "a", "an"}
    )


def _part_of_name(c: _Context) -> bool:
    """Inside names: "June Carter", "The Sunday Times", "Donna Summer", "Easter Island",
    "the March of Dimes", "Christmas Island", "The Daily Mail"."""
    text, start, end = c.text, c.m.start(), c.m.end()
    following = re.match(r"\s+([A-Z][\w'-]*)(?:\s+([A-Z][\w'-]*))?", text[end : end + 40])
    if c.rule in ("bare_month", "weekday", "holiday", "season", "set_adverb", "year") and following and any(
        w and w.lower().rstrip(".") in V.NAME_WORDS for w in following.groups()
    ):
        return True
    if c.rule == "bare_month":
        nxt = following.group(1).lower() if following else ""
        if c.before in ("the", "a", "an") or (
            nxt and nxt not in V.MONTHS and nxt not in V.WEEKDAYS and c.before not in _YEAR_LEFT
        ):
            return True
    return (
        c.rule in ("season", "set_adverb")
        and text[start].isupper()
        and not _sentence_initial(text, start)
        and not c.m.group().isupper()
    )


def _verb_season(c: _Context) -> bool:
    """ "prices fall", "spring into action": bare "fall"/"spring" need a date-like word before."""
    return (
        c.rule == "season"
        and not (c.group("rel") or c.group("year") or c.group("mod"))
        and c.group("season") in ("fall", "spring")
        and c.before not in _SEASON_LEFT
    )


GUARDS: tuple[Callable[[_Context], bool], ...] = (
    _lower_case_name, _quantity, _age, _quoted_title, _discourse_word, _rate, _not_a_year,
    _modal_or_verb, _part_of_name, _verb_season,
)


def _keep(text: str, rule: Rule, m: re.Match[str]) -> bool:
    """False when a guard says the candidate is not a time."""
    context = _Context(text, rule.name, m, _word_before(text, m.start()), _word_after(text, m.end()))
    return not any(guard(context) for guard in GUARDS)


def find(text: str) -> Iterator[Candidate]:
    """Every candidate expression in ``text``, in text order, not overlapping.

    A match that a guard or its builder rejects does not consume its span: the scan
    resumes one character later, so a shorter expression inside it can still match."""
    master, singles = _compiled()
    pos = 0
    while (m := master.search(text, pos)) is not None:
        found = _candidate(text, m, singles)
        if found is None:
            pos = m.start() + 1
            continue
        yield found
        pos = max(m.end(), m.start() + 1)


def _candidate(
    text: str, m: re.Match[str], singles: tuple[tuple[Rule, re.Pattern[str]], ...]
) -> Candidate | None:
    name = m.lastgroup or ""
    rule, single = singles[int(name[1:].split("_")[0])]
    own = single.match(text, m.start())
    if own is None or own.end() != m.end() or not _keep(text, rule, own):
        return None
    groups = _Groups(own.groupdict())
    # The word before is context, never extent: "about [two weeks]" is APPROX.
    groups["before"] = _word_before(text, own.start())
    partial = rule.build(groups)
    return None if partial is None else Candidate(own.start(), own.end(), rule.name, partial)
