"""Links that leave a page follow the address it was asked for when SITE_URL
is unset (`make run PORT=8102`), and what answers no request says it needs SITE_URL."""

import re

import pytest
from django.core import mail
from django.core.checks import run_checks
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from declines.models import Profile
from tests.factories import FollowUpFactory, OfferFactory

pytestmark = pytest.mark.django_db

PORT_8102 = {"HTTP_HOST": "127.0.0.1:8102"}


@pytest.fixture
def no_site_url(settings):
    settings.SITE_URL = ""
    settings.ALLOWED_HOSTS = ["127.0.0.1", "testserver"]
    return settings


def test_settings_shows_the_feed_address_at_the_port_the_page_was_asked_on(no_site_url, owner_client, owner):
    token = Profile.objects.get(user=owner).calendar_token
    body = owner_client.get(reverse("account_settings"), **PORT_8102).content.decode()
    feed = f"http://127.0.0.1:8102{reverse('calendar_feed', args=[token])}"
    assert f"<code>{feed}</code>" in body
    assert f'data-copy="{feed}"' in body
    assert f'href="webcal://127.0.0.1:8102{reverse("calendar_feed", args=[token])}"' in body
    assert ":8000" not in body


def test_the_links_inside_the_feed_follow_the_port(no_site_url, client, owner):
    offer = OfferFactory(owner=owner)
    follow_up = FollowUpFactory(offer=offer)
    token = Profile.objects.get(user=owner).calendar_token
    feed = client.get(reverse("calendar_feed", args=[token]), **PORT_8102).content.decode()
    unfolded = feed.replace("\r\n ", "")
    assert f"URL:http://127.0.0.1:8102/follow-ups/#follow-up-{follow_up.pk}" in unfolded
    assert ":8000" not in unfolded


def test_a_test_reminder_links_to_the_port_it_was_asked_from(no_site_url, owner_client, owner, mailoutbox):
    owner_client.post(reverse("reminder_test"), **PORT_8102)
    assert len(mailoutbox) == 1
    links = re.findall(r"https?://[^\s\"<>]+", mailoutbox[0].body)
    assert links and all(link.startswith("http://127.0.0.1:8102/") for link in links), links


def test_a_password_reset_link_without_site_url_points_where_the_request_came(no_site_url, client, owner, mailoutbox):
    client.post(reverse("password_reset"), {"email": owner.email}, **PORT_8102)
    assert "http://127.0.0.1:8102/accounts/password/reset/" in mailoutbox[0].body


def test_a_set_site_url_still_wins_over_the_request(settings, owner_client, owner):
    settings.SITE_URL = "https://declines.example.org"
    body = owner_client.get(reverse("account_settings")).content.decode()
    assert "<code>https://declines.example.org/feeds/" in body


def test_send_reminders_without_site_url_stops_and_says_how_to_set_it(no_site_url, owner):
    with pytest.raises(CommandError) as refused:
        call_command("send_reminders")
    message = str(refused.value)
    assert "SITE_URL is not set" in message and "make run PORT=8102" in message


def test_send_reminders_on_a_developers_machine_links_to_where_make_run_serves(no_site_url, owner, capsys):
    """Run as the README's developer would (DEBUG=1, no SITE_URL), it sent nothing and failed."""
    no_site_url.DEBUG = True
    offer = OfferFactory(owner=owner, status="declined", decided_at=timezone.now())
    FollowUpFactory(offer=offer, due_on=timezone.localdate())
    call_command("send_reminders")
    assert "http://127.0.0.1:8000/" in mail.outbox[0].body
    assert "SITE_URL is not set" in capsys.readouterr().err


def test_the_system_check_warns_without_site_url_in_production(no_site_url):
    no_site_url.DEBUG = False
    assert "declines.W002" in [message.id for message in run_checks()]


def test_the_system_check_is_quiet_on_a_laptop_or_with_site_url(no_site_url):
    no_site_url.DEBUG = True
    assert "declines.W002" not in [message.id for message in run_checks()]
    no_site_url.DEBUG = False
    no_site_url.SITE_URL = "https://declines.example.org"
    assert "declines.W002" not in [message.id for message in run_checks()]
