"""The admin lists every model, with working search and filters, for staff only."""

import pytest
from django.contrib import admin
from django.urls import reverse

from declines import models
from tests.factories import (
    CoachingFactory,
    DraftCommentFactory,
    DraftFactory,
    EmailTemplateFactory,
    FollowUpFactory,
    InteractionFactory,
    OfferFactory,
    ReflectionFactory,
    SharedOfferFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

MODELS = [
    models.Offer,
    models.Reflection,
    models.Profile,
    models.EmailTemplate,
    models.TemplateRevision,
    models.Draft,
    models.FollowUp,
    models.Interaction,
    models.Coaching,
    models.DraftComment,
]


@pytest.fixture
def staff_client(client):
    staff = UserFactory(username="staff", is_staff=True, is_superuser=True)
    client.force_login(staff, backend="django.contrib.auth.backends.ModelBackend")
    offer = OfferFactory(company="Northwind Analytics")
    ReflectionFactory(offer=offer)
    template = EmailTemplateFactory(owner=offer.owner, name="Northwind note")
    models.TemplateRevision.objects.create(template=template, number=1, name="Northwind note", body="x")
    draft = DraftFactory(offer=offer)
    SharedOfferFactory(coaching=CoachingFactory(client=offer.owner), offer=offer)
    DraftCommentFactory(draft=draft)
    FollowUpFactory(offer=offer)
    InteractionFactory(offer=offer)
    return client


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_is_registered_with_search_and_columns(model):
    model_admin = admin.site._registry[model]
    assert model_admin.search_fields
    assert len(model_admin.list_display) >= 2


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_staff_can_list_search_and_filter(staff_client, model):
    url = reverse(f"admin:declines_{model._meta.model_name}_changelist")
    response = staff_client.get(url)
    assert response.status_code == 200
    changelist = response.context["cl"]
    assert changelist.result_count >= 1
    assert len(changelist.filter_specs) == len(admin.site._registry[model].list_filter)
    term = "staff" if model is models.Profile else "Northwind"
    searched = staff_client.get(url, {"q": term})
    assert searched.context["cl"].result_count == 1
    nothing = staff_client.get(url, {"q": "zzz-no-such-thing"})
    assert nothing.context["cl"].result_count == 0


def test_the_admin_is_closed_to_ordinary_users(owner_client):
    response = owner_client.get(reverse("admin:declines_offer_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response.url


# --- Reminders' health ---------------------------------------------------------------


def reminder_health_page(client, model="reminder"):
    response = client.get(reverse(f"admin:declines_{model}_changelist"))
    assert response.status_code == 200
    return response, response.content.decode()


def test_staff_see_what_was_sent_and_what_failed_for_every_user(staff_client, settings):
    from django.core.management import CommandError, call_command
    from django.utils import timezone

    from tests.mailserver import MailServer

    for name in ("ann", "bob", "cat"):
        user = UserFactory(username=name)
        FollowUpFactory(
            offer=OfferFactory(owner=user, company=f"{name.title()} Ltd", respond_by=None), due_on=timezone.localdate()
        )
    with MailServer(unknown="bob@example.com") as server:
        for name, value in server.settings().items():
            setattr(settings, name, value)
        with pytest.raises(CommandError):
            call_command("send_reminders")
    response, body = reminder_health_page(staff_client)
    assert "Reminders' health, all users" in body
    assert "In the last 30 days: 2 reminders sent, 1 that failed at least once." in body
    assert "the mail server refused the address bob@example.com: 550 5.1.1 No such user here" in body
    assert response.context["cl"].result_count == 3
    assert not [m for m in response.context["messages"] if m.level_tag == "warning"]
    _, runs = reminder_health_page(staff_client, "reminderrun")
    assert "1 of 3 reminder emails not sent" in runs


def test_the_admin_warns_when_reminders_have_not_run_for_26_hours(staff_client):
    from datetime import timedelta

    from django.utils import timezone

    response, body = reminder_health_page(staff_client, "reminderrun")
    assert "Reminders have never run on this site" in body
    run = models.ReminderRun.objects.create(host="worker-1")
    models.ReminderRun.objects.filter(pk=run.pk).update(started_at=timezone.now() - timedelta(hours=27))
    for model in ("reminder", "reminderrun"):
        response, body = reminder_health_page(staff_client, model)
        assert "over 26 hours ago. Is the scheduler (send_reminders --loop) or the cron line still running?" in body
    models.ReminderRun.objects.create(host="worker-1")
    response, body = reminder_health_page(staff_client, "reminderrun")
    assert "over 26 hours ago" not in body and "on worker-1" in body
