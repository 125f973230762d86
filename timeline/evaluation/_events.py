"""Score events against TimeML gold EVENTs and TLINKs (``python -m timeline.evaluate --events``).

Six questions, each counted per document and summed over the corpus:

* **triggers**: the share of gold EVENT triggers inside some system event's span
  (coverage), and the share of system events whose trigger overlaps a gold EVENT
  (precision);
* **anchoring**: for each gold TLINK between an event and a time expression of the
  same sentence with an overlap-like relation (:data:`ANCHOR_RELATIONS`), is the
  system event containing the gold trigger anchored (its ``time``, or the expression
  one of its bounds comes from) to the system expression overlapping the gold one?
  Accuracy is over the links where both exist; coverage is the share of links where
  both exist;
* **dateline**: for each gold TLINK between an event and the DCT (``t0``), the system
  event's relation against the gold one folded to BEFORE / AFTER / OVERLAP; accuracy
  over the links whose trigger lies in a system event;
* **order**: for each gold TLINK BEFORE / AFTER (IBEFORE / IAFTER folded in) between
  two events that fall in two distinct, dated system events, does
  ``timeline.relation`` agree?  Pairs whose triggers fall in one and the same system
  event (two verbs of one clause) are not ordered by the system at all: they are
  counted apart (``order_same_event``) and in the coverage's denominator only.
  Pairs in two dated events whose times overlap (two events of the same day) are
  not ordered either, and count as errors; ``order_same_time`` counts them, and
  ``order_accuracy_when_ordered`` is the accuracy over the other pairs;
* **attributes**: for each gold EVENT (with a MAKEINSTANCE) whose trigger overlaps a
  system event's trigger, does that event agree on tense (ours as TimeML 1.2:
  PAST_LOOSE is PAST, MODAL is NONE), aspect, polarity, class and modality (None
  matches a gold modality absent, empty or "none"; compared in lower case)?  The
  attributes are read from the :class:`~timeline._model.Event` as they are;
  :func:`attribute_pairs` lists each comparison, for confusion tables;
* **dated**: for each gold TLINK of :data:`DATED_RELATIONS` between an event and a
  TIMEX3 (the DCT included) whose value has a calendar interval, when the system
  event whose trigger overlaps the gold one has a calendar interval: do the two
  intervals overlap (consistent) or not (inconsistent, listed as a ``dated`` error)?
  Precision is consistent over both.

"Our event containing a gold trigger" is the system event whose trigger overlaps it
when there is one, else the narrowest event whose span contains it; the attributes
and the dated precision take only the first (trigger overlap).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol

import attrs

from .._grammar import sentences
from .._model import Event, Interval, Relation
from ..timeml import GoldEvent, GoldTimex, GoldTLink, TimeMLDocument, timeml_tense

__all__ = [
    "ANCHOR_RELATIONS",
    "ATTRIBUTES",
    "DATED_RELATIONS",
    "AttributePair",
    "Confusion",
    "EventError",
    "EventErrorKind",
    "EventOutput",
    "EventScores",
    "attribute_confusions",
    "attribute_pairs",
    "event_with_trigger",
    "fold_dateline_relation",
    "score_events",
]

# Gold event-time relations that mean "the event happens at that time".
ANCHOR_RELATIONS = frozenset(
    {"IS_INCLUDED", "INCLUDES", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"}
)
# Gold event-time relations whose event and time must share some time (the dated precision).
DATED_RELATIONS = ANCHOR_RELATIONS | {"DURING_INV"}
# The event attributes compared with the gold MAKEINSTANCE / EVENT, in the order printed.
ATTRIBUTES = ("tense", "aspect", "polarity", "class", "modality")
_BEFORE = frozenset({"BEFORE", "IBEFORE"})
_AFTER = frozenset({"AFTER", "IAFTER"})
_INVERSE = {Relation.BEFORE: Relation.AFTER, Relation.AFTER: Relation.BEFORE}

EventErrorKind = Literal["trigger-missed", "trigger-spurious", "anchor", "dateline", "order", "dated"]


class _Expression(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class EventOutput(Protocol):
    """What the event scorer reads from a system's output (a :class:`~timeline.Timeline` will do)."""

    @property
    def expressions(self) -> Sequence[_Expression]: ...
    @property
    def events(self) -> Sequence[Event]: ...
    def relation(self, a: Event, b: Event) -> Relation: ...


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


