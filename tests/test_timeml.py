"""Reading TimeML into gold annotations, and writing a Timeline back as TimeML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import build_timeline
from timeline._model import Event, Relation, TimeExpression, Timeline
from timeline.strategies import timelines
from timeline.timeml import (
    GoldEvent,
    GoldTimex,
    GoldTLink,
    TimeMLDocument,
    TimeMLError,
    read_corpus,
    read_timeml,
    to_timeml,
)

CORPUS = Path("/work/shared/tempeval3")
CORPUS_DIRS = (CORPUS / "TimeBank", CORPUS / "AQUAINT")

SAMPLE = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>SAMPLE.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-01-08T12:00" temporalFunction="false" \
functionInDocument="CREATION_TIME">01/08/1998 12:00</TIMEX3></DCT>
<TITLE>AT&amp;T <EVENT eid="e99" class="OCCURRENCE">wins</EVENT></TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" \
value="1998-01-07" temporalFunction="true" anchorTimeID="t0">Wednesday</TIMEX3> it <EVENT eid="e2" \
class="I_ACTION">plans</EVENT> to <EVENT eid="e3" class="OCCURRENCE">hire</EVENT> <SIGNAL sid="s1">\
for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3M" mod="APPROX">about three months</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PRESENT" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei4" tense="PRESENT" aspect="PROGRESSIVE" polarity="POS"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
<TLINK lid="l3" relType="AFTER" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
<SLINK lid="l4" relType="MODAL" eventInstanceID="ei2" subordinatedEventInstance="ei3"/>
</TimeML>
"""
SAMPLE_TEXT = "\nAT&T said Wednesday it plans to hire for about three months.\n"


def _span(word: str) -> tuple[int, int]:
    start = SAMPLE_TEXT.index(word)
    return start, start + len(word)


def test_sample_text_and_dateline() -> None:
    doc = read_timeml(SAMPLE)
    assert doc.docid == "SAMPLE.0001"
    assert doc.text == SAMPLE_TEXT  # TEXT only: no TITLE, tags stripped, &amp; unescaped
    assert doc.dateline == dt.date(1998, 1, 8)
    assert doc.path is None


def test_sample_timexes() -> None:
    doc = read_timeml(SAMPLE)
    assert doc.timexes == (
        GoldTimex("t1", *_span("Wednesday"), "Wednesday", "DATE", "1998-01-07"),
        GoldTimex("t2", *_span("about three months"), "about three months", "DURATION", "P3M",
                  mod="APPROX"),
    )


def test_sample_events_joined_with_instances() -> None:
    doc = read_timeml(SAMPLE)
    assert doc.events == (
        GoldEvent("e1", ("ei1",), *_span("said"), "said", "OCCURRENCE", "PAST", "NONE", "POS", None, "VERB"),
        GoldEvent("e2", ("ei2", "ei4"), *_span("plans"), "plans", "I_ACTION", "PRESENT", "NONE", "POS", None,
                  "VERB"),
        GoldEvent("e3", (), *_span("hire"), "hire", "OCCURRENCE", None, None),
    )


def test_sample_dct_is_kept_apart_from_the_text_timexes() -> None:
    doc = read_timeml(SAMPLE)
    assert doc.dct == GoldTimex("t0", 0, 0, "", "TIME", "1998-01-08T12:00")
    assert "t0" not in {x.tid for x in doc.timexes}
    assert read_timeml("<TimeML><TEXT>x</TEXT></TimeML>").dct is None


