"""The private calendar feed: a user's open follow-ups and deadlines as iCalendar.

Each follow-up that is still open and each respond-by deadline of an offer the
user has not decided on becomes an all-day event, with a summary, a short
description and a link back to the site. UIDs are built from the row's kind and
primary key, so a calendar app updates an event in place when its date moves.

The feed covers a bounded window — from `PAST_DAYS` ago to `FUTURE_DAYS` ahead —
so that it stays small however long the account has been used: recent overdue
items stay visible, and the 12-month check-in of §9 still fits with room to spare.
"""

import datetime as dt
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from declines.models import FollowUp, Offer

PAST_DAYS = 30
FUTURE_DAYS = 548  # about 18 months

PRODID = "-//Declines//Follow-ups and deadlines//EN"


def window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day the feed covers."""
    return today - dt.timedelta(days=PAST_DAYS), today + dt.timedelta(days=FUTURE_DAYS)


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _uid(key: str) -> str:
    # The site's host keeps UIDs unique across installations of Declines.
    return f"{key}@{urlsplit(settings.SITE_URL).hostname or 'declines'}"


def _event(*, uid: str, day: dt.date, summary: str, description: str, url: str, stamp: dt.datetime):
    event = icalendar.Event()
    event.add("uid", _uid(uid))
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("url", url)
    # An all-day reminder should not block the day in the user's calendar.
    event.add("transp", "TRANSPARENT")
    return event


def follow_up_event(follow_up: FollowUp, stamp: dt.datetime):
    offer = follow_up.offer
    url = _absolute(reverse("follow_ups") + f"#follow-up-{follow_up.pk}")
    lines = [f"{follow_up.get_kind_display()} for the {offer.role} offer at {offer.company}."]
    if offer.contact_name:
        lines.append(f"Contact: {offer.contact_name}.")
    if follow_up.note:
        lines.append(follow_up.note)
    lines.append(f"Open it in Declines: {url}")
    return _event(
        uid=f"follow-up-{follow_up.pk}",
        day=follow_up.due_on,
        summary=f"{follow_up.get_kind_display()} — {offer.company}",
        description="\n\n".join(lines),
        url=url,
        stamp=stamp,
    )


def deadline_event(offer: Offer, stamp: dt.datetime):
    url = _absolute(offer.get_absolute_url())
    lines = [
        f"{offer.company} asked for your answer on the {offer.role} offer by today.",
        "Answering before the deadline is part of leaving the door open.",
        f"Open it in Declines: {url}",
    ]
    return _event(
        uid=f"offer-{offer.pk}-deadline",
        day=offer.respond_by,
        summary=f"Respond to {offer.company} ({offer.role})",
        description="\n\n".join(lines),
        url=url,
        stamp=stamp,
    )


def feed_for(user, *, today: dt.date | None = None) -> bytes:
    """The user's feed as iCalendar bytes: two queries whatever its size."""
    today = today or timezone.localdate()
    first, last = window(today)
    follow_ups = (
        FollowUp.objects.for_user(user)
        .pending()
        .filter(due_on__range=(first, last))
        .select_related("offer")
        .order_by("due_on", "pk")
    )
    deadlines = Offer.objects.for_user(user).open().filter(respond_by__range=(first, last)).order_by("respond_by", "pk")
    # One stamp for the day, not the moment: two polls on the same day with
    # nothing changed get the same bytes, which the feed view answers with 304.
    stamp = timezone.make_aware(dt.datetime.combine(today, dt.time.min))

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Declines")
    cal.add("x-wr-caldesc", "Your follow-ups and offer deadlines from Declines.")
    # Ask calendar apps to refresh hourly rather than whenever they like.
    cal.add("refresh-interval", dt.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    for follow_up in follow_ups:
        cal.add_component(follow_up_event(follow_up, stamp))
    for offer in deadlines:
        cal.add_component(deadline_event(offer, stamp))
    return cal.to_ical()
