"""Events: sentences, clauses and the event mentions in them, found without a tagger.

An *event mention* is a word that states something happening, as TimeML marks
it: the main verb of a verb group ("has [agreed]", "will be formally
[charged]", "to [obtain]"), the state a copula states ("is [flush] with
cash"), or an event noun ("the [acquisition]", "the 2021 [death]").

A *clause* holds one finite verb group, its head: sentences are cut before the
subject of each finite group after the first ("said | shareholders approved",
"took ... | and declared ... | he should be charged").  The head's mention
spans the clause; the other mentions of the clause (infinitives, participles,
nouns) span their own phrase inside it, so mention spans nest or are disjoint.

Everything here is a pure function of the text and the spans of its time
expressions (which are never triggers and never cut in two).

Speed (the work is linear in the text): the text is tokenized once, and the
features of its tokens that need no context (word or not, verb form by shape,
auxiliary, event noun) are computed in one pass over all of them (see
:class:`_Features`); each piece of a sentence then adds the features that depend
on it (names, time expressions, verb forms in context) in lists the rules index
(see :class:`_Sentence`).  Groups, mentions and clauses are named tuples, cheap
to build.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs

from . import _event_vocab as W
from . import _vocab as V

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


# End punctuation ("." "!" "?" and any more of them, closing quotes) before a capital or a digit,
# or a blank line; one branch per first character, so that the regex engine skips ahead to them.
# Bounded repeats ({0,3}): an unbounded run would make a long run of dots quadratic.
_END_AFTER_MARK = r"[.!?]{0,3}[\"'\u201d\u2019)]{0,3}(?=\s+[\"'`\u201c\u2018(]{0,3}[A-Z0-9])"
_SENTENCE_END = re.compile("|".join(re.escape(mark) + _END_AFTER_MARK for mark in ".!?") + r"|\n\s*\n")
# The look-ahead (every token starts with a non-space) lets the regex engine pass the spaces between
# tokens faster; the tokens are the same.
_TOKEN = re.compile(r"(?=\S)(?:``|''|[A-Za-z][A-Za-z'\u2019-]*|\d+(?:[.,:/]\d+)*|\S)")
# A token with the spaces before it: every non-space character is in a token, so these pieces follow
# each other without a gap from where the scan starts (see tokenize).
_SPACED_TOKEN = re.compile(r"\s*" + _TOKEN.pattern[len("(?=\\S)"):])
_OF_NAMES = re.compile(r"[ ]+of[ ]+(?:[a-z]+[ ]+){0,2}[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,3}")
_CLAUSE_PUNCT = frozenset({",", ";", ":", "--", "-", "(", ")", '"', "``", "''", "\u201c", "\u201d", "'", "\u2014", "\u2013"})
_PRONOUN_HEADS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "that", "there", "who", "what", "here", "where"}
)
_NEGATED = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}
# "set to be charged", "is going to rise", "has to pay": the infinitive carries the event.
_CATENATIVES = frozenset(
    {"set", "going", "about", "due", "supposed", "able", "unable", "used", "likely", "unlikely",
     "ought", "got", "bound", "have", "has", "had", "having", "seem", "seems", "seemed", "appear",
     "appears", "appeared", "tend", "tends", "tended", "gonna"}
)
_FUTURE_CATENATIVES = frozenset({"set", "going", "about", "due", "gonna", "likely", "bound"})
_NOUN_EVENTS = W.EVENT_NOUNS | W.EVENT_ING_NOUNS
_NOUNS_AFTER_TIME = _NOUN_EVENTS | V.EVENT_NOUNS
_GROUP_OPENERS = W.AUXILIARIES | {"to"}
_INFINITIVE_NOT_TRIGGERS = W.NOT_TRIGGERS - W.BE - W.HAVE
_OBJECT_AFTER_INFINITIVE = frozenset({"him", "them", "it", "us", "me", "her", "up", "out", "down", "off", "that"})
_DEGREE_WORDS = frozenset({"very", "more", "most", "less", "so", "too"})
_SINGULAR_SUBJECTS = frozenset(
    {"he", "she", "it", "who", "which", "that", "this", "one", "everyone", "someone", "nobody", "anyone",
     "everybody", "somebody", "what"}
)
_PLURAL_SUBJECTS = frozenset({"i", "you", "we", "they", "who", "which", "that"})
# After a conjunction, an -s form followed by one of these (or a determiner) is a verb sharing the
# clause's subject ("but requires the approval", "and hopes to win"), not a plural ("and costs rose").
_S_VERB_OBJECTS = frozenset({"to", "that", "him", "them", "it", "us", "me", "her"})
_FINITE = frozenset({"PAST", "PRESENT", "FUTURE", "MODAL"})
# How many distinct words the verb-form caches keep (words repeat across a text).
_CACHE_SIZE = 1 << 16

# Hot named tuples (mentions, clauses, groups) are built by tuple.__new__(cls, values): every
# field in order, defaults spelt out, without the Python-level __new__ a NamedTuple call runs.
_new = tuple.__new__


# --------------------------------------------------------------------------- sentences


# The longest sentence analysed as one, in characters (the longest in TimeBank/AQUAINT has 622).
# A longer run without a sentence end is cut at a space: clause analysis compares the clauses
# of a sentence with each other, so a 1 MB unpunctuated "sentence" took minutes.
MAX_SENTENCE = 2000


def sentences(text: str, body: int = 0) -> Iterator[tuple[int, int]]:
    """Sentence spans from offset ``body`` on, not split after abbreviations ("Jan. 19", "Dr.", "U.S.",
    "a.m."), none longer than MAX_SENTENCE."""
    for start, end in _sentences(text, body):
        while end - start > MAX_SENTENCE:
            cut = max(text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE), start + MAX_SENTENCE // 2)
            piece = _strip(text, start, cut if text[cut] == " " else start + MAX_SENTENCE)
            if piece[0] < piece[1]:
                yield piece
            start = _strip(text, piece[1], end)[0]
        if start < end:
            yield start, end


def _sentences(text: str, body: int) -> Iterator[tuple[int, int]]:
    start = body
    for m in _SENTENCE_END.finditer(text, body):
        mark = m.start()
        if text[mark] == "." and _may_close_abbreviation(text, mark) and abbreviation_before(text, mark):
            continue
        end = m.end()
        span = _strip(text, start, end)
        if span[0] < span[1]:
            yield span
        start = end
    span = _strip(text, start, len(text))
    if span[0] < span[1]:
        yield span


# No abbreviation is longer (see abbreviation_before: a listed word or initials).
_LONGEST_ABBREVIATION = max(map(len, V.ABBREVIATIONS))


def _may_close_abbreviation(text: str, period: int) -> bool:
    """A cheap test before :func:`abbreviation_before` (half the periods fail it): a period right
    after more letters or digits than the longest abbreviation ("said.") closes no abbreviation
    and no initial."""
    return period <= _LONGEST_ABBREVIATION or not text[period - _LONGEST_ABBREVIATION - 1 : period].isalnum()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --------------------------------------------------------------------------- tokens


class Tokens(NamedTuple):
    """Words, numbers and punctuation marks, as columns: offsets, text and ``lows``, the lowercase
    form with straight apostrophes (and "wo" of "won't" read as "will")."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    lows: list[str]


_APOSTROPHES = ("'", "\u2019")


def tokenize(text: str, start: int, end: int) -> Tokens:
    """The tokens of ``text[start:end]``; contractions split ("he's" → "he" "'s", "don't" → "do" "n't").

    One ``findall`` of the tokens with the spaces before each (strings, no match object per token):
    the pieces follow each other from ``start`` on, so each token ends where the lengths of the
    pieces up to it add up, and starts its own length before that (C-level maps, no Python loop)."""
    while end > start and text[end - 1].isspace():
        end -= 1  # no trailing spaces: \s* is never tried again and again on spaces no token follows
    pieces = _SPACED_TOKEN.findall(text, start, end)
    texts = list(map(str.lstrip, pieces))  # str.isspace and the regex's \s are the same characters
    lengths = list(map(len, texts))
    ends = list(itertools.accumulate(map(len, pieces), initial=start))
    del ends[0]
    tokens = Tokens(list(map(operator.sub, ends, lengths)), ends, texts, list(map(str.lower, texts)))
    marked = _apostrophe_tokens(text, start, end, tokens.starts)
    return _split_contractions(tokens, marked) if marked else tokens


def _apostrophe_tokens(text: str, start: int, end: int, starts: list[int]) -> list[int]:
    """The tokens (``starts``: their offsets) holding an apostrophe, ascending.  Every non-space
    character is in a token, so each apostrophe's token is the last one starting at or before
    it.  Found by ``str.find`` (a fast scan for one character), not a regex."""
    marked: list[int] = []
    for mark in _APOSTROPHES:
        i = text.find(mark, start, end)
        while i >= 0:
            marked.append(bisect.bisect_right(starts, i) - 1)
            i = text.find(mark, i + 1, end)
    return sorted(set(marked))


def _split_contractions(tokens: Tokens, marked: list[int]) -> Tokens:
    """``tokens`` with straight apostrophes in ``lows`` and contractions split (``marked``: the
    tokens with an apostrophe, ascending)."""
    starts, ends, texts, lows = tokens
    cuts: list[tuple[int, int]] = []  # (token, where its contraction starts)
    for i in marked:
        low = lows[i] = lows[i].replace("\u2019", "'")
        cut = _contraction_cut(low)
        if cut is not None:
            cuts.append((i, cut))
    if not cuts:
        return tokens
    out = Tokens([], [], [], [])
    done = 0  # tokens before this one are in ``out``
    for i, cut in cuts:
        _copy_tokens(tokens, done, i, out)
        a, b, word, low = starts[i], ends[i], texts[i], lows[i]
        out.starts.extend((a, a + cut))
        out.ends.extend((a + cut, b))
        out.texts.extend((word[:cut], word[cut:]))
        out.lows.extend((_NEGATED.get(low, low[:cut]), low[cut:]))
        done = i + 1
    _copy_tokens(tokens, done, len(texts), out)
    return out


