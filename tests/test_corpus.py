"""The specification corpus: tests/corpus/positive.txt and tests/corpus/negative.txt.

positive.txt holds ``TYPE VALUE [MOD] | text | text ...`` lines under ``dateline: YYYY-MM-DD``
lines (the file's header comment documents the format); every text must yield exactly one
expression with that type, value and mod, and, when the text marks an extent with ``[...]``,
exactly that text (an unmarked text is itself the expression; its extent is not compared).
negative.txt holds one sentence per line that must yield no expression at all.

The parser is strict: any malformed line raises :class:`CorpusError` naming the file and line,
so a typo in the corpus fails loudly instead of silently dropping a case.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).parent / "corpus"
POSITIVE_FILE = CORPUS_DIR / "positive.txt"
NEGATIVE_FILE = CORPUS_DIR / "negative.txt"
NEGATIVE_DATELINE = "2023-01-31"

TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
MODS = frozenset(
    {
        "START",
        "MID",
        "END",
        "APPROX",
        "MORE_THAN",
        "LESS_THAN",
        "EQUAL_OR_MORE",
        "EQUAL_OR_LESS",
        "BEFORE",
        "AFTER",
        "ON_OR_AFTER",
        "ON_OR_BEFORE",
    }
)

# The TIMEX3 value shapes the corpus may use (a typo guard, independent of the library).
_CAL = (
    r"(?:\d{2}|\d{3}|\d{4}|XXXX|XXX|XX"
    r"|(?:\d{4}|XXXX)-(?:H[12]|Q[1-4]|SP|SU|FA|WI|\d{2}|XX|W\d{2}|WXX)"
    r"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)-(?:WE|[1-7])"
    r"|(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX))"
    r"(?:T(?:MO|MI|AF|EV|NI|DT|(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?))?"
)
_NUM = r"(?:\d+(?:\.\d+)?|X)"
VALUE_RE = re.compile(
    rf"PRESENT_REF|PAST_REF|FUTURE_REF|{_CAL}"
    rf"|P(?:{_NUM}[YMWD])+(?:T(?:{_NUM}[HMS])+)?|PT(?:{_NUM}[HMS])+"
)
DATELINE_RE = re.compile(r"dateline:\s*(\S+)")


class CorpusError(ValueError):
    """A malformed corpus line."""

    def __init__(self, source: str, lineno: int, problem: str, line: str) -> None:
        super().__init__(f"{source}:{lineno}: {problem}: {line!r}")


@dataclass(frozen=True)
class PositiveCase:
    """One surface text of a positive line, with what the library must find in it."""

    lineno: int
    dateline: str
    type: str
    value: str
    mod: str | None
    marked: str  # the text as written in the corpus, with its [extent]
    text: str  # the text given to the library (brackets removed)
    extent: str | None  # the marked extent, or None when the whole text is the expression
    start: int = 0  # where the extent starts in text
    contexts: tuple[str, ...] = ()  # other expressions the text must yield, in order ({...})

    @property
    def id(self) -> str:
        return f"L{self.lineno}:{_short(self.marked)}"


@dataclass(frozen=True)
class NegativeCase:
    lineno: int
    text: str

    @property
    def id(self) -> str:
        return f"L{self.lineno}:{_short(self.text)}"


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _split_extent(raw: str, source: str, lineno: int, line: str) -> tuple[str, str | None, int, tuple[str, ...]]:
    """Remove the ``[...]`` and ``{...}`` markers from ``raw``: the plain text, the marked extent
    (or None), where it starts in the plain text, and the ``{context}`` expressions in order."""
    if raw.count("[") != raw.count("]") or raw.count("[") > 1:
        raise CorpusError(source, lineno, "a text needs exactly one [extent] or none", line)
    if raw.count("{") != raw.count("}"):
        raise CorpusError(source, lineno, "unbalanced {context} marker", line)
    plain: list[str] = []
    extent: str | None = None
    start = 0
    contexts: list[str] = []
    for m in re.finditer(r"\[(?P<target>[^\[\]{}]*)\]|\{(?P<context>[^\[\]{}]*)\}|(?P<plain>[^\[\]{}]+)", raw):
        piece = m.group(m.lastgroup or "plain")
        if m.lastgroup != "plain":
            if not piece:
                raise CorpusError(source, lineno, "empty [extent] or {context}", line)
            if piece != piece.strip():
                raise CorpusError(source, lineno, "marker with leading or trailing space", line)
        if m.lastgroup == "target":
            extent, start = piece, len("".join(plain))
        elif m.lastgroup == "context":
            contexts.append(piece)
        plain.append(piece)
    text = "".join(plain)
    if len(text) != len(raw) - 2 * (len(contexts) + (extent is not None)):
        raise CorpusError(source, lineno, "nested or reversed markers", line)
    if contexts and extent is None:
        raise CorpusError(source, lineno, "a text with {context} needs its [extent]", line)
    return text, extent, start, tuple(contexts)


def parse_positive(lines: Iterable[str], source: str = "positive.txt") -> list[PositiveCase]:
    """Parse positive-corpus lines; raise :class:`CorpusError` on any malformed line."""
    cases: list[PositiveCase] = []
    dateline: str | None = None
    for lineno, rawline in enumerate(lines, 1):
        line = rawline.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("dateline"):
            m = DATELINE_RE.fullmatch(line)
            if m is None:
                raise CorpusError(source, lineno, "expected 'dateline: YYYY-MM-DD'", line)
            try:
                dateline = dt.date.fromisoformat(m.group(1)).isoformat()
            except ValueError:
                raise CorpusError(source, lineno, "dateline is not an ISO date", line) from None
            if dateline != m.group(1):
                raise CorpusError(source, lineno, "dateline is not in YYYY-MM-DD form", line)
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2:
            raise CorpusError(source, lineno, "expected 'TYPE VALUE [MOD] | text ...'", line)
        if dateline is None:
            raise CorpusError(source, lineno, "case before the first 'dateline:' line", line)
        head = parts[0].split()
        if len(head) not in (2, 3):
            raise CorpusError(source, lineno, "the head must be 'TYPE VALUE [MOD]'", line)
        typ, value = head[0], head[1]
        mod = head[2] if len(head) == 3 else None
        if typ not in TYPES:
            raise CorpusError(source, lineno, f"unknown TYPE {typ!r}", line)
        if VALUE_RE.fullmatch(value) is None:
            raise CorpusError(source, lineno, f"malformed TIMEX3 value {value!r}", line)
        if mod is not None and mod not in MODS:
            raise CorpusError(source, lineno, f"unknown MOD {mod!r}", line)
        for raw in parts[1:]:
            if not raw:
                raise CorpusError(source, lineno, "empty text", line)
            text, extent, start, contexts = _split_extent(raw, source, lineno, line)
            cases.append(PositiveCase(lineno, dateline, typ, value, mod, raw, text, extent, start, contexts))
    return cases


def parse_negative(lines: Iterable[str], source: str = "negative.txt") -> list[NegativeCase]:
    """Parse negative-corpus lines; raise :class:`CorpusError` on any malformed line."""
    cases: list[NegativeCase] = []
    for lineno, rawline in enumerate(lines, 1):
        line = rawline.strip()
        if not line or line.startswith("#"):
            continue
        if any(c in line for c in "|[]"):
            raise CorpusError(source, lineno, "a negative text may not contain '|', '[' or ']'", line)
        if line.startswith("dateline"):
            raise CorpusError(source, lineno, "negative texts have no dateline lines", line)
        cases.append(NegativeCase(lineno, line))
    return cases


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


POSITIVE = parse_positive(_read(POSITIVE_FILE), POSITIVE_FILE.name)
NEGATIVE = parse_negative(_read(NEGATIVE_FILE), NEGATIVE_FILE.name)


def _build(text: str, dateline: str) -> Any:
    # Imported here so that the corpus and its parser can be checked before the library exists.
    from timeline import build_timeline

    return build_timeline(text, dateline)


def _describe(expressions: Iterable[Any]) -> str:
    found = [f"    {x.text!r} {x.type.value} {x.value}" + (f" mod={x.mod}" if x.mod else "") for x in expressions]
    return "\n".join(found) if found else "    (none)"


# ------------------------------------------------------------------------------------ tests


@pytest.mark.parametrize("case", POSITIVE, ids=[c.id for c in POSITIVE])
def test_positive(case: PositiveCase) -> None:
    expressions = tuple(_build(case.text, case.dateline).expressions)
    expected = f"{case.type} {case.value}" + (f" mod={case.mod}" if case.mod else "")
    if case.extent is not None:
        expected = f"{case.extent!r} {expected}"
    message = (
        f"\n  text:     {case.marked!r}\n  dateline: {case.dateline}\n"
        f"  expected: {expected}\n  found:\n{_describe(expressions)}"
    )
    # {context} expressions (an earlier quarter, an anaphor's reference) must be found as marked;
    # the [extent] is the one whose value is checked.
    targets = [x for x in expressions if x.start == case.start] if case.contexts else list(expressions)
    others = tuple(x.text for x in expressions if x not in targets)
    assert others == case.contexts, message
    assert len(targets) == 1, message
    (x,) = targets
    assert (x.type.value, x.value, x.mod) == (case.type, case.value, case.mod), message
    if case.extent is not None:  # the extent is checked only where the corpus marks one
        assert x.text == case.extent, message


@pytest.mark.parametrize("case", NEGATIVE, ids=[c.id for c in NEGATIVE])
def test_negative(case: NegativeCase) -> None:
    expressions = tuple(_build(case.text, NEGATIVE_DATELINE).expressions)
    assert expressions == (), (
        f"\n  text:     {case.text!r}\n  dateline: {NEGATIVE_DATELINE}\n"
        f"  expected: no expression\n  found:\n{_describe(expressions)}"
    )


def test_corpus_size() -> None:
    assert len(POSITIVE) >= 300, len(POSITIVE)
    assert len(NEGATIVE) >= 60, len(NEGATIVE)


def test_corpus_has_no_contradictions() -> None:
    seen: dict[tuple[str, str], PositiveCase] = {}
    for case in POSITIVE:
        key = (case.dateline, case.text)
        other = seen.setdefault(key, case)
        assert other is case, f"duplicate text at lines {other.lineno} and {case.lineno}: {case.text!r}"
    negative_texts = {c.text for c in NEGATIVE}
    clash = [c.text for c in POSITIVE if c.text in negative_texts]
    assert not clash, f"texts in both corpora: {clash}"


@pytest.mark.parametrize(
    "lines",
    [
        ["DATE 2023-01-19 | On [Jan. 19]."],  # case before any dateline
        ["dateline: 2023-02-30", "DATE 2023 | x"],  # impossible date
        ["dateline: 2023-1-31"],  # not YYYY-MM-DD
        ["dateline: 2023-01-31", "DATE 2023-01-19 On [Jan. 19]."],  # no '|'
        ["dateline: 2023-01-31", "DAY 2023-01-19 | On [Jan. 19]."],  # unknown TYPE
        ["dateline: 2023-01-31", "DATE 2023-1-19 | On [Jan. 19]."],  # malformed value
        ["dateline: 2023-01-31", "DATE 2023-01 EARLY | in [early January]"],  # unknown MOD
        ["dateline: 2023-01-31", "DATE 2023-01 START X | in [early January]"],  # head too long
        ["dateline: 2023-01-31", "DATE 2023-01-19 | On [Jan. 19] and [Jan. 20]."],  # two extents
        ["dateline: 2023-01-31", "DATE 2023-01-19 | On [Jan. 19."],  # unbalanced
        ["dateline: 2023-01-31", "DATE 2023-01-19 | On []Jan. 19."],  # empty extent
        ["dateline: 2023-01-31", "DATE 2023-01-19 | On ]Jan. 19[."],  # reversed
        ["dateline: 2023-01-31", "DATE 2023-01-19 | On [Jan. 19 ]."],  # padded extent
        ["dateline: 2023-01-31", "DATE 2023-01-19 | On [Jan. 19]. |"],  # empty text
        ["dateline: 2023-01-31", "DATE 2023-01-20 | On {Jan. 19 and the day after."],  # unbalanced context
        ["dateline: 2023-01-31", "DATE 2023-01-20 | On {Jan. 19} and the day after."],  # context, no extent
        ["dateline: 2023-01-31", "DATE 2023-01-20 | On {Jan. [19]} and the day after."],  # nested
        ["dateline: 2023-01-31", "DATE 2023-01-20 | On {} and [the day after]."],  # empty context
    ],
)
def test_parser_rejects_malformed_positive(lines: list[str]) -> None:
    with pytest.raises(CorpusError):
        parse_positive(lines, "<test>")


@pytest.mark.parametrize("line", ["On [Jan. 19].", "DATE 2023 | 2023", "dateline: 2023-01-31"])
def test_parser_rejects_malformed_negative(line: str) -> None:
    with pytest.raises(CorpusError):
        parse_negative([line], "<test>")


def test_parser_reads_a_well_formed_case() -> None:
    (a, b) = parse_positive(
        ["# c", "", "dateline: 2023-01-31", "DURATION P2W APPROX | It took [about two weeks]. | about two weeks"]
    )
    assert (a.dateline, a.type, a.value, a.mod) == ("2023-01-31", "DURATION", "P2W", "APPROX")
    assert (a.text, a.extent, a.lineno) == ("It took about two weeks.", "about two weeks", 4)
    assert (b.text, b.extent) == ("about two weeks", None)
    (c,) = parse_positive(["dateline: 2023-01-31", "DATE 2023-01-20 | On {Jan. 19} and [the day after]."])
    assert (c.text, c.extent, c.contexts) == ("On Jan. 19 and the day after.", "the day after", ("Jan. 19",))
    assert c.text[c.start : c.start + len("the day after")] == "the day after"
