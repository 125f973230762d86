"""Events: the metrics on a hand-made TimeML document, the Timeline's queries and validators,
and the anchors, provenance and bounds build_timeline gives small sentences."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

from timeline import AnchorSource, Event, Relation, TimeExpression, Timeline, ValidationError, build_timeline
from timeline.evaluation.evaluate import EventScores, evaluate_corpus, evaluate_events, main
from timeline.timeml import TimeMLDocument, read_timeml

D = dt.datetime

# --------------------------------------------------------------------------- metrics

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>HAND.EVENTS</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-06" functionInDocument="CREATION_TIME">2020-01-06</TIMEX3></DCT>
<TEXT>The firm <EVENT eid="e1" class="REPORTING">said</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2020-01-06">Monday</TIMEX3> it \
<EVENT eid="e2" class="OCCURRENCE">bought</EVENT> a plant. Sales \
<EVENT eid="e3" class="OCCURRENCE">rose</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2019">2019</TIMEX3> \
after the <EVENT eid="e4" class="OCCURRENCE">merger</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="NONE" aspect="NONE"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t2"/>
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t1"/>
<TLINK lid="l5" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t1"/>
<TLINK lid="l6" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t0"/>
<TLINK lid="l7" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t0"/>
<TLINK lid="l8" relType="INCLUDES" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l9" relType="AFTER" timeID="t0" relatedToEventInstance="ei4"/>
<TLINK lid="l10" relType="BEFORE" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
<TLINK lid="l11" relType="BEFORE" eventInstanceID="ei4" relatedToEventInstance="ei3"/>
<TLINK lid="l12" relType="BEFORE" eventInstanceID="ei3" relatedToEventInstance="ei1"/>
<TLINK lid="l13" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei3"/>
</TimeML>
"""


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _event(text: str, eid: str, phrase: str, trigger: str, **fields: object) -> Event:
    start, end = _span(text, phrase)
    return Event(eid=eid, start=start, end=end, text=phrase, trigger=trigger,
                 trigger_start=text.index(trigger, start), **fields)  # type: ignore[arg-type]


def hand_timeline(doc: TimeMLDocument) -> Timeline:
    """Our side: 'said' at Monday, 'bought' undated (past), 'rose' at 2019 with the merger inside
    its clause, and a spurious noun event 'plant' nested in the 'bought' clause."""
    text = doc.text
    monday = TimeExpression(*_span(text, "Monday"), "Monday", "DATE", "2020-01-06", tid="t1")
    year = TimeExpression(*_span(text, "2019"), "2019", "DATE", "2019", tid="t2")
    said = _event(text, "e1", "The firm said Monday", "said", time=monday, relation=Relation.OVERLAP)
    bought = _event(text, "e2", "it bought a plant", "bought", relation=Relation.BEFORE,
                    source=AnchorSource.TENSE)
    plant = _event(text, "e3", "plant", "plant", kind="NOUN")
    rose = _event(text, "e4", "Sales rose in 2019 after the merger", "rose", time=year, relation=Relation.BEFORE)
    return Timeline(text=text, dateline=dt.date(2020, 1, 6), expressions=(monday, year),
                    events=(rose, said, bought, plant))


def test_event_metrics_on_a_hand_made_document() -> None:
    doc = read_timeml(GOLD)
    scores, per_doc, _ = evaluate_corpus([doc], lambda text, dateline: hand_timeline(doc))
    events, errors = evaluate_events(per_doc)
    assert events == EventScores(
        # triggers: said, bought, rose, merger all inside some event of ours (merger in 'rose')
        gold_triggers=4, covered_triggers=4,
        # ours: said, bought, rose are gold triggers; plant is not
        system_events=4, gold_trigger_hits=3,
        # anchoring: l1 said~Monday (right), l2 rose~2019 (right), l3 bought~Monday (wrong: 'bought'
        # has no time); l4 is BEFORE (not an anchoring relation), l5 crosses sentences: not counted
        anchor_links=3, anchor_found=3, anchor_correct=2,
        # dateline: l6 said OVERLAP (right), l7 bought BEFORE (right), l8 rose INCLUDES t0 = OVERLAP
        # (wrong: ours BEFORE), l9 t0 AFTER merger = merger BEFORE (right, via 'rose')
        dateline_links=4, dateline_found=4, dateline_correct=3,
        # order: l10 bought/said (bought undated: not counted), l11 merger/rose (one event of ours:
        # counted apart), l12 rose BEFORE said (right: 2019 before Monday), l13 said BEFORE rose (wrong)
        order_links=4, order_dated=2, order_correct=1, order_same_event=1,
        # attributes of the 3 gold events on one of our triggers (ours are the model's defaults)
        attribute_triggers=3, aspect_correct=3, polarity_correct=3, class_correct=2, modality_correct=3,
        # dated events: gold overlap links to a calendar time (t0 included) where our event has a date
        dated_links=6, dated_consistent=3, dated_inconsistent=2,
    )
    assert events.trigger_coverage == 1.0 and events.trigger_precision == 0.75
    assert events.anchor_accuracy == pytest.approx(2 / 3) and events.anchor_coverage == 1.0
    assert events.dateline_accuracy == 0.75 and events.dateline_coverage == 1.0
    assert events.order_accuracy == 0.5 and events.order_coverage == 0.5
    kinds = sorted(e.kind for e in errors)
    assert kinds == ["anchor", "dated", "dated", "dateline", "order", "trigger-spurious"]
    assert any("'bought' IS_INCLUDED 'Monday'" in e.gold for e in errors)
    assert scores.gold == 2  # the time-expression scores are still there


