"""Find candidate expressions: one combined scan, then context guards.

All rules are compiled once, lazily, into a single alternation (each rule a
named group ``R<n>``, in priority order), so the text is scanned once.  The
rule that matched is re-run on its own span to read its named groups.  Guards
then drop candidates whose context says they are not times: quantities, ages,
lower-case month and weekday words, quoted titles.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

try:  # the regex parser the re module itself uses; private, so used defensively
    import re._constants as _sre_constants  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _sre_parser  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef,unused-ignore]
    import sre_parse as _sre_parser  # type: ignore[no-redef,unused-ignore]

import attrs

from . import _holidays as H
from . import _vocab as V
from ._partial import Partial
from ._rules import DAY3, DAY_LINK, ERA, RULES, Rule, alt
from ._values import Granularity, parse_calendar

_FLAGS = re.IGNORECASE
# A candidate must start and end at a word boundary and not inside a number or an amount.
_BEFORE = r"(?<![\w$£€#@&])"
_AFTER = r"(?![\w])"
_CAPITALIZED_GROUPS = ("month", "weekday", "weekday2", "season_name")  # holidays: _rules._b_holiday


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


def _renamed(i: int, rule: Rule) -> str:
    """The rule's pattern as group ``R<i>``, its named groups prefixed so all rules fit one regex."""
    return f"(?P<R{i}>" + re.sub(r"\(\?P<(?P<name>\w+)>", rf"(?P<R{i}_\g<name>>", rule.pattern) + ")"


@functools.lru_cache(maxsize=1)
def _singles() -> tuple[tuple[Rule, re.Pattern[str]], ...]:
    """Each rule on its own (what :func:`find` needs: it compiles its alternations per opening words)."""
    return tuple((rule, re.compile(_BEFORE + "(?:" + rule.pattern + ")" + _AFTER, _FLAGS)) for rule in RULES)


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], tuple[tuple[Rule, re.Pattern[str]], ...]]:
    """All rules as one alternation (priority order), and each rule on its own.  Only the
    exhaustive scan (:func:`find_everywhere`) needs the first: :func:`find` does not compile it."""
    body = "|".join(_renamed(i, rule) for i, rule in enumerate(RULES))
    return re.compile(_BEFORE + "(?:" + body + ")" + _AFTER, _FLAGS), _singles()


_DIGIT = "0"  # the key of every token of digits
_ANY = "*"  # second-word key: any token (or none) may follow the first word


# An index entry: the rules, by index, to try at a pair of tokens; or, after digits, where which rules
# can open there depends on what separates the two tokens ("3:30" and "1,700"), the rules by
# separator (see opening_words; _ANY: any other separator).
_Entry = tuple[int, ...] | dict[str, tuple[int, ...]]

@functools.lru_cache(maxsize=1)
def _word_index() -> dict[str, dict[str, _Entry]]:
    """first word -> second word (or ``_ANY``) -> the rules, by index, that can start so; after digits,
    where the rules differ by what separates the two words, by that separator (see :func:`separator`).

    Rules whose opening words cannot be listed are filed under every first word."""
    index: dict[str, dict[tuple[str, str], set[int]]] = {}  # first -> (second, separator) -> rules
    anywhere: set[int] = set()
    spelled: dict[str, frozenset[tuple[str, str, str]] | None] = {}  # rules that open alike share a pattern
    for i, rule in enumerate(RULES):
        opens = rule.opens or rule.pattern
        pairs = spelled[opens] if opens in spelled else spelled.setdefault(opens, opening_words(opens))
        if pairs is None:
            anywhere.add(i)
            continue
        for first, second, between in pairs:
            index.setdefault(first, {}).setdefault((second, between), set()).add(i)
    frozen: dict[str, dict[str, _Entry]] = {}
    for first, seconds in index.items():
        loose = seconds.get((_ANY, ""), set()) | anywhere
        anything = tuple(sorted(loose))  # after any second word
        entry: dict[str, _Entry] = {}
        if first != _DIGIT:  # the separator is "" (see opening_words)
            for (second, _), ix in seconds.items():
                entry[second] = tuple(sorted(ix | loose))
        else:
            apart: dict[str, dict[str, tuple[int, ...]]] = {}
            for (second, between), ix in seconds.items():
                apart.setdefault(second, {_ANY: anything})[between] = tuple(sorted(ix | loose))
            for second, rules in apart.items():  # one tuple unless the rules differ by separator
                entry[second] = rules if len(set(rules.values())) > 1 else anything
        entry[_ANY] = anything
        frozen[first] = entry
    frozen[_ANY] = {_ANY: tuple(sorted(anywhere))}
    return frozen


def separator(between: str) -> str:
    """What separates two tokens, as the word index files it: "" for nothing ("3pm"), " " for
    spaces only, else the first character that is no space ("," in "1,700", ":" in "3 : 30")."""
    if not between:
        return ""
    rest = between.lstrip()
    return rest[0] if rest else " "


@functools.lru_cache(maxsize=1024)
def _segments(indices: tuple[int, ...], ascii_only: bool = False) -> tuple[re.Pattern[str], ...]:
    """The rules ``indices`` as alternations to try in turn: each run of ordinary rules as one, each
    composite rule alone.  Tried in order they match what one alternation of them all matches (the
    first rule in order that matches here); a composite's pattern is large, and compiled once so, not
    again in each alternation of the rules that can open with some pair of words.  ``ascii_only``:
    compiled with re.ASCII, for the texts of :func:`_reads_ascii`."""
    out: list[re.Pattern[str]] = []
    run: list[int] = []
    for i in indices:
        if RULES[i].composite:
            if run:
                out.append(_master_for(tuple(run), ascii_only))
                run = []
            out.append(_master_for((i,), ascii_only))
        else:
            run.append(i)
    if run:
        out.append(_master_for(tuple(run), ascii_only))
    return tuple(out)


