"""The data of Declines: offers, the user's reflection on them, the email
templates and drafts, the follow-ups that keep the relationship warm, and
the coaches a user lets read some of it.

Every invariant that must always hold is a named database constraint with a
matching `clean()`, so a bad row is refused by the form and by the database alike.
"""

import datetime as dt
import secrets
import zlib
from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


def validate_door_open(value) -> None:
    """A list of `DoorOpen` values: what the admin's raw JSON field must hold. A field
    validator, so a form without the field (editing an offer) is never held to it."""
    if not isinstance(value, list) or any(choice not in DoorOpen.values for choice in value):
        raise ValidationError(f"Door-open choices must be a list of: {', '.join(DoorOpen.values)}.")


class Tone(models.TextChoices):
    WARM = "warm", "Warm"
    FORMAL = "formal", "Formal"
    BRIEF = "brief", "Brief"


class Reason(models.TextChoices):
    ANOTHER_OFFER = "another_offer", "Accepted another offer"
    ROLE_FIT = "role_fit", "Role not the right fit"
    COMPENSATION = "compensation", "Compensation"
    LOCATION = "location", "Location"
    PERSONAL = "personal", "Personal circumstances"
    STAYING = "staying", "Staying in my current role"
    CAREER_DIRECTION = "career_direction", "Career direction"
    UNSAID = "unsaid", "Prefer not to say"


class Medium(models.TextChoices):
    EMAIL = "email", "Email"
    PHONE_THEN_WRITTEN = "phone", "Phone call first, then written confirmation"
    LETTER = "letter", "Formal letter"


class DoorOpen(models.TextChoices):
    FUTURE_ROLES = "future_roles", "Open to future roles"
    LINKEDIN = "linkedin", "Connect on LinkedIn"
    EVENTS = "events", "Meet at events"
    REFER = "refer", "Refer candidates"
    CAREERS_PAGE = "careers_page", "Watch the careers page"


class TemplateKind(models.TextChoices):
    DECLINE = "decline", "Decline email"
    THANK_YOU = "thank_you", "Thank-you note"
    CHECK_IN = "check_in", "Check-in"
    LINKEDIN_NOTE = "linkedin_note", "LinkedIn note"
    PHONE_SCRIPT = "phone_script", "Phone-call script"
    ANSWER = "answer", "Answer to a question"


class FollowUpKind(models.TextChoices):
    THANK_YOU = "thank_you", "Thank-you note"
    LINKEDIN = "linkedin", "Connect on LinkedIn"
    CHECK_IN = "check_in", "Check in"
    EVENT = "event", "Meet at an event"
    REFERRAL = "referral", "Refer someone"
    CAREERS_PAGE = "careers_page", "Look at the careers page"
    OTHER = "other", "Other"


_FOLLOW_UP_LABELS = dict(FollowUpKind.choices)


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    CALL = "call", "Call"
    LINKEDIN = "linkedin", "LinkedIn"
    EVENT = "event", "Event"
    OTHER = "other", "Other"


class OfferStatus(models.TextChoices):
    CONSIDERING = "considering", "Considering"
    DECLINED = "declined", "Declined"
    ACCEPTED = "accepted", "Accepted"
    WITHDRAWN = "withdrawn", "Withdrawn"
    EXPIRED = "expired", "Expired"


# The user's own decisions; only these carry a decided-at time.
DECISIONS = [OfferStatus.DECLINED.value, OfferStatus.ACCEPTED.value]


def undecided_first() -> models.Case:
    """0 for an offer still being considered, else 1: the dashboard lists those first.

    The index that serves the dashboard (`offer_dash_deadline_idx`) is built on
    it, and the dashboard's ORDER BY writes it out the same
    (`views.dashboard.ORDERINGS`): PostgreSQL only reads the index in order
    when they match exactly.
    """
    return models.Case(
        models.When(status=OfferStatus.CONSIDERING, then=models.Value(0)),
        default=models.Value(1),
        output_field=models.IntegerField(),
    )


def like_any(columns: Sequence[str], query: str) -> tuple[str, list[str]]:
    """For a search in SQL written out: the condition that any of `columns` holds `query`, whatever the case, in
    any alphabet (SQLite's own LIKE folds only A to Z; its LOWER is the Python one, `apps.unicode_lower`), LIKE's
    own characters (%, _ and backslash) taken as typed; and its values."""
    escaped = query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    condition = " OR ".join(f"LOWER({column}) LIKE %s ESCAPE '\\'" for column in columns)
    return f"({condition})", [f"%{escaped}%"] * len(columns)


class OfferQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user, deleted_at__isnull=True)

    def open(self):
        return self.filter(status=Offer.Status.CONSIDERING)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)

    def shared_with(self, coach):
        """The offers clients share with `coach` now (§11), deleted ones left out."""
        # Shared by their owner only: a row naming someone else's offer (as the admin could make) grants nothing.
        shared = SharedOffer.objects.filter(
            offer=models.OuterRef("pk"), coaching__coach=coach, coaching__client=models.OuterRef("owner")
        )
        return self.filter(models.Exists(shared), deleted_at__isnull=True)