def test_order_counts_pairs_at_overlapping_times_as_unordered() -> None:
    doc = read_timeml(GOLD)
    hand = hand_timeline(doc)
    monday = hand.expressions[0]
    # 'bought' now at Monday too: l10 (bought BEFORE said) joins two dated events of the same day,
    # which the timeline leaves unordered (OVERLAP): an error, counted in order_same_time
    events = tuple(attrs.evolve(e, time=monday, source=AnchorSource.CLAUSE) if e.trigger == "bought" else e
                   for e in hand.events)
    same_day = Timeline(text=hand.text, dateline=hand.dateline, expressions=hand.expressions, events=events)
    _, per_doc, _ = evaluate_corpus([doc], lambda text, dateline: same_day)
    scores, _ = evaluate_events(per_doc)
    assert (scores.order_dated, scores.order_correct, scores.order_same_time) == (3, 1, 1)
    assert scores.order_accuracy == pytest.approx(1 / 3)
    assert scores.order_accuracy_when_ordered == 0.5  # l12 right, l13 wrong


def test_event_scores_add_up() -> None:
    a = EventScores(gold_triggers=2, covered_triggers=1, order_links=3, order_dated=1, order_correct=1)
    b = EventScores(gold_triggers=2, covered_triggers=2, order_links=1, order_dated=1)
    total = a + b
    assert (total.gold_triggers, total.covered_triggers, total.order_dated) == (4, 3, 2)
    assert total.trigger_coverage == 0.75 and total.order_accuracy == 0.5
    assert EventScores().anchor_accuracy == 1.0  # nothing to score counts as perfect


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    (tmp_path / "hand.tml").write_text(GOLD, encoding="utf-8")
    return tmp_path


def _hand_system(text: str, dateline: dt.date | None) -> Timeline:
    return hand_timeline(read_timeml(GOLD))


def test_cli_events_table(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir), "--events"], system=_hand_system) == 0
    out = capsys.readouterr().out
    assert "TempEval-3 time expressions" in out
    assert "triggers    coverage 100.0  (4/4 gold)" in out
    assert "precision  75.0  (3/4 ours)" in out
    assert "anchoring   accuracy  66.7  (2/3)" in out
    assert "dateline    accuracy  75.0  (3/4)" in out
    assert "order       accuracy  50.0  (1/2)" in out and "1 in one" in out


def test_cli_events_json_and_errors(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir), "--events", "--json", "--errors"], system=_hand_system) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["events"]["anchor_correct"] == 2 and report["events"]["trigger_precision"] == 0.75
    assert sorted(e["kind"] for e in report["event_errors"]) == [
        "anchor", "dated", "dated", "dateline", "order", "trigger-spurious"
    ]
    assert main([str(corpus_dir), "--events", "--errors"], system=_hand_system) == 0
    assert "[anchor] HAND.EVENTS" in capsys.readouterr().out


def test_without_events_flag_no_event_report(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir)], system=_hand_system) == 0
    assert "Events" not in capsys.readouterr().out


# --------------------------------------------------------------------------- Timeline queries

TEXT = "It rained in 2021. It snowed in 1986. They will vote. He left. It was held in 2022."


def _x(phrase: str, value: str, tid: str) -> TimeExpression:
    start = TEXT.index(phrase)
    return TimeExpression(start, start + len(phrase), phrase, "DATE", value, tid=tid)


X2021, X1986, X2022 = _x("2021", "2021", "t1"), _x("1986", "1986", "t2"), _x("2022", "2022", "t3")


def _ev(eid: str, sentence: str, trigger: str, **fields: object) -> Event:
    start = TEXT.index(sentence)
    return Event(eid=eid, start=start, end=start + len(sentence), text=sentence, trigger=trigger,
                 trigger_start=TEXT.index(trigger, start), **fields)  # type: ignore[arg-type]


RAINED = _ev("e1", "It rained in 2021.", "rained", time=X2021, relation=Relation.BEFORE)
SNOWED = _ev("e2", "It snowed in 1986.", "snowed", time=X1986, relation=Relation.BEFORE)
VOTE = _ev("e3", "They will vote.", "vote", relation=Relation.AFTER, source=AnchorSource.TENSE, tense="FUTURE")
LEFT = _ev("e4", "He left.", "left", relation=Relation.BEFORE, source=AnchorSource.TENSE, tense="PAST",
           earliest=D(2021, 3, 1), latest=D(2021, 6, 1), earliest_from=X2021, latest_from=X2021)
HELD = _ev("e5", "It was held in 2022.", "held", time=X2022, relation=Relation.BEFORE, follows=("e1",))


def timeline() -> Timeline:
    return Timeline(text=TEXT, dateline=dt.date(2023, 1, 31), expressions=(X2021, X1986, X2022),
                    events=(SNOWED, RAINED, HELD, LEFT, VOTE))


def test_relation_from_intervals_bounds_and_the_dateline() -> None:
    tl = timeline()
    assert tl.relation(SNOWED, RAINED) is Relation.BEFORE  # 1986 before 2021
    assert tl.relation(RAINED, SNOWED) is Relation.AFTER
    assert tl.relation(RAINED, RAINED) is Relation.OVERLAP  # dated, same interval
    assert tl.relation(VOTE, RAINED) is Relation.AFTER  # after the dateline, 2021 is before it
    assert tl.relation(LEFT, SNOWED) is Relation.AFTER  # bounds: March-June 2021
    assert tl.relation(LEFT, RAINED) is Relation.VAGUE  # inside 2021: unknown
    assert tl.relation(LEFT, VOTE) is Relation.BEFORE
    assert tl.window(VOTE) == (D(2023, 1, 31), None)
    assert tl.window(LEFT) == (D(2021, 3, 1), D(2021, 6, 1))


def test_relation_from_the_texts_order_when_intervals_overlap() -> None:
    x = _x("2021", "2021", "t1")
    held = _ev("e5", "It was held in 2022.", "held", time=X2022, relation=Relation.BEFORE)
    same_year = attrs_evolve(held, time=x)
    tl = Timeline(text=TEXT, dateline=dt.date(2023, 1, 31), expressions=(x, X1986, X2022),
                  events=(attrs_evolve(RAINED, time=x), attrs_evolve(same_year, follows=("e1",))))
    rained, held2 = tl.events
    assert tl.relation(held2, rained) is Relation.AFTER  # both in 2021; the text puts it after
    assert tl.relation(rained, held2) is Relation.BEFORE


