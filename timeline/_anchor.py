"""Anchoring: give each event its time, its bounds, its relation to the dateline and the events
the text places before it.

The rules, in order:

1. **event noun**: an expression right before an event noun dates it ("the 2021
   [death]", "Tuesday's [declaration]");
2. **signals**: an expression after "since", "until", "by", "before", "after",
   "from ... to" bounds the clause's head event instead of dating it ("since
   January" → earliest = the start of January);
3. **clause**: the clause's head takes the calendar expression of its clause
   nearest to its trigger, comparisons last ("up from $2 million [a year
   earlier]"; else a reference such as "now", a duration, a set); any other
   calendar expression dates the event word next to it, which becomes an event;
   a dated event noun in the subject dates a simple past or present verb
   ("third-quarter profit jumped"); a "when" clause right after an expression
   takes it ("since November, when he was found"); a relative clause after a
   dated noun phrase happens then ("the 1996 Olympic bombing [that killed]");
   an infinitive shares its governor's time, and a dated infinitive dates a
   governor that does not plan it ("declined [to comment Saturday]"); a fronted
   reporting period dates the main clause ("For the year ended Sept. 30, [X
   earned]");
4. **between clauses**: "when", "while", "as" clauses share their main clause's
   time; a fronted time covers the clauses coordinated or listed with its own
   ("In June, X split, and Y was arrested", "took ... and declared"); a
   past-tense clause with no time or bound takes the time of the nearest dated
   past-tense clause before it in its sentence; a dated "after ..." / "since ..." clause
   gives its main clause an earliest bound, a "before ..." / "until ..." clause
   a latest bound, and so does a dated event noun after such a signal ("before
   the 2021 death"); a dated reporting verb bounds what it reports ("said
   Wednesday that they had concluded");
5. **relation**: dated events stand to the dateline by their interval (a past
   tense or present perfect inside a period holding the dateline is before it);
   others by their bounds, else by tense and aspect (past and present perfect
   before, present overlapping, future, "would" and forward-looking infinitives
   after; "could" negated or passive and "would not" before, "could" otherwise
   after; a present after "if", "once" ... after when its main clause is);
   events without a tense of their own (nouns) share their clause head's;
6. **order**: "after", "when", "since", "once" clauses come before their main
   clause, "before" and "until" clauses after it, and an infinitive after the
   verb that looks forward to it ("voted Friday [to make]") (``Event.follows``),
   unless their times say otherwise.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
import sys
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs

from . import _event_vocab as W
from ._direction import Directions, Tense, modal_tense
from ._event_class import event_class
from ._extract import TIME_LINK
from ._grammar import Analysis, Clause, Mention, base_of, governing_clause
from ._model import AnchorSource, Event, Interval, Relation, TimeExpression, TimexType, day_bounds, ends_before

# Enum members as module constants: on Python 3.11 reading a member off its enum class goes through
# the metaclass's __getattr__ hook (about 0.15 us a read, tens of thousands of reads a corpus pass).
_BEFORE, _AFTER, _OVERLAP, _VAGUE = Relation.BEFORE, Relation.AFTER, Relation.OVERLAP, Relation.VAGUE
_CLAUSE, _EVENT_NOUN, _TENSE, _BOUNDS = AnchorSource.CLAUSE, AnchorSource.EVENT_NOUN, AnchorSource.TENSE, AnchorSource.BOUNDS
_NO_SOURCE = AnchorSource.NONE

_REFS = {"PAST_REF": _BEFORE, "PRESENT_REF": _OVERLAP, "FUTURE_REF": _AFTER}
# Signal words before a time ("since January", "before the vote").
_SIGNALS = (
    "no later than", "no earlier than", "not until", "not till", "not before",  # before their last words
    "since", "until", "till", "by", "before", "after", "from", "through", "thru", "prior to", "ahead of", "starting",
    "beginning",
)
# A signal ending a window of text, "\b(?P<signal>since|...)\s+(?:the\s+)?$", read backwards: the
# window reversed is matched at its start (one position tried) instead of searched (every one).
_SIGNAL_ENDING_REVERSED = re.compile(
    r"(?:\s+eht)?\s+(?P<signal>" + "|".join(word[::-1] for word in _SIGNALS) + r")\b", re.IGNORECASE
)
_TO_AFTER_FROM = re.compile(r"\s*(?:to|until|till|through|-|\u2013)\s*$", re.IGNORECASE)
_SIGNAL_CLAUSES = frozenset({"after", "since", "before", "until", "till"})
_FORWARD_MODALS = W.FORWARD_MODALS | W.FUTURE_MODALS


@attrs.define
class _Anchor:
    """What the rules found for one mention (mutable while anchoring)."""

    time: TimeExpression | None = None
    source: AnchorSource = _NO_SOURCE
    earliest: dt.datetime | None = None
    latest: dt.datetime | None = None
    earliest_from: TimeExpression | None = None
    latest_from: TimeExpression | None = None

    def bound(self, side: str, when: dt.datetime, by: TimeExpression) -> None:
        if side == "earliest" and (self.earliest is None or when > self.earliest):
            self.earliest, self.earliest_from = when, by
        elif side == "latest" and (self.latest is None or when < self.latest):
            self.latest, self.latest_from = when, by

    def consistent(self) -> None:
        """Drop bounds that contradict each other or the time (a misread signal)."""
        iv = self.time.interval if self.time is not None else None
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            self.earliest = self.latest = self.earliest_from = self.latest_from = None
        if iv is not None and self.earliest is not None and self.earliest >= iv.end:
            self.earliest = self.earliest_from = None
        if iv is not None and self.latest is not None and self.latest <= iv.start:
            self.latest = self.latest_from = None


def _rank(x: TimeExpression) -> int:
    if x.interval is not None:
        return 0
    if x.value in _REFS:
        return 2
    if x.type.value in ("DATE", "TIME"):
        return 1
    return 3 if x.type.value == "DURATION" else 4


# A fronted participle phrase: "Born in Leeds in 1945, she studied ...", "Elected in 2010, he ...".
_PARTICIPLE_OPENING = re.compile(r"\s*(?:Born|Having|[A-Z][a-z]+(?:ed|en))\b")


def _participial(text: str, x: TimeExpression, clause_start: int, trigger: int) -> bool:
    """An expression in a participle phrase that opens the sentence before the subject ("Born in Leeds
    in 1945, she studied at Cambridge in the 1960s") dates the participle, not the verb: it yields to
    any other time of the clause."""
    return x.end <= trigger and "," in text[x.end : trigger] and _PARTICIPLE_OPENING.match(text, clause_start) is not None


def _inserted(text: str, x: TimeExpression, clause_start: int, trigger: int) -> bool:
    """An expression inside a comma-delimited insertion between the subject and the verb
    ("The bill, introduced in 2021, passed ... on Tuesday") belongs to the insertion, not the verb."""
    return x.end <= trigger and "," in text[clause_start : x.start] and "," in text[x.end : trigger]


def _signal_ending(window: str) -> str:
    """The signal word ending ``window`` ("... since ", "... before the "), lower-cased, else ""."""
    m = _SIGNAL_ENDING_REVERSED.match(window[::-1])
    return "" if m is None else m.group("signal")[::-1].lower()


def _signal(text: str, x: TimeExpression, previous: TimeExpression | None, previous_signal: str) -> str:
    signal = _signal_ending(text[max(0, x.start - 20) : x.start])
    if signal:
        return signal
    if previous is not None and previous_signal == "from" and _TO_AFTER_FROM.fullmatch(text[previous.end : x.start]):
        return "until"
    return ""


def _bound_side(signal: str, negated: bool = False) -> tuple[str, bool] | None:
    """Which bound a signal sets and whether it takes the period's start (else its end).

    "not until X" (the negation on the verb, "may not be known until next month", or on the signal)
    is an earliest bound: it happens no earlier than X; so is "no earlier than X" and "not ... before
    X" ("would not cut rates before February").
    "no later than X" is a latest bound, at X's end."""
    if signal in ("not until", "not till", "not before", "no earlier than") or (
        negated and signal in ("until", "till", "before")  # "would not cut rates before February"
    ):
        return "earliest", True
    if signal == "no later than":
        return "latest", False
    if signal in ("since", "from", "starting", "beginning"):
        return "earliest", True
    if signal == "after":
        return "earliest", False
    if signal in ("until", "till", "by", "through", "thru"):
        return "latest", False
    if signal in ("before", "prior to", "ahead of"):
        return "latest", True
    return None


def _apply_bound(anchor: _Anchor, signal: str, x: TimeExpression, negated: bool = False) -> bool:
    side = _bound_side(signal, negated)
    if side is None or x.interval is None:
        return False
    when = x.interval.start if side[1] else x.interval.end
    anchor.bound(side[0], when, x)
    return True


def _subordinate(clauses: Sequence[Clause]) -> list[int]:
    """The indices of the clauses a subordinator opens (503 of the corpus's 8,275): the rules between
    a subordinate clause and its main clause look at these only."""
    return [k for k, c in enumerate(clauses) if c.signal]


def _nouns(mentions: Sequence[Mention]) -> list[int]:
    """The indices of the event nouns (125 of the corpus's 8,382 mentions): the noun rules look at these only."""
    return [i for i, m in enumerate(mentions) if m.kind == "NOUN"]


def _noun_times(text: str, mentions: Sequence[Mention], nouns: Sequence[int], expressions: Sequence[TimeExpression],
                anchors: list[_Anchor], used: set[str]) -> None:
    """A dated noun (``nouns``: their indices) takes the expression right before it ("the 2021 death",
    "Tuesday's ruling")."""
    ends = [x.end for x in expressions]  # expressions are in text order, never overlapping
    for i in nouns:
        m = mentions[i]
        k = bisect.bisect_right(ends, m.trigger_start) - 1
        if k < 0:
            continue
        x = expressions[k]
        if m.start <= x.start and text[x.end : m.trigger_start].strip() in ("", "'s", "\u2019s"):
            anchors[i].time, anchors[i].source = x, _EVENT_NOUN
            used.add(x.tid)


def _owner(analysis: Analysis, starts: Sequence[int], x: TimeExpression) -> int | None:
    """The innermost clause holding the expression's start (``starts``: the clauses' starts, sorted
    as the clauses are); a clause nested in another starts after it, so the search looks back
    only as far as the enclosing clauses."""
    k = bisect.bisect_right(starts, x.start) - 1
    best: int | None = None
    while k >= 0:
        c = analysis.clauses[k]
        if c.start <= x.start < c.end and (best is None or c.end - c.start < analysis.clauses[best].end - analysis.clauses[best].start):
            best = k
        if c.parent < 0 and c.end <= x.start:
            break
        k -= 1
    return best


# A verb of scheduling and the preposition that names the time it sets.
_SCHEDULED_FOR = re.compile(
    r"\b(?:planned|scheduled|set|slated|expected|due|postponed|delayed|moved|pushed back|extended|rescheduled)"
    r"\s+(?:for|to|until|till)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A story may be dated a day off the day it tells of ("said in an editorial on Monday, Oct. 26" in
# a story dated Oct. 25; see _resolve.FUTURE_SLACK): the tense's side of the dateline has that slack.
_DATELINE_LAG = dt.timedelta(days=1)


def _tense_allows(text: str, m: Mention, x: TimeExpression, dateline: dt.date | None) -> bool:
    """The verb's tense lets ``x`` be its time: a past or a present perfect happened before the
    dateline's day ends, a future or a present after it begins.  A date across the dateline from what the tense
    says dates another word of the clause: "has invited the ministers to a ceremony on [March 12]"
    (the ceremony), "will be tried for the [1996] bombing" (the bombing)."""
    iv = x.interval
    if iv is None or dateline is None:
        return True
    if _SCHEDULED_FOR.search(text, max(0, x.start - 30), x.start) is not None:
        return True  # the time a verb of scheduling gives: "was planned for early March", "extended to Nov. 20"
    day0, day1 = day_bounds(dateline)
    tense, aspect = m.tense, m.aspect
    if tense == "PAST" or (tense in ("PRESENT", "MODAL") and aspect.startswith("PERFECTIVE")):
        return iv.start - day1 < _DATELINE_LAG  # (a difference: no overflow at the calendar's ends)
    if tense == "FUTURE" and aspect == "NONE":
        return day0 - iv.end < _DATELINE_LAG
    if tense == "PRESENT":
        # A present holds at the dateline, or is scheduled after it ("reopens Tuesday"), or narrates
        # a past its adverbial names ("just last month, a policeman is killed"); a past date that
        # modifies a noun dates the noun ("is charged in ... the 1996 Olympic bombing").
        return iv.end > day0 or not _premodifier(text, x)
    return True


def _clause_times(text: str, analysis: Analysis, expressions: Sequence[TimeExpression],
                  anchors: list[_Anchor], used: set[str], dateline: dt.date | None) -> list[tuple[Mention, TimeExpression]]:
    """Signals give the clause's head bounds; the nearest plain expression (calendar first) dates
    it; any other calendar expression dates the event word nearest it (returned, to become an
    event of its own)."""
    mentions = analysis.mentions
    owned: dict[int, list[TimeExpression]] = {}
    starts = [c.start for c in analysis.clauses]
    for x in expressions:
        k = _owner(analysis, starts, x)
        if k is not None and x.tid not in used:
            owned.setdefault(k, []).append(x)
    by_clause: dict[int, list[Mention]] | None = None  # the candidates of each clause, once one is needed
    promoted: list[tuple[Mention, TimeExpression]] = []
    for k, inside in owned.items():
        head = analysis.clauses[k].head
        anchor = anchors[head]
        plain: list[TimeExpression] = []
        previous: TimeExpression | None = None
        previous_signal = ""
        for x in inside:
            signal = _signal(text, x, previous, previous_signal)
            previous, previous_signal = x, signal
            if signal == "from" and not _has_range_end(text, x, inside):
                continue  # "up from a year earlier": a comparison, neither a time nor a bound
            if _bound_side(signal) is not None:
                if _apply_bound(anchor, signal, x, mentions[head].negated):
                    used.add(x.tid)
                continue
            plain.append(x)
        if not plain:
            continue
        best = None
        trigger = mentions[head].trigger_start
        allowed = [
            x for x in plain
            if _tense_allows(text, mentions[head], x, dateline)
            and not (_COMPARED_PERIOD.search(x.text) and _comparison(text, x, plain, trigger))
        ]
        if anchor.time is None and allowed:
            plain = allowed + [x for x in plain if x not in allowed]
            trigger = mentions[head].trigger_start
            start = analysis.clauses[k].start
            best = allowed[0] if len(allowed) == 1 else min(
                allowed, key=lambda x: (_comparison(text, x, plain, trigger), _participial(text, x, start, trigger),
                                      _rank(x), _premodifier(text, x), _inserted(text, x, start, trigger),
                                      abs(x.start - trigger))
            )
            anchor.time, anchor.source = best, _CLAUSE
            used.add(best.tid)
            if best.type is TimexType.DURATION and dateline is not None:
                _duration_after_dateline(text, mentions[head], best, anchor, dateline)
            second = _coordinated_after(text, best, plain)
            if second is not None and second.interval is not None:
                anchor.bound("latest", second.interval.end, second)
                used.add(second.tid)
        words: list[Mention] | None = None  # once an expression is left over (rare)
        for x in plain:
            if x is best or x.interval is None or x.tid in used:
                continue
            if words is None:
                if by_clause is None:
                    by_clause = _by_clause(analysis.candidates)
                words = [c for c in by_clause.get(k, []) if c.trigger_start != mentions[head].trigger_start]
            word = _word_near(text, words, x)
            if word is not None:
                promoted.append((word, x))
                words.remove(word)
                used.add(x.tid)
    return promoted


# "will vote in [two weeks]", "opens within [ten days]", "in [the next two weeks]": a duration counted
# from the dateline; TIMEX3 marks the duration, and the event it dates happens at that point ("in"),
# or by it ("within", "the next ...").
_FROM_NOW = re.compile(r"\b(?P<word>in|within)\s+$", re.IGNORECASE)
_DURATION_PARTS = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?"
)
_SECONDS_A_DAY = 86400


def _duration_point(value: str, dateline: dt.date) -> dt.date | None:
    """The day ``value`` (a duration of whole units, "P2W", "P1Y6M", "PT36H") after the dateline; None
    for a vague one ("PXW") or one beyond the calendar.  The dateline has no clock time: "in two hours"
    is the dateline's day."""
    m = _DURATION_PARTS.fullmatch(value)
    if m is None or value in ("P", "PT"):
        return None
    n = {k: int(v) for k, v in m.groupdict(default="0").items()}
    seconds = n["h"] * 3600 + n["m"] * 60 + n["s"]
    try:
        year, month0 = divmod(dateline.year * 12 + dateline.month - 1 + 12 * n["Y"] + n["M"], 12)
        day = min(dateline.day, calendar.monthrange(year, month0 + 1)[1])
        return dt.date(year, month0 + 1, day) + dt.timedelta(days=7 * n["W"] + n["D"] + seconds // _SECONDS_A_DAY)
    except (ValueError, OverflowError):
        return None


def _duration_after_dateline(text: str, m: Mention, x: TimeExpression, anchor: _Anchor, dateline: dt.date) -> None:
    """Bound an event dated by a duration after "in" / "within" in a clause that does not look back
    ("will close in [three days]": at the day three days after the dateline; "within [a month]": by
    the end of that day).  In a past clause the duration is the event's length ("sank in three days")."""
    signal = _FROM_NOW.search(text, max(0, x.start - 10), x.start)
    if signal is None or m.tense == "PAST" or m.aspect.startswith("PERFECTIVE") or x.mod not in (None, "APPROX", "EQUAL_OR_LESS"):
        return
    words = x.text.lower().split()
    within = signal.group("word").lower() == "within" or words[:2] in (["the", "next"], ["the", "coming"])
    if words[0] == "the" and not within:
        return  # "in the past two weeks", "in the first nine months"
    day = _duration_point(x.value, dateline)
    if day is None or day <= dateline:
        return
    start, end = day_bounds(day)
    if not within:
        anchor.bound("earliest", start, x)
    anchor.bound("latest", end, x)


def _by_clause(candidates: Iterable[Mention]) -> dict[int, list[Mention]]:
    found: dict[int, list[Mention]] = {}
    for c in candidates:
        found.setdefault(c.clause, []).append(c)
    return found


def _coordinated_after(text: str, best: TimeExpression, plain: Sequence[TimeExpression]) -> TimeExpression | None:
    """The expression coordinated right after the clause's time, when it ends later: the event runs
    (or happens) by its end ("held on April 24 and [25]": dated April 24, at the latest the end of
    the 25th), so it bounds the event instead of dating another word."""
    for x in plain:
        if x.start >= best.end:
            if x.interval is None or best.interval is None or x.interval.end <= best.interval.end:
                return None
            return x if TIME_LINK.fullmatch(text, best.end, x.start) else None
    return None


_GAP_BEFORE_WHEN = re.compile(r"[\s,_\u2014-]*$")


def _when_after_time(
    text: str, analysis: Analysis, subordinate: Sequence[int], expressions: Sequence[TimeExpression],
    anchors: list[_Anchor],
) -> None:
    """A "when" clause right after a time expression tells what happened then: "cared for him since
    November, [when he was found ...]", "from 1968, [when the Soviets invaded ...]".  It takes that
    expression (which may also bound, or date, the clause before)."""
    ends = [x.end for x in expressions]
    for k in subordinate:
        clause = analysis.clauses[k]
        if clause.signal != "when" or anchors[clause.head].time is not None:
            continue
        k = bisect.bisect_right(ends, clause.start) - 1
        if k < 0 or clause.start - ends[k] > 4 or not _GAP_BEFORE_WHEN.match(text[ends[k] : clause.start]):
            continue
        x = expressions[k]
        if x.interval is not None:
            anchors[clause.head].time, anchors[clause.head].source = x, _CLAUSE


def _subject_times(analysis: Analysis, nouns: Sequence[int], anchors: list[_Anchor]) -> None:
    """A dated event noun before its clause's verb, in its subject, dates the verb when the clause has
    no time of its own: "[third-quarter] profit jumped 16%", "[Friday's] trading volume totaled",
    "[Last year's] results were hurt" — what the subject did, it did then (a simple past or present
    only: "the year-ago results have been restated" is later)."""
    mentions = analysis.mentions
    for i in nouns:
        m, a = mentions[i], anchors[i]
        if m.head or a.source is not _EVENT_NOUN or a.time is None:
            continue
        clause = analysis.clauses[m.clause]
        head = anchors[clause.head]
        verb = mentions[clause.head]
        if verb.kind != "VERB" or not m.trigger_start < verb.trigger_start or m.start < clause.start:
            continue
        if verb.aspect.startswith("PERFECTIVE") or verb.tense not in ("PAST", "PRESENT"):
            continue  # "the year-ago results [have been restated]": done since, not then
        if head.time is None and head.earliest is None and head.latest is None:
            head.time, head.source = a.time, _EVENT_NOUN


_RELATIVE_OPENING = re.compile(r"(?:that|which|who)\b", re.IGNORECASE)
_DATED_NOUN_PHRASE = re.compile(r"(?:\bthe|'s|\u2019s)\s*$", re.IGNORECASE)


def _after_determiner(text: str, x: TimeExpression) -> bool:
    """The expression follows "the" or a possessive: it modifies a noun ("the 1996 Olympic bombing",
    "Tuesday's ruling")."""
    return _DATED_NOUN_PHRASE.search(text, max(0, x.start - 6), x.start) is not None
# How far a relative clause may open after the expression that dates its noun: "the January 1998
# bombing of a Birmingham, Ala., abortion clinic [that killed]".
_RELATIVE_REACH = 70


def _relative_after_dated_noun(
    text: str, analysis: Analysis, expressions: Sequence[TimeExpression], anchors: list[_Anchor]
) -> None:
    """A relative clause after a dated noun phrase tells what happened then: "the 1996 Olympic
    bombing [that killed one person]", "the Dec. 21, 1988, bombing of Pan Am Flight 103 [that
    killed 259 people]": the expression follows a determiner, and no other clause comes between."""
    ends = [x.end for x in expressions]
    for k, clause in enumerate(analysis.clauses):
        if k == 0 or anchors[clause.head].time is not None or clause.coordinated or clause.shared_subject:
            continue
        if analysis.mentions[clause.head].tense != "PAST" or analysis.clauses[k - 1].sentence != clause.sentence:
            continue
        if not _RELATIVE_OPENING.match(text, clause.start):
            continue
        before = analysis.clauses[k - 1]
        j = bisect.bisect_right(ends, clause.start) - 1
        if j < 0:
            continue
        x = expressions[j]
        if x.interval is None or x.start < before.start or clause.start - x.end > _RELATIVE_REACH:
            continue
        if not _after_determiner(text, x):
            continue
        anchors[clause.head].time, anchors[clause.head].source = x, _CLAUSE


def _infinitive_shares_time(analysis: Analysis, anchors: list[_Anchor]) -> None:
    """An infinitive clause right after a dated clause shares its time ("agreed in April [to hand
    them over]"); a dated infinitive clause dates the verb before it unless that verb plans it
    ("declined [to comment Saturday]", but "planned [to leave on Thursday]")."""
    mentions = analysis.mentions
    for k, clause in enumerate(analysis.clauses):
        if mentions[clause.head].tense != "INFINITIVE":
            continue  # governing_clause's first test, before the call: most clauses are not infinitives
        before = governing_clause(analysis, k)
        if before is None:
            continue
        a, b = anchors[before.head], anchors[clause.head]
        if b.time is None and a.time is not None and a.time.interval is not None:
            b.time, b.source = a.time, _CLAUSE
        elif a.time is None and b.time is not None and b.time.interval is not None and a.earliest is None \
                and a.latest is None and mentions[before.head].tense == "PAST" \
                and base_of(mentions[before.head].trigger.lower()) not in W.PLANNING_GOVERNORS:
            a.time, a.source = b.time, _CLAUSE


_PERIOD_OPENING = re.compile(r"(?:for|in|during|over|through)\s+$", re.IGNORECASE)
_PERIOD_ENDS = frozenset({"ended", "ending", "ends"})


def _period_ended(
    text: str, analysis: Analysis, expressions: Sequence[TimeExpression], anchors: list[_Anchor]
) -> None:
    """A sentence opening with a reporting period ("For [the year] ended Sept. 30, Ralston earned
    ...", "In [the quarter] ending June 30, ...") dates its main clause by that period."""
    starts = [x.start for x in expressions]
    clauses, mentions = analysis.clauses, analysis.mentions
    for k in range(len(clauses) - 1):
        opening, main = clauses[k], clauses[k + 1]
        if main.sentence != opening.sentence or (k > 0 and clauses[k - 1].sentence == opening.sentence):
            continue  # not the opening of a sentence with a clause after it
        if mentions[opening.head].trigger.lower() not in _PERIOD_ENDS:
            continue
        j = bisect.bisect_left(starts, opening.start)
        if j == len(expressions) or expressions[j].start >= mentions[opening.head].trigger_start:
            continue
        x = expressions[j]
        if not _PERIOD_OPENING.fullmatch(text, opening.start, x.start) or anchors[main.head].time is not None:
            continue
        anchors[main.head].time, anchors[main.head].source = x, _CLAUSE


# How far an event word may be from the expression that dates it: "a net loss of $8.1 million
# for the third quarter" (before it), "as early as next week ... to begin presenting" (after it).
_NEAR_BEFORE = 60
_NEAR_AFTER = 30


def _word_near(text: str, words: Sequence[Mention], x: TimeExpression) -> Mention | None:
    """The event word an expression left over in its clause dates: the nearest before it, or after
    it; the noun after it first when the expression modifies a noun ("including the [1996] Olympic
    bombing")."""
    after = [w for w in words if w.trigger_start >= x.end and w.trigger_start - x.end <= _NEAR_AFTER]
    if after and _premodifier(text, x):
        return min(after, key=lambda w: w.trigger_start)
    before = [w for w in words if w.trigger_end <= x.start and x.start - w.trigger_end <= _NEAR_BEFORE]
    if before:
        return max(before, key=lambda w: w.trigger_start)
    return min(after, key=lambda w: w.trigger_start) if after else None


_NOUN_AFTER = re.compile(r"[ ]+(?!(?:and|or|to|when|that|which|as|at|in|on|for|of|with|by)\b)[A-Za-z]")


def _premodifier(text: str, x: TimeExpression) -> bool:
    """The expression modifies a noun after a determiner ("including [the 1996] Olympic bombing"):
    it dates that noun rather than the clause's verb, so it comes after the other expressions."""
    return _after_determiner(text, x) and _NOUN_AFTER.match(text, x.end) is not None


_COMPARISON = re.compile(r"\b(?:from|compared|than|versus|vs\.?|against)\b", re.IGNORECASE)
# The period a figure is compared with: "from $93.3 million [a year earlier]", "than [a year ago]",
# "[the year-ago] $1.2 million".  After a comparison word it dates the figure, never the verb.
_COMPARED_PERIOD = re.compile(r"\b(?:ago|earlier|before|previous|prior)\b", re.IGNORECASE)


def _comparison(text: str, x: TimeExpression, plain: Sequence[TimeExpression], trigger: int) -> bool:
    """The expression dates a figure compared with ("... from $2 million [a year earlier]"), not
    the event: a comparison word lies between it and the trigger or the expression before it."""
    if x.start < trigger:
        return False
    before = [y.end for y in plain if y.end <= x.start]
    return _COMPARISON.search(text, max([trigger, *before]), x.start) is not None


def _has_range_end(text: str, x: TimeExpression, inside: Sequence[TimeExpression]) -> bool:
    return any(y.start > x.end and _TO_AFTER_FROM.fullmatch(text[x.end : y.start]) for y in inside)


_SIMULTANEOUS = frozenset({"when", "while", "as", "whenever"})


def _between_clauses(
    text: str, analysis: Analysis, subordinate: Sequence[int], nouns: Sequence[int], anchors: list[_Anchor],
    dateline: dt.date | None,
) -> None:
    """Subordinate clauses: "when", "while", "as" share their main clause's time (either way);
    a dated "after ..." / "since ..." clause bounds its main clause from below, "before ..." /
    "until ..." from above; so does a dated event noun (``nouns``: their indices) after such a signal.
    ``subordinate``: the indices of the clauses a subordinator opens."""
    mentions, clauses = analysis.mentions, analysis.clauses
    timed = False  # a clause so far in the sentence has a time of its own clause (else none to share)
    for k, clause in enumerate(clauses):
        if k > 0 and clauses[k - 1].sentence != clause.sentence:
            timed = False
        a = anchors[clause.head]
        if timed and a.time is None and _joined(text, analysis, k):
            _share_fronted_time(text, analysis, k, anchors, dateline)
        timed = timed or (a.time is not None and a.source is _CLAUSE)
    for k in subordinate:
        clause = clauses[k]
        if clause.signal in _SIMULTANEOUS and clause.main >= 0:
            sub, main = anchors[clause.head], anchors[analysis.clauses[clause.main].head]
            for a, b in ((sub, main), (main, sub)):
                if a.time is not None and a.time.interval is not None and b.time is None and b.earliest is None \
                        and b.latest is None:  # a clause bounded "since November" is not at one time
                    b.time, b.source = a.time, _CLAUSE
    for k in subordinate:
        clause = clauses[k]
        if clause.signal in _SIGNAL_CLAUSES and clause.main >= 0:
            sub = anchors[clause.head]
            if sub.time is not None and sub.time.interval is not None:
                main = anchors[analysis.clauses[clause.main].head]
                side = "earliest" if clause.signal in ("after", "since") else "latest"
                iv = sub.time.interval
                main.bound(side, iv.start if side == "earliest" else iv.end, sub.time)
    _bound_reported(analysis, anchors)
    for i in nouns:
        m, a = mentions[i], anchors[i]
        if a.source is not _EVENT_NOUN or a.time is None or a.time.interval is None:
            continue
        signal = _signal_ending(text[max(0, m.start - 20) : m.start] + ("the " if text[m.start : m.start + 4].lower() == "the " else ""))
        if not signal:
            continue
        head = analysis.clauses[m.clause].head
        if signal in ("before", "after", "since", "until", "by"):
            iv = a.time.interval
            side = "earliest" if signal in ("after", "since") else "latest"
            anchors[head].bound(side, iv.start if side == "earliest" else iv.end, a.time)


def _bound_reported(analysis: Analysis, anchors: list[_Anchor]) -> None:
    """A dated reporting verb bounds what it reports: "officials said Wednesday that they had
    concluded ..." (concluded by the end of Wednesday), "..., the firm said Friday it will open"
    (opening from Friday on).  The reported clauses are the sentence's other plain clauses
    without a time or a bound of their own; a verb sharing the reporting verb's subject ("said
    ... and added") is not one."""
    mentions, clauses = analysis.mentions, analysis.clauses
    for k, clause in enumerate(clauses):
        report = mentions[clause.head]
        x = anchors[clause.head].time
        if x is None or x.interval is None or report.trigger.lower() not in W.REPORTING:
            continue
        for j in range(k - 1, -1, -1):
            if clauses[j].sentence != clause.sentence:
                break
            _bound_report(clauses[j], mentions, anchors, x)
        for j in range(k + 1, len(clauses)):
            if clauses[j].sentence != clause.sentence or (clauses[j].shared_subject and j == k + 1):
                break
            _bound_report(clauses[j], mentions, anchors, x)


def _bound_report(
    reported: Clause, mentions: Sequence[Mention], anchors: list[_Anchor], x: TimeExpression
) -> None:
    a, m = anchors[reported.head], mentions[reported.head]
    if reported.signal or a.time is not None or a.earliest is not None or a.latest is not None:
        return
    assert x.interval is not None
    if m.tense == "PAST" or m.aspect.startswith("PERFECTIVE"):
        a.bound("latest", x.interval.end, x)  # done by the time it was reported
    elif m.tense == "FUTURE" or (m.tense == "MODAL" and m.modal in _FORWARD_MODALS):
        a.bound("earliest", x.interval.start, x)  # to come, from the report on


def _listed(text: str, analysis: Analysis, k: int) -> bool:
    """A main clause that follows the one before after a bare comma ("stocks have plunged, [interest
    rates have soared]"), with no subordinator or relative word opening it."""
    clause, before = analysis.clauses[k], analysis.clauses[k - 1]
    return (
        clause.signal == "" and clause.parent < 0 and before.sentence == clause.sentence
        and text[before.end : clause.start].strip() == ","
        and _RELATIVE_OPENING.match(text, clause.start) is None
        and analysis.mentions[clause.head].tense not in ("INFINITIVE", "NONE")
    )


def _joined(text: str, analysis: Analysis, k: int) -> bool:
    """Clause ``k`` continues the one before: coordinated, sharing its subject, or listed after a comma."""
    clause = analysis.clauses[k]
    return clause.coordinated or clause.shared_subject or _listed(text, analysis, k)


def _reported_long_after(clause: Clause, m: Mention, x: TimeExpression, dateline: dt.date | None) -> bool:
    """A reporting verb with a subject of its own after an account of a time more than a week before
    the dateline ("In 2019, a standoff cost $11 billion, the budget office [estimated]") reports it
    later, not then ("On Jan. 19, he took ... and [declared]" shares its subject: then)."""
    if clause.shared_subject or clause.coordinated or m.trigger.lower() not in W.REPORTING:
        return False
    if x.interval is None or dateline is None:
        return False
    return day_bounds(dateline)[0] - x.interval.end > _REPORT_NEAR  # a difference: no overflow near year 1


_REPORT_NEAR = dt.timedelta(days=7)


_SEQUENCE = re.compile(r"\b(?:" + "|".join(sorted(W.SEQUENCE_ADVERBS)) + r")\b", re.IGNORECASE)


def _sequenced(text: str, clause: Clause) -> bool:
    """The clause moves the story in time ("and engineers [later] found", "[then] left"): it does
    not share another clause's time, and the clauses after it do not share one from before it."""
    return _SEQUENCE.search(text, clause.start, clause.end) is not None


def _follows_story_time(
    text: str, analysis: Analysis, expressions: Sequence[TimeExpression], anchors: list[_Anchor]
) -> None:
    """In a narrative, a simple past told with no time of its own comes after the last time its
    paragraph named: "In 1940, Germany invaded France. Italy [attacked] Greece." — the attack is
    bounded below by the start of 1940 (``earliest``, source BOUNDS), not dated by it, since the
    story may have moved on.  Not a past perfect (a flashback: "had begun two years before"), not a
    negated or modal clause, not across a paragraph break."""
    calendar = [x for x in expressions if x.interval is not None and x.type in _CALENDAR]
    if not calendar:
        return
    ends = [x.end for x in calendar]
    for clause in analysis.clauses:
        i = clause.head
        m, a = analysis.mentions[i], anchors[i]
        if m.tense != "PAST" or m.aspect != "NONE" or m.negated or m.modal:
            continue
        if a.time is not None or a.earliest is not None or a.latest is not None:
            continue
        j = bisect.bisect_right(ends, m.trigger_start) - 1
        if j < 0:
            continue
        x = calendar[j]
        if "\n\n" in text[x.end : m.trigger_start] or x.interval is None:
            continue
        a.bound("earliest", x.interval.start, x)


_CALENDAR = frozenset({TimexType.DATE, TimexType.TIME})


def _past_follows_sentence_time(
    text: str, analysis: Analysis, anchors: list[_Anchor], dateline: dt.date | None
) -> None:
    """A past-tense clause with no time or bound of its own happened at the time of the nearest
    dated past-tense clause before it in its sentence: "Police [raided] two homes on Sept. 2; a
    suspect [escaped]", "the Slepian family sent a fax Oct. 23 [explaining] ... abortion providers
    [were warned]" (TimeML annotators link such clauses to that time; a reported clause is bounded
    by its reporting verb instead, see :func:`_bound_reported`)."""
    clauses, mentions = analysis.clauses, analysis.mentions
    dated = -1  # the nearest clause so far in the sentence dated by a calendar expression of its own clause
    for k, clause in enumerate(clauses):
        if k > 0 and clauses[k - 1].sentence != clause.sentence:
            dated = -1
        a, m = anchors[clause.head], mentions[clause.head]
        if dated >= 0 and m.tense == "PAST" and a.time is None and a.earliest is None and a.latest is None:
            _share_sentence_time(text, analysis, anchors, dated, k, dateline)
        if a.time is not None and a.time.interval is not None and a.source is _CLAUSE:
            dated = k


def _share_sentence_time(
    text: str, analysis: Analysis, anchors: list[_Anchor], j: int, k: int, dateline: dt.date | None
) -> None:
    """Clause ``k`` (past, without a time or a bound) takes the time of clause ``j``, the nearest
    dated clause before it in its sentence, when that one is past too."""
    clauses, mentions = analysis.clauses, analysis.mentions
    x = anchors[clauses[j].head].time
    if mentions[clauses[j].head].tense != "PAST" or x is None:
        return
    if _reported_long_after(clauses[k], mentions[clauses[k].head], x, dateline):
        return
    # "In 2010 the bridge collapsed, and engineers later found that it was built ...": a clause
    # moving the story on, or one between, stops the sharing (tested last: the costliest test).
    if not any(_sequenced(text, clauses[i]) for i in range(k, j, -1)):
        anchors[clauses[k].head].time, anchors[clauses[k].head].source = x, _CLAUSE


def _share_fronted_time(
    text: str, analysis: Analysis, k: int, anchors: list[_Anchor], dateline: dt.date | None
) -> None:
    """ "In June last year, the leadership split, and Pol Pot was arrested": a time before the
    first clause's head covers the clauses coordinated with it."""
    clause = analysis.clauses[k]
    first = k - 1
    while first > 0 and _joined(text, analysis, first) and analysis.clauses[first - 1].sentence == clause.sentence:
        first -= 1
    opening = analysis.clauses[first]
    if opening.sentence != clause.sentence or opening.parent >= 0:
        return
    source = anchors[opening.head]
    head = analysis.mentions[opening.head]
    x = source.time
    if x is None or source.source is not _CLAUSE or x.end > head.trigger_start \
            or _reported_long_after(clause, analysis.mentions[clause.head], x, dateline):
        return
    if any(_sequenced(text, analysis.clauses[j]) for j in range(first + 1, k + 1)):
        return  # "In 2010 the bridge collapsed, and engineers [later] found ..." (tested last: the costliest test)
    anchors[clause.head].time, anchors[clause.head].source = x, _CLAUSE


# --------------------------------------------------------------------------- relations


def _by_interval(x: TimeExpression, dateline: dt.date) -> Relation:
    assert x.interval is not None
    day, next_day = day_bounds(dateline)
    if x.interval.end <= day:
        return _BEFORE
    if x.interval.start >= next_day:
        return _AFTER
    return _OVERLAP


def _within_dateline(m: Mention, by_interval: Relation) -> Relation:
    """An event whose time holds the dateline's day ("said Thursday" in a Thursday article, "rose
    this year") is on the dateline's side its tense says: a past tense or a present perfect is
    BEFORE the writing; any other stays OVERLAP."""
    if by_interval is _OVERLAP and (m.tense == "PAST" or (m.tense == "PRESENT" and m.aspect == "PERFECTIVE")):
        return _BEFORE
    return by_interval


def _by_bounds(a: _Anchor, dateline: dt.date | None) -> Relation | None:
    if dateline is None or (a.latest is None and a.earliest is None):
        return None
    day, next_day = day_bounds(dateline)
    if a.latest is not None and a.latest <= day:
        return _BEFORE
    if a.earliest is not None and a.earliest >= next_day:
        return _AFTER
    return None


def _by_tense(m: Mention) -> Relation | None:
    if m.tense == "FUTURE":
        return _AFTER
    if m.tense == "MODAL":
        direction = modal_tense(m)  # the direction's one modal reading; "can", an ability, holds now
        return _OVERLAP if direction is Tense.NEAR else _FALLBACK.get(direction, _OVERLAP)
    if m.tense == "PAST":
        return _BEFORE
    if m.tense == "PRESENT":
        return _BEFORE if m.aspect == "PERFECTIVE" else _OVERLAP
    if m.tense == "INFINITIVE" and base_of(m.governor) in W.FORWARD_GOVERNORS:
        return _AFTER
    return None


_FALLBACK = {Tense.PAST: _BEFORE, Tense.PAST_LOOSE: _BEFORE, Tense.FUTURE: _AFTER,
             Tense.PRESENT: _OVERLAP, Tense.HABITUAL: _OVERLAP, Tense.NEAR: _VAGUE}


def _relation(
    directions: Directions, m: Mention, a: _Anchor, head: Relation | None, dateline: dt.date | None
) -> Relation:
    if a.time is not None and a.time.interval is not None and dateline is not None:
        return _within_dateline(m, _by_interval(a.time, dateline))
    if a.time is not None and a.time.value in _REFS:
        return _REFS[a.time.value]
    bounded = _by_bounds(a, dateline) if a.earliest is not None or a.latest is not None else None  # most: no call
    if bounded is not None:
        return bounded
    if a.earliest_from is not None and m.tense == "PRESENT":
        return _OVERLAP  # "has lived there since January": still going on
    own = _by_tense(m)
    if own is not None:
        return own
    if head is not None and head is not _VAGUE:
        return head
    # No tense of its own (a participle, a fragment): the direction of the clause that governs it.
    return _FALLBACK.get(directions.clause_tense(m.clause), _VAGUE)


# Subordinators after which a present tense stands for the future of a future main clause ("if they
# lose their battle, they could ...", "once Gonzalez comes to the United States, it would ...").
_CONDITIONS = frozenset({"if", "unless", "once", "when", "whenever", "after", "before", "until", "till", "as"})


def _present_for_future(
    analysis: Analysis, subordinate: Sequence[int], anchors: Sequence[_Anchor], relations: list[Relation]
) -> None:
    """A simple present in an "if", "once", "when" ... clause whose main clause lies AFTER the
    dateline lies after it too; so do the words of its clause that took its relation."""
    mentions = analysis.mentions
    changed: set[int] = set()
    for k in subordinate:
        clause = analysis.clauses[k]
        if clause.signal not in _CONDITIONS or clause.main < 0:
            continue
        i = clause.head
        m, a = mentions[i], anchors[i]
        if m.tense != "PRESENT" or m.aspect != "NONE" or a.time is not None or a.earliest is not None or a.latest is not None:
            continue
        if relations[analysis.clauses[clause.main].head] is not _AFTER or relations[i] is not _OVERLAP:
            continue
        relations[i] = _AFTER
        changed.add(k)
    if changed:
        for j, other in enumerate(mentions):
            if other.clause in changed and not other.head and anchors[j].time is None and relations[j] is _OVERLAP:
                relations[j] = _AFTER


def _source(a: _Anchor, relation: Relation) -> AnchorSource:
    if a.time is not None:
        return a.source
    if relation is _VAGUE:
        return _NO_SOURCE
    return _BOUNDS if a.earliest_from is not None or a.latest_from is not None else _TENSE


# --------------------------------------------------------------------------- events


class _Draft(NamedTuple):
    """An event before its eid and the events it follows are known: the fields of an :class:`Event`
    between those two, in its order (``Event(eid, *draft, follows)``), unvalidated (each Event is
    built, and validated, once at the end)."""

    start: int
    end: int
    text: str
    trigger: str
    trigger_start: int
    time: TimeExpression | None
    relation: Relation
    source: AnchorSource
    tense: str
    aspect: str
    kind: str
    earliest: dt.datetime | None = None
    latest: dt.datetime | None = None
    earliest_from: TimeExpression | None = None
    latest_from: TimeExpression | None = None

    @property
    def interval(self) -> Interval | None:
        return None if self.time is None else self.time.interval


# A draft made from the tuple of its fields in C: _Draft(...) runs the named tuple's generated Python
# __new__ (about 0.4 us, for every event).
_draft = functools.partial(tuple.__new__, _Draft)


def anchor_block(
    text: str, analysis: Analysis, expressions: Sequence[TimeExpression], dateline: dt.date | None,
    numbered: int, directions: Directions, kind: str = "news",
) -> list[Event]:
    """The events of one block of sentences (see :func:`analyse_blocks`), in text order.

    ``expressions`` are the text's expressions up to the block's end, in text order; ``numbered``
    how many events the blocks before have.  No rule looks beyond a sentence, and a block's events
    come after those of the blocks before it, so each block's events are final (and numbered) when
    it is done; its mentions, clauses and drafts are dropped before the next block (a long text's
    live heap stays small)."""
    starts = [x.start for x in expressions]  # expressions are in text order
    # The expressions starting in the block, and the one before it: a "when" clause opening
    # the block may take a time that ends the block before ("... since November\n\n[when]
    # ..."); it lies in no clause of the block, so no other rule sees it.
    lo = max(0, bisect.bisect_left(starts, analysis.sentences[0][0]) - 1)
    hi = bisect.bisect_left(starts, analysis.sentences[-1][1])
    return _anchor_block(text, analysis, expressions[lo:hi], dateline, numbered, directions, kind)


def _anchor_block(
    text: str, analysis: Analysis, expressions: Sequence[TimeExpression], dateline: dt.date | None, numbered: int,
    directions: Directions, kind: str = "news",
) -> list[Event]:
    """The events of one block, in text order (``expressions``: those starting in the block and
    the one before it; ``numbered``: how many events the blocks before it have)."""
    mentions = analysis.mentions
    anchors = [_Anchor() for _ in mentions]
    used: set[str] = set()
    nouns, subordinate = _nouns(mentions), _subordinate(analysis.clauses)
    _noun_times(text, mentions, nouns, expressions, anchors, used)
    promoted = _clause_times(text, analysis, expressions, anchors, used, dateline)
    _subject_times(analysis, nouns, anchors)
    _when_after_time(text, analysis, subordinate, expressions, anchors)
    _relative_after_dated_noun(text, analysis, expressions, anchors)
    _infinitive_shares_time(analysis, anchors)
    _period_ended(text, analysis, expressions, anchors)
    _between_clauses(text, analysis, subordinate, nouns, anchors, dateline)
    _past_follows_sentence_time(text, analysis, anchors, dateline)
    if kind == "narrative":
        _follows_story_time(text, analysis, expressions, anchors)
    for a in anchors:
        if a.earliest is not None or a.latest is not None:  # else nothing to drop (most events)
            a.consistent()
    relations: list[Relation] = [_VAGUE] * len(mentions)
    # Clause heads first: a mention without a tense of its own takes its head's relation.
    heads = [i for i, m in enumerate(mentions) if m.head] + [i for i, m in enumerate(mentions) if not m.head]
    for i in heads:
        m = mentions[i]
        head_relation = None if m.head else relations[analysis.clauses[m.clause].head]
        relations[i] = _relation(directions, m, anchors[i], head_relation, dateline)
    _present_for_future(analysis, subordinate, anchors, relations)
    drafts = [
        _draft((m.start, m.end, text[m.start : m.end], m.trigger, m.trigger_start, a.time, relations[i],
                _source(a, relations[i]), m.tense, m.aspect, m.kind, a.earliest, a.latest, a.earliest_from,
                a.latest_from))
        for i, (m, a) in enumerate(zip(mentions, anchors, strict=True))
    ]
    drafts.extend(_promoted_events(analysis, promoted, drafts, relations, text, dateline, directions))
    keys = [(d.start, -d.end, d.trigger_start) for d in drafts]
    order = sorted(range(len(drafts)), key=keys.__getitem__)
    eids = [""] * len(drafts)
    for n, k in enumerate(order, start=numbered + 1):
        eids[k] = f"e{n}"
    follows = _follows(analysis, drafts, eids, {drafts[k].trigger_start: k for k in order}, dateline)
    # Built in the order the drafts were made, so an invalid one fails as it always did.
    # Positional arguments, the draft unpacked in Event's field order: a call with 17 keywords cost
    # more than the Event's own checks, reading the draft's fields one by one a third of them.
    by_start = {m.trigger_start: m for m in mentions}
    by_start.update((word.trigger_start, word) for word, _ in promoted)
    events = [
        Event(eids[k], *d, follows.get(d.trigger_start, ()), *_grammar_fields(text, by_start[d.trigger_start]))
        for k, d in enumerate(drafts)
    ]
    return [events[k] for k in order]


def _grammar_fields(text: str, m: Mention) -> tuple[str, str | None, str]:
    """What the grammar found of a mention, as the Event's ``polarity``, ``modality`` and ``cls``:
    NEG for a negated verb group ("did not speak"); the modal of its group ("would", "may"; not
    "will", a tense), or the hedge of a planned infinitive ("plans to", "is expected to"); its
    TimeML class (:func:`event_class`)."""
    modal = _MODAL_BASE.get(m.modal, m.modal) if m.modal and m.modal not in W.FUTURE_MODALS else None
    if modal is None and m.tense == "INFINITIVE" and m.head and m.governor and base_of(m.governor) in _HEDGES:
        modal = f"{m.governor.lower()} to"
    return ("NEG" if m.negated else "POS"), modal, event_class(text, m)


# A negated modal's modality is the modal itself (its negation is the polarity): "cannot" is "can".
_MODAL_BASE = {"cannot": "can", "can't": "can", "couldn't": "could", "wouldn't": "would", "shouldn't": "should",
               "mustn't": "must", "mightn't": "might", "needn't": "need", "oughtn't": "ought"}
# Governors whose infinitive is only planned or expected, a hedge ("plans to", "is expected to").
_HEDGES = frozenset({"plan", "expect", "hope", "intend", "aim", "want", "schedule", "set", "slate", "propose", "seek", "wish"})


# A clause opened by these comes first ("he resigned [after the vote]", "they were killed [when the
# bomb exploded]"); by these, it comes second ("[before he left]", "[until the talks ended]").
_COMES_FIRST = frozenset({"after", "when", "since", "once", "whenever"})
_COMES_SECOND = frozenset({"before", "until", "till"})
_ORDERING = _COMES_FIRST | _COMES_SECOND


def _follows(
    analysis: Analysis, drafts: Sequence[_Draft], eids: Sequence[str], by_trigger: dict[int, int],
    dateline: dt.date | None,
) -> dict[int, tuple[str, ...]]:
    """For each event (by trigger offset), the eids of the events that its subordinate clauses or its
    governing verb place first (see :func:`_ordered_pair`), unless their times say otherwise.
    ``by_trigger`` gives the draft of each trigger offset."""
    found: dict[int, list[str]] = {}
    mentions = analysis.mentions
    for k, clause in enumerate(analysis.clauses):
        if clause.signal not in _ORDERING and mentions[clause.head].tense != "INFINITIVE":
            continue  # neither a subordinate clause that orders nor an infinitive: no pair, no call
        pair = _ordered_pair(analysis, k, by_trigger)
        if pair is None:
            continue
        first, second = pair
        if not ends_before(drafts[second], drafts[first], dateline):
            found.setdefault(drafts[second].trigger_start, []).append(eids[first])
    return {k: tuple(v) for k, v in found.items()}


def _ordered_pair(analysis: Analysis, k: int, by_trigger: dict[int, int]) -> tuple[int, int] | None:
    """The drafts (first, second) that clause ``k`` orders: a subordinate clause and its main clause
    by the subordinator, or a verb and the infinitive it looks forward to ("voted Friday [to make]
    Australia a republic": what is voted, asked or planned comes after)."""
    clause, mentions = analysis.clauses[k], analysis.mentions
    if clause.main >= 0 and clause.signal in _ORDERING:
        sub = by_trigger.get(mentions[clause.head].trigger_start)
        main = by_trigger.get(mentions[analysis.clauses[clause.main].head].trigger_start)
        if sub is None or main is None or sub == main:
            return None
        return (sub, main) if clause.signal in _COMES_FIRST else (main, sub)
    if _forward_infinitive(analysis, k):
        governor = by_trigger.get(mentions[analysis.clauses[k - 1].head].trigger_start)
        infinitive = by_trigger.get(mentions[clause.head].trigger_start)
        if governor is not None and infinitive is not None and governor != infinitive:
            return governor, infinitive
    return None


def _forward_infinitive(analysis: Analysis, k: int) -> bool:
    """Clause ``k`` is an infinitive right after a verb that looks forward to it ("voted [to make]",
    "asked Mexican authorities [to join]", "allowed [to stay]")."""
    before = governing_clause(analysis, k)
    if before is None:
        return False
    governor = analysis.mentions[before.head]
    return governor.kind == "VERB" and base_of(governor.trigger.lower()) in W.FORWARD_GOVERNORS


def _promoted_events(
    analysis: Analysis, promoted: Sequence[tuple[Mention, TimeExpression]], drafts: Sequence[_Draft],
    relations: Sequence[Relation], text: str, dateline: dt.date | None, directions: Directions,
) -> list[_Draft]:
    """Events for the words an expression of their clause dates: the span runs from the word to
    the expression, inside the clause, never crossing another event's span."""
    if not promoted:
        return []  # most blocks: no spans to sort
    out: list[_Draft] = []
    taken = _Spans((d.start, d.end) for d in drafts)
    added = _Spans(())
    for word, x in promoted:
        clause = analysis.clauses[word.clause]
        start = max(clause.start, min(word.trigger_start, x.start))
        end = min(clause.end, max(word.trigger_end, x.end))
        if start >= end or taken.crossed_by(start, end) or added.crossed_by(start, end):
            continue
        anchor = _Anchor(time=x, source=_CLAUSE)
        relation = _relation(directions, word, anchor, relations[clause.head], dateline)
        out.append(_Draft(
            start, end, text[start:end], word.trigger, word.trigger_start, x, relation, _CLAUSE,
            word.tense, word.aspect, word.kind,
        ))
        added.add(start, end)
    return out


class _Spans:
    """Spans sorted by start and by end, to tell whether a new span would cross one of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._by_start = sorted(spans)
        self._by_end = sorted((b, a) for a, b in self._by_start)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._by_start, (start, end))
        bisect.insort(self._by_end, (end, start))

    def crossed_by(self, start: int, end: int) -> bool:
        """Some span overlaps ``[start, end)`` without either holding the other: it starts before
        ``start`` and ends inside, or starts inside and ends after ``end``.  Only the spans with an
        end (or a start) strictly inside are looked at."""
        by_end, by_start = self._by_end, self._by_start
        i = bisect.bisect_right(by_end, (start, _MAX))
        while i < len(by_end) and by_end[i][0] < end:
            if by_end[i][1] < start:
                return True
            i += 1
        i = bisect.bisect_right(by_start, (start, _MAX))
        while i < len(by_start) and by_start[i][0] < end:
            if by_start[i][1] > end:
                return True
            i += 1
        return False


_MAX = sys.maxsize