class Offer(models.Model):
    Status = OfferStatus
    DECISIONS = DECISIONS

    # On PostgreSQL the table has one more column, `mix_up_keys`, computed by the database from the owner, company,
    # contact and salary note (migration 0025): a migration changing one of their types drops it and adds it again.
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="offers")
    company = models.CharField(max_length=200)
    role = models.CharField(max_length=200)
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_title = models.CharField("contact's job title", max_length=200, blank=True)
    # Only what the user typed: a formal email never guesses "Mr" or "Ms" from a name.
    contact_honorific = models.CharField("contact's title in a formal greeting", max_length=40, blank=True)
    received_on = models.DateField("offer received on", default=timezone.localdate)
    respond_by = models.DateField(
        "respond by", null=True, blank=True, help_text="The employer's deadline for your answer."
    )
    salary_note = models.CharField(max_length=200, blank=True)
    notes = models.TextField(blank=True, max_length=10_000)

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CONSIDERING)
    decided_at = models.DateTimeField(null=True, blank=True)

    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True)
    reason_detail = models.TextField(
        blank=True, max_length=1000, help_text="Optional: one honest sentence, in your words."
    )
    tone = models.CharField(max_length=10, choices=Tone.choices, default=Tone.WARM)
    medium = models.CharField(max_length=10, choices=Medium.choices, default=Medium.EMAIL)
    door_open = models.JSONField(
        default=list, blank=True, help_text="DoorOpen values chosen.", validators=[validate_door_open]
    )
    people_to_thank = models.TextField(
        blank=True,
        max_length=2000,
        help_text="One person a line, with their team if you like: “Marcus Chen (firmware team)”.",
    )

    # One or two specifics from the process, in the user's words ("your question
    # about mentoring"): the email mentions them (`stood_out_sentence`).
    what_stood_out = models.TextField(
        blank=True, max_length=300, help_text="One or two specifics from the process, one a line, in your words."
    )

    # How far the guided flow got (1-5), so the dashboard can offer to continue.
    flow_step = models.PositiveSmallIntegerField(default=1)
    # The key in the address of the "Decline an offer" visit that made this offer (`?k=`): the
    # form sent twice, or Back to that address, reaches this offer instead of making a second one.
    flow_key = models.CharField(max_length=32, blank=True, default="", editable=False)
    # For "phone call first": the day the user made the call, set at the flow's
    # Call step (which logs it as an Interaction too). Compose comes after it.
    called_on = models.DateField("called on", null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="offer_respond_by_not_before_received_on",
                condition=Q(respond_by__isnull=True) | Q(respond_by__gte=models.F("received_on")),
            ),
            models.CheckConstraint(
                name="offer_decided_at_iff_decision",
                condition=(
                    Q(status__in=DECISIONS, decided_at__isnull=False)
                    | (~Q(status__in=DECISIONS) & Q(decided_at__isnull=True))
                ),
            ),
            models.CheckConstraint(
                name="offer_status_valid",
                condition=Q(status__in=OfferStatus.values),
            ),
            models.CheckConstraint(
                name="offer_flow_step_1_to_5",
                condition=Q(flow_step__gte=1, flow_step__lte=5),
            ),
            # Two sends of one new-offer form make one offer, however close together.
            models.UniqueConstraint(
                fields=["owner", "flow_key"],
                name="offer_flow_key_unique_per_owner",
                condition=~Q(flow_key=""),
            ),
        ]
        # Every index leaves out deleted offers, as every page does (`for_user`).
        # `bench/pages.py` prints the EXPLAIN of the dashboard's queries with them.
        indexes = [
            # Dashboard, sorted by deadline (the default): one page of offers,
            # ORDER BY undecided first, respond_by, received_on DESC, id DESC LIMIT 25,
            # read in index order instead of sorting all the user's offers; also
            # Paginator's COUNT(*) of the user's offers, as an index-only scan.
            models.Index(
                models.F("owner"),
                undecided_first(),
                # ASC is NULLS LAST on PostgreSQL, as the ORDER BY asks; SQLite
                # refuses NULLS LAST in an index.
                models.F("respond_by").asc(),
                models.F("received_on").desc(),
                models.F("id").desc(),
                name="offer_dash_deadline_idx",
                condition=Q(deleted_at__isnull=True),
            ),
            # Dashboard sorted by "received": ORDER BY received_on DESC, id DESC LIMIT 25.
            models.Index(
                models.F("owner"),
                models.F("received_on").desc(),
                models.F("id").desc(),
                name="offer_dash_received_idx",
                condition=Q(deleted_at__isnull=True),
            ),
            # Dashboard sorted by "company": ORDER BY LOWER(company), LOWER(role), id LIMIT 25.
            models.Index(
                models.F("owner"),
                Lower("company"),
                Lower("role"),
                models.F("id"),
                name="offer_dash_company_idx",
                condition=Q(deleted_at__isnull=True),
            ),
            # Dashboard filtered by status, sorted by deadline: WHERE status = …
            # ORDER BY respond_by, received_on DESC, id DESC LIMIT 25 (with one
            # status, "undecided first" orders nothing and is left out).
            models.Index(
                models.F("owner"),
                models.F("status"),
                models.F("respond_by").asc(),
                models.F("received_on").desc(),
                models.F("id").desc(),
                name="offer_dash_status_idx",
                condition=Q(deleted_at__isnull=True),
            ),
            # Deadlines of undecided offers: the calendar feed's window
            # (respond_by BETWEEN … ORDER BY respond_by, id) and `send_reminders`.
            models.Index(
                fields=["owner", "respond_by", "id"],
                name="offer_open_deadline_idx",
                condition=Q(status=OfferStatus.CONSIDERING, deleted_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.role} at {self.company}"

    def get_absolute_url(self):
        return reverse("offer_detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.respond_by and self.received_on and self.respond_by < self.received_on:
            errors["respond_by"] = "The deadline cannot be before the day you received the offer."
        if self.status in self.DECISIONS and self.decided_at is None:
            errors["decided_at"] = "A declined or accepted offer needs the time it was decided."
        if self.status not in self.DECISIONS and self.decided_at is not None:
            errors["decided_at"] = "Only a declined or accepted offer has a decision time."
        if errors:
            raise ValidationError(errors)

    @property
    def is_decided(self) -> bool:
        return self.status in self.DECISIONS

    @property
    def contact_first_name(self) -> str:
        parts = self.contact_name.split()
        return parts[0] if parts else ""

    # What a decline is written for, chosen on Approach (Draft.written_for), and for a
    # call made first, the day it was made: the written confirmation names that day.
    APPROACH = ("reason", "tone", "medium")
    # What else chosen on Approach the email says, each kept in the key as a short fingerprint,
    # so that going Back to change one after the draft was written is noticed as well.
    APPROACH_DETAILS = ("reason_detail", "people_to_thank", "what_stood_out", "door_open")

    def approach_key(self) -> str:
        """ "reason/tone/medium[/called_on]|fingerprints of APPROACH_DETAILS"."""
        key = "/".join(getattr(self, field) for field in self.APPROACH)
        if self.medium == Medium.PHONE_THEN_WRITTEN and self.called_on:
            key += f"/{self.called_on.isoformat()}"
        return key + "|" + ".".join(_fingerprint(getattr(self, field)) for field in self.APPROACH_DETAILS)

    def thank_list(self) -> list[str]:
        return [line.strip() for line in self.people_to_thank.splitlines() if line.strip()]


def _fingerprint(value) -> str:
    """Four hex digits that change when `value` does (beyond spacing, or the order of a list)."""
    text = "\n".join(sorted(map(str, value))) if isinstance(value, list) else " ".join(str(value or "").split())
    return f"{zlib.crc32(text.encode()) & 0xFFFF:04x}"


# The factors of the reflect step, in the order they are asked.
REFLECTION_FACTORS = [
    ("culture", "Company culture"),
    ("growth", "Growth opportunities"),
    ("work_life", "Work-life balance"),
    ("development", "Professional development"),
    ("compensation", "Compensation"),
    ("stability", "Company reputation and stability"),
    ("mentorship", "Mentorship and networking"),
]


def rating_field(label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        label, null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )


class Reflection(models.Model):
    """How the offer fits the user's goals, rated 1-5 on each factor."""

    FACTORS = REFLECTION_FACTORS

    offer = models.OneToOneField(Offer, on_delete=models.CASCADE, related_name="reflection")
    goals = models.TextField(
        "how it fits your goals",
        blank=True,
        max_length=5000,
        help_text="What you want next, and how this offer compares.",
    )
    culture = rating_field("company culture")
    growth = rating_field("growth opportunities")
    work_life = rating_field("work-life balance")
    development = rating_field("professional development")
    compensation = rating_field("compensation")
    stability = rating_field("company reputation and stability")
    mentorship = rating_field("mentorship and networking")
    note = models.TextField(blank=True, max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                name=f"reflection_{field}_1_to_5",
                condition=Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gte": 1, f"{field}__lte": 5}),
            )
            for field, _ in REFLECTION_FACTORS
        ]

    def __str__(self):
        return f"Reflection on {self.offer}"

    def clean(self):
        errors = {}
        for field, label in self.FACTORS:
            value = getattr(self, field)
            if value is not None and not 1 <= value <= 5:
                errors[field] = f"Rate {label.lower()} from 1 to 5."
        if errors:
            raise ValidationError(errors)

    def ratings(self) -> list[tuple[str, str, int]]:
        """(field, label, rating) for every factor that was rated."""
        return [(f, label, getattr(self, f)) for f, label in self.FACTORS if getattr(self, f) is not None]

    def strongest(self) -> list[str]:
        rated = self.ratings()
        if not rated:
            return []
        top = max(r for _, _, r in rated)
        return [label for _, label, r in rated if r == top]

    def weakest(self) -> list[str]:
        rated = self.ratings()
        if not rated:
            return []
        low = min(r for _, _, r in rated)
        return [label for _, label, r in rated if r == low]


class CalendarAlarm(models.TextChoices):
    NONE = "none", "No alert"
    MORNING = "morning", "On the morning of the day (9:00)"
    DAY_BEFORE = "day_before", "The day before (9:00)"


class Profile(models.Model):
    CalendarAlarm = CalendarAlarm

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    full_name = models.CharField(max_length=200, blank=True)
    signature = models.TextField(
        blank=True,
        max_length=2000,
        help_text="Markdown. Added where a template says {{ signature }}.",
    )
    calendar_token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    reminders_enabled = models.BooleanField("email me what is due", default=True)
    reminder_days_before = models.PositiveSmallIntegerField("remind me this many days before a deadline", default=1)
    calendar_alarm = models.CharField(
        "calendar alerts", max_length=20, choices=CalendarAlarm.choices, default=CalendarAlarm.NONE
    )

    class Meta:
        constraints = [
            models.CheckConstraint(name="profile_reminder_days_at_most_30", condition=Q(reminder_days_before__lte=30)),
            models.CheckConstraint(name="profile_calendar_token_not_empty", condition=~Q(calendar_token="")),
            models.CheckConstraint(
                name="profile_calendar_alarm_valid", condition=Q(calendar_alarm__in=CalendarAlarm.values)
            ),
        ]

    def __str__(self):
        return self.full_name or self.user.get_username()

    def clean(self):
        if self.reminder_days_before is not None and self.reminder_days_before > 30:
            # The one check of it (a field validator too would give a form the message twice).
            raise ValidationError({"reminder_days_before": "Choose a number of days from 0 to 30."})

    @property
    def display_name(self) -> str:
        return self.full_name or self.user.get_full_name() or self.user.get_username()


class EmailTemplateQuerySet(models.QuerySet):
    def for_user(self, user):
        """The templates a user may use: their own, the built-ins, and those
        their coaches publish to them (read-only, like the built-ins).

        Most users have no coach, which the request knows already (the menu
        asks, `ownership.coaching_roles`): their query leaves the coaches'
        part out, which took as long to build as the rest of a list's query."""
        from declines.ownership import coaching_roles  # it reads these models

        usable = Q(owner=user) | Q(owner__isnull=True)
        if coaching_roles(user).has_coach:
            usable |= Q(published_at__isnull=False) & Q(
                models.Exists(Coaching.objects.filter(client=user, coach=models.OuterRef("owner")))
            )
        return self.filter(usable, deleted_at__isnull=True)

    @staticmethod
    def for_user_sql(user, table: str) -> tuple[str, list]:
        """`for_user`'s condition written out in SQL, for the template list's read (`views.email_templates`), with
        its values: the two say the same, and the tests of the list hold them to it."""
        from declines.ownership import coaching_roles

        usable, values = f"({table}.owner_id = %s OR {table}.owner_id IS NULL", [user.pk]
        if coaching_roles(user).has_coach:
            coaching = Coaching._meta.db_table
            usable += (
                f" OR ({table}.published_at IS NOT NULL AND EXISTS"
                f' (SELECT 1 FROM "{coaching}" c WHERE c.client_id = %s AND c.coach_id = {table}.owner_id))'
            )
            values.append(user.pk)
        return f"{usable}) AND {table}.deleted_at IS NULL", values

    def owned_by(self, user):
        """The templates a user may change."""
        return self.filter(owner=user, deleted_at__isnull=True)

    def builtin(self):
        return self.filter(owner__isnull=True, deleted_at__isnull=True)


class EmailTemplate(models.Model):
    """An editable email template. Built-ins have no owner and are read-only."""

    Kind = TemplateKind

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="email_templates"
    )
    # Stable key of a built-in, so loading the starter library is idempotent.
    slug = models.SlugField(max_length=100, blank=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.DECLINE)
    tone = models.CharField(max_length=10, choices=Tone.choices, blank=True)
    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True)
    medium = models.CharField(max_length=10, choices=Medium.choices, blank=True)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(max_length=20_000)
    version = models.PositiveIntegerField(default=1)
    duplicated_from = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    # Set while a coach's template is in the pack their clients see (§11).
    published_at = models.DateTimeField(null=True, blank=True)

    objects = EmailTemplateQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "name"],
                condition=Q(deleted_at__isnull=True, owner__isnull=False),
                name="emailtemplate_unique_name_per_owner",
            ),
            models.UniqueConstraint(
                fields=["slug"], condition=Q(owner__isnull=True), name="emailtemplate_unique_builtin_slug"
            ),
            models.CheckConstraint(
                name="emailtemplate_builtin_has_slug", condition=Q(owner__isnull=False) | ~Q(slug="")
            ),
            models.CheckConstraint(
                name="emailtemplate_kind_valid",
                condition=Q(kind__in=TemplateKind.values),
            ),
            models.CheckConstraint(
                name="emailtemplate_only_own_published",
                condition=Q(owner__isnull=False) | Q(published_at__isnull=True),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("template_detail", args=[self.pk])

    def clean(self):
        if self.owner_id is None and not self.slug:
            raise ValidationError({"slug": "A built-in template needs a slug."})
        if self.owner_id is None and self.published_at is not None:
            raise ValidationError({"published_at": "Only a template of one's own can be published to clients."})

    @property
    def is_builtin(self) -> bool:
        return self.owner_id is None


class TemplateRevision(models.Model):
    """A template as it was after one save; any of them can be restored."""

    template = models.ForeignKey(EmailTemplate, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    name = models.CharField(max_length=200)
    # What decides where the template is offered (and which is preselected) is part of it too.
    kind = models.CharField(max_length=20, choices=TemplateKind.choices, default=TemplateKind.DECLINE)
    tone = models.CharField(max_length=10, choices=Tone.choices, blank=True)
    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True)
    medium = models.CharField(max_length=10, choices=Medium.choices, blank=True)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["template", "number"], name="templaterevision_unique_number"),
            # Restored into the template, which holds the same rule (emailtemplate_kind_valid).
            models.CheckConstraint(name="templaterevision_kind_valid", condition=Q(kind__in=TemplateKind.values)),
        ]

    def __str__(self):
        return f"{self.template} — revision {self.number}"


class DraftQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(offer__owner=user, offer__deleted_at__isnull=True)

    def shared_with(self, coach):
        """The drafts of the offers clients share with `coach` now."""
        shared = SharedOffer.objects.filter(
            offer=models.OuterRef("offer"), coaching__coach=coach, coaching__client=models.OuterRef("offer__owner")
        )
        return self.filter(models.Exists(shared), offer__deleted_at__isnull=True)

    def declines(self):
        """The decline emails: the flow's drafts, not a follow-up's."""
        return self.filter(kind=TemplateKind.DECLINE, follow_ups__isnull=True)

    def current_decline(self):
        """The decline being written: the newest one."""
        return self.declines().order_by("-created_at", "-pk").first()


class Draft(models.Model):
    """An email being written for an offer."""

    Kind = TemplateKind

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="drafts")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.DECLINE)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(max_length=20_000)
    template = models.ForeignKey(EmailTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="drafts")
    # The approach the draft was written for, "reason/tone/medium" as chosen then: the decline editor says
    # so when the user has since changed it (blank for drafts written before it was kept).
    written_for = models.CharField(max_length=100, blank=True)
    # Optimistic concurrency: a save must name the version it started from.
    version = models.PositiveIntegerField(default=1)
    dismissed_rules = models.JSONField(default=list, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DraftQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(name="draft_version_positive", condition=Q(version__gte=1)),
            models.CheckConstraint(name="draft_kind_valid", condition=Q(kind__in=TemplateKind.values)),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.offer}"

    def get_absolute_url(self):
        return reverse("draft_edit", args=[self.pk])


class FollowUpQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user, offer__deleted_at__isnull=True)

    def pending(self):
        return self.filter(done_at__isnull=True)


class FollowUp(models.Model):
    Kind = FollowUpKind

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="follow_ups")
    # Always the offer's owner, kept on the row so that a user's follow-ups are
    # read from indexes of their own, not found among everyone's. Whoever
    # creates a follow-up sets it (`services.follow_ups`, the admin); the
    # database refuses any other owner and moves it with the offer (`tallies.py`).
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follow_ups", editable=False
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CHECK_IN)
    due_on = models.DateField()
    done_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True, max_length=2000)
    draft = models.ForeignKey(Draft, on_delete=models.SET_NULL, null=True, blank=True, related_name="follow_ups")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="followup_kind_valid",
                condition=Q(kind__in=FollowUpKind.values),
            ),
        ]
        indexes = [
            # Dashboard: the open follow-ups of the page's offers, earliest first
            # (`tracking.with_next_follow_up`, offer_id IN (…) ORDER BY offer_id, due_on, id).
            models.Index(
                fields=["offer", "due_on", "id"],
                name="followup_offer_next_idx",
                condition=Q(done_at__isnull=True),
            ),
            # A user's open follow-ups by due date: the follow-ups page (ORDER BY
            # due_on, id, 50 a page), the dashboard's "Follow-ups due" panel
            # (due_on < a week ahead ORDER BY due_on, id LIMIT 6), the figures'
            # count of those not due yet (due_on >= today), the calendar feed's
            # window (due_on BETWEEN …) and `send_reminders` (due_on <= today).
            models.Index(
                fields=["owner", "due_on", "id"],
                name="followup_owner_open_due_idx",
                condition=Q(done_at__isnull=True),
            ),
            # A user's done follow-ups, latest first: the follow-ups page's Done
            # tab (ORDER BY done_at DESC, id DESC, 25 a page).
            models.Index(
                models.F("owner"),
                models.F("done_at").desc(),
                models.F("id").desc(),
                name="followup_owner_done_idx",
                condition=Q(done_at__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.title} — {self.offer.company}, due {date_format(self.due_on)}"

    @property
    def title(self) -> str:
        """What it is, as the user would name it: its kind ("Thank-you note"), or,
        for one of their own ("Other"), the first line of its note."""
        note = self.note.strip()
        if self.kind == FollowUpKind.OTHER and note:
            return Truncator(note.splitlines()[0]).chars(60)
        # The label from the enum: get_kind_display() rebuilds a dict of the choices on every call, and a page of
        # follow-ups asks for 25 titles.
        return _FOLLOW_UP_LABELS.get(self.kind, self.kind)


class InteractionQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(offer__owner=user, offer__deleted_at__isnull=True)


class Interaction(models.Model):
    """A contact with the company logged after the decision."""

    Channel = Channel

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="interactions")
    happened_on = models.DateField(default=timezone.localdate)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.EMAIL)
    note = models.TextField(blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = InteractionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="interaction_channel_valid",
                condition=Q(channel__in=Channel.values),
            ),
        ]

    def __str__(self):
        return f"{self.get_channel_display()} with {self.offer.company} on {date_format(self.happened_on)}"