def test_instance_polarity_modality_and_pos_come_from_the_first_instance() -> None:
    doc = read_timeml(
        "<TimeML><TEXT>He <EVENT eid='e1' class='I_ACTION'>would</EVENT> not "
        "<EVENT eid='e2' class='OCCURRENCE' tense='FUTURE' polarity='NEG'>go</EVENT>.</TEXT>"
        "<MAKEINSTANCE eventID='e1' eiid='ei1' tense='NONE' aspect='NONE' polarity='NEG' modality='WOULD' pos='VERB'/>"
        "<MAKEINSTANCE eventID='e1' eiid='ei9' tense='PAST' aspect='NONE' polarity='POS' pos='NOUN'/>"
        "</TimeML>"
    )
    would, go = doc.events
    assert (would.cls, would.tense, would.polarity, would.modality, would.pos) == ("I_ACTION", "NONE", "NEG",
                                                                                     "WOULD", "VERB")
    # no instance: the EVENT's own attributes, None where it has none
    assert (go.eiids, go.tense, go.polarity, go.modality, go.pos) == ((), "FUTURE", "NEG", None, None)


def test_sample_tlinks_keep_ids_as_written() -> None:
    assert read_timeml(SAMPLE).tlinks == (
        GoldTLink("l1", "IS_INCLUDED", "ei1", "t1"),
        GoldTLink("l2", "BEFORE", "t1", "t0"),
        GoldTLink("l3", "AFTER", "ei2", "ei1"),
    )


def test_reads_a_path_like_the_string(tmp_path: Path) -> None:
    path = tmp_path / "sample.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    from_file = read_timeml(path)
    assert from_file.path == path
    assert from_file.timexes == read_timeml(SAMPLE).timexes
    assert [d.docid for d in read_corpus(tmp_path)] == ["SAMPLE.0001"]


def test_read_corpus_sorts_by_path(tmp_path: Path) -> None:
    for name in ("b", "a"):
        (tmp_path / f"{name}.tml").write_text(SAMPLE.replace("SAMPLE.0001", name), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not TimeML", encoding="utf-8")
    assert [d.docid for d in read_corpus(tmp_path)] == ["a", "b"]


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
        ("<TimeML><TEXT>a <b></TEXT></TimeML>", "not well-formed"),
        ("<TimeML><TEXT><TIMEX3 tid='t1' type='DATE'>x</TIMEX3></TEXT></TimeML>", "value="),
        ("some/file.tml", "pathlib.Path"),
    ],
)
def test_bad_documents_raise_timeml_error(markup: str, message: str) -> None:
    with pytest.raises(TimeMLError, match=message):
        read_timeml(markup)


def test_missing_dct_gives_no_dateline() -> None:
    assert read_timeml("<TimeML><TEXT>x</TEXT></TimeML>").dateline is None


# --------------------------------------------------------------------------- writing

ROUND_TEXT = 'On Jan. 5 & "early" <2021>,\r\nfor about two weeks; now.'


def _expr(text: str, phrase: str, type_: str, value: str, mod: str | None = None,
          tid: str = "") -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(start, start + len(phrase), phrase, type_, value, mod=mod, tid=tid)


def _round_timeline(dateline: dt.date | None) -> Timeline:
    expressions = (
        _expr(ROUND_TEXT, "Jan. 5", "DATE", "2021-01-05", tid="t7"),
        _expr(ROUND_TEXT, "<2021>,\r", "DATE", "2021"),  # markup-like text and a \r inside
        _expr(ROUND_TEXT, "about two weeks", "DURATION", "P2W", mod="APPROX", tid="t0"),
        _expr(ROUND_TEXT, "now", "DATE", "PRESENT_REF", tid="t1"),
    )
    return Timeline(text=ROUND_TEXT, dateline=dateline, expressions=expressions, events=())


def _fields(x: TimeExpression | GoldTimex) -> tuple[object, ...]:
    return (x.start, x.end, x.text, str(getattr(x.type, "value", x.type)), x.value, x.mod)


def test_to_timeml_round_trip() -> None:
    timeline = _round_timeline(dt.date(2021, 1, 6))
    doc = read_timeml(to_timeml(timeline, docid="round&trip"))
    assert doc.docid == "round&trip"
    assert doc.text == ROUND_TEXT  # escaping kept &, <, > and \r
    assert doc.dateline == dt.date(2021, 1, 6)
    assert [_fields(x) for x in doc.timexes] == [_fields(x) for x in timeline.expressions]
    # tids are kept unless empty or clashing with the DCT's t0; all stay unique
    assert [x.tid for x in doc.timexes][:1] == ["t7"]
    assert len({x.tid for x in doc.timexes} | {"t0"}) == len(doc.timexes) + 1


