"""The public surface, the errors, the dateline forms and the model's validators."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import timeline
from timeline import (
    Event,
    InvalidDatelineError,
    InvalidTextError,
    Relation,
    TextTooLongError,
    TimeExpression,
    Timeline,
    TimelineError,
    ValidationError,
    build_timeline,
)

PUBLIC = [
    "AnchorSource", "Event", "ForeignEventError", "Granularity", "Interval", "InvalidDatelineError", "InvalidTextError",
    "InvalidValueError", "Relation", "TextTooLongError", "TimeExpression", "Timeline", "TimelineError",
    "TimexType", "ValidationError", "build_timeline", "render_html",
]  # fmt: skip


# The public names of the model classes: fields, properties and methods (a change here is an API change,
# to document in docs/usage.md).
TIMELINE_SURFACE = [
    "RECORD_FIELDS", "asserted_events", "dated_events", "dateline", "event", "events", "events_after",
    "events_before", "events_of", "events_within", "expressions", "from_dict", "from_json", "kind", "relation", "text",
    "to_dict", "to_json", "to_records", "undated_events", "warnings", "window",
]  # fmt: skip
EVENT_SURFACE = [
    "anchors", "aspect", "asserted", "cls", "earliest", "earliest_from", "eid", "end", "follows", "interval",
    "is_dated", "kind", "latest", "latest_from", "modality", "polarity", "relation", "source", "start", "tense",
    "text", "time", "to_dict", "trigger", "trigger_end", "trigger_start",
]  # fmt: skip


def test_public_surface_is_locked() -> None:
    assert sorted(timeline.__all__) == sorted(PUBLIC)
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None
    public_modules = {"strategies", "timeml", "evaluate", "evaluation", "bench", "batch", "spacy"}
    private = {m for m in dir(timeline) if m.startswith("_") and not m.startswith("__")}
    assert not (set(dir(timeline)) - set(PUBLIC) - private - public_modules - {"annotations"} - {
        m for m in dir(timeline) if m.startswith("__")
    })


def test_model_surface_is_locked() -> None:
    assert sorted(m for m in dir(Timeline) if not m.startswith("_")) == TIMELINE_SURFACE
    assert sorted(m for m in dir(Event) if not m.startswith("_")) == EVENT_SURFACE


# --------------------------------------------------------------------------- asserted events and classes


def annotated_timeline() -> Timeline:
    """A timeline built by hand with negated, hypothetical and reporting events (the pipeline does not
    fill those fields yet): four dated events, then two undated ones."""
    text = ("He resigned on Monday. She did not quit on Tuesday. They may leave on Friday. "
            "Police said on Monday. He would not return. They met.")
    xs: dict[str, TimeExpression] = {}

    def at(needle: str, after: int = 0) -> int:
        return text.index(needle, after)

    def expression(tid: str, word: str, value: str, after: int) -> TimeExpression:
        start = at(word, after)
        xs[tid] = TimeExpression(start=start, end=start + len(word), text=word, type="DATE", value=value, tid=tid)
        return xs[tid]

    def event(eid: str, clause: str, trigger: str, **fields: object) -> Event:
        start = at(clause)
        return Event(eid=eid, start=start, end=start + len(clause), text=clause, trigger=trigger,
                     trigger_start=at(trigger, start), **fields)  # type: ignore[arg-type]

    monday = expression("t1", "Monday", "2023-01-30", 0)
    tuesday = expression("t2", "Tuesday", "2023-01-31", 0)
    friday = expression("t3", "Friday", "2023-02-03", 0)
    monday2 = expression("t4", "Monday", "2023-01-30", at("Police"))
    events = [
        event("e1", "He resigned on Monday", "resigned", time=monday, relation="BEFORE"),
        event("e4", "Police said on Monday", "said", time=monday2, relation="BEFORE", cls="REPORTING"),
        event("e2", "She did not quit on Tuesday", "quit", time=tuesday, relation="OVERLAP", polarity="NEG"),
        event("e3", "They may leave on Friday", "leave", time=friday, relation="AFTER", modality="may"),
        event("e6", "They met", "met", relation="BEFORE", source="TENSE"),
        event("e5", "He would not return", "return", relation="AFTER", source="TENSE", polarity="NEG",
              modality="would"),
    ]
    return Timeline(text=text, dateline=dt.date(2023, 1, 31), expressions=list(xs.values()), events=events)


def test_an_event_is_asserted_unless_negated_or_hypothetical() -> None:
    tl = annotated_timeline()
    assert [(e.eid, e.asserted) for e in tl.events] == [
        ("e1", True), ("e4", True), ("e2", False), ("e3", False), ("e6", True), ("e5", False)
    ]
    plain = tl.event("e1")
    assert plain.asserted and (plain.polarity, plain.modality, plain.cls) == ("POS", None, "OCCURRENCE")
    assert not attrs.evolve(plain, polarity="NEG").asserted
    assert not attrs.evolve(plain, modality="could").asserted
    assert attrs.evolve(plain, cls="REPORTING").asserted  # a reporting event is asserted like any other


def test_asserted_events_keep_the_others_in_the_timeline() -> None:
    tl = annotated_timeline()
    assert [e.eid for e in tl.asserted_events] == ["e1", "e4", "e6"]
    assert len(tl.events) == 6 and [e.eid for e in tl.dated_events] == ["e1", "e4", "e2", "e3"]
    assert [e.eid for e in tl.dated_events if e.asserted] == ["e1", "e4"]


def test_events_of_classes_in_timeline_order() -> None:
    tl = annotated_timeline()
    assert [e.eid for e in tl.events_of("REPORTING")] == ["e4"]
    assert [e.eid for e in tl.events_of("OCCURRENCE")] == ["e1", "e2", "e3", "e6", "e5"]
    assert [e.eid for e in tl.events_of("OCCURRENCE", "REPORTING")] == [e.eid for e in tl.events]
    assert tl.events_of("STATE") == () and tl.events_of() == ()
    assert [e.eid for e in tl.events_of("OCCURRENCE") if e.asserted] == ["e1", "e6"]
    with pytest.raises(ValueError, match="unknown event class 'reporting': expected one of ASPECTUAL, I_ACTION"):
        tl.events_of("reporting")


@pytest.mark.parametrize(
    "dateline",
    ["2023-01-31", "2023-01-31T09:00", "2023-01-31T09:00:00Z", dt.date(2023, 1, 31), dt.datetime(2023, 1, 31, 9)],
)
def test_dateline_forms(dateline: object) -> None:
    tl = build_timeline("He resigned on Monday.", dateline)  # type: ignore[arg-type]
    assert tl.dateline == dt.date(2023, 1, 31)
    assert [x.value for x in tl.expressions] == ["2023-01-30"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("date 2023-01-31 The minister resigned on Monday.", dt.date(2023, 1, 31)),
        ("WASHINGTON, Jan. 31, 2023 — The minister resigned on Monday.", dt.date(2023, 1, 31)),
        ("The minister resigned on Monday.", None),
    ],
)
def test_dateline_detected_from_the_head(head: str, expected: dt.date | None) -> None:
    tl = build_timeline(head)
    assert tl.dateline == expected
    monday = [x for x in tl.expressions if x.text == "Monday"]
    assert len(monday) == 1
    assert monday[0].value == ("2023-01-30" if expected else "XXXX-WXX-1")


def test_without_a_dateline_deictic_values_keep_x() -> None:
    tl = build_timeline("Prices rose last week and will fall next month. He left yesterday.")
    assert [x.value for x in tl.expressions] == ["XXXX-WXX", "XXXX-XX", "XXXX-XX-XX"]
    assert all(x.interval is None for x in tl.expressions)


@pytest.mark.parametrize("text", [b"Jan. 19", None, 42, ["Jan. 19"]])
def test_text_must_be_str(text: object) -> None:
    with pytest.raises(InvalidTextError, match="text: expected str"):
        build_timeline(text, "2023-01-31")  # type: ignore[arg-type]


@pytest.mark.parametrize("dateline", ["31/01/2023", "2023-02-30", "yesterday", 20230131, 3.5, ""])
def test_bad_dateline_names_the_input(dateline: object) -> None:
    with pytest.raises(InvalidDatelineError, match="dateline") as info:
        build_timeline("Jan. 19", dateline)  # type: ignore[arg-type]
    assert repr(dateline) in str(info.value) or str(dateline) in str(info.value)
    assert isinstance(info.value, TimelineError)


@pytest.mark.parametrize(
    ("dateline", "named"),
    [
        ("10000-01-01", "years 0001 to 9999"),
        ("0000-01-01", "year 0 is out of range"),
        ("2023-01-31T25:00", "hour 25"),
        ("2023-01-31T09:60", "minute 60"),
        ("2023-01-31T09:00+99:00", "UTC offset hour 99"),
        ("\uff12\uff10\uff12\uff13-01-31", "ISO 8601"),  # full-width digits: int() would read them
        ("2023-01-31" + "x" * 1_000_000, "characters)"),  # a megabyte is not echoed back
    ],
)
def test_bad_dateline_says_what_is_wrong(dateline: str, named: str) -> None:
    with pytest.raises(InvalidDatelineError, match="dateline") as info:
        build_timeline("He left on Monday.", dateline)
    assert named in str(info.value)
    assert len(str(info.value)) < 300


def test_text_over_max_chars_raises_before_any_work() -> None:
    text = "He left on Monday. " * 10
    assert build_timeline(text, "2023-01-31", max_chars=len(text)).expressions  # at the limit: accepted
    with pytest.raises(TextTooLongError) as info:
        build_timeline(text + "!", "2023-01-31", max_chars=len(text))
    assert (info.value.size, info.value.limit) == (len(text) + 1, len(text))
    assert f"at most max_chars={len(text):,} characters, got {len(text) + 1:,}" in str(info.value)
    assert isinstance(info.value, TimelineError)


def test_default_size_limit() -> None:
    # The documented default (docs/usage.md): 5,000,000 characters.  The check comes before
    # any work, so a long run of spaces fails fast.
    with pytest.raises(TextTooLongError, match="5,000,000"):
        build_timeline(" " * 5_000_001, "2023-01-31")


@pytest.mark.parametrize("max_chars", [-1, 2.5, "100", None, True])
def test_bad_max_chars_is_a_timeline_error(max_chars: object) -> None:
    with pytest.raises(TimelineError, match="max_chars"):
        build_timeline("He left on Monday.", "2023-01-31", max_chars=max_chars)  # type: ignore[arg-type]


def test_timeline_is_frozen_and_serializable() -> None:
    tl = build_timeline("The company said Friday it will open a plant next year.", "2023-01-31")
    with pytest.raises(AttributeError):
        tl.dateline = None  # type: ignore[misc]
    data = json.loads(tl.to_json())
    assert data["dateline"] == "2023-01-31"
    assert [x["value"] for x in data["expressions"]] == ["2023-01-27", "2024"]
    assert data == tl.to_dict()


def test_expression_validators_name_the_field() -> None:
    with pytest.raises(ValidationError, match=r"TimeExpression\.value: expected a TIMEX3 value string, got 'tomorrow'"):
        TimeExpression(start=0, end=8, text="tomorrow", type="DATE", value="tomorrow")
    with pytest.raises(ValidationError, match=r"TimeExpression\.text"):
        TimeExpression(start=0, end=3, text="tomorrow", type="DATE", value="2023-02-01")
    with pytest.raises(ValueError, match="DAY"):
        TimeExpression(start=0, end=3, text="day", type="DAY", value="2023-02-01")


def test_timeline_rejects_events_out_of_order() -> None:
    text = "It rained in 2021. It snowed in 1986."
    x1 = TimeExpression(start=13, end=17, text="2021", type="DATE", value="2021", tid="t1")
    x2 = TimeExpression(start=32, end=36, text="1986", type="DATE", value="1986", tid="t2")
    e1 = Event(eid="e1", start=0, end=17, text=text[0:17], trigger="rained", trigger_start=3, time=x1,
               relation=Relation.BEFORE)
    e2 = Event(eid="e2", start=19, end=36, text=text[19:36], trigger="snowed", trigger_start=22, time=x2,
               relation=Relation.BEFORE)
    assert Timeline(text=text, dateline=dt.date(2023, 1, 31), expressions=(x1, x2), events=(e2, e1)).events == (e2, e1)
    with pytest.raises(ValidationError, match=r"Timeline\.events\[1\]"):
        Timeline(text=text, dateline=dt.date(2023, 1, 31), expressions=(x1, x2), events=(e1, e2))


def test_timeline_rejects_an_anchor_from_elsewhere() -> None:
    text = "It rained in 2021."
    x1 = TimeExpression(start=13, end=17, text="2021", type="DATE", value="2021", tid="t1")
    stranger = TimeExpression(start=13, end=17, text="2021", type="DATE", value="2020", tid="t9")
    e1 = Event(eid="e1", start=0, end=17, text=text[0:17], trigger="rained", trigger_start=3, time=stranger)
    with pytest.raises(ValidationError, match="time"):
        Timeline(text=text, dateline=None, expressions=(x1,), events=(e1,))


def test_resolve_reads_the_tense_only_where_uses_tense_says() -> None:
    # _api._Resolver looks a tense up only for the expressions uses_tense names: for every
    # other expression of the specification corpus, resolve must give the same for every tense,
    # whatever the dateline and the reference time.
    import itertools
    from pathlib import Path

    from timeline._direction import Tense
    from timeline._extract import find, with_second_days
    from timeline._resolve import Reference, resolve, uses_tense
    from timeline._values import Granularity

    lines = (Path(__file__).parent / "corpus" / "positive.txt").read_text(encoding="utf-8").splitlines()
    text = " ".join(line.split("|")[-1].replace("[", "").replace("]", "") for line in lines if "|" in line)
    partials = {c.partial for c in with_second_days(text, find(text))}
    datelines = [None, dt.date(1998, 2, 13), dt.date(2000, 12, 31), dt.date(1, 1, 3), dt.date(9999, 12, 30)]
    references = [None] + [Reference(dt.date(1998, 3, 5), g) for g in (
        Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR,
    )]
    untensed = [p for p in partials if not uses_tense(p)]
    assert len(untensed) > 50 and len(untensed) < len(partials)
    for partial, dateline, reference in itertools.product(untensed, datelines, references):
        assert len({resolve(partial, dateline, reference, tense) for tense in Tense}) == 1, (partial, dateline)


def test_the_schedule_hint_finds_every_word_before_that_matters() -> None:
    # word_before searches for the word before an expression (_WORD_BEFORE) only where
    # _SCHEDULE_HINT finds a word that opens "since" or a schedule word: it must find one wherever
    # the word before is one of them, whatever the case, spacing and words around.
    import random

    from timeline import _vocab as V
    from timeline._direction import _SCHEDULE_HINT, _WORD_BEFORE

    rng = random.Random(5)
    words = [
        *sorted({w for phrase in V.SCHEDULE_WORDS for w in phrase.split()}),
        "since", "Since", "BY", "Until", "to", "for", "on", "in", "has", "As", "x", "\n", ".", "-",
    ]
    matters = 0
    for _ in range(20_000):
        head = "".join(rng.choice(words) + rng.choice(["", " ", "  ", "\t"]) for _ in range(rng.randint(1, 8)))[-40:]
        found = _WORD_BEFORE.search(head)
        before = found.group("word").lower() if found else ""
        if before == "since" or before in V.SCHEDULE_WORDS:
            matters += 1
            assert _SCHEDULE_HINT.search(head.lower()) is not None, head
    assert matters > 1000  # the strings do reach the cases that matter


def test_a_line_break_ends_a_sentence_for_tense() -> None:
    # The tense of "this weekend" comes from "plan to" in its own line, not from the next line's "have".
    text = 'Leaders plan to hold a rally this weekend.\n"We have been patient," said an organizer.'
    tl = build_timeline(text, "2021-11-18")  # a Thursday in 2021-W46
    assert [x.value for x in tl.expressions] == ["2021-W46-WE"]


@pytest.mark.parametrize(
    ("text", "dateline", "values"),
    [
        ("The storm should make landfall late Tuesday or early Wednesday, forecasters said on Monday.",
         "2023-08-28", ["2023-08-29", "2023-08-30", "2023-08-28"]),
        ("The museum will close for renovations from Jan. 3 to March 15.", "2023-12-20",
         ["2024-01-03", "2024-03-15"]),
    ],
)
def test_coordinated_expressions_share_their_tense(text: str, dateline: str, values: list[str]) -> None:
    assert [x.value for x in build_timeline(text, dateline).expressions] == values


@pytest.mark.parametrize("chunk", ["....", "'", "!?", "((", '"', "-", "\n \n", "Mr. ", ". A", "1.2.3."])
def test_long_runs_of_punctuation_finish_and_yield_nothing(chunk: str) -> None:
    # A run of 50,000 dots once took minutes (a sentence-end regex backtracked quadratically);
    # CI's time limit would catch a regression, and none of these runs holds a time.
    tl = build_timeline(chunk * (100_000 // len(chunk)), "2023-01-31")
    assert tl.expressions == ()


def test_batch_surface_is_locked() -> None:
    import timeline.batch

    assert sorted(timeline.batch.__all__) == ["BatchSummary", "ResumeError", "process_line", "record", "run_batch"]
    assert issubclass(timeline.batch.ResumeError, TimelineError)
    assert {"from_dict", "from_json", "to_records", "RECORD_FIELDS"} <= set(dir(Timeline))