@functools.lru_cache(maxsize=1024)
def _master_for(indices: tuple[int, ...], ascii_only: bool = False) -> re.Pattern[str]:
    """One alternation of just these rules, in priority order (``ascii_only``: with re.ASCII)."""
    body = "|".join(_renamed(i, RULES[i]) for i in indices)
    return re.compile(_BEFORE + "(?:" + body + ")" + _AFTER, _FLAGS | re.ASCII if ascii_only else _FLAGS)


# The characters Unicode's \s holds and re.ASCII's does not, in an ASCII text: the separators
# \x1c-\x1f (str.isspace says they are spaces).
_UNICODE_ONLY_SPACE = re.compile("[\x1c-\x1f]")


def _reads_ascii(text: str) -> bool:
    """Whether the rules read ``text`` alike with re.ASCII: an ASCII text without the separators
    \\x1c-\\x1f.  re.ASCII changes only what \\w, \\d, \\s, \\b and case-folding match on characters
    outside ASCII (and \\s on those separators), none of which such a text holds; and the regex engine
    folds case by ASCII alone faster (a sixth of find's regex time).  Only the scan's attempts use it:
    a candidate is read again with its rule's own pattern (see _candidate)."""
    return text.isascii() and _UNICODE_ONLY_SPACE.search(text) is None


# A spelling state: the words finished so far, the word being spelled ("" between words, "0" inside
# a run of digits), and what separates a first word of digits from the second (see separator).
_State = tuple[tuple[str, ...], str, str]
_Walk = tuple[set[tuple[str, str, str]], set[_State]]  # (finished (first, second, separator) triples, open states)


def opening_words(pattern: str) -> frozenset[tuple[str, str, str]] | None:
    """The (first word, second word, separator) triples a match of ``pattern`` can open with, in
    lower case ("0" for digits, "'" for an apostrophe, "*" for any second word); the separator is
    what :func:`separator` reads between the two words after a first word of digits ("," in
    "1,700", "" in "3pm"), "" after any other first word.  None when they cannot be listed."""
    try:
        parsed = list(_sre_parser.parse(pattern, _FLAGS))
    except Exception:  # a private parser: any surprise means "no filter"
        return None
    found = _walk(parsed, {((), "", "")})
    if found is None:
        return None
    pairs, states = found
    for done, word, between in states:  # the pattern can end here
        words = (*done, word) if word else done
        if len(words) > 1:
            pairs.add((words[0], words[1], between))
        elif words:
            pairs.add((words[0], _ANY, ""))
    return frozenset(pairs)


def _walk(items: list[tuple[Any, Any]], states: set[_State]) -> _Walk | None:
    """Spell the opening words through a parsed sequence."""
    pairs: set[tuple[str, str, str]] = set()
    for op, av in items:
        if not states:
            break
        step = _step(op, av, states)
        if step is None or len(step[1]) > 20000:
            return None
        pairs |= step[0]
        states = step[1]
    return pairs, states


def _step(op: Any, av: Any, states: set[_State]) -> _Walk | None:
    c = _sre_constants
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), states
    if op is c.LITERAL:
        return _chars({chr(av).lower()}, states)
    if op is c.IN:
        chars = _charset(av)
        return None if chars is None else _chars({ch.lower() for ch in chars}, states)
    if op is c.SUBPATTERN:
        return _walk(list(av[-1]), states)
    if op is c.BRANCH:
        out: _Walk = (set(), set())
        for alternative in av[1]:
            sub = _walk(list(alternative), states)
            if sub is None:
                return None
            out = (out[0] | sub[0], out[1] | sub[1])
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, inner = av
        once = _walk(list(inner), states)
        if once is None:
            return None
        pairs, reached = set(once[0]), set(once[1])
        for _ in range(3 if high > 1 else 0):  # a repeat must settle: "\s+", "(?:,\d{3})*" do
            more = _walk(list(inner), reached)
            if more is None:
                return None
            if more[0] <= pairs and more[1] <= reached:
                break
            pairs |= more[0]
            reached |= more[1]
        else:
            if high > 1:
                return None  # a repeated letter would spell unboundedly many words
        return (pairs, reached | states) if low == 0 else (pairs, reached)
    return None


_DIGITS = (_DIGIT,)  # a first word of digits: the only one whose separator the index reads (see separator)


def _chars(chars: set[str], states: set[_State]) -> _Walk:
    """One character of ``chars`` read in each state.  (An open state has at most one finished word: a
    second one makes a triple.)  The letters, the digits and the separators are read as three groups."""
    pairs: set[tuple[str, str, str]] = set()
    out: set[_State] = set()
    letters = [ch for ch in chars if ch.isalpha()]
    digits = any(ch.isdigit() for ch in chars)
    # the separators, spaces as one: what the state keeps of each (see separator)
    gaps = {" " if ch.isspace() else ch for ch in chars if not ch.isalpha() and not ch.isdigit()}

    def end(finished: tuple[str, ...], start: str, between: str) -> None:
        if len(finished) >= 2:
            pairs.add((finished[0], finished[1], between))
        else:
            out.add((finished, start, between))

    for done, word, between in states:
        if word != _DIGIT:
            for ch in letters:
                out.add((done, word + ch, between))
        elif letters:  # a letter after a digit run starts the next word
            if done:
                pairs.add((done[0], _DIGIT, between))
            else:
                for ch in letters:
                    out.add(((_DIGIT,), ch, between))
        if digits:
            if word in ("", _DIGIT):
                out.add((done, _DIGIT, between))
            else:
                end((*done, word), _DIGIT, between)
        for gap in gaps:
            if gap == "'" and not word:
                end((*done, "'"), "", between)
                continue
            finished = (*done, word) if word else done
            # a separator after a first word of digits: the first one that is no space
            end(finished, "", gap if finished == _DIGITS and between in ("", " ") else between)
            if gap == "'":  # an apostrophe right after a word: also a token of its own, as before a digit ("FY'27")
                end((*finished, "'"), "", between)
    return pairs, out


