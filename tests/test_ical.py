"""The private calendar feed: parsed with icalendar, reached by token alone."""

import datetime as dt

import icalendar
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from declines import ical
from declines.models import Offer, Profile
from tests.factories import FollowUpFactory, OfferFactory

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


def days(n):
    return today() + dt.timedelta(days=n)


def feed_url(user):
    return reverse("calendar_feed", args=[Profile.objects.get(user=user).calendar_token])


def events(client, user) -> dict[str, icalendar.Event]:
    response = client.get(feed_url(user))
    assert response.status_code == 200
    parsed = icalendar.Calendar.from_ical(response.content)
    return {str(event["uid"]): event for event in parsed.walk("VEVENT")}


@pytest.fixture
def offer(owner):
    return OfferFactory(owner=owner, company="Northwind Analytics", role="Staff Engineer", respond_by=days(4))


def test_the_feed_is_icalendar_and_needs_no_session(client, owner, offer):
    response = client.get(feed_url(owner))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    parsed = icalendar.Calendar.from_ical(response.content)
    assert str(parsed["version"]) == "2.0"
    assert str(parsed["x-wr-calname"]) == "Declines"


def test_an_open_follow_up_is_an_all_day_event_with_a_link_back(client, owner, offer):
    follow_up = FollowUpFactory(offer=offer, kind="thank_you", due_on=days(2), note="Thank Sam.")
    event = events(client, owner)[f"follow-up-{follow_up.pk}@127.0.0.1"]
    assert event.decoded("dtstart") == days(2)
    assert event.decoded("dtend") == days(3)
    assert not isinstance(event.decoded("dtstart"), dt.datetime)  # a date: all day
    assert str(event["summary"]) == "Thank-you note — Northwind Analytics"
    assert "Staff Engineer" in str(event["description"]) and "Thank Sam." in str(event["description"])
    assert str(event["url"]) == f"{settings.SITE_URL}{reverse('follow_ups')}#follow-up-{follow_up.pk}"


def test_a_follow_up_of_the_users_own_is_named_by_its_note_in_the_calendar(client, owner, offer):
    follow_up = FollowUpFactory(offer=offer, kind="other", due_on=days(2), note="Send Sam the article")
    event = events(client, owner)[f"follow-up-{follow_up.pk}@127.0.0.1"]
    assert str(event["summary"]) == "Send Sam the article — Northwind Analytics"


def test_an_undecided_offers_deadline_is_an_event(client, owner, offer):
    event = events(client, owner)[f"offer-{offer.pk}-deadline@127.0.0.1"]
    assert event.decoded("dtstart") == days(4)
    assert str(event["summary"]) == "Respond to Northwind Analytics (Staff Engineer)"
    assert str(event["url"]) == settings.SITE_URL + offer.get_absolute_url()


def test_the_uid_stays_the_same_when_the_date_moves(client, owner, offer):
    follow_up = FollowUpFactory(offer=offer, due_on=days(10))
    before = set(events(client, owner))
    follow_up.due_on = days(20)
    follow_up.save()
    after = events(client, owner)
    assert set(after) == before
    assert after[f"follow-up-{follow_up.pk}@127.0.0.1"].decoded("dtstart") == days(20)


def test_the_feed_leaves_out_what_needs_nothing(client, owner, outsider, offer):
    FollowUpFactory(offer=offer, due_on=days(3), done_at=timezone.now())
    decided = OfferFactory(
        owner=owner, status=Offer.Status.DECLINED, decided_at=timezone.now(), respond_by=days(2), received_on=days(-5)
    )
    deleted = OfferFactory(owner=owner, deleted_at=timezone.now(), respond_by=days(2))
    FollowUpFactory(offer=deleted, due_on=days(2))
    FollowUpFactory(offer=OfferFactory(owner=outsider), due_on=days(2))
    FollowUpFactory(offer=offer, due_on=days(-ical.PAST_DAYS - 1))
    FollowUpFactory(offer=offer, due_on=days(ical.FUTURE_DAYS + 1))
    found = events(client, owner)
    assert set(found) == {f"offer-{offer.pk}-deadline@127.0.0.1"}
    assert f"offer-{decided.pk}-deadline@127.0.0.1" not in found


def test_the_window_keeps_recent_overdue_and_far_ahead_items(client, owner, offer):
    overdue = FollowUpFactory(offer=offer, due_on=days(-ical.PAST_DAYS))
    far = FollowUpFactory(offer=offer, due_on=days(ical.FUTURE_DAYS))
    found = events(client, owner)
    assert f"follow-up-{overdue.pk}@127.0.0.1" in found
    assert f"follow-up-{far.pk}@127.0.0.1" in found


def test_a_wrong_token_is_404(client, owner):
    assert client.get(reverse("calendar_feed", args=["not-the-token"])).status_code == 404


def test_a_token_shows_only_its_owners_events(client, owner, outsider):
    OfferFactory(owner=owner, company="Mine Ltd", respond_by=days(3))
    OfferFactory(owner=outsider, company="Theirs Ltd", respond_by=days(3))
    body = client.get(feed_url(outsider)).content.decode()
    assert "Theirs Ltd" in body and "Mine Ltd" not in body


def test_regenerating_revokes_the_old_address(owner_client, owner):
    old = feed_url(owner)
    response = owner_client.post(reverse("calendar_token_regenerate"), follow=True)
    assert response.redirect_chain == [(reverse("account_settings") + "#calendar", 302)]
    assert "The old one no longer works" in response.content.decode()
    new = feed_url(owner)
    assert new != old
    assert owner_client.get(old).status_code == 404
    assert owner_client.get(new).status_code == 200


