"""Getting a timeline out: JSON (against docs/timeline.schema.json, and back), flat records, pickle."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import pickle
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from test_api import annotated_timeline
from test_corpus import NEGATIVE, NEGATIVE_DATELINE, POSITIVE

from timeline import Event, Interval, Relation, TimeExpression, Timeline, ValidationError, build_timeline
from timeline.__main__ import format_table, main
from timeline._values import is_valid_value
from timeline.strategies import timelines, timex_values

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads((ROOT / "docs" / "timeline.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SEED = (ROOT / "seeds" / "rourke_defends_baldwin_2023-01-31.txt").read_text(encoding="utf-8")
TEMPEVAL = Path("/work/shared/tempeval3/TimeBank")
BUILD = settings(max_examples=40, deadline=None)


def _errors(data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def _articles() -> list[Timeline]:
    """The seed, one article per dateline block of positive.txt, and one article without a dateline."""
    by_dateline: dict[str, list[str]] = {}
    for c in POSITIVE:
        by_dateline.setdefault(c.dateline, []).append(c.text if c.text.endswith(".") else c.text + ".")
    no_dateline = "Officials spoke.\n" + " ".join(text for texts in by_dateline.values() for text in texts[:3])
    return [
        build_timeline(SEED),
        *(build_timeline(" ".join(texts), d) for d, texts in by_dateline.items()),
        build_timeline(no_dateline),
    ]


ARTICLES = _articles()
CORPUS_TIMELINES = [
    *ARTICLES,
    *(build_timeline(c.text, c.dateline) for c in POSITIVE),
    *(build_timeline(c.text, NEGATIVE_DATELINE) for c in NEGATIVE),
]


# --------------------------------------------------------------------------- the schema


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_corpus_articles_follow_the_schema() -> None:
    # The articles hold every text of positive.txt; one of them has no dateline.
    assert sum(len(t.events) for t in ARTICLES) > 300
    assert any(t.dateline is None for t in ARTICLES)
    for tl in ARTICLES:
        data = json.loads(tl.to_json())
        assert _errors(data) == [], tl.text[:80]


@pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="TempEval-3 corpus not available")
def test_tempeval_articles_follow_the_schema() -> None:
    from timeline.timeml import read_timeml

    for path in sorted(TEMPEVAL.glob("*.tml"))[:6]:
        doc = read_timeml(path)
        tl = build_timeline(doc.text, doc.dateline)
        assert _errors(json.loads(tl.to_json(indent=None))) == [], path.name


@settings(max_examples=100, deadline=None)
@given(timex_values())
def test_the_schema_value_pattern_takes_every_library_value(value: str) -> None:
    assert is_valid_value(value)
    assert re.search(SCHEMA["$defs"]["value"]["pattern"], value), value


@pytest.mark.parametrize("value", ["tomorrow", "2023-1", "P", "2023-W05-8", "PRESENT", "2023-01-31T25", "20234"])
def test_the_schema_value_pattern_rejects_what_the_library_rejects(value: str) -> None:
    assert not is_valid_value(value)
    assert not re.search(SCHEMA["$defs"]["value"]["pattern"], value)


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (lambda d: d.pop("text"), ""),
        (lambda d: d["expressions"][0].update(value="next Monday"), "expressions/0/value"),
        (lambda d: d["events"][0].update(relation="DURING"), "events/0/relation"),
        (lambda d: d["events"][0].update(extra=1), "events/0"),
        (lambda d: d["events"][0].update(start=-1), "events/0/start"),
        (lambda d: d.update(dateline="31/01/2023"), "dateline"),
    ],
)
def test_the_schema_rejects_a_broken_document(edit: Any, where: str) -> None:
    data = build_timeline(SEED).to_dict()
    assert _errors(data) == []
    edit(data)
    assert [e.split(":")[0] for e in _errors(data)][:1] == [where]


# --------------------------------------------------------------------------- back from JSON


def test_corpus_timelines_read_back_equal() -> None:
    assert len(CORPUS_TIMELINES) > 600
    for tl in CORPUS_TIMELINES:
        back = Timeline.from_json(tl.to_json())
        assert back == tl
        assert back.to_json() == tl.to_json()


def test_from_json_keeps_bounds_follows_and_a_datetime_dateline() -> None:
    text = "Prices have risen since January. He resigned after the board voted on Monday."
    tl = build_timeline(text, "2023-01-31")
    assert any(e.earliest_from is not None for e in tl.events)
    assert any(e.follows for e in tl.events)
    assert Timeline.from_json(tl.to_json()) == tl
    at_nine = Timeline(text=tl.text, dateline=dt.datetime(2023, 1, 31, 9), expressions=tl.expressions,
                       events=tl.events)
    back = Timeline.from_json(at_nine.to_json())
    assert back.dateline == dt.datetime(2023, 1, 31, 9)
    assert back == at_nine


def _seed_dict() -> dict[str, Any]:
    return build_timeline(SEED).to_dict()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.pop("text"), r"Timeline\.text: expected a value \(the key is missing\)"),
        (lambda d: d["events"][2].pop("trigger"), r"Timeline\.events\[2\]\.trigger: expected a value"),
        (lambda d: d["events"][0].update(time="t99"), r"Timeline\.events\[0\]\.time: expected null or the tid"),
        (lambda d: d["expressions"][1].update(type="DAY"), r"Timeline\.expressions\[1\]: expected a field the model"),
        (lambda d: d["expressions"][1].update(value="soon-ish"), r"TimeExpression\.value: expected a TIMEX3 value"),
        (lambda d: d["events"][0].update(earliest="last spring"), r"events\[0\]\.earliest: expected an ISO 8601"),
        (lambda d: d.update(dateline="31/01/2023"), r"Timeline\.dateline: expected an ISO 8601 date"),
        (lambda d: d.update(events={}), r"Timeline\.events: expected a JSON array"),
        (lambda d: d["events"].reverse(), r"Timeline\.events\[\d+\]: expected events in time order"),
    ],
)
def test_from_dict_names_the_bad_field(edit: Any, message: str) -> None:
    data = _seed_dict()
    edit(data)
    with pytest.raises(ValidationError, match=message):
        Timeline.from_dict(data)


@pytest.mark.parametrize("document", ["", "{", "[1, 2]", b"\xff\xfe", "null"])
def test_from_json_rejects_what_is_no_timeline(document: str | bytes) -> None:
    with pytest.raises(ValidationError, match="Timeline"):
        Timeline.from_json(document)


def test_derived_fields_are_recomputed_not_read() -> None:
    data = _seed_dict()
    original = copy.deepcopy(data)
    data["expressions"][0]["interval"] = None
    data["events"][0]["value"] = "1066"
    assert Timeline.from_dict(data).to_dict() == original


# --------------------------------------------------------------------------- flat records

PLAIN = (str, int, type(None))


def test_records_are_flat_plain_and_follow_the_events() -> None:
    tl = build_timeline(SEED)
    records = tl.to_records()
    assert len(records) == len(tl.events) > 20
    for e, r in zip(tl.events, records, strict=True):
        assert tuple(r) == Timeline.RECORD_FIELDS
        assert all(type(v) in PLAIN for v in r.values()), r
        assert r["eid"] == e.eid and r["trigger"] == e.trigger and r["relation"] == e.relation.value
        assert tl.text[r["text_start"] : r["text_end"]] == r["text"] == e.text  # type: ignore[misc]
        assert r["sentence_start"] <= e.trigger_start < r["sentence_end"]  # type: ignore[operator]
        assert r["source"] == e.source.value
        if e.interval is not None:
            assert (r["start"], r["end"], r["granularity"]) == (
                e.interval.start.isoformat(), e.interval.end.isoformat(), e.interval.granularity.value)
        else:
            assert r["start"] is r["end"] is r["granularity"] is None
        if e.time is not None:
            assert tl.text[r["anchor_start"] : r["anchor_end"]] == r["anchor_text"] == e.time.text  # type: ignore[misc]
            assert r["value"] == e.time.value
        lo, hi = tl.window(e)
        assert r["window_start"] == (lo.isoformat() if lo else None)
        assert r["window_end"] == (hi.isoformat() if hi else None)


def test_a_sentence_span_holds_its_event() -> None:
    text = "date 2023-01-31\nThe mayor resigned on Monday. Police arrested two men Tuesday."
    tl = build_timeline(text)
    spans = {r["trigger"]: text[r["sentence_start"] : r["sentence_end"]] for r in tl.to_records()}  # type: ignore[misc]
    assert spans["resigned"] == "The mayor resigned on Monday."
    assert spans["arrested"] == "Police arrested two men Tuesday."


def test_records_carry_bounds_and_follows() -> None:
    tl = build_timeline("Prices have risen since January. He resigned after the board voted on Monday.", "2023-01-31")
    records = tl.to_records()
    bounded = [r for r in records if r["earliest_from_text"] is not None]
    assert bounded and all(r["earliest"] is not None and r["source"] == "BOUNDS" for r in bounded)
    follows = [(e, r) for e, r in zip(tl.events, records, strict=True) if e.follows]
    assert follows and all(r["follows"] == " ".join(e.follows) for e, r in follows)


def test_records_go_through_csv_dictwriter_as_they_are() -> None:
    tls = CORPUS_TIMELINES[:40]
    records = [r for tl in tls for r in tl.to_records()]
    assert len(records) > 20
    out = io.StringIO()
    writer = csv.DictWriter(out, Timeline.RECORD_FIELDS)
    writer.writeheader()
    writer.writerows(records)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(back) == len(records)
    # csv writes None as "" and ints as digits; every text comes back as it was
    expected = [{k: "" if v is None else str(v) for k, v in r.items()} for r in records]
    assert back == expected


# --------------------------------------------------------------------------- pickle


def test_timelines_and_their_parts_pickle() -> None:
    tl = build_timeline(SEED)
    parts: list[object] = [tl, *tl.expressions, *tl.events, *(x.interval for x in tl.expressions if x.interval)]
    for part in parts:
        assert pickle.loads(pickle.dumps(part)) == part
    back = pickle.loads(pickle.dumps(tl))
    assert back.events[0].time is back.expressions[[x.tid for x in back.expressions].index(tl.events[0].time.tid)]  # type: ignore[union-attr]


def test_a_pickle_is_smaller_than_the_json() -> None:
    # Cheap to ship to another process or machine: no larger than the compact JSON of the same timeline
    # (shared expressions are pickled once; enums by name).
    assert len(ARTICLES) > 10
    for tl in ARTICLES:
        # A pickle names each class once (a few hundred bytes): only a one-sentence article may exceed its JSON.
        size, json_size = len(pickle.dumps(tl)), len(tl.to_json(indent=None).encode())
        assert size <= json_size if len(tl.text) > 500 else size <= json_size + 300, tl.text[:60]


def test_hand_built_timeline_round_trips() -> None:
    text = "It rained in 2021. It snowed in 1986."
    x1 = TimeExpression(start=13, end=17, text="2021", type="DATE", value="2021", tid="t1")
    x2 = TimeExpression(start=32, end=36, text="1986", type="DATE", value="1986", tid="t2")
    e1 = Event(eid="e1", start=0, end=17, text=text[0:17], trigger="rained", trigger_start=3, time=x1,
               relation=Relation.BEFORE, follows=("e2",))
    e2 = Event(eid="e2", start=19, end=36, text=text[19:36], trigger="snowed", trigger_start=22, time=x2,
               relation=Relation.BEFORE)
    tl = Timeline(text=text, dateline=None, expressions=(x1, x2), events=(e2, e1))
    assert _errors(tl.to_dict()) == []
    assert Timeline.from_json(tl.to_json()) == tl
    assert pickle.loads(pickle.dumps(tl)) == tl


# --------------------------------------------------------------------------- all of it on generated timelines

@BUILD
@given(timelines())
def test_generated_timelines_go_out_and_back(tl: Timeline) -> None:
    data = json.loads(tl.to_json(indent=None))
    assert _errors(data) == []
    assert Timeline.from_json(tl.to_json()) == tl
    assert Timeline.from_dict(data) == tl
    records = tl.to_records()
    assert [r["eid"] for r in records] == [e.eid for e in tl.events]
    assert all(tuple(r) == Timeline.RECORD_FIELDS and all(type(v) in PLAIN for v in r.values())
               for r in records)
    assert pickle.loads(pickle.dumps(tl)) == tl


# --------------------------------------------------------------------------- the command line's table

TABLE_HEADER = "when        relation  class       mark       trigger   event"
RESIGNED = "2023-01-30  BEFORE    OCCURRENCE             resigned  He resigned on Monday"
SAID = "2023-01-30  BEFORE    REPORTING              said      Police said on Monday"
QUIT = "2023-01-31  OVERLAP   OCCURRENCE  NEG        quit      She did not quit on Tuesday"
LEAVE = "2023-02-03  AFTER     OCCURRENCE  may        leave     They may leave on Friday"
MET = "-           BEFORE    OCCURRENCE             met       They met"
RETURN = "-           AFTER     OCCURRENCE  NEG would  return    He would not return"
APART = "3 negated or hypothetical events left out of the timeline above (--all keeps them in it):"
HIDDEN = "1 reporting event hidden (--no-reporting)."


def _table(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *options: str) -> list[str]:
    """The table the command line prints for the hand-built annotated timeline."""
    monkeypatch.setattr("timeline.__main__.build_timeline", lambda text, dateline, **options: annotated_timeline())
    assert main([str(ROOT / "seeds" / "rourke_defends_baldwin_2023-01-31.txt"), *options]) == 0
    return capsys.readouterr().out.splitlines()


def test_table_sets_negated_and_hypothetical_events_apart_marked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _table(monkeypatch, capsys) == [
        "dateline: 2023-01-31  (read as news)", TABLE_HEADER, RESIGNED, SAID, MET, "", APART, TABLE_HEADER, QUIT, LEAVE, RETURN,
    ]
    assert _table(monkeypatch, capsys, "--format", "table") == _table(monkeypatch, capsys)


def test_table_all_keeps_them_in_the_timeline(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert _table(monkeypatch, capsys, "--all") == [
        "dateline: 2023-01-31  (read as news)", TABLE_HEADER, RESIGNED, SAID, QUIT, LEAVE, MET, RETURN,
    ]


def test_table_no_reporting_hides_reporting_events_and_says_how_many(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _table(monkeypatch, capsys, "--no-reporting") == [
        "dateline: 2023-01-31  (read as news)", TABLE_HEADER, RESIGNED, MET, "", APART, TABLE_HEADER, QUIT, LEAVE, RETURN, "", HIDDEN,
    ]
    assert _table(monkeypatch, capsys, "--no-reporting", "--all") == [
        "dateline: 2023-01-31  (read as news)", TABLE_HEADER, RESIGNED, QUIT, LEAVE, MET, RETURN, "", HIDDEN,
    ]


def test_json_output_keeps_every_event_whatever_the_options(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = annotated_timeline().to_json()
    assert "\n".join(_table(monkeypatch, capsys, "--format", "json")) == expected
    assert "\n".join(_table(monkeypatch, capsys, "--format", "json", "--no-reporting")) == expected
    data = json.loads(expected)
    assert [(e["eid"], e["polarity"], e["modality"], e["class"]) for e in data["events"]] == [
        ("e1", "POS", None, "OCCURRENCE"), ("e4", "POS", None, "REPORTING"), ("e2", "NEG", None, "OCCURRENCE"),
        ("e3", "POS", "may", "OCCURRENCE"), ("e6", "POS", None, "OCCURRENCE"), ("e5", "NEG", "would", "OCCURRENCE"),
    ]


def _table_lines(tl: Timeline, reporting: bool = True) -> int:
    """How many lines the table of ``tl`` has: the dateline and the header, a row per asserted event,
    then (when some are not asserted) a blank line, the count, the header and a row each; then the
    hidden reporting events' count."""
    shown = [e for e in tl.events if reporting or e.cls != "REPORTING"]
    apart, hidden = sum(not e.asserted for e in shown), len(tl.events) - len(shown)
    return 2 + len(shown) + (3 if apart else 0) + (2 if hidden else 0)