def _charset(av: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a parsed character class; None for one too open to list."""
    c = _sre_constants
    chars: set[str] = set()
    for op, value in av:
        if op is c.LITERAL:
            chars |= {chr(value), chr(value).swapcase()}
        elif op is c.RANGE:
            chars |= {chr(code) for code in range(value[0], value[1] + 1)}
        elif op is c.CATEGORY and value is c.CATEGORY_DIGIT:
            chars |= set("0123456789")
        elif op is c.CATEGORY and value is c.CATEGORY_SPACE:
            chars |= {" "}
        else:
            return None
    return chars


def rule_pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of one rule (for tests and debugging)."""
    for rule, pattern in _singles():
        if rule.name == name:
            return pattern
    raise KeyError(name)


def _word_before(text: str, start: int) -> str:
    """The last run of non-space characters in the 30 before ``start``, lower-cased ("" for none)."""
    head = text[max(0, start - 30) : start].rsplit(None, 1)
    return head[-1].lower() if head else ""


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, end + 30)
    return m.group(0).strip().lower().strip(",.;:!?\"'()") if m else ""


_WORD_AFTER = re.compile(r"\s*(\S+)")


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
    """Month, weekday and holiday words are proper nouns: "may", "march", "august" are not dates.
    But posts and calendar notes write "monday", "next tuesday", "october 5", "in november": a
    weekday or month name that is no English word is a date in lower case too, and one that is
    ("march", "august", "may") with a day or a year beside it ("march 3", "may 5th", "august 2015")."""
    for name in _CAPITALIZED_BY_RULE[c.rule]:
        at = c.m.start(name)
        if at >= 0 and c.text[at].isalpha() and not c.text[at].isupper() and not _lower_case_date(c, name):
            return True
    return False


# Words after which a lower-case weekday abbreviation that is a word too is the day: "on sat", "next wed"
# (V.WEEKDAY_WORD_LEFT, which the rule's pattern reads too).
_WEEKDAY_LEFT = re.compile(r"(?:^|\W)(?P<left>" + "|".join(V.WEEKDAY_WORD_LEFT) + r")\s\Z", re.IGNORECASE)
# "sun" and "sat" are most often the noun and the verb: after "this", "every" or "last" they are days
# only where a day's phrase goes on as a day's does ("every sat at 9", "this sun morning", "last sat.";
# not "every sun in the galaxy", "This sat well with investors", "the last sun of summer").
_NOUN_DAYS = frozenset({"sun", "sat"})
_DETERMINING_LEFT = frozenset({"this", "every", "last"})
_DAY_GOES_ON = re.compile(
    r"\s*(?:[,.;:!?)/&\u2013-]|\Z|\d|(?:at|@|and|or|to|through|thru|till|until|"
    + "|".join(V.PARTS_OF_DAY) + r")\b)", re.IGNORECASE,
)


# An abbreviated day beside a link and another: "mon-fri", "sat-sun", "mon/wed/fri", "sat and sun" (the
# window: eight characters each side, the longest link and a day).
_DAY_RANGE_SIDE = re.compile(r"(?i).*\b" + DAY3 + DAY_LINK + DAY3 + r"\b.*", re.DOTALL)


def _lower_case_date(c: _Context, name: str) -> bool:
    raw = c.m.group(name).lower()
    word = raw.rstrip(".")
    if name in ("weekday", "weekday2"):
        # "mon." with its dot; "sat", "sun", "wed", "mon" (words too) after "on", "next", "this", "every"
        if word in V.LOWER_CASE_WEEKDAYS or raw in V.LOWER_CASE_WEEKDAYS:
            return True
        left = _WEEKDAY_LEFT.search(c.text, max(0, c.m.start(name) - 7), c.m.start(name))
        if left is not None or c.rule == "set_every_count":  # "every other wed", "every 2 mon"
            determiner = "every" if left is None else left.group("left").lower()
            if determiner == "last" and left is not None and c.text.endswith("the ", 0, left.start("left")):
                return False  # "the last sun of summer": a noun phrase
            return word not in _NOUN_DAYS or determiner not in _DETERMINING_LEFT \
                or _DAY_GOES_ON.match(c.text, c.m.end(name)) is not None
        return _DAY_RANGE_SIDE.fullmatch(c.text, max(0, c.m.start(name) - 8), min(len(c.text), c.m.end(name) + 8)) is not None
    if name != "month":
        return False
    if word in V.LOWER_CASE_MONTHS or c.rule == "day_in_month":  # "the 3rd monday of march": no verb there
        return True
    day, year = c.group("day"), c.group("year")
    if word == "may":  # the modal: "may 5th", "may 2015", never "may 5"
        return bool(year) or day[-2:] in ("st", "nd", "rd", "th")
    return bool(day or year)


# Each rule's groups of _CAPITALIZED_GROUPS, so that a candidate tests only those its rule has.
_CAPITALIZED_BY_RULE = {
    rule.name: tuple(name for name in _CAPITALIZED_GROUPS if f"(?P<{name}>" in rule.pattern) for rule in RULES
}


# An ISO 8601 interval's solidus between two dates or times: "2015-03-28 17:00:00/2015-03-29 21:00:00".
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d(?!\d)")


def _iso_interval(text: str, start: int, end: int) -> bool:
    """The candidate ``text[start:end]`` is one end of an ISO 8601 interval written with a solidus."""
    if end + 1 < len(text) and text[end] == "/" and _ISO_DAY.match(text, end + 1):
        return _ISO_DAY.match(text, start) is not None
    return start > 1 and text[start - 1] == "/" and text[start - 2].isdigit() and _ISO_DAY.match(text, start) is not None


def _quantity(c: _Context) -> bool:
    """Amounts, identifiers and counts: "$2021", "No. 1986", "2021 workers", "20%", "1,986", "10/21", "555-1986"."""
    text, start, end = c.text, c.m.start(), c.m.end()
    first_digit, last_digit = text[start].isdigit(), text[end - 1].isdigit()
    if "/" in text[max(0, start - 1) : end + 1] and _iso_interval(text, start, end):
        return False
    return (
        (first_digit and (c.before.rstrip(".") in V.QUANTITY_PREFIXES or (start > 0 and text[start - 1] in ",./:")))
        or (last_digit and (
            c.after in V.QUANTITY_NOUNS or c.after.startswith("%")
            or (end + 1 < len(text) and text[end] in "/:" and text[end + 1].isdigit())
        ))
        or (start > 1 and text[start - 1] == "-" and text[start - 2].isdigit())
    )


