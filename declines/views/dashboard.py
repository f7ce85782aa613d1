"""The dashboard: the user's offers at a glance, the figures of §9 and what is due.

It costs the same however long the user's history: a fixed number of queries,
each reading an index a page at a time (`Offer.Meta.indexes`), the next
follow-up of each offer a subquery, and the figures and the number of offers
from the tallies the database keeps (`declines/tallies.py`).
"""

import datetime as dt

from django.core.paginator import Paginator
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from declines import steps, tracking
from declines.forms import OfferFilterForm
from declines.models import FollowUp, Offer, undecided_first
from declines.views import trash
from declines.views.follow_ups import just_done

PAGE_SIZE = 25
TABLE_FIELDS = ["company", "role", "status", "flow_step", "medium", "called_on", "respond_by", "decided_at"]
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

    # Only what the table shows.
    offers = Offer.objects.for_user(request.user).only(*TABLE_FIELDS)
    ordering = ORDERINGS[sort]
    if query:
        offers = offers.filter(Q(company__icontains=query) | Q(role__icontains=query))
    if status:
        offers = offers.filter(status=status)
        if sort == "deadline":
            # One status: "undecided first" orders nothing, and without it `offer_dash_status_idx` reads in order.
            ordering = ordering[1:]
    paginator = Paginator(tracking.with_next_follow_up(offers.order_by(*ordering)), PAGE_SIZE)
    if not query:
        # Known from the tallies; a COUNT(*) would read every one of the user's offers.
        paginator.count = figures.by_status[status] if status else figures.offers
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    for offer in page.object_list:
        offer.countdown = tracking.offer_countdown(offer, today)
        offer.urgency = tracking.urgency(offer.respond_by, today) if offer.countdown else ""
        offer.next_follow_up_label = tracking.FOLLOW_UP_KIND_LABELS.get(offer.next_follow_up_kind, "")
        # Where "Continue" goes: "step 4 of 6" for a call still to make.
        offer.resume = steps.resume(offer) if offer.status == Offer.Status.CONSIDERING else None

    due = list(
        FollowUp.objects.for_user(request.user)
        .pending()
        .filter(due_on__lt=today + dt.timedelta(days=tracking.THIS_WEEK_DAYS))
        .select_related("offer")
        .only("kind", "due_on", "done_at", "offer__company")
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
            "undo_done": just_done(request),
        },
    )
