"""Direction: which way from the dateline an expression points, read from the clause that governs it.

The grammar layer (:mod:`timeline._grammar`) has already cut each sentence into clauses, each
headed by one verb group with its tense, aspect, modal and polarity.  An expression's direction
is decided here, once, from the innermost clause holding it, and every layer that needs it
(resolution picks "Friday" before or after the dateline; anchoring places an undated event)
reads this one decision.  The clause's own verb decides, never a reporting verb outside it:
in "Investors will vote on March 3, the chairman said Monday" *March 3* sits in the
*will vote* clause and *Monday* in the *said* clause.

The decision, from the head of the governing clause (see ``docs/resolution.md``):

* ``will`` / ``shall`` / ``going to`` / ``is to`` (FUTURE) → forward;
* a modal (:func:`modal_tense`): perfective ("should have been tested"), a negated or passive
  "could" ("could not be reached Tuesday") and "would not" + a verb of speaking ("would not
  comment") → back; "would", "should", "must", "may", "might", "could" otherwise → forward; "can",
  an ability now → the nearest candidate;
* simple or past perfect past → back when the verb governs the expression (right after it, or a
  time adverbial opened by a preposition: "returned Monday", "announced the deal in December"),
  loosely back otherwise (the expression inside a noun phrase: "to stock of record Nov. 22");
* present perfect → loosely back ("has invited them to a ceremony on March 12");
* present: habitual (an adverb of frequency: "usually opens on Mondays") → no direction, HABITUAL;
  progressive ("are meeting Friday"), a verb of expectation ("expects third-quarter sales to
  rise"), a scheduling verb ("begins Feb. 1", "kicks off at 8pm on Saturday"), a happening with its
  time right after it ("go on sale Wednesday") or a copula schedule ("is at noon Friday") → forward
  (the present of a timetable, as grammars describe it); a reporting "says" → loosely back; other
  presents → present;
* an infinitive that a verb of planning governs ("expects to complete it in March") → forward from
  a present plan, the nearest candidate from a past one, back from a past perfect one; a
  participle or a verbless fragment → its enclosing clause's direction, else none.

The word right before an expression can outrank the clause: "since" looks back ("since Tuesday"),
a deadline word forward ("effective Feb. 1", "extended to Nov. 20", "due by Friday") unless the
clause's own past verb governs the date ("had filed the reports by Wednesday"); a schedule that
was superseded ("had been due to expire Friday") and a possessive ("Tuesday's vote") are reported
back loosely.
"""

from __future__ import annotations

import bisect
import enum
import re

from . import _event_vocab as W
from . import _vocab as V
from ._event_class import event_class
from ._grammar import Analysis, Mention, base_of, governing_clause
from ._rules import alt


class Tense(str, enum.Enum):
    """The direction an expression's clause gives it."""

    PAST = "PAST"
    # A past that does not govern the expression: a reporting verb ("said", "announced") or a past
    # verb several words away.  The report is past; what it reports may be scheduled after the
    # dateline ("gave no reason for the Jan. 14 deadline").
    PAST_LOOSE = "PAST_LOOSE"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    # A habitual present ("usually opens at 8 a.m."): no direction, and no particular day.
    HABITUAL = "HABITUAL"
    # Ahead of a past report, so on either side of the dateline: what a past plan looks forward to
    # ("The team planned to leave on Thursday"): the candidate nearest the dateline.
    NEAR = "NEAR"
    NONE = "NONE"


# A past verb this many words or fewer before the expression governs it ("closed in March",
# "announced layoffs on Jan. 8").
GOVERNING_DISTANCE = 2