_AGE_SUFFIX = re.compile(V.AGE_SUFFIX, re.IGNORECASE)


def _age(c: _Context) -> bool:
    """Ages: "42-year-old", "a 3-year-old boy"."""
    return c.ends_with_digit and _AGE_SUFFIX.match(c.text[c.m.end() : c.m.end() + 12]) is not None


_QUOTES = ('"', "\u201c", "``", "''")
_QUOTE = re.compile("|".join(map(re.escape, _QUOTES)))  # any of them: one search of the text before
_CLOSING_QUOTE = re.compile(r"[\"\u201d]|''")


def _quoted_title(c: _Context) -> bool:
    """Inside a short double-quoted, title-cased phrase: "9 ½ Weeks", ``60 Minutes''."""
    text, start, end = c.text, c.m.start(), c.m.end()
    lo = max(0, start - 41)  # bounded: a quote further back does not make a title
    if _QUOTE.search(text, lo, start) is None:  # the common case: no quote before, none to look for after
        return False
    after_quote = [p + len(q) for q in _QUOTES if (p := text.rfind(q, lo, start)) >= 0]
    close = _CLOSING_QUOTE.search(text, end, end + 40)
    if close is None:
        return False
    words = [w for w in re.split(r"\s+", text[max(after_quote) : close.start()].strip(" ,.")) if w]
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at"}
    return 1 <= len(words) <= 6 and all(
        w[0].isupper() or w[0].isdigit() or not w[0].isalpha() or w in small for w in words
    )


def _discourse_word(c: _Context) -> bool:
    """ "(every) now and then" (but "now", "Now, the company ...", "now that ..." are the present, as
    TimeML marks every "now"), "High Noon", "high noon", generic "in today's world", "the people of tomorrow"."""
    word, start, end = c.m.group().lower(), c.m.start(), c.m.end()
    return (
        # "(every) now and then", "now and again": an idiom of frequency
        (word.endswith("now") and _NOT_NOW.match(c.text, end, end + 14) is not None)
        or (word in ("noon", "midnight") and c.text[start].isupper() and not _sentence_initial(c.text, start))
        or (word == "noon" and c.before == "high")  # "high noon comes today": the idiom
        or (word == "tomorrow" and c.before == "of")  # "the people of tomorrow": generic
        or (word == "today" and c.text[end : end + 2] in ("'s", "\u2019s") and c.before in ("of", "in", "for", "to"))
        # a name: "USA Today", "This is VOA Today."
        or (word == "today" and c.text[start] == "T" and not _sentence_initial(c.text, start)
            and _NAME_BEFORE.search(c.text, max(0, start - 30), start) is not None)
    )


_NOT_NOW = re.compile(r"\s+and\s+(?:then|again)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.]*\s+$")
_WORDS_BEFORE = re.compile(r"(?:[\w,.]+\s+){0,3}$")


def _counted_plural(before: str) -> bool:
    """ "four flights", "700 seats", "24 hours", "four new flights" just before "a week": a rate."""
    m = _WORDS_BEFORE.search(before)
    words = m.group().lower().split() if m else []
    if len(words) < 2 or not words[-1].endswith("s"):
        return False
    return any(w[0].isdigit() or w in V.NUMBER_WORDS for w in words[-3:-1])


_INDEFINITE = re.compile(r"an?\s")
_YEAR_LIKE = re.compile(r"1\d{3}|20\d\d")
_PER_UNIT = re.compile(r"\s+(?:a|per|each)\s+(?:day|week|month|year)\b")


def _rate(c: _Context) -> bool:
    """Rates, not durations or sets: "$500 million a year", "700 seats a week", "four flights a
    week", "a quarter of the residents", "rise 8.5% annually", "10,000 units annually", "24 hours a day"."""
    start = c.m.start()
    if c.rule == "set_adverb":
        return (
            re.search(r"(?:\d%?|percent|million|billion)\s*$", c.text[max(0, start - 20) : start]) is not None
            or _counted_plural(c.text[max(0, start - 40) : start])
        )
    if c.rule != "duration":
        return False
    unit, num = c.group("unit"), c.group("num")
    return (
        (_INDEFINITE.match(c.m.group().lower()) is not None
         and (re.search(r"(?:\d|million|billion|cents?)\s*$", c.text[max(0, start - 20) : start]) is not None
              or _counted_plural(c.text[max(0, start - 40) : start])))
        or (unit.startswith("quarter") and (num in ("a", "one") or c.after == "of"))
        or _YEAR_LIKE.fullmatch(num) is not None  # "1988 second"
        or (unit.startswith("second") and num in ("a", "an", "the"))  # "a second time" (but "in a sec")
        or _PER_UNIT.match(c.text, c.m.end()) is not None  # "24 hours a day"
    )


