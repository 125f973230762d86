"""The specification corpus: tests/corpus/positive.txt and tests/corpus/negative.txt.

positive.txt holds ``TYPE VALUE [MOD] | text | text ...`` lines under ``dateline: YYYY-MM-DD``
(or ``YYYY-MM-DDTHH:MM``, a dateline with its time of day) lines (the file's header comment documents the format); every text must yield exactly one
expression with that type, value and mod, and, when the text marks an extent with ``[...]``,
exactly that text (an unmarked text is itself the expression; its extent is not compared).
negative.txt holds one sentence per line that must yield no expression at all.

direction.txt (issue #13: is a date put on the right side of the dateline by the grammar of its
clause?) holds value lines in positive.txt's format, read by the same parser, and event lines

    EVENT trigger key=value [key=value ...] | text | text ...

for each of which the library must find exactly one event whose ``trigger`` is that word, and
each given key must hold (keys not given are not checked): ``polarity`` (POS or NEG),
``modality`` (the modal word or None), ``relation`` (BEFORE, AFTER, OVERLAP or VAGUE, against
the dateline), ``earliest`` and ``latest`` (``YYYY-MM-DDTHH:MM`` or None), ``time`` (the TIMEX3
value of the anchored expression, or None) and ``class`` (a TimeML event class). Event texts have
no ``[ ]`` or ``{ }`` markers and must contain the trigger as a word. Its test ids read
``direction:L<line>:<text>`` and ``direction:L<line>:EVENT <trigger>:<text>``.

The parser is strict: any malformed line raises :class:`CorpusError` naming the file and line,
so a typo in the corpus fails loudly instead of silently dropping a case.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from pathlib import Path
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).parent / "corpus"
POSITIVE_FILE = CORPUS_DIR / "positive.txt"
NEGATIVE_FILE = CORPUS_DIR / "negative.txt"
DIRECTION_FILE = CORPUS_DIR / "direction.txt"
STORY_FILE = CORPUS_DIR / "story.txt"
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
    r"(?:T(?:MO|MI|AF|EV|NI|DT|(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?))?"
)
_NUM = r"(?:\d+(?:\.\d+)?|X)"
VALUE_RE = re.compile(
    rf"PRESENT_REF|PAST_REF|FUTURE_REF|(?:BC)?{_CAL}"
    rf"|P(?:{_NUM}[YMWD])+(?:T(?:{_NUM}[HMS])+)?|PT(?:{_NUM}[HMS])+"
)
DATELINE_RE = re.compile(r"dateline:\s*(\S+)")
KIND_RE = re.compile(r"kind:\s*(?P<kind>auto|news|narrative|schedule)")
CONTEXT_RE = re.compile(r"context:\s*(?P<text>\S.*)")
NO_DATELINE = "none"  # 'dateline: none': the library is given no dateline
PARAGRAPH = "\u00b6"  # '¶' in a context or a text: a paragraph break


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
    kind: str = "auto"  # the kind of text build_timeline is told ('kind:' lines)

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
    return _parse(lines, source, events=False)[0]


def _parse(lines: Iterable[str], source: str, *, events: bool) -> tuple[list[PositiveCase], list[EventCase]]:
    """Value lines (and ``EVENT`` lines when ``events``) under their ``dateline:``, ``kind:`` and
    ``context:`` lines."""
    cases: list[PositiveCase] = []
    event_cases: list[EventCase] = []
    dateline: str | None = None
    kind = "auto"
    context: list[str] = []  # the 'context:' lines above the next case line
    for lineno, rawline in enumerate(lines, 1):
        line = rawline.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("dateline"):
            dateline = _dateline(line, source, lineno)
            kind, context = "auto", []
            continue
        if line.startswith("kind"):
            m = KIND_RE.fullmatch(line)
            if m is None:
                raise CorpusError(source, lineno, "expected 'kind: auto|news|narrative|schedule'", line)
            kind = m.group("kind")
            continue
        if line.startswith("context"):
            m = CONTEXT_RE.fullmatch(line)
            if m is None or any(c in m.group("text") for c in "[]|"):
                raise CorpusError(source, lineno, "expected 'context: text' with no '[', ']' or '|'", line)
            context.append(m.group("text"))
            continue
        prefix = " ".join(context) + " " if context else ""
        context = []
        if events and line.split(None, 1)[:1] == ["EVENT"]:
            if prefix and any(c in prefix for c in "{}"):
                raise CorpusError(source, lineno, "an event's context takes no {context} marker", line)
            for case in _parse_event_line(line, lineno, dateline, source):
                event_cases.append(dataclass_replace(case, text=(prefix + case.text).replace(PARAGRAPH, "\n\n"), kind=kind))
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
            text, extent, start, contexts = _split_extent((prefix + raw).replace(PARAGRAPH, "\n\n"), source, lineno, line)
            if extent is None and prefix:
                raise CorpusError(source, lineno, "a text after 'context:' needs its [extent]", line)
            cases.append(PositiveCase(lineno, dateline, typ, value, mod, raw, text, extent, start, contexts, kind))
    return cases, event_cases


def _dateline(line: str, source: str, lineno: int) -> str:
    m = DATELINE_RE.fullmatch(line)
    if m is None:
        raise CorpusError(source, lineno, "expected 'dateline: YYYY-MM-DD' or 'dateline: none'", line)
    if m.group(1) == NO_DATELINE:
        return NO_DATELINE
    written = m.group(1)
    try:
        # a date, or a date and its time of day ("2013-02-12T04:30": a schedule counts from it)
        dateline = dt.date.fromisoformat(written).isoformat() if "T" not in written else \
            dt.datetime.fromisoformat(written).isoformat(timespec="minutes")
    except ValueError:
        raise CorpusError(source, lineno, "dateline is not an ISO date", line) from None
    if dateline != written:
        raise CorpusError(source, lineno, "dateline is not in YYYY-MM-DD or YYYY-MM-DDTHH:MM form", line)
    return dateline


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


RELATIONS = frozenset({"BEFORE", "AFTER", "OVERLAP", "VAGUE"})
EVENT_CLASSES = frozenset({"OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION"})
EVENT_KEYS = ("polarity", "modality", "relation", "earliest", "latest", "time", "class")
_TRIGGER_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


@dataclass(frozen=True)
class EventCase:
    """One surface text of an ``EVENT`` line: the event with ``trigger`` must have every ``expect``ed key."""

    lineno: int
    dateline: str
    trigger: str
    expect: tuple[tuple[str, Any], ...]  # (key, expected value) in the line's order
    text: str
    kind: str = "auto"

    @property
    def id(self) -> str:
        return f"L{self.lineno}:EVENT {self.trigger}:{_short(self.text)}"


def _event_value(key: str, raw: str, source: str, lineno: int, line: str) -> Any:
    """The expected value of one ``key=raw`` pair, checked for its key's shape."""
    if key == "polarity" and raw in ("POS", "NEG"):
        return raw
    if key == "relation" and raw in RELATIONS:
        return raw
    if key == "class" and raw in EVENT_CLASSES:
        return raw
    if key in ("modality", "time", "earliest", "latest") and raw == "None":
        return None
    if key == "modality" and re.fullmatch(r"[a-z][a-z']*", raw):
        return raw
    if key == "time" and VALUE_RE.fullmatch(raw):
        return raw
    if key in ("earliest", "latest") and _DATETIME_RE.fullmatch(raw):
        try:
            return dt.datetime.fromisoformat(raw)
        except ValueError:
            pass
    raise CorpusError(source, lineno, f"bad value {raw!r} for {key!r}", line)


