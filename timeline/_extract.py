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
from collections.abc import Iterator

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
        body = re.sub(r"\(\?P<(?P<name>\w+)>", lambda m: f"(?P<R{i}_{m.group('name')}>", rule.pattern)
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
    m = re.search(r"([^\s]+)\s*$", text[max(0, start - 30) : start])
    return m.group(0).strip().lower() if m else ""


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s*([^\s]+)", text[end : end + 30])
    return m.group(0).strip().lower().strip(",.;:!?\"'()") if m else ""


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """True inside a short double-quoted, title-cased phrase ("9 ½ Weeks")."""
    left = max(text.rfind('"', 0, start), text.rfind("\u201c", 0, start), text.rfind("``", 0, start) + 1,
               text.rfind("''", 0, start) + 1)
    if left < 0 or start - left > 40:
        return False
    close = re.search(r"[\"\u201d]|''", text[end : end + 40])
    if close is None:
        return False
    inner = text[left + 1 : end + close.start()]
    words = [w for w in re.split(r"\s+", inner.strip(" ,.")) if w]
    if not 1 <= len(words) <= 6:
        return False
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at"}
    return all(w[0].isupper() or w[0].isdigit() or not w[0].isalpha() or w in small for w in words)


_YEAR_LEFT_OK = frozenset(
    {"in", "since", "by", "until", "till", "of", "the", "from", "to", "through", "during", "before",
     "after", "early", "late", "mid", "around", "about", "circa", "c.", "fiscal", "year", "and",
     "or", "between", "for", "summer", "spring", "winter", "fall", "autumn", "'s", "as", "than",
     "(", "on", "at", "that", "this", "its", "his", "her", "their", "our", "a", "an", "last",
     "into", "throughout", "over", "within"}
)


def _sentence_initial(text: str, start: int) -> bool:
    head = text[max(0, start - 3) : start].rstrip(" \"'\u201c(")
    return start == 0 or head == "" or head[-1:] in ".!?\n"


def _names_something(text: str, rule: Rule, m: re.Match[str], before: str, after: str) -> bool:
    """Month, weekday, season and holiday words inside names: "June Carter", "The Sunday
    Times", "Donna Summer", "Easter Island", "the March of Dimes", "1600 Pennsylvania Avenue"."""
    end = m.end()
    next_words = re.match(r"\s+([A-Z][\w'-]*)(?:\s+([A-Z][\w'-]*))?", text[end : end + 40])
    nxt = next_words.group(1) if next_words else ""
    if rule.name in ("bare_month", "weekday", "holiday", "season", "set_adverb", "year") and next_words:
        if any(w and w.lower().rstrip(".") in V.NAME_WORDS for w in next_words.groups()):
            return True
    if rule.name == "bare_month":
        if before in ("the", "a", "an") or (nxt and nxt.lower() not in V.MONTHS and nxt.lower() not in V.WEEKDAYS
                                             and before not in _YEAR_LEFT_OK):
            return True
    if rule.name in ("season", "set_adverb") and text[m.start()].isupper() and not _sentence_initial(text, m.start()):
        return not m.group().isupper()
    if rule.name == "year" and before not in _YEAR_LEFT_OK:
        # "Kopp's 1987 Chevrolet", "Orion 1980": a number between names is a model or a name.
        if nxt and nxt.lower() not in V.MONTHS:
            return True
        prev = re.search(r"([A-Z][\w'-]*)\s+$", text[max(0, m.start() - 30) : m.start()])
        if prev and not _sentence_initial(text, m.start() - len(prev.group())) and prev.group(1).lower() not in V.MONTHS:
            return True
    return False


def _keep(text: str, rule: Rule, m: re.Match[str]) -> bool:
    """Context guards: False drops the candidate."""
    start, end = m.span()
    groups = m.re.groupindex
    for name in _CAPITALIZED_GROUPS:
        if name in groups and m.start(name) >= 0 and text[m.start(name)].isalpha() and not text[m.start(name)].isupper():
            return False
    before = _word_before(text, start)
    after = _word_after(text, end)
    if before.rstrip(".") in V.QUANTITY_PREFIXES or before in V.QUANTITY_PREFIXES:
        if text[start].isdigit():
            return False
    if text[end - 1].isdigit() and (after in V.QUANTITY_NOUNS or after.startswith("%")):
        return False
    if start > 0 and text[start - 1] in ",./:" and text[start].isdigit():
        return False
    if end + 1 < len(text) and text[end] in "/:" and text[end + 1].isdigit() and text[end - 1].isdigit():
        return False
    if re.match(V.AGE_SUFFIX, text[end : end + 12], re.IGNORECASE) and text[end - 1].isdigit():
        return False
    if _in_quoted_title(text, start, end):
        return False
    word = m.group().lower()
    if word == "now" and _sentence_initial(text, start):
        return False  # discourse "Now, ..." / "Now for today's quiz"
    if word in ("noon", "midnight") and text[start].isupper() and not _sentence_initial(text, start):
        return False  # "High Noon"
    if word == "today" and text[end : end + 2] in ("'s", "\u2019s") and before in ("of", "in", "for", "to"):
        return False  # generic "in today's world"
    if rule.name == "duration" and re.match(r"an?\s", word) and re.search(r"(?:\d|million|billion|cents?)\s*$", text[max(0, start - 20) : start]):
        return False  # rates: "$500 million a year", "700 seats a week"
    if rule.name == "year":
        # A bare number is a year only in a year-like context.
        left = before.strip("(\"'\u201c")
        if re.fullmatch(r"\d[\d,.]*", after) or after in ("-", "to") and re.fullmatch(r"\d+", before):
            return False
        if left not in _YEAR_LEFT_OK and not left.endswith("'s") and not re.fullmatch(r"[,;:.]?", left):
            if after and after.endswith("s") and after not in V.EVENT_NOUNS:
                return False
    if rule.name == "bare_month":
        word = m.group("month").lower().rstrip(".")
        if word in V.AMBIGUOUS_MONTHS and before.strip("(") not in _YEAR_LEFT_OK - {"that", "a", "an"}:
            return False
    if start > 1 and text[start - 1] == "-" and text[start - 2].isdigit():
        return False  # phone numbers: 555-1986
    if _names_something(text, rule, m, before, after):
        return False
    if rule.name == "season" and not (m.group("rel") or m.group("year") or m.group("mod")):
        if m.group("season").lower() in ("fall", "spring") and before not in ("the", "in", "this", "last", "next", "of", "by", "until", "since", "during", "early", "late"):
            return False
    if rule.name == "duration":
        unit = (m.group("unit") or "").lower()
        num = (m.group("num") or "").lower()
        if unit.startswith("quarter") and (num in ("a", "one") or after == "of"):
            return False  # "a quarter of the residents"
        if re.fullmatch(r"1\d{3}|20\d\d", num):
            return False
        if unit.startswith("sec") and num in ("a", "an", "the"):
            return False
    return True


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
    partial = rule.build(_Groups(own.groupdict()))
    if partial is None:
        return None
    # A leading group named "pre" ("about", "over", "the") informs the value but stays
    # outside the extent, as TimeML annotates it.
    start = own.end("pre") if "pre" in own.re.groupindex and own.start("pre") >= 0 else own.start()
    while start < own.end() and text[start].isspace():
        start += 1
    return Candidate(start, own.end(), rule.name, partial)
