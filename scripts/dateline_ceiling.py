"""How well could any rule keyed to an event's grammar predict the gold event-DCT relation?

For each gold TLINK between an event and the DCT (relations folded to BEFORE / AFTER / OVERLAP as
the event scorer folds them), this fits the majority relation per cell of the gold's OWN attributes
(tense; tense and aspect; tense, aspect and event class; the news source as well) on the very links
it then scores: an upper bound for a rule that sees those attributes and nothing else, since it is
fitted to the answers.  Used in docs/accuracy.md ("Why the targets are out of reach").

    python scripts/dateline_ceiling.py ../shared/tempeval3/TimeBank ../shared/tempeval3/AQUAINT
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable

from timeline.evaluation._events import fold_dateline_relation
from timeline.timeml import GoldEvent, read_corpus


def links(dirs: list[str]) -> list[tuple[str, GoldEvent, str]]:
    out = []
    for doc in read_corpus(*dirs):
        by_instance = {i: e for e in doc.events for i in e.eiids}
        for link in doc.tlinks:
            if link.target == "t0" and link.source in by_instance:
                event, source_side = by_instance[link.source], True
            elif link.source == "t0" and link.target in by_instance:
                event, source_side = by_instance[link.target], False
            else:
                continue
            relation = fold_dateline_relation(link.rel_type, event_is_source=source_side).value
            out.append((doc.docid, event, relation))
    return out


def _source(docid: str) -> str:
    found = re.match(r"[A-Za-z]+", docid)
    return found.group(0).upper() if found else docid


KEYS: dict[str, Callable[[str, GoldEvent], tuple[object, ...]]] = {
    "tense": lambda d, e: (e.tense,),
    "tense, aspect": lambda d, e: (e.tense, e.aspect),
    "tense, aspect, class": lambda d, e: (e.tense, e.aspect, e.cls),
    "source, tense, aspect, class": lambda d, e: (_source(d), e.tense, e.aspect, e.cls),
}


def main(argv: list[str]) -> None:
    rows = links(argv)
    print(f"{len(rows)} gold event-DCT links")
    for name, key in KEYS.items():
        cells: dict[tuple[object, ...], Counter[str]] = defaultdict(Counter)
        for docid, event, relation in rows:
            cells[key(docid, event)][relation] += 1
        right = sum(max(c.values()) for c in cells.values())
        print(f"majority per ({name}): {100 * right / len(rows):.1f}%  ({right}/{len(rows)}, {len(cells)} cells)")


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/tempeval3/TimeBank", "../shared/tempeval3/AQUAINT"])
