"""Follow-ups: the list (overdue / this week / later, and the done ones), and
done, snooze, edit, delete, add. A follow-up's draft is written in the one
draft editor (`views/drafts.py`)."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declines import tracking
from declines.forms import FollowUpForm
from declines.models import FollowUp, Offer
from declines.ownership import get_follow_up_for_user, get_offer_for_user
from declines.services import follow_ups as plans
from declines.wording import format_date

# 25 a page, as on the dashboard: each row is a form with four actions.
OPEN_PAGE_SIZE = 25
DONE_PAGE_SIZE = 25


def _safe_next(request, target: str) -> str:
    """`target` if it is a page of this site, else nothing: never a redirect elsewhere."""
    # Only a path: redirect() would read a bare word as a URL name.
    is_path = target.startswith("/") and not target.startswith("//")
    if is_path and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return ""


def _back(request, default: str) -> str:
    """Where to go after an action: the page it was taken on, if it is ours,
    without the Undo banner of an earlier action."""
    back = _safe_next(request, request.POST.get("next", ""))
    return _with_query(back, done=None, deleted_follow_up=None) if back else default


def _at(url: str, fragment: str) -> str:
    """`url` opened at `fragment`: the message or Undo an action left, which a keyboard user lands on
    (it can take focus) instead of the top of the page, ten Tabs from the list they were working through."""
    if fragment == "undo" and urlsplit(url).path == reverse("dashboard"):
        fragment = "undo-done"  # the dashboard's Undo for a follow-up, beside the one for an offer
    return urlunsplit(urlsplit(url)._replace(fragment=fragment))


def done_url(follow_up: FollowUp, back: str) -> str:
    """Where marking `follow_up` done lands: `back`, with its Undo (`just_done`), opened at it."""
    return _at(_with_query(back, done=follow_up.pk), "undo")


def _with_query(url: str, **params) -> str:
    """`url` with its query string changed: a value of None removes that key."""
    parts = urlsplit(url)
    query = {key: value for key, value in parse_qsl(parts.query, keep_blank_values=True) if key not in params}
    query.update({key: value for key, value in params.items() if value is not None})
    return urlunsplit(parts._replace(query=urlencode(query)))


def _just_done(request) -> dict | None:
    pk = request.GET.get("done", "")
    if not pk.isdecimal():
        return None
    follow_up = (
        FollowUp.objects.for_user(request.user)
        .filter(pk=pk, done_at__isnull=False)
        .select_related("offer", "draft")
        .only("kind", "note", "offer__company", "draft__sent_at")
        .first()
    )
    if follow_up is None:
        return None
    what = f"{follow_up.title} for {follow_up.offer.company}"
    sent = follow_up.draft is not None and follow_up.draft.sent_at is not None
    return {
        "text": f"Marked “{what}” as sent and done." if sent else f"Marked “{what}” done.",
        "url": reverse("follow_up_reopen", args=[follow_up.pk]),
        # Undo comes back to this page, without the banner.
        "next": _with_query(request.get_full_path(), done=None),
        "label": f"Undo: reopen {what}",
    }


# What a deleted follow-up was, kept in the session for its Undo: the last few only.
DELETED_KEY = "deleted_follow_ups"
DELETED_KEPT = 5


def _just_deleted(request) -> dict | None:
    pk = request.GET.get("deleted_follow_up", "")
    kept = request.session.get(DELETED_KEY, {}).get(pk) if pk.isdecimal() else None
    if kept is None:
        return None
    company = Offer.objects.for_user(request.user).filter(pk=kept["offer_id"]).values_list("company", flat=True).first()
    if company is None:
        return None
    what = f"{FollowUp.Kind(kept['kind']).label} for {company}"
    return {
        "text": f"Deleted “{what}”.",
        "url": reverse("offer_follow_up_undelete", args=[kept["offer_id"]]),
        "fields": [("follow_up", pk)],
        "next": _with_query(request.get_full_path(), deleted_follow_up=None),
        "label": f"Undo: bring back {what}",
    }


def just_done(request) -> dict | None:
    """The Undo banner (includes/undo_banner.html) after a follow-up is marked
    done (?done=) or deleted (?deleted_follow_up=), as `trash.just_deleted`
    offers one after an offer or template is deleted."""
    return _just_done(request) or _just_deleted(request)


@require_safe
def follow_up_list(request):
    today = timezone.localdate()
    show_done = request.GET.get("show") == "done"
    # Only what the rows show.
    follow_ups = (
        FollowUp.objects.for_user(request.user)
        .select_related("offer")
        .only("kind", "due_on", "done_at", "note", "draft_id", "offer__company", "offer__role")
    )
    # From the tallies the database keeps: counting would read every follow-up
    # the user ever had, on every view of this page.
    counts = tracking.follow_up_counts(request.user)
    if show_done:
        # Latest first, a page at a time from `followup_owner_done_idx`.
        paginator = Paginator(follow_ups.filter(done_at__isnull=False).order_by("-done_at", "-pk"), DONE_PAGE_SIZE)
    else:
        # Soonest first, a page at a time from `followup_owner_open_due_idx`.
        paginator = Paginator(follow_ups.pending().order_by("due_on", "pk"), OPEN_PAGE_SIZE)
    paginator.count = counts["done" if show_done else "open"]
    page = paginator.get_page(request.GET.get("page"))
    groups = [] if show_done else tracking.grouped(page.object_list, today)
    return render(
        request,
        "declines/follow_ups/list.html",
        {"page": page, "groups": groups, "show_done": show_done, "counts": counts, "undo": just_done(request)},
    )


@require_POST
def follow_up_done(request, pk):
    follow_up = get_follow_up_for_user(request.user, pk)
    sent = request.POST.get("sent") == "1"
    plans.follow_up_done(follow_up=follow_up, at=timezone.now(), sent=sent)
    # The page it was done on offers Undo (`just_done`), as a delete's does.
    return redirect(done_url(follow_up, _back(request, reverse("follow_ups"))))


@require_POST
def follow_up_reopen(request, pk):
    follow_up = get_follow_up_for_user(request.user, pk)
    plans.follow_up_reopen(follow_up=follow_up)
    messages.success(request, f"“{follow_up.title} for {follow_up.offer.company}” is open again.")
    return redirect(_at(_back(request, reverse("follow_ups")), "messages"))


@require_POST
def follow_up_snooze(request, pk):
    follow_up = get_follow_up_for_user(request.user, pk)
    period = request.POST.get("period", "")
    if period not in ("week", "month"):
        messages.error(request, "Choose to snooze for a week or a month.")
        return redirect(_at(_back(request, reverse("follow_ups")), "messages"))
    plans.follow_up_snooze(follow_up=follow_up, period=period, today=timezone.localdate())
    messages.success(
        request,
        f"Snoozed “{follow_up.title} for {follow_up.offer.company}” until {format_date(follow_up.due_on)}.",
    )
    return redirect(_at(_back(request, reverse("follow_ups")), "messages"))


@require_http_methods(["GET", "POST"])
def follow_up_new(request, pk):
    offer = get_offer_for_user(request.user, pk)
    form = FollowUpForm(data=request.POST or None, offer=offer, initial={"due_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        follow_up = plans.follow_up_create(offer=offer, **form.cleaned_data)
        due = format_date(follow_up.due_on)
        messages.success(request, f"Added “{follow_up.title}”, due {due}.")
        return redirect(f"{offer.get_absolute_url()}#follow-ups")
    # The offer page fetches the form alone (htmx) when its "Add a follow-up" is opened.
    template = "_new_form.html" if request.htmx and request.method == "GET" else "form.html"
    response = render(request, f"declines/follow_ups/{template}", {"form": form, "offer": offer})
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_http_methods(["GET", "POST"])
def follow_up_edit(request, pk):
    follow_up = get_follow_up_for_user(request.user, pk)
    form = FollowUpForm(data=request.POST or None, instance=follow_up, offer=follow_up.offer)
    if request.method == "POST" and form.is_valid():
        plans.follow_up_update(follow_up=follow_up, **form.cleaned_data)
        messages.success(request, "Your changes are saved.")
        return redirect(_back(request, reverse("follow_ups") + f"#follow-up-{follow_up.pk}"))
    return render(
        request,
        "declines/follow_ups/form.html",
        {
            "form": form,
            "offer": follow_up.offer,
            "follow_up": follow_up,
            "next": _safe_next(request, request.POST.get("next") or request.GET.get("next", "")),
        },
    )


@require_http_methods(["GET", "POST"])
def follow_up_delete(request, pk):
    """A confirmation page first, so that deleting works without JavaScript and never by a slip."""
    follow_up = get_follow_up_for_user(request.user, pk)
    if request.method == "POST":
        kept = plans.follow_up_delete(follow_up=follow_up)
        deleted = request.session.get(DELETED_KEY, {})
        deleted[str(kept["pk"])] = kept
        request.session[DELETED_KEY] = dict(list(deleted.items())[-DELETED_KEPT:])
        # The page it was deleted from offers Undo (`just_done`).
        return redirect(_at(_with_query(_back(request, reverse("follow_ups")), deleted_follow_up=kept["pk"]), "undo"))
    return render(
        request,
        "declines/follow_ups/confirm_delete.html",
        {"follow_up": follow_up, "next": _safe_next(request, request.GET.get("next", ""))},
    )


@require_POST
def follow_up_undelete(request, pk):
    """Undo a delete: bring the offer's follow-up named in the form back from
    what the session kept of it."""
    offer = get_offer_for_user(request.user, pk)
    deleted = request.session.get(DELETED_KEY, {})
    key = request.POST.get("follow_up", "")
    kept = deleted.get(key)
    if kept is None or kept["offer_id"] != offer.pk:
        messages.info(request, "There is nothing to bring back: it is back already, or it was deleted too long ago.")
        return redirect(_back(request, reverse("follow_ups")))
    follow_up = plans.follow_up_restore(offer=offer, kept=kept)
    del deleted[key]
    request.session[DELETED_KEY] = deleted
    messages.success(request, f"“{follow_up.title} for {offer.company}” is back.")
    return redirect(_at(_back(request, reverse("follow_ups")), "messages"))
