"""Every rule: a readable unique name, named groups only, and its own examples matched by it."""

from __future__ import annotations

import re

import pytest

from timeline import build_timeline
from timeline._extract import find, rule_pattern
from timeline._rules import RULES, Rule


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
    found = [sentence[c.start : c.end] for c in find(sentence)]
    assert len(found) == 1 and example.endswith(found[0]), (example, found)
    assert len(build_timeline(sentence, "2023-01-31").expressions) == 1


@pytest.mark.parametrize("text", ["Violence flared over the past three summers.", "Prices rose over the past weekend."])
def test_the_past_before_a_number_or_unit_is_no_reference(text: str) -> None:
    # "the past" is a determiner there, not PAST_REF ("the past three summers" was "[the past]").
    assert all(e.value != "PAST_REF" for e in build_timeline(text, "1998-03-22").expressions)
    assert build_timeline("Violence flared in the past.", "1998-03-22").expressions[0].value == "PAST_REF"
