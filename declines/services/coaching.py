"""Coaching (§11): a client invites a coach, shares offers with them and takes
them back; the coach comments on a draft's paragraphs and suggests new text;
the client resolves, accepts or rejects; a coach publishes templates to their
clients.

What a coach may read is decided by the rows written here and nowhere else:
a `Coaching` for the pair and a `SharedOffer` per offer. Ending either takes
effect on the coach's next request, since every coach page reads them afresh
(`ownership.get_shared_*`).

A draft's paragraphs are the runs of text between blank lines. A comment
keeps the paragraph it is about as it read (`quote`) and where it was
(`paragraph`), so it stays with that text while the draft changes around it.
"""

import datetime as dt
import re
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from declines.models import (
    INVITATION_DAYS,
    Coaching,
    CoachInvitation,
    CommentStatus,
    Draft,
    DraftComment,
    EmailTemplate,
    Offer,
    Reminder,
    SharedOffer,
)
from declines.services.drafts import draft_save

# One or more blank lines (spaces and tabs on them count as blank).
_BREAK = re.compile(r"(\n[ \t]*(?:\n[ \t]*)+)")


# --- Paragraphs -----------------------------------------------------------------------


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs, in order, each without the spaces around it."""
    return [chunk.strip() for chunk in _BREAK.split(body.replace("\r\n", "\n"))[::2] if chunk.strip()]


def locate(body: str, *, quote: str, near: int) -> int | None:
    """Where the paragraph that read `quote` is now: the index of the matching
    paragraph nearest to `near` (its old place), or None if none reads so."""
    matches = [i for i, text in enumerate(paragraphs(body)) if text == quote.strip()]
    return min(matches, key=lambda i: (abs(i - near), i)) if matches else None


def replace_paragraph(body: str, *, quote: str, near: int, replacement: str) -> str | None:
    """`body` with the paragraph that reads `quote` (the one nearest `near`)
    replaced, everything else kept as typed; None if no paragraph reads so."""
    body = body.replace("\r\n", "\n")
    index = locate(body, quote=quote, near=near)
    if index is None:
        return None
    pieces = _BREAK.split(body)
    seen = -1
    for position in range(0, len(pieces), 2):
        chunk = pieces[position]
        if not chunk.strip():
            continue
        seen += 1
        if seen == index:
            before = chunk[: len(chunk) - len(chunk.lstrip())]
            after = chunk[len(chunk.rstrip()) :]
            pieces[position] = before + replacement.strip().replace("\r\n", "\n") + after
            break
    return "".join(pieces)


# --- Invitations --------------------------------------------------------------------


class InvitationUnusable(Exception):
    """The link was used already, has expired, or is the client's own."""


@transaction.atomic
def invitation_create(*, client, email: str = "", now: dt.datetime | None = None) -> CoachInvitation:
    """A new link for the client to give a coach; it works once, for `INVITATION_DAYS` days."""
    now = now or timezone.now()
    return CoachInvitation.objects.create(
        client=client, email=email, created_at=now, expires_at=now + dt.timedelta(days=INVITATION_DAYS)
    )


def invitation_send(*, invitation: CoachInvitation, site_url: str, client_name: str) -> str:
    """Email the link to the address on the invitation; why it failed, or "" once sent.

    Not a write: the invitation exists either way, and its link is on the
    client's page to send by hand if the mail server says no.
    """
    from declines.reminders import why_not_sent

    link = site_url + invitation.get_absolute_url()
    context = {"client_name": client_name, "link": link, "expires_at": invitation.expires_at}
    try:
        send_mail(
            f"{client_name} invites you to be their coach on Declines",
            render_to_string("declines/emails/coach_invitation.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [invitation.email],
        )
    except (smtplib.SMTPException, OSError) as error:
        return why_not_sent(error)
    return ""


@transaction.atomic
def invitation_withdraw(*, invitation: CoachInvitation) -> None:
    invitation.delete()


@transaction.atomic
def invitation_accept(*, invitation: CoachInvitation, coach, now: dt.datetime | None = None) -> Coaching:
    """`coach` becomes the client's coach, sharing nothing yet; the link is spent.

    The check and the spending are one UPDATE, so of two people opening the
    link at once only one becomes the coach. A coach who was one already
    spends the link and stays as they were.
    """
    now = now or timezone.now()
    if invitation.client_id == coach.pk:
        raise InvitationUnusable("This is your own invitation: send the link to your coach.")
    spent = CoachInvitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True, expires_at__gt=now).update(
        accepted_at=now, accepted_by=coach
    )
    if not spent:
        raise InvitationUnusable("This invitation has been used already or has expired. Ask for a new one.")
    coaching, created = Coaching.objects.get_or_create(client_id=invitation.client_id, coach=coach)
    coaching.was_coaching = not created  # what the page says: nothing changed for a coach already
    return coaching


# --- Sharing ------------------------------------------------------------------------


@transaction.atomic
def coaching_end(*, coaching: Coaching) -> None:
    """The coach no longer sees anything of the client's; their comments stay on the drafts.

    Invitations the client emailed to the coach's address and the coach has
    not used go too, and so do links with no address, which the coach may
    hold: either would make them the client's coach again without the client
    asking. Invitations emailed to other coaches stay."""
    pending = CoachInvitation.objects.for_user(coaching.client_id).pending()
    coach_email = coaching.coach.email
    pending.filter(Q(email="") | Q(email__iexact=coach_email) if coach_email else Q(email="")).delete()
    coaching.delete()


