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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import attrs

from . import _event_vocab as W
from . import _vocab as V

_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
     "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "inc", "corp", "co", "ltd", "bros",
     "no", "vs", "etc", "u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e", "mt", "ft", "ave", "blvd",
     "calif", "conn", "fla", "ill", "mass", "mich", "minn", "n.y", "pa", "tenn", "tex", "va",
     "wash", "wis", "ariz", "ark", "colo", "del", "ga", "ind", "kan", "ky", "la", "md", "miss",
     "mo", "mont", "neb", "nev", "n.j", "n.m", "okla", "ore", "d.c", "s.c", "n.c"}
    | {m for m in V.MONTHS if len(m) <= 4}
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'`\u201c\u2018(]*[A-Z0-9])|\n\s*\n")
_TOKEN = re.compile(r"``|''|[A-Za-z][A-Za-z'\u2019-]*|\d+(?:[.,:/]\d+)*|\S")
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


# --------------------------------------------------------------------------- sentences


def sentences(text: str, body: int = 0) -> Iterator[tuple[int, int]]:
    """Sentence spans from offset ``body`` on, not split after abbreviations ("Jan. 19", "Dr.", "U.S.", "a.m.")."""
    start = body
    for m in _SENTENCE_END.finditer(text, body):
        if m.group().startswith("."):
            word = re.search(r"([\w.]+)$", text[max(0, m.start() - 12) : m.start()])
            token = word.group(1).lower() if word else ""
            if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue
        end = m.end()
        if text[start:end].strip():
            yield _strip(text, start, end)
        start = end
    if text[start:].strip():
        yield _strip(text, start, len(text))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --------------------------------------------------------------------------- tokens


@attrs.frozen
class Token:
    """A word, number or punctuation mark; ``low`` is its lowercase form with straight apostrophes
    (and "wo" of "won't" read as "will")."""

    start: int
    end: int
    text: str
    low: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``; contractions split ("he's" → "he" "'s", "don't" → "do" "n't")."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        word, a, b = m.group(), m.start(), m.end()
        low = word.lower().replace("\u2019", "'")
        cut = _contraction_cut(low)
        if cut is None:
            out.append(Token(a, b, word, low))
            continue
        head = low[:cut]
        if low in _NEGATED:
            head = _NEGATED[low]
        out.append(Token(a, a + cut, word[:cut], head))
        out.append(Token(a + cut, b, word[cut:], low[cut:]))
    return out


def _contraction_cut(low: str) -> int | None:
    if low.endswith("n't") and len(low) > 3:
        return len(low) - 3
    for suffix in W.CONTRACTED:
        if low.endswith(suffix) and low[: -len(suffix)] in _PRONOUN_HEADS:
            return len(low) - len(suffix)
    return None


# --------------------------------------------------------------------------- verb forms


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
    for base, past, part in W.IRREGULAR:
        if word in (past, part):
            return base
    return word


def _s_form_base(word: str) -> str | None:
    if not word.endswith("s") or word.endswith("ss") or len(word) < 3:
        return None
    for stem in (word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""):
        if stem and stem in W.VERB_BASES:
            return stem
    return None


@attrs.frozen
class _Sentence:
    tokens: list[Token]
    in_time: frozenset[int]  # indices of tokens inside a time expression
    first_word: int = attrs.field(init=False)

    @first_word.default
    def _first_word(self) -> int:
        return next((i for i, t in enumerate(self.tokens) if t.is_word), len(self.tokens))

    def low(self, i: int) -> str:
        return self.tokens[i].low if 0 <= i < len(self.tokens) else ""

    def is_first_word(self, i: int) -> bool:
        return i <= self.first_word

    def capitalized(self, i: int) -> bool:
        """A name: capitalized inside the sentence, or with a capital inside ("el-Sayed", "McDonald")."""
        text = self.tokens[i].text
        return (text[:1].isupper() and not self.is_first_word(i)) or any(c.isupper() for c in text[1:])

    def after_determiner(self, i: int) -> bool:
        """After an article, a possessive or a degree word: an adjective or a noun, not a verb.
        "that", "which" and "what" before a verb form are pronouns ("the bullet that killed")."""
        prev = self.low(i - 1)
        if prev in ("that", "which", "what"):
            return False
        return prev in W.DETERMINERS or prev.endswith("'s") or prev in ("very", "more", "most", "less", "so", "too")

    def noun_like(self, i: int) -> bool:
        t = self.tokens[i] if 0 <= i < len(self.tokens) else None
        if t is None or not t.is_word:
            return i in self.in_time
        return t.low not in W.NOT_TRIGGERS and not t.low.endswith("ly")


