"""Read and write TimeML 1.2 (the format of TimeBank, AQUAINT and TempEval-3).

[`read_timeml`][timeline.timeml.read_timeml] turns one ``.tml`` document into a frozen
[`TimeMLDocument`][timeline.timeml.TimeMLDocument]: the plain text of its ``<TEXT>`` element (tags
stripped, entities unescaped), the dateline from ``<DCT>`` (and its TIMEX3,
``dct``), and the gold TIMEX3s, EVENTs and TLINKs with character offsets into
that text.
[`to_timeml`][timeline.timeml.to_timeml] writes a [`Timeline`][timeline.Timeline] back as TimeML
(DCT, TIMEX3, EVENT with MAKEINSTANCE, TLINKs from the events' anchors), so that
reading the output gives the same expressions, event triggers and links.

Only the standard library parses: `xml.etree.ElementTree`.  The XML
parser normalizes line ends (``\\r\\n`` becomes ``\\n``), so offsets refer to
the parsed text, never to the raw file.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import attrs

from ._errors import TimelineError
from ._model import Event, Relation, TimeExpression, Timeline, TimexType
from ._values import day_end, day_start

__all__ = [
    "GoldEvent",
    "GoldTLink",
    "GoldTimex",
    "TimeMLDocument",
    "TimeMLError",
    "read_corpus",
    "read_timeml",
    "timeml_tense",
    "to_timeml",
]


class TimeMLError(TimelineError, ValueError):
    """A document is not TimeML this module can read (or a text cannot be written as XML)."""


@attrs.frozen
class GoldTimex:
    """A gold TIMEX3 inside ``<TEXT>``; ``start``/``end`` index the document text."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@attrs.frozen
class GoldEvent:
    """A gold EVENT inside ``<TEXT>`` joined with its MAKEINSTANCE(s) by ``eventID``.

    ``eiids`` lists the instances in document order (usually exactly one);
    ``cls`` is the EVENT's ``class``; ``tense``, ``aspect``, ``polarity``,
    ``modality`` and ``pos`` come from the first instance, or from the EVENT
    itself when it has none, and are None when it does not give them
    (``modality`` is kept as written: case and all).
    """

    eid: str
    eiids: tuple[str, ...]
    start: int
    end: int
    text: str
    cls: str
    tense: str | None = None
    aspect: str | None = None
    polarity: str | None = None
    modality: str | None = None
    pos: str | None = None


@attrs.frozen
class GoldTLink:
    """A gold TLINK; ``source``/``target`` are ids as written (``ei12``, ``t3``, ``t0`` = DCT)."""

    lid: str
    rel_type: str
    source: str
    target: str


@attrs.frozen
class TimeMLDocument:
    """One TimeML document.  ``text`` is what [`timeline.build_timeline`][timeline.build_timeline] reads.

    ``dct`` is the TIMEX3 of ``<DCT>`` (tid ``t0`` as a rule), None without one; it lies
    outside ``<TEXT>``, so its ``start`` and ``end`` are 0 and its ``text`` is empty.
    """

    docid: str
    text: str = attrs.field(repr=False)
    dateline: dt.date | None
    timexes: tuple[GoldTimex, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    tlinks: tuple[GoldTLink, ...] = ()
    path: Path | None = None
    dct: GoldTimex | None = None

    def __attrs_post_init__(self) -> None:
        spans: tuple[GoldTimex | GoldEvent, ...] = (*self.timexes, *self.events)
        for span in spans:
            if self.text[span.start : span.end] != span.text:
                raise TimeMLError(
                    f"{self.docid}: {span!r} does not match text {self.text[span.start:span.end]!r}"
                )


# --------------------------------------------------------------------------- reading


@attrs.frozen
class _Tagged:
    element: ET.Element
    start: int
    end: int


def _flatten(root: ET.Element) -> tuple[str, list[_Tagged]]:
    """The text under ``root`` with every tag stripped, and the span each element covers."""
    pieces: list[str] = []
    tagged: list[_Tagged] = []

    def add(chunk: str | None) -> int:
        pieces.append(chunk or "")
        return len(chunk or "")

    def visit(element: ET.Element, start: int) -> int:
        end = start + add(element.text)
        for child in element:
            end = visit(child, end)
            end += add(child.tail)
        tagged.append(_Tagged(element, start, end))
        return end

    visit(root, 0)
    return "".join(pieces), tagged


def _required(element: ET.Element, name: str, docid: str) -> str:
    found = element.get(name)
    if found is None:
        raise TimeMLError(f"{docid}: <{element.tag}> without {name}= ({element.attrib})")
    return found


def _one_of(element: ET.Element, names: tuple[str, str], docid: str) -> str:
    for name in names:
        found = element.get(name)
        if found is not None:
            return found
    raise TimeMLError(f"{docid}: <{element.tag}> has neither {' nor '.join(names)}")


_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")


def _dateline(root: ET.Element, docid: str) -> dt.date | None:
    dct = root.find("DCT/TIMEX3")
    if dct is None:
        return None
    value = _required(dct, "value", docid)
    match = _DATE.match(value)
    if match is None:
        raise TimeMLError(f"{docid}: DCT value {value!r} does not start with YYYY-MM-DD")
    return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))


