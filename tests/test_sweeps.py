"""Sweeps over every URL pattern of the app, so a new page is covered the day it is added.

The patterns are read from the URL resolver, not from a hand-kept list. Each
one's parameters are filled with the owner's objects by the rules in `FILL`;
a pattern no rule can fill fails `test_every_pattern_can_be_filled` until the
sweep is taught about it.

For every pattern:
- the owner gets a page (200) or a redirect (302), or 405 for a POST-only view,
  always with the CSP, nosniff and referrer-policy headers, and with
  `Cache-Control: private, no-store` (the calendar feed: private, with its ETag);
- another user gets 404 for GET and POST, and nothing in the database changes;
- a visitor who is not logged in is sent to the log-in page (token URLs: 404
  for a wrong token);
- GET never changes the database;
- POST without a CSRF token is refused (403), except where a mail client
  posts with no session and no token (`CSRF_EXEMPT`).
"""

import hashlib
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from declines import reminders
from declines.models import EmailTemplate, Offer, Reflection
from declines.services.templates import template_create, template_revision_add
from tests.factories import (
    DraftFactory,
    FollowUpFactory,
    InteractionFactory,
    OfferFactory,
    ReflectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

# Django's admin is staff-only and tested by Django itself (and tests/test_admin.py).
SKIPPED_NAMESPACES = {"admin"}
# Pages anyone may open.
PUBLIC = {
    "login",
    "signup",
    "healthz",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}
# Pages reached by a secret in the URL instead of a log-in.
TOKEN_URLS = {"calendar_feed", "reminders_unsubscribe"}
# Steps of the flow that must be a page for the owner, not a redirect elsewhere.
PAGES = {"flow_step", "flow_call"}
# RFC 8058: a mail client's one-click unsubscribe POST carries no CSRF token;
# the signed link is the credential (a wrong one is a 404).
CSRF_EXEMPT = {"reminders_unsubscribe"}


def walk(patterns, prefix="", namespace=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace in SKIPPED_NAMESPACES:
                continue
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), entry.namespace or namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, prefix + str(entry.pattern), list(entry.pattern.converters)


PATTERNS = sorted(walk(get_resolver().url_patterns))
NAMES = [name for name, _, _ in PATTERNS]
# The patterns that name one of the owner's objects. A public page with
# parameters (the password-reset link) names a secret, not an object.
OWNED = [p for p in PATTERNS if p[2] and p[0] not in TOKEN_URLS | PUBLIC]


@dataclass
class World:
    """The owner's objects, one of each kind, for filling URL parameters."""

    owner: object
    outsider: object
    offer: Offer
    deleted_offer: Offer
    template: EmailTemplate
    deleted_template: EmailTemplate
    reflection: Reflection
    draft: object
    follow_up: object
    interaction: object


def build_world() -> World:
    owner = UserFactory(username="owner")
    outsider = UserFactory(username="outsider")
    # Declined by "phone call first" with the call made, so that every step,
    # the Call step included, is a page rather than a redirect.
    offer = OfferFactory(
        owner=owner, company="Northwind Analytics", flow_step=5, medium="phone", called_on=timezone.localdate()
    )
    template = template_create(
        owner=owner,
        name="Mine",
        kind="decline",
        tone="warm",
        reason="",
        medium="email",
        subject="About {{ role }}",
        body="{{ greeting }}\n\nThank you.",
    )
    template_revision_add(template=template, note="Second.")
    deleted_template = template_create(
        owner=owner, name="Gone", kind="decline", tone="", reason="", medium="", subject="", body="x"
    )
    deleted_template.deleted_at = timezone.now()
    deleted_template.save()
    draft = DraftFactory(offer=offer)
    return World(
        owner=owner,
        outsider=outsider,
        offer=offer,
        deleted_offer=OfferFactory(owner=owner, deleted_at=timezone.now()),
        template=template,
        deleted_template=deleted_template,
        reflection=ReflectionFactory(offer=offer),
        draft=draft,
        follow_up=FollowUpFactory(offer=offer, draft=draft),
        interaction=InteractionFactory(offer=offer),
    )


# How to fill each pattern's parameters: by URL name first, then by the
# object its name is about. Each returns the kwargs for reverse().
FILL = {
    "offer_undelete": lambda w: {"pk": w.deleted_offer.pk},
    "template_undelete": lambda w: {"pk": w.deleted_template.pk},
    "template_restore_revision": lambda w: {"pk": w.template.pk, "number": 1},
    "calendar_feed": lambda w: {"token": w.owner.profile.calendar_token},
    "reminders_unsubscribe": lambda w: {"token": reminders.unsubscribe_token(w.owner)},
    "flow_step": lambda w: {"pk": w.offer.pk, "step": 3},
    "flow_call": lambda w: {"pk": w.offer.pk},
    "draft_new": lambda w: {"pk": w.offer.pk},
    "password_reset_confirm": lambda w: {
        "uidb64": urlsafe_base64_encode(force_bytes(w.owner.pk)),
        "token": default_token_generator.make_token(w.owner),
    },
}
FILL_BY_PREFIX = {
    "offer_": lambda w: {"pk": w.offer.pk},
    "interaction_": lambda w: {"pk": w.offer.pk},
    "follow_up_new": lambda w: {"pk": w.offer.pk},
    "follow_up_": lambda w: {"pk": w.follow_up.pk},
    "template_": lambda w: {"pk": w.template.pk},
    "draft_": lambda w: {"pk": w.draft.pk},
}


def kwargs_for(name: str, world: World, params: list[str]) -> dict | None:
    if not params:
        return {}
    if name in FILL:
        return FILL[name](world)
    for prefix, fill in sorted(FILL_BY_PREFIX.items(), key=lambda item: -len(item[0])):
        if name.startswith(prefix):
            return fill(world)
    return None


def snapshot() -> str:
    """A digest of every row the app owns, to prove a request changed nothing."""
    digest = hashlib.sha256()
    for model in apps.get_app_config("declines").get_models():
        for row in model.objects.order_by("pk").values_list():
            digest.update(repr(row).encode())
    return digest.hexdigest()


def client_for(user, *, enforce_csrf_checks=False) -> Client:
    client = Client(enforce_csrf_checks=enforce_csrf_checks)
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def url_of(name, world, params):
    kwargs = kwargs_for(name, world, params)
    assert kwargs is not None, f"The sweep cannot fill {name}; teach FILL about it."
    return reverse(name, kwargs=kwargs)


def test_every_pattern_can_be_filled():
    world = build_world()
    unfillable = [name for name, _, params in PATTERNS if kwargs_for(name, world, params) is None]
    assert unfillable == [], f"Teach the sweep how to fill: {unfillable}"
    assert len(PATTERNS) >= 20


@pytest.mark.parametrize(("name", "route", "params"), PATTERNS, ids=NAMES)
def test_the_owner_gets_the_page(name, route, params):
    world = build_world()
    url = url_of(name, world, params)
    response = client_for(world.owner).get(url)
    assert_hardened(response)
    assert_private(response, name)
    if name in PUBLIC - {"healthz"}:
        # Log-in and sign-up send a logged-in user on to the dashboard.
        assert response.status_code in (200, 302), url
        return
    assert response.status_code in (200, 302, 405), (url, response.status_code)
    if name in PAGES:
        assert response.status_code == 200, (url, response.status_code)
    if response.status_code == 405:
        # A POST-only view: the owner's POST is accepted.
        response = client_for(world.owner).post(url)
        assert response.status_code in (200, 302), (url, response.status_code)
        assert_hardened(response)
        assert_private(response, name)


def assert_hardened(response):
    """The security headers every answer carries, whatever the page."""
    csp = response.headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, response.request["PATH_INFO"]
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
    assert response.headers.get("Referrer-Policy") == "same-origin"


def assert_private(response, name):
    """Nothing a logged-in user is shown may be kept by a shared cache, or by
    the browser for whoever uses it next."""
    directives = {d.strip() for d in response.headers.get("Cache-Control", "").split(",")}
    path = response.request["PATH_INFO"]
    assert "private" in directives, (path, directives)
    if name == "calendar_feed":
        # Calendar apps poll the feed: they may keep it, and ask again with its ETag.
        assert "no-cache" in directives and response.headers.get("ETag"), path
    else:
        assert "no-store" in directives, (path, directives)


@pytest.mark.parametrize(("name", "route", "params"), [p for p in PATTERNS if p[0] == "calendar_feed"])
def test_the_calendar_feed_is_private_for_calendar_apps_too(name, route, params):
    world = build_world()
    url = url_of(name, world, params)
    response = client_for(None).get(url)
    assert_private(response, name)
    again = client_for(None).get(url, HTTP_IF_NONE_MATCH=response.headers["ETag"])
    assert again.status_code == 304
    assert_private(again, name)


@pytest.mark.parametrize(("name", "route", "params"), OWNED, ids=[p[0] for p in OWNED])
def test_another_user_gets_404_and_changes_nothing(name, route, params):
    world = build_world()
    url = url_of(name, world, params)
    before = snapshot()
    outsider = client_for(world.outsider)
    assert outsider.get(url).status_code in (404, 405), url
    assert outsider.post(url, {"body": "x", "subject": "x", "name": "x"}).status_code in (404, 405), url
    assert snapshot() == before


@pytest.mark.parametrize(("name", "route", "params"), PATTERNS, ids=NAMES)
def test_a_visitor_must_log_in(name, route, params):
    world = build_world()
    url = url_of(name, world, params)
    anonymous = client_for(None)
    if name in PUBLIC:
        # A valid reset link first moves its secret out of the address bar.
        assert anonymous.get(url, follow=True).status_code == 200, url
        return
    if name in TOKEN_URLS:
        wrong = reverse(name, kwargs={"token": "not-the-token"})
        before = snapshot()
        assert anonymous.get(wrong).status_code == 404
        assert anonymous.post(wrong).status_code in (404, 405)
        assert snapshot() == before
        return
    before = snapshot()
    for method in (anonymous.get, anonymous.post):
        response = method(url)
        assert response.status_code == 302, (url, method.__name__, response.status_code)
        assert response.url.startswith(reverse("login")), url
    assert snapshot() == before


@pytest.mark.parametrize(("name", "route", "params"), PATTERNS, ids=NAMES)
def test_get_never_changes_data(name, route, params):
    world = build_world()
    url = url_of(name, world, params)
    before = snapshot()
    client_for(world.owner).get(url)
    assert snapshot() == before, f"GET {url} changed the database"


@pytest.mark.parametrize(("name", "route", "params"), PATTERNS, ids=NAMES)
def test_post_without_a_csrf_token_is_refused(name, route, params):
    world = build_world()
    url = url_of(name, world, params)
    before = snapshot()
    if name in CSRF_EXEMPT:
        wrong = reverse(name, kwargs={"token": "not-the-token"})
        assert client_for(None, enforce_csrf_checks=True).post(wrong).status_code == 404
        assert snapshot() == before
        return
    response = client_for(world.owner, enforce_csrf_checks=True).post(url, {"body": "x"})
    if response.status_code == 405:
        return  # a read-only view refuses POST altogether
    assert response.status_code == 403, (url, response.status_code)
    assert snapshot() == before