def attrs_evolve(event: Event, **changes: object) -> Event:
    return attrs.evolve(event, **changes)  # type: ignore[arg-type]


def test_events_before_after_and_within() -> None:
    tl = timeline()
    assert tl.events_before(RAINED) == (SNOWED,)
    assert tl.events_after(RAINED) == (HELD, VOTE)  # LEFT lies inside 2021: not after it
    assert tl.events_before(VOTE) == (SNOWED, RAINED, HELD, LEFT)
    assert tl.events_within(dt.date(2021, 1, 1), dt.date(2022, 1, 1)) == (RAINED, LEFT)
    assert tl.events_within(dt.date(2021, 6, 1), dt.date(2022, 6, 1)) == (RAINED, HELD)  # LEFT not wholly inside
    assert tl.events_within(dt.date(1900, 1, 1), dt.date(1901, 1, 1)) == ()
    assert tl.event("e3") is VOTE
    with pytest.raises(KeyError):
        tl.event("e99")
    assert tl.undated_events == (LEFT, VOTE)


# --------------------------------------------------------------------------- validators


def test_event_rejects_inconsistent_bounds() -> None:
    with pytest.raises(ValidationError, match=r"Event\.latest: expected a bound not before earliest"):
        attrs_evolve(LEFT, earliest=D(2021, 6, 2))
    with pytest.raises(ValidationError, match=r"Event\.earliest_from"):
        attrs_evolve(LEFT, earliest=None)
    with pytest.raises(ValidationError, match=r"Event\.earliest: expected a bound before the end"):
        attrs_evolve(RAINED, earliest=D(2022, 1, 1), earliest_from=X2022)
    with pytest.raises(ValidationError, match=r"Event\.source"):
        attrs_evolve(RAINED, source=AnchorSource.TENSE)
    with pytest.raises(ValidationError, match=r"Event\.tense"):
        attrs_evolve(RAINED, tense="YESTERDAY")



@pytest.mark.parametrize(
    ("field", "bad", "message"),
    [
        ("eid", 7, r"'eid' must be <class 'str'>"),
        ("start", -1, r"Event\.start: expected a non-negative int offset, got -1"),
        ("end", True, r"Event\.end: expected a non-negative int offset, got True"),
        ("trigger", None, r"'trigger' must be <class 'str'>"),
        ("trigger_start", "5", r"Event\.trigger_start: expected a non-negative int offset, got '5'"),
        ("time", "2021", r"'time' must be <class 'timeline\._model\.TimeExpression'>"),
        ("aspect", "DONE", r"Event\.aspect: expected an aspect name, got 'DONE'"),
        ("kind", "ADJ", r"Event\.kind: expected VERB or NOUN, got 'ADJ'"),
        ("latest", dt.date(2022, 1, 1), r"'latest' must be <class 'datetime\.datetime'>"),
        ("latest_from", 2022, r"'latest_from' must be"),
        ("follows", ("e1", 2), r"'follows' must be <class 'str'>"),
    ],
)
def test_event_rejects_a_field_of_the_wrong_type(field: str, bad: object, message: str) -> None:
    """The fields are checked together after construction: each invalid field is still named,
    with what it expects and what it got."""
    with pytest.raises((ValidationError, TypeError), match=message):
        attrs_evolve(RAINED, **{field: bad})

def _timeline(*events: Event, expressions: tuple[TimeExpression, ...] = (X2021, X1986, X2022)) -> Timeline:
    return Timeline(text=TEXT, dateline=dt.date(2023, 1, 31), expressions=expressions, events=events)


def test_timeline_rejects_what_does_not_fit() -> None:
    with pytest.raises(ValidationError, match=r"Timeline\.events\[1\]: expected events in time order"):
        _timeline(RAINED, SNOWED)
    with pytest.raises(ValidationError, match=r"Timeline\.events\[0\]\.earliest_from: expected an expression of this timeline"):
        _timeline(LEFT, expressions=(X1986, X2022))
    with pytest.raises(ValidationError, match=r"Timeline\.events\[0\]\.relation"):
        _timeline(attrs_evolve(RAINED, relation=Relation.AFTER))
    with pytest.raises(ValidationError, match=r"Timeline\.events\[1\]\.follows\[0\]"):
        _timeline(RAINED, attrs_evolve(HELD, follows=("e9",)))
    with pytest.raises(ValidationError, match=r"Timeline\.events\[0\]\.follows\[0\]: expected an event e2 may follow"):
        _timeline(attrs_evolve(SNOWED, follows=("e1",)), RAINED)  # 1986 cannot follow 2021
    with pytest.raises(ValidationError, match=r"Timeline\.events\[1\]\.eid: expected a unique eid"):
        _timeline(SNOWED, attrs_evolve(RAINED, eid="e2"))


def test_event_rejects_a_span_its_text_does_not_fill() -> None:
    with pytest.raises(ValidationError, match=r"Event\.end: expected an offset after start 3, got 3"):
        attrs_evolve(RAINED, start=3, end=3)
    with pytest.raises(ValidationError, match=r"Event\.text: expected 18 characters \(end - start\), got 'It rained'"):
        attrs_evolve(RAINED, text="It rained")

def test_timeline_takes_an_equal_copy_of_its_expression_as_an_anchor() -> None:
    """Anchors are looked up by identity first; an equal copy of an expression of the timeline
    still passes, an expression it does not hold still fails."""
    copy = attrs.evolve(X2021)
    assert copy is not X2021 and copy == X2021
    assert _timeline(attrs_evolve(RAINED, time=copy)).events[0].time is copy
    with pytest.raises(ValidationError, match=r"Timeline\.events\[0\]\.time: expected an expression of this timeline"):
        _timeline(attrs_evolve(RAINED, time=attrs.evolve(X2021, tid="t9")))

