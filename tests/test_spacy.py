"""The spaCy component (`nlp.add_pipe("timeline")`), on `spacy.blank("en")` and with a sentencizer: no model
to download.  Skipped only where spaCy cannot be imported (the [spacy] extra; .ci/run installs it)."""

from __future__ import annotations

import contextlib
import io
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc, DocBin  # noqa: E402  (after the skip: spaCy is optional)

from timeline import InvalidDatelineError, Timeline, TimelineError, build_timeline  # noqa: E402

ROOT = Path(__file__).parent.parent
SEED = (ROOT / "seeds" / "rourke_defends_baldwin_2023-01-31.txt").read_text(encoding="utf-8")
TEXT = "The minister resigned on Monday. He said he will testify next week, every Friday, for three hours."


def _nlp(*, sentencizer: bool = False, **config: object) -> spacy.language.Language:
    nlp = spacy.blank("en")
    if sentencizer:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("timeline", config=config)
    return nlp


def _check(doc: Doc, tl: Timeline) -> None:
    """doc's spans and extensions are exactly the timeline's expressions and events."""
    assert doc._.timeline == tl
    timex = doc.spans["timex"]
    assert [(s.start_char, s.end_char) for s in timex] == [(x.start, x.end) for x in tl.expressions]
    assert [(s.text, s.label_, s._.timex_value, s._.timex_type, s._.timex_mod, s._.timex_tid) for s in timex] == [
        (x.text, x.type.value, x.value, x.type.value, x.mod, x.tid) for x in tl.expressions]
    events = sorted(tl.events, key=lambda e: (e.trigger_start, e.eid))
    spans = doc.spans["events"]
    assert [(s.start_char, s.end_char, s.text) for s in spans] == [(e.trigger_start, e.trigger_end, e.trigger)
                                                                    for e in events]
    assert [(s.label_, s._.event_eid, s._.event_relation, s._.event_value, s._.event_tid) for s in spans] == [
        (e.cls, e.eid, e.relation.value, e.time and e.time.value, e.time and e.time.tid) for e in events]
    triggers = {t.i for s in spans for t in s}
    assert [t.i for t in doc if t._.is_event_trigger] == sorted(triggers)


def test_blank_english_gets_the_timeline_its_expressions_and_events() -> None:
    doc = _nlp(dateline="2023-01-31")(TEXT)
    tl = build_timeline(TEXT, "2023-01-31")
    _check(doc, tl)
    assert [(s.text, s.label_, s._.timex_value) for s in doc.spans["timex"]] == [
        ("Monday", "DATE", "2023-01-30"), ("next week", "DATE", "2023-W06"), ("every Friday", "SET", "XXXX-WXX-5"),
        ("three hours", "DURATION", "PT3H")]
    by_trigger = {s.text: (s.label_, s._.event_relation, s._.event_value) for s in doc.spans["events"]}
    assert by_trigger["resigned"] == ("OCCURRENCE", "BEFORE", "2023-01-30")
    assert by_trigger["said"][:2] == ("REPORTING", "BEFORE")


def test_with_a_sentencizer_the_spans_lie_in_sentences() -> None:
    doc = _nlp(sentencizer=True, dateline="2023-01-31")(SEED)
    _check(doc, build_timeline(SEED, "2023-01-31"))
    assert len(list(doc.sents)) > 10 and len(doc.spans["events"]) > 40
    for span in [*doc.spans["timex"], *doc.spans["events"]]:
        assert span.sent.start <= span.start and span.end <= span.sent.end


def test_the_dateline_is_found_in_the_head_and_a_docs_own_wins() -> None:
    nlp = _nlp()
    found = nlp(SEED)
    assert found._.timeline.dateline is not None and found._.timeline == build_timeline(SEED)
    doc = nlp.make_doc("He left on Monday.")
    doc._.dateline = "2023-02-09"
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [s._.timex_value for s in doc.spans["timex"]] == ["2023-02-06"]
    configured = _nlp(dateline="2023-01-31")("He left on Monday.")  # a Doc must outlive its spans
    assert [s._.timex_value for s in configured.spans["timex"]] == ["2023-01-30"]


def test_kind_and_span_keys_are_config() -> None:
    text = "In 1453 the city fell. In May the walls were breached."
    nlp = _nlp(kind="narrative", timex_key="times", events_key="happenings")
    doc = nlp(text)
    assert [s._.timex_value for s in doc.spans["times"]] == [x.value for x in build_timeline(text, kind="narrative").expressions]
    assert "timex" not in doc.spans and len(doc.spans["happenings"]) == len(doc._.timeline.events)
    assert nlp.get_pipe_config("timeline") == {"factory": "timeline", "dateline": None, "kind": "narrative",
                                               "timex_key": "times", "events_key": "happenings"}


def test_a_bad_dateline_or_kind_fails_when_the_component_is_added() -> None:
    with pytest.raises(InvalidDatelineError):
        _nlp(dateline="31/01/2023")
    with pytest.raises(TimelineError, match="kind"):
        _nlp(kind="poem")


def test_docs_serialize_with_their_timeline(tmp_path: Path) -> None:
    nlp = _nlp(dateline="2023-01-31")
    docs = list(nlp.pipe([TEXT, SEED]))
    back = list(DocBin(store_user_data=True, docs=docs).from_bytes(
        DocBin(store_user_data=True, docs=docs).to_bytes()).get_docs(nlp.vocab))
    for doc, again in zip(docs, back, strict=True):
        _check(again, doc._.timeline)
        assert Doc(nlp.vocab).from_bytes(doc.to_bytes())._.timeline == doc._.timeline
        assert pickle.loads(pickle.dumps(doc))._.timeline == doc._.timeline
    nlp.to_disk(tmp_path / "pipeline")
    assert spacy.load(tmp_path / "pipeline")(TEXT)._.timeline == docs[0]._.timeline


def test_nlp_pipe_in_two_processes() -> None:
    nlp = _nlp(dateline="2023-01-31")
    texts = [TEXT, "He left on Monday.", SEED]
    for doc, text in zip(nlp.pipe(texts, n_process=2, batch_size=1), texts, strict=True):
        _check(doc, build_timeline(text, "2023-01-31"))


def test_the_factory_is_found_by_its_entry_point_without_an_import() -> None:
    code = ("import spacy, sys; nlp = spacy.blank('en'); nlp.add_pipe('timeline', config={'dateline': '2023-01-31'}); "
            "assert 'timeline.spacy' in sys.modules; doc = nlp('He left on Monday.'); "
            "print([s._.timex_value for s in doc.spans['timex']])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd="/")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "['2023-01-30']\n"


HOWTO = ROOT / "docs" / "howto" / "spacy.md"
BLOCK = re.compile(r"<!-- test: spacy -->\n```py\n(?P<code>.*?)```\n```text\n(?P<out>.*?)```", re.S)


def test_the_howto_page_runs_and_prints_what_it_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/howto/spacy.md's blocks (```py, so that the docs test, which runs without spaCy, leaves them)
    in order, in one namespace, each printing the ```text block after it."""
    blocks = BLOCK.findall(HOWTO.read_text(encoding="utf-8"))
    assert len(blocks) == 4
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    for code, expected in blocks:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, str(HOWTO), "exec"), namespace)
        assert printed.getvalue() == expected
