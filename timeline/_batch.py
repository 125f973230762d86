"""Timelines for a whole archive: ``python -m timeline batch INPUT.jsonl --out OUT.jsonl --jobs N``.

Each input line is a JSON object with ``text`` and ``dateline`` (an ISO date, or
null / missing to detect it from the article's head); an ``id`` is kept.  Each
output line answers the input line of the same number: ``{"id": ...,
"timeline": {...}}`` (the form of ``docs/timeline.schema.json``) or ``{"id": ...,
"error": {"type": ..., "message": ...}}`` for a line that is no JSON object or
whose article [`timeline.build_timeline`][timeline.build_timeline] rejects.  [`record`][timeline.batch.record] and
[`process_line`][timeline.batch.process_line] are the per-line functions, for Dask or any other runner;
[`run_batch`][timeline.batch.run_batch] runs them over a file, in parallel processes, resumably.

No clock is read: the progress bar counts lines, it does not time them.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import multiprocessing
import multiprocessing.connection as mp_connection
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, Any

import attrs

from ._api import build_timeline
from ._errors import TimelineError

__all__ = ["BatchSummary", "ResumeError", "process_line", "record", "run_batch"]


class ResumeError(TimelineError, ValueError):
    """The output file already there does not answer the first lines of the input: no safe resume."""


def _error(exc: BaseException) -> dict[str, str]:
    return {"type": type(exc).__name__, "message": str(exc)}


def record(line: str | bytes) -> dict[str, Any]:
    """The output record of one input line (a JSON object with ``text``, ``dateline`` and maybe ``id``).

    ``{"id": ..., "timeline": Timeline.to_dict()}``, or ``{"id": ..., "error": {"type": ...,
    "message": ...}}`` when the line is not a JSON object (``JSONDecodeError``, ``UnicodeDecodeError``,
    ``NotAnObject``) or [`build_timeline`][timeline.build_timeline] raises (``InvalidTextError``,
    ``InvalidDatelineError`` ...).  ``id`` is there only when the input has one.  Never raises for
    bad input; an error type that is not a [`TimelineError`][timeline.TimelineError] one means a bug in the
    library, reported on its line so that one article cannot stop an archive run.
    """
    # The line's end ("\n", "\r\n") is no part of it: files read by lines and dask.bag.read_text keep it.
    line = line.rstrip(b"\r\n") if isinstance(line, bytes) else line.rstrip("\r\n")
    try:
        article = json.loads(line)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        return {"error": _error(exc)}
    if not isinstance(article, dict):
        return {"error": {"type": "NotAnObject", "message": f"expected a JSON object, got {type(article).__name__}"}}
    out: dict[str, Any] = {"id": article["id"]} if "id" in article else {}
    if "text" not in article:
        out["error"] = {"type": "InvalidTextError", "message": "text: missing from the input object"}
        return out
    try:
        out["timeline"] = build_timeline(article["text"], article.get("dateline")).to_dict()
    except Exception as exc:  # any: reported on the article's own line, the run goes on
        out["error"] = _error(exc)
    return out


def _dumps(data: dict[str, Any]) -> str:
    line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if not line.isascii():
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the input's JSON): keep it escaped
            line = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return line


def process_line(line: str | bytes) -> str:
    """[`record`][timeline.batch.record] as one output line of JSON (compact, UTF-8 encodable, without the newline)."""
    return _dumps(record(line))


def _run_chunk(lines: Sequence[bytes]) -> tuple[bytes, int]:
    """The output lines of a chunk of input lines, as one UTF-8 block, and how many are errors."""
    records = [record(line) for line in lines]
    block = "".join(_dumps(r) + "\n" for r in records).encode("utf-8")
    return block, sum("error" in r for r in records)


def _chunks(lines: Iterable[bytes], size: int) -> Iterator[list[bytes]]:
    it = iter(lines)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


# --------------------------------------------------------------------------- resuming


def _complete_lines(out: IO[bytes]) -> int:
    """Cut a partial last line (a run killed while writing it) and count the complete ones."""
    count, end = 0, 0
    for line in out:
        if not line.endswith(b"\n"):
            break
        count += 1
        end += len(line)
    out.seek(end)
    out.truncate()
    return count


def _same_article(number: int, line: bytes, answer: bytes) -> None:
    """Raise [`ResumeError`][timeline.batch.ResumeError] unless output line ``answer`` can answer input line ``line``."""
    try:
        got = json.loads(answer)
    except ValueError:
        got = None
    if not isinstance(got, dict) or ("timeline" in got) == ("error" in got):
        raise ResumeError(f"output line {number} is not an output record of timeline batch")
    try:
        article = json.loads(line)
    except ValueError:
        article = None
    if not isinstance(article, dict):
        if "timeline" in got:
            raise ResumeError(f"output line {number} holds a timeline, input line {number} no JSON object")
        return
    if got.get("id") != article.get("id") or ("id" in got) != ("id" in article):
        raise ResumeError(f"output line {number} answers id {got.get('id')!r}, input line {number} has id "
                          f"{article.get('id')!r}")
    timeline = got.get("timeline")
    if isinstance(timeline, dict) and timeline.get("text") != article.get("text"):
        raise ResumeError(f"output line {number} holds the timeline of another text than input line {number}")


def _resume(source: IO[bytes], out: IO[bytes]) -> int:
    """How many input lines ``out`` answers already (after cutting a partial last line), having checked
    each against its input line; ``source`` is left after them."""
    out.seek(0)
    done = _complete_lines(out)
    out.seek(0)
    for number in range(1, done + 1):
        line = source.readline()
        if not line:
            raise ResumeError(f"the output has {done} lines, the input only {number - 1}")
        _same_article(number, line, out.readline())
    out.seek(0, os.SEEK_END)
    return done


# --------------------------------------------------------------------------- worker processes
#
# Our own small pool rather than concurrent.futures: its helper threads hang the interpreter's exit
# on a second Ctrl-C, and its workers, which ignore Ctrl-C, outlive a third one.  Here there are no
# threads; each worker has one pipe and one chunk at a time (so that neither side can block on a
# full pipe while the other does), and any exception in the parent, Ctrl-C included, terminates
# every worker and waits for it before it goes on.  A worker whose parent dies (killed) reads the
# end of its pipe and exits.

_STOP = None  # sent to a worker: no more chunks


def _work(conn: Connection, inherited: Sequence[Connection]) -> None:
    """A worker's loop: receive a chunk, send back its output block, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked while it was started
    for other in inherited:  # the parent's ends (a forked child has copies): else no end of pipe
        other.close()
    try:
        while (chunk := conn.recv()) is not _STOP:
            conn.send(_run_chunk(chunk))
    except (EOFError, OSError):  # the parent is gone
        pass


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Ctrl-C held back while workers start, so that none starts without ignoring it."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[None]:
    """More Ctrl-C while the workers are being stopped wait until they are (one is enough to stop)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, lambda signum, frame: None)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


class _Workers:
    """``jobs`` worker processes, each fed one chunk at a time through its own pipe."""

    def __init__(self, jobs: int) -> None:
        context = multiprocessing.get_context()
        self.conns: list[Connection] = []
        self.processes: list[BaseProcess] = []
        try:
            with _sigint_blocked():
                for _ in range(jobs):
                    mine, theirs = context.Pipe()
                    self.conns.append(mine)
                    process = context.Process(target=_work, args=(theirs, list(self.conns)), daemon=True)
                    self.processes.append(process)
                    process.start()
                    theirs.close()
        except BaseException:
            self.kill()
            raise

    def stop(self) -> None:
        """Tell every worker to stop and wait for it (killing one that does not within seconds)."""
        for conn in self.conns:
            with contextlib.suppress(OSError):
                conn.send(_STOP)
        for process in self.processes:
            process.join(_GRACE)
        self.kill()

    def kill(self) -> None:
        """Terminate every worker still running and wait for each (so none is left behind)."""
        with _sigint_deferred():
            for process in self.processes:
                if process.pid is not None and process.exitcode is None:
                    process.terminate()
            for process in self.processes:
                if process.pid is not None:
                    process.join(_GRACE)
                    if process.exitcode is None:
                        process.kill()
                        process.join()
            for conn in self.conns:
                conn.close()


_GRACE = 5.0  # seconds a worker has to end by itself before it is killed


def _run_parallel(chunks: Iterator[list[bytes]], jobs: int, write: Callable[[tuple[bytes, int], int], None]) -> None:
    """``write`` each chunk's output in input order, the chunks run by ``jobs`` worker processes.

    At most ``4 * jobs`` chunks are between being read and being written (a slow chunk holds the
    later ones back), so the archive is never read whole.  A worker that dies raises
    ``BrokenProcessPool``.
    """
    workers = _Workers(jobs)
    try:
        idle = list(range(jobs))
        running: dict[int, tuple[int, int]] = {}  # worker -> (chunk number, lines)
        finished: dict[int, tuple[tuple[bytes, int], int]] = {}  # chunk number -> (output, lines)
        sent = written = 0
        more = True
        while True:
            while written in finished:
                write(*finished.pop(written))
                written += 1
            while idle and more and sent < written + 4 * jobs:
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                    break
                worker = idle.pop()
                workers.conns[worker].send(chunk)
                running[worker] = (sent, len(chunk))
                sent += 1
            if not running:  # every worker idle, every finished chunk written, none sent: the input is done
                break
            ready = set(mp_connection.wait([x for w in running for x in (workers.conns[w],
                                                                          workers.processes[w].sentinel)]))
            for worker in list(running):
                conn = workers.conns[worker]
                if conn in ready or workers.processes[worker].sentinel in ready:
                    try:
                        result = conn.recv() if conn.poll() else None
                    except (EOFError, OSError):
                        result = None
                    if result is None:
                        raise BrokenProcessPool(f"worker process {workers.processes[worker].pid} died")
                    number, lines = running.pop(worker)
                    finished[number] = (result, lines)
                    idle.append(worker)
    except BaseException:
        workers.kill()
        raise
    workers.stop()


# --------------------------------------------------------------------------- running


@attrs.frozen
class BatchSummary:
    """What [`run_batch`][timeline.batch.run_batch] did: ``resumed`` lines were already answered, ``written`` were added now,
    ``errors`` of them are error records."""

    resumed: int
    written: int
    errors: int

    @property
    def lines(self) -> int:
        return self.resumed + self.written


class _Progress:
    """A one-line bar on a terminal's stderr: lines done of the total, errors; redrawn per chunk."""

    def __init__(self, stream: IO[str] | None, total: int, done: int) -> None:
        self.stream, self.total, self.done, self.errors = stream, total, done, 0

    def add(self, lines: int, errors: int) -> None:
        self.done += lines
        self.errors += errors
        if self.stream is not None:
            width = 30
            filled = width * self.done // self.total if self.total else width
            percent = 100 * self.done // self.total if self.total else 100
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} lines "
                              f"{percent:3d}%  {self.errors} errors")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()


