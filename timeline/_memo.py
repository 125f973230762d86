"""A bounded memo of a pure function of a word, mapped over lists of words in C."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class WordMemo(Generic[T]):
    """``function`` of a word, remembered for at most ``size`` distinct words (words repeat across
    texts), and mapped over a list of words with C-level loops: each word new to the memo is
    computed once, then every word is one dict lookup (an ``lru_cache``d call per word costs a
    Python call each).  When full, the memo starts afresh in a new dict: a caller still reading
    the old one is unaffected, so threads may share it."""

    def __init__(self, function: Callable[[str], T], size: int) -> None:
        self._function, self._size = function, size
        self._table: dict[str, T] = {}

    def map(self, words: list[str]) -> list[T]:
        table = self._table
        new = set(words).difference(table)
        if new:
            if len(table) + len(new) > self._size:
                table = self._table = {}
                new = set(words)
            table.update(zip(new, map(self._function, new), strict=True))
        return list(map(table.__getitem__, words))
