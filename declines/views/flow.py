"""The guided decline flow of §4: five steps that each save to the database,
the send step's hand-offs to mail apps, and the follow-up plan proposed once
the decline is sent (§9). Step 4 is the one draft editor (`views/drafts.py`)
in the flow's frame.

Every step is a server-rendered form; the whole flow works with scripting off.
"""

from types import SimpleNamespace

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from declines import handoff
from declines.composer import compose
from declines.forms import ApproachForm, FollowUpPlanFormSet, OfferForm, ReflectionForm
from declines.models import EmailTemplate, Medium, Offer, Reflection, TemplateKind
from declines.ownership import get_offer_for_user
from declines.services.follow_ups import PlanAlreadySaved, follow_up_plan_propose, follow_up_plan_save
from declines.services.offers import Decision, offer_decline, offer_flow_save, reflection_save
from declines.tracking import rank_templates
from declines.views import drafts
from declines.wording import answered

STEPS = ((1, "The offer"), (2, "Reflect"), (3, "Approach"), (4, "Compose"), (5, "Send"))


# --- Shared pieces -----------------------------------------------------------


def _stepper(offer: Offer | None, current: int) -> list[dict]:
    """The steps for the progress list: every step reached so far is a link back."""
    reached = offer.flow_step if offer else 1
    # A sent decline is finished: only the send step stays open (to copy again).
    linkable = offer is not None and offer.status == Offer.Status.CONSIDERING
    steps = []
    for number, label in STEPS:
        if number == current:
            state = "current"
        elif number < current or number < reached or (offer and offer.status == Offer.Status.DECLINED):
            state = "done"
        elif number == reached:
            state = "reached"
        else:
            state = "upcoming"
        url = None
        if linkable and number != current and number <= reached:
            url = reverse("flow_step", args=[offer.pk, number])
        steps.append({"number": number, "label": label, "state": state, "url": url})
    return steps


def _render_step(request, template: str, offer: Offer | None, step: int, context: dict, status: int = 200):
    context = {"offer": offer, "step": step, "steps": _stepper(offer, step), "step_count": len(STEPS), **context}
    return render(request, template, context, status=status)


def _flow_closed(request, offer: Offer, step: int):
    """Where to go instead when the offer's decision is already made, or None."""
    if offer.status == Offer.Status.DECLINED:
        return None if step == 5 else redirect("flow_step", offer.pk, 5)
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