# --- Coaching (§11) -------------------------------------------------------------------


class CoachingQuerySet(models.QuerySet):
    def of_client(self, user):
        return self.filter(client=user)

    def of_coach(self, user):
        return self.filter(coach=user)

    def sharing(self):
        """Those where the client shares at least one offer (not deleted) now."""
        return self.filter(
            models.Exists(SharedOffer.objects.filter(coaching=models.OuterRef("pk"), offer__deleted_at__isnull=True))
        )


class Coaching(models.Model):
    """A client and a coach they invited. The coach sees only the offers the
    client shares with them (`SharedOffer`); removing the row ends it all at once."""

    # Both read through the two indexes below, each led by one of them.
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coachings", db_index=False
    )
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clientships", db_index=False
    )
    share_new_offers = models.BooleanField("share the offers I add from now on", default=False)
    created_at = models.DateTimeField(default=timezone.now)

    objects = CoachingQuerySet.as_manager()

    class Meta:
        constraints = [
            # Also the index of a client's coaches, and of whether a template pack reaches them.
            models.UniqueConstraint(fields=["client", "coach"], name="coaching_once_per_pair"),
            models.CheckConstraint(name="coaching_not_oneself", condition=~Q(client=models.F("coach"))),
        ]
        # A coach's clients.
        indexes = [models.Index(fields=["coach", "client"], name="coaching_coach_idx")]

    def __str__(self):
        return f"{self.coach} coaches {self.client}"

    def clean(self):
        if self.client_id is not None and self.client_id == self.coach_id:
            raise ValidationError("Nobody can be their own coach.")


