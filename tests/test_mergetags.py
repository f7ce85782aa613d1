"""Tests of the merge-tag language: what a template may say and how it is filled."""

import datetime as dt
import re
import time

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from declines.composer import render_markdown
from declines.mergetags import TAGS, escape_markdown, fill, tags_used, validate, validate_or_raise

VOCABULARY = [
    "company",
    "role",
    "contact_name",
    "contact_first_name",
    "greeting",
    "my_name",
    "my_first_name",
    "signature",
    "sign_off",
    "reason_sentence",
    "door_open_sentence",
    "thanks_sentence",
    "stood_out_sentence",
    "offer_date",
    "respond_by",
    "call_date",
    "today",
]

TODAY = dt.date(2026, 11, 26)


def test_the_vocabulary_is_fixed_and_documented():
    assert list(TAGS) == VOCABULARY
    for name, tag in TAGS.items():
        assert tag.name == name
        assert tag.description.endswith(".")
        assert tag.sample


# ---------------------------------------------------------------------------
# validate


def test_it_accepts_known_tags_with_or_without_spaces():
    text = "{{ greeting }}\n\nThank you, {{company}}, for the {{  role  }} offer.\n\n{{ signature }}"
    assert validate(text) == []
    assert validate_or_raise(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Plain prose with no tags at all.",
        "Use {curly braces} in a sentence.",
        "A lone { brace and a lone } brace.",
        "A set {1, 2, 3} and an empty {}.",
        "Escaped braces stay text: \\{company\\} and \\{\\{ role \\}\\}.",
        "Percent and hash signs: 100%} and #} are ordinary text.",
        "{{ today }}{{ respond_by }}",
    ],
)
def test_it_allows_braces_in_ordinary_prose(text):
    assert validate(text) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Dear {{ compnay }},", "Unknown tag {{ compnay }} — did you mean {{ company }}?"),
        ("{{ Company }}", "Unknown tag {{ Company }} — did you mean {{ company }}?"),
        ("{{ contact_frist_name }}", "Unknown tag {{ contact_frist_name }} — did you mean {{ contact_first_name }}?"),
        ("{{ xyzzy }}", "Unknown tag {{ xyzzy }}. Use one of the tags listed for templates."),
        (
            "{{ offer.owner.password }}",
            "{{ offer.owner.password }} is not allowed: only plain tag names like {{ company }} work here.",
        ),
        (
            "{{ user.groups.all }}",
            "{{ user.groups.all }} is not allowed: only plain tag names like {{ company }} work here.",
        ),
        (
            "{{ messages.storages.0.signer.key }}",
            "{{ messages.storages.0.signer.key }} is not allowed: only plain tag names like {{ company }} work here.",
        ),
        (
            "{{ company|safe }}",
            "{{ company|safe }} is not allowed: only plain tag names work here — did you mean {{ company }}?",
        ),
        (
            "{{ offer.company }}",
            "{{ offer.company }} is not allowed: only plain tag names work here — did you mean {{ company }}?",
        ),
        (
            "{{ contact.name }}",
            "{{ contact.name }} is not allowed: only plain tag names work here — did you mean {{ contact_name }}?",
        ),
        ("{% debug %}", "{% debug %} — template logic is not allowed. Use plain tags like {{ company }}."),
        ("{% load log %}", "{% load log %} — template logic is not allowed. Use plain tags like {{ company }}."),
        (
            '{% include "base.html" %}',
            '{% include "base.html" %} — template logic is not allowed. Use plain tags like {{ company }}.',
        ),
        ("Hi {%", "{% — template logic is not allowed. Use plain tags like {{ company }}."),
        ("{# comment #}", "{# comment #} — template comments are not allowed; please delete it."),
        ("Dear {{ company,\n\nThanks.", "“{{ company,” is missing its closing }} — write {{ company }}."),
        ("Dear {{ company", "“{{ company” is missing its closing }} — write {{ company }}."),
        ("Dear {{", "“{{” has no closing }} — tags look like {{ company }}."),
        ("Dear team }} and all", "Stray }} after “Dear team” — remove it, or add the opening {{."),
        ("}} at first", "Stray }} at the start — remove it, or add the opening {{."),
        (
            "{{{ company }}}",
            "{{{ company }}} has too many braces — write tags with two on each side, like {{ company }}.",
        ),
        (
            "{{ role }}}",
            "{{ role }}} has too many braces — write tags with two on each side, like {{ role }}.",
        ),
        ("{{ }}", "Empty tag {{ }} — put a tag name inside, such as {{ company }}."),
        ("Dear {company},", "{company} needs double braces — write {{ company }}."),
        ("Dear { contact_name }}", "{ contact_name } needs double braces — write {{ contact_name }}."),
        ("{compnay}", "{compnay} is not a tag — did you mean {{ company }}?"),
        ("{offer.role}", "{offer.role} is not a tag — did you mean {{ role }}?"),
        (
            "Use {curly} here",
            "{curly} looks like a tag, but tags use double braces and a known name, like {{ company }}. "
            "For braces as text, write \\{curly\\}.",
        ),
    ],
)
def test_it_explains_each_mistake(text, message):
    assert validate(text) == [message]