def _not_a_year(c: _Context) -> bool:
    """A bare number is a year only in a year-like context: not "2021 workers", "Orion 1980",
    "Kopp's 1987 Chevrolet", "1994 to 1997" is fine but "3 to 1986" is not.  A range written as
    one ("1914-18") is read by the context after its second number, and is never one before a
    unit or a counted noun ("1500-2000 words", "at 1200-1300 hours")."""
    if c.rule != "year" or c.group("era"):
        return False
    end, after = c.m.end(), c.after
    if c.group("rsecond"):
        # Two plausible years joined by a dash are a range in any context (a heading "Eastern
        # Theater 1861-1863", "Diem era, 1955-1963"), unless a noun after counts them.
        after = _word_after(c.text, c.m.end("rsecond"))
        return after in _UNITS_AFTER or after in V.QUANTITY_NOUNS or (
            _COUNTED.fullmatch(after) is not None and after not in _NOT_PLURALS
            and after not in V.EVENT_NOUNS and after[:-1] not in V.EVENT_NOUNS  # "the 1914-18 campaigns"
        )
    left = c.before.strip("(\"'\u201c")
    if re.fullmatch(r"\d[\d,.]*", after) or (after in ("-", "to") and re.fullmatch(r"\d+", c.before)):
        return True
    if left in _YEAR_LEFT or re.fullmatch(r"[,;:.]?", left):
        return False
    if not left.endswith("'s") and after.endswith("s") and after not in V.EVENT_NOUNS:
        return True
    next_word = re.match(r"\s+([A-Z][\w'-]*)", c.text[end : end + 30])
    if next_word and next_word.group(1).lower() not in V.MONTHS:
        return True
    prev = re.search(r"([A-Z][\w'-]*)\s+$", c.text[max(0, c.m.start() - 30) : c.m.start()])
    if prev is None:
        return False
    # "Orion 1980" is a name; "Navigation Mixte's 1989 profit" a possessive before a year.
    return (
        not _sentence_initial(c.text, c.m.start() - len(prev.group()))
        and prev.group(1).lower() not in V.MONTHS and not prev.group(1).endswith(("'s", "\u2019s"))
    )


_UNITS_AFTER = frozenset(V.UNITS) | frozenset(V.UNIT_PLURALS) | {"hrs", "hr", "gmt", "utc", "local"}
# A plural noun after a pair of numbers counts something ("1500-1600 applicants"); not these words.
_COUNTED = re.compile(r"[a-z]{3,}(?<![su'i]s)s")
_NOT_PLURALS = frozenset({"was", "has", "this", "its", "his", "hers", "ours", "yours", "theirs", "towards",
                          "afterwards", "always", "perhaps", "besides", "sometimes", "whereas", "nevertheless"})
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'-]*)")


def _province(c: _Context) -> bool:
    """ "BC" after a number that names British Columbia, not an era: "in 2010 BC Hydro raised rates"."""
    if c.rule not in ("era_year", "era_date") or c.group("era") != "bc":
        return False
    following = _NEXT_WORD.match(c.text, c.m.end(), c.m.end() + 30)
    return following is not None and following.group(1).lower() in V.PROVINCE_WORDS


# A count of years after a month: "March in a year", "May in two years" (the month that many years on).
_IN_YEARS = re.compile(r"\s+(?:in|within)\s+(?:an?|one|two|three|four|five|\d{1,2})\s+years?\b", re.IGNORECASE)


def _modal_or_verb(c: _Context) -> bool:
    """ "May" and "March" alone are dates only after a date-like word ("in May", "since March") or
    before a count of years ("March in a year")."""
    return (
        c.rule == "bare_month"
        and c.group("month").rstrip(".") in V.AMBIGUOUS_MONTHS
        and c.before.strip("(") not in _YEAR_LEFT - {"that", "a", "an"}
        and c.text.strip(" .:\n") != c.m.group()  # a capitalized "March" alone (a heading, an entry) is the month
        and _IN_YEARS.match(c.text, c.m.end()) is None
    )


_FOLLOWING_NAMES = re.compile(r"\s+([A-Z][\w'-]*)(?:\s+([A-Z][\w'-]*))?")


_NAMED_RULES = frozenset({"bare_month", "weekday", "holiday", "season", "set_adverb", "year"})  # what may open a name


def _part_of_name(c: _Context) -> bool:
    """Inside names: "June Carter", "The Sunday Times", "Donna Summer", "Easter Island",
    "the March of Dimes", "Christmas Island", "The Daily Mail"."""
    text, start, end = c.text, c.m.start(), c.m.end()
    if c.rule not in _NAMED_RULES:
        return False
    following = _FOLLOWING_NAMES.match(text, end, end + 40)
    if following and any(w and w.lower().rstrip(".") in V.NAME_WORDS for w in following.groups()):
        return True
    if c.rule == "bare_month":
        nxt = following.group(1).lower() if following else ""
        # "the March of Dimes", "a June Carter song"; but "a June agreement" is a date.
        if (c.before in ("the", "a", "an") and (nxt or c.after == "of")) or (
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
        and not (c.group("rel") or c.group("year") or c.group("short") or c.group("mod"))
        and c.group("season") in ("fall", "spring")
        and c.before not in _SEASON_LEFT
        # "the following spring", "the same fall"; "that fall" opening a sentence or before a comma
        # ("That spring, he enlisted"), not "saw that fall coming", "drank from that spring"
        and not (c.group("arel") and (c.group("arel") != "that" or c.m.group()[0] == "T"
                                      or c.text.startswith(",", c.m.end())))
    )


def _weekday_title(c: _Context) -> bool:
    """ "his Girl Friday", "a Man Friday": a weekday after these words is a title, not a day; nor is the
    weekday of a holiday's name that names no time ("the Good Friday Agreement", see _holiday_compound)."""
    return c.rule == "weekday" and (
        c.before in V.WEEKDAY_TITLES or (bool(c.before) and H.holiday_name(f"{c.before} {c.m.group()}") is not None)
    )


def _holiday_compound(c: _Context) -> bool:
    """ "a Christmas tree", "Easter eggs", "the Tet Offensive": a holiday's name before a noun that
    it classifies names no time; nor does a lower-case verb among the names with a word after its
    number."""
    if c.rule not in ("holiday", "holiday_offset"):
        return False
    # "lent 1500 farmers": the verb; "lent 2018" (its year ending the phrase) is Lent
    return c.after in V.HOLIDAY_COMPOUNDS or (c.group("holiday") in V.HOLIDAY_VERBS and c.after.isalpha()
                                              and c.text[c.m.start("holiday")].islower())


def _verb_last(c: _Context) -> bool:
    """ "could [last] several months", "to last three weeks", "will last for years": the verb, not
    the modifier (the duration after it is still found on its own)."""
    return c.text[c.m.start() : c.m.start() + 5].lower() == "last " and c.before in V.VERB_LAST_LEFT


