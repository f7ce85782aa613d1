"""The one draft editor (§8). Every draft, whatever its kind — the decline of
the flow's step 4, a follow-up's thank-you, check-in or LinkedIn note, an
answer to have ready — starts from a template (the best match chosen), is
edited beside its live preview and the review checklist (§7), and goes out
the same ways (`handoff`). A coach's comments and suggestions sit beside it
(§11), answered with buttons that submit the editor, text and all.

The editor sits in a `Frame`: the flow's step 4, with its stepper and "Save
and continue" (`views/flow.py` builds that frame and calls `editor` and
`chooser`), or a page of the draft's own. htmx only refreshes the preview,
the checklist and a LinkedIn note's count while the user types; without
JavaScript the Preview button does the same.
"""

import dataclasses
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declines import handoff, services, throttle, tracking, wording
from declines.composer import compose
from declines.forms import DraftForm, ReviewDismissForm, TemplateChoiceForm, posted_number
from declines.models import Draft, DraftComment, EmailTemplate, FollowUp, Offer, SharedOffer, TemplateKind
from declines.ownership import (
    coaching_roles,
    get_comment_for_user,
    get_draft_for_user,
    get_follow_up_for_user,
    get_offer_for_user,
    profile_for,
)
from declines.review import engine, highlight
from declines.review.rules.length import LINKEDIN_MAX_CHARS
from declines.services import coaching
from declines.services import follow_ups as plans
from declines.services.drafts import draft_create, draft_rule_dismiss, draft_save
from declines.views.follow_ups import done_url

SUBJECT_MAX = Draft._meta.get_field("subject").max_length
BODY_MAX = Draft._meta.get_field("body").max_length
OWN_PAGE = "declines/drafts/layout.html"
# The session key naming a draft just written from a template, whose editor opens with the cursor in the body.
FOCUS_BODY = "focus_draft_body"


@dataclasses.dataclass(frozen=True)
class Frame:
    """The page around the editor: the URL its form posts to and a save comes
    back to, the layout it extends with what that layout needs and, in the
    flow, where "Save and continue" and "Back" go."""

    url: str
    layout: str = OWN_PAGE
    context: dict = dataclasses.field(default_factory=dict)
    continue_url: str = ""
    back_url: str = ""
    reach_step: int | None = None

    @property
    def in_flow(self) -> bool:
        return bool(self.continue_url)


def templates_for(
    user, offer, *, kind: str, follow_up: FollowUp | None = None, listed: bool = False
) -> list[EmailTemplate]:
    """The templates a new draft of `kind` (or for `follow_up`) can start from, the best match first.

    `listed`: only to be listed by name (the editor's "Start again from another
    template"): each one's id, owner, name and what it suits, not a model with
    its text (a library of a hundred templates runs to megabytes)."""
    if follow_up is not None:
        return tracking.templates_for_follow_up(follow_up, user)
    if kind == TemplateKind.ANSWER:
        return tracking.answer_templates(user, offer=offer)
    templates = EmailTemplate.objects.for_user(user).filter(kind=kind)
    if listed:
        # What ranking and the list read, without making a model of each row.
        fields = ("pk", "owner_id", "name", "medium", "reason", "tone")
        templates = [SimpleNamespace(**row) for row in templates.values(*fields)]
    return tracking.rank_templates(templates, offer=offer)


def _in_flow(draft: Draft, *, page: str | None = None) -> bool:
    """Whether the draft is the decline the flow is writing: it is edited at step 4.

    `page`, the page htmx says a live preview was asked from (HX-Current-URL),
    answers the last part without a query for the offer's newest decline on
    every keystroke. It only decides where the checklist's buttons post, and
    they keep posting where the page itself sent them (a stale step 4 behind a
    newer decline is caught there as any stale editor is, by the draft's version)."""
    offer = draft.offer
    if offer.status != Offer.Status.CONSIDERING or draft.kind != TemplateKind.DECLINE:
        return False
    if page is not None:
        return urlsplit(page).path == reverse("flow_step", args=[draft.offer_id, 4])
    return offer.drafts.current_decline() == draft


