"""The mix-up check's index (declines/review/mix_up_keys.py): a draft is checked
against the other offers it could name, found from the words and sums of its
text, and finds what a check against every other offer finds.

Run on SQLite (keys compared in Python) and, with DATABASE_URL pointing at
PostgreSQL, through the GIN index, whose keys must equal Python's.
"""

import importlib

import pytest
from django.db import connection
from django.utils import timezone

from declines.models import Offer
from declines.review import mix_up_keys
from declines.review.engine import OtherOffer, ReviewContext, other_offers_of, review
from tests.factories import OfferFactory

GOOD_DECLINE = (
    "Dear Priya,\n\nThank you so much for the offer and for the time you and the team gave me. "
    "After a lot of thought I have decided to decline, as I have accepted another role.\n\n"
    "I hope we stay in touch.\n\nBest wishes,\nAlex"
)

OTHERS = [
    {"company": "Harbor", "contact_name": "Peter Watanabe", "salary_note": "£68,000"},
    {"company": "Copperleaf Insurance Ltd", "contact_name": "Lena Novak", "salary_note": "42 LPA"},
    {"company": "Monday Labs", "contact_name": "Marcus O'Brien", "salary_note": "$160k + equity"},
    {"company": "Zürich Rück AG", "contact_name": "Émile Dubois", "salary_note": "€72.000"},
    {"company": "AT&T", "contact_name": "Sam", "salary_note": "4.2 million"},
    {"company": "Brightwater Analytics 2", "contact_name": "Priya Shah", "salary_note": ""},
]

TEXTS = [
    GOOD_DECLINE,
    GOOD_DECLINE.replace("another role", "a role at Harbor"),
    GOOD_DECLINE.replace("another role", "the copperleaf insurance role"),
    GOOD_DECLINE.replace("another role", "an offer from Copperleaf"),
    GOOD_DECLINE.replace("Dear Priya", "Dear Marcus"),
    GOOD_DECLINE.replace("Thank you so much", "Thank you, Peter,"),
    GOOD_DECLINE.replace("the team", "Mr O'Brien"),
    GOOD_DECLINE.replace("another role", "a role at Zürich Rück"),
    GOOD_DECLINE.replace("another role", "a role at AT&T"),
    GOOD_DECLINE.replace("another role", "an offer of £68k"),
    GOOD_DECLINE.replace("another role", "an offer of ₹4,200,000"),
    GOOD_DECLINE.replace("another role", "an offer of 42 lakhs"),
    GOOD_DECLINE.replace("another role", "an offer of $160,000"),
    GOOD_DECLINE.replace("another role", "an offer of €72,000"),
    GOOD_DECLINE.replace("another role", "an offer of $4.2m"),
    GOOD_DECLINE.replace("another role", "a role at Brightwater Analytics 2"),
]


PAST_CONTACTS = ("Sam Ortiz", "Ana Ruiz")


@pytest.fixture
def offers(db):
    offer = OfferFactory(
        company="Brightwater Analytics",
        contact_name="Priya Lee",
        people_to_thank="Jordan Blake",
        salary_note="£85,000",
    )
    for other in OTHERS:
        OfferFactory(owner=offer.owner, **other)
    OfferFactory(owner=offer.owner, company="Harbor Gone", contact_name="Peter Gone", deleted_at=timezone.now())
    OfferFactory(company="Harbor", contact_name="Peter Watanabe", salary_note="£68,000")  # someone else's
    return offer


def mix_up(offer, text, others):
    context = ReviewContext.for_offer(offer, kind="decline", other_offers=others)
    result = {r.key: r for r in review(subject="Your offer", text=text, context=context)}["mix_up"]
    return result.status, [(f.message, f.quote) for f in result.findings]


@pytest.mark.parametrize("text", TEXTS)
def test_the_offers_a_text_could_name_warn_as_all_the_others_do(offers, text, django_assert_num_queries):
    everyone = other_offers_of(offers)
    with django_assert_num_queries(1):
        named = other_offers_of(offers, mentioned_in=("Your offer", text))

    assert set(named) <= set(everyone)
    assert mix_up(offers, text, named) == mix_up(offers, text, everyone)


def test_a_text_that_names_no_other_offer_reads_none(offers):
    assert other_offers_of(offers, mentioned_in=("Your offer", GOOD_DECLINE)) == ()


def test_a_text_that_names_one_reads_that_one_and_never_a_deleted_or_anyone_elses(offers):
    text = GOOD_DECLINE.replace("another role", "a role with Harbor")
    assert other_offers_of(offers, mentioned_in=("Your offer", text)) == (
        OtherOffer("Harbor", "Peter Watanabe", "£68,000"),
    )
    status, findings = mix_up(offers, text, other_offers_of(offers, mentioned_in=("Your offer", text)))
    assert status == "warning"
    assert "Harbor" in findings[0][1]


