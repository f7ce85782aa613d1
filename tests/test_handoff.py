"""The ways out of the app (declines/handoff.py): every mailto: link, the
webmail links and the .eml file carry an address encoded as mail expects, or
none at all — never one that adds a header or points somewhere else."""

import email
import email.policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape

from declines import handoff
from declines.composer import ComposedEmail
from declines.models import EmailTemplate, Offer
from declines.services.drafts import draft_create
from tests.factories import OfferFactory, offer_form_data

pytestmark = pytest.mark.django_db

BCC_TRICK = "priya?bcc=spy%40evil.example&x=@company.com"
EMAIL = ComposedEmail(subject="Your offer: the role", text="Dear Priya,\n\nThank you & goodbye.", html="<p>x</p>")


def link(body: str, text: str) -> str:
    """The href of the link whose text starts with `text` (as the page writes it, escaped)."""
    found = f">{escape(text)}"
    assert found in body, f"No link reads {text!r}"
    before = body.split(found)[0]
    return before.rsplit('href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")


# --- mailto: per RFC 6068 -----------------------------------------------------------------


def test_a_mailto_link_percent_encodes_and_uses_crlf():
    href = handoff.mailto("priya+jobs@example.com", subject=EMAIL.subject, body=EMAIL.text)
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "priya+jobs@example.com"
    assert "+" not in parts.query  # spaces are %20, never "+"
    assert "%20" in parts.query and "%0D%0A" in parts.query
    assert parse_qs(parts.query) == {"subject": [EMAIL.subject], "body": [EMAIL.text.replace("\n", "\r\n")]}


def test_an_address_cannot_add_a_header_to_a_mailto_link():
    href = handoff.mailto(BCC_TRICK)
    assert href == "mailto:priya%3Fbcc%3Dspy%2540evil.example%26x%3D@company.com"
    assert "?" not in href and "&" not in href
    assert unquote(href.removeprefix("mailto:")) == BCC_TRICK
    links = handoff.mail_links(to=BCC_TRICK, subject="Hi", body="Hello")
    assert set(parse_qs(urlsplit(links.mailto).query)) == {"subject", "body"}
    assert parse_qs(urlsplit(links.gmail).query)["to"] == [BCC_TRICK]
    assert "bcc" not in parse_qs(urlsplit(links.outlook).query)


def test_the_offer_pages_contact_link_cannot_add_a_bcc(owner_client, owner):
    # The form refuses nothing here: the address is valid, only odd.
    response = owner_client.post(reverse("offer_new"), offer_form_data(contact_email=BCC_TRICK))
    assert response.status_code == 302
    offer = Offer.objects.get(owner=owner)
    assert offer.contact_email == BCC_TRICK
    body = owner_client.get(offer.get_absolute_url()).content.decode()
    href = link(body, BCC_TRICK)
    assert href == "mailto:priya%3Fbcc%3Dspy%2540evil.example%26x%3D@company.com"
    assert urlsplit(href).query == ""
    assert 'href="mailto:priya?bcc' not in body


def test_a_mailto_link_past_the_limit_is_not_offered():
    links = handoff.mail_links(to="priya@example.com", subject="Hi", body="A warm sentence of thanks. " * 120)
    assert links.mailto is None
    assert links.mailto_length > handoff.MAILTO_LIMIT
    assert links.gmail and links.outlook  # webmail takes longer links


# --- Addresses in IDNA 2008 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "encoded"),
    [
        ("a@ß.de", "a@xn--zca.de"),  # IDNA 2003 would make this ss.de, another domain
        ("priya@Bücher.Example", "priya@xn--bcher-kva.example"),
        ("zoe@cafe.example", "zoe@cafe.example"),
        ("o'brien+jobs@example.co.uk", "o'brien+jobs@example.co.uk"),
    ],
)
def test_an_international_domain_is_encoded_with_idna_2008(address, encoded):
    assert handoff.encode_address(address) == encoded


@pytest.mark.parametrize(
    "address",
    ["a@\u00ad.com", "a@ex ample.com", "a@-example.com", "a@example..com", "a@example.com.", "no-at-sign", "@x.com"],
)
def test_an_address_that_cannot_be_encoded_is_refused(address):
    with pytest.raises(handoff.AddressError):
        handoff.encode_address(address)
    assert handoff.usable_address(address) == ""
    assert handoff.mailto(address) == ""


def test_the_eml_file_carries_the_idna_2008_domain(owner_client, owner):
    call_command("load_starter_library", verbosity=0)
    offer = OfferFactory(owner=owner, contact_email="a@ß.de", flow_step=5)
    draft = draft_create(offer=offer, template=EmailTemplate.objects.get(slug="decline-another-offer-warm"), user=owner)
    raw = owner_client.get(reverse("draft_eml", args=[draft.pk])).content
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "a@xn--zca.de"
    assert b"ss.de" not in raw
    page = owner_client.get(reverse("flow_step", args=[offer.pk, 5])).content.decode()
    assert link(page, "Open in your mail app").startswith("mailto:a@xn--zca.de?subject=")


def test_an_address_saved_before_it_was_checked_goes_out_nowhere(owner_client, owner):
    """A malformed address already in the database: no link, no To header, never a malformed one."""
    call_command("load_starter_library", verbosity=0)
    offer = OfferFactory(owner=owner, contact_email="a@\u00ad.com", flow_step=5)
    draft = draft_create(offer=offer, template=EmailTemplate.objects.get(slug="decline-another-offer-warm"), user=owner)
    raw = owner_client.get(reverse("draft_eml", args=[draft.pk])).content
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["To"] is None
    assert "\u00ad".encode() not in raw
    page = owner_client.get(reverse("flow_step", args=[offer.pk, 5])).content.decode()
    mailto = link(page, "Open in your mail app")
    assert mailto.startswith("mailto:?subject=")
    assert parse_qs(urlsplit(link(page, "Open in Gmail")).query).get("to") is None
    detail = owner_client.get(offer.get_absolute_url()).content.decode()
    assert 'href="mailto:' not in detail


@pytest.mark.parametrize("address", ["a@\u00ad.com", "a@ex--ample.com"])
def test_the_offer_form_refuses_an_address_mail_cannot_go_to(owner_client, owner, address):
    response = owner_client.post(reverse("offer_new"), offer_form_data(contact_email=address))
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "contact_email": [
            "The part after the @ is not a domain mail can be sent to. "
            "Check it for a typing mistake or a character that does not belong."
        ]
    }
    body = response.content.decode()
    assert 'id="error_1_id_contact_email"' in body
    assert "Lovely team." in body  # nothing else typed is lost
    assert not Offer.objects.filter(owner=owner).exists()


def test_the_offer_form_keeps_an_international_address_as_typed(owner_client, owner):
    owner_client.post(reverse("offer_new"), offer_form_data(contact_email="a@ß.de"))
    assert Offer.objects.get(owner=owner).contact_email == "a@ß.de"


def test_sign_up_refuses_an_address_mail_cannot_go_to(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "newperson",
            "full_name": "Sam",
            "email": "sam@\u00ad.com",
            "password1": "a-long-and-unusual-passphrase",
            "password2": "a-long-and-unusual-passphrase",
        },
    )
    assert response.status_code == 200
    assert "not a domain mail can be sent to" in response.context["form"].errors["email"][0]