# Present-tense verbs of a timetable (by base form): their simple present with a time is scheduled
# ("FY2026 begins Feb. 1", "The polls close at 9:30 p.m.", "The store reopens the day after").
SCHEDULE_VERBS = frozenset(
    {"begin", "start", "open", "reopen", "close", "end", "expire", "run", "kick", "take", "return",
     "resume", "arrive", "depart", "leave", "launch", "debut", "premiere", "air", "convene", "meet",
     "adjourn", "finish", "conclude", "lapse", "mature", "commence", "shut", "wrap", "due", "visit",
     "travel", "fly", "play", "face", "host", "vote", "testify", "speak", "appear", "head", "reconvene",
     "sit", "rehearse", "go"}
)
# Event classes of happenings (not states, attitudes or reports): their simple present with a time
# is a schedule.
_DYNAMIC = frozenset({"OCCURRENCE", "ASPECTUAL", "I_ACTION", "PERCEPTION"})
# Verbs that set or move a deadline: "by" or "until" after them looks ahead even in the past
# ("extended the offer until Nov. 9", "gave them until Tuesday", "ordered it closed by Friday").
DEADLINE_VERBS = frozenset(
    {"extend", "postpone", "delay", "defer", "push", "move", "give", "grant", "set", "adjourn", "suspend",
     "schedule", "plan", "order", "ask", "require", "allow", "tell", "direct", "instruct", "urge", "expect",
     "promise", "pledge", "vow", "agree", "announce", "say", "predict", "estimate", "forecast"}
)
# Adverbs of frequency: a present with one is habitual, no direction ("usually opens on Mondays").
HABITUAL_ADVERBS = frozenset(
    {"usually", "often", "always", "typically", "generally", "normally", "sometimes", "frequently",
     "regularly", "routinely", "rarely", "seldom", "never", "traditionally", "customarily", "ordinarily"}
)
# A copula and one of these before the expression is a schedule: "is at noon Friday", "is 7:30pm Friday", "is on
# Saturday", "is scheduled for", "is set for", "is due".
_COPULA_SCHEDULE = re.compile(
    r"\b(?:is|are|'s|'re)\s+(?:(?:now|also|still|tentatively|currently)\s+)?"
    r"(?:at\b|on\b|in\b|for\b|due\b|set\b|scheduled\b|slated\b|planned\b|expected\b|to be held\b|"
    r"(?:this|next)\b|(?:[A-Z][a-z]+day)\b|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|o'clock\b))"
)
_PAST_MODALS = frozenset({"could", "couldn't"})
_REFUSAL_MODALS = frozenset({"would", "wouldn't"})
# Modals of necessity, prediction and possibility look ahead; "can" is an ability that holds now
# ("the child can stay", "officials cannot find him"), so a time it names may lie either side.
_FORWARD_MODALS = W.FORWARD_MODALS | W.FUTURE_MODALS | frozenset({"may", "might", "could", "mightn't", "couldn't"})

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
# A schedule in the past perfect, right before the expression: superseded ("had previously
# been scheduled to expire at midnight Friday").
_SUPERSEDED = re.compile(
    r"\bhad\s+(?:previously\s+)?been\s+(?:due|scheduled|set|slated|planned)\s+to\s+[a-z]+\s+(?:(?:on|at|by|until)\s+)?$"
)
# A deadline moved later: what follows "until" lies after the move ("postponed until Tuesday").
_DEFERRED_UNTIL = re.compile(
    r"\b(?:postpone|extend|delay|defer|adjourn|suspend|put off|push back|moved? back)(?:s|d|ed|ing)?\b"
    r"(?:\s+[a-z'-]+){0,2}\s+(?:until|till|to)\s+$"
)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|during|since|from|between|throughout|over|through|around|until|till|by)\s+(?:the\s+)?$", re.IGNORECASE
)
_WORDS = re.compile(r"[A-Za-z0-9][\w'\u2019.-]*")


def word_before(text: str, start: int) -> str:
    """The word (or schedule phrase) right before ``start``, lower-cased, when it is "since" or a
    schedule word's opening; else "" (see _SCHEDULE_HINT)."""
    head = text[max(0, start - 40) : start]
    if _UNTIL_BEFORE.search(head) is not None:
        return "until"
    if _SCHEDULE_HINT.search(head.lower()) is None:
        return ""
    left = _WORD_BEFORE.search(head)
    return left.group("word").lower() if left is not None else ""