def _form(s: _Sentence, i: int) -> str | None:
    """The verb form of token ``i`` by its shape alone: ED, PAST, PART, ING, BASE, S or None."""
    t = s.tokens[i]
    w = t.low
    if not t.is_word or i in s.in_time or w in W.NOT_TRIGGERS or s.capitalized(i):
        return None
    irregular_past, irregular_part = w in W.IRREGULAR_PAST_FORMS, w in W.IRREGULAR_PARTICIPLES
    if irregular_past or irregular_part:
        if s.after_determiner(i):
            return None
        return "ED" if irregular_past and irregular_part else "PAST" if irregular_past else "PART"
    if w.endswith("ed") and len(w) > 3 and w not in W.NOT_VERB_ED:
        return None if s.after_determiner(i) else "ED"
    if w.endswith("ing") and len(w) > 4:
        return None if s.after_determiner(i) or w in W.NOT_VERB_ING else "ING"
    if w in W.VERB_BASES:
        return "BASE"
    if _s_form_base(w) is not None:
        return "S"
    return None


def _has_subject(s: _Sentence, i: int, form: str) -> bool:
    """A base or -s form reads as a present-tense verb: a subject before it."""
    j = i - 1
    while j >= 0 and (s.low(j) in W.GROUP_GLUE or s.low(j).endswith("ly")) and s.tokens[j].is_word:
        j -= 1
    prev, nxt = s.low(j), s.low(i + 1)
    w = s.tokens[i].low
    base = w if form == "BASE" else _s_form_base(w) or w
    if nxt in ("of", "'s") or s.after_determiner(i):
        return False
    singular = {"he", "she", "it", "who", "which", "that", "this", "one", "everyone", "someone",
                "nobody", "anyone", "everybody", "somebody", "what"}
    plural = {"i", "you", "we", "they", "who", "which", "that"}
    if prev in (singular if form == "S" else plural):
        return True
    if j < 0 or not s.noun_like(j) or j in s.in_time:
        return False
    if base in W.NOUNY_BASES and nxt not in ("to", "that"):
        return False
    if form == "BASE":
        return prev.endswith("s") and not prev.endswith("'s") and not prev.endswith("ss")
    return not prev.endswith("s") or prev.endswith("ss") or s.tokens[j].text[:1].isupper()


# --------------------------------------------------------------------------- verb groups


@attrs.frozen
class Group:
    """A verb group: auxiliaries, adverbs and the main verb (or a copula's predicate)."""

    first: int
    head: int
    last: int
    tense: str  # PAST, PRESENT, FUTURE, MODAL, INFINITIVE, PRESPART, PASTPART, NONE
    aspect: str = "NONE"  # NONE, PERFECTIVE, PROGRESSIVE, PERFECTIVE_PROGRESSIVE
    modal: str = ""

    @property
    def finite(self) -> bool:
        return self.tense in ("PAST", "PRESENT", "FUTURE", "MODAL")


def _aux_tense(first: str) -> str:
    if first == "to":
        return "INFINITIVE"
    if first in W.FUTURE_MODALS:
        return "FUTURE"
    if first in W.OTHER_MODALS:
        return "MODAL"
    if first in W.BE_PAST | W.HAVE_PAST | W.DO_PAST:
        return "PAST"
    if first in W.BE_PRESENT | W.HAVE_PRESENT | W.DO_PRESENT:
        return "PRESENT"
    return "NONE"


def _skip_glue(s: _Sentence, j: int) -> int:
    n = len(s.tokens)
    while j < n and s.tokens[j].is_word and j not in s.in_time and (
        s.low(j) in W.GROUP_GLUE or (s.low(j).endswith("ly") and len(s.low(j)) > 4)
    ):
        j += 1
    return j


def _infinitive_verb(s: _Sentence, j: int) -> bool:
    """Token ``j`` (after "to") is a verb: a listed base, a verbal suffix, or an object after it."""
    t = s.tokens[j] if j < len(s.tokens) else None
    if t is None or not t.is_word or j in s.in_time or s.capitalized(j) or t.low in W.NOT_TRIGGERS - W.BE - W.HAVE:
        return False
    w = t.low
    if w in W.VERB_BASES or w in ("be", "have") or w.endswith(("ize", "ise", "ify", "ate")):
        return True
    nxt = s.low(j + 1)
    return nxt in W.DETERMINERS or nxt in ("him", "them", "it", "us", "me", "her", "up", "out", "down", "off", "that")


