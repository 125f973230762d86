"""CI gate: the TempEval-3 figures must not fall more than 0.5 points below docs/accuracy.md.

Runs only when ../shared/tempeval3 sits beside the checkout; otherwise it says so and passes.
The committed figures are the machine-readable line in docs/accuracy.md:
<!-- figures: relaxed_f1=NN.N value_f1=NN.N -->
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "tempeval3"
TOLERANCE = 0.5


def main() -> int:
    if not CORPUS.is_dir():
        print(f"accuracy gate: {CORPUS} not found; skipping the TempEval-3 evaluation")
        return 0
    line = re.search(r"<!-- figures: (?P<pairs>[^>]*) -->", (ROOT / "docs" / "accuracy.md").read_text())
    if line is None:
        print("accuracy gate: no '<!-- figures: ... -->' line in docs/accuracy.md")
        return 1
    committed = {k: float(v) for k, v in re.findall(r"(?P<k>\w+)=(?P<v>[\d.]+)", line.group("pairs"))}
    out = subprocess.run(
        [sys.executable, "-m", "timeline.evaluate", str(CORPUS / "TimeBank"), str(CORPUS / "AQUAINT"), "--json"],
        capture_output=True, text=True, check=True,
    ).stdout
    timex = json.loads(out)["timex"]
    measured = {"relaxed_f1": 100 * timex["relaxed_f1"], "value_f1": 100 * timex["value_f1"]}
    failed = False
    for key, floor in committed.items():
        got = measured[key]
        ok = got >= floor - TOLERANCE
        failed |= not ok
        print(f"accuracy gate: {key} {got:.1f} (committed {floor:.1f}, tolerance {TOLERANCE}) {'ok' if ok else 'FAIL'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
