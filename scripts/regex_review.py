"""Inventory of every regular expression the library compiles, with a backtracking check.

    python scripts/regex_review.py [--json]

Wraps ``re._compile`` before ``timeline`` is imported, so it sees every pattern: module-level
ones, the combined rule scans and the inline ``re.search(r"...")`` calls reached while the
corpus sentences (tests/corpus) are processed.  For each pattern it reports the star height:
how deeply unbounded repeats (``*``, ``+``, ``{n,}``) nest.  Height 2 (``(a+)+``) is the
shape of catastrophic backtracking; tests/test_reliability.py keeps every pattern at height 1
or in the reviewed list below.  docs/reliability.md has the review.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

try:
    import re._constants as C  # type: ignore[import-not-found,unused-ignore]
    import re._parser as P  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef,unused-ignore]
    import sre_parse as P  # type: ignore[no-redef,unused-ignore]

ROOT = Path(__file__).resolve().parent.parent

# Patterns with nested unbounded repeats that cannot backtrack catastrophically, and why.
REVIEWED = {
    # TIMEX3 durations: each repetition must end with a unit letter, which no digit matches,
    # so there is one way to split the input; and it only reads the library's own short values.
    r"P(?:(?P<date>(?:(?:\d+(?:\.\d+)?|X)[YMWDLCE])+)": "unit letter ends each repetition",
    # Event tokenizer: each repetition of (?:[.,:/]\d+)* starts with a separator, which \d
    # never matches: one way to split the input.
    r"(?=\S)(?:``|''|[A-Za-z][A-Za-z'\u2019-]*|\d+(?:[.,:/]\d+)*|\S)": "separator starts each repetition",
    # The same tokens with the spaces before each (tokenize's one findall): \s* is no nested repeat, and
    # tokenize ends the scan at a non-space, so \s* never reads a run of spaces that no token follows.
    r"\s*(?:``|''|[A-Za-z][A-Za-z'\u2019-]*|\d+(?:[.,:/]\d+)*|\S)": "separator starts each repetition",
}

_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op)


def star_height(tree: Any) -> int:
    """How deeply unbounded repeats nest in a parsed pattern."""
    best = 0
    for op, av in tree:
        if op in _REPEATS:
            _, high, sub = av
            best = max(best, star_height(sub) + (high == C.MAXREPEAT))
        elif op is C.SUBPATTERN:
            best = max(best, star_height(av[-1]))
        elif op is C.BRANCH:
            best = max([best, *(star_height(b) for b in av[1])])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            best = max(best, star_height(av[1]))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            best = max(best, star_height(av))
    return best


def inventory() -> list[dict[str, Any]]:
    """Every pattern compiled from inside ``timeline``: text, flags, first place, star height."""
    seen: dict[tuple[str, int], str] = {}
    original = re._compile  # type: ignore[attr-defined]

    def spy(pattern: Any, flags: Any) -> Any:
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] == "re":
            frame = frame.f_back  # type: ignore[assignment]
        module = frame.f_globals.get("__name__", "") if frame is not None else ""
        if module.startswith("timeline") and isinstance(pattern, str):
            seen.setdefault((pattern, int(flags)), f"{module}:{frame.f_lineno}")
        return original(pattern, flags)

    if "timeline" in sys.modules:
        raise RuntimeError("run in a fresh interpreter: timeline is already imported")
    re._compile = spy  # type: ignore[attr-defined]
    try:
        import timeline
        from timeline import _extract

        sys.path.insert(0, str(ROOT / "tests"))
        from test_fuzz import SEEDS

        _extract._compiled()
        for text in SEEDS:
            timeline.build_timeline(text, "2023-01-31")
            timeline.build_timeline(text)
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return [
        {"pattern": p, "flags": f, "where": where, "star_height": star_height(P.parse(p, f))}
        for (p, f), where in sorted(seen.items(), key=lambda kv: kv[1])
    ]


def reviewed(pattern: str) -> str | None:
    return next((why for start, why in REVIEWED.items() if pattern.startswith(start)), None)


def main() -> int:
    found = inventory()
    if "--json" in sys.argv:
        print(json.dumps(found))
        return 0
    for row in found:
        note = reviewed(row["pattern"]) or ""
        print(f"{row['where']:24} height {row['star_height']}  {row['pattern'][:90]!r} {note}")
    bad = [r for r in found if r["star_height"] > 1 and not reviewed(r["pattern"])]
    print(f"{len(found)} patterns; {sum(r['star_height'] > 1 for r in found)} with nested repeats, "
          f"{len(bad)} of them not reviewed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
