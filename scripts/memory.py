"""Memory per character of dense news text: the figure behind ``build_timeline``'s default ``max_chars``.

    python scripts/memory.py [--corpus ../shared/tempeval3] [--size 1000000]

Dense news text: the TempEval-3 sentences (TimeBank and AQUAINT) that hold a gold TIMEX3, joined by
spaces and repeated up to ``--size`` characters (cut at a space), dateline that of the first
document.  One ``build_timeline`` call on it runs under ``tracemalloc``; printed: the characters,
the peak of Python's allocations during the call (the timeline it returns included) in MiB, and
that peak per character in bytes.  ``tracemalloc`` counts Python's own allocations, not the
process's resident memory (about 30 MiB more: the interpreter and the library's tables, see
docs/performance.md "Memory").  Not a test; docs/reliability.md cites its last run.
"""

from __future__ import annotations

import argparse
import re
import tracemalloc
from pathlib import Path

from timeline import build_timeline
from timeline.timeml import read_corpus

ROOT = Path(__file__).resolve().parent.parent
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def dense_text(corpus: Path, size: int) -> tuple[str, str | None]:
    """Sentences of the corpus that hold a gold time expression, repeated to ``size`` characters."""
    docs = read_corpus(corpus / "TimeBank", corpus / "AQUAINT")
    sentences: list[str] = []
    for doc in docs:
        start = 0
        for piece in [*_SENTENCE_END.split(doc.text)]:
            begin = doc.text.index(piece, start)
            end = start = begin + len(piece)
            if any(begin <= x.start and x.end <= end for x in doc.timexes):
                sentences.append(" ".join(piece.split()))
    block = " ".join(sentences)
    text = (block + " ") * (size // (len(block) + 1) + 1)
    text = text[: text.rindex(" ", 0, size + 1)]
    dateline = next((d.dateline for d in docs if d.dateline is not None), None)
    return text, None if dateline is None else dateline.isoformat()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "tempeval3")
    parser.add_argument("--size", type=int, default=1_000_000, help="characters (default: 1,000,000)")
    args = parser.parse_args()
    text, dateline = dense_text(args.corpus, args.size)
    build_timeline(text[:10_000], dateline)  # warm: compiled patterns and caches are not the text's cost
    tracemalloc.start()
    tl = build_timeline(text, dateline)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{len(text):,} characters, {len(tl.expressions):,} expressions, {len(tl.events):,} events")
    print(f"peak of Python allocations during build_timeline: {peak / 2**20:.1f} MiB, "
          f"{peak / len(text):.0f} bytes per character")


if __name__ == "__main__":
    main()
