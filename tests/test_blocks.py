"""Long texts are analysed in blocks of sentences and scanned as a stream: the results must not
depend on where the blocks are cut (see docs/performance.md, "Scaling")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import _grammar as events_module
from timeline import build_timeline
from timeline._extract import find, find_everywhere
from timeline._grammar import analyse, analyse_blocks

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


def test_curly_apostrophes_read_like_straight_ones() -> None:
    # A curly apostrophe (U+2019) contracts "will" as a straight one does: the grammar splits both.
    straight = "He'll sign the bill on Friday."
    curly = straight.replace("'", "\u2019")
    values = [x.value for x in build_timeline(straight, DATELINE).expressions]
    assert values == ["2023-02-03"]  # the Friday after the dateline, a Tuesday
    assert [x.value for x in build_timeline(curly, DATELINE).expressions] == values


@pytest.mark.parametrize("block_chars", [1, 300])
def test_directions_do_not_depend_on_the_block_size(block_chars: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # The grammar is read one block of sentences at a time; an expression's direction comes from
    # the clause that holds it, so the blocks' cuts change no direction.
    from timeline._direction import Directions

    text = _long_text()
    spans = [(c.start, c.end) for c in find(text)]

    def directions() -> list[str]:
        out = []
        for analysis in analyse_blocks(text, spans):
            d = Directions(text, analysis)
            s0, s1 = analysis.sentences[0][0], analysis.sentences[-1][1]
            out += [d.at(a, b).value for a, b in spans if s0 <= a < s1]
        return out

    whole = directions()
    monkeypatch.setattr(events_module, "_BLOCK_CHARS", block_chars)
    assert directions() == whole
    assert {"PAST", "PAST_LOOSE", "PRESENT", "FUTURE", "NONE"} <= set(whole)


def test_the_grammar_is_computed_once_per_block(monkeypatch: pytest.MonkeyPatch) -> None:
    # Resolution and anchoring both read one analysis per block of sentences: the text is
    # tokenized once for each block, never again by the events layer.
    calls: list[tuple[int, int]] = []
    real = events_module.tokenize

    def counting(text: str, start: int, end: int) -> events_module.Tokens:
        calls.append((start, end))
        return real(text, start, end)

    monkeypatch.setattr(events_module, "_BLOCK_CHARS", 700)
    monkeypatch.setattr(events_module, "tokenize", counting)
    text = _long_text()
    blocks = len(list(analyse_blocks(text)))
    calls.clear()
    tl = build_timeline(text, DATELINE)
    assert tl.events and len(calls) == blocks > 5


def test_there_is_one_tense_analysis() -> None:
    # The cue-word tense detector is retired: direction comes from the clause grammar only.
    import importlib.util

    assert importlib.util.find_spec("timeline._tense") is None


_TOKEN_TEXTS = st.text(alphabet=st.sampled_from(list("ab Z9.,'`\u2019-:/\"\n\t\u00a0\u2003\u2028\x1c\x85;$")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TOKEN_TEXTS, st.integers(0, 5), st.integers(0, 5))
def test_tokenize_gives_each_tokens_offsets(text: str, cut_start: int, cut_end: int) -> None:
    # tokenize reads the tokens with the spaces before them in one findall and adds up lengths:
    # the same tokens, at the same offsets, as one match per token (any whitespace, any window).
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    found = list(events_module._TOKEN.finditer(text, start, end))
    texts = [m.group() for m in found]
    expected = events_module.Tokens([m.start() for m in found], [m.end() for m in found], texts, [t.lower() for t in texts])
    marked = events_module._apostrophe_tokens(text, start, end, expected.starts)
    expected = events_module._split_contractions(expected, marked) if marked else expected
    assert events_module.tokenize(text, start, end) == expected
    assert len(set(expected.starts)) == len(expected.starts)  # something to compare: distinct tokens