def new_invitation_token() -> str:
    return secrets.token_urlsafe(24)


# How long an invitation link works.
INVITATION_DAYS = 7


def invitation_expiry() -> dt.datetime:
    return timezone.now() + dt.timedelta(days=INVITATION_DAYS)


class CoachInvitationQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(client=user)

    def pending(self, *, now=None):
        return self.filter(accepted_at__isnull=True, expires_at__gt=now or timezone.now())


class CoachInvitation(models.Model):
    """A link a client gives a coach: it works once, for `INVITATION_DAYS` days."""

    client = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_invitations")
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    # Where the link was emailed, if it was.
    email = models.EmailField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    # None once accepted and that account is gone.
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = CoachInvitationQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="coachinvitation_expires_after_created", condition=Q(expires_at__gt=models.F("created_at"))
            ),
            models.CheckConstraint(
                name="coachinvitation_accepted_by_only_once_accepted",
                condition=Q(accepted_by__isnull=True) | Q(accepted_at__isnull=False),
            ),
            models.CheckConstraint(name="coachinvitation_token_not_empty", condition=~Q(token="")),
        ]

    def __str__(self):
        return f"Invitation from {self.client} ({self.token[:6]}…)"

    def get_absolute_url(self):
        return reverse("invitation_accept", args=[self.token])

    def clean(self):
        if self.accepted_by_id is not None and self.accepted_at is None:
            raise ValidationError({"accepted_at": "An invitation someone accepted has the time they did."})

    def is_usable(self, now=None) -> bool:
        return self.accepted_at is None and self.expires_at > (now or timezone.now())


class SharedOffer(models.Model):
    """One offer a client lets one coach read, with its drafts and plan.

    The offer is always the client's own (`services.coaching.offer_share` sees to it)."""

    coaching = models.ForeignKey(Coaching, on_delete=models.CASCADE, related_name="shares")
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="shares")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["coaching", "offer"], name="sharedoffer_once_per_coach"),
        ]

    def __str__(self):
        return f"{self.offer} shared with {self.coaching.coach}"

    def clean(self):
        # Only a client's own offer can be shared with their coach (checked in the admin; the app's
        # services only ever share the client's own, and reading ignores any other row).
        if self.offer_id and self.coaching_id and self.offer.owner_id != self.coaching.client_id:
            raise ValidationError({"offer": "This offer is not the client's: only their own offers can be shared."})


class CommentStatus(models.TextChoices):
    OPEN = "open", "Open"
    RESOLVED = "resolved", "Resolved"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class DraftCommentQuerySet(models.QuerySet):
    def for_user(self, user):
        """Comments on the user's own drafts."""
        return self.filter(draft__offer__owner=user, draft__offer__deleted_at__isnull=True)

    def open(self):
        return self.filter(status=CommentStatus.OPEN)


