"""The kind of a text, for ``build_timeline(..., kind="auto")``: news or narrative.

A news story is told from its dateline: its lead says what happened "on Tuesday", "yesterday",
"last week", and the years it names lie near its date.  A narrative (history, an encyclopedia
article, an obituary's life story) is told from its own time: its dates are years and dates of
the story, mostly far from the date the text was written or downloaded, and it hardly counts days
from its date.  A schedule (a calendar, commands to an assistant) is never guessed: ask for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ._extract import Candidate
from ._partial import Anchor

# A year more than this far from the dateline is one of the story's own, not the news's.
FAR_YEARS = 2
# A text is a narrative when at least this many of its expressions name far years ...
MIN_FAR = 10
# ... and they outnumber, this many times over, the expressions counted from the dateline by the
# day ("Tuesday", "yesterday", "last week"), which a news story's lead is made of.
FAR_PER_DEICTIC = 4
_YEAR = re.compile(r"\d{4}")


def detect_kind(candidates: Sequence[Candidate], dateline: dt.date | None) -> str:
    """``narrative`` when there is no dateline, or when the text names at least MIN_FAR far years
    and they outnumber its day-counted deictics FAR_PER_DEICTIC times over; else ``news``."""
    if dateline is None:
        return "narrative"
    far = deictic = 0
    for c in candidates:
        p = c.partial
        if p.shift is None and (
            p.value.startswith("BC") or (_YEAR.match(p.value) is not None and abs(int(p.value[:4]) - dateline.year) > FAR_YEARS)
        ):
            far += 1  # a year of the story's own ("in 1939", "499 BC")
        elif (p.value.startswith("XXXX-WXX-") and p.type in ("DATE", "TIME")) or (
            p.shift is not None and p.shift.anchor is Anchor.DATELINE and p.type in ("DATE", "TIME")
        ):
            deictic += 1
    return "narrative" if far >= MIN_FAR and far >= FAR_PER_DEICTIC * deictic else "news"
