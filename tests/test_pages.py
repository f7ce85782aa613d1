"""Site-wide behaviour: health check, error pages, security headers, layout."""

from unittest import mock

import pytest
from django.db import DatabaseError
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_checks_the_database(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_a_broken_database(client):
    with mock.patch("declines.views.health.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_custom_404_page(owner_client):
    response = owner_client.get("/no/such/page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "We couldn't find that page" in body
    assert 'id="main"' in body


def test_custom_500_page(client):
    from declines.views.errors import server_error

    response = server_error(mock.Mock())
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_every_page_sends_a_strict_content_security_policy(client):
    response = client.get(reverse("login"))
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in csp


def test_pages_have_no_inline_script(owner_client):
    body = owner_client.get(reverse("dashboard")).content.decode()
    # Every <script> loads a file; none carries code of its own.
    for tag in body.split("<script")[1:]:
        assert tag.split(">", 1)[0].strip().startswith("src="), tag[:80]
        assert tag.split(">", 1)[1].startswith("</script>")


def test_base_layout_has_landmarks_skip_link_and_assets(owner_client):
    body = owner_client.get(reverse("dashboard")).content.decode()
    assert '<a class="visually-hidden-focusable skip-link" href="#main">' in body
    assert '<main id="main"' in body
    assert '<nav class="navbar' in body
    assert "vendor/bootstrap/bootstrap.min.css" in body
    assert "vendor/htmx/htmx.min.js" in body
    assert 'rel="icon"' in body


def test_security_headers(client):
    response = client.get(reverse("login"))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_static_files_get_hashed_names_and_a_long_cache(tmp_path, client):
    from django.core.management import call_command

    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "declines.storage.StaticFilesStorage"},
    }
    with override_settings(
        STATIC_ROOT=tmp_path, STORAGES=storages, WHITENOISE_USE_FINDERS=False, WHITENOISE_AUTOREFRESH=False
    ):
        call_command("collectstatic", "--noinput", verbosity=0)
        from django.templatetags.static import static

        url = static("vendor/bootstrap/bootstrap.min.css")
        assert url != "/static/vendor/bootstrap/bootstrap.min.css"
        assert (tmp_path / url.removeprefix("/static/")).exists()
        # Asked again, the same hashed name (worked out once a process, from the manifest).
        assert static("vendor/bootstrap/bootstrap.min.css") == url
        assert static("css/app.css") != url
        # A fresh client builds a fresh middleware stack that sees the new STATIC_ROOT.
        from django.test import Client

        response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert "immutable" in response["Cache-Control"]
        assert "max-age=315360000" in response["Cache-Control"]
        assert response["Content-Encoding"] == "gzip"


def test_the_owner_and_the_outsider_are_two_browsers(owner_client, outsider_client, owner, outsider):
    assert owner_client.get(reverse("account_settings")).context["user"] == owner
    assert outsider_client.get(reverse("account_settings")).context["user"] == outsider
    assert owner_client.get(reverse("account_settings")).context["user"] == owner
