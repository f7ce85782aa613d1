"""Offers: see one with its timeline, edit it, delete it (with undo), and log a
contact with the company. Adding one is the first step of the guided flow."""

from collections import Counter
from operator import attrgetter

from django.contrib import messages
from django.db.models import F
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_http_methods, require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from declines import handoff, steps, tracking
from declines.forms import InteractionForm, OfferForm
from declines.models import Draft, DraftComment, FollowUp, Interaction, Offer, Reflection
from declines.ownership import get_offer_for_user, read, select_all
from declines.services.offers import interaction_log
from declines.views.coaching import offer_coaching
from declines.views.follow_ups import just_done
from declines.wording import format_date

# The contact form shares the offer page with the follow-up form; a prefix keeps their field ids apart.
CONTACT_PREFIX = "contact"


def _of_offer(model, offer: Offer) -> list:
    """The offer's rows of `model`, each with the offer itself, so that reading it needs no query: written out, as
    the offer's read is (`ownership.select_all`), the ORM's building of each query cost more than its answer."""
    rows = read(model, f"{select_all(model)}offer_id = %s", [offer.pk])
    for row in rows:
        row.offer = offer
    return rows


def _detail(request, offer: Offer, *, interaction_form=None):
    """The offer page. A fixed number of queries, however long its history, and
    nothing composed: drafts show their saved text; the answers to have ready
    are listed when their panel is opened, and drafted when asked for."""
    today = timezone.localdate()
    reflection = next(iter(_of_offer(Reflection, offer)), None)
    # One offer's handful of each, put in order here.
    drafts = sorted(_of_offer(Draft, offer), key=attrgetter("created_at", "pk"))
    follow_ups = sorted(_of_offer(FollowUp, offer), key=attrgetter("due_on", "pk"))
    interactions = sorted(_of_offer(Interaction, offer), key=attrgetter("happened_on", "pk"), reverse=True)
    comments = (
        list(
            DraftComment.objects.filter(draft__offer=offer)
            .select_related("author__profile")
            .order_by("created_at", "pk")
        )
        if tracking.commented([draft.pk for draft in drafts])
        else []
    )
    by_pk = {draft.pk: draft for draft in drafts}
    for comment in comments:
        comment.draft = by_pk[comment.draft_id]  # read above, not joined again
    # What a coach has said and the user not yet answered, draft by draft, from the comments read for the timeline.
    waiting = Counter(comment.draft_id for comment in comments if comment.closed_at is None)
    for draft in drafts:
        draft.open_comments = waiting[draft.pk]
    return render(
        request,
        "declines/offers/detail.html",
        {
            "offer": offer,
            "resume": steps.resume(offer) if offer.status == Offer.Status.CONSIDERING else None,
            "contact_mailto": handoff.mailto(offer.contact_email),
            "countdown": tracking.offer_countdown(offer, today),
            "urgency": tracking.urgency(offer.respond_by, today),
            "reflection": reflection,
            "timeline": tracking.timeline(
                offer,
                reflection=reflection,
                drafts=drafts,
                follow_ups=follow_ups,
                interactions=interactions,
                comments=comments,
            ),
            "coaches": offer_coaching(request.user, offer),
            "drafts": drafts,
            "open_groups": tracking.grouped([f for f in follow_ups if f.done_at is None], today),
            "done_follow_ups": [f for f in follow_ups if f.done_at is not None],
            # Declined with no follow-ups at all (the plan skipped): the plan is still there to make.
            "plan_open": offer.status == Offer.Status.DECLINED and not follow_ups,
            "interactions": interactions,
            # The answers are listed when their panel is opened (`offer_answers`): a user with many of their own
            # pays for them only then.
            "answers_ready": offer.status in tracking.ANSWERS_FOR,
            # Only a contact that came back with a problem is shown open; otherwise "Log a contact" fetches the form.
            "interaction_form": interaction_form,
            "undo": just_done(request),
        },
    )


@require_safe
def offer_detail(request, pk):
    return _detail(request, get_offer_for_user(request.user, pk))