def _copy_tokens(tokens: Tokens, start: int, end: int, out: Tokens) -> None:
    out.starts.extend(tokens.starts[start:end])
    out.ends.extend(tokens.ends[start:end])
    out.texts.extend(tokens.texts[start:end])
    out.lows.extend(tokens.lows[start:end])


def _contraction_cut(low: str) -> int | None:
    """Where contraction ``low`` splits: before "n't", or before the suffix of W.CONTRACTED after
    a pronoun ("he's"; the suffix's apostrophe is the word's last)."""
    if low.endswith("n't") and len(low) > 3:
        return len(low) - 3
    head, apostrophe, tail = low.rpartition("'")
    return len(head) if apostrophe and tail in _CONTRACTED_TAILS and head in _PRONOUN_HEADS else None


_CONTRACTED_TAILS = frozenset(suffix[1:] for suffix in W.CONTRACTED)


# --------------------------------------------------------------------------- verb forms


@functools.lru_cache(maxsize=_CACHE_SIZE)
def base_of(word: str) -> str:
    """A verb's base form, as far as the tables know it ("expects" → "expect", "planned" → "plan")."""
    if word in W.VERB_BASES:
        return word
    for suffix in ("ies", "es", "s", "ied", "ed", "d", "ing"):
        if not word.endswith(suffix) or len(word) <= len(suffix) + 1:
            continue
        stem = word[: -len(suffix)]
        candidates = [stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem]
        if suffix in ("ies", "ied"):
            candidates.insert(0, stem + "y")
        for c in candidates:
            if c in W.VERB_BASES:
                return c
    return W.IRREGULAR_BASES.get(word, word)


def _s_form_base(word: str) -> str | None:
    if not word.endswith("s") or word.endswith("ss") or len(word) < 3:
        return None
    for stem in (word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""):
        if stem and stem in W.VERB_BASES:
            return stem
    return None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _shape(w: str) -> str | None:
    """The verb form of lowercase word ``w`` by its shape alone: ED, PAST, PART, ING, BASE, S or None;
    OPENS for an auxiliary or "to", which has no verb form but opens a verb group."""
    if w in _GROUP_OPENERS:
        return _OPENS
    if w in W.NOT_TRIGGERS:
        return None
    irregular_past, irregular_part = w in W.IRREGULAR_PAST_FORMS, w in W.IRREGULAR_PARTICIPLES
    if irregular_past or irregular_part:
        return "ED" if irregular_past and irregular_part else "PAST" if irregular_past else "PART"
    if w.endswith("ed") and len(w) > 3 and w not in W.NOT_VERB_ED:
        return "ED"
    if w.endswith("ing") and len(w) > 4:
        return None if w in W.NOT_VERB_ING else "ING"
    if w in W.VERB_BASES:
        return "BASE"
    if _s_form_base(w) is not None:
        return "S"
    return None


_OPENS = "OPENS"


# Forms a determiner before the word turns into an adjective or a noun ("the [planned] merger").
_PARTICIPLE_LIKE = frozenset({"ED", "PAST", "PART", "ING"})
# Forms that other words before them may make an adjective (see _Sentence._attributive).
_PAST_PARTICIPLE_LIKE = frozenset({"ED", "PART"})
# Prepositions before an adjective in -ed: "of [preferred] stock"; not "by" ("by [combined] forces"
# too, but "is owned by [united] ..." is rare) nor "to", "as", "than" ("as [expected]").
_ATTRIBUTIVE_PREPOSITIONS = W.PREPOSITIONS - {
    "to", "as", "than", "like", "by", "including", "following", "regarding", "concerning", "plus", "minus",
    "except", "up", "down", "out", "off",
}


# Nouns and names that end like an -ly adverb: "the family owned", "the assembly passed".
_LY_NOUNS = frozenset(
    {"family", "assembly", "supply", "rally", "ally", "italy", "july", "monopoly", "anomaly", "homily",
     "lily", "belly", "bully", "jelly", "folly", "reply", "fly", "daily", "weekly", "monthly", "quarterly",
     "early", "only", "holy", "ugly", "silly", "jolly", "wily", "oily", "hilly", "molly", "emily", "kelly"}
)


def _adverb(w: str) -> bool:
    """An adverb that may stand between a determiner and an adjective: "a still unspecified date",
    "the newly elected", "a previously announced"."""
    return w == "still" or (w.endswith("ly") and len(w) > 4 and w not in _LY_NOUNS)


def _determines(prev: str) -> bool:
    """``prev`` is an article, a possessive or a degree word: the word after it is an adjective
    or a noun, not a verb.  "that", "which" and "what" before a verb form are pronouns ("the
    bullet that killed")."""
    return prev in _DETERMINING or prev.endswith("'s")


_DETERMINING = (W.DETERMINERS | _DEGREE_WORDS) - {"that", "which", "what"}


def _where(flags: Iterable[object]) -> list[int]:
    """The indices of the true flags."""
    return list(itertools.compress(itertools.count(), flags))


class _Features(NamedTuple):
    """The features of a text's tokens that need no context, computed in one pass over all of
    them: ``words`` (starts with a letter), ``shapes`` (see :func:`_shape`), and the indices,
    ascending, of the tokens with a shape (a verb form, or an auxiliary or "to")."""

    words: list[bool]
    shapes: list[str | None]
    shaped: list[int]

    @classmethod
    def of(cls, tokens: Tokens) -> _Features:
        words = list(map(str.isalpha, map(operator.itemgetter(0), tokens.texts)))
        shapes = list(map(_shape, tokens.lows))
        return cls(words, shapes, _where(shapes))


class _Sentence:
    """A piece of a sentence (its tokens ``[p0, p1)`` of the text, up to a semicolon) and the
    features of its tokens the rules read, indexed from the piece's first token: ``lows``,
    ``words`` (starts with a letter), ``in_time`` (indices of tokens inside a time expression),
    ``forms`` (the verb form by shape and context, see :meth:`_forms`), ``openers`` (where a verb
    group may start: an auxiliary, "to" or a verb form)."""

    __slots__ = ("ends", "first_word", "forms", "in_time", "lows", "n", "openers", "starts", "texts", "words")

    def __init__(self, tokens: Tokens, features: _Features, p0: int, p1: int, in_time: frozenset[int]) -> None:
        self.starts, self.ends = tokens.starts[p0:p1], tokens.ends[p0:p1]
        self.texts, self.lows = tokens.texts[p0:p1], tokens.lows[p0:p1]
        self.n = p1 - p0
        self.in_time = in_time
        self.words = features.words[p0:p1]
        self.first_word = self.words.index(True) if True in self.words else self.n
        self.forms, self.openers = self._forms(features, p0, p1)

    def _forms(self, features: _Features, p0: int, p1: int) -> tuple[list[str | None], list[int]]:
        """The verb form of each token: its shape's (see :func:`_shape`), but None for non-words,
        names and time expressions, and for participle-like forms after a determiner; and the
        openers, in order: the auxiliaries, "to" and the tokens with a form."""
        forms: list[str | None] = [None] * self.n
        openers: list[int] = []
        words, lows, in_time = self.words, self.lows, self.in_time
        texts, first_word, shapes, shaped = self.texts, self.first_word, features.shapes, features.shaped
        for k in shaped[bisect.bisect_left(shaped, p0) : bisect.bisect_left(shaped, p1)]:
            i = k - p0
            form = shapes[k]
            if form == _OPENS:  # an auxiliary or "to": no verb form
                openers.append(i)
                continue
            if not words[i] or i in in_time:
                continue
            text = texts[i]
            if not text.islower() and ((text[:1].isupper() and i > first_word) or any(map(str.isupper, text[1:]))):
                continue  # a name (see capitalized)
            if form in _PARTICIPLE_LIKE and i and (
                lows[i - 1] in _DETERMINING or lows[i - 1].endswith("'s")
                or (i > 1 and _adverb(lows[i - 1]) and lows[i - 2] in _DETERMINING)
                or _nationality(texts[i - 1])  # "the first British [cut] in March"
            ):
                continue  # after a determiner, or a determiner and an adverb ("a still unspecified date")
            if form in _PAST_PARTICIPLE_LIKE and self._attributive(i):
                continue
            forms[i] = form
            openers.append(i)
        return forms, openers

    def _attributive(self, i: int) -> bool:
        """The participle at ``i`` (a past form in -ed) modifies the noun after it, as an adjective:
        after a preposition ("of [preferred] stock", "in [armored] cars") or an adjective in -ible or
        -able ("convertible [subordinated] debentures"), after an adverb that follows a preposition
        or a number ("of closely [held] companies", "20 million fully [diluted] shares"), or as a
        compound ("[alcohol-related] violations").  A noun must follow it."""
        lows, words = self.lows, self.words
        k = i + 1
        if k >= self.n or not words[k] or k in self.in_time or lows[k] in W.NOT_TRIGGERS or lows[k].endswith("ly"):
            return False  # no noun after it: "was [delayed] by", "[added] that", "[rose] sharply"
        if "-" in lows[i]:
            return True
        prev = lows[i - 1]
        if prev in _ATTRIBUTIVE_PREPOSITIONS or (len(prev) > 5 and prev.endswith(("ible", "able"))):
            return True  # "of [preferred] stock", "convertible [subordinated] debentures"
        if i > 1 and words[i - 1] and _adverb(prev):
            before = lows[i - 2]
            return before in W.PREPOSITIONS or before[:1].isdigit() or before in W.NUMBER_WORDS
        return False

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self.n else ""

    def capitalized(self, i: int) -> bool:
        """A name: capitalized inside the sentence, or with a capital inside ("el-Sayed", "McDonald")."""
        text = self.texts[i]
        if text.islower():  # no capital at all: the common case
            return False
        return (text[:1].isupper() and i > self.first_word) or any(map(str.isupper, text[1:]))

    def after_determiner(self, i: int) -> bool:
        """After an article, a possessive or a degree word: an adjective or a noun, not a verb."""
        return _determines(self.lows[i - 1] if 0 < i <= self.n else "")

    def noun_like(self, i: int) -> bool:
        if not 0 <= i < self.n or not self.words[i]:
            return i in self.in_time
        w = self.lows[i]
        return w not in W.NOT_TRIGGERS and not w.endswith("ly")

    def usable(self, i: int) -> bool:
        """A word outside time expressions and not a name: it may be a trigger."""
        return self.words[i] and i not in self.in_time and not self.capitalized(i)


