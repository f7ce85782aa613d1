"""Coaching (§11), both sides of it.

The client, under Settings › Coaches: invite a coach (a link, or an email with
it), choose what each coach reads, stop at any time; on an offer's page, share
it or stop. Comments are answered beside the editor (`views/drafts.py`).

The coach, under Clients: the clients who share something with them and, for
each, only the offers shared — the offer, the reflection, the drafts with
their checklists and the follow-up plan, read-only — and a form under each
paragraph of a draft to comment on it or suggest new text.

Every coach page reaches the client's rows through `ownership.get_shared_*`,
so what is not shared with this coach at this request is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declines import reminders, throttle, tracking
from declines.composer import compose
from declines.forms import CommentForm, InvitationForm, OfferShareForm, SharingForm, posted_number
from declines.models import (
    Coaching,
    CoachInvitation,
    DoorOpen,
    DraftComment,
    EmailTemplate,
    Offer,
    Reflection,
    SharedOffer,
    TemplateKind,
    undecided_first,
)
from declines.ownership import (
    coaching_roles,
    get_client_for_coach,
    get_coaching_for_client,
    get_invitation_for_token,
    get_invitation_for_user,
    get_offer_for_user,
    get_own_template_for_user,
    get_shared_draft_for_coach,
    get_shared_offer_for_coach,
    profile_for,
)
from declines.review import engine
from declines.services import coaching as services
from declines.views import drafts
from declines.views.account_settings import site_url

# --- The client's side ------------------------------------------------------------------


def _display_name(user) -> str:
    return profile_for(user).display_name


@require_http_methods(["GET", "POST"])
def coaches(request):
    """Settings › Coaches: invite a coach, the links not used yet, each coach and what they read."""
    form = InvitationForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if throttle.invitation_allowed(request.user):
            return _invite(request, form.cleaned_data["email"])
        form.add_error(
            "email",
            f"That is {throttle.INVITATIONS_PER_HOUR} invitations this hour already. "
            "Try again in an hour, or send a link you made earlier.",
        )
        status = 429
    now = timezone.now()
    invitations = list(
        CoachInvitation.objects.for_user(request.user).filter(accepted_at__isnull=True).order_by("-created_at", "-pk")
    )
    for invitation in invitations:
        invitation.link = site_url(request) + invitation.get_absolute_url()
        invitation.expired = not invitation.is_usable(now)
    coachings = list(
        Coaching.objects.of_client(request.user)
        .select_related("coach__profile")
        .annotate(shared=Count("shares", filter=Q(shares__offer__deleted_at__isnull=True)))
        .order_by("created_at", "pk")
    )
    # Who accepted which invitation: the address the client emailed it to, beside the account that
    # accepted it, so an invitation forwarded to someone else shows (a coach's own address is never shown).
    accepted = dict(
        CoachInvitation.objects.for_user(request.user)
        .filter(accepted_by__in=[coaching.coach_id for coaching in coachings])
        .order_by("accepted_at")
        .values_list("accepted_by", "email")
    )
    for coaching in coachings:
        coaching.invited_at = accepted.get(coaching.coach_id)
    return render(
        request,
        "declines/coaching/coaches.html",
        {
            "form": form,
            "invitations": invitations,
            "coachings": coachings,
            "coaches_someone": coaching_roles(request.user).coaches_someone,
        },
        status=status,
    )


def _invite(request, email: str):
    invitation = services.invitation_create(client=request.user, email=email)
    anchor = reverse("coaches") + f"#invitation-{invitation.pk}"
    if not email:
        messages.success(
            request,
            "Your invitation link is ready: copy it below and send it to your coach. It works once, for 7 days.",
        )
        return redirect(anchor)
    problem = services.invitation_send(
        invitation=invitation, site_url=site_url(request), client_name=_display_name(request.user)
    )
    if problem:
        messages.warning(
            request,
            f"Your invitation is ready, but the email to {email} could not be sent ({problem}). "
            "Copy the link below and send it yourself.",
        )
    else:
        messages.success(request, f"We emailed your invitation to {email}. The link works once, for 7 days.")
    return redirect(anchor)


@require_POST
def invitation_withdraw(request, pk):
    invitation = get_invitation_for_user(request.user, pk)
    services.invitation_withdraw(invitation=invitation)
    messages.success(request, "The invitation is withdrawn: its link no longer works.")
    return redirect(reverse("coaches") + "#invitations")


SHARING_PAGE_SIZE = 50


@require_http_methods(["GET", "POST"])
def coach_sharing(request, pk):
    """Which offers one coach reads: a page of the client's offers to tick, and new offers."""
    coaching = get_coaching_for_client(request.user, pk)
    offers = Offer.objects.for_user(request.user).order_by(undecided_first(), "respond_by", "-received_on", "-pk")
    page = Paginator(offers, SHARING_PAGE_SIZE).get_page(request.GET.get("page"))
    listed = seen = list(page.object_list)
    if request.method == "POST":
        # The ticks are about the offers on the page the client saw, not on
        # this page now: one added since (shared as it was made, say) was never
        # there to untick. This page's are listed too, for a form sent back with an error.
        posted = SharingForm.listed_in(request.POST)
        listed = list(offers.filter(pk__in=posted | {offer.pk for offer in listed}))
        seen = [offer for offer in listed if offer.pk in posted]
    shared = set(
        SharedOffer.objects.filter(coaching=coaching, offer__in=[offer.pk for offer in listed]).values_list(
            "offer_id", flat=True
        )
    )
    form = SharingForm(
        request.POST if request.method == "POST" else None, coaching=coaching, offers=listed, shared=shared
    )
    if request.method == "POST" and form.is_valid():
        services.shares_update(
            coaching=coaching,
            offers=seen,
            shared=form.cleaned_data["offers"],
            share_new_offers=form.cleaned_data["share_new_offers"],
        )
        messages.success(request, f"Saved. {_display_name(coaching.coach)} sees what you ticked, from now on.")
        return redirect(request.get_full_path())
    return render(
        request,
        "declines/coaching/sharing.html",
        {"coaching": coaching, "coach_name": _display_name(coaching.coach), "form": form, "page": page},
    )