@require_safe
@vary_on_headers("HX-Request")
def offer_answers(request, pk):
    """The answers to have ready for an offer (§9), each with the user's newest
    draft of it or a button to draft it. The offer page fetches the list alone
    (htmx) when its "Be ready for their questions" panel is opened; without
    JavaScript its link leads here."""
    offer = get_offer_for_user(request.user, pk)
    if offer.status not in tracking.ANSWERS_FOR:
        # Accepted, or withdrawn: nobody will ask. The panel of a page left open from before goes to the offer as it
        # is now, rather than showing the whole offer page inside it.
        if request.htmx:
            return HttpResponseClientRedirect(offer.get_absolute_url())
        return redirect(offer)
    # Each answer with the newest draft written from it, if there is one: read oldest first, the newest stays.
    drafted = {
        draft.template_id: draft
        for draft in offer.drafts.filter(kind=Draft.Kind.ANSWER).only("pk", "template_id").order_by("created_at", "pk")
    }
    listed = tracking.answer_templates(request.user, offer=offer, listed=True)
    context = {"offer": offer, "answers": [(template, drafted.get(template.pk)) for template in listed]}
    template = "declines/offers/_answers.html" if request.htmx else "declines/offers/answers.html"
    return render(request, template, context)


@require_safe
def offer_accepted(request, pk):
    """After accepting an offer (§9): the user's other open offers, each a step
    away from being declined through the flow."""
    offer = get_offer_for_user(request.user, pk)
    if offer.status != Offer.Status.ACCEPTED:
        return redirect(offer)
    others = list(
        Offer.objects.for_user(request.user)
        .open()
        .exclude(pk=offer.pk)
        .only("company", "role", "respond_by", "status", "flow_step", "medium", "called_on")
        .order_by(F("respond_by").asc(nulls_last=True), "-received_on", "-pk")
    )
    today = timezone.localdate()
    for other in others:
        other.countdown = tracking.offer_countdown(other, today)
        other.urgency = tracking.urgency(other.respond_by, today) if other.countdown else ""
        other.decline_url = steps.url(other, steps.furthest(other))
    if not others:
        return redirect(offer)
    return render(request, "declines/offers/accepted.html", {"offer": offer, "others": others})


@require_http_methods(["GET", "POST"])
def offer_edit(request, pk):
    offer = get_offer_for_user(request.user, pk)
    form = OfferForm(data=request.POST or None, instance=offer, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your changes are saved.")
        return redirect(offer)
    return render(request, "declines/offers/form.html", {"form": form, "offer": offer})


@require_http_methods(["GET", "POST"])
def interaction_new(request, pk):
    """Log a contact; the next check-in moves out from that day (`tracking.check_in_moves`).

    The offer page fetches the form alone (htmx) when its "Log a contact" is
    opened; without JavaScript it is a page of its own. A contact with a
    problem comes back on the offer page, the form open there."""
    offer = get_offer_for_user(request.user, pk)
    data = request.POST if request.method == "POST" else None
    form = InteractionForm(data=data, offer=offer, today=timezone.localdate(), prefix=CONTACT_PREFIX)
    if request.method == "GET":
        template = "_contact_form.html" if request.htmx else "contact.html"
        response = render(request, f"declines/offers/{template}", {"interaction_form": form, "offer": offer})
        patch_vary_headers(response, ["HX-Request"])
        return response
    if not form.is_valid():
        return _detail(request, offer, interaction_form=form)
    interaction, moved = interaction_log(offer=offer, **form.cleaned_data)
    day = format_date(interaction.happened_on)
    channel = interaction.get_channel_display()
    # "email", "call", but "LinkedIn" as it is written.
    channel = channel if any(c.isupper() for c in channel[1:]) else channel.lower()
    message = f"Logged your {channel} contact on {day}."
    if moved:
        message += f" The next check-in moved to {format_date(moved[0].due_on)}."
    messages.success(request, message)
    return redirect(f"{offer.get_absolute_url()}#contacts")
