"""WikiWars (TIMEX2 gold, one JSON file) scoring on hand-made documents, with a fake system and
with build_timeline on short sentences."""

from __future__ import annotations

import datetime as dt
import inspect
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

import timeline
from timeline._model import TimeExpression
from timeline.evaluation._wikiwars import read_wikiwars, same_value, tidy_value, value_class
from timeline.evaluation.evaluate import Scores, Span, evaluate_wikiwars, main

WAR = (
    "\nCourse of the war\n\nOn September 1, 1939, Germany attacked. At this time the army moved daily. "
    "For a decade, until 1949, nothing changed. The war lasted two years. Peace came in the spring. "
    "Two days later it ended.\n"
)
CIVIL = "\nIn 1861 the war began.\n"


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _gold(text: str, phrase: str, value: str) -> list[Any]:
    return [*_at(text, phrase), None, value]


DOCS: list[dict[str, Any]] = [
    {
        "id": "01_War", "dct": "2009-12-19", "dct_full": "2009-12-19T17:00:00", "text": WAR,
        "gold": [
            _gold(WAR, "September 1, 1939", "1939-09-01"),
            _gold(WAR, "daily", "XXXX-XX-XX"),  # a TIMEX2 set
            _gold(WAR, "a decade", "P1DE"),  # a TIMEX2 unit
            _gold(WAR, "1949", "1949"),
            _gold(WAR, "two years", "P2Y"),
            _gold(WAR, "the spring", "1939-SP"),
        ],
        "unscored": [[*_at(WAR, "this time"), "no_val", "this time"]],
    },
    {"id": "03_Civil", "dct": "2009-12-19", "text": CIVIL, "gold": [_gold(CIVIL, "1861", "1861")], "unscored": []},
]

# What the fake system finds wherever the phrase occurs: (phrase, type, value).
FOUND = [
    ("September 1, 1939", "DATE", "1939-09-01"),  # exact, right value
    ("daily", "SET", "P1D"),  # exact, right value once the TIMEX2 set is read as TIMEX3
    ("decade", "DURATION", "P10Y"),  # inside "a decade", right value once P1DE is P10Y
    ("this time", "DATE", "PRESENT_REF"),  # over an unscored span: set aside
    ("two years", "DURATION", "P3Y"),  # exact, wrong amount
    ("spring", "DATE", "2009-SP"),  # inside "the spring", wrong year
    ("Two days later", "DATE", "1939-09-03"),  # not in the gold: spurious
    ("1861", "DATE", "1861"),  # exact, right value
    # "1949" is missed
]


@attrs.frozen
class Output:
    expressions: Sequence[Span]


def _fake(text: str, dateline: dt.date | None) -> Output:
    found = [TimeExpression(*_at(text, phrase), phrase, type_, value)
             for phrase, type_, value in FOUND if phrase in text]
    return Output(sorted(found, key=lambda e: e.start))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "wikiwars-hand.json"
    path.write_text(json.dumps(DOCS), encoding="utf-8")
    return path


# The expected counts, micro-averaged over the two documents:
# gold 6 + 1 = 7; system 7 + 1 found, less "this time" over the unscored span = 7;
# strict: September 1 1939, daily, two years, 1861 = 4; relaxed: those, decade, spring = 6;
# value: September 1 1939, daily, decade, 1861 = 4.
EXPECTED = Scores(gold=7, system=7, strict=4, relaxed=6, value_correct=4, type_correct=0)
TABLE = """\
WikiWars time expressions (wikiwars-hand.json, TIMEX2 gold): 2 documents, 7 gold, 7 system (1 more over unscored spans, not counted)
              P      R     F1
strict     57.1   57.1   57.1
relaxed    85.7   85.7   85.7
value                    57.1  (accuracy  66.7)"""


# --------------------------------------------------------------------------- reading


def test_reader_keeps_text_dateline_gold_and_unscored(corpus: Path) -> None:
    first, second = read_wikiwars(corpus)
    assert (first.docid, second.docid) == ("01_War", "03_Civil")
    assert first.text == WAR and first.dateline == dt.date(2009, 12, 19)
    assert [(WAR[g.start : g.end], g.value) for g in first.gold][:2] == [
        ("September 1, 1939", "1939-09-01"), ("daily", "XXXX-XX-XX")]
    assert all(g.type == "" for g in first.gold)
    assert [(u.reason, u.text, u.value) for u in first.unscored] == [("no_val", "this time", None)]


