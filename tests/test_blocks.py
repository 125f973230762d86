"""Long texts are analysed in blocks of sentences and scanned as a stream: the results must not
depend on where the blocks are cut (see docs/performance.md, "Scaling")."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from timeline import _grammar as events_module
from timeline import build_timeline
from timeline._extract import find, find_everywhere
from timeline._grammar import analyse, analyse_blocks
from timeline._tense import Tense, TenseReader, tense_at

ROOT = Path(__file__).parents[1]
SEED = (ROOT / "seeds" / "rourke_defends_baldwin_2023-01-31.txt").read_text(encoding="utf-8")
DATELINE = dt.date(2023, 1, 31)


def _long_text() -> str:
    lines = (ROOT / "tests" / "corpus" / "positive.txt").read_text(encoding="utf-8").splitlines()
    sentences = [line.split("|")[-1].replace("[", "").replace("]", "").strip() for line in lines
                 if line.strip() and not line.startswith(("#", "dateline:"))]
    # A "when" clause opening a paragraph takes the time that ends the paragraph before.
    when = "The family had cared for him since November 1998\n\nwhen he was found in the river. "
    return SEED + "\n\n" + " ".join(sentences) + "\n\n" + when * 3 + SEED


@pytest.mark.parametrize("block_chars", [1, 700])
def test_timeline_does_not_depend_on_the_block_size(block_chars: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text()
    one_block = build_timeline(text, DATELINE).to_dict()
    monkeypatch.setattr(events_module, "_BLOCK_CHARS", block_chars)
    assert len(list(analyse_blocks(text))) > 5
    assert build_timeline(text, DATELINE).to_dict() == one_block


def test_blocks_hold_the_mentions_of_the_whole_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_module, "_BLOCK_CHARS", 300)
    text = _long_text()
    whole = analyse(text)
    blocks = list(analyse_blocks(text))
    assert len(blocks) > 5
    assert [s for b in blocks for s in b.sentences] == list(whole.sentences)
    # Clauses and mentions index within their block; their spans and words are those of the whole.
    assert [m[:7] for b in blocks for m in b.mentions] == [m[:7] for m in whole.mentions]
    assert [(c.start, c.end, c.sentence, c.signal) for b in blocks for c in b.clauses] == [
        (c.start, c.end, c.sentence, c.signal) for c in whole.clauses
    ]


@pytest.mark.parametrize(
    "text",
    ["in '95 and '96", "the '95's 1999 numbers", "abc1999 def", "x'9'9 in 1999", "1999's figures",
     "\u212a 1999 in May 2001", "March 3,1999", "it closed at 5 p.m.' on Friday", "'", "1", "May"],
)
def test_the_token_stream_finds_what_every_position_finds(text: str) -> None:
    spans = [(c.start, c.end, c.rule) for c in find(text)]
    assert spans == [(c.start, c.end, c.rule) for c in find_everywhere(text)]


def test_curly_apostrophes_are_tense_cues_too() -> None:
    straight = "He'll sign the bill on Friday."
    curly = straight.replace("'", "\u2019")
    at = straight.index("Friday")
    assert tense_at(curly, at, at + 6) == tense_at(straight, at, at + 6)
    assert tense_at(straight, at, at + 6).value == "FUTURE"


@pytest.mark.parametrize(
    ("compact", "gap_after"),
    [("Officials said the suspects will be charged on Friday.", "will be"),  # "charged" reads back
     ("Friday officials are to vote.", "are")],  # "are" reads on: "are to"
)
def test_tense_cues_read_as_far_as_the_whole_text(compact: str, gap_after: str) -> None:
    # The cues are read from the words around the expression's sentence only; a run of numbers
    # (no words) longer than the sentence's reach must not cut what a cue reads around it.
    cut = compact.index(gap_after) + len(gap_after)
    spread = compact[:cut] + " 1 2 3" * 80 + compact[cut:]
    for text in (compact, spread):
        at = text.index("Friday")
        assert tense_at(text, at, at + 6).value == "FUTURE", text


def test_tense_lookups_agree_from_sentences_and_from_the_whole_text() -> None:
    # A TenseReader reads each sentence's words until it has read as much as the text, then the
    # whole text's cues: both must give every expression and every verb the same tense.
    text = _long_text()
    spans = [(c.start, c.end, False) for c in find(text)] + [
        (m.start(), m.end(), True) for m in re.finditer(r"\b\w+ed\b", text)
    ]
    whole = TenseReader(text)
    whole.at(0, 0)
    whole._read = 2 * len(text)  # from now on: the whole text's cues (TenseReader switches at twice its length)
    by_sentence = [tense_at(text, start, end, include_self=verb) for start, end, verb in spans]
    assert [whole.at(start, end, include_self=verb) for start, end, verb in spans] == by_sentence
    assert len(set(by_sentence)) == len(Tense)
