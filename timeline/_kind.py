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
from ._values import NO_YEAR
from ._values import Granularity as G

# A year more than this far from the dateline is one of the story's own, not the news's.
FAR_YEARS = 2
# A text is a narrative when at least this many of its expressions name far years ...
MIN_FAR = 10
# ... and they outnumber, this many times over, the expressions counted from the dateline by the
# day ("Tuesday", "yesterday", "last week"), which a news story's lead is made of.
FAR_PER_DEICTIC = 4
_YEAR = re.compile(r"\d{4}")


def detect_kind(candidates: Sequence[Candidate], dateline: dt.date | None) -> str:
    """``narrative`` when there is no dateline; when the text names at least MIN_FAR far years
    and they outnumber its day-counted deictics FAR_PER_DEICTIC times over; or when it is a short
    story told from its own time (see :func:`_short_story`); else ``news``."""
    if dateline is None:
        return "narrative"
    far = deictic = near = ahead = daily = undated = 0
    for c in candidates:
        p = c.partial
        year = int(p.value[:4]) if p.shift is None and _YEAR.match(p.value) is not None else None
        if p.shift is None and (p.value.startswith("BC") or (year is not None and abs(year - dateline.year) > FAR_YEARS)):
            far += 1  # a year of the story's own ("in 1939", "499 BC")
            ahead += year is not None and year > dateline.year
        elif year is not None:
            near += 1
        elif (p.value.startswith("XXXX-WXX-") and p.type in ("DATE", "TIME")) or (
            p.shift is not None and p.shift.anchor is Anchor.DATELINE and p.type in ("DATE", "TIME")
        ):
            deictic += 1
            daily += p.shift is None or p.shift.amount != 0 or p.shift.unit not in _COARSE
        elif p.shift is None and NO_YEAR.fullmatch(p.value) is not None:
            undated += 1
    if far >= MIN_FAR and far >= FAR_PER_DEICTIC * deictic:
        return "narrative"
    return "narrative" if _short_story(far, ahead, near, daily, undated) else "news"


def _short_story(far: int, ahead: int, near: int, daily: int, undated: int) -> bool:
    """A short text told from its own time: its years all lie far before the dateline, its calendar
    runs on without them (at least MIN_UNDATED months or month-days with no year: "on 24 June 1812 ...
    By mid-August ... on 7 September"), and it counts nothing from the dateline but its own "this
    year" or "the end of the year" (no "yesterday", "Tuesday", "last month").  A far year ahead
    ("debentures due March 15, 2007") or a near one is a news story's."""
    return far > 0 and not (ahead or near or daily) and undated >= MIN_UNDATED


# A short story's months or month-days without a year (see _short_story).
MIN_UNDATED = 2
# Deictics that count from the dateline no finer than a month: "this year", "the end of the month".
_COARSE = frozenset({G.CENTURY, G.DECADE, G.YEAR, G.HALF, G.QUARTER, G.SEASON, G.MONTH})