def test_it_reports_every_mistake_once_in_order():
    text = "{{ compnay }} {% if x %} {{ compnay }} {{ role }} {# note #}"
    assert validate(text) == [
        "Unknown tag {{ compnay }} — did you mean {{ company }}?",
        "{% if x %} — template logic is not allowed. Use plain tags like {{ company }}.",
        "{# note #} — template comments are not allowed; please delete it.",
    ]


def test_a_long_mistake_is_shortened_in_the_message():
    text = "{{ " + "a." * 60 + "b }}"
    (message,) = validate(text)
    assert message.startswith("{{ a.a.a.")
    assert "…" in message
    assert len(message) < 120


@pytest.mark.parametrize("text", ["{" * 20_000, "}" * 20_000, "{%" * 10_000, "{#" * 10_000, "{{ a" * 5_000])
def test_validation_stays_fast_on_runs_of_braces(text):
    # It runs on every keystroke of the live preview; these took seconds when
    # the tokeniser backtracked.
    started = time.perf_counter()
    assert len(validate(text)) == 1
    fill(text, {"company": "Acme"})
    assert time.perf_counter() - started < 0.5


def test_validate_or_raise_gives_forms_every_message():
    with pytest.raises(ValidationError) as caught:
        validate_or_raise("{{ compnay }} and {% debug %}")
    assert caught.value.messages == [
        "Unknown tag {{ compnay }} — did you mean {{ company }}?",
        "{% debug %} — template logic is not allowed. Use plain tags like {{ company }}.",
    ]


# ---------------------------------------------------------------------------
# tags_used and fill


def test_tags_used_lists_known_tags_in_order_of_first_use():
    text = "{{ role }} at {{company}}, {{ role }} again, {{ unknown }}, \\{{ greeting }}, {{ offer.company }}"
    assert tags_used(text) == ["role", "company"]


def test_fill_is_one_pass_so_values_stay_literal():
    values = {"company": "{{ role }}", "role": "Engineer"}
    assert fill("{{ company }} / {{ role }}", values, markdown=False) == "{{ role }} / Engineer"
    filled = fill("{{ company }} / {{ role }}", values)
    assert filled == "\\{\\{ role \\}\\} / Engineer"
    # Even filling the filled text again cannot bring the value to life.
    assert fill(filled, values) == filled
    assert tags_used(filled) == []


def test_fill_leaves_unknown_and_malformed_tags_as_written():
    text = "{{ offer.owner.password }} {{ settings.SECRET_KEY }} {{ nope }} {% debug %} {{ company"
    assert fill(text, {"company": "Acme", "nope": "leaked"}) == text


def test_fill_leaves_a_tag_without_a_value_as_written():
    assert fill("Hi {{ company }} at {{ role }}", {"role": "Engineer"}) == "Hi {{ company }} at Engineer"


@pytest.mark.parametrize(
    ("text", "filled"),
    [
        ("Thanks. {{ stood_out_sentence }} See you.", "Thanks. See you."),
        ("Thanks. {{ stood_out_sentence }}\nBest,", "Thanks.\nBest,"),
        ("{{ stood_out_sentence }} See you.", "See you."),
        ('- "Thanks. {{ stood_out_sentence }}"', '- "Thanks."'),
        ("Hi,\n\n{{ stood_out_sentence }}\n\nBest,", "Hi,\n\nBest,"),
        ("Hi,\n  {{ stood_out_sentence }}  \nBest,", "Hi,\nBest,"),
        ("{{ stood_out_sentence }}\n\nBest,", "Best,"),
        ("Thanks. \\{{ stood_out_sentence }} x", "Thanks. \\{{ stood_out_sentence }} x"),
    ],
)
def test_a_tag_with_nothing_to_say_leaves_with_its_space_or_its_line(text, filled):
    assert fill(text, {"stood_out_sentence": ""}) == filled
    assert fill(text, {"stood_out_sentence": "Yes."}) == text.replace("{{ stood_out_sentence }}", "Yes.").replace(
        "\\Yes.", "\\{{ stood_out_sentence }}"
    )


def test_leaving_no_trace_stays_fast_on_runs_of_spaces():
    text = "a" + " " * 50_000 + "{{ stood_out_sentence }}" + " " * 50_000 + "x"
    assert fill(text, {"stood_out_sentence": ""}) == "a" + " " * 50_000 + "x"
    text = ("a {{ stood_out_sentence }} " * 5_000) + "\n" * 5_000 + "{{ stood_out_sentence }}\n" * 5_000
    assert fill(text, {"stood_out_sentence": ""}).startswith("a a a")


def test_fill_resolves_escaped_braces_in_subject_lines():
    assert fill("Re: \\{draft\\} {{ role }}", {"role": "Engineer"}, markdown=False) == "Re: {draft} Engineer"


