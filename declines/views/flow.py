"""The guided decline flow of §4: steps that each save to the database, the
send step's hand-offs to mail apps, and the follow-up plan proposed once the
decline is sent (§9). Compose is the one draft editor (`views/drafts.py`) in
the flow's frame. For "phone call first" a Call step comes before Compose
(`declines/steps.py` says which steps an offer has and how far it got).

Every step is a server-rendered form; the whole flow works with scripting off.
"""

import datetime as dt
import re
import secrets
from types import SimpleNamespace

from django.contrib import messages
from django.db import IntegrityError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from declines import handoff, steps, wording
from declines.composer import compose
from declines.forms import ApproachForm, CallForm, FollowUpPlanFormSet, OfferForm, ReflectionForm, SentForm
from declines.models import DoorOpen, DraftComment, EmailTemplate, Medium, Offer, Reflection, TemplateKind
from declines.ownership import declines_written, get_offer_for_user
from declines.services.follow_ups import PlanAlreadySaved, PlanNotDue, follow_up_plan_propose, follow_up_plan_save
from declines.services.offers import (
    Decision,
    NotUndoable,
    decision_moment,
    offer_call_made,
    offer_decline,
    offer_decline_undo,
    offer_flow_save,
    offer_start,
    reflection_save,
)
from declines.steps import Step
from declines.tracking import rank_templates
from declines.views import drafts
from declines.wording import answered, format_date

# --- Shared pieces -----------------------------------------------------------


def _stepper(offer: Offer | None, current: Step) -> list[dict]:
    """The steps for the progress list: every step reached so far is a link back."""
    flow = steps.steps_for(offer)
    here = flow.index(current)
    reached = flow.index(steps.furthest(offer))
    # A sent decline is finished: only the send step stays open (to copy again).
    linkable = offer is not None and offer.status == Offer.Status.CONSIDERING
    declined = offer is not None and offer.status == Offer.Status.DECLINED
    items = []
    for position, step in enumerate(flow):
        if position == here:
            state = "current"
        elif position < here or position < reached or declined:
            state = "done"
        elif position == reached:
            state = "reached"
        else:
            state = "upcoming"
        url = steps.url(offer, step) if linkable and position != here and position <= reached else None
        items.append({"number": position + 1, "label": step.label, "state": state, "url": url, "key": step.key})
    return items


# The steps with a form of their own send it when a step in the progress list is chosen
# (its links are that form's buttons then, `name="go"`), so what was typed is kept on
# the way, as Back keeps it (§4): a link followed from there used to drop it unsaved.
STEPPER_FORM = "step-form"


def _stepper_target(request, offer: Offer, current: Step) -> tuple[Step | None, bool]:
    """The step chosen in the progress list with this step's form, if it is one the list offers,
    and whether it lies back: a step back is saved as Back saves, one ahead is checked as Continue is."""
    key = request.POST.get("go", "")
    offered = {item["key"] for item in _stepper(offer, current) if item["url"]}
    flow = steps.steps_for(offer)
    target = next((step for step in flow if step.key == key and key in offered), None) if key else None
    return target, target is not None and flow.index(target) < flow.index(current)


def _step_context(offer: Offer | None, step: Step) -> dict:
    """What the flow's layout needs: the stepper, and "Step 4 of 6"."""
    return {
        "step": steps.number(offer, step),
        "steps": _stepper(offer, step),
        "step_count": len(steps.steps_for(offer)),
    }


def _render_step(request, template: str, offer: Offer | None, step: Step, context: dict, status: int = 200):
    stepper_form = STEPPER_FORM if step in (steps.OFFER, steps.REFLECT, steps.APPROACH) else ""
    context = {"offer": offer, **_step_context(offer, step), "stepper_form": stepper_form, **context}
    return render(request, template, context, status=status)


