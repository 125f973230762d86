"""The TimeML event class of an event mention: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE,
ASPECTUAL or PERCEPTION (TimeML 1.2.1 guidelines, section on the EVENT ``class`` attribute).

The classes come from word tables written from English and from the guidelines' own lists (never
from a corpus's counts): verbs by base form, nouns by singular, and the adjectives a copula takes.
A few context rules read the words around the trigger:

* a copula's predicate ("is [flush] with cash") is a STATE, or an I_STATE for the adjectives of
  attitude ("be sure", "be afraid", "be ready", "be able") and for a predicate with an event for
  its complement ("is subject [to] approval"); an event noun keeps its own class ("was an
  [attempt] to ..."); a copula left as the trigger is a STATE;
* nouns have a table of their own (``Mention.kind``), and an intensional noun (I_ACTION, I_STATE)
  is one only with the event it introduces in sight ("an offer [to] buy", "the hope [that]"),
  else it names the act itself ("the $18-a-share offer"): an OCCURRENCE;
* a handful of verbs change class with the word after them: "declined [to]" is an I_ACTION but
  "prices declined" an OCCURRENCE, "called [for]" an I_ACTION, "kept [rising]" ASPECTUAL, "added
  [2%]" an OCCURRENCE but "added that" REPORTING.

Everything else is an OCCURRENCE.  The work per mention is a dictionary lookup or two, and a look
at the neighbouring words only for the copula test and the few verbs of ``_CONTEXT``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from . import _event_vocab as W
from . import _vocab as V
from ._grammar import Mention, base_of

__all__ = ["EVENT_CLASSES", "event_class"]

OCCURRENCE = "OCCURRENCE"
REPORTING = "REPORTING"
STATE = "STATE"
I_ACTION = "I_ACTION"
I_STATE = "I_STATE"
ASPECTUAL = "ASPECTUAL"
PERCEPTION = "PERCEPTION"
EVENT_CLASSES = (OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION)

# --------------------------------------------------------------------------- verbs (base forms)

# Telling of an event or declaring something: "say, report, tell, explain, state" and their kin
# ("posted a loss": made it known).
REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "explain", "state", "announce", "cite", "add", "note", "comment",
     "remark", "describe", "write", "quote", "reply", "answer", "testify", "acknowledge", "admit",
     "confirm", "disclose", "reveal", "mention", "recount", "reiterate", "complain", "concede",
     "inform", "notify", "stress", "emphasize", "emphasise", "indicate", "boast", "post"}
)
# Physical perception of an event: "see, watch, glimpse, behold, view, hear, listen, overhear".
PERCEPTION_VERBS = frozenset(
    {"see", "watch", "glimpse", "behold", "view", "hear", "listen", "overhear", "observe",
     "witness", "notice", "spot", "perceive"}
)
# The beginning, end or continuation of another event (initiation, reinitiation, termination,
# culmination, continuation).
ASPECTUAL_VERBS = frozenset(
    {"begin", "start", "commence", "initiate", "restart", "reinitiate", "reignite", "resume",
     "stop", "end", "halt", "terminate", "cease", "discontinue", "interrupt", "quit", "abandon",
     "suspend", "finish", "complete", "continue", "proceed", "repeat"}
)
# Actions that introduce another event, which they do not assert: attempts, investigations,
# delays and preventions ("hinder", and so "help" and "enable"), requests and orders, promises and
# decisions, namings, and claims ("claim, allege, suggest", and so what puts a proposition forward
# without reporting it as fact: "insist", "argue", "deny", "warn", "predict").
I_ACTION_VERBS = frozenset(
    {"attempt", "try", "scramble", "strive", "endeavor", "endeavour", "seek", "pursue",
     "investigate", "probe", "examine", "delay", "postpone", "defer", "hinder", "avoid", "prevent",
     "block", "resist", "cancel", "help", "enable", "ask", "order", "persuade", "request", "beg",
     "command", "urge", "authorize", "authorise", "allow", "permit", "forbid", "prohibit", "force",
     "compel", "pressure",
     "encourage", "invite", "instruct", "advise", "recommend", "promise", "offer", "assure",
     "propose", "agree", "decide", "choose", "swear", "vow", "pledge", "threaten", "name",
     "nominate", "appoint", "elect", "declare", "proclaim", "claim", "allege", "suggest",
     "insist", "argue", "contend", "assert", "deny", "warn", "caution", "predict", "forecast",
     "accuse", "refuse", "reject", "accept", "approve"}
)
# States that introduce another event: belief, desire (and its opposite, "oppose"), expectation
# and plan ("scheduled to"), fear, need.
I_STATE_VERBS = frozenset(
    {"believe", "think", "suspect", "imagine", "doubt", "feel", "consider", "know", "understand",
     "realize", "realise", "assume", "presume", "wonder", "want", "love", "like", "desire", "crave",
     "prefer", "wish", "hope", "expect", "anticipate", "foresee", "envision", "envisage", "await",
     "aspire", "plan", "schedule", "intend", "aim", "oppose", "fear", "hate", "dread", "worry",
     "regret", "need", "require", "demand"}
)
# Stative verbs, those that refuse the progressive ("*is owning"): possession, existence,
# measure, dependence.  "stay" and "live" take it ("is staying") and are occurrences.
STATE_VERBS = frozenset(
    {"be", "have", "own", "possess", "belong", "contain", "consist", "comprise", "exist", "remain",
     "reside", "lack", "cost", "depend", "equal", "resemble", "owe", "deserve"}
)

# --------------------------------------------------------------------------- predicates of a copula

# "be sure", "be afraid", "be ready", "be able" and the other adjectives of belief, desire, feeling
# ("pleased", "surprised") or readiness: a copula with one of them is an I_STATE.  So is any
# predicate with an event for its complement ("is subject [to] approval", "was sufficient [to]
# cover").  Any other predicate is a STATE.
I_STATE_ADJECTIVES = frozenset(
    {"able", "unable", "likely", "unlikely", "sure", "unsure", "certain", "conceivable", "afraid",
     "fearful", "eager", "keen", "willing", "unwilling", "reluctant", "ready", "prepared",
     "confident", "hopeful", "optimistic", "pessimistic", "anxious", "determined", "intent",
     "convinced", "skeptical", "sceptical", "doubtful", "concerned", "worried", "aware", "unaware",
     "pleased", "glad", "happy", "unhappy", "sorry", "surprised", "shocked", "disappointed",
     "delighted", "satisfied", "upset", "angry"}
)
# Event nouns keep their own class after a copula ("was an [attempt]", "is a [response]").
_EVENT_NOUNS = W.EVENT_NOUNS | W.EVENT_ING_NOUNS | V.EVENT_NOUNS

# --------------------------------------------------------------------------- nouns (singular)

# The nominalizations of the verbs above (the noun "plan" with the verb, as the guidelines class
# it).  An intensional noun (I_ACTION, I_STATE) is one only with the event it introduces in sight
# ("an offer [to] buy", "the hope [that]"); by itself it names the act ("the $18-a-share offer",
# "the decision was announced"): an OCCURRENCE.
REPORTING_NOUNS = frozenset(
    {"announcement", "statement", "report", "comment", "remark", "testimony", "explanation",
     "description", "disclosure", "quote", "citation", "confirmation", "admission",
     "acknowledgment", "acknowledgement"}
)
PERCEPTION_NOUNS = frozenset({"sighting", "observation"})
ASPECTUAL_NOUNS = frozenset(
    {"beginning", "start", "outset", "end", "ending", "completion", "resumption", "continuation",
     "termination", "cessation", "halt", "suspension", "interruption", "finish"}
)
I_ACTION_NOUNS = frozenset(
    {"agreement", "offer", "attempt", "effort", "bid", "proposal", "request", "promise", "pledge",
     "vow", "threat", "decision", "investigation", "inquiry", "probe", "approval", "authorization",
     "permission", "refusal", "rejection", "postponement", "delay", "cancellation", "prevention",
     "invitation", "nomination", "appointment", "allegation", "accusation", "claim", "suggestion",
     "recommendation", "commitment", "declaration", "proclamation", "order", "call", "appeal",
     "warning", "prediction", "forecast", "denial"}
)
I_STATE_NOUNS = frozenset(
    {"plan", "hope", "expectation", "fear", "belief", "desire", "need", "concern", "worry",
     "intention", "wish", "doubt", "suspicion", "willingness", "ability", "readiness", "preference",
     "anticipation", "love", "hatred", "dread", "aspiration", "requirement"}
)
_INTENSIONAL = frozenset({I_ACTION, I_STATE})
# The words that open the event an intensional noun or a predicate introduces.
_COMPLEMENT = frozenset({"to", "that"})

# --------------------------------------------------------------------------- context

# Verbs whose class depends on the word after them: (class with one of ``words`` next, class
# otherwise).  A word "DIGIT" stands for a number or an amount ("added 2%", "added $5 million"),
# "ING" for an -ing form.
_CONTEXT: Mapping[str, tuple[frozenset[str], str, str]] = {
    # "declined to comment", "failed to pay" (I_ACTION), but "prices declined", "the bank failed".
    "decline": (frozenset({"to"}), I_ACTION, OCCURRENCE),
    "fail": (frozenset({"to"}), I_ACTION, OCCURRENCE),
    # "called for talks", "called on Iraq to withdraw".
    "call": (frozenset({"for", "on", "upon"}), I_ACTION, OCCURRENCE),
    # "added 2 1/2 to 45" reports no speech.
    "add": (frozenset({"DIGIT"}), OCCURRENCE, REPORTING),
    # "looked at the proposal", "look into the crash": an investigation; "managed to escape".
    "look": (frozenset({"at", "into"}), I_ACTION, OCCURRENCE),
    "manage": (frozenset({"to"}), I_ACTION, OCCURRENCE),
    # "kept rising": continuation; "kept its rating": an OCCURRENCE.
    "keep": (frozenset({"ING"}), ASPECTUAL, OCCURRENCE),
}


def _forms(base: str) -> Iterable[str]:
    """The inflected forms a regular verb ``base`` may take (a superset: "stoped" costs nothing)."""
    yield from (base, base + "s", base + "es", base + "ed", base + "ing")
    if base.endswith("e"):
        yield from (base + "d", base[:-1] + "ing")
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        yield from (base[:-1] + "ies", base[:-1] + "ied")
    if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou":
        yield from (base + base[-1] + "ed", base + base[-1] + "ing")  # "stopped", "planning"


_IRREGULAR = {base: (past, participle) for base, past, participle in W.IRREGULAR}


def _verb_table(*tables: tuple[frozenset[str], str]) -> dict[str, str]:
    """Every form of every listed verb → its class (the first table listing a form wins)."""
    out: dict[str, str] = {}
    for bases, cls in tables:
        for base in bases:
            for form in (*_forms(base), *_IRREGULAR.get(base, ())):
                out.setdefault(form, cls)
    return out


def _noun_table(*tables: tuple[frozenset[str], str]) -> dict[str, str]:
    """Every listed noun and its plural → its class."""
    out: dict[str, str] = {}
    for nouns, cls in tables:
        for noun in nouns:
            plurals = (noun[:-1] + "ies",) if noun.endswith("y") and noun[-2:-1] not in "aeou" else ()
            for form in (noun, noun + "s", noun + "es", *plurals):
                out.setdefault(form, cls)
    return out


_VERBS = _verb_table(
    (STATE_VERBS, STATE), (REPORTING_VERBS, REPORTING), (PERCEPTION_VERBS, PERCEPTION),
    (ASPECTUAL_VERBS, ASPECTUAL), (I_STATE_VERBS, I_STATE), (I_ACTION_VERBS, I_ACTION),
) | dict.fromkeys(W.BE | W.HAVE, STATE)
_NOUNS = _noun_table(
    (REPORTING_NOUNS, REPORTING), (PERCEPTION_NOUNS, PERCEPTION), (ASPECTUAL_NOUNS, ASPECTUAL),
    (I_ACTION_NOUNS, I_ACTION), (I_STATE_NOUNS, I_STATE),
)
_CONTEXT_FORMS = {form: base for base in _CONTEXT for form in (*_forms(base), *_IRREGULAR.get(base, ()))}

# Words between a copula and its predicate ("is [also] [not] [a] ..."), as the grammar skips them.
_COPULA_SKIP = W.COPULA_SKIP
# "it's", "they're", "I'm": a pronoun and a copula in one whitespace-separated word.
_CONTRACTED_BE = ("'s", "'re", "'m")
# How far back the copula test looks, in characters (three skipped words and the copula).
_LOOK_BACK = 60
_QUOTES = "\"'`\u201c\u201d\u2018\u2019()"


def event_class(text: str, m: Mention) -> str:
    """The TimeML class of mention ``m`` of ``text``: one of :data:`EVENT_CLASSES`."""
    word = m.trigger.lower().replace("\u2019", "'")
    if m.kind == "NOUN":
        return _noun_class(text, m, word)
    if not _participle(word) and _after_copula(text, m.trigger_start):
        if word in _EVENT_NOUNS:
            return _noun_class(text, m, word)
        if word in I_STATE_ADJECTIVES or _next_word(text, m) in _COMPLEMENT:
            return I_STATE
        return STATE
    if word in I_STATE_ADJECTIVES:
        return I_STATE  # "worried", "concerned": adjectives of attitude with their copula out of sight
    base = _CONTEXT_FORMS.get(word)
    if base is not None:
        words, matched, otherwise = _CONTEXT[base]
        return matched if _next_word(text, m) in words else otherwise
    found = _VERBS.get(word)
    if found is None:
        found = _VERBS.get(base_of(word))
    return found if found is not None else OCCURRENCE


def _noun_class(text: str, m: Mention, word: str) -> str:
    found = _NOUNS.get(word, OCCURRENCE)
    if found in _INTENSIONAL and _next_word(text, m) not in _COMPLEMENT:
        return OCCURRENCE
    return found


def _participle(word: str) -> bool:
    """A passive or progressive verb after "be" ("was [killed]", "is [rising]", "was [born]"), not
    a predicate.  (Adjectival participles, "is [related]", are told apart from passives only by
    the adjectives of I_STATE_ADJECTIVES: "is [worried]".)"""
    return word.endswith(("ed", "ing")) or word in W.IRREGULAR_PARTICIPLES or word == "born"


def _after_copula(text: str, start: int) -> bool:
    """A form of "be" ends right before ``start``, past at most three words of COPULA_SKIP."""
    words = text[max(0, start - _LOOK_BACK) : start].split()
    if start > _LOOK_BACK:
        words = words[1:]  # perhaps the end of a word cut in two
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        w = words[k].strip(_QUOTES).lower().replace("\u2019", "'")
        if w in W.BE or (w.endswith(_CONTRACTED_BE) and w.rpartition("'")[0] in W.PRONOUN_SUBJECTS):
            return True
        if w not in _COPULA_SKIP:
            return False
    return False


def _next_word(text: str, m: Mention) -> str:
    """The word after the trigger, lowercased; "DIGIT" for a number or an amount, "ING" for an
    -ing form."""
    end = m.trigger_start + len(m.trigger)
    after = text[end : end + 24].split(None, 1)
    if not after:
        return ""
    w = after[0].strip(_QUOTES).lower()
    if w[:1].isdigit() or w[:1] == "$":
        return "DIGIT"
    return "ING" if w.endswith("ing") and len(w) > 4 else w
