"""``python -m timeline.evaluate``: the scorers' command line, at its old address.

The scoring code lives in the `timeline.evaluation` subpackage, apart from the library's core:
[`timeline.evaluation.evaluate`][timeline.evaluation.evaluate] (TimeML and WikiWars gold, the command line) and
[`timeline.evaluation.suite`][timeline.evaluation.suite] (one-phrase test suites such as Duckling's).  This module re-exports
the public names of the first, so ``from timeline.evaluate import evaluate_corpus`` keeps working,
and runs its [`main`][timeline.evaluation.evaluate.main].
"""

from __future__ import annotations

from .evaluation.evaluate import (
    AttributePair,
    Confusion,
    DocResult,
    ErrorKind,
    EventError,
    EventScores,
    Scores,
    Span,
    System,
    SystemOutput,
    TimexError,
    WikiWarsResult,
    evaluate_attributes,
    evaluate_corpus,
    evaluate_events,
    evaluate_wikiwars,
    main,
    score,
    score_document,
)

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

if __name__ == "__main__":
    raise SystemExit(main())