def _flow_closed(request, offer: Offer, step: Step):
    """Where to go instead when the offer's decision is already made, or None."""
    if offer.status == Offer.Status.DECLINED:
        return None if step == steps.SEND else redirect("flow_step", offer.pk, steps.SEND.flow_step)
    if offer.status != Offer.Status.CONSIDERING:
        messages.info(
            request, f"This offer is {offer.get_status_display().lower()}, so there is nothing left to decline."
        )
        return redirect(offer)
    return None


def _reflection(offer: Offer) -> Reflection | None:
    return Reflection.objects.filter(offer=offer).first()


def _decline_templates(user, offer) -> list[EmailTemplate]:
    return drafts.templates_for(user, offer, kind=TemplateKind.DECLINE)


def _answered(offer: Offer) -> str:
    """How the decline met the employer's deadline, in the user's words."""
    met = answered(offer.respond_by, timezone.localdate(offer.decided_at))
    return f"Declined {met}." if met else "Declined. There was no deadline to meet."


def _fit_summary(reflection: Reflection | None) -> dict | None:
    if reflection is None or not reflection.ratings():
        return None
    return {"strongest": reflection.strongest(), "weakest": reflection.weakest()}


# --- Step 1: the offer -------------------------------------------------------


# Each visit to "Decline an offer" gets a key in its address (`?k=`), kept on the offer it makes
# (`Offer.flow_key`, unique per owner): the browser's Back to that address, or the form sent twice
# however quickly, reaches that offer's own first step instead of making a second offer (Back never
# loses input, and never duplicates).
_KEY = re.compile(r"[\w-]{16,32}")


