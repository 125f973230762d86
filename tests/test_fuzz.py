"""Fuzzing, bounded for CI: any ``str`` and any accepted dateline give a timeline whose spans
are the text's own.

The same checks, with many more examples, run in ``scripts/fuzz.py`` (not in CI; its last
results are in docs/reliability.md).  Inputs: arbitrary Unicode, word salad from the
library's vocabulary, news-like texts, corpus sentences with random edits, and all of them
mixed with control characters, NUL, zero-width and right-to-left marks, mixed newlines,
emoji and combining marks (``timeline.strategies.AWKWARD``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline import Timeline, build_timeline
from timeline.strategies import any_datelines, awkward_texts, mutated, news_texts, vocabulary_texts

CORPUS = Path(__file__).parent / "corpus"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def corpus_sentences() -> list[str]:
    """Every text of tests/corpus/positive.txt and negative.txt, brackets removed."""
    texts = []
    for name in ("positive.txt", "negative.txt"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith(("#", "dateline:")):
                parts = line.split("|")[1:] if "|" in line else [line]
                texts.extend(p.strip().replace("[", "").replace("]", "") for p in parts)
    return texts


def check(text: str, dateline: dt.date | str | None) -> Timeline:
    """Build the timeline (no exception allowed: the text is a str and the dateline valid)
    and check that nothing is lost or shifted."""
    tl = build_timeline(text, dateline)
    assert tl.text == text
    last_end = -1
    for x in tl.expressions:
        assert text[x.start : x.end] == x.text, (x.start, x.end, x.text)
        assert x.start >= last_end, "expressions overlap or are out of text order"
        last_end = x.end
    assert len({x.tid for x in tl.expressions}) == len(tl.expressions)
    expressions = {id(x) for x in tl.expressions}
    for e in tl.events:
        assert text[e.start : e.end] == e.text, (e.start, e.end, e.text)
        assert text[e.trigger_start : e.trigger_start + len(e.trigger)] == e.trigger, (e.trigger_start, e.trigger)
        assert e.time is None or id(e.time) in expressions
    assert json.loads(tl.to_json()) == tl.to_dict()
    return tl


SEEDS = corpus_sentences()


def test_the_corpus_seeds_the_mutations() -> None:
    assert len(SEEDS) > 500


@FUZZ
@given(text=st.text(), dateline=any_datelines())
@example(text="\x00", dateline=None)
@example(text="\udc80 Jan. 19\udc80", dateline="2023-01-31")  # a lone surrogate from surrogateescape
def test_arbitrary_unicode(text: str, dateline: dt.date | str | None) -> None:
    check(text, dateline)


@FUZZ
@given(text=vocabulary_texts(), dateline=any_datelines())
@example(text="It happened 30 seconds ago.", dateline="2023-01-31")  # KeyError 'second'
@example(text="three millennia from now", dateline="2023-01-31")  # KeyError 'millennium'
@example(text="the 0th century", dateline="2023-01-31")  # value '-1' failed validation
@example(text="He left yesterday.", dateline=dt.date.max)  # OverflowError in the model
@example(text="hannukah night ", dateline=dt.date(2000, 1, 1))  # '1999-12TNI': a part of a month
@example(text="In 9999 BC they came. 50 years earlier they left.", dateline=None)  # 'BC10049'
@example(text="The parade returns on Thanksgiving of next year.", dateline="9999-12-31")  # '10000-XX-XX'
@example(text="Diwali six years hence", dateline="9999-12-31")  # '10005-XX-XX'
def test_vocabulary_word_salad(text: str, dateline: dt.date | str | None) -> None:
    check(text, dateline)


@FUZZ
@given(text=mutated(SEEDS), dateline=any_datelines())
def test_mutated_corpus_sentences(text: str, dateline: dt.date | str | None) -> None:
    check(text, dateline)


@FUZZ
@given(text=awkward_texts(), dateline=any_datelines())
def test_awkward_characters(text: str, dateline: dt.date | str | None) -> None:
    check(text, dateline)


@FUZZ
@given(text=news_texts(), sep=st.sampled_from(["\r\n", "\r", "\n\r", "\u2028", "\x85", "\t", "\x00", "\u200f"]),
       dateline=any_datelines())
def test_news_with_odd_separators(text: str, sep: str, dateline: dt.date | str | None) -> None:
    # The same sentences with odd separators: offsets still point at the text's own characters.
    check(text.replace(". ", "." + sep).replace(" ", sep if sep in "\t\u200f" else " "), dateline)
