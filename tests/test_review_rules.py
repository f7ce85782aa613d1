"""Every rule of the checklist warns on its must-warn examples and passes its must-pass ones.

The examples live beside each rule (declines/review/rules/<rule>.py); a
warning must also quote what it is about as the user typed it.
"""

import datetime as dt

import pytest

from declines.models import Reason
from declines.review.engine import RULES, OtherOffer, ReviewContext, review

TODAY = dt.date(2025, 3, 10)
DEFAULT_CONTEXT = {
    "kind": "decline",
    "reason": Reason.ANOTHER_OFFER,
    "reason_detail": "",
    "contact_name": "Priya Lee",
    "role": "Senior Data Engineer",
    "company": "Brightwater Analytics",
    "respond_by": TODAY + dt.timedelta(days=4),
    "today": TODAY,
}


def run(rule_key: str, example):
    example = {"text": example} if isinstance(example, str) else dict(example)
    text, subject, quote = example.pop("text", ""), example.pop("subject", "Your offer"), example.pop("quote", None)
    if "days_to_deadline" in example:
        days = example.pop("days_to_deadline")
        example["respond_by"] = None if days is None else TODAY + dt.timedelta(days=days)
    if "other_offers" in example:
        example["other_offers"] = tuple(OtherOffer(**o) for o in example["other_offers"])
    context = ReviewContext(**{**DEFAULT_CONTEXT, **example})
    results = {r.key: r for r in review(subject=subject, text=text, context=context)}
    return results[rule_key], subject, text, quote


def examples(attribute: str):
    return [
        pytest.param(rule.key, example, id=f"{rule.key}-{n}")
        for rule in RULES
        for n, example in enumerate(getattr(rule, attribute))
    ]


@pytest.mark.parametrize(("rule_key", "example"), examples("must_warn"))
def test_the_rule_warns_on_its_must_warn_examples(rule_key, example):
    result, subject, text, quote = run(rule_key, example)

    assert result.status == "warning", result.message
    for finding in result.findings:
        typed = subject if finding.field == "subject" else text
        assert typed[finding.start : finding.end] == finding.quote
        assert finding.key.startswith(rule_key)
    if quote is not None:
        assert result.quote == quote


@pytest.mark.parametrize(("rule_key", "example"), examples("must_pass"))
def test_the_rule_passes_its_must_pass_examples(rule_key, example):
    result, *_ = run(rule_key, example)

    assert result.status == "pass", result.message


def test_every_rule_has_examples_both_ways():
    for rule in RULES:
        assert rule.must_warn, rule.key
        assert rule.must_pass, rule.key


def test_every_pattern_of_the_tone_rule_starts_at_a_word():
    """One pattern that does not start with \\b turns off the engine's first-letter index for its whole list
    (`text.any_of`): the tone rule's check went from under 1 ms to 20 ms on a 200-word email."""
    from declines.review.rules import professional_tone

    for name in ("NEGATIVE_PATTERNS", "CRITICISM_PATTERNS", "DENIED_PATTERNS", "COMPLAINT_PATTERNS"):
        unindexed = [p for p in getattr(professional_tone, name) if not p.startswith("\\b")]
        assert unindexed == [], name