class DraftComment(models.Model):
    """A coach's comment on one paragraph of a draft, with a replacement text
    for it if they suggest one. The client resolves a comment, and accepts or
    rejects a suggestion."""

    Status = CommentStatus

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="comments")
    # None once the coach's account is deleted: "a former coach".
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    # The paragraph as it read when commented on, and where it was: the
    # comment stays with that text however the draft moves around it.
    paragraph = models.PositiveSmallIntegerField()
    quote = models.TextField(max_length=20_000)
    body = models.TextField("comment", blank=True, max_length=5000)
    suggestion = models.TextField("suggested text", blank=True, max_length=20_000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    objects = DraftCommentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(name="draftcomment_says_something", condition=~Q(body="") | ~Q(suggestion="")),
            models.CheckConstraint(name="draftcomment_status_valid", condition=Q(status__in=CommentStatus.values)),
            models.CheckConstraint(
                name="draftcomment_closed_at_iff_closed",
                condition=Q(status=CommentStatus.OPEN, closed_at__isnull=True)
                | (~Q(status=CommentStatus.OPEN) & Q(closed_at__isnull=False)),
            ),
            models.CheckConstraint(
                name="draftcomment_only_suggestions_accepted",
                condition=~Q(status__in=[CommentStatus.ACCEPTED, CommentStatus.REJECTED]) | ~Q(suggestion=""),
            ),
        ]
        indexes = [models.Index(fields=["draft", "created_at", "id"], name="draftcomment_draft_idx")]

    def __str__(self):
        what = "Suggestion" if self.suggestion else "Comment"
        return f"{what} from {self.author_name} on {self.draft}"

    def clean(self):
        if not self.body.strip() and not self.suggestion.strip():
            raise ValidationError("Write a comment, a suggested text, or both.")
        if self.status in (CommentStatus.ACCEPTED, CommentStatus.REJECTED) and not self.suggestion:
            raise ValidationError({"status": "Only a suggestion is accepted or rejected."})
        if (self.status == CommentStatus.OPEN) != (self.closed_at is None):
            raise ValidationError({"closed_at": "A closed comment, and only a closed one, has the time it closed."})

    @property
    def is_suggestion(self) -> bool:
        return bool(self.suggestion)

    @property
    def author_name(self) -> str:
        if self.author is None:
            return "a former coach"
        profile = getattr(self.author, "profile", None)
        return profile.display_name if profile else self.author.get_username()


class ReminderRun(models.Model):
    """One run of `send_reminders`: when and where it ran, and what came of it."""

    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    emails_sent = models.PositiveIntegerField(default=0)
    reminders_sent = models.PositiveIntegerField(default=0)
    failures = models.PositiveIntegerField("emails not sent", default=0)
    # One line: why the run stopped early, or the first email that failed.
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        indexes = [
            # "When did reminders last run?": ORDER BY started_at DESC LIMIT 1.
            models.Index(fields=["-started_at"], name="reminderrun_latest_idx"),
        ]

    def __str__(self):
        return f"Reminder run on {self.host or 'an unknown host'} at {date_format(self.started_at, 'DATETIME_FORMAT')}"


class ReminderKind(models.TextChoices):
    FOLLOW_UP = "follow_up", "Follow-up"
    DEADLINE = "deadline", "Offer deadline"
    COMMENT = "comment", "Comment from a coach"
    TEST = "test", "Test reminder"


class ReminderStatus(models.TextChoices):
    PENDING = "pending", "Due"
    SENT = "sent", "Sent"
    FAILED = "failed", "Given up"


class ReminderQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def unclaimed(self, *, stale_before):
        """Due, and in no run's hands: a claim made before `stale_before` was left by a run that died."""
        return self.filter(status=ReminderStatus.PENDING).filter(
            Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale_before)
        )

    def claimable(self, *, stale_before):
        """Unclaimed reminders whose user still wants them and whose thing is still due on that date."""
        return self.unclaimed(stale_before=stale_before).wanted()

    def wanted(self):
        """Pending reminders whose user still wants them and whose thing is still due on
        that date, claimed by a run or not: what a run sends, now or once its claim ends."""
        still_due = (
            Q(
                kind=ReminderKind.FOLLOW_UP,
                follow_up__done_at__isnull=True,
                follow_up__due_on=models.F("due_on"),
                follow_up__offer__deleted_at__isnull=True,
            )
            | Q(
                kind=ReminderKind.DEADLINE,
                offer__status=OfferStatus.CONSIDERING,
                offer__respond_by=models.F("due_on"),
                offer__deleted_at__isnull=True,
            )
            | Q(
                # A comment the client has already dealt with needs no email.
                kind=ReminderKind.COMMENT,
                comment__status=CommentStatus.OPEN,
                comment__draft__offer__deleted_at__isnull=True,
            )
        )
        return (
            self.filter(status=ReminderStatus.PENDING)
            .filter(still_due, user__is_active=True, user__profile__reminders_enabled=True)
            .exclude(user__email="")
        )


