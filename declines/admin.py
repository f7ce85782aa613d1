"""The Django admin, for staff: every model, with the columns that answer questions."""

from django.contrib import admin
from django.forms.models import BaseInlineFormSet

from declines import models


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
    list_display = ["user", "full_name", "reminders_enabled", "reminder_days_before"]
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
    list_display = ["offer", "kind", "due_on", "done_at", "reminded_on"]
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
