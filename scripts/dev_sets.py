"""Value accuracy on the two non-TimeML dev sets, for before/after figures of a change.

    python scripts/dev_sets.py [--shared ../shared]

* **WikiWars** (``wikiwars/wikiwars-dev.json``, TIMEX2 gold, narrative): relaxed extent matches (our
  expression overlaps a gold one), and of those the share whose value equals the gold value; also
  the value F1 over gold and system counts (gold spans marked ``unscored`` are left out of both).
* **Duckling** (``duckling/duckling_en.json``, one phrase per case): the suite scorer's headline,
  ``python -m timeline.evaluate --suite`` (:mod:`timeline.evaluation.suite`, schedule reading):
  value-correct of the scored phrases, with found and exact extent, holidays apart, and the
  negatives that yield nothing.  Run the command for the table by grain and ``--errors``.

Both read the data from ``../shared`` (never copied into the repository).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from timeline import build_timeline
from timeline.evaluation.suite import Tally, read_suite, score_suite


def wikiwars(path: Path) -> dict[str, float]:
    docs = json.loads(path.read_text(encoding="utf-8"))
    gold_n = sys_n = matched = right = 0
    for doc in docs:
        dateline = dt.date.fromisoformat(doc["dct"])
        tl = build_timeline(doc["text"], dateline)
        unscored = [(a, b) for a, b, *_ in doc.get("unscored", [])]
        ours = [x for x in tl.expressions if not any(x.start < b and a < x.end for a, b in unscored)]
        gold = doc["gold"]
        gold_n += len(gold)
        sys_n += len(ours)
        for a, b, _, value in gold:
            hit = next((x for x in ours if x.start < b and a < x.end), None)
            if hit is not None:
                matched += 1
                right += hit.value == value
    p, r = right / sys_n, right / gold_n
    return {"gold": gold_n, "system": sys_n, "relaxed matches": matched, "value correct": right,
            "value accuracy (of matches)": round(100 * right / matched, 1),
            "value F1": round(100 * 2 * p * r / (p + r), 1)}


def duckling(path: Path) -> dict[str, object]:
    result = score_suite(read_suite(path))
    scored, clean = result.scored, result.negatives
    holidays = Tally.of(result.group("scored", holiday=True))
    return {"reading": result.kind, "scored phrases": scored.n, "found": scored.found, "extent": scored.extent,
            "value correct": scored.value, "value share": round(scored.share(scored.value), 3),
            "of which lenient": scored.lenient, "holidays value": f"{holidays.value}/{holidays.n}",
            "negatives clean": f"{clean[0]}/{clean[1]}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    print("WikiWars", wikiwars(args.shared / "wikiwars" / "wikiwars-dev.json"))
    print("Duckling", duckling(args.shared / "duckling" / "duckling_en.json"))


if __name__ == "__main__":
    main()