def test_timeline_rejects_clashing_spans() -> None:
    start = TEXT.index("rained in 2021. It snowed")
    crossing = Event(eid="e9", start=start, end=start + 25, text=TEXT[start : start + 25], trigger="snowed",
                     trigger_start=TEXT.index("snowed"))
    with pytest.raises(ValidationError, match=r"expected a span nested in or apart from e1"):
        _timeline(RAINED, attrs_evolve(crossing, relation=Relation.VAGUE))
    twin = attrs_evolve(RAINED, eid="e9", time=None, relation=Relation.BEFORE, source=AnchorSource.TENSE)
    with pytest.raises(ValidationError, match=r"trigger_start: expected a trigger no other event has"):
        _timeline(RAINED, twin)
    inner = TEXT.index("in 2021")
    nested = Event(eid="e8", start=inner, end=inner + 7, text="in 2021", trigger="in", trigger_start=inner)
    assert len(_timeline(RAINED, nested)) == 2  # a span inside another one is fine


# --------------------------------------------------------------------------- the pipeline


def _one(tl: Timeline, trigger: str) -> Event:
    found = [e for e in tl.events if e.trigger == trigger]
    assert len(found) == 1, [e.trigger for e in tl.events]
    return found[0]


def test_since_gives_an_earliest_bound() -> None:
    tl = build_timeline("He has lived there since January.", "2023-05-10")
    january = tl.expressions[0]
    lived = _one(tl, "lived")
    assert january.value == "2023-01"
    assert lived.earliest == D(2023, 1, 1) and lived.earliest_from is january
    assert lived.time is None and not lived.is_dated and lived.source is AnchorSource.BOUNDS
    assert lived.relation is Relation.OVERLAP  # still going on
    assert (lived.tense, lived.aspect) == ("PRESENT", "PERFECTIVE")


def test_before_a_dated_event_noun_gives_a_latest_bound() -> None:
    tl = build_timeline("The minister resigned before the 2021 election.", "2023-01-31")
    election, resigned = _one(tl, "election"), _one(tl, "resigned")
    assert election.time is not None and election.time.value == "2021"
    assert election.source is AnchorSource.EVENT_NOUN and election.kind == "NOUN"
    assert resigned.latest == D(2022, 1, 1) and resigned.latest_from is election.time
    assert resigned.relation is Relation.BEFORE and resigned.source is AnchorSource.BOUNDS
    assert tl.relation(resigned, election) is Relation.VAGUE  # both may fall in 2021


def test_until_and_by_give_a_latest_bound() -> None:
    tl = build_timeline("Sales rose until March 2022.", "2023-01-31")
    assert _one(tl, "rose").latest == D(2022, 4, 1)
    tl = build_timeline("The firm expects to complete the sale by year-end.", "2023-01-31")
    complete = _one(tl, "complete")
    assert complete.latest == D(2024, 1, 1) and complete.relation is Relation.AFTER
    assert _one(tl, "expects").relation is Relation.OVERLAP


def test_provenance_clause_and_tense() -> None:
    tl = build_timeline("The company said Friday it will open a plant next year. Prices rose.", "2023-01-31")
    said, open_, rose = _one(tl, "said"), _one(tl, "open"), _one(tl, "rose")
    assert said.source is AnchorSource.CLAUSE and said.time is not None and said.time.value == "2023-01-27"
    assert open_.source is AnchorSource.CLAUSE and open_.time is not None and open_.time.value == "2024"
    assert open_.relation is Relation.AFTER and open_.tense == "FUTURE"
    assert rose.source is AnchorSource.TENSE and rose.time is None and rose.relation is Relation.BEFORE
    assert tl.relation(said, open_) is Relation.BEFORE


def test_subordinate_clauses_order_and_bound_their_main_clause() -> None:
    tl = build_timeline("After he resigned in 2019, the company collapsed.", "2023-01-31")
    resigned, collapsed = _one(tl, "resigned"), _one(tl, "collapsed")
    assert collapsed.earliest == D(2019, 1, 1) and collapsed.earliest_from is resigned.time
    assert collapsed.follows == (resigned.eid,)
    assert tl.relation(collapsed, resigned) is Relation.AFTER
    tl = build_timeline("He was killed when the bomb exploded on Friday.", "2023-01-31")
    killed, exploded = _one(tl, "killed"), _one(tl, "exploded")
    assert killed.time is exploded.time is not None  # "when": the same time
    assert tl.relation(killed, exploded) is Relation.AFTER


def test_one_event_per_clause_with_its_main_verb() -> None:
    tl = build_timeline(
        "Pacific First Financial Corp. said shareholders approved its acquisition. "
        "The thrift said it expects to obtain approval and complete the transaction by year-end.",
        "1989-11-02",
    )
    assert [e.trigger for e in sorted(tl.events, key=lambda e: e.start)] == [
        "said", "approved", "said", "expects", "obtain",
    ]
    assert all(e.kind == "VERB" for e in tl.events)


def test_a_verbless_fragment_with_a_dated_noun_is_one_event() -> None:
    # Found by fuzzing: two expressions before the head noun of a verbless fragment made the noun
    # both the fragment's event and a dated-noun event, and the Timeline rejected the duplicate.
    from timeline import build_timeline

    text = "States ) 1989 fourth-quarter custody In company share"
    tl = build_timeline(text, "1998-03-01")
    triggers = [(e.trigger, e.trigger_start) for e in tl.events]
    assert len(triggers) == len(set(triggers))
    assert ("custody", text.index("custody")) in triggers


def test_an_appositive_participle_is_not_the_sentence_verb() -> None:
    # "The bill, introduced in 2021, passed ... on Tuesday": "passed" is the clause's verb and
    # takes Tuesday; the inserted participle takes 2021.
    from timeline import build_timeline

    tl = build_timeline("The bill, introduced in 2021, passed the Senate on Tuesday.", "2024-03-14")
    by_trigger = {e.trigger: e for e in tl.events}
    assert by_trigger["passed"].time is not None and by_trigger["passed"].time.value == "2024-03-12"
    assert by_trigger["introduced"].time is not None and by_trigger["introduced"].time.value == "2021"
    later = build_timeline("The bill, first introduced in 2021, will be debated again next week.", "2024-03-14")
    debated = next(e for e in later.events if e.trigger == "debated")
    assert debated.time is not None and debated.time.value == "2024-W12"
    assert debated.relation.value == "AFTER"