class Directions:
    """The direction of each expression of one block of text, read from the block's clauses."""

    def __init__(self, text: str, analysis: Analysis) -> None:
        self.text = text
        self.analysis = analysis
        self._starts = [c.start for c in analysis.clauses]
        self._sentence_starts = [s0 for s0, _ in analysis.sentences]
        # The verbs of the clauses, heads and the others (infinitives, participles), by offset.
        verbs = sorted(
            (m.trigger_start, m) for m in (*analysis.mentions, *analysis.candidates) if m.kind == "VERB"
        )
        self._verb_starts = [v[0] for v in verbs]
        self._verbs = [v[1] for v in verbs]

    def clause_of(self, start: int, end: int) -> int | None:
        """The innermost clause holding ``[start, end)``, else the clause the expression opens
        (a fronted time: "On Friday, [the company said]"), else the nearest clause before it in
        its sentence."""
        clauses = self.analysis.clauses
        k = bisect.bisect_right(self._starts, start) - 1
        best: int | None = None
        j = k
        while j >= 0:
            c = clauses[j]
            if c.start <= start < c.end and (best is None or c.end - c.start < clauses[best].end - clauses[best].start):
                best = j
            if c.parent < 0 and c.end <= start:
                break
            j -= 1
        if best is not None:
            return best
        i = bisect.bisect_right(self._sentence_starts, start) - 1
        s0, s1 = self.analysis.sentences[i] if i >= 0 else (0, 0)
        if k + 1 < len(clauses) and clauses[k + 1].start < s1:
            return k + 1
        if k >= 0 and clauses[k].end > s0:
            return k
        return None

    def clause_tense(self, k: int, at: int | None = None) -> Tense:
        """The direction clause ``k``'s head gives what it holds (``at``: the expression's start,
        to tell whether a past verb governs it)."""
        analysis = self.analysis
        seen = 0
        while k >= 0 and seen < 8:
            clause = analysis.clauses[k]
            m = analysis.mentions[clause.head]
            tense = _head_tense(self.text, m, clause.start, at)
            if tense is Tense.FUTURE and m.tense == "INFINITIVE":
                governor = governing_clause(analysis, k)
                if governor is not None:
                    tense = _planned_from(analysis.mentions[governor.head])
            if tense is not None:
                return tense
            k = clause.parent if clause.parent >= 0 else clause.main
            at = None
            seen += 1
        return Tense.NONE

    def _head_base(self, k: int | None) -> str:
        """The base form of clause ``k``'s head ("" for none)."""
        return "" if k is None else base_of(self.analysis.mentions[self.analysis.clauses[k].head].trigger.lower())

    def _governed(self, k: int | None, start: int) -> bool:
        """The head of clause ``k`` comes right before ``start`` (see _governs)."""
        if k is None:
            return False
        return _governs(self.text, self.analysis.mentions[self.analysis.clauses[k].head], start)

    def nearest_verb(self, k: int, start: int) -> Mention | None:
        """The verb of clause ``k`` nearest before ``start``: an adverbial belongs to the nearest verb
        before it ("extended their offers [Friday]", "set to resume [Monday]")."""
        c0 = self.analysis.clauses[k].start
        j = bisect.bisect_left(self._verb_starts, start) - 1
        while j >= 0 and self._verb_starts[j] >= c0:
            if self._verbs[j].clause == k:
                return self._verbs[j]
            j -= 1
        return None

    def at(self, start: int, end: int) -> Tense:
        """The direction of the expression ``[start, end)``."""
        text = self.text
        before = word_before(text, start)
        if before == "since":
            return Tense.PAST  # "since Tuesday"
        k = self.clause_of(start, end)
        tense: Tense | None = None
        if k is not None:
            verb = self.nearest_verb(k, start)
            if verb is not None and not verb.head:
                tense = _verb_tense(text, verb)
                if tense is Tense.FUTURE:  # an infinitive its clause's head plans
                    tense = _planned_from(self.analysis.mentions[self.analysis.clauses[k].head])
            if tense is None:
                tense = self.clause_tense(k, start)
        if tense is None:
            tense = Tense.NONE
        if _premodifier(text, start, end):
            # "the Aug. 7 blasts", "a June agreement", "Wednesday's ruling": it dates the noun, not
            # the verb; a reported event, past unless said otherwise; but what a future clause
            # happens before is ahead too ("will name a coach before Saturday's tie")
            if tense is Tense.FUTURE and _AHEAD_OF.search(text, max(0, start - 20), start) is not None:
                return Tense.FUTURE
            return Tense.PAST_LOOSE if tense in (Tense.PAST, Tense.PAST_LOOSE) else Tense.NONE
        back = max(0, start - 80)
        if text.find("been", back, start) >= 0 and _SUPERSEDED.search(text, back, start) is not None:
            # "had been due to expire Friday evening" (then extended): the schedule is over, the day
            # reported back like a past one
            return Tense.PAST_LOOSE
        if _DEFERRED_UNTIL.search(text, max(0, start - 60), start) is not None:
            return Tense.FUTURE  # "postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday"
        if before in ("by", "until", "till"):
            # A deadline: ahead, unless the clause's own past verb completed by then ("had filed the
            # reports by Wednesday"); a verb that sets or moves a deadline still looks ahead
            # ("extended its offer until 5 p.m. Nov. 9", "gave Merieux until mid-November").
            if tense not in (Tense.PAST, Tense.PAST_LOOSE, Tense.NEAR) or self._head_base(k) in DEADLINE_VERBS:
                return Tense.FUTURE
        elif before in V.SCHEDULE_WORDS and (" " in before or not (tense is Tense.PAST and self._governed(k, start))):
            return Tense.FUTURE  # "effective Feb. 1", "extended to Nov. 20", "must be returned by Jan. 14"
        return tense


