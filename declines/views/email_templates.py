"""The template library: browse, preview, create, edit, duplicate, delete and restore."""

import difflib
import itertools
from operator import attrgetter
from types import SimpleNamespace

from django.contrib import messages
from django.core.paginator import EmptyPage, Page, Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declines import mergetags, services, throttle
from declines.composer import compose, excerpt
from declines.forms import EmailTemplateForm, PlainSelect, PreviewForm, posted_number
from declines.models import Coaching, EmailTemplate, EmailTemplateQuerySet, Reason, TemplateKind, Tone, like_any
from declines.ownership import coaching_roles, get_own_template_for_user, get_template_for_user, profile_for, rows
from declines.services import templates as library
from declines.views import trash

# The library's `source` filter: whose templates to show.
TEMPLATE_SOURCES = {"mine": 0, "coach": 1, "builtin": 2}


# Templates on a page of the list: as many as the dashboard lists offers. Each costs its excerpt, filled as in
# its preview, so a page of fifty took half as long again as a page of twenty-five.
PAGE_SIZE = 25


@require_safe
def template_list(request):
    # NUL can't be stored or searched in PostgreSQL text; nobody types it.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    kind = request.GET.get("kind", "")
    tone = request.GET.get("tone", "")
    source_filter = request.GET.get("source", "")
    page = _listed(
        request.user,
        query=query,
        kind=kind if kind in TemplateKind.values else "",
        tone=tone if tone in Tone.values else "",
        source=TEMPLATE_SOURCES.get(source_filter),
        number=request.GET.get("page"),
    )
    # The tone's label from one dict, not get_tone_display() row after row.
    tone_labels = dict(Tone.choices)
    reason_labels = dict(Reason.choices)
    today = timezone.localdate()
    coaches = (
        {
            coaching.coach_id: coaching.coach.profile.display_name
            for coaching in Coaching.objects.of_client(request.user).select_related("coach__profile")
        }
        if coaching_roles(request.user).has_coach
        else {}
    )
    profile = profile_for(request.user)
    for template in page.object_list:
        template.tone_label = tone_labels.get(template.tone, "")
        template.coach_name = coaches.get(template.owner_id, "")
        template.subject_shown, template.excerpt = excerpt(template, user=request.user, today=today, profile=profile)
    # Grouped by kind, then, within a kind, by the reason a template speaks of: the query's order.
    kind_labels = dict(TemplateKind.choices)
    groups = []
    for group_kind, in_kind in itertools.groupby(page.object_list, key=attrgetter("kind")):
        by_reason = [(reason, list(rows)) for reason, rows in itertools.groupby(in_kind, key=attrgetter("reason"))]
        # A heading for each reason, unless the kind's templates are all for any reason.
        headed = len(by_reason) > 1
        reasons = [
            {"reason": reason, "label": reason_labels.get(reason, ""), "headed": headed or bool(reason), "rows": rows}
            for reason, rows in by_reason
        ]
        groups.append({"kind": group_kind, "label": kind_labels.get(group_kind, group_kind), "reasons": reasons})

    return render(
        request,
        "declines/library/list.html",
        {
            "page": page,
            "groups": groups,
            "query": query,
            "kind": kind,
            "tone": tone,
            # The filter's selects, written as a form's are (forms.PlainSelect).
            "kind_select": PlainSelect(
                attrs={"class": "form-select", "id": "kind"}, choices=[("", "Any kind"), *TemplateKind.choices]
            ).render("kind", kind),
            "tone_links": _tone_links(request, tone if tone in Tone.values else ""),
            "source": source_filter,
            "source_select": PlainSelect(
                attrs={"class": "form-select", "id": "source"},
                choices=[("", "Everyone's"), ("mine", "Yours"), ("coach", "From your coach"), ("builtin", "Built-in")],
            ).render("source", source_filter)
            if coaches
            else "",
            "undo": trash.just_deleted(request, "template"),
        },
    )


# The list's page is read in SQL written out: through the ORM, building the query (who may use which template, the
# search, the two orderings below) cost the page more than its twenty-five excerpts. The templates are read as rows
# of what the list shows of them (the body for its excerpt's opening lines), not as models.
_TEMPLATE = EmailTemplate._meta.db_table
_LISTED = ("id", "name", "slug", "kind", "tone", "reason", "medium", "subject", "body", "owner_id", "published_at")
# Three groups in each kind: the user's own (0), then their coaches' (§11), then the built-ins (2).
_SOURCE = "CASE WHEN t.owner_id = %s THEN 0 WHEN t.owner_id IS NULL THEN 2 ELSE 1 END"
# Within a kind, by reason in the order the flow offers them, those for any reason last.
_REASON_ORDER = (
    "CASE t.reason "
    + " ".join(f"WHEN '{reason}' THEN {n}" for n, reason in enumerate(Reason.values))
    + f" ELSE {len(Reason.values)} END"
)
# Past this, a page is found as Django finds it, its count first: an offset beyond the database's integers
# (`?page=10000000000000000000000`) is an error, not the last page.
_PAGES_READ_WITH_ROWS = 10_000


