"""A light cue-word tense detector: no tagger, no model download.

The tense of an expression is the tense of the nearest verb cue in its
sentence: future auxiliaries and phrases ("will", "set to", "scheduled"),
past forms ("said", "was", -ed verbs, the irregular table) and present
auxiliaries.  An -ed form governed by a future cue ("will be charged", "set
to be formally charged") is future.
"""

from __future__ import annotations

import array
import bisect
import enum
import itertools
import re
from typing import NamedTuple

from . import _vocab as V
from ._rules import alt


class Tense(str, enum.Enum):
    PAST = "PAST"
    # A past cue that does not govern the expression: a reporting verb ("said",
    # "announced") or a past verb several words away.  The report is past; what it
    # reports may be scheduled after the dateline ("gave no reason for the Jan. 14 deadline").
    PAST_LOOSE = "PAST_LOOSE"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    NONE = "NONE"


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# The word before an expression, searched in the 40 characters before it.  A word is tried only
# where it starts (the look-behind; a search from inside a word failed there anyway, after
# reading on to the word's end): in a slice, so that a word the slice cuts is still tried.
_WORD_BEFORE = re.compile(
    r"(?P<word>as soon as|as early as|(?<![A-Za-z])[A-Za-z]+(?:\s+(?:to|for))?)\s+(?:on\s+|in\s+|until\s+)?$"
)
# The word before matters only when it is "since" or a schedule word (V.SCHEDULE_WORDS): one of
# these words opens it.  Most expressions have none in the 40 characters before, and a search of
# them lower-cased for these words (a trie, no look-behinds) costs a quarter of _WORD_BEFORE's.
_SCHEDULE_HINT = re.compile(
    alt({"since"} | {w if w.startswith("as ") else w.split()[0] for w in V.SCHEDULE_WORDS})
)


def _by_first(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Phrases as word lists, indexed by their first word."""
    table: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        table.setdefault(words[0], []).append(words)
    return table


def _opens(table: dict[str, list[list[str]]], words: list[str], i: int) -> bool:
    """True when one of ``table``'s phrases starts at word ``i``."""
    return any(words[i : i + len(p)] == p for p in table.get(words[i], ()))


_PHRASES_BY_FIRST = _by_first(V.FUTURE_PHRASES)
_NOT_FUTURE_BY_FIRST = _by_first(V.NOT_FUTURE_PHRASES)
_PASSIVE_GLUE = frozenset({"be", "been", "being", "to", "formally", "officially", "also", "not", "then", "soon", "again", "finally", "likely", "probably", "still"})


# Every word that can be a cue on its own or open a cue phrase (besides -ed and -'ll forms).
_CUE_WORDS = (
    V.FUTURE_AUX | V.PAST_REPORTING | V.PAST_AUX | V.IRREGULAR_PAST | V.PRESENT_AUX
    | frozenset(_PHRASES_BY_FIRST) | frozenset({"ago", "last", "previously", "earlier"})
)
_AUX_WORDS = frozenset({"was", "were", "had", "did", "been", "wasn't", "weren't", "didn't", "hadn't"})


def _may_be_cue(w: str) -> bool:
    """Word ``w`` may be a tense cue (only then is :func:`_cue` asked): a listed word, an -ed or
    an -'ll form."""
    return w in _CUE_WORDS or w.endswith(("ed", "'ll"))


def _cue(words: list[str], i: int) -> Tense:
    """The tense that word ``i`` signals, or NONE."""
    w = words[i]
    if w in _NOT_FUTURE_BY_FIRST and _opens(_NOT_FUTURE_BY_FIRST, words, i):
        return Tense.NONE
    if w in _PHRASES_BY_FIRST and _opens(_PHRASES_BY_FIRST, words, i):
        return Tense.FUTURE
    if w in V.FUTURE_AUX or w.endswith("'ll"):
        return Tense.FUTURE
    if w in V.PAST_REPORTING:
        return Tense.PAST_LOOSE
    if (w in V.PAST_AUX and w in _AUX_WORDS) or w in ("ago", "last", "previously", "earlier"):
        return Tense.PAST
    if w in V.PAST_AUX or w in V.IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in V.NOT_PAST_ED):
        if w.endswith("ed") and _after_determiner(words, i):
            return Tense.NONE  # an adjective: "a still unspecified date", "the revised offer"
        return _participle(words, i)
    if w in V.PRESENT_AUX:
        return Tense.PRESENT
    return Tense.NONE