@require_POST
def coach_remove(request, pk):
    """Stop working with a coach: they see nothing of the client's from their next request."""
    coaching = get_coaching_for_client(request.user, pk)
    name = _display_name(coaching.coach)
    services.coaching_end(coaching=coaching)
    messages.success(
        request, f"{name} no longer sees anything of yours. Their comments stay on your drafts for you to read."
    )
    return redirect("coaches")


@require_POST
def offer_share(request, pk):
    """Share this offer with one of the client's coaches, or stop sharing it."""
    offer = get_offer_for_user(request.user, pk)
    form = OfferShareForm(request.POST, user=request.user)
    back = redirect(offer.get_absolute_url() + "#coaching")
    if not form.is_valid():
        messages.error(request, "Nothing changed: choose one of your coaches.")
        return back
    coaching, share = form.cleaned_data["coach"], form.cleaned_data["share"]
    name = _display_name(coaching.coach)
    if share:
        services.offer_share(coaching=coaching, offer=offer)
        messages.success(request, f"{name} can now read this offer, its drafts and its plan, and comment on drafts.")
    else:
        services.offer_unshare(coaching=coaching, offer=offer)
        messages.success(request, f"{name} no longer sees this offer.")
    return back


def offer_coaching(user, offer: Offer) -> list[Coaching]:
    """The user's coaches, each marked with whether this offer is shared with them (the offer page)."""
    if not coaching_roles(user).has_coach:
        return []
    return list(
        Coaching.objects.of_client(user)
        .select_related("coach__profile")
        .annotate(has_offer=Exists(SharedOffer.objects.filter(coaching=OuterRef("pk"), offer=offer)))
        .order_by("created_at", "pk")
    )


@require_POST
def template_publish(request, pk):
    """A coach puts one of their templates in the pack their clients see, or takes it out."""
    template = get_own_template_for_user(request.user, pk)
    published = request.POST.get("published") == "1"
    services.template_publish(template=template, published=published)
    if published:
        messages.success(request, f"“{template.name}” is published: your clients see it beside the built-in templates.")
    else:
        messages.success(request, f"“{template.name}” is no longer published. Copies your clients made stay theirs.")
    return redirect(template)


