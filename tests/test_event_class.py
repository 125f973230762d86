"""The TimeML class of event mentions (``timeline._event_class.event_class``), on plain sentences.

Each case runs the sentence through ``_grammar.analyse`` (with "Monday" as its time expression, so
that the clause's other event words are found as candidates too) and classes the mention whose
trigger is the bracketed word.
"""

from __future__ import annotations

import re

import pytest

from timeline._event_class import EVENT_CLASSES, event_class
from timeline._grammar import Mention, analyse

_TIME = re.compile(r"\bMonday\b")


def _classify(marked: str) -> str:
    """The class of the mention of ``marked``'s bracketed word ("Police [arrested] two men")."""
    start = marked.index("[")
    end = marked.index("]") - 1
    text = marked.replace("[", "").replace("]", "")
    analysis = analyse(text, [m.span() for m in _TIME.finditer(text)])
    mentions: list[Mention] = [*analysis.mentions, *analysis.candidates]
    found = [m for m in mentions if m.trigger_start == start and m.trigger_end == end]
    assert found, f"no mention of {text[start:end]!r} in {[m.trigger for m in mentions]}"
    return event_class(text, found[0])


CASES = [
    # REPORTING: say, tell, report, explain, announce, ...
    ("The company [said] on Monday that profits rose.", "REPORTING"),
    ("Officials [announced] the results on Monday.", "REPORTING"),
    ("He [told] reporters on Monday that he would resign.", "REPORTING"),
    ("The minister [explained] on Monday why the talks failed.", "REPORTING"),
    ('"We will win," he [added] on Monday.', "REPORTING"),
    ("Shares [added] 2 points on Monday.", "OCCURRENCE"),
    ("The [announcement] on Monday surprised investors.", "REPORTING"),
    # PERCEPTION: see, hear, watch, ...
    ("Witnesses [saw] the plane on Monday.", "PERCEPTION"),
    ("Neighbors [heard] gunfire on Monday.", "PERCEPTION"),
    # ASPECTUAL: begin, stop, resume, complete, continue, keep + -ing
    ("The strike [began] on Monday.", "ASPECTUAL"),
    ("Workers [stopped] production on Monday.", "ASPECTUAL"),
    ("The talks will [resume] on Monday.", "ASPECTUAL"),
    ("The company [completed] the sale on Monday.", "ASPECTUAL"),
    ("Prices [kept] rising on Monday.", "ASPECTUAL"),
    ("The [end] of the war came on Monday.", "ASPECTUAL"),
    # I_ACTION: try, agree, urge, postpone, decline to, call for, nouns with their event
    ("The union [tried] to stop the merger on Monday.", "I_ACTION"),
    ("The board [agreed] on Monday to sell the unit.", "I_ACTION"),
    ("The president [urged] Congress on Monday to act.", "I_ACTION"),
    ("The court [postponed] the trial on Monday.", "I_ACTION"),
    ("The company [declined] to comment on Monday.", "I_ACTION"),
    ("Oil prices [declined] on Monday.", "OCCURRENCE"),
    ("Rebels [called] for a cease-fire on Monday.", "I_ACTION"),
    ("His [decision] to resign on Monday surprised everyone.", "I_ACTION"),
    ("The [decision] was announced on Monday.", "OCCURRENCE"),
    ("It was an [attempt] to delay the vote on Monday.", "I_ACTION"),
    # I_STATE: believe, expect, hope, fear, plan, and adjectives of attitude
    ("Analysts [expect] the economy to grow on Monday.", "I_STATE"),
    ("He [believes] the deal will close on Monday.", "I_STATE"),
    ("The company [hopes] to finish the project on Monday.", "I_STATE"),
    ("Investors [feared] a recession on Monday.", "I_STATE"),
    ("The company [plans] to cut jobs on Monday.", "I_STATE"),
    ("The [plan] to merge the banks was approved on Monday.", "I_STATE"),
    ("The company is [confident] that sales will rise on Monday.", "I_STATE"),
    ("The deal is [subject] to approval on Monday.", "I_STATE"),
    # STATE: a copula's predicate, stative verbs
    ("The city was [quiet] on Monday.", "STATE"),
    ("The plant [remained] closed on Monday.", "STATE"),
    ("The family [owned] three hotels.", "STATE"),
    ("The bank [has] $5 billion in assets.", "STATE"),
    # OCCURRENCE: everything else
    ("A bomb [exploded] in the market on Monday.", "OCCURRENCE"),
    ("Police [arrested] two men on Monday.", "OCCURRENCE"),
    ("The mayor was [killed] on Monday.", "OCCURRENCE"),
    ("The $18-a-share [offer] expired on Monday.", "OCCURRENCE"),
    ("Troops [stayed] in the city on Monday.", "OCCURRENCE"),
]


@pytest.mark.parametrize(("marked", "expected"), CASES, ids=[c[0] for c in CASES])
def test_event_class(marked: str, expected: str) -> None:
    assert _classify(marked) == expected


def test_every_class_is_tested() -> None:
    assert {cls for _, cls in CASES} == set(EVENT_CLASSES)


def test_unknown_words_are_occurrences() -> None:
    mention = Mention(0, 7, "zorbled", 0, "VERB", "PAST")
    assert event_class("zorbled the frob.", mention) == "OCCURRENCE"