def test_regenerating_changes_only_your_own_token(outsider_client, owner, outsider):
    owner_token = Profile.objects.get(user=owner).calendar_token
    outsider_client.post(reverse("calendar_token_regenerate"))
    assert Profile.objects.get(user=owner).calendar_token == owner_token


def test_regenerating_needs_login_and_post(client, owner_client, owner):
    token = Profile.objects.get(user=owner).calendar_token
    assert owner_client.get(reverse("calendar_token_regenerate")).status_code == 405
    owner_client.logout()
    response = client.post(reverse("calendar_token_regenerate"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert Profile.objects.get(user=owner).calendar_token == token


def test_the_settings_page_shows_the_feed_address(owner_client, owner):
    body = owner_client.get(reverse("account_settings")).content.decode()
    assert settings.SITE_URL + feed_url(owner) in body
    assert "webcal://" in body


def test_an_inactive_users_feed_is_404(client, owner):
    url = feed_url(owner)
    owner.is_active = False
    owner.save()
    assert client.get(url).status_code == 404


# --- Alerts (VALARM) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "trigger"),
    [("morning", dt.timedelta(hours=9)), ("day_before", dt.timedelta(hours=-15))],
)
def test_every_event_carries_the_alert_the_user_chose(client, owner, offer, choice, trigger):
    FollowUpFactory(offer=offer, due_on=days(2))
    Profile.objects.filter(user=owner).update(calendar_alarm=choice)
    found = events(client, owner)
    assert len(found) == 2
    for event in found.values():
        [alarm] = event.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm["trigger"].dt == trigger
        assert alarm["trigger"].params["RELATED"] == "START"
        assert str(alarm["description"]) == str(event["summary"])


def test_no_alert_unless_the_user_asks_for_one(client, owner, offer):
    assert all(not event.walk("VALARM") for event in events(client, owner).values())


def test_choosing_an_alert_in_settings_changes_the_feed(owner_client, owner, offer):
    before = owner_client.get(feed_url(owner))
    response = owner_client.post(
        reverse("account_settings"), {"form": "calendar", "calendar-calendar_alarm": "day_before"}, follow=True
    )
    assert "Your calendar alerts are saved." in response.content.decode()
    assert Profile.objects.get(user=owner).calendar_alarm == "day_before"
    after = owner_client.get(feed_url(owner), HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200 and b"BEGIN:VALARM" in after.content


def test_an_unknown_alert_is_an_error_beside_the_field(owner_client, owner):
    response = owner_client.post(reverse("account_settings"), {"form": "calendar", "calendar-calendar_alarm": "hourly"})
    assert "Select a valid choice." in response.context["calendar_form"].errors["calendar_alarm"][0]
    assert Profile.objects.get(user=owner).calendar_alarm == "none"


def test_alerts_change_only_your_own_profile(outsider_client, owner, outsider):
    outsider_client.post(reverse("account_settings"), {"form": "calendar", "calendar-calendar_alarm": "morning"})
    assert Profile.objects.get(user=owner).calendar_alarm == "none"
    assert Profile.objects.get(user=outsider).calendar_alarm == "morning"


# --- Written directly, byte for byte as the icalendar library writes it ------------------

AWKWARD = [
    "Zürich Rück AG; Büro, Genf",  # accents, a semicolon and a comma
    "Back\\slash \\N Labs",  # backslashes, and the library's \N
    "日本語の会社 " * 12,  # three bytes a character, well past a line's 75
    "Emoji 🙂 Ltd " + "x" * 60 + "\\",  # four bytes, and a backslash at the fold
    "a" * 73 + "\\;" + "b" * 80,  # an escape that would straddle the fold
]


def rebuilt_by_the_library(feed: bytes) -> bytes:
    """`feed` parsed, then written again by the icalendar library."""
    parsed = icalendar.Calendar.from_ical(feed)
    cal = icalendar.Calendar()
    for name, _value in parsed.property_items(recursive=False)[1:-1]:
        cal.add(name, parsed[name])
    for event in parsed.walk("VEVENT"):
        copy = icalendar.Event()
        for name in ("uid", "dtstamp", "dtstart", "dtend", "summary", "description", "url", "transp"):
            copy.add(name, event[name])
        for alarm in event.walk("VALARM"):
            valarm = icalendar.Alarm()
            for name in ("action", "description", "trigger"):
                valarm.add(name, alarm[name])
            copy.add_component(valarm)
        cal.add_component(copy)
    return cal.to_ical()


@pytest.mark.parametrize("choice", ["none", "morning", "day_before"])
@pytest.mark.parametrize("company", AWKWARD)
def test_the_feed_is_written_as_the_icalendar_library_writes_it(client, owner, choice, company):
    offer = OfferFactory(owner=owner, company=company, role=company[:40], respond_by=days(4), contact_name=company)
    FollowUpFactory(offer=offer, due_on=days(2), note=f"{company}\nSecond line,\r\nthird; {company}")
    Profile.objects.filter(user=owner).update(calendar_alarm=choice)
    feed = client.get(feed_url(owner)).content
    assert feed == rebuilt_by_the_library(feed)
    assert all(len(line.encode()) <= 75 for line in feed.decode().split("\r\n"))
    found = events(client, owner)
    assert len(found) == 2
    # As the library has it, a written "\\N" is a line break.
    assert all(company.replace("\\N", "\n") in str(event["description"]) for event in found.values())
