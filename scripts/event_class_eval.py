"""Measure ``timeline._event_class.event_class`` against the gold EVENT classes of TimeBank and AQUAINT.

Throwaway: for each ``.tml`` file, analyse the text (gold TIMEX3 spans as the times), take the
mentions and the candidates, match each gold EVENT to the mention whose trigger overlaps it, and
count the class agreement over the matched events, per corpus, with a confusion table.

    python scripts/event_class_eval.py [/work/shared/tempeval3] [--errors N] [--times none]
"""

from __future__ import annotations

import argparse
import bisect
import collections
import sys
import time
from pathlib import Path

from timeline._event_class import event_class
from timeline._grammar import Mention, analyse
from timeline.timeml import read_corpus

CLASSES = ("OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION")


def _matched(text: str, gold_events: tuple, mentions: list[Mention]) -> list[tuple[object, Mention]]:
    triggers = sorted(mentions, key=lambda m: m.trigger_start)
    starts = [m.trigger_start for m in triggers]
    out = []
    for g in gold_events:
        k = bisect.bisect_right(starts, g.end) - 1
        while k >= 0 and triggers[k].trigger_end > g.start:
            m = triggers[k]
            if m.trigger_start < g.end:
                out.append((g, m))
                break
            k -= 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", nargs="?", default="/work/shared/tempeval3")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors per corpus")
    parser.add_argument("--times", choices=("gold", "none"), default="gold")
    args = parser.parse_args()
    elapsed = 0.0
    calls = 0
    totals = collections.Counter()
    for corpus in ("TimeBank", "AQUAINT"):
        docs = read_corpus(Path(args.root) / corpus)
        confusion: collections.Counter[tuple[str, str]] = collections.Counter()
        errors: list[str] = []
        gold_total = 0
        for doc in docs:
            times = [(t.start, t.end) for t in doc.timexes] if args.times == "gold" else []
            analysis = analyse(doc.text, times)
            mentions = list(analysis.mentions) + list(analysis.candidates)
            gold_total += len(doc.events)
            for g, m in _matched(doc.text, doc.events, mentions):
                t0 = time.perf_counter()
                got = event_class(doc.text, m)
                elapsed += time.perf_counter() - t0
                calls += 1
                confusion[g.cls, got] += 1
                if got != g.cls:
                    left = doc.text[max(0, m.trigger_start - 60) : m.trigger_start].replace("\n", " ")
                    right = doc.text[m.trigger_end : m.trigger_end + 30].replace("\n", " ")
                    errors.append(f"{g.cls:>10} <- {got:<10} {m.kind} {left}[{m.trigger}]{right}")
        n = sum(confusion.values())
        ok = sum(v for (a, b), v in confusion.items() if a == b)
        totals["n"] += n
        totals["ok"] += ok
        print(f"{corpus}: {ok}/{n} = {ok / n:.3f} (matched {n} of {gold_total} gold events)")
        print("gold \\ ours " + " ".join(f"{c[:6]:>6}" for c in CLASSES))
        for a in CLASSES:
            print(f"{a:>11} " + " ".join(f"{confusion[a, b]:>6}" for b in CLASSES))
        cells = sorted(((v, a, b) for (a, b), v in confusion.items() if a != b), reverse=True)[:8]
        print("biggest errors:", ", ".join(f"{a}->{b} {v}" for v, a, b in cells))
        for line in errors[: args.errors]:
            print("  ", line)
        print()
    print(f"all: {totals['ok']}/{totals['n']} = {totals['ok'] / totals['n']:.3f}")
    print(f"{elapsed / max(calls, 1) * 1e6:.2f} us per call", file=sys.stderr)


if __name__ == "__main__":
    main()
