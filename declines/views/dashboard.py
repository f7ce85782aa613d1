"""The dashboard: the user's offers at a glance, the figures of §9 and what is due.

It costs the same however long the user's history: a fixed number of queries,
each reading an index a page at a time (`Offer.Meta.indexes`), the next
follow-up of the page's offers in one more, and the figures and the number of
offers from the tallies the database keeps (`declines/tallies.py`).
"""

from django.core.paginator import Paginator
from django.db.models import F
from django.db.models.functions import Lower
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from declines import steps, tracking
from declines.forms import OfferFilterForm
from declines.models import Offer, undecided_first
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
    # Latest deadline first, still with the undecided offers on top.
    "-deadline": [
        undecided_first(),
        F("respond_by").desc(nulls_last=True),
        "-received_on",
        "-pk",
    ],
    "received": ["-received_on", "-pk"],
    "-received": ["received_on", "pk"],
    "company": [Lower("company"), Lower("role"), "pk"],
    "-company": [Lower("company").desc(), Lower("role").desc(), "-pk"],
    "decided": [F("decided_at").desc(nulls_last=True), "-pk"],
    "-decided": [F("decided_at").asc(nulls_last=True), "pk"],
}

# The column headers that sort: (label, key, what the key's first click says).
# A key sorts in its natural direction; "-key" reverses it.
SORT_COLUMNS = [("Offer", "company"), ("Respond by", "deadline"), ("Decided", "decided")]
NATURAL_DIRECTION = {"deadline": "ascending", "received": "descending", "company": "ascending", "decided": "descending"}
DIRECTION_WORDS = {
    ("company", "ascending"): "A to Z",
    ("company", "descending"): "Z to A",
    ("deadline", "ascending"): "soonest first",
    ("deadline", "descending"): "latest first",
    ("decided", "ascending"): "earliest first",
    ("decided", "descending"): "latest first",
}


def _direction(sort: str) -> str:
    natural = NATURAL_DIRECTION[sort.lstrip("-")]
    if not sort.startswith("-"):
        return natural
    return "descending" if natural == "ascending" else "ascending"


def sort_columns(request, sort: str) -> list[dict]:
    """Each sortable header: a link that sorts by it (or, when it is the
    sort, the other way round), keeping the search and the status filter."""
    kept = request.GET.copy()
    for key in ("sort", "page", "deleted", "done", "deleted_follow_up"):
        kept.pop(key, None)
    columns = []
    for label, key in SORT_COLUMNS:
        active = sort.lstrip("-") == key
        target = (key if sort.startswith("-") else f"-{key}") if active else key
        params = kept.copy()
        params["sort"] = target
        columns.append(
            {
                "label": label,
                "url": f"?{params.urlencode()}",
                "aria_sort": _direction(sort) if active else "",
                "arrow": ("▲" if _direction(sort) == "ascending" else "▼") if active else "↕",
                "action": f"sort {DIRECTION_WORDS[key, _direction(target)]}",
            }
        )
    return columns


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
        offers = offers.matching(query)
    if status:
        offers = offers.filter(status=status)
        if sort in ("deadline", "-deadline"):
            # One status: "undecided first" orders nothing, and without it `offer_dash_status_idx` reads in order.
            ordering = ordering[1:]
    paginator = Paginator(offers.order_by(*ordering), PAGE_SIZE)
    if not query:
        # Known from the tallies; a COUNT(*) would read every one of the user's offers.
        paginator.count = figures.by_status[status] if status else figures.offers
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = tracking.with_next_follow_up(list(page.object_list))
    context = {
        "page": page,
        "form": form,
        "filtered": bool(query or status),
        "figures": figures,
        "columns": sort_columns(request, sort),
        "sort": sort,
    }
    for offer in page.object_list:
        offer.countdown = tracking.offer_countdown(offer, today)
        offer.urgency = tracking.urgency(offer.respond_by, today) if offer.countdown else ""
        offer.next_follow_up_label = offer.next_follow_up.title if offer.next_follow_up else ""
        # Where "Continue" goes: "step 4 of 6" for a call still to make.
        offer.resume = steps.resume(offer) if offer.status == Offer.Status.CONSIDERING else None
    if request.htmx and request.htmx.target == "offer-results":
        # Search as you type: only the table is replaced.
        response = render(request, "declines/dashboard/_offers.html", context)
        patch_vary_headers(response, ["HX-Request"])
        return response

    due = tracking.due_soon(request.user, today=today, limit=PANEL_SIZE)
    panel = tracking.grouped(due, today)

    response = render(
        request,
        "declines/dashboard/dashboard.html",
        {
            **context,
            "panel": panel,
            "panel_more": figures.follow_ups_overdue + figures.follow_ups_this_week - len(due),
            "undo": trash.just_deleted(request, "offer"),
            "undo_done": just_done(request),
        },
    )
    # The same address answers htmx with the table alone: caches must tell them apart.
    patch_vary_headers(response, ["HX-Request"])
    return response