def _aux_group(s: _Sentence, i: int) -> Group | None:
    """The group starting at auxiliary (or infinitival "to") ``i``."""
    auxes: list[int] = []
    j = i
    n = len(s.tokens)
    while j < n:
        w = s.low(j)
        if (j == i and w == "to") or (w in W.AUXILIARIES and j not in s.in_time):
            auxes.append(j)
            j = _skip_glue(s, j + 1)
            continue
        break
    if not auxes:
        return None
    last_aux = s.low(auxes[-1])
    first = s.low(auxes[0])
    tense = _aux_tense(first)
    modal = first if first in W.MODALS else ""
    if first == "'d":  # "he'd gone" (had) or "he'd be charged" (would)
        nxt = auxes[1] if len(auxes) > 1 else j
        past = s.low(nxt) == "been" or (nxt < n and _form(s, nxt) in ("ED", "PART"))
        tense, modal = ("PAST", "") if past else ("MODAL", "would")
    head = None
    if j < n:
        form = _form(s, j)
        if last_aux in W.MODALS or last_aux in W.DO or last_aux == "to":
            if last_aux == "to":
                ok = _infinitive_verb(s, j)
            else:
                ok = s.tokens[j].is_word and s.low(j) not in W.NOT_TRIGGERS and j not in s.in_time
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
            return Group(auxes[0], head, head, tense, modal=modal)
    aspect = _aspect(s, auxes, head)
    return Group(auxes[0], head, max(head, auxes[-1]), tense, aspect, modal)


def _aspect(s: _Sentence, auxes: list[int], head: int) -> str:
    words = [s.low(a) for a in auxes]
    has_have = any(w in W.HAVE for w in words)
    perfect = (has_have and _form(s, head) in ("ED", "PART")) or (has_have and "been" in words)
    progressive = any(w in W.BE for w in words) and s.low(head).endswith("ing")
    if perfect and progressive:
        return "PERFECTIVE_PROGRESSIVE"
    return "PERFECTIVE" if perfect else "PROGRESSIVE" if progressive else "NONE"


def _predicate(s: _Sentence, be: int) -> int:
    """What a copula states: "is [flush] with cash", "was [insistent]"; the copula itself if nothing fits."""
    j = be + 1
    for _ in range(3):
        if j >= len(s.tokens) or s.low(j) not in W.COPULA_SKIP:
            break
        j += 1
    if j < len(s.tokens) and s.tokens[j].is_word and j not in s.in_time and not s.capitalized(j) and (
        s.low(j) not in W.NOT_TRIGGERS
    ):
        return j
    return be


def _chain(s: _Sentence, g: Group) -> Group:
    """ "are set | to be charged" → one group headed by "charged"; the tense stays the finite one,
    except that "set to", "going to", "is to" ... look forward."""
    word = s.low(g.head)
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


def _bare_group(s: _Sentence, i: int, form: str, previous: Group | None) -> Group | None:
    if form in ("BASE", "S"):
        return Group(i, i, i, "PRESENT") if _has_subject(s, i, form) else None
    if form == "ING":
        return Group(i, i, i, "PRESPART")
    if form == "PART":
        return Group(i, i, i, "PASTPART")
    adjacent = previous is not None and previous.last == i - 1
    reduced = form == "ED" and s.low(i + 1) == "by" and s.low(i - 1) not in W.PRONOUN_SUBJECTS
    if adjacent or reduced:  # "became acquainted", "an appeal filed by"
        return Group(i, i, i, "PASTPART")
    return Group(i, i, i, "PAST")


def groups(s: _Sentence) -> list[Group]:
    """The verb groups of a sentence, in order."""
    out: list[Group] = []
    i, n = 0, len(s.tokens)
    while i < n:
        w = s.low(i)
        found: Group | None = None
        if i not in s.in_time and (w in W.AUXILIARIES or w == "to"):
            found = _aux_group(s, i)
        else:
            form = _form(s, i)
            if form is not None:
                found = _bare_group(s, i, form, out[-1] if out else None)
        if found is None:
            i += 1
            continue
        found = _chain(s, found)
        out.append(found)
        i = found.last + 1
    return out