def _parse_event_line(line: str, lineno: int, dateline: str | None, source: str) -> list[EventCase]:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) < 2:
        raise CorpusError(source, lineno, "expected 'EVENT trigger key=value ... | text ...'", line)
    if dateline is None:
        raise CorpusError(source, lineno, "case before the first 'dateline:' line", line)
    head = parts[0].split()
    if len(head) < 3 or head[0] != "EVENT":
        raise CorpusError(source, lineno, "the head must be 'EVENT trigger key=value ...'", line)
    trigger = head[1]
    if _TRIGGER_RE.fullmatch(trigger) is None:
        raise CorpusError(source, lineno, f"the trigger must be one word, not {trigger!r}", line)
    expect: dict[str, Any] = {}
    for pair in head[2:]:
        key, eq, raw = pair.partition("=")
        if not eq or key not in EVENT_KEYS:
            raise CorpusError(source, lineno, f"expected key=value with a key among {EVENT_KEYS}, not {pair!r}", line)
        if key in expect:
            raise CorpusError(source, lineno, f"key {key!r} given twice", line)
        expect[key] = _event_value(key, raw, source, lineno, line)
    cases = []
    for text in parts[1:]:
        if not text:
            raise CorpusError(source, lineno, "empty text", line)
        if any(c in text for c in "[]{}"):
            raise CorpusError(source, lineno, "an event text takes no [extent] or {context} marker", line)
        if re.search(rf"(?<![\w'-]){re.escape(trigger)}(?![\w'-])", text) is None:
            raise CorpusError(source, lineno, f"trigger {trigger!r} is not a word of the text", line)
        cases.append(EventCase(lineno, dateline, trigger, tuple(expect.items()), text))
    return cases


