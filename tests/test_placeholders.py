"""Tests of the merge-tag language: what a template may say, how it is filled,
and the values its tags stand for."""

import datetime as dt
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from declines.models import DoorOpen, Profile, Reason, Tone
from declines.placeholders import (
    TAGS,
    escape_markdown,
    fill,
    format_date,
    sample_values,
    tags_used,
    validate,
    validate_or_raise,
    values_for,
)
from tests.factories import OfferFactory

VOCABULARY = [
    "company",
    "role",
    "contact_name",
    "contact_first_name",
    "greeting",
    "my_name",
    "my_first_name",
    "signature",
    "reason_sentence",
    "door_open_sentence",
    "thanks_sentence",
    "offer_date",
    "respond_by",
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
        ("Dear {{ company,\n\nThanks.", "{{ company, is missing its closing }} — write {{ company }}."),
        ("Dear {{ company", "{{ company is missing its closing }} — write {{ company }}."),
        ("Dear {{", "{{ has no closing }} — tags look like {{ company }}."),
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


def test_fill_resolves_escaped_braces_in_subject_lines():
    assert fill("Re: \\{draft\\} {{ role }}", {"role": "Engineer"}, markdown=False) == "Re: {draft} Engineer"


def test_fill_keeps_escaped_braces_for_markdown_to_resolve():
    assert fill("\\{draft\\} {{ role }}", {"role": "Engineer"}) == "\\{draft\\} Engineer"


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("A*B_C Corp", "A\\*B\\_C Corp"),
        ("AT&T <Labs>", "AT&T &lt;Labs>"),
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
    assert fill("{{ signature }}", {"signature": "{{ company }}", "company": "Acme"}) == "{{ company }}"


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=60))
def test_filled_text_never_contains_a_tag_or_error_the_value_brought(value):
    body = "Dear {{ company }} team,\n{{ company }}\n\n- {{ company }}"
    filled = fill(body, {"company": value})
    assert validate(filled) == []
    assert tags_used(filled) == []
    assert fill("{{ company }}", {"company": value}, markdown=False) == value


# ---------------------------------------------------------------------------
# values_for and sample_values


def test_sample_values_cover_every_tag():
    values = sample_values(today=TODAY)
    assert list(values) == VOCABULARY
    assert values["company"] == "Northwind Analytics"
    assert values["greeting"] == "Dear Priya,"
    assert values["today"] == "26 November 2026"


def test_format_date_writes_dates_as_in_an_email():
    assert format_date(dt.date(2026, 11, 26)) == "26 November 2026"
    assert format_date(dt.date(2027, 1, 3)) == "3 January 2027"
    assert format_date(None, "soon") == "soon"


def test_values_for_an_offer(owner):
    offer = OfferFactory(
        owner=owner,
        company="Northwind",
        role="Data Engineer",
        contact_name="Priya Lee",
        received_on=dt.date(2026, 11, 12),
        respond_by=dt.date(2026, 11, 30),
        reason=Reason.ANOTHER_OFFER,
        tone=Tone.WARM,
        door_open=[DoorOpen.FUTURE_ROLES, DoorOpen.LINKEDIN],
        people_to_thank="Sam Ortiz\nJordan Blake",
    )
    assert values_for(offer=offer, user=owner, today=TODAY) == {
        "company": "Northwind",
        "role": "Data Engineer",
        "contact_name": "Priya Lee",
        "contact_first_name": "Priya",
        "greeting": "Dear Priya,",
        "my_name": "Alex Morgan",
        "my_first_name": "Alex",
        "signature": "Alex Morgan",
        "reason_sentence": "I have accepted another offer that lines up closely with where I want to take my "
        "career next.",
        "door_open_sentence": "I would be glad to be considered for future roles at Northwind, "
        "and I would like to stay in touch on LinkedIn.",
        "thanks_sentence": "I am grateful to Sam Ortiz and Jordan Blake for their time during the interviews.",
        "offer_date": "12 November 2026",
        "respond_by": "30 November 2026",
        "today": "26 November 2026",
    }


@pytest.mark.parametrize(
    ("tone", "contact", "greeting"),
    [
        (Tone.WARM, "Priya Lee", "Dear Priya,"),
        (Tone.FORMAL, "Priya Lee", "Dear Priya Lee,"),
        (Tone.BRIEF, "Priya Lee", "Hi Priya,"),
        (Tone.WARM, "Dr. Priya Lee", "Dear Dr. Priya Lee,"),
        (Tone.BRIEF, "Ms Lee", "Hi Ms Lee,"),
        (Tone.WARM, "", "Dear Hiring Team,"),
        (Tone.FORMAL, "", "Dear Hiring Team,"),
        (Tone.BRIEF, "", "Hello,"),
    ],
)
def test_the_greeting_suits_the_tone_and_what_is_known(owner, tone, contact, greeting):
    offer = OfferFactory(owner=owner, tone=tone, contact_name=contact)
    assert values_for(offer=offer, user=owner)["greeting"] == greeting


