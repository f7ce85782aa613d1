"""Pages kept in the page cache (`declines/pagecache.py`) show every change at once.

The main pages are rendered once and served again while the user's data
version stands still. Each test here views a page twice, checks that the
second view came from the cache (no template rendered, two queries: the
session and the user), makes one kind of change through the path users or
staff take, and checks that the page shows it on the very next view.
"""

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines import pagecache, services
from declines.models import EmailTemplate, FollowUp, Offer, Profile, Reflection, TemplateKind
from tests.factories import (
    DraftFactory,
    EmailTemplateFactory,
    FollowUpFactory,
    OfferFactory,
    ReflectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

BACKEND = "declines.auth.ModelBackend"


def days(n):
    return timezone.localdate() + dt.timedelta(days=n)


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def browser(user) -> Client:
    """A browser of its own (the `owner_client` and `outsider_client` fixtures share one)."""
    client = Client()
    client.force_login(user, backend=BACKEND)
    return client


def cached_page(client, url) -> str:
    """The page, viewed twice: the second view must come from the page cache."""
    first = page(client, url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response.templates == [], f"{url} was rendered again instead of coming from the page cache"
    assert len(queries) == 2, [q["sql"] for q in queries]  # the session, and the user with their profile
    assert visible(response.content.decode()) == visible(first)
    return first


def visible(html: str) -> str:
    """The page without its CSRF tokens, which differ on every response."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r'"X-CSRFToken": "[^"]+"', "", html)


@pytest.fixture
def starter_library():
    call_command("load_starter_library", verbosity=0)


@pytest.fixture
def offer(owner):
    return OfferFactory(owner=owner, company="Northwind Analytics", role="Staff Engineer", flow_step=3)


@pytest.fixture
def declined(owner):
    return OfferFactory(
        owner=owner,
        company="Fabrikam",
        status=Offer.Status.DECLINED,
        decided_at=timezone.now() - dt.timedelta(days=3),
        received_on=days(-10),
        respond_by=days(-2),
    )


# --- What is kept, and for whom -----------------------------------------------------


@pytest.mark.parametrize("name", ["dashboard", "follow_ups", "template_list"])
def test_a_second_view_of_a_list_page_comes_from_the_cache(owner_client, declined, name):
    FollowUpFactory(offer=declined, note="Ask about the meetup.")
    text = cached_page(owner_client, reverse(name))
    assert "Declines" in text


def test_the_offer_page_and_every_flow_step_come_from_the_cache(owner_client, offer, starter_library):
    ReflectionFactory(offer=offer)
    template = EmailTemplate.objects.builtin().get(slug="decline-another-offer-warm")
    services.draft_create_from_template(offer=offer, template=template, user=offer.owner)
    assert "Northwind Analytics" in cached_page(owner_client, offer.get_absolute_url())
    for step in (1, 2, 3, 4):
        assert "Northwind Analytics" in cached_page(owner_client, reverse("flow_step", args=[offer.pk, step]))


def test_the_placeholder_never_reaches_a_page(owner_client, declined):
    FollowUpFactory(offer=declined)
    for _ in range(2):
        text = page(owner_client, reverse("follow_ups"))
        assert pagecache.csrf_placeholder() not in text
        assert 'name="csrfmiddlewaretoken" value="' in text


def test_each_browser_gets_a_page_whose_forms_it_can_post(owner, declined):
    follow_up = FollowUpFactory(offer=declined, due_on=days(-1))
    browsers = []
    for _ in range(2):
        client = Client(enforce_csrf_checks=True)
        client.force_login(owner, backend=BACKEND)
        browsers.append(client)
    first, second = (page(client, reverse("follow_ups")) for client in browsers)
    # The second browser's page came from the cache, with its own token in the forms.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', second).group(1)
    assert token not in first
    response = browsers[1].post(
        reverse("follow_up_done", args=[follow_up.pk]), {"csrfmiddlewaretoken": token, "next": "/follow-ups/"}
    )
    assert response.status_code == 302
    follow_up.refresh_from_db()
    assert follow_up.done_at is not None


def test_another_user_never_sees_the_owners_cached_page(owner, outsider, declined):
    cached_page(browser(owner), declined.get_absolute_url())
    assert "Fabrikam" in cached_page(browser(owner), reverse("dashboard"))
    assert browser(outsider).get(declined.get_absolute_url()).status_code == 404
    assert "Fabrikam" not in page(browser(outsider), reverse("dashboard"))


def test_a_message_shows_once_and_is_never_kept(owner_client, declined):
    follow_up = FollowUpFactory(offer=declined, kind="thank_you", due_on=days(-1))
    cached_page(owner_client, reverse("follow_ups"))
    response = owner_client.post(reverse("follow_up_done", args=[follow_up.pk]), {"next": "/follow-ups/"}, follow=True)
    assert "Marked “Thank-you note for Fabrikam” done." in response.content.decode()
    assert "Marked “Thank-you note for Fabrikam” done." not in page(owner_client, reverse("follow_ups"))
    assert "Marked “Thank-you note for Fabrikam” done." not in page(owner_client, reverse("follow_ups"))


def test_a_profile_saved_from_an_old_copy_does_not_put_the_version_back(owner, offer):
    stale = Profile.objects.get(user=owner)
    offer.company = "Southwind"
    offer.save()
    moved = Profile.objects.get(user=owner).data_version
    stale.full_name = "Alex M. Morgan"
    stale.save()
    profile = Profile.objects.get(user=owner)
    assert profile.full_name == "Alex M. Morgan"
    assert profile.data_version > moved


def test_logging_in_keeps_the_cached_pages(owner, offer):
    before = Profile.objects.get(user=owner).data_version
    response = Client().post(reverse("login"), {"username": "owner", "password": "correct horse battery staple"})
    assert response.status_code == 302
    assert Profile.objects.get(user=owner).data_version == before


def test_another_users_change_keeps_the_owners_pages_cached(owner_client, offer, outsider):
    cached_page(owner_client, reverse("dashboard"))
    OfferFactory(owner=outsider, company="Contoso")
    with CaptureQueriesContext(connection) as queries:
        owner_client.get(reverse("dashboard"))
    assert len(queries) == 2


def test_an_offer_staff_move_to_another_user_leaves_the_old_owners_pages_at_once(owner, outsider, offer):
    old_owner, new_owner = browser(owner), browser(outsider)
    assert "Northwind Analytics" in cached_page(old_owner, reverse("dashboard"))
    cached_page(old_owner, offer.get_absolute_url())
    assert "Northwind Analytics" not in cached_page(new_owner, reverse("dashboard"))
    offer.owner = outsider
    offer.save()  # as the admin's change form does
    assert "Northwind Analytics" not in page(old_owner, reverse("dashboard"))
    assert old_owner.get(offer.get_absolute_url()).status_code == 404
    assert "Northwind Analytics" in page(new_owner, reverse("dashboard"))


def test_a_follow_up_moved_to_another_users_offer_leaves_the_old_owners_list(owner, outsider, follow_up):
    old_owner = browser(owner)
    assert "Thank Sam." in cached_page(old_owner, reverse("follow_ups"))
    follow_up.offer = OfferFactory(owner=outsider)
    follow_up.save()
    assert "Thank Sam." not in page(old_owner, reverse("follow_ups"))


def test_a_built_in_given_to_one_user_leaves_everyone_elses_library(starter_library, owner, outsider):
    others = browser(outsider)
    builtin = EmailTemplate.objects.builtin().get(slug="linkedin-note")
    assert builtin.name in cached_page(others, reverse("template_list"))
    builtin.owner = owner
    builtin.save()
    assert builtin.name not in page(others, reverse("template_list"))


# --- The dashboard --------------------------------------------------------------------


def test_an_edited_offer_shows_on_the_dashboard_at_once(owner_client, offer):
    assert "Northwind Analytics" in cached_page(owner_client, reverse("dashboard"))
    data = {
        "company": "Southwind Analytics",
        "role": offer.role,
        "contact_name": offer.contact_name,
        "contact_title": offer.contact_title,
        "contact_email": offer.contact_email,
        "received_on": offer.received_on.isoformat(),
        "respond_by": offer.respond_by.isoformat(),
        "salary_note": "",
        "notes": "",
    }
    assert owner_client.post(reverse("offer_edit", args=[offer.pk]), data).status_code == 302
    text = page(owner_client, reverse("dashboard"))
    assert "Southwind Analytics" in text
    assert "Northwind Analytics" not in text


def test_a_step_reached_shows_on_the_dashboard_at_once(owner_client, offer, starter_library):
    assert "Continue — step 3 of 5" in cached_page(owner_client, reverse("dashboard"))
    template = EmailTemplate.objects.builtin().get(slug="decline-another-offer-warm")
    services.draft_create_from_template(offer=offer, template=template, user=offer.owner)
    assert "Continue — step 4 of 5" in page(owner_client, reverse("dashboard"))


def test_a_decline_shows_on_the_dashboard_at_once(owner_client, offer):
    assert "Declined</span>" not in cached_page(owner_client, reverse("dashboard"))
    services.offer_decline(offer=offer, draft=DraftFactory(offer=offer), sent_at=timezone.now())
    text = page(owner_client, reverse("dashboard"))
    assert "Declined</span>" in text
    assert re.search(r"<dt>Offers declined</dt>\s*<dd>1</dd>", text)


def test_a_deleted_offer_leaves_the_dashboard_at_once_and_undo_brings_it_back(owner_client, offer, declined):
    assert "Northwind Analytics" in cached_page(owner_client, reverse("dashboard"))
    services.offer_delete(offer=offer)
    assert "Northwind Analytics" not in page(owner_client, reverse("dashboard"))
    services.offer_undelete(offer=offer)
    assert "Northwind Analytics" in page(owner_client, reverse("dashboard"))


def test_the_countdowns_move_on_at_midnight(owner_client, offer, monkeypatch):
    assert "due in 4 days" in cached_page(owner_client, reverse("dashboard"))
    tomorrow = days(1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert "due in 3 days" in page(owner_client, reverse("dashboard"))


def test_a_renamed_user_shows_in_the_navigation_at_once(owner_client, owner, offer):
    assert "(owner)" in cached_page(owner_client, reverse("dashboard"))
    owner.username = "alex"
    owner.save()
    assert "(alex)" in page(owner_client, reverse("dashboard"))


# --- Follow-ups ---------------------------------------------------------------------


@pytest.fixture
def follow_up(declined):
    return FollowUpFactory(offer=declined, kind="thank_you", due_on=days(-1), note="Thank Sam.")


def test_a_follow_up_done_leaves_the_to_do_list_at_once(owner_client, follow_up):
    assert "Thank Sam." in cached_page(owner_client, reverse("follow_ups"))
    services.follow_up_done(follow_up=follow_up, at=timezone.now())
    assert "Thank Sam." not in page(owner_client, reverse("follow_ups"))
    services.follow_up_reopen(follow_up=follow_up)
    assert "Thank Sam." in page(owner_client, reverse("follow_ups"))


def test_a_snoozed_follow_up_shows_its_new_date_at_once(owner_client, follow_up):
    cached_page(owner_client, reverse("follow_ups"))
    services.follow_up_snooze(follow_up=follow_up, period="week", today=timezone.localdate())
    assert f'datetime="{follow_up.due_on.isoformat()}"' in page(owner_client, reverse("follow_ups"))


def test_an_edited_follow_up_shows_at_once(owner_client, follow_up):
    cached_page(owner_client, reverse("follow_ups"))
    services.follow_up_update(follow_up=follow_up, kind="thank_you", due_on=days(2), note="Thank Jordan too.")
    assert "Thank Jordan too." in page(owner_client, reverse("follow_ups"))


def test_a_deleted_follow_up_leaves_the_list_at_once(owner_client, follow_up):
    cached_page(owner_client, reverse("follow_ups"))
    services.follow_up_delete(follow_up=follow_up)
    assert "Thank Sam." not in page(owner_client, reverse("follow_ups"))


def test_a_follow_up_deleted_in_the_admin_leaves_the_list_at_once(owner_client, follow_up):
    cached_page(owner_client, reverse("follow_ups"))
    model_admin = admin.site._registry[FollowUp]
    model_admin.delete_queryset(None, FollowUp.objects.filter(pk=follow_up.pk))
    assert "Thank Sam." not in page(owner_client, reverse("follow_ups"))


def test_a_follow_up_drafted_shows_its_draft_at_once(owner_client, follow_up, starter_library):
    assert "Open draft" not in cached_page(owner_client, reverse("follow_ups"))
    template = EmailTemplate.objects.builtin().get(slug="thank-you-after-declining")
    services.follow_up_draft_create(follow_up=follow_up, template=template, user=follow_up.offer.owner)
    assert "Open draft" in page(owner_client, reverse("follow_ups"))


# --- The offer page ----------------------------------------------------------------


def test_a_logged_contact_shows_on_the_offer_page_at_once(owner_client, declined):
    cached_page(owner_client, declined.get_absolute_url())
    services.interaction_log(offer=declined, happened_on=days(0), channel="call", note="Coffee with Priya.")
    assert "Coffee with Priya." in page(owner_client, declined.get_absolute_url())


def test_a_saved_plan_shows_on_the_offer_page_at_once(owner_client, declined):
    cached_page(owner_client, declined.get_absolute_url())
    items = [SimpleNamespace(kind=FollowUp.Kind.LINKEDIN, due_on=days(5), note="Connect with Priya.")]
    services.follow_up_plan_save(offer=declined, items=items)  # bulk_create: no save() signal
    assert "Connect with Priya." in page(owner_client, declined.get_absolute_url())


def test_a_new_name_shows_in_the_prepared_answers_at_once(owner_client, owner, declined, starter_library):
    assert "Alex Morgan" in cached_page(owner_client, declined.get_absolute_url())
    services.profile_update(profile=Profile.objects.get(user=owner), full_name="Sam Rivera", signature="")
    text = page(owner_client, declined.get_absolute_url())
    assert "Sam Rivera" in text
    assert "Alex Morgan" not in text


def test_a_new_answer_template_shows_on_the_offer_page_at_once(owner_client, owner, declined):
    cached_page(owner_client, declined.get_absolute_url())
    services.template_create(
        owner=owner, name="When they ask about salary", kind=TemplateKind.ANSWER, body="Thank you for asking."
    )
    assert "When they ask about salary" in page(owner_client, declined.get_absolute_url())


# --- The flow ------------------------------------------------------------------------


def test_a_reflection_saved_shows_on_the_reflect_step_at_once(owner_client, offer):
    url = reverse("flow_step", args=[offer.pk, 2])
    cached_page(owner_client, url)
    reflection = Reflection(offer=offer, goals="A kinder team and a shorter commute.")
    services.reflection_save(offer=offer, reflection=reflection, decision=None, now=timezone.now())
    assert "A kinder team and a shorter commute." in page(owner_client, url)


def test_an_approach_saved_shows_on_its_step_at_once(owner_client, offer):
    url = reverse("flow_step", args=[offer.pk, 3])
    cached_page(owner_client, url)
    offer.reason_detail = "I have chosen a role closer to home."
    services.offer_flow_save(offer=offer, fields=["reason_detail"])
    assert "I have chosen a role closer to home." in page(owner_client, url)


@pytest.fixture
def composing(offer, starter_library):
    template = EmailTemplate.objects.builtin().get(slug="decline-another-offer-warm")
    draft = services.draft_create_from_template(offer=offer, template=template, user=offer.owner)
    return draft, reverse("flow_step", args=[offer.pk, 4])


def test_a_saved_draft_shows_in_the_editor_at_once(owner_client, composing):
    draft, url = composing
    cached_page(owner_client, url)
    services.draft_text_update(
        draft=draft, expected_version=draft.version, subject=draft.subject, body="Dear Priya,\n\nA new text."
    )
    assert "A new text." in page(owner_client, url)


def test_a_dismissed_warning_shows_as_dismissed_at_once(owner_client, composing):
    draft, url = composing
    services.draft_text_update(draft=draft, expected_version=draft.version, subject=draft.subject, body="Dear Priya,")
    assert "Warning: </span>Gratitude" in cached_page(owner_client, url)
    services.draft_rule_dismiss(draft=draft, rule="gratitude")
    assert "Dismissed warning: </span>Gratitude" in page(owner_client, url)


def test_a_new_template_shows_in_the_chooser_at_once(owner_client, owner, composing):
    _, url = composing
    cached_page(owner_client, url)
    EmailTemplateFactory(owner=owner, name="My own warm decline")
    assert "My own warm decline" in page(owner_client, url)


# --- Templates ------------------------------------------------------------------------


def test_an_edited_template_shows_in_the_library_at_once(owner_client, owner):
    template = services.template_create(owner=owner, name="My decline", kind=TemplateKind.DECLINE, body="Thanks.")
    cached_page(owner_client, reverse("template_list"))
    services.template_update(template=template, expected_version=template.version, name="My kinder decline")
    assert "My kinder decline" in page(owner_client, reverse("template_list"))


def test_a_deleted_template_leaves_the_library_at_once(owner_client, owner):
    template = services.template_create(owner=owner, name="My decline", kind=TemplateKind.DECLINE, body="Thanks.")
    assert "My decline" in cached_page(owner_client, reverse("template_list"))
    services.template_delete(template=template)
    assert "My decline" not in page(owner_client, reverse("template_list"))


def test_a_restored_revision_shows_in_the_library_at_once(owner_client, owner):
    template = services.template_create(owner=owner, name="First name", kind=TemplateKind.DECLINE, body="Thanks.")
    template = services.template_update(template=template, expected_version=template.version, name="Second name")
    assert "Second name" in cached_page(owner_client, reverse("template_list"))
    services.template_restore_revision(
        template=template, revision=template.revisions.get(number=1), expected_version=template.version
    )
    assert "First name" in page(owner_client, reverse("template_list"))


def test_a_changed_built_in_shows_in_every_users_library_at_once(starter_library, owner, outsider):
    browsers = [browser(owner), browser(outsider)]
    for client in browsers:
        cached_page(client, reverse("template_list"))
    builtin = EmailTemplate.objects.builtin().get(slug="linkedin-note")
    builtin.name = "A LinkedIn note, newly worded"
    builtin.save()
    for client in browsers:
        assert "A LinkedIn note, newly worded" in page(client, reverse("template_list"))


def test_an_account_made_without_a_profile_is_served_uncached(client):
    user = UserFactory.build(username="admin")
    user.set_password("x")
    user.save()  # as createsuperuser does: no profile
    client.force_login(user, backend=BACKEND)
    for _ in range(2):
        response = client.get(reverse("template_list"))
        assert response.status_code == 200
        assert response.templates != []
