"""Score time expressions against a TimeML gold corpus with the TempEval-3 metrics.

Run ``python -m timeline.evaluate DIR... [--per-doc] [--errors] [--classes] [--json] [--events]
[--attributes]``.  A location ending in ``.json`` is a WikiWars file instead (see below).

For each gold document the system (by default [`timeline.build_timeline`][timeline.build_timeline])
reads ``doc.text`` with ``doc.dateline``; its ``expressions`` are scored
against the gold TIMEX3s, micro-averaged over documents (counts are summed,
then divided):

* **strict** extent: same start and end offsets;
* **relaxed** extent: the spans overlap, each gold and each system expression
  matched at most once (greedily, largest overlap first, exact spans first on ties);
* **value** / **type** F1: relaxed F1 times the share of relaxed matches with the
  same attribute, i.e. ``2 * correct / (gold + system)`` as TempEval-3 defines it.

An empty denominator counts as perfect: a document with no gold and no system
expressions scores 1.0 everywhere, and precision with no system output is 1.0.

``--events`` also scores the system's events against the gold EVENTs and
TLINKs (trigger coverage and precision, event-time anchoring, the relation to
the dateline, pairwise order, the accuracy of tense, aspect, polarity, class and
modality, and the precision of the events' dates): see
`timeline.evaluation._events` for the definitions.  ``--attributes`` (which
implies ``--events``) adds the most frequent attribute confusions, gold value
against ours, with example triggers.  Each [`DocResult`][timeline.evaluation.evaluate.DocResult] keeps the gold document and the system
output, so [`evaluate_events`][timeline.evaluation.evaluate.evaluate_events] runs over ``per_doc`` without rerunning the
system.

**WikiWars** (narrative text, TIMEX2 gold; `timeline.evaluation._wikiwars` reads it): each ``.json``
location is a corpus of its own, scored by [`evaluate_wikiwars`][timeline.evaluation.evaluate.evaluate_wikiwars] with the same strict, relaxed
and value figures (no type: TIMEX2 has none) and reported apart from the TimeML folders.  Each
document's ``dct`` is the dateline.  A system expression that no gold expression pairs with and that
overlaps an ``unscored`` span (a TIMEX2 without a value, or one nested in a larger one) is set aside,
counted neither in precision nor in recall; one paired with a gold expression is scored as usual
(two gold TIMEX2 lie inside an unvalued one).  Values are compared after the few TIMEX2-to-TIMEX3
rewritings listed in `timeline.evaluation._wikiwars`.  ``--errors`` lists the missed, spurious and wrongly
valued expressions (extents are not listed: TIMEX2 extents are longer by convention), ``--classes``
groups them (missed, spurious, year wrong, month/day wrong, granularity, X-filled vs full, ...).

**Suites** of one-phrase cases (``--suite FILE.json``, may be repeated, with or without locations):
scored by [`timeline.evaluation.suite`][timeline.evaluation.suite] (found, exact extent, value-correct, by grain, holidays,
latent cases and negatives apart), reading each phrase as ``--kind`` (default ``schedule``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

import attrs

from ..timeml import TimeMLDocument, read_corpus
from ._events import (
    ATTRIBUTES,
    AttributePair,
    Confusion,
    EventError,
    EventOutput,
    EventScores,
    attribute_confusions,
    attribute_pairs,
    score_events,
)
from ._timex_classes import ErrorClass, error_classes
from ._wikiwars import WikiWarsDocument, group_classes, is_wikiwars, read_wikiwars, same_value, value_class
from .suite import SuiteResult, completed_alts, default_system, read_suite, report_json, report_text, score_suite

__all__ = [
    "AttributePair",
    "Confusion",
    "DocResult",
    "ErrorKind",
    "EventError",
    "EventScores",
    "Scores",
    "Span",
    "System",
    "SystemOutput",
    "TimexError",
    "WikiWarsResult",
    "evaluate_attributes",
    "evaluate_corpus",
    "evaluate_events",
    "evaluate_wikiwars",
    "main",
    "score",
    "score_document",
]


class Span(Protocol):
    """Anything scored as a time expression: gold TIMEX3s, TimeExpressions, test doubles."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


class SystemOutput(Protocol):
    """What a system returns for one document (a [`Timeline`][timeline.Timeline] will do)."""

    @property
    def expressions(self) -> Sequence[Span]: ...


