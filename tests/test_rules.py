"""Every rule: a readable unique name, named groups only, and its own examples matched by it."""

from __future__ import annotations

import itertools
import re

import pytest

from timeline import build_timeline
from timeline._extract import find, rule_pattern
from timeline._rules import RULES, Rule, alt


def test_rule_names_are_unique_and_readable() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z][a-z_]*", name) for name in names)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_uses_named_groups_only(rule: Rule) -> None:
    # "(" not followed by "?" opens a numbered group; escaped "\(" is a literal.
    assert re.search(r"(?<!\\)\((?!\?)", rule.pattern) is None
    assert rule.examples, f"{rule.name} has no examples"


@pytest.mark.parametrize(
    ("rule", "example"), [(r, e) for r in RULES for e in r.examples], ids=lambda v: getattr(v, "name", v)
)
def test_rule_matches_its_examples(rule: Rule, example: str) -> None:
    # An example may carry context the rule looks at ("twice [a year]"): the rule's match is
    # the example or its end, and the whole pipeline finds exactly that expression.
    sentence = f"It happened {example}."
    m = rule_pattern(rule.name).search(sentence)
    assert m is not None and example.endswith(m.group()), f"{rule.name} does not match {example!r}"
    candidates = list(find(sentence))
    found = [sentence[c.start : c.end] for c in candidates]
    assert len(found) == 1 and example.endswith(found[0]), (example, found)
    # a range written as one ("3-4pm", "13-15 July") is two expressions, as TimeML marks it
    ranges = candidates[0].partial.then is not None
    # a rule for some kinds of text (Rule.kinds) is read in the first it lists, and only there
    kind = rule.kinds[0] if rule.kinds else "auto"
    assert len(build_timeline(sentence, "2023-01-31", kind=kind).expressions) == 1 + ranges
    if rule.kinds:
        assert build_timeline(sentence, "2023-01-31", kind=next(k for k in ("news", "narrative", "schedule")
                                                                 if k not in rule.kinds)).expressions == ()


@pytest.mark.parametrize("text", ["Violence flared over the past three summers.", "Prices rose over the past weekend."])
def test_the_past_before_a_number_or_unit_is_no_reference(text: str) -> None:
    # "the past" is a determiner there, not PAST_REF ("the past three summers" was "[the past]").
    assert all(e.value != "PAST_REF" for e in build_timeline(text, "1998-03-22").expressions)
    assert build_timeline("Violence flared in the past.", "1998-03-22").expressions[0].value == "PAST_REF"


@pytest.mark.parametrize(
    "words",
    [["a", "ab", "abb"], ["ab", "b a", "b", "a b", "ba-"], ["a-", "a", "-", "b-a b", "b-a"], ["bab", "ba", "abab"]],
)
def test_alt_matches_what_its_words_longest_first_match(words: list[str]) -> None:
    # alt() writes the words as a trie; on every short string it must match (and, followed by
    # more pattern, backtrack) as the plain alternation of the words, longest first, does.
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    plain = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"
    texts = ["".join(t) for n in range(7) for t in itertools.product("ab -", repeat=n)]
    for tail in ("", "b", r"(?![ab])", r"\s+a"):
        trie, listed = re.compile(alt(words) + tail, re.IGNORECASE), re.compile(plain + tail, re.IGNORECASE)
        assert [m.span() for t in texts for m in trie.finditer(t)] == [m.span() for t in texts for m in listed.finditer(t)]