def _has_subject(s: _Sentence, i: int, form: str) -> bool:
    """A base or -s form reads as a present-tense verb: a subject before it."""
    j = i - 1
    while j >= 0 and (s.lows[j] in W.GROUP_GLUE or s.lows[j].endswith("ly")) and s.words[j]:
        j -= 1
    lows = s.lows
    prev = lows[j] if j >= 0 else ""
    nxt = lows[i + 1] if i + 1 < s.n else ""
    w = lows[i]
    base = w if form == "BASE" else _s_form_base(w) or w
    if nxt in ("of", "'s") or (i > 0 and _determines(lows[i - 1])):
        return False
    if j >= 0 and _modifies(s, j):
        return False  # a noun after its modifier: "soldiers' [lives]", "the allied [forces]", "American [lives]"
    if prev[:1].isdigit() or (prev in W.NUMBER_WORDS and prev != "one"):  # "no one [knows]" is a subject
        return False  # a plural after a number: "886 million [shares] Thursday", "three [games]"
    if prev in ("that", "this") and j > 0 and lows[j - 1] in W.PREPOSITIONS:
        return False  # a determiner after a preposition: "at that [point]", "for that [matter]"
    if prev in (_SINGULAR_SUBJECTS if form == "S" else _PLURAL_SUBJECTS):
        return True
    if form == "S" and prev in W.CONJUNCTIONS and (nxt in W.DETERMINERS or nxt in _S_VERB_OBJECTS):
        return True  # "..., but [requires] the approval", "and [hopes] to win": the clause's subject
    if form == "S" and w in W.REPORTING and _inverted_report(s, j, i):
        return True  # '"...," [says] Mr. Antolini', "..., [says] one official": the subject follows
    if form == "S" and prev == "." and j > 0 and s.texts[j - 1][:1].isupper() and lows[j - 1] in W.NAME_ENDS:
        return True  # a name ending in an abbreviation: "Automatic Data Processing Inc. [plans]"
    if prev == "," and (subject := _before_insertion(s, j)) >= 0:
        # a participle or relative phrase set off by commas between the subject and its verb: "The
        # ceasefire, agreed in mid-January, [expires] on Saturday", "Smith, who retired in 2019, [returns]"
        return _plural(lows[subject]) if form == "BASE" else not _plural(lows[subject]) or s.texts[subject][:1].isupper()
    if j < 0 or not s.noun_like(j) or j in s.in_time:
        return False
    if base in W.NOUNY_BASES and nxt not in ("to", "that") and nxt not in W.DETERMINERS and not (
        # not an object ("had filed compliance [reports] by"), nor a noun after a preposition ("from
        # peace [talks] on Feb. 20"): a subject follows neither
        _time_after(s, i) and (j == 0 or (s.forms[j - 1] is None and lows[j - 1] not in W.PREPOSITIONS))
    ):
        return False  # "the [cost] of", but "White [heads] a team", "The polls [close] at 9:30 p.m."
    if form == "BASE":
        if w in W.REPORTING:
            return True  # "exiles in Miami [say]", "officials [say]": "say" is not a noun
        return _plural(prev) or _plural_before_phrase(s, j)
    return not prev.endswith("s") or prev.endswith("ss") or s.texts[j][:1].isupper()


def _before_insertion(s: _Sentence, comma: int) -> int:
    """The noun before a phrase set off by commas that ends at ``comma``, when the phrase opens with a
    past participle or a relative pronoun ("The ceasefire[,] agreed in mid-January,", "Smith, who
    retired in 2019,") and is at most eight tokens long; else -1."""
    lows = s.lows
    for p in range(comma - 2, max(0, comma - 10), -1):
        if lows[p] in _CLAUSE_PUNCT:
            opener = p + 1
            if lows[p] != "," or p < 1 or not (s.forms[opener] in ("ED", "PART") or lows[opener] in ("who", "which")):
                return -1
            noun = p - 1
            return noun if s.words[noun] and noun not in s.in_time and s.noun_like(noun) and (
                s.forms[noun] is None or s.after_determiner(noun)) else -1
    return -1


def _plural(w: str) -> bool:
    return w.endswith("s") and not w.endswith("'s") and not w.endswith("ss")


def _plural_before_phrase(s: _Sentence, j: int) -> bool:
    """A plural noun before a short prepositional phrase ending at token ``j``: the subject of a
    base form after it ("Tickets for the tie [go] on sale Wednesday")."""
    for p in range(j - 1, max(0, j - 4), -1):
        w = s.lows[p]
        if w in W.PREPOSITIONS and w != "of":
            return p > 0 and s.words[p - 1] and _plural(s.lows[p - 1]) and p - 1 not in s.in_time
        if not s.words[p] or w in _CLAUSE_PUNCT:
            return False
    return False


def _time_after(s: _Sentence, i: int) -> bool:
    """A time expression right after token ``i``, or after a preposition or a particle after it:
    a finite clause with a time states an event, even in the present ("The polls [close] at 9:30
    p.m.", "The match [kicks] off at 8pm", "Registration [closes] Friday")."""
    k = i + 1
    while k < s.n and k - i <= 2 and s.lows[k] in _BEFORE_TIME:
        k += 1  # at most two: "[close] early on Friday", "[kicks] off at 8pm"
    return k in s.in_time


_BEFORE_TIME = W.PREPOSITIONS | {"off", "up", "out", "back", "down", "early", "late", "again"}


def _nationality(text: str) -> bool:
    """An adjective of nationality ("American", "British", "Japanese"): the word after it is a noun."""
    return text[:1].isupper() and len(text) > 5 and text.lower().endswith(W.NATIONALITY_ENDINGS)


def _modifies(s: _Sentence, j: int) -> bool:
    """Token ``j`` modifies the noun after it: a plural possessive ("soldiers'"), an adjective in
    -ed ("allied", "armed": an -ed form that is no verb here), or an adjective of nationality
    ("American", "African", "Japanese")."""
    w, text = s.lows[j], s.texts[j]
    if w.endswith("s'"):
        return True
    if text.islower():
        return s.forms[j] is None and w.endswith("ed") and _shape(w) == "ED" and s.words[j]  # not "the cut [takes]"
    return _nationality(text)


def _inverted_report(s: _Sentence, j: int, i: int) -> bool:
    """Reporting verb ``i`` after a comma or a closing quote (token ``j``) and before its subject:
    a name or a determiner ('"...," says Mr. Antolini', "..., says one official")."""
    if j < 0 or (s.texts[j] not in _CLOSING_QUOTES and s.texts[j] != ","):
        return False
    k = i + 1
    return k < s.n and (s.lows[k] in W.DETERMINERS or s.texts[k][:1].isupper() or s.lows[k] in ("one", "two"))


# --------------------------------------------------------------------------- verb groups


class Group(NamedTuple):
    """A verb group: auxiliaries, adverbs and the main verb (or a copula's predicate)."""

    first: int
    head: int
    last: int
    tense: str  # PAST, PRESENT, FUTURE, MODAL, INFINITIVE, PRESPART, PASTPART, NONE
    aspect: str = "NONE"  # NONE, PERFECTIVE, PROGRESSIVE, PERFECTIVE_PROGRESSIVE
    modal: str = ""

    @property
    def finite(self) -> bool:
        return self.tense in _FINITE


_PAST_AUXILIARIES = W.BE_PAST | W.HAVE_PAST | W.DO_PAST
_PRESENT_AUXILIARIES = W.BE_PRESENT | W.HAVE_PRESENT | W.DO_PRESENT


def _aux_tense(first: str) -> str:
    """The tense a group's first auxiliary gives it (see _AUX_TENSES, the same as one lookup)."""
    if first == "to":
        return "INFINITIVE"
    if first in W.FUTURE_MODALS:
        return "FUTURE"
    if first in W.OTHER_MODALS:
        return "MODAL"
    if first in _PAST_AUXILIARIES:
        return "PAST"
    if first in _PRESENT_AUXILIARIES:
        return "PRESENT"
    return "NONE"


# _aux_tense of every word it does not give NONE: the weaker tables first, so that the stronger
# overwrite a word in two of them.
_AUX_TENSES = {
    **dict.fromkeys(_PRESENT_AUXILIARIES, "PRESENT"), **dict.fromkeys(_PAST_AUXILIARIES, "PAST"),
    **dict.fromkeys(W.OTHER_MODALS, "MODAL"), **dict.fromkeys(W.FUTURE_MODALS, "FUTURE"), "to": "INFINITIVE",
}


def _skip_glue(s: _Sentence, j: int) -> int:
    """The token after the adverbs from token ``j`` on: a verb group goes on through them ("has
    also been"), through a time expression before a verb ("can [now] participate", "will [one day]
    be"), through "no longer" ("can no longer serve"), through an aside between commas ("might,
    however, be") and through an opening quotation mark ('are ``putting')."""
    lows, words, in_time, n = s.lows, s.words, s.in_time, s.n
    while j < n:
        w = lows[j]
        if w in _OPENING_QUOTES:
            if j + 1 < n and (s.forms[j + 1] is not None or lows[j + 1] in W.VERB_BASES):
                j += 1  # a quotation starting inside the group: 'are ``putting a bunch', 'was " pulled'
                continue
            return j
        if j in in_time:
            k = j + 1
            while k < n and k in in_time:
                k += 1
            if k < n and (s.forms[k] is not None or lows[k] in _AFTER_TIME_IN_GROUP):
                j = k  # a time between the auxiliary and its verb: "can [now] participate", "will [one day] be"
                continue
            return j
        if w == ",":
            k = j + 2
            while k < n and k <= j + 5 and words[k] and k not in in_time:
                k += 1
            if k + 1 < n and lows[k] == "," and all(words[j + 1 : k]) and (
                s.forms[k + 1] is not None or lows[k + 1] in W.AUXILIARIES or lows[k + 1] in W.VERB_BASES
            ):
                j = k + 1  # an aside between commas: "might, however, be receptive", "will, in all likelihood, be"
                continue
            return j
        if not words[j]:
            return j
        if w in W.GROUP_GLUE or (w.endswith("ly") and len(w) > 4 and w not in W.VERB_BASES):
            j += 1  # an adverb ("has [also] been"), not a verb in -ly ("will apply")
        elif w == "no" and j + 1 < n and lows[j + 1] == "longer":
            j += 2
        else:
            return j
    return j