System = Callable[[str, dt.date | None], SystemOutput]
"""A ``build_timeline``-like callable: ``system(text, dateline)``."""

ErrorKind = Literal["missed", "spurious", "value", "type", "extent"]


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


@attrs.frozen
class Scores:
    """Counts for the TempEval-3 time-expression metrics; the figures are properties.

    Scores add up (``a + b``), which is how documents are micro-averaged.
    """

    gold: int = 0
    system: int = 0
    strict: int = 0  # pairs with the same start and end
    relaxed: int = 0  # one-to-one pairs of overlapping spans
    value_correct: int = 0  # relaxed pairs with the same value
    type_correct: int = 0  # relaxed pairs with the same type

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True)))

    def _f1(self, correct: int) -> float:
        return _ratio(2 * correct, self.gold + self.system)

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed)

    @property
    def value_accuracy(self) -> float:
        """Share of relaxed matches with the gold value."""
        return _ratio(self.value_correct, self.relaxed)

    @property
    def type_accuracy(self) -> float:
        """Share of relaxed matches with the gold type."""
        return _ratio(self.type_correct, self.relaxed)

    @property
    def value_f1(self) -> float:
        """Relaxed F1 times value accuracy."""
        return self._f1(self.value_correct)

    @property
    def type_f1(self) -> float:
        """Relaxed F1 times type accuracy."""
        return self._f1(self.type_correct)

    def to_dict(self) -> dict[str, int | float]:
        """The counts and every figure (as fractions, not percentages)."""
        figures = (
            "strict_precision", "strict_recall", "strict_f1",
            "relaxed_precision", "relaxed_recall", "relaxed_f1",
            "value_accuracy", "value_f1", "type_accuracy", "type_f1",
        )
        counts: dict[str, int | float] = dict(attrs.asdict(self))
        return counts | {name: getattr(self, name) for name in figures}


# --------------------------------------------------------------------------- alignment


class _Alignment(NamedTuple):
    strict: int
    pairs: list[tuple[int, int]]  # (gold index, system index) of the relaxed matches


def _align(gold: Sequence[Span], system: Sequence[Span]) -> _Alignment:
    exact = Counter((g.start, g.end) for g in gold) & Counter((s.start, s.end) for s in system)
    candidates = sorted(
        (
            -(min(g.end, s.end) - max(g.start, s.start)),
            (g.start, g.end) != (s.start, s.end),
            i,
            j,
        )
        for i, g in enumerate(gold)
        for j, s in enumerate(system)
        if g.start < s.end and s.start < g.end
    )
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_system: set[int] = set()
    for _, _, i, j in candidates:
        if i not in used_gold and j not in used_system:
            pairs.append((i, j))
            used_gold.add(i)
            used_system.add(j)
    return _Alignment(sum(exact.values()), sorted(pairs))


def _scores(gold: Sequence[Span], system: Sequence[Span], alignment: _Alignment) -> Scores:
    return Scores(
        gold=len(gold),
        system=len(system),
        strict=alignment.strict,
        relaxed=len(alignment.pairs),
        value_correct=sum(gold[i].value == system[j].value for i, j in alignment.pairs),
        type_correct=sum(gold[i].type == system[j].type for i, j in alignment.pairs),
    )


def score_document(gold: Sequence[Span], system: Sequence[Span]) -> Scores:
    """The counts for one document's gold and system expressions."""
    return _scores(gold, system, _align(gold, system))


