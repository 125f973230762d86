"""TempEval-3 time-expression scoring on hand-made documents with a fake system."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import attrs
import pytest

from timeline._model import TimeExpression
from timeline.evaluation.evaluate import Scores, Span, evaluate_corpus, main, score, score_document
from timeline.timeml import TimeMLDocument, read_timeml

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>HAND.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-06" functionInDocument="CREATION_TIME">\
Jan 6</TIMEX3></DCT>
<TEXT>
On <TIMEX3 tid="t1" type="DATE" value="2020-01-06">Monday</TIMEX3> the firm said sales rose \
<TIMEX3 tid="t2" type="DATE" value="2019-W52">last week</TIMEX3> for \
<TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>, unlike \
<TIMEX3 tid="t4" type="DATE" value="2021">2021</TIMEX3>. Talks end May 5.
</TEXT>
</TimeML>
"""


@attrs.frozen
class Output:
    """What the fake system returns: just expressions."""

    expressions: Sequence[Span]


@attrs.frozen
class Box:
    """A hand-made span for the pure scorer."""

    start: int
    end: int
    type: str = "DATE"
    value: str = "2020"


def _expr(text: str, phrase: str, type_: str, value: str) -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(start, start + len(phrase), phrase, type_, value)


def _system_output(doc: TimeMLDocument) -> list[TimeExpression]:
    """Monday right; "week" inside "last week" (partial, right value); "three days" with a
    wrong value; "2021" missed; "May 5" spurious."""
    text = doc.text
    return [
        _expr(text, "Monday", "DATE", "2020-01-06"),
        _expr(text, "week", "DATE", "2019-W52"),
        _expr(text, "three days", "DURATION", "P2D"),
        _expr(text, "May 5", "DATE", "2020-05-05"),
    ]


def frac(numerator: int, denominator: int) -> object:
    """An exact fraction, compared with the float figures up to rounding."""
    return pytest.approx(Fraction(numerator, denominator))


def _figures(s: Scores) -> list[float]:
    return [
        s.strict_precision, s.strict_recall, s.strict_f1,
        s.relaxed_precision, s.relaxed_recall, s.relaxed_f1, s.value_f1, s.type_f1,
    ]


# --------------------------------------------------------------------------- gold as system


def test_gold_as_system_scores_100_everywhere() -> None:
    doc = read_timeml(GOLD)
    calls: list[tuple[str, dt.date | None]] = []

    def gold_system(text: str, dateline: dt.date | None) -> Output:
        calls.append((text, dateline))
        return Output(doc.timexes)

    scores, per_doc, errors = evaluate_corpus([doc], gold_system)
    assert calls == [(doc.text, dt.date(2020, 1, 6))]
    assert scores == Scores(gold=4, system=4, strict=4, relaxed=4, value_correct=4, type_correct=4)
    assert _figures(scores) == [1.0] * 8
    assert [r.docid for r in per_doc] == ["HAND.0001"] and errors == []


# --------------------------------------------------------------------------- hand-made errors


def test_one_missed_one_spurious_one_partial_one_wrong_value() -> None:
    doc = read_timeml(GOLD)
    scores = score([(doc.timexes, _system_output(doc))])
    # gold: Monday, last week, three days, 2021 = 4; system: Monday, week, three days, May 5 = 4
    # strict (same offsets): Monday, three days = 2
    # relaxed (overlap, one-to-one): Monday, last week~week, three days = 3
    # same value among relaxed: Monday, last week (three days is P3D vs P2D) = 2
    # same type among relaxed: all 3
    assert scores == Scores(gold=4, system=4, strict=2, relaxed=3, value_correct=2, type_correct=3)
    assert scores.strict_precision == frac(2, 4)  # strict / system
    assert scores.strict_recall == frac(2, 4)  # strict / gold
    assert scores.strict_f1 == frac(1, 2)  # 2*2 / (4+4)
    assert scores.relaxed_precision == frac(3, 4)
    assert scores.relaxed_recall == frac(3, 4)
    assert scores.relaxed_f1 == frac(3, 4)  # 2*3 / (4+4)
    assert scores.value_accuracy == frac(2, 3)
    assert scores.value_f1 == frac(1, 2)  # relaxed F1 3/4 * accuracy 2/3
    assert scores.type_f1 == frac(3, 4)  # relaxed F1 3/4 * accuracy 3/3