_AHEAD_OF = re.compile(r"\b(?:before|until|till|by|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|that|its|their|his|her|our)|'s|\u2019s)\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[ ]+(?!(?:and|or|to|when|that|which|as|at|in|on|for|of|with|by|from|through|until)\b)[a-z]")


def _premodifier(text: str, start: int, end: int) -> bool:
    """The expression modifies a noun: "the Aug. 7 blasts", "a June agreement", "Tuesday's ruling"."""
    if text.startswith(("'s ", "\u2019s "), end):
        return True
    return _DETERMINER_BEFORE.search(text, max(0, start - 6), start) is not None and _NOUN_AFTER.match(text, end) is not None


_TO_BEFORE = re.compile(
    r"(?:(?P<determiner>\b(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those)|'s)\s+)?"
    r"(?P<governor>[A-Za-z]+)\s+to\s+(?P<passive>be\s+)?(?:[a-z]+ly\s+)?$"
)


def forward_infinitive(text: str, trigger_start: int) -> bool | None:
    """Whether the verb at ``trigger_start`` is an infinitive that a verb of planning governs
    ("plans to hold", "set to resume", "planning to drive"): None when it is no infinitive after
    "to"; False when its governor is no such verb, or a noun ("their offers to acquire")."""
    to = _TO_BEFORE.search(text, max(0, trigger_start - 60), trigger_start)
    if to is None:
        return None
    governor = to.group("governor").lower()
    if to.group("passive") is not None and base_of(governor) not in W.VERB_BASES:
        return True  # a passive infinitive after a noun is prospective: "guidelines to be published in November"
    if to.group("determiner") is None and (base_of(governor) in _PLANNING or governor in _BE_TO):
        return True
    # a verb of expectation with its object (up to three words before the last) before the infinitive:
    # "expects sales to rise in March", "forecast third-quarter profit to fall", "wants the board to vote"
    for word in reversed(text[max(0, to.start() - 40) : to.start()].split()[-3:]):
        if not word[-1].isalnum():
            return False  # a clause or a phrase ends there: "said, it wants"
        if base_of(word.lower()) in EXPECTATION_VERBS:
            return True
    return False


# Verbs (and adjectives) of planning and expectation: the infinitive they govern lies ahead ("plans
# to hold", "set to resume", "is likely to rise").  Not every verb taking an infinitive: "declined to
# comment Tuesday", "tried to leave Friday" date the declining and the trying.
_PLANNING = W.PLANNING_GOVERNORS | frozenset({"likely", "expected", "scheduled", "slated", "ready", "about", "bound"})
_BE_TO = frozenset({"is", "are", "am"})  # "is to resume trading Tuesday"
# Present-tense verbs of expectation look ahead with whatever they govern ("The company expects
# third-quarter sales to rise", "forecasts first-half profit").
EXPECTATION_VERBS = frozenset(
    {"expect", "anticipate", "forecast", "predict", "project", "plan", "intend", "hope", "aim", "want", "schedule"}
)


def _planned_from(governor: Mention) -> Tense:
    """The direction of an infinitive a verb of planning governs, by the governor's tense: ahead of
    a present or future plan ("plans to hold"), near a past one ("planned to leave on Thursday":
    either side of the dateline), back from a past perfect one ("had hoped to finish by Feb. 28":
    a plan overtaken)."""
    if governor.tense == "PAST":
        return Tense.PAST_LOOSE if governor.aspect.startswith("PERFECTIVE") else Tense.NEAR
    return Tense.FUTURE


def _verb_tense(text: str, m: Mention) -> Tense | None:
    """The direction a verb inside a clause, not its head, gives the expression after it: an
    infinitive a verb of planning governs looks forward ("set to resume Monday", "planning to drive
    on Monday"); else None, and the clause's head decides (a participle is no finite verb: "a summit
    set for April", "preferred shares").  A clause has one finite verb, its head.  But a past
    participle set off by a comma after its noun tells a past of its own ("The ceasefire, brokered in
    mid-January, expires on Saturday"): a reduced relative clause ("which was brokered").  (A
    reporting verb's is not read so: "..., agreed in June" stays the grammar's past, see _appositive.)"""
    if m.tense == "PASTPART" and _SET_OFF.search(text, max(0, m.trigger_start - 12), m.trigger_start) is not None:
        return Tense.PAST
    return Tense.FUTURE if forward_infinitive(text, m.trigger_start) else None


# A comma (and an adverb) right before a participle: "The ceasefire[, ]brokered", "The bill[, first ]introduced".
_SET_OFF = re.compile(r"\w,\s+(?:[a-z]+ly\s+|first\s+|originally\s+|later\s+)?$")


