"""URL map of Declines."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from declines.forms import LogInForm
from declines.views import (
    account_settings,
    accounts,
    calendar_feed,
    coaching,
    drafts,
    email_templates,
    flow,
    follow_ups,
    health,
    home,
    offers,
    review,
    trash,
)

urlpatterns = [
    # A visitor sees what Declines is; a signed-in user, their dashboard.
    path("", home.home, name="dashboard"),
    path("healthz", health.healthz, name="healthz"),
    path("signup/", accounts.signup, name="signup"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True, authentication_form=LogInForm),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", accounts.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("accounts/password/reset/", accounts.PasswordResetView.as_view(), name="password_reset"),
    path("accounts/password/reset/sent/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    # "Decline an offer" starts the guided flow (§4); each step saves as it goes.
    path("offers/new/", flow.offer_new, name="offer_new"),
    path("offers/<int:pk>/decline/<int:step>/", flow.flow_step, name="flow_step"),
    path("offers/<int:pk>/decline/call/", flow.flow_call, name="flow_call"),
    path("offers/<int:pk>/plan/", flow.offer_plan, name="offer_plan"),
    path("offers/<int:pk>/decline/unsend/", flow.offer_unsend, name="offer_unsend"),
    # The one draft editor, for every kind of draft (§8).
    path("offers/<int:pk>/drafts/new/", drafts.draft_new, {"of": "offer"}, name="draft_new"),
    path("drafts/<int:pk>/", drafts.draft_edit, name="draft_edit"),
    path("drafts/<int:pk>/preview/", drafts.draft_preview, name="draft_preview"),
    path("drafts/<int:pk>/templates/", drafts.draft_templates, name="draft_templates"),
    path("drafts/<int:pk>/dismiss/", drafts.draft_dismiss, name="draft_dismiss"),
    path("drafts/<int:pk>/email.eml", drafts.draft_eml, name="draft_eml"),
    # How far each rule of the checklist can be trusted (§7).
    path("checklist/", review.checklist_checked, name="checklist_checked"),
    path("offers/<int:pk>/", offers.offer_detail, name="offer_detail"),
    path("offers/<int:pk>/edit/", offers.offer_edit, name="offer_edit"),
    path("offers/<int:pk>/accepted/", offers.offer_accepted, name="offer_accepted"),
    path("offers/<int:pk>/answers/", offers.offer_answers, name="offer_answers"),
    path("offers/<int:pk>/delete/", trash.delete, {"kind": "offer"}, name="offer_delete"),
    path("offers/<int:pk>/undelete/", trash.restore, {"kind": "offer"}, name="offer_undelete"),
    path("offers/<int:pk>/contacts/new/", offers.interaction_new, name="interaction_new"),
    path("offers/<int:pk>/follow-ups/new/", follow_ups.follow_up_new, name="follow_up_new"),
    path("follow-ups/", follow_ups.follow_up_list, name="follow_ups"),
    path("follow-ups/<int:pk>/edit/", follow_ups.follow_up_edit, name="follow_up_edit"),
    path("follow-ups/<int:pk>/done/", follow_ups.follow_up_done, name="follow_up_done"),
    path("follow-ups/<int:pk>/reopen/", follow_ups.follow_up_reopen, name="follow_up_reopen"),
    path("follow-ups/<int:pk>/snooze/", follow_ups.follow_up_snooze, name="follow_up_snooze"),
    path("follow-ups/<int:pk>/delete/", follow_ups.follow_up_delete, name="follow_up_delete"),
    # Undo a follow-up's delete: the offer's, from what the session kept of it.
    path("offers/<int:pk>/follow-ups/undelete/", follow_ups.follow_up_undelete, name="offer_follow_up_undelete"),
    path("follow-ups/<int:pk>/draft/", drafts.follow_up_draft, name="follow_up_draft"),
    path("follow-ups/<int:pk>/draft/new/", drafts.draft_new, {"of": "follow_up"}, name="follow_up_draft_new"),
    path("settings/", account_settings.account_settings, name="account_settings"),
    path(
        "settings/calendar/regenerate/",
        account_settings.calendar_token_regenerate,
        name="calendar_token_regenerate",
    ),
    path("settings/reminders/test/", account_settings.reminder_test, name="reminder_test"),
    path("reminders/unsubscribe/<str:token>/", account_settings.reminders_unsubscribe, name="reminders_unsubscribe"),
    path("settings/export/offers.csv", account_settings.export_csv, name="export_csv"),
    path("settings/export/declines.json", account_settings.export_json, name="export_json"),
    path("settings/export/declines-csv.zip", account_settings.export_csv_zip, name="export_csv_zip"),
    path("settings/delete-account/", account_settings.account_delete, name="account_delete"),
    # What the user deleted and can still bring back, until `purge_deleted` removes it.
    path("settings/deleted/", trash.recently_deleted, name="recently_deleted"),
    path("feeds/<slug:token>.ics", calendar_feed.calendar_feed, name="calendar_feed"),
    path("templates/", email_templates.template_list, name="template_list"),
    path("templates/new/", email_templates.template_new, name="template_new"),
    path("templates/preview/", email_templates.template_preview, name="template_preview"),
    path("templates/<int:pk>/", email_templates.template_detail, name="template_detail"),
    path("templates/<int:pk>/edit/", email_templates.template_edit, name="template_edit"),
    path("templates/<int:pk>/duplicate/", email_templates.template_duplicate, name="template_duplicate"),
    path("templates/<int:pk>/delete/", trash.delete, {"kind": "template"}, name="template_delete"),
    path("templates/<int:pk>/undelete/", trash.restore, {"kind": "template"}, name="template_undelete"),
    path("templates/<int:pk>/revisions/", email_templates.template_revisions, name="template_revisions"),
    path(
        "templates/<int:pk>/revisions/<int:number>/restore/",
        email_templates.template_restore_revision,
        name="template_restore_revision",
    ),
    # Coaching (§11): the client's side, under Settings and on an offer...
    path("settings/coaches/", coaching.coaches, name="coaches"),
    path("settings/coaches/<int:pk>/", coaching.coach_sharing, name="coach_sharing"),
    path("settings/coaches/<int:pk>/remove/", coaching.coach_remove, name="coach_remove"),
    path(
        "settings/coaches/invitations/<int:pk>/withdraw/",
        coaching.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path("offers/<int:pk>/share/", coaching.offer_share, name="offer_share"),
    path("templates/<int:pk>/publish/", coaching.template_publish, name="template_publish"),
    # ...the link a coach is sent...
    path("invitations/<str:token>/", coaching.invitation_accept, name="invitation_accept"),
    # ...and the coach's side: only what is shared with them, read-only but for comments.
    path("clients/", coaching.clients, name="clients"),
    path("clients/<int:pk>/", coaching.client_detail, name="client_detail"),
    path("clients/offers/<int:pk>/", coaching.client_offer, name="client_offer"),
    path("clients/drafts/<int:pk>/", coaching.client_draft, name="client_draft"),
    path("admin/", admin.site.urls),
]

handler404 = "declines.views.errors.page_not_found"
handler500 = "declines.views.errors.server_error"
