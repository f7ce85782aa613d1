"""The guided decline flow of §4: five steps that each save to the database,
the review checklist beside the draft (§7), the send step's hand-offs to mail
apps, and the follow-up plan proposed once the decline is sent (§9).

Every step is a server-rendered form. htmx only refreshes the preview and the
checklist while the user types; without JavaScript a Preview button does the
same, so the whole flow works with scripting off.
"""

import contextlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from types import SimpleNamespace
from urllib.parse import quote, urlencode

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declines import services, throttle
from declines.composer import compose
from declines.forms import (
    ApproachForm,
    DeclineDraftForm,
    DeclineTemplateForm,
    FollowUpPlanFormSet,
    OfferForm,
    ReflectionForm,
    ReviewDismissForm,
)
from declines.models import Draft, EmailTemplate, Medium, Offer, Reflection, TemplateKind
from declines.ownership import get_draft_for_user, get_offer_for_user
from declines.review import engine
from declines.services import Decision
from declines.tracking import rank_templates

STEPS = ((1, "The offer"), (2, "Reflect"), (3, "Approach"), (4, "Compose"), (5, "Send"))

# Mail apps and browsers cut or refuse longer mailto: links (Outlook desktop is
# the strictest, at about 2,000 characters), so past this we say so instead.
MAILTO_LIMIT = 1800
# Webmail compose links travel as a GET request; servers refuse very long ones.
WEB_COMPOSE_LIMIT = 8000

SUBJECT_MAX = Draft._meta.get_field("subject").max_length
BODY_MAX = Draft._meta.get_field("body").max_length


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


def _current_draft(offer: Offer) -> Draft | None:
    """The decline being written: the newest decline draft that is not a follow-up's."""
    drafts = offer.drafts.filter(kind=TemplateKind.DECLINE, follow_ups__isnull=True)
    return drafts.order_by("-created_at", "-pk").first()


def _decline_templates(user, offer: Offer) -> list[EmailTemplate]:
    return rank_templates(EmailTemplate.objects.for_user(user).filter(kind=TemplateKind.DECLINE), offer=offer)


def _checklist(offer: Offer, draft: Draft, email) -> dict:
    context = engine.ReviewContext.for_offer(offer, kind=draft.kind, other_offers=engine.other_offers_of(offer))
    results = engine.review(subject=email.subject, text=email.text, context=context, dismissed=draft.dismissed_rules)
    return {"results": results, "summary": engine.summary(results)}


def _live(user, offer: Offer, draft: Draft, *, subject: str, body: str, problems: list[str]) -> dict:
    """The preview and checklist for text as typed, saved or not.

    The text is cut to the field limits first, so a paste of a megabyte costs
    no more than a long email; the form reports the length itself.
    """
    email = compose(SimpleNamespace(subject=subject[:SUBJECT_MAX], body=body[:BODY_MAX]), offer=offer, user=user)
    return {"email": email, "problems": problems, **_checklist(offer, draft, email)}


def _form_problems(form) -> list[str]:
    return [error for errors in form.errors.values() for error in errors]


def _answered(offer: Offer) -> str:
    """How the decline met the employer's deadline, in the user's words."""
    if offer.respond_by is None:
        return "Declined. There was no deadline to meet."
    days = (offer.respond_by - timezone.localdate(offer.decided_at)).days
    unit = "day" if abs(days) == 1 else "days"
    if days > 0:
        return f"Declined {days} {unit} before their deadline."
    if days == 0:
        return "Declined on the day of their deadline."
    return f"Declined {-days} {unit} after their deadline."


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
        offer = services.offer_flow_save(offer=form.instance, fields=OfferForm.Meta.fields, reach_step=2)
        return redirect("flow_step", offer.pk, 2)
    return _render_step(request, "declines/flow/step_offer.html", None, 1, {"form": form})


def _step_offer(request, offer: Offer):
    # The form edits a copy, so the page heading keeps the saved name while a
    # mistyped one is corrected.
    form = OfferForm(data=request.POST or None, instance=Offer.objects.get(pk=offer.pk), user=request.user)
    if request.method == "POST" and form.is_valid():
        services.offer_flow_save(offer=form.instance, fields=OfferForm.Meta.fields, reach_step=2)
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
        reflection = services.reflection_save(
            offer=offer, reflection=form.instance, decision=decision, now=timezone.now()
        )
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
        services.offer_flow_save(offer=form.instance, fields=ApproachForm.Meta.fields, reach_step=None if back else 4)
        return redirect("flow_step", offer.pk, 2 if back else 4)
    return _render_step(
        request,
        "declines/flow/step_approach.html",
        offer,
        3,
        {"form": form, "fit": _fit_summary(_reflection(offer))},
    )


# --- Step 4: compose ---------------------------------------------------------


