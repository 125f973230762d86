"""Does the text look like English?  A cheap test of its function words: the library reads English only.

The first ``SAMPLE_CHARS`` characters are read.  A text whose letters are mostly outside A–Z (Cyrillic,
Chinese, Arabic ...) is not English; nor is one of at least ``MIN_WORDS`` words of A–Z of which fewer
than ``MIN_SHARE`` are English function words.  English news and history run from 23% to 44% of them
(TimeBank, AQUAINT, WikiWars); French, Spanish, German, Italian, Portuguese and Dutch prose under 8%
(their "a", "in", "on", "is", "was" are counted too).  Shorter texts are not judged.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 5000
MIN_WORDS = 20
MIN_SHARE = 0.10
_FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "a", "an", "in", "on", "at", "for", "by", "from", "with", "as", "that", "this",
    "which", "who", "it", "its", "he", "she", "his", "her", "they", "their", "is", "are", "was", "were", "be",
    "been", "have", "has", "had", "will", "would", "not", "said",
})
_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> float | None:
    """The share of English function words among the A–Z words of the text's sample; 0.0 when its
    letters are mostly outside A–Z; None when the sample is too short to tell."""
    words = _WORD.findall(text, 0, SAMPLE_CHARS)
    letters = sum(map(len, words))
    latin = [w for w in words if w.isascii()]
    if letters >= MIN_WORDS * 2 and sum(map(len, latin)) < letters / 2:
        return 0.0
    if len(latin) < MIN_WORDS:
        return None
    return sum(w.lower() in _FUNCTION_WORDS for w in latin) / len(latin)


def language_warning(text: str) -> str | None:
    """The warning for a text that does not look like English, else None."""
    share = english_share(text)
    if share is None or share >= MIN_SHARE:
        return None
    return f"the text does not look like English ({share:.0%} English function words): the library reads English only"