def _own_offer(coaching: Coaching, offer: Offer) -> None:
    if offer.owner_id != coaching.client_id:
        raise ValueError("Only the client's own offers can be shared with their coach.")


@transaction.atomic
def offer_share(*, coaching: Coaching, offer: Offer) -> SharedOffer:
    _own_offer(coaching, offer)
    share, _ = SharedOffer.objects.get_or_create(coaching=coaching, offer=offer)
    return share


@transaction.atomic
def offer_unshare(*, coaching: Coaching, offer: Offer) -> None:
    SharedOffer.objects.filter(coaching=coaching, offer=offer).delete()


@transaction.atomic
def shares_update(*, coaching: Coaching, offers: list[Offer], shared: set[int], share_new_offers: bool) -> None:
    """Share the `offers` whose pk is in `shared` and stop sharing the rest of
    them (the offers on the page the client saw); offers not listed are left as they were."""
    for offer in offers:
        _own_offer(coaching, offer)
    listed = {offer.pk for offer in offers}
    SharedOffer.objects.filter(coaching=coaching, offer_id__in=listed - shared).delete()
    SharedOffer.objects.bulk_create(
        [SharedOffer(coaching=coaching, offer_id=pk) for pk in sorted(listed & shared)], ignore_conflicts=True
    )
    if coaching.share_new_offers != share_new_offers:
        coaching.share_new_offers = share_new_offers
        coaching.save(update_fields=["share_new_offers"])


# --- Comments and suggestions ---------------------------------------------------------


class ParagraphChanged(Exception):
    """The paragraph a coach commented on is no longer in the draft as they read it."""


class SuggestionNoLongerFits(Exception):
    """The paragraph a suggestion replaces is no longer in the text."""


class CommentClosed(Exception):
    """The comment was answered already (in another tab, say)."""


@transaction.atomic
def comment_add(
    *, draft: Draft, author, paragraph: int, quote: str, body: str, suggestion: str = "", now=None
) -> DraftComment:
    """A coach's comment on the paragraph that reads `quote`, and the email that
    tells the client (a reminder, sent once by `send_reminders`).

    ParagraphChanged if the client changed that paragraph since the coach read it.
    """
    now = now or timezone.now()
    current = Draft.objects.only("body").get(pk=draft.pk).body
    where = locate(current, quote=quote, near=paragraph)
    if where is None:
        raise ParagraphChanged()
    comment = DraftComment(
        draft=draft,
        author=author,
        paragraph=where,
        quote=quote.strip(),
        body=body.strip(),
        suggestion=suggestion.strip(),
        created_at=now,
    )
    comment.full_clean(exclude=["draft", "author"])
    comment.save()
    Reminder.objects.create(
        user_id=draft.offer.owner_id,
        kind=Reminder.Kind.COMMENT,
        comment=comment,
        due_on=timezone.localdate(now),
    )
    return comment


def _close(comment: DraftComment, status: str, now) -> DraftComment | None:
    """Close an open comment; one already closed (in another tab) stays as it was (None)."""
    changed = DraftComment.objects.filter(pk=comment.pk, status=CommentStatus.OPEN).update(status=status, closed_at=now)
    comment.refresh_from_db()
    return comment if changed else None


@transaction.atomic
def comment_resolve(*, comment: DraftComment, now=None) -> DraftComment | None:
    return _close(comment, CommentStatus.RESOLVED, now or timezone.now())


@transaction.atomic
def suggestion_reject(*, comment: DraftComment, now=None) -> DraftComment | None:
    return _close(comment, CommentStatus.REJECTED, now or timezone.now())


@transaction.atomic
def suggestion_accept(*, comment: DraftComment, expected_version: int, subject: str, body: str, now=None) -> Draft:
    """Put the suggested text in place of its paragraph in `body` — the text as
    the client has it in front of them, saved or not — and save the result
    like any edit (`draft_save`), so their own typing is saved with it.

    SuggestionNoLongerFits if the paragraph is no longer in `body`;
    CommentClosed if it was answered elsewhere; EditConflict (and nothing
    accepted) if the draft was saved elsewhere since `expected_version`.
    """
    locked = DraftComment.objects.select_for_update().filter(pk=comment.pk, status=CommentStatus.OPEN).first()
    if locked is None or not locked.suggestion:
        raise CommentClosed()
    new_body = replace_paragraph(body, quote=locked.quote, near=locked.paragraph, replacement=locked.suggestion)
    if new_body is None:
        raise SuggestionNoLongerFits()
    draft = draft_save(draft=comment.draft, expected_version=expected_version, subject=subject, body=new_body)
    locked.status, locked.closed_at = CommentStatus.ACCEPTED, now or timezone.now()
    locked.save(update_fields=["status", "closed_at"])
    comment.status, comment.closed_at = locked.status, locked.closed_at
    return draft


# --- Template packs -------------------------------------------------------------------


@transaction.atomic
def template_publish(*, template: EmailTemplate, published: bool) -> EmailTemplate:
    """Put the coach's template in the pack their clients see, or take it out.

    Taken out, it leaves the clients' lists and choosers; their copies are theirs and stay.
    """
    template.published_at = (template.published_at or timezone.now()) if published else None
    template.save(update_fields=["published_at"])
    return template