def test_errors_list_each_problem_with_context() -> None:
    doc = read_timeml(GOLD)
    _, _, errors = evaluate_corpus([doc], lambda text, dateline: Output(_system_output(doc)))
    assert [(e.kind, doc.text[e.start : e.end]) for e in errors] == [
        ("extent", "last week"),
        ("value", "three days"),
        ("missed", "2021"),
        ("spurious", "May 5"),
    ]
    value_error = errors[1]
    assert value_error.gold == "'three days' DURATION P3D"
    assert value_error.system == "'three days' DURATION P2D"
    assert "[[three days]]" in value_error.context and "sales rose" in value_error.context
    assert errors[2].system is None and errors[3].gold is None
    assert all(e.docid == "HAND.0001" for e in errors)
    assert "[value] HAND.0001" in value_error.format()


# --------------------------------------------------------------------------- the pure scorer


def test_figures_from_counts() -> None:
    s = Scores(gold=10, system=8, strict=4, relaxed=6, value_correct=5, type_correct=3)
    assert _figures(s) == [
        frac(4, 8), frac(4, 10), frac(8, 18),  # strict P, R, 2*4/(10+8)
        frac(6, 8), frac(6, 10), frac(12, 18),  # relaxed P, R, 2*6/(10+8)
        frac(10, 18),  # value: 12/18 * 5/6
        frac(6, 18),  # type: 12/18 * 3/6
    ]
    assert (s.value_accuracy, s.type_accuracy) == (frac(5, 6), frac(3, 6))


def test_documents_are_micro_averaged() -> None:
    first = ([Box(0, 4)], [Box(0, 4)])  # 1 gold, 1 system, exact
    second: tuple[list[Box], list[Box]] = ([Box(0, 4), Box(10, 14)], [])  # 2 gold, none found
    scores = score([first, second])
    assert scores == score_document(*first) + score_document(*second)
    assert scores.relaxed_precision == 1.0  # 1 / 1
    assert scores.relaxed_recall == frac(1, 3)  # 1 / 3, not the mean of 1 and 0 per document


def test_relaxed_matches_are_one_to_one_and_prefer_the_largest_overlap() -> None:
    # One system span over two gold spans matches one of them only.
    assert score_document([Box(0, 5), Box(6, 10)], [Box(0, 10)]).relaxed == 1
    # Two system spans inside one gold span: one match, one spurious.
    assert score_document([Box(0, 10)], [Box(0, 4), Box(5, 10)]).relaxed == 1
    # The system span overlaps gold [0,4) by 2 and gold [4,12) by 8: it pairs with the latter.
    gold = [Box(0, 4, value="1999"), Box(4, 12, value="2000")]
    scores = score_document(gold, [Box(2, 12, value="2000")])
    assert (scores.relaxed, scores.value_correct, scores.strict) == (1, 1, 0)
    # On equal overlap the exact span wins, whatever the order of the system output.
    tied = score_document([Box(0, 4)], [Box(0, 8, value="1999"), Box(0, 4)])
    assert (tied.relaxed, tied.value_correct) == (1, 1)


def test_types_compare_equal_across_enum_and_str() -> None:
    system = [TimeExpression(0, 4, "2020", "DATE", "2020")]  # type is TimexType.DATE
    assert score_document([Box(0, 4, type="DATE")], system).type_correct == 1
    assert score_document([Box(0, 4, type="DURATION")], system).type_correct == 0


def test_nothing_to_find_and_nothing_found_is_perfect() -> None:
    assert _figures(score([([], [])])) == [1.0] * 8
    spurious_only = score([([], [Box(0, 4)])])
    assert (spurious_only.relaxed_precision, spurious_only.relaxed_f1) == (0.0, 0.0)


# --------------------------------------------------------------------------- command line


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    (tmp_path / "hand.tml").write_text(GOLD, encoding="utf-8")
    return tmp_path


