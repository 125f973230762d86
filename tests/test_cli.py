"""The one-article command line: reading files in any encoding (or refusing them in one line),
--version, --help in plain words, and the table's "when" and "bounds" columns."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import timeline
from timeline import build_timeline
from timeline.__main__ import format_table, main

ROOT = Path(__file__).parent.parent
ARTICLE = "MÜNCHEN, Jan. 31, 2023 — The café's owner resigned on Monday, his “last” day.\n"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The command as a user runs it, in a fresh process (so a traceback would show)."""
    return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _table(done: subprocess.CompletedProcess[bytes]) -> str:
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode("utf-8")


# --------------------------------------------------------------------------- reading the article


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),  # with its byte order mark, in the machine's order
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32-le-bom"],
)
def test_unicode_files_are_read_with_or_without_a_byte_order_mark(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    expected = format_table(build_timeline(ARTICLE))
    assert _table(_run(str(path))).rstrip("\n") == expected
    assert _table(_run("-", stdin=data)).rstrip("\n") == expected
    assert "café's owner resigned on Monday" in expected and "dateline: 2023-01-31" in expected


def test_other_encodings_are_read_with_encoding(tmp_path: Path) -> None:
    latin = ARTICLE.replace("“", '"').replace("”", '"').replace("—", "-")
    path = tmp_path / "latin.txt"
    path.write_bytes(latin.encode("latin-1"))
    refused = _run(str(path))
    assert refused.returncode == 2 and refused.stdout == b""
    assert refused.stderr.decode() == (f"error: cannot read {path}: not UTF-8 text: byte 0xdc at offset 1 (give "
                                       "its encoding with --encoding, for instance --encoding cp1252)\n")
    assert _table(_run(str(path), "--encoding", "latin-1")).rstrip("\n") == format_table(build_timeline(latin))
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(ARTICLE.encode("cp1252"))
    assert _table(_run(str(cp1252), "--encoding", "cp1252")).rstrip("\n") == format_table(build_timeline(ARTICLE))
    # A byte order mark is a fact about the file: it wins over --encoding.
    bom = tmp_path / "bom.txt"
    bom.write_bytes(ARTICLE.encode("utf-16"))
    assert _table(_run(str(bom), "--encoding", "latin-1")).rstrip("\n") == format_table(build_timeline(ARTICLE))


def _one_line_error(done: subprocess.CompletedProcess[bytes]) -> str:
    assert done.returncode == 2 and done.stdout == b""
    err = done.stderr.decode()
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize(
    ("data", "options", "reason"),
    [
        (bytes(range(256)) * 8, (), "a binary file, not text (a NUL byte at offset 0)"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 4, (), "not UTF-8 text: byte 0x89 at offset 0 (give its "
         "encoding with --encoding, for instance --encoding cp1252)"),
        (bytes(range(256)) * 8, ("--encoding", "latin-1"), "a binary file, not text (a NUL character at offset 0)"),
        (bytes(range(1, 256)) * 8, ("--encoding", "latin-1"), "a binary file, not text (216 control characters in 2040)"),
        ("Caf\u00e9 on Monday.".encode("latin-1"), ("--encoding", "ascii"), "not ascii text: byte 0xe9 at offset 3"),
        (codecs.BOM_UTF16_LE + b"M\x00o\x00n", (), "not UTF-16 text: byte 0x6e at offset 6 (its byte order mark says it is)"),
        (b"He left.\x00\x00\x00\x00", (), "a binary file, not text (a NUL byte at offset 8)"),
        (codecs.BOM_UTF8 + b"He left.\x00", (), "a binary file, not text (a NUL character at offset 8)"),
    ],
    ids=["binary", "png", "binary-latin-1", "controls-latin-1", "not-ascii", "odd-utf-16", "nul", "nul-after-bom"],
)
def test_undecodable_or_binary_files_are_a_one_line_error(
    tmp_path: Path, data: bytes, options: tuple[str, ...], reason: str
) -> None:
    path = tmp_path / "bin.dat"
    path.write_bytes(data)
    assert _one_line_error(_run(str(path), *options)) == f"error: cannot read {path}: {reason}\n"
    assert _one_line_error(_run("-", *options, stdin=data)) == f"error: cannot read standard input: {reason}\n"


def test_a_missing_file_or_a_folder_is_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert _one_line_error(_run(str(missing))) == f"error: cannot read {missing}: No such file or directory\n"
    assert _one_line_error(_run(str(tmp_path))) == f"error: cannot read {tmp_path}: Is a directory\n"


def test_an_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["article.txt", "--encoding", "no-such-codec"])
    assert exit_.value.code == 2
    assert "argument --encoding: unknown encoding: no-such-codec" in capsys.readouterr().err


