"""The library's exceptions: one base class, one subclass per kind of bad input."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error that [`timeline.build_timeline`][timeline.build_timeline] raises."""


class InvalidTextError(TimelineError, TypeError):
    """The article text is not a ``str`` (for instance ``bytes`` or ``None``)."""


class TextTooLongError(TimelineError, ValueError):
    """The article text is longer than the ``max_chars`` limit of [`timeline.build_timeline`][timeline.build_timeline].

    ``size`` is the text's length in characters, ``limit`` the limit it broke.
    """

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"text: expected at most max_chars={limit:,} characters, got {size:,} "
            "(pass a larger max_chars to build_timeline, or split the text)"
        )


class InvalidDatelineError(TimelineError, ValueError):
    """The dateline is neither a date, a datetime, an ISO 8601 string nor ``None`` (nor, for the
    bounds of ``Timeline.events_within``, a date, a datetime or an ISO 8601 string)."""


class ForeignEventError(TimelineError, ValueError):
    """An event given to a ``Timeline`` method (``relation``, ``window``, ``events_before``,
    ``events_after``) is not one of that timeline's events: it comes from another timeline, or it
    is no ``Event`` at all."""


class InvalidValueError(TimelineError, ValueError):
    """A string is not a TIMEX3 value this library can represent."""


class ValidationError(TimelineError, ValueError):
    """A model object was built with a field that breaks its invariants.

    The message names the field, what was expected and what was got.
    """

    def __init__(self, owner: str, field: str, expected: str, got: object) -> None:
        self.owner = owner
        self.field = field
        self.expected = expected
        self.got = got
        super().__init__(f"{owner}.{field}: expected {expected}, got {got!r}")