@require_http_methods(["GET", "POST"])
def offer_new(request):
    """ "Decline an offer": step 1 for an offer not saved yet."""
    form = OfferForm(data=request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        offer = offer_flow_save(offer=form.instance, fields=OfferForm.Meta.fields, reach_step=2)
        return redirect("flow_step", offer.pk, 2)
    return _render_step(request, "declines/flow/step_offer.html", None, 1, {"form": form})


def _step_offer(request, offer: Offer):
    # The form edits a copy, so the page heading keeps the saved name while a
    # mistyped one is corrected.
    form = OfferForm(data=request.POST or None, instance=Offer.objects.get(pk=offer.pk), user=request.user)
    if request.method == "POST" and form.is_valid():
        offer_flow_save(offer=form.instance, fields=OfferForm.Meta.fields, reach_step=2)
        return redirect("flow_step", offer.pk, 2)
    return _render_step(request, "declines/flow/step_offer.html", offer, 1, {"form": form})


# --- Step 2: reflect ---------------------------------------------------------


def _step_reflect(request, offer: Offer):
    back = request.POST.get("action") == "back"
    reflection = _reflection(offer)
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
        reflection = reflection_save(offer=offer, reflection=form.instance, decision=decision, now=timezone.now())
        if back:
            return redirect("flow_step", offer.pk, 1)
        if decision == Decision.ACCEPT:
            messages.success(request, f"Congratulations on the role at {offer.company}: the offer is marked accepted.")
            return redirect(offer)
        if decision == Decision.THINKING:
            messages.info(
                request,
                "Saved. Take the time you need — continue from your dashboard once you have decided.",
            )
            return redirect("dashboard")
        return redirect("flow_step", offer.pk, 3)
    return _render_step(
        request,
        "declines/flow/step_reflect.html",
        offer,
        2,
        {"form": form, "fit": _fit_summary(reflection)},
    )


# --- Step 3: approach --------------------------------------------------------


def _step_approach(request, offer: Offer):
    back = request.POST.get("action") == "back"
    form = ApproachForm(data=request.POST or None, instance=offer, require_reason=not back)
    if request.method == "POST" and form.is_valid():
        offer_flow_save(offer=form.instance, fields=ApproachForm.Meta.fields, reach_step=None if back else 4)
        return redirect("flow_step", offer.pk, 2 if back else 4)
    return _render_step(
        request,
        "declines/flow/step_approach.html",
        offer,
        3,
        {"form": form, "fit": _fit_summary(_reflection(offer))},
    )


# --- Step 4: compose ---------------------------------------------------------


def _step_compose(request, offer: Offer):
    """Choose a template (the best match chosen), then edit the draft in the one editor."""
    draft = offer.drafts.current_decline()
    context = {"step": 4, "steps": _stepper(offer, 4), "step_count": len(STEPS)}
    if draft is not None:
        context["earlier_drafts"] = offer.drafts.declines().exclude(pk=draft.pk).order_by("-created_at", "-pk")
    frame = drafts.Frame(
        url=reverse("flow_step", args=[offer.pk, 4]),
        layout="declines/flow/layout.html",
        context=context,
        continue_url=reverse("flow_step", args=[offer.pk, 5]),
        back_url=reverse("flow_step", args=[offer.pk, 3]),
        reach_step=5,
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


# --- Step 5: send and track --------------------------------------------------


def _step_send(request, offer: Offer):
    draft = offer.drafts.current_decline()
    if draft is None:
        messages.info(request, "First choose a template and write your email.")
        return redirect("flow_step", offer.pk, 4)
    if request.method == "POST":
        if offer.status == Offer.Status.DECLINED:
            return redirect("offer_plan", offer.pk)
        offer_decline(offer=offer, draft=draft, sent_at=timezone.now())
        messages.success(request, _answered(offer))
        return redirect("offer_plan", offer.pk)
    email = compose(draft, offer=offer, user=request.user)
    return _render_step(
        request,
        "declines/flow/step_send.html",
        offer,
        5,
        {
            "draft": draft,
            "email": email,
            "ways": handoff.ways_to_send(draft=draft, email=email),
            "is_phone": offer.medium == Medium.PHONE_THEN_WRITTEN,
            "answered": _answered(offer) if offer.status == Offer.Status.DECLINED else "",
            **drafts.checklist(draft, email),
        },
    )


@require_safe
def offer_call_script(request, pk):
    """For "phone call first": a printable call script and the written confirmation."""
    offer = get_offer_for_user(request.user, pk)
    scripts = EmailTemplate.objects.for_user(request.user).filter(kind=TemplateKind.PHONE_SCRIPT)
    scripts = rank_templates(scripts, offer=offer)
    draft = offer.drafts.current_decline()
    confirmation_source = draft
    if confirmation_source is None:
        # The confirmation that follows a call, whatever medium the offer now has.
        after_call = SimpleNamespace(medium=Medium.PHONE_THEN_WRITTEN, reason=offer.reason, tone=offer.tone)
        templates = _decline_templates(request.user, after_call)
        confirmation_source = templates[0] if templates else None
    return render(
        request,
        "declines/flow/call_script.html",
        {
            "offer": offer,
            "script_template": scripts[0] if scripts else None,
            "script": compose(scripts[0], offer=offer, user=request.user) if scripts else None,
            "draft": draft,
            "confirmation": compose(confirmation_source, offer=offer, user=request.user)
            if confirmation_source
            else None,
        },
    )


# --- The flow's entry point for a saved offer ---------------------------------

STEP_VIEWS = {1: _step_offer, 2: _step_reflect, 3: _step_approach, 4: _step_compose, 5: _step_send}


@require_http_methods(["GET", "POST"])
def flow_step(request, pk, step):
    """One step of the flow. Any step reached so far can be revisited; a jump
    further goes to the furthest step reached."""
    offer = get_offer_for_user(request.user, pk)
    if step not in STEP_VIEWS:
        raise Http404("No such step.")
    closed = _flow_closed(request, offer, step)
    if closed:
        return closed
    if step > offer.flow_step:
        return redirect("flow_step", offer.pk, offer.flow_step)
    return STEP_VIEWS[step](request, offer)


# --- After sending: the follow-up plan ----------------------------------------


@require_http_methods(["GET", "POST"])
def offer_plan(request, pk):
    """The follow-ups §9 proposes once the decline is sent, adjusted before saving."""
    offer = get_offer_for_user(request.user, pk)
    if offer.status != Offer.Status.DECLINED:
        messages.info(request, "The follow-up plan comes once you have sent your decline.")
        if offer.status == Offer.Status.CONSIDERING:
            return redirect("flow_step", offer.pk, offer.flow_step)
        return redirect(offer)
    saved = list(offer.follow_ups.order_by("due_on", "pk"))
    if saved:
        if request.method == "POST":
            messages.info(request, "Your follow-up plan was already saved.")
            return redirect(offer)
        return render(request, "declines/flow/plan.html", {"offer": offer, "saved": saved})

    today = timezone.localdate()
    proposals = follow_up_plan_propose(offer=offer, today=today)
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