# --------------------------------------------------------------------------- mentions and clauses


@attrs.frozen
class Mention:
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

    @property
    def trigger_end(self) -> int:
        return self.trigger_start + len(self.trigger)


@attrs.frozen
class Clause:
    """A clause: one finite verb group (its head) and what depends on it.

    ``signal`` is the subordinator that opens it ("after", "since", ...) or "";
    ``main`` the clause it depends on (-1 for none); ``parent`` the clause it is
    nested in ("Security Pacific, [which is ...,] completed"), or -1;
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


@attrs.frozen
class Analysis:
    """The sentences, clauses and events (clause heads and dated event nouns) of a text.

    ``candidates`` are the other event words of each clause (infinitives,
    participles, event nouns): not events by themselves, but the event an
    expression dates when the clause's head does not take it ("reported a net
    loss ... for the third quarter [ended] Sept. 30").  Their span is the trigger.
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
    ("| after he starred"), or ``none``: no subject of its own, so ``g``
    continues a clause ("took ... and declared", "charged ..., added ...").
    """
    k, cut, collected, kind = g.first - 1, g.first, False, "none"
    while k >= lo and s.tokens[k].is_word and k not in s.in_time and (s.low(k) in W.GROUP_GLUE or s.low(k).endswith("ly")):
        k -= 1  # adverbs before the verb: "she previously said"
    cut = k + 1
    if k >= lo and _after_quote(s, k):
        return g.first, "subject"  # '..., he said.' inverted: '"...," said Mr. Slater'
    while k >= lo:
        t, w = s.tokens[k], s.low(k)
        if k in s.in_time and collected and _adjectival_time(s, k):
            while k - 1 >= lo and (k - 1) in s.in_time:
                k -= 1
            cut = k  # "said [third-quarter] net income dropped", "[Friday's] focus ... telegraphed"
            k -= 1
            continue
        if k in s.in_time or k in taken or not t.is_word:
            break
        if w in W.RELATIVES:
            cut, kind = k, "subject" if k == lo and w == "that" else "relative"
            break
        if w in W.SUBORDINATORS:
            cut, kind = k, "subordinate"
            break
        if w in W.CONJUNCTIONS:
            cut = k
            break
        if w in W.PRONOUN_SUBJECTS or w in W.DETERMINERS:
            cut, collected = k, True
            break
        if (w in W.PREPOSITIONS and w != "of") or not s.noun_like(k):
            break
        cut, collected = k, True
        k -= 1
    if collected and kind == "none":
        kind = "subject"
        cut = _fronted_time(s, lo, cut)
        j = cut - 1
        if j >= lo and j not in s.in_time and s.low(j) in _BOUNDARY_WORDS:
            cut = j
            kind = "relative" if s.low(j) in W.RELATIVES else "subordinate" if s.low(j) in W.SUBORDINATORS else kind
    return max(cut, lo), kind


_CLOSING_QUOTES = frozenset({"''", '"', "\u201d", "'"})


def _after_quote(s: _Sentence, k: int) -> bool:
    """Token ``k`` closes a quotation, or is the comma right after one: '"...," said'."""
    if s.tokens[k].text in _CLOSING_QUOTES:
        return True
    return k >= 1 and s.tokens[k].text == "," and s.tokens[k - 1].text in _CLOSING_QUOTES


def _adjectival_time(s: _Sentence, k: int) -> bool:
    """The time expression ending at token ``k`` modifies the noun after it: "third-quarter",
    "Friday's", "1989"."""
    text = s.tokens[k].text
    return text.endswith(("'s", "\u2019s")) or "-" in text or (text.isdigit() and len(text) == 4)


def _fronted_time(s: _Sentence, lo: int, cut: int) -> int:
    """A time right before the subject opens the clause when a comma or a conjunction precedes it
    ("..., last year they contributed")."""
    j = cut - 1
    if j < lo or j not in s.in_time:
        return cut
    while j - 1 >= lo and (j - 1) in s.in_time:
        j -= 1
    if j - 1 >= lo and s.low(j - 1) in W.PREPOSITIONS and (j - 1) not in s.in_time:
        j -= 1  # "..., but in March a judge ruled"
    before = j - 1
    if before >= lo and (s.tokens[before].text in _CLAUSE_PUNCT or s.low(before) in _BOUNDARY_WORDS):
        return j
    return cut


@attrs.define
class _Open:
    """A clause being built: token range, head group, opening subordinator, enclosing clause."""

    start: int
    head: Group | None = None
    signal: str = ""
    parent: int = -1
    end: int = -1


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
        elif kind == "none":
            headless = [i for i in stack if built[i].head is None]
            if headless:
                while stack[-1] != headless[-1]:
                    built[stack.pop()].end = cut
                built[headless[-1]].head = g
        else:
            built[stack.pop()].end = cut
            if stack and built[stack[-1]].head is None:
                built[stack[-1]].head = g
            else:
                built.append(_Open(cut, g, signal, parent=stack[-1] if stack else -1))
                stack.append(len(built) - 1)
        lo = g.last + 1
    for i in stack:
        built[i].end = len(s.tokens)
    return built


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = _strip(text, a, b)
    while b > a + 1 and text[b - 1] in ",;:":
        b -= 1
    return _strip(text, a, b)


def _time_tokens(tokens: Sequence[Token], times: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Indices of the tokens that overlap a time expression (``times`` sorted by start)."""
    if not tokens:
        return frozenset()
    k = max(0, bisect.bisect_left(times, (tokens[0].start, -1)) - 1)
    inside: set[int] = set()
    for i, t in enumerate(tokens):
        while k < len(times) and times[k][1] <= t.start:
            k += 1
        j = k
        while j < len(times) and times[j][0] < t.end:
            if t.start < times[j][1]:
                inside.add(i)
                break
            j += 1
    return frozenset(inside)


