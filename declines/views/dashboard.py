"""The dashboard: the user's offers at a glance, the figures of §9 and what is due.

It runs a fixed number of queries however many offers there are: the next
follow-up of each offer is a subquery, and the figures are aggregates.
"""

import datetime as dt

from django.core.paginator import Paginator
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from declines import tracking
from declines.forms import OfferFilterForm
from declines.models import FollowUp, Offer, undecided_first
from declines.views import trash

PAGE_SIZE = 25
# How many due follow-ups the dashboard panel lists; the rest are a link away.
PANEL_SIZE = 6

# Each ordering has an index that reads a page in order (`Offer.Meta.indexes`).
ORDERINGS = {
    # Undecided offers first: theirs are the deadlines that still matter.
    "deadline": [
        undecided_first(),
        F("respond_by").asc(nulls_last=True),
        "-received_on",
        "-pk",
    ],
    "received": ["-received_on", "-pk"],
    "company": [Lower("company"), Lower("role"), "pk"],
}


@require_safe
def dashboard(request):
    today = timezone.localdate()
    figures = tracking.figures(request.user, today=today)
    form = OfferFilterForm(data=request.GET, status_counts=figures.by_status)
    form.is_valid()  # a bad value is reported beside its field and otherwise ignored
    query = form.cleaned_data.get("q", "")
    status = form.cleaned_data.get("status", "")
    sort = form.cleaned_data.get("sort") or "deadline"

    offers = Offer.objects.for_user(request.user)
    if query:
        offers = offers.filter(Q(company__icontains=query) | Q(role__icontains=query))
    if status:
        offers = offers.filter(status=status)
    offers = tracking.with_next_follow_up(offers.order_by(*ORDERINGS[sort]))
    page = Paginator(offers, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    for offer in page.object_list:
        offer.countdown = tracking.offer_countdown(offer, today)
        offer.urgency = tracking.urgency(offer.respond_by, today) if offer.countdown else ""
        offer.next_follow_up_label = tracking.FOLLOW_UP_KIND_LABELS.get(offer.next_follow_up_kind, "")

    due = list(
        FollowUp.objects.for_user(request.user)
        .pending()
        .filter(due_on__lt=today + dt.timedelta(days=tracking.THIS_WEEK_DAYS))
        .select_related("offer")
        .order_by("due_on", "pk")[:PANEL_SIZE]
    )
    panel = tracking.grouped(due, today)

    return render(
        request,
        "declines/dashboard/dashboard.html",
        {
            "page": page,
            "form": form,
            "filtered": bool(query or status),
            "figures": figures,
            "panel": panel,
            "panel_more": figures.follow_ups_overdue + figures.follow_ups_this_week - len(due),
            "undo": trash.just_deleted(request, "offer"),
        },
    )
