"""Long fuzz run of build_timeline (not in CI; docs/reliability.md holds its last results).

    python scripts/fuzz.py [--minutes 12] [--seed 0]

Runs the checks of tests/test_fuzz.py (no exception for a str and a valid dateline, every
expression and event span equal to the text's own characters, JSON round trip) with
hypothesis over five input families in turn, each for its share of the time, then feeds
large inputs (mutated corpus sentences joined up to 1 MB).  Prints the number of inputs
tried per family, the largest input and its time, and every failure (hypothesis shrinks it
to a minimal example) -- then exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_fuzz import SEEDS, check  # noqa: E402  (the tests' own checks and corpus seeds)

from timeline.strategies import (  # noqa: E402
    AWKWARD,
    any_datelines,
    awkward_texts,
    mutated,
    news_texts,
    vocabulary_texts,
)

FAMILIES = {
    "arbitrary unicode": st.text(max_size=400),
    "vocabulary word salad": vocabulary_texts(max_words=80),
    "mutated corpus sentences": mutated(SEEDS),
    "awkward characters": awkward_texts(max_words=80),
    "news-like texts": news_texts(max_sentences=8),
}


def run_family(strategy: st.SearchStrategy[str], seconds: float, seed: int) -> tuple[int, list[str]]:
    """Batches of 500 examples, each batch its own hypothesis seed, until the time is up."""
    count = 0
    deadline = time.monotonic() + seconds
    failures: list[str] = []

    def prop(text: str, dateline: object) -> None:
        nonlocal count
        count += 1
        check(text, dateline)  # type: ignore[arg-type]

    batch = 0
    while time.monotonic() < deadline and not failures:
        test = settings(
            max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )(given(text=strategy, dateline=any_datelines())(prop))
        try:
            hypothesis_seed(seed * 100_000 + batch)(test)()
        except Exception:  # a real failure, already shrunk by hypothesis
            failures.append(traceback.format_exc(limit=6))
        batch += 1
    return count, failures


def run_large(seconds: float, seed: int) -> tuple[int, int, float, list[str]]:
    """Big inputs: corpus sentences joined with awkward separators, 10 KB to 1 MB."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    count, largest, largest_time, failures = 0, 0, 0.0, []
    sizes = [10_000, 100_000, 1_000_000]
    while time.monotonic() < deadline:
        size = sizes[count % len(sizes)]
        parts, n = [], 0
        while n < size:
            piece = rng.choice(SEEDS) + rng.choice([" ", "\n", "\r\n", "\n\n", rng.choice(AWKWARD)])
            parts.append(piece)
            n += len(piece)
        text = "".join(parts)[:size]
        start = time.perf_counter()
        try:
            check(text, rng.choice([None, "2023-01-31", "0001-01-01", "9999-12-31"]))
        except Exception:
            failures.append(traceback.format_exc(limit=6))
        took = time.perf_counter() - start
        count += 1
        if len(text) >= largest:
            largest, largest_time = len(text), max(took, largest_time if len(text) == largest else 0.0)
    return count, largest, largest_time, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=12.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    share = args.minutes * 60 / (len(FAMILIES) + 1)
    total, all_failures = 0, []
    started = time.monotonic()
    for name, strategy in FAMILIES.items():
        count, failures = run_family(strategy, share, args.seed)
        total += count
        all_failures += failures
        print(f"{name:26} {count:8d} inputs  {len(failures)} failures", flush=True)
    count, largest, largest_time, failures = run_large(share, args.seed)
    total += count
    all_failures += failures
    print(f"{'large (10 KB - 1 MB)':26} {count:8d} inputs  {len(failures)} failures", flush=True)
    print(f"total {total} inputs in {time.monotonic() - started:.0f} s; "
          f"largest input {largest:,} characters in {largest_time:.2f} s")
    for failure in all_failures:
        print("-" * 72 + "\n" + failure)
    return 1 if all_failures else 0


if __name__ == "__main__":
    sys.exit(main())