def _listed(user, *, query: str, kind: str, tone: str, source: int | None, number) -> Page:
    """The page asked for (as `Paginator.get_page` reads `number`) of the templates the user may use, with
    `query` in their name, subject or words, of that kind, tone and source when given; their count read with
    them (`COUNT(*) OVER ()`), in one query where Django's paginator makes two."""
    usable, params = EmailTemplateQuerySet.for_user_sql(user, "t")
    where = [usable]
    if query:
        condition, values = like_any(("t.name", "t.subject", "t.body"), query)
        where.append(condition)
        params += values
    for column, value in (("t.kind", kind), ("t.tone", tone)):
        if value:
            where.append(f"{column} = %s")
            params.append(value)
    if source is not None:
        where.append(f"{_SOURCE} = %s")
        params += [user.pk, source]
    conditions = " AND ".join(where)
    columns = ", ".join(f"t.{column}" for column in _LISTED)
    sql = (
        f'SELECT {columns}, {_SOURCE} AS source, COUNT(*) OVER () FROM "{_TEMPLATE}" t WHERE {conditions}'  # noqa: S608
        f" ORDER BY t.kind, {_REASON_ORDER}, source, t.name, t.id LIMIT %s OFFSET %s"
    )
    paginator = Paginator((), PAGE_SIZE)
    try:
        number = int(number)
    except (TypeError, ValueError):
        number = 1
    listed = []
    if 1 <= number <= _PAGES_READ_WITH_ROWS:
        listed = rows(sql, [user.pk, *params, PAGE_SIZE, (number - 1) * PAGE_SIZE])
    if listed:
        paginator.count = listed[0][-1]
    else:
        # None on this page: how many there are, then the page Django's paginator would give (the last, or the first).
        [(paginator.count,)] = rows(f'SELECT COUNT(*) FROM "{_TEMPLATE}" t WHERE {conditions}', params)  # noqa: S608
        try:
            number = paginator.validate_number(number)
        except EmptyPage:
            number = paginator.num_pages
        if paginator.count:
            listed = rows(sql, [user.pk, *params, PAGE_SIZE, (number - 1) * PAGE_SIZE])
    listed = [SimpleNamespace(**dict(zip(_LISTED, row, strict=False))) for row in listed]
    for template in listed:
        template.pk, template.is_builtin = template.id, template.owner_id is None
    return Page(listed, number, paginator)


def _tone_links(request, current: str) -> list[dict]:
    """The tone filter as links that keep the search, kind and whose, so it works without JavaScript."""
    kept = request.GET.copy()
    for key in ("tone", "page", "deleted"):
        kept.pop(key, None)
    links = []
    here = request.path
    for value, label in [("", "Any tone"), *Tone.choices]:
        params = kept.copy()
        if value:
            params["tone"] = value
        query = params.urlencode()
        links.append({"label": label, "url": here + (f"?{query}" if query else ""), "active": value == current})
    return links


@require_safe
def template_detail(request, pk):
    template = get_template_for_user(request.user, pk)
    own = template.owner_id == request.user.pk
    return render(
        request,
        "declines/library/detail.html",
        {
            "template": template,
            "own": own,
            "coach_name": "" if own or template.is_builtin else profile_for(template.owner).display_name,
            # A coach publishes their own templates to their clients (§11).
            "can_publish": own and (template.published_at or coaching_roles(request.user).coaches_someone),
            "email": compose(template, user=request.user),
        },
    )


def _editor(request, form, *, template=None, conflict=None, status=200):
    if request.method == "POST":
        preview_form = PreviewForm(data=request.POST, user=request.user)
        preview = _preview(request.user, preview_form, template=template)
    else:
        preview_form = PreviewForm(user=request.user)
        preview = _preview_of(request.user, template or SimpleNamespace(subject="", body=""), offer=None)
    return render(
        request,
        "declines/library/form.html",
        {
            "form": form,
            "template": template,
            "tags": mergetags.TAGS.values(),
            "preview": preview,
            "preview_form": preview_form,
            "conflict": conflict,
        },
        status=status,
    )