def _editor_url(draft: Draft) -> str:
    return reverse("flow_step", args=[draft.offer_id, 4]) if _in_flow(draft) else draft.get_absolute_url()


def _follow_up_of(draft: Draft) -> FollowUp | None:
    return draft.follow_ups.order_by("pk").first()


# --- What the editor shows -----------------------------------------------------


def checklist(draft: Draft, email, *, other_offers=None) -> dict:
    """The review checklist (§7) for `email`, composed from the draft, with the
    draft's dismissals. The mix-up check compares with `other_offers`, by
    default the owner's others that the text could name (a coach's view passes
    only those shared)."""
    offer = draft.offer
    if other_offers is None:
        other_offers = engine.other_offers_of(offer, mentioned_in=(email.subject, email.text))
    context = engine.ReviewContext.for_offer(offer, kind=draft.kind, other_offers=other_offers, template=draft.template)
    # A LinkedIn note is sent without a subject: its stored one is only a label for the list of drafts.
    subject = "" if draft.kind == TemplateKind.LINKEDIN_NOTE else email.subject
    results = engine.review(subject=subject, text=email.text, context=context, dismissed=draft.dismissed_rules)
    return {"results": results, "summary": engine.summary(results)}


def _live(user, draft: Draft, form: DraftForm) -> dict:
    """The preview and checklist for the text as typed, saved or not.

    The text is cut to the field limits first, so a paste of a megabyte costs
    no more than a long email; the form reports the length itself.
    """
    subject, body = form.typed()
    typed = SimpleNamespace(subject=subject[:SUBJECT_MAX], body=body[:BODY_MAX], kind=draft.kind)
    email = compose(typed, offer=draft.offer, user=user)
    live = {
        "email": email,
        "problems": [error for errors in form.errors.values() for error in errors] if form.is_bound else [],
        "unsaved": _unsaved(form, draft),
        **checklist(draft, email),
    }
    # The sentences still to look at, marked where the preview shows them.
    live["marked"] = highlight.mark(
        subject=email.subject,
        text=email.text,
        html=email.html,
        findings=[found for result in live["results"] for found in result.findings if not found.dismissed],
    )
    if form.is_note:
        # Counted as the checklist counts it: the note as composed, tags filled.
        # `offset` lets the page's script count as the user types, tags and all.
        count = len(email.text.strip())
        live["count"] = {
            "characters": count,
            "limit": LINKEDIN_MAX_CHARS,
            "over": max(count - LINKEDIN_MAX_CHARS, 0),
            "offset": count - len(body.replace("\r\n", "\n").strip()),
        }
    return live


def _unsaved(form: DraftForm, draft: Draft) -> bool:
    subject, body = form.typed()
    return (subject, body.replace("\r\n", "\n")) != (draft.subject, draft.body)


def _render_editor(request, draft: Draft, frame: Frame, *, form=None, conflict=None, status=200, then=None):
    form = form or DraftForm(draft=draft)
    if request.method == "GET" and request.session.get(FOCUS_BODY) == draft.pk:
        del request.session[FOCUS_BODY]
        form.fields["body"].widget.attrs["autofocus"] = True
    live = _live(request.user, draft, form)
    offer = draft.offer
    follow_up = frame.context.get("follow_up")
    ways = None
    if not frame.in_flow:
        # What goes out is the saved draft; the page says so while changes are unsaved.
        saved = live["email"] if not live["unsaved"] else compose(draft, offer=offer, user=request.user)
        ways = handoff.ways_to_send(draft=draft, email=saved)
    context = {
        **frame.context,
        "offer": offer,
        "frame": frame,
        "editor_url": frame.url,
        "draft": draft,
        "form": form,
        "live": live,
        "conflict": conflict,
        "then": then,
        "ways": ways,
        # "Start again from another template": the templates are listed when it is opened (`draft_templates`).
        "restartable": follow_up is not None or _may_start(offer, draft.kind),
        "comments": _comments(draft, body=form.typed()[1], user=request.user),
    }
    return render(request, "declines/drafts/editor.html", context, status=status)