def _level(c: _Context) -> bool:
    """ "The index closed at 815.", "the score stood at 12 15": after a verb of a level or a price, a
    number after "at" is an amount, not a clock time said without a mark."""
    if c.rule != "said_clock" and not (c.rule == "clock" and c.group("cshour")):
        return False
    words = c.text[max(0, c.m.start() - 40) : c.m.start()].lower().split()
    if len(words) < 2:
        return False
    verb = words[-2].strip(",")
    # "the population was around 1030.": a hedged number after a copula is a count ("is at 1030" is a time)
    return verb in V.LEVEL_VERBS or (words[-1] != "at" and verb in _COPULAS)


_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "of", "to", "by", "numbered", "reached"})


# A length that names a war: "the Seven Years' War", "the Hundred Years War", "the Six-Day War".
_WAR_AFTER = re.compile(r"['\u2019]?\s+War\b")


def _war_name(c: _Context) -> bool:
    """ "the Seven Years' War", "the Thirty Years War", "the Six-Day War": a war's name, no length."""
    return c.rule == "duration" and _WAR_AFTER.match(c.text, c.m.end()) is not None


# Words before "tomorrows" that make it the plural noun ("all our tomorrows", "brighter tomorrows"),
# not "tomorrow's" written without its apostrophe ("tomorrows game").
_NOUN_LEFT = frozenset({"our", "your", "their", "my", "his", "her", "its", "the", "all", "many", "of", "these",
                        "those", "brighter", "better", "future", "countless", "endless", "and", "bright"})


def _plural_tomorrows(c: _Context) -> bool:
    """ "our tomorrows", "brighter tomorrows": days to come, not tomorrow."""
    return c.rule == "day_deictic" and c.group("deictic") == "tomorrows" and c.before in _NOUN_LEFT


GUARDS: tuple[Callable[[_Context], bool], ...] = (
    _level, _lower_case_name, _quantity, _age, _quoted_title, _discourse_word, _rate, _not_a_year,
    _modal_or_verb, _part_of_name, _verb_season, _verb_last, _province, _holiday_compound, _weekday_title,
    _war_name, _plural_tomorrows,
)


# The guards that drop candidates of some rules only (each guard tests its rule itself too): a
# candidate runs only the guards of its rule (_GUARDS_BY_RULE), about half of them.  A new guard
# that reads any rule needs no entry; one for a few rules lists them here.
_ONLY_FOR: dict[Callable[[_Context], bool], frozenset[str]] = {
    _lower_case_name: frozenset(name for name, groups in _CAPITALIZED_BY_RULE.items() if groups),
    _rate: frozenset({"set_adverb", "duration"}),
    _not_a_year: frozenset({"year"}),
    _modal_or_verb: frozenset({"bare_month"}),
    _part_of_name: _NAMED_RULES,
    _verb_season: frozenset({"season"}),
    _province: frozenset({"era_year", "era_date"}),
    _holiday_compound: frozenset({"holiday"}),
    _weekday_title: frozenset({"weekday"}),
    _war_name: frozenset({"duration"}),
    _plural_tomorrows: frozenset({"day_deictic"}),
}
_GUARDS_BY_RULE: dict[str, tuple[Callable[[_Context], bool], ...]] = {
    rule.name: tuple(g for g in GUARDS if g not in _ONLY_FOR or rule.name in _ONLY_FOR[g]) for rule in RULES
}


def _keep(text: str, rule: Rule, m: re.Match[str], before: str) -> bool:
    """False when a guard says the candidate is not a time (``before``: the word before it)."""
    context = _Context(text, rule.name, m, before, _word_after(text, m.end()))
    # A plain loop, not any() over a generator (ruff's SIM110): cheaper for a few guards a candidate.
    for guard in _GUARDS_BY_RULE[rule.name]:  # noqa: SIM110
        if guard(context):
            return False
    return True


# Every expression starts where a token starts: a word, a run of digits, or an apostrophe
# before a digit ('90s).  The scan tries, at each token, only the rules whose pattern can
# start with that word (see first_words); tests/test_extract.py checks that it finds what a
# scan at every position finds.
# Groups: 1 a word, 2 digits, none '9.  The look-ahead (what every token opens with) lets the
# regex engine skip the spaces and punctuation between tokens faster.
_TOKEN = re.compile(r"(?=[A-Za-z\d'])(?:([A-Za-z]+)|(\d+)|'\d)")
# The most text one match attempt may see, in characters (the longest expression in
# TimeBank/AQUAINT has 34).  Each attempt is bounded, so the scan is linear whatever a rule's
# repeats do: without it, "1,000,000,...,000" tried the number rules at each comma group and
# each attempt read on to the end of the number (80 KB took seven minutes).
MAX_EXTENT = 200


def find(text: str) -> Iterator[Candidate]:
    """Every candidate expression in ``text``, in text order, not overlapping.

    The rules are tried where a token starts, only those that can open with that token and
    the next (see opening_words).  A match that a guard or its builder rejects does not
    consume its span: a shorter expression inside it can still match at a later token.
    The tokens are read as a stream, each with the one after it: no list of them is kept."""
    singles = _singles()
    index = _word_index()
    # The index entry of a token no rule opens with: None (nothing to try) unless some rule may
    # open with any word.
    other = index[_ANY] if index[_ANY][_ANY] else None
    pos = 0
    previous: re.Match[str] | None = None
    seconds: dict[str, _Entry] | None = None  # the previous token's index entry
    # An ASCII text is scanned lower-cased (one call; every character keeps its place and class),
    # so its words need no lower() each.
    ascii_text = text.isascii()
    ascii_only = ascii_text and _reads_ascii(text)
    for m in _TOKEN.finditer(text.lower() if ascii_text else text):
        # The token's index key: its lower-case word, "0" for digits, "'" for '9 (by the group
        # that matched, read by subscript, the cheapest access: this runs for every token).
        word = m[1]
        key = (word if ascii_text else word.lower()) if word is not None else _DIGIT if m[2] is not None else "'"
        if seconds is not None and previous is not None:
            indices = seconds.get(key) or seconds[_ANY]  # the rules opening with the previous token and this one
            if isinstance(indices, dict):  # they differ by what separates the two tokens
                indices = indices.get(separator(text[previous.end() : m.start()])) or indices[_ANY]
            if indices and previous.start() >= pos:
                found = _match(text, previous.start(), indices, singles, ascii_only)
                if found is not None:
                    yield found
                    pos = found.end
        previous, seconds = m, index.get(key, other)
    last = seconds[_ANY] if seconds is not None else ()  # the last token: nothing after it
    if isinstance(last, tuple) and last and previous is not None and previous.start() >= pos:
        found = _match(text, previous.start(), last, singles, ascii_only)
        if found is not None:
            yield found