# Words after which a time inside a verb group goes on (see _skip_glue): "is [now] far reaching".
_AFTER_TIME_IN_GROUP = W.VERB_BASES | W.GROUP_GLUE | W.AUXILIARIES
# Tokens that may open a quotation inside a verb group (see _skip_glue).
_OPENING_QUOTES = frozenset({"``", '"', "\u201c"})
# The first tokens of what _skip_glue skips: the test before calling it.
_GLUE_STARTS = W.GROUP_GLUE | _OPENING_QUOTES | {"no", ","}


def _infinitive_verb(s: _Sentence, j: int) -> bool:
    """Token ``j`` (after "to") is a verb: a listed base, a verbal suffix, or an object after it."""
    if j >= s.n or not s.usable(j) or s.lows[j] in _INFINITIVE_NOT_TRIGGERS:
        return False
    w = s.lows[j]
    if w in W.VERB_BASES or w in ("be", "have") or w.endswith(("ize", "ise", "ify", "ate")):
        return True
    nxt = s.low(j + 1)
    return nxt in W.DETERMINERS or nxt in _OBJECT_AFTER_INFINITIVE


def _aux_group(s: _Sentence, i: int) -> Group | None:
    """The group starting at auxiliary (or infinitival "to") ``i``."""
    auxes: list[int] = []
    j = i
    n = s.n
    if s.lows[i] == "to":
        auxes.append(i)
        j = _skip_glue(s, i + 1)
    j = _auxiliaries(s, j, auxes)
    if not auxes:
        return None
    last_aux = s.lows[auxes[-1]]
    if last_aux in _INVERTING:
        j = _skip_inverted_subject(s, auxes, j)
        last_aux = s.lows[auxes[-1]]
    first = s.lows[auxes[0]]
    tense = _AUX_TENSES.get(first, "NONE")
    modal = first if first in W.MODALS else ""
    if first == "'d":  # "he'd gone" (had) or "he'd be charged" (would)
        nxt = auxes[1] if len(auxes) > 1 else j
        past = s.low(nxt) == "been" or (nxt < n and s.forms[nxt] in ("ED", "PART"))
        tense, modal = ("PAST", "") if past else ("MODAL", "would")
    head = None
    if last_aux in W.DO and len(auxes) > 1:
        head = auxes[-1]  # "do" after another auxiliary is a verb: "will [do] everything", "to [do] so"
    elif j < n:
        form = s.forms[j]
        if last_aux in W.MODALS or last_aux in W.DO or last_aux == "to" or (last_aux == "'d" and modal):
            if last_aux == "to":
                ok = _infinitive_verb(s, j)
            else:
                # A base after a modal or "do" is its verb, even one that is a determiner or a
                # preposition elsewhere ("will [last] 48 hours", "would [like] to see")
                w = s.lows[j]
                ok = s.words[j] and j not in s.in_time and (w not in W.NOT_TRIGGERS or w in W.VERB_BASES)
            head = j if ok else None
        elif last_aux in W.BE:
            head = j if form in ("ING", "ED", "PART", "PAST") else None
        elif last_aux in W.HAVE:
            head = j if form in ("ED", "PART") else None
    if head is None:
        if last_aux == "to":
            return None
        head = _predicate(s, auxes[-1]) if last_aux in W.BE else auxes[-1]
        if head == auxes[-1]:
            return _new(Group, (auxes[0], head, head, tense, "NONE", modal))
    aspect = _aspect(s, auxes, head)
    return _new(Group, (auxes[0], head, max(head, auxes[-1]), tense, aspect, modal))


def _auxiliaries(s: _Sentence, j: int, auxes: list[int]) -> int:
    """The auxiliaries from token ``j`` on (adverbs between them skipped) appended to ``auxes``;
    returns the token after them."""
    lows, n, in_time = s.lows, s.n, s.in_time
    while j < n and lows[j] in W.AUXILIARIES and j not in in_time:
        auxes.append(j)
        j += 1
        if j < n and (lows[j] in _GLUE_STARTS or lows[j].endswith("ly") or j in in_time):  # else _skip_glue stays at j
            j = _skip_glue(s, j)
    return j


# The auxiliaries a subject may follow (see _skip_inverted_subject).
_INVERTING = W.MODALS | W.HAVE | W.DO


def _skip_inverted_subject(s: _Sentence, auxes: list[int], j: int) -> int:
    """After a modal or "have"/"do" the subject may come before the rest of the group ("no way
    should [Alec Baldwin] be blamed", "never have [I] seen", "did [he] say"): skip a name (up to
    three words) when an auxiliary follows, or a pronoun when an auxiliary or a verb follows; the
    auxiliaries after it join ``auxes``.  Returns where the group goes on (``j`` if none)."""
    k = j
    while k < s.n and k - j < 3 and k not in s.in_time and s.words[k] and (
        s.lows[k] in W.INVERTED_PRONOUNS or (s.texts[k][:1].isupper() and k > 0)
    ):
        k += 1
        if s.lows[k - 1] in W.INVERTED_PRONOUNS:
            break
    if k == j:
        k = _inverted_noun(s, auxes, j)
    if k == j or k >= s.n or k in s.in_time:
        return j
    if s.lows[k] in W.AUXILIARIES:
        return _auxiliaries(s, k, auxes)
    if s.forms[k] == "BASE" and s.lows[auxes[-1]] not in W.HAVE:
        return k  # "will [Cubans] believe", "do [analysts] expect"
    pronoun = s.lows[k - 1] in W.INVERTED_PRONOUNS  # not a name before a participle: "Will Smith said"
    return k if pronoun and (s.forms[k] in ("ED", "PART") or s.lows[k] in W.VERB_BASES) else j


def _inverted_noun(s: _Sentence, auxes: list[int], j: int) -> int:
    """After a modal or "do", a plural noun and the verb after it: the noun is an inverted subject
    ("nor should [patients] have to", "nor do [analysts] expect"); returns the token after it, else
    ``j``."""
    lows, n = s.lows, s.n
    if lows[auxes[-1]] in W.HAVE or j + 1 >= n or not s.usable(j) or s.forms[j] is not None:
        return j
    w = lows[j]
    if w in W.NOT_TRIGGERS or w in W.VERB_BASES or not w.endswith("s") or w.endswith(("ss", "'s")):
        return j
    k = j + 1
    return k if lows[k] in W.AUXILIARIES or s.forms[k] == "BASE" else j


def _aspect(s: _Sentence, auxes: list[int], head: int) -> str:
    if len(auxes) == 1:  # the common case: one auxiliary
        w = s.lows[auxes[0]]
        perfect = w in W.HAVE and (s.forms[head] in ("ED", "PART") or w == "been")
        progressive = w in W.BE and s.lows[head].endswith("ing")
        if perfect and progressive:
            return "PERFECTIVE_PROGRESSIVE"
        return "PERFECTIVE" if perfect else "PROGRESSIVE" if progressive else "NONE"
    words = [s.lows[a] for a in auxes]
    perfect = not W.HAVE.isdisjoint(words) and (s.forms[head] in ("ED", "PART") or "been" in words)
    progressive = not W.BE.isdisjoint(words) and s.lows[head].endswith("ing")
    if perfect and progressive:
        return "PERFECTIVE_PROGRESSIVE"
    return "PERFECTIVE" if perfect else "PROGRESSIVE" if progressive else "NONE"


def _predicate(s: _Sentence, be: int) -> int:
    """What a copula states: "is [flush] with cash", "are obviously [fond] of", "are only thirty
    percent [full]", "is a superior [deal]", "was the company's general [manager]": the head of the phrase
    after it (an adjective, or the noun that ends a noun phrase), never an adverb, a modifier or a
    number; the copula itself if nothing fits ("was $778.6 million", "was in Florida")."""
    lows, words, n = s.lows, s.words, s.n
    j = be + 1
    phrase = False  # a noun phrase (after a determiner or a number): its head is its last noun
    for _ in range(4):
        if j >= n or not words[j]:
            break
        w = lows[j]
        if w in _COMPLEMENTIZERS:
            return be  # a clause: "the hope is [that] someone ...", "that is [what] the terrorists want"
        if w in W.COPULA_SKIP:
            phrase = phrase or (w in W.DETERMINERS and w not in _DEGREE_WORDS)
        elif j in s.in_time or not _modifying_adverb(s, j):
            break
        j += 1
    head = be
    k = j
    while k < n and k - j < 6 and k not in s.in_time:
        w = lows[k]
        if head > be and not phrase:
            break  # an adjective ("is [flush] with", "was [working] closely"): the first word
        if not words[k]:
            if w[0].isdigit() or w in _QUANTITY_MARKS or (w == "'s" and head > be):
                phrase = True
                k += 1  # a number inside the phrase ("thirty percent full", "5 feet tall"), a possessive
                continue
            break
        if w in W.NUMBER_WORDS:
            phrase = True
        if w in W.NOT_TRIGGERS:
            if w in _PHRASE_CONJUNCTIONS and head > be and k + 1 < n and s.usable(k + 1) and s.forms[k + 1] is None:
                k += 1  # "an insurance and financial-services holding company", "enormous economic and social benefits"
                continue
            if not (w in W.NUMBER_WORDS and k > j):
                break
        elif k > j and s.forms[k] in _PARTICIPLE_LIKE and not (
            s.forms[k] == "ING" and k + 1 < n and s.usable(k + 1) and lows[k + 1] not in W.NOT_TRIGGERS
        ):
            break  # a participle after the noun: "a plot [hatched] by", "a bomb [waiting] to"; not "a holding company"
        elif _modifying_adverb(s, k):
            pass  # "a locally powerful force"
        elif s.usable(k):
            head = k
        k += 1
    if head > be and lows[head] in W.NUMBER_WORDS:
        return be
    return head