def _dct_timex(root: ET.Element, docid: str) -> GoldTimex | None:
    dct = root.find("DCT/TIMEX3")
    if dct is None:
        return None
    return GoldTimex(tid=dct.get("tid", "t0"), start=0, end=0, text="", type=dct.get("type", "DATE"),
                     value=_required(dct, "value", docid), mod=dct.get("mod"))


def _timex(tagged: _Tagged, text: str, docid: str) -> GoldTimex:
    e = tagged.element
    return GoldTimex(
        tid=_required(e, "tid", docid), start=tagged.start, end=tagged.end,
        text=text[tagged.start : tagged.end], type=_required(e, "type", docid),
        value=_required(e, "value", docid), mod=e.get("mod"),
    )


def _event(tagged: _Tagged, text: str, instances: list[ET.Element], docid: str) -> GoldEvent:
    e = tagged.element
    first = instances[0] if instances else e
    return GoldEvent(
        eid=_required(e, "eid", docid), eiids=tuple(_required(i, "eiid", docid) for i in instances),
        start=tagged.start, end=tagged.end, text=text[tagged.start : tagged.end],
        cls=_required(e, "class", docid), tense=first.get("tense"), aspect=first.get("aspect"),
        polarity=first.get("polarity"), modality=first.get("modality"), pos=first.get("pos"),
    )


def _tlink(element: ET.Element, docid: str) -> GoldTLink:
    return GoldTLink(
        lid=_required(element, "lid", docid),
        rel_type=_required(element, "relType", docid),
        source=_one_of(element, ("eventInstanceID", "timeID"), docid),
        target=_one_of(element, ("relatedToEventInstance", "relatedToTime"), docid),
    )


def _parse(source: Path | str) -> tuple[ET.Element, str, Path | None]:
    if isinstance(source, Path):
        name = source.stem
        data: str | bytes = source.read_bytes()
    elif isinstance(source, str):
        name, data = "", source
        if not source.lstrip().startswith("<"):
            raise TimeMLError("read_timeml() takes TimeML markup or a pathlib.Path, not a path str")
    else:
        raise TypeError(f"read_timeml() takes a pathlib.Path or a str, not {type(source).__name__}")
    try:
        return ET.fromstring(data), name, source if isinstance(source, Path) else None
    except ET.ParseError as exc:
        raise TimeMLError(f"{name or 'document'}: not well-formed XML: {exc}") from exc


def read_timeml(source: Path | str) -> TimeMLDocument:
    """Read one TimeML document from a file (a `Path`) or from its markup (a str).

    Only TIMEX3s and EVENTs inside ``<TEXT>`` are kept; ``<DCT>`` gives the
    dateline (the first ten characters of its value).  SIGNALs and any other
    tags inside ``<TEXT>`` are stripped, keeping their text.
    """
    root, name, path = _parse(source)
    docid_element = root.find("DOCID")
    docid = name if docid_element is None else "".join(docid_element.itertext()).strip()
    text_element = root.find("TEXT")
    if text_element is None:
        raise TimeMLError(f"{docid or 'document'}: no <TEXT> element")
    text, tagged = _flatten(text_element)
    tagged.sort(key=lambda t: (t.start, -t.end))
    instances: dict[str, list[ET.Element]] = {}
    for instance in root.iter("MAKEINSTANCE"):
        instances.setdefault(_required(instance, "eventID", docid), []).append(instance)
    return TimeMLDocument(
        docid=docid,
        text=text,
        dateline=_dateline(root, docid),
        timexes=tuple(_timex(t, text, docid) for t in tagged if t.element.tag == "TIMEX3"),
        events=tuple(
            _event(t, text, instances.get(_required(t.element, "eid", docid), []), docid)
            for t in tagged
            if t.element.tag == "EVENT"
        ),
        tlinks=tuple(_tlink(link, docid) for link in root.iter("TLINK")),
        path=path,
        dct=_dct_timex(root, docid),
    )