def score(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> Scores:
    """Micro-averaged scores over ``(gold, system)`` pairs, one pair per document."""
    return sum((score_document(gold, system) for gold, system in pairs), Scores())


# --------------------------------------------------------------------------- errors


def _label(attribute: object) -> str:
    return str(attribute.value) if isinstance(attribute, enum.Enum) else str(attribute)


@attrs.frozen
class TimexError:
    """One missed, spurious, wrongly valued, wrongly typed or wrongly bounded expression.

    ``kind`` names the worst problem of a pair (value, then type, then extent).
    ``start``/``end`` cover the gold and system spans together.
    """

    docid: str
    kind: ErrorKind
    start: int
    end: int
    context: str
    gold: str | None = None  # 'text' TYPE value
    system: str | None = None

    def format(self) -> str:
        """Two lines: what went wrong, then the text around it."""
        sides = [f"{side} {shown}" for side, shown in (("gold", self.gold), ("system", self.system))
                 if shown is not None]
        return f"[{self.kind}] {self.docid} @{self.start}: {' vs '.join(sides)}\n    {self.context}"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left, mid, right = text[max(0, start - width) : start], text[start:end], text[end : end + width]
    return re.sub(r"\s+", " ", f"…{left}[[{mid}]]{right}…")


def _shown(text: str, span: Span) -> str:
    return f"{text[span.start : span.end]!r} {_label(span.type)} {_label(span.value)}"


def _errors(doc: TimeMLDocument, system: Sequence[Span], alignment: _Alignment) -> list[TimexError]:
    text = doc.text
    found: list[TimexError] = []

    def add(kind: ErrorKind, gold: Span | None, sys_: Span | None) -> None:
        spans = [s for s in (gold, sys_) if s is not None]
        start, end = min(s.start for s in spans), max(s.end for s in spans)
        found.append(TimexError(
            doc.docid, kind, start, end, _context(text, start, end),
            gold=None if gold is None else _shown(text, gold),
            system=None if sys_ is None else _shown(text, sys_),
        ))

    matched_gold = {i for i, _ in alignment.pairs}
    matched_system = {j for _, j in alignment.pairs}
    for i, g in enumerate(doc.timexes):
        if i not in matched_gold:
            add("missed", g, None)
    for j, s in enumerate(system):
        if j not in matched_system:
            add("spurious", None, s)
    for i, j in alignment.pairs:
        g, s = doc.timexes[i], system[j]
        if g.value != s.value:
            add("value", g, s)
        elif g.type != s.type:
            add("type", g, s)
        elif (g.start, g.end) != (s.start, s.end):
            add("extent", g, s)
    return sorted(found, key=lambda e: (e.start, e.end))


# --------------------------------------------------------------------------- corpus


@attrs.frozen
class DocResult:
    """One document's scores, with the gold document and the system output (for event scoring)."""

    document: TimeMLDocument = attrs.field(repr=False)
    output: SystemOutput = attrs.field(repr=False)
    scores: Scores

    @property
    def docid(self) -> str:
        return self.document.docid


def _default_system() -> System:
    from timeline import build_timeline

    system: System = build_timeline  # checks build_timeline against the System signature
    return system


def evaluate_corpus(
    docs: Iterable[TimeMLDocument], system: System | None = None
) -> tuple[Scores, list[DocResult], list[TimexError]]:
    """Run ``system`` (default [`timeline.build_timeline`][timeline.build_timeline]) on every document and score it.

    Returns the micro-averaged scores, one [`DocResult`][timeline.evaluation.evaluate.DocResult] per document and
    every error, in document order.
    """
    run = _default_system() if system is None else system
    per_doc: list[DocResult] = []
    errors: list[TimexError] = []
    for doc in docs:
        try:
            output = run(doc.text, doc.dateline)
        except Exception as exc:
            if sys.version_info >= (3, 11):  # add_note is new in 3.11
                exc.add_note(f"while evaluating document {doc.docid}")
            raise
        expressions = output.expressions
        alignment = _align(doc.timexes, expressions)
        per_doc.append(DocResult(doc, output, _scores(doc.timexes, expressions, alignment)))
        errors.extend(_errors(doc, expressions, alignment))
    return sum((r.scores for r in per_doc), Scores()), per_doc, errors


def evaluate_events(per_doc: Iterable[DocResult]) -> tuple[EventScores, list[EventError]]:
    """Score the events of each document's system output against its gold EVENTs and TLINKs.

    The output must have ``events`` and ``relation(a, b)`` as a
    [`Timeline`][timeline.Timeline] does; a system without them raises TypeError.
    """
    total = EventScores()
    errors: list[EventError] = []
    for r in per_doc:
        doc_scores, doc_errors = score_events(r.document, _as_event_output(r))
        total += doc_scores
        errors.extend(doc_errors)
    return total, errors


def evaluate_attributes(per_doc: Iterable[DocResult]) -> list[AttributePair]:
    """Every attribute comparison behind the attribute accuracies of [`evaluate_events`][timeline.evaluation.evaluate.evaluate_events]
    (gold EVENTs whose trigger overlaps a system event's), in document order."""
    return [pair for r in per_doc for pair in attribute_pairs(r.document, _as_event_output(r))]


def _as_event_output(r: DocResult) -> EventOutput:
    output = r.output
    if not (hasattr(output, "events") and hasattr(output, "relation")):
        raise TypeError(f"{r.docid}: the system output has no events to score")
    return output  # type: ignore[return-value]  # checked above


# --------------------------------------------------------------------------- WikiWars


@attrs.frozen
class WikiWarsResult:
    """One WikiWars corpus scored: the micro-averaged scores (``type_correct`` stays 0), each
    document's, every missed, spurious or wrongly valued expression with its class (``classes[i]``
    is the class of ``errors[i]``), and how many system expressions were set aside over unscored spans."""

    scores: Scores
    per_doc: list[tuple[str, Scores]]
    errors: list[TimexError]
    classes: list[str]
    ignored: int


def _wikiwars_system() -> System:
    """[`timeline.build_timeline`][timeline.build_timeline] as the WikiWars evaluation runs it (the place for ``kind``)."""
    from timeline import build_timeline

    def run(text: str, dateline: dt.date | None) -> SystemOutput:
        return build_timeline(text, dateline, kind="auto")

    return run


def _overlaps_unscored(doc: WikiWarsDocument, span: Span) -> bool:
    return any(u.start < span.end and span.start < u.end for u in doc.unscored)


def _wikiwars_errors(
    doc: WikiWarsDocument, system: Sequence[Span], alignment: _Alignment
) -> list[tuple[TimexError, str]]:
    text = doc.text
    found: list[tuple[TimexError, str]] = []

    def add(kind: ErrorKind, gold: Span | None, sys_: Span | None, name: str) -> None:
        spans = [s for s in (gold, sys_) if s is not None]
        start, end = min(s.start for s in spans), max(s.end for s in spans)
        error = TimexError(
            doc.docid, kind, start, end, _context(text, start, end),
            gold=None if gold is None else f"{text[gold.start : gold.end]!r} {gold.value}",
            system=None if sys_ is None else _shown(text, sys_),
        )
        found.append((error, name))

    matched_gold = {i for i, _ in alignment.pairs}
    matched_system = {j for _, j in alignment.pairs}
    for i, g in enumerate(doc.gold):
        if i not in matched_gold:
            add("missed", g, None, "missed")
    for j, s in enumerate(system):
        if j not in matched_system:
            add("spurious", None, s, "spurious")
    for i, j in alignment.pairs:
        g, s = doc.gold[i], system[j]
        if not same_value(g.value, _label(s.type), _label(s.value)):
            add("value", g, s, value_class(g.value, _label(s.value)))
    return sorted(found, key=lambda e: (e[0].start, e[0].end))


def evaluate_wikiwars(docs: Iterable[WikiWarsDocument], system: System | None = None) -> WikiWarsResult:
    """Run ``system`` (default [`timeline.build_timeline`][timeline.build_timeline]) on every WikiWars document, with
    its ``dct`` as the dateline, and score it against the TIMEX2 gold (see the module docstring)."""
    run = _wikiwars_system() if system is None else system
    total = Scores()
    per_doc: list[tuple[str, Scores]] = []
    errors: list[tuple[TimexError, str]] = []
    ignored = 0
    for doc in docs:
        try:
            expressions = run(doc.text, doc.dateline).expressions
        except Exception as exc:
            if sys.version_info >= (3, 11):  # add_note is new in 3.11
                exc.add_note(f"while evaluating document {doc.docid}")
            raise
        paired = {j for _, j in _align(doc.gold, expressions).pairs}
        kept = [s for j, s in enumerate(expressions) if j in paired or not _overlaps_unscored(doc, s)]
        ignored += len(expressions) - len(kept)
        alignment = _align(doc.gold, kept)
        scores = Scores(
            gold=len(doc.gold),
            system=len(kept),
            strict=alignment.strict,
            relaxed=len(alignment.pairs),
            value_correct=sum(
                same_value(doc.gold[i].value, _label(kept[j].type), _label(kept[j].value))
                for i, j in alignment.pairs
            ),
        )
        total += scores
        per_doc.append((doc.docid, scores))
        errors.extend(_wikiwars_errors(doc, kept, alignment))
    return WikiWarsResult(total, per_doc, [e for e, _ in errors], [c for _, c in errors], ignored)


def _wikiwars_figures(scores: Scores) -> dict[str, int | float]:
    return {k: v for k, v in scores.to_dict().items() if not k.startswith("type_")}


def _wikiwars_classes(result: WikiWarsResult) -> list[ErrorClass]:
    return group_classes(
        (name, " vs ".join(x for x in (e.gold, e.system) if x is not None))
        for e, name in zip(result.errors, result.classes, strict=True)
    )


def _wikiwars_json(path: Path, documents: int, result: WikiWarsResult, args: argparse.Namespace
                   ) -> dict[str, Any]:
    report: dict[str, Any] = {
        "corpus": str(path), "documents": documents, "timex": _wikiwars_figures(result.scores),
        "ignored_over_unscored": result.ignored,
    }
    if args.per_doc:
        report["per_doc"] = [{"docid": docid, **_wikiwars_figures(s)} for docid, s in result.per_doc]
    if args.classes:
        report["error_classes"] = [c._asdict() for c in _wikiwars_classes(result)]
    if args.errors:
        report["errors"] = [attrs.asdict(e) | {"class": c}
                            for e, c in zip(result.errors, result.classes, strict=True)]
    return report


def _wikiwars_text(path: Path, documents: int, result: WikiWarsResult, args: argparse.Namespace) -> str:
    parts: list[str] = []
    if args.per_doc:
        width = max([len(docid) for docid, _ in result.per_doc] + [8])
        lines = [f"{'document':{width}}  gold   sys  strict  relax  value"]
        lines.extend(f"{docid:{width}}  {s.gold:4}  {s.system:4}  "
                     + "  ".join((_pct(s.strict_f1), _pct(s.relaxed_f1), _pct(s.value_f1)))
                     for docid, s in result.per_doc)
        parts.append("\n".join(lines) + "\n")
    if args.errors and result.errors:
        parts.append("\n".join(e.format() for e in result.errors) + "\n")
    if args.classes:
        parts.append("| count | class | example (gold vs ours) |\n|---|---|---|\n"
                     + "\n".join(f"| {c.size} | {c.name} | {c.example} |" for c in _wikiwars_classes(result))
                     + "\n")
    s = result.scores
    parts.append("\n".join([
        f"WikiWars time expressions ({path.name}, TIMEX2 gold): {documents} documents, {s.gold} gold,"
        f" {s.system} system ({result.ignored} more over unscored spans, not counted)",
        *_figure_lines(s, with_type=False),
    ]))
    return "\n".join(parts)


# --------------------------------------------------------------------------- command line


def _pct(fraction: float) -> str:
    return f"{100 * fraction:5.1f}"


def _figure_lines(s: Scores, *, with_type: bool = True) -> list[str]:
    rows = [
        ("strict", _pct(s.strict_precision), _pct(s.strict_recall), _pct(s.strict_f1), ""),
        ("relaxed", _pct(s.relaxed_precision), _pct(s.relaxed_recall), _pct(s.relaxed_f1), ""),
        ("value", "", "", _pct(s.value_f1), f"(accuracy {_pct(s.value_accuracy)})"),
    ]
    if with_type:
        rows.append(("type", "", "", _pct(s.type_f1), f"(accuracy {_pct(s.type_accuracy)})"))
    return [
        f"{'':8}  {'P':>5}  {'R':>5}  {'F1':>5}",
        *(f"{name:8}  {p:>5}  {r:>5}  {f:>5}  {note}".rstrip() for name, p, r, f, note in rows),
    ]


def _table(scores: Scores, documents: int) -> str:
    s = scores
    return "\n".join([
        f"TempEval-3 time expressions: {documents} documents, {s.gold} gold, {s.system} system",
        *_figure_lines(s),
    ])


def _events_table(s: EventScores) -> str:
    rows = [
        ("triggers", f"coverage {_pct(s.trigger_coverage)}  ({s.covered_triggers}/{s.gold_triggers} gold)",
         f"precision {_pct(s.trigger_precision)}  ({s.gold_trigger_hits}/{s.system_events} ours)"),
        ("anchoring", f"accuracy {_pct(s.anchor_accuracy)}  ({s.anchor_correct}/{s.anchor_found})",
         f"coverage {_pct(s.anchor_coverage)}  ({s.anchor_found}/{s.anchor_links} links)"),
        ("dateline", f"accuracy {_pct(s.dateline_accuracy)}  ({s.dateline_correct}/{s.dateline_found})",
         f"coverage {_pct(s.dateline_coverage)}  ({s.dateline_found}/{s.dateline_links} links)"),
        ("order", f"accuracy {_pct(s.order_accuracy)}  ({s.order_correct}/{s.order_dated})",
         f"coverage {_pct(s.order_coverage)}  ({s.order_dated}/{s.order_links} links in two dated events;"
         f" {s.order_same_event} in one)"),
        ("", f"of which {s.order_same_time} at overlapping times, not ordered;",
         f"accuracy where ordered {_pct(s.order_accuracy_when_ordered)}"
         f"  ({s.order_correct}/{s.order_dated - s.order_same_time})"),
    ]
    width = max(len(r[1]) for r in rows)
    attributes = [
        (name, getattr(s, f"{name}_accuracy"), getattr(s, f"{name}_correct")) for name in ATTRIBUTES
    ]
    return "\n".join([
        "Events (gold EVENTs and TLINKs)",
        *(f"{name:10}  {a:{width}}  {b}" for name, a, b in rows),
        *(f"{name:10}  accuracy {_pct(accuracy)}  ({correct}/{s.attribute_triggers} matched triggers)"
          for name, accuracy, correct in attributes),
        f"{'dated':10}  precision {_pct(s.dated_precision)}  ({s.dated_consistent}/{s.dated_found} consistent,"
        f" {s.dated_inconsistent} not; our event dated on {s.dated_found}/{s.dated_links} gold links"
        " to a calendar time)",
    ])


def _confusion_table(confusions: Sequence[Confusion]) -> str:
    lines = ["Event attributes: most frequent confusions (gold -> ours, count, example triggers)"]
    gold_width = max([len(c.gold) for c in confusions] + [1])
    ours_width = max([len(c.system) for c in confusions] + [1])
    for attribute in ATTRIBUTES:
        rows = [c for c in confusions if c.attribute == attribute]
        lines.append(f"{attribute}:" + ("" if rows else " none"))
        lines.extend(f"  {c.gold:{gold_width}} -> {c.system:{ours_width}}  {c.count:6}  "
                     + ", ".join(map(repr, c.examples)) for c in rows)
    return "\n".join(lines)


def _per_doc_table(per_doc: Sequence[DocResult]) -> str:
    width = max([len(r.docid) for r in per_doc] + [8])
    lines = [f"{'document':{width}}  gold   sys  strict  relax  value   type"]
    for r in per_doc:
        s = r.scores
        figures = (_pct(s.strict_f1), _pct(s.relaxed_f1), _pct(s.value_f1), _pct(s.type_f1))
        lines.append(f"{r.docid:{width}}  {s.gold:4}  {s.system:4}  " + "  ".join(figures))
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m timeline.evaluate",
        description="Score timeline's time expressions against TimeML gold (TempEval-3 metrics).",
    )
    parser.add_argument("locations", nargs="*", type=Path, metavar="DIR",
                        help="directories of .tml files (or single .tml files); a .json file is a WikiWars"
                             " corpus, scored and reported apart")
    parser.add_argument("--suite", action="append", type=Path, default=[], metavar="FILE",
                        help="a suite of one-phrase cases (../shared/duckling/duckling_en.json), scored"
                             " by timeline.evaluation.suite and reported apart; may be repeated")
    parser.add_argument("--kind", default="schedule", choices=("auto", "news", "narrative", "schedule"),
                        help="how --suite reads its phrases (default schedule: Duckling prefers the future)")
    parser.add_argument("--per-doc", action="store_true", help="print the figures of each document")
    parser.add_argument("--errors", action="store_true",
                        help="print each missed, spurious or mismatched (value/type/extent) one")
    parser.add_argument("--classes", action="store_true",
                        help="print the errors grouped into classes, with a count and an example each")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--events", action="store_true",
                        help="also score events: triggers, anchoring, dateline relation, order, attributes,"
                             " dated precision")
    parser.add_argument("--attributes", action="store_true",
                        help="with the event scores, print the most frequent confusions of tense, aspect,"
                             " polarity, class and modality (implies --events)")
    return parser


