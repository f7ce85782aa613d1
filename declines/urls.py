"""URL map of Declines."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from declines.views import accounts, dashboard, email_templates, health, offers

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("healthz", health.healthz, name="healthz"),
    path("signup/", accounts.signup, name="signup"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("offers/new/", offers.offer_new, name="offer_new"),
    path("offers/<int:pk>/", offers.offer_detail, name="offer_detail"),
    path("offers/<int:pk>/edit/", offers.offer_edit, name="offer_edit"),
    path("templates/", email_templates.template_list, name="template_list"),
    path("templates/new/", email_templates.template_new, name="template_new"),
    path("templates/preview/", email_templates.template_preview, name="template_preview"),
    path("templates/<int:pk>/", email_templates.template_detail, name="template_detail"),
    path("templates/<int:pk>/edit/", email_templates.template_edit, name="template_edit"),
    path("templates/<int:pk>/duplicate/", email_templates.template_duplicate, name="template_duplicate"),
    path("templates/<int:pk>/delete/", email_templates.template_delete, name="template_delete"),
    path("templates/<int:pk>/undelete/", email_templates.template_undelete, name="template_undelete"),
    path("templates/<int:pk>/revisions/", email_templates.template_revisions, name="template_revisions"),
    path(
        "templates/<int:pk>/revisions/<int:number>/restore/",
        email_templates.template_restore_revision,
        name="template_restore_revision",
    ),
    path("admin/", admin.site.urls),
]

handler404 = "declines.views.errors.page_not_found"
handler500 = "declines.views.errors.server_error"
