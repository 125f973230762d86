"""The suite scorer (timeline.evaluation.suite) on small hand-made suites with a fake tagger."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

from timeline import Interval
from timeline.evaluation.evaluate import main
from timeline.evaluation.suite import COMPLETED_ALTS, CaseResult, completed_alts, normalise, score_case, score_suite

REF = "2013-02-12T04:30:00"


@attrs.frozen
class X:
    start: int
    end: int
    value: str


@attrs.frozen
class Out:
    expressions: Sequence[X]


def _x(text: str, phrase: str, value: str) -> X:
    start = text.index(phrase)
    return X(start, start + len(phrase), value)


def _case(text: str, category: str = "point:Day", **item: Any) -> dict[str, Any]:
    expect = [{"text": text, "start": 0, "end": len(text), "kind": "point", "timex": [], **item}]
    return {"id": f"t#{text}", "text": text, "ref": REF, "category": category, "part": "allExamples",
            "expect": expect, "skip_default": None}


def _one(case: Mapping[str, Any], *found: X) -> CaseResult:
    [result] = score_case(case, found)
    return result


def test_normalise_times_and_durations() -> None:
    assert normalise("2013-02-12T15:00:00") == normalise("2013-02-12T15:00") == normalise("2013-02-12T15")
    assert normalise("2013-02-12T15:30:00") == "2013-02-12T15:30"
    assert normalise("2013-02-12T15:00:30") == "2013-02-12T15:00:30"
    assert normalise("P1W") == normalise("P7D")
    assert normalise("PT24H") == normalise("P1D")
    assert normalise("P1M") != normalise("PT1M")
    assert normalise("P1Y") == normalise("P12M")
    assert normalise("PXW") == "PXW"


def test_normalise_a_days_24_00_as_the_next_days_midnight() -> None:
    # ISO 8601: 24:00 ends a day, the instant 00:00 of the next; across a month and a year too
    assert normalise("2013-02-12T24:00") == normalise("2013-02-13T00:00") == "2013-02-13T00"
    assert normalise("2013-02-28T24") == "2013-03-01T00"
    assert normalise("2012-12-31T24:00:00Z") == "2013-01-01T00Z"
    assert normalise("2013-02-12T23:59") != normalise("2013-02-13T00")


def test_value_by_timex_after_normalising_the_time() -> None:
    case = _case("at 3pm", "point:Hour", timex=["2013-02-12T15"])
    right = _one(case, _x("at 3pm", "3pm", "2013-02-12T15:00"))
    assert (right.found, right.extent, right.value, right.rule) == (True, True, True, "timex")
    wrong = _one(case, _x("at 3pm", "3pm", "2013-02-12T03:00"))
    assert (wrong.found, wrong.value, wrong.rule) == (True, False, None)


def test_value_by_alt_is_counted_apart() -> None:
    case = _case("in a week", timex=["2013-02-19"], alt=["P1W", "2013-W08"], alt_why=["P1W: d", "2013-W08: g"])
    r = _one(case, _x("in a week", "a week", "P7D"))
    assert (r.value, r.rule) == (True, "alt")
    assert _one(case, _x("in a week", "a week", "P8D")).value is False


def test_zone_value_matches_the_zone_alternative_by_its_local_time() -> None:
    why = ["2013-02-12T16:00: the time in the zone the phrase names (Duckling converts to UTC-2)"]
    case = _case("4pm CET", "point:Minute", timex=["2013-02-12T13:00"], alt=["2013-02-12T16:00"], alt_why=why)
    assert _one(case, _x("4pm CET", "4pm CET", "2013-02-12T16:00+01:00")).rule == "alt"
    # a zone alternative not marked as such is compared with the zone
    plain = _case("4pm", "point:Minute", timex=["2013-02-12T13:00"], alt=["2013-02-12T16:00"], alt_why=["x: y"])
    assert _one(plain, _x("4pm", "4pm", "2013-02-12T16:00+01:00")).value is False


def test_value_by_interval_exact_or_by_overlap_for_a_part_of_day() -> None:
    morning = [["2013-02-12T00:00:00", "2013-02-12T12:00:00"]]
    case = _case("this morning", "interval:Hour", kind="range", intervals=morning)
    # TMO is 06:00-12:00: 6 hours of overlap, half of the longer (12 hours)
    assert _one(case, _x("this morning", "this morning", "2013-02-12TMO")).rule == "interval"
    # an hour is not a part of day: it must equal the interval
    assert _one(case, _x("this morning", "this morning", "2013-02-12T06")).value is False
    afternoon = _case("this afternoon", "interval:Hour", kind="range",
                      intervals=[["2013-02-12T12:00:00", "2013-02-12T19:00:00"]])
    assert _one(afternoon, _x("this afternoon", "this afternoon", "2013-02-12TMO")).value is False
    day = _case("2/15", intervals=[["2013-02-15T00:00:00", "2013-02-16T00:00:00"]])
    assert _one(day, _x("2/15", "2/15", "2013-02-15")).rule == "interval"


@attrs.frozen
class Spanned:
    start: int
    end: int
    value: str
    span: Any


def test_value_by_an_expressions_own_span() -> None:
    # "Ramadan 2018": the value 2018 cannot write May 16 to June 14; the expression's span can
    days = [["2018-05-16T00:00:00", "2018-06-15T00:00:00"]]
    case = _case("Ramadan 2018", "holiday-interval:Day", kind="range", intervals=days)
    assert _one(case, _x("Ramadan 2018", "Ramadan 2018", "2018")).value is False
    span = Interval(dt.datetime(2018, 5, 16), dt.datetime(2018, 6, 15), "DAY")
    assert _one(case, Spanned(0, 12, "2018", span)).rule == "interval"  # type: ignore[arg-type]
    wrong = Interval(dt.datetime(2018, 5, 17), dt.datetime(2018, 6, 15), "DAY")
    assert _one(case, Spanned(0, 12, "2018", wrong)).value is False  # type: ignore[arg-type]


def _range_case() -> dict[str, Any]:
    entry = {"start": "2013-02-12T15", "end": "2013-02-12T16", "end_exclusive": "2013-02-12T17",
             "start_at": ["2013-02-12T15:00:00"], "got_end_at": ["2013-02-12T17:00:00"],
             "got_start_at": ["2013-02-12T16:00:00"]}
    return _case("3-4pm", "interval:Hour", kind="range", range=[entry],
                 intervals=[["2013-02-12T15:00:00", "2013-02-12T17:00:00"]])


def test_value_and_extent_by_two_expressions_of_a_range() -> None:
    case = _range_case()
    r = _one(case, _x("3-4pm", "3", "2013-02-12T15"), _x("3-4pm", "4pm", "2013-02-12T16"))
    assert (r.extent, r.value, r.rule) == (True, True, "range")
    # the order matters: the first expression starts the range
    swapped = _one(case, _x("3-4pm", "3", "2013-02-12T16"), _x("3-4pm", "4pm", "2013-02-12T15"))
    assert swapped.value is False
    # one expression of the two is not the range's extent
    alone = _one(case, _x("3-4pm", "4pm", "2013-02-12T16"))
    assert (alone.found, alone.extent, alone.value) == (True, False, False)


def test_value_by_deadline() -> None:
    entry = {"start": REF, "end": "2013-02-12T13:59:59", "end_exclusive": "2013-02-12T14:00:00",
             "start_at": [REF], "got_end_at": ["2013-02-12T14:00:00"],
             "got_start_at": ["2013-02-12T13:59:59", "2013-02-12T14:00:00"], "deadline": True}
    case = _case("by 2:00pm", "interval:Second", kind="range", range=[entry],
                 intervals=[[REF, "2013-02-12T14:00:00"]])
    r = _one(case, _x("by 2:00pm", "2:00pm", "2013-02-12T14:00"))
    assert (r.extent, r.value, r.rule) == (True, True, "deadline")
    assert _one(case, _x("by 2:00pm", "2:00pm", "2013-02-12T15:00")).value is False


def test_extent_accepts_the_phrase_without_a_leading_signal_or_trailing_punctuation() -> None:
    case = _case("on 2/15", timex=["2013-02-15"])
    assert _one(case, _x("on 2/15", "on 2/15", "2013-02-15")).extent
    assert _one(case, _x("on 2/15", "2/15", "2013-02-15")).extent
    short = _one(case, _x("on 2/15", "15", "2013-02-15"))
    assert (short.found, short.extent, short.value) == (True, False, True)
    abbreviated = _case("mon.", timex=["2013-02-18"])
    assert _one(abbreviated, X(0, 3, "2013-02-18")).extent
    # a word that is not a signal is not dropped
    assert not _one(_case("next week", "point:Week", timex=["2013-W08"]), X(5, 9, "2013-W08")).extent


def test_negative_clean_and_dirty() -> None:
    case: dict[str, Any] = {"id": "n", "text": "1 adult", "ref": REF, "category": "negative", "part": "negativeCorpus",
            "expect": [], "skip_default": None}
    assert _one(case).clean
    assert not _one(case, X(0, 1, "PRESENT_REF")).clean


def test_suite_groups_headline_and_grains(tmp_path: Path) -> None:
    holiday = _case("xmas", "holiday:Day", timex=["2013-12-25"], holiday="Christmas")
    latent = {**_case("1974", "latent point:Year", timex=["1974"]), "part": "latentCorpus", "skip_default": "latent"}
    ranges = {**_case("at 615", "range-extent"), "part": "rangeTests"}
    negative: dict[str, Any] = {"id": "n", "text": "laughing out loud", "ref": REF, "category": "negative",
                "part": "negativeCorpus", "expect": [], "skip_default": None}
    suite = {"suite": "hand", "cases": [
        _case("2/15", timex=["2013-02-15"]), _case("3pm", "point:Hour", timex=["2013-02-12T15"]),
        holiday, latent, ranges, negative,
    ]}
    answers = {"2/15": [X(0, 4, "2013-02-15")], "3pm": [X(0, 3, "2013-02-12T03")], "xmas": [X(0, 4, "2013-12-25")],
               "1974": [X(0, 4, "1974")], "at 615": [X(3, 6, "2013-02-12T06:15")], "laughing out loud": []}
    seen: list[dt.datetime] = []

    def system(text: str, ref: dt.datetime) -> Out:
        seen.append(ref)
        return Out(answers[text])

    result = score_suite(suite, system, kind="news")
    assert seen[0] == dt.datetime(2013, 2, 12, 4, 30)
    scored = result.scored
    assert (scored.n, scored.found, scored.value) == (3, 3, 2)  # the latent and range cases are apart
    assert result.by_grain()["Day"].value == 1 and result.by_grain()["Hour"].value == 0
    assert "Year" not in result.by_grain()  # latent
    assert result.negatives == (1, 1)
    [range_result] = result.group("rangeTests")
    assert (range_result.extent, range_result.value) == (True, False)


def _write(tmp_path: Path, cases: list[dict[str, Any]]) -> Path:
    path = tmp_path / "suite.json"
    path.write_text(json.dumps({"suite": "hand", "cases": cases}), encoding="utf-8")
    return path


def test_cli_prints_the_headline_first_and_the_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "Monday" said on Tuesday 2013-02-12: next Monday in a schedule, the day before in news
    path = _write(tmp_path, [_case("Monday", timex=["2013-02-18"])])
    assert main(["--suite", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("value-correct 1.000 (1/1) of the scored phrases") and "kind=schedule" in out[0]
    assert main(["--suite", str(path), "--kind", "news", "--json", "--errors"]) == 0
    report = json.loads(capsys.readouterr().out)["suites"][0]
    assert report["kind"] == "news"
    assert report["headline"] == {"value_correct": 0, "scored_phrases": 1, "share": 0.0}
    assert [e["text"] for e in report["errors"]] == ["Monday"]


def test_cli_needs_something_to_score(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([])
    assert "--suite" in capsys.readouterr().err


# ----------------------------------------------------------------- completed alternatives


def _alts_file(tmp_path: Path, *items: dict[str, str], suite: str = "mini") -> Path:
    path = tmp_path / "alts.json"
    path.write_text(json.dumps({"suite": suite, "items": list(items)}), encoding="utf-8")
    return path


def _suite(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"suite": "mini", "cases": list(cases)}


def test_a_completed_alternative_is_scored_and_the_raw_suite_is_not_changed(tmp_path: Path) -> None:
    case = _case("in half an hour", "point:Second", timex=["2013-02-12T05:00:00"])
    suite = _suite(case)
    path = _alts_file(tmp_path, {"id": case["id"], "text": case["text"], "alt": "PT30M", "class": "in N units"})
    done = completed_alts(suite, path)
    tagger = lambda text, ref: Out([_x(text, "half an hour", "PT30M")])  # noqa: E731
    assert score_suite(suite, tagger).scored.value == 0
    assert score_suite(done, tagger).scored.value == 1
    assert "alt" not in suite["cases"][0]["expect"][0]  # the raw suite is left as it was
    # a suite of another name is returned as it is
    assert completed_alts({**suite, "suite": "other"}, path)["cases"] == suite["cases"]


@pytest.mark.parametrize(("text", "alt", "cls"), [
    ("in half an hour", "2013-02-12T05:00", "in N units"),  # the class gives a duration, not a point
    ("half an hour later", "PT30M", "in N units"),  # not an "in N units" phrase
    ("two years ago", "P2Y", "N units ago / from now"),  # the class gives a date
    ("next week", "2013-W08", "N units ago / from now"),  # not a count from now
])
def test_an_alternative_outside_its_class_is_refused(tmp_path: Path, text: str, alt: str, cls: str) -> None:
    case = _case(text)
    path = _alts_file(tmp_path, {"id": case["id"], "text": text, "alt": alt, "class": cls})
    with pytest.raises(ValueError, match="not of the class"):
        completed_alts(_suite(case), path)


def test_an_alternative_for_another_phrase_is_refused(tmp_path: Path) -> None:
    case = _case("in half an hour")
    path = _alts_file(tmp_path, {"id": case["id"], "text": "in an hour", "alt": "PT1H", "class": "in N units"})
    with pytest.raises(ValueError, match="not a one-item case"):
        completed_alts(_suite(case), path)


def test_the_packaged_alternatives_fit_their_classes() -> None:
    data = json.loads(COMPLETED_ALTS.read_text(encoding="utf-8"))
    assert data["suite"] == "duckling_en" and data["items"]
    # every entry names a class and fits it: completed_alts checks each against a suite holding its phrase
    cases = [{**_case(e["text"]), "id": e["id"]} for e in data["items"]]
    done = completed_alts({"suite": "duckling_en", "cases": cases})
    assert all(e["alt"] in c["expect"][0]["alt"] for e, c in zip(data["items"], done["cases"], strict=True))
