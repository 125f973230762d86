"""Reliability (issue #6): linear work, safe regexes, the same answer in every environment and
from every thread, no state kept between calls, nothing lost from the text.

Work is counted, never timed: a profile hook counts every Python function call and every call
into C (each regex match, each str method) that one ``build_timeline`` makes.
"""

from __future__ import annotations

import concurrent.futures
import copy
import itertools
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline import _extract, build_timeline
from timeline._dateline import header_end
from timeline._extract import find
from timeline._grammar import MAX_SENTENCE, sentences
from timeline._rules import RULES
from timeline.strategies import datelines, news_texts

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "rourke_defends_baldwin_2023-01-31.txt").read_text(encoding="utf-8")

# --------------------------------------------------------------------------- linear work


def work(text: str) -> int:
    """Python lines executed (each loop and comprehension iteration counts) plus calls into C
    (each regex match, each str method) by one build_timeline: a deterministic work count."""
    count = 0

    def local(frame: types.FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1  # "line", "return", "exception"
        return local

    def hook(frame: types.FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1  # a Python call
        return local

    def c_calls(frame: types.FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(hook)
    sys.setprofile(c_calls)
    try:
        build_timeline(text, "2023-01-31")
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


# Inputs that would make a careless extractor quadratic: every token a near-match, candidates
# that a guard rejects (so the scan resumes inside them), long runs a regex could backtrack over.
ADVERSARIAL = [
    "1", "1 ", "1,000,", "12:", "1/", "'9", "1-", "2023-01-", "1 1/2 ", "Jan. ", "Jan 1, ", "Monday ", "may ",
    "last ", "the past ", "the 1990s ", "every ", "mid-", "from Jan. 3 to ", "(((", "....", '"', "-", "\u200b",
    "x\n", "a a ", "Mr. ", "said ", "will ", "It was. ", "He said on Monday that prices rose. ",
    ",000", "on Monday and ", "a year earlier compared with ", "since January, ", "1,000,000 days ago ",
    "he said prices rose on Monday and fell a year earlier and ",
]  # fmt: skip


@pytest.mark.parametrize("chunk", ADVERSARIAL)
def test_work_grows_linearly_with_the_text(chunk: str) -> None:
    small, large = (chunk * (n // len(chunk) + 1) for n in (2000, 8000))
    work(large)  # warm the caches (compiled scans, cached values) so both runs count only work
    once, four_times = work(small), work(large)
    assert four_times < 4.4 * once, f"4x the text made {four_times / once:.2f}x the work"
    assert four_times < 150 * len(large), f"{four_times / len(large):.0f} steps per character"


class _SpyPattern:
    """A compiled scan that records how many characters each match attempt may read."""

    def __init__(self, pattern: re.Pattern[str], seen: list[int]) -> None:
        self.pattern, self.seen = pattern, seen

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.seen.append(min(endpos, len(text)) - pos)
        return self.pattern.match(text, pos, endpos)


@pytest.mark.parametrize(
    "text",
    ["1" + ",000" * 5000 + " days ago", "Jan. 19 " * 2000, "Monday " * 3000, "1 " * 10000, " " * 20000 + "Jan. 19"],
    ids=["one long number", "Jan. 19", "Monday", "1 ", "spaces"],
)
def test_each_scan_attempt_reads_a_bounded_window(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The regex engine's steps cannot be counted, but the characters each attempt may read can:
    # at most MAX_EXTENT per attempt and a bounded number of attempts per token (one per segment of
    # the rules that can open there: each composite rule alone, each run of the others as one; a
    # composite that a builder rejects once more), so the scan is linear (and within a window no
    # pattern can backtrack catastrophically: see the star-height test).
    # "1,000,000,...": before the window, each comma group's attempt read to the number's end.
    seen: list[int] = []
    real = _extract._segments
    monkeypatch.setattr(_extract, "_segments", lambda *key: tuple(_SpyPattern(p, seen) for p in real(*key)))
    list(find(text))
    tokens = len(re.findall(r"[A-Za-z]+|\d+|'\d", text))
    composites = sum(rule.composite for rule in RULES)
    assert 0 < len(seen) <= tokens * (2 * composites + 1)
    assert max(seen, default=0) <= _extract.MAX_EXTENT <= 256


def test_work_per_character_on_the_seed_article() -> None:
    # Eight copies of a real article cost four times two copies.  (The first copy alone is
    # cheaper: its "date ..." header line is skipped, the later copies' are read as text.)
    work(SEED)
    two, eight = work("\n\n".join([SEED] * 2)), work("\n\n".join([SEED] * 8))
    assert 3.8 * two < eight < 4.2 * two


def _regex_inventory() -> list[dict[str, Any]]:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regex_review.py"), "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    found: list[dict[str, Any]] = json.loads(out.stdout)
    return found


def test_no_regex_nests_unbounded_repeats() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from regex_review import reviewed
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    found = _regex_inventory()
    assert len(found) > 150  # the rules, the guards, tense, events, values, dateline
    assert {r["where"].split(":")[0] for r in found} >= {
        "timeline._extract", "timeline._grammar", "timeline._direction", "timeline._values", "timeline._dateline",
    }
    nested = [(r["where"], r["pattern"][:80]) for r in found if r["star_height"] > 1 and not reviewed(r["pattern"])]
    assert nested == []


# --------------------------------------------------------------------------- determinism

TEXTS = [
    SEED,
    "The minister resigned on Monday and will testify next week. Sales fell 3% last quarter.",
    "WASHINGTON, Jan. 31, 2023 — Officials said Tuesday that the plant closed two years ago.",
    "Prices rose last week; the vote is tomorrow. He left yesterday.",
]
CHILD = r"""
import datetime, json, locale, sys, time
fake = float(sys.argv[1])
time.time = lambda: fake
time.time_ns = lambda: int(fake * 1e9)
time.localtime = lambda secs=None: time.gmtime(fake if secs is None else secs)
class FakeDateTime(datetime.datetime):
    @classmethod
    def now(cls, tz=None): return datetime.datetime.fromtimestamp(fake, tz)
    @classmethod
    def utcnow(cls): return datetime.datetime.utcfromtimestamp(fake)
    @classmethod
    def today(cls): return cls.now()
class FakeDate(datetime.date):
    @classmethod
    def today(cls): return datetime.date.fromtimestamp(fake)
datetime.datetime, datetime.date = FakeDateTime, FakeDate
try:
    locale.setlocale(locale.LC_ALL, "")
except locale.Error:
    pass
from timeline import build_timeline
texts = json.loads(sys.stdin.read())
out = [build_timeline(t, d).to_json() for t in texts for d in (None, "2023-01-31")]
sys.stdout.buffer.write(json.dumps(out).encode())
"""

ENVIRONMENTS = [
    # (TZ, LC_ALL, PYTHONHASHSEED, patched clock as a Unix time)
    ("UTC", "C", "0", 0.0),  # 1970-01-01
    ("Pacific/Kiritimati", "C.UTF-8", "1", 1_675_209_600.0),  # 2023-02-01, UTC+14
    ("America/St_Johns", "tr_TR.UTF-8", "random", 4_102_444_800.0),  # 2100-01-01, UTC-3:30
]


def _child_output(tz: str, lc_all: str, hashseed: str, clock: float) -> bytes:
    env = {**os.environ, "TZ": tz, "LC_ALL": lc_all, "LANG": lc_all, "PYTHONHASHSEED": hashseed}
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(clock)], input=json.dumps(TEXTS).encode(),
        capture_output=True, check=True, env=env, cwd=ROOT,
    )
    return run.stdout


def test_same_json_under_every_time_zone_locale_clock_and_hash_seed() -> None:
    here = json.dumps([build_timeline(t, d).to_json() for t in TEXTS for d in (None, "2023-01-31")]).encode()
    outputs = {env: _child_output(*env) for env in ENVIRONMENTS}
    for env, out in outputs.items():
        assert out == here, f"differs under TZ={env[0]} LC_ALL={env[1]} PYTHONHASHSEED={env[2]} clock={env[3]}"
    assert json.loads(here)[1].count('"value"') > 10  # the seed article's timeline is not empty


# --------------------------------------------------------------------------- threads and state


def test_eight_threads_give_the_serial_results() -> None:
    texts = [*TEXTS, *(f"Item {i}: the plant closed {i} days ago and reopens next {d}." for i, d in
                       enumerate(["Monday", "week", "month", "year"]))]
    jobs = [(texts[i % len(texts)], ["2023-01-31", None, "1999-12-31"][i % 3]) for i in range(64)]
    jobs += [(SEED, "2023-01-31")] * 16  # the same text from many threads at once
    serial = [build_timeline(t, d).to_json() for t, d in jobs]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda job: build_timeline(*job).to_json(), jobs))
    assert threaded == serial


def _module_state() -> dict[str, Any]:
    """Every container held at module level by the library's modules."""
    state = {}
    for name, module in sorted(sys.modules.items()):
        if name == "timeline" or name.startswith("timeline."):
            for attr, value in vars(module).items():
                if isinstance(value, (dict, list, set, bytearray)) and not attr.startswith("__"):
                    state[f"{name}.{attr}"] = copy.deepcopy(value)
    return state


def test_no_module_level_state_changes_across_calls() -> None:
    before = _module_state()
    assert len(before) > 10
    for text in TEXTS:
        build_timeline(text)
        build_timeline(text + " It rained on Christmas, in 1990 and every Monday.", "1989-12-31")
    # Words no earlier test has used, so that a memo of per-word facts kept in a module-level dict
    # (not an lru_cache of a pure function) shows up whatever order the tests run in.
    build_timeline("The vorblaxed quintifrobs glimmerated the snorbing dravits on Monday.", "2020-02-02")
    assert _module_state() == before


# --------------------------------------------------------------------------- nothing lost

ODD = ["\r\n", "\t", "\U0001f600", "e\u0301", "\u0301", "\u200b", "\u200f", "\U0001f468\u200d\U0001f469", "\r"]


@settings(max_examples=80, deadline=None)
@given(text=news_texts(), inserts=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(ODD)), max_size=8),
       dateline=datelines())