def test_seed_table_has_a_row_per_event() -> None:
    tl = build_timeline(SEED)
    lines = format_table(tl).splitlines()
    assert any(e.earliest or e.latest for e in tl.events)  # "since ...": a bounds column
    assert lines[1].split() == ["when", "bounds", "relation", "class", "mark", "trigger", "event"]
    assert len(lines) == _table_lines(tl)
    col = lines[1].index("trigger")
    rows = [line for line in lines[2:] if (line and line != lines[1] and not line[0].isdigit()) or line[:4].isdigit()]
    order = [e for e in tl.events if e.asserted] + [e for e in tl.events if not e.asserted]
    assert [row[col:].split()[0] for row in rows] == [e.trigger for e in order]


@BUILD
@given(timelines(annotated=True))
def test_annotated_timelines_go_out_and_back(tl: Timeline) -> None:
    assert Timeline.from_json(tl.to_json()) == tl
    data = tl.to_dict()
    assert _errors(data) == []
    assert [(e["polarity"], e["modality"], e["class"]) for e in data["events"]] == [
        (e.polarity, e.modality, e.cls) for e in tl.events
    ]
    records = tl.to_records()
    assert [(r["polarity"], r["modality"], r["class"]) for r in records] == [
        (e.polarity, e.modality, e.cls) for e in tl.events
    ]
    assert data["warnings"] == list(tl.warnings)
    assert all(r["warnings"] == ("; ".join(tl.warnings) or None) for r in records)
    assert pickle.loads(pickle.dumps(tl)) == tl
    for reporting in (True, False):
        assert len(format_table(tl, reporting=reporting).splitlines()) == _table_lines(tl, reporting)
    assert len(format_table(tl, asserted_only=False).splitlines()) == 2 + len(tl.events)


