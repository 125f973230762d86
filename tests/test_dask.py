"""The Dask recipe of docs/howto/archive.md, run as written on a local cluster of two worker processes:
its output equals the serial run's.  Skipped when dask[bag,distributed] is not installed (CI installs it)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

db = pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from test_batch import ARTICLES, _input_lines  # noqa: E402 - after the skips: needs nothing of dask

from timeline import Timeline, build_timeline  # noqa: E402
from timeline.batch import process_line, record, run_batch  # noqa: E402

DOC = Path(__file__).parent.parent / "docs" / "howto" / "archive.md"
RECIPE = re.findall(r"<!-- test: dask -->\n```py\n(?P<code>.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


@pytest.fixture(scope="module")
def recipe_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], Path, list[str]]]:
    """The recipe's blocks executed in a directory holding ``archive/``: its namespace (with the client),
    the directory, and the input lines (two files, concatenated in name order)."""
    assert len(RECIPE) == 2, "docs/howto/archive.md: expected the cluster block and the archive block"
    work = tmp_path_factory.mktemp("dask")
    lines = _input_lines()
    (work / "archive").mkdir()
    half = len(lines) // 2
    for name, part in (("a.jsonl", lines[:half]), ("b.jsonl", lines[half:])):
        (work / "archive" / name).write_text("".join(x + "\n" for x in part), encoding="utf-8")
    namespace: dict[str, Any] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(work)
        exec(RECIPE[0], namespace)  # starts the cluster
        try:
            exec(RECIPE[1], namespace)
            yield namespace, work, lines
        finally:
            cluster = namespace["client"].cluster
            namespace["client"].close()
            cluster.close()


def test_the_recipe_writes_what_the_serial_run_writes(recipe_run: tuple[dict[str, Any], Path, list[str]]) -> None:
    namespace, work, lines = recipe_run
    assert len(namespace["client"].scheduler_info()["workers"]) == 2  # really on the cluster's two processes
    parts = sorted((work / "timelines").glob("part-*.jsonl"))
    assert len(parts) == 2  # one per input file
    (work / "all.jsonl").write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    run_batch(work / "all.jsonl", work / "serial.jsonl", jobs=1)
    # the parts, concatenated in name order, are byte for byte the serial run's output
    assert b"".join(part.read_bytes() for part in parts) == (work / "serial.jsonl").read_bytes()
    written = (work / "serial.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(written) == len(lines)
    assert sum("error" in json.loads(line) for line in written) == 6  # the failing lines are answered too


def test_small_partitions_keep_lines_whole_and_in_order(recipe_run: tuple[dict[str, Any], Path, list[str]]) -> None:
    _, work, lines = recipe_run
    bag = db.read_text(str(work / "archive" / "*.jsonl"), blocksize=1000)  # smaller than the seed article: lines cross blocks
    assert bag.npartitions > 4
    assert bag.map(process_line).compute() == [process_line(line) for line in lines]
    assert bag.map(record).compute() == [record(line) for line in lines]


def test_timelines_travel_between_processes_as_pickles(recipe_run: tuple[dict[str, Any], Path, list[str]]) -> None:
    articles = [(a["text"], a["dateline"]) for a in ARTICLES]
    bag = db.from_sequence(articles, npartitions=4).starmap(build_timeline)
    got = bag.compute()
    assert all(isinstance(tl, Timeline) for tl in got)
    assert got == [build_timeline(text, dateline) for text, dateline in articles]
    back = db.from_sequence(got, npartitions=4).map(lambda tl: json.dumps(tl.to_dict())).compute()
    assert [Timeline.from_json(doc) for doc in back] == got