def _governs(text: str, m: Mention, at: int | None) -> bool:
    """The verb comes right before the expression at ``at``: at most GOVERNING_DISTANCE - 1 words
    between them ("closed [in] March", "returned Monday")."""
    if at is None or m.trigger_start > at:
        return False
    between = text[m.trigger_end : at]
    return len(_WORDS.findall(between)) < GOVERNING_DISTANCE


def modal_tense(m: Mention) -> Tense:
    """The direction of a modal verb group, read by resolution and by event placement alike: back
    for a modal perfect ("should have been tested"), a negated or passive "could" ("could not be
    reached Tuesday") and a refusal to speak ("would not comment", "would not divulge the
    evidence"); forward for a future or a possibility ("would report results in late January",
    "may not be known until next month", "would not cut rates before February"); near for "can",
    an ability now ("can participate in planning for the summit in April")."""
    if m.aspect.startswith("PERFECTIVE"):
        return Tense.PAST
    if m.modal in _PAST_MODALS and (m.negated or m.passive):
        return Tense.PAST
    if m.modal in _REFUSAL_MODALS and m.negated and m.trigger.lower() in REFUSED_SPEECH:
        return Tense.PAST
    if m.modal in _FORWARD_MODALS:
        return Tense.FUTURE
    return Tense.NEAR if m.modal in _ABILITY_MODALS else Tense.NONE


_ABILITY_MODALS = frozenset({"can", "can't", "cannot"})
# Verbs of speaking that "would not" refuses, reported past: "would not comment", "would not say".
REFUSED_SPEECH = W.REPORTING | frozenset(
    {"comment", "elaborate", "divulge", "discuss", "identify", "disclose", "specify", "speculate",
     "answer", "respond", "name", "release", "detail", "talk", "speak", "confirm", "deny"}
)


def _near_after(text: str, m: Mention, at: int | None) -> bool:
    """The expression at ``at`` follows verb ``m`` within three words ("go [on sale] Wednesday")."""
    return at is not None and m.trigger_start < at and len(_WORDS.findall(text, m.trigger_end, at)) <= 3


def _head_tense(text: str, m: Mention, clause_start: int, at: int | None) -> Tense | None:
    """The direction a clause head gives, or None when it gives none of its own (a participle, a
    fragment), so that the enclosing clause decides."""
    t = m.tense
    if t == "FUTURE":
        return Tense.FUTURE
    if t == "MODAL":
        return modal_tense(m)
    if t == "PAST":
        # The clause's own past verb (a reporting one too: what it reports is a clause of its own)
        # dates what it governs: an expression right after it ("said Friday", "returned Monday") or
        # a time adverbial opened by a preposition ("announced the deal in December", "fled the
        # country on Dec. 2").  Else the expression may sit in a noun phrase ("a dividend payable
        # Dec. 7 to stock of record Nov. 22"): a loose past.
        if at is None or m.aspect.startswith("PERFECTIVE") or _governs(text, m, at) or _PREPOSITION_BEFORE.search(
            text, max(0, at - 12), at
        ):
            return Tense.PAST
        return Tense.PAST_LOOSE
    if t == "PRESENT":
        if m.aspect.startswith("PERFECTIVE"):
            return Tense.PAST_LOOSE  # "has invited them to a ceremony on March 12": a past that reaches now
        low = text[clause_start : m.trigger_start].lower()
        if not HABITUAL_ADVERBS.isdisjoint(low.split()):
            return Tense.HABITUAL  # "usually opens on Mondays"
        if m.aspect == "PROGRESSIVE":
            return Tense.FUTURE  # "are meeting Friday"
        word = m.trigger.lower()
        if base_of(word) in EXPECTATION_VERBS or (
            text.startswith(" to ", m.trigger_end) and base_of(word) in W.FORWARD_GOVERNORS
        ):
            return Tense.FUTURE  # "plans to hold a news conference on Tuesday", "expects third-quarter sales to"
        if word in W.REPORTING:
            return Tense.PAST_LOOSE  # "says", "tells": a report
        if base_of(word) in SCHEDULE_VERBS or (_near_after(text, m, at) and event_class(text, m) in _DYNAMIC):
            # the present of a timetable, or of any happening with its time right after it: a
            # schedule ("Tickets go on sale Wednesday", "The panel votes on Tuesday")
            return Tense.FUTURE
        if _COPULA_SCHEDULE.search(text, clause_start, m.end) is not None:
            return Tense.FUTURE
        return Tense.PRESENT
    if t == "INFINITIVE":
        return Tense.FUTURE if forward_infinitive(text, m.trigger_start) else None
    return None