# --------------------------------------------------------------------------- an expression's own span


def _ramadan() -> Timeline:
    return build_timeline("The fast of Ramadan 2018 was hot.", "2018-01-10")


def test_a_holiday_of_several_days_has_its_days_as_its_interval() -> None:
    [x] = _ramadan().expressions
    assert (x.text, x.value) == ("Ramadan 2018", "2018")
    assert x.span == Interval(dt.datetime(2018, 5, 16), dt.datetime(2018, 6, 15), "DAY") == x.interval
    assert x.coarse_interval == Interval.of("2018")
    data = _ramadan().to_dict()
    assert data["expressions"][0]["span"] is True and data["expressions"][0]["interval"]["start"] == "2018-05-16T00:00:00"
    assert _errors(data) == []
    assert Timeline.from_dict(data) == _ramadan()
    # one day, or a period its value writes whole, has none
    assert [x.span for x in build_timeline("Christmas 2018 and Christmas week", "2018-01-10").expressions] == [None, None]


def test_earth_hour_is_its_evening_and_its_hour_the_span() -> None:
    [x] = build_timeline("Earth Hour 2016", "2016-01-10").expressions
    assert (x.type.value, x.value) == ("TIME", "2016-03-19TEV")
    assert x.span == Interval(dt.datetime(2016, 3, 19, 20, 30), dt.datetime(2016, 3, 19, 21, 30), "MINUTE") == x.interval
    assert x.coarse_interval == Interval.of("2016-03-19TEV")
    # a day counted from it is that day, with no span
    [day] = build_timeline("the day after Earth Hour 2016", "2016-01-10").expressions
    assert (day.value, day.span) == ("2016-03-20", None)


