"""The event attribute accuracies (tense, aspect, polarity, class, modality), their confusion
table, and the dated-event precision, on hand-made TimeML documents whose answers are known."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from test_events import _event, _span  # the same hand-made events as the other event scores

from timeline import Event, Relation, TimeExpression, Timeline
from timeline._model import order_key
from timeline.evaluation._events import AttributePair, attribute_confusions, attribute_pairs, score_events
from timeline.evaluation.evaluate import EventScores, evaluate_attributes, evaluate_corpus, evaluate_events, main
from timeline.timeml import TimeMLDocument, read_timeml

# --------------------------------------------------------------------------- attributes

ATTRIBUTES_GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>HAND.ATTRIBUTES</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-08" functionInDocument="CREATION_TIME">2020-01-08</TIMEX3></DCT>
<TEXT>The firm <EVENT eid="e1" class="REPORTING">said</EVENT> it would not \
<EVENT eid="e2" class="OCCURRENCE">sell</EVENT> the plant. Sales <EVENT eid="e3" class="OCCURRENCE">rose</EVENT>. \
Profits have been <EVENT eid="e4" class="OCCURRENCE">falling</EVENT>. \
The <EVENT eid="e5" class="OCCURRENCE">merger</EVENT> <EVENT eid="e6" class="OCCURRENCE">happened</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="NONE" aspect="NONE" polarity="NEG" modality="WOULD" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" modality="none" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PRESENT" aspect="PERFECTIVE_PROGRESSIVE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e6" eiid="ei6" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
"""


def _timeline(doc: TimeMLDocument, expressions: tuple[TimeExpression, ...], *events: Event) -> Timeline:
    return Timeline(text=doc.text, dateline=doc.dateline, expressions=expressions,
                    events=sorted(events, key=order_key))


def attributes_timeline(doc: TimeMLDocument) -> Timeline:
    """Ours, attribute by attribute against the gold instances:

    * said: PAST_LOOSE (= PAST, right), REPORTING left at the OCCURRENCE default (wrong);
    * sell: MODAL (= NONE, right), NEG, "would" against the gold WOULD (right);
    * rose: PRESENT (wrong), class STATE (wrong), no modality against the gold "none" (right);
    * falling: trigger "been falling" overlaps the gold one; PROGRESSIVE against PERFECTIVE_PROGRESSIVE
      and a modality "may" the gold does not have (wrong), the rest right;
    * merger: no gold instance, not compared; 'happened' lies in its span but no trigger of ours overlaps it.
    """
    text = doc.text
    return _timeline(
        doc, (),
        _event(text, "e1", "The firm said", "said", tense="PAST_LOOSE"),
        _event(text, "e2", "it would not sell the plant", "sell", tense="MODAL", polarity="NEG", modality="would"),
        _event(text, "e3", "Sales rose", "rose", tense="PRESENT", cls="STATE"),
        _event(text, "e4", "Profits have been falling", "been falling", tense="PRESENT", aspect="PROGRESSIVE",
               modality="may"),
        _event(text, "e5", "The merger happened", "merger", kind="NOUN"),
    )


def test_attribute_accuracies_count_the_gold_events_our_triggers_overlap() -> None:
    doc = read_timeml(ATTRIBUTES_GOLD)
    scores, _ = score_events(doc, attributes_timeline(doc))
    assert scores.attribute_triggers == 4  # said, sell, rose, falling; not merger (no instance), not happened
    assert (scores.tense_correct, scores.aspect_correct, scores.polarity_correct, scores.class_correct,
            scores.modality_correct) == (3, 3, 4, 2, 3)
    assert scores.tense_accuracy == 0.75 and scores.class_accuracy == 0.5 and scores.polarity_accuracy == 1.0