def _modifying_adverb(s: _Sentence, k: int) -> bool:
    """Token ``k`` is an adverb in -ly before the word it modifies ("obviously [fond]", "locally
    [powerful]"); not a verb ("apply") nor an adjective in -ly ending the phrase ("is likely to")."""
    w = s.lows[k]
    if not w.endswith("ly") or len(w) <= 4 or w in W.VERB_BASES:
        return False
    nxt = s.low(k + 1)
    return k + 1 < s.n and s.usable(k + 1) and nxt not in W.NOT_TRIGGERS


_COMPLEMENTIZERS = frozenset({"that", "what", "which", "whose"})
_QUANTITY_MARKS = frozenset({"$", "%", "-"})
_PHRASE_CONJUNCTIONS = frozenset({"and", "or"})


def _chain(s: _Sentence, g: Group) -> Group:
    """ "are set | to be charged" → one group headed by "charged"; the tense stays the finite one,
    except that "set to", "going to", "is to" ... look forward."""
    word = s.lows[g.head]
    copula_to = word in W.BE and g.head == g.last
    if (word not in _CATENATIVES and not copula_to) or s.low(g.head + 1) != "to":
        return g
    inner = _aux_group(s, g.head + 1)
    if inner is None:
        return g
    forward = word in _FUTURE_CATENATIVES or copula_to
    tense = "FUTURE" if forward and g.tense == "PRESENT" else g.tense
    if forward and g.tense == "PAST":
        tense = "MODAL"  # "was going to": a future seen from the past
    return Group(g.first, inner.head, inner.last, tense, inner.aspect, g.modal or ("would" if tense == "MODAL" else ""))


def _appositive(s: _Sentence, i: int) -> bool:
    """A participle set off by a comma after a noun: "The bill, (first) introduced in 2021, passed
    ..." — a reduced relative clause, not the sentence's verb ("..., said X" stays a verb)."""
    lows = s.lows
    k = i - 1
    if k > 0 and lows[k] in W.APPOSITIVE_ADVERBS:
        k -= 1
    return (
        k > 0
        and lows[k] == ","
        and s.words[k - 1]
        and _before_insertion(s, k) < 0  # "The bill, introduced in March, [passed]": the comma closes an insertion
        and lows[i] not in W.REPORTING
        and s.low(i + 1) in W.PREPOSITIONS
    )


# Words that may stand before an imperative at the head of a sentence: "Please call", "Just send",
# "Don't forget" ("do" and "n't" are tokens of their own).
_BEFORE_IMPERATIVE = frozenset({"please", "kindly", "just", "now", "then", "so", "and", "also", "do", "n't", "not", "never", "always"})


def _imperative(s: _Sentence, i: int) -> bool:
    """A base form at the head of a sentence, with no subject, is an imperative: "Call me on
    Friday", "Please send the report by Monday", "Don't forget the meeting on Tuesday"."""
    if any(s.words[j] and s.lows[j] not in _BEFORE_IMPERATIVE for j in range(i)):
        return False
    if s.lows[i] not in W.VERB_BASES:
        return False
    # its object or its complement follows: a pronoun, a determiner, "to" ("Call me", "Send the
    # report", "Remember to vote"); not a noun it modifies ("Share prices", "Lower rates", "Market
    # makers") nor a preposition after a noun ("Support for the bill has waned")
    return i + 1 < s.n and s.lows[i + 1] in _IMPERATIVE_OBJECTS


_IMPERATIVE_OBJECTS = frozenset(
    {"me", "us", "him", "her", "them", "it", "you", "yourself", "the", "a", "an", "no", "your", "our", "this",
     "that", "these", "those", "my", "his", "their", "all", "some", "any", "every", "to"}
)


def _bare_group(s: _Sentence, i: int, form: str, previous: Group | None) -> Group | None:
    if form in ("BASE", "S"):
        if _has_subject(s, i, form):
            return _new(Group, (i, i, i, "PRESENT", "NONE", ""))
        # an imperative directs what is to be done: its time lies ahead, as a future's does
        return _new(Group, (i, i, i, "FUTURE", "NONE", "")) if form == "BASE" and _imperative(s, i) else None
    if form == "ING":
        return _new(Group, (i, i, i, "PRESPART", "NONE", ""))
    if form == "PART":
        # "come", "become", "run" are bases too: a present after its own subject ("comments come")
        present = s.lows[i] in W.VERB_BASES and _has_subject(s, i, "BASE")
        return _new(Group, (i, i, i, "PRESENT" if present else "PASTPART", "NONE", ""))
    adjacent = previous is not None and previous.last == i - 1
    reduced = form == "ED" and s.low(i + 1) == "by" and s.low(i - 1) not in W.PRONOUN_SUBJECTS
    if adjacent or reduced or _appositive(s, i):  # "became acquainted", "an appeal filed by"
        return _new(Group, (i, i, i, "PASTPART", "NONE", ""))
    return _new(Group, (i, i, i, "PAST", "NONE", ""))


def groups(s: _Sentence) -> list[Group]:
    """The verb groups of a sentence, in order."""
    out: list[Group] = []
    lows, forms, in_time = s.lows, s.forms, s.in_time
    after = 0  # the token after the last group
    for i in s.openers:
        if i < after:
            continue
        found: Group | None = None
        if lows[i] in _GROUP_OPENERS and i not in in_time:
            found = _aux_group(s, i)
        else:
            form = forms[i]
            if form is not None:
                found = _bare_group(s, i, form, out[-1] if out else None)
        if found is None:
            continue
        if found.head + 1 < s.n and lows[found.head + 1] == "to":  # the only case _chain changes
            found = _chain(s, found)
        out.append(found)
        after = found.last + 1
    return out


# --------------------------------------------------------------------------- mentions and clauses


class Mention(NamedTuple):
    """One event: its span, trigger, kind and grammatical tense and aspect.

    A clause's head (``head``) spans the clause; an event noun dated by the
    expression before it ("the 2021 death of ...") spans its noun phrase.
    ``clause`` indexes :attr:`Analysis.clauses`.  ``governor`` is the word an
    infinitive depends on ("expects" in "expects to complete").
    """

    start: int
    end: int
    trigger: str
    trigger_start: int
    kind: str  # VERB or NOUN
    tense: str
    aspect: str = "NONE"
    modal: str = ""
    governor: str = ""
    clause: int = 0
    head: bool = False
    negated: bool = False  # "not", "n't", "never" in or right before its verb group (see _negated)
    passive: bool = False  # a form of "be" before a past participle: "could be [reached]"

    @property
    def trigger_end(self) -> int:
        return self.trigger_start + len(self.trigger)


class Clause(NamedTuple):
    """A clause: one finite verb group (its head) and what depends on it.

    ``signal`` is the subordinator that opens it ("after", "since", ...) or "";
    ``main`` the clause it depends on (-1 for none); ``parent`` the clause it is
    nested in ("Security Pacific, [which is ...,] completed"), or -1;
    ``shared_subject`` that it is a verb coordinated with the clause before, whose
    subject it shares ("condemned ... [and called on ...]").
    ``coordinated`` says a coordinating conjunction opens it ("..., [and Pol Pot
    was arrested]").
    """

    start: int
    end: int
    head: int  # index of the head mention in Analysis.mentions
    sentence: int
    signal: str = ""
    main: int = -1
    parent: int = -1
    coordinated: bool = False
    shared_subject: bool = False


@attrs.frozen
class Analysis:
    """The sentences, clauses and events (clause heads and dated event nouns) of a text.

    ``candidates`` are the other event words of each clause (infinitives,
    participles, event nouns): not events by themselves, but the event an
    expression dates when the clause's head does not take it ("reported a net
    loss ... for the third quarter [ended] Sept. 30").  Their span is the trigger.
    Only the clauses of sentence pieces holding a time expression have them.
    """

    sentences: tuple[tuple[int, int], ...]
    clauses: tuple[Clause, ...]
    mentions: tuple[Mention, ...]
    candidates: tuple[Mention, ...] = ()


_BOUNDARY_WORDS = W.RELATIVES | W.SUBORDINATORS | W.CONJUNCTIONS


def _boundary(s: _Sentence, taken: set[int], lo: int, g: Group) -> tuple[int, str]:
    """Where a clause headed by finite group ``g`` would start, and what opens it.

    The kinds: ``subject`` (its own subject: "said | shareholders approved"),
    ``relative`` ("| which is", "| that Baldwin was holding"), ``subordinate``
    ("| after he starred"), ``shared``: a conjunction right before it, so it
    shares the clause's subject ("condemned ... | and called on"), or ``none``:
    no subject of its own, so ``g`` continues a clause ("charged ..., added ...").
    """
    lows, words, in_time = s.lows, s.words, s.in_time
    k, cut, collected, kind = g.first - 1, g.first, False, "none"
    while k >= lo and words[k] and k not in in_time and (lows[k] in W.GROUP_GLUE or lows[k].endswith("ly")):
        k -= 1  # adverbs before the verb: "she previously said"
    cut = k + 1
    texts = s.texts
    # Token k closes a quotation, or is the comma right after one: '"...," said'.
    after_quote = k >= lo and (texts[k] in _CLOSING_QUOTES or (k >= 1 and texts[k] == "," and texts[k - 1] in _CLOSING_QUOTES))
    if k >= lo and (after_quote or (g.head == g.first and s.lows[g.head] in W.REPORTING and _inverted_report(s, k, g.head))):
        return g.first, "subject"  # '..., he said.' inverted: '"...," said Mr. Slater', "..., said Freeh"
    while k >= lo:
        w = lows[k]
        if k in in_time and collected and _adjectival_time(s, k):
            while k - 1 >= lo and (k - 1) in in_time:
                k -= 1
            cut = k  # "said [third-quarter] net income dropped", "[Friday's] focus ... telegraphed"
            k -= 1
            continue
        if s.texts[k] == "." and collected and k - 1 >= lo and lows[k - 1] in V.ABBREVIATIONS and words[k - 1]:
            cut = k - 1  # a title inside the subject: "Mr. Fournier", "Gen. Schwarzkopf"
            k -= 2
            continue
        if k in in_time or k in taken or not words[k]:
            break
        edge = _SUBJECT_EDGES.get(w)
        if edge is None and not w.endswith("ly"):
            cut, collected = k, True  # a noun of the subject: go on
            k -= 1
            continue
        if edge == "relative":
            cut, kind = k, "subject" if k == lo and w == "that" else "relative"
        elif edge == "subordinate":
            cut, kind = k, "subordinate"
        elif edge == "conjunction":
            cut = k
            if k == g.first - 1 or all(lows[j] in W.GROUP_GLUE for j in range(k + 1, g.first)):
                kind = "shared"  # "condemned the bombing and [called] on all states": no subject of its own
        elif edge == "subject":
            cut, collected = k, True
        break  # else not a noun ("stop", an -ly word): the subject ends here
    if collected and kind == "none":
        kind = "subject"
        while cut - 2 >= lo and lows[cut - 1] == "of" and lows[cut - 2] in W.PARTITIVES and words[cut - 2]:
            cut -= 2  # a partitive subject: "after [one of] the attorneys asked"
        if in_time:  # else no time can open the clause
            cut = _fronted_time(s, lo, cut)
        j = cut - 1  # j < g.first: a token of the piece when j >= lo
        if j >= lo and j not in in_time and lows[j] in _BOUNDARY_WORDS:
            cut = j
            kind = "relative" if lows[j] in W.RELATIVES else "subordinate" if lows[j] in W.SUBORDINATORS else kind
    return (cut if cut > lo else lo), kind


