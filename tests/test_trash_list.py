"""Recently deleted: the offers and own templates a user deleted, until
`purge_deleted` removes them, each with its Restore (views/trash.py)."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines.models import EmailTemplate, Offer
from declines.services.trash import KEPT_FOR
from declines.views.trash import removal
from declines.wording import format_date
from tests.factories import EmailTemplateFactory, FollowUpFactory, OfferFactory

pytestmark = pytest.mark.django_db

URL = reverse("recently_deleted")


def ago(**delta) -> dt.datetime:
    return timezone.now() - dt.timedelta(**delta)


def page_of(client, **params) -> str:
    response = client.get(URL, params)
    assert response.status_code == 200
    return response.content.decode()


def test_it_lists_deleted_offers_and_own_templates_newest_first(owner_client, owner):
    OfferFactory(owner=owner, company="Oldest Ltd", deleted_at=ago(days=3))
    EmailTemplateFactory(owner=owner, name="Middle template", deleted_at=ago(days=2))
    OfferFactory(owner=owner, company="Newest Ltd", deleted_at=ago(hours=1))
    page = page_of(owner_client)
    assert page.index("Newest Ltd") < page.index("Middle template") < page.index("Oldest Ltd")
    assert page.count('class="list-group-item') == 3


def test_it_lists_nothing_that_is_not_deleted_nor_a_built_in(owner_client, owner):
    OfferFactory(owner=owner, company="Still Here Ltd")
    EmailTemplateFactory(owner=owner, name="Still here template")
    # A built-in the starter library retired: not the user's to restore.
    EmailTemplateFactory(owner=None, slug="retired", name="Retired built-in", deleted_at=ago(hours=1))
    page = page_of(owner_client)
    assert "Still Here Ltd" not in page
    assert "Still here template" not in page
    assert "Retired built-in" not in page
    assert "Nothing to bring back" in page


def test_it_hides_other_users_deleted_things(outsider_client, owner):
    OfferFactory(owner=owner, company="Northwind", deleted_at=ago(hours=1))
    EmailTemplateFactory(owner=owner, name="Owner's template", deleted_at=ago(hours=1))
    page = page_of(outsider_client)
    assert "Northwind" not in page
    assert "Owner&#x27;s template" not in page
    assert "Nothing to bring back" in page


def test_it_says_when_each_was_deleted_and_when_it_goes_for_good(owner_client, owner):
    deleted_at = ago(days=2)
    OfferFactory(owner=owner, company="Northwind", role="Data Lead", deleted_at=deleted_at)
    page = page_of(owner_client)
    local = timezone.localtime(deleted_at)
    assert f"Deleted {format_date(local.date())}, {local:%H:%M}" in page
    gone_on = format_date(timezone.localdate(deleted_at + KEPT_FOR))
    assert f"Removed for good after {gone_on} (in " in page
    assert f"waits here for {KEPT_FOR.days} days" in page


@pytest.mark.parametrize(
    ("deleted", "says"),
    [
        (dt.timedelta(days=2), "(in 28 days)"),
        (KEPT_FOR - dt.timedelta(days=1), "(tomorrow)"),
        (KEPT_FOR, "at the next clean-up"),
        (KEPT_FOR + dt.timedelta(days=3), "at the next clean-up"),
    ],
)
def test_removal_says_when_purge_deleted_will_take_it(deleted, says):
    now = timezone.make_aware(dt.datetime(2026, 3, 10, 12, 0))
    assert says in removal(now - deleted, now)


def test_removal_on_its_last_day_says_today():
    now = timezone.make_aware(dt.datetime(2026, 3, 10, 12, 0))
    assert removal(now - KEPT_FOR + dt.timedelta(minutes=5), now) == "after 10 March 2026 (today)"


def test_purge_deleted_keeps_what_the_page_says_it_keeps(owner):
    """The command's default grace period is the one the page states."""
    kept = OfferFactory(owner=owner, deleted_at=timezone.now() - KEPT_FOR + dt.timedelta(minutes=5))
    gone = OfferFactory(owner=owner, deleted_at=timezone.now() - KEPT_FOR - dt.timedelta(minutes=5))
    call_command("purge_deleted", stdout=io.StringIO())
    assert Offer.objects.filter(pk=kept.pk).exists()
    assert not Offer.objects.filter(pk=gone.pk).exists()


def test_it_says_so_when_nothing_was_deleted(owner_client):
    page = page_of(owner_client)
    assert "<h1" in page and "Recently deleted" in page
    assert "Nothing to bring back" in page
    assert 'class="list-group' not in page


