"""The fast scan finds exactly what trying every rule at every position finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline import Timeline, _extract, build_timeline
from timeline._extract import (
    _ONLY_FOR,
    _Context,
    _word_after,
    _word_before,
    find,
    find_everywhere,
    opening_words,
    rule_pattern,
)
from timeline._rules import RULES

CORPUS = Path(__file__).parent / "corpus"


def _texts() -> list[str]:
    texts = []
    for name in ("positive.txt", "negative.txt"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith(("#", "dateline:")):
                texts.extend(part.strip().replace("[", "").replace("]", "") for part in line.split("|")[-3:])
    texts += [f"It happened {example}." for rule in RULES for example in rule.examples]
    return texts


def _spans(found: object) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.rule) for c in found]  # type: ignore[attr-defined]


def test_fast_scan_equals_exhaustive_scan() -> None:
    texts = _texts()
    assert len(texts) > 500
    article = " ".join(texts)  # one long text: tokens of every kind next to each other
    for text in [*texts, article]:
        assert _spans(find(text)) == _spans(find_everywhere(text)), text


def test_a_guard_of_some_rules_keeps_every_other_rules_match() -> None:
    """_keep runs a guard listed in _ONLY_FOR only on its rules' candidates: on any other rule's
    match it must keep the candidate, or skipping it would change what is found."""
    checked = 0
    for text in _texts():
        for rule in RULES:
            for m in rule_pattern(rule.name).finditer(text):
                context = _Context(text, rule.name, m, _word_before(text, m.start()), _word_after(text, m.end()))
                for guard, rules in _ONLY_FOR.items():
                    if rule.name not in rules:
                        checked += 1
                        assert not guard(context), (guard.__name__, rule.name, text)
    assert checked > 1000


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_lists_its_opening_words(rule: object) -> None:
    # A rule whose opening words cannot be listed would be tried at every token: slow.
    assert opening_words(rule.opens or rule.pattern) is not None  # type: ignore[attr-defined]


@pytest.mark.parametrize("chunk", ["1", "the ", "last ", "may ", "1,", "12:", "several ", "-", "a "])
def test_long_runs_of_near_matches_yield_nothing(chunk: str) -> None:
    # Long runs of near-matches: a catastrophic pattern would hang here (the suite has a
    # time budget in CI); none of these runs is a date.
    assert list(find(chunk * 20000)) == []


def test_ascii_and_other_texts_read_alike() -> None:
    """An ASCII text's words are lower-cased in one call (the token scan, the tense cues), any
    other text's word by word: the same candidates, expressions and event tenses either way."""
    article = " ".join(text for text in _texts() if text.isascii())
    other = article + "\n\ncaf\u00e9"
    assert _spans(find(other)) == _spans(find(article)) != []
    plain, accented = build_timeline(article, "2020-01-01"), build_timeline(other, "2020-01-01")
    assert [x.to_dict() for x in accented.expressions] == [x.to_dict() for x in plain.expressions]

    def events(tl: Timeline) -> list[tuple[int, str, str, str | None]]:
        return [(e.trigger_start, e.tense, e.relation.value, e.time and e.time.value) for e in tl.events]

    assert events(accented) == events(plain) != []


@pytest.mark.parametrize(
    "text",
    ["On April 24 and 25 people died.", "The plane climbed on May 3 to 7,000 feet.", "It fell on May 7 to 3.",
     "He was born Jan. 3, 1998 and 4, 1999 came later.", "Sales on March 3 and 5% growth."],
)
def test_a_number_after_a_month_day_that_is_no_day_stays_out(text: str) -> None:
    days = [x for x in build_timeline(text, "1998-04-20").expressions if x.value.count("-") == 2]
    assert len(days) == 1, [(x.text, x.value) for x in days]


def test_blocks_start_is_the_look_behind_of_every_pattern() -> None:
    # _match skips a token whose character before _BEFORE's look-behind excludes, without a regex
    # call: the two tests must agree on every character (else find would miss or try candidates).
    import sys

    from timeline._extract import _BEFORE, _blocks_start

    before = re.compile(_BEFORE)
    differ = [c for c in map(chr, range(sys.maxunicode + 1)) if (before.match("x" + c, 2) is None) != _blocks_start(c)]
    assert differ == []
    assert _blocks_start("$") and _blocks_start("7") and not _blocks_start(" ") and not _blocks_start("(")


def _find_unicode(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, str]]:
    with monkeypatch.context() as m:
        m.setattr(_extract, "_reads_ascii", lambda text: False)
        return _spans(find(text))


def test_the_ascii_patterns_find_what_the_unicode_ones_find(monkeypatch: pytest.MonkeyPatch) -> None:
    # find tries its rules compiled with re.ASCII on an ASCII text (_reads_ascii): on every corpus
    # text, upper-cased too (case folding), and with a separator \x1c (a space only to Unicode:
    # such a text is read with the Unicode patterns), the same candidates.
    texts = [t for t in _texts() if t.isascii()]
    assert len(texts) > 500
    article = " ".join(texts)
    assert _extract._reads_ascii(article) and not _extract._reads_ascii("Jan.\x1c19") and not _extract._reads_ascii("Jan. 19\u2019")
    for text in [*texts, article, article.upper(), article.replace(" ", "\x1c")]:
        assert _spans(find(text)) == _find_unicode(text, monkeypatch), text
    assert len(_spans(find(article))) > 500  # something to compare


def test_after_a_number_the_index_reads_the_separator() -> None:
    """After digits the word index files the rules by what separates the next token: the clock rules
    are tried at "3:30" and "3.30", not at "1,700"; the fast scan still equals the exhaustive one there."""
    entry = _extract._word_index()[_extract._DIGIT][_extract._DIGIT]
    assert isinstance(entry, dict)
    clock = next(i for i, rule in enumerate(RULES) if rule.name == "clock")
    assert clock in entry[":"] and clock in entry["."] and clock not in entry[","] and clock not in entry["*"]
    assert _extract.separator("") == "" and _extract.separator("  ") == " " and _extract.separator(" , ") == ","
    for text in ("It cost 1,700 dollars at 3:30 p.m. and 3,15 July.", "At 3 : 30, 1.8 million; 13-15 July, 9.30 am"):
        assert _spans(find(text)) == _spans(find_everywhere(text)) != []
