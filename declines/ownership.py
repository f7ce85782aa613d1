"""The one way a view reaches a user's objects: starting from the user.

Each helper returns the object only if the user owns it (or, for templates,
may use it) and raises Http404 otherwise, so another user's object is
indistinguishable from one that does not exist.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404

from declines.models import Draft, EmailTemplate, FollowUp, Interaction, Offer, Profile


def get_offer_for_user(user, pk) -> Offer:
    return get_object_or_404(Offer.objects.for_user(user), pk=pk)


def get_template_for_user(user, pk) -> EmailTemplate:
    """A template the user may read and use: their own or a built-in."""
    return get_object_or_404(EmailTemplate.objects.for_user(user), pk=pk)


def get_own_template_for_user(user, pk) -> EmailTemplate:
    """A template the user may change: only their own."""
    return get_object_or_404(EmailTemplate.objects.owned_by(user), pk=pk)


def get_draft_for_user(user, pk) -> Draft:
    return get_object_or_404(Draft.objects.for_user(user).select_related("offer"), pk=pk)


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