@attrs.frozen
class EventScores:
    """Counts for the event metrics; the figures are properties.  Scores add up (``a + b``)."""

    gold_triggers: int = 0
    covered_triggers: int = 0  # gold triggers inside some system event
    system_events: int = 0
    gold_trigger_hits: int = 0  # system events whose trigger is a gold trigger
    anchor_links: int = 0  # gold event-time links of ANCHOR_RELATIONS in one sentence
    anchor_found: int = 0  # ... whose event and time expression the system both has
    anchor_correct: int = 0  # ... and anchors to each other
    dateline_links: int = 0  # gold event-DCT links
    dateline_found: int = 0  # ... whose trigger lies in a system event
    dateline_correct: int = 0  # ... with the gold relation
    order_links: int = 0  # gold BEFORE/AFTER links between two events
    order_dated: int = 0  # ... whose triggers fall in two distinct dated system events
    order_correct: int = 0  # ... and ordered the gold way
    order_same_event: int = 0  # ... whose triggers fall in one dated system event (not ordered)
    order_same_time: int = 0  # ... in two dated events at overlapping times: counted in order_dated, left unordered
    attribute_triggers: int = 0  # gold EVENTs with an instance whose trigger overlaps a system event's trigger
    tense_correct: int = 0  # ... where that event has the gold tense (ours as TimeML 1.2)
    aspect_correct: int = 0  # ... the gold aspect
    polarity_correct: int = 0  # ... the gold polarity
    class_correct: int = 0  # ... the gold class
    modality_correct: int = 0  # ... the gold modality (None = absent)
    dated_links: int = 0  # gold event-TIMEX3 links of DATED_RELATIONS to a value with a calendar interval
    dated_consistent: int = 0  # ... whose system event (trigger overlap) is dated, at an overlapping interval
    dated_inconsistent: int = 0  # ... dated at a disjoint interval

    def __add__(self, other: EventScores) -> EventScores:
        return EventScores(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True)))

    @property
    def trigger_coverage(self) -> float:
        return _ratio(self.covered_triggers, self.gold_triggers)

    @property
    def trigger_precision(self) -> float:
        return _ratio(self.gold_trigger_hits, self.system_events)

    @property
    def anchor_accuracy(self) -> float:
        return _ratio(self.anchor_correct, self.anchor_found)

    @property
    def anchor_coverage(self) -> float:
        return _ratio(self.anchor_found, self.anchor_links)

    @property
    def dateline_accuracy(self) -> float:
        return _ratio(self.dateline_correct, self.dateline_found)

    @property
    def dateline_coverage(self) -> float:
        return _ratio(self.dateline_found, self.dateline_links)

    @property
    def order_accuracy(self) -> float:
        return _ratio(self.order_correct, self.order_dated)

    @property
    def order_accuracy_when_ordered(self) -> float:
        """The accuracy over the pairs the timeline does order (times that do not overlap)."""
        return _ratio(self.order_correct, self.order_dated - self.order_same_time)

    @property
    def order_coverage(self) -> float:
        return _ratio(self.order_dated, self.order_links)

    def _attribute(self, correct: int) -> float:
        return _ratio(correct, self.attribute_triggers)

    @property
    def tense_accuracy(self) -> float:
        return self._attribute(self.tense_correct)

    @property
    def aspect_accuracy(self) -> float:
        return self._attribute(self.aspect_correct)

    @property
    def polarity_accuracy(self) -> float:
        return self._attribute(self.polarity_correct)

    @property
    def class_accuracy(self) -> float:
        return self._attribute(self.class_correct)

    @property
    def modality_accuracy(self) -> float:
        return self._attribute(self.modality_correct)

    @property
    def dated_found(self) -> int:
        """The dated links whose system event is dated: consistent or not."""
        return self.dated_consistent + self.dated_inconsistent

    @property
    def dated_precision(self) -> float:
        """Share of the system's dated events (on gold-dated triggers) whose interval meets the gold time's."""
        return _ratio(self.dated_consistent, self.dated_found)

    @property
    def dated_coverage(self) -> float:
        return _ratio(self.dated_found, self.dated_links)

    FIGURES = (
        "trigger_coverage", "trigger_precision", "anchor_accuracy", "anchor_coverage",
        "dateline_accuracy", "dateline_coverage", "order_accuracy", "order_coverage",
        "order_accuracy_when_ordered", "tense_accuracy", "aspect_accuracy", "polarity_accuracy",
        "class_accuracy", "modality_accuracy", "dated_precision", "dated_coverage",
    )

    def to_dict(self) -> dict[str, int | float]:
        """The counts and every figure (as fractions)."""
        counts: dict[str, int | float] = dict(attrs.asdict(self))
        return counts | {name: getattr(self, name) for name in self.FIGURES}


