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
from ._html import render_html
from ._model import Timeline


def format_table(tl: Timeline) -> str:
    """A readable table: one row per event, dated events first in time order."""
    rows = [("when", "relation", "trigger", "event")]
    for e in tl.events:
        when = e.time.value if e.time is not None else "-"
        text = " ".join(e.text.split())
        rows.append((when, e.relation.value, e.trigger, text if len(text) <= 90 else text[:87] + "..."))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [f"dateline: {tl.dateline.isoformat() if tl.dateline else 'unknown'}"]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r[:3], widths, strict=True)) + "  " + r[3])
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
        tl = build_timeline(text, args.dateline)
    except TimelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        if args.format == "html":
            print(render_html(tl, title="standard input" if args.article == "-" else os.path.basename(args.article)))
        else:
            print(tl.to_json() if args.format == "json" else format_table(tl))
    except BrokenPipeError:  # "python -m timeline article.txt | head": the reader left
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