def _comments(draft: Draft, *, body: str, user) -> dict | None:
    """The coaches' comments beside the editor (§11), each placed on its
    paragraph in the text as typed, and who the offer is shared with; None
    when there is neither."""
    # Known when the draft was read with it (`ownership.get_draft_for_user`, `declines_written`).
    commented = draft.commented if hasattr(draft, "commented") else bool(tracking.commented([draft.pk]))
    comments = list(draft.comments.select_related("author__profile").order_by("created_at", "pk")) if commented else []
    shared_with = (
        [
            share.coaching.coach.profile.display_name
            for share in SharedOffer.objects.filter(offer_id=draft.offer_id).select_related("coaching__coach__profile")
        ]
        if coaching_roles(user).has_coach
        else []
    )
    if not comments and not shared_with:
        return None
    for comment in comments:
        where = coaching.locate(body, quote=comment.quote, near=comment.paragraph)
        comment.where = None if where is None else where + 1
    return {
        "open": [c for c in comments if c.status == DraftComment.Status.OPEN],
        # Only a suggestion open has an Accept button to explain.
        "suggesting": any(c.status == DraftComment.Status.OPEN and c.is_suggestion for c in comments),
        "closed": [c for c in comments if c.status != DraftComment.Status.OPEN],
        "shared_with": shared_with,
    }


def _new_url(offer: Offer, follow_up: FollowUp | None) -> str:
    if follow_up is not None:
        return reverse("follow_up_draft_new", args=[follow_up.pk])
    return reverse("draft_new", args=[offer.pk])


def editor(request, draft: Draft, *, frame: Frame):
    """Show the draft in the editor, or take what the editor sent: a save, a
    preview without saving, or a checklist warning dismissed (without
    JavaScript the checklist's buttons submit the editor, so the unsaved
    text comes back as typed)."""
    if request.method != "POST":
        return _render_editor(request, draft, frame)
    form = DraftForm(request.POST, draft=draft)
    if "dismiss" in request.POST or "restore" in request.POST:
        form.is_valid()
        messages.info(request, _dismiss(draft, ReviewDismissForm(request.POST)))
        return _render_editor(request, draft, frame, form=form)
    if any(answer in request.POST for answer in COMMENT_ANSWERS):
        return _answer_comment(request, draft, frame, form)
    action = request.POST.get("action", "save")
    starting_again = action in STARTS_AGAIN
    if starting_again and (not _unsaved(form, draft) or not form.typed()[1].strip()):
        # Nothing typed to keep (or all of it cleared, to start over): this draft stays as it was saved.
        return _start_again(request, draft, action=action)
    if action == "preview" or not form.is_valid():
        if starting_again:
            messages.error(
                request,
                "The new draft was not started: what you typed needs a fix first (marked below), so as not "
                "to lose it. Fix it, or clear the text, and start again.",
            )
        elif action == "sent":
            messages.error(request, "Not marked as sent yet: what you typed needs a fix first (marked below).")
        return _render_editor(request, draft, frame, form=form)
    try:
        draft_save(
            draft=draft,
            expected_version=form.cleaned_data["base_version"],
            subject=form.saved_subject(),
            body=form.cleaned_data["body"],
            reach_step=frame.reach_step if action == "continue" else None,
            # "Keep this draft" after the approach changed: it is the email for the approach chosen now.
            written_for=draft.offer.approach_key() if action == "keep" and draft.written_for else None,
        )
    except services.EditConflict as conflict:
        return _conflict(request, draft, frame, conflict.current)
    if starting_again:
        return _start_again(request, draft, action=action, saved=True)
    follow_up = _follow_up_of(draft) if action == "sent" else None
    if follow_up is not None and follow_up.done_at is None:
        # "I sent it — mark done" sends the editor: the copy kept as sent is the text as typed.
        plans.follow_up_done(follow_up=follow_up, at=timezone.now(), sent=True)
        return redirect(done_url(follow_up, reverse("follow_ups")))
    if action == "continue" and frame.continue_url:
        return redirect(frame.continue_url)
    if action == "back" and frame.back_url:
        return redirect(frame.back_url)
    saved = {"overwrite": "Kept your text.", "keep": "Draft saved, and kept for your approach as it is now."}
    messages.success(request, saved.get(action, "Draft saved."))
    return redirect(frame.url + "#editor")