def _count_lines(path: Path) -> int:
    count, last = 0, b"\n"
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def run_batch(
    source: Path | str,
    out: Path | str,
    *,
    jobs: int = 1,
    chunk_size: int = 16,
    overwrite: bool = False,
    progress: IO[str] | None = None,
) -> BatchSummary:
    """Write to ``out`` one output line ([`process_line`][timeline.batch.process_line]) per line of ``source``, in input order.

    ``jobs`` processes share the work, ``chunk_size`` input lines at a time (``jobs=1``: in this
    process).  An ``out`` already there is resumed: a partial last line is cut, the complete lines
    are checked against the input's first lines (same ``id``, same ``text``; else
    [`ResumeError`][timeline.batch.ResumeError]) and the rest is appended.  ``overwrite=True`` starts afresh instead.
    Output is flushed after each chunk, so an interrupted run loses only the chunks in flight.
    ``progress``: a stream for a progress bar (the command line passes stderr when it is a terminal).
    """
    source, out = Path(source), Path(out)
    if jobs < 1 or chunk_size < 1:
        raise ValueError(f"jobs and chunk_size: expected at least 1, got {jobs} and {chunk_size}")
    with source.open("rb") as src, out.open("wb" if overwrite else "ab+") as dst:
        resumed = 0 if overwrite else _resume(src, dst)
        bar = _Progress(progress, _count_lines(source) if progress is not None else 0, resumed)
        written = errors = 0

        def write(result: tuple[bytes, int], lines: int) -> None:
            nonlocal written, errors
            dst.write(result[0])
            dst.flush()
            written, errors = written + lines, errors + result[1]
            bar.add(lines, result[1])

        try:
            if jobs == 1:
                for chunk in _chunks(src, chunk_size):
                    write(_run_chunk(chunk), len(chunk))
            else:
                _run_parallel(_chunks(src, chunk_size), jobs, write)
        finally:
            bar.close()
    return BatchSummary(resumed=resumed, written=written, errors=errors)


