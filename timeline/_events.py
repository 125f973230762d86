"""Events: split sentences and clauses, find each clause's trigger, anchor it to a time.

An event is a clause with a trigger (its finite verb, or an event noun that a
time expression modifies, as in "the 2021 death of ...").  A clause takes the
calendar expression inside it as its time; with none, it is placed before,
after or overlapping the dateline by its tense.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from . import _vocab as V
from ._tense import Tense, tense_at

_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
     "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "inc", "corp", "co", "ltd", "bros",
     "no", "vs", "etc", "u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e", "mt", "ft", "ave", "blvd",
     "calif", "conn", "fla", "ill", "mass", "mich", "minn", "n.y", "pa", "tenn", "tex", "va",
     "wash", "wis", "ariz", "ark", "colo", "del", "ga", "ind", "kan", "ky", "la", "md", "miss",
     "mo", "mont", "neb", "nev", "n.j", "n.m", "okla", "ore", "d.c", "s.c", "n.c"}
    | {m for m in V.MONTHS if len(m) <= 4}
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]*[A-Z0-9])|\n\s*\n")
_CLAUSE_BREAK = re.compile(
    r";\s+|:\s+(?=[\"\u201c])|,\s+(?=(?:and|but|while|although|though|because|whereas|so)\s)"
    r"|\s+(?=(?:after|before|when|because|while|although|though|since|until|unless|whereas)\s+"
    r"(?:he|she|it|they|we|i|you|the|a|an|his|her|their|its|[A-Z]\w+\s+\w+ed\b))",
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_FUTURE_TRIGGERS = ("will", "'ll", "would", "shall", "could", "should", "can", "might", "must")
_CHAIN = ("set to", "going to", "expected to", "scheduled to", "due to", "about to", "likely to",
          "plans to", "plan to", "continuing to", "continues to", "continue to", "able to", "trying to",
          "tried to", "wants to", "want to", "hopes to", "used to", "has to", "have to", "had to")
_GLUE = frozenset({"be", "been", "being", "to", "not", "also", "formally", "officially", "still", "now",
                   "then", "soon", "again", "finally", "already", "just", "never", "ever", "n't",
                   "probably", "likely", "really", "only", "even", "have", "has", "had"})
_NOT_VERBS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this",
                        "that", "these", "those", "some", "any", "no", "and", "or", "but", "of", "in",
                        "on", "at", "to", "for", "with", "by", "from", "as", "he", "she", "it", "they",
                        "we", "i", "you", "who", "which", "what", "there", "here", "so", "if"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that"})
COMMON_PRESENT = frozenset(
    {"is", "are", "am", "has", "have", "come", "comes", "go", "goes", "make", "makes", "take", "takes",
     "get", "gets", "see", "sees", "know", "knows", "think", "thinks", "want", "wants", "need", "needs",
     "feel", "feels", "remain", "remains", "seem", "seems", "face", "faces", "expect", "expects",
     "plan", "plans", "hope", "hopes", "believe", "believes", "continue", "continues", "stand", "stands"}
)


@attrs.frozen
class Clause:
    start: int
    end: int
    trigger: str
    trigger_start: int
    tense: Tense


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


def _trigger(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The clause's trigger word and its offset, or None for a verbless fragment."""
    tokens = [(m.start() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    words = [w.lower().replace("\u2019", "'") for _, w in tokens]
    n = len(words)

    def after_chain(i: int) -> int | None:
        j = i
        while j < n and (words[j] in _GLUE or words[j].endswith("ly")):
            j += 1
        return j if j < n and words[j] not in _NOT_VERBS else None

    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        if w in _FUTURE_TRIGGERS or w.endswith("'ll"):
            j = after_chain(i + 1)
            if j is not None:
                return tokens[j][1], tokens[j][0]
        for chain in _CHAIN:
            parts = chain.split()
            if words[i : i + len(parts)] == parts:
                j = after_chain(i + len(parts))
                if j is not None:
                    return tokens[j][1], tokens[j][0]
        if prev in _DETERMINERS:
            continue
        if w in V.IRREGULAR_PAST or w in V.REPORTING_VERBS:
            if w in ("was", "were", "had", "is", "are", "has", "have", "did"):
                j = after_chain(i + 1)
                if j is not None and (words[j].endswith("ed") or words[j].endswith("ing") or words[j] in V.IRREGULAR_PAST):
                    return tokens[j][1], tokens[j][0]
            return tokens[i][1], tokens[i][0]
        if w.endswith("ed") and len(w) > 4 and w not in V.NOT_PAST_ED and i > 0 and tokens[i][1][0].islower():
            return tokens[i][1], tokens[i][0]
    for i, w in enumerate(words):
        if w in COMMON_PRESENT and i > 0 and words[i - 1] not in _DETERMINERS:
            if w in ("is", "are", "am", "has", "have"):
                j = after_chain(i + 1)
                if j is not None and (words[j].endswith("ed") or words[j].endswith("ing") or words[j] in V.IRREGULAR_PAST):
                    return tokens[j][1], tokens[j][0]
            return tokens[i][1], tokens[i][0]
    return None


def clauses(text: str, body: int = 0) -> Iterator[Clause]:
    """Clauses with a trigger; verbless fragments are merged into a neighbour."""
    for s0, s1 in sentences(text, body):
        cuts = [s0] + [m.start() for m in _CLAUSE_BREAK.finditer(text, s0, s1)] + [s1]
        pieces = [_strip(text, a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]
        merged: list[tuple[int, int, tuple[str, int]]] = []
        pending: int | None = None
        for a, b in pieces:
            found = _trigger(text, a, b)
            if found is None:
                if merged:
                    c0, _, trig = merged[-1]
                    merged[-1] = (c0, b, trig)
                elif pending is None:
                    pending = a
                continue
            merged.append((pending if pending is not None else a, b, found))
            pending = None
        for a, b, (word, pos) in merged:
            a, b = _strip(text, a, b)
            b = _trim_end(text, a, b)
            yield Clause(a, b, word, pos, tense_at(text, pos, pos + len(word), include_self=True))


def _trim_end(text: str, a: int, b: int) -> int:
    while b > a + 1 and text[b - 1] in ",;:":
        b -= 1
    return b


def event_noun_after(text: str, end: int) -> tuple[int, str] | None:
    """An event noun right after an expression ("the 2021 [death] of ..."), with its offset."""
    m = re.match(r"\s+(?P<noun>[A-Za-z-]+)", text[end : end + 40])
    if m is None or m.group("noun").lower() not in V.EVENT_NOUNS:
        return None
    return end + m.start("noun"), m.group("noun")


def noun_phrase_end(text: str, noun_end: int, limit: int) -> int:
    """End of "death of cinematographer Halyna Hutchins": the noun and an of-phrase of names."""
    m = re.match(r"[ ]+of[ ]+(?:[a-z]+[ ]+){0,2}[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,3}", text[noun_end:limit])
    return noun_end if m is None else noun_end + m.end()


def containing(spans: Sequence[tuple[int, int]], start: int, end: int) -> int | None:
    """Index of the span that contains ``[start, end)``."""
    for i, (a, b) in enumerate(spans):
        if a <= start and end <= b:
            return i
    return None