def _match(
    text: str, start: int, indices: tuple[int, ...], singles: tuple[tuple[Rule, re.Pattern[str]], ...],
    ascii_only: bool = False,
) -> Candidate | None:
    if start and _blocks_start(text[start - 1]):
        return None  # every pattern opens with _BEFORE: none can match here ("$[1].2", "3[pm]", "1.[2]")
    limit = min(len(text), start + MAX_EXTENT)
    for pattern in _segments(indices, ascii_only):
        m = pattern.match(text, start, limit)
        if m is None:
            continue
        # A match that reaches the window's edge may only seem to end there ((?!\w) holds at the
        # edge): a longer expression than any rule is meant to match; skip it.
        if m.end() == limit < len(text):
            return None
        found = _candidate(text, m, singles)
        if found is not None or not _composite(m):
            return found
        # a composite rule a guard or its builder rejected: the rules after it may still read the
        # words here ("this evening, one more trip" is no "this evening at one", but "this evening")
    return None


def _blocks_start(char: str) -> bool:
    """``char`` before a token keeps any candidate from starting there: what _BEFORE's look-behind
    excludes (``\\w`` is a letter, a digit or "_", as str.isalnum says), tested without a regex call."""
    return char.isalnum() or char in _NOT_BEFORE


_NOT_BEFORE = frozenset("_$£€#@&")


def _composite(m: re.Match[str]) -> bool:
    return RULES[int((m.lastgroup or "R0")[1:])].composite


def _without(indices: tuple[int, ...], m: re.Match[str]) -> tuple[int, ...]:
    """``indices`` without the rule whose match ``m`` a guard or its builder rejected, if it is a
    composite rule (as :func:`_match` goes on after it); none after any other rule."""
    rejected = int((m.lastgroup or "R-1")[1:])
    return tuple(i for i in indices if i != rejected) if RULES[rejected].composite else ()


@functools.cache
def _kinds() -> dict[str, tuple[str, ...]]:
    return {rule.name: rule.kinds for rule in RULES if rule.kinds}


def for_kind(candidates: list[Candidate], kind: str) -> list[Candidate]:
    """The candidates whose rules read this kind of text (``Rule.kinds``)."""
    kinds = _kinds()
    return [c for c in candidates if kind in kinds.get(c.rule, (kind,))]


def find_everywhere(text: str) -> Iterator[Candidate]:
    """``find`` without the trigger prefilter: the rules tried at every position (slow; for tests)."""
    master, singles = _compiled()
    every = tuple(range(len(RULES)))
    pos = 0
    while (m := master.search(text, pos)) is not None:
        found = _candidate(text, m, singles)
        indices = _without(every, m)
        while found is None and indices:  # as _match: the other rules at the same place
            again = _master_for(indices).match(text, m.start())
            if again is None:
                break
            found = _candidate(text, again, singles)
            indices = _without(indices, again)
            m = again
        if found is None:
            pos = m.start() + 1
            continue
        yield found
        pos = max(m.end(), m.start() + 1)


def _candidate(
    text: str, m: re.Match[str], singles: tuple[tuple[Rule, re.Pattern[str]], ...]
) -> Candidate | None:
    name = m.lastgroup or ""
    rule, single = singles[int(name[1:])]
    own = single.match(text, m.start(), m.endpos)
    if own is None or own.end() != m.end():
        return None
    before = _word_before(text, own.start())
    if not _keep(text, rule, own, before):
        return None
    groups = _Groups(own.groupdict())
    # The word before is context, never extent: "about [two weeks]" is APPROX.
    groups["before"] = before
    if before == "than":  # "later than 9:30" (a time), "faster than 2:08" (a length): the word before it
        groups["before2"] = _word_before(text, own.start() - 5)
    partial = rule.build(groups)
    return None if partial is None else Candidate(own.start(), own.end(), rule.name, partial)


# "April 24 and [25]", "May 3 to [7]", "Jan. 3 or [4], 1998": a bare day after a month-day and a
# conjunction or a dash is a date of the same month, and a year after it is the year of both.  The
# day must end a phrase (punctuation, the text's end or a preposition follows), so "April 24 and 25
# people" or "May 3 to 7,000" are left alone.
# What joins two coordinated or ranged times: "April 24 and 25", "May 3 to 7", "Monday or Tuesday".
TIME_LINK = re.compile(r",?\s+(?:and|or|to|through|thru|until|till)\s+|\s*[-\u2013]\s*", re.IGNORECASE)
_SECOND_DAY = re.compile(
    r"(?P<link>" + TIME_LINK.pattern + ")"
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d\w]|[.,:/]\d)"
    r"(?P<year>,\s+(?:1[0-9]|20)\d\d(?!\d))?(?!,\s+\d)"  # never a year left out
    r"(?=\s*(?:[.,;:)!?\"']|$)|\s+(?:and|or|in|at|on|when|while|before|after|of|to|by|for|with|from)\b)",
    re.IGNORECASE,
)


def with_second_days(text: str, candidates: Iterator[Candidate]) -> Iterator[Candidate]:
    """``candidates`` (from :func:`find`) with the second day of a coordinated or ranged month-day
    added after the first, and a range of years matched as one ("1914-18") split in its two
    years; candidates inside the added span are dropped."""
    skip_to = -1
    for cand in candidates:
        if cand.start < skip_to:
            continue
        if cand.partial.range_end is not None or cand.partial.then is not None:
            pair = _split_then(text, cand) if cand.partial.then is not None else _split_range(text, cand)
            yield from pair
            skip_to = pair[-1].end
            continue
        second = _second_day(text, cand)
        if second is None:
            yield _modified(text, cand) if text.endswith("of ", 0, cand.start) else cand
            continue
        first, added = second
        yield first
        yield added
        skip_to = added.end