def _tml_files(location: Path) -> Iterator[Path]:
    if location.is_file():
        yield location
    elif location.is_dir():
        yield from location.glob("*.tml")
    else:
        raise FileNotFoundError(f"no such file or directory: {location}")


def read_corpus(*locations: Path | str) -> list[TimeMLDocument]:
    """Read every ``*.tml`` file of the given directories (or single files), sorted by path."""
    paths = sorted({p for loc in locations for p in _tml_files(Path(loc))})
    return [read_timeml(p) for p in paths]


# --------------------------------------------------------------------------- writing

# Characters XML 1.0 cannot carry at all, not even as character references.
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# ``\r`` would be read back as ``\n``: keep it as a character reference.
_TEXT_ENTITIES: Mapping[str, str] = {"\r": "&#13;"}
_ATTRIBUTE_ENTITIES: Mapping[str, str] = {
    '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;",
}


def _checked(text: str) -> str:
    bad = _NOT_XML.search(text)
    if bad is not None:
        raise TimeMLError(f"character {bad.group()!r} at offset {bad.start()} not allowed in XML")
    return text


def _xml_text(text: str) -> str:
    return escape(_checked(text), _TEXT_ENTITIES)


def _element(tag: str, attributes: Mapping[str, str | None], content: str | None = None) -> str:
    written = " ".join(
        f'{key}="{escape(_checked(value), _ATTRIBUTE_ENTITIES)}"'
        for key, value in attributes.items()
        if value is not None
    )
    if content is None:
        return f"<{tag} {written}/>"
    return f"<{tag} {written}>{_xml_text(content)}</{tag}>"


def _timex3(attributes: Mapping[str, str | None], content: str) -> str:
    return _element("TIMEX3", attributes, content)


def _fresh_ids(ids: Sequence[str], prefix: str, reserved: frozenset[str] = frozenset()) -> list[str]:
    """Each id kept when it is non-empty, not reserved and not taken by an earlier one; else an unused ``prefixN``."""
    taken = set(ids) | reserved
    spare = (f"{prefix}{n}" for n in itertools.count(1))
    fresh = (name for name in spare if name not in taken)
    kept: set[str] = set()
    out = []
    for name in ids:
        name = name if name and name not in reserved and name not in kept else next(fresh)
        kept.add(name)
        out.append(name)
    return out


# TimeML 1.2 tenses: ours, with a loosely governed past as PAST and a modal ("would") as NONE.
_TIMEML_TENSE = {"PAST_LOOSE": "PAST", "MODAL": "NONE"}


def timeml_tense(tense: str) -> str:
    """An `Event.tense` as a TimeML 1.2 tense: PAST_LOOSE is
    PAST, MODAL is NONE (TimeML writes the modal word as ``modality``), the others are the same."""
    return _TIMEML_TENSE.get(tense, tense)


def _written_events(timeline: Timeline) -> list[Event]:
    """The events written as EVENT elements, in text order: those whose trigger overlaps no expression
    (an EVENT cannot cross a TIMEX3; the library never finds such a trigger, but the model allows one)."""
    spans = [(x.start, x.end) for x in timeline.expressions]
    starts = [x0 for x0, _ in spans]

    def clear(e: Event) -> bool:
        i = bisect.bisect_left(starts, e.trigger_end) - 1  # the last expression starting before the trigger ends
        return i < 0 or spans[i][1] <= e.trigger_start

    return sorted((e for e in timeline.events if clear(e)), key=lambda e: e.trigger_start)


def _dct_relation(event: Event, dateline: dt.date) -> str | None:
    """The TLINK relType of ``event`` to the DCT; OVERLAP becomes IS_INCLUDED (inside the dateline's day)
    or INCLUDES (any other overlap: a present state, "this week")."""
    if event.relation is Relation.VAGUE:
        return None
    if event.relation is not Relation.OVERLAP:
        return "BEFORE" if event.relation is Relation.BEFORE else "AFTER"
    iv = event.interval
    inside = iv is not None and day_start(dateline) <= iv.start and iv.end <= day_end(dateline)
    return "IS_INCLUDED" if inside else "INCLUDES"


