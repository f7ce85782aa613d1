"""Follow-ups: the list (overdue / this week / later, and the done ones), and
done, snooze, edit, delete, add, and "draft it" with the composer and the
review checklist."""

from urllib.parse import quote, urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declines import services, tracking
from declines.composer import compose
from declines.forms import DraftForm, FollowUpForm, TemplateChoiceForm
from declines.models import FollowUp, TemplateKind
from declines.ownership import get_follow_up_for_user, get_offer_for_user
from declines.review.engine import ReviewContext, other_offers_of, review, summary

OPEN_PAGE_SIZE = 50
DONE_PAGE_SIZE = 25


def _safe_next(request, target: str) -> str:
    """`target` if it is a page of this site, else nothing: never a redirect elsewhere."""
    # Only a path: redirect() would read a bare word as a URL name.
    is_path = target.startswith("/") and not target.startswith("//")
    if is_path and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return ""


def _back(request, default: str) -> str:
    """Where to go after an action: the page it was taken on, if it is ours."""
    return _safe_next(request, request.POST.get("next", "")) or default


@require_safe
def follow_up_list(request):
    today = timezone.localdate()
    show_done = request.GET.get("show") == "done"
    follow_ups = FollowUp.objects.for_user(request.user).select_related("offer")
    # From the dashboard's cached figures: counting afresh would read every
    # follow-up the user ever had, on every view of this page.
    figures = tracking.figures(request.user, today=today)
    counts = {"open": figures.follow_ups_total - figures.follow_ups_done, "done": figures.follow_ups_done}
    if show_done:
        rows = follow_ups.filter(done_at__isnull=False).order_by("-done_at", "-pk")
        page = Paginator(rows, DONE_PAGE_SIZE).get_page(request.GET.get("page"))
        groups = []
    else:
        rows = follow_ups.pending().order_by("due_on", "pk")
        page = Paginator(rows, OPEN_PAGE_SIZE).get_page(request.GET.get("page"))
        groups = tracking.grouped(page.object_list, today)
    return render(
        request,
        "declines/follow_ups.html",
        {"page": page, "groups": groups, "show_done": show_done, "counts": counts},
    )


@require_POST
def follow_up_done(request, pk):
    follow_up = get_follow_up_for_user(request.user, pk)
    sent = request.POST.get("sent") == "1"
    services.follow_up_done(follow_up=follow_up, at=timezone.now(), sent=sent)
    what = f"{follow_up.get_kind_display()} for {follow_up.offer.company}"
    if sent:
        messages.success(request, f"Marked “{what}” as sent and done.")
    else:
        messages.success(request, f"Marked “{what}” done. It is under Done if you need it back.")
    return redirect(_back(request, reverse("follow_ups")))


@require_POST
def follow_up_reopen(request, pk):
    follow_up = get_follow_up_for_user(request.user, pk)
    services.follow_up_reopen(follow_up=follow_up)
    messages.success(request, f"“{follow_up.get_kind_display()} for {follow_up.offer.company}” is open again.")
    return redirect(_back(request, reverse("follow_ups")))


@require_POST
def follow_up_snooze(request, pk):
    follow_up = get_follow_up_for_user(request.user, pk)
    period = request.POST.get("period", "")
    if period not in ("week", "month"):
        messages.error(request, "Choose to snooze for a week or a month.")
        return redirect(_back(request, reverse("follow_ups")))
    services.follow_up_snooze(follow_up=follow_up, period=period, today=timezone.localdate())
    messages.success(
        request,
        f"Snoozed “{follow_up.get_kind_display()} for {follow_up.offer.company}” "
        f"until {dateformat.format(follow_up.due_on, 'j M Y')}.",
    )
    return redirect(_back(request, reverse("follow_ups")))