def test_fallbacks_when_the_contact_and_dates_are_unknown(owner):
    offer = OfferFactory(owner=owner, contact_name="", respond_by=None, door_open=[], people_to_thank="")
    values = values_for(offer=offer, user=owner)
    assert values["contact_name"] == "the hiring team"
    assert values["contact_first_name"] == "the hiring team"
    assert values["respond_by"] == "your deadline"
    assert values["door_open_sentence"] == "I hope our paths cross again."
    assert values["thanks_sentence"] == ("I am grateful to everyone I met during the process for their time and care.")


def test_my_name_falls_back_to_the_username_and_the_signature_to_my_name(owner):
    owner.profile.full_name = ""
    owner.profile.signature = ""
    owner.profile.save()
    values = values_for(offer=None, user=owner)
    assert values["my_name"] == "owner"
    assert values["my_first_name"] == "owner"
    assert values["signature"] == "owner"


def test_a_signature_fallback_is_escaped_because_the_signature_is_markdown(owner):
    owner.profile.full_name = "A*B Morgan"
    owner.profile.save()
    assert values_for(offer=None, user=owner)["signature"] == "A\\*B Morgan"


def test_a_user_without_a_profile_gets_one(outsider):
    Profile.objects.filter(user=outsider).delete()
    user = get_user_model().objects.get(pk=outsider.pk)
    assert values_for(offer=None, user=user)["my_name"] == "outsider"
    assert Profile.objects.filter(user=outsider).exists()


def test_without_an_offer_the_preview_uses_samples_and_my_real_name(owner):
    owner.profile.signature = "Alex\n*Data engineer*"
    owner.profile.save()
    values = values_for(offer=None, user=owner, today=TODAY)
    assert values["company"] == TAGS["company"].sample
    assert values["greeting"] == "Dear Priya,"
    assert values["my_name"] == "Alex Morgan"
    assert values["signature"] == "Alex\n*Data engineer*"
    assert values["today"] == "26 November 2026"


@pytest.mark.parametrize(
    ("detail", "sentence"),
    [
        ("  I have decided to join a start-up  ", "I have decided to join a start-up."),
        ("I am joining a friend's company!", "I am joining a friend's company!"),
        ("I will stay\nwhere I am.", "I will stay where I am."),
    ],
)
def test_the_reason_sentence_uses_my_own_words(owner, detail, sentence):
    offer = OfferFactory(owner=owner, reason_detail=detail)
    assert values_for(offer=offer, user=owner)["reason_sentence"] == sentence


@pytest.mark.parametrize("reason", [*Reason.values, ""])
def test_every_reason_and_tone_has_a_graceful_default_sentence(owner, reason):
    sentences = set()
    for tone in Tone.values:
        offer = OfferFactory.build(owner=owner, reason=reason, tone=tone, reason_detail="")
        sentence = values_for(offer=offer, user=owner)["reason_sentence"]
        assert sentence[0].isupper()
        assert sentence.endswith(".")
        sentences.add(sentence)
    assert len(sentences) == len(Tone.values)


def test_an_unsaid_reason_is_neutral(owner):
    offer = OfferFactory(owner=owner, reason=Reason.UNSAID, reason_detail="")
    assert values_for(offer=offer, user=owner)["reason_sentence"] == (
        "After careful thought, I have decided this is not the right step for me at this time."
    )


def test_the_door_open_sentence_covers_every_choice_naturally(owner):
    offer = OfferFactory(owner=owner, company="Northwind", door_open=list(DoorOpen.values))
    assert values_for(offer=offer, user=owner)["door_open_sentence"] == (
        "I would be glad to be considered for future roles at Northwind, and I would like to stay in touch "
        "on LinkedIn. I hope we meet at an industry event before long, I will gladly point people I know who "
        "would be a great fit your way, and I will keep an eye on your careers page."
    )


def test_the_door_open_sentence_with_one_choice(owner):
    offer = OfferFactory(owner=owner, door_open=[DoorOpen.CAREERS_PAGE, "not-a-choice"])
    assert values_for(offer=offer, user=owner)["door_open_sentence"] == "I will keep an eye on your careers page."


def test_the_thanks_sentence_names_everyone_with_an_oxford_comma(owner):
    offer = OfferFactory(owner=owner, people_to_thank="Sam Ortiz\n\n  Jordan Blake \nKim Wu\n")
    assert values_for(offer=offer, user=owner)["thanks_sentence"] == (
        "I am grateful to Sam Ortiz, Jordan Blake, and Kim Wu for their time during the interviews."
    )
