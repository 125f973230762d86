"""The command line: ``python -m timeline ARTICLE`` prints an article's timeline (a table, JSON or an
HTML page); ``python -m timeline batch INPUT.jsonl --out OUT.jsonl`` does a whole archive (``_batch``)."""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import os
import re
import sys
from collections.abc import Sequence

from . import __version__
from ._api import build_timeline
from ._errors import TimelineError
from ._html import flags, render_html
from ._model import Event, Timeline

DESCRIPTION = """\
Print a news article's timeline: its events in time order, each with the date the text gives it
or its place before, during or after the article's date (the dateline). The article is a plain
text file in English (UTF-8 by default; see --encoding). For a whole archive of articles in JSON
Lines, see: python -m timeline batch --help
"""

EPILOG = """\
examples:
  python -m timeline article.txt
  python -m timeline article.txt --dateline 2023-01-31 --format json
  cat article.txt | python -m timeline -
  python -m timeline article.txt --format html > article.html
exit status: 0 done, 2 bad arguments or an article that cannot be read.
"""

_HEADER = ("when", "relation", "class", "mark", "trigger", "event")
_BOUNDS = "bounds"


def _moment(t: dt.datetime) -> str:
    return t.date().isoformat() if t.time() == dt.time() else t.isoformat(timespec="minutes")


def _bounds(e: Event) -> str:
    """``from 2023-01-01`` (the earliest start), ``before 2022-01-01`` (the latest end), both, or "" (no bound)."""
    parts = ([f"from {_moment(e.earliest)}"] if e.earliest is not None else []) + (
        [f"before {_moment(e.latest)}"] if e.latest is not None else [])
    return ", ".join(parts)


def _row(e: Event, bounds: bool) -> tuple[str, ...]:
    # An undated event (no time, or a duration or a set with no calendar interval) shows "-": its
    # relation column places it; a duration is no date.
    when = e.time.value if e.time is not None and e.is_dated else "-"
    text = " ".join(e.text.split())
    return (
        when,
        *([_bounds(e)] if bounds else []),
        e.relation.value,
        e.cls,
        " ".join(flags(e)),
        e.trigger,
        text if len(text) <= 90 else text[:87] + "...",
    )


def format_table(tl: Timeline, *, asserted_only: bool = True, reporting: bool = True) -> str:
    """A readable table: one row per event, dated events first in time order, with its class and
    its marks (``NEG`` when negated, the modal word when hypothetical).  An undated event shows "-"
    as its time and its relation to the dateline; a ``bounds`` column (``from ...``, ``until ...``)
    is there when some event shown has bounds.

    With ``asserted_only`` (the default) the events the text does not assert are left out of the
    timeline and listed apart after it, saying how many; ``reporting=False`` hides the REPORTING
    events and says how many it hid.
    """
    shown = [e for e in tl.events if reporting or e.cls != "REPORTING"]
    apart = [e for e in shown if asserted_only and not e.asserted]
    placed = [e for e in shown if not (asserted_only and not e.asserted)]
    bounds = any(e.earliest is not None or e.latest is not None for e in shown)
    header = (*_HEADER[:1], _BOUNDS, *_HEADER[1:]) if bounds else _HEADER
    rows = [header, *(_row(e, bounds) for e in placed)]
    rows_apart = [header, *(_row(e, bounds) for e in apart)]
    widths = [max(len(r[i]) for r in rows + rows_apart) for i in range(len(header) - 1)]

    def line(r: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1]

    lines = [f"dateline: {tl.dateline.isoformat() if tl.dateline else 'unknown'}  (read as {tl.kind})", *map(line, rows)]
    if apart:
        n = len(apart)
        lines += [
            "",
            f"{n} negated or hypothetical event{'' if n == 1 else 's'} left out of the timeline above "
            "(--all keeps them in it):",
            *map(line, rows_apart),
        ]
    hidden = len(tl.events) - len(shown)
    if hidden:
        lines += ["", f"{hidden} reporting event{'' if hidden == 1 else 's'} hidden (--no-reporting)."]
    return "\n".join(lines)


# --------------------------------------------------------------------------- reading the article