def _timeml_report(docs: Sequence[TimeMLDocument], args: argparse.Namespace, system: System | None
                   ) -> dict[str, Any]:
    """Score the TimeML documents: with ``--json`` return the report, else print the tables."""
    scores, per_doc, errors = evaluate_corpus(docs, system)
    events = evaluate_events(per_doc) if args.events or args.attributes else None
    confusions = attribute_confusions(evaluate_attributes(per_doc)) if args.attributes else []
    classes = error_classes((e.kind, e.gold, e.system) for e in errors) if args.classes else []
    if args.json:
        report: dict[str, Any] = {"documents": len(docs), "timex": scores.to_dict()}
        if events is not None:
            report["events"] = events[0].to_dict()
        if args.attributes:
            report["attribute_confusions"] = [attrs.asdict(c) for c in confusions]
        if args.per_doc:
            report["per_doc"] = [{"docid": r.docid, **r.scores.to_dict()} for r in per_doc]
        if args.classes:
            report["error_classes"] = [c._asdict() for c in classes]
        if args.errors:
            report["errors"] = [attrs.asdict(e) for e in errors]
            if events is not None:
                report["event_errors"] = [attrs.asdict(e) for e in events[1]]
        return report
    if args.per_doc:
        print(_per_doc_table(per_doc), end="\n\n")
    if args.errors:
        print("\n".join(e.format() for e in errors), end="\n\n" if errors else "")
        if events is not None and events[1]:
            print("\n".join(e.format() for e in events[1]), end="\n\n")
    if args.classes:
        print("| count | class | example (gold vs ours) |\n|---|---|---|")
        print("\n".join(f"| {c.size} | {c.name} | {c.example} |" for c in classes), end="\n\n")
    print(_table(scores, len(docs)))
    if events is not None:
        print()
        print(_events_table(events[0]))
    if args.attributes:
        print()
        print(_confusion_table(confusions))
    return {}