@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("the rest of the week", "2013-W07", dt.datetime(2013, 2, 12), dt.datetime(2013, 2, 18)),
    ("the remainder of the month", "2013-02", dt.datetime(2013, 2, 12), dt.datetime(2013, 3, 1)),
    ("rest of the year", "2013", dt.datetime(2013, 2, 12), dt.datetime(2014, 1, 1)),
    # the rest of a day from the schedule's time of day
    ("the rest of the day", "2013-02-12", dt.datetime(2013, 2, 12, 4, 30), dt.datetime(2013, 2, 13)),
])
def test_the_rest_of_a_period_runs_from_the_dateline_to_its_end(text: str, value: str, start: dt.datetime,
                                                                 end: dt.datetime) -> None:
    [x] = build_timeline(text, "2013-02-12T04:30:00", kind="schedule").expressions
    assert (x.text, x.value) == (text, value)
    assert x.span == Interval(start, end, "MINUTE" if start.hour else "DAY") == x.interval
    assert x.coarse_interval == Interval.of(value)


def test_the_rest_of_a_period_the_dateline_does_not_cut_has_no_span() -> None:
    # on the period's first day the rest is all of it; "all week" is the whole week
    for text, dateline in (("the rest of the week", "2013-02-11"), ("the rest of the year", "2013-01-01"),
                           ("all week", "2013-02-12"), ("the rest of the day", "2013-02-12")):
        [x] = build_timeline(text, dateline, kind="schedule").expressions
        assert x.span is None and x.interval == Interval.of(x.value), text
    # a story's year in a narrative, which the dateline is not in
    [_, x] = build_timeline("In 1943 the army retreated, and for the rest of the year it held the river.",
                            "2013-02-12", kind="narrative").expressions
    assert (x.value, x.span) == ("1943", None)


