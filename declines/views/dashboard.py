"""The dashboard: the user's offers at a glance, the figures of §9 and what is due.

It costs the same however long the user's history: a fixed number of queries,
each reading an index a page at a time (`Offer.Meta.indexes`), the next
follow-up of the page's offers in one more, and the figures and the number of
offers from the tallies the database keeps (`declines/tallies.py`).
"""

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from declines import steps, tracking
from declines.forms import OfferFilterForm
from declines.models import Offer, like_any
from declines.ownership import fields_of, read, rows
from declines.views import trash
from declines.views.follow_ups import just_done

PAGE_SIZE = 25
# Only what the table shows: a page of offers is read with these columns, the others left to load if asked for.
TABLE_FIELDS = ["id", "company", "role", "status", "flow_step", "medium", "called_on", "respond_by", "decided_at"]
# How many due follow-ups the dashboard panel lists; the rest are a link away.
PANEL_SIZE = 6

# The table's page is read in SQL written out: the ORM's building of it cost the dashboard more than PostgreSQL took
# to answer it. Each ordering has an index that reads a page in order (`Offer.Meta.indexes`), and PostgreSQL only
# reads it in order when the ORDER BY matches its expressions (`undecided_first`, `Lower`) exactly.
_UNDECIDED_FIRST = f"CASE WHEN status = '{Offer.Status.CONSIDERING}' THEN 0 ELSE 1 END"
ORDERINGS = {
    # Undecided offers first: theirs are the deadlines that still matter.
    "deadline": f"{_UNDECIDED_FIRST}, respond_by ASC NULLS LAST, received_on DESC, id DESC",
    # Latest deadline first, still with the undecided offers on top.
    "-deadline": f"{_UNDECIDED_FIRST}, respond_by DESC NULLS LAST, received_on DESC, id DESC",
    "received": "received_on DESC, id DESC",
    "-received": "received_on ASC, id ASC",
    "company": "LOWER(company) ASC, LOWER(role) ASC, id ASC",
    "-company": "LOWER(company) DESC, LOWER(role) DESC, id DESC",
    "decided": "decided_at DESC NULLS LAST, id DESC",
    "-decided": "decided_at ASC NULLS LAST, id ASC",
}
_TABLE = Offer._meta.db_table
_TABLE_FIELDS = fields_of(Offer, TABLE_FIELDS)
_COLUMNS = ", ".join(field.column for field in _TABLE_FIELDS)


def _table_page(user, *, query: str, status: str, sort: str, number, count: int | None):
    """The page of the user's offers asked for (`number`, as `Paginator.get_page` reads it), the offers read with
    the table's columns only. `count` is how many offers there are, when the tallies know it; a search counts."""
    where, params = ["owner_id = %s", "deleted_at IS NULL"], [user.pk]
    if status:
        where.append("status = %s")
        params.append(status)
    if query:
        # The words in the company, the role or the contact, whatever their case, in any alphabet.
        condition, values = like_any(("company", "role", "contact_name"), query)
        where.append(condition)
        params += values
    conditions = " AND ".join(where)
    ordering = ORDERINGS[sort]
    if status and sort in ("deadline", "-deadline"):
        # One status: "undecided first" orders nothing, and without it `offer_dash_status_idx` reads in order.
        ordering = ordering.removeprefix(f"{_UNDECIDED_FIRST}, ")
    paginator = Paginator((), PAGE_SIZE)
    if count is None:
        [(count,)] = rows(f'SELECT COUNT(*) FROM "{_TABLE}" WHERE {conditions}', params)  # noqa: S608
    paginator.count = count
    try:
        number = paginator.validate_number(number)
    except PageNotAnInteger:
        number = 1
    except EmptyPage:
        number = paginator.num_pages
    sql = f'SELECT {_COLUMNS} FROM "{_TABLE}" WHERE {conditions} ORDER BY {ordering} LIMIT %s OFFSET %s'  # noqa: S608
    offers = read(Offer, sql, [*params, PAGE_SIZE, (number - 1) * PAGE_SIZE], _TABLE_FIELDS)
    return Page(offers, number, paginator)


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

    # Known from the tallies without a search; a COUNT(*) would read every one of the user's offers.
    count = None if query else (figures.by_status[status] if status else figures.offers)
    page = _table_page(request.user, query=query, status=status, sort=sort, number=request.GET.get("page"), count=count)
    page.object_list = tracking.with_next_follow_up(page.object_list)
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
