"""Does the text look like English?  A cheap test of its function words: the library reads English only.

The first ``SAMPLE_CHARS`` characters are read (an accented word counts as its A–Z pieces).  A text
whose letters are mostly outside A–Z (Cyrillic, Chinese, Arabic ...) is not English; nor is one of at least ``MIN_WORDS`` words of A–Z of which fewer
than ``MIN_SHARE`` are English function words.  English news and history run from 26% to 47% of them
(TimeBank, AQUAINT, WikiWars), a terse schedule or a social post 12% to 25%; French, Spanish, German,
Italian, Portuguese, Dutch, Polish, Swedish, Turkish and Indonesian news prose 0% to 8% (their "a",
"in", "on", "is", "was", "we" are counted too).  Shorter texts are not judged.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 2000
MIN_WORDS = 20
MIN_SHARE = 0.10
_FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "a", "an", "in", "on", "at", "for", "by", "from", "with", "as", "that", "this",
    "which", "who", "it", "its", "he", "she", "his", "her", "they", "their", "is", "are", "was", "were", "be",
    "been", "have", "has", "had", "will", "would", "not", "said", "but", "or", "if", "can", "all", "out", "up",
    "about", "there", "what", "just", "you", "we", "my", "me", "your", "our",
})
_FUNCTION_BYTES = frozenset(w.encode("ascii") for w in _FUNCTION_WORDS)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# An ASCII sample's A-Z words, lower-cased, by bytes.translate and split (C loops, several times faster
# than a regex scan): every byte that is no letter becomes a space.
_WORDS_ONLY = bytes(
    b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 else 32 for b in range(256)
)
_OTHER_LETTERS = re.compile(r"[^\W\d_A-Za-z]+")  # letters outside A-Z: accented, Cyrillic, Chinese ...


def english_share(text: str) -> float | None:
    """The share of English function words among the A–Z words of the text's sample; 0.0 when its
    letters are mostly outside A–Z; None when the sample is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sample.isascii():
        # the common case, cheaper (this test runs on every call): no letters outside A-Z to count,
        # and the words found and lower-cased by bytes.translate and split, looked up by map()
        latin_words = sample.encode("ascii").translate(_WORDS_ONLY).split()
        if len(latin_words) < MIN_WORDS:
            return None
        return sum(map(_FUNCTION_BYTES.__contains__, latin_words)) / len(latin_words)
    words = _LATIN_WORD.findall(sample)
    latin = sum(map(len, words))
    other = sum(map(len, _OTHER_LETTERS.findall(sample)))
    if latin + other >= MIN_WORDS * 2 and latin < other:
        return 0.0
    if len(words) < MIN_WORDS:
        return None
    return sum(w.lower() in _FUNCTION_WORDS for w in words) / len(words)


def language_warning(text: str) -> str | None:
    """The warning for a text that does not look like English, else None."""
    share = english_share(text)
    if share is None or share >= MIN_SHARE:
        return None
    return f"the text does not look like English ({share:.0%} English function words): the library reads English only"
