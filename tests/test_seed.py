"""The seed article's whole gold timeline, committed beside it in seeds/."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import build_timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOLD = json.loads((SEEDS / "rourke_defends_baldwin_2023-01-31.gold.json").read_text(encoding="utf-8"))
TEXT = (SEEDS / GOLD["article"]).read_text(encoding="utf-8")


@pytest.mark.parametrize("dateline", [GOLD["dateline"], None], ids=["given", "detected"])
def test_seed_expressions(dateline: str | None) -> None:
    tl = build_timeline(TEXT, dateline)
    assert tl.dateline is not None and tl.dateline.isoformat() == GOLD["dateline"]
    got = [{"text": x.text, "type": x.type.value, "value": x.value} for x in tl.expressions]
    assert got == GOLD["expressions"]


@pytest.mark.parametrize("dateline", [GOLD["dateline"], None], ids=["given", "detected"])
def test_seed_dated_events_in_order(dateline: str | None) -> None:
    tl = build_timeline(TEXT, dateline)
    dated = tl.dated_events
    assert [e.time.value for e in dated if e.time] == [d["value"] for d in GOLD["dated_events"]]
    for event, gold in zip(dated, GOLD["dated_events"], strict=True):
        assert event.trigger == gold["trigger"]
        assert gold["contains"] in " ".join(event.text.split())
        assert event.relation.value == gold["relation"]


def test_seed_traps_are_not_expressions() -> None:
    tl = build_timeline(TEXT, GOLD["dateline"])
    for trap in GOLD["not_expressions"]:
        assert trap in TEXT
        start = TEXT.index(trap)
        overlapping = [x for x in tl.expressions if x.start < start + len(trap) and start < x.end]
        assert overlapping == [], trap


def test_cli_prints_the_seed_timeline() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "timeline", str(SEEDS / GOLD["article"]), "--format", "json"],
        capture_output=True, text=True, check=True,
    ).stdout
    data = json.loads(out)
    values = [e["value"] for e in data["events"] if e["value"] and e["value"][0].isdigit()]
    assert values == [d["value"] for d in GOLD["dated_events"]]
    table = subprocess.run(
        [sys.executable, "-m", "timeline", str(SEEDS / GOLD["article"])], capture_output=True, text=True, check=True
    ).stdout
    assert table.splitlines()[0] == "dateline: 2023-01-31  (read as news)"
    assert "2023-W04" in table