@attrs.frozen
class EventError:
    """One gold trigger, link or system event the system got wrong."""

    docid: str
    kind: EventErrorKind
    start: int
    context: str
    gold: str
    system: str

    def format(self) -> str:
        return f"[{self.kind}] {self.docid} @{self.start}: gold {self.gold} vs system {self.system}\n    {self.context}"


@attrs.frozen
class AttributePair:
    """One attribute of one gold EVENT next to the system event whose trigger overlaps it.

    Values are TimeML names (ours mapped as the scores map them); an absent modality is ``"-"``.
    """

    docid: str
    start: int  # the gold trigger's
    trigger: str  # the gold trigger
    attribute: str  # one of ATTRIBUTES
    gold: str
    system: str

    @property
    def agrees(self) -> bool:
        return self.gold == self.system


@attrs.frozen
class Confusion:
    """How often the gold ``gold`` came out as ``system`` for one attribute, with example triggers."""

    attribute: str
    gold: str
    system: str
    count: int
    examples: tuple[str, ...]


def fold_dateline_relation(rel_type: str, event_is_source: bool = True) -> Relation:
    """A gold event-DCT relation as BEFORE / AFTER / OVERLAP, seen from the event."""
    folded = (
        Relation.BEFORE if rel_type in _BEFORE else Relation.AFTER if rel_type in _AFTER else Relation.OVERLAP
    )
    return folded if event_is_source else _INVERSE.get(folded, folded)


# --------------------------------------------------------------------------- lookups


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def event_with_trigger(events: Sequence[Event], start: int, end: int) -> Event | None:
    """The first system event whose trigger overlaps ``[start, end)``, else None."""
    for e in events:
        if _overlaps(e.trigger_start, e.trigger_end, start, end):
            return e
    return None


def event_containing(events: Sequence[Event], start: int, end: int) -> Event | None:
    """The system event whose trigger overlaps ``[start, end)``, else the narrowest containing it."""
    found = event_with_trigger(events, start, end)
    if found is not None:
        return found
    inside = [e for e in events if e.start <= start and end <= e.end]
    return min(inside, key=lambda e: e.end - e.start) if inside else None


def _expression_over(expressions: Sequence[_Expression], timex: GoldTimex) -> _Expression | None:
    best: tuple[int, _Expression] | None = None
    for x in expressions:
        if _overlaps(x.start, x.end, timex.start, timex.end):
            shared = min(x.end, timex.end) - max(x.start, timex.start)
            if best is None or shared > best[0]:
                best = (shared, x)
    return None if best is None else best[1]


