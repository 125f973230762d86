"""Kinds of text (issue #14): news against the dateline, a narrative against its own time, a
schedule forward; ``kind="auto"`` tells news from narrative."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import Timeline, TimelineError, build_timeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
HISTORY = (
    "On September 17, 1939, the Soviets launched their own invasion of Poland. "
    "By early October, Poland was divided. In 1940, Germany invaded France; in December, "
    "Italy attacked Greece."
)


def _values(text: str, dateline: str, kind: str) -> list[tuple[str, str]]:
    return [(x.text, x.value) for x in build_timeline(text, dateline, kind=kind).expressions]


def test_a_narrative_fills_dates_from_its_own_time_and_news_from_the_dateline() -> None:
    narrative = dict(_values(HISTORY, "2009-12-19", "narrative"))
    assert narrative["early October"] == "1939-10"  # the story's year, the month nearest its time
    assert narrative["December"] == "1940-12"  # a year-long reference: that year
    news = dict(_values(HISTORY, "2009-12-19", "news"))
    assert news["early October"] == "2009-10"  # "By early October": a bound, read from the dateline
    # ... while news too reads a background paragraph's "in December" from its "In 1940"
    assert news["December"] == "1940-12"


def test_a_narrative_keeps_deictics_on_the_dateline() -> None:
    text = "In 1939, Germany invaded Poland. Today the site is a museum, opened last year."
    values = dict(_values(text, "2009-12-19", "narrative"))
    assert values["last year"] == "2008" and values["Today"] == "2009-12-19"


def test_a_schedule_looks_forward() -> None:
    # 2026-03-04 is a Wednesday: the dentist on Tuesday is next week's in a schedule.
    assert _values("Dentist on Tuesday.", "2026-03-04", "schedule") == [("Tuesday", "2026-03-10")]
    assert _values("Dentist on Tuesday.", "2026-03-04", "news") == [("Tuesday", "2026-03-03")]


def test_kind_is_checked_and_kept() -> None:
    with pytest.raises(TimelineError, match="kind: expected one of auto, news, narrative, schedule, got 'story'"):
        build_timeline("It rained on Monday.", "2026-03-04", kind="story")
    tl = build_timeline(HISTORY, "2009-12-19", kind="narrative")
    assert tl.kind == "narrative" and Timeline.from_json(tl.to_json()) == tl
    assert build_timeline("It rained on Monday.", "2026-03-04").kind == "news"  # auto
    assert build_timeline("It rained on Monday.").kind == "narrative"  # no dateline: the story's own time


def test_auto_reads_the_seed_as_news() -> None:
    seed = (Path(__file__).resolve().parents[1] / "seeds" / "rourke_defends_baldwin_2023-01-31.txt").read_text(encoding="utf-8")
    assert build_timeline(seed).kind == "news"


@pytest.mark.skipif(not (SHARED / "tempeval3").is_dir() or not (SHARED / "wikiwars").is_dir(), reason="../shared not beside the checkout")
def test_auto_reads_every_tempeval_article_as_news_and_every_wikiwars_article_as_narrative() -> None:
    from timeline.timeml import read_corpus

    news = [d.docid for d in read_corpus(SHARED / "tempeval3" / "TimeBank", SHARED / "tempeval3" / "AQUAINT")
            if build_timeline(d.text, d.dateline).kind != "news"]
    assert news == []
    docs = json.loads((SHARED / "wikiwars" / "wikiwars-dev.json").read_text(encoding="utf-8"))
    narrative = [d["id"] for d in docs if build_timeline(d["text"], dt.date.fromisoformat(d["dct"])).kind != "narrative"]
    assert narrative == []


def test_a_narrative_counts_its_deictics_from_the_story_except_the_writers_now() -> None:
    text = ("In May 1940, Germany invaded France. By the end of the month, Belgium had surrendered. "
            "Today the battlefields are museums.")
    values = dict(_values(text, "2009-12-19", "narrative"))
    assert values["the end of the month"] == "1940-05"  # the story's month
    assert values["Today"] == "2009-12-19"  # the writer's day
    assert dict(_values(text, "2009-12-19", "news"))["the end of the month"] == "2009-12"


def test_a_narratives_untimed_past_comes_after_the_story_time_of_its_paragraph() -> None:
    text = ("In 1940, Germany invaded France. Italy attacked Greece. The war had begun a year before."
            "\n\nBritain resisted.")
    events = {e.trigger: e for e in build_timeline(text, "2009-12-19", kind="narrative").events}
    attacked = events["attacked"]
    assert attacked.time is None and attacked.earliest == dt.datetime(1940, 1, 1)
    assert attacked.earliest_from is not None and attacked.earliest_from.text == "1940"
    assert events["resisted"].earliest is None  # a new paragraph
    news = {e.trigger: e for e in build_timeline(text, "2009-12-19", kind="news").events}
    assert news["attacked"].earliest is None  # news keeps the dateline's reading


def test_a_story_before_christ_counts_its_years_down() -> None:
    text = ("In 492 BC the fleet sailed. The following year it returned; in the summer it rested. "
            "In 1 BC a child was born; a year later, peace. In 1939 war began; the following year France fell.")
    values = [(x.text, x.value) for x in build_timeline(text, "2009-12-19", kind="narrative").expressions]
    assert values == [
        ("492 BC", "BC0492"), ("The following year", "BC0491"), ("the summer", "BC0491-SU"),
        ("1 BC", "BC0001"), ("a year later", "0001"), ("1939", "1939"), ("the following year", "1940"),
    ]


def test_auto_reads_a_short_history_with_a_dateline_as_a_narrative() -> None:
    # Its years lie far back, its months run on without them and it counts nothing from the dateline.
    assert build_timeline(HISTORY, "2009-12-19").kind == "narrative"
    assert dict(_values(HISTORY, "2009-12-19", "auto"))["early October"] == "1939-10"


@pytest.mark.parametrize("news", [
    HISTORY + " The talks resume on Tuesday.",  # a deictic by the day
    HISTORY + " The museum reopened in 2008.",  # a year near the dateline
    HISTORY + " The bonds fall due in 2030.",  # a far year ahead: a maturity, not the story's own
    "The museum, founded in 1890, reopens in November.",  # one month without its year
])
def test_auto_keeps_news_that_names_a_far_year(news: str) -> None:
    assert build_timeline(news, "2009-12-19").kind == "news"