_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that"})


def _after_determiner(words: list[str], i: int) -> bool:
    """An -ed word right after a determiner, or after a determiner and an -ly adverb or "still"."""
    j = i - 1
    if j >= 1 and (words[j].endswith("ly") or words[j] == "still"):
        j -= 1
    return j >= 0 and words[j] in _DETERMINERS


def _participle(words: list[str], i: int) -> Tense:
    """A past form: past, unless governed by a future or present auxiliary a few words
    back ("will be charged", "will be paid", "expect the deal to be completed", "is owned")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and words[j] in _PASSIVE_GLUE:
        j -= 1
    if j >= 0 and _cue_simple(words, j) is Tense.FUTURE:
        return Tense.FUTURE  # "will be charged", and "will set" (a base form that looks past)
    if i >= 2 and words[i - 2 : i] == ["to", "be"]:
        return Tense.FUTURE
    if j >= 0 and words[j] in ("is", "are", "am"):
        return Tense.PRESENT
    return Tense.PAST


def _cue_simple(words: list[str], j: int) -> Tense:
    w = words[j]
    if w in V.FUTURE_AUX or w.endswith("'ll") or w in ("set", "scheduled", "expected", "due", "slated", "going", "planned", "poised", "about", "would"):
        return Tense.FUTURE
    return Tense.NONE


# A schedule in the past perfect, right before the expression: superseded ("had previously
# been scheduled to expire at midnight Friday").
_SUPERSEDED = re.compile(
    r"\bhad\s+(?:previously\s+)?been\s+(?:due|scheduled|set|slated|planned)\s+to\s+[a-z]+\s+(?:(?:on|at|by|until)\s+)?$"
)
_CLOSING_QUOTES = re.compile(r"''|[\"\u201d]")
_REACH = 300  # how far a sentence may extend either side: keeps every lookup bounded


# The run of word characters and periods before a period, searched in the 12 characters before
# it: tried only where a run starts (the look-behind; the slice's start counts as one), not read
# to the end from each of its characters in turn.
_WORD_BEFORE_PERIOD = re.compile(r"(?<![\w.])[\w.]+$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")  # "p", "u.s"


def abbreviation_before(text: str, period: int) -> bool:
    """True when the period at ``period`` closes an abbreviation or an initial ("Mr.", "U.S.",
    "Daniel P. Davison"), not a sentence."""
    word = _WORD_BEFORE_PERIOD.search(text[max(0, period - 12) : period])
    token = word.group().lower() if word else ""
    return token in V.ABBREVIATIONS or _INITIALS.fullmatch(token) is not None


def _real_end(text: str, m: re.Match[str]) -> bool:
    """Sentence-end match ``m`` ends a sentence: it is not the period of an abbreviation."""
    return text[m.start()] != "." or not abbreviation_before(text, m.start())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around ``[start, end)``, at most _REACH characters either side
    (a cheap approximation; bounded, so a long text costs linear time)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    # The last end before: the window's matches read from the right, so that only the periods
    # after the last real end are tested for an abbreviation.
    left, right = lo, hi
    for m in reversed(list(_SENTENCE_END.finditer(text, lo, start))):
        if _real_end(text, m):
            left = m.end()
            break
    for m in _SENTENCE_END.finditer(text, end, hi):  # the first end after
        if _real_end(text, m):
            right = m.start() + 1
            break
    return left, right


# A sentence's end: a mark, up to three closing quotes or brackets and a space; or a blank line.
# Written to open with one character class (the look-behinds pick the branch), so that the regex
# engine skips to the next candidate character in C instead of trying each branch at each place.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'\u201d\u2019)]{0,3}\s|(?<=\n)[ \t]*\n)")


# A past cue this many words or fewer before the expression governs it ("closed in March",
# "announced layoffs on Jan. 8"); tuned on TimeBank/AQUAINT (1: 77.8, 2: 77.6, 3: 77.5 value F1)
# with the corpus cases as the constraint.
GOVERNING_DISTANCE = 2


class _Cues(NamedTuple):
    """The words of a stretch of text and, for those that are tense cues, their tense.  The offsets
    are arrays, not lists: a long text's million words are not a million objects for the garbage
    collector to visit while the text is analysed."""

    positions: array.array[int]  # start offset of every word
    cue_index: array.array[int]  # word index of every cue, ascending
    cue_pos: array.array[int]  # its start offset
    cues: tuple[Tense, ...]


def _cues(text: str) -> _Cues:
    """The tense cues of every word of the text (one pass, so tense lookups are cheap)."""
    positions, words = _words(text, 0, len(text))
    # The words that may be cues, tested once per distinct word; their places picked by a C-level
    # filter, so that the Python loop below sees only them.
    maybe = set(filter(_may_be_cue, set(words)))
    found = [
        (i, positions[i], cue)
        for i in itertools.compress(itertools.count(), map(maybe.__contains__, words))
        if (cue := _cue(words, i)) is not Tense.NONE
    ]
    return _Cues(
        array.array("q", positions), array.array("q", [f[0] for f in found]), array.array("q", [f[1] for f in found]),
        tuple(f[2] for f in found),
    )


# How many words a cue reads around its own: _participle up to five back (four of passive glue,
# then the auxiliary), a phrase up to two ahead ("set to be").
_BEHIND = 5
_AHEAD = max(len(words) for table in (_PHRASES_BY_FIRST, _NOT_FUTURE_BY_FIRST) for ps in table.values() for words in ps) - 1
_MARGIN = 48  # characters read either side of a sentence for those words (seven words, as a rule)

_Cue = tuple[int, int, Tense]  # a cue's word index, offset and tense


class _Near(NamedTuple):
    """The cues a tense lookup weighs, and the index of the expression's first word."""

    first: int
    preceding: _Cue | None  # the nearest cue before the expression in its sentence
    following: _Cue | None  # the nearest after it
    inside: _Cue | None  # the first inside it


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\u2019-")  # what _WORD reads on