def test_fill_keeps_escaped_braces_for_markdown_to_resolve():
    assert fill("\\{draft\\} {{ role }}", {"role": "Engineer"}) == "\\{draft\\} Engineer"


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("A*B_C Corp", "A\\*B\\_C Corp"),
        ("AT&T <Labs>", "AT&T <Labs>"),  # not HTML: the composer keeps it as text
        ("<b>Bold</b> <!-- x --> <https://a.b> <a@b.c>", "&lt;b>Bold&lt;/b> &lt;!-- x --> &lt;https://a.b> &lt;a@b.c>"),
        ("&copy; &#169; &#xA9;", "&amp;copy; &amp;#169; &amp;#xA9;"),
        ("[Acme](x)", "\\[Acme\\](x)"),
        ("1. Ltd", "1\\. Ltd"),
        ("# Hash", "\\# Hash"),
        ("> Quote", "\\> Quote"),
        ("- Dash", "\\- Dash"),
        ("+ Plus", "\\+ Plus"),
        ("===", "==="),
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("`code` \\ {x}", "\\`code\\` \\\\ \\{x\\}"),
        ("Line one\n2. two\r\n# three", "Line one\n2\\. two\n\\# three"),
        ("Acme Inc. (UK) - best!", "Acme Inc. (UK) - best!"),
    ],
)
def test_fill_escapes_values_for_markdown(value, escaped):
    assert escape_markdown(value) == escaped
    assert fill("{{ company }}", {"company": value}) == escaped


def test_fill_does_not_escape_the_signature_or_subject_values():
    values = {"signature": "**Alex**\n[site](https://alex.dev)", "company": "A*B <C>"}
    assert fill("{{ signature }}", values) == values["signature"]
    assert fill("{{ company }}", values, markdown=False) == "A*B <C>"


def test_the_signature_cannot_hold_live_tags():
    """Not even when the filled text is filled again, as a draft is when composed."""
    values = {"signature": "{{ company }} {% if x %}", "company": "Acme"}
    once = fill("{{ signature }}", values)
    assert once == "\\{\\{ company \\}\\} \\{% if x %\\}"
    assert fill(once, values) == once
    assert validate(once) == []


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=80))
def test_a_signature_brings_no_tag_or_error_into_what_it_is_filled_in(signature):
    filled = fill("{{ signature }}", {"signature": signature, "company": "Acme"})
    assert validate(filled) == []
    assert fill(filled, {"company": "Acme"}) == filled


# Without * and _: Python-Markdown's emphasis can drop or garble text after
# unbalanced stars ("*a**b*c" loses the "c") with or without escapes in it.
@given(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="*_"), max_size=80))
def test_a_signature_renders_as_written_once_its_braces_are_escaped(signature):
    filled = fill("{{ signature }}", {"signature": signature, "company": "Acme"})
    if not re.search(r"<[^<> !]*[{}][^<>]*>|<[^<>]*[{}][^<> ]*>", signature):  # see the next test
        assert render_markdown(filled) == render_markdown(signature)


@pytest.mark.parametrize("signature", ["**Alex** {{ company }}", "_{x}_ and *{y}*", "[me](https://a.b/{id})"])
def test_a_signature_keeps_its_markdown_around_braces(signature):
    filled = fill("{{ signature }}", {"signature": signature, "company": "Acme"})
    assert render_markdown(filled) == render_markdown(signature)


def test_an_email_autolink_holding_a_brace_in_a_signature_is_shown_as_typed():
    """Python-Markdown would show the escaped brace as a code inside the link."""
    filled = fill("{{ signature }}", {"signature": "Mail <alex@{{company}}.com>", "company": "Acme"})
    assert render_markdown(filled) == "<p>Mail &lt;alex@{{company}}.com&gt;</p>"


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=60))
def test_filled_text_never_contains_a_tag_or_error_the_value_brought(value):
    body = "Dear {{ company }} team,\n{{ company }}\n\n- {{ company }}"
    filled = fill(body, {"company": value})
    assert validate(filled) == []
    assert tags_used(filled) == []
    assert fill("{{ company }}", {"company": value}, markdown=False) == value


def test_an_empty_tag_after_a_quote_leaves_no_space_inside_it():
    # The call script's closing line, when nothing stood out.
    assert fill('- "{{ company }} Thank you."', {"company": ""}) == '- "Thank you."'
    assert fill("Thanks. {{ company }} See you.", {"company": ""}) == "Thanks. See you."
    assert fill("(see {{ company }})", {"company": ""}) == "(see)"


@pytest.mark.parametrize("markdown", [True, False])
def test_a_value_ending_in_a_full_stop_before_the_sentences_own_gives_one(markdown):
    """ "Bol.com B.V.." and "at Acme Inc..": the company's stop and the sentence's, both kept."""
    values = {"company": "Acme Inc.", "role": "Analyst"}
    assert fill("Thank you, {{ company }}. Bye.", values, markdown=markdown) == "Thank you, Acme Inc. Bye."
    assert fill("Wait {{ company }}...", values, markdown=markdown) == "Wait Acme Inc...."
    assert fill("As {{ role }}.", values, markdown=markdown) == "As Analyst."