def _render_compose(request, offer: Offer, *, draft, templates, form=None, chooser=None, conflict=None, status=200):
    context = {"templates": templates, "conflict": conflict}
    if chooser is None:
        chooser = DeclineTemplateForm(templates=templates)
    context["chooser"] = chooser
    if draft is None:
        chosen = chooser.cleaned_data["template"] if chooser.is_bound and chooser.is_valid() else None
        chosen = chosen or (templates[0] if templates else None)
        context["chosen"] = chosen
        context["chosen_email"] = compose(chosen, offer=offer, user=request.user) if chosen else None
    else:
        form = form or DeclineDraftForm(instance=draft)
        if form.is_bound:
            subject, body = form.data.get("subject", ""), form.data.get("body", "")
            problems = _form_problems(form)
        else:
            subject, body, problems = draft.subject, draft.body, []
        context.update(
            draft=draft,
            form=form,
            live=_live(request.user, offer, draft, subject=subject, body=body, problems=problems),
            earlier_drafts=offer.drafts.filter(kind=TemplateKind.DECLINE, follow_ups__isnull=True)
            .exclude(pk=draft.pk)
            .order_by("-created_at", "-pk"),
        )
    return _render_step(request, "declines/flow/step_compose.html", offer, 4, context, status=status)


def _step_compose(request, offer: Offer):
    draft = _current_draft(offer)
    templates = _decline_templates(request.user, offer)
    action = request.POST.get("action", "")

    if request.method == "POST" and action in ("use_template", "preview_template"):
        chooser = DeclineTemplateForm(data=request.POST, templates=templates)
        if action == "use_template" and chooser.is_valid():
            template = chooser.cleaned_data["template"]
            services.draft_create_from_template(offer=offer, template=template, user=request.user)
            messages.success(
                request,
                f"Your draft is ready, written from “{template.name}”. "
                "Make it yours; the checklist beside it updates as you go.",
            )
            return redirect(reverse("flow_step", args=[offer.pk, 4]) + "#editor")
        return _render_compose(request, offer, draft=draft, templates=templates, chooser=chooser)

    if request.method == "POST" and draft is None:
        return redirect("flow_step", offer.pk, 4)

    if request.method == "POST":
        form = DeclineDraftForm(data=request.POST, instance=draft)
        if action == "preview" or not form.is_valid():
            return _render_compose(request, offer, draft=draft, templates=templates, form=form)
        try:
            services.decline_draft_save(
                draft=draft,
                expected_version=form.cleaned_data["base_version"] or draft.version,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                reach_step=5 if action == "continue" else None,
            )
        except services.EditConflict as conflict:
            # Offer the user's text against the newer save; "Keep my text" then
            # saves over that version only, so a third save is not lost either.
            data = form.data.copy()
            data["base_version"] = conflict.current.version
            form = DeclineDraftForm(data=data, instance=draft)
            form.is_valid()
            return _render_compose(
                request, offer, draft=draft, templates=templates, form=form, conflict=conflict.current, status=409
            )
        if action == "back":
            return redirect("flow_step", offer.pk, 3)
        if action == "continue":
            return redirect("flow_step", offer.pk, 5)
        messages.success(request, "Kept your text." if action == "overwrite" else "Draft saved.")
        return redirect(reverse("flow_step", args=[offer.pk, 4]) + "#editor")

    return _render_compose(request, offer, draft=draft, templates=templates)


@require_POST
def draft_preview(request, pk):
    """The preview and checklist for the text being typed (htmx), nothing saved."""
    draft = get_draft_for_user(request.user, pk)
    if not throttle.preview_allowed(request.user):
        return render(request, "includes/preview_paused.html", status=429)
    form = DeclineDraftForm(data=request.POST, instance=draft)
    form.is_valid()
    live = _live(
        request.user,
        draft.offer,
        draft,
        subject=request.POST.get("subject", ""),
        body=request.POST.get("body", ""),
        problems=_form_problems(form),
    )
    return render(request, "declines/flow/_draft_live.html", {"draft": draft, "live": live, "oob": True})


@require_POST
def draft_dismiss(request, pk):
    """Dismiss one checklist warning for this draft, or restore it.

    From the editor the unsaved text comes along, so the page (or, with htmx,
    the checklist) is shown again for that text without saving or losing it.
    """
    draft = get_draft_for_user(request.user, pk)
    offer = draft.offer
    choice = ReviewDismissForm(data=request.POST)
    from_editor = "body" in request.POST
    if choice.is_valid():
        services.draft_rule_dismiss(draft=draft, rule=choice.rule, dismissed=choice.dismissed)
        label = engine.RULES_BY_KEY[engine.rule_key_of(choice.rule)].label
        notice = f"{label}: {'dismissed' if choice.dismissed else 'restored'}."
    else:
        notice = "Nothing changed: choose a check to dismiss or restore."
    if from_editor:
        form = DeclineDraftForm(data=request.POST, instance=draft)
        form.is_valid()
        if request.htmx:
            live = _live(
                request.user,
                offer,
                draft,
                subject=request.POST.get("subject", ""),
                body=request.POST.get("body", ""),
                problems=_form_problems(form),
            )
            context = {"draft": draft, "live": live, "oob": True, "notice": notice}
            return render(request, "declines/flow/_draft_live.html", context)
        messages.info(request, notice)
        return _render_compose(
            request, offer, draft=draft, templates=_decline_templates(request.user, offer), form=form
        )
    messages.info(request, notice)
    return redirect(reverse("flow_step", args=[offer.pk, 5]) + "#checklist")