# The editor's buttons that start a new draft: from the template chosen in "Start again from another
# template" (`template`), or from the best match for the approach as it is now (the notice that it changed);
# and, without JavaScript, the one that goes to that choice on a page of its own.
STARTS_AGAIN = ("use_template", "use_best", "choose_template")


def _start_again(request, draft: Draft, *, action: str, saved: bool = False):
    """ "Start a new draft from …" beside the editor: the editor's form is sent,
    so what was typed is saved in this draft first (`editor`, then `saved`), which is kept."""
    if action == "choose_template":
        if saved:
            messages.success(request, "What you had typed is saved in this draft.")
        return redirect("draft_templates", draft.pk)
    follow_up = _follow_up_of(draft)
    if follow_up is None and not _may_start(draft.offer, draft.kind):
        messages.error(request, "There is nothing of that kind to write for this offer.")
        return redirect(_editor_url(draft))
    earlier = " What you had typed is saved in the draft before it." if saved else ""
    return _start_from_template(
        request,
        draft.offer,
        follow_up=follow_up,
        kind=draft.kind,
        back=_editor_url(draft),
        best=action == "use_best",
        earlier=earlier,
    )


def _conflict(request, draft: Draft, frame: Frame, current: Draft):
    """The draft was saved elsewhere since this tab opened it: offer the user's
    text against the newer save; "Keep my text" then saves over that version
    only, so a third save is not lost either."""
    data = request.POST.copy()
    data["base_version"] = DraftForm.version_of(current)
    current.offer = draft.offer
    form = DraftForm(data, draft=current)
    form.is_valid()
    # "Keep my text" then does what the user asked for (save and continue, start a new draft…), over the newer save.
    action = request.POST.get("action")
    then = {
        "action": action if action in ("continue", "back", "keep", "sent", *STARTS_AGAIN) else "overwrite",
        "template": request.POST.get("template", "") if action == "use_template" else "",
        # A coach's suggestion being accepted: "Keep my text" saves it with the suggestion in place.
        "accept": request.POST.get("comment_accept", ""),
    }
    return _render_editor(request, current, frame, form=form, conflict=current, status=409, then=then)


# The editor's buttons beside a coach's comment: each submits the editor, so
# the text as typed comes along and is never lost.
COMMENT_ANSWERS = ("comment_accept", "comment_reject", "comment_resolve")