def test_attribute_pairs_name_the_values_compared() -> None:
    doc = read_timeml(ATTRIBUTES_GOLD)
    pairs = attribute_pairs(doc, attributes_timeline(doc))
    wrong = {(p.trigger, p.attribute, p.gold, p.system) for p in pairs if not p.agrees}
    assert wrong == {
        ("said", "class", "REPORTING", "OCCURRENCE"),
        ("rose", "tense", "PAST", "PRESENT"),
        ("rose", "class", "OCCURRENCE", "STATE"),
        ("falling", "aspect", "PERFECTIVE_PROGRESSIVE", "PROGRESSIVE"),
        ("falling", "modality", "-", "may"),
    }
    right = {(p.trigger, p.attribute): (p.gold, p.system) for p in pairs if p.agrees}
    assert right[("said", "tense")] == ("PAST", "PAST")  # PAST_LOOSE read as PAST
    assert right[("sell", "tense")] == ("NONE", "NONE")  # MODAL read as NONE
    assert right[("sell", "modality")] == ("would", "would")  # case folded
    assert right[("rose", "modality")] == ("-", "-")  # gold "none" is no modality


def test_attributes_are_read_from_the_events_not_recomputed() -> None:
    doc = read_timeml(ATTRIBUTES_GOLD)
    ours = attributes_timeline(doc)
    # the same events with the classes the gold gives: every class now agrees
    fixed = Timeline(text=ours.text, dateline=ours.dateline, expressions=(), events=[
        attrs.evolve(e, cls="REPORTING" if e.trigger == "said" else "OCCURRENCE") for e in ours.events
    ])
    scores, _ = score_events(doc, fixed)
    assert scores.class_correct == 4


def _pair(attribute: str, gold: str, system: str, trigger: str) -> AttributePair:
    return AttributePair("D", 0, trigger, attribute, gold, system)


def test_confusions_rank_disagreements_with_distinct_examples() -> None:
    pairs = [
        *(_pair("tense", "PAST", "NONE", t) for t in ("said", "Said", "told", "went", "was")),
        *(_pair("tense", "PRESENT", "NONE", t) for t in ("is", "are")),
        _pair("tense", "PAST", "PAST", "left"),  # agrees: not a confusion
        _pair("class", "STATE", "OCCURRENCE", "owned"),
    ]
    confusions = attribute_confusions(pairs, top=1)
    assert [(c.attribute, c.gold, c.system, c.count, c.examples) for c in confusions] == [
        ("tense", "PAST", "NONE", 5, ("said", "told", "went")),  # 'Said' is 'said' again
        ("class", "STATE", "OCCURRENCE", 1, ("owned",)),
    ]
    assert [c.count for c in attribute_confusions(pairs) if c.attribute == "tense"] == [5, 2]


# --------------------------------------------------------------------------- dated precision