def test_it_shows_25_a_page(owner_client, owner):
    for n in range(26):
        OfferFactory(owner=owner, company=f"Firm {n:02d}", deleted_at=ago(hours=n + 1))
    first = page_of(owner_client)
    assert first.count('class="list-group-item') == 25
    assert "Firm 00" in first and "Firm 25" not in first
    assert "Page 1 of 2" in first
    second = page_of(owner_client, page=2)
    assert second.count('class="list-group-item') == 1
    assert "Firm 25" in second


def test_its_queries_do_not_grow_with_the_rows(owner_client, owner):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            page_of(owner_client)
        return len(captured)

    OfferFactory(owner=owner, deleted_at=ago(hours=1))
    EmailTemplateFactory(owner=owner, deleted_at=ago(hours=1))
    one = queries()
    for n in range(20):
        OfferFactory(owner=owner, deleted_at=ago(hours=n + 2))
        EmailTemplateFactory(owner=owner, deleted_at=ago(hours=n + 2))
    assert queries() == one


def test_each_row_restores_what_it_shows(owner_client, owner):
    offer = OfferFactory(owner=owner, company="Northwind", deleted_at=ago(hours=1))
    template = EmailTemplateFactory(owner=owner, name="Kind words", deleted_at=ago(hours=2))
    page = page_of(owner_client)
    assert f'action="{reverse("offer_undelete", args=[offer.pk])}"' in page
    assert f'action="{reverse("template_undelete", args=[template.pk])}"' in page
    # Each Restore says, to a screen reader, what it brings back.
    assert 'Restore<span class="visually-hidden"> offer: Senior Data Engineer at Northwind</span>' in page
    assert 'Restore<span class="visually-hidden"> template: Kind words</span>' in page


def test_restoring_an_offer_lands_on_it_with_everything_in_it(owner_client, owner):
    offer = OfferFactory(owner=owner, company="Northwind", deleted_at=ago(days=3))
    FollowUpFactory(offer=offer)
    response = owner_client.post(reverse("offer_undelete", args=[offer.pk]), follow=True)
    assert response.redirect_chain[-1][0] == offer.get_absolute_url()
    assert "The offer from Northwind is back, with everything in it." in response.content.decode()
    offer.refresh_from_db()
    assert offer.deleted_at is None
    assert offer.follow_ups.count() == 1
    assert "Northwind" not in page_of(owner_client)


def test_restoring_a_template_lands_on_it(owner_client, owner):
    template = EmailTemplateFactory(owner=owner, name="Kind words", deleted_at=ago(days=3))
    response = owner_client.post(reverse("template_undelete", args=[template.pk]), follow=True)
    assert response.redirect_chain[-1][0] == template.get_absolute_url()
    assert "“Kind words” is back." in response.content.decode()
    template.refresh_from_db()
    assert template.deleted_at is None


def test_another_user_cannot_restore_from_it(outsider_client, owner):
    offer = OfferFactory(owner=owner, deleted_at=ago(hours=1))
    template = EmailTemplateFactory(owner=owner, deleted_at=ago(hours=1))
    assert outsider_client.post(reverse("offer_undelete", args=[offer.pk])).status_code == 404
    assert outsider_client.post(reverse("template_undelete", args=[template.pk])).status_code == 404
    assert Offer.objects.get(pk=offer.pk).deleted_at is not None
    assert EmailTemplate.objects.get(pk=template.pk).deleted_at is not None


def test_a_visitor_must_log_in(client, owner):
    OfferFactory(owner=owner, company="Northwind", deleted_at=ago(hours=1))
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_it_is_read_only(owner_client):
    assert owner_client.post(URL).status_code == 405


@pytest.mark.parametrize(("kind", "listed_at"), [("offer", "dashboard"), ("template", "template_list")])
def test_the_undo_banner_points_to_recently_deleted(owner_client, owner, kind, listed_at):
    row = OfferFactory(owner=owner) if kind == "offer" else EmailTemplateFactory(owner=owner)
    response = owner_client.post(reverse(f"{kind}_delete", args=[row.pk]), follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(reverse(listed_at))
    assert f'find it later under <a href="{URL}">Recently deleted</a>' in page
    # And there it is, once the banner is gone.
    assert reverse(f"{kind}_undelete", args=[row.pk]) in page_of(owner_client)


def test_the_follow_up_undo_banner_does_not(owner_client, owner):
    """A follow-up deleted or done is not kept under Recently deleted: its banner does not send the user there."""
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner))
    response = owner_client.post(reverse("follow_up_done", args=[follow_up.pk]), follow=True)
    page = response.content.decode()
    assert "Undo" in page
    assert "Recently deleted" not in page


def test_settings_links_to_it(owner_client):
    page = owner_client.get(reverse("account_settings")).content.decode()
    assert f'<a href="{URL}">Recently deleted</a>' in page
