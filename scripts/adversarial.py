"""Adversarial scaling: build_timeline on hostile inputs of 10 KB, 100 KB and 1 MB.

    python scripts/adversarial.py [--sizes 10000,100000,1000000] [--only NAME]

Not a test (timing is noisy on a shared machine); docs/reliability.md holds the last run.
For each input it prints the seconds per size and the ratio of consecutive sizes: a 10x
larger input should take about 10x the time (linear), never 100x (quadratic).  Each size is
timed twice: as callers run it, and with Python's cyclic garbage collector paused (``gc``
on/off), to tell the collector's share from the rest.  The counted work per character is the
deterministic counterpart (tests/test_reliability.py).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import time
from collections.abc import Callable

from timeline import build_timeline

_WEEKDAYS = ("Monday ", "Tuesday ", "Wednesday ", "Thursday ", "Friday ", "Saturday ", "Sunday ")
_SENTENCE = "The minister said on Monday that prices rose 3% in January, a year after the 2021 vote. "


def _fill(chunk: str) -> Callable[[int], str]:
    return lambda n: (chunk * (n // len(chunk) + 1))[:n]


INPUTS: dict[str, Callable[[int], str]] = {
    "digit run": _fill("1234567890"),
    "digit groups 1,000,": _fill("1,000,"),
    "one long number 1,000,000,...": lambda n: ("1" + ",000" * (n // 4 + 1))[:n],
    "Jan. Jan. Jan.": _fill("Jan. "),
    "weekday names": _fill("".join(_WEEKDAYS)),  # 10 KB holds about 1,100 names, 1 MB about 110,000
    "deep punctuation ((((": _fill("(((([[[{{{"),
    "dots": _fill("."),
    "quotes and dashes": _fill("\"'-\u2014\u201c"),
    "near-miss numbers 12: 1/ '9": _fill("12: 1/ '9 1- "),
    "one line of news": _fill(_SENTENCE),  # no line break at all: one 1 MB line
    "one sentence, no punctuation": _fill("he said prices rose on Monday and fell a year earlier and "),
    "many short lines": _fill("Jan. 5\nMonday.\n\n3 p.m.\r\n"),
    "no spaces": _fill("Jan.19,2023Monday1990snextweek"),
}


def measure(make: Callable[[int], str], size: int, collector: bool) -> float:
    text = make(size)
    gc.collect()
    if not collector:
        gc.disable()
    try:
        start = time.perf_counter()
        build_timeline(text, "2023-01-31")
        return time.perf_counter() - start
    finally:
        gc.enable()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    build_timeline("warm up: Jan. 19, Monday, 3 p.m., the 1990s.", "2023-01-31")
    print(f"{'input':30}{'gc':>4}" + "".join(f"{s:>12,}" for s in sizes) + "   ratios to the previous size")
    for name, make in INPUTS.items():
        if args.only and args.only not in name:
            continue
        for collector in (True, False):
            times = [measure(make, s, collector) for s in sizes]
            ratios = [b / a if a > 0 else float("nan") for a, b in itertools.pairwise(times)]
            label = name if collector else ""
            print(f"{label:30}{'on' if collector else 'off':>4}" + "".join(f"{t:11.3f}s" for t in times)
                  + "   " + "  ".join(f"{r:5.1f}" for r in ratios), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