def test_to_timeml_writes_dct_only_with_a_dateline() -> None:
    assert "<DCT>" not in to_timeml(_round_timeline(None))
    assert read_timeml(to_timeml(_round_timeline(None))).dateline is None
    written = to_timeml(_round_timeline(dt.datetime(2021, 1, 6, 9, 30)))
    assert 'value="2021-01-06T09:30"' in written
    assert 'functionInDocument="CREATION_TIME"' in written


def test_to_timeml_rejects_characters_xml_cannot_carry() -> None:
    timeline = Timeline(text="a\x00b", dateline=None, expressions=(), events=())
    with pytest.raises(TimeMLError, match="offset 1"):
        to_timeml(timeline)


_XML_CHARS = st.characters(blacklist_categories=["Cs"], blacklist_characters="\ufffe\uffff",
                           min_codepoint=0x09).filter(lambda c: c in "\t\n\r" or c >= " ")


@given(st.lists(st.text(_XML_CHARS, max_size=12), min_size=1, max_size=6))
def test_to_timeml_round_trip_any_text(gaps: list[str]) -> None:
    """Between arbitrary text gaps sit expressions "2020"; reading back finds them all."""
    text, expressions = gaps[0], []
    for i, gap in enumerate(gaps[1:]):
        expressions.append(TimeExpression(len(text), len(text) + 4, "2020", "DATE", "2020",
                                          tid=f"t{i + 1}"))
        text += "2020" + gap
    timeline = Timeline(text=text, dateline=None, expressions=expressions, events=())
    doc = read_timeml(to_timeml(timeline))
    assert doc.text == text
    assert [_fields(x) for x in doc.timexes] == [_fields(x) for x in expressions]


# --------------------------------------------------------------------------- the gold corpus

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="TempEval-3 corpus not available")


@needs_corpus
def test_corpus_offsets_match_the_text() -> None:
    docs = read_corpus(*CORPUS_DIRS)
    assert len(docs) == 256
    assert all(d.dateline is not None for d in docs)
    for doc in docs:
        spans: list[GoldTimex | GoldEvent] = [*doc.timexes, *doc.events]
        for span in spans:
            assert doc.text[span.start : span.end] == span.text, (doc.docid, span)
        known = {x.tid for x in doc.timexes} | {"t0"} | {i for e in doc.events for i in e.eiids}
        assert all({link.source, link.target} <= known for link in doc.tlinks), doc.docid
    assert sum(len(d.timexes) for d in docs) == 1822
    assert sum(len(d.events) for d in docs) == 11129
    assert sum(len(d.tlinks) for d in docs) == 11096


@needs_corpus
def test_corpus_round_trips_through_to_timeml() -> None:
    """Every gold timex the model can hold survives Timeline -> TimeML -> reader."""
    checked = 0
    for doc in read_corpus(*CORPUS_DIRS):
        expressions = []
        for x in doc.timexes:
            try:
                expressions.append(TimeExpression(x.start, x.end, x.text, x.type, x.value,
                                                  mod=x.mod, tid=x.tid))
            except ValueError:  # a gold value this library cannot represent
                continue
        timeline = Timeline(text=doc.text, dateline=doc.dateline, expressions=expressions,
                            events=())
        back = read_timeml(to_timeml(timeline, doc.docid))
        assert back.text == doc.text and back.dateline == doc.dateline
        assert [_fields(x) for x in back.timexes] == [_fields(x) for x in expressions]
        checked += len(expressions)
    assert checked > 1500


# --------------------------------------------------------------------------- events and links out

SEED = Path(__file__).parent.parent / "seeds" / "rourke_defends_baldwin_2023-01-31.txt"
TIMEML_RELTYPES = frozenset({
    "BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "DURING", "DURING_INV", "SIMULTANEOUS", "IAFTER", "IBEFORE",
    "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY",
})  # fmt: skip
TIMEML_TENSES = frozenset({"FUTURE", "INFINITIVE", "PAST", "PASTPART", "PRESENT", "PRESPART", "NONE"})


