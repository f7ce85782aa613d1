"""The private calendar feed: a user's open follow-ups and deadlines as iCalendar.

Each follow-up that is still open and each respond-by deadline of an offer the
user has not decided on becomes an all-day event, with a summary, a short
description and a link back to the site. UIDs are built from the row's kind and
primary key, so a calendar app updates an event in place when its date moves.

Each event carries the alert the user chose in Settings (`Profile.calendar_alarm`):
none, 9:00 on the day, or 9:00 the day before. Events are all-day, so the
alert is an offset from the day's midnight in the calendar's own time zone.

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

from declines.models import CalendarAlarm, FollowUp, Offer

PAST_DAYS = 30
FUTURE_DAYS = 548  # about 18 months

PRODID = "-//Declines//Follow-ups and deadlines//EN"

# When each choice rings, from the start (midnight) of the all-day event.
ALARM_TRIGGERS = {
    CalendarAlarm.MORNING: dt.timedelta(hours=9),
    CalendarAlarm.DAY_BEFORE: dt.timedelta(hours=-15),
}


def window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day the feed covers."""
    return today - dt.timedelta(days=PAST_DAYS), today + dt.timedelta(days=FUTURE_DAYS)


def _uid(key: str, site_url: str) -> str:
    # The site's host keeps UIDs unique across installations of Declines.
    return f"{key}@{urlsplit(site_url).hostname or 'declines'}"


def _alarm(summary: str, trigger: dt.timedelta):
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", trigger, parameters={"RELATED": "START"})
    return alarm


def _event(
    *, uid: str, day: dt.date, summary: str, description: str, url: str, stamp: dt.datetime, site_url: str, alarm: str
):
    event = icalendar.Event()
    event.add("uid", _uid(uid, site_url))
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("url", url)
    # An all-day reminder should not block the day in the user's calendar.
    event.add("transp", "TRANSPARENT")
    if alarm in ALARM_TRIGGERS:
        event.add_component(_alarm(summary, ALARM_TRIGGERS[alarm]))
    return event


def follow_up_event(follow_up: FollowUp, stamp: dt.datetime, *, site_url: str, alarm: str = CalendarAlarm.NONE):
    offer = follow_up.offer
    url = site_url + reverse("follow_ups") + f"#follow-up-{follow_up.pk}"
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
        site_url=site_url,
        alarm=alarm,
    )


def deadline_event(offer: Offer, stamp: dt.datetime, *, site_url: str, alarm: str = CalendarAlarm.NONE):
    url = site_url + offer.get_absolute_url()
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
        site_url=site_url,
        alarm=alarm,
    )


def feed_for(user, *, today: dt.date | None = None, site_url: str | None = None) -> bytes:
    """The user's feed as iCalendar bytes: two queries whatever its size (the profile comes with the user)."""
    today = today or timezone.localdate()
    site_url = site_url or settings.SITE_URL
    alarm = user.profile.calendar_alarm
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
        cal.add_component(follow_up_event(follow_up, stamp, site_url=site_url, alarm=alarm))
    for offer in deadlines:
        cal.add_component(deadline_event(offer, stamp, site_url=site_url, alarm=alarm))
    return cal.to_ical()