def _words(text: str, lo: int, hi: int) -> tuple[list[int], list[str]]:
    """The offsets of the words of ``text[lo:hi]`` and the words, lower-cased, as a scan of the
    whole text finds them: a word an edge may cut is left out."""
    found = list(_WORD.finditer(text, lo, hi))
    if found and lo > 0 and text[lo - 1] in _WORD_CHARS:
        del found[0]  # perhaps the tail of a word starting before lo
    if found and hi < len(text) and found[-1].end() == hi and text[hi] in _WORD_CHARS:
        del found[-1]  # perhaps the head of a word going on after hi
    words = list(map(str.lower, map(re.Match.group, found)))
    if text.find("\u2019", lo, hi) >= 0:
        words = [w.replace("\u2019", "'") for w in words]
    return list(map(re.Match.start, found)), words


def _first_cue(positions: list[int], words: list[str], indices: range) -> _Cue | None:
    """The first of the words at ``indices`` that is a tense cue."""
    for i in indices:
        w = words[i]
        if _may_be_cue(w) and (cue := _cue(words, i)) is not Tense.NONE:
            return i, positions[i], cue
    return None


def _near_in_sentence(text: str, s0: int, s1: int, start: int, end: int, inside: bool) -> tuple[_Near, int]:
    """The cues around ``[start, end)`` in the sentence ``[s0, s1)``, read from its words only, and
    how many characters were read (the cue inside it only if ``inside``).  The words are read with a margin for the words a cue reads
    around its own; it grows while it holds too few (a run of numbers), up to the text's edges."""
    margin, read = _MARGIN, 0
    while True:
        lo, hi = max(0, s0 - margin), min(len(text), s1 + margin)
        positions, words = _words(text, lo, hi)
        read += hi - lo
        w0, w1 = bisect.bisect_left(positions, s0), bisect.bisect_left(positions, s1)
        if (w0 >= _BEHIND or lo == 0) and (len(words) - w1 >= _AHEAD or hi == len(text)):
            break
        margin *= 2
    first, after = bisect.bisect_left(positions, start), bisect.bisect_left(positions, end)
    return _Near(
        first, _first_cue(positions, words, range(first - 1, w0 - 1, -1)),
        _first_cue(positions, words, range(after, w1)),
        _first_cue(positions, words, range(first, after)) if inside else None,
    ), read


def _near_in_text(c: _Cues, s0: int, s1: int, start: int, end: int) -> _Near:
    """The cues around ``[start, end)`` in the sentence ``[s0, s1)``, from the whole text's."""
    lo, hi = bisect.bisect_left(c.cue_pos, start), bisect.bisect_left(c.cue_pos, end)
    return _Near(
        bisect.bisect_left(c.positions, start),
        (c.cue_index[lo - 1], c.cue_pos[lo - 1], c.cues[lo - 1]) if lo > 0 and c.cue_pos[lo - 1] >= s0 else None,
        (c.cue_index[hi], c.cue_pos[hi], c.cues[hi]) if hi < len(c.cue_pos) and c.cue_pos[hi] < s1 else None,
        (c.cue_index[lo], c.cue_pos[lo], c.cues[lo]) if lo < hi else None,
    )


