"""A spaCy pipeline component: `nlp.add_pipe("timeline")`.

Needs the optional dependency: `pip install 'news-timeline[spacy]'` (from a checkout:
`pip install -e '.[spacy]'`).  The component is registered under the name `"timeline"` when this
module is imported and, through the `spacy_factories` entry point, when spaCy looks the name up,
so `nlp.add_pipe("timeline")` works without importing anything.

```python
>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("timeline", config={"dateline": "2023-01-31"})
>>> doc = nlp("The minister resigned on Monday and will testify next week.")
>>> [(span.text, span.label_, span._.timex_value) for span in doc.spans["timex"]]
[('Monday', 'DATE', '2023-01-30'), ('next week', 'DATE', '2023-W06')]
>>> [(span.text, span._.event_relation, span._.event_value) for span in doc.spans["events"]]
[('resigned', 'BEFORE', '2023-01-30'), ('testify', 'AFTER', '2023-W06')]
>>> doc._.timeline.dateline
datetime.date(2023, 1, 31)

```

What the component sets on each `Doc` (the extensions are registered on import):

- `doc._.timeline`: the [`Timeline`][timeline.Timeline] of the doc's text, as
  [`build_timeline`][timeline.build_timeline] returns it. The doc holds it as a string,
  `doc._.timeline_json` ([`Timeline.to_json`][timeline.Timeline.to_json]), so that
  `Doc.to_bytes`, `DocBin(store_user_data=True)` and `nlp.pipe(..., n_process=2)` keep it; each
  read of `doc._.timeline` builds the `Timeline` from it again (a few milliseconds for an
  article), so keep it in a variable.
- `doc.spans["timex"]`: one span per time expression, in text order, labelled with its TIMEX3
  type (`DATE`, `TIME`, `DURATION`, `SET`), with `span._.timex_value` (the TIMEX3 value),
  `span._.timex_type`, `span._.timex_mod` (or None) and `span._.timex_tid` (the expression's
  `tid` in `doc._.timeline`).
- `doc.spans["events"]`: one span per event trigger, in text order, labelled with the event's
  class (`OCCURRENCE`, `REPORTING` ...), with `span._.event_eid`, `span._.event_relation` (its
  place against the dateline: `BEFORE`, `OVERLAP`, `AFTER`, `VAGUE`), `span._.event_value` (the
  value of its time expression, or None) and `span._.event_tid` (that expression's `tid`, or None).
- `token._.is_event_trigger`: True for the tokens of an event trigger.

A span covers the tokens the expression or trigger touches (spaCy's `alignment_mode="expand"`):
where spaCy's tokens cut a word differently, the span can be a little longer than the
expression, whose exact characters stay in `doc._.timeline`.

The config has the arguments of `build_timeline`: `dateline` (an ISO date such as `"2023-01-31"`,
or None to find it in the text's head) and `kind` (`"auto"`, `"news"`, `"narrative"` or
`"schedule"`), and the span group names `timex_key` and `events_key`.  A doc's own dateline, set
as `doc._.dateline` (an ISO date string) before the component runs, wins over the config's.  Only the text is read:
the component works on `spacy.blank("en")` as on a trained pipeline, before or after any other
component.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._api import build_timeline
from ._model import Timeline

__all__ = ["TimelineComponent", "make_timeline"]

_DOC_EXTENSIONS = ("timeline_json", "dateline")
_SPAN_EXTENSIONS = ("timex_value", "timex_type", "timex_mod", "timex_tid",
                    "event_eid", "event_relation", "event_value", "event_tid")  # fmt: skip


def _timeline_of(doc: Doc) -> Timeline | None:
    data = doc._.timeline_json
    return None if data is None else Timeline.from_json(data)


def _register_extensions() -> None:
    if not Doc.has_extension("timeline"):
        Doc.set_extension("timeline", getter=_timeline_of)
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Token.has_extension("is_event_trigger"):
        Token.set_extension("is_event_trigger", default=False)


class TimelineComponent:
    """The pipeline component: the timeline of each doc's text, its expressions and event triggers
    as span groups (see the module's description)."""

    def __init__(
        self,
        name: str = "timeline",
        *,
        dateline: str | dt.date | None = None,
        kind: str = "auto",
        timex_key: str = "timex",
        events_key: str = "events",
    ) -> None:
        build_timeline("", dateline, kind=kind)  # a bad dateline or kind fails here, not at the first doc
        self.name, self.dateline, self.kind = name, dateline, kind
        self.timex_key, self.events_key = timex_key, events_key
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        dateline = doc._.dateline if doc._.dateline is not None else self.dateline
        tl = build_timeline(doc.text, dateline, kind=self.kind)
        doc._.timeline_json = tl.to_json(indent=None)  # a str: Doc.to_bytes, DocBin, nlp.pipe(n_process=2) keep it
        timexes = []
        for x in tl.expressions:
            span = doc.char_span(x.start, x.end, label=x.type.value, alignment_mode="expand")
            if span is None:  # pragma: no cover - an expression is never empty nor all space
                continue
            span._.timex_value, span._.timex_type, span._.timex_mod, span._.timex_tid = (
                x.value, x.type.value, x.mod, x.tid)
            timexes.append(span)
        doc.spans[self.timex_key] = timexes
        events = []
        for e in sorted(tl.events, key=lambda e: (e.trigger_start, e.eid)):
            span = doc.char_span(e.trigger_start, e.trigger_end, label=e.cls, alignment_mode="expand")
            if span is None:  # pragma: no cover - a trigger is never empty nor all space
                continue
            span._.event_eid, span._.event_relation = e.eid, e.relation.value
            span._.event_value = None if e.time is None else e.time.value
            span._.event_tid = None if e.time is None else e.time.tid
            for token in span:
                token._.is_event_trigger = True
            events.append(span)
        doc.spans[self.events_key] = events
        return doc


def make_timeline(
    nlp: Language, name: str, dateline: str | None, kind: str, timex_key: str, events_key: str
) -> TimelineComponent:
    """The factory behind `nlp.add_pipe("timeline", config={...})`."""
    return TimelineComponent(name, dateline=dateline, kind=kind, timex_key=timex_key, events_key=events_key)


if not Language.has_factory("timeline"):  # registered once, however often the module is imported
    Language.factory(
        "timeline",
        default_config={"dateline": None, "kind": "auto", "timex_key": "timex", "events_key": "events"},
        func=make_timeline,
    )