class Reminder(models.Model):
    """One thing to remind one user of, once: a follow-up on its due date, an
    offer's deadline, a coach's comment on one of their drafts, or a test the
    user asked for.

    A run claims a row in the database before it emails it (`declines/reminders.py`),
    so however many runs there are, each reminder goes out once.
    """

    Kind = ReminderKind
    Status = ReminderStatus

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    follow_up = models.ForeignKey(FollowUp, on_delete=models.CASCADE, null=True, blank=True, related_name="reminders")
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, null=True, blank=True, related_name="reminders")
    comment = models.ForeignKey(DraftComment, on_delete=models.CASCADE, null=True, blank=True, related_name="reminders")
    # The date it is about: the follow-up's due date or the offer's deadline. A
    # follow-up snoozed to another day, or a deadline moved, is a new reminder.
    due_on = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    # Set while a run is sending it; with `run`, the claim.
    claimed_at = models.DateTimeField(null=True, blank=True)
    run = models.ForeignKey(ReminderRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="reminders")
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=255, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    last_failed_at = models.DateTimeField(null=True, blank=True)

    objects = ReminderQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["follow_up", "due_on"],
                condition=Q(kind=ReminderKind.FOLLOW_UP),
                name="reminder_once_per_follow_up_date",
            ),
            models.UniqueConstraint(
                fields=["offer", "due_on"],
                condition=Q(kind=ReminderKind.DEADLINE),
                name="reminder_once_per_deadline",
            ),
            models.UniqueConstraint(
                fields=["comment"], condition=Q(kind=ReminderKind.COMMENT), name="reminder_once_per_comment"
            ),
            models.CheckConstraint(
                name="reminder_thing_matches_kind",
                condition=(
                    Q(kind=ReminderKind.FOLLOW_UP, follow_up__isnull=False, offer__isnull=True, comment__isnull=True)
                    | Q(kind=ReminderKind.DEADLINE, follow_up__isnull=True, offer__isnull=False, comment__isnull=True)
                    | Q(kind=ReminderKind.COMMENT, follow_up__isnull=True, offer__isnull=True, comment__isnull=False)
                    | Q(kind=ReminderKind.TEST, follow_up__isnull=True, offer__isnull=True, comment__isnull=True)
                ),
            ),
            models.CheckConstraint(
                name="reminder_sent_at_iff_sent",
                condition=Q(status=ReminderStatus.SENT, sent_at__isnull=False)
                | (~Q(status=ReminderStatus.SENT) & Q(sent_at__isnull=True)),
            ),
            models.CheckConstraint(name="reminder_status_valid", condition=Q(status__in=ReminderStatus.values)),
        ]
        indexes = [
            # The claim: a user with due reminders, then that user's due rows.
            models.Index(
                fields=["user", "id"], name="reminder_pending_idx", condition=Q(status=ReminderStatus.PENDING)
            ),
        ]

    def __str__(self):
        if self.kind == ReminderKind.FOLLOW_UP:
            offer, kind = self.follow_up.offer, self.follow_up.title
            return f"{kind} for {offer.company} ({offer.role}), due {date_format(self.due_on)}"
        if self.kind == ReminderKind.DEADLINE:
            return f"Your answer to {self.offer.company} ({self.offer.role}), due {date_format(self.due_on)}"
        if self.kind == ReminderKind.COMMENT:
            comment = self.comment
            what = "A suggestion" if comment.is_suggestion else "A comment"
            draft = comment.draft
            on = f"your {draft.get_kind_display().lower()} for {draft.offer.company}"
            return f"{what} from {comment.author_name} on {on}"
        return "Test reminder"

    def clean(self):
        expected = {
            ReminderKind.FOLLOW_UP: (True, False, False),
            ReminderKind.DEADLINE: (False, True, False),
            ReminderKind.COMMENT: (False, False, True),
            ReminderKind.TEST: (False, False, False),
        }.get(self.kind)
        if expected and expected != (
            self.follow_up_id is not None,
            self.offer_id is not None,
            self.comment_id is not None,
        ):
            raise ValidationError(
                "A reminder is about a follow-up, an offer's deadline, a comment, or nothing (a test)."
            )
        if (self.status == ReminderStatus.SENT) != (self.sent_at is not None):
            raise ValidationError({"sent_at": "A sent reminder, and only a sent one, has the time it was sent."})


class Tally(models.Model):
    """One of a user's running counts behind the figures of §9 ("offers:declined",
    "follow_ups_done", "answer_days:4"…).

    Written only by the database's own triggers (`declines/tallies.py`), in the
    transaction of each change to an offer or a follow-up, so the figures read a
    few rows instead of counting a user's whole history on every view.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False)
    name = models.CharField(max_length=50)
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [
            # Also the index the figures read a user's tallies from, and the
            # conflict target the triggers add to.
            models.UniqueConstraint(fields=["owner", "name"], name="tally_unique_name_per_owner"),
        ]

    def __str__(self):
        return f"{self.name} = {self.count}"
