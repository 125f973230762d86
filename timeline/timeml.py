"""Read and write TimeML 1.2 (the format of TimeBank, AQUAINT and TempEval-3).

:func:`read_timeml` turns one ``.tml`` document into a frozen
:class:`TimeMLDocument`: the plain text of its ``<TEXT>`` element (tags
stripped, entities unescaped), the dateline from ``<DCT>``, and the gold
TIMEX3s, EVENTs and TLINKs with character offsets into that text.
:func:`to_timeml` writes a :class:`~timeline._model.Timeline` back as TimeML,
so that reading the output gives the same expressions.

Only the standard library parses: :mod:`xml.etree.ElementTree`.  The XML
parser normalizes line ends (``\\r\\n`` becomes ``\\n``), so offsets refer to
the parsed text, never to the raw file.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

import attrs

from ._errors import TimelineError
from ._model import Timeline

__all__ = [
    "GoldEvent",
    "GoldTLink",
    "GoldTimex",
    "TimeMLDocument",
    "TimeMLError",
    "read_corpus",
    "read_timeml",
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
    ``tense`` and ``aspect`` come from the first instance, or from the EVENT
    itself, and are None when neither gives them.
    """

    eid: str
    eiids: tuple[str, ...]
    start: int
    end: int
    text: str
    cls: str
    tense: str | None = None
    aspect: str | None = None


@attrs.frozen
class GoldTLink:
    """A gold TLINK; ``source``/``target`` are ids as written (``ei12``, ``t3``, ``t0`` = DCT)."""

    lid: str
    rel_type: str
    source: str
    target: str


@attrs.frozen
class TimeMLDocument:
    """One TimeML document.  ``text`` is what :func:`timeline.build_timeline` reads."""

    docid: str
    text: str = attrs.field(repr=False)
    dateline: dt.date | None
    timexes: tuple[GoldTimex, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    tlinks: tuple[GoldTLink, ...] = ()
    path: Path | None = None

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
    """Read one TimeML document from a file (a :class:`~pathlib.Path`) or from its markup (a str).

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


def _timex3(attributes: Mapping[str, str | None], content: str) -> str:
    written = " ".join(
        f'{key}="{escape(_checked(value), _ATTRIBUTE_ENTITIES)}"'
        for key, value in attributes.items()
        if value is not None
    )
    return f"<TIMEX3 {written}>{_xml_text(content)}</TIMEX3>"


def _fresh_tids(timeline: Timeline) -> list[str]:
    """Each expression's tid, replaced by an unused ``tN`` when empty or clashing with ``t0``."""
    taken = {x.tid for x in timeline.expressions} | {"t0"}
    spare = (f"t{n}" for n in range(1, len(taken) + len(timeline.expressions) + 1))
    fresh = (tid for tid in spare if tid not in taken)
    return [x.tid if x.tid and x.tid != "t0" else next(fresh) for x in timeline.expressions]


def to_timeml(timeline: Timeline, docid: str = "doc") -> str:
    """Write ``timeline`` as a TimeML document: its text with the expressions inline as TIMEX3.

    The dateline becomes the ``<DCT>`` (tid ``t0``) when there is one; events
    are not written.  Raises :class:`TimeMLError` when the text holds a
    character XML cannot carry (a NUL or another C0 control character).
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
    body: list[str] = []
    last = 0
    for tid, x in zip(_fresh_tids(timeline), timeline.expressions, strict=True):
        body.append(_xml_text(timeline.text[last : x.start]))
        attributes = {"tid": tid, "type": x.type.value, "value": x.value, "mod": x.mod}
        body.append(_timex3(attributes, x.text))
        last = x.end
    body.append(_xml_text(timeline.text[last:]))
    return "\n".join([*head, f"<TEXT>{''.join(body)}</TEXT>", "</TimeML>", ""])