def test_this_offers_own_words_and_salary_find_nothing(offers):
    text = GOOD_DECLINE.replace("another role", "the Brightwater Analytics role with its £85,000, Jordan")
    assert other_offers_of(offers, mentioned_in=("Your offer", text)) == ()


def test_the_migration_stores_the_keys_the_module_describes():
    migration = importlib.import_module("declines.migrations.0025_offer_mix_up_keys_column")
    assert migration.SQL_KEYS == mix_up_keys.SQL_KEYS


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index is PostgreSQL's")
def test_postgresql_makes_each_offers_keys_as_python_does(offers):
    Offer.objects.filter(company="Harbor Gone").update(contact_name="Peter Watanabe-Gone")  # kept up on a change too
    with connection.cursor() as cursor:
        cursor.execute("SELECT owner_id, company, contact_name, salary_note, mix_up_keys FROM declines_offer")
        rows = cursor.fetchall()
    assert len(rows) == len(OTHERS) + 3
    for owner_id, company, contact_name, salary_note, keys in rows:
        # A name that starts with a separator makes an empty word, which no text has.
        made = {key for key in keys if not key.endswith((":", "#"))}
        python = mix_up_keys.of_offer(owner_id, company, contact_name, salary_note)
        # Python takes the words both ways (any letter, ASCII letters only): PostgreSQL's are
        # one of the two, as its locale has it; an ASCII name has one way only.
        assert made <= python, company
        if f"{company}{contact_name}".isascii():
            assert made == python, company


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index is PostgreSQL's")
def test_postgresql_reads_the_index_not_the_users_offers(offers):
    # A long history: 3,000 past offers, each contact shared by half of them.
    Offer.objects.bulk_create(
        OfferFactory.build(owner=offers.owner, company=f"Past Company {n}", contact_name=PAST_CONTACTS[n % 2])
        for n in range(3_000)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE declines_offer")
    text = GOOD_DECLINE.replace("another role", "a role with Harbor")
    keys = mix_up_keys.in_text(offers, ("Your offer", text))
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + mix_up_keys._CANDIDATES, [sorted(keys), offers.owner_id, offers.pk])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "offer_mix_up_keys_idx" in plan
    assert "Seq Scan on declines_offer" not in plan
    assert other_offers_of(offers, mentioned_in=("Your offer", text)) == (
        OtherOffer("Harbor", "Peter Watanabe", "£68,000"),
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index is PostgreSQL's")
def test_postgresql_reads_a_few_offers_without_working_their_keys_out_again(offers):
    """For a user with a handful of offers, PostgreSQL reads them rather than the index: each with the keys it
    stored, never the expression, with its regular expressions, once for every word of the draft."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE declines_offer")
    keys = mix_up_keys.in_text(offers, ("Your offer", TEXTS[1]))
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + mix_up_keys._CANDIDATES, [sorted(keys), offers.owner_id, offers.pk])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "regexp_replace" not in plan
    assert "mix_up_keys" in plan


def test_another_company_named_only_in_words_of_this_ones_own_name_is_not_a_mix_up(db):
    offer = OfferFactory(company="Blue Yonder Airlines", contact_name="Priya Lee", people_to_thank="")
    OfferFactory(owner=offer.owner, company="Blue Yonder", contact_name="Tom Hart")
    text = GOOD_DECLINE.replace("another role", "a role I found after talking to Blue Yonder Airlines")
    assert other_offers_of(offer, mentioned_in=("Your offer", text)) == ()
    # Its contact, named, still is one.
    text = GOOD_DECLINE.replace("another role", "a role with Tom Hart")
    assert mix_up(offer, text, other_offers_of(offer, mentioned_in=("Your offer", text)))[0] == "warning"


def test_the_end_of_its_or_dont_finds_no_offer_whose_company_is_someones(db):
    offer = OfferFactory(company="Brightwater Analytics", contact_name="Priya Lee", people_to_thank="")
    OfferFactory(owner=offer.owner, company="Margie's Travel", contact_name="Tom Hart")
    OfferFactory(owner=offer.owner, company="T'Challa Holdings", contact_name="Ana Ruiz")
    text = GOOD_DECLINE.replace("another role", "another role. It's a hard call and I don't make it lightly")
    assert other_offers_of(offer, mentioned_in=("Your offer", text)) == ()
    # Named, each is still found, and warned about.
    for named, other in (("Margie's", "Margie's Travel"), ("Margie’s Travel", "Margie's Travel")):
        text = GOOD_DECLINE.replace("another role", f"a role at {named}")
        found = other_offers_of(offer, mentioned_in=("Your offer", text))
        assert [o.company for o in found] == [other]
        assert mix_up(offer, text, found)[0] == "warning"
