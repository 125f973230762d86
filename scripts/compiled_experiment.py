"""What compiling timeline's own source would buy (issue #5): an experiment, not a build option.

The library is pure Python and ships that way.  This script measures the road it does not take:
it copies the committed package (``git archive HEAD timeline seeds``: the bench reads the seed article) to a scratch folder, compiles its
pipeline modules with mypyc (the compiler that ships with mypy, which the dev extra installs; it
needs a C compiler and the Python headers), checks that the compiled copy gives byte-identical
``to_json()`` output on every corpus document, and runs ``python -m timeline.bench`` against it.

    python scripts/compiled_experiment.py --corpus ../shared/tempeval3 [--rounds 5] [--json PATH]

``_model`` stays interpreted: mypyc cannot compile attrs classes.  Nothing here changes the
repository; the scratch folder is removed at the end unless ``--keep DIR`` names it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The modules a corpus pass spends its time in (docs/performance.md), in dependency order.
COMPILED = ("_values", "_partial", "_rules", "_extract", "_resolve", "_direction", "_event_class", "_dateline", "_grammar", "_anchor", "_api")

_DIGEST = """
import hashlib, sys
from timeline import build_timeline, _grammar
from timeline.timeml import read_corpus
corpus = sys.argv[1]
digest = hashlib.sha256()
for doc in read_corpus(corpus + "/TimeBank", corpus + "/AQUAINT"):
    digest.update(build_timeline(doc.text, doc.dateline).to_json().encode())
print(digest.hexdigest(), "compiled" if _grammar.__file__.endswith(".so") else "interpreted")
"""


def _run(cmd: list[str], cwd: Path, pythonpath: Path | None = None) -> str:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="the TempEval-3 folder (TimeBank/, AQUAINT/)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, default=Path("bench-results-compiled.json"))
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    scratch = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="timeline-mypyc-"))
    try:
        scratch.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", "HEAD", "timeline", "seeds"], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(scratch)], input=archive.stdout, check=True)
        mypyc = shutil.which("mypyc", path=str(Path(sys.executable).parent)) or "mypyc"
        print(f"compiling {len(COMPILED)} modules with mypyc in {scratch} ...", flush=True)
        _run([mypyc, *(f"timeline/{name}.py" for name in COMPILED)], scratch)
        interpreted = _run([sys.executable, "-c", _DIGEST, str(corpus)], Path(tempfile.gettempdir()))
        compiled = _run([sys.executable, "-c", _DIGEST, str(corpus)], Path(tempfile.gettempdir()), scratch)
        print("to_json digest, interpreted:", interpreted.strip())
        print("to_json digest, compiled:   ", compiled.strip())
        if interpreted.split()[0] != compiled.split()[0]:
            sys.exit("the compiled copy's output differs: no figures reported")
        bench = [sys.executable, "-m", "timeline.bench", "--corpus", str(corpus), "--rounds", str(args.rounds),
                 "--json", str(args.json.resolve())]
        print(_run(bench, Path(tempfile.gettempdir()), scratch))
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
