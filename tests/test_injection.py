"""Hostile text in templates and offers never becomes live markup on any page.

The composer's own tests cover its output; these follow the same payloads
through the pages a user (or their coach) actually opens.
"""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from declines.services.templates import template_create
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<svg onload=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    "<form action=https://evil.example><button>Go</button></form>",
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<p style="position:fixed;top:0">cover</p>',
    '*hi*{: onclick="alert(1)" }',
]

# Markers of live markup; escaped text (&lt;script&gt;) does not match them.
LIVE = [
    re.compile(r"<script>alert", re.I),
    re.compile(r"<img[^>]*onerror", re.I),
    re.compile(r"href\s*=\s*[\"']?\s*(?:javascript|data):", re.I),
    re.compile(r"<svg", re.I),
    re.compile(r"<iframe", re.I),
    re.compile(r"<form[^>]*evil", re.I),
    re.compile(r"<meta[^>]*refresh", re.I),
    re.compile(r"<[^>]*\sstyle\s*=\s*[\"']position", re.I),
    re.compile(r"<[^>]*\sonclick\s*=", re.I),
]


def assert_inert(html: str) -> None:
    for marker in LIVE:
        assert not marker.search(html), marker.pattern
    assert settings.SECRET_KEY not in html


@pytest.fixture
def hostile(owner):
    body = "{{ greeting }}\n\n" + "\n\n".join(PAYLOADS) + "\n\n{{ signature }}"
    template = template_create(
        owner=owner,
        name="Hostile <b>name</b>",
        kind="decline",
        tone="warm",
        reason="",
        medium="email",
        subject="<script>alert(1)</script> {{ company }}",
        body=body,
    )
    offer = OfferFactory(
        owner=owner,
        company="<script>alert('company')</script>",
        role="<img src=x onerror=alert(1)>",
        contact_name="[Priya](javascript:alert(1))",
        reason_detail="<svg onload=alert(1)>",
        people_to_thank="<iframe src=https://evil.example></iframe>",
        notes='<meta http-equiv="refresh" content="0">',
    )
    owner.profile.signature = "[site](javascript:alert(1)) <script>alert(2)</script>"
    owner.profile.save()
    return template, offer


def test_template_pages_keep_hostile_text_inert(owner_client, hostile):
    template, offer = hostile
    pages = [
        reverse("template_detail", args=[template.pk]),
        reverse("template_edit", args=[template.pk]),
        reverse("template_revisions", args=[template.pk]),
        reverse("template_list"),
    ]
    for url in pages:
        response = owner_client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode())


def test_the_preview_filled_with_a_hostile_offer_stays_inert(owner_client, hostile):
    template, offer = hostile
    response = owner_client.post(
        reverse("template_preview"),
        {"subject": template.subject, "body": template.body, "preview_offer": offer.pk},
    )
    page = response.content.decode()
    assert_inert(page)
    # The offer's values are shown as the text they are, escaped.
    assert "&lt;script&gt;alert(&#x27;company&#x27;)&lt;/script&gt;" in page or "&lt;script&gt;" in page


def test_offer_pages_keep_hostile_text_inert(owner_client, hostile):
    _, offer = hostile
    for url in [reverse("dashboard"), offer.get_absolute_url(), reverse("offer_edit", args=[offer.pk])]:
        response = owner_client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode())