# --- Accepting an invitation -------------------------------------------------------------


@login_not_required
@require_http_methods(["GET", "POST"])
def invitation_accept(request, token):
    """The link a client sends: who invites you and what it means, then "Accept".

    Anyone with the link may read it (a coach without an account signs up
    first, and comes back here); accepting needs a log-in. A link used,
    expired or withdrawn no longer names the client.
    """
    try:
        invitation = get_invitation_for_token(token)
    except Http404:
        # A withdrawn link's row is gone: it gets the page a used or expired
        # one gets, which names nobody.
        return render(request, "declines/coaching/invitation.html", {"usable": False}, status=404)
    user = request.user
    if invitation.accepted_at is not None and user.is_authenticated and invitation.accepted_by_id == user.pk:
        return redirect("clients")
    usable = invitation.is_usable()
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect(f"{reverse('login')}?{urlencode({'next': request.path})}")
        try:
            coaching = services.invitation_accept(invitation=invitation, coach=user)
        except services.InvitationUnusable as problem:
            messages.error(request, str(problem))
            return redirect(request.path)
        if coaching.was_coaching:
            messages.info(request, f"You already coach {_display_name(coaching.client)}: nothing has changed.")
        else:
            messages.success(
                request,
                f"You are now {_display_name(coaching.client)}'s coach. "
                "What they share with you appears here; you will see nothing else of theirs.",
            )
        return redirect("clients")
    context = {
        "invitation": invitation,
        "usable": usable,
        "own": user.is_authenticated and user.pk == invitation.client_id,
        "client_name": _display_name(invitation.client) if usable else "",
        "next_query": urlencode({"next": request.path}),
    }
    return render(request, "declines/coaching/invitation.html", context, status=200 if usable else 404)


# --- The coach's side --------------------------------------------------------------------


@require_safe
def clients(request):
    """The clients who share at least one offer with this coach now, and the coach's template pack."""
    coachings = (
        Coaching.objects.of_coach(request.user)
        .sharing()
        .select_related("client__profile")
        .annotate(shared=Count("shares", filter=Q(shares__offer__deleted_at__isnull=True)))
        .order_by("client__profile__full_name", "client__username", "pk")
    )
    published = EmailTemplate.objects.owned_by(request.user).filter(published_at__isnull=False).order_by("name")
    return render(
        request,
        "declines/coaching/clients.html",
        {
            "coachings": coachings,
            "published": list(published.only("pk", "name", "kind")),
            "coaches_someone": coaching_roles(request.user).coaches_someone,
        },
    )


@require_safe
def client_detail(request, pk):
    """One client's offers, those shared with this coach only."""
    coaching = get_client_for_coach(request.user, pk)
    today = timezone.localdate()
    offers = list(
        Offer.objects.shared_with(request.user)
        .filter(owner=coaching.client_id)
        .annotate(
            draft_count=Count("drafts", distinct=True),
            open_comments=Count(
                "drafts__comments",
                filter=Q(drafts__comments__status=DraftComment.Status.OPEN, drafts__comments__author=request.user),
                distinct=True,
            ),
        )
        .order_by(undecided_first(), "respond_by", "-received_on", "-pk")
    )
    for offer in offers:
        offer.countdown = tracking.offer_countdown(offer, today)
        offer.urgency = tracking.urgency(offer.respond_by, today)
    return render(
        request,
        "declines/coaching/client.html",
        {"coaching": coaching, "client_name": coaching.client.profile.display_name, "offers": offers},
    )


def _coaching_of(coach, offer: Offer) -> Coaching:
    """The coach's tie to the offer's owner (the offer is shared with them, so there is one)."""
    return Coaching.objects.of_coach(coach).get(client_id=offer.owner_id)