@require_http_methods(["GET", "POST"])
def follow_up_new(request, pk):
    offer = get_offer_for_user(request.user, pk)
    form = FollowUpForm(data=request.POST or None, offer=offer, initial={"due_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        follow_up = services.follow_up_create(offer=offer, **form.cleaned_data)
        due = dateformat.format(follow_up.due_on, "j M Y")
        messages.success(request, f"Added “{follow_up.get_kind_display()}”, due {due}.")
        return redirect(f"{offer.get_absolute_url()}#follow-ups")
    return render(request, "declines/follow_up_form.html", {"form": form, "offer": offer})


@require_http_methods(["GET", "POST"])
def follow_up_edit(request, pk):
    follow_up = get_follow_up_for_user(request.user, pk)
    form = FollowUpForm(data=request.POST or None, instance=follow_up, offer=follow_up.offer)
    if request.method == "POST" and form.is_valid():
        services.follow_up_update(follow_up=follow_up, **form.cleaned_data)
        messages.success(request, "Your changes are saved.")
        return redirect(_back(request, reverse("follow_ups") + f"#follow-up-{follow_up.pk}"))
    return render(
        request,
        "declines/follow_up_form.html",
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
        services.follow_up_delete(follow_up=follow_up)
        messages.success(request, f"Deleted “{follow_up.get_kind_display()} for {follow_up.offer.company}”.")
        return redirect(_back(request, reverse("follow_ups")))
    return render(
        request,
        "declines/follow_up_confirm_delete.html",
        {"follow_up": follow_up, "next": _safe_next(request, request.GET.get("next", ""))},
    )


@require_POST
def follow_up_draft_new(request, pk):
    """Draft it: a new draft from the chosen template (or the best match), then its editor."""
    follow_up = get_follow_up_for_user(request.user, pk)
    templates = tracking.templates_for_follow_up(follow_up, request.user)
    if not templates:
        messages.error(request, "There is no template for this kind of follow-up yet. Create one in Templates.")
        return redirect(_back(request, reverse("follow_ups")))
    form = TemplateChoiceForm(data=request.POST, templates=templates)
    template = form.cleaned_data["template"] if form.is_valid() else templates[0]
    services.follow_up_draft_create(follow_up=follow_up, template=template, user=request.user)
    messages.success(request, f"Drafted from “{template.name}”. Make it yours, then send it from your mail app.")
    return redirect("follow_up_draft", pk=follow_up.pk)


@require_http_methods(["GET", "POST"])
def follow_up_draft(request, pk):
    """The follow-up's draft: edit it beside its preview and the review checklist."""
    follow_up = get_follow_up_for_user(request.user, pk)
    templates = tracking.templates_for_follow_up(follow_up, request.user)
    chooser = TemplateChoiceForm(templates=templates) if templates else None
    draft = follow_up.draft
    if draft is None:
        return render(request, "declines/follow_up_draft.html", {"follow_up": follow_up, "chooser": chooser})

    conflict, status = None, 200
    if request.method == "POST":
        form = DraftForm(data=request.POST)
        if form.is_valid():
            expected = form.cleaned_data["base_version"]
            if request.POST.get("action") == "overwrite":
                # The user has seen both texts and chose theirs over the newer save.
                expected = draft.version
            try:
                services.draft_text_update(
                    draft=draft,
                    expected_version=expected,
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                )
            except services.EditConflict as error:
                conflict, status = error.current, 409
            else:
                messages.success(request, "Draft saved.")
                return redirect("follow_up_draft", pk=follow_up.pk)
    else:
        form = DraftForm(initial={"subject": draft.subject, "body": draft.body, "base_version": draft.version})

    email = compose(draft, offer=follow_up.offer, user=request.user)
    mailto = ""
    if draft.kind != TemplateKind.LINKEDIN_NOTE:
        mailto = f"mailto:{quote(follow_up.offer.contact_email)}?" + urlencode(
            {"subject": email.subject, "body": email.text}, quote_via=quote
        )
    results = review(
        subject=email.subject,
        text=email.text,
        context=ReviewContext.for_offer(
            follow_up.offer, kind=draft.kind, other_offers=other_offers_of(follow_up.offer)
        ),
        dismissed=draft.dismissed_rules,
    )
    return render(
        request,
        "declines/follow_up_draft.html",
        {
            "follow_up": follow_up,
            "draft": draft,
            "form": form,
            "email": email,
            "results": results,
            "summary": summary(results),
            "chooser": chooser,
            "conflict": conflict,
            "mailto": mailto,
        },
        status=status,
    )
