"""Your data, to take away (§8): everything you own as JSON, and the same as CSV
files, one for each kind of thing (offers, reflections, drafts, follow-ups…),
zipped, for a spreadsheet; the offers alone as one CSV too.

Both include offers you deleted and have not purged yet: they are still yours.
The JSON leaves out the calendar-feed token, a secret that is useless outside
this site, and the password hash. It holds the comments your coaches made on
your drafts (§11), and who your coaches are and what they see; a coach's own
export holds nothing of their clients'.
"""

import csv
import io
import json
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch
from django.utils import timezone

from declines.models import (
    CalendarAlarm,
    Channel,
    Coaching,
    CommentStatus,
    DoorOpen,
    Draft,
    DraftComment,
    EmailTemplate,
    FollowUp,
    Interaction,
    Medium,
    Offer,
    Profile,
    Reason,
    Reflection,
    Reminder,
    TemplateKind,
    TemplateRevision,
    Tone,
)

OFFER_FIELDS = [
    "id",
    "company",
    "role",
    "contact_name",
    "contact_title",
    "contact_honorific",
    "contact_email",
    "received_on",
    "respond_by",
    "status",
    "decided_at",
    "reason",
    "reason_detail",
    "tone",
    "medium",
    "door_open",
    "people_to_thank",
    "what_stood_out",
    "salary_note",
    "notes",
    "flow_step",
    "called_on",
    "created_at",
    "updated_at",
    "deleted_at",
]
REFLECTION_FIELDS = ["goals", *(field for field, _ in Reflection.FACTORS), "note", "created_at", "updated_at"]
DRAFT_FIELDS = ["id", "kind", "subject", "body", "template_id", "version", "dismissed_rules", "sent_at", "created_at"]
FOLLOW_UP_FIELDS = ["id", "kind", "due_on", "done_at", "note", "draft_id", "created_at"]
INTERACTION_FIELDS = ["id", "happened_on", "channel", "note", "created_at"]
TEMPLATE_FIELDS = [
    "id",
    "name",
    "kind",
    "tone",
    "reason",
    "medium",
    "subject",
    "body",
    "version",
    "duplicated_from_id",
    "published_at",
    "created_at",
    "updated_at",
    "deleted_at",
]
REVISION_FIELDS = ["number", "name", "kind", "tone", "reason", "medium", "subject", "body", "note", "created_at"]
PROFILE_FIELDS = ["full_name", "signature", "reminders_enabled", "reminder_days_before", "calendar_alarm"]
REMINDER_FIELDS = [
    "kind",
    "follow_up_id",
    "offer_id",
    "comment_id",
    "due_on",
    "status",
    "sent_at",
    "last_error",
    "last_failed_at",
]
# The CSV is read by a person in a spreadsheet: these columns show the words
# the app shows ("Accepted another offer"), not the stored codes. The JSON
# keeps the codes, for a program to read back.
CSV_LABELS = {
    "status": dict(Offer.Status.choices),
    "reason": dict(Reason.choices),
    "tone": dict(Tone.choices),
    "medium": dict(Medium.choices),
    "door_open": dict(DoorOpen.choices),
}
COMMENT_FIELDS = ["id", "paragraph", "quote", "body", "suggestion", "status", "created_at", "closed_at"]
ALARM_LABELS = dict(CalendarAlarm.choices)

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = frozenset("=+-@\t\r")
# Where a spreadsheet may start a new cell: after the delimiter, whichever of
# these it was told to use (a comma reader and a semicolon reader split the
# same line differently), or at a line break. Quotes around a cell are not
# part of it, so a formula character after them starts the cell all the same.
_CELL_BREAKS = frozenset(",;\t\r\n")


def _row(obj, fields) -> dict:
    return {field: getattr(obj, field) for field in fields}


def _defused(value: str) -> str:
    """`value` with an apostrophe before every formula character that could
    begin a cell (OWASP's advice on CSV injection).

    The apostrophe is what spreadsheets themselves use to mark text, so a
    note such as "=SUM(A1)" opens as text rather than running; so does
    "Monday;=1+1" where a semicolon is the delimiter ("Monday;'=1+1").
    """
    out = []
    cell_start = True
    for char in value:
        if cell_start and char in _FORMULA_STARTS:
            out.append("'")
        out.append(char)
        if char in _CELL_BREAKS:
            cell_start = True
        elif char != '"':
            cell_start = False
    return "".join(out)


def _cell(value) -> str:
    """A CSV cell: lists joined with '; ', dates in ISO format, formulas defused.

    The JSON export keeps every value exactly as stored.
    """
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    elif hasattr(value, "isoformat"):
        value = value.isoformat()
    return _defused(str(value))


def _owned_offers(user):
    # Deleted ones too (they are still the user's until purged), oldest first.
    return Offer.objects.filter(owner=user).order_by("received_on", "pk")


def _labelled(field: str, value, labels=CSV_LABELS):
    """The label a person reads for a coded value (each one of a list); a code
    without a label (from an older version, say) is kept as it is."""
    labels = labels.get(field)
    if labels is None:
        return value
    if isinstance(value, list):
        return [labels.get(item, item) for item in value]
    return labels.get(value, value)