def _answer_comment(request, draft: Draft, frame: Frame, form: DraftForm):
    """Accept a suggestion, reject it, or resolve a comment.

    Accepting puts the suggested text in place of its paragraph in the text
    as typed, and saves that like "Save draft" does (`services.coaching.
    suggestion_accept` → `draft_save` with the version this tab opened): the
    user's own unsaved changes are saved with it, and if another tab saved
    meanwhile they meet the usual conflict, nothing accepted and nothing lost.
    Text the editor would refuse (a broken tag, too long) is not accepted
    either. Rejecting or resolving changes nothing in the text, and the
    editor comes back with it as typed, unsaved as it was.
    """
    answer = next(name for name in COMMENT_ANSWERS if name in request.POST)
    comment = get_comment_for_user(request.user, draft, posted_number(request.POST[answer], max_digits=18) or 0)
    valid = form.is_valid()
    who = comment.author_name
    if answer == "comment_resolve" or not comment.is_suggestion:
        # A comment without new text is only ever resolved, whichever button named it.
        coaching.comment_resolve(comment=comment)
        messages.info(request, f"Resolved {who}'s comment.")
        return _render_editor(request, draft, frame, form=form)
    if answer == "comment_reject":
        coaching.suggestion_reject(comment=comment)
        messages.info(request, f"Rejected {who}'s suggestion. Your text is as it was.")
        return _render_editor(request, draft, frame, form=form)
    if not valid:
        messages.error(
            request,
            f"The suggestion from {who} was not put in yet: your text needs a fix first, marked below. "
            "Everything you typed is still here; fix it, then accept the suggestion again.",
        )
        return _render_editor(request, draft, frame, form=form)
    with_it = coaching.replace_paragraph(
        form.cleaned_data["body"], quote=comment.quote, near=comment.paragraph, replacement=comment.suggestion
    )
    if with_it is not None and comment.status == DraftComment.Status.OPEN:
        # Held to what "Save draft" holds the text to, so nothing is saved that the editor would refuse after.
        check = DraftForm({"subject": form.saved_subject(), "body": with_it}, draft=draft)
        if not check.is_valid() and check.errors.get("body"):
            messages.error(
                request,
                f"The suggestion from {who} was not put in, because the email could not be saved with it: "
                f"{' '.join(check.errors['body'])} Your text is as you typed it. "
                "Copy in the parts of the suggestion you want, or reject it.",
            )
            return _render_editor(request, draft, frame, form=form)
    typed_changes = _unsaved(form, draft)
    try:
        coaching.suggestion_accept(
            comment=comment,
            expected_version=form.cleaned_data["base_version"],
            subject=form.saved_subject(),
            body=form.cleaned_data["body"],
        )
    except coaching.SuggestionNoLongerFits:
        messages.error(
            request,
            f"The paragraph {who}'s suggestion replaces has changed, so it was not put in. "
            "Copy the suggested text in yourself if you want it, or reject it.",
        )
        return _render_editor(request, draft, frame, form=form)
    except coaching.CommentClosed:
        messages.info(request, "That suggestion was answered already.")
        return _render_editor(request, draft, frame, form=form)
    except services.EditConflict as conflict:
        messages.warning(
            request,
            f"The suggestion from {who} was not put in yet: this draft was saved in another tab after you "
            "opened it here. Choose the text to keep below, then accept the suggestion again.",
        )
        return _conflict(request, draft, frame, conflict.current)
    also = ", with your other changes" if typed_changes else ""
    messages.success(request, f"Accepted {who}'s suggestion and saved the draft{also}.")
    return redirect(frame.url + "#editor")


def chooser(request, offer: Offer, *, templates: list[EmailTemplate], frame: Frame, kind: str, new_url: str):
    """A new draft's first step: its templates, the best match chosen and shown
    filled in for this offer. "Preview it" (or, with htmx, choosing) shows
    another; "Use this template" posts to `new_url`."""
    previewing = request.method == "POST" and request.POST.get("action") == "preview_template"
    form = TemplateChoiceForm(request.POST if previewing else None, templates=templates, user=request.user)
    chosen = form.cleaned_data["template"] if previewing and form.is_valid() else None
    chosen = chosen or (templates[0] if templates else None)
    context = {
        **frame.context,
        "offer": offer,
        "frame": frame,
        "chooser": form,
        "chosen": chosen,
        "chosen_email": compose(chosen, offer=offer, user=request.user) if chosen else None,
        "kind": kind,
        "new_url": new_url,
    }
    # Only where the template says what stood out: an answer that does not cannot leave it out.
    if chosen and "stood_out_sentence" in f"{chosen.subject}{chosen.body}":
        context["left_out"] = wording.stood_out_left_out(offer.what_stood_out)
        context["left_out_terms"] = wording.stood_out_about_the_terms(offer)
    return render(request, "declines/drafts/editor.html", context)


# --- The pages ----------------------------------------------------------------


