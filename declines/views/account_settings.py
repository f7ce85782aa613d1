"""Settings: your name and signature, reminders, the calendar-feed link, your
data to take away, and deleting the account."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declines import export
from declines.composer import render_markdown
from declines.forms import DeleteAccountForm, ProfileForm, ReminderForm
from declines.models import Profile
from declines.ownership import profile_for
from declines.services import accounts


def feed_urls(profile: Profile) -> tuple[str, str]:
    """The feed's https:// address, and the webcal:// one that opens a calendar app."""
    url = settings.SITE_URL + reverse("calendar_feed", args=[profile.calendar_token])
    return url, "webcal://" + url.split("://", 1)[1]


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
    if posted == "profile" and profile_form.is_valid():
        accounts.profile_update(profile=profile, **profile_form.cleaned_data)
        messages.success(request, "Your name and signature are saved.")
        return redirect(reverse("account_settings") + "#profile")
    if posted == "reminders" and reminder_form.is_valid():
        accounts.reminders_update(profile=profile, **reminder_form.cleaned_data)
        messages.success(request, "Your reminder settings are saved.")
        return redirect(reverse("account_settings") + "#reminders")
    feed_url, webcal_url = feed_urls(profile)
    return render(
        request,
        "declines/settings/settings.html",
        {
            "profile": profile,
            "profile_form": profile_form,
            "reminder_form": reminder_form,
            "signature_html": signature_html,
            "feed_url": feed_url,
            "webcal_url": webcal_url,
        },
    )


@require_POST
def calendar_token_regenerate(request):
    profile = profile_for(request.user)
    accounts.calendar_token_regenerate(profile=profile)
    messages.success(request, "Your calendar link is new. The old one no longer works: update your calendar app.")
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
        # Logging out started a fresh session, so the message reaches the log-in page.
        messages.success(request, "Your account and everything in it have been deleted. Thank you for using Declines.")
        return redirect("login")
    return render(request, "declines/settings/delete.html", {"form": form})
