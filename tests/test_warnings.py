"""Timeline.warnings: what a run could not do as asked, said in short messages, never silently; the
model validates them, JSON and records carry them, the command line prints them to stderr."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import attrs
import jsonschema
import pytest

from timeline import TextTooLongError, Timeline, TimelineError, ValidationError, build_timeline
from timeline.__main__ import main
from timeline._language import english_share

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads((ROOT / "docs" / "timeline.schema.json").read_text(encoding="utf-8"))

ENGLISH = ("The minister resigned on Monday after a week of protests in the capital. Police said that "
           "the crowd had grown since the vote, and the opposition will meet on Friday to choose a leader.")
FRENCH = ("Le ministre a démissionné lundi après une semaine de manifestations dans la capitale. La police "
          "a déclaré que la foule avait grandi depuis le vote, et l'opposition se réunira vendredi pour choisir un chef.")
GERMAN = ("Der Minister ist am Montag nach einer Woche voller Proteste in der Hauptstadt zurückgetreten. Die Polizei "
          "sagte, die Menge sei seit der Abstimmung gewachsen, und die Opposition will am Freitag einen Chef wählen.")
SPANISH = ("El ministro dimitió el lunes tras una semana de protestas en la capital. La policía dijo que la "
           "multitud había crecido desde la votación y la oposición se reunirá el viernes para elegir a un líder.")
RUSSIAN = "Министр ушёл в отставку в понедельник после недели протестов в столице. Полиция сообщила, что толпа выросла."


def test_no_dateline_is_said() -> None:
    tl = build_timeline("The minister resigned on Monday.")
    assert tl.dateline is None
    assert len(tl.warnings) == 1 and "no dateline" in tl.warnings[0] and "keep X" in tl.warnings[0]
    assert build_timeline("The minister resigned on Monday.", "2023-01-31").warnings == ()
    assert build_timeline("date 2023-01-31\nThe minister resigned on Monday.").warnings == ()


def test_an_ambiguous_numeric_dateline_says_how_it_was_read() -> None:
    tl = build_timeline("Published: 06/11/2024\nThe council met on Monday.")
    assert str(tl.dateline) == "2024-06-11"
    [warning] = tl.warnings
    assert "'06/11/2024' read as 2024-06-11 (month first)" in warning and "2024-11-06 (day first)" in warning
    # unambiguous: a number over 12, a weekday that fits one reading, a dotted (day-first) date
    for head in ("Published: 14/03/2025", "Published: Wed 06/11/2024", "Published: 06.11.2024"):
        assert build_timeline(f"{head}\nThe council met on Monday.").warnings == (), head
    # a dateline passed is not detected, so it is not ambiguous
    assert build_timeline("Published: 06/11/2024\nThe council met on Monday.", "2024-11-06").warnings == ()


@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH, RUSSIAN])
def test_a_text_that_is_not_english_is_said(text: str) -> None:
    tl = build_timeline(text, "2024-11-06")
    assert [w for w in tl.warnings if "does not look like English" in w and "English only" in w], tl.warnings


@pytest.mark.parametrize("text", [
    ENGLISH,
    "Huge win tonight!!! Thanks everyone who came out, see you all next Friday at the stadium, can't wait "
    "#GoTeam lol best night ever honestly love this city so much",
    "Schedule for the week: Monday 9:00 standup, Tuesday 10:00 design review, Wednesday 14:00 planning, "
    "Thursday 9:00 standup, Friday 16:00 retrospective, Saturday and Sunday off, next Monday 9:00 standup again.",
])
def test_english_is_not_judged_foreign(text: str) -> None:
    assert build_timeline(text, "2024-11-06").warnings == ()


def test_english_and_short_texts_are_not_judged_foreign() -> None:
    assert build_timeline(ENGLISH, "2024-11-06").warnings == ()
    assert build_timeline("Le ministre a démissionné lundi.", "2024-11-06").warnings == ()  # too short to tell
    assert english_share("Le ministre a démissionné lundi.") is None
    share = english_share(ENGLISH)
    assert share is not None and share > 0.3


def test_cut_at_max_chars_is_said_and_otherwise_raises() -> None:
    text = ENGLISH * 3
    with pytest.raises(TextTooLongError):
        build_timeline(text, "2024-11-06", max_chars=100)
    tl = build_timeline(text, "2024-11-06", max_chars=100, too_long="cut")
    assert len(tl.text) <= 100 and text.startswith(tl.text) and not tl.text.endswith(" ")
    assert text[len(tl.text)].isspace()  # not in the middle of a word
    [warning] = tl.warnings
    assert f"text cut at {len(tl.text)} of {len(text)} characters (max_chars=100)" in warning
    assert build_timeline(ENGLISH, "2024-11-06", too_long="cut").warnings == ()  # not cut: nothing said
    with pytest.raises(TimelineError, match="too_long: expected one of raise, cut, got 'trim'"):
        build_timeline(ENGLISH, "2024-11-06", too_long="trim")


def test_warnings_go_through_json_and_records() -> None:
    tl = build_timeline(FRENCH)
    assert len(tl.warnings) == 2
    document = tl.to_dict()
    jsonschema.validate(document, SCHEMA)
    assert document["warnings"] == list(tl.warnings)
    assert Timeline.from_json(tl.to_json()) == tl
    records = build_timeline("Published: 06/11/2024\nThe council met on Monday.").to_records()
    assert records and all(r["warnings"] == records[0]["warnings"] for r in records)
    assert "ambiguous dateline" in str(records[0]["warnings"])
    out = io.StringIO()
    csv.DictWriter(out, Timeline.RECORD_FIELDS).writerows(records)
    assert build_timeline("He resigned on Monday.", "2023-01-31").to_records()[0]["warnings"] is None


def test_a_document_from_before_warnings_reads_as_none() -> None:
    document = build_timeline("He resigned on Monday.").to_dict()
    del document["warnings"]
    assert Timeline.from_dict(document).warnings == ()
    with pytest.raises(ValidationError, match="warnings: expected a JSON array of strings"):
        Timeline.from_dict({**document, "warnings": "no dateline"})


@pytest.mark.parametrize("bad", ["no dateline", ("ok", 3), 5, (b"bytes",)])
def test_the_model_validates_warnings(bad: object) -> None:
    tl = build_timeline("He resigned on Monday.", "2023-01-31")
    with pytest.raises(ValidationError, match=r"Timeline\.warnings: expected a tuple of str"):
        attrs.evolve(tl, warnings=bad)
    assert attrs.evolve(tl, warnings=["a list is kept as a tuple"]).warnings == ("a list is kept as a tuple",)


def test_the_command_line_prints_warnings_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Published: 06/11/2024\nThe council met on Monday.", encoding="utf-8")
    assert main([str(article), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert "warning: ambiguous dateline '06/11/2024'" in err
    assert json.loads(out)["warnings"]  # and the JSON carries them
    assert main([str(article), "--dateline", "2024-11-06"]) == 0
    assert "warning" not in capsys.readouterr().err