_CLOSING_QUOTES = frozenset({"''", '"', "\u201d", "'"})
# The words a subject ends at, walking back from its verb (see _boundary), and what each makes of
# it: one lookup instead of five tables (the stronger overwrite a word in two of them).
_SUBJECT_EDGES = {
    **dict.fromkeys(W.NOT_TRIGGERS, "stop"), **dict.fromkeys(W.PRONOUN_SUBJECTS | W.DETERMINERS, "subject"),
    **dict.fromkeys(W.CONJUNCTIONS, "conjunction"), **dict.fromkeys(W.SUBORDINATORS, "subordinate"),
    **dict.fromkeys(W.RELATIVES, "relative"),
}


def _adjectival_time(s: _Sentence, k: int) -> bool:
    """The time expression ending at token ``k`` modifies the noun after it: "third-quarter",
    "Friday's", "1989"."""
    text = s.texts[k]
    return text.endswith(("'s", "\u2019s")) or "-" in text or (text.isdigit() and len(text) == 4)


def _fronted_time(s: _Sentence, lo: int, cut: int) -> int:
    """A time right before the subject (or before a comma before it) opens the clause when a comma,
    a conjunction or a complementizer precedes it ("..., last year they contributed", "noted that
    over the past 20 years, Mr. Fournier has built")."""
    j = cut - 1
    if j - 1 >= lo and s.texts[j] == "," and (j - 1) in s.in_time:
        j -= 1  # "noted that over the past 20 years, Mr. Fournier has built": a comma after the time
    if j < lo or j not in s.in_time:
        return cut
    while j - 1 >= lo and (j - 1) in s.in_time:
        j -= 1
    if j - 1 >= lo and s.low(j - 1) in W.PREPOSITIONS and (j - 1) not in s.in_time:
        j -= 1  # "..., but in March a judge ruled"
    before = j - 1
    if before >= lo and (s.texts[before] in _CLAUSE_PUNCT or s.low(before) in _BOUNDARY_WORDS):
        return j
    return cut


@dataclasses.dataclass(slots=True)
class _Open:
    """A clause being built: token range, head group, opening subordinator, enclosing clause."""

    start: int
    head: Group | None = None
    signal: str = ""
    parent: int = -1
    end: int = -1
    shared: bool = False  # a verb coordinated with the clause before, sharing its subject


def _clause_ranges(s: _Sentence, taken: set[int], heads: Sequence[Group], forward: set[int]) -> list[_Open]:
    """Clauses as token ranges: a new one before each finite group with a subject, a
    subordinator or a relative of its own; clauses opened inside a clause that has no head
    yet ("Security Pacific, [which is ...,] completed") nest in it; a forward-looking
    infinitive ("expects [to complete ...]") opens a clause of its own."""
    built = [_Open(0)]
    stack = [0]
    lo = 0
    for g in heads:
        top = built[stack[-1]]
        if g.first in forward:
            if top.head is not None:
                top.end = g.first
                stack.pop()
                built.append(_Open(g.first, g, parent=stack[-1] if stack else -1))
                stack.append(len(built) - 1)
                lo = g.last + 1
            continue
        cut, kind = _boundary(s, taken, lo, g)
        signal = s.low(cut) if kind == "subordinate" else ""
        if top.head is None:
            if kind in ("relative", "subordinate") and cut > top.start:
                built.append(_Open(cut, g, signal, parent=stack[-1]))
                stack.append(len(built) - 1)
            else:
                top.head = g
                top.signal = top.signal or signal
        elif kind == "shared":  # "after it [condemned ...] [and called ...]": a sibling under the same signal
            before = built[stack.pop()]
            before.end = cut
            built.append(_Open(cut, g, before.signal, parent=stack[-1] if stack else -1, shared=True))
            stack.append(len(built) - 1)
        elif kind == "none":
            headless = [i for i in stack if built[i].head is None]
            if headless:
                while stack[-1] != headless[-1]:
                    built[stack.pop()].end = cut
                built[headless[-1]].head = g
        else:
            built[stack.pop()].end = cut
            if stack and built[stack[-1]].head is None and kind in ("relative", "subordinate"):
                # a second insertion inside a clause still waiting for its verb: "The agreement,
                # [which takes effect April 1] [if it passes], would fund ..."
                built.append(_Open(cut, g, signal, parent=stack[-1]))
                stack.append(len(built) - 1)
            elif stack and built[stack[-1]].head is None:
                built[stack[-1]].head = g
            else:
                built.append(_Open(cut, g, signal, parent=stack[-1] if stack else -1))
                stack.append(len(built) - 1)
        lo = g.last + 1
    for i in stack:
        built[i].end = s.n
    return built


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``text[a:b]`` without the spaces around it and a trailing ",", ";" or ":"."""
    a, b = _strip(text, a, b)
    end = b
    while b > a + 1 and text[b - 1] in ",;:":
        b -= 1
    return (a, b) if b == end else _strip(text, a, b)


def _timed_tokens(tokens: Tokens, times: Sequence[tuple[int, int]], start: int, end: int) -> list[int]:
    """Indices, ascending, of the tokens of ``text[start:end]`` that overlap a time expression
    (``times`` sorted by start; the search starts at the last time starting before ``start``)."""
    starts, ends = tokens.starts, tokens.ends
    timed: list[int] = []
    j = max(0, bisect.bisect_left(times, (start, -1)) - 1)
    while j < len(times) and times[j][0] < end:
        t0, t1 = times[j]
        if t1 > start:  # the tokens ending after its start and starting before its end
            timed.extend(range(bisect.bisect_right(ends, t0), bisect.bisect_left(starts, t1)))
        j += 1
    return sorted(set(timed))


def _time_tokens(timed: list[int], p0: int, p1: int) -> frozenset[int]:
    """The ``timed`` tokens (see _timed_tokens) in ``[p0, p1)``, counted from ``p0``."""
    lo = bisect.bisect_left(timed, p0)
    hi = bisect.bisect_left(timed, p1, lo)
    return frozenset([i - p0 for i in timed[lo:hi]]) if hi > lo else _NO_TOKENS


_NO_TOKENS: frozenset[int] = frozenset()


def _nouns(s: _Sentence, taken: set[int]) -> tuple[list[int], list[int]]:
    """Event nouns outside verb groups: those right after a time expression ("the 2021 [death]",
    "Tuesday's [declaration]") and those of the event-noun table, each in text order."""
    dated: list[int] = []
    listed: list[int] = []
    for i in _where(map(_NOUNS_AFTER_TIME.__contains__, s.lows)):
        if i in taken or not s.usable(i):
            continue
        w = s.lows[i]
        j = i - 1 if s.low(i - 1) != "'s" else i - 2
        if j >= 0 and j in s.in_time:
            dated.append(i)
        if w in _NOUN_EVENTS:
            listed.append(i)
    return dated, listed


def _noun_start(s: _Sentence, i: int) -> int:
    """The phrase of a dated noun starts at its time expression ("the 2021 death")."""
    j = i - 1
    if s.low(j) == "'s":
        j -= 1
    while j - 1 >= 0 and (j - 1) in s.in_time:
        j -= 1
    if s.low(j - 1) == "the":
        j -= 1
    return j


def noun_phrase_end(text: str, noun_end: int, limit: int) -> int:
    """End of "death of cinematographer Halyna Hutchins": the noun and an of-phrase of names."""
    m = _OF_NAMES.match(text, noun_end, max(noun_end, limit))
    return noun_end if m is None else m.end()


def _pieces(a: int, b: int, semicolons: Sequence[int]) -> list[tuple[int, int]]:
    """The ranges of tokens ``[a, b)`` between semicolons (``semicolons``: their indices, ascending),
    each with the semicolon that ends it: no clause crosses one.  (Most blocks have no semicolon:
    a sentence is then one piece, with no search.)"""
    pieces: list[tuple[int, int]] = []
    if semicolons:
        for i in semicolons[bisect.bisect_left(semicolons, a) : bisect.bisect_left(semicolons, b)]:
            if i > a:
                pieces.append((a, i + 1))
            a = i + 1
    if a < b:
        pieces.append((a, b))
    return pieces


def _governor(s: _Sentence, g: Group) -> str:
    """The word an infinitive depends on: "expects [to]", "allows us [to]", "is necessary [to]"."""
    if s.low(g.first) != "to":
        return ""
    for k in range(g.first - 1, max(-1, g.first - 4), -1):
        w = s.low(k)
        if base_of(w) in W.FORWARD_GOVERNORS:
            return w
        if not s.words[k] or w in W.CONJUNCTIONS:
            break
    return s.low(g.first - 1)


def _is_forward(s: _Sentence, g: Group) -> bool:
    return g.tense == "INFINITIVE" and base_of(_governor(s, g)) in W.FORWARD_GOVERNORS


def analyse(text: str, times: Sequence[tuple[int, int]] = (), body: int = 0) -> Analysis:
    """The sentences, clauses and events of ``text`` from offset ``body`` on.

    ``times`` are the spans of the time expressions: never triggers, never cut.
    """
    spans = tuple(sentences(text, body))
    clauses: list[Clause] = []
    mentions: list[Mention] = []
    candidates: list[Mention] = []
    times = sorted(times)
    for first, last in _blocks(spans):
        _analyse_sentences(text, spans, first, last, times, clauses, mentions, candidates)
    return Analysis(spans, tuple(clauses), tuple(mentions), tuple(candidates))


def analyse_blocks(text: str, times: Sequence[tuple[int, int]] = (), body: int = 0) -> Iterator[Analysis]:
    """:func:`analyse`, one block of consecutive sentences at a time (see ``_BLOCK_CHARS``): each
    Analysis holds its block's sentences, and its clauses and mentions index into itself (clauses
    keep the text's sentence numbers).  No clause, mention or event crosses a sentence, so the
    blocks together say what :func:`analyse` says, while a long text's analysis is never all in
    memory at once."""
    spans = tuple(sentences(text, body))
    times = sorted(times)
    for first, last in _blocks(spans):
        clauses: list[Clause] = []
        mentions: list[Mention] = []
        candidates: list[Mention] = []
        _analyse_sentences(text, spans, first, last, times, clauses, mentions, candidates)
        yield Analysis(spans[first:last], tuple(clauses), tuple(mentions), tuple(candidates))


def _analyse_sentences(
    text: str, spans: Sequence[tuple[int, int]], first: int, last: int, times: Sequence[tuple[int, int]],
    clauses: list[Clause], mentions: list[Mention], candidates: list[Mention],
) -> None:
    """Analyse sentences ``[first, last)`` of ``spans``, adding to ``clauses``, ``mentions`` and
    ``candidates`` (``times``: sorted)."""
    if first >= last:
        return
    # One pass over the sentences: no token crosses a sentence boundary (whitespace separates sentences).
    tokens = tokenize(text, spans[first][0], spans[last - 1][1])
    features = _Features.of(tokens)
    starts = tokens.starts
    semicolons = _semicolons(text, tokens, spans[first][0], spans[last - 1][1])
    timed = _timed_tokens(tokens, times, spans[first][0], spans[last - 1][1])
    a = 0
    for n_sentence in range(first, last):
        s0, s1 = spans[n_sentence]
        a = bisect.bisect_left(starts, s0, a)
        b = bisect.bisect_left(starts, s1, a)
        for p0, p1 in _pieces(a, b, semicolons):
            in_time = _time_tokens(timed, p0, p1)
            s = _Sentence(tokens, features, p0, p1, in_time)
            _analyse_piece(text, s, n_sentence, clauses, mentions, candidates)
        a = b


def _semicolons(text: str, tokens: Tokens, start: int, end: int) -> list[int]:
    """The indices of the ";" tokens of ``text[start:end]`` (``tokens``), ascending: each ";"
    character is a token of its own, found by ``str.find`` (most blocks have none)."""
    out: list[int] = []
    i = text.find(";", start, end)
    while i >= 0:
        out.append(bisect.bisect_left(tokens.starts, i))
        i = text.find(";", i + 1, end)
    return out


# Sentences are analysed in blocks of about this many characters: few regex passes, and the
# token lists (and, for anchoring, the clauses and mentions) of a long text are never all alive
# at once (memory, and the garbage collector's work, stay proportional to a block).
_BLOCK_CHARS = 20_000


def _blocks(spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentences (by index, ``[first, last)``) of each block: consecutive sentences, cut once
    a block spans at least ``_BLOCK_CHARS`` characters."""
    first = 0
    for k, (_, end) in enumerate(spans):
        if end - spans[first][0] >= _BLOCK_CHARS:
            yield first, k + 1
            first = k + 1
    if first < len(spans):
        yield first, len(spans)