def test_a_past_tense_inside_the_datelines_period_is_before_it() -> None:
    # The dateline is the moment of writing: "said Tuesday" in a Tuesday article, "rose this year"
    # happened before it; a present or future tense in the same period overlaps it.
    tl = build_timeline("The company said Tuesday that sales rose this year. Prices are rising this year.", "2023-01-31")
    said, rose, rising = _one(tl, "said"), _one(tl, "rose"), _one(tl, "rising")
    assert said.time is not None and said.time.value == "2023-01-31" and said.relation is Relation.BEFORE
    assert rose.time is not None and rose.time.value == "2023" and rose.relation is Relation.BEFORE
    assert rising.time is not None and rising.time.value == "2023" and rising.relation is Relation.OVERLAP
    has = build_timeline("The firm has cut 500 jobs this month.", "2023-01-31")
    assert _one(has, "cut").relation is Relation.BEFORE  # present perfect: done by the writing
    # The Timeline accepts any side for an interval holding the dateline, none other for a disjoint one.
    this_year = TimeExpression(TEXT.index("2021"), TEXT.index("2021") + 4, "2021", "DATE", "2023", tid="t9")
    inside = attrs_evolve(RAINED, time=this_year, relation=Relation.BEFORE)
    assert _timeline(inside, expressions=(this_year, X1986, X2022)).events[0].relation is Relation.BEFORE
    with pytest.raises(ValidationError, match=r"Timeline\.events\[0\]\.relation: expected BEFORE"):
        _timeline(attrs_evolve(RAINED, relation=Relation.OVERLAP))  # 2021 lies wholly before 2023-01-31


def test_a_coordinated_verb_is_an_event_with_its_own_tense() -> None:
    # "has been approved ..., but requires ...": one subject, two verbs, two tenses.
    tl = build_timeline("The transaction has been approved by the board, but requires the approval of holders.",
                        "1989-11-02")
    approved, requires = _one(tl, "approved"), _one(tl, "requires")
    assert approved.relation is Relation.BEFORE and (approved.tense, approved.aspect) == ("PRESENT", "PERFECTIVE")
    assert requires.relation is Relation.OVERLAP and requires.tense == "PRESENT"
    assert requires.start > approved.start and not approved.start <= requires.trigger_start < approved.end
    # The time of the first verb's clause stays there; the second verb is placed by its own tense.
    tl = build_timeline("The council condemned the bombing on Friday and will call on all states to help.",
                        "1998-08-14")
    condemned, call = _one(tl, "condemned"), _one(tl, "call")
    assert condemned.time is not None and condemned.time.value == "1998-08-14"
    assert call.time is None and call.relation is Relation.AFTER and call.source is AnchorSource.TENSE
    # Under a subordinator, both verbs are under it: both come before the main clause.
    tl = build_timeline("After he resigned and left the city, the company collapsed.", "2023-01-31")
    left, collapsed = _one(tl, "left"), _one(tl, "collapsed")
    assert left.eid in collapsed.follows


def test_present_tense_reporting_and_noun_like_verbs() -> None:
    # Inverted reporting verbs, after a quote or a comma, before their subject.
    tl = build_timeline('"It is a tough market," says Mr. Antolini. Prices fell, said Greg Trevor, a spokesman.',
                        "1989-11-02")
    says, said = _one(tl, "says"), _one(tl, "said")
    assert says.tense == "PRESENT" and says.relation is Relation.OVERLAP
    assert said.relation is Relation.BEFORE and not said.start <= tl.text.index("fell") < said.end
    assert _one(tl, "fell").relation is Relation.BEFORE
    # "say" after any subject; a verb that is also a noun when an object follows it.
    tl = build_timeline("Cuban exiles in Miami say the boy should stay. White heads a team in Nairobi.", "2000-01-07")
    assert _one(tl, "say").relation is Relation.OVERLAP and _one(tl, "heads").tense == "PRESENT"
    tl = build_timeline("The cost of the plan rose. Revenue and costs rose.", "2000-01-07")
    assert sorted(e.trigger for e in tl.events) == ["rose", "rose"]  # "cost", "costs": nouns


def test_a_dated_reporting_verb_bounds_what_it_reports() -> None:
    tl = build_timeline("Officials said Wednesday that they had concluded the search. The firm said Friday it "
                        "will open a plant. Police said Friday that the search continues.", "1999-01-22")
    said = tl.events[0]
    concluded, open_, continues = _one(tl, "concluded"), _one(tl, "open"), _one(tl, "continues")
    assert said.trigger == "said" and said.time is not None and said.time.value == "1999-01-20"
    assert concluded.time is None and concluded.latest == D(1999, 1, 21) and concluded.latest_from is said.time
    assert concluded.source is AnchorSource.BOUNDS and concluded.relation is Relation.BEFORE
    assert open_.earliest == D(1999, 1, 22) and open_.earliest_from is not None
    assert open_.earliest_from.value == "1999-01-22" and open_.relation is Relation.AFTER
    assert continues.earliest is None and continues.latest is None  # a present tense: no bound


def test_a_dated_subject_dates_its_verb() -> None:
    tl = build_timeline("Third-quarter profit jumped 16% to a record. The year-ago results have been restated.",
                        "1989-11-02")
    jumped, restated = _one(tl, "jumped"), _one(tl, "restated")
    assert jumped.time is not None and jumped.time.value == "1989-Q3" and jumped.source is AnchorSource.EVENT_NOUN
    assert jumped.relation is Relation.BEFORE
    assert restated.time is None  # a present perfect: restated since, not in the year-ago quarter
    tl = build_timeline("He said third-quarter profit will rise.", "1989-11-02")
    assert _one(tl, "rise").time is None  # a future verb is not at its subject's time