def _expected_links(timeline: Timeline) -> set[tuple[str, tuple[int, int], tuple[int, int] | str]]:
    """The links the anchors of ``timeline`` call for, by span: (relType, trigger span, time span or 't0' or
    trigger span of the other event)."""
    links: set[tuple[str, tuple[int, int], tuple[int, int] | str]] = set()
    by_eid = {e.eid: e for e in timeline.events}
    day = None if timeline.dateline is None else dt.datetime.combine(timeline.dateline, dt.time())
    for e in timeline.events:
        trigger = (e.trigger_start, e.trigger_end)
        if e.time is not None:
            links.add(("DURING" if e.time.type.value == "DURATION" else "IS_INCLUDED", trigger,
                       (e.time.start, e.time.end)))
        if e.earliest_from is not None:
            links.add(("BEGUN_BY", trigger, (e.earliest_from.start, e.earliest_from.end)))
        if e.latest_from is not None:
            links.add(("ENDED_BY", trigger, (e.latest_from.start, e.latest_from.end)))
        if day is not None and e.relation is not Relation.VAGUE:
            rel = e.relation.value
            if e.relation is Relation.OVERLAP:
                iv = e.interval
                inside = iv is not None and day <= iv.start and iv.end <= day + dt.timedelta(days=1)
                rel = "IS_INCLUDED" if inside else "INCLUDES"
            links.add((rel, trigger, "t0"))
        for other in e.follows:
            o = by_eid[other]
            links.add(("AFTER", trigger, (o.trigger_start, o.trigger_end)))
    return links


def _read_links(doc: TimeMLDocument) -> set[tuple[str, tuple[int, int], tuple[int, int] | str]]:
    span_of: dict[str, tuple[int, int]] = {x.tid: (x.start, x.end) for x in doc.timexes}
    span_of |= {i: (e.start, e.end) for e in doc.events for i in e.eiids}
    return {(link.rel_type, span_of[link.source], "t0" if link.target == "t0" else span_of[link.target])
            for link in doc.tlinks}


def _check_events_and_links(timeline: Timeline) -> TimeMLDocument:
    written = to_timeml(timeline)
    doc = read_timeml(written)
    assert doc.text == timeline.text
    assert doc.dateline == timeline.dateline
    events = sorted(timeline.events, key=lambda e: e.trigger_start)
    assert [(g.start, g.end, g.text) for g in doc.events] == [(e.trigger_start, e.trigger_end, e.trigger)
                                                              for e in events]
    assert [g.eid for g in doc.events] == [e.eid for e in events]  # the library's eids are kept
    for g, e in zip(doc.events, events, strict=True):
        assert len(g.eiids) == 1 and g.cls == e.cls
        assert g.tense in TIMEML_TENSES and g.aspect == e.aspect
        assert (g.polarity, g.modality, g.pos) == (e.polarity, e.modality, e.kind)
        assert g.tense == {"PAST_LOOSE": "PAST", "MODAL": "NONE"}.get(e.tense, e.tense)
    assert _read_links(doc) == _expected_links(timeline)
    assert len(doc.tlinks) == len(_expected_links(timeline))  # no link twice
    assert all(link.rel_type in TIMEML_RELTYPES for link in doc.tlinks)
    assert len({link.lid for link in doc.tlinks}) == len(doc.tlinks)
    return doc


def test_to_timeml_writes_the_seed_events_and_their_links() -> None:
    timeline = build_timeline(SEED.read_text(encoding="utf-8"))
    doc = _check_events_and_links(timeline)
    assert len(doc.events) == len(timeline.events) > 20
    rel_types = {link.rel_type for link in doc.tlinks}
    assert {"IS_INCLUDED", "BEFORE"} <= rel_types
    assert sum(link.target == "t0" for link in doc.tlinks) > 10


