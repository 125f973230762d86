"""``python -m timeline ARTICLE``: print an article's timeline as a table, JSON or an HTML page.

``python -m timeline batch INPUT.jsonl --out OUT.jsonl``: timelines of a whole archive (see ``_batch``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ._api import build_timeline
from ._errors import TimelineError
from ._html import flags, render_html
from ._model import Event, Timeline

_HEADER = ("when", "relation", "class", "mark", "trigger", "event")


def _row(e: Event) -> tuple[str, ...]:
    when = e.time.value if e.time is not None else "-"
    text = " ".join(e.text.split())
    return (
        when,
        e.relation.value,
        e.cls,
        " ".join(flags(e)),
        e.trigger,
        text if len(text) <= 90 else text[:87] + "...",
    )


def format_table(tl: Timeline, *, asserted_only: bool = True, reporting: bool = True) -> str:
    """A readable table: one row per event, dated events first in time order, with its class and
    its marks (``NEG`` when negated, the modal word when hypothetical).

    With ``asserted_only`` (the default) the events the text does not assert are left out of the
    timeline and listed apart after it, saying how many; ``reporting=False`` hides the REPORTING
    events and says how many it hid.
    """
    shown = [e for e in tl.events if reporting or e.cls != "REPORTING"]
    apart = [e for e in shown if asserted_only and not e.asserted]
    placed = [e for e in shown if not (asserted_only and not e.asserted)]
    rows = [_HEADER, *map(_row, placed)]
    rows_apart = [_HEADER, *map(_row, apart)]
    widths = [max(len(r[i]) for r in rows + rows_apart) for i in range(len(_HEADER) - 1)]

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


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["batch"]:
        from ._batch import main as batch_main  # imported on demand: the one-article command stays light

        return batch_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m timeline", description=__doc__)
    parser.add_argument("article", help="a text file; '-' reads standard input")
    parser.add_argument("--dateline", help="ISO date of the article (default: detected from its head)")
    parser.add_argument("--format", choices=("table", "json", "html"), default="table")
    parser.add_argument(
        "--kind", choices=("auto", "news", "narrative", "schedule"), default="auto",
        help="how to read the text: news (against the dateline), narrative (against the story's own "
        "time), schedule (bare dates look forward); auto (default) picks news or narrative",
    )
    parser.add_argument(
        "--dayfirst", action=argparse.BooleanOptionalAction, default=None,
        help="read a date in digits whose order the text does not fix ('3/4/2025') day-first (--dayfirst) or "
        "month-first (--no-dayfirst); default: month-first unless only day-first is a date ('13/03/2025')",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        dest="all_events",
        help="table and html: keep negated and hypothetical events in the timeline, marked (default: listed apart)",
    )
    parser.add_argument(
        "--no-reporting",
        action="store_false",
        dest="reporting",
        help="table and html: hide reporting events (class REPORTING: said, told ...)",
    )
    args = parser.parse_args(argv)
    try:
        if args.article == "-":
            text = sys.stdin.read()
        else:
            with open(args.article, encoding="utf-8") as f:
                text = f.read()
    except OSError as exc:
        print(f"error: cannot read {args.article}: {exc.strerror}", file=sys.stderr)
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
