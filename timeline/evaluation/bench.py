"""Benchmark: how fast ``build_timeline`` reads news text, next to ``dateparser.search_dates``.

This is a script, not a test: it never fails on slowness, it measures and
reports.  Run it from anywhere (the defaults are found from the package)::

    python -m timeline.bench                      # full run: a few minutes on 2 cores
    python -m timeline.bench --quick              # 2 rounds, no 10 MB scaling step
    python -m timeline.bench --no-dateparser      # timeline alone
    python -m timeline.bench --corpus DIR --rounds 7 --json results/abc123.json

dateparser is an optional dependency: ``pip install -e '.[bench]'``.

What it measures, all in one run:

throughput
    ``build_timeline(text, dateline)`` and ``dateparser.search_dates(text,
    languages=["en"], settings={"RELATIVE_BASE": dateline})`` over the *same*
    texts: every ``.tml`` document of the TempEval-3 corpus (``TimeBank/`` and
    ``AQUAINT/`` under ``--corpus``), and the seed article
    (``seeds/rourke_defends_baldwin_2023-01-31.txt``, dateline 2023-01-31,
    repeated so one pass is long enough to time).  When the corpus folder is
    absent, a synthetic long article made from the seed takes its place.  Both
    tools are warmed up once first (dateparser loads its language data on its
    first call).  Each round times one pass of each tool over each workload;
    the order alternates between rounds (timeline first, then dateparser first)
    so that drift of the machine is shared.  Reported: characters per second
    per round, median and spread (min-max and the interquartile range), and the
    ratio timeline/dateparser (above 1: timeline is faster), per round and its
    median.
startup
    In a fresh process (``sys.executable -c ...``), timed inside the child with
    ``time.perf_counter``: ``import timeline``, then the first
    ``build_timeline`` call on the seed article.  The same for ``import
    dateparser.search`` and its first ``search_dates`` call, for fairness.
    Repeated ``--rounds`` times (fresh processes each time); median and range.
memory
    Peak resident set size (``ru_maxrss`` of ``RUSAGE_SELF``) of a fresh
    process that imports timeline, reads the corpus and builds every
    document's timeline (each result dropped before the next); also its
    high-water mark after the import and after reading the corpus, so that the
    share of building can be read off.  On Linux ``ru_maxrss`` of an exec'd
    child starts from its parent's high-water mark, so the child is spawned
    first thing, while the benchmark process is small, and ``VmHWM`` (from
    ``/proc/self/status``, the child's own) is printed next to it.
scaling
    ``build_timeline`` on 10 KB, 100 KB, 1 MB and 10 MB of news text (the
    corpus articles concatenated, repeated as needed, cut at a whitespace just
    below the size; here KB and MB are 10**3 and 10**6 characters).  Reported:
    seconds and seconds per MB at each size, and the ratio of seconds per MB at
    the largest size to that at 100 KB.  Linear growth keeps that ratio near 1;
    the table flags a ratio above 1.5 as superlinear.  Each size runs in a
    fresh process (warmed up on the seed first); sizes below 1 MB are
    repeated (at least 3 times and 1 s) and the median taken, larger ones run
    once.  A step above 100 KB is stopped once it has run 1.5 times as long as
    linear growth from the 100 KB step predicts (at least 30 s): the verdict
    is certain by then, and the table shows the elapsed time as a lower bound
    (``>``).  ``--scaling-limit 0`` lets every step finish; ``--scaling-limit
    S`` stops any step after S seconds.

Results are printed as a table and written as JSON (``--json PATH``, default
``bench-results.json`` in the working directory) with the commit, date,
machine and versions, so that runs can be compared across commits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib.metadata
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import timeline
from timeline import build_timeline
from timeline.timeml import read_corpus

REPO_ROOT = Path(timeline.__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(timeline.__file__).resolve().parents[2] / "shared" / "tempeval3"
CORPUS_PARTS = ("TimeBank", "AQUAINT")
SEED_PATH = REPO_ROOT / "seeds" / "rourke_defends_baldwin_2023-01-31.txt"
SEED_DATELINE = dt.date(2023, 1, 31)

DEFAULT_ROUNDS = 5
QUICK_ROUNDS = 2
SEED_PASS_CHARS = 50_000  # the seed is repeated within a pass up to this many characters
SYNTHETIC_CHARS = 250_000  # length of the synthetic long article (used without the corpus)
SCALING_SIZES: tuple[tuple[str, int], ...] = (
    ("10 KB", 10_000),
    ("100 KB", 100_000),
    ("1 MB", 1_000_000),
    ("10 MB", 10_000_000),
)
SCALING_REPEAT_BELOW = 1_000_000  # sizes below this are repeated for at least ...
SCALING_MIN_SECONDS = 1.0  # ... this long (and at least 3 times); larger sizes run once
SUPERLINEAR = 1.5  # a ratio of s/MB above this is flagged
AUTO_LIMIT_MIN_S = 30.0  # an automatic scaling limit is never shorter than this

Doc = tuple[str, dt.date | None]


@dataclass(frozen=True)
class Workload:
    """Texts that both tools read in one pass; ``repeat`` passes over ``docs`` make one timed run."""

    name: str
    docs: tuple[Doc, ...]
    repeat: int = 1

    @property
    def chars(self) -> int:
        return self.repeat * sum(len(text) for text, _ in self.docs)

    @property
    def documents(self) -> int:
        return self.repeat * len(self.docs)


# --------------------------------------------------------------------------- inputs


def corpus_docs(corpus: Path) -> tuple[Doc, ...]:
    """(text, dateline) of every ``.tml`` document under ``corpus``/TimeBank and ``corpus``/AQUAINT."""
    parts = [corpus / part for part in CORPUS_PARTS]
    missing = [str(p) for p in parts if not p.is_dir()]
    if missing:
        raise FileNotFoundError(f"corpus {corpus}: missing {', '.join(missing)}")
    docs = tuple((d.text, d.dateline) for d in read_corpus(*parts))
    if not docs:
        raise FileNotFoundError(f"corpus {corpus}: no .tml files under {', '.join(CORPUS_PARTS)}")
    return docs


def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def synthetic_article(seed: str, size: int = SYNTHETIC_CHARS) -> str:
    """A long article made of the seed's paragraphs, repeated in a rotating order, cut near ``size``."""
    paragraphs = [p.strip() for p in seed.split("\n\n") if p.strip()]
    out: list[str] = []
    length = 0
    turn = 0
    while length < size:
        shift = turn % len(paragraphs)
        for p in paragraphs[shift:] + paragraphs[:shift]:
            out.append(p)
            length += len(p) + 2
        turn += 1
    return cut_at_whitespace("\n\n".join(out), size)