def _anchors(event: Event) -> list[object]:
    return [x for x in (event.time, event.earliest_from, event.latest_from) if x is not None]


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left, mid, right = text[max(0, start - width) : start], text[start:end], text[end : end + width]
    return re.sub(r"\s+", " ", f"…{left}[[{mid}]]{right}…")


def _describe(event: Event | None) -> str:
    if event is None:
        return "no event"
    when = event.time.text if event.time is not None else "-"
    return f"{event.trigger!r} {event.relation.value} time={when!r} ({event.source.value})"


# --------------------------------------------------------------------------- attributes

_NO_MODALITY = "-"


def _modality(word: str | None) -> str:
    """A modality for comparison: lower case and stripped; None, empty and "none" are all absent."""
    folded = "" if word is None else " ".join(word.lower().split())
    return _NO_MODALITY if folded in ("", "none") else folded


def _gold_attributes(g: GoldEvent) -> tuple[str, ...]:
    # Every MAKEINSTANCE of the corpus has tense, aspect and polarity; TimeML's defaults stand in otherwise.
    return (g.tense or "NONE", g.aspect or "NONE", g.polarity or "POS", g.cls, _modality(g.modality))


def _system_attributes(e: Event) -> tuple[str, ...]:
    return (timeml_tense(e.tense), e.aspect, e.polarity, e.cls, _modality(e.modality))


def _attribute_pairs(doc: TimeMLDocument, events: Sequence[Event]) -> list[AttributePair]:
    pairs: list[AttributePair] = []
    for g in doc.events:
        if not g.eiids:  # an EVENT without an instance has no tense, aspect, polarity or modality to compare
            continue
        event = event_with_trigger(events, g.start, g.end)
        if event is None:
            continue
        pairs.extend(
            AttributePair(doc.docid, g.start, g.text, name, gold, ours)
            for name, gold, ours in zip(ATTRIBUTES, _gold_attributes(g), _system_attributes(event), strict=True)
        )
    return pairs


def attribute_pairs(doc: TimeMLDocument, output: EventOutput) -> list[AttributePair]:
    """Each attribute (:data:`ATTRIBUTES`) of each gold EVENT of ``doc`` that has an instance and
    whose trigger overlaps the trigger of one of ``output``'s events, next to that event's."""
    return _attribute_pairs(doc, output.events)


def attribute_confusions(pairs: Sequence[AttributePair], top: int = 10, examples: int = 3) -> list[Confusion]:
    """The ``top`` most frequent disagreements of each attribute (gold value, ours), most frequent
    first, each with up to ``examples`` distinct triggers (in corpus order); attributes in
    :data:`ATTRIBUTES` order."""
    found: dict[tuple[str, str, str], list[str]] = {}
    for pair in pairs:
        if not pair.agrees:
            found.setdefault((pair.attribute, pair.gold, pair.system), []).append(pair.trigger)
    out: list[Confusion] = []
    for attribute in ATTRIBUTES:
        ranked = sorted(((key, triggers) for key, triggers in found.items() if key[0] == attribute),
                        key=lambda item: (-len(item[1]), item[0]))
        for (_, gold, system), triggers in ranked[:top]:
            distinct = tuple(dict.fromkeys(t.lower() for t in triggers))[:examples]
            out.append(Confusion(attribute, gold, system, len(triggers), distinct))
    return out


# --------------------------------------------------------------------------- scoring