DATED_GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>HAND.DATED</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-08" functionInDocument="CREATION_TIME">2020-01-08</TIMEX3></DCT>
<TEXT>Sales <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> in <TIMEX3 tid="t1" type="DATE" value="2019">2019\
</TIMEX3>. The firm <EVENT eid="e2" class="REPORTING">said</EVENT> on \
<TIMEX3 tid="t2" type="DATE" value="2020-01-06">Monday</TIMEX3> that it \
<EVENT eid="e3" class="OCCURRENCE">hired</EVENT> staff <TIMEX3 tid="t3" type="DATE" value="2020-W01">last week\
</TIMEX3>. Prices <EVENT eid="e4" class="STATE">are</EVENT> high <TIMEX3 tid="t4" type="DATE" \
value="PRESENT_REF">now</TIMEX3>. The strike <EVENT eid="e5" class="OCCURRENCE">lasted</EVENT> \
<TIMEX3 tid="t5" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PRESENT" aspect="NONE" polarity="POS"/>
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="PAST" aspect="NONE" polarity="POS"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t3"/>
<TLINK lid="l4" relType="SIMULTANEOUS" eventInstanceID="ei4" relatedToTime="t4"/>
<TLINK lid="l5" relType="DURING" eventInstanceID="ei5" relatedToTime="t5"/>
<TLINK lid="l6" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t2"/>
<TLINK lid="l7" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t0"/>
<TLINK lid="l8" relType="IS_INCLUDED" eventInstanceID="ei5" relatedToTime="t0"/>
<TLINK lid="l9" relType="INCLUDES" eventInstanceID="ei4" relatedToTime="t0"/>
<TLINK lid="l10" relType="DURING_INV" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l11" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
</TimeML>
"""


def dated_timeline(doc: TimeMLDocument) -> Timeline:
    """Ours: 'rose' at 2019, 'said' at Monday, 'hired' at Monday too (gold: last week, which ends
    the day before), 'lasted' undated, and no event on 'are'."""
    text = doc.text
    year = TimeExpression(*_span(text, "2019"), "2019", "DATE", "2019", tid="t1")
    monday = TimeExpression(*_span(text, "Monday"), "Monday", "DATE", "2020-01-06", tid="t2")
    return _timeline(
        doc, (year, monday),
        _event(text, "e1", "Sales rose in 2019", "rose", time=year, relation=Relation.BEFORE),
        _event(text, "e2", "The firm said on Monday", "said", time=monday, relation=Relation.BEFORE),
        _event(text, "e3", "it hired staff last week", "hired", time=monday, relation=Relation.BEFORE),
        _event(text, "e5", "The strike lasted three days", "lasted"),
    )


def test_dated_precision_compares_our_interval_with_the_gold_time() -> None:
    doc = read_timeml(DATED_GOLD)
    scores, errors = score_events(doc, dated_timeline(doc))
    # l1, l2 (time first), l10 (DURING_INV) consistent; l3 (Monday outside 2020-W01) and l7 (Monday is
    # not the DCT's day) inconsistent; l8 ('lasted' undated) and l9 (no event on 'are') not dated by us;
    # l4 (PRESENT_REF), l5 (a duration), l6 (BEFORE) and l11 (two events) not counted at all
    assert (scores.dated_links, scores.dated_consistent, scores.dated_inconsistent) == (7, 3, 2)
    assert scores.dated_found == 5
    assert scores.dated_precision == 0.6 and scores.dated_coverage == pytest.approx(5 / 7)
    dated = [e for e in errors if e.kind == "dated"]
    assert [(e.gold, e.system) for e in dated] == [
        ("'said' IS_INCLUDED the DCT = 2020-01-08", "'said' at 'Monday' = 2020-01-06"),
        ("'hired' IS_INCLUDED 'last week' = 2020-W01", "'hired' at 'Monday' = 2020-01-06"),
    ]


def test_dated_precision_needs_our_trigger_on_the_gold_one() -> None:
    doc = read_timeml(DATED_GOLD)
    text = doc.text
    year = TimeExpression(*_span(text, "2019"), "2019", "DATE", "2019", tid="t1")
    # the gold 'rose' lies in this event's span, but its trigger is 'Sales': no dated event for l1, l10
    sales = _event(text, "e1", "Sales rose in 2019", "Sales", time=year, relation=Relation.BEFORE)
    scores, _ = score_events(doc, _timeline(doc, (year,), sales))
    assert (scores.dated_links, scores.dated_consistent, scores.dated_inconsistent) == (7, 0, 0)
    assert scores.dated_precision == 1.0  # nothing dated: nothing wrong


def test_dated_links_to_the_dct_need_its_timex() -> None:
    without_dct = read_timeml(DATED_GOLD.replace(
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-08" functionInDocument="CREATION_TIME">2020-01-08'
        "</TIMEX3></DCT>", ""))
    assert without_dct.dct is None
    scores, _ = score_events(without_dct, dated_timeline(read_timeml(DATED_GOLD)))
    assert (scores.dated_links, scores.dated_consistent, scores.dated_inconsistent) == (4, 3, 1)


def test_new_counts_add_up() -> None:
    a = EventScores(attribute_triggers=4, tense_correct=3, dated_links=7, dated_consistent=3, dated_inconsistent=2)
    b = EventScores(attribute_triggers=6, tense_correct=6, dated_links=1, dated_consistent=1, gold_triggers=2)
    total = a + b
    assert (total.attribute_triggers, total.tense_correct, total.gold_triggers) == (10, 9, 2)
    assert total.tense_accuracy == 0.9 and total.dated_precision == pytest.approx(4 / 6)
    assert EventScores().modality_accuracy == 1.0 and EventScores().dated_precision == 1.0
    figures = total.to_dict()
    assert figures["dated_inconsistent"] == 2 and figures["class_accuracy"] == 0.0


# --------------------------------------------------------------------------- command line


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    (tmp_path / "attributes.tml").write_text(ATTRIBUTES_GOLD, encoding="utf-8")
    (tmp_path / "dated.tml").write_text(DATED_GOLD, encoding="utf-8")
    return tmp_path


def _system(text: str, dateline: dt.date | None) -> Timeline:
    for gold, build in ((ATTRIBUTES_GOLD, attributes_timeline), (DATED_GOLD, dated_timeline)):
        doc = read_timeml(gold)
        if doc.text == text:
            return build(doc)
    raise AssertionError("not a document of this test")


def test_evaluate_events_sums_both_documents() -> None:
    docs = [read_timeml(ATTRIBUTES_GOLD), read_timeml(DATED_GOLD)]
    _, per_doc, _ = evaluate_corpus(docs, _system)
    scores, errors = evaluate_events(per_doc)
    # the dated document's rose, said, hired, lasted match, with the default attributes of ours (tense NONE,
    # class OCCURRENCE ...): no tense right, the class of all but 'said'
    assert (scores.attribute_triggers, scores.tense_correct, scores.class_correct) == (8, 3, 5)
    assert (scores.dated_consistent, scores.dated_inconsistent) == (3, 2)
    assert sum(e.kind == "dated" for e in errors) == 2
    assert len(evaluate_attributes(per_doc)) == 5 * 8


def test_cli_prints_the_new_lines_after_the_old_ones(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir), "--events"], system=_system) == 0
    lines = capsys.readouterr().out.splitlines()
    order = next(i for i, line in enumerate(lines) if line.startswith("order "))
    new = lines[order + 2 :]
    assert new == [
        "tense       accuracy  37.5  (3/8 matched triggers)",
        "aspect      accuracy  87.5  (7/8 matched triggers)",
        "polarity    accuracy 100.0  (8/8 matched triggers)",
        "class       accuracy  62.5  (5/8 matched triggers)",
        "modality    accuracy  87.5  (7/8 matched triggers)",
        "dated       precision  60.0  (3/5 consistent, 2 not; our event dated on 5/7 gold links to a calendar time)",
    ]
    assert "Event attributes" not in "\n".join(lines)


def test_cli_attributes_table_json_and_errors(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus_dir), "--attributes"], system=_system) == 0  # implies --events
    out = capsys.readouterr().out
    assert "dated       precision  60.0" in out
    table = out[out.index("Event attributes") :]
    # columns as wide as the longest gold and our value of any attribute: PERFECTIVE_PROGRESSIVE, PROGRESSIVE
    assert f"  {'PAST':22} -> {'NONE':11}       4  'rose', 'said', 'hired'" in table.splitlines()
    assert "polarity: none" in table
    assert main([str(corpus_dir), "--attributes", "--json", "--errors"], system=_system) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["events"]["dated_precision"] == 0.6
    assert {"attribute": "tense", "gold": "PAST", "system": "NONE", "count": 4,
            "examples": ["rose", "said", "hired"]} in report["attribute_confusions"]
    assert sum(e["kind"] == "dated" for e in report["event_errors"]) == 2
    assert main([str(corpus_dir), "--events", "--errors"], system=_system) == 0
    assert "[dated] HAND.DATED" in capsys.readouterr().out