def test_offsets_survive_crlf_tabs_emoji_and_combining_marks(
    text: str, inserts: list[tuple[int, str]], dateline: Any
) -> None:
    for at, piece in inserts:
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    tl = build_timeline(text, dateline)
    for x in tl.expressions:
        assert text[x.start : x.end] == x.text
    for e in tl.events:
        assert text[e.start : e.end] == e.text
        assert text[e.trigger_start :].startswith(e.trigger)
        assert tl.event(e.eid) is e  # every event is reachable by its id
    # Every expression found is kept, whether or not it anchors an event.
    found = [(c.start, c.end) for c in find(text) if c.start >= header_end(text)]
    assert [(x.start, x.end) for x in tl.expressions] == found


def test_an_expression_without_an_event_is_kept() -> None:
    tl = build_timeline("Jan. 19, 2023.\n\nMonday. Next week?", "2023-01-31")
    assert [x.text for x in tl.expressions] == ["Jan. 19, 2023", "Monday", "Next week"]
    assert timeline.Timeline is type(tl)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(["he", "said", "prices", "rose", "on", "Monday", "and", "x" * 700, ".", "\n\n"]),
                      max_size=900))
def test_sentences_are_bounded_and_keep_every_character(words: list[str]) -> None:
    # A run without a sentence end is cut at a space (or, with none, anywhere) into pieces of at
    # most MAX_SENTENCE characters: clause analysis inside a sentence compares its clauses pairwise.
    text = " ".join(words)
    spans = list(sentences(text))
    assert all(0 < b - a <= MAX_SENTENCE for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans))
    covered = "".join(text[a:b] for a, b in spans)
    assert [c for c in covered if not c.isspace()] == [c for c in text if not c.isspace()]