def _untimed(s: _Sentence, ranges: Sequence[_Open], states: Sequence[Group]) -> set[int]:
    """Where the groups of ``states`` start whose clause (of ``ranges``, not counting the clauses
    nested in it) holds no time expression."""
    out: set[int] = set()
    for g in states:
        own = next((r for r in ranges if r.head is g), None)
        if own is None:
            continue
        inner = [r for r in ranges if r is not own and own.start <= r.start and r.end <= own.end]
        if not any(
            own.start <= i < own.end and not any(r.start <= i < r.end for r in inner) for i in s.in_time
        ):
            out.add(g.first)
    return out


def _fragment_head(s: _Sentence, found: Sequence[Group], listed: Sequence[int]) -> Group | None:
    """The head of a piece without a finite verb: its first verb group, else its first event noun
    (``listed``: the event nouns outside verb groups, so all of them when there is none)."""
    if found:
        return found[0]
    return Group(listed[0], listed[0], listed[0], "NONE") if listed else None


def _heads(s: _Sentence, found: Sequence[Group]) -> tuple[list[Group], set[int], bool, list[Group], set[int]]:
    """The groups that head a clause: the finite ones and the forward-looking infinitives ("expects
    [to complete]", see _is_forward); where those infinitives start; whether a group is finite;
    the heads that state a lasting state, an event only with a time in their clause; and where
    the finite groups that state nothing start (see :func:`_statement`)."""
    heads: list[Group] = []
    forward: set[int] = set()
    finite = False
    states: list[Group] = []
    empty: set[int] = set()
    lows = s.lows
    for g in found:
        if g.tense in _FINITE:
            finite = True
            # An auxiliary alone, or something between the auxiliaries and the head (a copula's
            # phrase): the only groups _statement may find no event in.
            if lows[g.head] in W.AUXILIARIES or (g.head > g.first and lows[g.head - 1] not in W.AUXILIARIES):
                kind = _statement(s, g)
                if kind is _NOTHING:
                    empty.add(g.first)
                elif kind is _STATE:
                    states.append(g)
            heads.append(g)
        elif g.tense == "INFINITIVE" and _is_forward(s, g):
            heads.append(g)
            forward.add(g.first)
    return heads, forward, finite, states, empty


_EVENT, _STATE, _NOTHING = "event", "state", "nothing"
# Marks after an auxiliary that end what it says: nothing follows it ("as they [have].", "if he
# [must], ..."); not "$" or a number ("[has] $5 billion").
_ENDS_ELLIPSIS = (_CLAUSE_PUNCT | {".", "?", "!"}) - {"$"}


def _statement(s: _Sentence, g: Group) -> str:
    """What finite group ``g`` states.

    ``_NOTHING``: an auxiliary standing for a verb it leaves out ("everything we [can]", "no one
    else [will].", "fathers [do]."): never an event.  ``_STATE``: a copula stating no event, only a
    lasting state of its subject: with no predicate word ("[was] in Florida", "[is] Pamela McCall",
    "Revenue [was] $778.6 million") or with a noun that names no event ("is an outspoken [critic]",
    "am the [father]").  TimeML marks such a state only when a time bounds it ("was [chairman]
    until 1974"): see _untimed.  ``_EVENT`` otherwise: a verb, a copula's adjective
    ("are only thirty percent [full]") or event noun ("was a natural [result]")."""
    lows, n = s.lows, s.n
    w = lows[g.head]
    if w in W.AUXILIARIES:
        if w in W.BE:
            return _STATE
        j = g.head + 1
        while j < n and (lows[j] in _NEGATIONS or lows[j] in W.GROUP_GLUE) and j not in s.in_time:
            j += 1
        nxt = lows[j] if j < n else ""
        if not (
            j >= n or nxt in _ENDS_ELLIPSIS or nxt in W.CONJUNCTIONS or nxt in W.SUBORDINATORS or nxt in W.RELATIVES
            or (nxt == "to" and w in W.MODALS and w != "ought")  # "all we [can] to help"
        ):
            return _EVENT  # "have" and "do" with an object are verbs: "[has] no plans", "[did] the right thing"
        if w in W.DO and (nxt in ("so", "as") or not W.DO_OBJECTS.isdisjoint(lows[max(0, g.first - 3) : g.first])):
            return _EVENT  # "to [do] so", "what he [did]"
        return _NOTHING
    if W.BE.isdisjoint(lows[g.first : g.head]) or not _opens_phrase(s, g) or _names_event(w):
        return _EVENT
    return _STATE


def _opens_phrase(s: _Sentence, g: Group) -> bool:
    """A determiner (not a degree word nor a number: "only thirty percent [full]" measures an
    adjective) between the group's last auxiliary and its head."""
    lows = s.lows
    for k in range(g.head - 1, g.first, -1):
        w = lows[k]
        if w in W.AUXILIARIES:
            return False
        if w in W.DETERMINERS and w not in _DEGREE_WORDS and w not in W.NUMBER_WORDS:
            return True
    return False


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _names_event(w: str) -> bool:
    """Noun ``w`` names an event: a listed event noun, a verb's base ("a [move]", "a [rise]") or a
    noun made from one ("[confirmation]", "[departure]", "[payment]"), in the singular or plural."""
    for noun in (w, w[:-1] if w.endswith("s") and not w.endswith("ss") else "", w[:-3] + "y" if w.endswith("ies") else ""):
        if not noun:
            continue
        if noun in _NOUN_EVENTS or noun in V.EVENT_NOUNS or (noun in W.VERB_BASES and noun not in W.NOT_TRIGGERS):
            return True
        for ending, bases in W.NOMINAL_ENDINGS:
            if noun.endswith(ending) and len(noun) > len(ending) + 2:
                stem = noun[: -len(ending)]
                for base in bases:
                    if stem + base in W.VERB_BASES or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] + base in W.VERB_BASES):
                        return True
    return False