@require_http_methods(["GET", "POST"])
def offer_new(request):
    """ "Decline an offer": step 1 for an offer not saved yet."""
    key = request.GET.get("k", "")
    if not _KEY.fullmatch(key):
        if request.method == "GET":
            return redirect(f"{reverse('offer_new')}?k={secrets.token_urlsafe(16)}")
        key = ""
    made = _made_with(request.user, key)
    if made:
        return flow_step(request, made, 1) if request.method == "POST" else redirect("flow_step", made, 1)
    form = OfferForm(data=request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            offer = offer_start(offer=form.instance, key=key)
        except IntegrityError:
            # The same form, sent again while the first send was saving: that one made the offer.
            made = _made_with(request.user, key)
            if not made:
                raise
            return flow_step(request, made, 1)
        return redirect("flow_step", offer.pk, 2)
    context = {"form": form, "action": f"{reverse('offer_new')}?k={key}" if key else reverse("offer_new")}
    return _render_step(request, "declines/flow/step_offer.html", None, steps.OFFER, context)


def _made_with(user, key: str) -> int | None:
    """The offer the visit with `key` made, if it is still there."""
    if not key:
        return None
    return Offer.objects.for_user(user).filter(flow_key=key).values_list("pk", flat=True).first()


def _step_offer(request, offer: Offer):
    # The form edits a copy, so the page heading keeps the saved name while a
    # mistyped one is corrected.
    form = OfferForm(data=request.POST or None, instance=Offer.objects.get(pk=offer.pk), user=request.user)
    if request.method == "POST" and form.is_valid():
        target, _ = _stepper_target(request, offer, steps.OFFER)
        offer_flow_save(offer=form.instance, fields=OfferForm.Meta.fields, reach_step=None if target else 2)
        return redirect(steps.url(offer, target) if target else reverse("flow_step", args=[offer.pk, 2]))
    return _render_step(request, "declines/flow/step_offer.html", offer, steps.OFFER, {"form": form})


# --- Step 2: reflect ---------------------------------------------------------


# A decision chosen on Reflect but not yet sent (the user went Back first), per
# offer: chosen again when they return, as Back never loses input (§4). It is
# only a choice on a form, so it waits in the session rather than being acted on.
CHOSEN_DECISIONS = "flow_chosen_decisions"


def _step_reflect(request, offer: Offer):
    target, backwards = _stepper_target(request, offer, steps.REFLECT)
    back = request.POST.get("action") == "back" or backwards
    reflection = _reflection(offer)
    chosen = request.session.get(CHOSEN_DECISIONS, {})
    if str(offer.pk) in chosen:
        initial = {"decision": chosen[str(offer.pk)]}
    else:
        initial = {"decision": Decision.DECLINE} if offer.flow_step >= 3 else {}
    form = ReflectionForm(
        data=request.POST or None,
        instance=reflection or Reflection(offer=offer),
        offer=offer,
        require_decision=not back,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        decision = None if back else form.cleaned_data["decision"]
        reflection = reflection_save(
            offer=offer,
            reflection=form.instance,
            decision=decision,
            now=timezone.now(),
            decided_on=form.cleaned_data.get("decided_on"),
        )
        if back:
            if request.POST.get("decision") in Decision.values:
                request.session[CHOSEN_DECISIONS] = {**chosen, str(offer.pk): request.POST["decision"]}
            return redirect(steps.url(offer, target) if backwards else reverse("flow_step", args=[offer.pk, 1]))
        if str(offer.pk) in chosen:
            request.session[CHOSEN_DECISIONS] = {k: v for k, v in chosen.items() if k != str(offer.pk)}
        if decision == Decision.ACCEPT:
            messages.success(request, f"Congratulations on the role at {offer.company}: the offer is marked accepted.")
            # §9: accepting one offer offers to decline the others.
            return redirect("offer_accepted", offer.pk)
        if decision == Decision.THINKING:
            messages.info(
                request,
                "Saved. Take the time you need — continue from your dashboard once you have decided.",
            )
            return redirect("dashboard")
        return redirect(steps.url(offer, target) if target else reverse("flow_step", args=[offer.pk, 3]))
    return _render_step(
        request,
        "declines/flow/step_reflect.html",
        offer,
        steps.REFLECT,
        {"form": form, "fit": _fit_summary(reflection)},
    )


# --- Step 3: approach --------------------------------------------------------


def _step_approach(request, offer: Offer):
    target, backwards = _stepper_target(request, offer, steps.APPROACH)
    back = request.POST.get("action") == "back" or backwards
    form = ApproachForm(data=request.POST or None, instance=offer, require_reason=not back)
    if request.method == "POST" and form.is_valid():
        offer_flow_save(offer=form.instance, fields=ApproachForm.Meta.fields, reach_step=None if back else 4)
        if back:
            return redirect(steps.url(offer, target if backwards else steps.REFLECT))
        left_out = wording.left_out_for_reason(offer.door_open, offer.reason)
        if left_out:
            names = wording.joined([f"“{DoorOpen(choice).label}”" for choice in left_out])
            messages.info(
                request,
                f"Your email leaves out {names}: with “{offer.get_reason_display()}” as your reason it says you "
                "are moving to other work, which they would contradict.",
            )
        # For a call, the Call step (which shows a call already made, to go on from); otherwise Compose.
        flow = steps.steps_for(offer)
        return redirect(steps.url(offer, target or flow[flow.index(steps.APPROACH) + 1]))
    return _render_step(
        request,
        "declines/flow/step_approach.html",
        offer,
        steps.APPROACH,
        {"form": form, "fit": _fit_summary(_reflection(offer))},
    )


# --- For "phone call first": the call ----------------------------------------


def _call_script(user, offer: Offer):
    """The call script composed for this offer (the best match), or None without one."""
    scripts = rank_templates(EmailTemplate.objects.for_user(user).filter(kind=TemplateKind.PHONE_SCRIPT), offer=offer)
    return compose(scripts[0], offer=offer, user=user) if scripts else None


@require_http_methods(["GET", "POST"])
def flow_call(request, pk):
    """The Call step: what to say on the phone, in the user's tone and with
    their reason, then "I've made the call", which logs the call on the day
    given and moves on to Compose, where the written confirmation names it."""
    offer = get_offer_for_user(request.user, pk)
    closed = _flow_closed(request, offer, steps.CALL)
    if closed:
        return closed
    furthest = steps.furthest(offer)
    flow = steps.steps_for(offer)
    if not steps.has_call(offer) or flow.index(furthest) < flow.index(steps.CALL):
        return redirect(steps.url(offer, furthest))
    today = timezone.localdate()
    action = request.POST.get("action")
    # A day typed before the call was logged, kept for when the user comes Back (§4: Back never loses input).
    typed_key = f"call-day-{offer.pk}"
    typed = request.session.get(typed_key)
    initial = offer.called_on or (dt.date.fromisoformat(typed) if typed else today)
    form = CallForm(data=request.POST or None, offer=offer, today=today, initial={"called_on": initial})
    if request.method == "POST":
        if action == "back" and offer.called_on is None:
            # No call made yet, so nothing to log: the day typed is kept for next time. A day that
            # cannot be read stays on the page with its error rather than being dropped; none, nothing to keep.
            if not request.POST.get("called_on", "").strip():
                request.session.pop(typed_key, None)
                return redirect("flow_step", offer.pk, steps.APPROACH.flow_step)
            if form.is_valid():
                request.session[typed_key] = form.cleaned_data["called_on"].isoformat()
                return redirect("flow_step", offer.pk, steps.APPROACH.flow_step)
        if form.is_valid():
            called_on = form.cleaned_data["called_on"]
            request.session.pop(typed_key, None)
            offer_call_made(offer=offer, called_on=called_on)
            if action == "back":
                return redirect("flow_step", offer.pk, steps.APPROACH.flow_step)
            messages.success(request, f"Logged your call on {format_date(called_on)}. Now confirm it in writing.")
            return redirect("flow_step", offer.pk, steps.COMPOSE.flow_step)
    return _render_step(
        request,
        "declines/flow/step_call.html",
        offer,
        steps.CALL,
        {"form": form, "script": _call_script(request.user, offer)},
    )


# --- Step 4: compose ---------------------------------------------------------


def _step_compose(request, offer: Offer):
    """Choose a template (the best match chosen), then edit the draft in the one editor."""
    # The decline being written is the newest (`current_decline`); the earlier ones, listed under the editor, come
    # in the same query.
    draft, *earlier = declines_written(offer) or [None]
    context = _step_context(offer, steps.COMPOSE)
    if draft is not None:
        context["earlier_drafts"] = earlier
        context["approach_changed"] = _approach_changed(request.user, offer, draft)
    frame = drafts.Frame(
        url=reverse("flow_step", args=[offer.pk, 4]),
        layout="declines/flow/layout.html",
        context=context,
        continue_url=steps.url(offer, steps.SEND),
        back_url=steps.url(offer, steps.CALL if steps.has_call(offer) else steps.APPROACH),
        reach_step=steps.SEND.flow_step,
    )
    if draft is None:
        return drafts.chooser(
            request,
            offer,
            templates=_decline_templates(request.user, offer),
            frame=frame,
            kind=TemplateKind.DECLINE,
            new_url=reverse("draft_new", args=[offer.pk]),
        )
    return drafts.editor(request, draft, frame=frame)


# Each of `Offer.APPROACH_DETAILS` as the Approach step labels it.
APPROACH_DETAIL_LABELS = ("In your own words", "People to thank", "What stood out", "Leave the door open")


def _approach_changed(user, offer: Offer, draft) -> dict | None:
    """When the reason, tone or way of telling them chosen on Approach changed after the draft was written
    (the user went back and turned a call into an email, say), or what the email says of the rest (the
    people to thank, what stood out…): what changed, and the template that fits now.
    The draft itself is the user's and is never rewritten; they choose whether to start again.
    A call logged again for another day after its confirmation was written counts too: the draft names the
    day it was written for."""
    if not draft.written_for or draft.written_for == offer.approach_key():
        return None
    written_for, _, details_then = draft.written_for.partition("|")
    then = dict(zip((*Offer.APPROACH, "called_on"), written_for.split("/"), strict=False))
    changed = [
        f"{what} is now “{getattr(offer, f'get_{field}_display')()}”"
        for field, what in (("reason", "the reason"), ("tone", "the tone"), ("medium", "the way of telling them"))
        if then.get(field) != getattr(offer, field)
    ]
    # A draft written before these were kept has no fingerprints: nothing to compare.
    details_now = offer.approach_key().partition("|")[2]
    pairs = zip(details_then.split("."), details_now.split("."), strict=False)
    details_changed = [
        f"“{label}”"
        for label, (old, new) in zip(APPROACH_DETAIL_LABELS, pairs, strict=False)
        if details_then and old != new
    ]
    core_changed = bool(changed)
    if details_changed:
        changed.append(f"you changed {wording.joined(details_changed)}")
    call_moved = (
        "called_on" in then
        and offer.medium == Medium.PHONE_THEN_WRITTEN
        and offer.called_on
        and then["called_on"] != offer.called_on.isoformat()
        # Only a draft whose template names the day (the confirmation of the call) has a day to put right.
        and draft.template is not None
        and "call_date" in f"{draft.template.subject}{draft.template.body}"
    )
    if call_moved:
        written_for_day = format_date(dt.date.fromisoformat(then["called_on"]))
        changed.append(f"your call is logged on {format_date(offer.called_on)}, not {written_for_day}")
    if not changed:
        return None  # written before the day of a call was kept with it, for the approach as it is
    if not core_changed and draft.template is not None:
        # The reason, tone and way of telling them are as they were: the template chosen still fits,
        # and a new draft from it fills in what changed.
        best = draft.template
    else:
        best = next(iter(drafts.templates_for(user, offer, kind=TemplateKind.DECLINE, listed=True)), None)
    if best is None or (best.pk == draft.template_id and not call_moved and not details_changed):
        return None
    return {"template": draft.template, "changed": changed, "best": best, "same_template": best.pk == draft.template_id}


def _call_day_gone_stale(offer: Offer, draft, today: dt.date) -> dict | None:
    """A confirmation that names the call's day as it was said when written ("yesterday"), sent on a
    later day when that is no longer so: what it says, and what to say now ("on 4 December")."""
    if not (offer.medium == Medium.PHONE_THEN_WRITTEN and offer.called_on and draft.template_id):
        return None
    written_on = timezone.localdate(draft.created_at)
    then, now = wording.when_said(offer.called_on, written_on), wording.when_said(offer.called_on, today)
    if then == now or f"call {then}" not in draft.body:
        return None
    return {"then": then, "now": now}


# --- Step 5: send and track --------------------------------------------------


def _unanswered_comments(draft) -> dict | None:
    """What a coach left on the email that the user has not answered, said before it is sent (§11)."""
    counts = draft.comments.filter(status=DraftComment.Status.OPEN).aggregate(
        suggestions=Count("pk", filter=~Q(suggestion="")),
        comments=Count("pk", filter=Q(suggestion="")),
        coaches=Count("author", distinct=True),
    )
    return counts if counts["suggestions"] or counts["comments"] else None


def _step_send(request, offer: Offer):
    draft = offer.drafts.current_decline()
    if draft is None:
        messages.info(request, "First choose a template and write your email.")
        return redirect("flow_step", offer.pk, 4)
    now = timezone.now()
    sent_form = SentForm(data=request.POST or None, offer=offer, today=timezone.localdate(now))
    if request.method == "POST":
        if offer.status == Offer.Status.DECLINED:
            return redirect("offer_plan", offer.pk)
        if sent_form.is_valid():
            sent_at = decision_moment(day=sent_form.cleaned_data["sent_on"], now=now)
            offer_decline(offer=offer, draft=draft, sent_at=sent_at)
            messages.success(request, _answered(offer))
            return redirect("offer_plan", offer.pk)
    email = compose(draft, offer=offer, user=request.user)
    return _render_step(
        request,
        "declines/flow/step_send.html",
        offer,
        steps.SEND,
        {
            "draft": draft,
            "email": email,
            "ways": handoff.ways_to_send(draft=draft, email=email),
            "answered": _answered(offer) if offer.status == Offer.Status.DECLINED else "",
            "sent_form": sent_form,
            "stale_call_day": _call_day_gone_stale(offer, draft, timezone.localdate(now)),
            "unanswered": _unanswered_comments(draft) if offer.status != Offer.Status.DECLINED else None,
            **drafts.checklist(draft, email),
        },
        status=400 if sent_form.is_bound and sent_form.errors else 200,
    )


# --- The flow's entry point for a saved offer ---------------------------------

STEP_VIEWS = {
    steps.OFFER: _step_offer,
    steps.REFLECT: _step_reflect,
    steps.APPROACH: _step_approach,
    steps.COMPOSE: _step_compose,
    steps.SEND: _step_send,
}


@require_http_methods(["GET", "POST"])
def flow_step(request, pk, step):
    """One step of the flow, by its number among the five every offer has (the
    Call step is `flow_call`). Any step reached so far can be revisited; a jump
    further goes to the furthest step reached."""
    offer = get_offer_for_user(request.user, pk)
    if step not in steps.NUMBERED:
        raise Http404("No such step.")
    step = steps.NUMBERED[step]
    closed = _flow_closed(request, offer, step)
    if closed:
        return closed
    flow = steps.steps_for(offer)
    furthest = steps.furthest(offer)
    if flow.index(step) > flow.index(furthest):
        return redirect(steps.url(offer, furthest))
    return STEP_VIEWS[step](request, offer)


# --- After sending: the follow-up plan ----------------------------------------


@require_POST
def offer_unsend(request, pk):
    """ "Not sent after all": undo "I sent it", offered on the plan until a plan is saved."""
    offer = get_offer_for_user(request.user, pk)
    try:
        offer_decline_undo(offer=offer)
    except NotUndoable as refused:
        messages.error(request, str(refused))
        return redirect(offer)
    messages.success(request, "Marked as not sent: the offer is undecided again, and your email is still a draft.")
    return redirect("flow_step", offer.pk, steps.SEND.flow_step)


@require_http_methods(["GET", "POST"])
def offer_plan(request, pk):
    """The follow-ups §9 proposes once the decline is sent, adjusted before saving."""
    offer = get_offer_for_user(request.user, pk)
    if offer.status != Offer.Status.DECLINED:
        messages.info(request, "The follow-up plan comes once you have sent your decline.")
        if offer.status == Offer.Status.CONSIDERING:
            return redirect(steps.url(offer, steps.furthest(offer)))
        return redirect(offer)
    saved = list(offer.follow_ups.order_by("due_on", "pk"))
    if saved:
        if request.method == "POST":
            messages.info(request, "Your follow-up plan was already saved.")
            return redirect(offer)
        return render(request, "declines/flow/plan.html", {"offer": offer, "saved": saved})

    today = timezone.localdate()
    proposals = follow_up_plan_propose(offer=offer, today=today, decided_on=timezone.localdate(offer.decided_at))
    initial = [{"include": True, "kind": p.kind, "due_on": p.due_on, "note": p.note} for p in proposals]
    formset = FollowUpPlanFormSet(data=request.POST or None, initial=initial, form_kwargs={"offer": offer})
    if request.method == "POST" and formset.is_valid():
        items = [
            SimpleNamespace(kind=data["kind"], due_on=data["due_on"], note=data["note"])
            for data in formset.cleaned_data
            if data.get("include") and data.get("due_on")
        ]
        try:
            created = follow_up_plan_save(offer=offer, items=items)
        except PlanAlreadySaved:
            messages.info(request, "Your follow-up plan was already saved.")
            return redirect(offer)
        except PlanNotDue:
            messages.info(request, "This offer is no longer marked as declined, so no plan was saved.")
            return redirect(offer)
        if created:
            count = f"{len(created)} follow-up{'' if len(created) == 1 else 's'}"
            messages.success(request, f"Saved your plan: {count}. You will find them on your dashboard.")
        else:
            messages.info(request, "No follow-ups saved. You can add them later from the offer.")
        return redirect(offer)
    return render(
        request,
        "declines/flow/plan.html",
        {"offer": offer, "formset": formset, "decided_on": timezone.localdate(offer.decided_at), "today": today},
    )