def parse_direction(lines: Iterable[str], source: str = "direction.txt") -> tuple[list[PositiveCase], list[EventCase]]:
    """Parse direction-corpus lines: value lines (as in positive.txt) and ``EVENT`` lines;
    raise :class:`CorpusError` on any malformed line."""
    return _parse(lines, source, events=True)


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


POSITIVE = parse_positive(_read(POSITIVE_FILE), POSITIVE_FILE.name)
NEGATIVE = parse_negative(_read(NEGATIVE_FILE), NEGATIVE_FILE.name)
DIRECTION_VALUES, DIRECTION_EVENTS = parse_direction(_read(DIRECTION_FILE), DIRECTION_FILE.name)
STORY_VALUES, STORY_EVENTS = parse_direction(_read(STORY_FILE), STORY_FILE.name)


def _build(text: str, dateline: str, kind: str = "auto") -> Any:
    # Imported here so that the corpus and its parser can be checked before the library exists.
    from timeline import build_timeline

    return build_timeline(text, None if dateline == NO_DATELINE else dateline, kind=kind)


def _describe(expressions: Iterable[Any]) -> str:
    found = [f"    {x.text!r} {x.type.value} {x.value}" + (f" mod={x.mod}" if x.mod else "") for x in expressions]
    return "\n".join(found) if found else "    (none)"


def _event_field(event: Any, key: str) -> Any:
    if key == "relation":
        return event.relation.value
    if key == "time":
        return None if event.time is None else event.time.value
    if key == "class":
        return event.cls
    return getattr(event, key)  # polarity, modality, earliest, latest


def _describe_events(events: Iterable[Any]) -> str:
    found = [
        f"    {e.trigger!r} time={None if e.time is None else e.time.value} relation={e.relation.value}"
        f" earliest={e.earliest} latest={e.latest} polarity={e.polarity} modality={e.modality} class={e.cls}"
        for e in events
    ]
    return "\n".join(found) if found else "    (none)"


# ------------------------------------------------------------------------------------ tests


@pytest.mark.parametrize("case", POSITIVE, ids=[c.id for c in POSITIVE])
def test_positive(case: PositiveCase) -> None:
    _check_value(case)