def _tlinks(
    timeline: Timeline, events: Sequence[Event], tids: Mapping[TimeExpression, str]
) -> list[tuple[str, str, str, str]]:
    """(relType, source eiid, target attribute, target) of every link from the events' anchors, in event order;
    the i-th event's instance is ``ei{i+1}``."""
    by_eid: dict[str, str] = {}
    for n, e in enumerate(events, start=1):
        by_eid.setdefault(e.eid, f"ei{n}")
    links: list[tuple[str, str, str, str]] = []
    for n, e in enumerate(events, start=1):
        eiid = f"ei{n}"
        if e.time is not None:
            links.append(("DURING" if e.time.type is TimexType.DURATION else "IS_INCLUDED", eiid, "relatedToTime",
                          tids[e.time]))
        if e.earliest_from is not None:
            links.append(("BEGUN_BY", eiid, "relatedToTime", tids[e.earliest_from]))
        if e.latest_from is not None:
            links.append(("ENDED_BY", eiid, "relatedToTime", tids[e.latest_from]))
        dct = None if timeline.dateline is None else _dct_relation(e, timeline.dateline)
        if dct is not None:
            links.append((dct, eiid, "relatedToTime", "t0"))
        links.extend(("AFTER", eiid, "relatedToEventInstance", by_eid[other]) for other in e.follows if other in by_eid)
    return links


def to_timeml(timeline: Timeline, docid: str = "doc") -> str:
    """Write ``timeline`` as a TimeML 1.2 document that [`read_timeml`][timeline.timeml.read_timeml] (and other TimeML tools) read.

    * ``<DCT>``: the dateline (tid ``t0``), when there is one;
    * ``<TIMEX3>``: every expression, inline in ``<TEXT>`` (its tid kept unless empty or ``t0``);
    * ``<EVENT>``: every event's trigger, inline (its eid kept unless empty or repeated), with
      its ``class`` (`Event.cls`) and one ``<MAKEINSTANCE>``
      (``ei1``, ``ei2`` ... in text order) carrying its tense ([`timeml_tense`][timeline.timeml.timeml_tense]), aspect,
      polarity, modality (only when it has one) and part of speech;
    * ``<TLINK>``: from each event's anchors: ``IS_INCLUDED`` its time (``DURING`` a duration),
      ``BEGUN_BY`` / ``ENDED_BY`` the expressions its bounds come from, its relation to the DCT
      (BEFORE, AFTER; an overlap as IS_INCLUDED or INCLUDES; none when VAGUE), and ``AFTER`` each
      event it follows.

    An event whose trigger overlaps an expression (the model allows it; the library never finds
    one) is left out with its links.  Raises [`TimeMLError`][timeline.timeml.TimeMLError] when the text holds a character
    XML cannot carry (a NUL or another C0 control character).
    """
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<TimeML>",
        f"<DOCID>{_xml_text(docid)}</DOCID>",
    ]
    if timeline.dateline is not None:
        d = timeline.dateline
        is_time = isinstance(d, dt.datetime)
        dct = _timex3(
            {
                "tid": "t0",
                "type": "TIME" if is_time else "DATE",
                "value": d.strftime("%Y-%m-%dT%H:%M") if is_time else d.isoformat(),
                "temporalFunction": "false",
                "functionInDocument": "CREATION_TIME",
            },
            d.isoformat(),
        )
        head.append(f"<DCT>{dct}</DCT>")
    tids = dict(zip(timeline.expressions, _fresh_ids([x.tid for x in timeline.expressions], "t", frozenset({"t0"})),
                    strict=True))
    events = _written_events(timeline)
    eids = _fresh_ids([e.eid for e in events], "e")
    # Inline tags in text order: (start, end, element) of every TIMEX3 and EVENT; none overlap.
    tags = [
        (x.start, x.end, _timex3({"tid": tids[x], "type": x.type.value, "value": x.value, "mod": x.mod}, x.text))
        for x in timeline.expressions
    ] + [
        (e.trigger_start, e.trigger_end, _element("EVENT", {"eid": eid, "class": e.cls}, e.trigger))
        for eid, e in zip(eids, events, strict=True)
    ]
    tags.sort()
    body: list[str] = []
    last = 0
    for start, end, element in tags:
        body.append(_xml_text(timeline.text[last:start]))
        body.append(element)
        last = end
    body.append(_xml_text(timeline.text[last:]))
    instances = [
        _element("MAKEINSTANCE", {
            "eventID": eid, "eiid": f"ei{n}", "tense": timeml_tense(e.tense), "aspect": e.aspect,
            "polarity": e.polarity, "modality": e.modality, "pos": e.kind,
        })
        for n, (eid, e) in enumerate(zip(eids, events, strict=True), start=1)
    ]  # fmt: skip
    links = [
        _element("TLINK", {"lid": f"l{n}", "relType": rel, "eventInstanceID": source, kind: target})
        for n, (rel, source, kind, target) in enumerate(_tlinks(timeline, events, tids), start=1)
    ]
    return "\n".join([*head, f"<TEXT>{''.join(body)}</TEXT>", *instances, *links, "</TimeML>", ""])