_BOMS = (  # longest first: the UTF-32 little-endian mark starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")  # not tab, line feed, \v, \f, carriage return


class ArticleError(Exception):
    """An article file that cannot be read as text (its message is the reason, for ``error: ...``)."""


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {name}") from None


def decode_article(data: bytes, encoding: str | None = None) -> str:
    """The text of an article file's bytes, or `ArticleError` saying why there is none.

    A byte order mark decides (UTF-8, UTF-16, UTF-32); without one the text is ``encoding``
    (default UTF-8).  Bytes that are not text in that encoding, and a text with NUL characters or
    with more than 1 character in 100 a control character other than tab and line or page breaks,
    are refused (a binary file)."""
    marked = next((bom_encoding for bom, bom_encoding in _BOMS if data.startswith(bom)), None)
    if marked is None and encoding is None and (nul := data.find(b"\0", 0, 8192)) >= 0:
        raise ArticleError(f"a binary file, not text (a NUL byte at offset {nul})")
    name = marked or encoding or "utf-8"
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        hint = ""
        if marked is not None:
            hint = " (its byte order mark says it is)"
        elif encoding is None:
            hint = " (give its encoding with --encoding, for instance --encoding cp1252)"
        shown = name.removesuffix("-sig").upper() if name.startswith("utf") else name
        raise ArticleError(f"not {shown} text: byte 0x{bad} at offset {exc.start}{hint}") from None
    text = text.removeprefix("\ufeff")
    nul = text.find("\0")
    if nul >= 0:
        raise ArticleError(f"a binary file, not text (a NUL character at offset {nul})")
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls * 100 > len(text):
        raise ArticleError(f"a binary file, not text ({controls} control characters in {len(text)})")
    return text


def read_article(path: str, encoding: str | None = None) -> str:
    """The text of the article file at ``path`` ('-': standard input); `ArticleError` when
    it cannot be read or is not text (see `decode_article`)."""
    try:
        if path == "-":
            stdin = sys.stdin
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8", "surrogatepass")
        else:
            with open(path, "rb") as f:
                data = f.read()
    except OSError as exc:
        raise ArticleError(exc.strerror or str(exc)) from None
    return decode_article(data, encoding)


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["batch"]:
        from ._batch import main as batch_main  # imported on demand: the one-article command stays light

        return batch_main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="python -m timeline", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("article", help="the article: a text file, or - to read standard input")
    parser.add_argument(
        "--dateline", metavar="DATE",
        help="the article's date, as 2023-01-31 (default: found in the article's first lines)",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=("table", "json", "html"), default="table",
        help="table (default): one line per event; json: everything, for programs; html: a page with "
        "the timeline drawn, to save and open in a browser",
    )  # fmt: skip
    parser.add_argument(
        "--kind", choices=("auto", "news", "narrative", "schedule"), default="auto",
        help="how to read dates without a year: news (around the dateline), narrative (in the story's "
        "own time, as in a history), schedule (a bare date is the next one); auto (default) picks news "
        "or narrative",
    )  # fmt: skip
    parser.add_argument(
        "--dayfirst", action=argparse.BooleanOptionalAction, default=None,
        help="read a date in digits whose order the text does not fix (3/4/2025) day first (--dayfirst) or "
        "month first (--no-dayfirst); default: month first unless only day first is a date (13/03/2025)",
    )  # fmt: skip
    parser.add_argument(
        "--all", action="store_true", dest="all_events",
        help="table and html: keep negated and hypothetical events (\"did not leave\", \"may leave\") in "
        "the timeline, marked (default: listed apart after it)",
    )  # fmt: skip
    parser.add_argument(
        "--no-reporting", action="store_false", dest="reporting",
        help="table and html: hide reporting events (said, told ...)",
    )  # fmt: skip
    parser.add_argument(
        "--encoding", type=_encoding, metavar="NAME",
        help="the encoding of an article without a byte order mark, for instance latin-1 or cp1252 "
        "(default: UTF-8; UTF-8, UTF-16 and UTF-32 with a byte order mark are always recognized)",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    args = parser.parse_args(argv)
    try:
        text = read_article(args.article, args.encoding)
    except ArticleError as exc:
        name = "standard input" if args.article == "-" else args.article
        print(f"error: cannot read {name}: {exc}", file=sys.stderr)
        return 2
    try:
        tl = build_timeline(text, args.dateline, kind=args.kind, dayfirst=args.dayfirst)
    except TimelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for warning in tl.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        options = {"asserted_only": not args.all_events, "reporting": args.reporting}
        if args.format == "html":
            title = "standard input" if args.article == "-" else os.path.basename(args.article)
            print(render_html(tl, title=title, **options))
        else:
            print(tl.to_json() if args.format == "json" else format_table(tl, **options))
    except BrokenPipeError:  # "python -m timeline article.txt | head": the reader left
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