# A modifier phrase before a period ("the end of [the first quarter]", "the beginning of [the 1990s]",
# "the middle of [next year]"): V.MODIFIERS's phrases in "of", with or without "the".
_MODIFIER_BEFORE = re.compile(
    r"\b(?P<mod>(?:the\s+)?" + alt(m[4:-3] for m in V.MODIFIERS if m.startswith("the ") and m.endswith(" of")) + r"\s+of)\s+\Z",
    re.IGNORECASE,
)
# The periods a modifier phrase may take: a value of a year, decade, century, quarter, half, season,
# month or week without its day ("2024", "199", "XXXX-Q1", "XXXX-SU", "XXXX-03"), or a shift by one.
_PERIOD_VALUE = re.compile(r"(?:\d{2,4}|XXXX)(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|0[1-9]|1[0-2]|W\d\d))?")
_PERIOD_UNITS = frozenset({Granularity.CENTURY, Granularity.DECADE, Granularity.YEAR, Granularity.HALF, Granularity.QUARTER,
                           Granularity.SEASON, Granularity.MONTH, Granularity.WEEK})


def _modified(text: str, cand: Candidate) -> Candidate:
    """A period after a modifier phrase, with the phrase in its extent and its mod ("the end of the
    first quarter": XXXX-Q1 END, one expression, as "the end of March" is); any other candidate as it is."""
    p = cand.partial
    if p.type != "DATE" or p.mod is not None or p.suffix or p.holiday is not None or p.pick is not None:
        return cand
    if not (_PERIOD_VALUE.fullmatch(p.value) if p.shift is None else p.value == "X" and p.shift.unit in _PERIOD_UNITS):
        return cand
    m = _MODIFIER_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    if m is None:
        return cand
    phrase = " ".join(m.group("mod").lower().split())
    mod = V.MODIFIERS["the " + phrase.removeprefix("the ")]
    return Candidate(m.start("mod"), cand.end, cand.rule, attrs.evolve(p, mod=mod))


# The second year of a range after its first ("1914[-18]", "499[–493 BC]", "499[ to 493 BC]"):
# what joins them, the digits and, after an era range's, the era.
_RANGE_SECOND = re.compile(
    r"(?:\s?[-\u2013]\s?|\s+(?:to|and|through|until)\s+)(?P<second>\d{1,4})(?P<era>\s*" + ERA + ")?", re.IGNORECASE
)


def _split_range(text: str, cand: Candidate) -> tuple[Candidate, ...]:
    """The first year of a range written as one and the second after it: "[1914]-[18]",
    "[499]–[493 BC]" (TimeML and WikiWars mark two expressions; the second's extent is what the
    text writes of it: its digits, and the era after an era range's)."""
    p = cand.partial
    first = Candidate(cand.start, cand.end, cand.rule, attrs.evolve(p, range_end=None))
    m = _RANGE_SECOND.match(text, cand.end, min(len(text), cand.end + 40))
    if m is None or p.range_end is None:  # the rule's look-ahead saw it: cannot happen
        return (first,)
    end = m.end() if m.group("era") else m.end("second")  # the era closes an era range
    second = attrs.evolve(p, value=p.range_end, range_end=None, mod=None)
    return first, Candidate(m.start("second"), end, "range_end", second)


def _split_then(text: str, cand: Candidate) -> tuple[Candidate, ...]:
    """A range of times or days matched as one ("3-4pm", "Wednesday from 9:00 to 9:45 am", "13-15 July")
    as its two expressions, at the rule's ``first`` and ``second`` groups: "[3]-[4pm]", "[Wednesday from
    9:00] to [9:45 am]", "[13]-[15 July]"."""
    p = cand.partial
    alone = Candidate(cand.start, cand.end, cand.rule, attrs.evolve(p, then=None))
    m = rule_pattern(cand.rule).match(text, cand.start)
    if m is None or p.then is None or m.end() != cand.end:  # the rule's own match: cannot happen
        return (alone,)
    first = Candidate(m.start("first"), m.end("first"), cand.rule, alone.partial)
    return first, Candidate(m.start("second"), m.end("second"), "range_end", p.then)


def _second_day(text: str, cand: Candidate) -> tuple[Candidate, Candidate] | None:
    p = cand.partial
    if p.suffix or p.shift is not None or p.holiday is not None or p.type != "DATE":
        return None
    # The text after it first: rarely a second day, and cheaper to read than the value.
    m = _SECOND_DAY.match(text, cand.end, min(len(text), cand.end + 40))
    if m is None:
        return None
    value = parse_calendar(p.value)
    if value is None or value.granularity is not Granularity.DAY or value.is_bc \
            or not value.fields.get("month", "X").isdigit() or not value.fields["day"].isdigit():
        return None
    month, day, first_day = int(value.fields["month"]), int(m.group("day")), int(value.fields["day"])
    ranged = m.group("link").strip(" ,").lower() not in ("and", "or")
    # the days of the month in a leap year (2000): the year may be unknown
    if day > calendar.monthrange(2000, month)[1] or day == first_day or (ranged and day < first_day):
        return None
    year = value.fields["year"]
    stated = m.group("year")
    if stated is not None:
        if year != "XXXX":
            return None  # "Jan. 3, 1998 and 4, 1999": not one month
        year = stated.strip(" ,")
    first = attrs.evolve(p, value=f"{year}-{month:02d}-{first_day:02d}")
    added = attrs.evolve(p, value=f"{year}-{month:02d}-{day:02d}", weekday=None)
    return (Candidate(cand.start, cand.end, cand.rule, first),
            Candidate(m.start("day"), m.end(), "second_day", added))