def _fake(text: str, dateline: dt.date | None) -> Output:
    return Output(_system_output(read_timeml(GOLD)))


def test_cli_table(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir)], system=_fake) == 0
    out = capsys.readouterr().out
    assert "1 documents, 4 gold, 4 system" in out
    assert "strict     50.0   50.0   50.0" in out
    assert "relaxed    75.0   75.0   75.0" in out
    assert "value                    50.0  (accuracy  66.7)" in out


def test_cli_per_doc_and_errors(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir), "--per-doc", "--errors"], system=_fake) == 0
    out = capsys.readouterr().out
    assert "HAND.0001     4     4   50.0   75.0   50.0   75.0" in out
    assert "[missed] HAND.0001" in out and "gold '2021' DATE 2021" in out
    assert "[spurious] HAND.0001" in out and "system 'May 5' DATE 2020-05-05" in out


def test_cli_json(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir), "--json", "--errors"], system=_fake) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1
    assert report["timex"]["relaxed_f1"] == 0.75 and report["timex"]["strict"] == 2
    assert [e["kind"] for e in report["errors"]] == ["extent", "value", "missed", "spurious"]
    assert "per_doc" not in report


def test_cli_without_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)], system=_fake) == 2
    assert main([str(tmp_path / "missing")], system=_fake) == 2
    assert capsys.readouterr().err.count("error:") == 2


def test_cli_classes(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir), "--classes"], system=_fake) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| count")]
    assert sum(int(r.split("|")[1]) for r in rows) == 4  # every error in exactly one class
    assert any("missed:" in r and "'2021' DATE 2021" in r for r in rows)


@pytest.mark.parametrize(
    ("kind", "gold", "system", "expected"),
    [
        ("value", "'1949' DATE 1949-XX", "'1949' DATE 1949", "value: gold leaves digits unknown"),
        ("value", "'last week' DURATION P1W", "'last week' DATE 1998-W33", "value: duration vs date"),
        ("value", "'13 years' DURATION P12Y", "'13 years' DURATION P13Y", "value: a duration's amount"),
        ("value", "'Friday' DATE 1998-10-23", "'Friday night' TIME 1998-10-23TNI", "value: part of day"),
        ("value", "'a year ago' DATE 1988", "'a year ago' DATE 1988-Q3", "value: earnings periods"),
        ("value", "'Friday' DATE 1998-08-07", "'Friday' DATE 1998-08-14", "value: weekday in another week"),
        ("value", "'April' DATE 1999-04", "'April' DATE 1998-04", "value: month or month-day in the other year"),
        ("value", "'Last week' DATE 1999-01", "'Last week' DATE 1999-W02", "value: weeks and weekends"),
        ("spurious", None, "'now' DATE PRESENT_REF", "spurious: reference words"),
        ("spurious", None, "'for years' DURATION PXY", "spurious: durations"),
        ("missed", "'soon' DATE FUTURE_REF", None, "missed: vague references"),
        ("missed", "'days' DATE 1998-10", None, "missed: bare unit nouns"),
        ("extent", "'past 20 years' DURATION P20Y", "'the past 20 years' DURATION P20Y", "extent: determiner"),
        ("extent", "'today' DATE 1999-10-08", "'later today' DATE 1999-10-08", "extent: modifier"),
        ("type", "'Friday morning' DATE 2000-01-28TMO", "'Friday morning' TIME 2000-01-28TMO", "type:"),
    ],
)
def test_error_classes(kind: str, gold: str | None, system: str | None, expected: str) -> None:
    from timeline.evaluation._timex_classes import classify

    assert classify(kind, gold, system).startswith(expected)


@pytest.mark.parametrize("text", ["last week", "Friday's", 'the "quarter"', "it's \"now\"", "line\nbreak", "back\\slash"])
def test_error_sides_read_back(text: str) -> None:
    from timeline.evaluation._timex_classes import Side, parse_side
    from timeline.evaluation.evaluate import _shown

    span = _expr(text, text, "DATE", "1998-W32")
    assert parse_side(_shown(text, span)) == Side(text, "DATE", "1998-W32")
