"""Running on an archive: per-line records, ``run_batch`` / ``python -m timeline batch`` in order,
failing lines, resuming after an interruption, progress only on a terminal."""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_corpus import POSITIVE

import timeline._batch
from timeline import Timeline, build_timeline
from timeline._batch import _run_chunk
from timeline.batch import ResumeError, process_line, record, run_batch

ROOT = Path(__file__).parent.parent
SEED = (ROOT / "seeds" / "rourke_defends_baldwin_2023-01-31.txt").read_text(encoding="utf-8")

BAD_LINES = [
    "not json at all",
    "[1, 2, 3]",
    json.dumps({"id": "no-text", "dateline": "2023-01-31"}),
    json.dumps({"id": 7, "text": "He left on Monday.", "dateline": "31/01/2023"}),
    json.dumps({"id": "bytes?", "text": 42, "dateline": None}),
    "",
]


def _articles() -> list[dict[str, Any]]:
    """Articles from the specification corpus (one per dateline block) and the seed, with ids."""
    blocks: dict[str, list[str]] = {}
    for c in POSITIVE:
        blocks.setdefault(c.dateline, []).append(c.text if c.text.endswith(".") else c.text + ".")
    found: list[dict[str, Any]] = [{"id": "seed", "text": SEED, "dateline": None}]
    for n, (dateline, texts) in enumerate(blocks.items()):
        found.append({"id": f"block-{n}", "text": " ".join(texts[:12]), "dateline": dateline})
    return found


ARTICLES = _articles()


def _input_lines(repeat: int = 1) -> list[str]:
    """Good articles with the bad lines spread among them; ids repeat with ``repeat`` but stay in order."""
    lines = [json.dumps(a | {"id": f"{a['id']}/{r}"}) for r in range(repeat) for a in ARTICLES]
    for i, bad in enumerate(BAD_LINES):
        lines.insert(3 + 5 * i, bad)
    return lines


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _serial(lines: list[str]) -> list[str]:
    return [process_line(line) for line in lines]


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


# --------------------------------------------------------------------------- one line


def test_a_good_line_gives_its_timeline_and_keeps_the_id() -> None:
    article = {"id": {"source": "wire", "n": 1}, "text": "The minister resigned on Monday.", "dateline": "2023-01-31",
               "section": "politics"}
    out = record(json.dumps(article))
    assert out.keys() == {"id", "timeline"}
    assert out["id"] == article["id"]
    assert Timeline.from_dict(out["timeline"]) == build_timeline(article["text"], article["dateline"])
    assert json.loads(process_line(json.dumps(article))) == out
    assert record(json.dumps(article).encode("utf-8")) == out  # bytes lines too


def test_a_missing_dateline_is_detected_from_the_head() -> None:
    out = record(json.dumps({"text": "WASHINGTON, Jan. 31, 2023 — The minister resigned on Monday."}))
    assert "id" not in out
    assert out["timeline"]["dateline"] == "2023-01-31"


@pytest.mark.parametrize(
    ("line", "error_type", "id_"),
    [
        ("not json at all", "JSONDecodeError", None),
        ("", "JSONDecodeError", None),
        (b'{"text": "caf\xe9"}', "UnicodeDecodeError", None),
        ("[1, 2, 3]", "NotAnObject", None),
        ('{"id": "a", "dateline": "2023-01-31"}', "InvalidTextError", "a"),
        ('{"id": 7, "text": "He left.", "dateline": "31/01/2023"}', "InvalidDatelineError", 7),
        ('{"id": "b", "text": 42}', "InvalidTextError", "b"),
    ],
)
def test_a_failing_line_gives_its_error(line: str | bytes, error_type: str, id_: object) -> None:
    out = record(line)
    assert out["error"]["type"] == error_type
    assert out["error"]["message"]
    assert out.get("id") == id_
    assert "timeline" not in out


def test_a_lone_surrogate_stays_escaped_in_the_output_line() -> None:
    line = process_line(json.dumps({"text": "Jan. 5 \ud800 was cold.", "dateline": "2023-01-31"}))
    line.encode("utf-8")  # would raise for an unescaped surrogate
    assert json.loads(line)["timeline"]["text"] == "Jan. 5 \ud800 was cold."
    assert "é" in process_line(json.dumps({"text": "Le café fermé en 2021.", "dateline": "2023-01-31"}))


# --------------------------------------------------------------------------- whole files