def cut_at_whitespace(text: str, size: int) -> str:
    """``text`` cut at the last whitespace at or before ``size`` characters."""
    if len(text) <= size:
        return text
    cut = size
    while cut > 0 and not text[cut].isspace():
        cut -= 1
    if cut < size - 1_000:
        raise ValueError(f"no whitespace within 1000 characters below {size}")
    return text[:cut]


def news_text(docs: Sequence[Doc], size: int) -> str:
    """``size`` characters (cut at a whitespace) of the articles concatenated, repeated as needed."""
    source = "\n\n".join(text for text, _ in docs)
    copies = size // (len(source) + 2) + 2
    return cut_at_whitespace("\n\n".join([source] * copies), size)


def workloads(corpus: Path | None) -> list[Workload]:
    """The corpus (or, without it, a synthetic long article) and the seed article."""
    seed = seed_text()
    out: list[Workload] = []
    if corpus is not None:
        out.append(Workload("tempeval3", corpus_docs(corpus)))
    else:
        out.append(Workload("synthetic", ((synthetic_article(seed), SEED_DATELINE),)))
    out.append(Workload("seed", ((seed, SEED_DATELINE),), repeat=max(1, SEED_PASS_CHARS // len(seed))))
    return out


# --------------------------------------------------------------------------- timing

Runner = Callable[[Workload], float]


def time_timeline(work: Workload) -> float:
    """Seconds for one pass of ``build_timeline`` over ``work``."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(work.repeat):
        for text, day in work.docs:
            build_timeline(text, day)
    return time.perf_counter() - start


def _relative_base(day: dt.date | None) -> dict[str, Any] | None:
    return None if day is None else {"RELATIVE_BASE": dt.datetime(day.year, day.month, day.day)}


def dateparser_runner() -> Runner:
    """A timer for ``dateparser.search_dates`` (imported here, so that ``--no-dateparser`` never loads it)."""
    # dateparser ships no type stubs (no py.typed); its calls are used as plain Any.
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    def run(work: Workload) -> float:
        jobs = [(text, _relative_base(day)) for text, day in work.docs]
        gc.collect()
        start = time.perf_counter()
        for _ in range(work.repeat):
            for text, settings in jobs:
                search_dates(text, languages=["en"], settings=settings)
        return time.perf_counter() - start

    return run


def summary(values: Sequence[float]) -> dict[str, float]:
    """Median, min, max and quartiles (inclusive method; with one value all equal it)."""
    if not values:
        raise ValueError("summary of no values")
    if len(values) == 1:
        q1 = q3 = values[0]
    else:
        q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "q1": q1,
        "q3": q3,
    }


def throughput(works: Sequence[Workload], rounds: int, dateparser: Runner | None) -> dict[str, Any]:
    """Alternating timed passes of both tools over each workload, ``rounds`` times."""
    seconds: dict[str, dict[str, list[float]]] = {w.name: {"timeline": [], "dateparser": []} for w in works}
    tools: list[tuple[str, Runner]] = [("timeline", time_timeline)]
    if dateparser is not None:
        tools.append(("dateparser", dateparser))
    for r in range(rounds):
        order = tools if r % 2 == 0 else tools[::-1]
        for w in works:
            for name, run in order:
                elapsed = run(w)
                seconds[w.name][name].append(elapsed)
                print(
                    f"  round {r + 1}/{rounds}  {w.name:<10} {name:<10} {elapsed:8.2f} s"
                    f"  {w.chars / elapsed:>10,.0f} chars/s",
                    flush=True,
                )
    out: dict[str, Any] = {}
    for w in works:
        entry: dict[str, Any] = {"documents": w.documents, "chars": w.chars, "repeat": w.repeat}
        for name, _ in tools:
            secs = seconds[w.name][name]
            cps = [w.chars / s for s in secs]
            entry[name] = {"seconds": secs, "chars_per_s": cps, "summary": summary(cps)}
        if dateparser is not None:
            ratios = [
                a / b for a, b in zip(entry["timeline"]["chars_per_s"], entry["dateparser"]["chars_per_s"], strict=True)
            ]
            entry["ratio"] = {"per_round": ratios, "summary": summary(ratios)}
        else:
            entry["dateparser"] = None
            entry["ratio"] = None
        out[w.name] = entry
    return out


# --------------------------------------------------------------------------- fresh processes

_STARTUP_TIMELINE = """\
import json, sys, time
t0 = time.perf_counter()
import timeline
t1 = time.perf_counter()
timeline.build_timeline(sys.argv[1], sys.argv[2])
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_call_s": t2 - t1}))
"""

_STARTUP_DATEPARSER = """\
import datetime, json, sys, time
base = datetime.datetime.fromisoformat(sys.argv[2])
t0 = time.perf_counter()
from dateparser.search import search_dates
t1 = time.perf_counter()
search_dates(sys.argv[1], languages=["en"], settings={"RELATIVE_BASE": base})
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_call_s": t2 - t1}))
"""

_MEMORY = """\
import json, os, resource, sys
def maxrss_mib():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
def hwm_mib():
    if not os.path.exists("/proc/self/status"):
        return None
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None
import timeline
from timeline.evaluation import bench
marks = {"after_import": (maxrss_mib(), hwm_mib())}
corpus = sys.argv[1]
docs = bench.corpus_docs(bench.Path(corpus)) if corpus else bench.workloads(None)[0].docs
marks["after_read"] = (maxrss_mib(), hwm_mib())
for text, day in docs:
    timeline.build_timeline(text, day)
marks["peak"] = (maxrss_mib(), hwm_mib())
out = {"documents": len(docs), "chars": sum(len(t) for t, _ in docs)}
for mark, (maxrss, hwm) in marks.items():
    out[mark + "_mib"] = maxrss
    out[mark + "_vmhwm_mib"] = hwm
print(json.dumps(out))
"""


def child(code: str, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; its last line of output is a JSON object."""
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"child process failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def startup(code: str, runs: int) -> dict[str, Any]:
    seed = seed_text()
    samples = [child(code, seed, SEED_DATELINE.isoformat()) for _ in range(runs)]
    out: dict[str, Any] = {"runs": runs, "article_chars": len(seed)}
    for key in ("import_s", "first_call_s"):
        out[key] = {"values": [s[key] for s in samples], "summary": summary([s[key] for s in samples])}
    total = [s["import_s"] + s["first_call_s"] for s in samples]
    out["total_s"] = {"values": total, "summary": summary(total)}
    return out


def memory(corpus: Path | None) -> dict[str, Any]:
    return child(_MEMORY, "" if corpus is None else str(corpus))


# --------------------------------------------------------------------------- scaling

_SCALING = """\
import json, sys
from timeline.evaluation import bench
bench.scaling_child(sys.argv[1], int(sys.argv[2]))
"""


def scaling_child(corpus: str, size: int) -> None:
    """Inside a fresh process: build the text, warm up, say "ready", then time and print JSON."""
    docs = corpus_docs(Path(corpus)) if corpus else workloads(None)[0].docs
    text = news_text(docs, size)
    dateline = docs[0][1]
    build_timeline(seed_text(), SEED_DATELINE)  # warm-up
    print("ready", flush=True)
    times: list[float] = []
    while True:
        gc.collect()
        start = time.perf_counter()
        build_timeline(text, dateline, max_chars=len(text))  # 10 MB is above the default limit
        times.append(time.perf_counter() - start)
        if size >= SCALING_REPEAT_BELOW or (len(times) >= 3 and sum(times) >= SCALING_MIN_SECONDS):
            break
    print(json.dumps({"chars": len(text), "seconds": times}), flush=True)


def scaling_step(corpus: Path | None, size: int, limit: float | None) -> dict[str, Any]:
    """One size in a fresh process; stopped (and reported as a lower bound) after ``limit`` seconds."""
    argv = [sys.executable, "-c", _SCALING, "" if corpus is None else str(corpus), str(size)]
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        ready = proc.stdout.readline().strip()
        if ready != "ready":
            proc.wait()
            raise RuntimeError(f"scaling child failed ({proc.returncode}): {ready}\n{proc.stderr.read()}")
        started = time.perf_counter()
        try:
            out, err = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            return {"stopped": True, "lower_bound_s": time.perf_counter() - started}
    if proc.returncode != 0:
        raise RuntimeError(f"scaling child failed ({proc.returncode}):\n{err}")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return {"stopped": False, **result}


def scaling(corpus: Path | None, docs: Sequence[Doc], quick: bool, limit: float | None) -> dict[str, Any]:
    """``build_timeline`` on growing concatenations of news text; seconds per MB at each size.

    Each step runs in a fresh process that rebuilds the text from ``corpus``; ``docs``
    (the same texts) only give the length of a stopped step's text.

    ``limit`` None stops a step above 100 KB once it has run ``SUPERLINEAR`` times
    as long as linear growth from the 100 KB step predicts (but never before 30 s):
    by then the verdict is certain, and the figure is reported as a lower bound.
    ``limit`` 0 never stops a step; another value stops every step after that many seconds.
    """
    sizes = [s for s in SCALING_SIZES if not (quick and s[1] > 1_000_000)]
    rows: list[dict[str, Any]] = []
    base: dict[str, Any] | None = None
    for label, size in sizes:
        if limit is not None:
            step_limit = limit or None
        elif base is not None and base["s_per_mb"] is not None and size > base["target_chars"]:
            step_limit = max(AUTO_LIMIT_MIN_S, SUPERLINEAR * base["s_per_mb"] * size / 1e6)
        else:
            step_limit = None
        step = scaling_step(corpus, size, step_limit)
        row: dict[str, Any] = {"label": label, "target_chars": size, "limit_s": step_limit, **step}
        if step["stopped"]:
            row["chars"] = len(news_text(docs, size))
            row["runs"] = 0
            row["median_s"] = None
            row["s_per_mb"] = None
            row["s_per_mb_at_least"] = step["lower_bound_s"] / (size / 1e6)
            shown = f"  stopped after {step['lower_bound_s']:.0f} s: at least {row['s_per_mb_at_least']:.2f} s/MB"
        else:
            row["runs"] = len(step["seconds"])
            row["median_s"] = statistics.median(step["seconds"])
            row["s_per_mb"] = row["median_s"] / (row["chars"] / 1e6)
            shown = (
                f"{row['median_s']:8.3f} s  {row['s_per_mb']:8.2f} s/MB"
                f"  ({row['runs']} run{'s' if row['runs'] > 1 else ''})"
            )
        rows.append(row)
        if label == "100 KB":
            base = row
        print(f"  scaling {label:>6}: {row['chars']:>10,} chars  {shown}", flush=True)
    if base is None or base["s_per_mb"] is None:
        raise RuntimeError("the 100 KB scaling step gave no time")
    top = rows[-1]
    exact = top["s_per_mb"] is not None
    value = (top["s_per_mb"] if exact else top["s_per_mb_at_least"]) / base["s_per_mb"]
    return {
        "rows": rows,
        "ratio": {
            "numerator": top["label"],
            "denominator": base["label"],
            "value": value,
            "exact": exact,  # False: the top step was stopped and the value is a lower bound
            "superlinear": value > SUPERLINEAR,
            "threshold": SUPERLINEAR,
        },
    }


# --------------------------------------------------------------------------- report


def git_commit() -> dict[str, Any]:
    """The repository's HEAD and whether tracked files differ from it (read-only git calls)."""
    git = shutil.which("git")
    if git is None:
        return {"commit": None, "dirty": None, "note": "git not found"}
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}  # `git status` must not write the index

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([git, "-C", str(REPO_ROOT), *args], capture_output=True, text=True, check=False, env=env)

    head = run("rev-parse", "--short", "HEAD")
    if head.returncode != 0:
        return {"commit": None, "dirty": None, "note": head.stderr.strip()}
    status = run("status", "--porcelain", "--untracked-files=no")
    if status.returncode != 0:
        return {"commit": head.stdout.strip(), "dirty": None, "note": status.stderr.strip()}
    return {"commit": head.stdout.strip(), "dirty": bool(status.stdout.strip()), "note": None}


def cpu_model() -> str | None:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or None


def machine(with_dateparser: bool) -> dict[str, Any]:
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        **git_commit(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu_model(),
        "cpus": os.cpu_count(),
        "timeline": timeline.__version__,
        "dateparser": importlib.metadata.version("dateparser") if with_dateparser else None,
        # Fresh-process import times include compiling timeline's sources when no .pyc is cached.
        "timeline_pyc_cached": Path(importlib.util.cache_from_source(timeline.__file__)).is_file(),
        "dont_write_bytecode": sys.flags.dont_write_bytecode == 1,
    }


def _spread(s: dict[str, float], fmt: str) -> str:
    return f"{format(s['min'], fmt)}-{format(s['max'], fmt)}"


def _iqr(s: dict[str, float], fmt: str) -> str:
    return f"{format(s['q1'], fmt)}-{format(s['q3'], fmt)}"


def _mib(value: float | None) -> str:
    return "-" if value is None else f"{value:>5.1f}"


def report(results: dict[str, Any]) -> str:
    """The results as a plain-text table."""
    m = results["machine"]
    lines = [
        f"timeline benchmark  {m['date']}  commit {m['commit'] or 'unknown'}"
        f"{' (+ uncommitted changes)' if m['dirty'] else ''}"
        f"{' (HEAD moved to ' + m['commit_changed_to'] + ' during the run)' if m.get('commit_changed_to') else ''}",
        f"python {m['python']}  {m['cpus']} cpus  {m['cpu'] or ''}  dateparser {m['dateparser'] or '-'}",
        f"rounds {results['options']['rounds']}{'  (quick)' if results['options']['quick'] else ''}",
        "",
        "throughput (chars/s; spread = min-max, IQR = q1-q3)",
        f"  {'workload':<10} {'chars':>9}  {'tool':<10} {'median':>10}  {'min-max':>19}  {'IQR':>19}",
    ]
    for name, entry in results["throughput"].items():
        for tool in ("timeline", "dateparser"):
            if entry[tool] is None:
                continue
            s = entry[tool]["summary"]
            lines.append(
                f"  {name:<10} {entry['chars']:>9,}  {tool:<10} {s['median']:>10,.0f}"
                f"  {_spread(s, ',.0f'):>19}  {_iqr(s, ',.0f'):>19}"
            )
        if entry["ratio"] is not None:
            s = entry["ratio"]["summary"]
            lines.append(
                f"  {name:<10} {'':>9}  {'ratio':<10} {s['median']:>10.2f}"
                f"  {_spread(s, '.2f'):>19}  {_iqr(s, '.2f'):>19}   (timeline / dateparser)"
            )
    lines += ["", "startup in a fresh process (seconds, median [min-max])"]
    for tool, entry in results["startup"].items():
        if entry is None:
            continue
        parts = [
            f"{key.removesuffix('_s')} {entry[key]['summary']['median']:.3f} [{_spread(entry[key]['summary'], '.3f')}]"
            for key in ("import_s", "first_call_s", "total_s")
        ]
        lines.append(f"  {tool:<10} " + "   ".join(parts) + f"   (runs: {entry['runs']})")
    mem = results["memory"]
    lines += [
        "",
        f"memory: fresh process building all {mem['documents']} documents ({mem['chars']:,} chars)",
        "  high-water RSS (MiB)   ru_maxrss   VmHWM",
        *(
            f"  {title:<22} {mem[key + '_mib']:>9.1f}   {_mib(mem[key + '_vmhwm_mib'])}"
            for title, key in (
                ("after import", "after_import"),
                ("after reading texts", "after_read"),
                ("peak", "peak"),
            )
        ),
        "",
        "scaling (build_timeline on concatenated news text)",
        f"  {'size':>6} {'chars':>12} {'seconds':>9} {'s/MB':>8} {'runs':>5}",
    ]
    sc = results["scaling"]
    for row in sc["rows"]:
        if row["stopped"]:
            lines.append(
                f"  {row['label']:>6} {row['chars']:>12,} {'>' + format(row['lower_bound_s'], '.1f'):>9}"
                f" {'>' + format(row['s_per_mb_at_least'], '.2f'):>8} {'-':>5}   stopped at the limit"
            )
        else:
            lines.append(
                f"  {row['label']:>6} {row['chars']:>12,} {row['median_s']:>9.3f} {row['s_per_mb']:>8.2f}"
                f" {row['runs']:>5}"
            )
    ratio = sc["ratio"]
    verdict = f"SUPERLINEAR (> {ratio['threshold']})" if ratio["superlinear"] else "linear"
    bound = "" if ratio["exact"] else "at least "
    lines.append(
        f"  s/MB at {ratio['numerator']} / s/MB at {ratio['denominator']}: {bound}{ratio['value']:.2f}  {verdict}"
    )
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m timeline.bench",
        description="Benchmark build_timeline against dateparser.search_dates (see the module docstring).",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help=f"TempEval-3 folder with TimeBank/ and AQUAINT/ (default: {DEFAULT_CORPUS}; "
        "when the default is absent, a synthetic long article is used)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=None,
        help=f"timed rounds per tool (default {DEFAULT_ROUNDS}, {QUICK_ROUNDS} with --quick)",
    )
    parser.add_argument("--quick", action="store_true", help="fewer rounds, skip the 10 MB scaling step")
    parser.add_argument("--no-dateparser", action="store_true", help="time build_timeline alone")
    parser.add_argument(
        "--scaling-limit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop a scaling step after this long and report a lower bound; 0: never stop (default: stop a step "
        f"once it has taken {SUPERLINEAR}x the time linear growth from the 100 KB step predicts, at least "
        f"{AUTO_LIMIT_MIN_S:.0f} s)",
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=Path("bench-results.json"),
        help="where to write the results (default: bench-results.json in the working directory)",
    )
    args = parser.parse_args(argv)
    rounds: int = args.rounds if args.rounds is not None else (QUICK_ROUNDS if args.quick else DEFAULT_ROUNDS)
    if rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.scaling_limit is not None and args.scaling_limit < 0:
        parser.error("--scaling-limit must be 0 or more")
    if not args.no_dateparser and importlib.util.find_spec("dateparser") is None:
        parser.error("dateparser is not installed: pip install -e '.[bench]', or run with --no-dateparser")

    corpus: Path | None
    if args.corpus is not None:
        if not args.corpus.is_dir():
            parser.error(f"--corpus {args.corpus}: no such directory")
        corpus = args.corpus
    elif DEFAULT_CORPUS.is_dir():
        corpus = DEFAULT_CORPUS
    else:
        print(f"corpus not found at {DEFAULT_CORPUS}: using a synthetic long article instead", file=sys.stderr)
        corpus = None

    started = time.perf_counter()
    with_dateparser = not args.no_dateparser
    about = machine(with_dateparser)

    # The fresh processes run first, while this one is still small: on Linux a child's
    # ru_maxrss starts from the spawning process's high-water mark (exec keeps it).
    print("memory (fresh process) ...", flush=True)
    mem = memory(corpus)
    print("startup (fresh processes) ...", flush=True)
    startups: dict[str, Any] = {"timeline": startup(_STARTUP_TIMELINE, rounds)}
    startups["dateparser"] = startup(_STARTUP_DATEPARSER, rounds) if with_dateparser else None

    works = workloads(corpus)
    print(f"loaded {', '.join(f'{w.name} ({w.documents} docs, {w.chars:,} chars)' for w in works)}", flush=True)

    # Warm-up: one call of each on the seed, so that lazy loading (dateparser's language
    # data, compiled regexes) is not charged to the first timed round.
    warm = Workload("warm-up", ((seed_text(), SEED_DATELINE),))
    time_timeline(warm)
    dateparser = dateparser_runner() if with_dateparser else None
    if dateparser is not None:
        dateparser(warm)

    print(f"throughput ({rounds} rounds) ...", flush=True)
    tput = throughput(works, rounds, dateparser)

    print("scaling ...", flush=True)
    scale = scaling(corpus, works[0].docs, args.quick, args.scaling_limit)

    commit_after = git_commit()["commit"]
    if commit_after != about["commit"]:
        about["commit_changed_to"] = commit_after
        print(f"warning: HEAD moved from {about['commit']} to {commit_after} during the run", file=sys.stderr)
    results: dict[str, Any] = {
        "schema": 1,
        "machine": about,
        "options": {
            "corpus": None if corpus is None else str(corpus),
            "rounds": rounds,
            "quick": args.quick,
            "dateparser": with_dateparser,
        },
        "throughput": tput,
        "startup": startups,
        "memory": mem,
        "scaling": scale,
        "wall_s": time.perf_counter() - started,
    }
    print()
    print(report(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwall time {results['wall_s']:.0f} s; results written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
