"""Sweeps over every URL pattern of the app, so a new page is covered the day it is added.

The patterns are read from the URL resolver, not from a hand-kept list. Each
one's parameters are filled with the owner's objects by the rules in `FILL`;
a pattern no rule can fill fails `test_every_pattern_can_be_filled` until the
sweep is taught about it.

For every pattern:
- the owner gets a page (200) or a redirect (302), or 405 for a POST-only view,
  always with the CSP, nosniff and referrer-policy headers, and with
  `Cache-Control: private, no-store` (the calendar feed: private, with its ETag);
  for the coach's pages (§11) the "owner" is the coach the offer is shared with;
- every role of coaching (`ROLES`: the client, a coach the offer is shared
  with, the client's coach from whom this offer was taken back, a coach the
  client removed, another client's coach, an outsider, a visitor) gets exactly
  what `expected` says: another user gets 404 for GET and POST of the owner's
  objects; and no role's request changes the database;
- a visitor who is not logged in is sent to the log-in page (token URLs: 404
  for a wrong token);
- GET never changes the database, on the pages no role test reaches too (the
  public pages and those a token opens);
- POST without a CSRF token is refused (403), except where a mail client
  posts with no session and no token (`CSRF_EXEMPT`).
"""

import hashlib
import io
import zipfile
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from declines import reminders
from declines.models import Coaching, CoachInvitation, EmailTemplate, Offer, Reflection
from declines.services import coaching
from declines.services.templates import template_create, template_revision_add
from tests.factories import (
    CoachingFactory,
    DraftCommentFactory,
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
# A visitor at "/" gets the home page, which says what Declines is; a user, their dashboard.
VISITOR_PAGES = {"dashboard"}
# Pages reached by a secret in the URL instead of a log-in.
TOKEN_URLS = {"calendar_feed", "reminders_unsubscribe", "invitation_accept"}
# Steps of the flow that must be a page for the owner, not a redirect elsewhere.
PAGES = {"flow_step", "flow_call"}
# The coach's pages of a client's shared things (§11): the coach is the one who gets them.
COACH_PAGES = {"client_detail", "client_offer", "client_draft"}
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
# The patterns `test_every_role_gets_exactly_what_it_should` reaches as every role; the others are public (the
# password-reset link's parameters name a secret, not an object) or opened by a token.
ROLE_PATTERNS = [p for p in PATTERNS if p[0] not in PUBLIC | TOKEN_URLS]


@dataclass
class World:
    """The owner's objects, one of each kind, for filling URL parameters, and
    the people around them: the owner's coach and the coaches who should see nothing."""

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
    coaching: Coaching
    invitation: CoachInvitation
    coach: object
    unshared_coach: object
    removed_coach: object
    other_coach: object


def build_world() -> World:
    owner = UserFactory(username="owner", profile__full_name="Casey Client")
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

    # The coach this offer is shared with, who has commented and publishes a template.
    coach = UserFactory(username="coach", profile__full_name="Jo Baker")
    their_coaching = CoachingFactory(client=owner, coach=coach)
    coaching.offer_share(coaching=their_coaching, offer=offer)
    DraftCommentFactory(draft=draft, author=coach, paragraph=0, quote="Dear Priya,")
    pack = template_create(
        owner=coach, name="Pack", kind="decline", tone="", reason="", medium="", subject="", body="x"
    )
    coaching.template_publish(template=pack, published=True)
    # The client's coach from whom this offer was taken back; another offer stays shared.
    unshared_coach = UserFactory(username="unshared-coach")
    unshared = CoachingFactory(client=owner, coach=unshared_coach)
    coaching.offer_share(coaching=unshared, offer=OfferFactory(owner=owner, company="Still Shared Ltd"))
    coaching.offer_share(coaching=unshared, offer=offer)
    coaching.offer_unshare(coaching=unshared, offer=offer)
    # A coach the client stopped working with.
    removed_coach = UserFactory(username="removed-coach")
    removed = CoachingFactory(client=owner, coach=removed_coach)
    coaching.offer_share(coaching=removed, offer=offer)
    coaching.coaching_end(coaching=removed)
    # Another client's coach, with that client's offer shared.
    other_coach = UserFactory(username="other-coach")
    other_client = UserFactory(username="other-client")
    coaching.offer_share(
        coaching=CoachingFactory(client=other_client, coach=other_coach), offer=OfferFactory(owner=other_client)
    )
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
        coaching=their_coaching,
        invitation=coaching.invitation_create(client=owner),
        coach=coach,
        unshared_coach=unshared_coach,
        removed_coach=removed_coach,
        other_coach=other_coach,
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
    "invitation_accept": lambda w: {"token": w.invitation.token},
    "invitation_withdraw": lambda w: {"pk": w.invitation.pk},
    "client_detail": lambda w: {"pk": w.coaching.pk},
    "client_offer": lambda w: {"pk": w.offer.pk},
    "client_draft": lambda w: {"pk": w.draft.pk},
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
    "coach_": lambda w: {"pk": w.coaching.pk},
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


def owner_of(name: str, world: World):
    """Who a page is for: the coach for the coach's pages, else the owner of the objects."""
    return world.coach if name in COACH_PAGES else world.owner


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
    response = client_for(owner_of(name, world)).get(url)
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
        response = client_for(owner_of(name, world)).post(url)
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
        if name == "invitation_accept":
            # Anyone with the link reads it; accepting needs a log-in.
            assert anonymous.get(url).status_code == 200
            response = anonymous.post(url)
            assert response.status_code == 302 and response.url.startswith(reverse("login")), url
        assert snapshot() == before
        return
    if name in VISITOR_PAGES:
        before = snapshot()
        assert anonymous.get(url).status_code == 200, url
        assert anonymous.post(url).status_code == 405, url
        assert snapshot() == before
        return
    before = snapshot()
    for method in (anonymous.get, anonymous.post):
        response = method(url)
        assert response.status_code == 302, (url, method.__name__, response.status_code)
        assert response.url.startswith(reverse("login")), url
    assert snapshot() == before


PUBLIC_OR_TOKEN = [p for p in PATTERNS if p not in ROLE_PATTERNS]


@pytest.mark.parametrize(("name", "route", "params"), PUBLIC_OR_TOKEN, ids=[p[0] for p in PUBLIC_OR_TOKEN])
def test_get_never_changes_data(name, route, params):
    world = build_world()
    url = url_of(name, world, params)
    before = snapshot()
    client_for(owner_of(name, world)).get(url)
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
    response = client_for(owner_of(name, world), enforce_csrf_checks=True).post(url, {"body": "x"})
    if response.status_code == 405:
        return  # a read-only view refuses POST altogether
    assert response.status_code == 403, (url, response.status_code)
    assert snapshot() == before


# --- Coaching (§11): every role, every pattern ---------------------------------------------

ROLES = ["client", "coach", "unshared coach", "removed coach", "other coach", "outsider", "visitor"]
# What every role but the client must never be shown on a page of its own (a
# dashboard, a library, a Clients list): the client's private things.
CLIENT_MARKERS = ["Northwind Analytics", "Still Shared Ltd", "Casey Client"]


def user_of(role: str, world: World):
    return {
        "client": world.owner,
        "coach": world.coach,
        "unshared coach": world.unshared_coach,
        "removed coach": world.removed_coach,
        "other coach": world.other_coach,
        "outsider": world.outsider,
        "visitor": None,
    }[role]


def methods_refused(url: str, owner) -> set[str]:
    """The methods the view refuses (405) before looking anything up, found by
    trying them as the owner and undoing whatever that did."""
    refused = set()
    for method in ("get", "post"):
        with transaction.atomic():
            if getattr(client_for(owner), method)(url).status_code == 405:
                refused.add(method)
            transaction.set_rollback(True)
    return refused


def expected(name: str, params: list[str], role: str, *, post_only: bool) -> str:
    """What a role gets from a pattern: "page" (200, or 302 on to a page of
    their own), "404", "405" (a POST-only view read with GET: refused before
    anyone is looked up), or "login" (a redirect to the log-in page)."""
    if role == "visitor":
        return "page" if name in VISITOR_PAGES else "login"
    if post_only:
        return "405"
    if not params:
        return "page"  # a page of one's own: the dashboard, Settings, Clients…
    entitled = "coach" if name in COACH_PAGES else "client"
    return "page" if role == entitled else "404"


def outcome(response) -> str:
    if response.status_code in (301, 302) and response.url.startswith(reverse("login")):
        return "login"
    if response.status_code in (200, 302):
        return "page"
    return str(response.status_code)


def text_of(response) -> str:
    """What a response shows: a zipped download's files, read."""
    if response["Content-Type"] == "application/zip":
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            return "\n".join(archive.read(name).decode() for name in archive.namelist())
    return response.content.decode()


@pytest.mark.parametrize(("name", "route", "params"), ROLE_PATTERNS, ids=[p[0] for p in ROLE_PATTERNS])
def test_every_role_gets_exactly_what_it_should(name, route, params):
    world = build_world()
    url = url_of(name, world, params)
    refused = methods_refused(url, owner_of(name, world))
    post_only = "get" in refused
    clients = {role: client_for(user_of(role, world)) for role in ROLES}
    # The rows as they are before any role's request; each request is then held to them.
    before = snapshot()
    for role in ROLES:
        client = clients[role]
        response = client.get(url)
        assert outcome(response) == expected(name, params, role, post_only=post_only), (role, "GET", url)
        assert snapshot() == before, f"GET {url} as {role} changed the database"
        if response.status_code == 200 and not params and role != "client":
            # A page of the role's own shows nothing of the client's; a coach's
            # Clients list names her, for she shares something with them.
            allowed = {"Casey Client"} if name == "clients" and role in ("coach", "unshared coach") else set()
            shown = [m for m in CLIENT_MARKERS if m in text_of(response) and m not in allowed]
            assert shown == [], (role, url, shown)
        if params:
            # Someone else's object: refused, and nothing written, whatever is posted.
            entitled = role == ("coach" if name in COACH_PAGES else "client")
            if not entitled:
                response = client.post(url, {"body": "x", "subject": "x", "name": "x", "paragraph": "0"})
                want = "login" if role == "visitor" else "405" if "post" in refused else "404"
                assert outcome(response) == want, (role, "POST", url, response.status_code)
                assert snapshot() == before, f"POST {url} as {role} changed the database"


def test_the_invitation_link_is_the_only_credential_it_needs():
    world = build_world()
    url = world.invitation.get_absolute_url()
    for role in ROLES:
        before = snapshot()
        response = client_for(user_of(role, world)).get(url)
        assert response.status_code == 200, role
        assert snapshot() == before
    assert client_for(world.outsider).get(reverse("invitation_accept", args=["not-the-token"])).status_code == 404