class TenseReader:
    """The tenses of expressions in one text, asked in any order.

    A lookup reads the words of its sentence only: a news text has a few expressions needing a
    tense, most of it is never read.  Once the sentences read add up to twice the text's length
    (dense expressions), the whole text's cues are read once and serve every later lookup (twice:
    reading a sentence's cues lazily costs less per character than reading all of them).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._read = 0  # characters read so far, sentence by sentence
        self._whole: _Cues | None = None

    def _near(self, s0: int, s1: int, start: int, end: int, inside: bool) -> _Near:
        if self._whole is None and self._read >= 2 * len(self.text):
            self._whole = _cues(self.text)
        if self._whole is not None:
            return _near_in_text(self._whole, s0, s1, start, end)
        near, read = _near_in_sentence(self.text, s0, s1, start, end, inside)
        self._read += read
        return near

    def at(self, start: int, end: int, *, include_self: bool = False) -> Tense:
        """:func:`tense_at` of this text."""
        text = self.text
        s0, s1 = sentence_bounds(text, start, end)
        near = self._near(s0, s1, start, end, include_self)
        options: list[tuple[int, int, Tense]] = []  # (distance, word index, tense)
        if (cue := near.preceding) is not None:
            options.append((start - cue[1], cue[0], cue[2]))
        if (cue := near.following) is not None and (  # the nearest after, a little penalized ("said
            # Friday"); not past a closing quote: the reporting verb of '"... will leave Thursday,"
            # Castro said' is not the quote's tense
            include_self or _CLOSING_QUOTES.search(text, end, cue[1]) is None
        ):
            options.append((cue[1] - end + 8, cue[0], cue[2]))
        if include_self and (cue := near.inside) is not None:
            options.append((0, cue[0], cue[2]))
        head = text[max(0, start - 40) : start]
        left = None if include_self or _SCHEDULE_HINT.search(head.lower()) is None else _WORD_BEFORE.search(head)
        before = left.group("word").lower() if left is not None else ""
        if before == "since":
            return Tense.PAST  # "since Tuesday"
        _, index, best = min(options) if options else (0, 0, Tense.NONE)
        if (
            not include_self and best is Tense.PAST and near.preceding is not None and index == near.preceding[0]
            and text.startswith("planned", near.preceding[1])
        ):
            best = Tense.FUTURE  # "planned to leave on Thursday", "planned a rally on Saturday"
        back = max(s0, start - 80)
        # (A superseded schedule has "been": found by str.find far faster than the pattern fails.)
        if text.find("been", back, start) >= 0 and _SUPERSEDED.search(text, back, start) is not None:
            # "had been due to expire Friday evening" (then extended): the schedule is over, the day
            # reported back like a past one (a month-day keeps the slack: "had been set to expire Nov. 6")
            return Tense.PAST_LOOSE
        governs = 0 <= near.first - index <= GOVERNING_DISTANCE
        # "extended to", "postponed to": the phrase's own past verb does not make its date past.
        if before in V.SCHEDULE_WORDS and (" " in before or not (best is Tense.PAST and governs)):
            return Tense.FUTURE  # "effective Feb. 1", "extended to Nov. 20", "must be returned by Jan. 14"
        if not options:
            return Tense.NONE
        if not include_self and best is not Tense.FUTURE and text[end : end + 2] in ("'s", "\u2019s"):
            return Tense.PAST_LOOSE  # "Tuesday's declaration", "over Thursday's closing price"
        if best is Tense.PAST and not include_self and not governs:
            return Tense.PAST_LOOSE
        return best


def tense_at(text: str, start: int, end: int, *, include_self: bool = False) -> Tense:
    """The tense of the clause around ``[start, end)``: its nearest cue in the sentence.

    For an expression the words inside it are not cues ("last week" is not past
    tense); for a verb (``include_self``) its own form is the strongest cue.  (Many
    lookups in one text: :class:`TenseReader`.)
    """
    return TenseReader(text).at(start, end, include_self=include_self)
