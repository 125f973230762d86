"""The HTML page: well-formed and self-contained, escaped, dated events in order on the broken axis,
every event linked to its span in the article (the rendered layout is checked in test_browser.py)."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from test_api import annotated_timeline

from timeline import Timeline, build_timeline, render_html
from timeline.__main__ import main
from timeline._html import _snippet, _Span, break_axis, days, gap_label, markup, span_label, ticks
from timeline.strategies import timelines

SEED = Path(__file__).parent.parent / "seeds" / "rourke_defends_baldwin_2023-01-31.txt"
NS = {"h": "http://www.w3.org/1999/xhtml", "s": "http://www.w3.org/2000/svg"}


def parse(page: str) -> ET.Element:
    """The page as XML: any unescaped '<' or '&' in the text would make this fail."""
    assert page.startswith("<!DOCTYPE html>\n")
    return ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))


def by_id(root: ET.Element, id_: str) -> ET.Element:
    found = [el for el in root.iter() if el.get("id") == id_]
    assert len(found) == 1, (id_, len(found))
    return found[0]


def marks(root: ET.Element) -> list[ET.Element]:
    return [el for el in root.iter() if el.get("class") == "mark"]


@pytest.fixture(scope="module")
def seed() -> Timeline:
    return build_timeline(SEED.read_text(encoding="utf-8"), "2023-01-31")


def test_seed_page_keeps_the_article_text_and_marks_every_expression(seed: Timeline) -> None:
    root = parse(render_html(seed))
    article = by_id(root, "article")
    assert "".join(article.itertext()) == seed.text
    marked = ["".join(m.itertext()) for m in article.iter(f"{{{NS['h']}}}mark")]
    assert marked == [x.text for x in seed.expressions]


def test_seed_dated_events_drawn_in_time_order_with_width_by_granularity(seed: Timeline) -> None:
    root = parse(render_html(seed))
    drawn = marks(root)
    assert [m.get("data-eid") for m in drawn] == [e.eid for e in seed.dated_events if e.asserted]
    assert [m.get("data-value") for m in drawn] == ["1986", "2021", "2023-01-19", "2023-01-19", "2023-W04", "2023-01-31"]

    def left(m: ET.Element) -> float:
        return float(m.get("x") or float(m.get("cx", "0")) - float(m.get("r", "0")))

    lefts = [left(m) for m in drawn]
    # in time order; the two events of Jan. 19 ("took ... and declared") share their point
    assert lefts == sorted(lefts) and len(set(lefts)) == len(lefts) - 1 and lefts[2] == lefts[3]
    # a day is a point, a week or a year a bar; the year bars are wider than the week's
    assert [m.tag.split("}")[1] for m in drawn] == ["rect", "rect", "circle", "circle", "rect", "circle"]
    widths = {m.get("data-value"): float(m.get("width", "0")) for m in drawn if m.get("width")}
    assert min(widths["1986"], widths["2021"]) > widths["2023-W04"] > 2 * 6.5
    # three segments: 1986, 2021, and Jan 19 to the dateline; two cuts say how much was left out
    labels = ["".join(t.itertext()) for t in root.iter(f"{{{NS['s']}}}text") if t.get("class") == "seglabel"]
    assert labels == ["1986", "2021", "Jan 19 – Jan 31, 2023"]
    gaps = ["".join(t.itertext()) for t in root.iter(f"{{{NS['s']}}}text") if t.get("class") == "gaplabel"]
    assert gaps == ["34 years", "cut", "13 months", "cut"]


def test_every_event_links_to_its_own_span_in_the_article(seed: Timeline) -> None:
    root = parse(render_html(seed))
    links = [el.get("href") for el in root.iter() if el.get("href")]
    assert all(href.startswith("#") for href in links)  # nothing leaves the page
    targets = {href[1:] for href in links}
    assert len(targets) == len(seed.events)
    for i, event in enumerate(seed.events):
        span = by_id(root, f"ev{i}")
        assert f"ev{i}" in targets
        assert " ".join("".join(span.itertext()).split()) == " ".join(event.text.split())


def test_page_is_self_contained(seed: Timeline) -> None:
    page = render_html(seed)
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(|src=", page, re.I)
    # the only absolute URIs are the XML namespace names
    assert set(re.findall(r"https?://[^\"' ]+", page)) == {"http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg"}


HOSTILE = 'He said "<script>alert(\'x\')</script>" & left on Jan. 19 </div><b>. She <i>resigned</i> Tuesday.'


def test_all_text_is_escaped() -> None:
    tl = build_timeline(HOSTILE, "2023-01-31")
    assert [x.text for x in tl.expressions] == ["Jan. 19", "Tuesday"]
    title = '"><script>alert(1)</script>'
    page = render_html(tl, title=title)
    assert "<script" not in page.lower() and "<i>" not in page and "</div><b>" not in page
    root = parse(page)
    assert "".join(by_id(root, "article").itertext()) == HOSTILE
    assert "".join(root.find("h:head/h:title", NS).itertext()) == title  # type: ignore[union-attr]
    assert "&lt;script&gt;alert(&#x27;x&#x27;)" in page


@settings(max_examples=25, deadline=None)
@given(timelines())
def test_any_timeline_renders_to_a_well_formed_page(tl: Timeline) -> None:
    root = parse(render_html(tl))
    assert "".join(by_id(root, "article").itertext()) == tl.text
    assert [m.get("data-eid") for m in marks(root)] == [e.eid for e in tl.dated_events if e.asserted]
    starts = [dt.datetime.fromisoformat(m.get("data-start", "")) for m in marks(root)]
    assert starts == sorted(starts)


def test_undated_events_listed_by_relation_with_their_bounds() -> None:
    tl = build_timeline("He has lived in Paris since 2021. She will stay until March. They met.", "2023-01-31")
    root = parse(render_html(tl))
    columns = {s.get("data-relation"): s for s in root.iter() if s.get("data-relation")}
    assert set(columns) == {e.relation.value for e in tl.undated_events} == {"BEFORE", "OVERLAP", "AFTER"}
    for e in tl.undated_events:
        (item,) = [li for li in columns[e.relation.value].iter(f"{{{NS['h']}}}li")
                   if li[0].get("data-eid") == e.eid]
        assert e.trigger in "".join(item[0].itertext())
        assert item[0].get("href") == f"#ev{tl.events.index(e)}"
    text = " ".join("".join(el.itertext()) for el in root.iter() if el.get("class") == "bounds")
    assert text == "not before 2021 not after March (2023-03)"


def test_no_dated_event_no_chart() -> None:
    page = render_html(build_timeline("He resigned.", None))
    assert "No event of this article has a calendar date." in page and 'id="chart"' not in page
    assert "dateline unknown" in page


# --------------------------------------------------------------------------- the axis


def d(year: int, month: int = 1, day: int = 1) -> float:
    return days(dt.datetime(year, month, day))


def test_break_axis_cuts_long_empty_stretches_only() -> None:
    seed_like = [(d(1986), d(1987)), (d(2021), d(2022)), (d(2023, 1, 19), d(2023, 1, 20)),
                 (d(2023, 1, 23), d(2023, 1, 30)), (d(2023, 1, 31), d(2023, 2, 1))]
    assert [len(g) for g in break_axis(seed_like)] == [1, 1, 3]
    # days a week apart over two months, years a year apart: readable on one scale
    weekly = [(d(2023, 1, 2) + 7 * n, d(2023, 1, 2) + 7 * n + 1) for n in range(9)]
    assert len(break_axis(weekly)) == 1
    assert len(break_axis([(d(y), d(y + 1)) for y in range(1990, 2020, 2)])) == 1
    # two clusters of days ten years apart: two segments
    assert [len(g) for g in break_axis([*weekly, *((a + 3653, b + 3653) for a, b in weekly)])] == [9, 9]
    # never more than max_segments, and nothing is lost
    pairs = [(d(2000 - 2**k), d(2000 - 2**k) + 1) for k in range(10)]  # 1488, 1744, ... 1999: each gap half the last
    pairs += [(a + 3, b + 3) for a, b in pairs]
    assert len(break_axis(pairs)) == 6  # MAX_SEGMENTS
    groups = break_axis(pairs, max_segments=4)
    assert [len(g) for g in groups] == [2, 2, 2, 14]
    # every other day for three months: too fine for one scale, but evenly spread, so no cut would help
    assert len(break_axis([(d(2023) + 2 * n, d(2023) + 2 * n + 1) for n in range(45)])) == 1
    assert break_axis([]) == []


def test_labels() -> None:
    assert gap_label(d(2021) - d(1987)) == "34 years"
    assert gap_label(3.0) == "3 days" and gap_label(1.0) == "1 day" and gap_label(15.0) == "2 weeks"
    assert span_label(d(2023, 1, 19), d(2023, 2, 1)) == "Jan 19 – Jan 31, 2023"
    assert span_label(d(2022, 12, 30), d(2023, 1, 2)) == "Dec 30, 2022 – Jan 1, 2023"
    assert span_label(d(2023, 1, 31), d(2023, 2, 1)) == "Jan 31, 2023"
    assert span_label(d(2023, 3), d(2023, 4)) == "Mar 2023"
    assert span_label(d(2021), d(2023)) == "2021 – 2022"
    assert ticks(d(1986), d(1987), 3) == [(d(1986), "Jan 1986"), (d(1986, 7), "Jul"), (d(1987), "Jan 1987")]
    assert [label for _, label in ticks(d(1950), d(2024), 4)] == ["1960", "1980", "2000", "2020"]
    assert [label for _, label in ticks(d(2023, 1, 19), d(2023, 2, 1), 3)] == ["Jan 23", "Jan 30"]  # Mondays


def test_labels_cut_around_the_trigger_at_word_boundaries() -> None:
    tl = build_timeline("Bethlehem Steel Corp. reported its strongest third-quarter profit on Monday.", "2023-01-31")
    noun, verb = tl.events
    assert (noun.trigger, verb.trigger) == ("profit", "reported")
    assert _snippet(noun, 12) == ("third-quarter ", "profit", "")  # a short word is kept whole
    assert _snippet(verb, 30) == ("…Steel Corp. ", "reported", " its…")
    assert _snippet(verb, 200) == ("Bethlehem Steel Corp. ", "reported", " its strongest third-quarter profit on Monday.")


def test_markup_nests_crossing_spans_and_keeps_ids_on_first_pieces() -> None:
    text = "one two three four"
    spans = [
        _Span(0, 13, 0, "span", (("id", "a"),)),  # "one two three"
        _Span(8, 18, 1, "em", (("id", "b"), ("class", "x"))),  # "three four": crosses the end of a
    ]
    html = markup(text, spans)
    assert html == '<span id="a">one two <em id="b" class="x">three</em></span><em class="x"> four</em>'
    assert markup("a<b & c", [_Span(2, 3, 0, "b", ())]) == "a&lt;<b>b</b> &amp; c"


def test_cli_writes_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--format", "html"]) == 0
    page = capsys.readouterr().out
    root = parse(page)
    assert "".join(by_id(root, "summary").itertext()).startswith("dateline 2023-01-31 ·")
    assert len(marks(root)) == 6


# --------------------------------------------------------------------------- asserted events, reporting events


def texts_of(root: ET.Element, cls: str) -> list[str]:
    return [" ".join("".join(el.itertext()).split()) for el in root.iter() if el.get("class") == cls]


def apart(root: ET.Element) -> list[tuple[str | None, list[str]]]:
    """The events listed apart as negated or hypothetical: (eid, flags) each."""
    found = [el for el in root.iter() if el.get("id") == "unasserted"]
    if not found:
        return []
    return [(li.get("data-eid"), ["".join(f.itertext()) for f in li.iter() if f.get("class") == "flag"])
            for li in found[0]]


def listed_by_relation(root: ET.Element) -> list[str | None]:
    return [a.get("data-eid") for s in root.iter() if s.get("data-relation") for a in s.iter(f"{{{NS['h']}}}a")]


def test_negated_and_hypothetical_events_are_not_drawn_but_listed_apart() -> None:
    tl = annotated_timeline()
    root = parse(render_html(tl))
    assert [m.get("data-eid") for m in marks(root)] == ["e1", "e4"]  # e2 (NEG) and e3 (may) left off the axis
    assert [m.get("data-asserted") for m in marks(root)] == ["true", "true"]
    assert [m.get("data-class") for m in marks(root)] == ["OCCURRENCE", "REPORTING"]  # reporting drawn
    assert texts_of(root, "note") == [
        "2 dated events not drawn: negated or hypothetical (listed apart below, under “Negated or hypothetical "
        "events”)."
    ]
    assert apart(root) == [("e2", ["NEG"]), ("e3", ["may"]), ("e5", ["NEG", "would"])]
    assert listed_by_relation(root) == ["e6"]  # e5, undated but hypothetical, is listed apart only
    assert "6 events, 4 dated, 3 negated or hypothetical ·" in "".join(by_id(root, "summary").itertext())
    # each event still links to its clause, once
    links = [el.get("href") for el in root.iter() if el.get("href")]
    assert sorted(links) == sorted(f"#ev{i}" for i in range(len(tl.events)))
    classes = {el.get("id"): el.get("class") for el in by_id(root, "article").iter() if el.get("id", "").startswith("ev")}
    assert classes == {"ev0": "ev dated", "ev1": "ev dated", "ev2": "ev dated unasserted",
                       "ev3": "ev dated unasserted", "ev4": "ev before", "ev5": "ev after unasserted"}


def test_all_events_drawn_and_marked_when_asked() -> None:
    root = parse(render_html(annotated_timeline(), asserted_only=False))
    drawn = marks(root)
    assert [m.get("data-eid") for m in drawn] == ["e1", "e4", "e2", "e3"]
    assert [m.get("data-asserted") for m in drawn] == ["true", "true", "false", "false"]
    values = texts_of(root, "valuelabel")
    assert values == ["Monday · 2023-01-30", "Monday · 2023-01-30", "NEG · Tuesday · 2023-01-31",
                      "may · Friday · 2023-02-03"]
    assert apart(root) == [] and texts_of(root, "note") == []
    assert listed_by_relation(root) == ["e6", "e5"]
    (item,) = [li for li in root.iter(f"{{{NS['h']}}}li") if li[0].get("data-eid") == "e5"]
    assert [f.text for f in item.iter() if f.get("class") == "flag"] == ["NEG", "would"]


def test_reporting_events_hidden_when_asked() -> None:
    root = parse(render_html(annotated_timeline(), reporting=False))
    assert [m.get("data-eid") for m in marks(root)] == ["e1"]
    assert texts_of(root, "note")[1] == "1 reporting event hidden (class REPORTING: “said”, “told” ...)."
    assert "e4" not in [el.get("data-eid") for el in root.iter()]
    root = parse(render_html(annotated_timeline(), reporting=False, asserted_only=False))
    assert [m.get("data-eid") for m in marks(root)] == ["e1", "e2", "e3"]
    assert texts_of(root, "note") == ["1 reporting event hidden (class REPORTING: “said”, “told” ...)."]


def test_no_asserted_dated_event_no_chart() -> None:
    tl = annotated_timeline()
    only_negated = attrs.evolve(tl, events=[attrs.evolve(e, polarity="NEG") for e in tl.events])
    page = render_html(only_negated)
    assert "No dated event to draw." in page and 'id="chart"' not in page
    assert "4 dated events not drawn" in page


def test_cli_page_options(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("timeline.__main__.build_timeline", lambda text, dateline, **options: annotated_timeline())
    assert main([str(SEED), "--format", "html"]) == 0
    assert [m.get("data-eid") for m in marks(parse(capsys.readouterr().out))] == ["e1", "e4"]
    assert main([str(SEED), "--format", "html", "--all", "--no-reporting"]) == 0
    root = parse(capsys.readouterr().out)
    assert [m.get("data-eid") for m in marks(root)] == ["e1", "e2", "e3"]
    assert texts_of(root, "note") == ["1 reporting event hidden (class REPORTING: “said”, “told” ...)."]


@settings(max_examples=25, deadline=None)
@given(timelines(annotated=True))
def test_any_annotated_timeline_draws_its_asserted_events_only(tl: Timeline) -> None:
    root = parse(render_html(tl))
    assert [m.get("data-eid") for m in marks(root)] == [e.eid for e in tl.dated_events if e.asserted]
    assert [eid for eid, _ in apart(root)] == [e.eid for e in tl.events if not e.asserted]
    assert [flags for _, flags in apart(root)] == [
        (["NEG"] if e.polarity == "NEG" else []) + ([e.modality] if e.modality else [])
        for e in tl.events if not e.asserted
    ]
    shown = parse(render_html(tl, asserted_only=False, reporting=False))
    assert [m.get("data-eid") for m in marks(shown)] == [e.eid for e in tl.dated_events if e.cls != "REPORTING"]
