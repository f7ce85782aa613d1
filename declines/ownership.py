"""The one way a view reaches a user's objects: starting from the user.

Each helper returns the object only if the user owns it (or, for templates,
may use it) and raises Http404 otherwise, so another user's object is
indistinguishable from one that does not exist.

A coach reaches a client's things only through the `get_shared_*` helpers,
which read what is shared with them at this request (§11): nothing of a
client's is reachable through the owner's helpers, and an offer no longer
shared is a 404 on the next request.
"""

from dataclasses import dataclass

from django.db import connection
from django.http import Http404
from django.shortcuts import get_object_or_404

from declines.models import (
    Coaching,
    CoachInvitation,
    Draft,
    DraftComment,
    EmailTemplate,
    FollowUp,
    Interaction,
    Offer,
    Profile,
)

# The read every offer page starts with, written out: the ORM's building of it took twice as long as PostgreSQL took to
# answer it. Its columns are the model's own, and `raw` reads them as the ORM does (dates, times, choices).
_OFFER = Offer._meta.db_table
_OFFER_FOR_USER = (
    f"SELECT {', '.join(field.column for field in Offer._meta.concrete_fields)}"  # noqa: S608
    f' FROM "{_OFFER}" WHERE id = %s AND owner_id = %s AND deleted_at IS NULL'
)


def get_offer_for_user(user, pk, *, select_related: tuple[str, ...] = ()) -> Offer:
    """The user's offer; `select_related` names what the page will read of it (its reflection)."""
    if select_related:
        # Given no names, select_related() follows every foreign key: the owner, read again with each offer.
        offer = get_object_or_404(Offer.objects.for_user(user).select_related(*select_related), pk=pk)
    else:
        offer = next(iter(Offer.objects.raw(_OFFER_FOR_USER, [pk, user.pk])), None)
        if offer is None:
            raise Http404("No such offer.")
    offer.owner = user  # what the page reads of its owner (their profile) is read once, for the request
    return offer


def get_template_for_user(user, pk) -> EmailTemplate:
    """A template the user may read and use: their own or a built-in."""
    return get_object_or_404(EmailTemplate.objects.for_user(user), pk=pk)


def get_own_template_for_user(user, pk) -> EmailTemplate:
    """A template the user may change: only their own."""
    return get_object_or_404(EmailTemplate.objects.owned_by(user), pk=pk)


def get_draft_for_user(user, pk) -> Draft:
    # With the template it came from: the editor, the preview and the checklist read its tone.
    return get_object_or_404(Draft.objects.for_user(user).select_related("offer", "template"), pk=pk)


def get_follow_up_for_user(user, pk) -> FollowUp:
    return get_object_or_404(FollowUp.objects.for_user(user).select_related("offer"), pk=pk)


def get_interaction_for_user(user, pk) -> Interaction:
    return get_object_or_404(Interaction.objects.for_user(user).select_related("offer"), pk=pk)


def get_deleted_template_for_user(user, pk) -> EmailTemplate:
    """A template the user deleted, for undo."""
    return get_object_or_404(EmailTemplate.objects.filter(owner=user, deleted_at__isnull=False), pk=pk)


def get_deleted_offer_for_user(user, pk) -> Offer:
    """An offer the user deleted and has not purged yet, for undo."""
    return get_object_or_404(Offer.objects.filter(owner=user).deleted(), pk=pk)


def profile_for(user) -> Profile:
    """The user's profile. Every account gets one when it is made (see
    `apps.DeclinesConfig.ready`); reading never writes, so an account that
    somehow lacks one is shown the defaults until it saves its settings."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        return Profile(user=user)


def get_profile_for_calendar_token(token: str) -> Profile:
    """The calendar feed has no session: its secret token is the only way in.

    An unknown, revoked or empty token is a 404 like any object one may not see.
    """
    if not token:
        raise Http404("No calendar token.")
    return get_object_or_404(Profile.objects.select_related("user").filter(user__is_active=True), calendar_token=token)


# --- Coaching (§11) ---------------------------------------------------------------------


@dataclass(frozen=True)
class CoachingRoles:
    coaches_someone: bool  # the menu shows "Clients"
    has_coach: bool  # pages list the user's coaches (whom an offer is shared with)


_COACHES_OF_EITHER_SIDE = (
    f'SELECT DISTINCT coach_id FROM "{Coaching._meta.db_table}" WHERE coach_id = %s OR client_id = %s'  # noqa: S608
)


def coaching_roles(user) -> CoachingRoles:
    """What the user is in coaching: someone's coach, someone's client, both or
    neither. Every page's menu asks the first and some pages the second; one
    query answers both, once a request (kept on the request's user), so a
    page of a user with no coach asks nothing more about coaches."""
    roles = getattr(user, "_coaching_roles", None)
    if roles is None:
        # Written out: the ORM's building of this query cost three times its round trip, on every page.
        with connection.cursor() as cursor:
            cursor.execute(_COACHES_OF_EITHER_SIDE, [user.pk, user.pk])
            coaches = {coach for (coach,) in cursor.fetchall()}
        roles = user._coaching_roles = CoachingRoles(
            coaches_someone=user.pk in coaches, has_coach=bool(coaches - {user.pk})
        )
    return roles


def get_coaching_for_client(user, pk) -> Coaching:
    """One of the user's coaches, as the client manages them."""
    return get_object_or_404(Coaching.objects.of_client(user).select_related("coach__profile"), pk=pk)


def get_invitation_for_user(user, pk) -> CoachInvitation:
    """An invitation the user made and no coach has accepted yet."""
    return get_object_or_404(CoachInvitation.objects.for_user(user).filter(accepted_at__isnull=True), pk=pk)


def get_invitation_for_token(token: str) -> CoachInvitation:
    """The invitation a link names, whoever opens it: the token is the credential.

    An unknown token is a 404; a spent or expired one is found, and its page says so.
    """
    return get_object_or_404(CoachInvitation.objects.select_related("client__profile"), token=token)


def get_comment_for_user(user, draft: Draft, pk) -> DraftComment:
    """A comment on one of the user's own drafts (`draft`, reached through `get_draft_for_user`)."""
    return get_object_or_404(DraftComment.objects.for_user(user).filter(draft=draft), pk=pk)


def get_client_for_coach(coach, pk) -> Coaching:
    """A client of the coach's who shares at least one offer with them now."""
    return get_object_or_404(Coaching.objects.of_coach(coach).sharing().select_related("client__profile"), pk=pk)


def get_shared_offer_for_coach(coach, pk) -> Offer:
    return get_object_or_404(Offer.objects.shared_with(coach).select_related("owner__profile"), pk=pk)


def get_shared_draft_for_coach(coach, pk) -> Draft:
    return get_object_or_404(Draft.objects.shared_with(coach).select_related("offer__owner__profile"), pk=pk)