def _csv(fields, rows, labels=CSV_LABELS) -> str:
    """One table: `rows` are dicts (or objects) read by `fields`; coded values shown by
    their labels, from `labels`, the table's own (an offer's "status" is not a comment's)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(fields)
    for row in rows:
        values = row if isinstance(row, dict) else _row(row, fields)
        writer.writerow([_cell(_labelled(field, values[field], labels)) for field in fields])
    # A byte-order mark first: how a spreadsheet knows the file is UTF-8 ("Siobhán", not "SiobhÃ¡n").
    return "\ufeff" + out.getvalue()


def offers_csv(user) -> str:
    return _csv(OFFER_FIELDS, _owned_offers(user))


def everything_csv_zip(user) -> bytes:
    """`everything` as CSV tables in a zip, each row naming what it belongs to
    (`offer_id`, `draft_id`, `template_id`), so a spreadsheet can join them."""
    data = everything(user)
    offers = data["offers"]
    drafts = [{"offer_id": o["id"], **d} for o in offers for d in o["drafts"]]
    kinds = {"kind": dict(Draft.Kind.choices)}
    account = {**data["account"], **(data["profile"] or {})}
    coaches = [{**c, "shared_offer_ids": [str(pk) for pk in c["shared_offer_ids"]]} for c in data["coaches"]]
    tables = {
        "profile.csv": _csv([*data["account"], *PROFILE_FIELDS], [account], {"calendar_alarm": ALARM_LABELS}),
        "offers.csv": _csv(OFFER_FIELDS, offers),
        "reflections.csv": _csv(
            ["offer_id", *REFLECTION_FIELDS],
            [{"offer_id": o["id"], **o["reflection"]} for o in offers if o["reflection"]],
            {},
        ),
        "drafts.csv": _csv(["offer_id", *DRAFT_FIELDS], drafts, kinds),
        "draft_comments.csv": _csv(
            ["draft_id", "from", *COMMENT_FIELDS],
            [{"draft_id": d["id"], **c} for d in drafts for c in d["comments"]],
            {"status": dict(CommentStatus.choices)},
        ),
        "follow_ups.csv": _csv(
            ["offer_id", *FOLLOW_UP_FIELDS],
            [{"offer_id": o["id"], **f} for o in offers for f in o["follow_ups"]],
            {"kind": dict(FollowUp.Kind.choices)},
        ),
        "contacts.csv": _csv(
            ["offer_id", *INTERACTION_FIELDS],
            [{"offer_id": o["id"], **i} for o in offers for i in o["interactions"]],
            {"channel": dict(Channel.choices)},
        ),
        "templates.csv": _csv(TEMPLATE_FIELDS, data["templates"], {**CSV_LABELS, "kind": dict(TemplateKind.choices)}),
        "template_revisions.csv": _csv(
            ["template_id", *REVISION_FIELDS],
            [{"template_id": t["id"], **r} for t in data["templates"] for r in t["revisions"]],
            {**CSV_LABELS, "kind": dict(TemplateKind.choices)},
        ),
        "coaches.csv": _csv(["name", "since", "share_new_offers", "shared_offer_ids"], coaches, {}),
        "reminders.csv": _csv(
            REMINDER_FIELDS,
            data["reminders"],
            {"kind": dict(Reminder.Kind.choices), "status": dict(Reminder.Status.choices)},
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in tables.items():
            archive.writestr(name, text)
    return out.getvalue()


def everything(user) -> dict:
    """All the user owns, nested by what it belongs to; a fixed number of queries."""
    comments = DraftComment.objects.select_related("author__profile").order_by("created_at", "pk")
    offers = _owned_offers(user).prefetch_related(
        Prefetch(
            "drafts",
            queryset=Draft.objects.order_by("created_at", "pk").prefetch_related(
                Prefetch("comments", queryset=comments)
            ),
        ),
        Prefetch("follow_ups", queryset=FollowUp.objects.order_by("due_on", "pk")),
        Prefetch("interactions", queryset=Interaction.objects.order_by("happened_on", "pk")),
    )
    reflections = {r.offer_id: r for r in Reflection.objects.filter(offer__owner=user)}
    templates = (
        EmailTemplate.objects.filter(owner=user)
        .order_by("name", "pk")
        .prefetch_related(Prefetch("revisions", queryset=TemplateRevision.objects.order_by("number")))
    )
    profile = Profile.objects.filter(user=user).first()
    coachings = (
        Coaching.objects.of_client(user)
        .select_related("coach__profile")
        .prefetch_related("shares")
        .order_by("created_at", "pk")
    )
    return {
        "format": "declines-export-1",
        "exported_at": timezone.now(),
        "account": {"username": user.get_username(), "email": user.email, "date_joined": user.date_joined},
        "profile": _row(profile, PROFILE_FIELDS) if profile else None,
        "offers": [
            {
                **_row(offer, OFFER_FIELDS),
                "reflection": _row(reflections[offer.pk], REFLECTION_FIELDS) if offer.pk in reflections else None,
                "drafts": [
                    {
                        **_row(d, DRAFT_FIELDS),
                        "comments": [{"from": c.author_name, **_row(c, COMMENT_FIELDS)} for c in d.comments.all()],
                    }
                    for d in offer.drafts.all()
                ],
                "follow_ups": [_row(f, FOLLOW_UP_FIELDS) for f in offer.follow_ups.all()],
                "interactions": [_row(i, INTERACTION_FIELDS) for i in offer.interactions.all()],
            }
            for offer in offers
        ],
        "templates": [
            {**_row(t, TEMPLATE_FIELDS), "revisions": [_row(r, REVISION_FIELDS) for r in t.revisions.all()]}
            for t in templates
        ],
        "coaches": [
            {
                "name": coaching.coach.profile.display_name,
                "since": coaching.created_at,
                "share_new_offers": coaching.share_new_offers,
                "shared_offer_ids": sorted(share.offer_id for share in coaching.shares.all()),
            }
            for coaching in coachings
        ],
        "reminders": [_row(r, REMINDER_FIELDS) for r in Reminder.objects.for_user(user).order_by("created_at", "pk")],
    }


def everything_json(user) -> str:
    return json.dumps(everything(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
