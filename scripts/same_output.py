"""Does the working tree give the same timelines as an earlier commit?  The check behind every
"output byte-identical" in docs/performance.md's speed rounds.

    python scripts/same_output.py --base 7677d39 --corpus ../shared/tempeval3 [--cases 3000] [--seed 7]

It exports ``timeline/`` at ``--base`` (``git archive``) to a scratch folder and builds, with both
versions in fresh processes: every corpus document with its own dateline, and ``--cases`` texts
made from corpus sentences shuffled and cut with time phrases, quotes, contractions and
abbreviations inserted at random places, a fifth of them with the dateline left to detection.
It compares ``to_json()`` (or the error a call raised) case by case and prints the first cases
that differ.  Exit status 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What the generated cases insert: the places speed work has cut corners before (sentence ends,
# quotes, contractions, coordinated and superseded times, weekdays whose tense is looked up).
_INSERTS = (
    "Monday", "last week", "Jan. 19", "since Tuesday", "had been due to expire Friday", "'s", "\u2019", " -- ", "; ",
    "''", "``", " said ", " will ", "1998", "10:30 a.m.", "Mr.", "U.S.", " a year earlier", " this weekend",
    "Christmas", " and 25", "\n\n", "won't", "he'd", "(", ")", "\u201c", "\u201d",
)

_BUILD = """
import json, sys
from timeline import TimelineError, build_timeline
out = []
for text, day in json.load(open(sys.argv[1], encoding="utf-8")):
    try:
        out.append(build_timeline(text, day).to_json())
    except TimelineError as error:
        out.append(f"{type(error).__name__}: {error}")
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"))
"""


def cases(corpus: Path, n: int, seed: int) -> list[tuple[str, str | None]]:
    sys.path.insert(0, str(ROOT))
    from timeline.timeml import read_corpus

    docs = read_corpus(corpus / "TimeBank", corpus / "AQUAINT")
    out: list[tuple[str, str | None]] = [(d.text, d.dateline.isoformat() if d.dateline else None) for d in docs]
    sentences = [s for d in docs for s in d.text.replace("\n\n", "\n").split(". ") if s.strip()]
    rng = random.Random(seed)
    for _ in range(n):
        text = ". ".join(rng.choice(sentences) for _ in range(rng.randint(1, 12)))
        for _ in range(rng.randint(0, 40)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(_INSERTS) + text[at:]
        day = f"{rng.randint(1900, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append((text, day if rng.random() < 0.8 else None))
    return out


def build(pythonpath: Path, inputs: Path, output: Path) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    subprocess.run([sys.executable, "-c", _BUILD, str(inputs), str(output)], env=env, check=True, cwd=tempfile.gettempdir())
    result: list[str] = json.loads(output.read_text(encoding="utf-8"))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--corpus", type=Path, required=True, help="the TempEval-3 folder (TimeBank/, AQUAINT/)")
    parser.add_argument("--cases", type=int, default=3000, help="generated texts besides the corpus")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="timeline-same-") as scratch:
        work = Path(scratch)
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(["git", "archive", args.base, "timeline"], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
        inputs = cases(args.corpus.resolve(), args.cases, args.seed)
        (work / "cases.json").write_text(json.dumps(inputs), encoding="utf-8")
        before = build(base, work / "cases.json", work / "before.json")
        after = build(ROOT, work / "cases.json", work / "after.json")
    differ = [k for k, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    print(f"{len(inputs)} cases ({len(inputs) - args.cases} corpus documents, {args.cases} generated): {len(differ)} differ")
    for k in differ[:5]:
        text, day = inputs[k]
        print(f"  case {k}, dateline {day}: {text[:200]!r}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