@attrs.frozen
class _Gold:
    doc: TimeMLDocument
    by_instance: dict[str, GoldEvent]
    by_tid: dict[str, GoldTimex]
    sentence_of: list[tuple[int, int]]

    @classmethod
    def of(cls, doc: TimeMLDocument) -> _Gold:
        by_instance = {i: e for e in doc.events for i in (e.eiids or (e.eid,))}
        return cls(doc, by_instance, {t.tid: t for t in doc.timexes}, list(sentences(doc.text)))

    def same_sentence(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        lo, hi = min(a[0], b[0]), max(a[1], b[1])
        return any(s0 <= lo and hi <= s1 for s0, s1 in self.sentence_of)


def _score_triggers(
    gold: _Gold, events: Sequence[Event], errors: list[EventError]
) -> tuple[int, int, int, int]:
    text, docid = gold.doc.text, gold.doc.docid
    covered = 0
    for g in gold.doc.events:
        if any(e.start <= g.start and g.end <= e.end for e in events):
            covered += 1
        else:
            errors.append(EventError(docid, "trigger-missed", g.start, _context(text, g.start, g.end),
                                     repr(g.text), "outside every event"))
    hits = 0
    for e in events:
        if any(_overlaps(e.trigger_start, e.trigger_end, g.start, g.end) for g in gold.doc.events):
            hits += 1
        else:
            errors.append(EventError(docid, "trigger-spurious", e.trigger_start,
                                     _context(text, e.trigger_start, e.trigger_end), "no event", repr(e.trigger)))
    return len(gold.doc.events), covered, len(events), hits


def _link_event(gold: _Gold, link: GoldTLink) -> GoldEvent | None:
    """The gold event at either end of ``link``."""
    return gold.by_instance.get(link.source) or gold.by_instance.get(link.target)


def _event_time_link(
    gold: _Gold, link: GoldTLink
) -> tuple[GoldEvent, GoldTimex] | None:
    ev = _link_event(gold, link)
    tx = gold.by_tid.get(link.target) or gold.by_tid.get(link.source)
    return None if ev is None or tx is None else (ev, tx)


def _score_anchoring(
    gold: _Gold, output: EventOutput, errors: list[EventError]
) -> tuple[int, int, int]:
    links = found = correct = 0
    text, docid = gold.doc.text, gold.doc.docid
    for link in gold.doc.tlinks:
        pair = _event_time_link(gold, link)
        if pair is None or link.rel_type not in ANCHOR_RELATIONS:
            continue
        ev, tx = pair
        if not gold.same_sentence((ev.start, ev.end), (tx.start, tx.end)):
            continue
        links += 1
        event = event_containing(output.events, ev.start, ev.end)
        expression = _expression_over(output.expressions, tx)
        if event is None or expression is None:
            continue
        found += 1
        if any(x is expression for x in _anchors(event)):
            correct += 1
        else:
            lo, hi = min(ev.start, tx.start), max(ev.end, tx.end)
            errors.append(EventError(docid, "anchor", ev.start, _context(text, lo, hi),
                                     f"{ev.text!r} {link.rel_type} {tx.text!r}", _describe(event)))
    return links, found, correct


def _score_dateline(
    gold: _Gold, output: EventOutput, errors: list[EventError]
) -> tuple[int, int, int]:
    links = found = correct = 0
    text, docid = gold.doc.text, gold.doc.docid
    for link in gold.doc.tlinks:
        if "t0" not in (link.source, link.target):
            continue
        ev = _link_event(gold, link)
        if ev is None:
            continue
        links += 1
        event = event_containing(output.events, ev.start, ev.end)
        if event is None:
            continue
        found += 1
        expected = fold_dateline_relation(link.rel_type, event_is_source=link.target == "t0")
        if event.relation is expected:
            correct += 1
        else:
            errors.append(EventError(docid, "dateline", ev.start, _context(text, ev.start, ev.end),
                                     f"{ev.text!r} {expected.value}", _describe(event)))
    return links, found, correct


def _score_order(
    gold: _Gold, output: EventOutput, errors: list[EventError]
) -> tuple[int, int, int, int, int]:
    links = dated = correct = same = same_time = 0
    text, docid = gold.doc.text, gold.doc.docid
    for link in gold.doc.tlinks:
        a, b = gold.by_instance.get(link.source), gold.by_instance.get(link.target)
        if a is None or b is None or link.rel_type not in _BEFORE | _AFTER:
            continue
        links += 1
        ea = event_containing(output.events, a.start, a.end)
        eb = event_containing(output.events, b.start, b.end)
        if ea is None or eb is None or not (ea.is_dated and eb.is_dated):
            continue
        if ea is eb:
            same += 1
            continue
        dated += 1
        expected = Relation.BEFORE if link.rel_type in _BEFORE else Relation.AFTER
        got = output.relation(ea, eb)
        if got is expected:
            correct += 1
        else:
            same_time += got is Relation.OVERLAP
            lo, hi = min(a.start, b.start), max(a.end, b.end)
            errors.append(EventError(
                docid, "order", lo, _context(text, lo, hi) if hi - lo < 300 else _context(text, a.start, a.end),
                f"{a.text!r} {expected.value} {b.text!r}",
                f"{got.value}: {_describe(ea)} / {_describe(eb)}",
            ))
    return links, dated, correct, same, same_time


def _score_attributes(doc: TimeMLDocument, events: Sequence[Event]) -> dict[str, int]:
    pairs = _attribute_pairs(doc, events)
    counts = {f"{name}_correct": sum(p.agrees for p in pairs if p.attribute == name) for name in ATTRIBUTES}
    return counts | {"attribute_triggers": len(pairs) // len(ATTRIBUTES)}


def _disjoint(a: Interval, b: Interval) -> bool:
    return a.end <= b.start or b.end <= a.start


def _score_dated(gold: _Gold, output: EventOutput, errors: list[EventError]) -> tuple[int, int, int]:
    links = consistent = inconsistent = 0
    text, docid = gold.doc.text, gold.doc.docid
    dct = gold.doc.dct
    times = gold.by_tid if dct is None else gold.by_tid | {dct.tid: dct}
    for link in gold.doc.tlinks:
        if link.rel_type not in DATED_RELATIONS:
            continue
        ev = _link_event(gold, link)
        tx = times.get(link.target) or times.get(link.source)
        if ev is None or tx is None:
            continue
        gold_interval = Interval.of(tx.value)
        if gold_interval is None:  # PRESENT_REF, a duration, a partial value ...
            continue
        links += 1
        event = event_with_trigger(output.events, ev.start, ev.end)
        ours = None if event is None else event.interval
        if event is None or ours is None:
            continue
        if not _disjoint(ours, gold_interval):
            consistent += 1
            continue
        inconsistent += 1
        in_text = tx is not dct
        lo, hi = (min(ev.start, tx.start), max(ev.end, tx.end)) if in_text else (ev.start, ev.end)
        context = _context(text, lo, hi) if hi - lo < 300 else _context(text, ev.start, ev.end)
        time = event.time
        shown = repr(tx.text) if in_text else "the DCT"
        errors.append(EventError(
            docid, "dated", ev.start, context, f"{ev.text!r} {link.rel_type} {shown} = {tx.value}",
            f"{event.trigger!r} at {'-' if time is None else repr(time.text)} = {'-' if time is None else time.value}",
        ))
    return links, consistent, inconsistent


def score_events(doc: TimeMLDocument, output: EventOutput) -> tuple[EventScores, list[EventError]]:
    """One document's event counts and errors."""
    gold = _Gold.of(doc)
    errors: list[EventError] = []
    triggers = _score_triggers(gold, output.events, errors)
    anchoring = _score_anchoring(gold, output, errors)
    dateline = _score_dateline(gold, output, errors)
    order = _score_order(gold, output, errors)
    dated_links, dated_consistent, dated_inconsistent = _score_dated(gold, output, errors)
    scores = EventScores(
        *triggers, *anchoring, *dateline, *order, **_score_attributes(doc, output.events),
        dated_links=dated_links, dated_consistent=dated_consistent, dated_inconsistent=dated_inconsistent,
    )
    return scores, sorted(errors, key=lambda e: (e.kind, e.start))
