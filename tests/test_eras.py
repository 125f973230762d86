"""Years before Christ, AD years and ranges of years (issue #14): any mix of them gives a valid
timeline, and BC values, which datetime cannot hold, have no interval (docs/resolution.md)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Timeline, build_timeline
from timeline._model import Interval

PIECES = ["44 BC", "499–493 BC", "AD 79", "79 AD", "the 4th century BC", "1914-18", "1999-00",
          "the 2008-09 recession", "a 21-18 win", "from 1939 to 1945", "between 1861 and 1865",
          "the 19th century", "1 BC", "AD 1", "9999 BC", "0-0", "1914–1"]


def test_bc_values_have_no_interval_and_ad_years_do() -> None:
    assert Interval.of("BC0044") is None and Interval.of("BC03") is None
    iv = Interval.of("0079")
    assert iv is not None and iv.start.year == 79 and iv.end.year == 80


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.sampled_from(["news", "narrative", "auto"]))
def test_any_mix_of_eras_and_ranges_gives_a_valid_timeline(pieces: list[str], kind: str) -> None:
    text = " ".join(f"It happened in {p}." for p in pieces)
    tl = build_timeline(text, "2009-12-19", kind=kind)
    assert Timeline.from_json(tl.to_json()) == tl
    assert all(x.value.startswith("BC") == (x.interval is None and "BC" in x.value) for x in tl.expressions)