# --- Step 5: send and track --------------------------------------------------


def _mail_links(offer: Offer, email) -> dict:
    """Hand-offs to mail apps, encoded as each expects.

    mailto: follows RFC 6068: percent-encoding with %20 for spaces (`quote`,
    never `quote_plus`, whose "+" mail apps show literally) and CRLF line breaks.
    """
    to = offer.contact_email
    body_crlf = email.text.replace("\r\n", "\n").replace("\n", "\r\n")
    mailto = f"mailto:{quote(to, safe='@')}?subject={quote(email.subject, safe='')}&body={quote(body_crlf, safe='')}"
    gmail = "https://mail.google.com/mail/?" + urlencode(
        {"view": "cm", "fs": "1", "to": to, "su": email.subject, "body": email.text}, quote_via=quote
    )
    outlook = "https://outlook.office.com/mail/deeplink/compose?" + urlencode(
        {"to": to, "subject": email.subject, "body": email.text}, quote_via=quote
    )
    return {
        "mailto": mailto if len(mailto) <= MAILTO_LIMIT else None,
        "mailto_length": len(mailto),
        "mailto_limit": MAILTO_LIMIT,
        "gmail": gmail if len(gmail) <= WEB_COMPOSE_LIMIT else None,
        "outlook": outlook if len(outlook) <= WEB_COMPOSE_LIMIT else None,
    }


def _recipient(offer: Offer) -> str:
    if not offer.contact_email:
        return ""
    name = " ".join(offer.contact_name.split())
    return str(Address(display_name=name, addr_spec=offer.contact_email)) if name else offer.contact_email


def _step_send(request, offer: Offer):
    draft = _current_draft(offer)
    if draft is None:
        messages.info(request, "First choose a template and write your email.")
        return redirect("flow_step", offer.pk, 4)
    if request.method == "POST":
        if offer.status == Offer.Status.DECLINED:
            return redirect("offer_plan", offer.pk)
        services.offer_decline(offer=offer, draft=draft, sent_at=timezone.now())
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
            "recipient": _recipient(offer),
            "links": _mail_links(offer, email),
            "eml_name": _eml_name(offer),
            "is_phone": offer.medium == Medium.PHONE_THEN_WRITTEN,
            "answered": _answered(offer) if offer.status == Offer.Status.DECLINED else "",
            **_checklist(offer, draft, email),
        },
    )


def _eml_name(offer: Offer) -> str:
    return f"decline-{slugify(offer.company) or 'offer'}.eml"


def _address(name: str, email_address: str) -> Address:
    # Header values must be one line; an internationalised domain goes in as
    # punycode, which every mail client reads.
    local, _, domain = email_address.rpartition("@")
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return Address(display_name=" ".join(name.split()), addr_spec=f"{local}@{domain}")


@require_safe
def draft_eml(request, pk):
    """The draft as an .eml file that mail apps open as an unsent message."""
    draft = get_draft_for_user(request.user, pk)
    offer = draft.offer
    email = compose(draft, offer=offer, user=request.user)
    message = EmailMessage(policy=policy.SMTP)
    if offer.contact_email:
        message["To"] = _address(offer.contact_name, offer.contact_email)
    if request.user.email:
        message["From"] = _address(request.user.profile.display_name, request.user.email)
    message["Subject"] = email.subject
    message["X-Unsent"] = "1"
    message.set_content(email.text)
    message.add_alternative(render_to_string("declines/flow/email.html", {"email": email}), subtype="html")
    # Headers are written unfolded (up to RFC 5322's 998 characters): Python's
    # folder drops the space between two encoded words, so "Café Zoë" would
    # reach the mail app as "CaféZoë". The parts keep their 76-character lines.
    raw = message.as_bytes(policy=policy.SMTP.clone(max_line_length=998))
    response = HttpResponse(raw, content_type="message/rfc822")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=_eml_name(offer))
    return response


@require_safe
def offer_call_script(request, pk):
    """For "phone call first": a printable call script and the written confirmation."""
    offer = get_offer_for_user(request.user, pk)
    scripts = EmailTemplate.objects.for_user(request.user).filter(kind=TemplateKind.PHONE_SCRIPT)
    scripts = rank_templates(scripts, offer=offer)
    draft = _current_draft(offer)
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
    proposals = services.follow_up_plan_propose(offer=offer, today=today)
    initial = [{"include": True, "kind": p.kind, "due_on": p.due_on, "note": p.note} for p in proposals]
    formset = FollowUpPlanFormSet(data=request.POST or None, initial=initial, form_kwargs={"offer": offer})
    if request.method == "POST" and formset.is_valid():
        items = [
            SimpleNamespace(kind=data["kind"], due_on=data["due_on"], note=data["note"])
            for data in formset.cleaned_data
            if data.get("include") and data.get("due_on")
        ]
        try:
            created = services.follow_up_plan_save(offer=offer, items=items)
        except services.PlanAlreadySaved:
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
