"""Dates in digits and ``build_timeline(dayfirst=...)`` (issue #15).

``None`` (the default) reads a date whose order the text does not fix month-first, unless only the
day-first reading is a date; ``True`` and ``False`` force day-first and month-first (a date the
forced reading makes impossible is no expression).  Values computed by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline import TimelineError, build_timeline
from timeline.__main__ import main

DATELINE = "2024-05-15"


def _values(text: str, dayfirst: bool | None) -> list[str]:
    return [x.value for x in build_timeline(text, DATELINE, dayfirst=dayfirst).expressions]


@pytest.mark.parametrize(
    ("text", "default", "day_first", "month_first"),
    [
        ("The meeting is on 3/4/2025.", ["2025-03-04"], ["2025-04-03"], ["2025-03-04"]),
        ("The meeting is on 13/03/2025.", ["2025-03-13"], ["2025-03-13"], []),
        ("The memo is dated 10/21/2021.", ["2021-10-21"], [], ["2021-10-21"]),
        ("He was born 05.06.1974.", ["1974-05-06"], ["1974-06-05"], ["1974-05-06"]),
        ("He was born 31.10.1974.", ["1974-10-31"], ["1974-10-31"], []),
        ("He was born 10-31-74.", ["1974-10-31"], [], ["1974-10-31"]),
        ("The check cleared 12/12/2023.", ["2023-12-12"], ["2023-12-12"], ["2023-12-12"]),
        # no order to choose: the year comes first, or the month is a word
        ("The plant opened 2015-3-3.", ["2015-03-03"], ["2015-03-03"], ["2015-03-03"]),
        ("He was born 31-Oct-74.", ["1974-10-31"], ["1974-10-31"], ["1974-10-31"]),
        ("He was born on March 4, 2025.", ["2025-03-04"], ["2025-03-04"], ["2025-03-04"]),
    ],
)
def test_dayfirst_reads_or_forces_the_order(text: str, default: list[str], day_first: list[str], month_first: list[str]) -> None:
    assert _values(text, None) == default
    assert _values(text, True) == day_first
    assert _values(text, False) == month_first


def test_a_month_day_without_a_year_takes_the_dateline_year_by_tense() -> None:
    # "due by" looks forward: March 5 (or, day-first, May 3) after the dateline 2024-05-15
    assert _values("The report is due by 3/5.", None) == ["2025-03-05"]
    assert _values("The report is due by 3/5.", True) == ["2025-05-03"]
    assert _values("The report was filed on 13/3.", None) == ["2024-03-13"]
    # a simple fraction is no date
    assert _values("Costs were cut by 3/4.", None) == []


def test_dayfirst_must_be_a_bool_or_none() -> None:
    with pytest.raises(TimelineError, match="dayfirst"):
        build_timeline("3/4/2025", DATELINE, dayfirst="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize(("flag", "value"), [([], "2025-03-04"), (["--dayfirst"], "2025-04-03"), (["--no-dayfirst"], "2025-03-04")])
def test_the_cli_takes_dayfirst(tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: list[str], value: str) -> None:
    article = tmp_path / "note.txt"
    article.write_text("The meeting is on 3/4/2025.", encoding="utf-8")
    assert main([str(article), "--dateline", DATELINE, "--format", "json", *flag]) == 0
    assert [x["value"] for x in json.loads(capsys.readouterr().out)["expressions"]] == [value]
