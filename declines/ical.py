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

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from declines.models import CalendarAlarm, FollowUp, Offer

PAST_DAYS = 30
FUTURE_DAYS = 548  # about 18 months

PRODID = "-//Declines//Follow-ups and deadlines//EN"
CALENDAR_NAME = "Declines"
CALENDAR_DESCRIPTION = "Your follow-ups and offer deadlines from Declines."
REFRESH = dt.timedelta(hours=1)

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


# --- Writing iCalendar (RFC 5545) ------------------------------------------------
#
# The feed is a few fixed kinds of line, written here directly: the icalendar
# library built each event as objects and folded every line a character at a
# time, which was most of what the feed cost. The output is the library's, byte
# for byte (tests/test_ical.py builds the same feed with it and compares).


def _text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 says (and in the library's order)."""
    return (
        value.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


FOLD_AT = 75  # octets a line may reach, the line break not counted


def _fold(line: str) -> str:
    """The line folded into lines under 75 octets, never between a backslash and what it escapes."""
    if line.isascii():
        if len(line) < FOLD_AT:
            return line
        parts, start = [], 0
        while len(line) - start >= FOLD_AT:
            end = start + FOLD_AT - 1
            if line[end - 1] in "\\^":
                end -= 1
            parts.append(line[start:end])
            start = end
        parts.append(line[start:])
        return "\r\n ".join(parts)
    parts, current, count = [], [], 0
    for char in line:
        size = len(char.encode())
        if current and count + size >= FOLD_AT:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                parts.append("".join(current))
                current, count = [carried], len(carried.encode())
            else:
                parts.append("".join(current))
                current, count = [], 0
        current.append(char)
        count += size
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _duration(delta: dt.timedelta) -> str:
    """A DURATION of whole hours, as the feed's alarms and refresh interval are: PT9H, -PT15H."""
    hours = int(delta.total_seconds()) // 3600
    return f"-PT{-hours}H" if hours < 0 else f"PT{hours}H"


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _event(
    *, uid: str, day: dt.date, summary: str, description: str, url: str, stamp: dt.datetime, site_url: str, alarm: str
) -> list[str]:
    """The lines of one all-day event, with its alarm if the user chose one."""
    summary = _text(summary)
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{summary}",
        f"DTSTART;VALUE=DATE:{_date(day)}",
        f"DTEND;VALUE=DATE:{_date(day + dt.timedelta(days=1))}",
        f"DTSTAMP:{stamp.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"UID:{_text(_uid(uid, site_url))}",
        f"DESCRIPTION:{_text(description)}",
        # An all-day reminder should not block the day in the user's calendar.
        "TRANSP:TRANSPARENT",
        f"URL:{url}",
    ]
    if alarm in ALARM_TRIGGERS:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{summary}",
            f"TRIGGER;RELATED=START:{_duration(ALARM_TRIGGERS[alarm])}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def follow_up_event(
    follow_up: FollowUp, stamp: dt.datetime, *, site_url: str, alarm: str = CalendarAlarm.NONE
) -> list[str]:
    offer = follow_up.offer
    url = site_url + reverse("follow_ups") + f"#follow-up-{follow_up.pk}"
    lines = [f"{follow_up.title} for the {offer.role} offer at {offer.company}."]
    if offer.contact_name:
        lines.append(f"Contact: {offer.contact_name}.")
    if follow_up.note:
        lines.append(follow_up.note)
    lines.append(f"Open it in Declines: {url}")
    return _event(
        uid=f"follow-up-{follow_up.pk}",
        day=follow_up.due_on,
        summary=f"{follow_up.title} — {offer.company}",
        description="\n\n".join(lines),
        url=url,
        stamp=stamp,
        site_url=site_url,
        alarm=alarm,
    )


def deadline_event(offer: Offer, stamp: dt.datetime, *, site_url: str, alarm: str = CalendarAlarm.NONE) -> list[str]:
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
        .only("kind", "due_on", "note", "offer__company", "offer__role", "offer__contact_name")
        .order_by("due_on", "pk")
    )
    deadlines = (
        Offer.objects.for_user(user)
        .open()
        .filter(respond_by__range=(first, last))
        .only("company", "role", "respond_by")
        .order_by("respond_by", "pk")
    )
    # One stamp for the day, not the moment: two polls on the same day with
    # nothing changed get the same bytes, which the feed view answers with 304.
    stamp = timezone.make_aware(dt.datetime.combine(today, dt.time.min))

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_text(PRODID)}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALDESC:{_text(CALENDAR_DESCRIPTION)}",
        f"X-WR-CALNAME:{_text(CALENDAR_NAME)}",
        # Ask calendar apps to refresh hourly rather than whenever they like.
        f"REFRESH-INTERVAL;VALUE=DURATION:{_duration(REFRESH)}",
        f"X-PUBLISHED-TTL:{_duration(REFRESH)}",
    ]
    for follow_up in follow_ups:
        lines += follow_up_event(follow_up, stamp, site_url=site_url, alarm=alarm)
    for offer in deadlines:
        lines += deadline_event(offer, stamp, site_url=site_url, alarm=alarm)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode()