@require_safe
def draft_templates(request, pk):
    """The editor's "Start again from another template": every template of the
    draft's kind, the best match chosen, to write a new draft from (this one is
    kept). The editor fetches the form (htmx) when that panel is first opened,
    rather than listing a hundred templates on every view for the few who open
    it; without JavaScript the panel links here, a page of its own."""
    draft = get_draft_for_user(request.user, pk)
    offer = draft.offer
    follow_up = _follow_up_of(draft)
    if follow_up is None and not _may_start(offer, draft.kind):
        return redirect(_editor_url(draft))
    templates = templates_for(request.user, offer, kind=draft.kind, follow_up=follow_up, listed=True)
    context = {
        "draft": draft,
        "offer": offer,
        "follow_up": follow_up,
        "chooser": TemplateChoiceForm(templates=templates, user=request.user) if templates else None,
        "new_url": _new_url(offer, follow_up),
        "kind": draft.kind,
        "in_flow": _in_flow(draft),
    }
    if request.htmx and context["chooser"]:
        # In the editor's panel the choice belongs to the editor's form, which is sent with it: whatever was
        # typed and not saved is saved in this draft before the new one starts (`editor`).
        context["chooser"].fields["template"].widget.attrs["form"] = "draft-form"
    page = "_restart.html" if request.htmx else "restart.html"
    response = render(request, f"declines/drafts/{page}", context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_http_methods(["GET", "POST"])
def draft_edit(request, pk):
    """A draft on a page of its own. The decline the flow is writing is edited at step 4."""
    draft = get_draft_for_user(request.user, pk)
    if request.method == "GET" and _in_flow(draft):
        return redirect("flow_step", draft.offer_id, 4)
    frame = Frame(url=draft.get_absolute_url(), context={"follow_up": _follow_up_of(draft)})
    return editor(request, draft, frame=frame)


@require_http_methods(["GET", "POST"])
def follow_up_draft(request, pk):
    """A follow-up's draft: its editor once written, until then the templates to write it from."""
    follow_up = get_follow_up_for_user(request.user, pk)
    if follow_up.draft_id:
        return redirect("draft_edit", follow_up.draft_id)
    offer = follow_up.offer
    return chooser(
        request,
        offer,
        templates=templates_for(request.user, offer, kind="", follow_up=follow_up),
        frame=Frame(url=reverse("follow_up_draft", args=[follow_up.pk]), context={"follow_up": follow_up}),
        kind="",
        new_url=_new_url(offer, follow_up),
    )


@require_POST
def draft_new(request, pk, of):
    """A new draft from the chosen template (a follow-up's best match when none
    is chosen), then its editor. `of` says whether `pk` is an offer (a decline
    or an answer, by the posted kind) or a follow-up."""
    if of == "follow_up":
        follow_up = get_follow_up_for_user(request.user, pk)
        offer, kind = follow_up.offer, ""
        back = reverse("follow_up_draft", args=[follow_up.pk])
    else:
        follow_up, offer = None, get_offer_for_user(request.user, pk)
        kind = request.POST.get("kind", "")
        back = {
            TemplateKind.DECLINE: reverse("flow_step", args=[offer.pk, 4]),
            TemplateKind.ANSWER: reverse("offer_answers", args=[offer.pk]),
        }.get(kind, offer.get_absolute_url())
        if not _may_start(offer, kind):
            messages.error(request, "There is nothing of that kind to write for this offer.")
            return redirect(offer)
    return _start_from_template(request, offer, follow_up=follow_up, kind=kind, back=back)


def _start_from_template(
    request, offer: Offer, *, follow_up: FollowUp | None, kind: str, back: str, best=False, earlier=""
):
    """Write a new draft from the template the request chose (or with `best`,
    the best match) and open its editor; `earlier` says what became of the
    draft it replaces."""
    templates = templates_for(request.user, offer, kind=kind, follow_up=follow_up)
    if not templates:
        messages.error(request, "There is no template for this yet. Create one in Templates, then come back.")
        return redirect(back)
    data = request.POST.copy()
    if best or (follow_up is not None and not data.get("template")):
        # The template that fits the approach now, and "Draft it" on the follow-ups list.
        data["template"] = templates[0].pk
    choice = TemplateChoiceForm(data, templates=templates, user=request.user)
    if not choice.is_valid():
        messages.error(request, " ".join(choice.errors.get("template", ["Choose one of the templates listed."])))
        return redirect(back)
    template = choice.cleaned_data["template"]
    draft = draft_create(offer=offer, template=template, user=request.user, follow_up=follow_up)
    # The editor it opens puts the cursor in the text, ready to make it one's own.
    request.session[FOCUS_BODY] = draft.pk
    messages.success(
        request,
        f"Your draft is ready, written from “{template.name}”. "
        f"Make it yours; the checklist beside it updates as you go.{earlier}",
    )
    # No fragment: a browser ignores `autofocus` on a page opened at one, and the editor focuses the body.
    return redirect(_editor_url(draft))


def _may_start(offer: Offer, kind: str) -> bool:
    """A decline while the offer is open; an answer while deciding or after declining."""
    if kind == TemplateKind.DECLINE:
        return offer.status == Offer.Status.CONSIDERING
    return kind == TemplateKind.ANSWER and offer.status in tracking.ANSWERS_FOR


@require_POST
def draft_preview(request, pk):
    """The preview and checklist for the text being typed (htmx), nothing saved."""
    draft = get_draft_for_user(request.user, pk)
    if not throttle.preview_allowed(request.user):
        return render(request, "includes/preview_paused.html", status=429)
    return _live_response(request, draft)


def _live_response(request, draft: Draft, notice: str = ""):
    form = DraftForm(request.POST, draft=draft)
    form.is_valid()
    in_flow = _in_flow(draft, page=request.htmx.current_url_abs_path if request.htmx else None)
    context = {
        "draft": draft,
        "form": form,
        "live": _live(request.user, draft, form),
        "editor_url": reverse("flow_step", args=[draft.offer_id, 4]) if in_flow else draft.get_absolute_url(),
        # The flow's step 4 has no "ways to send" (step 5 does) to mark as not yet saved.
        "sends": not in_flow,
        "oob": True,
        "notice": notice,
    }
    return render(request, "declines/drafts/_live.html", context)


def _dismiss(draft: Draft, choice: ReviewDismissForm) -> str:
    if not choice.is_valid():
        return "Nothing changed: choose a check to dismiss or restore."
    draft_rule_dismiss(draft=draft, rule=choice.rule, dismissed=choice.dismissed)
    rule = engine.rule_key_of(choice.rule)
    done = "dismissed" if choice.dismissed else "restored"
    # A finding key that is more than the rule's is about one sentence.
    about = " for that sentence" if choice.rule != rule else ""
    return f"{engine.RULES_BY_KEY[rule].label}: {done}{about}."


@require_POST
def draft_dismiss(request, pk):
    """Dismiss one checklist warning for this draft, or restore it: from the
    editor with htmx (the checklist comes back for the text as typed), or
    from the send step's own small forms."""
    draft = get_draft_for_user(request.user, pk)
    notice = _dismiss(draft, ReviewDismissForm(request.POST))
    if request.htmx and "body" in request.POST:
        return _live_response(request, draft, notice)
    messages.info(request, notice)
    if draft.offer.drafts.current_decline() == draft:
        return redirect(reverse("flow_step", args=[draft.offer_id, 5]) + "#checklist")
    return redirect(draft.get_absolute_url() + "#checklist")


@require_safe
def draft_eml(request, pk):
    """The draft as an .eml file that mail apps open as an unsent message."""
    draft = get_draft_for_user(request.user, pk)
    offer = draft.offer
    raw = handoff.eml(
        email=compose(draft, offer=offer, user=request.user),
        to_name=offer.contact_name,
        to_address=offer.contact_email,
        from_name=profile_for(request.user).display_name,
        from_address=request.user.email,
    )
    response = HttpResponse(raw, content_type="message/rfc822")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=handoff.eml_name(draft))
    return response