def test_standard_input_replaced_by_a_text_stream_is_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    assert main(["-"]) == 0
    assert capsys.readouterr().out.rstrip("\n") == format_table(build_timeline(ARTICLE))


# --------------------------------------------------------------------------- --version and --help


def test_version_prints_the_package_version() -> None:
    done = _run("--version")
    assert done.returncode == 0 and done.stdout.decode() == f"timeline {timeline.__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", timeline.__version__)


@pytest.mark.parametrize("command", [("--help",), ("batch", "--help")], ids=["article", "batch"])
def test_help_is_in_plain_words(command: tuple[str, ...]) -> None:
    done = _run(*command)
    assert done.returncode == 0
    text = done.stdout.decode()
    assert "``" not in text and ":func:" not in text and ":class:" not in text  # no reST markup
    assert not re.search(r"\b_\w+", text), text  # no private module or function names
    assert "python -m timeline" in text and "Exit status" in text.replace("exit status", "Exit status")


# --------------------------------------------------------------------------- the table


def _row(table: str, event_text: str) -> list[str]:
    """The cells before the trigger of the row of the event whose text is ``event_text``."""
    line = next(line for line in table.splitlines() if line.endswith("  " + event_text))
    return line[: -len(event_text)].split()[:-1]


def test_an_undated_event_shows_a_dash_and_its_relation_not_a_duration() -> None:
    tl = build_timeline("He worked there for three years. The decades-long feud was referred to the court on "
                        "Monday. She will stay for a minute.", "2023-01-31")
    durations = {e.trigger: e.time.value for e in tl.events if e.time is not None and not e.is_dated}
    assert durations == {"worked": "P3Y", "stay": "PT1M"}  # times with no date: not for the "when" column
    table = format_table(tl)
    assert _row(table, "He worked there for three years.") == ["-", "BEFORE", "OCCURRENCE"]
    assert _row(table, "She will stay for a minute.") == ["-", "AFTER", "OCCURRENCE"]
    assert _row(table, "The decades-long feud was referred to the court on Monday.") == [
        "2023-01-30", "BEFORE", "OCCURRENCE"]
    assert not re.search(r"^P\S*\d", table, re.M)


def test_bounds_get_their_own_column_when_an_event_has_some() -> None:
    tl = build_timeline("Prices have risen since January. He resigned before the 2021 vote. They met on Monday.",
                        "2023-01-31")
    table = format_table(tl)
    assert table.splitlines()[1].split() == ["when", "bounds", "relation", "class", "mark", "trigger", "event"]
    assert _row(table, "Prices have risen since January.") == ["-", "from", "2023-01-01", "OVERLAP", "OCCURRENCE"]
    assert _row(table, "He resigned before the 2021 vote.") == ["-", "before", "2022-01-01", "BEFORE", "OCCURRENCE"]
    assert _row(table, "They met on Monday.") == ["2023-01-30", "BEFORE", "OCCURRENCE"]
    # Both bounds, and a bound with a time of day.
    resigned = next(e for e in tl.events if e.trigger == "resigned")
    both = attrs.evolve(tl, events=[attrs.evolve(resigned, earliest=dt.datetime(2020, 3, 1, 14, 30))])
    assert _row(format_table(both), resigned.text) == ["-", "from", "2020-03-01T14:30,", "before", "2022-01-01",
                                                        "BEFORE", "OCCURRENCE"]
    # No event with bounds: no such column.
    plain = format_table(build_timeline("They met on Monday.", "2023-01-31")).splitlines()
    assert plain[1].split() == ["when", "relation", "class", "mark", "trigger", "event"]


def test_the_seed_table_shows_no_duration_as_a_time() -> None:
    seed = (ROOT / "seeds" / "rourke_defends_baldwin_2023-01-31.txt").read_text(encoding="utf-8")
    tl = build_timeline(seed)
    table = format_table(tl, asserted_only=False)
    for e in tl.events:
        when = _row(table, " ".join(e.text.split()))[0] if len(" ".join(e.text.split())) <= 90 else None
        if when is not None:
            assert when == (e.time.value if e.time is not None and e.is_dated else "-")
