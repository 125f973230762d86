"""The dateline detected in an article's head: tests/corpus/datelines.txt (its header documents the
format), one parametrized case per line, and the parser's strictness."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from timeline import build_timeline
from timeline._dateline import HEAD_CHARS, find_dateline, header_end

DATELINES_FILE = Path(__file__).parent / "corpus" / "datelines.txt"
_CASE = re.compile(r"(?P<expected>\d{4}-\d{2}-\d{2}|none)(?P<flags>(?: (?:ambiguous|header))*) \| (?P<head>.*)")


class Head(NamedTuple):
    line: int
    expected: dt.date | None
    ambiguous: bool
    header: bool
    text: str


def read_heads(path: Path = DATELINES_FILE) -> list[Head]:
    heads = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        m = _CASE.fullmatch(raw)
        if m is None:
            raise ValueError(f"{path.name}:{n}: expected 'YYYY-MM-DD|none [ambiguous] [header] | head', got {raw!r}")
        flags = m["flags"].split()
        expected = None if m["expected"] == "none" else dt.date.fromisoformat(m["expected"])
        if expected is None and flags:
            raise ValueError(f"{path.name}:{n}: a head without a dateline takes no flags")
        heads.append(Head(n, expected, "ambiguous" in flags, "header" in flags, m["head"].replace("\\n", "\n")))
    return heads


HEADS = read_heads()


def test_the_corpus_has_enough_heads_of_both_kinds() -> None:
    assert sum(h.expected is not None for h in HEADS) >= 60
    assert sum(h.expected is None for h in HEADS) >= 20


@pytest.mark.parametrize("head", HEADS, ids=[f"L{h.line}:{h.text[:40]}" for h in HEADS])
def test_head(head: Head) -> None:
    tl = build_timeline(head.text)
    assert tl.dateline == head.expected
    found = find_dateline(head.text)
    assert (found is not None and found.note is not None) is head.ambiguous
    assert (header_end(head.text) > 0) is head.header
    if head.expected is not None:
        assert found is not None and found.start < HEAD_CHARS


def test_the_parser_is_strict(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("2024-13-01 | x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"month must be in 1\.\.12"):
        read_heads(bad)
    bad.write_text("2024-11-06 | x\n2024-11-06 headers | x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:2"):
        read_heads(bad)