def _score_with_completed(suite: dict[str, Any], kind: str) -> tuple[SuiteResult, tuple[SuiteResult, int] | None]:
    """The suite's raw result and, for a suite with completed alternatives (Duckling's), the result
    with them and how many items they touch: each phrase is read once."""
    system, outputs = default_system(kind), {}

    def once(text: str, ref: dt.datetime) -> Any:
        if (text, ref) not in outputs:
            outputs[text, ref] = system(text, ref)
        return outputs[text, ref]

    raw = score_suite(suite, once, kind=kind)
    completed = completed_alts(suite)
    added = sum(a is not b for a, b in zip(suite["cases"], completed["cases"], strict=True))
    return raw, ((score_suite(completed, once, kind=kind), added) if added else None)


def main(argv: Sequence[str] | None = None, *, system: System | None = None) -> int:
    """The command line; ``system`` replaces [`timeline.build_timeline`][timeline.build_timeline] (for tests)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.locations and not args.suite:
        parser.error("give a DIR (TimeML or WikiWars) or --suite FILE")
    try:
        suites = [(path, read_suite(path)) for path in args.suite]
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    timeml = [p for p in args.locations if not is_wikiwars(p)]
    try:
        docs = read_corpus(*timeml) if timeml else []
        wikiwars = [(p, read_wikiwars(p)) for p in args.locations if is_wikiwars(p)]
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if timeml and not docs:
        print("error: no .tml files in " + ", ".join(map(str, timeml)), file=sys.stderr)
        return 2
    for path, wikiwars_docs in wikiwars:
        if not wikiwars_docs:
            print(f"error: no documents in {path}", file=sys.stderr)
            return 2
    if (args.events or args.attributes) and not docs:
        print("error: --events and --attributes need TimeML gold (.tml files)", file=sys.stderr)
        return 2
    report = _timeml_report(docs, args, system) if docs else {}
    results = [(path, len(wikiwars_docs), evaluate_wikiwars(wikiwars_docs, system))
               for path, wikiwars_docs in wikiwars]
    scored = [(path, *_score_with_completed(suite, args.kind)) for path, suite in suites]
    if args.json:
        if results:
            report["wikiwars"] = [_wikiwars_json(path, n, result, args) for path, n, result in results]
        if scored:
            report["suites"] = [report_json(result, path, args.errors, completed) for path, result, completed in scored]
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    for k, (path, n, result) in enumerate(results):
        if docs or k:
            print()
        print(_wikiwars_text(path, n, result, args))
    for k, (path, suite_result, completed) in enumerate(scored):
        if docs or results or k:
            print()
        print(report_text(suite_result, path, args.errors, completed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