@pytest.mark.parametrize("bad", [
    {"id": "x", "text": "abc", "gold": [[2, 9, None, "1999"]]},  # past the end of the text
    {"id": "x", "text": "abc", "gold": [[0, 1, None]]},  # no value
    {"id": "x", "text": "abc", "gold": [], "unscored": [[0, 2, "no_val", "bc"]]},  # not the text there
    {"id": "x", "text": "abc", "gold": [], "dct": "19 Dec 2009"},
    {"text": "abc", "gold": []},  # no id
])
def test_reader_rejects_malformed_documents(tmp_path: Path, bad: dict[str, Any]) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([bad]), encoding="utf-8")
    with pytest.raises(ValueError, match="document 0"):
        read_wikiwars(path)


# --------------------------------------------------------------------------- values


@pytest.mark.parametrize(("timex2", "timex3"), [
    ("P1DE", "P10Y"), ("P3DE", "P30Y"), ("P.5CE", "P50Y"), ("P2CE", "P200Y"), ("P.25DE", "P2.5Y"),
])
def test_decades_and_centuries_are_years(timex2: str, timex3: str) -> None:
    assert tidy_value(timex2) == timex3


@pytest.mark.parametrize("value", ["PXDE", "P1D", "P1DT", "1939-10", "198", "BC0490", "PRESENT_REF"])
def test_other_values_are_left_alone(value: str) -> None:
    assert tidy_value(value) == value


def test_timex2_set_points_match_set_durations_only_for_sets() -> None:
    assert same_value("XXXX-XX-XX", "SET", "P1D") and same_value("XXXX-WXX", "SET", "P1W")
    assert same_value("XXXX-XX", "SET", "P1M") and same_value("XXXX", "SET", "P1Y")
    assert not same_value("XXXX-XX-XX", "DURATION", "P1D")  # "some day" is not a duration
    assert not same_value("XXXX-XX-XX", "SET", "P1W")
    assert same_value("P1DE", "DURATION", "P10Y") and not same_value("P1DE", "DURATION", "P1Y")


@pytest.mark.parametrize(("gold", "ours", "name"), [
    ("1940-06-10", "2009-06-10", "value: year wrong (same granularity)"),
    ("1945-04-19", "1945-04-29", "value: month/day wrong (same year)"),
    ("1940-08", "1940", "value: granularity differs"),
    ("XXXX-XX-XX", "2009-12-19", "value: X-filled vs full"),
    ("BC0491", "2010", "value: BC vs AD"),
    ("P2Y", "P3Y", "value: duration amount or unit"),
    ("1861-04-20", "P8D", "value: duration vs point"),
    ("PRESENT_REF", "2009-12-19", "value: reference word (PAST/PRESENT/FUTURE_REF) vs another value"),
])
def test_value_classes(gold: str, ours: str, name: str) -> None:
    assert value_class(gold, ours) == name


# --------------------------------------------------------------------------- scoring


def test_counts_with_an_unscored_span_set_aside(corpus: Path) -> None:
    calls: list[dt.date | None] = []

    def system(text: str, dateline: dt.date | None) -> Output:
        calls.append(dateline)
        return _fake(text, dateline)

    result = evaluate_wikiwars(read_wikiwars(corpus), system)
    assert calls == [dt.date(2009, 12, 19)] * 2  # the dct is the dateline
    assert result.scores == EXPECTED
    assert result.ignored == 1
    assert [docid for docid, _ in result.per_doc] == ["01_War", "03_Civil"]
    assert result.per_doc[1][1] == Scores(gold=1, system=1, strict=1, relaxed=1, value_correct=1)


def test_a_system_expression_paired_with_gold_inside_an_unscored_span_is_scored(corpus: Path) -> None:
    doc = {**DOCS[0], "unscored": [[*_at(WAR, "lasted two years"), "no_val", "lasted two years"]]}
    result = evaluate_wikiwars(read_wikiwars(_write(corpus.parent, [doc])), _fake)
    # "this time" now counts as spurious; "two years" inside the unvalued span still pairs with its gold.
    assert (result.ignored, result.scores.system, result.scores.relaxed) == (0, 7, 5)


def _write(folder: Path, docs: list[dict[str, Any]]) -> Path:
    path = folder / "other.json"
    path.write_text(json.dumps(docs), encoding="utf-8")
    return path


def test_errors_and_their_classes(corpus: Path) -> None:
    result = evaluate_wikiwars(read_wikiwars(corpus), _fake)
    assert [(e.kind, WAR[e.start : e.end], c) for e, c in zip(result.errors, result.classes, strict=True)] == [
        ("missed", "1949", "missed"),
        ("value", "two years", "value: duration amount or unit"),
        ("value", "the spring", "value: year wrong (same granularity)"),
        ("spurious", "Two days later", "spurious"),
    ]
    spring = result.errors[2]
    assert (spring.gold, spring.system) == ("'the spring' 1939-SP", "'spring' DATE 2009-SP")