def _preview(user, preview_form, *, template=None) -> dict:
    """The preview pane for posted text; problems are shown in the pane, never raised.

    The text is previewed as the template it will be saved as: its kind, tone,
    reason and medium as chosen in the form, and the wording of a template
    already saved.
    """
    if not preview_form.is_valid():
        problems = [error for errors in preview_form.errors.values() for error in errors]
        return {"email": None, "errors": problems, "offer": None}
    data = preview_form.cleaned_data
    source = SimpleNamespace(
        pk=template.pk if template else None,
        slug=template.slug if template else "",
        **{field: data[field] for field in ("subject", "body", "kind", "tone", "reason", "medium")},
    )
    return _preview_of(user, source, offer=data["preview_offer"])


def _preview_of(user, source, *, offer) -> dict:
    errors = mergetags.validate(source.subject) + mergetags.validate(source.body)
    return {"email": compose(source, offer=offer, user=user), "errors": errors, "offer": offer}


@require_http_methods(["GET", "POST"])
def template_new(request):
    form = EmailTemplateForm(data=request.POST or None, user=request.user)
    if request.method == "POST" and request.POST.get("action") != "preview" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in library.TEMPLATE_FIELDS}
        template = library.template_create(owner=request.user, **fields)
        messages.success(request, f"Saved “{template.name}”.")
        return redirect(template)
    return _editor(request, form)


@require_http_methods(["GET", "POST"])
def template_edit(request, pk):
    template = get_own_template_for_user(request.user, pk)
    form = EmailTemplateForm(data=request.POST or None, instance=template, user=request.user)
    if request.method == "POST" and request.POST.get("action") != "preview" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in library.TEMPLATE_FIELDS}
        expected = form.cleaned_data["base_version"] or template.version
        if request.POST.get("action") == "overwrite":
            # The user has seen both texts and chose theirs over the newer save.
            expected = template.version
        try:
            library.template_update(template=template, expected_version=expected, **fields)
        except services.EditConflict as conflict:
            return _editor(request, form, template=template, conflict=conflict.current, status=409)
        messages.success(request, f"Saved “{template.name}”. The previous text is kept in its revisions.")
        return redirect(template)
    return _editor(request, form, template=template)


@require_POST
def template_preview(request):
    """The preview pane alone, for htmx as the user types."""
    if not throttle.preview_allowed(request.user):
        return render(request, "includes/preview_paused.html", status=429)
    preview_form = PreviewForm(data=request.POST, user=request.user)
    template = _template_being_edited(request)
    preview = _preview(request.user, preview_form, template=template)
    return render(request, "declines/library/_preview.html", {"preview": preview})


def _template_being_edited(request) -> EmailTemplate | None:
    """The user's own template whose editor asks for this preview, if any, so
    the preview words its sentences as the saved template will."""
    pk = posted_number(request.POST.get("template", ""), max_digits=18)
    if pk is None:
        return None
    return EmailTemplate.objects.owned_by(request.user).filter(pk=pk).only("pk", "slug").first()


@require_POST
def template_duplicate(request, pk):
    original = get_template_for_user(request.user, pk)
    copy = library.template_duplicate(template=original, owner=request.user)
    messages.success(request, f"This is your own copy of “{original.name}”. Edit it as you like.")
    return redirect("template_edit", pk=copy.pk)


@require_safe
def template_revisions(request, pk):
    template = get_own_template_for_user(request.user, pk)
    revisions = list(template.revisions.order_by("-number"))
    for newer, older in zip(revisions, revisions[1:] + [None], strict=True):
        newer.changes = _changes(older, newer)
    return render(request, "declines/library/revisions.html", {"template": template, "revisions": revisions})


def _changes(older, newer) -> list[tuple[str, str]]:
    """Line-by-line differences between two revisions, as (kind, line) pairs for display."""
    if older is None:
        return []

    def lines(revision):
        return [
            f"Name: {revision.name}",
            f"Kind: {revision.get_kind_display()}",
            f"Tone: {revision.get_tone_display() or 'any'}",
            f"Reason: {revision.get_reason_display() or 'any'}",
            f"Medium: {revision.get_medium_display() or 'any'}",
            f"Subject: {revision.subject}",
            "",
            *revision.body.splitlines(),
        ]

    changes = []
    for line in difflib.unified_diff(lines(older), lines(newer), lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        kind = {"+": "added", "-": "removed", "@": "gap"}.get(line[:1], "same")
        changes.append((kind, "…" if kind == "gap" else line[1:]))
    return changes


@require_POST
def template_restore_revision(request, pk, number):
    template = get_own_template_for_user(request.user, pk)
    revision = get_object_or_404(template.revisions, number=number)
    library.template_restore_revision(template=template, revision=revision, expected_version=template.version)
    messages.success(request, f"Restored revision {number}. What it replaced is kept as a revision too.")
    return redirect(template)
