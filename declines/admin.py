"""The Django admin, for staff: every model, with the columns that answer questions.

The reminders' health (when they last ran, what was sent and what failed,
for every user) heads the lists of reminders and reminder runs, and the
admin's home page warns when reminders have not run for 26 hours."""

from django.contrib import admin, messages
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.formats import date_format

from declines import models, reminders


class ReflectionInline(admin.StackedInline):
    model = models.Reflection
    extra = 0


class FollowUpFormSet(BaseInlineFormSet):
    """A follow-up added or changed on its offer's page belongs to the offer's owner."""

    def save_new(self, form, commit=True):
        form.instance.owner_id = self.instance.owner_id
        return super().save_new(form, commit)

    def save_existing(self, form, obj, commit=True):
        obj.owner_id = self.instance.owner_id
        return super().save_existing(form, obj, commit)


class FollowUpInline(admin.TabularInline):
    model = models.FollowUp
    formset = FollowUpFormSet
    extra = 0
    fields = ["kind", "due_on", "done_at", "note"]


@admin.register(models.Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["company", "role", "owner", "status", "received_on", "respond_by", "decided_at", "deleted_at"]
    list_filter = ["status", "reason", "tone", "medium", "received_on", ("deleted_at", admin.EmptyFieldListFilter)]
    search_fields = ["company", "role", "contact_name", "contact_email", "owner__username", "owner__email"]
    date_hierarchy = "received_on"
    list_select_related = ["owner"]
    raw_id_fields = ["owner"]
    inlines = [ReflectionInline, FollowUpInline]


@admin.register(models.Reflection)
class ReflectionAdmin(admin.ModelAdmin):
    list_display = ["offer", "culture", "growth", "work_life", "development", "compensation", "stability", "mentorship"]
    search_fields = ["offer__company", "offer__role", "offer__owner__username"]
    list_select_related = ["offer"]
    raw_id_fields = ["offer"]


@admin.register(models.Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "full_name", "reminders_enabled", "reminder_days_before", "calendar_alarm"]
    list_filter = ["reminders_enabled"]
    search_fields = ["user__username", "user__email", "full_name"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
    exclude = ["calendar_token"]


class TemplateRevisionInline(admin.TabularInline):
    model = models.TemplateRevision
    extra = 0
    fields = ["number", "name", "subject", "created_at", "note"]
    readonly_fields = fields
    can_delete = False


@admin.register(models.EmailTemplate)
class EmailTemplateAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "tone", "reason", "medium", "owner", "version", "updated_at", "deleted_at"]
    list_filter = [
        "kind",
        "tone",
        "reason",
        "medium",
        ("owner", admin.EmptyFieldListFilter),
        ("deleted_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["name", "slug", "subject", "body", "owner__username"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner", "duplicated_from"]
    inlines = [TemplateRevisionInline]


@admin.register(models.TemplateRevision)
class TemplateRevisionAdmin(admin.ModelAdmin):
    list_display = ["template", "number", "created_at", "note"]
    search_fields = ["template__name", "subject", "body"]
    list_select_related = ["template"]
    raw_id_fields = ["template"]


@admin.register(models.Draft)
class DraftAdmin(admin.ModelAdmin):
    list_display = ["offer", "kind", "subject", "version", "sent_at", "updated_at"]
    list_filter = ["kind", ("sent_at", admin.EmptyFieldListFilter)]
    search_fields = ["subject", "body", "offer__company", "offer__owner__username"]
    list_select_related = ["offer"]
    raw_id_fields = ["offer", "template"]


@admin.register(models.FollowUp)
class FollowUpAdmin(admin.ModelAdmin):
    list_display = ["offer", "kind", "due_on", "done_at"]
    list_filter = ["kind", "due_on", ("done_at", admin.EmptyFieldListFilter)]
    search_fields = ["offer__company", "note", "offer__owner__username"]
    date_hierarchy = "due_on"
    list_select_related = ["offer"]
    raw_id_fields = ["offer", "draft"]

    def save_model(self, request, obj, form, change):
        obj.owner_id = obj.offer.owner_id
        super().save_model(request, obj, form, change)


@admin.register(models.Interaction)
class InteractionAdmin(admin.ModelAdmin):
    list_display = ["offer", "channel", "happened_on"]
    list_filter = ["channel", "happened_on"]
    search_fields = ["offer__company", "note", "offer__owner__username"]
    list_select_related = ["offer"]
    raw_id_fields = ["offer"]


class SharedOfferInline(admin.TabularInline):
    model = models.SharedOffer
    extra = 0
    raw_id_fields = ["offer"]


@admin.register(models.Coaching)
class CoachingAdmin(admin.ModelAdmin):
    """Who coaches whom (§11), and what each client shares; invitations stay out of sight (their tokens are secrets)."""

    list_display = ["client", "coach", "share_new_offers", "created_at"]
    list_filter = ["share_new_offers"]
    search_fields = ["client__username", "coach__username", "shares__offer__company"]
    list_select_related = ["client", "coach"]
    raw_id_fields = ["client", "coach"]
    inlines = [SharedOfferInline]


@admin.register(models.DraftComment)
class DraftCommentAdmin(admin.ModelAdmin):
    list_display = ["draft", "author", "status", "created_at"]
    list_filter = ["status", ("suggestion", admin.EmptyFieldListFilter)]
    search_fields = ["body", "suggestion", "draft__offer__company", "author__username"]
    list_select_related = ["draft__offer", "author"]
    raw_id_fields = ["draft", "author"]


class ReminderHealthMixin:
    """The reminders' health above the list: when they last ran, and a warning when that was too long ago."""

    change_list_template = "admin/declines/reminder_health_change_list.html"

    def changelist_view(self, request, extra_context=None):
        health = reminders.health()
        if health.stale:
            messages.warning(request, stale_warning(health))
        return super().changelist_view(request, {**(extra_context or {}), "health": health})


def stale_warning(health) -> str:
    if health.last_run is None:
        return "Reminders have never run on this site: start the scheduler (send_reminders --loop) or the cron line."
    return (
        f"Reminders have not run since {date_format(timezone.localtime(health.last_run.started_at), 'DATETIME_FORMAT')}"
        " — over 26 hours ago. Is the scheduler (send_reminders --loop) or the cron line still running?"
    )


@admin.register(models.ReminderRun)
class ReminderRunAdmin(ReminderHealthMixin, admin.ModelAdmin):
    list_display = ["started_at", "finished_at", "host", "pid", "emails_sent", "reminders_sent", "failures", "error"]
    list_filter = ["started_at", "host"]
    search_fields = ["host", "error"]
    date_hierarchy = "started_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("-started_at")


@admin.register(models.Reminder)
class ReminderAdmin(ReminderHealthMixin, admin.ModelAdmin):
    list_display = [
        "__str__",
        "user",
        "kind",
        "status",
        "due_on",
        "sent_at",
        "attempts",
        "last_error",
        "last_failed_at",
    ]
    list_filter = ["status", "kind", "sent_at", ("last_error", admin.EmptyFieldListFilter)]
    search_fields = ["user__username", "user__email", "last_error", "message_id"]
    date_hierarchy = "created_at"
    list_select_related = ["user", "follow_up__offer", "offer", "comment__draft__offer", "comment__author__profile"]
    raw_id_fields = ["user", "follow_up", "offer", "comment", "run"]

    # What was sent is a record; only `send_reminders` writes it.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("-created_at", "-pk")