def test_to_timeml_links_bounds_follows_and_durations() -> None:
    timeline = build_timeline(
        "He resigned after the board voted on Monday. Prices have risen since January. "
        "The union will strike for three weeks. The plant will open next year.", "2023-01-31")
    doc = _check_events_and_links(timeline)
    assert {"BEGUN_BY", "AFTER", "DURING", "INCLUDES"} <= {link.rel_type for link in doc.tlinks}
    assert any(link.source.startswith("ei") and link.target.startswith("ei") for link in doc.tlinks)


@settings(max_examples=40, deadline=None)
@given(timelines())
def test_to_timeml_events_and_links_round_trip(timeline: Timeline) -> None:
    _check_events_and_links(timeline)


@needs_corpus
def test_to_timeml_events_and_links_on_tempeval_articles() -> None:
    for path in sorted((CORPUS / "AQUAINT").glob("*.tml"))[:5]:
        doc = read_timeml(path)
        _check_events_and_links(build_timeline(doc.text, doc.dateline))


def test_to_timeml_gives_fresh_ids_and_leaves_out_a_trigger_inside_an_expression() -> None:
    text = "Christmas came. It rained. It snowed."
    xmas = TimeExpression(0, 9, "Christmas", "DATE", "2022-12-25", tid="t1")
    inside = Event(eid="e1", start=0, end=14, text=text[0:14], trigger="Christmas", trigger_start=0, time=xmas,
                   relation=Relation.BEFORE)
    rained = Event(eid="", start=16, end=25, text=text[16:25], trigger="rained", trigger_start=19)
    snowed = Event(eid="", start=27, end=36, text=text[27:36], trigger="snowed", trigger_start=30)
    timeline = Timeline(text=text, dateline=dt.date(2023, 1, 31), expressions=(xmas,),
                        events=(inside, rained, snowed))
    doc = read_timeml(to_timeml(timeline))
    assert [(g.text, g.eid) for g in doc.events] == [("rained", "e1"), ("snowed", "e2")]  # empty eids: fresh, unique
    assert [x.text for x in doc.timexes] == ["Christmas"]
    assert doc.tlinks == ()  # rained and snowed are VAGUE, Christmas's event is left out


def test_to_timeml_on_the_last_dateline_of_the_calendar() -> None:
    # The dateline's day was computed as its midnight plus one day, which overflows on 9999-12-31.
    timeline = build_timeline("He is here today.", "9999-12-31")
    doc = read_timeml(to_timeml(timeline))
    assert doc.dateline == dt.date(9999, 12, 31)
    assert {link.rel_type for link in doc.tlinks if "t0" in (link.source, link.target)} <= {"INCLUDES", "IS_INCLUDED"}
    assert any("t0" in (link.source, link.target) for link in doc.tlinks)


def test_to_timeml_writes_class_polarity_and_modality_from_the_event() -> None:
    text = "He said he would not resign. It rained."
    said = Event(eid="e1", start=0, end=7, text=text[0:7], trigger="said", trigger_start=3, cls="REPORTING")
    resign = Event(eid="e2", start=11, end=27, text=text[11:27], trigger="resign", trigger_start=21, tense="MODAL",
                   polarity="NEG", modality="would", cls="OCCURRENCE")
    rained = Event(eid="e3", start=29, end=38, text=text[29:38], trigger="rained", trigger_start=32, tense="PAST_LOOSE",
                   cls="STATE")
    timeline = Timeline(text=text, dateline=None, expressions=(), events=(said, resign, rained))
    written = to_timeml(timeline)
    assert written.count("modality=") == 1  # only the event that has one
    doc = read_timeml(written)
    assert [(g.text, g.cls, g.tense, g.polarity, g.modality) for g in doc.events] == [
        ("said", "REPORTING", "NONE", "POS", None),
        ("resign", "OCCURRENCE", "NONE", "NEG", "would"),  # MODAL is no TimeML tense
        ("rained", "STATE", "PAST", "POS", None),  # PAST_LOOSE is PAST
    ]