def _check_value(case: PositiveCase) -> None:
    expressions = tuple(_build(case.text, case.dateline, case.kind).expressions)
    expected = f"{case.type} {case.value}" + (f" mod={case.mod}" if case.mod else "")
    if case.extent is not None:
        expected = f"{case.extent!r} {expected}"
    message = (
        f"\n  text:     {case.text!r}\n  dateline: {case.dateline}, kind: {case.kind}\n"
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


@pytest.mark.parametrize("case", DIRECTION_VALUES, ids=[f"direction:{c.id}" for c in DIRECTION_VALUES])
def test_direction_value(case: PositiveCase) -> None:
    _check_value(case)


@pytest.mark.parametrize("case", STORY_VALUES, ids=[f"story:{c.id}" for c in STORY_VALUES])
def test_story_value(case: PositiveCase) -> None:
    _check_value(case)


@pytest.mark.parametrize("case", STORY_EVENTS, ids=[f"story:{c.id}" for c in STORY_EVENTS])
def test_story_event(case: EventCase) -> None:
    _check_event(case)


@pytest.mark.parametrize("case", DIRECTION_EVENTS, ids=[f"direction:{c.id}" for c in DIRECTION_EVENTS])
def test_direction_event(case: EventCase) -> None:
    _check_event(case)


def _check_event(case: EventCase) -> None:
    timeline = _build(case.text, case.dateline, case.kind)
    expected = " ".join(f"{key}={value}" for key, value in case.expect)
    message = (
        f"\n  text:     {case.text!r}\n  dateline: {case.dateline}, kind: {case.kind}\n"
        f"  expected: event {case.trigger!r} {expected}\n  found:\n{_describe_events(timeline.events)}"
    )
    matches = [e for e in timeline.events if e.trigger == case.trigger]
    assert len(matches) == 1, message
    (event,) = matches
    got = tuple((key, _event_field(event, key)) for key, _ in case.expect)
    assert got == case.expect, message


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
    # one text may be checked at two [extents] (the two ends of a range: "[3]-{4pm}", "{3}-[4pm]"), not twice at one
    seen: dict[tuple[str, str, str, int], PositiveCase] = {}
    for case in POSITIVE:
        key = (case.dateline, case.kind, case.text, case.start)
        other = seen.setdefault(key, case)
        assert other is case, f"duplicate text at lines {other.lineno} and {case.lineno}: {case.text!r}"
    negative_texts = {c.text for c in NEGATIVE}
    clash = [c.text for c in POSITIVE if c.text in negative_texts]
    assert not clash, f"texts in both corpora: {clash}"


def test_direction_corpus_size_and_consistency() -> None:
    assert len(DIRECTION_VALUES) + len(DIRECTION_EVENTS) >= 300
    # one text may be checked at two [extents] (a reported date and the report's), not twice at one
    seen: dict[tuple[str, str, int], PositiveCase] = {}
    for case in DIRECTION_VALUES:
        other = seen.setdefault((case.dateline, case.text, case.start), case)
        assert other is case, f"duplicate case at lines {other.lineno} and {case.lineno}: {case.text!r}"
    events: dict[tuple[str, str, str], EventCase] = {}
    for event in DIRECTION_EVENTS:
        first = events.setdefault((event.dateline, event.text, event.trigger), event)
        assert first is event, f"duplicate event at lines {first.lineno} and {event.lineno}: {event.text!r}"
    # a text in both positive.txt and direction.txt must expect the same there
    for case in POSITIVE:
        twin = seen.get((case.dateline, case.text, case.start))
        if twin is not None:
            same = (twin.type, twin.value, twin.mod, twin.extent)
            assert same == (case.type, case.value, case.mod, case.extent), (
                f"positive.txt:{case.lineno} and direction.txt:{twin.lineno} disagree on {case.text!r}"
            )


@pytest.mark.parametrize(
    "lines",
    [
        ["EVENT resigned relation=BEFORE | He resigned on Monday."],  # case before any dateline
        ["dateline: 2023-01-31", "EVENT resigned relation=BEFORE He resigned on Monday."],  # no '|'
        ["dateline: 2023-01-31", "EVENT resigned | He resigned on Monday."],  # no key
        ["dateline: 2023-01-31", "EVENT resigned relation BEFORE | He resigned on Monday."],  # not key=value
        ["dateline: 2023-01-31", "EVENT resigned tense=PAST | He resigned on Monday."],  # unknown key
        ["dateline: 2023-01-31", "EVENT resigned relation=PAST | He resigned on Monday."],  # bad relation
        ["dateline: 2023-01-31", "EVENT resigned polarity=NEGATIVE | He resigned on Monday."],  # bad polarity
        ["dateline: 2023-01-31", "EVENT resigned class=EVENT | He resigned on Monday."],  # bad class
        ["dateline: 2023-01-31", "EVENT resigned modality=May | He resigned on Monday."],  # modal not a lower word
        ["dateline: 2023-01-31", "EVENT resigned time=2023-1-30 | He resigned on Monday."],  # bad TIMEX3 value
        ["dateline: 2023-01-31", "EVENT resigned earliest=2023-01-30 | He resigned on Monday."],  # not a datetime
        ["dateline: 2023-01-31", "EVENT resigned latest=2023-02-30T00:00 | He resigned on Monday."],  # no such day
        ["dateline: 2023-01-31", "EVENT resigned relation=BEFORE relation=AFTER | He resigned on Monday."],  # twice
        ["dateline: 2023-01-31", "EVENT quit relation=BEFORE | He resigned on Monday."],  # trigger not in text
        ["dateline: 2023-01-31", "EVENT resign relation=BEFORE | He resigned on Monday."],  # only part of a word
        ["dateline: 2023-01-31", "EVENT took+off relation=BEFORE | He took off on Monday."],  # not one word
        ["dateline: 2023-01-31", "EVENT resigned relation=BEFORE | He resigned on [Monday]."],  # marker
        ["dateline: 2023-01-31", "EVENT resigned relation=BEFORE | He resigned on Monday. |"],  # empty text
        ["dateline: 2023-01-31", "DATE 2023-01-30 | He resigned on [Monday"],  # value lines stay strict
        ["dateline: 2023-01-31", "EVENTS resigned relation=BEFORE | He resigned on Monday."],  # unknown TYPE
    ],
)
def test_parser_rejects_malformed_direction(lines: list[str]) -> None:
    with pytest.raises(CorpusError):
        parse_direction(lines, "<test>")


def test_parser_reads_well_formed_direction_lines() -> None:
    values, events = parse_direction(
        [
            "# c",
            "dateline: 2025-10-29",
            "DATE 2025-10-27 | He resigned on [Monday].",
            "EVENT known earliest=2025-11-01T00:00 latest=None modality=may polarity=NEG | Control of the"
            " House may not be known until next month. | It may not be known until next month.",
            "dateline: 2024-11-06",
            "EVENT speak relation=BEFORE time=2024-11-05TNI class=OCCURRENCE | He did not speak on Tuesday night.",
        ]
    )
    ((v,),) = (values,)
    assert (v.lineno, v.dateline, v.value, v.extent) == (3, "2025-10-29", "2025-10-27", "Monday")
    a, b, c = events
    assert (a.lineno, a.dateline, a.trigger) == (4, "2025-10-29", "known")
    assert a.expect == (
        ("earliest", dt.datetime(2025, 11, 1)), ("latest", None), ("modality", "may"), ("polarity", "NEG")
    )
    assert b.text == "It may not be known until next month." and b.expect == a.expect
    assert (c.lineno, c.dateline) == (6, "2024-11-06")
    assert c.expect == (("relation", "BEFORE"), ("time", "2024-11-05TNI"), ("class", "OCCURRENCE"))
    assert c.id == "L6:EVENT speak:He did not speak on Tuesday night."


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
        ["dateline: 2023-01-31", "kind: history", "DATE 2023-01-19 | On [Jan. 19]."],  # unknown kind
        ["dateline: 2023-01-31", "context:", "DATE 2023-01-19 | On [Jan. 19]."],  # empty context line
        ["dateline: 2023-01-31", "context: On [Jan. 19].", "DATE 2023-01-20 | On [Jan. 20]."],  # [ ] in a context
        ["dateline: 2023-01-31", "context: It rained.", "DATE 2023-01-20 | Jan. 20"],  # context, no [extent]
        ["dateline: nothing", "DATE 2023 | 2023"],  # neither a date nor 'none'
        ["dateline: 2013-02-12T4:30", "DATE 2023 | 2023"],  # a time not in HH:MM form
        ["dateline: 2013-02-12T25:00", "DATE 2023 | 2023"],  # no such time
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


def test_parser_reads_kind_context_and_no_dateline() -> None:
    a, b, c, d = parse_positive(
        [
            "dateline: 1999-04-19",
            "kind: narrative",
            "context: Dr. Slepian came home on {Oct. 23, 1998}.",
            "context: He was tired.",
            "TIME 1998-10-23T22:00 | He was shot at [10 p.m.] | At [10 p.m.] he was shot.",
            "DATE 1999-04-16 | On [Friday].¶It rained.",
            "dateline: none",
            "DATE 1940 | In [1940].",
        ]
    )
    assert a.text == "Dr. Slepian came home on Oct. 23, 1998. He was tired. He was shot at 10 p.m."
    assert (a.contexts, a.extent, a.kind, a.dateline) == (("Oct. 23, 1998",), "10 p.m.", "narrative", "1999-04-19")
    assert a.text[a.start : a.start + len("10 p.m.")] == "10 p.m."
    assert b.text.endswith("He was tired. At 10 p.m. he was shot.") and b.kind == "narrative"
    assert (c.text, c.contexts, c.kind) == ("On Friday.\n\nIt rained.", (), "narrative")  # the context was used up
    assert (d.dateline, d.kind) == (NO_DATELINE, "auto")  # a dateline line resets the kind
    (e,) = parse_direction(["dateline: 2023-01-31", "kind: schedule", "context: The plan:", "EVENT meet relation=AFTER | We meet on Monday."])[1]
    assert (e.text, e.kind) == ("The plan: We meet on Monday.", "schedule")