def test_a_holiday_counted_near_a_day_keeps_its_span() -> None:
    [x] = build_timeline("the closest Ramadan to today", "2013-02-12", kind="schedule").expressions
    assert x.value == "2013" and x.span == Interval(dt.datetime(2013, 7, 9), dt.datetime(2013, 8, 8), "DAY")
    # a month written with four digits before the year 1000 (it was "412-12", no value)
    for text in ("Hanukkah", "the closest Hanukkah to today"):
        [x] = build_timeline(text, "0412-11-20", kind="schedule").expressions
        assert x.value == "0412-12" and x.span == Interval(dt.datetime(412, 12, 17), dt.datetime(412, 12, 25), "DAY")


def test_a_timeline_written_before_spans_reads_as_before() -> None:
    data = _ramadan().to_dict()
    del data["expressions"][0]["span"]
    [x] = Timeline.from_dict(data).expressions
    assert x.span is None and x.interval == Interval.of("2018")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda x: x.update(span="yes"), r"Timeline\.expressions\[0\]\.span: expected true or false, got 'yes'"),
        (lambda x: x.update(interval=None), r"expressions\[0\]\.interval: expected an interval object"),
        (lambda x: x["interval"].update(start="2017-12-01T00:00:00"),
         r"TimeExpression\.span: expected an interval inside the value's 2018-01-01T00:00:00 to 2019-01-01T00:00:00"),
        (lambda x: x["interval"].update(start="2018-01-01T00:00:00", end="2019-01-01T00:00:00"), r"not all of it"),
        (lambda x: x.update(mod="APPROX"), r"TimeExpression\.span: expected None with a mod \(APPROX\)"),
    ],
)
def test_a_bad_span_is_named(edit: Any, message: str) -> None:
    data = _ramadan().to_dict()
    edit(data["expressions"][0])
    with pytest.raises(ValidationError, match=message):
        Timeline.from_dict(data)


def test_a_span_needs_a_calendar_value() -> None:
    span = Interval(dt.datetime(2018, 5, 16), dt.datetime(2018, 6, 15), "DAY")
    with pytest.raises(ValidationError, match=r"TimeExpression\.span: expected None: the DURATION value 'P3D'"):
        TimeExpression(start=0, end=6, text="3 days", type="DURATION", value="P3D", span=span)
    with pytest.raises(ValidationError, match=r"TimeExpression\.span: expected an Interval or None, got"):
        TimeExpression(start=0, end=4, text="2018", type="DATE", value="2018", span="May")  # type: ignore[arg-type]
