"""Settings: your name and signature, reminders and how they are doing, the
calendar-feed link and its alerts, your data to take away, and deleting the
account. Also the one-click unsubscribe link of reminder emails, which needs
no log-in."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declines import export, reminders, throttle
from declines.composer import render_markdown
from declines.forms import CalendarAlarmForm, DeleteAccountForm, ProfileForm, ReminderForm
from declines.models import Profile, Reminder
from declines.ownership import profile_for
from declines.services import accounts


def site_url(request) -> str:
    """The site's public address: SITE_URL, or failing that the address this request came to."""
    return settings.SITE_URL or request.build_absolute_uri("/").rstrip("/")


def feed_urls(request, profile: Profile) -> tuple[str, str]:
    """The feed's https:// address, and the webcal:// one that opens a calendar app."""
    url = site_url(request) + reverse("calendar_feed", args=[profile.calendar_token])
    return url, "webcal://" + url.split("://", 1)[1]


# The sections of the page that show the messages about them (a message's extra_tags names its section).
SETTINGS_SECTIONS = frozenset({"profile", "reminders", "calendar", "reminder-health"})


@never_cache
@require_http_methods(["GET", "POST"])
def account_settings(request):
    profile = profile_for(request.user)
    # Shown from what is saved, before a form under validation changes the instance.
    signature_html = render_markdown(profile.signature)
    posted = request.POST.get("form") if request.method == "POST" else None
    profile_form = ProfileForm(
        data=request.POST if posted == "profile" else None, instance=profile, user=request.user, prefix="profile"
    )
    reminder_form = ReminderForm(
        data=request.POST if posted == "reminders" else None, instance=profile, user=request.user, prefix="reminders"
    )
    calendar_form = CalendarAlarmForm(
        data=request.POST if posted == "calendar" else None, instance=profile, user=request.user, prefix="calendar"
    )
    if posted == "profile" and profile_form.is_valid():
        accounts.profile_update(profile=profile, **profile_form.cleaned_data)
        messages.success(request, "Your name and signature are saved.", extra_tags="profile")
        return redirect(reverse("account_settings") + "#profile")
    if posted == "reminders" and reminder_form.is_valid():
        accounts.reminders_update(profile=profile, site_url=site_url(request), **reminder_form.cleaned_data)
        messages.success(request, "Your reminder settings are saved.", extra_tags="reminders")
        return redirect(reverse("account_settings") + "#reminders")
    if posted == "calendar" and calendar_form.is_valid():
        accounts.calendar_alarm_update(profile=profile, **calendar_form.cleaned_data)
        messages.success(
            request,
            "Your calendar alerts are saved. Calendar apps pick them up when they next refresh.",
            extra_tags="calendar",
        )
        return redirect(reverse("account_settings") + "#calendar")
    feed_url, webcal_url = feed_urls(request, profile)
    return render(
        request,
        "declines/settings/settings.html",
        {
            "profile": profile,
            "profile_form": profile_form,
            "reminder_form": reminder_form,
            "calendar_form": calendar_form,
            "health": reminders.health(user=request.user),
            "signature_html": signature_html,
            "feed_url": feed_url,
            "webcal_url": webcal_url,
            # Each section shows the messages about it, beside its form: the page opens at that section.
            "messages_in_sections": SETTINGS_SECTIONS,
        },
    )


@require_POST
def reminder_test(request):
    """Email the user a test reminder at once, and say how it went."""
    back = redirect(reverse("account_settings") + "#reminder-health")
    if not request.user.email:
        messages.error(
            request, "Add an email address under Reminders first: the test goes there.", extra_tags="reminder-health"
        )
        return back
    if not throttle.test_reminder_allowed(request.user):
        messages.error(
            request,
            f"That is {throttle.TEST_REMINDERS_PER_HOUR} test reminders this hour already. "
            "Try again in an hour; the list below shows how each one went.",
            extra_tags="reminder-health",
        )
        return back
    reminder = reminders.send_test(user=request.user, site_url=site_url(request))
    if reminder.status == Reminder.Status.SENT:
        off = "" if reminders.reaches(request.user) else " Your reminders are off: turn them on under Reminders."
        messages.success(
            request, f"A test reminder is on its way to {request.user.email}.{off}", extra_tags="reminder-health"
        )
    else:
        messages.error(
            request, f"The test reminder could not be sent: {reminder.last_error}.", extra_tags="reminder-health"
        )
    return back


@login_not_required
@csrf_exempt  # a mail client's one-click POST (RFC 8058) carries no CSRF token; the signed link is the credential
@never_cache
@require_http_methods(["GET", "POST"])
def reminders_unsubscribe(request, token):
    """GET asks to confirm; POST, from that page or a mail client's Unsubscribe button, turns reminders off."""
    user = reminders.user_for_unsubscribe_token(token)
    if user is None:
        raise Http404("This unsubscribe link is not one of ours.")
    profile = user.profile
    done = request.method == "POST"
    if done:
        accounts.reminders_turn_off(profile=profile)
    return render(
        request,
        "declines/settings/unsubscribe.html",
        {"email": user.email, "done": done, "already_off": not profile.reminders_enabled and not done},
    )


@require_POST
def calendar_token_regenerate(request):
    profile = profile_for(request.user)
    accounts.calendar_token_regenerate(profile=profile)
    messages.success(
        request,
        "Your calendar link is new. The old one no longer works: update your calendar app.",
        extra_tags="calendar",
    )
    return redirect(reverse("account_settings") + "#calendar")


def _download(content: str, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Personal data: never kept by a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def export_csv(request):
    return _download(
        export.offers_csv(request.user),
        content_type="text/csv; charset=utf-8",
        filename=f"declines-offers-{timezone.localdate():%Y-%m-%d}.csv",
    )


@require_safe
def export_csv_zip(request):
    return _download(
        export.everything_csv_zip(request.user),
        content_type="application/zip",
        filename=f"declines-export-{timezone.localdate():%Y-%m-%d}-csv.zip",
    )


@require_safe
def export_json(request):
    return _download(
        export.everything_json(request.user),
        content_type="application/json; charset=utf-8",
        filename=f"declines-export-{timezone.localdate():%Y-%m-%d}.json",
    )


@require_http_methods(["GET", "POST"])
def account_delete(request):
    form = DeleteAccountForm(data=request.POST or None, request=request, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        accounts.account_delete(user=user)
        # Logging out started a fresh session, so the message reaches the next page: the visitors'
        # home, not the log-in page, whose "your offers are waiting" would now be untrue.
        messages.success(request, "Your account and everything in it have been deleted. Thank you for using Declines.")
        return redirect("dashboard")
    return render(request, "declines/settings/delete.html", {"form": form})
