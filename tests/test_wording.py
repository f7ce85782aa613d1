"""Tests of what the merge tags stand for: the sentences, names and dates of `wording`."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from declines.mergetags import TAGS
from declines.models import DoorOpen, Profile, Reason, Tone
from declines.wording import format_date, sample_values, values_for
from tests.factories import OfferFactory
from tests.test_mergetags import VOCABULARY

TODAY = dt.date(2026, 11, 26)

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


def test_every_new_account_has_a_profile_however_it_was_made(db):
    user = get_user_model().objects.create_superuser("root", "root@example.com", "a long password 123")
    assert Profile.objects.filter(user=user).exists()


def test_an_account_without_a_profile_is_written_for_with_defaults_and_nothing_is_saved(outsider):
    Profile.objects.filter(user=outsider).delete()
    user = get_user_model().objects.get(pk=outsider.pk)
    assert values_for(offer=None, user=user)["my_name"] == "outsider"
    assert not Profile.objects.filter(user=outsider).exists()


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
