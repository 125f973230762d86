"""timeline: a news article's events in time order, each pinned to a normalized date.

```python
>>> from timeline import build_timeline
>>> tl = build_timeline("The minister resigned on Monday.", "2023-01-31")
>>> [(x.text, x.value) for x in tl.expressions]
[('Monday', '2023-01-30')]

```
"""

from __future__ import annotations

from ._api import build_timeline
from ._errors import (
    ForeignEventError,
    InvalidDatelineError,
    InvalidTextError,
    InvalidValueError,
    TextTooLongError,
    TimelineError,
    ValidationError,
)
from ._html import render_html
from ._model import AnchorSource, Event, Interval, Relation, TimeExpression, Timeline, TimexType
from ._values import Granularity

__all__ = [
    "AnchorSource",
    "Event",
    "ForeignEventError",
    "Granularity",
    "Interval",
    "InvalidDatelineError",
    "InvalidTextError",
    "InvalidValueError",
    "Relation",
    "TextTooLongError",
    "TimeExpression",
    "Timeline",
    "TimelineError",
    "TimexType",
    "ValidationError",
    "build_timeline",
    "render_html",
]
__version__ = "0.1.0"