def test_run_batch_answers_every_line_in_order(tmp_path: Path) -> None:
    lines = _input_lines()
    source = _write(tmp_path / "in.jsonl", lines)
    summary = run_batch(source, tmp_path / "one.jsonl", jobs=1)
    parallel = run_batch(source, tmp_path / "two.jsonl", jobs=2, chunk_size=3)
    expected = _serial(lines)
    assert _read(tmp_path / "one.jsonl") == expected
    assert _read(tmp_path / "two.jsonl") == expected
    assert summary.lines == parallel.lines == len(lines)
    assert summary.errors == parallel.errors == len(BAD_LINES)
    records = [json.loads(line) for line in expected]
    assert [r.get("id") for r in records if "timeline" in r] == [a["id"] + "/0" for a in ARTICLES]


def test_the_command_line_runs_batch_and_keeps_the_one_article_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline.__main__ import main

    lines = _input_lines()
    source = _write(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--jobs", "2", "--chunk-size", "4"]) == 0
    assert capsys.readouterr() == ("", "")  # not a terminal: quiet
    assert _read(out) == _serial(lines)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "batch").write_text("The minister resigned on Monday.", encoding="utf-8")  # named like the subcommand
    assert main(["./batch", "--dateline", "2023-01-31", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["expressions"][0]["value"] == "2023-01-30"


def test_progress_goes_to_the_given_stream_only(tmp_path: Path) -> None:
    lines = _input_lines()
    source = _write(tmp_path / "in.jsonl", lines)
    bar = io.StringIO()
    run_batch(source, tmp_path / "out.jsonl", jobs=1, chunk_size=5, progress=bar)
    frames = bar.getvalue().split("\r")
    assert frames[-1].strip().endswith(f"{len(lines)}/{len(lines)} lines 100%  {len(BAD_LINES)} errors")
    assert len(frames) == 1 + -(-len(lines) // 5)  # one frame per chunk


# --------------------------------------------------------------------------- resuming


def test_resume_cuts_a_partial_line_and_appends_the_rest(tmp_path: Path) -> None:
    lines = _input_lines()
    source = _write(tmp_path / "in.jsonl", lines)
    expected = _serial(lines)
    out = tmp_path / "out.jsonl"
    out.write_text("".join(x + "\n" for x in expected[:7]) + expected[7][:50], encoding="utf-8")  # killed mid-line
    summary = run_batch(source, out, jobs=2, chunk_size=2)
    assert (summary.resumed, summary.written) == (7, len(lines) - 7)
    assert _read(out) == expected
    again = run_batch(source, out, jobs=1)  # complete: nothing to do
    assert (again.resumed, again.written) == (len(lines), 0)
    assert _read(out) == expected


@pytest.mark.parametrize(
    ("other", "message"),
    [
        (lambda lines: lines[1:], "id"),  # shifted by one line
        (lambda lines: [json.dumps(json.loads(lines[0]) | {"text": "Another text."}), *lines[1:]], "another text"),
        (lambda lines: lines[:3], "the input only 3"),
    ],
)
def test_resume_refuses_an_output_of_another_input(tmp_path: Path, other: Any, message: str) -> None:
    lines = _input_lines()
    out = _write(tmp_path / "out.jsonl", _serial(lines)[:5])
    source = _write(tmp_path / "in.jsonl", other(lines))
    with pytest.raises(ResumeError, match=message):
        run_batch(source, out)
    assert _read(out) == _serial(lines)[:5]  # left as it was
    run_batch(source, out, overwrite=True)
    assert _read(out) == _serial(other(lines))


def test_the_command_line_reports_a_refused_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.__main__ import main

    out = _write(tmp_path / "out.jsonl", ['{"id": "z", "error": {"type": "X", "message": ""}}'])
    source = _write(tmp_path / "in.jsonl", _input_lines())
    assert main(["batch", str(source), "--out", str(out), "--jobs", "1"]) == 2
    assert "cannot resume" in capsys.readouterr().err


class _TerminalInterruptedAfter(io.StringIO):
    """A terminal whose user presses Ctrl-C after ``n`` progress frames."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def isatty(self) -> bool:
        return True

    def write(self, s: str) -> int:
        if s.startswith("\r"):
            self.n -= 1
            if self.n == 0:
                raise KeyboardInterrupt
        return super().write(s)


def test_ctrl_c_leaves_a_resumable_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.__main__ import main

    lines = _input_lines()
    source = _write(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    terminal = _TerminalInterruptedAfter(3)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["batch", str(source), "--out", str(out), "--jobs", "2", "--chunk-size", "2"]) == 130
    assert "rerun the same command to resume" in terminal.getvalue()
    written = _read(out)
    assert 0 < len(written) < len(lines)
    assert written == _serial(lines)[: len(written)]
    assert main(["batch", str(source), "--out", str(out), "--jobs", "2"]) == 0
    assert _read(out) == _serial(lines)


def test_a_killed_run_resumes_to_the_serial_output(tmp_path: Path) -> None:
    """A real interruption: the whole process group of a running batch is killed (SIGKILL), then resumed."""
    # Cheap lines at the end keep the run going well after the first lines are out (killed at about 8 of 266).
    cheap = [json.dumps({"id": f"c{n}", "text": f"Officials met {n} times on Monday.", "dateline": "2023-01-31"})
             for n in range(200)]
    lines = _input_lines(repeat=4) + cheap
    source = _write(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen(
        [sys.executable, "-m", "timeline", "batch", str(source), "--out", str(out), "--jobs", "2", "--chunk-size", "1"],
        cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(3000):  # up to 30 s for the first lines to appear
            if out.exists() and out.read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.01)
        os.killpg(run.pid, signal.SIGKILL)
    finally:
        run.wait(timeout=60)
    assert run.returncode == -signal.SIGKILL
    before = out.read_bytes().count(b"\n")
    assert 3 <= before < len(lines)  # interrupted in the middle
    summary = run_batch(source, out, jobs=2, chunk_size=4)
    assert summary.resumed == before
    assert _read(out) == _serial(lines)


def _dies_on_a_marked_chunk(lines: list[bytes]) -> tuple[bytes, int]:
    if any(b"DIE" in line for line in lines):
        os._exit(3)  # a worker killed under it (out of memory, say)
    return _run_chunk(lines)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched worker needs fork")
def test_a_dead_worker_stops_the_run_resumably(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from timeline.__main__ import main

    lines = _input_lines()
    lines.insert(12, json.dumps({"id": "DIE", "text": "He left.", "dateline": "2023-01-31"}))
    source = _write(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(timeline._batch, "_run_chunk", _dies_on_a_marked_chunk)
    assert main(["batch", str(source), "--out", str(out), "--jobs", "2", "--chunk-size", "2"]) == 1
    assert "worker process died" in capsys.readouterr().err
    written = _read(out)
    assert len(written) <= 12 and written == _serial(lines)[: len(written)]
    monkeypatch.undo()
    assert main(["batch", str(source), "--out", str(out), "--jobs", "2"]) == 0
    assert _read(out) == _serial(lines)


def _start_batch(tmp_path: Path, lines: list[str], *options: str) -> tuple[subprocess.Popen[bytes], Path]:
    """``python -m timeline batch`` in a process group of its own (as a terminal runs a command), once
    its first output lines are out."""
    source = _write(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen(
        [sys.executable, "-m", "timeline", "batch", str(source), "--out", str(out), "--jobs", "2", *options],
        cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    for _ in range(6000):  # up to a minute for the first lines to appear
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.01)
    return run, out


def _group_is_gone(pgid: int) -> bool:
    """True once no process of group ``pgid`` is left (polled for up to a minute: hang detection only)."""
    for _ in range(600):
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


# Long chunks keep workers busy when the interrupts come (the stopping used to wait for them).
SLOW_LINES = [json.dumps({"id": n, "text": SEED, "dateline": "2023-01-31"}) for n in range(600)]


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
@pytest.mark.parametrize(("presses", "pause"), [(1, 0.0), (2, 0.05), (3, 0.0), (10, 0.02)])
def test_any_number_of_ctrl_c_ends_the_command_and_every_worker(tmp_path: Path, presses: int, pause: float) -> None:
    """Real SIGINTs to the whole process group, as a terminal sends Ctrl-C: the command exits with 130,
    no worker outlives it, and the output resumes to the serial one."""
    run, out = _start_batch(tmp_path, SLOW_LINES, "--chunk-size", "16")
    try:
        for _ in range(presses):
            os.killpg(run.pid, signal.SIGINT)
            time.sleep(pause)
        _, err = run.communicate(timeout=120)  # a hang fails here
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    assert run.returncode == 130, err.decode()
    assert err.decode().strip().splitlines()[-1].startswith("interrupted: rerun the same command to resume")
    assert b"Traceback" not in err
    assert _group_is_gone(run.pid)  # no orphaned worker
    done = out.read_bytes().count(b"\n")
    assert 3 <= done < len(SLOW_LINES)
    # Resumable: the same command on the first lines after the interrupted ones completes them.
    more = _write(tmp_path / "more.jsonl", SLOW_LINES[: done + 5])
    summary = run_batch(more, out, jobs=2, chunk_size=2)
    assert (summary.resumed, summary.written) == (done, 5)
    written = _read(out)
    assert [json.loads(line)["id"] for line in written] == list(range(done + 5))
    assert written[done:] == _serial(SLOW_LINES[done : done + 5])


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    """Only the parent killed (SIGKILL: no cleanup of its own): its workers see their pipes close and exit."""
    run, _ = _start_batch(tmp_path, SLOW_LINES, "--chunk-size", "1")
    try:
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=60)
        assert _group_is_gone(run.pid)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
