"""URL map of Declines."""

from django.contrib import admin
from django.urls import include, path

from declines.views import accounts, dashboard, health

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("healthz", health.healthz, name="healthz"),
    path("signup/", accounts.signup, name="signup"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "declines.views.errors.page_not_found"
handler500 = "declines.views.errors.server_error"