def test_a_when_clause_after_a_time_happens_then() -> None:
    tl = build_timeline("His relatives have cared for him since November, when he was found at sea.", "2000-01-07")
    found, cared = _one(tl, "found"), _one(tl, "cared")
    assert found.time is not None and found.time.value == "1999-11" and found.relation is Relation.BEFORE
    assert cared.earliest_from is found.time and cared.time is None  # "since November" still bounds
    tl = build_timeline("He left when the talks ended on Friday.", "2000-01-07")
    assert _one(tl, "left").time is _one(tl, "ended").time  # a "when" clause not after a time: shared as before


def test_could_is_the_past_of_can_and_would_not_a_refusal() -> None:
    tl = build_timeline("The spokesman could not be reached for comment. Tests can show a match. "
                        "Officials would seek a warrant. The tests could enable officials to act. "
                        "Investigators would not divulge the evidence. The boy could be seen outside.",
                        "1999-01-22")
    reached, show, seek = _one(tl, "reached"), _one(tl, "show"), _one(tl, "seek")
    assert reached.tense == "MODAL" and reached.relation is Relation.BEFORE  # negated: past inability
    assert _one(tl, "seen").relation is Relation.BEFORE  # passive: what could be observed
    assert _one(tl, "enable").relation is Relation.AFTER  # affirmative and active: a possibility
    assert show.relation is Relation.OVERLAP and seek.relation is Relation.AFTER
    assert _one(tl, "divulge").relation is Relation.BEFORE  # "would not": a refusal, reported


def test_a_present_tense_after_if_or_once_is_future_when_its_main_clause_is() -> None:
    tl = build_timeline("If the court fails to act, the department will seek contempt. "
                        "If the court fails to act, it is a scandal.", "2000-01-07")
    fails = [e for e in sorted(tl.events, key=lambda e: e.start) if e.trigger == "fails"]
    assert [e.relation for e in fails] == [Relation.AFTER, Relation.OVERLAP]
    assert _one(tl, "seek").relation is Relation.AFTER


def test_a_title_in_the_subject_and_a_fronted_time_after_that() -> None:
    # "Mr." is part of the subject; the time between "that" and the subject dates the complement.
    tl = build_timeline("Analysts noted that over the past 20 years, Mr. Fournier has built his company.",
                        "1989-11-02")
    noted, built = _one(tl, "noted"), _one(tl, "built")
    assert built.time is not None and built.time.text == "the past 20 years" and noted.time is None
    assert built.text.startswith("that over the past 20 years, Mr. Fournier")


def test_a_dated_noun_whose_time_ends_another_clause_is_not_dated_across_it() -> None:
    # Found by fuzzing: "Monday" ends the "if ..." clause, so the noun phrase "Monday decision" would
    # cross that clause's span, and the Timeline rejected the crossing spans.
    text = "says if has 1996 on Monday decision held killed after last in reached can seen"
    tl = build_timeline(text, "1999-01-22")
    spans = [(e.start, e.end) for e in tl.events]
    for a0, a1 in spans:
        for b0, b1 in spans:
            assert not (a0 < b0 < a1 < b1), (spans, text)


def test_auxiliary_tense_table_follows_the_rule() -> None:
    """The verb-group code looks the first auxiliary's tense up in a table: it says what the
    readable rule (_aux_tense) says, for every auxiliary and modal."""
    from timeline import _event_vocab as W
    from timeline._grammar import _AUX_TENSES, _aux_tense

    words = W.AUXILIARIES | W.MODALS | W.FUTURE_MODALS | W.OTHER_MODALS | {"to", "going", "said"}
    assert {w: _AUX_TENSES.get(w, "NONE") for w in words} == {w: _aux_tense(w) for w in words}
    assert {"FUTURE", "MODAL", "PAST", "PRESENT", "INFINITIVE", "NONE"} <= {_aux_tense(w) for w in words}


def test_subject_edge_table_follows_the_rule() -> None:
    """_boundary reads where a subject ends from one table (_SUBJECT_EDGES) instead of testing five
    vocabulary tables in turn: it says what the tests in their order say, for every word of them."""
    from timeline import _event_vocab as W
    from timeline._grammar import _SUBJECT_EDGES

    def rule(w: str) -> str | None:
        if w in W.RELATIVES:
            return "relative"
        if w in W.SUBORDINATORS:
            return "subordinate"
        if w in W.CONJUNCTIONS:
            return "conjunction"
        if w in W.PRONOUN_SUBJECTS or w in W.DETERMINERS:
            return "subject"
        if (w in W.PREPOSITIONS and w != "of") or w in W.NOT_TRIGGERS:
            return "stop"
        return None  # a word of the subject

    words = W.RELATIVES | W.SUBORDINATORS | W.CONJUNCTIONS | W.PRONOUN_SUBJECTS | W.DETERMINERS
    words |= W.PREPOSITIONS | W.NOT_TRIGGERS | {"of", "officials", "bank"}
    assert {w: _SUBJECT_EDGES.get(w) for w in words} == {w: rule(w) for w in words}
    assert {"relative", "subordinate", "conjunction", "subject", "stop", None} == {rule(w) for w in words}


def test_a_verb_sharing_its_subject_shares_a_fronted_time() -> None:
    tl = build_timeline("On March 3, the mayor is to visit the plant and will praise its workers.", "2021-03-01")
    praise = _one(tl, "praise")
    assert praise.time is not None and praise.time.value == "2021-03-03" and praise.relation is Relation.AFTER