def test_build_timeline_on_short_sentences(tmp_path: Path) -> None:
    text = "\nIn 1939 Germany attacked Poland. The war lasted six years.\n"
    doc = {"id": "real", "dct": "2009-12-19", "text": text, "unscored": [],
           "gold": [_gold(text, "1939", "1939"), _gold(text, "six years", "P6Y")]}
    result = evaluate_wikiwars(read_wikiwars(_write(tmp_path, [doc])))
    assert result.scores == Scores(gold=2, system=2, strict=2, relaxed=2, value_correct=2)


def test_the_default_system_is_build_timeline_with_its_kind(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = timeline.build_timeline
    calls: list[dict[str, Any]] = []

    def spy(text: str, dateline: dt.date | None, **kwargs: Any) -> timeline.Timeline:
        calls.append(kwargs)
        return real(text, dateline, **kwargs)

    monkeypatch.setattr(timeline, "build_timeline", spy)
    evaluate_wikiwars(read_wikiwars(corpus))
    expected = {"kind": "auto"} if "kind" in inspect.signature(real).parameters else {}
    assert calls == [expected, expected]


# --------------------------------------------------------------------------- command line


def test_cli_table(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus)], system=_fake) == 0
    assert capsys.readouterr().out == TABLE + "\n"


def test_cli_errors_classes_and_per_doc(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus), "--errors", "--classes", "--per-doc"], system=_fake) == 0
    out = capsys.readouterr().out
    assert "\n01_War       6     6   50.0   83.3   50.0\n" in out  # strict 3/6, relaxed 5/6, value 3/6
    assert "[missed] 01_War @" in out and "gold '1949' 1949\n" in out
    assert "[value] 01_War @" in out and "gold 'the spring' 1939-SP vs system 'spring' DATE 2009-SP" in out
    assert "[[Two days later]]" in out
    assert "| 1 | value: duration amount or unit | 'two years' P2Y vs 'two years' DURATION P3Y |" in out
    assert "| 1 | missed | '1949' 1949 |" in out
    assert "| 1 | value: year wrong (same granularity) | 'the spring' 1939-SP vs 'spring' DATE 2009-SP |" in out
    assert out.endswith(TABLE + "\n")
    assert not any(line.startswith("type") for line in out.splitlines())  # TIMEX2 has no type


def test_cli_json(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus), "--json", "--errors", "--classes"], system=_fake) == 0
    report = json.loads(capsys.readouterr().out)
    (wikiwars,) = report.pop("wikiwars")
    assert report == {}  # no TimeML corpus
    assert wikiwars["documents"] == 2 and wikiwars["ignored_over_unscored"] == 1
    timex = wikiwars["timex"]
    assert (timex["gold"], timex["system"], timex["relaxed"], timex["value_correct"]) == (7, 7, 6, 4)
    assert "type_f1" not in timex and "type_correct" not in timex
    assert [e["class"] for e in wikiwars["errors"]] == [
        "missed", "value: duration amount or unit", "value: year wrong (same granularity)", "spurious"]
    assert {c["name"] for c in wikiwars["error_classes"]} == {
        "missed", "spurious", "value: duration amount or unit", "value: year wrong (same granularity)"}


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>HAND.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-06" functionInDocument="CREATION_TIME">Jan 6</TIMEX3></DCT>
<TEXT>
Sales rose <TIMEX3 tid="t1" type="DATE" value="2019">in 1861</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_cli_mixed_reports_each_corpus_apart(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = corpus.parent / "tml"
    folder.mkdir()
    (folder / "hand.tml").write_text(TML, encoding="utf-8")
    assert main([str(folder)], system=_fake) == 0
    timeml_only = capsys.readouterr().out
    assert timeml_only.startswith("TempEval-3 time expressions: 1 documents, 1 gold, 1 system\n")
    assert main([str(corpus), str(folder)], system=_fake) == 0
    assert capsys.readouterr().out == timeml_only + "\n" + TABLE + "\n"


def test_cli_rejects_bad_files_and_event_scoring(tmp_path: Path, corpus: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(_write(tmp_path, [{"id": "x", "text": "ab", "gold": [[0, 5, None, "1"]]}]))]) == 2
    assert main([str(_write(tmp_path, []))]) == 2
    assert main([str(tmp_path / "missing.json")]) == 2
    assert main([str(corpus), "--events"], system=_fake) == 2
    assert capsys.readouterr().err.count("error:") == 4