def _analyse_piece(
    text: str, s: _Sentence, n_sentence: int, clauses: list[Clause], mentions: list[Mention],
    candidates: list[Mention],
) -> None:
    found = groups(s)
    taken: set[int] = set()  # the tokens of the verb groups
    for g in found:
        taken.update(range(g.first, g.last + 1))
    # Event nouns only matter to a piece holding a time (dated nouns, candidates) or without a verb
    # group (its head may be a noun, see _fragment_head): most pieces never look for them.
    dated, listed = _nouns(s, taken) if s.in_time or not found else ([], [])
    heads, forward, finite, states, empty = _heads(s, found)
    if not finite:
        fragment = _fragment_head(s, found, listed)
        heads = [] if fragment is None else [fragment]
        forward = set()
    if not heads:
        return
    ranges = [r for r in _clause_ranges(s, taken, heads, forward) if r.head is not None and r.end > r.start]
    if states:
        empty.update(_untimed(s, ranges, states))  # a state no time bounds
    if empty:
        # No event, but still a clause: its words go to no other clause's event.
        ranges = [r for r in ranges if r.head is not None and r.head.first not in empty]
        if not ranges:
            return
        found = [g for g in found if g.first not in empty]  # neither a candidate nor a verb of the clause
    base = len(clauses)
    parents = _parents(ranges, base)
    spans: list[tuple[int, int]] = []
    kind = "VERB" if found else "NOUN"
    starts, ends, lows = s.starts, s.ends, s.lows
    for r, parent in zip(ranges, parents, strict=True):
        assert r.head is not None
        c0, c1 = starts[r.start], ends[r.end - 1]
        if text[c1 - 1] in ",;:":  # tokens neither start nor end with a space: else nothing to trim
            c0, c1 = _trim(text, c0, c1)
        spans.append((c0, c1))
        g = r.head
        t0, t1 = starts[g.head], ends[g.head]
        passive = g.modal != "" and _passive(s, g)
        negated = kind == "VERB" and _negated(s, g)
        mentions.append(_new(Mention, (
            c0 if c0 < t0 else t0, c1 if c1 > t1 else t1, s.texts[g.head], t0, kind, g.tense, g.aspect, g.modal,
            _governor(s, g) if lows[g.first] == "to" else "", len(clauses), True, negated, passive,
        )))
        coordinated = r.start > 0 and lows[r.start] in W.CONJUNCTIONS  # r.start < r.end <= s.n
        clauses.append(_new(Clause, (c0, c1, len(mentions) - 1, n_sentence, r.signal, -1, parent, coordinated, r.shared)))
    if dated:
        _add_dated_nouns(text, s, ranges, spans, dated, base, mentions)
    if s.in_time:  # else no clause of the piece holds an expression: no candidate is ever read
        _add_candidates(s, found, heads, listed, dated, spans, base, candidates)
    if any(map(_SIGNAL, ranges)):  # else no clause of the piece depends on another
        _link_subordinates(clauses, base)


_SIGNAL = operator.attrgetter("signal")


def _add_dated_nouns(
    text: str, s: _Sentence, ranges: Sequence[_Open], spans: Sequence[tuple[int, int]], dated: Sequence[int],
    base: int, mentions: list[Mention],
) -> None:
    """The mentions of the nouns right after a time expression (``dated``), each spanning its noun
    phrase inside the innermost clause (``spans``, numbered from ``base``) holding it."""
    head_tokens = {r.head.head for r in ranges if r.head is not None}
    for i in dated:
        if i in head_tokens:  # a verbless fragment's head noun is already its clause's event
            continue
        t0 = s.starts[i]
        owner = _innermost(spans, t0)
        limit = spans[owner][1] if owner is not None else s.ends[-1]
        m0 = s.starts[_noun_start(s, i)]
        if owner is not None:
            m0 = max(m0, spans[owner][0])
        m1 = noun_phrase_end(text, s.ends[i], limit)
        if any(a < m1 and m0 < b and not (a <= m0 and m1 <= b) and not (m0 <= a and b <= m1) for a, b in spans):
            continue  # its time ends another clause ("if ... on Monday | decision held"): not its modifier
        mentions.append(Mention(m0, m1, s.texts[i], t0, "NOUN", "NONE", clause=base + (owner or 0)))

def _add_candidates(
    s: _Sentence, found: Sequence[Group], heads: Sequence[Group], listed: Sequence[int], dated: Sequence[int],
    spans: Sequence[tuple[int, int]], base: int, candidates: list[Mention],
) -> None:
    """The piece's event words that head no mention, each in the innermost clause (``spans``,
    numbered from ``base``) holding it (see :attr:`Analysis.candidates`)."""
    heads_at = {g.head for g in heads}
    dated_at = set(dated)
    verbs = [g for g in found if g.head not in heads_at]
    for g in verbs:
        _add_candidate(s, g.head, "VERB", g.tense, g.aspect, spans, base, candidates, _negated(s, g))
    for i in listed:
        if i not in dated_at:
            _add_candidate(s, i, "NOUN", "NONE", "NONE", spans, base, candidates)


def _add_candidate(
    s: _Sentence, i: int, kind: str, tense: str, aspect: str, spans: Sequence[tuple[int, int]], base: int,
    candidates: list[Mention], negated: bool = False,
) -> None:
    t0 = s.starts[i]
    owner = _innermost(spans, t0)
    if owner is not None:
        candidates.append(_new(Mention, (t0, s.ends[i], s.texts[i], t0, kind, tense, aspect, "", "", base + owner, False, negated, False)))

_NEGATIONS = frozenset({"not", "n't", "never"})


def _negated(s: _Sentence, g: Group) -> bool:
    """Verb group ``g`` is negated: "not", "n't" or "never" among its words ("did not [speak]", "has
    not [been]", "won't [go]", "is not [advisable]"), "cannot", a negation right after an
    auxiliary standing for the whole group ("hasn't", "is not in compliance"), or "not" or "never"
    right before it, adverbs between ("never [returned]", "asked not to be [named]"); not "not
    only", "not just".  A group negated and timed by "until" ("did not leave until Friday") stays
    negated: the caller reads the "until" (an earliest bound)."""
    lows, n = s.lows, s.n
    if g.head > g.first and not _NEGATING.isdisjoint(lows[g.first : g.head]):  # one C-level test, most groups
        for k in range(g.first, g.head):
            w = lows[k]
            if w in _NEGATING and not (w == "not" and s.low(k + 1) in _NOT_ONLY):
                return True
    if lows[g.head] == "cannot":
        return True
    if g.head == g.last and g.head + 1 < n and lows[g.head + 1] in _NEGATIONS and lows[g.head] in W.AUXILIARIES:
        return True  # "hasn't", "is not in compliance"
    k = g.first - 1
    while k >= 0 and s.words[k] and k not in s.in_time:
        w = lows[k]
        if w in _NEGATIONS:
            return not (w == "not" and s.low(k + 1) in _NOT_ONLY)
        if not (w in W.GROUP_GLUE or (w.endswith("ly") and len(w) > 4)):
            break
        k -= 1
    return False


_NEGATING = _NEGATIONS | {"cannot"}
# "not only", "not just": no negation of the verb after them.
_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "even", "yet"})


def _passive(s: _Sentence, g: Group) -> bool:
    """Verb group ``g`` is passive: a form of "be" before a participle ("could not be [reached]")."""
    return not W.BE.isdisjoint(s.lows[g.first : g.head]) and s.forms[g.head] in ("ED", "PART")


def _parents(ranges: Sequence[_Open], base: int) -> list[int]:
    """For each range, the number (counted from ``base``) of the smallest other range holding it
    (the first of equal ones), else -1."""
    if len(ranges) == 1:
        return [-1]
    bounds = [(o.start, o.end) for o in ranges]
    parents: list[int] = []
    for k, (start, end) in enumerate(bounds):
        parent, size = -1, 0
        for j, (a, b) in enumerate(bounds):
            if a <= start and end <= b and j != k and (parent < 0 or b - a < size):
                parent, size = base + j, b - a
        parents.append(parent)
    return parents


def _innermost(spans: Sequence[tuple[int, int]], pos: int) -> int | None:
    """The index of the shortest span (the first of equal ones) holding offset ``pos``, or None."""
    innermost, size = None, 0
    for k, (a, b) in enumerate(spans):
        if a <= pos < b and (innermost is None or b - a < size):
            innermost, size = k, b - a
    return innermost


def _plain(clause: Clause) -> bool:
    """A clause a subordinate one may depend on: neither subordinate nor nested."""
    return not clause.signal and clause.parent < 0


def _link_subordinates(clauses: list[Clause], base: int) -> None:
    """Each clause opened by a subordinator depends on the clause it is nested in, else on the
    nearest plain clause before it, or after it when it comes first ("After he left, she cried")."""
    for k in range(base, len(clauses)):
        c = clauses[k]
        if not c.signal:
            continue
        if c.parent >= 0:
            clauses[k] = c._replace(main=c.parent)
            continue
        before = next((j for j in range(k - 1, base - 1, -1) if _plain(clauses[j])), None)
        after = next((j for j in range(k + 1, len(clauses)) if _plain(clauses[j])), None)
        main = before if before is not None else after if after is not None else -1
        clauses[k] = c._replace(main=main)


def governing_clause(analysis: Analysis, k: int) -> Clause | None:
    """The clause of the verb that governs infinitive clause ``k`` ("agreed in April | to hand them
    over"): of the clauses before it in its sentence and ended by then, the one whose head comes
    last, so that an insertion is passed over ("Reeves, [who delivers her budget on Nov. 26], has
    promised | not to raise income tax")."""
    clause = analysis.clauses[k]
    if k == 0 or analysis.mentions[clause.head].tense != "INFINITIVE":
        return None
    best: Clause | None = None
    for j in range(k - 1, max(-1, k - 6), -1):
        before = analysis.clauses[j]
        if before.sentence != clause.sentence:
            break
        if before.end <= clause.start and (
            best is None or analysis.mentions[before.head].trigger_start > analysis.mentions[best.head].trigger_start
        ):
            best = before
    return best