def test_a_past_clause_takes_the_time_of_the_dated_past_clause_before_it() -> None:
    tl = build_timeline("The mayor visited the plant on March 3, and a worker fainted. "
                        "The mayor visited the plant on March 3, and the workers are proud. "
                        "A worker fainted after the mayor visited the plant on March 3. "
                        "Officials said on March 3 that a worker fainted.", "2021-03-10")
    fainted = sorted((e for e in tl.events if e.trigger == "fainted"), key=lambda e: e.start)
    assert fainted[0].time is not None and fainted[0].time.value == "2021-03-03"
    assert _one(tl, "proud").time is None  # a present tense keeps its own relation
    assert fainted[1].time is None and fainted[1].earliest is not None  # the dated clause comes after: a bound
    assert fainted[2].time is None and fainted[2].latest is not None  # reported: bounded by "said", not dated


def test_a_relative_clause_after_a_dated_noun_happens_then() -> None:
    tl = build_timeline("He is accused in the 2004 market bombing that wounded nine people. "
                        "The rule that protects tenants was passed in 2004.", "2010-06-01")
    wounded, protects = _one(tl, "wounded"), _one(tl, "protects")
    assert wounded.time is not None and wounded.time.value == "2004" and wounded.relation is Relation.BEFORE
    assert protects.time is None  # not past, and no dated noun before it


def test_an_infinitive_shares_its_governors_time_and_dates_it_unless_planned() -> None:
    tl = build_timeline("The council agreed in May to sell the land. Officials declined to comment Tuesday. "
                        "The minister planned to travel on Friday.", "2010-06-03")
    sell, declined = _one(tl, "sell"), _one(tl, "declined")
    assert sell.time is not None and sell.time.value == "2010-05"
    assert declined.time is not None and declined.time.value == "2010-06-01"
    assert _one(tl, "planned").time is None  # the plan is not on Friday, the travel is


def test_a_reporting_period_opening_the_sentence_dates_its_main_clause() -> None:
    tl = build_timeline("For the quarter ended June 30, the bank earned $5 million.", "1990-08-01")
    earned = _one(tl, "earned")
    assert earned.time is not None and earned.time.text == "the quarter"


def test_a_comparison_is_never_the_verbs_time() -> None:
    tl = build_timeline("For the nine months, the firm earned $2 million, up 5% from $1.9 million a year earlier.",
                        "1990-11-01")
    earned = _one(tl, "earned")
    assert earned.time is not None and earned.time.text == "the nine months"


def test_a_comma_listed_clause_shares_a_fronted_time() -> None:
    tl = build_timeline("In the past three months, stocks have plunged, rates have soared.", "1998-01-08")
    plunged, soared = _one(tl, "plunged"), _one(tl, "soared")
    assert plunged.time is not None and soared.time is plunged.time


def test_a_subject_inverted_after_a_modal_or_have_is_not_the_trigger() -> None:
    tl = build_timeline("No way should Alec Baldwin be blamed for this. Never have I seen such a mess. "
                        "Did he say that?", "2023-01-31")
    triggers = {e.trigger for e in tl.events}
    assert {"blamed", "seen", "say"} <= triggers and not {"Alec", "Baldwin", "I", "he"} & triggers
    assert _one(tl, "blamed").tense == "MODAL" and _one(tl, "seen").aspect == "PERFECTIVE"


def test_a_base_that_is_also_a_participle_is_present_after_its_subject() -> None:
    tl = build_timeline("The comments come after the charges. The results have come in.", "2023-01-31")
    come = sorted((e for e in tl.events if e.trigger == "come"), key=lambda e: e.start)
    assert [(e.tense, e.aspect, e.relation) for e in come] == [
        ("PRESENT", "NONE", Relation.OVERLAP), ("PRESENT", "PERFECTIVE", Relation.BEFORE)]


def test_an_infinitive_a_verb_looks_forward_to_comes_after_it() -> None:
    tl = build_timeline("The convention voted Friday to make Australia a republic.", "1998-02-13")
    voted, make = _one(tl, "voted"), _one(tl, "make")
    assert voted.time is not None and make.time is voted.time  # the same day ...
    assert voted.eid in make.follows and tl.relation(voted, make) is Relation.BEFORE  # ... voting first
    assert tl.relation(make, voted) is Relation.AFTER


def test_a_partitive_subject_stays_in_its_subordinate_clause() -> None:
    tl = build_timeline("Prosecutors issued a warning this week after one of the attorneys asked about fees.",
                        "1989-11-02")
    issued, asked = _one(tl, "issued"), _one(tl, "asked")
    assert asked.text.startswith("after one of the attorneys") and not issued.text.endswith("of")
    assert asked.eid in issued.follows  # the "after" clause comes first


def test_a_time_coordinated_after_the_clauses_time_bounds_the_event() -> None:
    tl = build_timeline("A ceremony will be held at the summit on April 24 and 25.", "1999-02-10")
    held = _one(tl, "held")
    assert held.time is not None and held.time.value == "1999-04-24"
    assert held.latest == dt.datetime(1999, 4, 26) and held.latest_from is not None
    assert held.latest_from.text == "25" and tl.window(held) == (dt.datetime(1999, 4, 24), dt.datetime(1999, 4, 25))


def test_a_report_of_a_time_long_before_the_dateline_is_not_dated_then() -> None:
    tl = build_timeline("In 2019, a standoff cost the economy $11 billion, the budget office estimated. "
                        "On Tuesday, a standoff cost the city $1 million, the mayor said.", "2024-03-15")
    assert _one(tl, "estimated").time is None  # reported now, about 2019
    said = _one(tl, "said")
    assert said.time is not None and said.time.value == "2024-03-12"  # a recent account: reported then


def test_a_clause_with_a_sequence_adverb_does_not_share_the_time_before_it() -> None:
    tl = build_timeline("In 2010 the bridge collapsed, and engineers later found that it was poorly built. "
                        "In 2012 the city sued, and the firm paid.", "2024-06-10")
    assert _one(tl, "found").time is None and _one(tl, "built").time is None
    paid = _one(tl, "paid")
    assert paid.time is not None and paid.time.value == "2012"  # no adverb: shared