# --------------------------------------------------------------------------- command line


def _interrupted(signum: int, frame: object) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the first Ctrl-C stops the run; more would only cut the stopping short
    raise KeyboardInterrupt


@contextlib.contextmanager
def _one_interrupt() -> Iterator[None]:
    """The first Ctrl-C raises KeyboardInterrupt, any later one is ignored: the run is already stopping,
    and after it the command only says so and exits (a Ctrl-C there would print a traceback)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, _interrupted)
    try:
        yield
    finally:
        if signal.getsignal(signal.SIGINT) is _interrupted:  # no Ctrl-C came: as before
            signal.signal(signal.SIGINT, old)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m timeline batch INPUT.jsonl --out OUT.jsonl [--jobs N]``."""
    parser = argparse.ArgumentParser(
        prog="python -m timeline batch",
        description="Timelines of a whole archive of articles in JSON Lines: one JSON object per input line "
        "with the article's text, its dateline (a date as 2023-01-31, or null to find it in the article) and, "
        "if you like, an id. Each output line answers the input line of the same number, in order: the "
        "timeline, or the error that line gave.",
        epilog="Ctrl-C stops the run and its worker processes; rerun the same command to go on where it "
        "stopped. Exit status: 0 every input line answered (some answers may be errors), 1 a worker process "
        "died, 2 a file cannot be read or --out cannot be resumed, 130 interrupted.",
    )
    parser.add_argument("input", type=Path, help="the archive: JSON Lines, one article per line")
    parser.add_argument("--out", type=Path, required=True, metavar="OUTPUT",
                        help="the output, JSON Lines (when it exists, the run is resumed)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="worker processes (default: the number of CPUs; 1 runs in this process)")
    parser.add_argument("--chunk-size", type=int, default=16, metavar="LINES",
                        help="input lines given to a worker at a time (default: 16)")
    parser.add_argument("--overwrite", action="store_true", help="start afresh instead of resuming --out")
    args = parser.parse_args(argv)
    if args.jobs < 1 or args.chunk_size < 1:
        parser.error("--jobs and --chunk-size must be at least 1")
    progress = sys.stderr if sys.stderr.isatty() else None
    try:
        with _one_interrupt():
            summary = run_batch(args.input, args.out, jobs=args.jobs, chunk_size=args.chunk_size,
                                overwrite=args.overwrite, progress=progress)
    except OSError as exc:
        print(f"error: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    except ResumeError as exc:
        print(f"error: cannot resume {args.out}: {exc} (use another --out, or --overwrite)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\ninterrupted: rerun the same command to resume {args.out}", file=sys.stderr)
        return 130
    except BrokenProcessPool:
        print(f"error: a worker process died (out of memory?): rerun the same command to resume {args.out}",
              file=sys.stderr)
        return 1
    if progress is not None:
        print(f"{summary.lines} lines ({summary.resumed} resumed), {summary.errors} new errors: {args.out}",
              file=progress)
    return 0