def _dated_nouns(s: _Sentence, taken: set[int]) -> list[int]:
    """Event nouns right after a time expression: "the 2021 [death]", "Tuesday's [declaration]"."""
    out = []
    for i, t in enumerate(s.tokens):
        if i in taken or i in s.in_time or not t.is_word or s.capitalized(i) or t.low not in _NOUNS_AFTER_TIME:
            continue
        j = i - 1 if s.low(i - 1) not in ("'s",) else i - 2
        if j >= 0 and j in s.in_time:
            out.append(i)
    return out


def _event_nouns(s: _Sentence, taken: set[int]) -> list[int]:
    return [
        i for i, t in enumerate(s.tokens)
        if i not in taken and i not in s.in_time and t.is_word and not s.capitalized(i)
        and t.low in _NOUN_EVENTS
    ]


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
    m = re.match(r"[ ]+of[ ]+(?:[a-z]+[ ]+){0,2}[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,3}", text[noun_end:limit])
    return noun_end if m is None else noun_end + m.end()


def _pieces(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Token ranges between semicolons: no clause crosses one."""
    a = 0
    for i, t in enumerate(tokens):
        if t.text == ";":
            if i > a:
                yield a, i + 1
            a = i + 1
    if a < len(tokens):
        yield a, len(tokens)


def _governor(s: _Sentence, g: Group) -> str:
    """The word an infinitive depends on: "expects [to]", "allows us [to]", "is necessary [to]"."""
    if s.low(g.first) != "to":
        return ""
    for k in range(g.first - 1, max(-1, g.first - 4), -1):
        w = s.low(k)
        if base_of(w) in W.FORWARD_GOVERNORS:
            return w
        if not s.tokens[k].is_word or w in W.CONJUNCTIONS:
            break
    return s.low(g.first - 1)


def _is_forward(s: _Sentence, g: Group) -> bool:
    return g.tense == "INFINITIVE" and base_of(_governor(s, g)) in W.FORWARD_GOVERNORS


def analyse(text: str, times: Sequence[tuple[int, int]] = (), body: int = 0) -> Analysis:
    """The sentences, clauses and events of ``text`` from offset ``body`` on.

    ``times`` are the spans of the time expressions: never triggers, never cut.
    """
    spans = tuple(sentences(text, body))
    times = sorted(times)
    clauses: list[Clause] = []
    mentions: list[Mention] = []
    candidates: list[Mention] = []
    for n_sentence, (s0, s1) in enumerate(spans):
        tokens = tokenize(text, s0, s1)
        for p0, p1 in _pieces(tokens):
            piece = tokens[p0:p1]
            s = _Sentence(piece, _time_tokens(piece, times))
            _analyse_piece(text, s, n_sentence, clauses, mentions, candidates)
    return Analysis(spans, tuple(clauses), tuple(mentions), tuple(candidates))


def _fragment_head(s: _Sentence, found: Sequence[Group]) -> Group | None:
    """The head of a piece without a finite verb: its first verb group, else its first event noun."""
    if found:
        return found[0]
    for i, t in enumerate(s.tokens):
        if t.is_word and i not in s.in_time and not s.capitalized(i) and t.low in _NOUN_EVENTS:
            return Group(i, i, i, "NONE")
    return None


def _analyse_piece(
    text: str, s: _Sentence, n_sentence: int, clauses: list[Clause], mentions: list[Mention],
    candidates: list[Mention],
) -> None:
    found = groups(s)
    taken = {i for g in found for i in range(g.first, g.last + 1)}
    forward = {g.first for g in found if _is_forward(s, g)}
    heads = [g for g in found if g.finite or g.first in forward]
    if not any(g.finite for g in heads):
        fragment = _fragment_head(s, found)
        heads = [] if fragment is None else [fragment]
        forward = set()
    if not heads:
        return
    ranges = [r for r in _clause_ranges(s, taken, heads, forward) if r.head is not None and r.end > r.start]
    base = len(clauses)
    index = {id(r): base + k for k, r in enumerate(ranges)}
    spans: list[tuple[int, int]] = []
    for r in ranges:
        assert r.head is not None
        c0, c1 = _trim(text, s.tokens[r.start].start, s.tokens[r.end - 1].end)
        spans.append((c0, c1))
        g = r.head
        t = s.tokens[g.head]
        kind = "VERB" if found else "NOUN"
        mentions.append(Mention(
            min(c0, t.start), max(c1, t.end), t.text, t.start, kind, g.tense, g.aspect, g.modal,
            _governor(s, g), len(clauses), True,
        ))
        parent = index.get(id(_parent_of(ranges, r)), -1)
        coordinated = s.low(r.start) in W.CONJUNCTIONS and r.start > 0
        clauses.append(Clause(c0, c1, len(mentions) - 1, n_sentence, r.signal, parent=parent, coordinated=coordinated))
    for i in _dated_nouns(s, taken):
        t = s.tokens[i]
        owner = _innermost(spans, t.start)
        limit = spans[owner][1] if owner is not None else s.tokens[-1].end
        m0 = s.tokens[_noun_start(s, i)].start
        if owner is not None:
            m0 = max(m0, spans[owner][0])
        m1 = noun_phrase_end(text, t.end, limit)
        mentions.append(Mention(m0, m1, t.text, t.start, "NOUN", "NONE", clause=base + (owner or 0)))
    heads_at = {g.head for g in heads}
    dated = set(_dated_nouns(s, taken))
    words: list[tuple[int, str, str, str]] = [
        (g.head, "VERB", g.tense, g.aspect) for g in found if g.head not in heads_at
    ] + [(i, "NOUN", "NONE", "NONE") for i in _event_nouns(s, taken) if i not in dated]
    for i, kind, tense, aspect in words:
        t = s.tokens[i]
        owner = _innermost(spans, t.start)
        if owner is not None:
            candidates.append(Mention(t.start, t.end, t.text, t.start, kind, tense, aspect, clause=base + owner))
    _link_subordinates(clauses, base)


def _parent_of(ranges: Sequence[_Open], r: _Open) -> _Open | None:
    inside = [o for o in ranges if o is not r and o.start <= r.start and r.end <= o.end]
    return min(inside, key=lambda o: o.end - o.start) if inside else None


def _innermost(spans: Sequence[tuple[int, int]], pos: int) -> int | None:
    inside = [k for k, (a, b) in enumerate(spans) if a <= pos < b]
    return min(inside, key=lambda k: spans[k][1] - spans[k][0]) if inside else None


def _link_subordinates(clauses: list[Clause], base: int) -> None:
    """Each clause opened by a subordinator depends on the clause it is nested in, else on the
    nearest plain clause before it, or after it when it comes first ("After he left, she cried")."""
    for k in range(base, len(clauses)):
        c = clauses[k]
        if not c.signal:
            continue
        if c.parent >= 0:
            clauses[k] = attrs.evolve(c, main=c.parent)
            continue
        before = [j for j in range(k - 1, base - 1, -1) if not clauses[j].signal and clauses[j].parent < 0]
        after = [j for j in range(k + 1, len(clauses)) if not clauses[j].signal and clauses[j].parent < 0]
        main = before[0] if before else after[0] if after else -1
        clauses[k] = attrs.evolve(c, main=main)