@require_safe
def client_offer(request, pk):
    """A shared offer, read-only: the offer, the reflection, the drafts and the follow-up plan."""
    offer = get_shared_offer_for_coach(request.user, pk)
    today = timezone.localdate()
    reflection = Reflection.objects.filter(offer=offer).first()
    offer_drafts = list(
        offer.drafts.annotate(
            open_comments=Count(
                "comments", filter=Q(comments__status=DraftComment.Status.OPEN, comments__author=request.user)
            )
        ).order_by("created_at", "pk")
    )
    return render(
        request,
        "declines/coaching/offer.html",
        {
            "offer": offer,
            "coaching": _coaching_of(request.user, offer),
            "client_name": offer.owner.profile.display_name,
            "countdown": tracking.offer_countdown(offer, today),
            "urgency": tracking.urgency(offer.respond_by, today),
            "reflection": reflection,
            "fit": reflection if reflection is not None and reflection.ratings() else None,
            "door_open": [DoorOpen(value).label for value in offer.door_open or [] if value in DoorOpen.values],
            "drafts": offer_drafts,
            "follow_ups": list(offer.follow_ups.order_by("done_at", "due_on", "pk")),
        },
    )


@require_http_methods(["GET", "POST"])
def client_draft(request, pk):
    """A shared draft, read-only, paragraph by paragraph, each with the coach's
    comments on it and a form to add one; its preview and checklist beside.

    A comment on a paragraph the client changed meanwhile is refused and
    handed back, typed as it was, under the paragraph now in that place.
    """
    draft = get_shared_draft_for_coach(request.user, pk)
    if request.method != "POST":
        return _render_client_draft(request, draft)
    index = posted_number(request.POST.get("paragraph", ""), max_digits=4) or 0
    form = CommentForm(request.POST, paragraph=index, text="", draft_body=draft.body)
    if not form.is_valid():
        return _render_client_draft(request, draft, bound=form)
    try:
        services.comment_add(draft=draft, author=request.user, paragraph=index, **form.cleaned_data)
    except services.ParagraphChanged:
        return _render_client_draft(request, draft, stale=form)
    client_name = draft.offer.owner.profile.display_name
    if reminders.reaches(draft.offer.owner):
        messages.success(
            request,
            f"Sent. {client_name} sees it beside their draft, and gets an email about it with their next reminders.",
        )
    else:
        messages.success(
            request,
            f"Sent. {client_name} sees it beside their draft. They get no emails from Declines, so none is sent.",
        )
    return redirect(reverse("client_draft", args=[draft.pk]) + f"#paragraph-{index + 1}")


def _render_client_draft(request, draft, *, bound: CommentForm | None = None, stale: CommentForm | None = None):
    offer = draft.offer
    client = offer.owner
    texts = services.paragraphs(draft.body)
    by_paragraph: dict[int | None, list] = {}
    for comment in draft.comments.filter(author=request.user).order_by("created_at", "pk"):
        where = services.locate(draft.body, quote=comment.quote, near=comment.paragraph)
        by_paragraph.setdefault(where, []).append(comment)
    rows = []
    # A comment not sent goes back under its paragraph, or the last one if the client has since cut the text short.
    stale_at = min(stale.paragraph, len(texts) - 1) if stale is not None else None
    for index, text in enumerate(texts):
        if bound is not None and bound.paragraph == index:
            form = bound
        elif stale is not None and stale_at == index:
            form = CommentForm(paragraph=index, text=text, initial=stale.cleaned_data)
            form.stale = True
        else:
            form = CommentForm(paragraph=index, text=text)
        rows.append({"number": index + 1, "text": text, "comments": by_paragraph.get(index, []), "form": form})
    email = compose(draft, offer=offer, user=client)
    # The mix-up check compares with the client's other offers: only those shared with this coach.
    others = tuple(
        engine.OtherOffer(*row)
        for row in Offer.objects.shared_with(request.user)
        .filter(owner=client)
        .exclude(pk=offer.pk)
        .order_by("pk")
        .values_list("company", "contact_name", "salary_note")
    )
    return render(
        request,
        "declines/coaching/draft.html",
        {
            "draft": draft,
            "offer": offer,
            "coaching": _coaching_of(request.user, offer),
            "client_name": client.profile.display_name,
            "client_emailed": reminders.reaches(client),
            "rows": rows,
            "lost": by_paragraph.get(None, []),
            "stale": stale.cleaned_data if stale is not None else None,
            "email": email,
            "is_note": draft.kind == TemplateKind.LINKEDIN_NOTE,
            **drafts.checklist(draft, email, other_offers=others),
        },
    )
