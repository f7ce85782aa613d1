"""The one way a view reaches a user's objects: starting from the user.

Each helper returns the object only if the user owns it (or, for templates,
may use it) and raises Http404 otherwise, so another user's object is
indistinguishable from one that does not exist.

A coach reaches a client's things only through the `get_shared_*` helpers,
which read what is shared with them at this request (§11): nothing of a
client's is reachable through the owner's helpers, and an offer no longer
shared is a 404 on the next request.
"""

import functools
from collections.abc import Iterable, Sequence
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
    TemplateKind,
)


# The reads every offer page starts with are written out in SQL: the ORM's building of each query, and `raw`'s
# matching of its columns to fields, cost more than the database took to answer. The rows are made into models as
# the ORM makes them (`made`), each column converted as it would convert it.
def fields_of(model, names: Iterable[str] | None = None) -> list:
    """`model`'s columns, all or those named, in the model's own order: the order `Model.from_db` reads them in."""
    return [field for field in model._meta.concrete_fields if names is None or field.attname in names]


@functools.cache
def select_all(model) -> str:
    """The start of a read of every column of `model`'s rows, up to its WHERE."""
    columns = ", ".join(field.column for field in fields_of(model))
    return f'SELECT {columns} FROM "{model._meta.db_table}" WHERE '  # noqa: S608


def made(model, fields: list, fetched: Iterable[Sequence]) -> list:
    """`model`s from rows of the columns of `fields`: dates and times as the database driver cannot give them
    (SQLite's), JSON, each converted as the ORM converts it; the fields not read load if ever asked for."""
    converting = []
    for n, field in enumerate(fields):
        converters = connection.ops.get_db_converters(field.cached_col) + field.get_db_converters(connection)
        if converters:
            converting.append((n, field.cached_col, converters))
    names = [field.attname for field in fields]
    instances = []
    for row in fetched:
        if converting:
            row = list(row)
            for n, column, converters in converting:
                for convert in converters:
                    row[n] = convert(row[n], column, connection)
        instances.append(model.from_db(connection.alias, names, row))
    return instances


def rows(sql: str, params: Sequence) -> list[tuple]:
    """The rows SQL written out reads, as the database gives them."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def read(model, sql: str, params: Sequence, fields: list | None = None) -> list:
    """The `model`s that `sql` reads, its columns those of `fields` (all of the model's by default, as `select_all`)."""
    return made(model, fields or fields_of(model), rows(sql, params))


# The largest id a row can have (a 64-bit integer).
LARGEST_ID = 2**63 - 1


def _could_be_an_id(pk: int) -> bool:
    """Whether `pk` could name a row: an address naming a larger one names nothing, and SQLite refuses to be asked
    for it, where the ORM answered "no such row"."""
    return 0 < pk <= LARGEST_ID


def get_offer_for_user(user, pk) -> Offer:
    """The user's offer."""
    if not _could_be_an_id(pk):
        raise Http404("No such offer.")
    sql = f"{select_all(Offer)}id = %s AND owner_id = %s AND deleted_at IS NULL"
    offer = next(iter(read(Offer, sql, [pk, user.pk])), None)
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


# Drafts with the template each was written from: the template's columns are those a draft's pages read of it (its
# name, its words, its tone), none a date; the others load if ever asked for.
_DRAFT, _TEMPLATE, _FOLLOW_UP = Draft._meta.db_table, EmailTemplate._meta.db_table, FollowUp._meta.db_table
_DRAFT_FIELDS = fields_of(Draft)
_TEMPLATE_FIELDS = fields_of(
    EmailTemplate, {"id", "owner_id", "slug", "name", "kind", "tone", "reason", "medium", "subject", "body", "version"}
)
# Each read with whether a coach has commented on it (§11), which the editor asks: most drafts have no comment.
_DRAFTS_WITH_TEMPLATES = (
    f"SELECT {', '.join(f'd.{field.column}' for field in _DRAFT_FIELDS)},"  # noqa: S608
    f" {', '.join(f't.{field.column}' for field in _TEMPLATE_FIELDS)},"
    f' EXISTS (SELECT 1 FROM "{DraftComment._meta.db_table}" c WHERE c.draft_id = d.id)'
    f' FROM "{_DRAFT}" d LEFT JOIN "{_TEMPLATE}" t ON t.id = d.template_id WHERE '
)
# The offer's decline emails (the flow's drafts, not a follow-up's: `Draft.objects.declines`), newest first.
_DECLINES_OF_OFFER = (
    f'd.offer_id = %s AND d.kind = %s AND NOT EXISTS (SELECT 1 FROM "{_FOLLOW_UP}" f WHERE f.draft_id = d.id)'
    " ORDER BY d.created_at DESC, d.id DESC"
)


def _drafts_with_templates(where: str, params: list) -> list[Draft]:
    fetched = rows(_DRAFTS_WITH_TEMPLATES + where, params)
    split = len(_DRAFT_FIELDS)
    drafts = made(Draft, _DRAFT_FIELDS, [row[:split] for row in fetched])
    for draft, row in zip(drafts, fetched, strict=True):
        *template, draft.commented = row[split:]
        draft.template = made(EmailTemplate, _TEMPLATE_FIELDS, [template])[0] if template[0] is not None else None
        draft.commented = bool(draft.commented)  # SQLite's EXISTS is 0 or 1
    return drafts


def get_draft_for_user(user, pk) -> Draft:
    """The user's draft, with the template it came from (the editor, the preview and the checklist read its tone)
    and its offer, read as every offer page reads it: which is what makes the draft the user's."""
    if not _could_be_an_id(pk):
        raise Http404("No such draft.")
    draft = next(iter(_drafts_with_templates("d.id = %s", [pk])), None)
    if draft is None:
        raise Http404("No such draft.")
    draft.offer = get_offer_for_user(user, draft.offer_id)
    return draft


def declines_written(offer: Offer) -> list[Draft]:
    """The decline emails written for the user's `offer`, newest first (the first is the one being written), each
    with its template."""
    drafts = _drafts_with_templates(_DECLINES_OF_OFFER, [offer.pk, TemplateKind.DECLINE])
    for draft in drafts:
        draft.offer = offer
    return drafts


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
        coaches = {coach for (coach,) in rows(_COACHES_OF_EITHER_SIDE, [user.pk, user.pk])}
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
