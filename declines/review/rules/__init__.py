"""The checklist's rules, one module each.

A rule module holds KEY, LABEL, ADVICE (the piece of §1 it comes from), TIP,
KINDS (the kinds of draft it applies to), `check(email, context) -> Verdict`,
optionally `applies(context)` for a further condition, and two lists of
examples that the tests run (tests/test_review_rules.py):

- MUST_WARN — drafts the rule must warn on;
- MUST_PASS — drafts it must pass.

An example is the text of a draft, or a dict with "text" and, as needed,
"subject", "quote" (words the warning must quote) and any `ReviewContext`
field. The context is otherwise a decline to Priya Lee at Brightwater
Analytics for the Senior Data Engineer role (reason: another offer), with
four days to the deadline, subject "Your offer".

The examples are the rule's contract in plain sentences: widen a rule and a
must-pass example shows what it must not catch; narrow it and a must-warn
example shows what it must still find.
"""