def test_a_report_near_the_first_dateline_of_the_calendar_does_not_overflow() -> None:
    # Found by fuzzing: "a week before the dateline" was computed by subtraction from 0001-01-05.
    tl = build_timeline("On Jan. 2, a storm hit the coast, officials said.", "0001-01-05")
    said = _one(tl, "said")
    assert said.time is not None and said.time.value == "0001-01-02"


# --------------------------------------------------------------------------- triggers (issue #13)


def _triggers(text: str, dateline: str = "2024-03-01") -> list[str]:
    return [e.trigger for e in sorted(build_timeline(text, dateline).events, key=lambda e: e.trigger_start)]


def _mentions(text: str) -> list[tuple[str, bool]]:
    from timeline._grammar import analyse

    return [(m.trigger, m.negated) for m in analyse(text).mentions]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Talks will last 48 hours.", "last"),  # a base after a modal, though a determiner elsewhere
    ("I would like to see him.", "like"),  # ... or a preposition
    ("He said he'd double his money.", "double"),  # "'d" is "would" before a base
    ("The monarchy can no longer serve us.", "serve"),  # "no longer" inside the group
    ("Poland can now participate in NATO planning.", "participate"),  # a time inside the group
    ("Islam will one day be the second largest religion.", "religion"),
    ("The relatives are ``putting a bunch of toys in front of him.", "putting"),  # an opening quote
    ("Thatcher might, however, be receptive to any request.", "receptive"),  # an aside between commas
    ("The cash dividend also will apply to the new shares.", "apply"),  # a verb in -ly is no adverb
    ("Nor do analysts expect the deal to close.", "expect"),  # an inverted subject noun
])
def test_an_auxiliary_is_never_the_trigger_of_the_verb_it_stands_before(text: str, trigger: str) -> None:
    assert trigger in _triggers(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Hotels are only thirty percent full.", "full"),  # never the number
    ("The relatives are obviously fond of Elian.", "fond"),  # never the adverb
    ("It was a natural result of the week.", "result"),  # the noun ending the phrase, not its modifier
    ("We think this is a superior deal.", "deal"),
    ("There was no independent confirmation of the report.", "confirmation"),
    ("Germany is a locally powerful political force in the region.", "force"),
])
def test_a_copula_states_the_head_of_its_predicate(text: str, trigger: str) -> None:
    triggers = _triggers(text)
    assert trigger in triggers and not {"are", "is", "was", "thirty", "obviously", "natural", "superior"} & set(triggers)


@pytest.mark.parametrize(("text", "kept"), [
    ("Revenue was $778.6 million.", []),  # a quantity
    ("Burton is an outspoken critic of the regime.", []),  # a noun naming no event: a lasting state
    ("The boy was in Florida.", []),  # a place
    ("We will do everything we can.", ["do"]),  # "can" stands for a verb left out
    ("He said he would, and he did.", ["said"]),
    ("She hasn't.", []),
    ("Clinton said the agency did the right thing.", ["said", "did"]),  # "do" with an object is a verb
    ("He should face what he did.", ["face", "did"]),
    ("He was chairman until 1974.", ["chairman"]),  # a state a time bounds is an event
])
def test_a_state_with_no_time_and_an_auxiliary_alone_are_no_events(text: str, kept: list[str]) -> None:
    assert _triggers(text) == kept


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("Lazard bought 20 million fully diluted shares.", "diluted", "bought"),  # adverb after a number
    ("It sold $400 million of preferred stock.", "preferred", "sold"),  # after a preposition
    ("It redeemed its convertible subordinated debentures.", "subordinated", "redeemed"),  # after -ible
    ("The department reviewed alcohol-related violations.", "alcohol-related", "reviewed"),  # a compound
    ("The war has been claiming soldiers' lives.", "lives", "claiming"),  # after a plural possessive
    ("He urged the allied forces to withdraw.", "forces", "urged"),  # after an adjective in -ed
    ("The bombings claimed African lives.", "lives", "claimed"),  # after an adjective of nationality
    ("At that point the talks collapsed.", "point", "collapsed"),  # "that" after a preposition
])
def test_a_word_modifying_a_noun_makes_no_verb_of_it(text: str, absent: str, present: str) -> None:
    triggers = _triggers(text)
    assert absent not in triggers and present in triggers


@pytest.mark.parametrize(("text", "trigger"), [
    ("The polls close at 9:30 p.m.", "close"),  # a finite clause with a time is an event, even in the present
    ("The match kicks off at 8pm on Saturday.", "kicks"),
    ("The store reopens the day after Thanksgiving.", "reopens"),
    ("Registration closes Friday.", "closes"),
    ("Automatic Data Processing Inc. plans to redeem its debentures.", "plans"),  # a name ending in "Inc."
])
def test_a_present_verb_before_its_time_is_an_event(text: str, trigger: str) -> None:
    assert trigger in _triggers(text)


def test_had_compliance_reports_by_a_day_is_no_present_verb() -> None:
    assert "reports" not in _triggers("Thirty-two members had filed compliance reports by Wednesday.", "1990-08-16")


def test_every_negated_verb_group_is_negated() -> None:
    assert _mentions("He did not speak.") == [("speak", True)]
    assert _mentions("It has not been easy.") == [("easy", True)]
    assert _mentions("He never returned home.") == [("returned", True)]
    assert _mentions("They won't go.") == [("go", True)]
    assert _mentions("She can't come.") == [("come", True)]
    assert _mentions("She cannot come.") == [("come", True)]
    assert _mentions("He asked not to be named.") == [("asked", False), ("named", True)]
    assert _mentions("He did not only speak.") == [("speak", False)]  # "not only" negates nothing
    assert _mentions("He spoke.") == [("spoke", False)]


def test_not_until_stays_negated_and_bounds_the_event_from_below() -> None:
    assert _mentions("Flights did not resume until Sunday.") == [("resume", True)]
    tl = build_timeline("Flights did not resume until Sunday.", "2024-03-01")
    resume = _one(tl, "resume")
    assert resume.earliest is not None and resume.latest is None  # no earlier than Sunday
    assert resume.polarity == "NEG"
